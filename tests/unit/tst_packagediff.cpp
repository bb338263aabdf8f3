// PackageDiff: packages matched by purl without version (or type and name), version changes, and several
// versions of one package on a side.
#include "core/inspect/packagediff.h"

#include <QTest>

using lading::inspect::ChangeKind;
using lading::inspect::DiffCounts;
using lading::inspect::PackageChange;
using lading::inspect::PackageDiff;
using lading::inspect::SbomPackage;

namespace {

SbomPackage package(const QString& name, const QString& version, const QString& purl = {},
                    const QString& type = {})
{
    SbomPackage p;
    p.name = name;
    p.version = version;
    p.purl = purl;
    p.type = type;
    return p;
}

// "+ key right", "- key left", "~ key left → right".
QStringList describe(const QList<PackageChange>& changes)
{
    QStringList out;
    for (const PackageChange& c : changes) {
        switch (c.kind) {
        case ChangeKind::Added:
            out.append(QStringLiteral("+ %1 %2").arg(c.key, c.rightVersion));
            break;
        case ChangeKind::Removed:
            out.append(QStringLiteral("- %1 %2").arg(c.key, c.leftVersion));
            break;
        case ChangeKind::Changed:
            out.append(QStringLiteral("~ %1 %2 → %3").arg(c.key, c.leftVersion, c.rightVersion));
            break;
        }
    }
    return out;
}

} // namespace

class TestPackageDiff final : public QObject
{
    Q_OBJECT

private slots:
    void purlKeys_data()
    {
        QTest::addColumn<QString>("purl");
        QTest::addColumn<QString>("key");
        QTest::newRow("deb with qualifiers")
            << QStringLiteral("pkg:deb/debian/openssl@3.0.11-1?arch=amd64&distro=12")
            << QStringLiteral("pkg:deb/debian/openssl");
        QTest::newRow("subpath") << QStringLiteral("pkg:golang/github.com/a/b@v1.2.3#cmd/tool")
                                 << QStringLiteral("pkg:golang/github.com/a/b");
        QTest::newRow("npm scope unencoded")
            << QStringLiteral("pkg:npm/@angular/core@16.0.0") << QStringLiteral("pkg:npm/@angular/core");
        QTest::newRow("npm scope encoded")
            << QStringLiteral("pkg:npm/%40angular/core@16.0.0") << QStringLiteral("pkg:npm/%40angular/core");
        QTest::newRow("no version") << QStringLiteral("pkg:pypi/requests")
                                    << QStringLiteral("pkg:pypi/requests");
        QTest::newRow("type case") << QStringLiteral("PKG:PyPI/Django@4.2")
                                   << QStringLiteral("pkg:pypi/Django");
    }

    void purlKeys()
    {
        QFETCH(QString, purl);
        QFETCH(QString, key);
        QCOMPARE(PackageDiff::purlKey(purl), key);
    }

    void reportsAddedRemovedAndUpgraded()
    {
        const QList<SbomPackage> left = {
            package(QStringLiteral("openssl"), QStringLiteral("3.0.11"),
                    QStringLiteral("pkg:deb/debian/openssl@3.0.11?arch=amd64")),
            package(QStringLiteral("zlib"), QStringLiteral("1.2.13"),
                    QStringLiteral("pkg:deb/debian/zlib@1.2.13")),
            package(QStringLiteral("left-pad"), QStringLiteral("1.3.0"),
                    QStringLiteral("pkg:npm/left-pad@1.3.0")),
            package(QStringLiteral("libfoo"), QStringLiteral("2.0"), {}, QStringLiteral("library")),
            package(QStringLiteral("bare"), QStringLiteral("1")),
        };
        const QList<SbomPackage> right = {
            package(QStringLiteral("zlib"), QStringLiteral("1.2.13"),
                    QStringLiteral("pkg:deb/debian/zlib@1.2.13")),
            package(QStringLiteral("openssl"), QStringLiteral("3.0.13"),
                    QStringLiteral("pkg:deb/debian/openssl@3.0.13?arch=amd64")),
            package(QStringLiteral("requests"), QStringLiteral("2.31.0"),
                    QStringLiteral("pkg:pypi/requests@2.31.0")),
            package(QStringLiteral("libfoo"), QStringLiteral("2.1"), {}, QStringLiteral("library")),
            package(QStringLiteral("bare"), QStringLiteral("1")),
        };
        const auto result = PackageDiff::compare(left, right);
        QCOMPARE(describe(result.changes),
                 (QStringList{QStringLiteral("~ library/libfoo 2.0 → 2.1"),
                              QStringLiteral("~ pkg:deb/debian/openssl 3.0.11 → 3.0.13"),
                              QStringLiteral("- pkg:npm/left-pad 1.3.0"),
                              QStringLiteral("+ pkg:pypi/requests 2.31.0")}));
        QCOMPARE(result.counts, (DiffCounts{1, 1, 2}));
        QCOMPARE(result.changes[1].name, QStringLiteral("openssl"));
        QCOMPARE(result.changes[1].leftPurl, QStringLiteral("pkg:deb/debian/openssl@3.0.11?arch=amd64"));
        QCOMPARE(result.changes[1].rightPurl, QStringLiteral("pkg:deb/debian/openssl@3.0.13?arch=amd64"));
    }

    void pairsSeveralVersionsOfOnePackage()
    {
        const QString purl = QStringLiteral("pkg:npm/lodash@");
        const QList<SbomPackage> left = {
            package(QStringLiteral("lodash"), QStringLiteral("4.17.9"), purl + QStringLiteral("4.17.9")),
            package(QStringLiteral("lodash"), QStringLiteral("3.10.1"), purl + QStringLiteral("3.10.1")),
            package(QStringLiteral("lodash"), QStringLiteral("2.4.2"), purl + QStringLiteral("2.4.2"))};
        const QList<SbomPackage> right = {
            package(QStringLiteral("lodash"), QStringLiteral("4.17.21"), purl + QStringLiteral("4.17.21")),
            package(QStringLiteral("lodash"), QStringLiteral("3.10.1"), purl + QStringLiteral("3.10.1"))};
        // 3.10.1 on both sides cancels out; of 4.17.9 and 2.4.2 the newest pairs with 4.17.21 (numbers
        // compare as numbers: 4.17.9 < 4.17.21), the older one was removed.
        QCOMPARE(describe(PackageDiff::compare(left, right).changes),
                 (QStringList{QStringLiteral("~ pkg:npm/lodash 4.17.9 → 4.17.21"),
                              QStringLiteral("- pkg:npm/lodash 2.4.2")}));
    }

    void identicalListsHaveNoChanges()
    {
        const QList<SbomPackage> packages = {
            package(QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("pkg:npm/a@1")),
            package(QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("pkg:npm/a@1"))};
        const auto result = PackageDiff::compare(packages, packages);
        QVERIFY(result.changes.isEmpty());
        QVERIFY(result.counts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPackageDiff)
#include "tst_packagediff.moc"
