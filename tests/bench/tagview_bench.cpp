// tagview_bench: 100,000 tags from the in-process test registry into the window's tag list (BrowserPanel,
// offscreen), measuring what a person feels: how long until the first tags show, how long until every tag
// is loaded while scrolling to the end, and the longest time the event loop was blocked meanwhile and while
// typing a filter. A 5 ms precise timer runs throughout; the longest gap between two of its ticks, less
// the 5 ms, is the longest block. A benchmark, not a test: it prints numbers and never fails on them.
//
//   build/tests/tagview_bench [TAG_COUNT]        (BENCH_TRACE=1 also prints every gap over 8 ms)
//
// The tag list checks a trust badge for each row it paints (resolve, referrers, signature tags) on the
// worker pool meanwhile; BENCH_NO_BADGES=1 turns that off, to compare.
#include "core/registry/registryclient.h"
#include "tests/support/testregistry.h"
#include "tests/support/uiresources.h"
#include "ui/appcontext.h"
#include "ui/models/listfilterproxy.h"
#include "ui/models/pagedlistmodel.h"
#include "ui/models/repositorymodel.h"
#include "ui/models/tagmodel.h"
#include "ui/views/browserpanel.h"
#include "ui/widgets/statestack.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>

using lading::test::TestRegistry;
using lading::ui::ListFilterProxy;
using lading::ui::PagedListModel;
using lading::ui::StateStack;
using lading::ui::TagModel;

namespace {

constexpr int kTickMs = 5;
constexpr qint64 kAimFirstRowsMs = 300;
constexpr qint64 kAimBlockMs = 50;

qint64 threadCpuMicroseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000 + now.tv_nsec / 1000;
}

// Measures the longest gap between ticks of a precise 5 ms timer: how long the event loop could not run.
// Two cores shared with compilers stretch gaps with time the GUI thread was not even scheduled, so each
// gap also records the GUI thread's CPU time in it: the part this code is responsible for.
class StallMonitor final
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
        m_timer.start();
        m_clock.start();
        reset();
    }
    // Starts a new phase: the longest block is measured from here.
    void reset()
    {
        if (qEnvironmentVariableIsSet("BENCH_TRACE"))
            std::printf("    reset at %lld\n", static_cast<long long>(m_clock.elapsed()));
        m_last = m_clock.elapsed();
        m_lastCpu = threadCpuMicroseconds();
        m_longest = 0;
        m_longestCpu = 0;
        m_busiest = 0;
    }
    // The longest block so far in this phase, in ms (the gap beyond one tick), with the GUI thread's CPU
    // time within it; and the most CPU the GUI thread spent in one gap.
    qint64 longestBlockMs()
    {
        tick(); // a block still going on counts too
        return m_longest;
    }
    qint64 longestBlockCpuMs() const { return m_longestCpu; }
    qint64 busiestGapCpuMs() const { return m_busiest; }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        const qint64 cpu = threadCpuMicroseconds();
        const qint64 gap = now - m_last - kTickMs;
        const qint64 gapCpu = (cpu - m_lastCpu) / 1000;
        if (qEnvironmentVariableIsSet("BENCH_TRACE") && gap > 8)
            std::printf("    gap %lld ms (GUI thread CPU %lld ms) at %lld\n", static_cast<long long>(gap),
                        static_cast<long long>(gapCpu), static_cast<long long>(now));
        if (gap > m_longest) {
            m_longest = gap;
            m_longestCpu = gapCpu;
        }
        m_busiest = qMax(m_busiest, gapCpu);
        m_last = now;
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longest = 0;
    qint64 m_longestCpu = 0;
    qint64 m_busiest = 0;
};

