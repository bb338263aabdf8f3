#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace lading::inspect {

// Interned strings for trees of a million names: every distinct string is stored once, back to back in one
// array, and known by a 32-bit id. A QString per name costs about 90 bytes (object, heap header,
// allocator); here a 16-character name costs 32 bytes of characters, 4 of offset and ~8 of hash table.
// Lookups take a view, so finding a path's segments allocates nothing. Id 0 is the empty string.
class StringPool final
{
public:
    static constexpr quint32 NoId = 0xffffffffu;

    StringPool();

    quint32 intern(QStringView text);
    // NoId when the string was never interned.
    quint32 find(QStringView text) const;
    QStringView view(quint32 id) const
    {
        return QStringView(m_chars.data() + m_offsets[id], qsizetype(m_offsets[id + 1] - m_offsets[id]));
    }
    QString string(quint32 id) const { return view(id).toString(); }
    qsizetype size() const { return qsizetype(m_offsets.size() - 1); }
    qint64 approximateBytes() const;

private:
    void grow();
    static size_t hashOf(QStringView text);

    std::vector<char16_t> m_chars;
    std::vector<quint32> m_offsets; // start of each string, plus the end of the last
    std::vector<quint32> m_table;   // open addressing, linear probing: ids, NoId for empty slots
};

} // namespace lading::inspect
