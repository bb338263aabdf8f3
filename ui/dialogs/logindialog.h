#pragma once

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lading::ui {

class AppContext;
class Spinner;

// Log in to one registry: a user name and a password or access token, "remember in keychain" on by
// default. Accepting checks the credential against the registry off the GUI thread (a client of its own,
// so a wrong password never replaces a working one), then saves it in the OS keychain; without a keychain
// the login is kept for this session only, and the dialog says so before and after. On success the shared
// client uses the credential at once, loggedIn() is emitted and the dialog closes; on failure the
// registry's message shows in the dialog, which stays open.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(AppContext& context, const QString& registry, const QString& reason = {},
                QWidget* parent = nullptr);
    ~LoginDialog() override;

    QString registry() const { return m_registry; }
    void setUsername(const QString& username);
    bool isVerifying() const { return m_verifying; }
    // After a successful login: whether it went to the keychain, and the sentence that says how it was kept.
    bool savedInKeychain() const { return m_saved; }
    QString resultMessage() const { return m_result; }
    // What the dialog shows below the fields (progress, the registry's refusal, the keychain note).
    QString statusText() const;

public slots:
    void accept() override; // checks and saves; the dialog closes only when that worked
    void reject() override; // abandons a check in flight: nothing is saved

signals:
    void loggedIn(const QString& registry, bool savedInKeychain, const QString& message);

private:
    struct Outcome;
    void setBusy(bool busy);
    void finish(const Outcome& outcome);

    AppContext& m_context;
    QString m_registry;
    QLineEdit* m_user;
    QLineEdit* m_secret;
    QCheckBox* m_remember;
    QLabel* m_keychainNote;
    QLabel* m_status;
    Spinner* m_spinner;
    QDialogButtonBox* m_buttons;
    bool m_verifying = false;
    quint64 m_attempt = 0; // the check whose answer is awaited; cancelling moves on
    bool m_saved = false;
    QString m_result;
    std::shared_ptr<std::atomic_bool> m_abandoned;
};

} // namespace lading::ui
