// SbomDocument: SPDX 2.x and CycloneDX 1.x JSON generated here read back to the packages they were made of
// (nested CycloneDX components flattened in order), the licence and supplier forms each standard allows,
// "NOASSERTION"/"NONE" as nothing, 50,000 packages in well under a second, and a clear message, never a
// crash, for truncated, malformed and unsupported documents (XML, tag-value, SPDX 3, other JSON).
#include "core/inspect/sbomdocument.h"
#include "tests/support/testsboms.h"

#include <QElapsedTimer>
#include <QTest>

using lading::Error;
using lading::inspect::SbomDocument;
using lading::inspect::SbomFormat;
using lading::inspect::SbomPackage;
using lading::test::cycloneDxJson;
using lading::test::generatedPackages;
using lading::test::spdxJson;

Q_DECLARE_METATYPE(lading::Error::Kind)

namespace {

QString describe(const QList<SbomPackage>& packages, qsizetype i)
{
    if (i >= packages.size())
        return QStringLiteral("(none)");
    const SbomPackage& p = packages.at(i);
    return QStringLiteral("%1 %2 [%3] %4 {%5} <%6>")
        .arg(p.name, p.version, p.type, p.purl, p.licences.join(QLatin1Char('|')), p.supplier);
}

// The first difference, for a readable failure.
QString firstDifference(const QList<SbomPackage>& actual, const QList<SbomPackage>& expected)
{
    for (qsizetype i = 0; i < qMax(actual.size(), expected.size()); ++i) {
        if (i >= actual.size() || i >= expected.size() || !(actual.at(i) == expected.at(i)))
            return QStringLiteral("package %1: got %2, expected %3")
                .arg(i)
                .arg(describe(actual, i), describe(expected, i));
    }
    return {};
}

QByteArray spdxWithPackage(const QByteArray& packageJson)
{
    return R"({"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT","name":"one","packages":[)" +
           packageJson + "]}";
}

QByteArray cycloneDxWithComponent(const QByteArray& componentJson)
{
    return R"({"bomFormat":"CycloneDX","specVersion":"1.5","components":[)" + componentJson + "]}";
}

SbomPackage only(const QByteArray& json)
{
    auto document = SbomDocument::parse(json);
    if (!document) {
        qWarning("%s", qPrintable(document.error().message));
        return {};
    }
    if (document->packages.size() != 1) {
        qWarning("expected one package, got %lld", qlonglong(document->packages.size()));
        return {};
    }
    return document->packages.constFirst();
}

} // namespace

