#include "ui/models/repositorymodel.h"

#include "ui/models/itemroles.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace lading::ui {

RepositoryModel::RepositoryModel(QObject* parent)
    : PagedListModel(parent)
{}

RepositoryModel::~RepositoryModel() = default;

void RepositoryModel::showCatalog(std::shared_ptr<registry::RegistryClient> client, int pageSize)
{
    m_mode = Mode::Catalog;
    m_unavailableMessage.clear();
    setPageSource(PageSource::registryCatalog(std::move(client), pageSize));
}

void RepositoryModel::showTyped(const QStringList& names)
{
    m_mode = Mode::Typed;
    showLocalRows(names);
}

void RepositoryModel::showLayout(const QString& displayName)
{
    m_mode = Mode::Layout;
    m_unavailableMessage.clear();
    showLocalRows({displayName});
}

void RepositoryModel::showNothing()
{
    m_mode = Mode::None;
    m_unavailableMessage.clear();
    clear();
}

int RepositoryModel::addRepository(const QString& name)
{
    appendLocalRows({name});
    return rowOf(name);
}

bool RepositoryModel::absorbFailure(const Error& error)
{
    // No catalog is a fact about the registry, not a failure: the user names repositories instead.
    if (m_mode != Mode::Catalog || error.kind != Error::Kind::Unsupported)
        return false;
    m_mode = Mode::Typed;
    m_unavailableMessage = error.message;
    emit catalogUnavailable(error.message);
    return true;
}

void RepositoryModel::sourceReset()
{
    // A reload asks the catalog again: the registry may have gained one.
    if (m_mode == Mode::Typed) {
        m_mode = Mode::Catalog;
        m_unavailableMessage.clear();
    }
}

QVariant RepositoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case ItemRole::IsLayoutRole:
        return m_mode == Mode::Layout;
    case ItemRole::RepositoryRole:
        return m_mode == Mode::Layout ? QString() : nameAt(index.row());
    case Qt::DecorationRole: {
        if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
            return {};
        static const QIcon repositoryIcon = QApplication::style()->standardIcon(QStyle::SP_DirIcon);
        static const QIcon layoutIcon = QApplication::style()->standardIcon(QStyle::SP_DriveHDIcon);
        return m_mode == Mode::Layout ? layoutIcon : repositoryIcon;
    }
    default:
        break;
    }
    return PagedListModel::data(index, role);
}

} // namespace lading::ui
