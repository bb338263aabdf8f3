#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace lading::ui {

class SbomPackagesModel;

// Search, licence and type filters and sorting over a SbomPackagesModel, and the CSV export of what is
// shown. Filters read the packages and comparisons the model's prepared sort keys directly rather than
// through data(), which keeps typing in the search field and sorting 50,000 rows on the GUI thread in the
// tens of milliseconds.
class SbomFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SbomFilterProxy)

public:
    explicit SbomFilterProxy(QObject* parent = nullptr);
    ~SbomFilterProxy() override;

    // Only a SbomPackagesModel (anything else shows no rows).
    void setSourceModel(QAbstractItemModel* model) override;

    // Case-insensitive substring of the name or the purl; empty shows every package.
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    // Packages with this licence (or expression) among theirs; an empty string: packages with no licence;
    // nullopt: any.
    void setLicenceFilter(const std::optional<QString>& licence);
    std::optional<QString> licenceFilter() const { return m_licence; }
    // Packages of this type; empty string: no type; nullopt: any.
    void setTypeFilter(const std::optional<QString>& type);
    std::optional<QString> typeFilter() const { return m_type; }

    int totalCount() const;
    int shownCount() const { return rowCount(); }

    // The rows shown, in their order, as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line
    // break quoted, quotes doubled), a header row first. A cell that starts with = + - @ (or a tab or CR)
    // gets a leading apostrophe so a spreadsheet does not run it as a formula.
    QByteArray toCsv() const;
    static QString csvField(const QString& text);
    // Writes bytes atomically (QSaveFile): the file is complete or untouched. Blocking: a worker thread.
    static Status writeFile(const QString& path, const QByteArray& bytes);

    // Compares versions and names as people do: "1.10" after "1.9", case-insensitively.
    static int naturalCompare(const QString& a, const QString& b);

signals:
    // The filters or the source changed what is shown.
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    SbomPackagesModel* m_packages = nullptr;
    QString m_search;
    std::optional<QString> m_licence;
    std::optional<QString> m_type;
};

} // namespace lading::ui
