// `lading diff` end to end: a pair of images with known differences in every section, one side in Debian's
// real docker-registry (copied there with its SBOM, so its referrers come from the fallback tag) and the
// other in an OCI layout; --json parsed and checked exactly, the human form, the options, and diff(1)'s
// exit codes (0 identical, 1 different, 2 trouble).
#include "core/store/layoutstore.h"
#include "tests/support/ladingcli.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testdiffpair.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using lading::store::LayoutStore;
using lading::test::CliResult;
using lading::test::DiffPair;
using lading::test::RegistryFixture;
using lading::test::runLading;

namespace {

QJsonObject parseJson(const CliResult& r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        QTest::qFail(qPrintable(QStringLiteral("not JSON: ") + error.errorString()), __FILE__, __LINE__);
    return doc.object();
}

QJsonObject section(const QJsonObject& root, const char* name)
{
    return root.value(QLatin1String(name)).toObject();
}

// Each change as "kind path" (JSON diffs), "kind key" (annotations) or "kind path aspects" (files).
QStringList kindsAndPaths(const QJsonArray& changes, const char* pathKey = "path")
{
    QStringList out;
    for (const QJsonValue& v : changes) {
        const QJsonObject o = v.toObject();
        QString line = o.value(QStringLiteral("kind")).toString() + QLatin1Char(' ') +
                       o.value(QLatin1String(pathKey)).toString();
        const QJsonArray aspects = o.value(QStringLiteral("aspects")).toArray();
        for (const QJsonValue& a : aspects)
            line += QLatin1Char(' ') + a.toString();
        out.append(line);
    }
    return out;
}

// One line on stderr starting with "lading: " and exit code 2.
bool troubleWithOneLine(const CliResult& r)
{
    const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return !r.timedOut && r.exitCode == 2 && lines.size() == 1 &&
           lines.first().startsWith(QLatin1String("lading: "));
}

} // namespace

