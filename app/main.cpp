#include "app/cli/commandline.h"
#include "core/util/translations.h"

#ifndef LADING_HEADLESS
#include "ui/appcontext.h"
#include "ui/util/async.h"
#include "ui/views/mainwindow.h"

#include <QApplication>
#include <QSettings>
#endif

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <memory>

#ifndef LADING_HEADLESS
// lading-ui is a static library: its icons and other resources must be registered by hand, and
// Q_INIT_RESOURCE only works from the global namespace.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}
#endif

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("lading"));
    QCoreApplication::setOrganizationName(QStringLiteral("lading"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LADING_VERSION));
}

#ifndef LADING_HEADLESS
// The window; `lading open LOCATION` opens it at a location (the run script points it at the demo registry).
int runWindow(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString initialLocation = arguments.size() >= 3 ? arguments.at(2) : QString();
    initUiResources();
    describeApplication();
    lading::util::installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Lading"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.lading.Lading"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lading.svg")));
    auto context = std::make_unique<lading::ui::AppContext>();
    auto window = std::make_unique<lading::ui::MainWindow>(*context);
    window->show();
    if (!initialLocation.isEmpty())
        window->navigateTo(initialLocation);
    const int code = QApplication::exec();
    window.reset();
    // Work still running on the pool holds on to the context. Give it a moment; a request stuck on a dead
    // network must not keep the process alive after the window closed, and must not find the context gone.
    lading::ui::workerPool().clear();
    if (!lading::ui::workerPool().waitForDone(3000)) {
        QSettings().sync();
        std::fflush(nullptr);
        std::_Exit(code);
    }
    context.reset();
    return code;
}
#endif

} // namespace

int main(int argc, char* argv[])
{
    // A fixed mmap threshold: glibc's adaptive one lets streamed network buffers pile up in the heap, and
    // memory must stay flat however large the artifacts are.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#ifndef LADING_HEADLESS
    // No arguments: the window. A subcommand: the headless CLI.
    if (argc == 1 || (argc == 3 && std::strcmp(argv[1], "open") == 0))
        return runWindow(argc, argv);
#endif
    QCoreApplication app(argc, argv);
    describeApplication();
    lading::util::installTranslations(app);
    lading::cli::CommandLine commandLine;
    return commandLine.run(app.arguments().mid(1));
}
