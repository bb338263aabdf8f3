#include "tests/support/testartifacts.h"

#include "core/oci/mediatypes.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testmanifests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <archive.h>
#include <archive_entry.h>

namespace lading::test {

namespace MediaType = oci::MediaType;

namespace {

la_ssize_t appendToBuffer(struct archive*, void* buffer, const void* data, size_t size)
{
    static_cast<QByteArray*>(buffer)->append(static_cast<const char*>(data), qsizetype(size));
    return la_ssize_t(size);
}

oci::Descriptor titled(const QString& mediaType, const QByteArray& bytes, const QString& title)
{
    oci::Descriptor d = oci::Descriptor::forBytes(mediaType, bytes);
    if (!title.isEmpty())
        d.annotations.insert(QString(oci::Annotation::Title), title);
    return d;
}

TestArtifact assemble(const oci::Descriptor& config, const QByteArray& configBytes,
                      const QList<std::pair<oci::Descriptor, QByteArray>>& layers, const QString& extra = {})
{
    TestArtifact artifact;
    artifact.mediaType = QString(MediaType::OciManifest);
    artifact.blobs.append({config, configBytes});
    QList<oci::Descriptor> descriptors;
    for (const auto& layer : layers) {
        artifact.blobs.append(layer);
        descriptors.append(layer.first);
    }
    artifact.manifest = imageManifest(config, descriptors, extra);
    return artifact;
}

// --- bytes for the binary formats ---

void putU32(QByteArray& out, qsizetype at, quint32 value)
{
    qToLittleEndian(value, out.data() + at);
}
void putI32(QByteArray& out, qsizetype at, qint32 value)
{
    qToLittleEndian(value, out.data() + at);
}
void putI64(QByteArray& out, qsizetype at, qint64 value)
{
    qToLittleEndian(value, out.data() + at);
}
void putText(QByteArray& out, qsizetype at, const QByteArray& text)
{
    std::copy(text.begin(), text.end(), out.begin() + at);
}

// A section: id, LEB128 size (all test sections are under 128 bytes: one byte), content.
QByteArray section(quint8 id, const QByteArray& content)
{
    Q_ASSERT(content.size() < 128);
    QByteArray out;
    out.append(char(id));
    out.append(char(content.size()));
    out.append(content);
    return out;
}

QByteArray wasmName(const QByteArray& name)
{
    Q_ASSERT(name.size() < 128);
    return QByteArray(1, char(name.size())) + name;
}

QList<QByteArray> coreModuleSections()
{
    return {
        // type: (func (param i32)), (func)
        section(1, QByteArray::fromHex("02"
                                       "60017f00"
                                       "600000")),
        // import: "env" "log" (func (type 0))
        section(2,
                QByteArray::fromHex("01") + wasmName("env") + wasmName("log") + QByteArray::fromHex("0000")),
        // function: one, of type 1
        section(3, QByteArray::fromHex("0101")),
        // memory: one, min 1 page
        section(5, QByteArray::fromHex("010001")),
        // export: "run" func 1, "memory" memory 0
        section(7, QByteArray::fromHex("02") + wasmName("run") + QByteArray::fromHex("0001") +
                       wasmName("memory") + QByteArray::fromHex("0200")),
        // code: one body: no locals; i32.const 42; call 0; end
        section(10, QByteArray::fromHex("01"
                                        "06"
                                        "00"
                                        "412a"
                                        "1000"
                                        "0b")),
        // custom "name": module name subsection "demo"
        section(0, wasmName("name") + QByteArray::fromHex("0005") + wasmName("demo")),
    };
}

} // namespace

// --- Helm ---

QByteArray helmChartYaml()
{
    return QByteArrayLiteral("apiVersion: v2\n"
                             "name: demo-app\n"
                             "description: A demo web application\n"
                             "type: application\n"
                             "version: 1.2.3\n"
                             "appVersion: \"4.5.6\"\n"
                             "kubeVersion: \">=1.25.0\"\n"
                             "home: https://example.com/demo-app\n"
                             "sources:\n"
                             "  - https://github.com/example/demo-app\n"
                             "keywords:\n"
                             "  - demo\n"
                             "  - web\n"
                             "maintainers:\n"
                             "  - name: Jane Doe\n"
                             "    email: jane@example.com\n"
                             "dependencies:\n"
                             "  - name: redis\n"
                             "    version: 17.3.7\n"
                             "    repository: https://charts.example.com/stable\n"
                             "    condition: redis.enabled\n");
}

QByteArray helmConfigJson()
{
    return QByteArrayLiteral(
        R"({"apiVersion":"v2","name":"demo-app","description":"A demo web application","type":"application",)"
        R"("version":"1.2.3","appVersion":"4.5.6","kubeVersion":">=1.25.0","home":"https://example.com/demo-app",)"
        R"("sources":["https://github.com/example/demo-app"],"keywords":["demo","web"],)"
        R"("maintainers":[{"name":"Jane Doe","email":"jane@example.com"}],)"
        R"("dependencies":[{"name":"redis","version":"17.3.7","repository":"https://charts.example.com/stable",)"
        R"("condition":"redis.enabled"}]})");
}

QByteArray helmValuesYaml()
{
    return QByteArrayLiteral("replicaCount: 2\n"
                             "image:\n"
                             "  repository: example/demo-app\n"
                             "  tag: \"4.5.6\"\n"
                             "service:\n"
                             "  type: ClusterIP\n"
                             "  port: 8080\n"
                             "redis:\n"
                             "  enabled: false\n");
}

QByteArray helmDeploymentYaml()
{
    return QByteArrayLiteral("apiVersion: apps/v1\n"
                             "kind: Deployment\n"
                             "metadata:\n"
                             "  name: {{ include \"demo-app.fullname\" . }}\n"
                             "spec:\n"
                             "  replicas: {{ .Values.replicaCount }}\n"
                             "  template:\n"
                             "    spec:\n"
                             "      containers:\n"
                             "        - name: app\n"
                             "          image: \"{{ .Values.image.repository }}:{{ .Values.image.tag }}\"\n"
                             "          ports:\n"
                             "            - containerPort: {{ .Values.service.port }}\n");
}

QByteArray helmHelpersTpl()
{
    return QByteArrayLiteral(
        "{{- define \"demo-app.fullname\" -}}\n"
        "{{- printf \"%s-%s\" .Release.Name .Chart.Name | trunc 63 | trimSuffix \"-\" -}}\n"
        "{{- end -}}\n");
}

QByteArray helmReadme()
{
    return QByteArrayLiteral("# demo-app\n\nA demo web application.\n\n## Installing\n\n"
                             "    helm install demo oci://example.com/charts/demo-app --version 1.2.3\n");
}

QByteArray helmChartTgz(bool unsafeEntries)
{
    QList<std::pair<QString, QByteArray>> files{
        {QStringLiteral("demo-app/Chart.yaml"), helmChartYaml()},
        {QStringLiteral("demo-app/values.yaml"), helmValuesYaml()},
        {QStringLiteral("demo-app/templates/deployment.yaml"), helmDeploymentYaml()},
        {QStringLiteral("demo-app/templates/_helpers.tpl"), helmHelpersTpl()},
        {QStringLiteral("demo-app/README.md"), helmReadme()},
    };
    if (unsafeEntries) {
        files.append({QStringLiteral("../escape.yaml"), QByteArrayLiteral("escaped: true\n")});
        files.append({QStringLiteral("/etc/passwd"), QByteArrayLiteral("root:x:0:0::/root:/bin/sh\n")});
        files.append({QStringLiteral("demo-app/../../Chart.yaml"), QByteArrayLiteral("name: evil\n")});
    }
    return tarGzip(files);
}

// --- WebAssembly ---

QByteArray wasmCoreModule()
{
    QByteArray out = QByteArray::fromHex("0061736d01000000");
    for (const QByteArray& s : coreModuleSections())
        out.append(s);
    return out;
}

QList<qint64> wasmCoreModuleSectionStarts()
{
    QList<qint64> starts;
    qint64 at = 8;
    for (const QByteArray& s : coreModuleSections()) {
        starts.append(at);
        at += s.size();
    }
    starts.append(at);
    return starts;
}

QByteArray wasmComponent()
{
    QByteArray out = QByteArray::fromHex("0061736d0d000100");
    // A nested core module: just the core preamble.
    out.append(section(1, QByteArray::fromHex("0061736d01000000")));
    // type: one instance type with no declarations
    out.append(section(7, QByteArray::fromHex("014200")));
    // import: "wasi:cli/stdout@0.2.0" as an instance of type 0
    out.append(section(10, QByteArray::fromHex("0100") + wasmName("wasi:cli/stdout@0.2.0") +
                               QByteArray::fromHex("0500")));
    // export: "greeter", the instance 0, no type ascription
    out.append(
        section(11, QByteArray::fromHex("0100") + wasmName("greeter") + QByteArray::fromHex("050000")));
    return out;
}

// --- SIF ---

QByteArray sifDefinitionFile()
{
    return QByteArrayLiteral("Bootstrap: docker\nFrom: alpine:3.20\n\n%runscript\n    echo hello\n");
}

QByteArray sifSignatureBlock()
{
    return QByteArrayLiteral("-----BEGIN PGP SIGNATURE-----\n\nwsBcBAABCAAQBQJlVsMACRB0ZXN0a2V5AAoJEA==\n"
                             "=test\n-----END PGP SIGNATURE-----\n");
}

QByteArray sifImage()
{
    constexpr qint64 kDescriptorsAt = 4096;
    constexpr qint64 kDescriptorSize = 585;
    constexpr qint64 kDataAt = 32768;
    constexpr qint64 kPartitionAt = kDataAt + 4096;
    constexpr qint64 kPartitionSize = 8192;
    constexpr qint64 kSignatureAt = kPartitionAt + kPartitionSize;
    const QByteArray deffile = sifDefinitionFile();
    const QByteArray signature = sifSignatureBlock();

    QByteArray out(kSignatureAt + signature.size(), '\0');
    // Global header.
    putText(out, 0, QByteArrayLiteral("#!/usr/bin/env run-singularity\n"));
    putText(out, 32, QByteArrayLiteral("SIF_MAGIC"));
    putText(out, 42, QByteArrayLiteral("01"));
    putText(out, 45, QByteArrayLiteral("02"));
    putText(out, 48, QByteArray::fromHex("b2659d4ebd504ea5bd17eec5e54f918e"));
    putI64(out, 64, kSifCreated);
    putI64(out, 72, kSifModified);
    putI64(out, 80, 1);                    // free descriptors
    putI64(out, 88, 4);                    // total descriptors
    putI64(out, 96, kDescriptorsAt);       // descriptor table offset
    putI64(out, 104, 3 * kDescriptorSize); // bytes of used descriptors
    putI64(out, 112, kDataAt);
    putI64(out, 120, qint64(out.size()) - kDataAt);

    const auto descriptor = [&](int index, qint32 type, quint32 id, quint32 group, quint32 link,
                                qint64 offset, qint64 size, const QByteArray& name) {
        const qsizetype at = kDescriptorsAt + index * kDescriptorSize;
        putI32(out, at + 0, type);
        out[at + 4] = 1; // used
        putU32(out, at + 5, id);
        putU32(out, at + 9, group);
        putU32(out, at + 13, link);
        putI64(out, at + 17, offset);
        putI64(out, at + 25, size);
        putI64(out, at + 33, size);
        putI64(out, at + 41, kSifCreated);
        putI64(out, at + 49, kSifModified);
        putText(out, at + 73, name);
        return at + 201; // where "extra" starts
    };
    descriptor(0, 0x4001, 1, 0xf0000001, 0, kDataAt, deffile.size(), {});
    const qsizetype partitionExtra =
        descriptor(1, 0x4004, 2, 0xf0000001, 0, kPartitionAt, kPartitionSize, QByteArrayLiteral("rootfs"));
    putI32(out, partitionExtra, 1);     // squashfs
    putI32(out, partitionExtra + 4, 2); // primary system
    putText(out, partitionExtra + 8, QByteArrayLiteral("02"));
    const qsizetype signatureExtra =
        descriptor(2, 0x4005, 3, 0xf0000000, 0xf0000001, kSignatureAt, signature.size(), {});
    putI32(out, signatureExtra, 1); // SHA256
    putText(out, signatureExtra + 4, QByteArray::fromHex(kSifFingerprintHex));
    // Descriptor 3 stays unused (all zero).

    putText(out, kDataAt, deffile);
    putText(out, kPartitionAt, QByteArrayLiteral("hsqs")); // the squashfs magic, then zeros
    putText(out, kSignatureAt, signature);
    return out;
}

// --- OPA ---

QByteArray opaManifestJson()
{
    return QByteArrayLiteral(
        R"({"revision":"rev-42","roots":["authz","users"],"rego_version":1,"metadata":{"owner":"platform-team"}})");
}

QByteArray opaBundleTgz()
{
    return tarGzip({
        {QStringLiteral(".manifest"), opaManifestJson()},
        {QStringLiteral("authz/allow.rego"),
         QByteArrayLiteral("package authz\n\ndefault allow := false\n\nallow if input.user == \"admin\"\n")},
        {QStringLiteral("authz/admin/admin.rego"),
         QByteArrayLiteral(
             "# Admin rules.\n# Reviewed quarterly.\n\npackage authz.admin  # the admin rules\n\n"
             "is_admin if data.users[input.user].admin\n")},
        {QStringLiteral("users/data.json"),
         QByteArrayLiteral(R"({"alice":{"admin":true},"bob":{"admin":false}})")},
        {QStringLiteral("users/roles.yaml"), QByteArrayLiteral("roles:\n  - reader\n  - writer\n")},
        {QStringLiteral(".signatures.json"),
         QByteArrayLiteral(R"({"signatures":["eyJhbGciOiJSUzI1NiJ9.e30.c2ln"]})")},
    });
}

// --- ModelPack ---

QByteArray modelConfigJson()
{
    return QByteArrayLiteral(
        R"({"descriptor":{"createdAt":"2025-01-01T00:00:00Z","authors":["ml@example.com"],"vendor":"Example Corp.",)"
        R"("family":"tinyllm","name":"tinyllm-1b-instruct","version":"1.1","licenses":["Apache-2.0"]},)"
        R"("config":{"architecture":"transformer","format":"safetensors","paramSize":"1.1b","precision":"bf16",)"
        R"("quantization":"awq","capabilities":{"input_types":["text"],"output_types":["text"],"reasoning":true}},)"
        R"("modelfs":{"type":"layers","diff_ids":["sha256:1111111111111111111111111111111111111111111111111111111111111111"]}})");
}

// --- Files ---

QByteArray filesNotesText()
{
    return QByteArrayLiteral("Release notes\n=============\n\n- first line of notes\n- grüße aus Lading\n");
}

QByteArray filesBigLog()
{
    QByteArray out;
    for (int i = 0; out.size() < 1536 * 1024; ++i)
        out.append(QByteArray("line ") + QByteArray::number(i) + QByteArray(" of the big log, plain text\n"));
    return out;
}

// --- Artifacts ---

TestArtifact helmChartArtifact()
{
    const QByteArray config = helmConfigJson();
    const QByteArray chart = helmChartTgz();
    return assemble(oci::Descriptor::forBytes(QString(MediaType::HelmConfig), config), config,
                    {{oci::Descriptor::forBytes(QString(MediaType::HelmChart), chart), chart}},
                    QStringLiteral(R"("annotations":{"org.opencontainers.image.title":"demo-app",)"
                                   R"("org.opencontainers.image.version":"1.2.3"},)"));
}

namespace {
TestArtifact wasmArtifact(const QByteArray& module, const QString& os, const QString& componentJson)
{
    const oci::Descriptor layer =
        titled(QString(MediaType::WasmLayer), module, QStringLiteral("module.wasm"));
    const QByteArray config =
        QStringLiteral(R"({"created":"2025-03-01T10:00:00Z","author":"Lading tests","architecture":"wasm",)"
                       R"("os":"%1","layerDigests":["%2"]%3})")
            .arg(os, layer.digest.toString(), componentJson)
            .toUtf8();
    return assemble(oci::Descriptor::forBytes(QString(MediaType::WasmConfig), config), config,
                    {{layer, module}});
}
} // namespace

TestArtifact wasmModuleArtifact()
{
    return wasmArtifact(wasmCoreModule(), QStringLiteral("wasip1"), {});
}

TestArtifact wasmComponentArtifact()
{
    return wasmArtifact(
        wasmComponent(), QStringLiteral("wasip2"),
        QStringLiteral(R"(,"component":{"exports":["greeter"],"imports":["wasi:cli/stdout@0.2.0"],)"
                       R"("target":"wasi:cli/command@0.2.0"})"));
}

TestArtifact sifArtifact()
{
    const QByteArray config = QByteArrayLiteral("{}");
    const QByteArray sif = sifImage();
    return assemble(oci::Descriptor::forBytes(QString(MediaType::SifConfig), config), config,
                    {{titled(QString(MediaType::SifLayer), sif, QStringLiteral("demo.sif")), sif}});
}

TestArtifact opaBundleArtifact()
{
    const QByteArray config = QByteArrayLiteral("{}");
    const QByteArray bundle = opaBundleTgz();
    return assemble(oci::Descriptor::forBytes(QString(MediaType::OciConfig), config), config,
                    {{oci::Descriptor::forBytes(QString(MediaType::OciLayerTarGzip), bundle), bundle}});
}

TestArtifact conftestArtifact()
{
    const QByteArray config = QByteArrayLiteral("{}");
    const QByteArray policy =
        QByteArrayLiteral("package main\n\ndeny contains msg if input.kind == \"Pod\"\n");
    const QByteArray data = QByteArrayLiteral(R"({"allowed":["Deployment"]})");
    return assemble(
        oci::Descriptor::forBytes(QString(MediaType::OpaConfig), config), config,
        {{titled(QString(MediaType::OpaPolicyLayer), policy, QStringLiteral("policy/deny.rego")), policy},
         {titled(QString(MediaType::OpaDataLayer), data, QStringLiteral("data/kinds.json")), data},
         {titled(QString(MediaType::OpaManifestLayer), opaManifestJson(), QStringLiteral(".manifest")),
          opaManifestJson()}});
}

TestArtifact modelPackArtifact()
{
    const QByteArray config = modelConfigJson();
    const QByteArray weights(4096, '\x01');
    const QByteArray weightConfig = QByteArrayLiteral(R"({"hidden_size":64,"num_layers":2})");
    const QByteArray readme = QByteArrayLiteral("# tinyllm\n\nA tiny model for tests.\n");
    const QByteArray code = tarGzip({{QStringLiteral("src/infer.py"), QByteArrayLiteral("print('hi')\n")}});
    const auto file = [](const char* type, const QByteArray& bytes, const QString& path) {
        oci::Descriptor d = oci::Descriptor::forBytes(QString::fromLatin1(type), bytes);
        d.annotations.insert(QString(oci::Annotation::ModelFilepath), path);
        return std::pair{d, bytes};
    };
    return assemble(
        oci::Descriptor::forBytes(QString(MediaType::ModelConfig), config), config,
        {file("application/vnd.cncf.model.weight.v1.raw", weights, QStringLiteral("model.safetensors")),
         file("application/vnd.cncf.model.weight.config.v1.raw", weightConfig, QStringLiteral("config.json")),
         file("application/vnd.cncf.model.doc.v1.raw", readme, QStringLiteral("README.md")),
         file("application/vnd.cncf.model.code.v1.tar+gzip", code, QStringLiteral("src"))},
        QStringLiteral(R"("artifactType":"%1",)").arg(QString(MediaType::ModelManifest)));
}

TestArtifact filesArtifact(bool bigText)
{
    const QString layerTar = QString(MediaType::OciLayerTar);
    QList<std::pair<oci::Descriptor, QByteArray>> layers{
        {titled(layerTar, filesNotesText(), QStringLiteral("notes.txt")), filesNotesText()},
        {titled(QStringLiteral("application/yaml"), QByteArrayLiteral("mode: demo\nreplicas: 3\n"),
                QStringLiteral("settings.yaml")),
         QByteArrayLiteral("mode: demo\nreplicas: 3\n")},
        {titled(layerTar, QByteArray::fromHex("00010203fffefd00"), QStringLiteral("data.bin")),
         QByteArray::fromHex("00010203fffefd00")},
        {titled(layerTar, QByteArrayLiteral("plain words without an extension\n"), QStringLiteral("plain")),
         QByteArrayLiteral("plain words without an extension\n")},
    };
    if (bigText)
        layers.append({titled(layerTar, filesBigLog(), QStringLiteral("big.log")), filesBigLog()});
    const oci::Descriptor config = oci::Descriptor::empty();
    return assemble(config, oci::Descriptor::emptyBytes(), layers,
                    QStringLiteral(R"("artifactType":"%1",)").arg(QString(MediaType::UnknownArtifact)));
}

Result<oci::Descriptor> pushArtifact(store::Store& store, const TestArtifact& artifact, const QString& tag)
{
    for (const auto& [descriptor, bytes] : artifact.blobs)
        LADING_TRY(store.pushBlob(descriptor, bytes));
    return store.pushManifest(artifact.manifest, artifact.mediaType, tag);
}

bool seedArtifact(RegistryFixture& registry, const QString& repository, const QString& tag,
                  const TestArtifact& artifact, QString* why)
{
    for (const auto& blob : artifact.blobs) {
        auto pushed = registry.seedBlob(repository, blob.second);
        if (!pushed) {
            if (why)
                *why = pushed.error().message;
            return false;
        }
    }
    auto manifest = registry.seedManifest(repository, tag, artifact.manifest, artifact.mediaType);
    if (!manifest && why)
        *why = manifest.error().message;
    return manifest.ok();
}

QByteArray tarGzip(const QList<std::pair<QString, QByteArray>>& files)
{
    QByteArray out;
    struct archive* a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_format_pax_restricted(a);
    archive_write_set_bytes_in_last_block(a, 1); // no zero padding after the gzip stream: cuts are real
    archive_write_open(a, &out, nullptr, appendToBuffer, nullptr);
    for (const auto& [path, bytes] : files) {
        struct archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, path.toUtf8().constData());
        archive_entry_set_size(entry, bytes.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_mtime(entry, 1700000000, 0);
        archive_write_header(a, entry);
        archive_write_data(a, bytes.constData(), size_t(bytes.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

} // namespace lading::test
