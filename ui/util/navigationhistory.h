#pragma once

#include <QStringList>

namespace lading::ui {

// Back/forward history of visited locations (as their text form), like a browser's: visiting after going
// back drops the forward part. Bounded so it can be saved between runs.
class NavigationHistory final
{
public:
    static constexpr int kMaxEntries = 200;

    void visit(const QString& entry);
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_entries.size(); }
    QString back();
    QString forward();
    QString current() const { return m_position >= 0 ? m_entries.at(m_position) : QString(); }
    const QStringList& entries() const { return m_entries; }
    int position() const { return int(m_position); }
    void restore(const QStringList& entries, int position);

private:
    QStringList m_entries;
    qsizetype m_position = -1;
};

} // namespace lading::ui
