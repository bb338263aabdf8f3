#include "ui/models/sourcesmodel.h"

#include "core/auth/dockerconfig.h"
#include "ui/appcontext.h"
#include "ui/models/itemroles.h"
#include "ui/util/async.h"
#include "ui/util/repositorymemory.h"

#include <QApplication>
#include <QFileInfo>
#include <QFont>
#include <QStyle>

#include <algorithm>

namespace lading::ui {

using registry::RegistryCapabilities;
using AuthKind = registry::RegistryClient::AuthKind;

// What a worker found about one source, handed back to the GUI thread.
struct SourcesModel::ProbeAnswer
{
    std::optional<RegistryCapabilities> caps;
    QString credential;
    QString credentialError;
    bool sessionCredential = false;
    QString error;
    int tagCount = -1;
};

SourcesModel::SourcesModel(AppContext& context, QObject* parent)
    : QAbstractItemModel(parent)
    , m_context(context)
{}

SourcesModel::~SourcesModel() = default;

SourcesModel::Group SourcesModel::groupFor(const Source& source)
{
    if (!source.isRegistry())
        return Group::Layouts;
    return source.origin == Source::Origin::DockerConfig ? Group::DockerConfig : Group::Registries;
}

QString SourcesModel::loginBadge()
{
    return tr("log in");
}

QModelIndex SourcesModel::groupIndex(Group group) const
{
    return createIndex(int(group), 0, quintptr(0));
}

SourcesModel::Entry* SourcesModel::find(const Source& source, Group* group, int* row)
{
    for (int g = 0; g < kGroupCount; ++g) {
        auto& list = m_groups[std::size_t(g)];
        for (int r = 0; r < list.size(); ++r) {
            if (list[r].source == source) {
                if (group)
                    *group = Group(g);
                if (row)
                    *row = r;
                return &list[r];
            }
        }
    }
    return nullptr;
}

const SourcesModel::Entry* SourcesModel::find(const Source& source) const
{
    return const_cast<SourcesModel*>(this)->find(source);
}

QModelIndex SourcesModel::indexOf(const Source& source) const
{
    Group group;
    int row = -1;
    if (!const_cast<SourcesModel*>(this)->find(source, &group, &row))
        return {};
    return createIndex(row, 0, quintptr(int(group) + 1));
}

const SourcesModel::Entry* SourcesModel::entryAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    const int group = int(index.internalId()) - 1;
    if (group < 0 || group >= kGroupCount)
        return nullptr;
    const auto& list = m_groups[std::size_t(group)];
    return index.row() < list.size() ? &list[index.row()] : nullptr;
}

Source SourcesModel::sourceAt(const QModelIndex& index) const
{
    const Entry* entry = entryAt(index);
    return entry ? entry->source : Source();
}

QList<Source> SourcesModel::sources() const
{
    QList<Source> all;
    for (const auto& list : m_groups)
        for (const auto& entry : list)
            all.append(entry.source);
    return all;
}

QModelIndex SourcesModel::addSource(const Source& source, std::optional<RegistrySettings> settings)
{
    if (!source.isValid())
        return {};
    if (const QModelIndex existing = indexOf(source); existing.isValid()) {
        if (settings && source.isRegistry())
            setRegistrySettings(source, *settings);
        return existing;
    }
    const Group group = groupFor(source);
    auto& list = entries(group);
    // Registries and layouts stay sorted by name, so the sidebar reads the same after a restart.
    const auto position =
        std::lower_bound(list.begin(), list.end(), source, [](const Entry& e, const Source& s) {
            return e.source.displayName().compare(s.displayName(), Qt::CaseInsensitive) < 0;
        });
    const int row = int(position - list.begin());
    Entry entry;
    entry.source = source;
    if (source.isRegistry()) {
        if (settings) {
            entry.settings = *settings;
            applySettings(source.key, *settings);
        } else {
            entry.settings.caFile = m_context.registries().options(source.key).caFile;
        }
        entry.settings.insecure = m_context.isInsecure(source.key);
    }
    beginInsertRows(groupIndex(group), row, row);
    list.insert(row, entry);
    endInsertRows();
    emit sourcesChanged();
    if (m_autoProbe)
        probe(source);
    return createIndex(row, 0, quintptr(int(group) + 1));
}

