#include "core/inspect/opabundlereader.h"

#include "core/inspect/tarwalker.h"
#include "core/oci/mediatypes.h"
#include "core/util/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cctype>

LADING_TR_CONTEXT(OpaBundleReader);

namespace lading::inspect {

namespace MediaType = oci::MediaType;

namespace {

enum class FileRole
{
    Policy,
    Data,
    Manifest,
    Signatures,
    Other
};

FileRole roleOf(const QString& path)
{
    const QString name = path.section(QLatin1Char('/'), -1);
    if (name == QLatin1String(".manifest"))
        return FileRole::Manifest;
    if (name == QLatin1String(".signatures.json"))
        return FileRole::Signatures;
    if (name.endsWith(QLatin1String(".rego")))
        return FileRole::Policy;
    if (name.endsWith(QLatin1String(".json")) || name.endsWith(QLatin1String(".yaml")) ||
        name.endsWith(QLatin1String(".yml")))
        return FileRole::Data;
    return FileRole::Other;
}

void sortBundle(OpaBundle& bundle)
{
    std::sort(bundle.policies.begin(), bundle.policies.end(),
              [](const OpaPolicyFile& a, const OpaPolicyFile& b) { return a.path < b.path; });
    std::sort(bundle.dataFiles.begin(), bundle.dataFiles.end(),
              [](const OpaDataFile& a, const OpaDataFile& b) { return a.path < b.path; });
    bundle.otherFiles.sort();
}

void merge(OpaBundle& into, OpaBundle&& from)
{
    into.policies.append(from.policies);
    into.dataFiles.append(from.dataFiles);
    into.otherFiles.append(from.otherFiles);
    into.hasSignatures = into.hasSignatures || from.hasSignatures;
    into.unsafeEntries += from.unsafeEntries;
    into.listingTruncated = into.listingTruncated || from.listingTruncated;
    into.notes.append(from.notes);
    if (from.hasManifest && !into.hasManifest) {
        into.hasManifest = true;
        into.revision = from.revision;
        into.roots = from.roots;
        into.regoVersion = from.regoVersion;
        into.metadataJson = from.metadataJson;
    }
}

bool isBundleArchiveType(const QString& mediaType)
{
    const QString type = MediaType::essence(mediaType);
    return type == MediaType::OpaBundleLayer || type == MediaType::OciLayerTarGzip ||
           type == MediaType::OciLayerTar || type == MediaType::DockerLayerTarGzip;
}

} // namespace

QString OpaBundleReader::packageOf(const QByteArray& rego)
{
    for (const QByteArray& rawLine : rego.split('\n')) {
        QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (!line.startsWith("package") || line.size() < 8 || !std::isspace(uchar(line.at(7))))
            return {}; // the package clause comes first in a Rego file
        line = line.mid(8);
        if (const qsizetype comment = line.indexOf('#'); comment >= 0)
            line.truncate(comment);
        return QString::fromUtf8(line.trimmed());
    }
    return {};
}

Status OpaBundleReader::applyManifest(OpaBundle& bundle, const QByteArray& manifestJson)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(manifestJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::make(Error::Kind::InvalidInput,
                           tr("The bundle's .manifest is not a JSON object: %1")
                               .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                 : tr("another JSON value")));
    const QJsonObject root = document.object();
    bundle.hasManifest = true;
    const QJsonValue revision = root.value(QLatin1StringView("revision"));
    bundle.revision = revision.isString() ? revision.toString() : QString();
    bundle.roots.clear();
    for (const QJsonValue& item : root.value(QLatin1StringView("roots")).toArray()) {
        if (item.isString())
            bundle.roots.append(item.toString());
    }
    const QJsonValue regoVersion = root.value(QLatin1StringView("rego_version"));
    if (regoVersion.isDouble())
        bundle.regoVersion = regoVersion.toInt();
    else
        bundle.regoVersion.reset();
    const QJsonValue metadata = root.value(QLatin1StringView("metadata"));
    bundle.metadataJson =
        metadata.isObject() && !metadata.toObject().isEmpty()
            ? QString::fromUtf8(QJsonDocument(metadata.toObject()).toJson(QJsonDocument::Compact))
            : QString();
    return {};
}

