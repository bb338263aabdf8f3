// WasmModuleReader against WebAssembly binaries written byte by byte to the core and component-model binary
// formats (tests/support/testartifacts): sections, imports and exports with exact values; every prefix of a
// module either is a valid module with fewer sections or a clear "truncated" error; flipped bytes and
// malformed encodings never crash; a WASM artifact loads from a store with its config's fields.
#include "core/inspect/blobspool.h"
#include "core/inspect/wasmmodulereader.h"
#include "core/oci/manifest.h"
#include "tests/support/memorystore.h"
#include "tests/support/testartifacts.h"

#include <QTemporaryDir>
#include <QTest>

using lading::inspect::BlobSpool;
using lading::inspect::WasmModule;
using lading::inspect::WasmModuleReader;
namespace test = lading::test;

namespace {

QStringList sectionNames(const WasmModule& module)
{
    QStringList names;
    for (const auto& s : module.sections)
        names.append(s.customName.isEmpty() ? s.name : s.name + QLatin1Char(':') + s.customName);
    return names;
}

} // namespace

class TestWasmModuleReader final : public QObject
{
    Q_OBJECT

private slots:
    void coreModuleListsSectionsImportsAndExports()
    {
        const QByteArray bytes = test::wasmCoreModule();
        auto module = WasmModuleReader::read(bytes);
        QVERIFY2(module, qPrintable(module.error().message));
        QVERIFY(!module->component);
        QCOMPARE(module->version, 1u);
        QCOMPARE(module->layer, quint16(0));
        QCOMPARE(module->fileSize, bytes.size());
        QCOMPARE(sectionNames(*module),
                 (QStringList{QStringLiteral("type"), QStringLiteral("import"), QStringLiteral("function"),
                              QStringLiteral("memory"), QStringLiteral("export"), QStringLiteral("code"),
                              QStringLiteral("custom:name")}));
        QCOMPARE(module->sections.at(0).itemCount, 2);  // two function types
        QCOMPARE(module->sections.at(1).itemCount, 1);  // one import
        QCOMPARE(module->sections.at(4).itemCount, 2);  // two exports
        QCOMPARE(module->sections.at(6).itemCount, -1); // custom sections are not vectors
        QCOMPARE(module->sections.at(1).offset, 8 + 10 + 2);
        QCOMPARE(module->sections.at(1).size, 11);
        QCOMPARE(module->customSectionCount(), 1);

        QCOMPARE(module->imports.size(), 1);
        QCOMPARE(module->imports.at(0).module, QStringLiteral("env"));
        QCOMPARE(module->imports.at(0).name, QStringLiteral("log"));
        QCOMPARE(module->imports.at(0).kind, QStringLiteral("func"));
        QCOMPARE(module->exports.size(), 2);
        QCOMPARE(module->exports.at(0).name, QStringLiteral("run"));
        QCOMPARE(module->exports.at(0).kind, QStringLiteral("func"));
        QCOMPARE(module->exports.at(1).name, QStringLiteral("memory"));
        QCOMPARE(module->exports.at(1).kind, QStringLiteral("memory"));
        QVERIFY(module->detailsDecoded);
        QVERIFY(module->notes.isEmpty());
    }

    void componentListsItsImportsAndExports()
    {
        auto module = WasmModuleReader::read(test::wasmComponent());
        QVERIFY2(module, qPrintable(module.error().message));
        QVERIFY(module->component);
        QCOMPARE(module->version, 0x0du);
        QCOMPARE(module->layer, quint16(1));
        QCOMPARE(sectionNames(*module), (QStringList{QStringLiteral("core module"), QStringLiteral("type"),
                                                     QStringLiteral("import"), QStringLiteral("export")}));
        QCOMPARE(module->sections.at(0).size, 8); // the nested module's preamble
        QCOMPARE(module->imports.size(), 1);
        QCOMPARE(module->imports.at(0).name, QStringLiteral("wasi:cli/stdout@0.2.0"));
        QCOMPARE(module->imports.at(0).kind, QStringLiteral("instance"));
        QVERIFY(module->imports.at(0).module.isEmpty());
        QCOMPARE(module->exports.size(), 1);
        QCOMPARE(module->exports.at(0).name, QStringLiteral("greeter"));
        QCOMPARE(module->exports.at(0).kind, QStringLiteral("instance"));
        QVERIFY(module->detailsDecoded);
    }

