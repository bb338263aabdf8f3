#include "ui/views/summaryview.h"

#include "ui/models/trustbadgecache.h"
#include "ui/util/dateformat.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace lading::ui {

namespace {

QLabel* valueLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString link(const QString& href, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

// "3 days ago": how old a manifest is matters more than the clock time.
QString ageText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const auto unit = [](qint64 n, const QString& one, const QString& many) {
        return n == 1 ? one : many.arg(n);
    };
    if (seconds < 90)
        return SummaryView::tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 90)
        return unit(minutes, SummaryView::tr("1 minute ago"), SummaryView::tr("%1 minutes ago"));
    const qint64 hours = minutes / 60;
    if (hours < 36)
        return unit(hours, SummaryView::tr("1 hour ago"), SummaryView::tr("%1 hours ago"));
    const qint64 days = hours / 24;
    if (days < 60)
        return unit(days, SummaryView::tr("1 day ago"), SummaryView::tr("%1 days ago"));
    if (days < 730)
        return SummaryView::tr("%1 months ago").arg(days / 30);
    return SummaryView::tr("%1 years ago").arg(days / 365);
}

QString createdText(const QString& created)
{
    const QDateTime time = DateFormat::parse(created);
    if (!time.isValid())
        return created;
    const QString when = DateFormat::text(time);
    const QString age = ageText(time.secsTo(QDateTime::currentDateTimeUtc()));
    return age.isEmpty() ? when : SummaryView::tr("%1 (%2)").arg(when, age);
}

} // namespace

SummaryView::SummaryView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("summaryView"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* host = new QWidget(scroll);
    scroll->setWidget(host);
    auto* layout = new QVBoxLayout(host);

    auto* header = new QHBoxLayout;
    m_icon = new QLabel(host);
    m_icon->setObjectName(QStringLiteral("summaryIcon"));
    m_icon->setFixedSize(48, 48);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto* titles = new QVBoxLayout;
    m_kind = valueLabel(QStringLiteral("summaryKind"), host);
    QFont big = m_kind->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_kind->setFont(big);
    titles->addWidget(m_kind);
    m_reference = valueLabel(QStringLiteral("summaryReference"), host);
    titles->addWidget(m_reference);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);

    m_annotationsTitle = new QLabel(tr("Annotations"), host);
    QFont bold = m_annotationsTitle->font();
    bold.setBold(true);
    m_annotationsTitle->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(m_annotationsTitle);
    m_annotations = new QTableWidget(0, 2, host);
    m_annotations->setObjectName(QStringLiteral("summaryAnnotations"));
    m_annotations->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_annotations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_annotations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_annotations->setAlternatingRowColors(true);
    m_annotations->setWordWrap(false);
    m_annotations->verticalHeader()->hide();
    m_annotations->verticalHeader()->setDefaultSectionSize(m_annotations->fontMetrics().height() + 6);
    m_annotations->horizontalHeader()->setStretchLastSection(true);
    m_annotations->setMinimumHeight(120);
    layout->addWidget(m_annotations, 10);
    // Takes the space when there are no annotations, so the rows above stay together at the top.
    layout->addStretch(1);
    clear();
}

SummaryView::~SummaryView() = default;

QLabel* SummaryView::addRow(const QString& label, const QString& objectName, const QString& text, bool rich)
{
    auto* value = valueLabel(objectName, this);
    if (rich) {
        value->setTextFormat(Qt::RichText);
        value->setTextInteractionFlags(Qt::TextBrowserInteraction);
    }
    value->setText(text);
    m_form->addRow(label, value);
    return value;
}

void SummaryView::clearForm()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_referrers = nullptr;
    m_trust = nullptr;
    m_trustIcon = nullptr;
}

QString SummaryView::iconPath(const QString& iconName)
{
    const QString path = QStringLiteral(":/icons/kinds/%1.svg").arg(iconName);
    return QFile::exists(path) ? path : QStringLiteral(":/icons/kinds/unknown.svg");
}

QString SummaryView::sizeText(qint64 bytes)
{
    if (bytes < 0)
        return tr("unknown");
    if (bytes < 1024)
        return bytes == 1 ? tr("1 byte") : tr("%1 bytes").arg(bytes);
    return tr("%1 (%L2 bytes)").arg(QLocale().formattedDataSize(bytes)).arg(bytes);
}

QString SummaryView::referrersText(const ReferrerCounts& counts)
{
    QStringList parts;
    if (counts.signatures > 0)
        parts.append(counts.signatures == 1 ? tr("1 signature") : tr("%1 signatures").arg(counts.signatures));
    if (counts.sboms > 0)
        parts.append(counts.sboms == 1 ? tr("1 SBOM") : tr("%1 SBOMs").arg(counts.sboms));
    if (counts.attestations > 0)
        parts.append(counts.attestations == 1 ? tr("1 attestation")
                                              : tr("%1 attestations").arg(counts.attestations));
    if (counts.other > 0)
        parts.append(counts.other == 1 ? tr("1 other referrer") : tr("%1 other referrers").arg(counts.other));
    return parts.isEmpty() ? tr("none") : parts.join(QLatin1String(", "));
}

