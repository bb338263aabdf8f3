#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace lading::inspect {

// What happened to one thing between the left and the right side of a comparison. Shared by every diff in
// inspect/ (JSON keys, annotations, files, packages) so views and the CLI name changes the same way.
enum class ChangeKind
{
    Added,   // only on the right
    Removed, // only on the left
    Changed, // on both sides, different
};

// How many changes of each kind a section has: the numbers next to a section's title and its filters.
struct DiffCounts
{
    int added = 0;
    int removed = 0;
    int changed = 0;

    int total() const { return added + removed + changed; }
    bool isEmpty() const { return total() == 0; }
    void add(ChangeKind kind);
    friend bool operator==(const DiffCounts&, const DiffCounts&) = default;
};

// A section of a comparison that may be left out, with the reason a person is told ("not an image",
// "not asked for").
struct SectionState
{
    bool compared = false;
    QString reason; // why not compared; empty when compared
};

// One difference between two JSON documents.
//
// Paths are JSON pointers (RFC 6901: "/config/Env/2", "~" written "~0" and "/" written "~1" inside keys).
// `path` points into the left document for Removed and Changed and into the right document for Added.
// `rightPath` points into the right document for Added and Changed (empty for Removed); it differs from
// `path` only below arrays aligned by digest, where a matched entry may sit at another index on the right.
struct JsonChange
{
    ChangeKind kind = ChangeKind::Changed;
    QString path;
    QString rightPath;
    QJsonValue left = QJsonValue::Undefined;  // Undefined for Added
    QJsonValue right = QJsonValue::Undefined; // Undefined for Removed
};

struct JsonDiffResult
{
    QList<JsonChange> changes; // in document order (object keys sorted, array entries in aligned order)
    DiffCounts counts;

    bool isEmpty() const { return changes.isEmpty(); }
};

// One row of two pretty-printed documents shown side by side. A row has a line on one side (Added,
// Removed) or on both (Same, Changed). A Same row may differ in a trailing comma only.
struct JsonDiffLine
{
    enum class Kind
    {
        Same,
        Added,
        Removed,
        Changed
    };
    Kind kind = Kind::Same;
    QString left;      // the left line with its indentation; empty when the left side has no line here
    QString right;     // likewise on the right
    int leftLine = -1; // 0-based line number in the left document, -1 when the row has no left line
    int rightLine = -1;
    // The JSON pointer (as in JsonChange) of the value whose first line is on this row, on each side, so a
    // structural change can be found among the rows. Set for every value the alignment walks into: each
    // changed, added or removed value and all its ancestors, and the unchanged members beside them; the
    // lines inside an unchanged value have none. Empty when no value starts here, and for the root (whose
    // pointer is "" and which starts on the first row).
    // Braced so rows written {kind, left, right, leftLine, rightLine} (tests) need not name them.
    QString leftPath{};
    QString rightPath{};
};

// A structural diff of two JSON documents: manifests, indexes, image configs, Helm chart configs.
//
// Objects are compared key by key; a key on one side only is one Added or Removed change carrying the
// whole value. Arrays are compared index by index (Env, Cmd, history, diff_ids), except arrays whose
// entries are all objects with a string "digest" (layers, an index's manifests): those are aligned by
// digest as a longest common subsequence, so an inserted layer is one Added entry and not a cascade of
// changes, and a matched entry is compared field by field (its annotations, say). A value whose type
// differs between the sides is one Changed change.
//
// Pure functions on values held in memory; documents are small (manifests and configs are capped at
// 4 MiB by the stores), so no streaming is needed here.
class JsonDiff final
{
public:
    static JsonDiffResult compare(const QJsonValue& left, const QJsonValue& right);
    // Parses both documents first; an unparsable side is an InvalidInput error naming that side.
    static Result<JsonDiffResult> compare(const QByteArray& left, const QByteArray& right);

    // Both documents pretty-printed (keys sorted, `indent` spaces a level) and aligned row by row with the
    // same alignment compare() uses, each row tagged for highlighting.
    static QList<JsonDiffLine> alignLines(const QJsonValue& left, const QJsonValue& right, int indent = 2);

    // Aligns two sequences by key as a longest common subsequence: pairs (leftIndex, rightIndex) in a
    // merged order, -1 where a side has no entry. Between two matched pairs, left-only entries come before
    // right-only ones. Equal leading and trailing runs are matched directly, so long shared prefixes (base
    // layers) cost nothing; a very large middle falls back to a greedy in-order match.
    static QList<std::pair<int, int>> alignByKey(const QStringList& left, const QStringList& right);

    // RFC 6901 escaping of one reference token, and a pointer from tokens.
    static QString escapeToken(const QString& token);
    static QString pointer(const QStringList& tokens);
    // The digests an array is aligned by, or nothing when it is not an array of descriptors (an empty
    // array is one of descriptors, so it aligns with a non-empty one). Both sides must have keys for an
    // array to be aligned by digest.
    static std::optional<QStringList> digestKeys(const QJsonArray& array);
};

} // namespace lading::inspect
