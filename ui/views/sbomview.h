#pragma once

#include "core/inspect/sbomlocator.h"
#include "core/oci/manifest.h"
#include "core/store/location.h"
#include "ui/models/sbompackagesmodel.h"

#include <QWidget>

class QComboBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace lading::ui {

class AppContext;
class SbomFilterProxy;
class StateStack;

// The Packages tab: the packages of a manifest's SBOMs (its SPDX and CycloneDX referrers, cosign tags,
// in-toto and BuildKit attestations, or the SBOM artifact itself) as a sortable table with a search field,
// licence and type filters, "1,234 of 50,000 packages" and an export of what is shown as CSV.
//
// Finding the SBOMs is cheap (the referrers and a few small manifests) and starts as soon as a manifest is
// set, so the details panel can show the tab only when there is something in it; reading a document (maybe
// tens of MiB) waits until the tab is shown. Both run on the worker pool; the rows arrive in one model reset.
class SbomView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SbomView)

public:
    enum class State
    {
        Idle,         // no manifest
        Locating,     // looking for SBOMs
        LocateFailed, // could not list the referrers or read a manifest
        NoSboms,      // found none
        Loading,      // reading the selected SBOM
        LoadFailed,   // the selected SBOM could not be read: the message is in the state stack
        Ready,        // the packages are shown
    };
    Q_ENUM(State)

    explicit SbomView(AppContext& context, QWidget* parent = nullptr);
    ~SbomView() override;

    // The manifest to show the SBOMs of; `location` names it (and its store). Forgets what was shown.
    void setManifest(const store::Location& location, const oci::Manifest& manifest);
    // Nothing selected (or the manifest is loading): drops the rows and any reply still on its way.
    void clear(const QString& note = {});
    // Looks for the SBOMs again.
    void reload();

    State state() const { return m_state; }
    const QList<inspect::SbomSource>& sources() const { return m_sources; }
    int currentSource() const;
    void setCurrentSource(int index);
    // The document shown (formatLabel(), name, created, creators), once loaded.
    const inspect::SbomDocument& document() const { return m_document; }

    // Writes the rows shown as CSV to `path` on a worker thread; csvExported() says how it went.
    void exportCsv(const QString& path);
    // The "Export CSV…" button's dialog (non-native, so tests can drive it); deleted when closed.
    QFileDialog* openExportDialog();

    SbomPackagesModel* model() const { return m_model; }
    SbomFilterProxy* proxy() const { return m_proxy; }
    QTreeView* table() const { return m_table; }
    StateStack* stateStack() const { return m_stack; }
    QComboBox* sourceCombo() const { return m_sourceCombo; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* licenceCombo() const { return m_licenceCombo; }
    QComboBox* typeCombo() const { return m_typeCombo; }
    QLabel* countLabel() const { return m_countLabel; }
    QLabel* documentLabel() const { return m_documentLabel; }
    QPushButton* exportButton() const { return m_exportButton; }

signals:
    // The search for SBOMs ended: how many were found, or -1 when it failed.
    void sourcesFound(int count);
    // A document was read (its package count) or could not be (-1).
    void documentLoaded(int packages);
    void csvExported(bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setState(State state);
    void locate();
    void loadSource(int index);
    void applyDocument(const inspect::SbomDocument& document, const SbomPackagesModel::Prepared& rows);
    void fillFilterCombos();
    void applyFilters();
    void updateCount();

    AppContext& m_context;
    store::Location m_location;
    oci::Manifest m_manifest;
    bool m_hasManifest = false;
    State m_state = State::Idle;
    quint64 m_generation = 0;     // one per manifest; replies for an older one are dropped
    quint64 m_loadGeneration = 0; // one per document read
    int m_loadedSource = -1;      // the source whose packages are in the model
    bool m_loadWhenShown = false;
    QList<inspect::SbomSource> m_sources;
    inspect::SbomDocument m_document;

    SbomPackagesModel* m_model;
    SbomFilterProxy* m_proxy;
    QComboBox* m_sourceCombo;
    QLabel* m_documentLabel;
    QLineEdit* m_search;
    QComboBox* m_licenceCombo;
    QComboBox* m_typeCombo;
    QLabel* m_countLabel;
    QPushButton* m_exportButton;
    QLabel* m_exportStatus;
    QTreeView* m_table;
    StateStack* m_stack;
};

} // namespace lading::ui
