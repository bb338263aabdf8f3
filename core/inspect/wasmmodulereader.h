#pragma once

#include "core/inspect/blobspool.h"
#include "core/oci/configsummary.h"
#include "core/oci/manifest.h"
#include "core/store/store.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace lading::inspect {

struct WasmSection
{
    int id = 0;
    QString name;          // "import", "code", "custom", "core module"…
    QString customName;    // a custom section's own name ("name", "producers", "component-type:…")
    qint64 offset = 0;     // of the section's content in the file
    qint64 size = 0;       // of the content
    qint64 itemCount = -1; // entries of a vector section; -1 when the section is not one
};

struct WasmImport
{
    QString module; // core modules only; components import by one name
    QString name;
    QString kind; // func, table, memory, global, tag; for components also instance, type, component, module,
                  // value
};

struct WasmExport
{
    QString name;
    QString kind;
};

// What a WebAssembly binary says about itself: core module or component, its sections, and its imports and
// exports (core modules fully; components for the usual top-level import and export sections).
struct WasmModule
{
    bool component = false;
    quint32 version = 0; // 1 for core modules; the pre-standard component version (0x0d) otherwise
    quint16 layer = 0;   // 0 core module, 1 component
    qint64 fileSize = 0;
    QList<WasmSection> sections;
    QList<WasmImport> imports;
    QList<WasmExport> exports;
    // False when an import or export section used an encoding this reader does not know; `notes` says why.
    bool detailsDecoded = true;
    QStringList notes;

    int customSectionCount() const;
};

// A WASM artifact: the module read from its layer, and the config's fields (CNCF TAG Runtime layout).
struct WasmContents
{
    WasmModule module;
    QString layerTitle;
    QList<oci::ConfigField> configFields;
};

// Parses the WebAssembly binary format (core spec §5 "Binary Format", component-model Binary.md): the
// preamble, then each section's id and LEB128 size, seeking over sections it does not need; only import and
// export sections are read into memory (at most kMaxDetailBytes in all). Every length is checked against
// what is left of the file, so a truncated or malformed binary gives a clear error, never a read past the
// end or an allocation the file did not pay for.
class WasmModuleReader final
{
public:
    static constexpr qint64 kMaxDetailBytes = 64 * 1024 * 1024;
    static constexpr int kMaxSections = 100000;
    static constexpr int kMaxEntries = 100000;
    static constexpr qint64 kMaxConfigSize = 256 * 1024;

    WasmModuleReader() = delete;

    // `device` must be open for reading and seekable (a file or a buffer).
    static Result<WasmModule> read(QIODevice& device);
    static Result<WasmModule> read(const QByteArray& bytes);
    static Result<WasmModule> readFile(const QString& path);

    static Result<WasmContents> load(store::Store& store, const oci::Manifest& manifest, BlobSpool& spool,
                                     store::TransferControl* control = nullptr);
    // The module layer: application/wasm or one of the legacy WASM layer types; nullptr when none.
    static const oci::Descriptor* moduleLayer(const oci::Manifest& manifest);

    static QString sectionName(bool component, int id);
};

} // namespace lading::inspect