// Runs the event loop until `done` or the timeout; false on timeout.
bool runUntil(const std::function<bool()>& done, int timeoutMs = 120'000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void report(const char* what, qint64 value, qint64 aim = -1)
{
    if (aim < 0)
        std::printf("  %-52s %7lld ms\n", what, static_cast<long long>(value));
    else
        std::printf("  %-52s %7lld ms   (aim < %lld ms: %s)\n", what, static_cast<long long>(value),
                    static_cast<long long>(aim), value < aim ? "met" : "MISSED");
    std::fflush(stdout);
}

void reportCpu(const StallMonitor& stalls)
{
    std::printf("  %-52s %7lld ms   (most GUI-thread CPU in one gap: %lld ms)\n",
                "  of which the GUI thread was running", static_cast<long long>(stalls.longestBlockCpuMs()),
                static_cast<long long>(stalls.busiestGapCpuMs()));
    std::fflush(stdout);
}

struct Scenario
{
    const char* title;
    int pageSize; // n= on tags/list; the whole list at once imitates a registry that ignores n
};

// One run: show the repository's tags, scroll to the end, type a filter, clear it.
bool run(lading::ui::AppContext& context, const TestRegistry& registry, const QString& repository, int total,
         const Scenario& scenario)
{
    lading::ui::BrowserPanel panel(context);
    panel.resize(420, 800);
    panel.show();
    auto* view = panel.findChild<QListView*>(QStringLiteral("tagList"));
    auto* state = panel.findChild<StateStack*>(QStringLiteral("tagState"));
    auto* filter = panel.findChild<QLineEdit*>(QStringLiteral("tagFilter"));
    TagModel* model = panel.tagModel();
    if (qEnvironmentVariableIsSet("BENCH_NO_BADGES"))
        model->setTrustBadges(nullptr);
    ListFilterProxy* proxy = panel.tagFilterProxy();
    if (!view || !state || !filter)
        return false;

    lading::ui::Source source;
    source.kind = lading::ui::Source::Kind::Registry;
    source.key = registry.host();
    panel.setSource(source);
    if (!runUntil([&] { return panel.repositoryModel()->rowCount() > 0; })) {
        std::fprintf(stderr, "tagview_bench: the repository list did not load\n");
        return false;
    }
    std::printf("\n%s\n", scenario.title);

    StallMonitor stalls;
    QElapsedTimer clock;
    stalls.reset();
    clock.start();
    // What clicking the repository does, with the scenario's page size.
    model->showRegistryRepository(context.registries().client(registry.host()), repository,
                                  scenario.pageSize);
    if (!runUntil([&] { return proxy->rowCount() > 0 && state->state() == StateStack::State::Content; })) {
        std::fprintf(stderr, "tagview_bench: no tags arrived: %s\n", qPrintable(model->error().message));
        return false;
    }
    view->viewport()->repaint(); // the rows on screen, painted
    const qint64 firstRows = clock.elapsed();
    report("time to first rows visible", firstRows, kAimFirstRowsMs);

    // Scroll to the end over and over, the way a person holding End would, until nothing more comes.
    int scrolls = 0;
    const bool loaded = runUntil([&] {
        if (model->isComplete())
            return true;
        view->scrollToBottom();
        ++scrolls;
        return false;
    });
    if (!loaded || model->rowCount() != total) {
        std::fprintf(stderr, "tagview_bench: %d of %d tags loaded: %s\n", model->rowCount(), total,
                     qPrintable(model->error().message));
        return false;
    }
    runUntil([&] { return !proxy->isFiltering(); });
    report("time to all 100,000 loaded while scrolling to the end", clock.elapsed());
    report("longest event-loop block while loading", stalls.longestBlockMs(), kAimBlockMs);
    reportCpu(stalls);

    // Typing a filter and deleting it again, a key every 60 ms (a fast typist). A keystroke's result is
    // shown once the filter is applied and the event loop has laid out and painted the view.
    stalls.reset();
    filter->setFocus();
    const QString typed = QStringLiteral("tag-0987");
    qint64 slowestKey = 0;
    int matches = 0;
    for (int i = 0; i < 2 * typed.size(); ++i) {
        QElapsedTimer keyClock;
        keyClock.start();
        if (i < typed.size())
            QTest::keyClick(filter, typed.at(i).toLatin1());
        else
            QTest::keyClick(filter, Qt::Key_Backspace);
        runUntil([&] { return !proxy->isFiltering(); });
        QCoreApplication::processEvents(); // the view's delayed layout and paint
        slowestKey = qMax(slowestKey, keyClock.elapsed());
        if (i == typed.size() - 1)
            matches = proxy->rowCount();
        runUntil([&] { return keyClock.elapsed() >= 60; });
    }
    report("slowest keystroke until the list showed its result", slowestKey);
    report("longest event-loop block while typing a filter", stalls.longestBlockMs(), kAimBlockMs);
    reportCpu(stalls);
    std::printf("  (filter \"%s\" matched %d rows; %d scroll steps; %d hidden signature/referrer tags)\n",
                qPrintable(typed), matches, scrolls, proxy->hiddenGroupedCount());
    return proxy->rowCount() == total - proxy->hiddenGroupedCount();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    lading::test::initUiResources(); // the icons, badges among them, as the window has them
    const int total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100'000;
    if (total <= 0) {
        std::fprintf(stderr, "usage: tagview_bench [TAG_COUNT]\n");
        return 2;
    }

    TestRegistry registry;
    if (!registry.isListening()) {
        std::fprintf(stderr, "tagview_bench: the test registry did not start: %s\n",
                     qPrintable(registry.errorString()));
        return 1;
    }
    const QString repository = QStringLiteral("bench/app");
    QElapsedTimer seeding;
    seeding.start();
    // 1% cosign and referrer tags among them, as a signed repository has.
    const int special = total / 100;
    registry.seedTags(repository, total - special);
    const QByteArray manifest = registry.manifest(repository, QStringLiteral("tag-000000"));
    for (int i = 0; i < special; ++i) {
        const QString hex = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
        registry.putManifest(repository, QStringLiteral("sha256-") + hex + QStringLiteral(".sig"), manifest,
                             QStringLiteral("application/vnd.oci.image.manifest.v1+json"));
    }
    std::printf("tagview_bench: %d tags (%d of them cosign signatures) in %s, seeded in %lld ms\n", total,
                special, qPrintable(registry.host()), static_cast<long long>(seeding.elapsed()));

    lading::ui::AppContext context;
    const Scenario scenarios[] = {
        {"Paged: tags/list?n=500 (registries that page, like the OCI spec asks)", TagModel::kDefaultPageSize},
        {"One page of everything (a registry that ignores n, like distribution)", total},
    };
    bool ok = true;
    for (const Scenario& scenario : scenarios)
        ok = run(context, registry, repository, total, scenario) && ok;
    return ok ? 0 : 1;
}
