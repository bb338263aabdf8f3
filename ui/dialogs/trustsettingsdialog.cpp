#include "ui/dialogs/trustsettingsdialog.h"

#include "core/inspect/publickey.h"
#include "core/inspect/signatureverifier.h"
#include "ui/appcontext.h"
#include "ui/util/async.h"
#include "ui/util/dateformat.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lading::ui {

namespace {

// A PEM file of keys or certificates is a few KiB; anything this large is something else.
constexpr qint64 kMaxPemFile = 1024 * 1024;

// What a worker made of a chosen file: the PEM blocks it holds, validated, or why not.
struct ReadPem
{
    bool ok = false;
    QString error;
    QList<QByteArray> blocks;
};

ReadPem readPemFile(const QString& path, bool roots)
{
    ReadPem out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = TrustSettingsDialog::tr("Cannot read %1: %2").arg(path, file.errorString());
        return out;
    }
    if (file.size() > kMaxPemFile) {
        out.error = TrustSettingsDialog::tr("%1 is too large to be a PEM file.").arg(path);
        return out;
    }
    const QByteArray bytes = file.readAll();
    inspect::TrustPolicy fresh;
    const Status added = roots ? fresh.addRootCertificatesPem(bytes) : fresh.addPublicKeysPem(bytes);
    if (!added) {
        out.error = TrustSettingsDialog::tr("%1: %2").arg(QFileInfo(path).fileName(), added.error().message);
        return out;
    }
    out.blocks = roots ? fresh.rootCertificatesPem : fresh.publicKeysPem;
    if (out.blocks.isEmpty()) {
        out.error = roots ? TrustSettingsDialog::tr("%1 holds no PEM certificate.").arg(path)
                          : TrustSettingsDialog::tr("%1 holds no PEM public key.").arg(path);
        return out;
    }
    out.ok = true;
    return out;
}

// The same key or certificate written differently (line breaks, other blocks around it) is still the same.
QString identityOf(const QByteArray& pem, bool root)
{
    if (root) {
        if (auto info = inspect::CertificateInfo::fromPem(pem))
            return info->sha256Fingerprint;
    } else if (auto key = inspect::PublicKey::fromPem(pem)) {
        return key->fingerprint();
    }
    return QString::fromLatin1(pem.trimmed());
}

QString dateText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QTreeWidget* makeList(QWidget* parent, const QString& objectName, const QStringList& headers)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    list->setMinimumHeight(110);
    return list;
}

} // namespace

