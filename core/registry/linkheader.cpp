#include "core/registry/linkheader.h"

#include <QRegularExpression>

namespace lading::registry {

QUrl LinkHeader::nextPage(const QList<QByteArray>& headerValues, const QUrl& base)
{
    static const QRegularExpression link(QStringLiteral("<([^>]*)>([^,<]*)"));
    static const QRegularExpression relNext(QStringLiteral("(?:^|;)\\s*rel\\s*=\\s*\"?([^\";]*)\"?"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray& value : headerValues) {
        auto it = link.globalMatch(QString::fromLatin1(value));
        while (it.hasNext()) {
            const auto match = it.next();
            const auto rel = relNext.match(match.captured(2));
            if (!rel.hasMatch())
                continue;
            const QStringList rels = rel.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (!rels.contains(QLatin1String("next"), Qt::CaseInsensitive))
                continue;
            const QUrl target = base.resolved(QUrl(match.captured(1).trimmed()));
            if (!target.isValid() || target.scheme() != base.scheme() || target.host() != base.host()
                || target.port() != base.port())
                return {};
            return target;
        }
    }
    return {};
}

} // namespace lading::registry
