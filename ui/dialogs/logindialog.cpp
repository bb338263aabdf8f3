#include "ui/dialogs/logindialog.h"

#include "core/auth/credentialstore.h"
#include "core/registry/registryclient.h"
#include "ui/appcontext.h"
#include "ui/util/async.h"
#include "ui/widgets/spinner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lading::ui {

struct LoginDialog::Outcome
{
    QString error; // the check failed: the registry's words
    bool saved = false;
    QString keychainError;
};

LoginDialog::LoginDialog(AppContext& context, const QString& registry, const QString& reason, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_registry(registry)
    , m_user(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keychain"), this))
    , m_keychainNote(new QLabel(this))
    , m_status(new QLabel(this))
    , m_spinner(new Spinner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_abandoned(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log In to %1").arg(registry));

    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("loginReason"));
    intro->setWordWrap(true);
    intro->setText(reason.isEmpty()
                       ? tr("Log in to %1 with your user name and a password or access token.").arg(registry)
                       : tr("%1\nLog in with your user name and a password or access token.").arg(reason));

    m_user->setObjectName(QStringLiteral("userEdit"));
    m_secret->setObjectName(QStringLiteral("passwordEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Password or access token"));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);

    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    // Decided without touching the keychain, so the user knows before typing where the login will live.
    const Status keychain = auth::CredentialStore::keychainAvailability();
    if (!keychain) {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_keychainNote->setText(
            tr("The login will be kept for this session only. %1").arg(keychain.error().message));
    }
    m_keychainNote->setVisible(!keychain.ok());

    m_status->setObjectName(QStringLiteral("loginStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_spinner->setFixedSize(20, 20);
    m_spinner->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_secret);
    form->addRow(QString(), m_remember);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_spinner, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_keychainNote);
    layout->addLayout(statusRow);
    layout->addStretch();
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log In"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("loginButton"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    resize(sizeHint().expandedTo(QSize(420, 0)));
}

LoginDialog::~LoginDialog()
{
    m_abandoned->store(true);
}

void LoginDialog::setUsername(const QString& username)
{
    m_user->setText(username);
    if (!username.isEmpty())
        m_secret->setFocus();
}

QString LoginDialog::statusText() const
{
    return m_status->text();
}

void LoginDialog::setBusy(bool busy)
{
    m_verifying = busy;
    m_user->setEnabled(!busy);
    m_secret->setEnabled(!busy);
    m_remember->setEnabled(!busy && auth::CredentialStore::keychainAvailability().ok());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_spinner->setVisible(busy);
}

void LoginDialog::accept()
{
    if (m_verifying)
        return;
    if (m_user->text().trimmed().isEmpty() || m_secret->text().isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #c01c28;"));
        m_status->setText(tr("Type a user name and a password or access token."));
        return;
    }
    auth::Credential credential;
    credential.username = m_user->text().trimmed();
    credential.secret = m_secret->text();
    const bool remember = m_remember->isChecked();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Checking the login with %1…").arg(m_registry));
    setBusy(true);

    AppContext* context = &m_context;
    const QString host = m_registry;
    auto abandoned = m_abandoned;
    runAsync(
        this,
        [context, host, credential, remember, abandoned] {
            Outcome outcome;
            // A client of its own: a wrong password must not replace the credential the shared one uses.
            registry::RegistryClient check(host, context->registries().options(host));
            check.setSessionCredential(credential);
            if (const Status ping = check.ping(); !ping) {
                outcome.error = ping.error().message;
                return outcome;
            }
            if (abandoned->load())
                return outcome; // cancelled while checking: keep nothing
            auto& credentials = context->credentials();
            if (remember) {
                const Status stored = credentials.store(host, credential);
                outcome.saved = stored.ok();
                if (!stored)
                    outcome.keychainError = stored.error().message;
            }
            if (!outcome.saved)
                credentials.setSessionCredential(host, credential);
            // The shared client looked its credential up already (maybe none): hand it the new one now.
            context->registries().client(host)->setSessionCredential(credential);
            return outcome;
        },
        [this, attempt = ++m_attempt](const Outcome& outcome) {
            if (attempt == m_attempt) // not cancelled meanwhile
                finish(outcome);
        });
}

void LoginDialog::finish(const Outcome& outcome)
{
    setBusy(false);
    if (!outcome.error.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #c01c28;"));
        m_status->setText(outcome.error);
        m_secret->selectAll();
        m_secret->setFocus();
        return;
    }
    const QString user = m_user->text().trimmed();
    m_saved = outcome.saved;
    if (outcome.saved)
        m_result =
            tr("Logged in to %1 as %2. The login is saved in the system keychain.").arg(m_registry, user);
    else if (!outcome.keychainError.isEmpty())
        m_result = tr("Logged in to %1 as %2 for this session only: %3")
                       .arg(m_registry, user, outcome.keychainError);
    else if (!auth::CredentialStore::keychainAvailability())
        m_result = tr("Logged in to %1 as %2 for this session only: %3")
                       .arg(m_registry, user, auth::CredentialStore::keychainAvailability().error().message);
    else
        m_result = tr("Logged in to %1 as %2 for this session only (not saved in the keychain).")
                       .arg(m_registry, user);
    m_status->setText(m_result);
    emit loggedIn(m_registry, m_saved, m_result);
    QDialog::accept();
}

void LoginDialog::reject()
{
    // A check in flight keeps nothing and reports nothing; the dialog can be used again afterwards.
    m_abandoned->store(true);
    m_abandoned = std::make_shared<std::atomic_bool>(false);
    ++m_attempt;
    setBusy(false);
    QDialog::reject();
}

} // namespace lading::ui
