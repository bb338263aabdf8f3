#include "core/transfer/artifactdetector.h"

#include "core/oci/digester.h"
#include "core/oci/mediatypes.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <archive.h>
#include <archive_entry.h>
#include <memory>

LADING_TR_CONTEXT(ArtifactDetector);

namespace lading::transfer {

namespace MediaType = oci::MediaType;
namespace Annotation = oci::Annotation;

namespace {

// JSON documents are recognised by their first bytes: SBOMs can be large, and the keys that tell them
// apart come first in every tool's output we know of.
constexpr qint64 kHeadSize = 64 * 1024;
// Chart.yaml is a few KiB; a bigger one is not something to hold in memory for a guess.
constexpr qint64 kMaxChartYaml = 1024 * 1024;
// More archive entries than this is not a chart or policy bundle worth listing in full for a guess.
constexpr int kMaxEntries = 100000;

enum class FileKind
{
    Folder,
    Other,
    HelmChart,
    Provenance,
    Wasm,
    Sif,
    OpaBundle,
    Rego,
    OpaData,
    OpaManifest,
    Spdx,
    CycloneDx,
    Dsse,
    SigstoreBundle,
    CosignSig,
    NotationJose,
    NotationCose,
};

struct Probe
{
    QString path;
    FileKind kind = FileKind::Other;
    QByteArray chartYaml;    // HelmChart
    QString chartName;       // HelmChart
    QString bundleMediaType; // SigstoreBundle: the bundle's own mediaType
    QString bundleContent;   // SigstoreBundle: message-signature or dsse-envelope
    bool wasmComponent = false;
};

struct ArchiveReadDeleter
{
    void operator()(struct archive* a) const { archive_read_free(a); }
};
using ReadArchive = std::unique_ptr<struct archive, ArchiveReadDeleter>;

QString entryName(archive_entry* entry)
{
    if (const char* utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    if (const char* raw = archive_entry_pathname(entry))
        return QFile::decodeName(raw);
    return {};
}

// Lists a (possibly compressed) tar by streaming it: a Helm chart has "<name>/Chart.yaml" at its top, an OPA
// bundle holds only Rego, data and manifest files. Unreadable archives are neither.
void probeArchive(Probe& probe)
{
    ReadArchive a(archive_read_new());
    if (!a)
        return;
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_gnutar(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(probe.path).constData(), 64 * 1024) !=
        ARCHIVE_OK)
        return;
    bool hasRego = false;
    bool hasManifest = false;
    bool onlyBundleFiles = true;
    int files = 0;
    archive_entry* entry = nullptr;
    for (int n = 0; n < kMaxEntries; ++n) {
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN)
            return;
        QString name = entryName(entry);
        while (name.startsWith(QLatin1String("./")))
            name = name.mid(2);
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        ++files;
        const QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() == 2 && parts[1] == QLatin1String("Chart.yaml") && probe.chartYaml.isEmpty()) {
            const qint64 size = archive_entry_size(entry);
            if (size <= 0 || size > kMaxChartYaml)
                continue;
            QByteArray bytes(size, Qt::Uninitialized);
            if (archive_read_data(a.get(), bytes.data(), static_cast<size_t>(size)) != size)
                return;
            probe.chartYaml = bytes;
            probe.chartName = parts[0];
            continue;
        }
        const QString base = parts.isEmpty() ? QString() : parts.last();
        if (base.endsWith(QLatin1String(".rego")))
            hasRego = true;
        else if (base == QLatin1String(".manifest"))
            hasManifest = true;
        else if (!(base.endsWith(QLatin1String(".json")) || base.endsWith(QLatin1String(".yaml")) ||
                   base.endsWith(QLatin1String(".yml"))))
            onlyBundleFiles = false;
    }
    if (!probe.chartYaml.isEmpty())
        probe.kind = FileKind::HelmChart;
    else if (files > 0 && onlyBundleFiles && (hasRego || hasManifest))
        probe.kind = FileKind::OpaBundle;
}

Result<QByteArray> readHead(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, tr("Cannot read \"%1\": %2").arg(path, file.errorString()));
    return file.read(kHeadSize);
}

bool hasJsonKey(const QByteArray& head, const char* key)
{
    return head.contains(QByteArray(QByteArray("\"") + key + "\""));
}