void SummaryView::clear()
{
    m_data = {};
    m_icon->clear();
    m_icon->setProperty("iconName", QString());
    m_kind->clear();
    m_reference->clear();
    clearForm();
    m_referrersHtml.clear();
    m_trustHtml.clear();
    m_trustToolTip.clear();
    m_trustIconPath.clear();
    m_annotations->setRowCount(0);
    m_annotations->hide();
    m_annotationsTitle->clear();
}

void SummaryView::setData(const Data& data)
{
    clear();
    m_data = data;
    const QString iconName = data.artifact.iconName();
    m_icon->setPixmap(QIcon(iconPath(iconName)).pixmap(48, 48, QIcon::Normal));
    m_icon->setProperty("iconName", iconName);
    m_icon->setToolTip(data.artifact.label());
    m_kind->setText(data.artifact.label());
    m_reference->setText(data.reference);

    auto* digestRow = new QWidget(this);
    auto* digestLayout = new QHBoxLayout(digestRow);
    digestLayout->setContentsMargins(0, 0, 0, 0);
    auto* digest = valueLabel(QStringLiteral("summaryDigest"), digestRow);
    digest->setWordWrap(false);
    digest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    digest->setText(data.digest.toString());
    digest->setToolTip(data.digest.toString());
    // A digest is one long word: let a narrow panel cut it (Copy still copies it whole) rather than
    // give the whole summary a horizontal scroll bar.
    digest->setMinimumWidth(digest->fontMetrics().horizontalAdvance(data.digest.shortForm()));
    digestLayout->addWidget(digest);
    auto* copy = new QToolButton(digestRow);
    copy->setObjectName(QStringLiteral("copyDigestButton"));
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    copy->setText(tr("Copy"));
    copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    copy->setAutoRaise(true);
    copy->setToolTip(tr("Copy the digest to the clipboard"));
    copy->setEnabled(data.digest.isValid());
    connect(copy, &QToolButton::clicked, this,
            [text = data.digest.toString()] { QApplication::clipboard()->setText(text); });
    digestLayout->addWidget(copy);
    digestLayout->addStretch(1);
    m_form->addRow(tr("Digest"), digestRow);

    addRow(tr("Media type"), QStringLiteral("summaryMediaType"), data.mediaType);
    if (!data.artifactType.isEmpty())
        addRow(tr("Artifact type"), QStringLiteral("summaryArtifactType"), data.artifactType);
    addRow(tr("Total size"), QStringLiteral("summarySize"),
           data.totalSizeComplete ? sizeText(data.totalSize)
                                  : tr("at least %1").arg(sizeText(data.totalSize)));
    if (!data.created.isEmpty())
        addRow(tr("Created"), QStringLiteral("summaryCreated"), createdText(data.created))
            ->setToolTip(DateFormat::utc(data.created));

    if (!data.platforms.isEmpty() || data.attestationEntries > 0 || data.otherEntries > 0) {
        QStringList platformLinks;
        for (int i = 0; i < data.platforms.size(); ++i)
            platformLinks.append(link(QString::number(i), data.platforms.at(i).platform->toString()));
        QString platforms = platformLinks.join(QLatin1String(", "));
        QStringList notes;
        if (data.attestationEntries > 0)
            notes.append(data.attestationEntries == 1
                             ? tr("1 attestation manifest not shown")
                             : tr("%1 attestation manifests not shown").arg(data.attestationEntries));
        if (data.otherEntries > 0)
            notes.append(data.otherEntries == 1 ? tr("1 entry without platform")
                                                : tr("%1 entries without platform").arg(data.otherEntries));
        if (!notes.isEmpty())
            platforms += QStringLiteral(" <i>(%1)</i>").arg(notes.join(QLatin1String(", ")).toHtmlEscaped());
        QLabel* row = addRow(tr("Platforms"), QStringLiteral("summaryPlatforms"), platforms, true);
        connect(row, &QLabel::linkActivated, this, [this](const QString& href) {
            bool ok = false;
            const int i = href.toInt(&ok);
            if (ok && i >= 0 && i < m_data.platforms.size())
                emit descriptorActivated(m_data.platforms.at(i));
        });
    }
    if (data.subject) {
        QLabel* row = addRow(tr("Refers to"), QStringLiteral("summarySubject"),
                             link(QStringLiteral("subject"), data.subject->digest.toString()), true);
        row->setToolTip(data.subject->mediaType);
        connect(row, &QLabel::linkActivated, this, [this] {
            if (m_data.subject)
                emit descriptorActivated(*m_data.subject);
        });
    }
    m_referrers =
        addRow(tr("Signatures and SBOMs"), QStringLiteral("summaryReferrers"), m_referrersHtml, true);
    connect(m_referrers, &QLabel::linkActivated, this, &SummaryView::referrersRequested);
    auto* trustRow = new QWidget(this);
    auto* trustLayout = new QHBoxLayout(trustRow);
    trustLayout->setContentsMargins(0, 0, 0, 0);
    m_trustIcon = new QLabel(trustRow);
    m_trustIcon->setObjectName(QStringLiteral("summaryTrustIcon"));
    m_trustIcon->setFixedSize(16, 16);
    trustLayout->addWidget(m_trustIcon);
    m_trust = valueLabel(QStringLiteral("summaryTrust"), trustRow);
    m_trust->setTextFormat(Qt::RichText);
    m_trust->setTextInteractionFlags(Qt::TextBrowserInteraction);
    trustLayout->addWidget(m_trust, 1);
    m_form->addRow(tr("Trust"), trustRow);
    connect(m_trust, &QLabel::linkActivated, this, &SummaryView::signaturesRequested);
    updateTrustRow();

    for (const oci::ConfigField& field : data.keyFields)
        addRow(field.label, QString(), field.value);

    m_annotations->setRowCount(int(data.annotations.size()));
    int row = 0;
    for (auto it = data.annotations.constBegin(); it != data.annotations.constEnd(); ++it, ++row) {
        auto* key = new QTableWidgetItem(it.key());
        key->setToolTip(it.key());
        auto* value = new QTableWidgetItem(it.value());
        value->setToolTip(it.value());
        m_annotations->setItem(row, 0, key);
        m_annotations->setItem(row, 1, value);
    }
    m_annotations->resizeColumnToContents(0);
    // As tall as its rows, so a few annotations do not sit in a mostly empty box; many scroll.
    m_annotations->setMaximumHeight(m_annotations->horizontalHeader()->sizeHint().height() +
                                    m_annotations->verticalHeader()->length() +
                                    2 * m_annotations->frameWidth() + 2);
    m_annotations->setMinimumHeight(qMin(120, m_annotations->maximumHeight()));
    m_annotationsTitle->setText(data.annotations.isEmpty()
                                    ? tr("Annotations: none")
                                    : tr("Annotations (%1)").arg(data.annotations.size()));
    m_annotations->setVisible(!data.annotations.isEmpty());
}

