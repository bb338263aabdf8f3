#pragma once

#include "core/inspect/sbompackage.h"

#include <QAbstractTableModel>
#include <QList>

namespace lading::ui {

// The packages of one SBOM document as a table. Filled in one reset (50,000 rows in a few milliseconds:
// the packages are handed over, not copied), so the view never sees rows trickle in.
class SbomPackagesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SbomPackagesModel)

public:
    enum Column
    {
        NameColumn,
        VersionColumn,
        TypeColumn,
        LicencesColumn,
        SupplierColumn,
        PurlColumn,
        ColumnCount
    };

    // One value of a filterable field and how many packages have it. An empty value stands for "none".
    struct Facet
    {
        QString value;
        int count = 0;
        friend bool operator==(const Facet&, const Facet&) = default;
    };

    // Everything the model shows, worked out from a package list: the packages, their sort keys and the
    // facets. prepare() is pure and thread-safe, so 50,000 packages are prepared on a worker thread and the
    // GUI thread only swaps them in (and the proxy sorts by comparing plain strings).
    struct Prepared
    {
        QList<inspect::SbomPackage> packages;
        QList<QString> sortKeys; // ColumnCount per package: naturalSortKey() of each cell
        QList<Facet> licences;
        QList<Facet> types;
    };
    static Prepared prepare(QList<inspect::SbomPackage> packages);

    explicit SbomPackagesModel(QObject* parent = nullptr);
    ~SbomPackagesModel() override;

    void setPrepared(Prepared prepared);
    void setPackages(QList<inspect::SbomPackage> packages) { setPrepared(prepare(std::move(packages))); }
    void clear();
    const QList<inspect::SbomPackage>& packages() const { return m_data.packages; }
    const inspect::SbomPackage& package(int row) const { return m_data.packages.at(row); }
    // The key a cell sorts by: two cells compare as their keys do, as plain strings.
    const QString& sortKey(int row, int column) const
    {
        return m_data.sortKeys.at(qsizetype(row) * ColumnCount + column);
    }

    // Licences (each licence or expression of a package counts once) and types, most common first, then by
    // name; packages with none are counted under an empty value.
    const QList<Facet>& licenceCounts() const { return m_data.licences; }
    const QList<Facet>& typeCounts() const { return m_data.types; }

    // How a package's licences read in one cell: "MIT, Apache-2.0".
    static QString licencesText(const inspect::SbomPackage& package);
    // The text of one cell, as shown and as exported.
    static QString cellText(const inspect::SbomPackage& package, int column);
    // A key whose plain string order is the order people expect: case-insensitive, and numbers compared
    // as numbers ("1.9" before "1.10", "pkg-007" equal to "pkg-7").
    static QString naturalSortKey(const QString& text);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Prepared m_data;
};

} // namespace lading::ui