bool SourcesModel::removeSource(const Source& source)
{
    Group group;
    int row = -1;
    Entry* entry = find(source, &group, &row);
    if (!entry)
        return false;
    const Source removed = entry->source;
    beginRemoveRows(groupIndex(group), row, row);
    entries(group).removeAt(row);
    endRemoveRows();
    if (removed.isRegistry() && removed.origin != Source::Origin::DockerConfig) {
        // A registry the user removes keeps no special trust behind: no plain HTTP, no private CA.
        applySettings(removed.key, RegistrySettings());
    }
    m_context.forgetStores(removed.key);
    emit sourcesChanged();
    return true;
}

void SourcesModel::setDockerConfigHosts(const QStringList& hosts)
{
    QStringList wanted;
    for (const QString& host : hosts) {
        Source source;
        source.key = host;
        source.origin = Source::Origin::DockerConfig;
        const Entry* listed = find(source);
        if (!host.isEmpty() && !wanted.contains(host) &&
            (!listed || groupFor(listed->source) == Group::DockerConfig))
            wanted.append(host);
    }
    auto& list = entries(Group::DockerConfig);
    const QModelIndex parent = groupIndex(Group::DockerConfig);
    for (int row = int(list.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(list[row].source.key)) {
            beginRemoveRows(parent, row, row);
            list.removeAt(row);
            endRemoveRows();
        }
    }
    bool changed = false;
    for (const QString& host : std::as_const(wanted)) {
        Source source;
        source.key = host;
        source.origin = Source::Origin::DockerConfig;
        if (!find(source)) {
            addSource(source);
            changed = true;
        }
    }
    if (changed)
        emit sourcesChanged();
}

void SourcesModel::loadDockerConfigHosts(const QStringList& hidden)
{
    const quint64 generation = ++m_configGeneration;
    runAsync(
        this, [] { return auth::DockerConfig::fromEnvironment().registries(); },
        [this, generation, hidden](QStringList hosts) {
            if (generation != m_configGeneration)
                return;
            for (const QString& host : hidden)
                hosts.removeAll(host);
            setDockerConfigHosts(hosts);
        });
}

SourcesModel::RegistrySettings SourcesModel::registrySettings(const Source& source) const
{
    RegistrySettings settings;
    if (const Entry* entry = find(source))
        settings = entry->settings;
    settings.insecure = m_context.isInsecure(source.key);
    return settings;
}

void SourcesModel::setRegistrySettings(const Source& source, const RegistrySettings& settings)
{
    Entry* entry = find(source);
    if (!entry || !entry->source.isRegistry())
        return;
    entry->settings = settings;
    applySettings(source.key, settings);
    emit sourcesChanged();
    probe(source, true);
}

void SourcesModel::applySettings(const QString& host, const RegistrySettings& settings)
{
    auto& pool = m_context.registries();
    registry::RegistryOptions options = pool.options(host);
    if (options.caFile != settings.caFile) {
        options.caFile = settings.caFile;
        pool.setOptions(host, options);
        m_context.forgetStores(host);
    }
    if (m_context.isInsecure(host) != settings.insecure)
        m_context.setInsecure(host, settings.insecure);
}

void SourcesModel::probe(const Source& source, bool fresh)
{
    Entry* entry = find(source);
    if (!entry)
        return;
    const Source target = entry->source;
    const quint64 generation = m_nextGeneration++;
    entry->generation = generation;
    entry->state = ProbeState::Probing;
    emitChanged(target);
    ++m_inFlight;
    AppContext* context = &m_context;
    auto done = [this, target, generation](const ProbeAnswer& answer) {
        finishProbe(target, generation, answer);
    };

    if (target.isRegistry()) {
        const QString host = target.key;
        if (fresh) {
            // Setting the same options drops the pooled client, and with it the scheme, auth kind, tokens
            // and referrers answers it learnt; stores opened on it go too.
            auto& pool = m_context.registries();
            pool.setOptions(host, pool.options(host));
            m_context.forgetStores(host);
        }
        const QStringList known = RepositoryMemory::typedRepositories(host);
        runAsync(
            this,
            [context, host, known] {
                ProbeAnswer answer;
                auto client = context->registries().client(host);
                answer.caps = RegistryCapabilities::probe(*client, known);
                auto& credentials = context->credentials();
                answer.sessionCredential = credentials.hasSessionCredential(host);
                auto found = credentials.get(host);
                if (!found)
                    answer.credentialError = found.error().message;
                else if (!found->isEmpty())
                    answer.credential = found->source;
                return answer;
            },
            done);
        return;
    }
    if (fresh)
        m_context.forgetStores(target.key);
    runAsync(
        this,
        [context, target] {
            ProbeAnswer answer;
            auto store = context->store(target.location());
            if (!store) {
                answer.error = store.error().message;
                return answer;
            }
            auto tags = store.value()->tags();
            if (tags)
                answer.tagCount = int(tags->size());
            else
                answer.error = tags.error().message;
            return answer;
        },
        done);
}