QString jsonStringValue(const QByteArray& head, const char* key)
{
    static const QString pattern = QStringLiteral("\"%1\"\\s*:\\s*\"([^\"]*)\"");
    const QRegularExpression re(pattern.arg(QLatin1String(key)));
    const auto match = re.match(QString::fromUtf8(head));
    return match.hasMatch() ? match.captured(1) : QString();
}

Result<Probe> probePath(const QString& path)
{
    Probe probe;
    probe.path = path;
    const QFileInfo info(path);
    if (!info.exists())
        return Error::make(Error::Kind::NotFound, tr("\"%1\" does not exist").arg(path));
    if (info.isDir()) {
        probe.kind = FileKind::Folder;
        return probe;
    }
    const QString name = info.fileName().toLower();
    auto head = readHead(path);
    if (!head)
        return head.error();
    const QByteArray& h = head.value();
    const QByteArray trimmed = h.trimmed();
    const bool json = trimmed.startsWith('{');

    if (h.startsWith(QByteArray("\0asm", 4))) {
        probe.kind = FileKind::Wasm;
        // Components have version 0x0d and layer 1 (bytes 4..7 = 0d 00 01 00); core modules version 1.
        probe.wasmComponent = h.size() >= 8 && h.at(4) == 0x0d && h.at(6) == 0x01;
    } else if (h.mid(32, 9) == "SIF_MAGIC" || h.startsWith("SIF_MAGIC")) {
        probe.kind = FileKind::Sif;
    } else if (name.endsWith(QLatin1String(".tgz")) || name.endsWith(QLatin1String(".tar.gz")) ||
               name.endsWith(QLatin1String(".tar"))) {
        probeArchive(probe);
    } else if (name.endsWith(QLatin1String(".prov"))) {
        probe.kind = FileKind::Provenance;
    } else if (name.endsWith(QLatin1String(".rego"))) {
        probe.kind = FileKind::Rego;
    } else if (name == QLatin1String(".manifest")) {
        probe.kind = FileKind::OpaManifest;
    } else if (json && hasJsonKey(h, "spdxVersion")) {
        probe.kind = FileKind::Spdx;
    } else if (json && jsonStringValue(h, "bomFormat") == QLatin1String("CycloneDX")) {
        probe.kind = FileKind::CycloneDx;
    } else if (json && jsonStringValue(h, "mediaType")
                           .startsWith(QLatin1String("application/vnd.dev.sigstore.bundle"))) {
        probe.kind = FileKind::SigstoreBundle;
        probe.bundleMediaType = jsonStringValue(h, "mediaType");
        if (hasJsonKey(h, "dsseEnvelope"))
            probe.bundleContent = QStringLiteral("dsse-envelope");
        else if (hasJsonKey(h, "messageSignature"))
            probe.bundleContent = QStringLiteral("message-signature");
    } else if (json && hasJsonKey(h, "payloadType") && hasJsonKey(h, "signatures")) {
        probe.kind = FileKind::Dsse;
    } else if (name.endsWith(QLatin1String(".sig"))) {
        if (json && hasJsonKey(h, "protected") && hasJsonKey(h, "signature"))
            probe.kind = FileKind::NotationJose;
        else if (!h.isEmpty() && static_cast<unsigned char>(h.at(0)) == 0xd2) // CBOR tag 18: COSE_Sign1
            probe.kind = FileKind::NotationCose;
        else
            probe.kind = FileKind::CosignSig;
    } else if (name.endsWith(QLatin1String(".json"))) {
        probe.kind = FileKind::OpaData; // only counts as policy data next to .rego files
    }
    return probe;
}

// --- A minimal YAML reader, enough for Chart.yaml: block mappings and sequences, plain and quoted
// scalars, flow sequences of scalars, block scalars (| and >), comments.

struct YamlLine
{
    int indent = 0;
    QString text; // without indentation and comment
    QString raw;  // as written, for block scalars that keep their own indentation
    bool blank = false;
};

QString stripComment(const QString& line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\') && quote == QLatin1Char('"'))
                ++i;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace())) {
            return line.left(i);
        }
    }
    return line;
}

