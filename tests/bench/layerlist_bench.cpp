// Lists big layers and prints time and memory: a layer of TOTAL_MIB (default 1024) MiB of file content
// (gzip, zeros: made in a moment, inflated for real) listed twice, without and with content digests, and a
// layer of ENTRIES (default 1,000,000) empty files listed into a LayerFileTree. Peak RSS is VmHWM from
// /proc/self/status, reset before each step (clear_refs); "growth" is the peak over the RSS before the step.
//
//   cmake --build build --target layerlist_bench && build/tests/layerlist_bench [TOTAL_MIB] [ENTRIES]
//   build/tests/layerlist_bench --file LAYER       a layer of your own, with the default limits
#include "core/inspect/layerfiletree.h"
#include "core/inspect/layerreader.h"
#include "tests/support/testlayers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>
#include <cstdio>

using lading::inspect::LayerFileTree;
using lading::inspect::LayerReadOptions;

namespace {

qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// ENTRIES empty files in folders of 1,000, gzip, streamed to the file.
bool writeManyEntries(const QString& path, int entries)
{
    struct archive* a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_filter_option(a, "gzip", "compression-level", "1");
    archive_write_set_format_ustar(a);
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return false;
    struct archive_entry* entry = archive_entry_new();
    for (int i = 0; i < entries; ++i) {
        archive_entry_clear(entry);
        const QByteArray name = QStringLiteral("usr/share/package-%1/file-%2.txt")
                                    .arg(i / 1000, 4, 10, QLatin1Char('0'))
                                    .arg(i, 7, 10, QLatin1Char('0'))
                                    .toUtf8();
        archive_entry_set_pathname(entry, name.constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, 0);
        archive_entry_set_uname(entry, "root");
        archive_entry_set_gname(entry, "root");
        archive_write_header(a, entry);
    }
    archive_entry_free(entry);
    archive_write_close(a);
    archive_write_free(a);
    return true;
}

void report(const char* what, const QElapsedTimer& timer, qint64 rssBefore)
{
    const qint64 peak = statusKiB("VmHWM:");
    std::printf("%-44s %8.2f s   peak RSS %7.1f MiB   growth %7.1f MiB\n", what,
                double(timer.elapsed()) / 1000.0, double(peak) / 1024.0, double(peak - rssBefore) / 1024.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    // A layer of your own instead: layerlist_bench --file LAYER (listed as is, default limits).
    if (args.size() > 2 && args.at(1) == QLatin1String("--file")) {
        std::printf("layer %s: %lld KiB\n", qPrintable(args.at(2)), QFileInfo(args.at(2)).size() / 1024);
        for (const bool digests : {false, true}) {
            LayerReadOptions options;
            options.computeDigests = digests;
            resetPeak();
            const qint64 before = statusKiB("VmRSS:");
            QElapsedTimer timer;
            timer.start();
            auto tree = LayerFileTree::read(args.at(2), options);
            if (!tree) {
                std::fprintf(stderr, "%s\n", qPrintable(tree.error().message));
                return 1;
            }
            report(digests ? "list with content digests" : "list", timer, before);
            std::printf("  %lld entries, %lld MiB of files\n", qint64(tree->nodeCount() - 1),
                        tree->totalSize(LayerFileTree::RootId) / 1024 / 1024);
        }
        return 0;
    }
    const qint64 totalMiB = args.size() > 1 ? args.at(1).toLongLong() : 1024;
    const int entries = args.size() > 2 ? args.at(2).toInt() : 1000000;
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    // 1. A big layer: 4 MiB files of zeros.
    const QString big = dir.filePath(QStringLiteral("big.tar.gz"));
    const int files = int(std::max<qint64>(totalMiB / 4, 1));
    if (!lading::test::writeZeroLayer(big, 4 * 1024 * 1024, files))
        return 1;
    std::printf("layer of %d MiB in %d files: %lld KiB gzip\n", files * 4, files,
                QFileInfo(big).size() / 1024);
    for (const bool digests : {false, true}) {
        LayerReadOptions options;
        options.computeDigests = digests;
        options.limits.expansionRatio = 1 << 20; // zeros compress 1000:1; this measures time and memory
        resetPeak();
        const qint64 before = statusKiB("VmRSS:");
        QElapsedTimer timer;
        timer.start();
        auto tree = LayerFileTree::read(big, options);
        if (!tree) {
            std::fprintf(stderr, "%s\n", qPrintable(tree.error().message));
            return 1;
        }
        report(digests ? "list with content digests" : "list", timer, before);
    }

    // 2. Many entries into a tree.
    const QString many = dir.filePath(QStringLiteral("many.tar.gz"));
    if (!writeManyEntries(many, entries))
        return 1;
    std::printf("layer of %d entries: %lld KiB gzip\n", entries, QFileInfo(many).size() / 1024);
    resetPeak();
    const qint64 before = statusKiB("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    auto tree = LayerFileTree::read(many);
    if (!tree) {
        std::fprintf(stderr, "%s\n", qPrintable(tree.error().message));
        return 1;
    }
    report("list into a tree", timer, before);
    std::printf("tree: %lld nodes, tables %.1f MiB, RSS now %.1f MiB over before\n",
                qint64(tree->nodeCount()), double(tree->approximateBytes()) / 1024.0 / 1024.0,
                double(statusKiB("VmRSS:") - before) / 1024.0);
    return 0;
}