void SourcesModel::probeAll()
{
    for (const auto& list : m_groups)
        for (const auto& entry : list)
            if (entry.state == ProbeState::NotProbed)
                probe(entry.source);
}

void SourcesModel::finishProbe(const Source& source, quint64 generation, const ProbeAnswer& answer)
{
    --m_inFlight;
    Entry* entry = find(source);
    if (!entry || entry->generation != generation)
        return;
    entry->state = ProbeState::Done;
    entry->caps = answer.caps;
    entry->credential = answer.credential;
    entry->credentialError = answer.credentialError;
    entry->sessionCredential = answer.sessionCredential;
    entry->error = answer.error;
    entry->tagCount = answer.tagCount;
    emitChanged(source);
    emit probed(entry->source);
}

SourcesModel::ProbeState SourcesModel::probeState(const Source& source) const
{
    const Entry* entry = find(source);
    return entry ? entry->state : ProbeState::NotProbed;
}

std::optional<RegistryCapabilities> SourcesModel::capabilities(const Source& source) const
{
    const Entry* entry = find(source);
    return entry ? entry->caps : std::nullopt;
}

bool SourcesModel::isProbing() const
{
    return m_inFlight > 0;
}

void SourcesModel::emitChanged(const Source& source)
{
    const QModelIndex index = indexOf(source);
    if (index.isValid())
        emit dataChanged(index, index);
}

QVariantList SourcesModel::saveState() const
{
    QVariantList state;
    for (const auto& list : m_groups) {
        for (const auto& entry : list) {
            if (entry.source.origin == Source::Origin::DockerConfig)
                continue; // comes back from Docker's files on the next run
            QVariantMap map = entry.source.toVariant();
            if (entry.source.isRegistry()) {
                map.insert(QStringLiteral("insecure"), m_context.isInsecure(entry.source.key));
                if (!entry.settings.caFile.isEmpty())
                    map.insert(QStringLiteral("caFile"), entry.settings.caFile);
            }
            state.append(map);
        }
    }
    return state;
}

void SourcesModel::restoreState(const QVariantList& state)
{
    for (const QVariant& value : state) {
        const QVariantMap map = value.toMap();
        const Source source = Source::fromVariant(map);
        if (!source.isValid() || source.origin == Source::Origin::DockerConfig)
            continue;
        if (source.isRegistry()) {
            RegistrySettings settings;
            settings.insecure = map.value(QStringLiteral("insecure")).toBool();
            settings.caFile = map.value(QStringLiteral("caFile")).toString();
            addSource(source, settings);
        } else {
            addSource(source);
        }
    }
}

// --- QAbstractItemModel ---

QModelIndex SourcesModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() != 0)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SourcesModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int SourcesModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return kGroupCount;
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() < 0 || parent.row() >= kGroupCount)
        return 0;
    return int(m_groups[std::size_t(parent.row())].size());
}

int SourcesModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

Qt::ItemFlags SourcesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> SourcesModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(ItemRole::SourceRole, "source");
    names.insert(ItemRole::SourceGroupRole, "sourceGroup");
    names.insert(ItemRole::IsSourceGroupRole, "isSourceGroup");
    names.insert(ItemRole::SourceDetailRole, "sourceDetail");
    names.insert(ItemRole::SourceBadgesRole, "sourceBadges");
    names.insert(ItemRole::SourceProbeStateRole, "sourceProbeState");
    names.insert(ItemRole::SourceErrorRole, "sourceError");
    names.insert(ItemRole::SourceNeedsLoginRole, "sourceNeedsLogin");
    names.insert(ItemRole::SourceCapabilitiesRole, "sourceCapabilities");
    names.insert(ItemRole::SourceCredentialRole, "sourceCredential");
    return names;
}

