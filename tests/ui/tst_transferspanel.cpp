// The Transfers panel and its dock, driven offscreen with jobs that need no network: a job's row shows
// its blobs and total progress; Cancel, Resume and Clear finished act on the selected job and are enabled
// only when they can; the "jobs at once" spin box sets and persists the manager's bound; the dock is
// hidden until a job starts and is toggled from the View menu; a long job ending unseen asks for a notice.
#include "tests/support/testenvironment.h"
#include "tests/support/uiresources.h"
#include "ui/appcontext.h"
#include "ui/transfers/transferjob.h"
#include "ui/transfers/transfermanager.h"
#include "ui/transfers/transfersmodel.h"
#include "ui/views/mainwindow.h"
#include "ui/views/transferspanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>

#include <atomic>

using lading::test::initUiResources;
using lading::test::isolateEnvironment;
using lading::ui::AppContext;
using lading::ui::MainWindow;
using lading::ui::TransferJob;
using lading::ui::TransferManager;
using lading::ui::TransfersModel;
using lading::ui::TransfersPanel;

namespace {

constexpr int kTimeoutMs = 10000;

// Moves two "blobs" of 1000 bytes, 100 bytes at a time, and then waits until released or cancelled.
class FakeJob final : public TransferJob
{
public:
    FakeJob()
        : TransferJob(Kind::Copy, QStringLiteral("fake"))
    {}

    std::atomic<bool> release{false};
    std::atomic<int> runs{0};

protected:
    lading::Status run(lading::store::TransferControl& control) override
    {
        ++runs;
        setTotalBytes(2000);
        control.setBlobSize(QStringLiteral("sha256:aa"), 1000);
        control.setBlobSize(QStringLiteral("sha256:bb"), 1000);
        for (int i = 0; i < 10; ++i) {
            control.addBytes(100, QStringLiteral("sha256:aa"));
            QThread::msleep(5);
        }
        while (!release.load()) {
            if (control.isCancelled())
                return lading::Error::make(lading::Error::Kind::Cancelled, QStringLiteral("cancelled"));
            QThread::msleep(5);
        }
        control.addBytes(1000, QStringLiteral("sha256:bb"));
        setResultLocation(QStringLiteral("somewhere"));
        return {};
    }
};

template <typename T> T* child(const QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestTransfersPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        initUiResources();
        QVERIFY(m_work.isValid());
        isolateEnvironment(m_work, QStringLiteral("tst_transferspanel"));
    }

    void init() { QSettings().clear(); }

