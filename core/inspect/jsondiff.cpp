#include "core/inspect/jsondiff.h"

#include "core/util/translations.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <vector>

LADING_TR_CONTEXT(JsonDiff);

namespace lading::inspect {

namespace {

// Above this many cells the LCS table would cost more memory than a diff view is worth (4 MiB of ints);
// such arrays (thousands of descriptors on both sides, all different) get the greedy match instead.
constexpr qint64 kMaxLcsCells = 1'000'000;

QString child(const QString& pointer, const QString& token)
{
    return pointer + QLatin1Char('/') + JsonDiff::escapeToken(token);
}

QString child(const QString& pointer, int index)
{
    return pointer + QLatin1Char('/') + QString::number(index);
}

// Index pairs of two arrays: by digest when both hold descriptors, else by position.
QList<std::pair<int, int>> arrayPairs(const QJsonArray& left, const QJsonArray& right)
{
    const auto leftKeys = JsonDiff::digestKeys(left);
    const auto rightKeys = JsonDiff::digestKeys(right);
    if (leftKeys && rightKeys && !(left.isEmpty() && right.isEmpty()))
        return JsonDiff::alignByKey(*leftKeys, *rightKeys);
    QList<std::pair<int, int>> pairs;
    const qsizetype count = std::max(left.size(), right.size());
    pairs.reserve(count);
    for (int i = 0; i < count; ++i)
        pairs.append({i < left.size() ? i : -1, i < right.size() ? i : -1});
    return pairs;
}

// The sorted union of two objects' keys (QJsonObject keeps its keys sorted).
QStringList unionOfKeys(const QJsonObject& left, const QJsonObject& right)
{
    const QStringList a = left.keys();
    const QStringList b = right.keys();
    QStringList keys;
    keys.reserve(a.size() + b.size());
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(keys));
    return keys;
}

class Comparer final
{
public:
    JsonDiffResult result;

    void diff(const QJsonValue& left, const QJsonValue& right, const QString& leftPath,
              const QString& rightPath)
    {
        if (left == right)
            return;
        if (left.isObject() && right.isObject()) {
            const QJsonObject l = left.toObject();
            const QJsonObject r = right.toObject();
            for (const QString& key : unionOfKeys(l, r)) {
                const auto li = l.constFind(key);
                const auto ri = r.constFind(key);
                if (ri == r.constEnd())
                    add(ChangeKind::Removed, child(leftPath, key), {}, *li, QJsonValue::Undefined);
                else if (li == l.constEnd())
                    add(ChangeKind::Added, child(rightPath, key), child(rightPath, key),
                        QJsonValue::Undefined, *ri);
                else
                    diff(*li, *ri, child(leftPath, key), child(rightPath, key));
            }
            return;
        }
        if (left.isArray() && right.isArray()) {
            const QJsonArray l = left.toArray();
            const QJsonArray r = right.toArray();
            for (const auto& [i, j] : arrayPairs(l, r)) {
                if (j < 0)
                    add(ChangeKind::Removed, child(leftPath, i), {}, l.at(i), QJsonValue::Undefined);
                else if (i < 0)
                    add(ChangeKind::Added, child(rightPath, j), child(rightPath, j), QJsonValue::Undefined,
                        r.at(j));
                else
                    diff(l.at(i), r.at(j), child(leftPath, i), child(rightPath, j));
            }
            return;
        }
        add(ChangeKind::Changed, leftPath, rightPath, left, right);
    }

private:
    void add(ChangeKind kind, const QString& path, const QString& rightPath, const QJsonValue& left,
             const QJsonValue& right)
    {
        result.changes.append(JsonChange{kind, path, rightPath, left, right});
        result.counts.add(kind);
    }
};

// A scalar as JSON text: strings quoted and escaped, numbers the way QJsonDocument writes them.
QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default: {
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    }
}

class LineAligner final
{
public:
    explicit LineAligner(int indent)
        : m_indent(std::max(0, indent))
    {}

    QList<JsonDiffLine> rows;

