#pragma once

#include "core/registry/registrycapabilities.h"
#include "ui/models/source.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QList>
#include <QVariantMap>

#include <array>
#include <optional>

namespace lading::ui {

class AppContext;

// The sidebar's tree: three group headings ("Registries" the user added, "From Docker/Podman config",
// "Layouts"), each holding sources. Every source is probed off the GUI thread once per run: a registry for
// its capabilities (RegistryCapabilities) and where its credential comes from, a layout or tar for its tag
// count. A probe started again (reload) makes any earlier answer still in flight stale; stale answers
// and answers for removed sources are dropped.
class SourcesModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesModel)

public:
    enum class Group
    {
        Registries,
        DockerConfig,
        Layouts
    };
    static constexpr int kGroupCount = 3;
    enum class ProbeState
    {
        NotProbed,
        Probing,
        Done
    };
    enum Column
    {
        NameColumn,
        ColumnCount
    };

    // How to reach a registry the user added; kept with the source and saved with it.
    struct RegistrySettings
    {
        bool insecure = false; // plain HTTP allowed (AppContext::setInsecure)
        QString caFile;        // a private CA bundle (PEM) trusted for this registry
    };

    explicit SourcesModel(AppContext& context, QObject* parent = nullptr);
    ~SourcesModel() override;

    // --- Structure ---
    static Group groupFor(const Source& source);
    // The badge a registry that wants a login carries, so views can make it stand out.
    static QString loginBadge();
    QModelIndex groupIndex(Group group) const;
    QModelIndex indexOf(const Source& source) const; // any origin: sources compare by kind and key
    Source sourceAt(const QModelIndex& index) const; // invalid for group headings
    bool contains(const Source& source) const { return indexOf(source).isValid(); }
    QList<Source> sources() const; // in display order
    // Adds a source (to the group its kind and origin select) and, when auto-probing, probes it. Returns
    // the existing row when the source is already listed. Registry settings, when given, are applied
    // (registry pool options, AppContext::setInsecure); without them the registry keeps what it has.
    QModelIndex addSource(const Source& source, std::optional<RegistrySettings> settings = std::nullopt);
    bool removeSource(const Source& source);
    // Replaces the "From Docker/Podman config" rows with these hosts, leaving out hosts listed elsewhere.
    void setDockerConfigHosts(const QStringList& hosts);
    // Reads Docker's and the containers tools' files on a worker, then setDockerConfigHosts minus `hidden`.
    void loadDockerConfigHosts(const QStringList& hidden = {});

    RegistrySettings registrySettings(const Source& source) const;
    // Records new settings and applies them to the registry pool and AppContext; re-probes.
    void setRegistrySettings(const Source& source, const RegistrySettings& settings);

    // --- Probing ---
    void setAutoProbe(bool enabled) { m_autoProbe = enabled; }
    bool autoProbe() const { return m_autoProbe; }
    // Probes a source on a worker. `fresh` starts over: the registry's client (scheme, auth, token cache,
    // referrers answers) and the cached stores of the source are dropped first, so the answer is today's.
    void probe(const Source& source, bool fresh = false);
    // Probes every source not probed yet in this run.
    void probeAll();
    ProbeState probeState(const Source& source) const;
    std::optional<registry::RegistryCapabilities> capabilities(const Source& source) const;
    bool isProbing() const; // any probe in flight

    // --- Persistence: the sources the user added or opened, with their settings ---
    QVariantList saveState() const;
    void restoreState(const QVariantList& state);

    // --- QAbstractItemModel ---
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // A probe finished and its answer is shown (not emitted for stale answers).
    void probed(const lading::ui::Source& source);
    void sourcesChanged();

private:
    struct Entry
    {
        Source source;
        RegistrySettings settings;
        ProbeState state = ProbeState::NotProbed;
        quint64 generation = 0; // of the probe in flight; answers with another one are stale
        std::optional<registry::RegistryCapabilities> caps;
        QString credential; // where the credential comes from, for the tooltip
        bool sessionCredential = false;
        QString credentialError; // a broken credential helper or Docker file, for the tooltip
        QString error;           // layouts: why they cannot be opened
        int tagCount = -1;       // layouts: tags found
    };
    struct ProbeAnswer;

    QList<Entry>& entries(Group group) { return m_groups[std::size_t(group)]; }
    const QList<Entry>& entries(Group group) const { return m_groups[std::size_t(group)]; }
    Entry* find(const Source& source, Group* group = nullptr, int* row = nullptr);
    const Entry* find(const Source& source) const;
    const Entry* entryAt(const QModelIndex& index) const;
    void finishProbe(const Source& source, quint64 generation, const ProbeAnswer& answer);
    void emitChanged(const Source& source);
    void applySettings(const QString& host, const RegistrySettings& settings);

    QString detailText(const Entry& entry) const;
    QStringList badges(const Entry& entry) const;
    QString toolTip(const Entry& entry) const;
    QIcon icon(const Entry& entry) const;
    QVariantMap capabilitiesMap(const Entry& entry) const;
    QString groupTitle(Group group) const;

    AppContext& m_context;
    std::array<QList<Entry>, kGroupCount> m_groups;
    quint64 m_nextGeneration = 1;
    int m_inFlight = 0;
    bool m_autoProbe = true;
    quint64 m_configGeneration = 0;
};

} // namespace lading::ui