// The position of the ':' that ends a mapping key, or -1.
qsizetype keyColon(const QString& text)
{
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && i == 0) {
            quote = c;
        } else if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
            return -1;
        } else if (c == QLatin1Char(':') && (i + 1 == text.size() || text.at(i + 1).isSpace())) {
            return i;
        }
    }
    return -1;
}

QString unquote(const QString& text)
{
    const QString t = text.trimmed();
    if (t.size() >= 2 && t.startsWith(QLatin1Char('\'')) && t.endsWith(QLatin1Char('\'')))
        return t.mid(1, t.size() - 2).replace(QLatin1String("''"), QLatin1String("'"));
    if (t.size() >= 2 && t.startsWith(QLatin1Char('"')) && t.endsWith(QLatin1Char('"'))) {
        QString out;
        const QString inner = t.mid(1, t.size() - 2);
        for (qsizetype i = 0; i < inner.size(); ++i) {
            QChar c = inner.at(i);
            if (c == QLatin1Char('\\') && i + 1 < inner.size()) {
                const QChar e = inner.at(++i);
                if (e == QLatin1Char('n'))
                    c = QLatin1Char('\n');
                else if (e == QLatin1Char('t'))
                    c = QLatin1Char('\t');
                else
                    c = e;
            }
            out.append(c);
        }
        return out;
    }
    return t;
}

QJsonValue scalar(const QString& text)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']'))) {
        QJsonArray array;
        const QString inner = t.mid(1, t.size() - 2).trimmed();
        if (!inner.isEmpty()) {
            for (const QString& item : inner.split(QLatin1Char(',')))
                array.append(unquote(item));
        }
        return array;
    }
    if (t == QLatin1String("{}"))
        return QJsonObject();
    if (t == QLatin1String("~") || t == QLatin1String("null"))
        return QJsonValue::Null;
    return unquote(t);
}

class YamlReader
{
public:
    explicit YamlReader(const QByteArray& bytes)
    {
        const QStringList raw = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
        for (QString line : raw) {
            line.remove(QLatin1Char('\r'));
            YamlLine l;
            l.raw = line;
            const QString content = stripComment(line);
            if (content.trimmed().isEmpty() || content.trimmed() == QLatin1String("---")) {
                l.blank = true;
            } else {
                qsizetype indent = 0;
                while (indent < content.size() && content.at(indent) == QLatin1Char(' '))
                    ++indent;
                l.indent = static_cast<int>(indent);
                l.text = content.mid(indent).trimmed();
            }
            m_lines.append(l);
        }
    }

    Result<QJsonObject> document()
    {
        skipBlank();
        if (m_pos >= m_lines.size())
            return QJsonObject();
        const QJsonValue root = node(m_lines[m_pos].indent);
        skipBlank();
        if (!root.isObject() || m_pos < m_lines.size())
            return Error::make(Error::Kind::InvalidInput,
                               tr("Chart.yaml is not a YAML mapping this reader understands"));
        return root.toObject();
    }

private:
    using Line = YamlLine;

    void skipBlank()
    {
        while (m_pos < m_lines.size() && m_lines[m_pos].blank)
            ++m_pos;
    }
    static bool isItem(const QString& text)
    {
        return text == QLatin1String("-") || text.startsWith(QLatin1String("- "));
    }

    QJsonValue node(int indent)
    {
        skipBlank();
        if (m_pos < m_lines.size() && isItem(m_lines[m_pos].text))
            return sequence(indent);
        return mapping(indent);
    }

    QJsonValue mapping(int indent)
    {
        QJsonObject object;
        while (true) {
            skipBlank();
            if (m_pos >= m_lines.size() || m_lines[m_pos].indent != indent || isItem(m_lines[m_pos].text))
                break;
            const QString text = m_lines[m_pos].text;
            const qsizetype colon = keyColon(text);
            if (colon < 0)
                break;
            const QString key = unquote(text.left(colon));
            const QString value = text.mid(colon + 1).trimmed();
            ++m_pos;
            if (value.startsWith(QLatin1Char('|')) || value.startsWith(QLatin1Char('>'))) {
                object.insert(key, blockScalar(indent, value));
            } else if (!value.isEmpty()) {
                object.insert(key, scalar(value));
            } else {
                skipBlank();
                if (m_pos < m_lines.size() &&
                    (m_lines[m_pos].indent > indent ||
                     (m_lines[m_pos].indent == indent && isItem(m_lines[m_pos].text))))
                    object.insert(key, node(m_lines[m_pos].indent));
                else
                    object.insert(key, QJsonValue::Null);
            }
        }
        return object;
    }