class TestSbomDocument final : public QObject
{
    Q_OBJECT

private slots:
    void generatedDocumentsReadBackToTheirPackages_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("creators");
        const auto packages = generatedPackages(84);
        const QStringList spdxCreators{QStringLiteral("Tool: testsboms-1.0"),
                                       QStringLiteral("Organization: Lading")};
        const QStringList cdxCreators{QStringLiteral("testsboms 1.0"), QStringLiteral("Lading tests")};
        QTest::newRow("SPDX 2.3") << spdxJson(packages) << int(SbomFormat::Spdx) << "SPDX 2.3"
                                  << spdxCreators;
        QTest::newRow("SPDX 2.2") << spdxJson(packages, QStringLiteral("test-sbom"),
                                              QStringLiteral("SPDX-2.2"))
                                  << int(SbomFormat::Spdx) << "SPDX 2.2" << spdxCreators;
        QTest::newRow("CycloneDX 1.4") << cycloneDxJson(packages, QStringLiteral("1.4"))
                                       << int(SbomFormat::CycloneDx) << "CycloneDX 1.4" << cdxCreators;
        QTest::newRow("CycloneDX 1.5") << cycloneDxJson(packages, QStringLiteral("1.5"))
                                       << int(SbomFormat::CycloneDx) << "CycloneDX 1.5" << cdxCreators;
        QTest::newRow("CycloneDX 1.6") << cycloneDxJson(packages, QStringLiteral("1.6"))
                                       << int(SbomFormat::CycloneDx) << "CycloneDX 1.6" << cdxCreators;
        QTest::newRow("CycloneDX 1.6 nested 4 deep")
            << cycloneDxJson(packages, QStringLiteral("1.6"), 4) << int(SbomFormat::CycloneDx)
            << "CycloneDX 1.6" << cdxCreators;
        QTest::newRow("CycloneDX 1.5 nested 84 deep")
            << cycloneDxJson(packages, QStringLiteral("1.5"), 84) << int(SbomFormat::CycloneDx)
            << "CycloneDX 1.5" << cdxCreators;
    }
    void generatedDocumentsReadBackToTheirPackages()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, format);
        QFETCH(QString, label);
        QFETCH(QStringList, creators);
        auto document = SbomDocument::parse(json);
        QVERIFY2(document, qPrintable(document.error().message));
        QCOMPARE(int(document->format), format);
        QCOMPARE(document->formatLabel(), label);
        QCOMPARE(document->creators, creators);
        QVERIFY(!document->created.isEmpty());
        QVERIFY(document->name == QLatin1String("test-sbom") || document->name == QLatin1String("test-app"));
        const auto expected = generatedPackages(84);
        QVERIFY2(document->packages == expected, qPrintable(firstDifference(document->packages, expected)));
    }

    void licenceForms_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("licences");
        QTest::newRow("SPDX concluded only") << spdxWithPackage(R"({"name":"a","licenseConcluded":"MIT"})")
                                             << QStringList{QStringLiteral("MIT")};
        QTest::newRow("SPDX declared only")
            << spdxWithPackage(R"({"name":"a","licenseConcluded":"NOASSERTION","licenseDeclared":"ISC"})")
            << QStringList{QStringLiteral("ISC")};
        QTest::newRow("SPDX both, equal")
            << spdxWithPackage(R"({"name":"a","licenseConcluded":"MIT","licenseDeclared":"MIT"})")
            << QStringList{QStringLiteral("MIT")};
        QTest::newRow("SPDX both, different")
            << spdxWithPackage(
                   R"({"name":"a","licenseConcluded":"MIT","licenseDeclared":"MIT OR Apache-2.0"})")
            << QStringList{QStringLiteral("MIT"), QStringLiteral("MIT OR Apache-2.0")};
        QTest::newRow("SPDX NOASSERTION and NONE")
            << spdxWithPackage(R"({"name":"a","licenseConcluded":"NOASSERTION","licenseDeclared":"NONE"})")
            << QStringList{};
        QTest::newRow("SPDX absent") << spdxWithPackage(R"({"name":"a"})") << QStringList{};
        QTest::newRow("SPDX LicenseRef and WITH")
            << spdxWithPackage(
                   R"({"name":"a","licenseConcluded":"GPL-2.0-or-later WITH Classpath-exception-2.0","licenseDeclared":"LicenseRef-X"})")
            << QStringList{QStringLiteral("GPL-2.0-or-later WITH Classpath-exception-2.0"),
                           QStringLiteral("LicenseRef-X")};
        QTest::newRow("CycloneDX id")
            << cycloneDxWithComponent(R"({"name":"a","licenses":[{"license":{"id":"MIT"}}]})")
            << QStringList{QStringLiteral("MIT")};
        QTest::newRow("CycloneDX name")
            << cycloneDxWithComponent(R"({"name":"a","licenses":[{"license":{"name":"Custom terms"}}]})")
            << QStringList{QStringLiteral("Custom terms")};
        QTest::newRow("CycloneDX expression")
            << cycloneDxWithComponent(R"j({"name":"a","licenses":[{"expression":"(MIT OR Apache-2.0)"}]})j")
            << QStringList{QStringLiteral("(MIT OR Apache-2.0)")};
        QTest::newRow("CycloneDX several, repeated")
            << cycloneDxWithComponent(
                   R"({"name":"a","licenses":[{"license":{"id":"MIT"}},{"license":{"id":"Zlib","name":"zlib"}},{"license":{"id":"MIT"}}]})")
            << QStringList{QStringLiteral("MIT"), QStringLiteral("Zlib")};
        QTest::newRow("CycloneDX none")
            << cycloneDxWithComponent(R"({"name":"a","licenses":[]})") << QStringList{};
        QTest::newRow("CycloneDX licence without id or name")
            << cycloneDxWithComponent(
                   "{\"name\":\"a\",\"licenses\":[{\"license\":{\"url\":\"https://x.invalid\"}}]}")
            << QStringList{};
    }
    void licenceForms()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, licences);
        QCOMPARE(only(json).licences, licences);
    }

    void supplierAndTypeForms_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("supplier");
        QTest::newRow("SPDX organisation")
            << spdxWithPackage(R"({"name":"a","supplier":"Organization: Example Inc."})") << "a"
            << ""
            << "Example Inc.";
        QTest::newRow("SPDX person with mail")
            << spdxWithPackage(R"j({"name":"a","supplier":"Person: Jane Doe (jane@example.com)"})j") << "a"
            << ""
            << "Jane Doe";
        QTest::newRow("SPDX parentheses in the name")
            << spdxWithPackage(R"({"name":"a","supplier":"Organization: ACME (Europe) GmbH"})") << "a"
            << ""
            << "ACME (Europe) GmbH";
        QTest::newRow("SPDX NOASSERTION")
            << spdxWithPackage(R"({"name":"a","supplier":"NOASSERTION"})") << "a"
            << ""
            << "";
        QTest::newRow("SPDX version NOASSERTION, purpose")
            << spdxWithPackage(
                   R"({"name":"a","versionInfo":"NOASSERTION","primaryPackagePurpose":"OPERATING-SYSTEM"})")
            << "a"
            << "operating-system"
            << "";
        QTest::newRow("SPDX purl type wins over purpose")
            << spdxWithPackage(
                   R"({"name":"a","primaryPackagePurpose":"LIBRARY","externalRefs":[{"referenceCategory":"SECURITY","referenceType":"cpe23Type","referenceLocator":"cpe:2.3:a:x:a:1:*:*:*:*:*:*:*"},{"referenceCategory":"PACKAGE_MANAGER","referenceType":"purl","referenceLocator":"pkg:apk/alpine/a@1"}]})")
            << "a"
            << "apk"
            << "";
        QTest::newRow("CycloneDX supplier")
            << cycloneDxWithComponent(
                   R"({"type":"library","name":"a","supplier":{"name":"Example Inc."},"publisher":"Other"})")
            << "a"
            << "library"
            << "Example Inc.";
        QTest::newRow("CycloneDX publisher")
            << cycloneDxWithComponent(R"({"type":"framework","name":"a","publisher":"Other"})") << "a"
            << "framework"
            << "Other";
        QTest::newRow("CycloneDX maven group")
            << cycloneDxWithComponent(
                   R"({"type":"library","group":"org.apache.commons","name":"commons-lang3","purl":"pkg:maven/org.apache.commons/commons-lang3@3.14.0"})")
            << "org.apache.commons:commons-lang3"
            << "maven"
            << "";
        QTest::newRow("CycloneDX npm scope")
            << cycloneDxWithComponent(
                   R"({"type":"library","group":"@angular","name":"core","purl":"pkg:npm/%40angular/core@17.0.0"})")
            << "@angular/core"
            << "npm"
            << "";
        QTest::newRow("CycloneDX purl with slashes after pkg:")
            << cycloneDxWithComponent("{\"type\":\"library\",\"name\":\"a\",\"purl\":\"pkg://PyPI/a@1\"}")
            << "a"
            << "pypi"
            << "";
    }
    void supplierAndTypeForms()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, supplier);
        const SbomPackage p = only(json);
        QCOMPARE(p.name, name);
        QCOMPARE(p.type, type);
        QCOMPARE(p.supplier, supplier);
    }

    void cycloneDxMetadataAndNestingOrder()
    {
        const QByteArray json =
            R"({"bomFormat":"CycloneDX","specVersion":"1.6","metadata":{"timestamp":"2026-02-03T04:05:06Z",
            "component":{"type":"container","name":"registry.example/app"},
            "tools":{"components":[{"name":"syft","version":"1.2.3"}],"services":[{"name":"scanner"}]}},
            "components":[{"name":"a","components":[{"name":"a1","components":[{"name":"a1x"}]},{"name":"a2"}]},{"name":"b"}]})";
        auto document = SbomDocument::parse(json);
        QVERIFY2(document, qPrintable(document.error().message));
        QCOMPARE(document->name, QStringLiteral("registry.example/app"));
        QCOMPARE(document->created, QStringLiteral("2026-02-03T04:05:06Z"));
        QCOMPARE(document->creators, (QStringList{QStringLiteral("syft 1.2.3"), QStringLiteral("scanner")}));
        QStringList names;
        for (const SbomPackage& p : document->packages)
            names.append(p.name);
        QCOMPARE(names, (QStringList{QStringLiteral("a"), QStringLiteral("a1"), QStringLiteral("a1x"),
                                     QStringLiteral("a2"), QStringLiteral("b")}));
    }

    void aByteOrderMarkAndWhitespaceAreFine()
    {
        const QByteArray json = "\xEF\xBB\xBF\n  " + spdxJson(generatedPackages(3)) + "\n";
        auto document = SbomDocument::parse(json);
        QVERIFY2(document, qPrintable(document.error().message));
        QCOMPARE(document->packages.size(), 3);
    }

    void fiftyThousandPackagesParseQuickly_data()
    {
        QTest::addColumn<bool>("spdx");
        QTest::newRow("SPDX 2.3") << true;
        QTest::newRow("CycloneDX 1.6") << false;
    }
    void fiftyThousandPackagesParseQuickly()
    {
        QFETCH(bool, spdx);
        const auto packages = generatedPackages(50000);
        const QByteArray json = spdx ? spdxJson(packages) : cycloneDxJson(packages, QStringLiteral("1.6"), 2);
        QElapsedTimer timer;
        timer.start();
        auto document = SbomDocument::parse(json);
        const qint64 ms = timer.elapsed();
        QVERIFY2(document, qPrintable(document.error().message));
        qDebug("%s: %lld packages, %.1f MiB, parsed in %lld ms", QTest::currentDataTag(),
               qlonglong(document->packages.size()), json.size() / 1048576.0, ms);
        QCOMPARE(document->packages.size(), 50000);
        QVERIFY(document->packages == packages);
        // The aim is under a second; the bound leaves room for a machine busy with other builds.
        QVERIFY2(ms < 4000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }

    void badDocumentsGiveAClearMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("message");
        const QByteArray spdx = spdxJson(generatedPackages(20));
        const QByteArray cdx = cycloneDxJson(generatedPackages(20));
        const auto invalid = Error::Kind::InvalidInput;
        const auto unsupported = Error::Kind::Unsupported;
        QTest::newRow("empty") << QByteArray() << invalid << "The SBOM is empty.";
        QTest::newRow("whitespace") << QByteArray(" \n\t ") << invalid << "The SBOM is empty.";
        QTest::newRow("truncated SPDX") << spdx.left(spdx.size() / 2) << invalid << "ends early";
        QTest::newRow("truncated CycloneDX") << cdx.left(cdx.size() - 3) << invalid << "ends early";
        QTest::newRow("cut in a string")
            << QByteArray(R"({"spdxVersion":"SPDX-2.3","name":"ab)") << invalid << "ends early";
        QTest::newRow("broken in the middle")
            << QByteArray(R"({"spdxVersion":"SPDX-2.3",,"packages":[]})") << invalid << "not valid JSON";
        QTest::newRow("not JSON") << QByteArray("hello, world") << invalid << "not JSON";
        QTest::newRow("JSON array") << QByteArray("[1,2,3]") << invalid << "not an object";
        QTest::newRow("other JSON object")
            << QByteArray(R"({"hello":"world"})") << invalid << "neither an SPDX nor a CycloneDX";
        QTest::newRow("SPDX packages not a list")
            << QByteArray(R"({"spdxVersion":"SPDX-2.3","packages":{"name":"a"}})") << invalid
            << "\"packages\" is not a list";
        QTest::newRow("SPDX package not an object")
            << QByteArray(R"({"spdxVersion":"SPDX-2.3","packages":[{"name":"a"},42]})") << invalid
            << "Package 2 of the SPDX document is not a JSON object";
        QTest::newRow("CycloneDX components not a list")
            << QByteArray(R"({"bomFormat":"CycloneDX","specVersion":"1.5","components":"a"})") << invalid
            << "\"components\" is not a list";
        QTest::newRow("CycloneDX nested component not an object")
            << QByteArray(
                   R"({"bomFormat":"CycloneDX","specVersion":"1.5","components":[{"name":"a","components":[null]}]})")
            << invalid << "not a JSON object";
        QTest::newRow("CycloneDX XML")
            << QByteArray("<?xml version=\"1.0\"?><bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\" "
                          "version=\"1\"/>")
            << unsupported << "CycloneDX SBOM in XML";
        QTest::newRow("SPDX RDF/XML")
            << QByteArray("<rdf:RDF xmlns:spdx=\"http://spdx.org/rdf/terms#\"><spdx:SpdxDocument/></rdf:RDF>")
            << unsupported << "SPDX SBOM in RDF/XML";
        QTest::newRow("other XML") << QByteArray("<html><body>502 Bad Gateway</body></html>") << invalid
                                   << "This is XML";
        QTest::newRow("SPDX tag-value")
            << QByteArray("SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\n")
            << unsupported << "SPDX SBOM in tag-value form";
        QTest::newRow("SPDX tag-value after a comment")
            << QByteArray("## Document Information\n\nSPDXVersion: SPDX-2.2\n") << unsupported << "tag-value";
        QTest::newRow("SPDX 3 JSON-LD")
            << QByteArray("{\"@context\":\"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\",\"@graph\":[]}")
            << unsupported << "SPDX 3";
        QTest::newRow("SPDX 1.2") << QByteArray(R"({"spdxVersion":"SPDX-1.2","packages":[]})") << unsupported
                                  << "SPDX-1.2";
        QTest::newRow("CycloneDX 2.0") << QByteArray(R"({"bomFormat":"CycloneDX","specVersion":"2.0"})")
                                       << unsupported << "CycloneDX 2.0";
        QTest::newRow("CycloneDX 1.1") << QByteArray(R"({"bomFormat":"CycloneDX","specVersion":"1.1"})")
                                       << unsupported << "CycloneDX 1.1";
        QTest::newRow("CycloneDX without version")
            << QByteArray(R"({"bomFormat":"CycloneDX"})") << unsupported << "no version";
        QTest::newRow("other bomFormat")
            << QByteArray(R"({"bomFormat":"Other"})") << unsupported << "not CycloneDX";
        QTest::newRow("in-toto statement")
            << QByteArray(
                   "{\"_type\":\"https://in-toto.io/Statement/v1\",\"predicateType\":\"x\",\"predicate\":{}}")
            << invalid << "in-toto statement";
        QTest::newRow("DSSE envelope")
            << QByteArray(R"({"payloadType":"x","payload":"e30=","signatures":[]})") << invalid
            << "DSSE envelope";
        QTest::newRow("Syft JSON")
            << QByteArray(R"({"artifacts":[],"source":{},"descriptor":{"name":"syft"},"schema":{}})")
            << unsupported << "Syft";
    }
    void badDocumentsGiveAClearMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, message);
        auto document = SbomDocument::parse(bytes);
        QVERIFY(!document);
        QVERIFY2(document.error().message.contains(message), qPrintable(document.error().message));
        QCOMPARE(int(document.error().kind), int(kind));
    }

    // Cut anywhere, a document is an error with a message, never a crash or a half document.
    void everyTruncationIsAnError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("SPDX") << spdxJson(generatedPackages(6));
        QTest::newRow("CycloneDX nested") << cycloneDxJson(generatedPackages(6), QStringLiteral("1.6"), 3);
    }
    void everyTruncationIsAnError()
    {
        QFETCH(QByteArray, json);
        for (qsizetype cut = 0; cut < json.size() - 1; cut += 7) {
            auto document = SbomDocument::parse(json.left(cut));
            QVERIFY2(!document, qPrintable(QStringLiteral("cut at %1 parsed").arg(cut)));
            QVERIFY(!document.error().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSbomDocument)
#include "tst_sbomdocument.moc"
