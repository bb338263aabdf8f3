#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace lading::test {

// One entry of a tar layer a test builds. Names are written exactly as given ("./a", "/abs", "../x" too),
// so tests can feed the reader what real and hostile layers contain.
struct TarItem
{
    enum class Kind
    {
        File,
        Directory,
        Symlink,
        Hardlink,
        CharDevice,
        BlockDevice,
        Fifo,
    };

    QString name;
    Kind kind = Kind::File;
    QByteArray data;
    int mode = 0644;
    qint64 uid = 0;
    qint64 gid = 0;
    QString uname;
    QString gname;
    QString link; // symlink target or hardlink target
    qint64 mtime = 1700000000;

    static TarItem file(const QString& name, const QByteArray& data, int mode = 0644);
    static TarItem directory(const QString& name, int mode = 0755);
    static TarItem symlink(const QString& name, const QString& target);
    static TarItem hardlink(const QString& name, const QString& target);
    static TarItem device(const QString& name, Kind kind); // CharDevice, BlockDevice or Fifo
    // ".wh.NAME" next to NAME, and the opaque marker of a folder.
    static TarItem whiteout(const QString& path);
    static TarItem opaque(const QString& folder);
    TarItem owned(qint64 u, qint64 g, const QString& user = {}, const QString& group = {}) const;
};

enum class LayerCompression
{
    None,
    Gzip,
    Zstd,
};

// A tar (pax) of `items`, compressed as asked, written with libarchive.
QByteArray layerBytes(const QList<TarItem>& items, LayerCompression compression);
bool writeLayer(const QString& path, const QList<TarItem>& items, LayerCompression compression);

// A gzip layer of `files` files ("zeros/NNNNNN") of `fileSize` zero bytes each, made in milliseconds
// whatever its size: gzip members of compressed zeros are written once and repeated (a gzip file may be
// any number of members in a row, and readers decompress them as one stream). 2 GiB of zeros take about
// 2 MB. For decompression bombs and memory measurements.
bool writeZeroLayer(const QString& path, qint64 fileSize, int files = 1);

// Every kind of entry the reader knows, with modes, owners and whiteouts: what tst_layerreader checks
// exactly.
QList<TarItem> sampleLayerItems();

} // namespace lading::test