    QJsonValue sequence(int indent)
    {
        QJsonArray array;
        while (true) {
            skipBlank();
            if (m_pos >= m_lines.size() || m_lines[m_pos].indent != indent || !isItem(m_lines[m_pos].text))
                break;
            Line& line = m_lines[m_pos];
            const QString rest = line.text.mid(1);
            const QString item = rest.trimmed();
            if (item.isEmpty()) {
                ++m_pos;
                skipBlank();
                if (m_pos < m_lines.size() && m_lines[m_pos].indent > indent)
                    array.append(node(m_lines[m_pos].indent));
                else
                    array.append(QJsonValue::Null);
            } else if (keyColon(item) >= 0) {
                // "- key: value" opens a mapping whose keys line up with "key".
                qsizetype spaces = 0;
                while (spaces < rest.size() && rest.at(spaces) == QLatin1Char(' '))
                    ++spaces;
                line.indent = indent + 1 + static_cast<int>(spaces);
                line.text = item;
                array.append(mapping(line.indent));
            } else {
                ++m_pos;
                array.append(scalar(item));
            }
        }
        return array;
    }

    QString blockScalar(int indent, const QString& header)
    {
        const bool folded = header.startsWith(QLatin1Char('>'));
        const bool keep = header.contains(QLatin1Char('+'));
        const bool strip = header.contains(QLatin1Char('-'));
        QStringList lines;
        int blockIndent = -1;
        while (m_pos < m_lines.size()) {
            const Line& line = m_lines[m_pos];
            if (!line.blank && line.indent <= indent)
                break;
            if (line.blank) {
                lines.append(QString());
            } else {
                if (blockIndent < 0)
                    blockIndent = line.indent;
                lines.append(line.raw.mid(qMin<qsizetype>(blockIndent, line.raw.size())));
            }
            ++m_pos;
        }
        int trailing = 0;
        while (!lines.isEmpty() && lines.last().isEmpty()) {
            lines.removeLast();
            ++trailing;
        }
        QString text;
        if (folded) {
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    text += (lines[i].isEmpty() || lines[i - 1].isEmpty()) ? QStringLiteral("\n")
                                                                           : QStringLiteral(" ");
                text += lines[i];
            }
        } else {
            text = lines.join(QLatin1Char('\n'));
        }
        if (!strip && !text.isEmpty())
            text += QLatin1Char('\n');
        if (keep)
            text += QString(trailing, QLatin1Char('\n'));
        return text;
    }

    QList<Line> m_lines;
    qsizetype m_pos = 0;
};

// Unknown keys keep what YAML meant: plain true/false as booleans, plain numbers as numbers.
QJsonValue typed(const QJsonValue& value)
{
    if (value.isString()) {
        const QString s = value.toString();
        if (s == QLatin1String("true") || s == QLatin1String("false"))
            return s == QLatin1String("true");
        bool isNumber = false;
        const double number = s.toDouble(&isNumber);
        if (isNumber && !s.isEmpty())
            return number;
        return value;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(typed(v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), typed(it.value()));
        return out;
    }
    return value;
}

QJsonValue toBool(const QJsonValue& value)
{
    return value.isString() ? QJsonValue(value.toString() == QLatin1String("true")) : value;
}

