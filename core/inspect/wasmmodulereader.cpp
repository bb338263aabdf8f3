#include "core/inspect/wasmmodulereader.h"

#include "core/oci/mediatypes.h"
#include "core/util/translations.h"

#include <QBuffer>
#include <QFile>
#include <QStringDecoder>

LADING_TR_CONTEXT(WasmModuleReader);

namespace lading::inspect {

namespace MediaType = oci::MediaType;

namespace {

// A custom section's name is read for the list; longer names than this are cut (the spec has no limit).
constexpr qint64 kMaxCustomNameBytes = 4096;

Error malformed(const QString& why)
{
    return Error::make(Error::Kind::InvalidInput, tr("The WebAssembly binary is malformed: %1").arg(why));
}

Error truncated()
{
    return Error::make(Error::Kind::InvalidInput,
                       tr("The WebAssembly binary is truncated: it ends in the middle of a section."));
}

// Bounded reads over a section held in memory. Every read checks what is left; the first failure sticks
// (m_error), so decoding code can read on and check once.
class Cursor final
{
public:
    explicit Cursor(const QByteArray& bytes)
        : m_bytes(bytes)
    {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    qsizetype position() const { return m_pos; }

    quint8 byte()
    {
        if (failed())
            return 0;
        if (m_pos >= m_bytes.size()) {
            fail(tr("a value runs past the end of its section"));
            return 0;
        }
        return quint8(m_bytes.at(m_pos++));
    }

    // Unsigned LEB128 of at most `bits` bits (32 or 64).
    quint64 unsignedLeb(int bits = 32)
    {
        quint64 result = 0;
        const int maxBytes = (bits + 6) / 7;
        for (int i = 0; i < maxBytes; ++i) {
            const quint8 b = byte();
            if (failed())
                return 0;
            const int shift = 7 * i;
            if (i == maxBytes - 1) {
                // The last byte may only carry the bits that are left of the integer.
                const int left = bits - shift;
                if ((b & 0x80) || (left < 7 && (b >> left) != 0)) {
                    fail(tr("an integer is longer than its LEB128 encoding allows"));
                    return 0;
                }
            }
            result |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return result;
        }
        return result;
    }
    quint32 u32() { return quint32(unsignedLeb(32)); }

    // Signed LEB128 of 33 bits (type indices and heap types): only skipped, the value is not needed.
    void s33()
    {
        for (int i = 0; i < 5; ++i) {
            const quint8 b = byte();
            if (failed() || !(b & 0x80))
                return;
        }
        fail(tr("an integer is longer than its LEB128 encoding allows"));
    }

    QString name()
    {
        const quint32 length = u32();
        if (failed())
            return {};
        if (qint64(length) > m_bytes.size() - m_pos) {
            fail(tr("a name runs past the end of its section"));
            return {};
        }
        const QByteArray raw = m_bytes.mid(m_pos, qsizetype(length));
        m_pos += qsizetype(length);
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString text = decoder.decode(raw);
        if (decoder.hasError()) {
            fail(tr("a name is not valid UTF-8"));
            return {};
        }
        return text;
    }

    void fail(const QString& why)
    {
        if (m_error.isEmpty())
            m_error = why;
    }

private:
    const QByteArray& m_bytes;
    qsizetype m_pos = 0;
    QString m_error;
};

// value types and reference types: one byte, or 0x63/0x64 (ref null / ref) followed by a heap type.
void skipValueType(Cursor& c)
{
    const quint8 type = c.byte();
    if (type == 0x63 || type == 0x64)
        c.s33();
}

void skipLimits(Cursor& c)
{
    const quint8 flags = c.byte();
    if (flags > 0x07) {
        c.fail(tr("unknown limits flags 0x%1").arg(flags, 2, 16, QLatin1Char('0')));
        return;
    }
    const int bits = (flags & 0x04) ? 64 : 32; // memory64
    c.unsignedLeb(bits);
    if (flags & 0x01)
        c.unsignedLeb(bits);
}

QString coreKindName(quint8 kind)
{
    switch (kind) {
    case 0x00:
        return QStringLiteral("func");
    case 0x01:
        return QStringLiteral("table");
    case 0x02:
        return QStringLiteral("memory");
    case 0x03:
        return QStringLiteral("global");
    case 0x04:
        return QStringLiteral("tag");
    default:
        return {};
    }
}

void decodeCoreImports(Cursor& c, QList<WasmImport>& out)
{
    const quint32 count = c.u32();
    for (quint32 i = 0; i < count && !c.failed(); ++i) {
        WasmImport entry;
        entry.module = c.name();
        entry.name = c.name();
        const quint8 kind = c.byte();
        switch (kind) {
        case 0x00: // func: type index
            c.u32();
            break;
        case 0x01: // table: reference type, limits
            skipValueType(c);
            skipLimits(c);
            break;
        case 0x02: // memory: limits
            skipLimits(c);
            break;
        case 0x03: // global: value type, mutability
            skipValueType(c);
            if (c.byte() > 1)
                c.fail(tr("a global's mutability is neither 0 nor 1"));
            break;
        case 0x04: // tag: attribute, type index
            c.byte();
            c.u32();
            break;
        default:
            c.fail(tr("unknown import kind 0x%1").arg(kind, 2, 16, QLatin1Char('0')));
            break;
        }
        if (c.failed())
            return;
        entry.kind = coreKindName(kind);
        if (out.size() < WasmModuleReader::kMaxEntries)
            out.append(entry);
    }
    if (!c.failed() && !c.atEnd())
        c.fail(tr("the import section has bytes after its last entry"));
}

void decodeCoreExports(Cursor& c, QList<WasmExport>& out)
{
    const quint32 count = c.u32();
    for (quint32 i = 0; i < count && !c.failed(); ++i) {
        WasmExport entry;
        entry.name = c.name();
        const quint8 kind = c.byte();
        c.u32();
        if (c.failed())
            return;
        entry.kind = coreKindName(kind);
        if (entry.kind.isEmpty()) {
            c.fail(tr("unknown export kind 0x%1").arg(kind, 2, 16, QLatin1Char('0')));
            return;
        }
        if (out.size() < WasmModuleReader::kMaxEntries)
            out.append(entry);
    }
    if (!c.failed() && !c.atEnd())
        c.fail(tr("the export section has bytes after its last entry"));
}

// importname' / exportname': 0x00 name, or 0x01 name with a version suffix (a later revision of the format).
QString componentName(Cursor& c)
{
    const quint8 form = c.byte();
    if (form == 0x00)
        return c.name();
    if (form == 0x01) {
        const QString name = c.name();
        c.name(); // the version suffix
        return name;
    }
    c.fail(tr("unknown name form 0x%1").arg(form, 2, 16, QLatin1Char('0')));
    return {};
}

// externdesc: what an import (or a typed export) is.
QString componentExternDesc(Cursor& c)
{
    const quint8 kind = c.byte();
    switch (kind) {
    case 0x00:
        if (c.byte() != 0x11)
            c.fail(tr("a core import of a component is not a module"));
        c.u32();
        return QStringLiteral("core module");
    case 0x01:
        c.u32();
        return QStringLiteral("func");
    case 0x02: {
        const quint8 bound = c.byte();
        if (bound == 0x00)
            c.u32();
        else if (bound == 0x01)
            c.s33();
        else
            c.fail(tr("unknown value bound 0x%1").arg(bound, 2, 16, QLatin1Char('0')));
        return QStringLiteral("value");
    }
    case 0x03: {
        const quint8 bound = c.byte();
        if (bound == 0x00)
            c.u32();
        else if (bound != 0x01)
            c.fail(tr("unknown type bound 0x%1").arg(bound, 2, 16, QLatin1Char('0')));
        return QStringLiteral("type");
    }
    case 0x04:
        c.u32();
        return QStringLiteral("component");
    case 0x05:
        c.u32();
        return QStringLiteral("instance");
    default:
        c.fail(tr("unknown import kind 0x%1").arg(kind, 2, 16, QLatin1Char('0')));
        return {};
    }
}

QString componentSort(Cursor& c)
{
    const quint8 sort = c.byte();
    switch (sort) {
    case 0x00: {
        const quint8 core = c.byte();
        switch (core) {
        case 0x10:
            return QStringLiteral("core type");
        case 0x11:
            return QStringLiteral("core module");
        case 0x12:
            return QStringLiteral("core instance");
        default: {
            const QString name = coreKindName(core);
            if (name.isEmpty() || core == 0x04)
                c.fail(tr("unknown core sort 0x%1").arg(core, 2, 16, QLatin1Char('0')));
            return QStringLiteral("core ") + name;
        }
        }
    }
    case 0x01:
        return QStringLiteral("func");
    case 0x02:
        return QStringLiteral("value");
    case 0x03:
        return QStringLiteral("type");
    case 0x04:
        return QStringLiteral("component");
    case 0x05:
        return QStringLiteral("instance");
    default:
        c.fail(tr("unknown sort 0x%1").arg(sort, 2, 16, QLatin1Char('0')));
        return {};
    }
}

void decodeComponentImports(Cursor& c, QList<WasmImport>& out)
{
    const quint32 count = c.u32();
    for (quint32 i = 0; i < count && !c.failed(); ++i) {
        WasmImport entry;
        entry.name = componentName(c);
        entry.kind = componentExternDesc(c);
        if (c.failed())
            return;
        if (out.size() < WasmModuleReader::kMaxEntries)
            out.append(entry);
    }
    if (!c.failed() && !c.atEnd())
        c.fail(tr("the import section has bytes after its last entry"));
}

void decodeComponentExports(Cursor& c, QList<WasmExport>& out)
{
    const quint32 count = c.u32();
    for (quint32 i = 0; i < count && !c.failed(); ++i) {
        WasmExport entry;
        entry.name = componentName(c);
        entry.kind = componentSort(c);
        c.u32();
        // An optional externdesc ascribing the export's type.
        const quint8 ascribed = c.byte();
        if (ascribed == 0x01)
            componentExternDesc(c);
        else if (ascribed != 0x00)
            c.fail(tr("unknown export type marker 0x%1").arg(ascribed, 2, 16, QLatin1Char('0')));
        if (c.failed())
            return;
        if (out.size() < WasmModuleReader::kMaxEntries)
            out.append(entry);
    }
    if (!c.failed() && !c.atEnd())
        c.fail(tr("the export section has bytes after its last entry"));
}

bool isVectorSection(bool component, int id)
{
    if (component)
        return id == 2 || id == 3 || (id >= 5 && id <= 8) || (id >= 10 && id <= 12);
    return (id >= 1 && id <= 7) || (id >= 9 && id <= 11) || id == 13;
}

// Unsigned LEB128 (32 bits) straight from the device, for section sizes: false at the end of the data.
Result<quint32> readU32(QIODevice& device)
{
    quint32 result = 0;
    for (int i = 0; i < 5; ++i) {
        char c = 0;
        if (!device.getChar(&c))
            return truncated();
        const quint8 b = quint8(c);
        if (i == 4 && (b & 0xf0))
            return malformed(tr("a section size is longer than its LEB128 encoding allows"));
        result |= quint32(b & 0x7f) << (7 * i);
        if (!(b & 0x80))
            return result;
    }
    return result;
}

} // namespace

int WasmModule::customSectionCount() const
{
    int count = 0;
    for (const WasmSection& s : sections) {
        if (s.id == 0)
            ++count;
    }
    return count;
}

QString WasmModuleReader::sectionName(bool component, int id)
{
    if (id == 0)
        return tr("custom");
    if (component) {
        switch (id) {
        case 1:
            return tr("core module");
        case 2:
            return tr("core instance");
        case 3:
            return tr("core type");
        case 4:
            return tr("component");
        case 5:
            return tr("instance");
        case 6:
            return tr("alias");
        case 7:
            return tr("type");
        case 8:
            return tr("canon");
        case 9:
            return tr("start");
        case 10:
            return tr("import");
        case 11:
            return tr("export");
        case 12:
            return tr("value");
        default:
            break;
        }
    } else {
        switch (id) {
        case 1:
            return tr("type");
        case 2:
            return tr("import");
        case 3:
            return tr("function");
        case 4:
            return tr("table");
        case 5:
            return tr("memory");
        case 6:
            return tr("global");
        case 7:
            return tr("export");
        case 8:
            return tr("start");
        case 9:
            return tr("element");
        case 10:
            return tr("code");
        case 11:
            return tr("data");
        case 12:
            return tr("data count");
        case 13:
            return tr("tag");
        default:
            break;
        }
    }
    return tr("unknown (%1)").arg(id);
}

Result<WasmModule> WasmModuleReader::read(QIODevice& device)
{
    if (!device.isOpen() || !device.isReadable() || device.isSequential())
        return Error::make(Error::Kind::Io, tr("The WebAssembly binary cannot be read."));
    WasmModule module;
    module.fileSize = device.size();
    if (!device.seek(0))
        return Error::make(Error::Kind::Io, tr("The WebAssembly binary cannot be read."));
    const QByteArray preamble = device.read(8);
    if (preamble.size() < 4 || !preamble.startsWith(QByteArrayLiteral("\0asm")))
        return Error::make(Error::Kind::InvalidInput,
                           tr("This is not a WebAssembly binary: it does not start with \"\\0asm\"."));
    if (preamble.size() < 8)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The WebAssembly binary is truncated: it ends inside its 8-byte preamble."));
    const auto u16At = [&](int at) {
        return quint16(quint8(preamble.at(at)) | (quint8(preamble.at(at + 1)) << 8));
    };
    const quint16 version = u16At(4);
    const quint16 layer = u16At(6);
    if (layer == 0 && version == 1) {
        module.version = 1;
    } else if (layer == 1) {
        module.component = true;
        module.version = version;
        module.layer = 1;
    } else {
        return Error::make(
            Error::Kind::InvalidInput,
            tr("The WebAssembly binary has version %1 and layer %2, which this reader does not know.")
                .arg(version)
                .arg(layer));
    }

    qint64 detailBudget = kMaxDetailBytes;
    qint64 pos = 8;
    while (pos < module.fileSize) {
        if (module.sections.size() >= kMaxSections) {
            module.notes.append(tr("Only the first %1 sections are listed.").arg(kMaxSections));
            break;
        }
        char idByte = 0;
        if (!device.seek(pos) || !device.getChar(&idByte))
            return truncated();
        auto size = readU32(device);
        if (!size)
            return size.error();
        WasmSection section;
        section.id = quint8(idByte);
        section.name = sectionName(module.component, section.id);
        section.offset = device.pos();
        section.size = size.value();
        if (section.size > module.fileSize - section.offset)
            return truncated();
        const qint64 end = section.offset + section.size;

        if (section.id == 0) {
            // The custom section's name: a length and UTF-8 bytes, both inside the section.
            const QByteArray head = device.read(qMin<qint64>(section.size, kMaxCustomNameBytes + 5));
            Cursor c(head);
            const quint32 length = c.u32();
            if (c.failed() || qint64(length) > section.size - c.position())
                return malformed(tr("a custom section's name is longer than the section"));
            const QByteArray raw =
                head.mid(c.position(), qsizetype(qMin<qint64>(length, kMaxCustomNameBytes)));
            QStringDecoder decoder(QStringDecoder::Utf8);
            section.customName = decoder.decode(raw);
            if (decoder.hasError() && qint64(length) <= kMaxCustomNameBytes)
                return malformed(tr("a custom section's name is not valid UTF-8"));
        } else if (isVectorSection(module.component, section.id) && section.size > 0) {
            const QByteArray head = device.read(qMin<qint64>(section.size, 5));
            Cursor c(head);
            const quint32 count = c.u32();
            if (c.failed())
                return malformed(tr("the %1 section does not start with a count").arg(section.name));
            section.itemCount = count;
        }

        const bool importSection = section.id == (module.component ? 10 : 2);
        const bool exportSection = section.id == (module.component ? 11 : 7);
        if ((importSection || exportSection) && module.detailsDecoded) {
            if (section.size > detailBudget) {
                module.detailsDecoded = false;
                module.notes.append(tr("The import and export sections are too large to list."));
            } else {
                detailBudget -= section.size;
                device.seek(section.offset);
                const QByteArray content = device.read(section.size);
                if (content.size() != section.size)
                    return truncated();
                Cursor c(content);
                if (module.component) {
                    if (importSection)
                        decodeComponentImports(c, module.imports);
                    else
                        decodeComponentExports(c, module.exports);
                } else {
                    if (importSection)
                        decodeCoreImports(c, module.imports);
                    else
                        decodeCoreExports(c, module.exports);
                }
                if (c.failed()) {
                    module.detailsDecoded = false;
                    module.notes.append(
                        tr("The %1 section was not decoded: %2").arg(section.name, c.error()));
                }
            }
        }
        module.sections.append(section);
        pos = end;
    }
    if (module.imports.size() >= kMaxEntries || module.exports.size() >= kMaxEntries)
        module.notes.append(tr("Only the first %1 imports and exports are listed.").arg(kMaxEntries));
    return module;
}

Result<WasmModule> WasmModuleReader::read(const QByteArray& bytes)
{
    QByteArray copy = bytes; // QBuffer wants a non-const array; the copy shares the data
    QBuffer buffer(&copy);
    if (!buffer.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, tr("The WebAssembly binary cannot be read."));
    return read(buffer);
}

Result<WasmModule> WasmModuleReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           tr("Could not open the WebAssembly binary: %1").arg(file.errorString()));
    return read(file);
}

