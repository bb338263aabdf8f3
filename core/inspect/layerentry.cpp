#include "core/inspect/layerentry.h"

namespace lading::inspect {

QString LayerEntry::modeString(Type type, quint32 mode)
{
    QChar kind = QLatin1Char('-');
    switch (type) {
    case Type::Directory:
        kind = QLatin1Char('d');
        break;
    case Type::Symlink:
        kind = QLatin1Char('l');
        break;
    case Type::CharDevice:
        kind = QLatin1Char('c');
        break;
    case Type::BlockDevice:
        kind = QLatin1Char('b');
        break;
    case Type::Fifo:
        kind = QLatin1Char('p');
        break;
    case Type::Whiteout:
    case Type::OpaqueWhiteout:
        kind = QLatin1Char('w'); // not a real file type: ls never shows one, so it cannot be confused
        break;
    case Type::File:
    case Type::Hardlink:
        break;
    }
    QString text(10, QLatin1Char('-'));
    text[0] = kind;
    const char letters[] = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i) {
        if (mode & (0400u >> i))
            text[i + 1] = QLatin1Char(letters[i]);
    }
    // The special bits share the execute column, lower case when execute is set too (as ls -l).
    const auto special = [&](int column, quint32 bit, char withExec, char withoutExec) {
        if (!(mode & bit))
            return;
        text[column] = QLatin1Char(text[column] == QLatin1Char('-') ? withoutExec : withExec);
    };
    special(3, 04000, 's', 'S');
    special(6, 02000, 's', 'S');
    special(9, 01000, 't', 'T');
    return text;
}

} // namespace lading::inspect