    // Cut at a section boundary, the rest is a valid module with fewer sections; cut anywhere else, the
    // reader says the binary is truncated. Never a crash, never a read past the end.
    void everyPrefixIsAModuleOrATruncationError()
    {
        const QByteArray bytes = test::wasmCoreModule();
        const QList<qint64> starts = test::wasmCoreModuleSectionStarts();
        QCOMPARE(starts.constLast(), bytes.size());
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            auto module = WasmModuleReader::read(QByteArray::fromRawData(bytes.constData(), n));
            const qsizetype sectionsBefore = starts.indexOf(n);
            if (sectionsBefore >= 0) {
                QVERIFY2(module,
                         qPrintable(QStringLiteral("prefix %1: %2").arg(n).arg(module.error().message)));
                QCOMPARE(module->sections.size(), sectionsBefore);
            } else {
                QVERIFY2(!module, qPrintable(QStringLiteral("prefix %1 parsed").arg(n)));
                QVERIFY(!module.error().message.isEmpty());
                if (n >= 8)
                    QVERIFY2(module.error().message.contains(QLatin1String("truncated")),
                             qPrintable(module.error().message));
            }
        }
        const QByteArray component = test::wasmComponent();
        for (qsizetype n = 0; n < component.size(); ++n) {
            auto module = WasmModuleReader::read(QByteArray::fromRawData(component.constData(), n));
            if (module) // a boundary: fewer sections, all read
                QVERIFY(module->sections.size() < 4);
        }
    }

    // Any single byte changed: an error or a module, never a crash.
    void flippedBytesNeverCrash()
    {
        for (const QByteArray& original : {test::wasmCoreModule(), test::wasmComponent()}) {
            for (qsizetype i = 0; i < original.size(); ++i) {
                for (const char value : {char(0x00), char(0x7f), char(0x80), char(0xff)}) {
                    QByteArray bytes = original;
                    bytes[i] = value;
                    auto module = WasmModuleReader::read(bytes);
                    if (!module)
                        QVERIFY(!module.error().message.isEmpty());
                }
            }
        }
    }

    void malformedBinariesSayWhy_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "not a WebAssembly binary";
        QTest::newRow("not wasm") << QByteArrayLiteral("#!/bin/sh\necho hi\n") << "not a WebAssembly binary";
        QTest::newRow("preamble cut") << QByteArray::fromHex("0061736d0100") << "preamble";
        QTest::newRow("unknown version") << QByteArray::fromHex("0061736d02000000") << "version 2";
        QTest::newRow("section size past the end") << QByteArray::fromHex("0061736d01000000"
                                                                          "0106"
                                                                          "0160000000")
                                                   << "truncated";
        QTest::newRow("section size LEB too long") << QByteArray::fromHex("0061736d01000000"
                                                                          "01ffffffff7f")
                                                   << "LEB128";
        QTest::newRow("custom name longer than section") << QByteArray::fromHex("0061736d01000000"
                                                                                "0003"
                                                                                "096e61")
                                                         << "longer than the section";
        QTest::newRow("custom name not UTF-8") << QByteArray::fromHex("0061736d01000000"
                                                                      "0003"
                                                                      "02c328")
                                               << "UTF-8";
        QTest::newRow("vector without count") << QByteArray::fromHex("0061736d01000000"
                                                                     "0101"
                                                                     "80")
                                              << "count";
    }
    void malformedBinariesSayWhy()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto module = WasmModuleReader::read(bytes);
        QVERIFY(!module);
        QVERIFY2(module.error().message.contains(message), qPrintable(module.error().message));
    }

    // An import section this reader cannot decode leaves the section list and says so.
    void undecodableImportsKeepTheSectionList()
    {
        QByteArray bytes = QByteArray::fromHex("0061736d01000000");
        bytes += QByteArray::fromHex("0206"
                                     "01"
                                     "0165"
                                     "0166"
                                     "09"); // import kind 0x09 does not exist
        bytes += QByteArray::fromHex("0a01"
                                     "00"); // an empty code section
        auto module = WasmModuleReader::read(bytes);
        QVERIFY2(module, qPrintable(module.error().message));
        QCOMPARE(module->sections.size(), 2);
        QVERIFY(!module->detailsDecoded);
        QCOMPARE(module->notes.size(), 1);
        QVERIFY2(module->notes.constFirst().contains(QLatin1String("0x09")),
                 qPrintable(module->notes.constFirst()));
    }

    void loadsAWasmArtifactFromAStore()
    {
        QTemporaryDir spoolDir;
        QVERIFY(spoolDir.isValid());
        BlobSpool spool(spoolDir.path());
        test::MemoryStore store;
        const test::TestArtifact artifact = test::wasmComponentArtifact();
        auto pushed = test::pushArtifact(store, artifact, QStringLiteral("1.0"));
        QVERIFY2(pushed, qPrintable(pushed.error().message));
        auto manifest = store.fetchManifest(QStringLiteral("1.0"));
        QVERIFY(manifest);
        auto contents = WasmModuleReader::load(store, manifest.value(), spool);
        QVERIFY2(contents, qPrintable(contents.error().message));
        QVERIFY(contents->module.component);
        QCOMPARE(contents->layerTitle, QStringLiteral("module.wasm"));
        QCOMPARE(contents->module.exports.size(), 1);
        QStringList values;
        for (const auto& field : contents->configFields)
            values.append(field.value);
        QVERIFY2(values.contains(QStringLiteral("wasip2")) &&
                     values.contains(QStringLiteral("wasi:cli/command@0.2.0")),
                 qPrintable(values.join(QLatin1Char('|'))));
    }

    void manifestWithoutAWasmLayerIsAnError()
    {
        QTemporaryDir spoolDir;
        BlobSpool spool(spoolDir.path());
        test::MemoryStore store;
        QVERIFY(test::pushArtifact(store, test::sifArtifact(), QStringLiteral("x")));
        auto manifest = store.fetchManifest(QStringLiteral("x"));
        QVERIFY(manifest);
        auto contents = WasmModuleReader::load(store, manifest.value(), spool);
        QVERIFY(!contents);
        QVERIFY(contents.error().message.contains(QLatin1String("WebAssembly layer")));
    }
};

QTEST_GUILESS_MAIN(TestWasmModuleReader)
#include "tst_wasmmodulereader.moc"