    // `leftPath` and `rightPath` are the pointers of the two values, the same ones Comparer uses.
    void align(const QJsonValue& left, const QJsonValue& right, int depth, const QString& prefix,
               bool leftComma, bool rightComma, const QString& leftPath, const QString& rightPath)
    {
        const qsizetype first = rows.size();
        alignValue(left, right, depth, prefix, leftComma, rightComma, leftPath, rightPath);
        if (first < rows.size()) {
            rows[first].leftPath = leftPath;
            rows[first].rightPath = rightPath;
        }
    }

private:
    void alignValue(const QJsonValue& left, const QJsonValue& right, int depth, const QString& prefix,
                    bool leftComma, bool rightComma, const QString& leftPath, const QString& rightPath)
    {
        if (left == right) {
            QStringList l;
            QStringList r;
            render(left, depth, prefix, leftComma, l);
            render(right, depth, prefix, rightComma, r);
            block(JsonDiffLine::Kind::Same, l, r);
            return;
        }
        const QString pad = padding(depth);
        if (left.isObject() && right.isObject()) {
            const QJsonObject l = left.toObject();
            const QJsonObject r = right.toObject();
            both(JsonDiffLine::Kind::Same, pad + prefix + QLatin1Char('{'), pad + prefix + QLatin1Char('{'));
            const QString lastLeft = l.isEmpty() ? QString() : l.keys().constLast();
            const QString lastRight = r.isEmpty() ? QString() : r.keys().constLast();
            for (const QString& key : unionOfKeys(l, r)) {
                const QString keyPrefix = scalarText(QJsonValue(key)) + QStringLiteral(": ");
                const auto li = l.constFind(key);
                const auto ri = r.constFind(key);
                if (ri == r.constEnd())
                    oneSide(JsonDiffLine::Kind::Removed, *li, depth + 1, keyPrefix, key != lastLeft,
                            child(leftPath, key));
                else if (li == l.constEnd())
                    oneSide(JsonDiffLine::Kind::Added, *ri, depth + 1, keyPrefix, key != lastRight,
                            child(rightPath, key));
                else
                    align(*li, *ri, depth + 1, keyPrefix, key != lastLeft, key != lastRight,
                          child(leftPath, key), child(rightPath, key));
            }
            both(JsonDiffLine::Kind::Same, pad + closing(QLatin1Char('}'), leftComma),
                 pad + closing(QLatin1Char('}'), rightComma));
            return;
        }
        if (left.isArray() && right.isArray()) {
            const QJsonArray l = left.toArray();
            const QJsonArray r = right.toArray();
            both(JsonDiffLine::Kind::Same, pad + prefix + QLatin1Char('['), pad + prefix + QLatin1Char('['));
            for (const auto& [i, j] : arrayPairs(l, r)) {
                const bool leftMore = i >= 0 && i + 1 < l.size();
                const bool rightMore = j >= 0 && j + 1 < r.size();
                if (j < 0)
                    oneSide(JsonDiffLine::Kind::Removed, l.at(i), depth + 1, {}, leftMore,
                            child(leftPath, i));
                else if (i < 0)
                    oneSide(JsonDiffLine::Kind::Added, r.at(j), depth + 1, {}, rightMore,
                            child(rightPath, j));
                else
                    align(l.at(i), r.at(j), depth + 1, {}, leftMore, rightMore, child(leftPath, i),
                          child(rightPath, j));
            }
            both(JsonDiffLine::Kind::Same, pad + closing(QLatin1Char(']'), leftComma),
                 pad + closing(QLatin1Char(']'), rightComma));
            return;
        }
        // Different scalars, or different types: the two renderings side by side.
        QStringList l;
        QStringList r;
        render(left, depth, prefix, leftComma, l);
        render(right, depth, prefix, rightComma, r);
        block(JsonDiffLine::Kind::Changed, l, r);
    }

    QString padding(int depth) const { return QString(depth * m_indent, QLatin1Char(' ')); }
    static QString closing(QChar bracket, bool comma)
    {
        return comma ? QString(bracket) + QLatin1Char(',') : QString(bracket);
    }

