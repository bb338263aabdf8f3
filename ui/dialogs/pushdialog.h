#pragma once

#include "core/oci/descriptor.h"
#include "core/store/location.h"
#include "core/transfer/artifactdetector.h"
#include "core/transfer/artifactpacker.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace lading::ui {

class AnnotationEditor;
class AppContext;

// What a drop (or "Push files…") proposes: the files, where they go, and the manifest that is selected in
// the window, which the push can be attached to as a referrer.
struct PushProposal
{
    QStringList paths;
    // The drop target: a registry repository (its tag, if any, is proposed) or a layout. Invalid (empty
    // reference and path): the user types one.
    store::Location destination;
    // The manifest the window shows (a tag or digest location); empty manifestReference(): none.
    store::Location subject;
    // The drop landed on that manifest: start in "Attach to" mode.
    bool attach = false;
};

// The push dialog: destination repository and tag (proposed from the drop target, or from the chart
// version for a Helm chart), the detected kind with its media types (artifact type, config media type, one
// media type per file, all editable), the manifest annotations (created and title prefilled, spec keys
// suggested) and "Attach to <manifest>" (subject set, no tag). Detection and resolving the subject run off
// the GUI thread; Push is enabled once both are done. The dialog only decides what to push: the caller
// turns request() and destination() into a job (PushDialog::startPush does).
class PushDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushDialog)

public:
    PushDialog(AppContext& context, const PushProposal& proposal, QWidget* parent = nullptr);
    ~PushDialog() override;

    const PushProposal& proposal() const { return m_proposal; }
    // Detection finished (successfully or not) and, when attaching, the subject is resolved.
    bool isReady() const;
    // What the detector made of the files (defaults until isReady()).
    const transfer::DetectedArtifact& detected() const { return m_detected; }
    bool isAttaching() const;
    // The subject's descriptor, once resolved.
    std::optional<oci::Descriptor> subjectDescriptor() const { return m_subjectDescriptor; }

    // Where the push goes as the fields say now: repository (or layout) with the tag, or without a tag
    // when attaching. An error says what to fix in the fields.
    Result<store::Location> destination() const;
    // The request as the fields say now. A generated config (Helm's Chart.yaml as JSON) is written into
    // `workDir` (which the caller removes after the push); the packer's folder archives go there too.
    Result<transfer::PackRequest> request(const QString& workDir) const;
    // Empty when the fields can be pushed as they are; otherwise one sentence saying what to fix.
    QString validationError() const;

    // Widgets, for tests.
    QLineEdit* destinationEdit() const { return m_destinationEdit; }
    QLineEdit* tagEdit() const { return m_tagEdit; }
    QLabel* kindLabel() const { return m_kindLabel; }
    QLineEdit* artifactTypeEdit() const { return m_artifactTypeEdit; }
    QLineEdit* configMediaTypeEdit() const { return m_configMediaTypeEdit; }
    QTableWidget* layerTable() const { return m_layerTable; }
    AnnotationEditor* annotationEditor() const { return m_annotations; }
    QCheckBox* attachCheck() const { return m_attachCheck; }
    QLabel* messageLabel() const { return m_message; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    // Shows a push dialog for `proposal` and, when accepted, enqueues a PushJob on the context's transfer
    // manager. `onPushed` (optional) runs on the GUI thread when that job succeeds, with the job's target
    // (repository or layout, with the tag unless attached) and the manifest pushed (with its digest).
    // Returns the dialog (shown, not modal; it deletes itself when closed).
    using PushedCallback = std::function<void(const store::Location& target, const store::Location& pushed)>;
    static PushDialog* startPush(AppContext& context, const PushProposal& proposal, QWidget* parent,
                                 PushedCallback onPushed = {});

    // Asks for files (a file dialog, not blocking) and then startPush() with them: "Push Files…" and
    // "Attach Files…" in the menus. Returns the file dialog (it deletes itself when closed).
    static QFileDialog* chooseFilesAndPush(AppContext& context, const PushProposal& proposal,
                                           QWidget* parent);

public slots:
    void accept() override;

signals:
    // Detection (and the subject) finished: the fields hold the proposal.
    void ready();

private:
    void build();
    void detectionFinished(const Result<transfer::DetectedArtifact>& result);
    void subjectResolved(const Result<oci::Descriptor>& result);
    void updateState();
    QString layerMediaType(int row) const;

    AppContext& m_context;
    PushProposal m_proposal;
    transfer::DetectedArtifact m_detected;
    bool m_detecting = true;
    bool m_resolvingSubject = false;
    QString m_subjectError;
    std::optional<oci::Descriptor> m_subjectDescriptor;

    QLineEdit* m_destinationEdit = nullptr;
    QLineEdit* m_tagEdit = nullptr;
    QLabel* m_kindLabel = nullptr;
    QLineEdit* m_artifactTypeEdit = nullptr;
    QLineEdit* m_configMediaTypeEdit = nullptr;
    QTableWidget* m_layerTable = nullptr;
    AnnotationEditor* m_annotations = nullptr;
    QCheckBox* m_attachCheck = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lading::ui