QString SourcesModel::groupTitle(Group group) const
{
    switch (group) {
    case Group::Registries:
        return tr("Registries");
    case Group::DockerConfig:
        return tr("From Docker/Podman config");
    case Group::Layouts:
        return tr("Layouts");
    }
    return {};
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == 0) {
        if (index.row() < 0 || index.row() >= kGroupCount)
            return {};
        const Group group = Group(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return groupTitle(group);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case ItemRole::IsSourceGroupRole:
            return true;
        case ItemRole::SourceGroupRole:
            return int(group);
        default:
            return {};
        }
    }
    const Entry* entry = entryAt(index);
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return entry->source.displayName();
    case Qt::DecorationRole:
        return icon(*entry);
    case Qt::ToolTipRole:
        return toolTip(*entry);
    case Qt::AccessibleDescriptionRole:
    case ItemRole::SourceDetailRole:
        return detailText(*entry);
    case ItemRole::SourceRole:
        return QVariant::fromValue(entry->source);
    case ItemRole::SourceGroupRole:
        return int(groupFor(entry->source));
    case ItemRole::IsSourceGroupRole:
        return false;
    case ItemRole::SourceBadgesRole:
        return badges(*entry);
    case ItemRole::SourceProbeStateRole:
        return int(entry->state);
    case ItemRole::SourceErrorRole:
        if (entry->state != ProbeState::Done)
            return QString();
        if (entry->caps)
            return entry->caps->error;
        return entry->error;
    case ItemRole::SourceNeedsLoginRole:
        return entry->state == ProbeState::Done && entry->caps && entry->caps->needsLogin;
    case ItemRole::SourceCapabilitiesRole:
        return capabilitiesMap(*entry);
    case ItemRole::SourceCredentialRole:
        if (entry->sessionCredential)
            return tr("this session only");
        return entry->credential;
    default:
        return {};
    }
}

QStringList SourcesModel::badges(const Entry& entry) const
{
    QStringList list;
    if (entry.state != ProbeState::Done)
        return list;
    if (!entry.source.isRegistry()) {
        if (!entry.error.isEmpty())
            return list;
        list.append(entry.source.kind == Source::Kind::Archive ? tr("tar archive") : tr("OCI layout"));
        if (entry.tagCount >= 0)
            list.append(entry.tagCount == 1 ? tr("1 tag") : tr("%1 tags").arg(entry.tagCount));
        return list;
    }
    if (!entry.caps || !entry.caps->reachable)
        return list;
    const auto& caps = *entry.caps;
    list.append(caps.tls ? tr("TLS") : tr("HTTP"));
    switch (caps.auth) {
    case AuthKind::Anonymous:
        list.append(tr("anonymous"));
        break;
    case AuthKind::Basic:
        list.append(tr("Basic"));
        break;
    case AuthKind::Bearer:
        list.append(tr("Bearer"));
        break;
    case AuthKind::Unknown:
        break;
    }
    if (caps.needsLogin)
        list.append(loginBadge());
    if (caps.catalog)
        list.append(*caps.catalog ? tr("catalog") : tr("no catalog"));
    if (caps.referrersApi)
        list.append(*caps.referrersApi ? tr("referrers API") : tr("tag fallback"));
    return list;
}

QString SourcesModel::detailText(const Entry& entry) const
{
    switch (entry.state) {
    case ProbeState::NotProbed:
        return {};
    case ProbeState::Probing:
        return tr("Checking…");
    case ProbeState::Done:
        break;
    }
    if (!entry.source.isRegistry()) {
        if (!entry.error.isEmpty())
            return tr("Cannot open: %1").arg(entry.error);
        return badges(entry).join(QStringLiteral(" · "));
    }
    if (!entry.caps)
        return {};
    if (!entry.caps->reachable)
        return tr("Unreachable: %1").arg(entry.caps->error);
    const QString line = badges(entry).join(QStringLiteral(" · "));
    if (!entry.caps->error.isEmpty() && !entry.caps->needsLogin)
        return line.isEmpty() ? entry.caps->error : line + QStringLiteral(" · ") + entry.caps->error;
    return line;
}

