#include "ui/views/signaturesview.h"

#include "ui/appcontext.h"
#include "ui/dialogs/trustsettingsdialog.h"
#include "ui/models/referrersmodel.h"
#include "ui/models/tagmodel.h"
#include "ui/util/async.h"
#include "ui/util/dateformat.h"
#include "ui/util/jsonhighlighter.h"
#include "ui/views/summaryview.h"
#include "ui/widgets/locationmenu.h"
#include "ui/widgets/statestack.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lading::ui {

namespace {

// A predicate larger than this is shown cut (a 50,000-package SBOM predicate would take the highlighter
// seconds and tell nobody anything at a glance).
constexpr qsizetype kPredicateShown = 512 * 1024;

using Kind = inspect::SignatureReport::Kind;

bool isAttestation(const inspect::SignatureReport& report)
{
    return report.kind == Kind::DsseAttestation || report.kind == Kind::InTotoAttestation ||
           !report.predicateType.isEmpty();
}

QLabel* valueLabel(QWidget* parent, const QString& text, const QString& objectName = {}, bool fixed = false)
{
    auto* label = new QLabel(text, parent);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    if (fixed)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

QGroupBox* addGroup(QVBoxLayout* layout, QWidget* parent, const QString& title, const QString& objectName,
                    QFormLayout** form)
{
    auto* box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    *form = new QFormLayout(box);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    (*form)->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addWidget(box);
    return box;
}

QLabel* addRow(QFormLayout* form, const QString& label, const QString& text, const QString& objectName = {},
               bool fixed = false)
{
    if (text.isEmpty())
        return nullptr;
    QLabel* value = valueLabel(form->parentWidget(), text, objectName, fixed);
    form->addRow(label, value);
    return value;
}

// A time row as the whole window shows times, with the UTC form in the tooltip.
void addTimeRow(QFormLayout* form, const QString& label, const QDateTime& time, const QString& objectName)
{
    if (QLabel* value = addRow(form, label, DateFormat::text(time), objectName))
        value->setToolTip(DateFormat::utc(time));
}

QString yesNo(bool value)
{
    return value ? SignaturesView::tr("yes") : SignaturesView::tr("no");
}

} // namespace

struct SignaturesView::Verification
{
    bool ok = false;
    Error error;
    QList<inspect::SignatureReport> reports;
    QList<FormattedJson> predicates;
    bool own = false;
    oci::Descriptor subject;
};

SignaturesView::SignaturesView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("signaturesView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 0);
    m_headingIcon = new QLabel(this);
    m_headingIcon->setObjectName(QStringLiteral("signaturesBadgeIcon"));
    m_headingIcon->setFixedSize(20, 20);
    bar->addWidget(m_headingIcon);
    m_heading = valueLabel(this, QString(), QStringLiteral("signaturesHeading"));
    bar->addWidget(m_heading, 1);
    m_verifyButton = new QPushButton(tr("Verify Again"), this);
    m_verifyButton->setObjectName(QStringLiteral("verifyAgainButton"));
    m_verifyButton->setToolTip(tr("Look for signatures and check them again"));
    bar->addWidget(m_verifyButton);
    m_trustButton = new QPushButton(tr("Trusted Keys…"), this);
    m_trustButton->setObjectName(QStringLiteral("trustedKeysButton"));
    m_trustButton->setToolTip(tr("The public keys and root certificates that make a signature verified"));
    bar->addWidget(m_trustButton);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("signaturesSplitter"));
    splitter->setChildrenCollapsible(false);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("signatureList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Kind"), tr("Status"), tr("Signer"), tr("Time")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SignerColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_scroll = new QScrollArea(splitter);
    m_scroll->setObjectName(QStringLiteral("signatureDetailsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(m_list);
    splitter->addWidget(m_scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600}); // in proportion: the list wide enough for signer and time

    m_state = new StateStack(splitter, this);
    m_state->setObjectName(QStringLiteral("signaturesState"));
    layout->addWidget(m_state, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        showReport(current ? m_list->indexOfTopLevelItem(current) : -1);
    });
    connect(m_verifyButton, &QPushButton::clicked, this, &SignaturesView::reverify);
    connect(m_state, &StateStack::retryRequested, this, &SignaturesView::reverify);
    connect(m_trustButton, &QPushButton::clicked, this, &SignaturesView::openTrustSettings);
    // Other keys make other verdicts.
    connect(&m_context, &AppContext::trustChanged, this, &SignaturesView::reverify);
    clear();
}