QByteArray compact(const QJsonValue& value)
{
    // QJsonDocument writes only objects and arrays: wrap the value and cut the brackets off.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

Result<QByteArray> ArtifactDetector::helmConfigFromChartYaml(const QByteArray& chartYaml)
{
    YamlReader reader(chartYaml);
    auto parsed = reader.document();
    if (!parsed)
        return parsed.error();
    QJsonObject chart = parsed.value();
    if (chart.value(QLatin1String("name")).toString().isEmpty() ||
        chart.value(QLatin1String("version")).toString().isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("Chart.yaml has no name or no version"));

    // Helm marshals its chart.Metadata struct: these keys, in this order, empty ones left out. Keys Helm
    // does not know follow, sorted, so nothing the chart author wrote is lost.
    static const QStringList helmOrder = {
        QStringLiteral("name"),         QStringLiteral("home"),        QStringLiteral("sources"),
        QStringLiteral("version"),      QStringLiteral("description"), QStringLiteral("keywords"),
        QStringLiteral("maintainers"),  QStringLiteral("icon"),        QStringLiteral("apiVersion"),
        QStringLiteral("condition"),    QStringLiteral("tags"),        QStringLiteral("appVersion"),
        QStringLiteral("deprecated"),   QStringLiteral("annotations"), QStringLiteral("kubeVersion"),
        QStringLiteral("dependencies"), QStringLiteral("type"),
    };
    if (chart.contains(QLatin1String("deprecated")))
        chart.insert(QLatin1String("deprecated"), toBool(chart.value(QLatin1String("deprecated"))));
    if (chart.value(QLatin1String("dependencies")).isArray()) {
        QJsonArray dependencies;
        for (const QJsonValue& d : chart.value(QLatin1String("dependencies")).toArray()) {
            QJsonObject dependency = d.toObject();
            if (dependency.contains(QLatin1String("enabled")))
                dependency.insert(QLatin1String("enabled"),
                                  toBool(dependency.value(QLatin1String("enabled"))));
            dependencies.append(dependency);
        }
        chart.insert(QLatin1String("dependencies"), dependencies);
    }

    auto isEmpty = [](const QJsonValue& v) {
        return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()) ||
               (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty()) ||
               (v.isBool() && !v.toBool());
    };
    QByteArray out("{");
    bool first = true;
    auto add = [&](const QString& key, const QJsonValue& value) {
        if (!first)
            out += ',';
        first = false;
        out += compact(key) + ':' + compact(value);
    };
    for (const QString& key : helmOrder) {
        const QJsonValue value = chart.value(key);
        if (!isEmpty(value))
            add(key, value);
    }
    QStringList unknown = chart.keys();
    unknown.sort();
    for (const QString& key : std::as_const(unknown)) {
        if (!helmOrder.contains(key))
            add(key, typed(chart.value(key)));
    }
    out += '}';
    return out;
}

QString ArtifactDetector::tagForVersion(const QString& version)
{
    QString tag = version;
    return tag.replace(QLatin1Char('+'), QLatin1Char('_'));
}

