#include "app/cli/commandline.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lading"));
    QCoreApplication::setOrganizationName(QStringLiteral("lading"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LADING_VERSION));
    lading::cli::CommandLine commandLine;
    return commandLine.run(app.arguments().mid(1));
}