SignaturesView::~SignaturesView() = default;

void SignaturesView::setManifest(const store::Location& location, const oci::Manifest& manifest)
{
    m_location = location;
    m_manifest = manifest;
    start();
}

void SignaturesView::clear()
{
    ++m_generation;
    m_location.reset();
    m_manifest.reset();
    m_verifying = false;
    m_reports.clear();
    m_predicates.clear();
    m_own = false;
    m_subject = {};
    m_badge.reset();
    m_list->clear();
    showReport(-1);
    m_heading->setText(tr("Signatures and attestations of the selected manifest."));
    m_headingIcon->clear();
    m_verifyButton->setEnabled(false);
    m_state->showEmpty(tr("Select a tag or digest to see its signatures."));
}

void SignaturesView::reverify()
{
    if (m_location && m_manifest)
        start();
}

void SignaturesView::start()
{
    ++m_generation;
    m_verifying = true;
    m_badge.reset();
    m_verifyButton->setEnabled(false);
    m_heading->setText(tr("Checking signatures…"));
    m_headingIcon->clear();
    m_state->showLoading(tr("Looking for signatures of %1…").arg(m_manifest->digest().shortForm()));
    emit verificationStarted();

    const quint64 current = m_generation;
    runAsync(
        this,
        [ctx = &m_context, location = *m_location, manifest = *m_manifest,
         policy = m_context.trustPolicy()]() -> Verification {
            Verification out;
            auto opened = ctx->store(location);
            if (!opened) {
                out.error = opened.error();
                return out;
            }
            store::Store& store = *opened.value();
            const oci::Descriptor self = manifest.descriptor();
            if (inspect::SignatureVerifier::isSignatureManifest(manifest)) {
                // A signature the user opened: checked against what it signs. A referrer names its subject;
                // cosign's `.sig` and `.att` tags name it in the tag.
                std::optional<oci::Descriptor> subject = manifest.subject();
                store::ReferrerSource source = store::ReferrerSource::Api;
                const QString tagSubject = TagModel::subjectDigest(location.tagName());
                if (!subject && !tagSubject.isEmpty()) {
                    auto resolved = store.resolve(tagSubject);
                    if (!resolved) {
                        out.error = resolved.error();
                        return out;
                    }
                    subject = resolved.value();
                    source = store::ReferrerSource::CosignTag;
                }
                if (subject) {
                    out.own = true;
                    out.subject = *subject;
                    out.reports = inspect::SignatureVerifier::verifyManifest(store, manifest, self, *subject,
                                                                             policy, source);
                }
            }
            if (!out.own) {
                auto all = inspect::SignatureVerifier::verifyAll(store, self, policy);
                if (!all) {
                    out.error = all.error();
                    return out;
                }
                out.reports = all.value();
            }
            // Formatted here: the GUI thread only shows it.
            for (const inspect::SignatureReport& report : std::as_const(out.reports)) {
                if (report.predicateJson.isEmpty()) {
                    out.predicates.append(FormattedJson());
                    continue;
                }
                out.predicates.append(JsonFormatter::format(report.predicateJson.left(kPredicateShown)));
            }
            out.ok = true;
            return out;
        },
        [this, current](const Verification& result) {
            if (current != m_generation)
                return; // another manifest, or another verification, since
            apply(result);
        });
}

