#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace lading::ui {

// A digest inside formatted JSON that the view turns into a link.
struct JsonLink
{
    int start = 0; // position of the digest text in FormattedJson::text (inside the quotes)
    int length = 0;
    QString digest;
    QString key;       // the member the value belongs to ("digest", an annotation name, an array's member)
    QString mediaType; // for a descriptor's "digest": the same object's "mediaType"
    qint64 size = -1;  // and its "size"
    QString artifactType;
};

struct FormattedJson
{
    QString text;
    QList<JsonLink> links;
    bool valid = false; // false: not JSON, `text` is the bytes as UTF-8 and there are no links
};

// Pretty-prints JSON for people without re-serialising it: members stay in the order of the bytes and
// every string and number keeps its exact spelling (QJsonDocument would sort keys and rewrite numbers, and
// the point of the JSON view is to show what was hashed). Also finds every digest value, except the
// rootfs "diff_ids" of image configs, which name uncompressed layers no registry stores.
// Pure and thread-safe: the window formats on a worker thread.
class JsonFormatter final
{
public:
    static FormattedJson format(const QByteArray& bytes, int indent = 2);
};

} // namespace lading::ui

Q_DECLARE_METATYPE(lading::ui::JsonLink)
