// SifReader against a SIF written byte by byte to apptainer/sif's layout (tests/support/testartifacts):
// header and descriptors with exact values, only used descriptors listed; every prefix of the file is a
// clear error (the signature object ends the file, so any cut leaves something pointing past the end);
// malformed headers say why; a SIF artifact loads from a store.
#include "core/inspect/blobspool.h"
#include "core/inspect/sifreader.h"
#include "tests/support/memorystore.h"
#include "tests/support/testartifacts.h"

#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

using lading::inspect::BlobSpool;
using lading::inspect::SifImage;
using lading::inspect::SifReader;
namespace test = lading::test;

class TestSifReader final : public QObject
{
    Q_OBJECT

private slots:
    void readsTheHeader()
    {
        const QByteArray bytes = test::sifImage();
        auto image = SifReader::read(bytes);
        QVERIFY2(image, qPrintable(image.error().message));
        QCOMPARE(image->launchScript, QStringLiteral("#!/usr/bin/env run-singularity\n"));
        QCOMPARE(image->version, QStringLiteral("01"));
        QCOMPARE(image->architectureCode, QStringLiteral("02"));
        QCOMPARE(image->architecture, QStringLiteral("amd64"));
        QCOMPARE(image->uuid, QStringLiteral("b2659d4e-bd50-4ea5-bd17-eec5e54f918e"));
        QCOMPARE(image->created, test::kSifCreated);
        QCOMPARE(image->modified, test::kSifModified);
        QCOMPARE(image->descriptorsFree, 1);
        QCOMPARE(image->descriptorsTotal, 4);
        QCOMPARE(image->descriptorsOffset, 4096);
        QCOMPARE(image->descriptorsSize, 3 * 585);
        QCOMPARE(image->dataOffset, 32768);
        QCOMPARE(image->dataSize, bytes.size() - 32768);
        QCOMPARE(image->fileSize, bytes.size());
    }

    void readsTheUsedDescriptors()
    {
        auto image = SifReader::read(test::sifImage());
        QVERIFY2(image, qPrintable(image.error().message));
        QCOMPARE(image->descriptors.size(), 3); // the fourth is unused

        const auto& deffile = image->descriptors.at(0);
        QCOMPARE(deffile.dataType, 0x4001);
        QCOMPARE(deffile.typeName, QStringLiteral("Definition file"));
        QCOMPARE(deffile.id, 1u);
        QCOMPARE(deffile.groupId, 1u);
        QCOMPARE(deffile.linkedId, 0u);
        QCOMPARE(deffile.offset, 32768);
        QCOMPARE(deffile.size, test::sifDefinitionFile().size());
        QCOMPARE(deffile.created, test::kSifCreated);
        QCOMPARE(deffile.modified, test::kSifModified);
        QVERIFY(deffile.name.isEmpty());
        QVERIFY(deffile.details().isEmpty());

        const auto& partition = image->descriptors.at(1);
        QCOMPARE(partition.dataType, 0x4004);
        QCOMPARE(partition.typeName, QStringLiteral("Partition"));
        QCOMPARE(partition.id, 2u);
        QCOMPARE(partition.name, QStringLiteral("rootfs"));
        QCOMPARE(partition.offset, 32768 + 4096);
        QCOMPARE(partition.size, 8192);
        QCOMPARE(partition.sizeWithPadding, 8192);
        QCOMPARE(partition.fsType, QStringLiteral("Squashfs"));
        QCOMPARE(partition.partitionType, QStringLiteral("Primary system"));
        QCOMPARE(partition.architecture, QStringLiteral("amd64"));
        QCOMPARE(partition.details(), QStringLiteral("Squashfs · Primary system · amd64"));

        const auto& signature = image->descriptors.at(2);
        QCOMPARE(signature.dataType, 0x4005);
        QCOMPARE(signature.typeName, QStringLiteral("Signature"));
        QCOMPARE(signature.id, 3u);
        QCOMPARE(signature.groupId, 0u);
        QCOMPARE(signature.linkedId, 1u);
        QVERIFY(signature.linkedToGroup);
        QCOMPARE(signature.hashType, QStringLiteral("SHA256"));
        QCOMPARE(signature.fingerprint, QString::fromLatin1(test::kSifFingerprintHex));
        QCOMPARE(signature.offset + signature.size, test::sifImage().size());
    }

