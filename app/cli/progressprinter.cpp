#include "app/cli/progressprinter.h"

#include <QCoreApplication>
#include <QDateTime>

#include <chrono>
#include <cstdio>
#include <unistd.h>

namespace lading::cli {

ProgressPrinter::ProgressPrinter(const store::TransferControl& control, const QString& verb, qint64 total)
    : m_control(control)
    , m_verb(verb)
    , m_total(total)
    , m_startMs(QDateTime::currentMSecsSinceEpoch())
{
    if (!isTerminal())
        return;
    m_thread = std::thread([this] {
        while (!m_stop.load()) {
            print(false);
            for (int i = 0; i < 4 && !m_stop.load(); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
}

ProgressPrinter::~ProgressPrinter()
{
    if (!m_thread.joinable())
        return;
    m_stop.store(true);
    m_thread.join();
    print(true);
}

bool ProgressPrinter::isTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

QString ProgressPrinter::formatBytes(double bytes)
{
    const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int unit = 0;
    while (bytes >= 1024 && unit < 4) {
        bytes /= 1024;
        ++unit;
    }
    return QString::number(bytes, 'f', unit == 0 ? 0 : 1) + QLatin1Char(' ') + QLatin1String(units[unit]);
}

void ProgressPrinter::print(bool final)
{
    const qint64 done = m_control.bytes();
    const double seconds = qMax<qint64>(1, QDateTime::currentMSecsSinceEpoch() - m_startMs) / 1000.0;
    QString line = m_verb + QLatin1Char(' ') + formatBytes(double(done));
    if (m_total.load() > 0)
        line += QStringLiteral(" / ") + formatBytes(double(m_total.load()));
    line += QStringLiteral("  ") + formatBytes(done / seconds) + QStringLiteral("/s");
    std::fprintf(stderr, "\r\033[K%s%s", qPrintable(line), final ? "\n" : "");
    std::fflush(stderr);
}

} // namespace lading::cli
