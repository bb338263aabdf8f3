#include "app/cli/commandline.h"
#include "core/util/translations.h"

#ifndef LADING_HEADLESS
#include "ui/appcontext.h"
#include "ui/views/mainwindow.h"

#include <QApplication>
#endif

#include <QCoreApplication>

#include <malloc.h>

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
int runWindow(int argc, char* argv[])
{
    QApplication app(argc, argv);
    initUiResources();
    describeApplication();
    lading::util::installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Lading"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.lading.Lading"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lading.svg")));
    lading::ui::AppContext context;
    lading::ui::MainWindow window(context);
    window.show();
    return QApplication::exec();
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
    if (argc == 1)
        return runWindow(argc, argv);
#endif
    QCoreApplication app(argc, argv);
    describeApplication();
    lading::util::installTranslations(app);
    lading::cli::CommandLine commandLine;
    return commandLine.run(app.arguments().mid(1));
}
