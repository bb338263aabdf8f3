#include "app/cli/commandline.h"
#include "core/util/translations.h"

#include <QCoreApplication>

#include <malloc.h>

int main(int argc, char* argv[])
{
    // A fixed mmap threshold: glibc's adaptive one lets streamed network buffers pile up in the heap, and
    // memory must stay flat however large the artifacts are.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lading"));
    QCoreApplication::setOrganizationName(QStringLiteral("lading"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LADING_VERSION));
    // Before any text is built: the command table's help strings are translated once, on first use.
    lading::util::installTranslations(app);
    lading::cli::CommandLine commandLine;
    return commandLine.run(app.arguments().mid(1));
}
