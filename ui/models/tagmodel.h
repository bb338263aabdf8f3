#pragma once

#include "core/store/location.h"
#include "core/store/store.h"
#include "ui/models/pagedlistmodel.h"

#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace lading::registry {
class RegistryClient;
}

namespace lading::ui {

class TrustBadgeCache;

// The tags of one repository: a registry's tags/list page by page, or an OCI layout's tags read at once.
// Each tag is classified on the worker: a real tag, or one of the tags tools create beside them — the
// referrers fallback index (`sha256-<64 hex>`) and cosign's signature, attestation and SBOM tags
// (`sha256-<64 hex>.sig/.att/.sbom`). Those answer GroupedRole = true so views can keep them apart.
// With a TrustBadgeCache, real tags also carry a trust badge (TrustBadgeRole, the decoration, the
// tooltip), asked for only when a view asks for the row's decoration, that is when it paints the row.
class TagModel final : public PagedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagModel)

public:
    enum class Kind : quint8
    {
        Tag,
        ReferrersIndex,
        CosignSignature,
        CosignAttestation,
        CosignSbom,
    };
    Q_ENUM(Kind)

    static constexpr int kDefaultPageSize = 500;

    explicit TagModel(QObject* parent = nullptr);
    ~TagModel() override;

    // The tags of `repository` on a registry, page by page.
    void showRegistryRepository(std::shared_ptr<registry::RegistryClient> client, const QString& repository,
                                int pageSize = kDefaultPageSize);
    // The tags of a store read in one call (an OCI layout); `open` runs on a worker. `badgeLocation` is
    // the layout the badges of its tags are checked in (none: no badges).
    void showStore(std::function<Result<std::shared_ptr<store::Store>>()> open,
                   const store::Location& badgeLocation = {});
    // Trust badges for real tags, from `cache` (nullptr: none). The cache must outlive the model.
    void setTrustBadges(TrustBadgeCache* cache);
    TrustBadgeCache* trustBadges() const { return m_badges; }
    // The location of a tag of the list (the repository or layout with that tag), when known.
    std::optional<store::Location> tagLocation(const QString& tag) const;
    // The repository shown ("team/app"); empty for a layout or nothing.
    QString repository() const { return m_repository; }

    Kind kindAt(int row) const { return Kind(PagedListModel::kindAt(row)); }

    static Kind classify(const QString& tag);
    static bool isGrouped(Kind kind) { return kind != Kind::Tag; }
    // For referrer and cosign tags, the digest of the subject they describe ("sha256:…"), else empty.
    static QString subjectDigest(const QString& tag);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void sourceReset() override;

private:
    QVariant badgeData(int row, int role) const;
    void onBadgeReady(const QString& storeKey, const QString& reference);
    void onBadgesCleared();

    QString m_repository;
    TrustBadgeCache* m_badges = nullptr;
    std::optional<store::Location> m_badgeBase; // the repository or layout, without tag
    QString m_badgeStoreKey;
    // Rows whose badge was asked for and is on its way, by tag: the row to update when it lands. Rows
    // only ever get appended until a reset, so the number stays right.
    mutable QHash<QString, int> m_badgeRows;
    // The rows asked for last (about a screenful): repainted when the badges are dropped (trust changed).
    mutable QList<int> m_recentBadgeRows;
};

} // namespace lading::ui
