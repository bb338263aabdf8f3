#include "ui/util/dateformat.h"

#include <QLocale>
#include <QTest>

using lading::ui::DateFormat;

class TestDateFormat final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty: not a timestamp

        QTest::newRow("zulu") << u"2026-11-22T10:02:43Z"_qs << u"2026-11-22T10:02:43Z"_qs;
        QTest::newRow("lowercase") << u"2026-11-22t10:02:43z"_qs << u"2026-11-22T10:02:43Z"_qs;
        QTest::newRow("space separator") << u"2026-11-22 10:02:43Z"_qs << u"2026-11-22T10:02:43Z"_qs;
        QTest::newRow("positive offset") << u"2026-11-22T12:02:43+02:00"_qs << u"2026-11-22T10:02:43Z"_qs;
        QTest::newRow("negative offset") << u"2026-11-22T05:02:43-05:00"_qs << u"2026-11-22T10:02:43Z"_qs;
        QTest::newRow("offset across midnight")
            << u"2026-11-23T01:30:00+05:30"_qs << u"2026-11-22T20:00:00Z"_qs;
        QTest::newRow("milliseconds") << u"2026-11-22T10:02:43.250Z"_qs << u"2026-11-22T10:02:43.250Z"_qs;
        QTest::newRow("nanoseconds (Go)")
            << u"2026-11-22T10:02:43.123456789Z"_qs << u"2026-11-22T10:02:43.123Z"_qs;
        QTest::newRow("fraction and offset")
            << u"2026-11-22T11:02:43.5+01:00"_qs << u"2026-11-22T10:02:43.500Z"_qs;
        QTest::newRow("zero fraction") << u"2026-11-22T10:02:43.000000Z"_qs << u"2026-11-22T10:02:43Z"_qs;
        QTest::newRow("surrounding space") << u"  2026-11-22T10:02:43Z\n"_qs << u"2026-11-22T10:02:43Z"_qs;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("words") << u"last Tuesday"_qs << QString();
        QTest::newRow("date only") << u"2026-11-22"_qs << QString();
        QTest::newRow("no zone") << u"2026-11-22T10:02:43"_qs << QString();
        QTest::newRow("bad month") << u"2026-13-22T10:02:43Z"_qs << QString();
        QTest::newRow("bad hour") << u"2026-11-22T25:02:43Z"_qs << QString();
        QTest::newRow("unix seconds") << u"1795428163"_qs << QString();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const QDateTime time = DateFormat::parse(text);
        QCOMPARE(time.isValid(), !utc.isEmpty());
        QCOMPARE(DateFormat::utc(time), utc);
        if (utc.isEmpty()) {
            // Shown as written, so a person still sees what the artifact says.
            QCOMPARE(DateFormat::text(text), text.trimmed());
            QCOMPARE(DateFormat::utc(text), text.trimmed());
        } else {
            QCOMPARE(DateFormat::text(text), QLocale().toString(time.toLocalTime(), QLocale::ShortFormat));
            QCOMPARE(DateFormat::utc(text), utc);
        }
    }

    void localeShortFormatInLocalTime()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QDateTime time = QDateTime(QDate(2026, 11, 22), QTime(10, 2, 43), Qt::UTC);
        const QString local = time.toLocalTime().toString(u"dd.MM.yy HH:mm"_qs);
        QCOMPARE(DateFormat::text(time), local);
        QCOMPARE(DateFormat::text(u"2026-11-22T10:02:43Z"_qs), local);
        // The same instant written with another offset reads the same.
        QCOMPARE(DateFormat::text(u"2026-11-22T11:02:43+01:00"_qs), local);
        QLocale::setDefault(previous);
    }

    void invalidTime()
    {
        QVERIFY(DateFormat::text(QDateTime()).isEmpty());
        QVERIFY(DateFormat::utc(QDateTime()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDateFormat)
#include "tst_dateformat.moc"