QString SourcesModel::toolTip(const Entry& entry) const
{
    QStringList lines;
    if (!entry.source.isRegistry()) {
        lines.append(entry.source.key);
        if (entry.state == ProbeState::Probing)
            lines.append(tr("Reading the layout…"));
        else if (!entry.error.isEmpty())
            lines.append(tr("Cannot open: %1").arg(entry.error));
        else if (entry.tagCount >= 0)
            lines.append(entry.tagCount == 1 ? tr("1 tag") : tr("%1 tags").arg(entry.tagCount));
        return lines.join(QLatin1Char('\n'));
    }
    lines.append(entry.source.key);
    if (entry.source.origin == Source::Origin::DockerConfig)
        lines.append(tr("Found in Docker's or Podman's configuration"));
    if (entry.state == ProbeState::Probing)
        lines.append(tr("Checking what the registry can do…"));
    if (entry.state == ProbeState::Done && entry.caps) {
        const auto& caps = *entry.caps;
        if (!caps.reachable) {
            lines.append(tr("Unreachable: %1").arg(caps.error));
        } else {
            lines.append(caps.tls ? tr("Connection: HTTPS (TLS)")
                                  : tr("Connection: plain HTTP, not encrypted"));
            switch (caps.auth) {
            case AuthKind::Anonymous:
                lines.append(tr("Authentication: none needed (anonymous access)"));
                break;
            case AuthKind::Basic:
                lines.append(tr("Authentication: Basic (user name and password)"));
                break;
            case AuthKind::Bearer:
                lines.append(tr("Authentication: Bearer tokens from a token service"));
                break;
            case AuthKind::Unknown:
                break;
            }
            if (caps.needsLogin)
                lines.append(tr("Log in to browse: %1").arg(caps.error));
            if (caps.catalog)
                lines.append(*caps.catalog ? tr("Catalog: the registry lists its repositories")
                                           : tr("Catalog: none; type a repository name to open it"));
            if (caps.referrersApi)
                lines.append(*caps.referrersApi
                                 ? tr("Referrers: OCI referrers API (asked on %1)").arg(caps.probedRepository)
                                 : tr("Referrers: tag fallback (sha256-… tags; no referrers API)"));
            else if (!caps.needsLogin)
                lines.append(tr("Referrers: not known yet (no repository to ask)"));
            if (!caps.error.isEmpty() && !caps.needsLogin)
                lines.append(caps.error);
        }
    }
    if (entry.state == ProbeState::Done) {
        if (entry.sessionCredential)
            lines.append(tr("Credential: for this session only (not saved)"));
        else if (!entry.credential.isEmpty())
            lines.append(tr("Credential: from %1").arg(entry.credential));
        else
            lines.append(tr("Credential: none (anonymous)"));
        if (!entry.credentialError.isEmpty())
            lines.append(entry.credentialError);
    }
    if (m_context.isInsecure(entry.source.key))
        lines.append(tr("Marked insecure: plain HTTP allowed"));
    if (!entry.settings.caFile.isEmpty())
        lines.append(tr("CA file: %1").arg(entry.settings.caFile));
    return lines.join(QLatin1Char('\n'));
}

QIcon SourcesModel::icon(const Entry& entry) const
{
    QStyle* style =
        qobject_cast<QApplication*>(QCoreApplication::instance()) ? QApplication::style() : nullptr;
    auto standard = [style](QStyle::StandardPixmap pixmap) {
        return style ? style->standardIcon(pixmap) : QIcon();
    };
    const bool failed = entry.state == ProbeState::Done &&
                        ((entry.caps && (!entry.caps->reachable || !entry.caps->error.isEmpty()) &&
                          !entry.caps->needsLogin) ||
                         (!entry.source.isRegistry() && !entry.error.isEmpty()));
    if (failed)
        return QIcon::fromTheme(QStringLiteral("dialog-warning"), standard(QStyle::SP_MessageBoxWarning));
    switch (entry.source.kind) {
    case Source::Kind::Registry:
        if (entry.state == ProbeState::Done && entry.caps && entry.caps->needsLogin)
            return QIcon::fromTheme(QStringLiteral("dialog-password"), standard(QStyle::SP_DriveNetIcon));
        return QIcon::fromTheme(QStringLiteral("network-server"), standard(QStyle::SP_DriveNetIcon));
    case Source::Kind::Layout:
        return QIcon::fromTheme(QStringLiteral("folder"), standard(QStyle::SP_DirIcon));
    case Source::Kind::Archive:
        return QIcon::fromTheme(QStringLiteral("package-x-generic"), standard(QStyle::SP_FileIcon));
    }
    return {};
}

QVariantMap SourcesModel::capabilitiesMap(const Entry& entry) const
{
    QVariantMap map;
    if (entry.state != ProbeState::Done || !entry.caps)
        return map;
    const auto& caps = *entry.caps;
    map.insert(QStringLiteral("reachable"), caps.reachable);
    map.insert(QStringLiteral("tls"), caps.tls);
    static const char* const kAuth[] = {"unknown", "anonymous", "basic", "bearer"};
    map.insert(QStringLiteral("auth"), QString::fromLatin1(kAuth[int(caps.auth)]));
    map.insert(QStringLiteral("needsLogin"), caps.needsLogin);
    if (caps.catalog)
        map.insert(QStringLiteral("catalog"), *caps.catalog);
    if (caps.referrersApi)
        map.insert(QStringLiteral("referrersApi"), *caps.referrersApi);
    if (!caps.error.isEmpty())
        map.insert(QStringLiteral("error"), caps.error);
    return map;
}

} // namespace lading::ui
