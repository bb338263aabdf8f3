#include "core/registry/tokenscope.h"

#include <algorithm>

namespace lading::registry {

namespace {

const QString kWildcard = QStringLiteral("*");
constexpr QChar kKeySeparator = QLatin1Char('\n');

QStringList sortedActions(const QSet<QString>& actions)
{
    if (actions.contains(kWildcard))
        return {kWildcard};
    QStringList list(actions.cbegin(), actions.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

QString TokenScope::keyOf(const QString& type, const QString& name)
{
    return type + kKeySeparator + name;
}

TokenScope TokenScope::fromStrings(const QStringList& scopes)
{
    TokenScope set;
    for (const QString& item : scopes) {
        const auto parts = item.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& scope : parts)
            set.add(scope);
    }
    return set;
}

QString TokenScope::repository(const QString& repo, QStringList actions)
{
    TokenScope set;
    set.add(QStringLiteral("repository"), repo, actions);
    const QStringList strings = set.toStrings();
    // No actions means no scope at all; still answer the resource so a caller's mistake is visible.
    return strings.isEmpty() ? QStringLiteral("repository:") + repo + QLatin1Char(':') : strings.first();
}

void TokenScope::add(const QString& scope)
{
    const QString text = scope.trimmed();
    if (text.isEmpty())
        return;
    const qsizetype first = text.indexOf(QLatin1Char(':'));
    const qsizetype last = text.lastIndexOf(QLatin1Char(':'));
    if (first <= 0 || last <= first + 1 || text.contains(kKeySeparator)) {
        m_opaque.insert(text);
        return;
    }
    add(text.left(first), text.mid(first + 1, last - first - 1), text.mid(last + 1).split(QLatin1Char(',')));
}

void TokenScope::add(const QString& type, const QString& name, const QStringList& actions)
{
    QSet<QString> cleaned;
    for (const QString& action : actions) {
        const QString a = action.trimmed();
        if (!a.isEmpty())
            cleaned.insert(a);
    }
    // A scope without actions grants nothing; asking for it would only confuse the token server.
    if (cleaned.isEmpty() || type.isEmpty() || name.isEmpty())
        return;
    m_scopes[keyOf(type, name)].unite(cleaned);
}

void TokenScope::merge(const TokenScope& other)
{
    for (auto it = other.m_scopes.cbegin(); it != other.m_scopes.cend(); ++it)
        m_scopes[it.key()].unite(it.value());
    m_opaque.unite(other.m_opaque);
}

QStringList TokenScope::toStrings() const
{
    QStringList out;
    out.reserve(m_scopes.size() + m_opaque.size());
    for (auto it = m_scopes.cbegin(); it != m_scopes.cend(); ++it) {
        const qsizetype split = it.key().indexOf(kKeySeparator);
        out.append(it.key().left(split) + QLatin1Char(':') + it.key().mid(split + 1) + QLatin1Char(':') +
                   sortedActions(it.value()).join(QLatin1Char(',')));
    }
    for (const QString& opaque : m_opaque)
        out.append(opaque);
    std::sort(out.begin(), out.end());
    return out;
}

QStringList TokenScope::actions(const QString& type, const QString& name) const
{
    const auto it = m_scopes.constFind(keyOf(type, name));
    return it == m_scopes.cend() ? QStringList() : sortedActions(it.value());
}

bool TokenScope::covers(const TokenScope& other) const
{
    for (auto it = other.m_scopes.cbegin(); it != other.m_scopes.cend(); ++it) {
        const auto mine = m_scopes.constFind(it.key());
        if (mine == m_scopes.cend())
            return false;
        if (mine->contains(kWildcard))
            continue;
        for (const QString& action : it.value()) {
            if (!mine->contains(action))
                return false;
        }
    }
    for (const QString& opaque : other.m_opaque) {
        if (!m_opaque.contains(opaque))
            return false;
    }
    return true;
}

} // namespace lading::registry
