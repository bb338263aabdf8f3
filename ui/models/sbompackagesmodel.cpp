#include "ui/models/sbompackagesmodel.h"

#include "ui/models/itemroles.h"

#include <QHash>

#include <algorithm>

namespace lading::ui {

namespace {

QList<SbomPackagesModel::Facet> sortedFacets(const QHash<QString, int>& counts)
{
    QList<SbomPackagesModel::Facet> facets;
    facets.reserve(counts.size());
    for (auto it = counts.begin(); it != counts.end(); ++it)
        facets.append({it.key(), it.value()});
    std::sort(facets.begin(), facets.end(), [](const auto& a, const auto& b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.value.compare(b.value, Qt::CaseInsensitive) < 0;
    });
    return facets;
}

} // namespace

SbomPackagesModel::Prepared SbomPackagesModel::prepare(QList<inspect::SbomPackage> packages)
{
    Prepared prepared;
    QHash<QString, int> licences;
    QHash<QString, int> types;
    prepared.sortKeys.reserve(packages.size() * ColumnCount);
    for (const inspect::SbomPackage& p : std::as_const(packages)) {
        if (p.licences.isEmpty())
            ++licences[QString()];
        for (const QString& licence : p.licences)
            ++licences[licence];
        ++types[p.type];
        for (int column = 0; column < ColumnCount; ++column)
            prepared.sortKeys.append(naturalSortKey(cellText(p, column)));
    }
    prepared.packages = std::move(packages);
    prepared.licences = sortedFacets(licences);
    prepared.types = sortedFacets(types);
    return prepared;
}

QString SbomPackagesModel::naturalSortKey(const QString& text)
{
    // Each run of digits becomes '0', its length without leading zeros as one character, then its digits:
    // a longer number sorts later, equal lengths compare digit by digit. '0' keeps numbers where digits sort
    // among other characters (after '-' and '.', before letters).
    QString key;
    key.reserve(text.size() + 4);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text.at(i);
        if (!c.isDigit()) {
            key += c.toCaseFolded();
            ++i;
            continue;
        }
        qsizetype start = i;
        while (start < n && text.at(start) == QLatin1Char('0'))
            ++start;
        qsizetype end = start;
        while (end < n && text.at(end).isDigit())
            ++end;
        key += QLatin1Char('0');
        key += QChar(char16_t(qMin<qsizetype>(end - start, 0xFFFF)));
        key += QStringView(text).mid(start, end - start);
        i = end;
    }
    return key;
}

SbomPackagesModel::SbomPackagesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

SbomPackagesModel::~SbomPackagesModel() = default;

void SbomPackagesModel::setPrepared(Prepared prepared)
{
    beginResetModel();
    m_data = std::move(prepared);
    endResetModel();
}

void SbomPackagesModel::clear()
{
    setPrepared({});
}

QString SbomPackagesModel::licencesText(const inspect::SbomPackage& package)
{
    return package.licences.join(QLatin1String(", "));
}

QString SbomPackagesModel::cellText(const inspect::SbomPackage& p, int column)
{
    switch (column) {
    case NameColumn:
        return p.name;
    case VersionColumn:
        return p.version;
    case TypeColumn:
        return p.type;
    case LicencesColumn:
        return licencesText(p);
    case SupplierColumn:
        return p.supplier;
    case PurlColumn:
        return p.purl;
    default:
        return {};
    }
}

int SbomPackagesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_data.packages.size());
}

int SbomPackagesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SbomPackagesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const inspect::SbomPackage& p = m_data.packages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(p, index.column());
    case Qt::ToolTipRole:
        // Expressions and purls are often wider than their column.
        if (index.column() == LicencesColumn || index.column() == PurlColumn || index.column() == NameColumn)
            return cellText(p, index.column());
        return {};
    case ItemRole::SbomPackageNameRole:
        return p.name;
    case ItemRole::SbomPackageVersionRole:
        return p.version;
    case ItemRole::SbomPackageTypeRole:
        return p.type;
    case ItemRole::SbomPackageLicencesRole:
        return p.licences;
    case ItemRole::SbomPackageSupplierRole:
        return p.supplier;
    case ItemRole::SbomPackagePurlRole:
        return p.purl;
    default:
        return {};
    }
}

QVariant SbomPackagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case VersionColumn:
        return tr("Version");
    case TypeColumn:
        return tr("Type");
    case LicencesColumn:
        return tr("Licences");
    case SupplierColumn:
        return tr("Supplier");
    case PurlColumn:
        return tr("Package URL");
    default:
        return {};
    }
}

} // namespace lading::ui
