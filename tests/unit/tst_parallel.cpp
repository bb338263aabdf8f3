// runParallel: every task once, never more than `concurrency` at a time, no new task after the first
// failure, and a cancellation reported as such.
#include "core/transfer/parallel.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <mutex>
#include <set>

using lading::Error;
using lading::Status;
using lading::store::TransferControl;
using lading::transfer::runParallel;

class TestParallel final : public QObject
{
    Q_OBJECT

private slots:
    void runsEveryTaskOnceWithinTheBound_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("concurrency");
        QTest::newRow("nothing") << 0 << 4;
        QTest::newRow("serial") << 10 << 1;
        QTest::newRow("fewer tasks than workers") << 3 << 8;
        QTest::newRow("four workers") << 40 << 4;
        QTest::newRow("zero concurrency means one") << 5 << 0;
    }
    void runsEveryTaskOnceWithinTheBound()
    {
        QFETCH(int, count);
        QFETCH(int, concurrency);
        std::mutex mutex;
        std::multiset<int> ran;
        std::atomic<int> inFlight{0};
        std::atomic<int> maximum{0};
        const Status status = runParallel(count, concurrency, [&](int i) -> Status {
            const int now = ++inFlight;
            int seen = maximum.load();
            while (now > seen && !maximum.compare_exchange_weak(seen, now)) {
            }
            QThread::msleep(5);
            {
                std::lock_guard lock(mutex);
                ran.insert(i);
            }
            --inFlight;
            return {};
        });
        QVERIFY(status.ok());
        QCOMPARE(int(ran.size()), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(int(ran.count(i)), 1);
        QVERIFY2(maximum.load() <= qMax(1, concurrency), qPrintable(QString::number(maximum.load())));
        if (count >= 4 && concurrency >= 4)
            QVERIFY2(maximum.load() > 1, "never ran in parallel");
    }

    void firstFailureStopsNewTasks()
    {
        std::atomic<int> started{0};
        const Status status = runParallel(100, 1, [&](int i) -> Status {
            ++started;
            if (i == 3)
                return Error::make(Error::Kind::Integrity, QStringLiteral("task 3 broke"));
            return {};
        });
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Integrity);
        QCOMPARE(status.error().message, QStringLiteral("task 3 broke"));
        QCOMPARE(started.load(), 4);

        started = 0;
        const Status parallel = runParallel(100, 4, [&](int i) -> Status {
            ++started;
            QThread::msleep(2);
            return i == 0 ? Error::make(Error::Kind::Io, QStringLiteral("disk full")) : Status();
        });
        QVERIFY(!parallel.ok());
        QCOMPARE(parallel.error().kind, Error::Kind::Io);
        QVERIFY2(started.load() < 20, qPrintable(QString::number(started.load())));
    }

    void cancellationIsReportedAndWins()
    {
        TransferControl control;
        std::atomic<int> started{0};
        const Status status = runParallel(
            50, 2,
            [&](int i) -> Status {
                ++started;
                if (i == 1)
                    control.cancel();
                if (i == 2)
                    return Error::make(Error::Kind::Network, QStringLiteral("later failure"));
                QThread::msleep(2);
                return {};
            },
            &control);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().kind == Error::Kind::Cancelled || status.error().kind == Error::Kind::Network,
                 qPrintable(status.error().message));
        QVERIFY(started.load() < 50);

        TransferControl already;
        already.cancel();
        std::atomic<int> none{0};
        const Status cancelled = runParallel(
            5, 2,
            [&](int) -> Status {
                ++none;
                return {};
            },
            &already);
        QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
        QCOMPARE(none.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestParallel)
#include "tst_parallel.moc"
