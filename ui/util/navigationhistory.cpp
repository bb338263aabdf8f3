#include "ui/util/navigationhistory.h"

namespace lading::ui {

void NavigationHistory::visit(const QString& entry)
{
    if (current() == entry)
        return;
    m_entries.resize(m_position + 1);
    m_entries.append(entry);
    while (m_entries.size() > kMaxEntries)
        m_entries.removeFirst();
    m_position = m_entries.size() - 1;
}

QString NavigationHistory::back()
{
    if (canGoBack())
        --m_position;
    return current();
}

QString NavigationHistory::forward()
{
    if (canGoForward())
        ++m_position;
    return current();
}

void NavigationHistory::restore(const QStringList& entries, int position)
{
    m_entries = entries.mid(qMax<qsizetype>(0, entries.size() - kMaxEntries));
    m_position = m_entries.isEmpty() ? -1 : qBound(qsizetype(0), qsizetype(position), m_entries.size() - 1);
}

} // namespace lading::ui