const oci::Descriptor* WasmModuleReader::moduleLayer(const oci::Manifest& manifest)
{
    for (const oci::Descriptor& layer : manifest.layers()) {
        const QString type = MediaType::essence(layer.mediaType);
        if (type == MediaType::WasmLayer || type == MediaType::WasmLayerLegacy ||
            type == MediaType::WasmLayerSolo)
            return &layer;
    }
    return nullptr;
}

Result<WasmContents> WasmModuleReader::load(store::Store& store, const oci::Manifest& manifest,
                                            BlobSpool& spool, store::TransferControl* control)
{
    const oci::Descriptor* layer = moduleLayer(manifest);
    if (!layer)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The manifest has no WebAssembly layer (application/wasm) to read."));
    auto path = spool.localFile(store, *layer, control);
    if (!path)
        return path.error();
    auto module = readFile(path.value());
    if (!module)
        return module.error();
    WasmContents out;
    out.module = std::move(module).value();
    out.layerTitle = layer->title();
    const oci::Descriptor& config = manifest.config();
    if (config.isValid() && config.size <= kMaxConfigSize &&
        MediaType::essence(config.mediaType).endsWith(QLatin1String("json"))) {
        if (auto bytes = store.fetchBlob(config, kMaxConfigSize))
            out.configFields = oci::ConfigSummary::keyFields(oci::ArtifactKind::Wasm, bytes.value());
        else
            out.module.notes.append(tr("The config could not be fetched: %1").arg(bytes.error().message));
    }
    return out;
}

} // namespace lading::inspect
