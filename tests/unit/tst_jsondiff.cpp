// JsonDiff: exact change paths (RFC 6901 escaping, arrays by index, descriptor arrays aligned by digest),
// the sequence alignment it rests on, and the side-by-side line alignment the compare view renders.
#include "core/inspect/jsondiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using lading::inspect::ChangeKind;
using lading::inspect::DiffCounts;
using lading::inspect::JsonChange;
using lading::inspect::JsonDiff;
using lading::inspect::JsonDiffLine;

namespace {

QString mark(ChangeKind kind)
{
    return kind == ChangeKind::Added     ? QStringLiteral("+")
           : kind == ChangeKind::Removed ? QStringLiteral("-")
                                         : QStringLiteral("~");
}

// "+ /path", "- /path", "~ /path" (and " → /rightPath" when the right pointer differs).
QStringList describe(const QList<JsonChange>& changes)
{
    QStringList out;
    for (const JsonChange& c : changes) {
        QString line = mark(c.kind) + QLatin1Char(' ') + c.path;
        if (c.kind == ChangeKind::Changed && c.rightPath != c.path)
            line += QStringLiteral(" → ") + c.rightPath;
        out.append(line);
    }
    return out;
}

QJsonValue parse(const QByteArray& json)
{
    const QJsonDocument d = QJsonDocument::fromJson(json);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

QByteArray layer(const char* digest, const char* extra = "")
{
    return QByteArray("{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"") +
           digest + "\",\"size\":10" + extra + "}";
}

QByteArray layers(const QList<QByteArray>& entries)
{
    QByteArray joined;
    for (const QByteArray& e : entries)
        joined += (joined.isEmpty() ? "" : ",") + e;
    return "{\"layers\":[" + joined + "]}";
}

// The lines of one side of an alignment, in order: they must be the document again.
QJsonValue reassemble(const QList<JsonDiffLine>& rows, bool left)
{
    QStringList lines;
    int expected = 0;
    for (const JsonDiffLine& row : rows) {
        const int number = left ? row.leftLine : row.rightLine;
        if (number < 0)
            continue;
        if (number != expected++)
            return QJsonValue::Undefined;
        lines.append(left ? row.left : row.right);
    }
    return parse(lines.join(QLatin1Char('\n')).toUtf8());
}

} // namespace

class TestJsonDiff final : public QObject
{
    Q_OBJECT

private slots:
    void reportsExactPaths_data()
    {
        QTest::addColumn<QByteArray>("left");
        QTest::addColumn<QByteArray>("right");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("identical") << QByteArray(R"({"a":1,"b":[1,2],"c":{"d":null}})")
                                   << QByteArray(R"({"c":{"d":null},"b":[1,2],"a":1})") << QStringList();
        QTest::newRow("scalar changed")
            << QByteArray(R"({"a":1})") << QByteArray(R"({"a":2})") << QStringList{QStringLiteral("~ /a")};
        QTest::newRow("key added and removed")
            << QByteArray(R"({"a":1,"gone":true})") << QByteArray(R"({"a":1,"new":{"x":1}})")
            << QStringList{QStringLiteral("- /gone"), QStringLiteral("+ /new")};
        QTest::newRow("nested labels") << QByteArray(R"({"config":{"Labels":{"a":"1","b":"2"}}})")
                                       << QByteArray(R"({"config":{"Labels":{"a":"1","b":"3"}}})")
                                       << QStringList{QStringLiteral("~ /config/Labels/b")};
        QTest::newRow("env by index") << QByteArray(R"({"config":{"Env":["A=1","B=2","C=3"]}})")
                                      << QByteArray(R"({"config":{"Env":["A=1","B=2","C=4"]}})")
                                      << QStringList{QStringLiteral("~ /config/Env/2")};
        QTest::newRow("env appended")
            << QByteArray(R"({"Env":["A=1"]})") << QByteArray(R"({"Env":["A=1","B=2"]})")
            << QStringList{QStringLiteral("+ /Env/1")};
        QTest::newRow("env shortened")
            << QByteArray(R"({"Env":["A=1","B=2","C=3"]})") << QByteArray(R"({"Env":["A=1"]})")
            << QStringList{QStringLiteral("- /Env/1"), QStringLiteral("- /Env/2")};
        QTest::newRow("env inserted at the front, by index")
            << QByteArray(R"({"Env":["B=2","C=3"]})") << QByteArray(R"({"Env":["A=1","B=2","C=3"]})")
            << QStringList{QStringLiteral("~ /Env/0"), QStringLiteral("~ /Env/1"),
                           QStringLiteral("+ /Env/2")};
        QTest::newRow("keys escaped per RFC 6901")
            << QByteArray(R"({"annotations":{"in-toto.io/predicate-type":"a","m~n":"1","~/":"x"}})")
            << QByteArray(R"({"annotations":{"in-toto.io/predicate-type":"b","m~n":"2","~/":"y"}})")
            << QStringList{QStringLiteral("~ /annotations/in-toto.io~1predicate-type"),
                           QStringLiteral("~ /annotations/m~0n"), QStringLiteral("~ /annotations/~0~1")};
        QTest::newRow("type changed")
            << QByteArray(R"({"a":{"x":1},"b":[1],"c":"s"})") << QByteArray(R"({"a":"x","b":{"0":1},"c":1})")
            << QStringList{QStringLiteral("~ /a"), QStringLiteral("~ /b"), QStringLiteral("~ /c")};
        QTest::newRow("null against a value")
            << QByteArray(R"({"Volumes":null})") << QByteArray(R"({"Volumes":{"/data":{}}})")
            << QStringList{QStringLiteral("~ /Volumes")};
        QTest::newRow("empty key") << QByteArray(R"({"":1})") << QByteArray(R"({"":2})")
                                   << QStringList{QStringLiteral("~ /")};
        QTest::newRow("root arrays") << QByteArray(R"([1,{"a":1}])") << QByteArray(R"([1,{"a":2},3])")
                                     << QStringList{QStringLiteral("~ /1/a"), QStringLiteral("+ /2")};

        const QByteArray a = layer("sha256:aa");
        const QByteArray b = layer("sha256:bb");
        const QByteArray c = layer("sha256:cc");
        const QByteArray x = layer("sha256:xx");
        QTest::newRow("layer inserted in the middle")
            << layers({a, b}) << layers({a, x, b}) << QStringList{QStringLiteral("+ /layers/1")};
        QTest::newRow("layer removed from the middle")
            << layers({a, b, c}) << layers({a, c}) << QStringList{QStringLiteral("- /layers/1")};
        QTest::newRow("layer replaced")
            << layers({a, b}) << layers({a, x})
            << QStringList{QStringLiteral("- /layers/1"), QStringLiteral("+ /layers/1")};
        QTest::newRow("matched layer with other annotations, shifted")
            << layers({a, layer("sha256:bb", R"(,"annotations":{"t":"1"})")})
            << layers({x, a, layer("sha256:bb", R"(,"annotations":{"t":"2"})")})
            << QStringList{QStringLiteral("+ /layers/0"),
                           QStringLiteral("~ /layers/1/annotations/t → /layers/2/annotations/t")};
        QTest::newRow("layers swapped")
            << layers({a, b}) << layers({b, a})
            << QStringList{QStringLiteral("- /layers/0"), QStringLiteral("+ /layers/1")};
        QTest::newRow("all layers new")
            << layers({}) << layers({a, b})
            << QStringList{QStringLiteral("+ /layers/0"), QStringLiteral("+ /layers/1")};
        QTest::newRow("entries without a digest: by index")
            << QByteArray(R"({"layers":[{"digest":"sha256:aa"},{"size":1}]})")
            << QByteArray(R"({"layers":[{"digest":"sha256:bb"},{"size":1}]})")
            << QStringList{QStringLiteral("~ /layers/0/digest")};
        QTest::newRow("index manifests by digest")
            << QByteArray(
                   R"({"manifests":[{"digest":"sha256:m1","platform":{"os":"linux","architecture":"amd64"}},{"digest":"sha256:m2"}]})")
            << QByteArray(
                   R"({"manifests":[{"digest":"sha256:m2"},{"digest":"sha256:m3","platform":{"os":"linux","architecture":"arm64"}}]})")
            << QStringList{QStringLiteral("- /manifests/0"), QStringLiteral("+ /manifests/1")};
    }

    void reportsExactPaths()
    {
        QFETCH(QByteArray, left);
        QFETCH(QByteArray, right);
        QFETCH(QStringList, expected);
        auto result = JsonDiff::compare(left, right);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(describe(result->changes), expected);

        DiffCounts counts;
        for (const JsonChange& c : result->changes)
            counts.add(c.kind);
        QCOMPARE(result->counts, counts);
        QCOMPARE(result->isEmpty(), expected.isEmpty());

        // Whatever the alignment, each side of the rendering is that side's document, line by line.
        const QList<JsonDiffLine> rows = JsonDiff::alignLines(parse(left), parse(right));
        QCOMPARE(reassemble(rows, true), parse(left));
        QCOMPARE(reassemble(rows, false), parse(right));
        const bool anyDifferentRow = std::any_of(rows.begin(), rows.end(), [](const JsonDiffLine& r) {
            return r.kind != JsonDiffLine::Kind::Same;
        });
        QCOMPARE(anyDifferentRow, !expected.isEmpty());

        // Each change starts on a highlighted row tagged with its pointer(s) (the root is the first row).
        for (const JsonChange& c : result->changes) {
            const auto row = std::find_if(rows.begin(), rows.end(), [&c](const JsonDiffLine& r) {
                if (c.kind == ChangeKind::Added)
                    return r.rightPath == c.rightPath;
                return r.leftPath == c.path && (c.kind == ChangeKind::Removed || r.rightPath == c.rightPath);
            });
            QVERIFY2(row != rows.end() || c.path.isEmpty(), qPrintable(c.path));
            if (row != rows.end())
                QVERIFY2(row->kind != JsonDiffLine::Kind::Same, qPrintable(c.path));
        }
    }

    void carriesBothValues()
    {
        auto result = JsonDiff::compare(QByteArray(R"({"config":{"Env":["A=1"],"User":"root"},"x":[1]})"),
                                        QByteArray(R"({"config":{"Env":["A=2"]},"y":{"z":true}})"));
        QVERIFY(result.ok());
        const QList<JsonChange>& c = result->changes;
        QCOMPARE(c.size(), 4);
        QCOMPARE(c[0].path, QStringLiteral("/config/Env/0"));
        QCOMPARE(c[0].rightPath, QStringLiteral("/config/Env/0"));
        QCOMPARE(c[0].left, QJsonValue(QStringLiteral("A=1")));
        QCOMPARE(c[0].right, QJsonValue(QStringLiteral("A=2")));
        QCOMPARE(c[1].kind, ChangeKind::Removed);
        QCOMPARE(c[1].path, QStringLiteral("/config/User"));
        QCOMPARE(c[1].left, QJsonValue(QStringLiteral("root")));
        QVERIFY(c[1].right.isUndefined());
        QVERIFY(c[1].rightPath.isEmpty());
        QCOMPARE(c[2].kind, ChangeKind::Removed);
        QCOMPARE(c[2].path, QStringLiteral("/x"));
        QCOMPARE(c[2].left, QJsonValue(QJsonArray{1}));
        QCOMPARE(c[3].kind, ChangeKind::Added);
        QCOMPARE(c[3].path, QStringLiteral("/y"));
        QCOMPARE(c[3].rightPath, QStringLiteral("/y"));
        QVERIFY(c[3].left.isUndefined());
        QCOMPARE(c[3].right, QJsonValue(QJsonObject{{QStringLiteral("z"), true}}));
        QCOMPARE(result->counts, (DiffCounts{1, 2, 1}));
    }

    void refusesDocumentsThatAreNotJson()
    {
        auto left = JsonDiff::compare(QByteArray("{nope"), QByteArray("{}"));
        QVERIFY(!left.ok());
        QCOMPARE(left.error().kind, lading::Error::Kind::InvalidInput);
        QVERIFY2(left.error().message.contains(QLatin1String("left")), qPrintable(left.error().message));
        auto right = JsonDiff::compare(QByteArray("{}"), QByteArray("[1,"));
        QVERIFY(!right.ok());
        QVERIFY2(right.error().message.contains(QLatin1String("right")), qPrintable(right.error().message));
    }

    void pointersFromTokens()
    {
        QCOMPARE(JsonDiff::pointer({}), QString());
        QCOMPARE(JsonDiff::pointer({QStringLiteral("a/b"), QStringLiteral("~1"), QStringLiteral("0")}),
                 QStringLiteral("/a~1b/~01/0"));
        QCOMPARE(JsonDiff::escapeToken(QStringLiteral("~/")), QStringLiteral("~0~1"));
    }

    void alignsSequencesByKey_data()
    {
        QTest::addColumn<QStringList>("left");
        QTest::addColumn<QStringList>("right");
        QTest::addColumn<QString>("expected"); // "i:j" pairs, '-' for none

        const auto keys = [](const char* text) {
            return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("equal") << keys("a b c") << keys("a b c") << QStringLiteral("0:0 1:1 2:2");
        QTest::newRow("both empty") << keys("") << keys("") << QString();
        QTest::newRow("left empty") << keys("") << keys("a b") << QStringLiteral("-:0 -:1");
        QTest::newRow("right empty") << keys("a b") << keys("") << QStringLiteral("0:- 1:-");
        QTest::newRow("insert") << keys("a c") << keys("a b c") << QStringLiteral("0:0 -:1 1:2");
        QTest::newRow("delete") << keys("a b c") << keys("a c") << QStringLiteral("0:0 1:- 2:1");
        QTest::newRow("replace: left-only first")
            << keys("a b d") << keys("a c d") << QStringLiteral("0:0 1:- -:1 2:2");
        QTest::newRow("shared prefix and suffix, new middle")
            << keys("a b x y e f") << keys("a b z e f") << QStringLiteral("0:0 1:1 2:- 3:- -:2 4:3 5:4");
        QTest::newRow("duplicates in order")
            << keys("a a b") << keys("a b a") << QStringLiteral("0:0 1:- 2:1 -:2");
        QTest::newRow("swap") << keys("a b") << keys("b a") << QStringLiteral("0:- 1:0 -:1");
    }

    void alignsSequencesByKey()
    {
        QFETCH(QStringList, left);
        QFETCH(QStringList, right);
        QFETCH(QString, expected);
        QStringList pairs;
        for (const auto& [i, j] : JsonDiff::alignByKey(left, right))
            pairs.append((i < 0 ? QStringLiteral("-") : QString::number(i)) + QLatin1Char(':') +
                         (j < 0 ? QStringLiteral("-") : QString::number(j)));
        QCOMPARE(pairs.join(QLatin1Char(' ')), expected);
    }

    void alignsLargeSequencesGreedilyInOrder()
    {
        // 2,000 × 2,000 different middles: past the LCS table's budget, the greedy match still keeps
        // every entry once and in order on both sides.
        QStringList left;
        QStringList right;
        for (int i = 0; i < 2000; ++i) {
            left.append(QStringLiteral("l%1").arg(i));
            right.append(QStringLiteral("r%1").arg(i));
        }
        left[1000] = QStringLiteral("shared");
        right[500] = QStringLiteral("shared");
        const auto pairs = JsonDiff::alignByKey(left, right);
        QCOMPARE(pairs.size(), qsizetype(3999));
        int lastLeft = -1;
        int lastRight = -1;
        int matched = 0;
        for (const auto& [i, j] : pairs) {
            if (i >= 0) {
                QCOMPARE(i, lastLeft + 1);
                lastLeft = i;
            }
            if (j >= 0) {
                QCOMPARE(j, lastRight + 1);
                lastRight = j;
            }
            if (i >= 0 && j >= 0) {
                ++matched;
                QCOMPARE(left[i], right[j]);
            }
        }
        QCOMPARE(matched, 1);
    }

    void alignsLinesSideBySide()
    {
        const auto rows = JsonDiff::alignLines(parse(R"({"a":1,"b":[1,2],"d":{"e":"x"}})"),
                                               parse(R"({"a":2,"b":[1,2,3],"c":true,"d":{"e":"x"}})"));
        using K = JsonDiffLine::Kind;
        const QList<JsonDiffLine> expected = {
            {K::Same, QStringLiteral("{"), QStringLiteral("{"), 0, 0},
            {K::Changed, QStringLiteral("  \"a\": 1,"), QStringLiteral("  \"a\": 2,"), 1, 1},
            {K::Same, QStringLiteral("  \"b\": ["), QStringLiteral("  \"b\": ["), 2, 2},
            {K::Same, QStringLiteral("    1,"), QStringLiteral("    1,"), 3, 3},
            {K::Same, QStringLiteral("    2"), QStringLiteral("    2,"), 4, 4},
            {K::Added, QString(), QStringLiteral("    3"), -1, 5},
            {K::Same, QStringLiteral("  ],"), QStringLiteral("  ],"), 5, 6},
            {K::Added, QString(), QStringLiteral("  \"c\": true,"), -1, 7},
            {K::Same, QStringLiteral("  \"d\": {"), QStringLiteral("  \"d\": {"), 6, 8},
            {K::Same, QStringLiteral("    \"e\": \"x\""), QStringLiteral("    \"e\": \"x\""), 7, 9},
            {K::Same, QStringLiteral("  }"), QStringLiteral("  }"), 8, 10},
            {K::Same, QStringLiteral("}"), QStringLiteral("}"), 9, 11},
        };
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString where = QStringLiteral("row %1").arg(i);
            QVERIFY2(rows[i].kind == expected[i].kind, qPrintable(where));
            QCOMPARE(rows[i].left, expected[i].left);
            QCOMPARE(rows[i].right, expected[i].right);
            QCOMPARE(rows[i].leftLine, expected[i].leftLine);
            QCOMPARE(rows[i].rightLine, expected[i].rightLine);
        }
    }

    void alignsRemovedBlocksAndTypeChanges()
    {
        const auto rows =
            JsonDiff::alignLines(parse(R"({"gone":{"x":[]},"t":[1]})"), parse(R"({"t":"s"})"), 4);
        using K = JsonDiffLine::Kind;
        QStringList kinds;
        for (const auto& r : rows)
            kinds.append(r.kind == K::Same      ? QStringLiteral("=")
                         : r.kind == K::Added   ? QStringLiteral("+")
                         : r.kind == K::Removed ? QStringLiteral("-")
                                                : QStringLiteral("~"));
        // {, "gone": {, "x": [], }, then "t": [ 1 ] against "t": "s" (three rows, the right one first), }
        QCOMPARE(kinds.join(QString()), QStringLiteral("=---~~~="));
        QCOMPARE(rows[1].left, QStringLiteral("    \"gone\": {"));
        QCOMPARE(rows[2].left, QStringLiteral("        \"x\": []"));
        QCOMPARE(rows[4].left, QStringLiteral("    \"t\": ["));
        QCOMPARE(rows[4].right, QStringLiteral("    \"t\": \"s\""));
        QCOMPARE(rows[5].rightLine, -1);
        QCOMPARE(rows[6].left, QStringLiteral("    ]"));
    }
};

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