    void render(const QJsonValue& value, int depth, const QString& prefix, bool comma, QStringList& out) const
    {
        const QString pad = padding(depth);
        const QString suffix = comma ? QStringLiteral(",") : QString();
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (object.isEmpty()) {
                out.append(pad + prefix + QStringLiteral("{}") + suffix);
                return;
            }
            out.append(pad + prefix + QLatin1Char('{'));
            qsizetype n = 0;
            for (auto it = object.constBegin(); it != object.constEnd(); ++it, ++n)
                render(it.value(), depth + 1, scalarText(QJsonValue(it.key())) + QStringLiteral(": "),
                       n + 1 < object.size(), out);
            out.append(pad + QLatin1Char('}') + suffix);
            return;
        }
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            if (array.isEmpty()) {
                out.append(pad + prefix + QStringLiteral("[]") + suffix);
                return;
            }
            out.append(pad + prefix + QLatin1Char('['));
            for (qsizetype i = 0; i < array.size(); ++i)
                render(array.at(i), depth + 1, {}, i + 1 < array.size(), out);
            out.append(pad + QLatin1Char(']') + suffix);
            return;
        }
        out.append(pad + prefix + scalarText(value) + suffix);
    }

    // `path` points into the side that has the value.
    void oneSide(JsonDiffLine::Kind kind, const QJsonValue& value, int depth, const QString& prefix,
                 bool comma, const QString& path)
    {
        QStringList lines;
        render(value, depth, prefix, comma, lines);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            JsonDiffLine row;
            row.kind = kind;
            if (kind == JsonDiffLine::Kind::Removed) {
                row.left = lines.at(i);
                row.leftLine = m_leftLine++;
                if (i == 0)
                    row.leftPath = path;
            } else {
                row.right = lines.at(i);
                row.rightLine = m_rightLine++;
                if (i == 0)
                    row.rightPath = path;
            }
            rows.append(row);
        }
    }

    void both(JsonDiffLine::Kind kind, const QString& left, const QString& right)
    {
        JsonDiffLine row;
        row.kind = kind;
        row.left = left;
        row.right = right;
        row.leftLine = m_leftLine++;
        row.rightLine = m_rightLine++;
        rows.append(row);
    }

    // Two renderings paired row by row; the longer one's extra rows have no line on the other side.
    void block(JsonDiffLine::Kind kind, const QStringList& left, const QStringList& right)
    {
        const qsizetype count = std::max(left.size(), right.size());
        for (qsizetype i = 0; i < count; ++i) {
            JsonDiffLine row;
            row.kind = kind;
            if (i < left.size()) {
                row.left = left.at(i);
                row.leftLine = m_leftLine++;
            }
            if (i < right.size()) {
                row.right = right.at(i);
                row.rightLine = m_rightLine++;
            }
            rows.append(row);
        }
    }

    int m_indent;
    int m_leftLine = 0;
    int m_rightLine = 0;
};

} // namespace

void DiffCounts::add(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        ++added;
        break;
    case ChangeKind::Removed:
        ++removed;
        break;
    case ChangeKind::Changed:
        ++changed;
        break;
    }
}

JsonDiffResult JsonDiff::compare(const QJsonValue& left, const QJsonValue& right)
{
    Comparer comparer;
    comparer.diff(left, right, QString(), QString());
    return std::move(comparer.result);
}

