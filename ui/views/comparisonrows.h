#pragma once

#include "core/inspect/artifactdiff.h"
#include "ui/models/difftablemodel.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace lading::ui {

// The rows of the compare view's tables, made from the sections of an ArtifactComparison: what each
// column says for people, in the comparison's own order. Pure functions of values: the view calls them
// on a worker thread, so a section of 50,000 rows never holds up the window.
class ComparisonRows final
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonRows)

public:
    using Row = DiffTableModel::Row;

    ComparisonRows() = delete;

    static QStringList jsonChangeHeaders(); // Path, Change, Left, Right
    static QList<Row> jsonChanges(const inspect::JsonDiffResult& result);
    static QStringList annotationHeaders(); // Key, Change, Left, Right
    static QList<Row> annotations(const QList<inspect::AnnotationChange>& changes);
    static QStringList layerHeaders(); // Status, Left position, Right position, Size, Media type, Digest
    static QList<Row> layers(const QList<inspect::LayerPair>& layers);
    static QStringList packageHeaders(); // Name, Type, Left version, Right version, Change
    static QList<Row> packages(const QList<inspect::PackageChange>& changes);
    static QStringList referrerHeaders(); // Status, Kind, Artifact type, Left, Right
    static QList<Row> referrers(const inspect::ReferrersDiff& referrers);
    static QStringList platformHeaders(); // Platform, Status, Left, Right
    static QList<Row> platforms(const QList<inspect::PlatformPair>& platforms);

    // "Added", "Removed", "Changed"; "Only left", "Only right", "On both sides".
    static QString changeLabel(inspect::ChangeKind kind);
    static QString presenceLabel(inspect::Presence presence);
    // A JSON value on one line, cut at `max` characters.
    static QString compactJson(const QJsonValue& value, qsizetype max = 200);
    // "Left: Unsigned (no signature). Right: Verified (1 signature report)." for the referrers tab.
    static QString verificationNote(const inspect::ReferrersDiff& referrers);
};

} // namespace lading::ui
