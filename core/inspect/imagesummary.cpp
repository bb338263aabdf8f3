#include "core/inspect/imagesummary.h"

namespace lading::inspect {

QString ImageSummary::commandOf(const QString& createdBy)
{
    QString command = createdBy.trimmed();
    if (command.endsWith(QLatin1String("# buildkit")))
        command = command.chopped(qsizetype(qstrlen("# buildkit"))).trimmed();
    const QLatin1StringView shell("/bin/sh -c ");
    const QLatin1StringView nop("#(nop)");
    if (command.startsWith(shell)) {
        command = command.mid(shell.size()).trimmed();
        if (command.startsWith(nop))
            return command.mid(nop.size()).trimmed();
        return QStringLiteral("RUN ") + command;
    }
    return command;
}

QList<ImageHistoryRow> ImageSummary::historyRows(const oci::ImageConfig& config,
                                                 const QList<oci::Descriptor>& layers)
{
    QList<ImageHistoryRow> rows;
    const auto attach = [&](ImageHistoryRow& row, int index) {
        row.layerIndex = index;
        if (index >= 0 && index < layers.size())
            row.layer = layers.at(index);
        if (index >= 0 && index < config.diffIds.size())
            row.diffId = config.diffIds.at(index);
    };
    if (config.history.isEmpty()) {
        for (int i = 0; i < layers.size(); ++i) {
            ImageHistoryRow row;
            attach(row, i);
            rows.append(row);
        }
        return rows;
    }
    const QList<int> indexes = config.historyLayerIndexes(int(layers.size()));
    for (int i = 0; i < config.history.size(); ++i) {
        const oci::HistoryEntry& step = config.history.at(i);
        ImageHistoryRow row;
        row.created = step.created;
        row.createdBy = step.createdBy;
        row.command = commandOf(step.createdBy);
        row.comment = step.comment;
        row.author = step.author;
        row.emptyLayer = step.emptyLayer;
        attach(row, indexes.at(i));
        rows.append(row);
    }
    return rows;
}

} // namespace lading::inspect
