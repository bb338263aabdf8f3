#include "core/registry/linkheader.h"

#include <QStringList>

namespace lading::registry {

namespace {

int defaultPort(const QUrl& url)
{
    return url.scheme() == QLatin1String("https") ? 443 : 80;
}

// Same scheme, host and port, with an explicit default port equal to none (":443" on https).
bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

// One link-value of RFC 8288 §3: `<target>` followed by `; name=value` parameters, where a value may be a
// quoted string holding ',' ';' '<' or even "rel=next". A regular expression cannot tell those apart from
// separators, so this walks the text once, honouring quotes and backslash escapes.
struct LinkValue
{
    QString target;
    QStringList rels;
};

QList<LinkValue> parseLinks(const QString& text)
{
    QList<LinkValue> links;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto skipSpaces = [&] {
        while (i < n && text.at(i).isSpace())
            ++i;
    };
    while (i < n) {
        skipSpaces();
        if (i >= n)
            break;
        if (text.at(i) != QLatin1Char('<')) {
            // Junk before a link: skip to the next link-value.
            while (i < n && text.at(i) != QLatin1Char(','))
                ++i;
            ++i;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('>'), i + 1);
        if (close < 0)
            break;
        LinkValue link;
        link.target = text.mid(i + 1, close - i - 1).trimmed();
        i = close + 1;
        // Parameters until the ',' that ends this link-value.
        for (;;) {
            skipSpaces();
            if (i >= n || text.at(i) == QLatin1Char(',')) {
                ++i;
                break;
            }
            if (text.at(i) != QLatin1Char(';')) {
                ++i; // stray character: tolerate it
                continue;
            }
            ++i;
            skipSpaces();
            const qsizetype nameStart = i;
            while (i < n && text.at(i) != QLatin1Char('=') && text.at(i) != QLatin1Char(';') &&
                   text.at(i) != QLatin1Char(',') && !text.at(i).isSpace())
                ++i;
            const QString name = text.mid(nameStart, i - nameStart).toLower();
            skipSpaces();
            QString value;
            if (i < n && text.at(i) == QLatin1Char('=')) {
                ++i;
                skipSpaces();
                if (i < n && text.at(i) == QLatin1Char('"')) {
                    ++i;
                    while (i < n && text.at(i) != QLatin1Char('"')) {
                        if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                            ++i;
                        value += text.at(i);
                        ++i;
                    }
                    ++i; // closing quote
                } else {
                    const qsizetype valueStart = i;
                    while (i < n && text.at(i) != QLatin1Char(';') && text.at(i) != QLatin1Char(',') &&
                           !text.at(i).isSpace())
                        ++i;
                    value = text.mid(valueStart, i - valueStart);
                }
            }
            // Only the first rel counts (RFC 8288 §3.3); it may name several relation types.
            if (name == QLatin1String("rel") && link.rels.isEmpty())
                link.rels = value.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        links.append(link);
    }
    return links;
}

} // namespace

QUrl LinkHeader::nextPage(const QList<QByteArray>& headerValues, const QUrl& base)
{
    for (const QByteArray& value : headerValues) {
        for (const LinkValue& link : parseLinks(QString::fromLatin1(value))) {
            if (!link.rels.contains(QLatin1String("next")))
                continue;
            const QUrl target = base.resolved(QUrl(link.target));
            // Never follow a page link off the registry: it would receive our credentials next.
            if (!target.isValid() || !sameOrigin(target, base))
                return {};
            return target;
        }
    }
    return {};
}

} // namespace lading::registry