TrustSettingsDialog::TrustSettingsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("trustSettingsDialog"));
    setWindowTitle(tr("Trusted Keys and Roots"));
    auto* layout = new QVBoxLayout(this);

    m_intro = new QLabel(
        tr("A signature is <b>verified</b> when its key is one of these public keys (cosign keys), or when "
           "its certificate chain leads to one of these root certificates (Sigstore's Fulcio, a Notation "
           "CA, your own). Without them, signatures show as signed but not verified."),
        this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto* keyBox = new QGroupBox(tr("Public keys"), this);
    auto* keyLayout = new QVBoxLayout(keyBox);
    m_keys = makeList(keyBox, QStringLiteral("trustedKeyList"), {tr("Key"), tr("SHA-256 fingerprint")});
    keyLayout->addWidget(m_keys);
    auto* keyButtons = new QHBoxLayout;
    m_addKey = new QPushButton(tr("Add Key…"), keyBox);
    m_addKey->setObjectName(QStringLiteral("addKeyButton"));
    m_addKey->setToolTip(tr("Trust the public keys of a PEM file (cosign.pub)"));
    m_removeKey = new QPushButton(tr("Remove"), keyBox);
    m_removeKey->setObjectName(QStringLiteral("removeKeyButton"));
    keyButtons->addWidget(m_addKey);
    keyButtons->addWidget(m_removeKey);
    keyButtons->addStretch(1);
    keyLayout->addLayout(keyButtons);
    layout->addWidget(keyBox, 1);

    auto* rootBox = new QGroupBox(tr("Root certificates"), this);
    auto* rootLayout = new QVBoxLayout(rootBox);
    m_roots = makeList(rootBox, QStringLiteral("trustedRootList"),
                       {tr("Subject"), tr("Valid"), tr("SHA-256 fingerprint")});
    rootLayout->addWidget(m_roots);
    auto* rootButtons = new QHBoxLayout;
    m_addRoot = new QPushButton(tr("Add Root…"), rootBox);
    m_addRoot->setObjectName(QStringLiteral("addRootButton"));
    m_addRoot->setToolTip(tr("Trust the certificates of a PEM file as roots"));
    m_removeRoot = new QPushButton(tr("Remove"), rootBox);
    m_removeRoot->setObjectName(QStringLiteral("removeRootButton"));
    rootButtons->addWidget(m_addRoot);
    rootButtons->addWidget(m_removeRoot);
    rootButtons->addStretch(1);
    rootLayout->addLayout(rootButtons);
    layout->addWidget(rootBox, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("trustMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_addKey, &QPushButton::clicked, this, [this] { chooseFile(What::Keys); });
    connect(m_addRoot, &QPushButton::clicked, this, [this] { chooseFile(What::Roots); });
    connect(m_removeKey, &QPushButton::clicked, this,
            [this] { removeKey(m_keys->indexOfTopLevelItem(m_keys->currentItem())); });
    connect(m_removeRoot, &QPushButton::clicked, this,
            [this] { removeRoot(m_roots->indexOfTopLevelItem(m_roots->currentItem())); });
    connect(m_keys, &QTreeWidget::currentItemChanged, this,
            [this] { m_removeKey->setEnabled(m_keys->currentItem() != nullptr && !m_busy); });
    connect(m_roots, &QTreeWidget::currentItemChanged, this,
            [this] { m_removeRoot->setEnabled(m_roots->currentItem() != nullptr && !m_busy); });
    // Another window's dialog (or the Signatures tab) may change the trust too.
    connect(&m_context, &AppContext::trustChanged, this, &TrustSettingsDialog::refresh);

    resize(640, 480);
    refresh();
}

TrustSettingsDialog::~TrustSettingsDialog() = default;

TrustSettingsDialog* TrustSettingsDialog::showFor(AppContext& context, QWidget* parent)
{
    TrustSettingsDialog* dialog = parent ? parent->findChild<TrustSettingsDialog*>() : nullptr;
    if (!dialog) {
        dialog = new TrustSettingsDialog(context, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QString TrustSettingsDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void TrustSettingsDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    // Errors in red, the rest in the palette's text colour.
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_message->setPalette(palette);
    m_message->setVisible(!text.isEmpty());
}

void TrustSettingsDialog::chooseFile(What what)
{
    const QString path = QFileDialog::getOpenFileName(
        this, what == What::Keys ? tr("Add Trusted Public Key") : tr("Add Trusted Root Certificate"),
        QString(),
        what == What::Keys ? tr("PEM public keys (*.pub *.pem *.key);;All files (*)")
                           : tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        addFile(what, path);
}

void TrustSettingsDialog::addPublicKeyFile(const QString& path)
{
    addFile(What::Keys, path);
}

void TrustSettingsDialog::addRootFile(const QString& path)
{
    addFile(What::Roots, path);
}

void TrustSettingsDialog::addFile(What what, const QString& path)
{
    if (m_busy)
        return;
    m_busy = true;
    refresh();
    const bool roots = what == What::Roots;
    showMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()), false);
    runAsync(
        this, [path, roots] { return readPemFile(path, roots); },
        [this, roots](const ReadPem& read) {
            m_busy = false;
            if (!read.ok) {
                refresh();
                showMessage(read.error, true);
                emit failed(read.error);
                return;
            }
            inspect::TrustPolicy policy = m_context.trustPolicy();
            QList<QByteArray>& list = roots ? policy.rootCertificatesPem : policy.publicKeysPem;
            QStringList known;
            for (const QByteArray& pem : std::as_const(list))
                known.append(identityOf(pem, roots));
            int added = 0;
            for (const QByteArray& pem : read.blocks) {
                const QString identity = identityOf(pem, roots);
                if (known.contains(identity))
                    continue;
                known.append(identity);
                list.append(pem);
                ++added;
            }
            if (added == 0) {
                refresh();
                showMessage(roots ? tr("That certificate is trusted already.")
                                  : tr("That key is trusted already."),
                            false);
                return;
            }
            m_context.setTrustPolicy(policy); // saves, and trustChanged refreshes the lists
            if (roots)
                showMessage(added == 1 ? tr("Added 1 root certificate.")
                                       : tr("Added %1 root certificates.").arg(added),
                            false);
            else
                showMessage(added == 1 ? tr("Added 1 public key.") : tr("Added %1 public keys.").arg(added),
                            false);
            emit changed();
        });
}

void TrustSettingsDialog::removeKey(int row)
{
    inspect::TrustPolicy policy = m_context.trustPolicy();
    if (m_busy || row < 0 || row >= policy.publicKeysPem.size())
        return;
    policy.publicKeysPem.removeAt(row);
    m_context.setTrustPolicy(policy);
    showMessage(tr("Key removed."), false);
    emit changed();
}

void TrustSettingsDialog::removeRoot(int row)
{
    inspect::TrustPolicy policy = m_context.trustPolicy();
    if (m_busy || row < 0 || row >= policy.rootCertificatesPem.size())
        return;
    policy.rootCertificatesPem.removeAt(row);
    m_context.setTrustPolicy(policy);
    showMessage(tr("Root certificate removed."), false);
    emit changed();
}

void TrustSettingsDialog::refresh()
{
    const inspect::TrustPolicy policy = m_context.trustPolicy();
    m_keys->clear();
    for (const QByteArray& pem : policy.publicKeysPem) {
        auto* item = new QTreeWidgetItem(m_keys);
        if (auto key = inspect::PublicKey::fromPem(pem)) {
            item->setText(KeyTypeColumn, key->description());
            item->setText(KeyFingerprintColumn, key->fingerprint());
        } else {
            item->setText(KeyTypeColumn, tr("Unreadable key"));
            item->setText(KeyFingerprintColumn, key.error().message);
        }
        item->setToolTip(KeyTypeColumn, QString::fromLatin1(pem));
        item->setToolTip(KeyFingerprintColumn, item->text(KeyFingerprintColumn));
    }
    m_roots->clear();
    for (const QByteArray& pem : policy.rootCertificatesPem) {
        auto* item = new QTreeWidgetItem(m_roots);
        if (auto info = inspect::CertificateInfo::fromPem(pem)) {
            item->setText(RootSubjectColumn, info->subject);
            item->setText(RootValidityColumn,
                          tr("%1 – %2").arg(dateText(info->notBefore), dateText(info->notAfter)));
            item->setText(RootFingerprintColumn, info->sha256Fingerprint);
            item->setToolTip(
                RootSubjectColumn,
                tr("%1\nIssued by %2\n%3").arg(info->subject, info->issuer, info->keyDescription));
            item->setToolTip(
                RootValidityColumn,
                tr("%1 to %2 (UTC)").arg(DateFormat::utc(info->notBefore), DateFormat::utc(info->notAfter)));
            item->setToolTip(RootFingerprintColumn, info->sha256Fingerprint);
        } else {
            item->setText(RootSubjectColumn, tr("Unreadable certificate"));
            item->setText(RootFingerprintColumn, info.error().message);
        }
    }
    m_keys->resizeColumnToContents(KeyTypeColumn);
    m_roots->resizeColumnToContents(RootSubjectColumn);
    m_roots->resizeColumnToContents(RootValidityColumn);
    m_addKey->setEnabled(!m_busy);
    m_addRoot->setEnabled(!m_busy);
    m_removeKey->setEnabled(!m_busy && m_keys->currentItem());
    m_removeRoot->setEnabled(!m_busy && m_roots->currentItem());
}

} // namespace lading::ui
