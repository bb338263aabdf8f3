#pragma once

#include <QByteArray>
#include <QString>

namespace lading::inspect {

// A text file of an artifact held for showing: at most a cap of it, with a note when there was more.
struct TextExcerpt
{
    QString name;     // path inside the artifact; empty when absent
    QString text;     // UTF-8 decoded (invalid sequences replaced), at most the cap
    qint64 size = -1; // the whole file's size; -1 when absent
    bool truncated = false;

    bool isPresent() const { return size >= 0; }

    static TextExcerpt of(const QString& name, const QByteArray& bytes, qint64 size, bool truncated)
    {
        TextExcerpt excerpt;
        excerpt.name = name;
        excerpt.text = QString::fromUtf8(bytes);
        excerpt.size = size;
        excerpt.truncated = truncated;
        return excerpt;
    }
};

} // namespace lading::inspect
