#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lading::ui {

class AppContext;

// "Trusted Keys and Roots…": the public keys (key-based cosign, bundles with a public key) and root
// certificates (Fulcio, notation, a company CA) that make a signature Verified. Each key shows its type,
// size and SHA-256 fingerprint; each root its subject, validity and fingerprint. Add Key… / Add Root… read
// a PEM file on a worker (an invalid file is refused with a message saying why), Remove drops the selected
// entry. Every change is saved at once (inspect::TrustSettings, through AppContext::setTrustPolicy), which
// re-verifies what the window shows.
class TrustSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrustSettingsDialog)

public:
    enum KeyColumn
    {
        KeyTypeColumn,
        KeyFingerprintColumn,
        KeyColumnCount
    };
    enum RootColumn
    {
        RootSubjectColumn,
        RootValidityColumn,
        RootFingerprintColumn,
        RootColumnCount
    };

    explicit TrustSettingsDialog(AppContext& context, QWidget* parent = nullptr);
    ~TrustSettingsDialog() override;

    // Shows the dialog (not modal, deleted when closed); one at a time per parent window.
    static TrustSettingsDialog* showFor(AppContext& context, QWidget* parent);

    // What Add Key… and Add Root… do once a file is chosen: the file is read and checked on a worker, then
    // its keys (certificates) are added, skipping ones already trusted. changed() or failed() follows.
    void addPublicKeyFile(const QString& path);
    void addRootFile(const QString& path);
    // Removes the trusted key (root) at `row` of its list.
    void removeKey(int row);
    void removeRoot(int row);

    bool isBusy() const { return m_busy; }
    QTreeWidget* keyList() const { return m_keys; }
    QTreeWidget* rootList() const { return m_roots; }
    // The last message: what was added, or why a file was refused.
    QString message() const;

signals:
    // The trusted keys or roots changed (and were saved).
    void changed();
    // A file could not be added; the dialog shows `message` too.
    void failed(const QString& message);

private:
    enum class What
    {
        Keys,
        Roots
    };
    void addFile(What what, const QString& path);
    void chooseFile(What what);
    void refresh();
    void showMessage(const QString& text, bool error);

    AppContext& m_context;
    QLabel* m_intro;
    QTreeWidget* m_keys;
    QTreeWidget* m_roots;
    QPushButton* m_addKey;
    QPushButton* m_removeKey;
    QPushButton* m_addRoot;
    QPushButton* m_removeRoot;
    QLabel* m_message;
    bool m_busy = false;
};

} // namespace lading::ui