void SummaryView::setReferrersLoading()
{
    m_referrersHtml = tr("checking…").toHtmlEscaped();
    if (m_referrers) {
        m_referrers->setText(m_referrersHtml);
        m_referrers->setToolTip({});
    }
}

void SummaryView::setReferrers(const ReferrerCounts& counts)
{
    const QString text = referrersText(counts);
    m_referrersHtml = counts.total() > 0 ? link(QStringLiteral("referrers"), text) : text.toHtmlEscaped();
    if (m_referrers) {
        m_referrers->setText(m_referrersHtml);
        m_referrers->setToolTip(counts.total() > 0 ? tr("Show them in the Referrers tab") : QString());
    }
}

void SummaryView::setTrustLoading()
{
    m_trustHtml = tr("checking signatures…").toHtmlEscaped();
    m_trustToolTip.clear();
    m_trustIconPath.clear();
    updateTrustRow();
}

void SummaryView::setTrust(const TrustBadgeInfo& badge)
{
    m_trustHtml = link(QStringLiteral("signatures"), badge.label);
    m_trustToolTip = badge.toolTip() + QLatin1Char('\n') + tr("Click to see the signatures.");
    m_trustIconPath = badge.ok ? TrustBadgeCache::iconPath(badge.badge) : QString();
    updateTrustRow();
}

void SummaryView::setTrustError(const QString& message)
{
    m_trustHtml = tr("could not check: %1").arg(message).toHtmlEscaped();
    m_trustToolTip = message;
    m_trustIconPath.clear();
    updateTrustRow();
}

void SummaryView::updateTrustRow()
{
    if (!m_trust)
        return;
    m_trust->setText(m_trustHtml);
    m_trust->setToolTip(m_trustToolTip);
    m_trustIcon->setToolTip(m_trustToolTip);
    m_trustIcon->setProperty("iconPath", m_trustIconPath);
    if (m_trustIconPath.isEmpty())
        m_trustIcon->clear();
    else
        m_trustIcon->setPixmap(QIcon(m_trustIconPath).pixmap(16, 16));
}

void SummaryView::setReferrersError(const QString& message)
{
    m_referrersHtml = tr("could not check: %1").arg(message).toHtmlEscaped();
    if (m_referrers) {
        m_referrers->setText(m_referrersHtml);
        m_referrers->setToolTip(message);
    }
}

} // namespace lading::ui
