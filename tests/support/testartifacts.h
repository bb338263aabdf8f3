#pragma once

#include "core/oci/descriptor.h"
#include "core/store/store.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace lading::test {

class RegistryFixture;

// Real material for the readers of core/inspect, made at test time: archives written with libarchive,
// binaries written byte by byte to their formats, and manifests laid out the way the ecosystem's own tools
// push them (helm push, wasm-to-oci / the CNCF WASM layout, singularity/apptainer push, opa and conftest,
// modctl, oras). Every value the tests check is a constant here.

// --- Helm -------------------------------------------------------------------------------------------------
QByteArray helmChartYaml();
QByteArray helmValuesYaml();
QByteArray helmReadme();
// Chart.yaml as the JSON helm push writes into the config blob.
QByteArray helmConfigJson();
QByteArray helmDeploymentYaml();
QByteArray helmHelpersTpl();
// "demo-app-1.2.3.tgz": demo-app/Chart.yaml, values.yaml, templates/deployment.yaml, templates/_helpers.tpl,
// README.md; with `unsafeEntries`, also entries named "../escape.yaml" and "/etc/passwd" that a reader must
// refuse.
QByteArray helmChartTgz(bool unsafeEntries = false);

// --- WebAssembly ------------------------------------------------------------------------------------------
// A core module: type, import "env"."log" (func), function, memory, export "run" (func) and "memory",
// code, and a custom "name" section; valid (run() calls log(42)).
QByteArray wasmCoreModule();
// The offsets where each section of wasmCoreModule() starts, and its end: cutting there leaves a valid
// module with fewer sections; cutting anywhere else truncates one.
QList<qint64> wasmCoreModuleSectionStarts();
// A component (version 0x0d, layer 1): a nested core module, a type, an import "wasi:cli/stdout@0.2.0"
// (instance) and an export "greeter" (instance).
QByteArray wasmComponent();

// --- SIF ---------------------------------------------------------------------------------------------------
// A SIF laid out as apptainer writes it: the 128-byte header, a table of 4 descriptors at 4096 (3 used:
// a definition file, a squashfs primary system partition for amd64, a SHA256 signature linked to group 1
// with a key fingerprint) and the data objects from 32768 on, the signature last, at the end of the file.
QByteArray sifImage();
inline constexpr qint64 kSifCreated = 1700000000;
inline constexpr qint64 kSifModified = 1700000100;
QByteArray sifDefinitionFile();
QByteArray sifSignatureBlock();
inline constexpr char kSifFingerprintHex[] = "0123456789ABCDEF0123456789ABCDEF01234567";

// --- OPA ---------------------------------------------------------------------------------------------------
QByteArray opaManifestJson();
// A bundle as `opa build` makes it: .manifest, authz/allow.rego, authz/admin/admin.rego (comment first),
// data/users/data.json, data/roles.yaml, .signatures.json.
QByteArray opaBundleTgz();

// --- ModelPack ---------------------------------------------------------------------------------------------
QByteArray modelConfigJson();

// --- Manifests ---------------------------------------------------------------------------------------------
// An artifact ready to push: the blobs (config first) and the exact manifest bytes.
struct TestArtifact
{
    QList<std::pair<oci::Descriptor, QByteArray>> blobs;
    QByteArray manifest;
    QString mediaType;

    oci::Descriptor layer(int index) const { return blobs.at(index + 1).first; }
};

TestArtifact helmChartArtifact();     // config Helm JSON, chart layer, no artifactType (helm push)
TestArtifact wasmModuleArtifact();    // WASM config v0 (wasip1), one application/wasm layer
TestArtifact wasmComponentArtifact(); // the component, os wasip2 and a "component" config object
TestArtifact sifArtifact();           // SIF config "{}", one SIF layer titled "demo.sif"
TestArtifact opaBundleArtifact();     // image config "{}", the bundle as one tar+gzip layer (opa / policy)
TestArtifact conftestArtifact();      // OPA config, one layer per .rego / data file (conftest push)
TestArtifact modelPackArtifact();     // ModelPack config, weight, weight config, doc and code layers
// ORAS-style files: notes.txt (text by extension), settings.yaml (application/yaml), data.bin (binary),
// plain (no extension, text to sniff); with `bigText`, also big.log, 1.5 MiB of text lines.
TestArtifact filesArtifact(bool bigText = false);
QByteArray filesNotesText();
QByteArray filesBigLog();

// Pushes blobs, then the manifest under `tag`.
Result<oci::Descriptor> pushArtifact(store::Store& store, const TestArtifact& artifact, const QString& tag);
// The same with the fixture's own HTTP code (not Lading's), for tests of the window against a registry.
bool seedArtifact(RegistryFixture& registry, const QString& repository, const QString& tag,
                  const TestArtifact& artifact, QString* why);

// A tar+gzip of (path, bytes) regular files, written with libarchive; fixed times so it is reproducible.
QByteArray tarGzip(const QList<std::pair<QString, QByteArray>>& files);

} // namespace lading::test
