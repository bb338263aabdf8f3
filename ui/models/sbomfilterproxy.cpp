#include "ui/models/sbomfilterproxy.h"

#include "ui/models/sbompackagesmodel.h"

#include <QSaveFile>

namespace lading::ui {

SbomFilterProxy::SbomFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

SbomFilterProxy::~SbomFilterProxy() = default;

void SbomFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_packages = qobject_cast<SbomPackagesModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
    emit filterChanged();
}

void SbomFilterProxy::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
    emit filterChanged();
}

void SbomFilterProxy::setLicenceFilter(const std::optional<QString>& licence)
{
    if (licence == m_licence)
        return;
    m_licence = licence;
    invalidateFilter();
    emit filterChanged();
}

void SbomFilterProxy::setTypeFilter(const std::optional<QString>& type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateFilter();
    emit filterChanged();
}

int SbomFilterProxy::totalCount() const
{
    return m_packages ? m_packages->rowCount() : 0;
}

bool SbomFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_packages || sourceParent.isValid())
        return false;
    const inspect::SbomPackage& p = m_packages->package(sourceRow);
    if (m_licence) {
        if (m_licence->isEmpty() ? !p.licences.isEmpty() : !p.licences.contains(*m_licence))
            return false;
    }
    if (m_type && p.type != *m_type)
        return false;
    if (!m_search.isEmpty() && !p.name.contains(m_search, Qt::CaseInsensitive) &&
        !p.purl.contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

int SbomFilterProxy::naturalCompare(const QString& a, const QString& b)
{
    return SbomPackagesModel::naturalSortKey(a).compare(SbomPackagesModel::naturalSortKey(b));
}

bool SbomFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_packages)
        return false;
    const int a = left.row();
    const int b = right.row();
    const int column = left.column();
    // Keys made off the GUI thread: a comparison is a plain string comparison.
    int order = m_packages->sortKey(a, column).compare(m_packages->sortKey(b, column));
    // Equal cells keep a meaningful order: by name, then version.
    if (order == 0 && column != SbomPackagesModel::NameColumn)
        order = m_packages->sortKey(a, SbomPackagesModel::NameColumn)
                    .compare(m_packages->sortKey(b, SbomPackagesModel::NameColumn));
    if (order == 0 && column != SbomPackagesModel::VersionColumn)
        order = m_packages->sortKey(a, SbomPackagesModel::VersionColumn)
                    .compare(m_packages->sortKey(b, SbomPackagesModel::VersionColumn));
    return order < 0;
}

QString SbomFilterProxy::csvField(const QString& text)
{
    QString field = text;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!field.isEmpty() && formulaStarts.contains(field.at(0)))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        field.replace(QLatin1Char('"'), QLatin1String("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

QByteArray SbomFilterProxy::toCsv() const
{
    QString out;
    out.reserve(qsizetype(rowCount() + 1) * 160);
    const auto appendRow = [&out](const QStringList& cells) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                out += QLatin1Char(',');
            out += csvField(cells.at(c));
        }
        out += QLatin1String("\r\n");
    };
    QStringList header;
    for (int c = 0; c < SbomPackagesModel::ColumnCount; ++c)
        header.append(headerData(c, Qt::Horizontal).toString());
    appendRow(header);
    if (m_packages) {
        QStringList cells;
        for (int row = 0; row < rowCount(); ++row) {
            const inspect::SbomPackage& p = m_packages->package(mapToSource(index(row, 0)).row());
            cells.clear();
            for (int c = 0; c < SbomPackagesModel::ColumnCount; ++c)
                cells.append(SbomPackagesModel::cellText(p, c));
            appendRow(cells);
        }
    }
    return out.toUtf8();
}

Status SbomFilterProxy::writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io, tr("Could not write %1: %2").arg(path, file.errorString()), path);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Kind::Io, tr("Could not write %1: %2").arg(path, file.errorString()), path);
    return {};
}

} // namespace lading::ui
