#pragma once

#include "core/inspect/blobspool.h"
#include "core/inspect/textexcerpt.h"
#include "core/oci/configsummary.h"
#include "core/oci/manifest.h"
#include "core/store/store.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace lading::inspect {

struct HelmMaintainer
{
    QString name;
    QString email;
    QString url;
};

struct HelmDependency
{
    QString name;
    QString version;
    QString repository;
    QString condition;
    QString alias;
};

struct HelmFile
{
    QString path; // inside the chart folder: "templates/deployment.yaml"
    qint64 size = 0;
};

// What a Helm chart holds, for people: Chart.yaml's fields, values.yaml, README and the templates.
struct HelmChart
{
    QString name;
    QString version;
    QList<oci::ConfigField> fields; // name, version, appVersion, apiVersion, description, type, kubeVersion…
    QStringList sources;
    QStringList keywords;
    QList<HelmMaintainer> maintainers;
    QList<HelmDependency> dependencies;

    TextExcerpt chartYaml;
    TextExcerpt values;
    TextExcerpt readme;
    QList<HelmFile> templates;  // sorted by path
    int fileCount = 0;          // regular files in the chart archive
    qint64 unpackedSize = 0;    // their sizes added up
    bool hasProvenance = false; // the manifest carries a .prov layer
    int unsafeEntries = 0;      // archive names refused (absolute, "..")
    bool listingTruncated = false;
    QStringList notes; // what could not be read, translated
};

// Reads a Helm chart pushed the way `helm push` does it (oci-reference §7): the config blob is Chart.yaml as
// JSON, the chart layer a .tgz with "<name>/Chart.yaml", values.yaml, templates/… . The layer is streamed
// from a verified local file (BlobSpool), never whole in memory; texts are capped at kMaxTextSize.
class HelmChartReader final
{
public:
    static constexpr qint64 kMaxTextSize = 1024 * 1024;
    static constexpr qint64 kMaxConfigSize = 1024 * 1024;

    HelmChartReader() = delete;

    // The chart archive (.tgz) at `path`: its files, and the Chart.yaml fields as far as the minimal YAML
    // reader understands them (the config's JSON, applied after, is the better source).
    static Result<HelmChart> readArchive(const QString& path);
    // Takes the fields from the config blob (Chart.yaml as JSON). An unreadable config is an error; the
    // chart keeps what it had.
    static Status applyConfig(HelmChart& chart, const QByteArray& configJson);

    // Everything for a manifest: config and chart layer fetched from `store` (layer through `spool`).
    static Result<HelmChart> load(store::Store& store, const oci::Manifest& manifest, BlobSpool& spool,
                                  store::TransferControl* control = nullptr);
    // The chart layer of a manifest: the Helm content type, else the legacy tar+gzip; nullptr when none.
    static const oci::Descriptor* chartLayer(const oci::Manifest& manifest);
};

} // namespace lading::inspect
