// The filter proxy over repository and tag lists: case-insensitive substring matching, the signature and
// referrer group kept apart behind a switch, rows appended while a filter is on, selection kept across
// filter changes, and long lists matched in slices without holding the event loop.
#include "ui/models/itemroles.h"
#include "ui/models/listfilterproxy.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using lading::ui::ListFilterProxy;
namespace ItemRole = lading::ui::ItemRole;

namespace {

void append(QStandardItemModel& model, const QStringList& names, bool grouped = false)
{
    QList<QStandardItem*> items;
    for (const QString& name : names) {
        auto* item = new QStandardItem(name);
        item->setData(grouped, ItemRole::GroupedRole);
        items.append(item);
    }
    // One insert for all of them, the way PagedListModel appends a slice.
    model.invisibleRootItem()->insertRows(model.rowCount(), items);
}

QStringList shown(const QAbstractItemModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, 0).data().toString());
    return names;
}

QString referrerTag(char fill, const QString& suffix = {})
{
    return QStringLiteral("sha256-") + QString(64, QLatin1Char(fill)) + suffix;
}

} // namespace

class TestListFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void filterMatchesSubstringsCaseInsensitively_data();
    void filterMatchesSubstringsCaseInsensitively();
    void groupedRowsAreHiddenAndCountedUntilShown();
    void shownGroupedRowsFollowEveryRealRow();
    void rowsAppendedWhileFilteredAreMatched();
    void selectionSurvivesFilterChanges();
    void longListsAreMatchedInSlices();
    void sourceResetEmptiesTheProxy();
};

void TestListFilterProxy::filterMatchesSubstringsCaseInsensitively_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{QStringLiteral("latest"),     QStringLiteral("v1.0"),
                          QStringLiteral("v1.10-rc1"),  QStringLiteral("V2.0-Alpine"),
                          QStringLiteral("2.0-alpine"), QStringLiteral("nightly")};
    QTest::newRow("empty shows all") << QString() << all;
    QTest::newRow("spaces only shows all") << QStringLiteral("   ") << all;
    QTest::newRow("prefix") << QStringLiteral("v1")
                            << QStringList{QStringLiteral("v1.0"), QStringLiteral("v1.10-rc1")};
    QTest::newRow("infix") << QStringLiteral(".1") << QStringList{QStringLiteral("v1.10-rc1")};
    QTest::newRow("upper-case filter")
        << QStringLiteral("ALPINE")
        << QStringList{QStringLiteral("V2.0-Alpine"), QStringLiteral("2.0-alpine")};
    QTest::newRow("upper-case row") << QStringLiteral("v2") << QStringList{QStringLiteral("V2.0-Alpine")};
    QTest::newRow("surrounding spaces")
        << QStringLiteral(" night ") << QStringList{QStringLiteral("nightly")};
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList();
    QTest::newRow("dot is literal") << QStringLiteral(".0-")
                                    << QStringList{QStringLiteral("V2.0-Alpine"),
                                                   QStringLiteral("2.0-alpine")};
}

void TestListFilterProxy::filterMatchesSubstringsCaseInsensitively()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    QStandardItemModel source;
    append(source, {QStringLiteral("latest"), QStringLiteral("v1.0"), QStringLiteral("v1.10-rc1"),
                    QStringLiteral("V2.0-Alpine"), QStringLiteral("2.0-alpine"), QStringLiteral("nightly")});
    ListFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    proxy.setFilterText(filter);
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(shown(proxy), expected);
    // Back to everything, in the source's order.
    proxy.setFilterText({});
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), source.rowCount());
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("latest"));
}

void TestListFilterProxy::groupedRowsAreHiddenAndCountedUntilShown()
{
    QStandardItemModel source;
    append(source, {QStringLiteral("1.0"), QStringLiteral("2.0")});
    append(source,
           {referrerTag('a'), referrerTag('a', QStringLiteral(".sig")),
            referrerTag('b', QStringLiteral(".att"))},
           true);
    ListFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    QCOMPARE(shown(proxy), (QStringList{QStringLiteral("1.0"), QStringLiteral("2.0")}));
    QCOMPARE(proxy.groupedCount(), 3);
    QCOMPARE(proxy.hiddenGroupedCount(), 3);

    // The count follows the filter: only hidden rows that match are "hidden".
    proxy.setFilterText(QStringLiteral(".SIG"));
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.hiddenGroupedCount(), 1);

    QSignalSpy applied(&proxy, &ListFilterProxy::filterApplied);
    proxy.setShowGrouped(true);
    QTRY_VERIFY(applied.count() > 0);
    QCOMPARE(shown(proxy), QStringList{referrerTag('a', QStringLiteral(".sig"))});
    QCOMPARE(proxy.hiddenGroupedCount(), 0);

    proxy.setShowGrouped(false);
    proxy.setFilterText({});
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.hiddenGroupedCount(), 3);
}