class TestCliDiff final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    std::unique_ptr<RegistryFixture> m_registry;
    DiffPair m_pair;
    QString m_leftLayout;  // oci:…:v1 (and :multi)
    QString m_rightLayout; // oci:…:v2 (and :multi)
    QString m_remote;      // host/team/app:v1, copied from the left layout with its referrers

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        lading::test::isolateEnvironment(m_work, QStringLiteral("tst_clidiff"));
        QVERIFY(!lading::test::ladingExecutable().isEmpty());
        const QString leftDir = m_work.filePath(QStringLiteral("left"));
        const QString rightDir = m_work.filePath(QStringLiteral("right"));
        {
            auto left = LayoutStore::open(leftDir, true);
            QVERIFY2(left.ok(), qPrintable(left.error().toString()));
            auto right = LayoutStore::open(rightDir, true);
            QVERIFY2(right.ok(), qPrintable(right.error().toString()));
            m_pair = lading::test::seedDiffPair(*left.value(), *right.value());
            // Indexes: the left one has an arm64 image more.
            const auto arm64Layer = lading::test::pushTestLayer(
                *left.value(), {lading::test::TarItem::file(QStringLiteral("arm"), "arm64")});
            const auto arm64 = lading::test::pushTestImage(
                *left.value(), lading::test::testImageConfig(QStringLiteral("arm64")), {arm64Layer});
            lading::test::pushTestIndex(
                *left.value(), {{m_pair.left, QStringLiteral("amd64")}, {arm64, QStringLiteral("arm64")}},
                QStringLiteral("multi"));
            lading::test::pushTestIndex(*right.value(), {{m_pair.right, QStringLiteral("amd64")}},
                                        QStringLiteral("multi"));
        }
        m_leftLayout = QStringLiteral("oci:") + leftDir;
        m_rightLayout = QStringLiteral("oci:") + rightDir;

        QString why;
        m_registry = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(m_registry, qPrintable(QStringLiteral("docker-registry did not start: ") + why));
        m_remote = m_registry->host() + QStringLiteral("/team/app:v1");
        auto copied = runLading({QStringLiteral("copy"), m_leftLayout + QStringLiteral(":v1"), m_remote,
                                 QStringLiteral("--referrers")});
        QVERIFY2(copied.ok(), qPrintable(copied.describe()));
        QCOMPARE(copied.outText(), m_pair.left.digest.toString());
    }

    void jsonReportsEveryDifferenceExactly()
    {
        auto r = runLading({QStringLiteral("diff"), m_remote, m_rightLayout + QStringLiteral(":v2"),
                            QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 1 && !r.timedOut, qPrintable(r.describe()));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonObject root = parseJson(r);
        QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("identical")).toBool(true), false);
        const QJsonObject left = section(root, "left");
        QCOMPARE(left.value(QStringLiteral("digest")).toString(), m_pair.left.digest.toString());
        QCOMPARE(left.value(QStringLiteral("kind")).toString(), QStringLiteral("image"));
        QCOMPARE(left.value(QStringLiteral("name")).toString(),
                 m_registry->host() + QStringLiteral("/team/app:v1"));
        QCOMPARE(section(root, "right").value(QStringLiteral("digest")).toString(),
                 m_pair.right.digest.toString());
        QCOMPARE(section(root, "right").value(QStringLiteral("name")).toString(),
                 m_rightLayout + QStringLiteral(":v2"));

        QCOMPARE(
            kindsAndPaths(section(root, "manifest").value(QStringLiteral("changes")).toArray()),
            (QStringList{QStringLiteral("removed /annotations/org.example.only-left"),
                         QStringLiteral("added /annotations/org.example.only-right"),
                         QStringLiteral("changed /annotations/org.opencontainers.image.version"),
                         QStringLiteral("changed /config/digest"), QStringLiteral("changed /config/size"),
                         QStringLiteral("removed /layers/1"), QStringLiteral("added /layers/1")}));

        const QJsonObject config = section(root, "config");
        QCOMPARE(config.value(QStringLiteral("compared")).toBool(), true);
        const QJsonArray expectedConfig = QJsonDocument::fromJson(R"([
            {"kind":"changed","path":"/config/Env/1","left":"MODE=dev","right":"MODE=prod"},
            {"kind":"added","path":"/config/Labels/owner","right":"ops"},
            {"kind":"removed","path":"/config/Labels/tier","left":"web"}])")
                                              .array();
        QCOMPARE(config.value(QStringLiteral("changes")).toArray(), expectedConfig);
        QCOMPARE(config.value(QStringLiteral("counts")).toObject(),
                 (QJsonObject{{QStringLiteral("added"), 1},
                              {QStringLiteral("removed"), 1},
                              {QStringLiteral("changed"), 1}}));

        const QJsonArray expectedAnnotations = QJsonDocument::fromJson(R"([
            {"kind":"removed","key":"org.example.only-left","left":"x"},
            {"kind":"added","key":"org.example.only-right","right":"y"},
            {"kind":"changed","key":"org.opencontainers.image.version","left":"1.0","right":"2.0"}])")
                                                   .array();
        QCOMPARE(section(root, "annotations").value(QStringLiteral("changes")).toArray(),
                 expectedAnnotations);

        const QJsonObject layers = section(root, "layers");
        const QJsonArray layerList = layers.value(QStringLiteral("layers")).toArray();
        QCOMPARE(layerList.size(), 3);
        const auto layer = [&](int i, const QString& presence, const lading::oci::Descriptor& d,
                               int leftPosition, int rightPosition) {
            QJsonObject expected{{QStringLiteral("presence"), presence},
                                 {QStringLiteral("digest"), d.digest.toString()},
                                 {QStringLiteral("size"), double(d.size)},
                                 {QStringLiteral("mediaType"), d.mediaType}};
            if (leftPosition >= 0)
                expected.insert(QStringLiteral("leftPosition"), leftPosition);
            if (rightPosition >= 0)
                expected.insert(QStringLiteral("rightPosition"), rightPosition);
            return layerList.at(i).toObject() == expected;
        };
        QVERIFY(layer(0, QStringLiteral("both"), m_pair.baseLayer, 0, 0));
        QVERIFY(layer(1, QStringLiteral("left"), m_pair.leftTop, 1, -1));
        QVERIFY(layer(2, QStringLiteral("right"), m_pair.rightTop, -1, 1));
        QCOMPARE(layers.value(QStringLiteral("sharedPrefix")).toInt(), 1);

        const QJsonObject files = section(root, "files");
        QCOMPARE(files.value(QStringLiteral("compared")).toBool(), true);
        QCOMPARE(kindsAndPaths(files.value(QStringLiteral("changes")).toArray()),
                 (QStringList{QStringLiteral("changed app/config.yaml content"),
                              QStringLiteral("removed app/data"), QStringLiteral("added app/new.txt"),
                              QStringLiteral("changed bin/app mode")}));
        const QJsonObject added = files.value(QStringLiteral("changes")).toArray().at(2).toObject();
        QCOMPARE(added.value(QStringLiteral("right")).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                              {QStringLiteral("size"), 3},
                              {QStringLiteral("mode"), QStringLiteral("0644")},
                              {QStringLiteral("uid"), 0},
                              {QStringLiteral("gid"), 0},
                              {QStringLiteral("layer"), 1},
                              {QStringLiteral("digest"), lading::test::sha256("new")}}));
        QVERIFY(!added.contains(QStringLiteral("left")));
        QCOMPARE(files.value(QStringLiteral("prefixListed")).toBool(), true);

        const QJsonObject sbom = section(root, "sbom");
        QCOMPARE(sbom.value(QStringLiteral("compared")).toBool(), true);
        QStringList packages;
        for (const QJsonValue& v : sbom.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject o = v.toObject();
            packages.append(QStringList{o.value(QStringLiteral("kind")).toString(),
                                        o.value(QStringLiteral("key")).toString(),
                                        o.value(QStringLiteral("leftVersion")).toString(),
                                        o.value(QStringLiteral("rightVersion")).toString()}
                                .join(QLatin1Char(' ')));
        }
        QCOMPARE(packages, (QStringList{QStringLiteral("changed pkg:deb/debian/openssl 3.0.11 3.0.13"),
                                        QStringLiteral("removed pkg:npm/left-pad 1.3.0 "),
                                        QStringLiteral("added pkg:pypi/requests  2.31.0")}));

        const QJsonObject referrers = section(root, "referrers");
        QCOMPARE(referrers.value(QStringLiteral("counts")).toObject(),
                 (QJsonObject{{QStringLiteral("both"), 1},
                              {QStringLiteral("onlyLeft"), 0},
                              {QStringLiteral("onlyRight"), 1}}));
        QCOMPARE(referrers.value(QStringLiteral("verification")).toObject(),
                 (QJsonObject{{QStringLiteral("right"), QStringLiteral("signed-not-verified")}}));
        const QJsonArray pairs = referrers.value(QStringLiteral("referrers")).toArray();
        QCOMPARE(pairs.size(), 2);
        const QJsonObject signature = pairs.at(0).toObject();
        QCOMPARE(signature.value(QStringLiteral("presence")).toString(), QStringLiteral("right"));
        QCOMPARE(signature.value(QStringLiteral("kind")).toString(), QStringLiteral("cosign-signature"));
        QCOMPARE(
            signature.value(QStringLiteral("right")).toObject().value(QStringLiteral("digest")).toString(),
            m_pair.signature.digest.toString());
        QCOMPARE(signature.value(QStringLiteral("right"))
                     .toObject()
                     .value(QStringLiteral("verification"))
                     .toString(),
                 QStringLiteral("signed-not-verified"));
        QVERIFY(!signature.contains(QStringLiteral("left")));
        const QJsonObject sbomPair = pairs.at(1).toObject();
        QCOMPARE(sbomPair.value(QStringLiteral("presence")).toString(), QStringLiteral("both"));
        QCOMPARE(sbomPair.value(QStringLiteral("kind")).toString(), QStringLiteral("spdx-sbom"));
        QCOMPARE(sbomPair.value(QStringLiteral("sameDigest")).toBool(true), false);
        QCOMPARE(sbomPair.value(QStringLiteral("left")).toObject().value(QStringLiteral("digest")).toString(),
                 m_pair.leftSbom.digest.toString());
        // docker-registry has no referrers API: the left side's came from the fallback tag.
        QCOMPARE(sbomPair.value(QStringLiteral("left")).toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("fallback-tag"));
        QCOMPARE(
            sbomPair.value(QStringLiteral("right")).toObject().value(QStringLiteral("digest")).toString(),
            m_pair.rightSbom.digest.toString());

        QCOMPARE(section(root, "platforms").value(QStringLiteral("platforms")).toArray().size(), 0);
    }

    void humanOutputGroupsSectionsWithCounts()
    {
        auto r = runLading({QStringLiteral("diff"), m_remote, m_rightLayout + QStringLiteral(":v2")});
        QVERIFY2(r.exitCode == 1 && !r.timedOut, qPrintable(r.describe()));
        const QStringList lines = r.lines();
        const QStringList expected = {
            QStringLiteral("Config: 1 added, 1 removed, 1 changed"),
            QStringLiteral("  ~ /config/Env/1: \"MODE=dev\" → \"MODE=prod\""),
            QStringLiteral("  + /config/Labels/owner: \"ops\""),
            QStringLiteral("Annotations: 1 added, 1 removed, 1 changed"),
            QStringLiteral("  ~ org.opencontainers.image.version: 1.0 → 2.0"),
            QStringLiteral("Layers: 1 on both sides, 1 only left, 1 only right"),
            QStringLiteral("Files: 1 added, 1 removed, 2 changed"),
            QStringLiteral("  ~ app/config.yaml  content"),
            QStringLiteral("  ~ bin/app  mode 0755 → 0700"),
            QStringLiteral("  ~ pkg:deb/debian/openssl  3.0.11 → 3.0.13"),
            QStringLiteral("  - pkg:npm/left-pad  1.3.0"),
            QStringLiteral(
                "Referrers: 1 on both sides, 0 only left, 1 only right (1 of a kind on both sides with "
                "different digests)"),
            QStringLiteral("  signatures: left no signatures, right Signed, not verified"),
        };
        for (const QString& line : expected)
            QVERIFY2(lines.contains(line),
                     qPrintable(
                         QStringLiteral("missing \"%1\" in:\n%2").arg(line, lines.join(QLatin1Char('\n')))));
        QVERIFY(lines.first().startsWith(QStringLiteral("--- ") + m_registry->host()));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("+++ ") + m_rightLayout));
        QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QString& l) {
            return l.startsWith(QLatin1String("SBOM packages: 1 added, 1 removed, 1 changed (left: "));
        }));
        QVERIFY(std::any_of(lines.begin(), lines.end(), [&](const QString& l) {
            return l.startsWith(QStringLiteral("  + ")) && l.contains(m_pair.signature.digest.toString());
        }));
    }

    void identicalIsExitCodeZero()
    {
        auto r = runLading({QStringLiteral("diff"), m_remote, m_leftLayout + QStringLiteral(":v1"),
                            QStringLiteral("--json")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QJsonObject root = parseJson(r);
        QCOMPARE(root.value(QStringLiteral("identical")).toBool(false), true);
        QCOMPARE(section(root, "referrers").value(QStringLiteral("counts")).toObject(),
                 (QJsonObject{{QStringLiteral("both"), 1},
                              {QStringLiteral("onlyLeft"), 0},
                              {QStringLiteral("onlyRight"), 0}}));
        QCOMPARE(
            section(section(root, "referrers").value(QStringLiteral("referrers")).toArray().at(0).toObject(),
                    "left")
                .value(QStringLiteral("digest"))
                .toString(),
            m_pair.leftSbom.digest.toString());

        auto human = runLading({QStringLiteral("diff"), m_leftLayout + QStringLiteral(":v1"), m_remote});
        QVERIFY2(human.ok(), qPrintable(human.describe()));
        QCOMPARE(human.lines().at(2), QStringLiteral("Identical"));
    }

    void platformsOneByOneOrTheOneAskedFor()
    {
        auto all = runLading({QStringLiteral("diff"), m_leftLayout + QStringLiteral(":multi"),
                              m_rightLayout + QStringLiteral(":multi"), QStringLiteral("--json"),
                              QStringLiteral("--no-files")});
        QVERIFY2(all.exitCode == 1, qPrintable(all.describe()));
        const QJsonArray platforms =
            section(parseJson(all), "platforms").value(QStringLiteral("platforms")).toArray();
        QCOMPARE(platforms.size(), 2);
        QCOMPARE(platforms.at(0).toObject().value(QStringLiteral("platform")).toString(),
                 QStringLiteral("linux/amd64"));
        QCOMPARE(platforms.at(0).toObject().value(QStringLiteral("presence")).toString(),
                 QStringLiteral("both"));
        const QJsonObject nested = platforms.at(0).toObject().value(QStringLiteral("diff")).toObject();
        QCOMPARE(kindsAndPaths(section(nested, "config").value(QStringLiteral("changes")).toArray()),
                 (QStringList{QStringLiteral("changed /config/Env/1"),
                              QStringLiteral("added /config/Labels/owner"),
                              QStringLiteral("removed /config/Labels/tier")}));
        QCOMPARE(section(nested, "files").value(QStringLiteral("compared")).toBool(true), false);
        QCOMPARE(platforms.at(1).toObject().value(QStringLiteral("platform")).toString(),
                 QStringLiteral("linux/arm64"));
        QCOMPARE(platforms.at(1).toObject().value(QStringLiteral("presence")).toString(),
                 QStringLiteral("left"));

        auto one = runLading({QStringLiteral("diff"), m_leftLayout + QStringLiteral(":multi"),
                              m_rightLayout + QStringLiteral(":multi"), QStringLiteral("--json"),
                              QStringLiteral("--platform"), QStringLiteral("linux/amd64"),
                              QStringLiteral("--no-referrers")});
        QVERIFY2(one.exitCode == 1, qPrintable(one.describe()));
        const QJsonObject root = parseJson(one);
        QCOMPARE(section(root, "left").value(QStringLiteral("digest")).toString(),
                 m_pair.left.digest.toString());
        QCOMPARE(section(root, "right").value(QStringLiteral("digest")).toString(),
                 m_pair.right.digest.toString());
        QCOMPARE(section(root, "files").value(QStringLiteral("changes")).toArray().size(), 4);
        QCOMPARE(section(root, "referrers").value(QStringLiteral("compared")).toBool(true), false);
    }

    void sectionsCanBeLeftOut()
    {
        auto r = runLading({QStringLiteral("diff"), m_remote, m_rightLayout + QStringLiteral(":v2"),
                            QStringLiteral("--json"), QStringLiteral("--no-files"),
                            QStringLiteral("--no-referrers"), QStringLiteral("--no-sbom")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QJsonObject root = parseJson(r);
        for (const char* name : {"files", "referrers", "sbom"}) {
            QCOMPARE(section(root, name).value(QStringLiteral("compared")).toBool(true), false);
            QVERIFY(!section(root, name).value(QStringLiteral("reason")).toString().isEmpty());
        }
        QCOMPARE(section(root, "config").value(QStringLiteral("changes")).toArray().size(), 3);
    }

    void troubleIsExitCodeTwo()
    {
        const auto missing =
            runLading({QStringLiteral("diff"), m_remote, m_rightLayout + QStringLiteral(":nope")});
        QVERIFY2(troubleWithOneLine(missing), qPrintable(missing.describe()));
        const auto missingRemote = runLading(
            {QStringLiteral("diff"), m_registry->host() + QStringLiteral("/team/app:nope"), m_remote});
        QVERIFY2(troubleWithOneLine(missingRemote), qPrintable(missingRemote.describe()));
        const auto oneArgument = runLading({QStringLiteral("diff"), m_remote});
        QVERIFY2(troubleWithOneLine(oneArgument), qPrintable(oneArgument.describe()));
        const auto badPlatform = runLading({QStringLiteral("diff"), m_remote, m_remote,
                                            QStringLiteral("--platform"), QStringLiteral("a/b/c/d")});
        QVERIFY2(troubleWithOneLine(badPlatform), qPrintable(badPlatform.describe()));
        const auto absentPlatform =
            runLading({QStringLiteral("diff"), m_leftLayout + QStringLiteral(":multi"),
                       m_rightLayout + QStringLiteral(":multi"), QStringLiteral("--platform"),
                       QStringLiteral("linux/arm64")});
        QVERIFY2(troubleWithOneLine(absentPlatform), qPrintable(absentPlatform.describe()));
        QVERIFY(absentPlatform.err.contains("linux/arm64"));
        const auto badOption =
            runLading({QStringLiteral("diff"), m_remote, m_remote, QStringLiteral("--frobnicate")});
        QVERIFY2(troubleWithOneLine(badOption), qPrintable(badOption.describe()));
    }

    void helpDocumentsTheExitCodes()
    {
        auto help = runLading({QStringLiteral("diff"), QStringLiteral("--help")});
        QVERIFY2(help.ok(), qPrintable(help.describe()));
        const QString text = QString::fromUtf8(help.out);
        QVERIFY2(text.contains(QLatin1String("0: identical, 1: different, 2: trouble")), qPrintable(text));
        for (const char* option :
             {"--json", "--platform", "--no-files", "--no-referrers", "--no-sbom", "--no-verify"})
            QVERIFY2(text.contains(QLatin1String(option)), option);
        auto usage = runLading({QStringLiteral("--help")});
        QVERIFY(QString::fromUtf8(usage.out).contains(QLatin1String("LEFT RIGHT")));
    }
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_clidiff.moc"
