#pragma once

#include "core/store/store.h"
#include "ui/models/pagedlistmodel.h"

#include <functional>
#include <memory>

namespace lading::registry {
class RegistryClient;
}

namespace lading::ui {

// The tags of one repository: a registry's tags/list page by page, or an OCI layout's tags read at once.
// Each tag is classified on the worker: a real tag, or one of the tags tools create beside them — the
// referrers fallback index (`sha256-<64 hex>`) and cosign's signature, attestation and SBOM tags
// (`sha256-<64 hex>.sig/.att/.sbom`). Those answer GroupedRole = true so views can keep them apart.
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
    // The tags of a store read in one call (an OCI layout); `open` runs on a worker.
    void showStore(std::function<Result<std::shared_ptr<store::Store>>()> open);
    // The repository shown ("team/app"); empty for a layout or nothing.
    QString repository() const { return m_repository; }

    Kind kindAt(int row) const { return Kind(PagedListModel::kindAt(row)); }

    static Kind classify(const QString& tag);
    static bool isGrouped(Kind kind) { return kind != Kind::Tag; }
    // For referrer and cosign tags, the digest of the subject they describe ("sha256:…"), else empty.
    static QString subjectDigest(const QString& tag);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString m_repository;
};

} // namespace lading::ui