    void rowsShowBlobsAndTotalProgress()
    {
        TransferManager manager;
        TransfersPanel panel(manager);
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* job = new FakeJob;
        manager.enqueue(job);
        QTRY_COMPARE_WITH_TIMEOUT(job->doneBytes(), qint64(1000), kTimeoutMs);
        TransfersModel* model = panel.model();
        const QModelIndex row = model->indexOf(job);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(row), 2, kTimeoutMs);
        QCOMPARE(model->index(0, TransfersModel::NameColumn, row).data().toString(),
                 QStringLiteral("sha256:aa"));
        QCOMPARE(
            model->index(0, TransfersModel::ProgressColumn, row).data(TransfersModel::PercentRole).toInt(),
            100);
        QCOMPARE(
            model->index(1, TransfersModel::ProgressColumn, row).data(TransfersModel::PercentRole).toInt(),
            0);
        QCOMPARE(
            model->index(row.row(), TransfersModel::ProgressColumn).data(TransfersModel::PercentRole).toInt(),
            50);
        QCOMPARE(model->index(row.row(), TransfersModel::StateColumn).data().toString(),
                 TransferJob::stateName(TransferJob::State::Running));
        QVERIFY(!model->index(row.row(), TransfersModel::TransferredColumn).data().toString().isEmpty());
        job->release = true;
        QTRY_COMPARE_WITH_TIMEOUT(job->state(), TransferJob::State::Succeeded, kTimeoutMs);
        QCOMPARE(
            model->index(row.row(), TransfersModel::ProgressColumn).data(TransfersModel::PercentRole).toInt(),
            100);
        QCOMPARE(job->resultLocation(), QStringLiteral("somewhere"));
    }

    void cancelResumeAndClearFollowTheSelection()
    {
        TransferManager manager;
        TransfersPanel panel(manager);
        panel.show();
        auto* cancel = child<QPushButton>(&panel, "cancelTransfer");
        auto* resume = child<QPushButton>(&panel, "resumeTransfer");
        auto* clear = child<QPushButton>(&panel, "clearFinishedTransfers");
        QVERIFY(cancel && resume && clear);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(!resume->isEnabled());
        QVERIFY(!clear->isEnabled());

        auto* job = new FakeJob;
        manager.enqueue(job);
        panel.view()->setCurrentIndex(panel.model()->indexOf(job));
        QCOMPARE(panel.currentJob(), job);
        QVERIFY(cancel->isEnabled());
        QVERIFY(!resume->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(job->state(), TransferJob::State::Cancelled, kTimeoutMs);
        QVERIFY(!job->errorMessage().isEmpty());
        QVERIFY(panel.model()
                    ->index(0, TransfersModel::StateColumn)
                    .data()
                    .toString()
                    .contains(job->errorMessage()));
        QTRY_VERIFY(resume->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(clear->isEnabled());

        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(job->state(), TransferJob::State::Running, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(job->runs.load(), 2, kTimeoutMs);
        job->release = true;
        QTRY_COMPARE_WITH_TIMEOUT(job->state(), TransferJob::State::Succeeded, kTimeoutMs);
        QTRY_VERIFY(clear->isEnabled());
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(manager.jobs().isEmpty());
    }

    void queuedJobsWaitForTheBoundAndCancelAtOnce()
    {
        TransferManager manager;
        TransfersPanel panel(manager);
        auto* spin = child<QSpinBox>(&panel, "transferConcurrency");
        QVERIFY(spin);
        QCOMPARE(spin->value(), TransferManager::DefaultConcurrency);
        spin->setValue(1);
        QCOMPARE(manager.concurrency(), 1);
        QCOMPARE(QSettings().value(QStringLiteral("transfers/concurrency")).toInt(), 1);
        auto* first = new FakeJob;
        auto* second = new FakeJob;
        manager.enqueue(first);
        manager.enqueue(second);
        QCOMPARE(first->state(), TransferJob::State::Running);
        QCOMPARE(second->state(), TransferJob::State::Queued);
        manager.cancel(second);
        QCOMPARE(second->state(), TransferJob::State::Cancelled);
        QCOMPARE(second->runs.load(), 0);
        // Raising the bound starts what waits.
        manager.resume(second);
        QCOMPARE(second->state(), TransferJob::State::Queued);
        spin->setValue(2);
        QCOMPARE(second->state(), TransferJob::State::Running);
        first->release = true;
        second->release = true;
        QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && second->isFinished(), kTimeoutMs);
        TransferManager again;
        QCOMPARE(again.concurrency(), 2);
    }

    void longJobsEndingUnseenAreNotified()
    {
        QVERIFY(TransfersPanel::shouldNotify(TransfersPanel::LongJobMs + 1, false));
        QVERIFY(!TransfersPanel::shouldNotify(TransfersPanel::LongJobMs + 1, true));
        QVERIFY(!TransfersPanel::shouldNotify(1000, false));

        // For real: a job running past the threshold ends while the panel's window is not active.
        TransferManager manager;
        TransfersPanel panel(manager);
        QVERIFY(!panel.window()->isActiveWindow());
        QSignalSpy notified(&panel, &TransfersPanel::notified);
        auto* job = new FakeJob;
        manager.enqueue(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->elapsedMs() > TransfersPanel::LongJobMs,
                                 int(TransfersPanel::LongJobMs) + kTimeoutMs);
        job->release = true;
        QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, kTimeoutMs);
        QVERIFY(notified.first().at(1).toString().contains(QLatin1String("fake")));
    }

    void dockAppearsWhenAJobStartsAndToggles()
    {
        AppContext context;
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QDockWidget* dock = window.transfersDock();
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        QAction* toggle = dock->toggleViewAction();
        bool inViewMenu = false;
        for (QAction* menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(toggle))
                inViewMenu = true;
        }
        QVERIFY(inViewMenu);
        auto* job = new FakeJob;
        context.transfers().enqueue(job);
        QTRY_VERIFY(dock->isVisible());
        toggle->trigger();
        QVERIFY(!dock->isVisible());
        toggle->trigger();
        QVERIFY(dock->isVisible());
        QCOMPARE(window.transfersPanel()->model()->rowCount(), 1);
        job->release = true;
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), kTimeoutMs);
    }

private:
    QTemporaryDir m_work;
};

QTEST_MAIN(TestTransfersPanel)
#include "tst_transferspanel.moc"