    // Every cut of the file is refused with a message, never read past its end.
    void everyPrefixIsAClearError()
    {
        const QByteArray bytes = test::sifImage();
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            auto image = SifReader::read(QByteArray::fromRawData(bytes.constData(), n));
            QVERIFY2(!image, qPrintable(QStringLiteral("prefix %1 parsed").arg(n)));
            const QString message = image.error().message;
            QVERIFY2(message.contains(QLatin1String("truncated")) ||
                         message.contains(QLatin1String("not a SIF")),
                     qPrintable(QStringLiteral("prefix %1: %2").arg(n).arg(message)));
        }
    }

    void malformedHeadersSayWhy_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("magic") << 32 << QByteArrayLiteral("NOT_MAGIC") << "not a SIF file";
        QTest::newRow("version") << 42 << QByteArrayLiteral("02") << "version \"02\"";
        QTest::newRow("negative total") << 88 << QByteArray::fromHex("ffffffffffffffff") << "malformed";
        QTest::newRow("huge total") << 88 << QByteArray::fromHex("0000000001000000") << "malformed";
        QTest::newRow("more free than total") << 80 << QByteArray::fromHex("0900000000000000") << "malformed";
        QTest::newRow("table inside the header")
            << 96 << QByteArray::fromHex("4000000000000000") << "inside the header";
        QTest::newRow("table past the end") << 96 << QByteArray::fromHex("00000000ff000000") << "truncated";
        // Descriptor 1 (the partition) claims to be 1 TiB long.
        QTest::newRow("object past the end")
            << 4096 + 585 + 25 << QByteArray::fromHex("0000000000010000") << "past the end";
        QTest::newRow("negative object offset")
            << 4096 + 17 << QByteArray::fromHex("ffffffffffffffff") << "past the end";
    }
    void malformedHeadersSayWhy()
    {
        QFETCH(int, offset);
        QFETCH(QByteArray, value);
        QFETCH(QString, message);
        QByteArray bytes = test::sifImage();
        bytes.replace(offset, value.size(), value);
        auto image = SifReader::read(bytes);
        QVERIFY(!image);
        QVERIFY2(image.error().message.contains(message), qPrintable(image.error().message));
    }

    void unknownTypesAndArchitecturesAreNamedAsSuch()
    {
        QByteArray bytes = test::sifImage();
        bytes.replace(45, 2, QByteArrayLiteral("99"));
        qToLittleEndian<qint32>(0x4042, bytes.data() + 4096); // descriptor 0's type
        auto image = SifReader::read(bytes);
        QVERIFY2(image, qPrintable(image.error().message));
        QCOMPARE(image->architecture, QStringLiteral("unknown"));
        QCOMPARE(image->descriptors.at(0).typeName, QStringLiteral("Unknown (0x4042)"));
    }

    void flippedBytesNeverCrash()
    {
        const QByteArray original = test::sifImage();
        // The header and the whole descriptor table, every byte.
        for (qsizetype i = 0; i < 4096 + 4 * 585; ++i) {
            if (i == 128)
                i = 4096;
            QByteArray bytes = original;
            bytes[i] = char(~bytes.at(i));
            auto image = SifReader::read(bytes);
            if (!image)
                QVERIFY(!image.error().message.isEmpty());
        }
    }

    void loadsASifArtifactFromAStore()
    {
        QTemporaryDir spoolDir;
        QVERIFY(spoolDir.isValid());
        BlobSpool spool(spoolDir.path());
        lading::test::MemoryStore store;
        QVERIFY(test::pushArtifact(store, test::sifArtifact(), QStringLiteral("latest")));
        auto manifest = store.fetchManifest(QStringLiteral("latest"));
        QVERIFY(manifest);
        QVERIFY(SifReader::sifLayer(manifest.value()));
        auto image = SifReader::load(store, manifest.value(), spool);
        QVERIFY2(image, qPrintable(image.error().message));
        QCOMPARE(image->descriptors.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSifReader)
#include "tst_sifreader.moc"
