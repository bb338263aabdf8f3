#include "ui/models/tagmodel.h"

#include "core/registry/registryclient.h"
#include "ui/appcontext.h"
#include "ui/models/itemroles.h"
#include "ui/models/trustbadgecache.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <QStyle>

namespace lading::ui {

namespace {

bool isLowerHex(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

// "sha256-<64 hex>" at the start of `tag` (the referrers tag schema truncates the encoded part to 64
// characters, so sha512 subjects look the same): the length of that prefix, or 0.
qsizetype digestTagPrefix(QStringView tag)
{
    static constexpr QLatin1StringView algorithms[] = {
        QLatin1StringView("sha256-"), QLatin1StringView("sha512-"), QLatin1StringView("sha384-")};
    for (const QLatin1StringView algorithm : algorithms) {
        if (tag.size() >= algorithm.size() + 64 && tag.startsWith(algorithm) &&
            isLowerHex(tag.mid(algorithm.size(), 64)))
            return algorithm.size() + 64;
    }
    return 0;
}

quint8 classifyTag(const QString& tag)
{
    return quint8(TagModel::classify(tag));
}

// How many recently asked rows are repainted when the badges are dropped: more than a tall screen shows.
constexpr int kRecentBadgeRows = 256;
// Past this many rows waiting for a badge, forget which: the cache drops old wishes anyway, and rows that
// come back into view ask again when painted.
constexpr int kMaxWaitingBadgeRows = 4096;

} // namespace

TagModel::TagModel(QObject* parent)
    : PagedListModel(parent)
{
    setClassifier(&classifyTag);
}

TagModel::~TagModel() = default;

void TagModel::showRegistryRepository(std::shared_ptr<registry::RegistryClient> client,
                                      const QString& repository, int pageSize)
{
    m_repository = repository;
    m_badgeBase.reset();
    if (client) {
        if (auto parsed = oci::Reference::parse(client->registry() + QLatin1Char('/') + repository, true)) {
            store::Location base;
            base.kind = store::Location::Kind::Registry;
            base.reference = parsed.value();
            m_badgeBase = base;
        }
    }
    m_badgeStoreKey = m_badgeBase ? AppContext::storeKey(*m_badgeBase) : QString();
    setPageSource(PageSource::registryTags(std::move(client), repository, pageSize));
}

void TagModel::showStore(std::function<Result<std::shared_ptr<store::Store>>()> open,
                         const store::Location& badgeLocation)
{
    m_repository.clear();
    m_badgeBase.reset();
    if (!badgeLocation.isRegistry() && !badgeLocation.path.isEmpty()) {
        store::Location base = badgeLocation;
        base.tag.clear();
        base.digest = {};
        m_badgeBase = base;
    }
    m_badgeStoreKey = m_badgeBase ? AppContext::storeKey(*m_badgeBase) : QString();
    setPageSource(PageSource::wholeList([open = std::move(open)]() -> Result<QStringList> {
        auto store = open();
        if (!store)
            return store.error();
        return store.value()->tags();
    }));
}

void TagModel::setTrustBadges(TrustBadgeCache* cache)
{
    if (m_badges == cache)
        return;
    if (m_badges)
        disconnect(m_badges, nullptr, this, nullptr);
    m_badges = cache;
    m_badgeRows.clear();
    m_recentBadgeRows.clear();
    if (m_badges) {
        connect(
            m_badges, &TrustBadgeCache::badgeReady, this,
            [this](const QString& storeKey, const QString& reference) { onBadgeReady(storeKey, reference); });
        connect(m_badges, &TrustBadgeCache::cleared, this, &TagModel::onBadgesCleared);
        // A write into the repository shown (a signature attached…): its rows ask again.
        connect(m_badges, &TrustBadgeCache::forgotten, this, [this](const QString& storeKey) {
            if (!m_badgeStoreKey.isEmpty() && storeKey == m_badgeStoreKey)
                onBadgesCleared();
        });
    }
}

std::optional<store::Location> TagModel::tagLocation(const QString& tag) const
{
    if (!m_badgeBase)
        return std::nullopt;
    store::Location location = *m_badgeBase;
    if (location.isRegistry())
        location.reference = location.reference.withTag(tag);
    else
        location.tag = tag;
    return location;
}

void TagModel::sourceReset()
{
    m_badgeRows.clear();
    m_recentBadgeRows.clear();
}

QVariant TagModel::badgeData(int row, int role) const
{
    if (!m_badges || !m_badgeBase)
        return {};
    const QString tag = nameAt(row);
    const auto location = tagLocation(tag);
    // The tooltip only tells what is known; painting (decoration) and the badge role ask for it.
    const std::optional<TrustBadgeInfo> info =
        role == Qt::ToolTipRole ? m_badges->cached(*location) : m_badges->badge(*location);
    if (!info && role != Qt::ToolTipRole) {
        if (m_badgeRows.size() >= kMaxWaitingBadgeRows)
            m_badgeRows.clear();
        m_badgeRows.insert(tag, row);
        if (m_recentBadgeRows.size() >= kRecentBadgeRows)
            m_recentBadgeRows.removeFirst();
        m_recentBadgeRows.append(row);
    }
    switch (role) {
    case ItemRole::TrustBadgeRole:
        return info && info->ok ? int(info->badge) : -1;
    case Qt::DecorationRole:
        if (info && info->ok)
            return TrustBadgeCache::icon(info->badge);
        return {};
    case Qt::ToolTipRole:
        if (!info)
            return tr("%1\nChecking signatures…").arg(tag);
        return tr("%1\n%2").arg(tag, info->toolTip());
    default:
        return {};
    }
}

void TagModel::onBadgeReady(const QString& storeKey, const QString& reference)
{
    if (storeKey != m_badgeStoreKey)
        return;
    const auto it = m_badgeRows.constFind(reference);
    if (it == m_badgeRows.constEnd())
        return;
    const int row = *it;
    m_badgeRows.erase(it);
    if (row < rowCount() && nameAt(row) == reference) {
        const QModelIndex changed = index(row, 0);
        emit dataChanged(changed, changed, {Qt::DecorationRole, Qt::ToolTipRole, ItemRole::TrustBadgeRole});
    }
}

void TagModel::onBadgesCleared()
{
    m_badgeRows.clear();
    const QList<int> rows = std::exchange(m_recentBadgeRows, {});
    QList<int> done;
    for (const int row : rows) {
        if (row >= rowCount() || done.contains(row))
            continue;
        done.append(row);
        const QModelIndex changed = index(row, 0);
        emit dataChanged(changed, changed, {Qt::DecorationRole, Qt::ToolTipRole, ItemRole::TrustBadgeRole});
    }
}

TagModel::Kind TagModel::classify(const QString& tag)
{
    const qsizetype prefix = digestTagPrefix(tag);
    if (prefix == 0)
        return Kind::Tag;
    const QStringView rest = QStringView(tag).mid(prefix);
    if (rest.isEmpty())
        return Kind::ReferrersIndex;
    if (rest == QLatin1StringView(".sig"))
        return Kind::CosignSignature;
    if (rest == QLatin1StringView(".att"))
        return Kind::CosignAttestation;
    if (rest == QLatin1StringView(".sbom"))
        return Kind::CosignSbom;
    return Kind::Tag;
}

QString TagModel::subjectDigest(const QString& tag)
{
    const qsizetype prefix = digestTagPrefix(tag);
    if (prefix == 0 || classify(tag) == Kind::Tag)
        return {};
    return tag.left(prefix).replace(prefix - 65, 1, QLatin1Char(':'));
}

QVariant TagModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kind kind = kindAt(index.row());
    switch (role) {
    case ItemRole::TagKindRole:
        return int(kind);
    case ItemRole::GroupedRole:
        return isGrouped(kind);
    case ItemRole::RepositoryRole:
        return m_repository;
    case ItemRole::SubjectDigestRole:
        return isGrouped(kind) ? subjectDigest(nameAt(index.row())) : QString();
    case ItemRole::TrustBadgeRole:
        // Signature and referrer tags are what badges are made of; they get none themselves.
        return isGrouped(kind) ? QVariant() : badgeData(index.row(), role);
    case Qt::DecorationRole: {
        if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
            return {};
        if (!isGrouped(kind)) {
            const QVariant badge = badgeData(index.row(), role);
            if (badge.isValid())
                return badge;
        }
        // Made once: a style icon decodes its image on first paint, far too slow for every visible row.
        static const QIcon tagIcon = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        static const QIcon groupedIcon = QApplication::style()->standardIcon(QStyle::SP_FileLinkIcon);
        return isGrouped(kind) ? groupedIcon : tagIcon;
    }
    case Qt::ForegroundRole:
        if (isGrouped(kind) && qobject_cast<QApplication*>(QCoreApplication::instance()))
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole: {
        const QString subject = subjectDigest(nameAt(index.row()));
        switch (kind) {
        case Kind::Tag:
            if (m_badges && m_badgeBase)
                return badgeData(index.row(), role);
            break;
        case Kind::ReferrersIndex:
            return tr("Referrers of %1 (the referrers fallback tag)").arg(subject);
        case Kind::CosignSignature:
            return tr("Cosign signature of %1").arg(subject);
        case Kind::CosignAttestation:
            return tr("Cosign attestation of %1").arg(subject);
        case Kind::CosignSbom:
            return tr("Cosign SBOM of %1").arg(subject);
        }
        break;
    }
    default:
        break;
    }
    return PagedListModel::data(index, role);
}

QHash<int, QByteArray> TagModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedListModel::roleNames();
    names.insert(ItemRole::TagKindRole, "kind");
    names.insert(ItemRole::GroupedRole, "grouped");
    names.insert(ItemRole::RepositoryRole, "repository");
    names.insert(ItemRole::SubjectDigestRole, "subjectDigest");
    names.insert(ItemRole::TrustBadgeRole, "trustBadge");
    return names;
}

} // namespace lading::ui