void TestListFilterProxy::shownGroupedRowsFollowEveryRealRow()
{
    // Registries sort tags, so sha256-… lands between real tags; the group still comes last.
    QStandardItemModel source;
    append(source, {QStringLiteral("1.0")});
    append(source, {referrerTag('c')}, true);
    append(source, {QStringLiteral("v2")});
    ListFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    proxy.setShowGrouped(true);
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(shown(proxy), (QStringList{QStringLiteral("1.0"), QStringLiteral("v2"), referrerTag('c')}));
    QCOMPARE(proxy.mapToSource(proxy.index(1, 0)).row(), 2);
    QCOMPARE(proxy.mapFromSource(source.index(1, 0)).row(), 2);

    // Appended rows join their section: real rows before the group, grouped rows at the end.
    append(source, {QStringLiteral("v3"), referrerTag('d', QStringLiteral(".sbom"))}, false);
    source.setData(source.index(4, 0), true, ItemRole::GroupedRole);
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(shown(proxy), (QStringList{QStringLiteral("1.0"), QStringLiteral("v2"), QStringLiteral("v3"),
                                        referrerTag('c'), referrerTag('d', QStringLiteral(".sbom"))}));
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.mapFromSource(proxy.mapToSource(proxy.index(row, 0))).row(), row);
}

void TestListFilterProxy::rowsAppendedWhileFilteredAreMatched()
{
    QStandardItemModel source;
    ListFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    proxy.setFilterText(QStringLiteral("7"));
    for (int page = 0; page < 5; ++page) {
        QStringList names;
        for (int i = 0; i < 20; ++i)
            names.append(QStringLiteral("tag-%1").arg(page * 20 + i, 3, 10, QLatin1Char('0')));
        append(source, names);
    }
    QStringList expected;
    for (int i = 0; i < 100; ++i) {
        const QString name = QStringLiteral("tag-%1").arg(i, 3, 10, QLatin1Char('0'));
        if (name.contains(QLatin1Char('7')))
            expected.append(name);
    }
    QCOMPARE(shown(proxy), expected);
}

void TestListFilterProxy::selectionSurvivesFilterChanges()
{
    QStandardItemModel source;
    append(source, {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma"),
                    QStringLiteral("delta")});
    ListFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    QPersistentModelIndex gamma(proxy.index(2, 0));
    proxy.setFilterText(QStringLiteral("ta"));
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(shown(proxy), (QStringList{QStringLiteral("beta"), QStringLiteral("delta")}));
    QVERIFY(!gamma.isValid()); // filtered out
    QPersistentModelIndex delta(proxy.index(1, 0));
    proxy.setFilterText(QStringLiteral("a"));
    QTRY_VERIFY(!proxy.isFiltering());
    QVERIFY(delta.isValid());
    QCOMPARE(delta.data().toString(), QStringLiteral("delta"));
    QCOMPARE(delta.row(), 3);
}

void TestListFilterProxy::longListsAreMatchedInSlices()
{
    constexpr int count = 200'000;
    QStringList names;
    names.reserve(count);
    for (int i = 0; i < count; ++i)
        names.append(QStringLiteral("Release-%1").arg(i, 6, 10, QLatin1Char('0')));
    QStandardItemModel source;
    append(source, names);
    ListFilterProxy proxy;
    proxy.setTimeBudget(1);
    proxy.setSourceModel(&source);
    QCOMPARE(proxy.rowCount(), count);

    QElapsedTimer clock;
    clock.start();
    proxy.setFilterText(QStringLiteral("release-0999"));
    const qint64 firstSlice = clock.elapsed();
    QVERIFY2(proxy.isFiltering(), "200,000 rows in 1 ms slices take more than one slice");
    QVERIFY2(firstSlice < 50,
             qPrintable(QStringLiteral("the first slice held the event loop %1 ms").arg(firstSlice)));
    QCOMPARE(proxy.rowCount(), count); // the old result stays until the new one is complete
    // Typing on while a pass runs replaces it.
    proxy.setFilterText(QStringLiteral("release-09999"));
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(shown(proxy), (QStringList{QStringLiteral("Release-099990"), QStringLiteral("Release-099991"),
                                        QStringLiteral("Release-099992"), QStringLiteral("Release-099993"),
                                        QStringLiteral("Release-099994"), QStringLiteral("Release-099995"),
                                        QStringLiteral("Release-099996"), QStringLiteral("Release-099997"),
                                        QStringLiteral("Release-099998"), QStringLiteral("Release-099999")}));
}

void TestListFilterProxy::sourceResetEmptiesTheProxy()
{
    QStandardItemModel source;
    append(source, {QStringLiteral("a"), QStringLiteral("b")});
    ListFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    source.clear();
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.groupedCount(), 0);
    append(source, {QStringLiteral("c")});
    QCOMPARE(shown(proxy), QStringList{QStringLiteral("c")});
    source.removeRow(0);
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_MAIN(TestListFilterProxy)
#include "tst_listfilterproxy.moc"
