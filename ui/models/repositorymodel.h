#pragma once

#include "ui/models/pagedlistmodel.h"

#include <memory>

namespace lading::registry {
class RegistryClient;
}

namespace lading::ui {

// The repositories of the current source: a registry's catalog page by page; where the registry has no
// catalog (Docker Hub, GitHub's registry) the names the user typed; for an OCI layout one pseudo-repository
// standing for the layout itself.
class RepositoryModel final : public PagedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepositoryModel)

public:
    enum class Mode
    {
        None,
        Catalog, // the registry lists its repositories
        Typed,   // no catalog: names the user typed
        Layout,  // one row: the layout
    };
    Q_ENUM(Mode)

    static constexpr int kDefaultPageSize = 500;

    explicit RepositoryModel(QObject* parent = nullptr);
    ~RepositoryModel() override;

    // The registry's catalog, page by page; turns into Mode::Typed (and emits catalogUnavailable) when the
    // registry answers that it has none.
    void showCatalog(std::shared_ptr<registry::RegistryClient> client, int pageSize = kDefaultPageSize);
    // Only names the user typed (a registry known to have no catalog).
    void showTyped(const QStringList& names);
    // One pseudo-repository for an OCI layout, shown as `displayName`.
    void showLayout(const QString& displayName);
    void showNothing();

    Mode mode() const { return m_mode; }
    // Why there is no catalog (the registry's message), in Mode::Typed.
    QString unavailableMessage() const { return m_unavailableMessage; }
    // Adds a typed repository name unless listed; returns its row.
    int addRepository(const QString& name);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
    void catalogUnavailable(const QString& message);

protected:
    bool absorbFailure(const Error& error) override;
    void sourceReset() override;

private:
    Mode m_mode = Mode::None;
    QString m_unavailableMessage;
};

} // namespace lading::ui
