// FileSliceDevice: a window of a file as an upload body. It must read exactly its window, be seekable so a
// request can be replayed after a redirect or a retry, and count progress once however often it is read.
#include "core/registry/fileslicedevice.h"
#include "core/store/transfercontrol.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using lading::registry::FileSliceDevice;
using lading::store::TransferControl;

class TestFileSliceDevice final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_bytes;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bytes.resize(100000);
        for (int i = 0; i < m_bytes.size(); ++i)
            m_bytes[i] = char((i * 31) ^ (i >> 8));
        m_path = m_dir.filePath(QStringLiteral("blob"));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(m_bytes), qint64(m_bytes.size()));
    }

    void readsExactlyItsWindow_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("length");
        QTest::newRow("whole file") << qint64(0) << qint64(100000);
        QTest::newRow("first chunk") << qint64(0) << qint64(30000);
        QTest::newRow("middle chunk") << qint64(30000) << qint64(30000);
        QTest::newRow("last, short chunk") << qint64(90000) << qint64(10000);
        QTest::newRow("one byte") << qint64(99999) << qint64(1);
        QTest::newRow("empty window") << qint64(50000) << qint64(0);
    }
    void readsExactlyItsWindow()
    {
        QFETCH(qint64, offset);
        QFETCH(qint64, length);
        FileSliceDevice device(m_path, offset, length);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QCOMPARE(device.size(), length);
        QVERIFY(!device.isSequential());
        QByteArray read;
        char buffer[4096];
        for (;;) {
            const qint64 n = device.read(buffer, sizeof buffer);
            if (n <= 0)
                break;
            read.append(buffer, n);
        }
        QCOMPARE(read, m_bytes.mid(offset, length));
        QVERIFY(device.atEnd());
    }

    void refusesAWindowPastTheEndOfTheFile()
    {
        FileSliceDevice past(m_path, 90000, 10001);
        QVERIFY(!past.open(QIODevice::ReadOnly));
        FileSliceDevice missing(m_dir.filePath(QStringLiteral("nope")), 0, 1);
        QVERIFY(!missing.open(QIODevice::ReadOnly));
        FileSliceDevice writable(m_path, 0, 10);
        QVERIFY(!writable.open(QIODevice::ReadWrite));
    }

    void replaysAfterSeekAndCountsProgressOnce()
    {
        TransferControl control;
        FileSliceDevice device(m_path, 1000, 50000, &control);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const QByteArray first = device.read(20000);
        QCOMPARE(control.bytes(), qint64(20000));
        // A redirect or retry rewinds and sends everything again: progress must not count twice.
        QVERIFY(device.seek(0));
        const QByteArray all = device.readAll();
        QCOMPARE(all, m_bytes.mid(1000, 50000));
        QCOMPARE(first, m_bytes.mid(1000, 20000));
        QCOMPARE(control.bytes(), qint64(50000));
        QVERIFY(device.seek(25000));
        QCOMPARE(device.read(10), m_bytes.mid(26000, 10));
        QVERIFY(!device.seek(50001));
        QVERIFY(!device.seek(-1));
        QCOMPARE(control.bytes(), qint64(50000));
    }
};

QTEST_GUILESS_MAIN(TestFileSliceDevice)
#include "tst_fileslicedevice.moc"
