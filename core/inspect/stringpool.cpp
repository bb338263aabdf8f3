#include "core/inspect/stringpool.h"

#include <QHashFunctions>

namespace lading::inspect {

StringPool::StringPool()
{
    m_offsets = {0, 0}; // id 0: ""
    m_table.assign(64, NoId);
    m_table[hashOf({}) & (m_table.size() - 1)] = 0;
}

size_t StringPool::hashOf(QStringView text)
{
    return qHash(text, 0);
}

quint32 StringPool::find(QStringView text) const
{
    const size_t mask = m_table.size() - 1;
    for (size_t slot = hashOf(text) & mask;; slot = (slot + 1) & mask) {
        const quint32 id = m_table[slot];
        if (id == NoId)
            return NoId;
        if (view(id) == text)
            return id;
    }
}

quint32 StringPool::intern(QStringView text)
{
    const quint32 existing = find(text);
    if (existing != NoId)
        return existing;
    // Kept at most half full, so probes stay short.
    if (size_t(size() + 1) * 2 > m_table.size())
        grow();
    const auto id = quint32(size());
    m_chars.insert(m_chars.end(), text.utf16(), text.utf16() + text.size());
    m_offsets.push_back(quint32(m_chars.size()));
    const size_t mask = m_table.size() - 1;
    size_t slot = hashOf(text) & mask;
    while (m_table[slot] != NoId)
        slot = (slot + 1) & mask;
    m_table[slot] = id;
    return id;
}

void StringPool::grow()
{
    std::vector<quint32> table(m_table.size() * 2, NoId);
    const size_t mask = table.size() - 1;
    for (quint32 id = 0; id < quint32(size()); ++id) {
        size_t slot = hashOf(view(id)) & mask;
        while (table[slot] != NoId)
            slot = (slot + 1) & mask;
        table[slot] = id;
    }
    m_table.swap(table);
}

qint64 StringPool::approximateBytes() const
{
    return qint64(m_chars.capacity() * sizeof(char16_t) + m_offsets.capacity() * sizeof(quint32) +
                  m_table.capacity() * sizeof(quint32));
}

} // namespace lading::inspect
