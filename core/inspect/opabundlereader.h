#pragma once

#include "core/inspect/blobspool.h"
#include "core/oci/manifest.h"
#include "core/store/store.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lading::inspect {

struct OpaPolicyFile
{
    QString path;
    qint64 size = 0;
    QString package; // "authz.allow" from "package authz.allow"; empty when none was found
};

struct OpaDataFile
{
    QString path;
    qint64 size = 0;
};

// An OPA bundle (open-policy-agent docs "Bundles"): Rego policies, data documents and the optional
// ".manifest" (revision, roots, rego_version, metadata), whether it came as one tar+gzip layer (`opa build`,
// `policy push`) or as one layer per file (conftest push).
struct OpaBundle
{
    bool hasManifest = false;
    QString revision;
    QStringList roots;              // as written; a bundle without roots owns everything ("")
    std::optional<int> regoVersion; // 0 (v0 syntax) or 1 (Rego v1)
    QString metadataJson;           // the manifest's "metadata" object, compact; empty when none
    QList<OpaPolicyFile> policies;  // sorted by path
    QList<OpaDataFile> dataFiles;   // data.json / data.yaml documents, sorted by path
    QStringList otherFiles;         // anything else (wasm modules, …)
    bool hasSignatures = false;     // a .signatures.json file
    bool perFileLayers = false;     // conftest layout
    int unsafeEntries = 0;
    bool listingTruncated = false;
    QStringList notes;
};

// Reads OPA bundles from a registry or layout. The bundle layer is streamed from a verified local file;
// of each .rego only the first kMaxRegoHead bytes are read to find its package line.
class OpaBundleReader final
{
public:
    static constexpr qint64 kMaxRegoHead = 64 * 1024;
    static constexpr qint64 kMaxManifestSize = 1024 * 1024;

    OpaBundleReader() = delete;

    // A bundle archive (tar, gzip-compressed or not) at `path`.
    static Result<OpaBundle> readArchive(const QString& path);
    // Applies a ".manifest" document. An unreadable one is an error; the bundle keeps what it had.
    static Status applyManifest(OpaBundle& bundle, const QByteArray& manifestJson);
    // The package a Rego file declares (its first "package" line, comments skipped), or "".
    static QString packageOf(const QByteArray& rego);

    // Either layout, from the manifest's layers.
    static Result<OpaBundle> load(store::Store& store, const oci::Manifest& manifest, BlobSpool& spool,
                                  store::TransferControl* control = nullptr);
};

} // namespace lading::inspect
