#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lading"));
    std::fputs("lading: the command line is not built yet\n", stderr);
    return 2;
}
