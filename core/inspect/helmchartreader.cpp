#include "core/inspect/helmchartreader.h"

#include "core/inspect/tarwalker.h"
#include "core/oci/mediatypes.h"
#include "core/transfer/artifactdetector.h"
#include "core/util/translations.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

LADING_TR_CONTEXT(HelmChartReader);

namespace lading::inspect {

namespace MediaType = oci::MediaType;

namespace {

// Charts hold one folder; an archive with more top-level folders than this is not read for texts.
constexpr int kMaxTopFolders = 8;

// The texts at the top of one folder of the archive ("<name>/Chart.yaml" and friends).
struct FolderTexts
{
    TextExcerpt chartYaml;
    TextExcerpt values;
    TextExcerpt readme;
};

// One value of Chart.yaml: a list where one value belongs says nothing.
QString textOf(const QJsonValue& value)
{
    return value.isArray() ? QString() : oci::ConfigSummary::valueText(value);
}

QStringList stringsOf(const QJsonValue& value)
{
    QStringList out;
    if (value.isString()) {
        out.append(value.toString());
        return out;
    }
    for (const QJsonValue& item : value.toArray()) {
        const QString text = textOf(item);
        if (!text.isEmpty())
            out.append(text);
    }
    return out;
}

// README.md first, then any other README: the Markdown one is what Artifact Hub and helm show.
int readmeRank(const QString& fileName)
{
    const QString lower = fileName.toLower();
    if (lower == QLatin1String("readme.md"))
        return 3;
    if (lower.startsWith(QLatin1String("readme")))
        return lower.contains(QLatin1Char('.')) ? 2 : 1;
    return 0;
}

} // namespace

const oci::Descriptor* HelmChartReader::chartLayer(const oci::Manifest& manifest)
{
    for (const oci::Descriptor& layer : manifest.layers()) {
        if (MediaType::essence(layer.mediaType) == MediaType::HelmChart)
            return &layer;
    }
    for (const oci::Descriptor& layer : manifest.layers()) {
        const QString type = MediaType::essence(layer.mediaType);
        if (type == MediaType::HelmChartLegacy || type == MediaType::OciLayerTarGzip ||
            type == MediaType::DockerLayerTarGzip)
            return &layer;
    }
    return nullptr;
}

Result<HelmChart> HelmChartReader::readArchive(const QString& path)
{
    TarWalker walker;
    if (Status opened = walker.openFile(path); !opened)
        return Error::make(opened.error().kind,
                           tr("The chart archive cannot be read: %1").arg(opened.error().message));

    struct FileRecord
    {
        QString path;
        qint64 size;
    };
    QList<FileRecord> files;
    QHash<QString, FolderTexts> texts;
    QStringList chartFolders; // folders with a Chart.yaml, in archive order

    TarEntry entry;
    for (;;) {
        auto more = walker.next(entry);
        if (!more)
            return Error::make(Error::Kind::InvalidInput,
                               tr("The chart archive cannot be read: %1").arg(more.error().message));
        if (!more.value())
            break;
        if (!entry.isFile())
            continue;
        files.append({entry.path, entry.size});

        const int slash = entry.path.indexOf(QLatin1Char('/'));
        if (slash <= 0 || entry.path.indexOf(QLatin1Char('/'), slash + 1) >= 0)
            continue; // only "<folder>/<file>" holds the chart's own texts
        const QString folder = entry.path.left(slash);
        const QString fileName = entry.path.mid(slash + 1);
        TextExcerpt* target = nullptr;
        if (!texts.contains(folder) && texts.size() >= kMaxTopFolders)
            continue;
        FolderTexts& folderTexts = texts[folder];
        if (fileName == QLatin1String("Chart.yaml")) {
            target = &folderTexts.chartYaml;
            chartFolders.append(folder);
        } else if (fileName == QLatin1String("values.yaml")) {
            target = &folderTexts.values;
        } else if (const int rank = readmeRank(fileName);
                   rank > 0 && (!folderTexts.readme.isPresent() ||
                                rank > readmeRank(folderTexts.readme.name.section(QLatin1Char('/'), -1)))) {
            target = &folderTexts.readme;
        }
        if (!target)
            continue;
        bool truncated = false;
        auto data = walker.readData(kMaxTextSize, &truncated);
        if (!data)
            return Error::make(Error::Kind::InvalidInput,
                               tr("The chart archive cannot be read: %1").arg(data.error().message));
        *target = TextExcerpt::of(entry.path, data.value(), entry.size, truncated);
    }

    if (chartFolders.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           tr("The chart archive has no <name>/Chart.yaml: it is not a Helm chart."));

    HelmChart chart;
    const QString folder = chartFolders.constFirst();
    const FolderTexts& own = texts.value(folder);
    chart.name = folder;
    chart.chartYaml = own.chartYaml;
    chart.values = own.values;
    chart.readme = own.readme;
    chart.unsafeEntries = walker.unsafeEntries();
    chart.listingTruncated = walker.limitReached();
    const QString prefix = folder + QLatin1Char('/');
    const QString templatesPrefix = prefix + QLatin1String("templates/");
    for (const FileRecord& file : std::as_const(files)) {
        ++chart.fileCount;
        chart.unpackedSize += file.size;
        if (file.path.startsWith(templatesPrefix))
            chart.templates.append({file.path.mid(prefix.size()), file.size});
    }
    std::sort(chart.templates.begin(), chart.templates.end(),
              [](const HelmFile& a, const HelmFile& b) { return a.path < b.path; });

    // Fields from Chart.yaml itself, so a chart whose config is "{}" (or unreadable) still says what it is.
    if (chart.chartYaml.truncated) {
        chart.notes.append(tr("Chart.yaml is over 1 MiB; only its first 1 MiB is shown."));
    } else if (auto json = transfer::ArtifactDetector::helmConfigFromChartYaml(chart.chartYaml.text.toUtf8());
               json) {
        (void)applyConfig(chart, json.value());
    } else {
        chart.notes.append(tr("Chart.yaml could not be read: %1").arg(json.error().message));
    }
    return chart;
}

Status HelmChartReader::applyConfig(HelmChart& chart, const QByteArray& configJson)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(configJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::make(Error::Kind::InvalidInput, tr("The chart's config is not a JSON object."));
    const QJsonObject root = document.object();
    if (!root.contains(QLatin1String("name")) && !root.contains(QLatin1String("version")))
        return Error::make(Error::Kind::InvalidInput,
                           tr("The chart's config names no chart and no version."));

    QList<oci::ConfigField> fields;
    const auto add = [&](const QString& label, QLatin1StringView key) {
        if (!root.value(key).isArray())
            oci::ConfigSummary::addField(fields, label, root, key);
    };
    add(tr("Name"), QLatin1StringView("name"));
    add(tr("Version"), QLatin1StringView("version"));
    add(tr("App version"), QLatin1StringView("appVersion"));
    add(tr("Helm API"), QLatin1StringView("apiVersion"));
    add(tr("Description"), QLatin1StringView("description"));
    add(tr("Type"), QLatin1StringView("type"));
    add(tr("Kubernetes version"), QLatin1StringView("kubeVersion"));
    add(tr("Home"), QLatin1StringView("home"));
    add(tr("Icon"), QLatin1StringView("icon"));
    if (root.value(QLatin1StringView("deprecated")).toBool())
        fields.append({tr("Deprecated"), tr("yes")});
    chart.fields = fields;
    if (const QString name = root.value(QLatin1StringView("name")).toString(); !name.isEmpty())
        chart.name = name;
    chart.version = root.value(QLatin1StringView("version")).toString();
    chart.sources = stringsOf(root.value(QLatin1StringView("sources")));
    chart.keywords = stringsOf(root.value(QLatin1StringView("keywords")));

    chart.maintainers.clear();
    for (const QJsonValue& item : root.value(QLatin1StringView("maintainers")).toArray()) {
        const QJsonObject m = item.toObject();
        HelmMaintainer maintainer{textOf(m.value(QLatin1StringView("name"))),
                                  textOf(m.value(QLatin1StringView("email"))),
                                  textOf(m.value(QLatin1StringView("url")))};
        if (!maintainer.name.isEmpty() || !maintainer.email.isEmpty() || !maintainer.url.isEmpty())
            chart.maintainers.append(maintainer);
    }
    chart.dependencies.clear();
    for (const QJsonValue& item : root.value(QLatin1StringView("dependencies")).toArray()) {
        const QJsonObject d = item.toObject();
        HelmDependency dependency{
            textOf(d.value(QLatin1StringView("name"))), textOf(d.value(QLatin1StringView("version"))),
            textOf(d.value(QLatin1StringView("repository"))), textOf(d.value(QLatin1StringView("condition"))),
            textOf(d.value(QLatin1StringView("alias")))};
        if (!dependency.name.isEmpty())
            chart.dependencies.append(dependency);
    }
    return {};
}

Result<HelmChart> HelmChartReader::load(store::Store& store, const oci::Manifest& manifest, BlobSpool& spool,
                                        store::TransferControl* control)
{
    const oci::Descriptor* layer = chartLayer(manifest);
    if (!layer)
        return Error::make(Error::Kind::InvalidInput, tr("The manifest has no chart layer."));
    auto path = spool.localFile(store, *layer, control);
    if (!path)
        return path.error();
    auto chart = readArchive(path.value());
    if (!chart)
        return chart.error();
    HelmChart out = std::move(chart).value();
    for (const oci::Descriptor& d : manifest.layers()) {
        if (MediaType::essence(d.mediaType) == MediaType::HelmProvenance)
            out.hasProvenance = true;
    }

    const oci::Descriptor& config = manifest.config();
    if (MediaType::essence(config.mediaType) == MediaType::HelmConfig && config.isValid()) {
        if (config.size > kMaxConfigSize) {
            out.notes.append(tr("The chart's config is over 1 MiB and was not read."));
        } else if (auto bytes = store.fetchBlob(config, kMaxConfigSize); !bytes) {
            out.notes.append(tr("The chart's config could not be fetched: %1").arg(bytes.error().message));
        } else if (Status applied = applyConfig(out, bytes.value()); !applied) {
            out.notes.append(applied.error().message);
        }
    }
    return out;
}

} // namespace lading::inspect
