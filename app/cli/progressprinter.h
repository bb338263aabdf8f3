#pragma once

#include "core/store/transfercontrol.h"

#include <QString>

#include <atomic>
#include <thread>

namespace lading::cli {

// Shows "verb 120.0 MiB / 512.0 MiB  230 MiB/s" on stderr, refreshed from its own thread, when stderr is a
// terminal. The command's own thread stays free to block on the transfer.
class ProgressPrinter final
{
public:
    ProgressPrinter(const store::TransferControl& control, const QString& verb, qint64 total);
    ~ProgressPrinter();
    Q_DISABLE_COPY_MOVE(ProgressPrinter)

    void setTotal(qint64 total) { m_total.store(total); }
    static bool isTerminal();
    static QString formatBytes(double bytes);

private:
    void print(bool final);

    const store::TransferControl& m_control;
    QString m_verb;
    std::atomic<qint64> m_total;
    std::atomic<bool> m_stop{false};
    qint64 m_startMs;
    std::thread m_thread;
};

} // namespace lading::cli
