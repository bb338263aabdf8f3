#include "tests/support/testlayers.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>
#include <cstring>
#include <sys/sysmacros.h>

namespace lading::test {

namespace {

la_ssize_t appendBytes(struct archive*, void* buffer, const void* data, size_t size)
{
    static_cast<QByteArray*>(buffer)->append(static_cast<const char*>(data), qsizetype(size));
    return la_ssize_t(size);
}

mode_t fileTypeOf(TarItem::Kind kind)
{
    switch (kind) {
    case TarItem::Kind::Directory:
        return AE_IFDIR;
    case TarItem::Kind::Symlink:
        return AE_IFLNK;
    case TarItem::Kind::CharDevice:
        return AE_IFCHR;
    case TarItem::Kind::BlockDevice:
        return AE_IFBLK;
    case TarItem::Kind::Fifo:
        return AE_IFIFO;
    case TarItem::Kind::File:
    case TarItem::Kind::Hardlink:
        break;
    }
    return AE_IFREG;
}

// One gzip member holding `bytes`, made by libarchive's raw format.
QByteArray gzipMember(const QByteArray& bytes)
{
    QByteArray out;
    struct archive* a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_filter_option(a, "gzip", "compression-level", "9");
    archive_write_set_format_raw(a);
    archive_write_set_bytes_in_last_block(a, 1);
    archive_write_open(a, &out, nullptr, appendBytes, nullptr);
    struct archive_entry* entry = archive_entry_new();
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_size(entry, bytes.size());
    archive_write_header(a, entry);
    archive_write_data(a, bytes.constData(), size_t(bytes.size()));
    archive_entry_free(entry);
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

// A ustar header block for a regular file.
QByteArray ustarHeader(const QString& name, qint64 size)
{
    QByteArray block(512, '\0');
    const QByteArray n = name.toUtf8().left(99);
    std::memcpy(block.data(), n.constData(), size_t(n.size()));
    const auto octal = [&block](int offset, int width, qint64 value) {
        const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
        std::memcpy(block.data() + offset, digits.constData(), size_t(width - 1));
    };
    octal(100, 8, 0644);
    octal(108, 8, 0);
    octal(116, 8, 0);
    octal(124, 12, size);
    octal(136, 12, 1700000000);
    block[156] = '0';
    std::memcpy(block.data() + 257,
                "ustar\0"
                "00",
                8);
    std::memset(block.data() + 148, ' ', 8);
    qint64 sum = 0;
    for (const char c : std::as_const(block))
        sum += static_cast<unsigned char>(c);
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(block.data() + 148, checksum.constData(), 6);
    block[154] = '\0';
    block[155] = ' ';
    return block;
}

} // namespace

TarItem TarItem::file(const QString& name, const QByteArray& data, int mode)
{
    TarItem item;
    item.name = name;
    item.data = data;
    item.mode = mode;
    return item;
}

TarItem TarItem::directory(const QString& name, int mode)
{
    TarItem item;
    item.name = name;
    item.kind = Kind::Directory;
    item.mode = mode;
    return item;
}

TarItem TarItem::symlink(const QString& name, const QString& target)
{
    TarItem item;
    item.name = name;
    item.kind = Kind::Symlink;
    item.mode = 0777;
    item.link = target;
    return item;
}

TarItem TarItem::hardlink(const QString& name, const QString& target)
{
    TarItem item;
    item.name = name;
    item.kind = Kind::Hardlink;
    item.link = target;
    return item;
}

TarItem TarItem::device(const QString& name, Kind kind)
{
    TarItem item;
    item.name = name;
    item.kind = kind;
    item.mode = 0600;
    return item;
}

TarItem TarItem::whiteout(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return file(path.left(slash + 1) + QStringLiteral(".wh.") + path.mid(slash + 1), {}, 0);
}

TarItem TarItem::opaque(const QString& folder)
{
    return file(folder + QStringLiteral("/.wh..wh..opq"), {}, 0);
}

TarItem TarItem::owned(qint64 u, qint64 g, const QString& user, const QString& group) const
{
    TarItem item = *this;
    item.uid = u;
    item.gid = g;
    item.uname = user;
    item.gname = group;
    return item;
}

QByteArray layerBytes(const QList<TarItem>& items, LayerCompression compression)
{
    QByteArray out;
    struct archive* a = archive_write_new();
    switch (compression) {
    case LayerCompression::Gzip:
        archive_write_add_filter_gzip(a);
        break;
    case LayerCompression::Zstd:
        archive_write_add_filter_zstd(a);
        break;
    case LayerCompression::None:
        break;
    }
    archive_write_set_format_pax_restricted(a);
    archive_write_set_bytes_in_last_block(a, 1);
    archive_write_open(a, &out, nullptr, appendBytes, nullptr);
    for (const TarItem& item : items) {
        struct archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, item.name.toUtf8().constData());
        archive_entry_set_filetype(entry, fileTypeOf(item.kind));
        archive_entry_set_perm(entry, mode_t(item.mode));
        archive_entry_set_uid(entry, item.uid);
        archive_entry_set_gid(entry, item.gid);
        if (!item.uname.isEmpty())
            archive_entry_set_uname_utf8(entry, item.uname.toUtf8().constData());
        if (!item.gname.isEmpty())
            archive_entry_set_gname_utf8(entry, item.gname.toUtf8().constData());
        archive_entry_set_mtime(entry, time_t(item.mtime), 0);
        if (item.kind == TarItem::Kind::Symlink)
            archive_entry_set_symlink_utf8(entry, item.link.toUtf8().constData());
        if (item.kind == TarItem::Kind::Hardlink)
            archive_entry_set_hardlink_utf8(entry, item.link.toUtf8().constData());
        if (item.kind == TarItem::Kind::CharDevice || item.kind == TarItem::Kind::BlockDevice)
            archive_entry_set_rdev(entry, makedev(1, 3));
        archive_entry_set_size(entry, item.kind == TarItem::Kind::File ? item.data.size() : 0);
        archive_write_header(a, entry);
        if (item.kind == TarItem::Kind::File && !item.data.isEmpty())
            archive_write_data(a, item.data.constData(), size_t(item.data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

bool writeLayer(const QString& path, const QList<TarItem>& items, LayerCompression compression)
{
    const QByteArray bytes = layerBytes(items, compression);
    QFile file(path);
    return !bytes.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool writeZeroLayer(const QString& path, qint64 fileSize, int files)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    constexpr qint64 kChunk = 1024 * 1024;
    const QByteArray chunkMember = gzipMember(QByteArray(kChunk, '\0'));
    const auto writeZeros = [&](qint64 count) {
        for (; count >= kChunk; count -= kChunk) {
            if (file.write(chunkMember) != chunkMember.size())
                return false;
        }
        return count == 0 || file.write(gzipMember(QByteArray(count, '\0'))) > 0;
    };
    for (int i = 0; i < files; ++i) {
        const QString name = QStringLiteral("zeros/%1").arg(i, 6, 10, QLatin1Char('0'));
        if (file.write(gzipMember(ustarHeader(name, fileSize))) <= 0)
            return false;
        // The content, padded to a whole block.
        if (!writeZeros(fileSize + (512 - fileSize % 512) % 512))
            return false;
    }
    return writeZeros(1024); // the end-of-archive blocks
}

QList<TarItem> sampleLayerItems()
{
    return {
        TarItem::directory(QStringLiteral("./")),
        TarItem::directory(QStringLiteral("./etc/")),
        TarItem::file(QStringLiteral("./etc/hostname"), QByteArrayLiteral("lading\n")),
        TarItem::file(QStringLiteral("./etc/shadow"), QByteArrayLiteral("root:*:19000::::::\n"), 0640)
            .owned(0, 42, QStringLiteral("root"), QStringLiteral("shadow")),
        TarItem::directory(QStringLiteral("./usr/bin/"), 0755),
        TarItem::file(QStringLiteral("./usr/bin/tool"), QByteArrayLiteral("#!/bin/sh\necho tool\n"), 04755),
        TarItem::hardlink(QStringLiteral("./usr/bin/tool-again"), QStringLiteral("./usr/bin/tool")),
        TarItem::symlink(QStringLiteral("./bin"), QStringLiteral("usr/bin")),
        TarItem::directory(QStringLiteral("./tmp/"), 01777),
        TarItem::device(QStringLiteral("./dev/null"), TarItem::Kind::CharDevice),
        TarItem::device(QStringLiteral("./dev/sda"), TarItem::Kind::BlockDevice),
        TarItem::device(QStringLiteral("./run/fifo"), TarItem::Kind::Fifo),
        TarItem::directory(QStringLiteral("./home/user/"), 0700)
            .owned(1000, 1000, QStringLiteral("user"), QStringLiteral("user")),
        TarItem::file(QStringLiteral("./home/user/notes.txt"), QByteArrayLiteral("hello\n"), 0600)
            .owned(1000, 1000, QStringLiteral("user"), QStringLiteral("user")),
        TarItem::whiteout(QStringLiteral("./etc/motd")),
        TarItem::opaque(QStringLiteral("./var/cache")),
        TarItem::file(QStringLiteral("./var/cache/new"), QByteArrayLiteral("fresh")),
    };
}

} // namespace lading::test