Result<DetectedArtifact> ArtifactDetector::detect(const QStringList& paths)
{
    if (paths.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("Choose at least one file or folder to push"));
    QList<Probe> probes;
    for (const QString& path : paths) {
        auto probe = probePath(path);
        if (!probe)
            return probe.error();
        probes.append(probe.value());
    }
    auto count = [&](FileKind kind) {
        return std::count_if(probes.cbegin(), probes.cend(),
                             [kind](const Probe& p) { return p.kind == kind; });
    };
    auto only = [&](std::initializer_list<FileKind> kinds) {
        return std::all_of(probes.cbegin(), probes.cend(), [kinds](const Probe& p) {
            return std::find(kinds.begin(), kinds.end(), p.kind) != kinds.end();
        });
    };
    const QByteArray emptyJson("{}");
    DetectedArtifact result;
    const qsizetype n = probes.size();

    // Helm chart: one chart archive, optionally its .prov (what `helm push` uploads).
    if (count(FileKind::HelmChart) == 1 && count(FileKind::Provenance) <= 1 &&
        only({FileKind::HelmChart, FileKind::Provenance})) {
        const Probe& chart = *std::find_if(probes.cbegin(), probes.cend(),
                                           [](const Probe& p) { return p.kind == FileKind::HelmChart; });
        auto config = helmConfigFromChartYaml(chart.chartYaml);
        if (!config)
            return Error::make(Error::Kind::InvalidInput,
                               tr("%1 in \"%2\": %3")
                                   .arg(chart.chartName + QStringLiteral("/Chart.yaml"), chart.path,
                                        config.error().message));
        const QJsonObject meta = QJsonDocument::fromJson(config.value()).object();
        const QString name = meta.value(QLatin1String("name")).toString();
        const QString version = meta.value(QLatin1String("version")).toString();
        result.kind = oci::ArtifactKind::HelmChart;
        result.configMediaType = QString(MediaType::HelmConfig);
        result.configBytes = config.value();
        for (const Probe& p : probes)
            result.layerMediaTypes.insert(p.path, p.kind == FileKind::HelmChart
                                                      ? QString(MediaType::HelmChart)
                                                      : QString(MediaType::HelmProvenance));
        result.suggestedTag = tagForVersion(version);
        // The annotations `helm push` writes from Chart.yaml.
        result.annotations.insert(QString(Annotation::Title), name);
        result.annotations.insert(QString(Annotation::Version), version);
        const QString description = meta.value(QLatin1String("description")).toString();
        if (!description.isEmpty())
            result.annotations.insert(QString(Annotation::Description), description);
        const QString home = meta.value(QLatin1String("home")).toString();
        if (!home.isEmpty())
            result.annotations.insert(QStringLiteral("org.opencontainers.image.url"), home);
        const QJsonArray sources = meta.value(QLatin1String("sources")).toArray();
        if (!sources.isEmpty())
            result.annotations.insert(QStringLiteral("org.opencontainers.image.source"),
                                      sources.first().toString());
        QStringList authors;
        for (const QJsonValue& m : meta.value(QLatin1String("maintainers")).toArray()) {
            const QJsonObject maintainer = m.toObject();
            QString author = maintainer.value(QLatin1String("name")).toString();
            const QString email = maintainer.value(QLatin1String("email")).toString();
            if (!email.isEmpty())
                author += QStringLiteral(" (%1)").arg(email);
            if (!author.isEmpty())
                authors.append(author);
        }
        if (!authors.isEmpty())
            result.annotations.insert(QStringLiteral("org.opencontainers.image.authors"),
                                      authors.join(QStringLiteral(", ")));
        result.summary = tr("Helm chart %1 %2").arg(name, version);
        return result;
    }

    // WebAssembly (CNCF TAG Runtime artifact layout): one module or component, config naming its digest.
    if (n == 1 && probes[0].kind == FileKind::Wasm) {
        const Probe& wasm = probes[0];
        auto digest = oci::Digester::hashFile(wasm.path);
        if (!digest)
            return digest.error();
        QJsonObject config;
        config.insert(QLatin1String("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        config.insert(QLatin1String("architecture"), QStringLiteral("wasm"));
        config.insert(QLatin1String("os"),
                      wasm.wasmComponent ? QStringLiteral("wasip2") : QStringLiteral("wasip1"));
        config.insert(QLatin1String("layerDigests"), QJsonArray{digest->toString()});
        result.kind = oci::ArtifactKind::Wasm;
        result.configMediaType = QString(MediaType::WasmConfig);
        result.configBytes = QJsonDocument(config).toJson(QJsonDocument::Compact);
        result.layerMediaTypes.insert(wasm.path, QString(MediaType::WasmLayer));
        result.summary = (wasm.wasmComponent ? tr("WebAssembly component %1") : tr("WebAssembly module %1"))
                             .arg(QFileInfo(wasm.path).fileName());
        return result;
    }

    // Apptainer/Singularity image: `apptainer push` / oras layout, empty JSON config.
    if (n == 1 && probes[0].kind == FileKind::Sif) {
        result.kind = oci::ArtifactKind::Sif;
        result.configMediaType = QString(MediaType::SifConfig);
        result.configBytes = emptyJson;
        result.layerMediaTypes.insert(probes[0].path, QString(MediaType::SifLayer));
        result.summary = tr("Apptainer image %1").arg(QFileInfo(probes[0].path).fileName());
        return result;
    }

    // OPA bundle as `opa build` + OPA's OCI downloader expect it: "{}" image config, one tar+gzip layer.
    if (n == 1 && probes[0].kind == FileKind::OpaBundle) {
        result.kind = oci::ArtifactKind::OpaBundle;
        result.configMediaType = QString(MediaType::OciConfig);
        result.configBytes = emptyJson;
        result.layerMediaTypes.insert(probes[0].path, QString(MediaType::OciLayerTarGzip));
        result.summary = tr("OPA bundle %1").arg(QFileInfo(probes[0].path).fileName());
        return result;
    }

    // Rego policies (with data and a bundle manifest), as `conftest push` uploads them.
    if (count(FileKind::Rego) >= 1 && only({FileKind::Rego, FileKind::OpaData, FileKind::OpaManifest})) {
        result.kind = oci::ArtifactKind::OpaBundle;
        result.configMediaType = QString(MediaType::OpaConfig);
        result.configBytes = emptyJson;
        for (const Probe& p : probes) {
            const QString type = p.kind == FileKind::Rego      ? QString(MediaType::OpaPolicyLayer)
                                 : p.kind == FileKind::OpaData ? QString(MediaType::OpaDataLayer)
                                                               : QString(MediaType::OpaManifestLayer);
            result.layerMediaTypes.insert(p.path, type);
        }
        result.summary =
            tr("OPA policies (%n Rego file(s))", nullptr, static_cast<int>(count(FileKind::Rego)));
        return result;
    }

    // One SBOM or signature file: an ORAS-style artifact whose artifactType is the file's type.
    if (n == 1) {
        const Probe& p = probes[0];
        const QString fileName = QFileInfo(p.path).fileName();
        auto single = [&](oci::ArtifactKind kind, const QString& artifactType, const QString& layerType,
                          const QString& summary) {
            result.kind = kind;
            result.artifactType = artifactType;
            result.layerMediaTypes.insert(p.path, layerType);
            result.summary = summary;
            return result;
        };
        switch (p.kind) {
        case FileKind::Spdx:
            return single(oci::ArtifactKind::SpdxSbom, QString(MediaType::SpdxJson),
                          QString(MediaType::SpdxJson), tr("SPDX SBOM %1").arg(fileName));
        case FileKind::CycloneDx:
            return single(oci::ArtifactKind::CycloneDxSbom, QString(MediaType::CycloneDxJson),
                          QString(MediaType::CycloneDxJson), tr("CycloneDX SBOM %1").arg(fileName));
        case FileKind::Dsse:
            return single(oci::ArtifactKind::InTotoAttestation, QString(MediaType::DsseEnvelope),
                          QString(MediaType::DsseEnvelope), tr("DSSE envelope %1").arg(fileName));
        case FileKind::SigstoreBundle: {
            // The layer keeps the bundle's own type (older ones carry ";version="); the artifactType is
            // the current one, which is what sigstore clients look for among referrers.
            single(oci::ArtifactKind::SigstoreBundle, QString(MediaType::SigstoreBundle), p.bundleMediaType,
                   tr("Sigstore bundle %1").arg(fileName));
            if (!p.bundleContent.isEmpty())
                result.annotations.insert(QStringLiteral("dev.sigstore.bundle.content"), p.bundleContent);
            return result;
        }
        case FileKind::NotationJose:
            return single(oci::ArtifactKind::NotationSignature, QString(MediaType::NotationSignature),
                          QString(MediaType::Jose), tr("Notation signature %1").arg(fileName));
        case FileKind::NotationCose:
            return single(oci::ArtifactKind::NotationSignature, QString(MediaType::NotationSignature),
                          QString(MediaType::Cose), tr("Notation signature %1").arg(fileName));
        case FileKind::CosignSig:
            return single(oci::ArtifactKind::CosignSignature, QString(MediaType::CosignArtifactSig),
                          QString(MediaType::CosignArtifactSig), tr("Signature %1").arg(fileName));
        default:
            break;
        }
    }

    // Anything else: plain files titled by name, folders as tar+gzip marked for unpacking (the packer's
    // defaults, as `oras push` makes them).
    const auto folders = count(FileKind::Folder);
    const auto files = n - folders;
    result.kind = oci::ArtifactKind::Files;
    if (n == 1)
        result.summary =
            (folders == 1 ? tr("Folder %1") : tr("File %1")).arg(QFileInfo(probes[0].path).fileName());
    else if (folders == 0)
        result.summary = tr("%n file(s)", nullptr, static_cast<int>(files));
    else if (files == 0)
        result.summary = tr("%n folder(s)", nullptr, static_cast<int>(folders));
    else
        result.summary = tr("%1 and %2")
                             .arg(tr("%n file(s)", nullptr, static_cast<int>(files)),
                                  tr("%n folder(s)", nullptr, static_cast<int>(folders)));
    return result;
}

} // namespace lading::transfer
