// FilesArtifactSummary over an ORAS-style files artifact made at test time: titles, sizes and media types;
// text known by media type, by extension, or by sniffing small files; inline text capped at 1 MiB with the
// rest left out; binary files refused for inline viewing.
#include "core/inspect/blobspool.h"
#include "core/inspect/filesartifactsummary.h"
#include "tests/support/memorystore.h"
#include "tests/support/testartifacts.h"

#include <QTemporaryDir>
#include <QTest>

using lading::inspect::ArtifactFile;
using lading::inspect::BlobSpool;
using lading::inspect::FilesArtifactSummary;
namespace test = lading::test;

class TestFilesArtifactSummary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(test::pushArtifact(m_store, test::filesArtifact(true), QStringLiteral("v1")));
        auto manifest = m_store.fetchManifest(QStringLiteral("v1"));
        QVERIFY(manifest);
        m_manifest = manifest.value();
    }

    void summarizesFromTheManifestAlone()
    {
        const auto files = FilesArtifactSummary::summarize(m_manifest);
        QCOMPARE(files.files.size(), 5);
        QCOMPARE(files.files.at(0).title, QStringLiteral("notes.txt"));
        QCOMPARE(files.files.at(0).size, test::filesNotesText().size());
        QCOMPARE(files.files.at(0).text, ArtifactFile::Text::Yes); // by extension
        QCOMPARE(files.files.at(1).title, QStringLiteral("settings.yaml"));
        QCOMPARE(files.files.at(1).mediaType, QStringLiteral("application/yaml"));
        QCOMPARE(files.files.at(1).text, ArtifactFile::Text::Yes); // by media type
        QCOMPARE(files.files.at(2).title, QStringLiteral("data.bin"));
        QCOMPARE(files.files.at(2).text, ArtifactFile::Text::Unknown);
        QCOMPARE(files.files.at(3).title, QStringLiteral("plain"));
        QCOMPARE(files.files.at(3).text, ArtifactFile::Text::Unknown);
        QCOMPARE(files.files.at(4).title, QStringLiteral("big.log"));
        qint64 total = 0;
        for (const auto& file : files.files)
            total += file.size;
        QCOMPARE(files.totalSize, total);
    }

    void sniffsSmallFilesOfUnknownKind()
    {
        auto files = FilesArtifactSummary::load(m_store, m_manifest);
        QVERIFY2(files, qPrintable(files.error().message));
        QCOMPARE(files->files.at(2).text, ArtifactFile::Text::No);
        QVERIFY(!files->files.at(2).canViewInline());
        QCOMPARE(files->files.at(3).text, ArtifactFile::Text::Yes);
        QVERIFY(files->files.at(3).canViewInline());
    }

    void textByMediaType_data()
    {
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<int>("text");
        QTest::newRow("text/plain") << "text/plain; charset=utf-8" << int(ArtifactFile::Text::Yes);
        QTest::newRow("json") << "application/json" << int(ArtifactFile::Text::Yes);
        QTest::newRow("spdx json") << "application/spdx+json" << int(ArtifactFile::Text::Yes);
        QTest::newRow("image/png") << "image/png" << int(ArtifactFile::Text::No);
        QTest::newRow("wasm") << "application/wasm" << int(ArtifactFile::Text::No);
        QTest::newRow("tar+gzip") << "application/vnd.oci.image.layer.v1.tar+gzip"
                                  << int(ArtifactFile::Text::No);
        QTest::newRow("oras default")
            << "application/vnd.oci.image.layer.v1.tar" << int(ArtifactFile::Text::Unknown);
        QTest::newRow("octet-stream") << "application/octet-stream" << int(ArtifactFile::Text::Unknown);
    }
    void textByMediaType()
    {
        QFETCH(QString, mediaType);
        QFETCH(int, text);
        QCOMPARE(int(FilesArtifactSummary::textByMediaType(mediaType)), text);
    }

    void sniffing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("text");
        QTest::newRow("ascii") << QByteArrayLiteral("hello\n") << true;
        QTest::newRow("utf-8") << QByteArray("gr\xc3\xbc\xc3\x9f"
                                             "e")
                               << true;
        QTest::newRow("utf-8 cut at the end") << QByteArray("gr\xc3") << true;
        QTest::newRow("nul") << QByteArray("a\0b", 3) << false;
        QTest::newRow("latin-1") << QByteArray("gr\xfc\xdf"
                                               "e")
                                 << false;
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
        QTest::newRow("empty") << QByteArray() << true;
    }
    void sniffing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, text);
        QCOMPARE(FilesArtifactSummary::looksLikeText(bytes), text);
    }

    void loadsTextInline()
    {
        BlobSpool spool(m_dir.filePath(QStringLiteral("spool")));
        auto text = FilesArtifactSummary::loadText(m_store, m_manifest.layers().at(0), spool);
        QVERIFY2(text, qPrintable(text.error().message));
        QCOMPARE(text->name, QStringLiteral("notes.txt"));
        QCOMPARE(text->text, QString::fromUtf8(test::filesNotesText()));
        QVERIFY(!text->truncated);
    }

    void bigTextIsCutAtOneMebibyte()
    {
        BlobSpool spool(m_dir.filePath(QStringLiteral("spool")));
        auto text = FilesArtifactSummary::loadText(m_store, m_manifest.layers().at(4), spool);
        QVERIFY2(text, qPrintable(text.error().message));
        QVERIFY(text->truncated);
        QCOMPARE(text->size, test::filesBigLog().size());
        QCOMPARE(text->text.size(), FilesArtifactSummary::kMaxInlineText);
        QVERIFY(text->text.startsWith(QLatin1String("line 0 of the big log")));
    }

    void binaryIsNotShownInline()
    {
        BlobSpool spool(m_dir.filePath(QStringLiteral("spool")));
        auto text = FilesArtifactSummary::loadText(m_store, m_manifest.layers().at(2), spool);
        QVERIFY(!text);
        QVERIFY2(text.error().message.contains(QLatin1String("data.bin is not text")),
                 qPrintable(text.error().message));
    }

private:
    QTemporaryDir m_dir;
    test::MemoryStore m_store;
    lading::oci::Manifest m_manifest;
};

QTEST_GUILESS_MAIN(TestFilesArtifactSummary)
#include "tst_filesartifactsummary.moc"
