#include "ui/util/jsonformatter.h"

#include "core/oci/digest.h"

#include <QJsonDocument>

#include <vector>

namespace lading::ui {

namespace {

bool looksLikeDigest(const QString& value)
{
    const bool shape = (value.size() == 71 && value.startsWith(QLatin1String("sha256:"))) ||
                       (value.size() == 135 && value.startsWith(QLatin1String("sha512:")));
    return shape && oci::Digest::parse(value).ok();
}

// One open object or array while formatting.
struct Frame
{
    bool object = false;
    bool expectKey = false; // objects: the next string is a member name
    QString key;            // objects: the member being read; arrays: the member holding the array
    QString mediaType;
    QString artifactType;
    qint64 size = -1;
    QList<int> descriptorLinks; // links whose key is "digest" directly in this object
};

} // namespace

FormattedJson JsonFormatter::format(const QByteArray& bytes, int indent)
{
    FormattedJson result;
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    const QString input = QString::fromUtf8(bytes);
    if (error.error != QJsonParseError::NoError) {
        result.text = input;
        return result;
    }
    result.valid = true;
    QString& out = result.text;
    out.reserve(input.size() + input.size() / 2);
    std::vector<Frame> stack;
    int depth = 0;

    const auto newline = [&] {
        out += QLatin1Char('\n');
        out += QString(depth * indent, QLatin1Char(' '));
    };
    const auto nextNonSpace = [&](qsizetype from) {
        while (from < input.size() && input.at(from).isSpace())
            ++from;
        return from;
    };
    // The member a value belongs to: in an array, the member holding the array.
    const auto currentKey = [&]() -> QString { return stack.empty() ? QString() : stack.back().key; };

    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case '{':
        case '[': {
            const QChar close = c == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(']');
            const qsizetype next = nextNonSpace(i + 1);
            if (next < input.size() && input.at(next) == close) {
                out += c;
                out += close;
                i = next;
                if (!stack.empty() && stack.back().object)
                    stack.back().expectKey = false;
                break;
            }
            Frame frame;
            frame.object = c == QLatin1Char('{');
            frame.expectKey = frame.object;
            if (!frame.object)
                frame.key = currentKey();
            stack.push_back(frame);
            out += c;
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']': {
            --depth;
            newline();
            out += c;
            if (!stack.empty()) {
                const Frame done = stack.back();
                stack.pop_back();
                for (int link : done.descriptorLinks) {
                    result.links[link].mediaType = done.mediaType;
                    result.links[link].size = done.size;
                    result.links[link].artifactType = done.artifactType;
                }
            }
            break;
        }
        case ',':
            out += c;
            if (!stack.empty() && stack.back().object)
                stack.back().expectKey = true;
            newline();
            break;
        case ':':
            out += QLatin1String(": ");
            break;
        case '"': {
            // Copy the string verbatim, escapes included.
            qsizetype end = i + 1;
            while (end < input.size() && input.at(end) != QLatin1Char('"')) {
                if (input.at(end) == QLatin1Char('\\'))
                    ++end;
                ++end;
            }
            const QString raw = input.mid(i + 1, end - i - 1);
            const int start = int(out.size()) + 1;
            out += input.mid(i, end - i + 1);
            i = end;
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                stack.back().key = raw;
                stack.back().expectKey = false;
                break;
            }
            const QString key = currentKey();
            if (!stack.empty() && stack.back().object) {
                if (key == QLatin1String("mediaType"))
                    stack.back().mediaType = raw;
                else if (key == QLatin1String("artifactType"))
                    stack.back().artifactType = raw;
            }
            if (key != QLatin1String("diff_ids") && looksLikeDigest(raw)) {
                JsonLink link;
                link.start = start;
                link.length = int(raw.size());
                link.digest = raw;
                link.key = key;
                if (key == QLatin1String("digest") && !stack.empty() && stack.back().object)
                    stack.back().descriptorLinks.append(int(result.links.size()));
                result.links.append(link);
            }
            break;
        }
        default: {
            // A number, true, false or null: copied up to the next delimiter.
            qsizetype end = i;
            while (end < input.size() && !input.at(end).isSpace() && input.at(end) != QLatin1Char(',') &&
                   input.at(end) != QLatin1Char('}') && input.at(end) != QLatin1Char(']'))
                ++end;
            const QString token = input.mid(i, end - i);
            out += token;
            i = end - 1;
            if (!stack.empty() && stack.back().object && stack.back().key == QLatin1String("size")) {
                bool ok = false;
                const qint64 size = token.toLongLong(&ok);
                if (ok)
                    stack.back().size = size;
            }
            break;
        }
        }
    }
    return result;
}

} // namespace lading::ui