Result<JsonDiffResult> JsonDiff::compare(const QByteArray& left, const QByteArray& right)
{
    QJsonParseError error;
    const QJsonDocument l = QJsonDocument::fromJson(left, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::make(
            Error::Kind::InvalidInput,
            tr("The left document is not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    const QJsonDocument r = QJsonDocument::fromJson(right, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::make(
            Error::Kind::InvalidInput,
            tr("The right document is not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    const auto value = [](const QJsonDocument& d) {
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    };
    return compare(value(l), value(r));
}

QList<JsonDiffLine> JsonDiff::alignLines(const QJsonValue& left, const QJsonValue& right, int indent)
{
    LineAligner aligner(indent);
    aligner.align(left, right, 0, QString(), false, false, QString(), QString());
    return std::move(aligner.rows);
}

QList<std::pair<int, int>> JsonDiff::alignByKey(const QStringList& left, const QStringList& right)
{
    const int n = int(left.size());
    const int m = int(right.size());
    int prefix = 0;
    while (prefix < n && prefix < m && left.at(prefix) == right.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && left.at(n - 1 - suffix) == right.at(m - 1 - suffix))
        ++suffix;

    // Matched pairs, increasing on both sides.
    QList<std::pair<int, int>> matches;
    for (int i = 0; i < prefix; ++i)
        matches.append({i, i});
    const int ln = n - prefix - suffix;
    const int rn = m - prefix - suffix;
    if (ln > 0 && rn > 0) {
        if (qint64(ln + 1) * qint64(rn + 1) <= kMaxLcsCells) {
            // lcs[i][j]: the longest common subsequence of left[prefix+i…] and right[prefix+j…].
            std::vector<int> lcs(size_t(ln + 1) * size_t(rn + 1), 0);
            const auto at = [&](int i, int j) -> int& { return lcs[size_t(i) * size_t(rn + 1) + size_t(j)]; };
            for (int i = ln - 1; i >= 0; --i)
                for (int j = rn - 1; j >= 0; --j)
                    at(i, j) = left.at(prefix + i) == right.at(prefix + j)
                                   ? at(i + 1, j + 1) + 1
                                   : std::max(at(i + 1, j), at(i, j + 1));
            int i = 0;
            int j = 0;
            while (i < ln && j < rn) {
                if (left.at(prefix + i) == right.at(prefix + j)) {
                    matches.append({prefix + i, prefix + j});
                    ++i;
                    ++j;
                } else if (at(i + 1, j) >= at(i, j + 1)) {
                    ++i;
                } else {
                    ++j;
                }
            }
        } else {
            // Greedy: each left entry takes the next unused right entry with its key after the last match.
            QHash<QString, QList<int>> positions;
            for (int j = prefix; j < prefix + rn; ++j)
                positions[right.at(j)].append(j);
            int lastRight = prefix - 1;
            for (int i = prefix; i < prefix + ln; ++i) {
                auto it = positions.find(left.at(i));
                if (it == positions.end())
                    continue;
                const auto next = std::upper_bound(it->begin(), it->end(), lastRight);
                if (next == it->end())
                    continue;
                lastRight = *next;
                matches.append({i, lastRight});
            }
        }
    }
    for (int k = suffix; k > 0; --k)
        matches.append({n - k, m - k});

    QList<std::pair<int, int>> merged;
    merged.reserve(std::max(n, m));
    int i = 0;
    int j = 0;
    const auto flushTo = [&](int leftEnd, int rightEnd) {
        for (; i < leftEnd; ++i)
            merged.append({i, -1});
        for (; j < rightEnd; ++j)
            merged.append({-1, j});
    };
    for (const auto& [li, rj] : std::as_const(matches)) {
        flushTo(li, rj);
        merged.append({li, rj});
        i = li + 1;
        j = rj + 1;
    }
    flushTo(n, m);
    return merged;
}

QString JsonDiff::escapeToken(const QString& token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QStringLiteral("~0"));
    escaped.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return escaped;
}

QString JsonDiff::pointer(const QStringList& tokens)
{
    QString path;
    for (const QString& token : tokens)
        path = child(path, token);
    return path;
}

std::optional<QStringList> JsonDiff::digestKeys(const QJsonArray& array)
{
    QStringList keys;
    keys.reserve(array.size());
    for (const QJsonValue& entry : array) {
        const QJsonValue digest = entry.toObject().value(QLatin1String("digest"));
        if (!entry.isObject() || !digest.isString())
            return std::nullopt;
        keys.append(digest.toString());
    }
    return keys;
}

} // namespace lading::inspect