void SignaturesView::apply(const Verification& result)
{
    m_verifying = false;
    m_verifyButton->setEnabled(true);
    m_list->clear();
    showReport(-1);
    if (!result.ok) {
        m_reports.clear();
        m_predicates.clear();
        m_heading->setText(tr("Could not look for signatures."));
        m_state->showError(tr("Could not look for signatures: %1").arg(result.error.message), true);
        emit verificationFailed(result.error.message);
        return;
    }
    m_reports = result.reports;
    m_predicates = result.predicates;
    m_own = result.own;
    m_subject = result.subject;
    m_badge = TrustBadgeCache::describe(m_reports, m_own);
    m_badge->digest = m_manifest->digest();
    m_headingIcon->setPixmap(TrustBadgeCache::icon(m_badge->badge).pixmap(20, 20));
    m_headingIcon->setToolTip(m_badge->toolTip());

    int signatures = 0;
    int attestations = 0;
    for (const inspect::SignatureReport& report : std::as_const(m_reports)) {
        if (isAttestation(report))
            ++attestations;
        else
            ++signatures;
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(KindColumn, report.kindLabel());
        item->setIcon(KindColumn,
                      ReferrersModel::kindIcon(isAttestation(report) ? QStringLiteral("attestation")
                                                                     : QStringLiteral("signature")));
        item->setText(StatusColumn, inspect::SignatureVerifier::statusLabel(report.status));
        item->setIcon(StatusColumn, statusIcon(report.status));
        item->setToolTip(StatusColumn, report.statusMessage);
        item->setText(SignerColumn, signerText(report));
        item->setToolTip(SignerColumn, signerText(report));
        item->setText(TimeColumn, DateFormat::text(report.signingTime));
        item->setToolTip(TimeColumn, DateFormat::utc(report.signingTime));
    }

    if (m_own) {
        m_heading->setText(tr("This manifest is a signature of %1 — %2, checked against it.")
                               .arg(m_subject.digest.shortForm(), m_badge->label));
    } else {
        QStringList parts;
        if (signatures > 0)
            parts.append(signatures == 1 ? tr("1 signature") : tr("%1 signatures").arg(signatures));
        if (attestations > 0)
            parts.append(attestations == 1 ? tr("1 attestation") : tr("%1 attestations").arg(attestations));
        m_heading->setText(parts.isEmpty()
                               ? tr("Unsigned: no signature refers to this manifest.")
                               : tr("%1 — %2").arg(parts.join(QLatin1String(", ")), m_badge->label));
    }
    m_heading->setToolTip(m_badge->toolTip());

    if (m_reports.isEmpty()) {
        m_state->showEmpty(m_own ? tr("This signature holds nothing Lading can check.")
                                 : tr("No signatures or attestations refer to this manifest."));
    } else {
        m_state->showContent();
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    emit badgeChanged(*m_badge);
}

void SignaturesView::selectReport(int row)
{
    if (QTreeWidgetItem* item = m_list->topLevelItem(row))
        m_list->setCurrentItem(item);
}

int SignaturesView::selectedReport() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

QString SignaturesView::signerText(const inspect::SignatureReport& report)
{
    if (!report.certificates.isEmpty()) {
        const inspect::CertificateInfo& leaf = report.certificates.constFirst();
        // Fulcio's leaves have an empty subject: who signed is in the SAN (an email, a workflow URI).
        if (!leaf.subjectAlternativeNames.isEmpty()) {
            // OpenSSL's "email:", "URI:", "DNS:" prefixes say what people can see anyway.
            const QString san = leaf.subjectAlternativeNames.constFirst();
            for (const QLatin1StringView prefix :
                 {QLatin1StringView("email:"), QLatin1StringView("URI:"), QLatin1StringView("DNS:"),
                  QLatin1StringView("IP Address:"), QLatin1StringView("IP:")}) {
                if (san.startsWith(prefix))
                    return san.mid(prefix.size());
            }
            return san;
        }
        if (!leaf.subject.isEmpty())
            return leaf.subject;
    }
    if (!report.keyDescription.isEmpty())
        return report.keyDescription;
    if (report.kind == Kind::InTotoAttestation)
        return tr("not signed");
    return tr("unknown");
}

QIcon SignaturesView::statusIcon(inspect::SignatureStatus status)
{
    return TrustBadgeCache::icon(TrustBadgeCache::badgeOf(status));
}

void SignaturesView::showReport(int row)
{
    if (m_details) {
        m_scroll->takeWidget();
        m_details->deleteLater();
        m_details = nullptr;
    }
    if (row < 0 || row >= m_reports.size())
        return;
    const inspect::SignatureReport& report = m_reports.at(row);
    m_details = new QWidget;
    m_details->setObjectName(QStringLiteral("signatureDetails"));
    auto* layout = new QVBoxLayout(m_details);
    QFormLayout* form = nullptr;

    // What was checked and what came out.
    addGroup(layout, m_details, report.kindLabel(), QStringLiteral("signatureStatusGroup"), &form);
    auto* statusRow = new QWidget(m_details);
    auto* statusLayout = new QHBoxLayout(statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    auto* statusIconLabel = new QLabel(statusRow);
    statusIconLabel->setPixmap(statusIcon(report.status).pixmap(16, 16));
    statusLayout->addWidget(statusIconLabel);
    QLabel* status = valueLabel(statusRow, inspect::SignatureVerifier::statusLabel(report.status),
                                QStringLiteral("signatureStatus"));
    QFont bold = status->font();
    bold.setBold(true);
    status->setFont(bold);
    statusLayout->addWidget(status, 1);
    form->addRow(tr("Status"), statusRow);
    addRow(form, tr("Why"), report.statusMessage, QStringLiteral("signatureReason"));
    if (!report.signedDigest.isEmpty()) {
        addRow(form, tr("Signed digest"), report.signedDigest, QStringLiteral("signatureSignedDigest"), true);
        const QString subject = m_own ? m_subject.digest.toString() : m_manifest->digest().toString();
        addRow(form, tr("Subject"),
               report.subjectMatches ? tr("matches %1").arg(subject) : tr("does NOT match %1").arg(subject),
               QStringLiteral("signatureDigestMatch"));
    } else if (report.isSignature()) {
        addRow(form, tr("Subject"),
               report.subjectMatches ? tr("matches") : tr("no digest found in the signed payload"),
               QStringLiteral("signatureDigestMatch"));
    }
    addRow(form, tr("Key"), report.keyDescription, QStringLiteral("signatureKey"));
    addRow(form, tr("Algorithm"), report.algorithm, QStringLiteral("signatureAlgorithm"));
    addTimeRow(form, tr("Signing time"), report.signingTime, QStringLiteral("signatureTime"));
    addRow(form, tr("Docker reference"), report.dockerReference, QStringLiteral("signatureDockerReference"));
    addRow(form, tr("Signing agent"), report.signingAgent, QStringLiteral("signatureSigningAgent"));
    if (report.signatureManifest.digest.isValid())
        addRow(form, tr("Stored in"),
               tr("%1 (%2)").arg(report.signatureManifest.digest.toString(),
                                 ReferrersModel::sourceName(report.source)),
               QStringLiteral("signatureManifest"));
    if (report.layer.digest.isValid())
        addRow(form, tr("Layer"), tr("%1 · %2").arg(report.layer.mediaType, report.layer.digest.shortForm()),
               QStringLiteral("signatureLayer"));

    // The certificate chain, leaf first.
    for (int i = 0; i < report.certificates.size(); ++i) {
        const inspect::CertificateInfo& cert = report.certificates.at(i);
        const QString n = QString::number(i);
        const QString title = i == 0 ? tr("Signing certificate")
                                     : (cert.subject == cert.issuer ? tr("Root certificate")
                                                                    : tr("Issuing certificate %1").arg(i));
        addGroup(layout, m_details, title, QStringLiteral("certificate") + n, &form);
        addRow(form, tr("Subject"), cert.subject.isEmpty() ? tr("(empty)") : cert.subject,
               QStringLiteral("certSubject") + n);
        addRow(form, tr("Issuer"), cert.issuer, QStringLiteral("certIssuer") + n);
        addRow(form, tr("Alternative names"), cert.subjectAlternativeNames.join(QLatin1Char('\n')),
               QStringLiteral("certSan") + n);
        addRow(form, tr("OIDC issuer"), cert.oidcIssuer, QStringLiteral("certOidcIssuer") + n);
        if (QLabel* validity =
                addRow(form, tr("Valid"),
                       tr("%1 to %2").arg(DateFormat::text(cert.notBefore), DateFormat::text(cert.notAfter)),
                       QStringLiteral("certValidity") + n))
            validity->setToolTip(
                tr("%1 to %2").arg(DateFormat::utc(cert.notBefore), DateFormat::utc(cert.notAfter)));
        addRow(form, tr("Key"), cert.keyDescription, QStringLiteral("certKey") + n);
        addRow(form, tr("Serial number"), cert.serialNumber, QStringLiteral("certSerial") + n, true);
        addRow(form, tr("SHA-256 fingerprint"), cert.sha256Fingerprint, QStringLiteral("certFingerprint") + n,
               true);
        if (cert.isCertificateAuthority)
            addRow(form, tr("Authority"), tr("a certificate authority (CA:TRUE)"));
        auto* copy = new QToolButton(m_details);
        copy->setObjectName(QStringLiteral("copyPemButton") + n);
        copy->setText(tr("Copy PEM"));
        copy->setToolTip(tr("Copy this certificate to the clipboard as PEM"));
        connect(copy, &QToolButton::clicked, this,
                [pem = cert.pem] { LocationMenu::copyText(QString::fromLatin1(pem)); });
        form->addRow(QString(), copy);
    }

    if (report.tlog) {
        const inspect::TransparencyLogEntry& tlog = *report.tlog;
        addGroup(layout, m_details, tr("Transparency log"), QStringLiteral("transparencyLogGroup"), &form);
        addRow(form, tr("Log index"), tlog.logIndex, QStringLiteral("tlogIndex"));
        addRow(form, tr("Log ID"), tlog.logId, QStringLiteral("tlogId"), true);
        if (!tlog.kind.isEmpty())
            addRow(form, tr("Entry"),
                   tlog.kindVersion.isEmpty() ? tlog.kind : tr("%1 %2").arg(tlog.kind, tlog.kindVersion),
                   QStringLiteral("tlogKind"));
        if (tlog.integratedTime.isValid())
            addTimeRow(form, tr("Integrated"), tlog.integratedTime, QStringLiteral("tlogIntegratedTime"));
        else
            addRow(form, tr("Integrated"), tr("unknown"), QStringLiteral("tlogIntegratedTime"));
        addRow(form, tr("Inclusion proof"), yesNo(tlog.hasInclusionProof), QStringLiteral("tlogProof"));
        addRow(form, tr("Signed entry timestamp"), yesNo(tlog.hasInclusionPromise),
               QStringLiteral("tlogPromise"));
        form->addRow(QString(), valueLabel(m_details, tr("Shown as recorded; Lading does not ask the log.")));
    }

    if (!report.predicateType.isEmpty() || !report.payloadType.isEmpty() || !report.subjects.isEmpty()) {
        addGroup(layout, m_details, tr("Attestation"), QStringLiteral("attestationGroup"), &form);
        addRow(form, tr("Payload type"), report.payloadType, QStringLiteral("attestationPayloadType"));
        addRow(form, tr("Predicate type"), report.predicateType, QStringLiteral("attestationPredicateType"));
        QStringList subjects;
        for (const inspect::InTotoSubject& subject : report.subjects) {
            QStringList digests;
            for (auto it = subject.digests.constBegin(); it != subject.digests.constEnd(); ++it)
                digests.append(it.key() + QLatin1Char(':') + it.value());
            subjects.append(subject.name.isEmpty()
                                ? digests.join(QLatin1String(", "))
                                : tr("%1  %2").arg(subject.name, digests.join(QLatin1String(", "))));
        }
        addRow(form, tr("Subjects"), subjects.join(QLatin1Char('\n')), QStringLiteral("attestationSubjects"),
               true);
        const FormattedJson predicate = m_predicates.value(row);
        if (!report.predicateJson.isEmpty()) {
            auto* text = new QPlainTextEdit(m_details);
            text->setObjectName(QStringLiteral("attestationPredicate"));
            text->setReadOnly(true);
            text->setLineWrapMode(QPlainTextEdit::NoWrap);
            text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            text->setPlainText(predicate.text.isEmpty()
                                   ? QString::fromUtf8(report.predicateJson.left(kPredicateShown))
                                   : predicate.text);
            if (predicate.valid)
                new JsonHighlighter(text->document());
            text->setMinimumHeight(220);
            QString caption = tr("Predicate");
            if (report.predicateJson.size() > kPredicateShown)
                caption = tr("Predicate (the first %1 of %2)")
                              .arg(SummaryView::sizeText(kPredicateShown),
                                   SummaryView::sizeText(report.predicateJson.size()));
            form->addRow(caption, text);
        }
    }
    layout->addStretch(1);
    m_scroll->setWidget(m_details);
}

void SignaturesView::openTrustSettings()
{
    TrustSettingsDialog::showFor(m_context, window());
}

} // namespace lading::ui
