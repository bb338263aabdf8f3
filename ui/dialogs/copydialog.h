#pragma once

#include "core/store/location.h"
#include "core/transfer/graphcopier.h"
#include "core/util/result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace lading::ui {

class AppContext;

// What a copy would do, worked out before anything moves: the source graph (GraphCopier::plan) and which
// of its manifests and blobs the destination already has (Store::exists, a bounded number at once).
struct CopyPreview
{
    struct Item
    {
        store::Descriptor descriptor;
        bool present = false;  // already at the destination
        bool referrer = false; // a manifest that came in as a referrer
    };
    QList<Item> manifests;
    QList<Item> blobs;
    int referrers = 0;
    qint64 bytesToMove = 0;  // blobs and manifests missing at the destination
    qint64 bytesPresent = 0; // what the destination already has
    bool destinationExists = true;

    int manifestsPresent() const;
    int blobsPresent() const;
};

// "Copy to…": a destination field that takes any location (another registry, repository, an "oci:" folder
// or an "oci-archive:" tar) with the known sources as suggestions, "include referrers" (on by default), and
// before starting, a preview of the manifests, blobs, referrers and bytes to move and what the destination
// already has. Accepting emits copyRequested; the caller starts the CopyJob.
class CopyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyDialog)

public:
    CopyDialog(AppContext& context, const store::Location& source, QWidget* parent = nullptr);
    ~CopyDialog() override;

    // Blocking (network and disk): call it on a worker thread.
    static Result<CopyPreview> computePreview(AppContext& context, const store::Location& source,
                                              const store::Location& destination, bool includeReferrers,
                                              int concurrency = 8);

    // Destinations offered in the field's drop-down ("host/", "oci:/path").
    void setSuggestions(const QStringList& suggestions);
    void setDestination(const QString& text);
    void setIncludeReferrers(bool include);

    const store::Location& source() const { return m_source; }
    // The parsed destination; an error while the field does not name a location.
    Result<store::Location> destination() const;
    bool includeReferrers() const;
    transfer::CopyOptions options() const;

    // The preview for the current destination and options, once previewReady was emitted.
    bool hasPreview() const { return m_preview.has_value(); }
    const CopyPreview& preview() const { return *m_preview; }
    QString previewError() const { return m_previewError; }
    bool isPreviewing() const { return m_previewing; }

    QComboBox* destinationBox() const { return m_destination; }
    QCheckBox* referrersBox() const { return m_referrers; }
    QTreeWidget* previewTree() const { return m_tree; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* copyButton() const;

    void accept() override;

signals:
    // The preview for the current input is shown (or failed: previewError()).
    void previewReady();
    void copyRequested(const lading::store::Location& source, const lading::store::Location& destination,
                       const lading::transfer::CopyOptions& options);

private:
    void inputChanged();
    void startPreview();
    void showPreview(const Result<CopyPreview>& preview);

    AppContext& m_context;
    store::Location m_source;
    QComboBox* m_destination;
    QCheckBox* m_referrers;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QDialogButtonBox* m_buttons;
    QTimer* m_debounce;
    std::optional<CopyPreview> m_preview;
    QString m_previewError;
    bool m_previewing = false;
    quint64 m_generation = 0; // of the preview in flight; older answers are dropped
};

} // namespace lading::ui
