#pragma once

#include "core/inspect/signatureverifier.h"
#include "core/oci/manifest.h"
#include "core/store/location.h"
#include "ui/models/trustbadgecache.h"
#include "ui/util/jsonformatter.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QTreeWidget;
class QVBoxLayout;

namespace lading::ui {

class AppContext;
class StateStack;

// The Signatures tab: every signature and attestation of a manifest (cosign, sigstore bundles, notation,
// DSSE/in-toto), checked by SignatureVerifier against the trusted keys and roots. Left, one row each: kind,
// status, signer (certificate SAN or subject, else the key), time. Right, the selected one in full: status
// and why, the signed digest and whether it is the subject's, key and algorithm, the certificate chain
// (subject, issuer, SANs, OIDC issuer, validity, SHA-256 fingerprint, Copy PEM), the transparency-log
// entry, and for attestations the predicate type, subjects and the predicate as highlighted JSON.
// A manifest that is itself a signature or attestation (a referrer the user opened, a cosign `.sig` tag)
// is shown verified against its subject. Verification runs on a worker whenever a manifest is set, the
// user asks again, or the trusted keys change; a StateStack shows the spinner, the error with Retry, or
// "No signatures".
class SignaturesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignaturesView)

public:
    // The columns of the list on the left.
    enum Column
    {
        KindColumn,
        StatusColumn,
        SignerColumn,
        TimeColumn,
        ColumnCount
    };

    explicit SignaturesView(AppContext& context, QWidget* parent = nullptr);
    ~SignaturesView() override;

    // Verifies the signatures of `manifest` (loaded from `location`) off the GUI thread.
    void setManifest(const store::Location& location, const oci::Manifest& manifest);
    // Nothing shown; a verification still running is dropped when it lands.
    void clear();
    // Verifies the same manifest again (Retry, trust changed).
    void reverify();

    bool isVerifying() const { return m_verifying; }
    // What the last verification found, in list order.
    const QList<inspect::SignatureReport>& reports() const { return m_reports; }
    // The manifest shown is itself a signature, verified against `subjectDigest()`.
    bool showsOwnSignature() const { return m_own; }
    oci::Digest subjectDigest() const { return m_subject.digest; }
    // The badge of the last verification; nullopt while verifying or after an error.
    std::optional<TrustBadgeInfo> badge() const { return m_badge; }

    void selectReport(int row);
    int selectedReport() const;
    QTreeWidget* list() const { return m_list; }
    StateStack* stateStack() const { return m_state; }
    QLabel* heading() const { return m_heading; }
    QPushButton* trustButton() const { return m_trustButton; }
    // The details pane of the selected report (its labels are named for tests: "signatureStatus", ...).
    QWidget* detailsPane() const { return m_details; }

    // One line for the signer of a report: the certificate's SAN or subject, else the key.
    static QString signerText(const inspect::SignatureReport& report);
    static QIcon statusIcon(inspect::SignatureStatus status);

signals:
    // A verification started (the summary says "checking…").
    void verificationStarted();
    // A verification ended: the manifest's badge (its own status when it is a signature).
    void badgeChanged(const lading::ui::TrustBadgeInfo& badge);
    // The store could not be read at all.
    void verificationFailed(const QString& message);

private:
    struct Verification;

    void start();
    void apply(const Verification& result);
    void showReport(int row);
    void openTrustSettings();

    AppContext& m_context;
    std::optional<store::Location> m_location;
    std::optional<oci::Manifest> m_manifest;
    quint64 m_generation = 0;
    bool m_verifying = false;
    QList<inspect::SignatureReport> m_reports;
    QList<FormattedJson> m_predicates; // per report, formatted on the worker
    bool m_own = false;
    oci::Descriptor m_subject;
    std::optional<TrustBadgeInfo> m_badge;

    QLabel* m_headingIcon;
    QLabel* m_heading;
    QPushButton* m_trustButton;
    QPushButton* m_verifyButton;
    QTreeWidget* m_list;
    QScrollArea* m_scroll;
    QWidget* m_details = nullptr;
    StateStack* m_state;
};

} // namespace lading::ui