Result<OpaBundle> OpaBundleReader::readArchive(const QString& path)
{
    TarWalker walker;
    if (Status opened = walker.openFile(path); !opened)
        return Error::make(opened.error().kind,
                           tr("The bundle archive cannot be read: %1").arg(opened.error().message));
    OpaBundle bundle;
    TarEntry entry;
    for (;;) {
        auto more = walker.next(entry);
        if (!more)
            return Error::make(Error::Kind::InvalidInput,
                               tr("The bundle archive cannot be read: %1").arg(more.error().message));
        if (!more.value())
            break;
        if (!entry.isFile())
            continue;
        switch (roleOf(entry.path)) {
        case FileRole::Policy: {
            auto head = walker.readData(kMaxRegoHead);
            if (!head)
                return Error::make(Error::Kind::InvalidInput,
                                   tr("The bundle archive cannot be read: %1").arg(head.error().message));
            bundle.policies.append({entry.path, entry.size, packageOf(head.value())});
            break;
        }
        case FileRole::Data:
            bundle.dataFiles.append({entry.path, entry.size});
            break;
        case FileRole::Manifest: {
            bool truncated = false;
            auto bytes = walker.readData(kMaxManifestSize, &truncated);
            if (!bytes)
                return Error::make(Error::Kind::InvalidInput,
                                   tr("The bundle archive cannot be read: %1").arg(bytes.error().message));
            if (truncated)
                bundle.notes.append(tr("The bundle's .manifest is over 1 MiB and was not read."));
            else if (Status applied = applyManifest(bundle, bytes.value()); !applied)
                bundle.notes.append(applied.error().message);
            break;
        }
        case FileRole::Signatures:
            bundle.hasSignatures = true;
            break;
        case FileRole::Other:
            bundle.otherFiles.append(entry.path);
            break;
        }
    }
    bundle.unsafeEntries = walker.unsafeEntries();
    bundle.listingTruncated = walker.limitReached();
    sortBundle(bundle);
    return bundle;
}

Result<OpaBundle> OpaBundleReader::load(store::Store& store, const oci::Manifest& manifest, BlobSpool& spool,
                                        store::TransferControl* control)
{
    bool perFile = false;
    for (const oci::Descriptor& layer : manifest.layers()) {
        const QString type = MediaType::essence(layer.mediaType);
        if (type == MediaType::OpaPolicyLayer || type == MediaType::OpaDataLayer ||
            type == MediaType::OpaManifestLayer)
            perFile = true;
    }

    if (!perFile) {
        for (const oci::Descriptor& layer : manifest.layers()) {
            if (!isBundleArchiveType(layer.mediaType))
                continue;
            auto path = spool.localFile(store, layer, control);
            if (!path)
                return path.error();
            return readArchive(path.value());
        }
        return Error::make(Error::Kind::InvalidInput, tr("The manifest has no policy bundle layer to read."));
    }

    // conftest: one layer per file, the file's path in its title.
    OpaBundle bundle;
    bundle.perFileLayers = true;
    for (const oci::Descriptor& layer : manifest.layers()) {
        const QString type = MediaType::essence(layer.mediaType);
        if (isBundleArchiveType(type)) {
            auto path = spool.localFile(store, layer, control);
            if (!path)
                return path.error();
            auto archive = readArchive(path.value());
            if (!archive)
                return archive.error();
            merge(bundle, std::move(archive).value());
            continue;
        }
        const QString title =
            layer.title().isEmpty() ? layer.digest.shortForm() : TarWalker::cleanName(layer.title());
        if (title.isEmpty()) {
            ++bundle.unsafeEntries;
            continue;
        }
        if (type == MediaType::OpaPolicyLayer) {
            OpaPolicyFile policy{title, layer.size, {}};
            if (layer.size <= kMaxManifestSize) {
                if (auto bytes = store.fetchBlob(layer, kMaxManifestSize))
                    policy.package = packageOf(bytes->left(kMaxRegoHead));
                else
                    bundle.notes.append(tr("%1 could not be fetched: %2").arg(title, bytes.error().message));
            }
            bundle.policies.append(policy);
        } else if (type == MediaType::OpaDataLayer) {
            bundle.dataFiles.append({title, layer.size});
        } else if (type == MediaType::OpaManifestLayer) {
            if (layer.size > kMaxManifestSize) {
                bundle.notes.append(tr("The bundle's .manifest is over 1 MiB and was not read."));
            } else if (auto bytes = store.fetchBlob(layer, kMaxManifestSize); !bytes) {
                bundle.notes.append(tr("%1 could not be fetched: %2").arg(title, bytes.error().message));
            } else if (Status applied = applyManifest(bundle, bytes.value()); !applied) {
                bundle.notes.append(applied.error().message);
            }
        } else {
            bundle.otherFiles.append(title);
        }
    }
    sortBundle(bundle);
    return bundle;
}

} // namespace lading::inspect
