#include "core/inspect/layerextractor.h"

#include "core/inspect/blobspool.h"
#include "core/util/extractionfolder.h"
#include "core/util/safepath.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <utility>

LADING_TR_CONTEXT(LayerExtractor);

namespace lading::inspect {

namespace {

using util::ExtractionFolder;
using util::SafePath;
using Type = LayerEntry::Type;

QString normalised(const QString& path)
{
    return LayerReader::normalisePath(path);
}

// One place a layer's bytes can be read from: a file and how to report progress on it.
struct LayerSource
{
    QString file;
    QString progressKey;
    qint64 size = -1;
};

class Session final
{
public:
    using Include = std::function<bool(const LayerEntry&)>;

    Session(const QString& targetDir, const QString& selection, const LayerReadOptions& options,
            store::TransferControl* control)
        : m_folder(QDir::cleanPath(QDir(targetDir).absolutePath()),
                   [](const QString&, const QString& path) {
                       return Error::make(
                           Error::Kind::Io,
                           tr("Cannot extract to %1: a folder of that name is already there").arg(path));
                   })
        , m_selection(normalised(selection))
        , m_base(m_selection.mid(m_selection.lastIndexOf(QLatin1Char('/')) + 1))
        , m_options(options)
        , m_control(control)
    {
        m_options.computeDigests = false; // the bytes go to the disk, not to a digester
    }
    Q_DISABLE_COPY_MOVE(Session)

    Status prepare() { return m_folder.create(); }

    Status pass(const LayerSource& source, const Include& include)
    {
        LayerReader reader(m_options);
        LADING_TRY(reader.open(source.file, m_control, source.progressKey, source.size));
        for (;;) {
            auto next = reader.next();
            if (!next)
                return next.error();
            if (!next.value())
                return {};
            const LayerEntry& entry = *next.value();
            if (!isSelected(entry.path) || (include && !include(entry)))
                continue;
            m_found = true;
            LADING_TRY(extractEntry(entry, reader));
        }
    }

    // Hardlinks whose target was not part of what was extracted: read the target from `sourceOf` its path.
    Status resolvePending(const std::function<Result<LayerSource>(const QString& target)>& sourceOf)
    {
        QList<Pending> remaining;
        for (const Pending& p : std::as_const(m_pending)) {
            const QString done = m_extracted.value(p.target);
            if (!done.isEmpty()) {
                LADING_TRY(copyInto(done, p));
                continue;
            }
            remaining.append(p);
        }
        m_pending.clear();
        // Group by the layer that holds the target: one more pass per layer.
        QHash<QString, QList<Pending>> bySource;
        QHash<QString, LayerSource> sources;
        for (const Pending& p : std::as_const(remaining)) {
            auto source = sourceOf(p.target);
            if (!source) {
                skip(p.name, tr("it is a hard link to \"%1\", which the layer does not have").arg(p.target));
                continue;
            }
            bySource[source->file].append(p);
            sources.insert(source->file, source.value());
        }
        for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
            LADING_TRY(readTargets(sources.value(it.key()), it.value()));
        return {};
    }

    void finish() { m_folder.finish(); }
    void rollBack() { m_folder.rollBack(); }

    Status outcome() const
    {
        if (!m_found)
            return Error::make(Error::Kind::NotFound,
                               tr("The layer has no entry \"%1\"")
                                   .arg(m_selection.isEmpty() ? QStringLiteral("/") : m_selection));
        if (m_result.written.isEmpty() && !m_result.skipped.isEmpty())
            return Error::make(Error::Kind::Unsafe,
                               tr("Nothing was extracted: %1").arg(m_result.skipped.constFirst()));
        return {};
    }

    const ExtractResult& result() const { return m_result; }

private:
    struct Pending
    {
        QString name;   // the link's layer path
        QString disk;   // where it goes
        QString target; // the target's layer path
        quint32 mode;
    };

    bool isSelected(const QString& path) const
    {
        if (m_selection.isEmpty())
            return true;
        return path == m_selection || (path.size() > m_selection.size() && path.startsWith(m_selection) &&
                                       path.at(m_selection.size()) == QLatin1Char('/'));
    }

    // The entry's name below the target folder: the selection keeps its own last segment.
    QString relativeOf(const QString& path) const
    {
        if (m_selection.isEmpty())
            return path;
        return m_base + path.mid(m_selection.size());
    }

    void skip(const QString& name, const QString& why)
    {
        const QString line = tr("%1: %2").arg(name.isEmpty() ? QStringLiteral("/") : name, why);
        m_result.skipped.append(line);
        if (m_control)
            m_control->message(tr("Skipped %1").arg(line));
    }

    Status extractEntry(const LayerEntry& entry, LayerReader& reader)
    {
        if (entry.isWhiteout())
            return {};
        if (entry.unsafe) {
            skip(entry.path, tr("its name in the layer leads outside the layer's root"));
            return {};
        }
        const QString relative = relativeOf(entry.path);
        if (relative.isEmpty())
            return {}; // the layer's root: the target folder itself
        auto placed = SafePath::resolveInside(m_folder.root(), relative);
        if (!placed)
            return placed.error();
        const QString& path = placed.value();
        switch (entry.type) {
        case Type::Directory:
            return makeFolder(path, entry.mode);
        case Type::File:
            return writeFile(entry.path, path, entry.mode, entry.mtime, entry.size, reader);
        case Type::Symlink:
            return makeSymlink(entry, path);
        case Type::Hardlink:
            m_pending.append({entry.path, path, entry.linkTarget, entry.mode});
            return {};
        case Type::CharDevice:
        case Type::BlockDevice:
        case Type::Fifo:
            skip(entry.path, tr("device nodes and fifos are not extracted"));
            return {};
        case Type::Whiteout:
        case Type::OpaqueWhiteout:
            break;
        }
        return {};
    }

    Status makeFolder(const QString& path, quint32 mode)
    {
        auto made = m_folder.makeFolder(path, mode);
        if (!made)
            return made.error();
        if (made.value())
            m_result.written.append(path);
        return {};
    }

    // The regular file `name` of the layer, the entry `reader` is at, to `path`.
    Status writeFile(const QString& name, const QString& path, quint32 mode, qint64 mtime, qint64 size,
                     LayerReader& reader)
    {
        const QDateTime modified = mtime > 0 ? QDateTime::fromSecsSinceEpoch(mtime, Qt::UTC) : QDateTime();
        LADING_TRY(
            m_folder.writeFile(name, path, mode, modified, [&reader](const ExtractionFolder::Sink& sink) {
                return reader.readData(sink);
            }));
        m_result.written.append(path);
        m_result.bytes += size;
        m_extracted.insert(name, path);
        return {};
    }

    Status makeSymlink(const LayerEntry& entry, const QString& path)
    {
        const QString& target = entry.linkTarget;
        if (target.isEmpty()) {
            skip(entry.path, tr("it is a symbolic link without a target"));
            return {};
        }
        if (target.startsWith(QLatin1Char('/'))) {
            skip(entry.path,
                 tr("it is a symbolic link to the absolute path \"%1\", outside the target folder")
                     .arg(target));
            return {};
        }
        auto made = m_folder.makeSymlink(entry.path, path, target, ExtractionFolder::RootLink::Refused);
        if (!made)
            return made.error();
        if (!made.value()) {
            skip(entry.path, tr("it is a symbolic link to \"%1\", outside the target folder").arg(target));
            return {};
        }
        m_result.written.append(path);
        return {};
    }

    Status copyInto(const QString& from, const Pending& p)
    {
        auto copied = m_folder.copyFile(p.name, from, p.disk);
        if (!copied)
            return copied.error();
        if (!copied.value()) {
            skip(p.name, tr("it is a hard link to \"%1\", which was not extracted as a file").arg(p.target));
            return {};
        }
        m_result.written.append(p.disk);
        m_result.bytes += QFileInfo(p.disk).size();
        m_extracted.insert(p.name, p.disk);
        return {};
    }

    Status readTargets(const LayerSource& source, const QList<Pending>& pending)
    {
        QHash<QString, QList<Pending>> byTarget;
        for (const Pending& p : pending)
            byTarget[p.target].append(p);
        LayerReader reader(m_options);
        LADING_TRY(reader.open(source.file, m_control, source.progressKey, source.size));
        for (;;) {
            auto next = reader.next();
            if (!next)
                return next.error();
            if (!next.value())
                break;
            const LayerEntry& entry = *next.value();
            const auto it = byTarget.constFind(entry.path);
            if (it == byTarget.constEnd() || entry.type != Type::File || entry.unsafe)
                continue;
            const QList<Pending> links = it.value();
            byTarget.remove(entry.path);
            const Pending& first = links.constFirst();
            LADING_TRY(writeFile(first.name, first.disk, entry.mode, entry.mtime, entry.size, reader));
            for (qsizetype i = 1; i < links.size(); ++i)
                LADING_TRY(copyInto(first.disk, links.at(i)));
            if (byTarget.isEmpty())
                break;
        }
        for (auto it = byTarget.cbegin(); it != byTarget.cend(); ++it) {
            for (const Pending& p : it.value())
                skip(p.name,
                     tr("it is a hard link to \"%1\", which is not a file of the layer").arg(p.target));
        }
        return {};
    }

    ExtractionFolder m_folder;
    QString m_selection;
    QString m_base;
    LayerReadOptions m_options;
    store::TransferControl* m_control;
    bool m_found = false;
    ExtractResult m_result;
    QList<Pending> m_pending;
    QHash<QString, QString> m_extracted; // layer path → disk path of every regular file written
};

Result<ExtractResult> run(Session& session, const std::function<Status()>& passes,
                          const std::function<Result<LayerSource>(const QString&)>& sourceOf)
{
    LADING_TRY(session.prepare());
    Status status = passes();
    if (status.ok())
        status = session.resolvePending(sourceOf);
    if (status.ok())
        status = session.outcome();
    if (!status.ok()) {
        session.rollBack();
        return status.error();
    }
    session.finish();
    return session.result();
}

Result<LayerSource> spooled(store::Store& store, const oci::Descriptor& layer,
                            store::TransferControl* control)
{
    auto file = BlobSpool::shared().localFile(store, layer, control);
    if (!file)
        return file.error();
    const QString key = LayerReader::progressKey(layer.digest);
    if (control)
        control->setBlobSize(key, layer.size);
    return LayerSource{file.value(), key, layer.size};
}

Result<QByteArray> headOf(const LayerSource& source, const QString& wanted, qint64 maxBytes,
                          const LayerReadOptions& options, store::TransferControl* control, int hops = 0)
{
    LayerReadOptions readOptions = options;
    readOptions.computeDigests = false;
    LayerReader reader(readOptions);
    LADING_TRY(reader.open(source.file, control, source.progressKey, source.size));
    const QString path = normalised(wanted);
    const qint64 cap = std::clamp<qint64>(maxBytes, 0, LayerExtractor::kMaxHeadBytes);
    for (;;) {
        auto next = reader.next();
        if (!next)
            return next.error();
        if (!next.value())
            return Error::make(Error::Kind::NotFound, tr("The layer has no file \"%1\"").arg(path));
        const LayerEntry& entry = *next.value();
        if (entry.path != path || entry.isWhiteout())
            continue;
        switch (entry.type) {
        case Type::File: {
            QByteArray head;
            head.reserve(qsizetype(std::min(cap, entry.size)));
            // Reading stops at the cap: the rest of a 1 GiB file is never inflated.
            Status status = reader.readData([&head, cap](QByteArrayView bytes) -> Status {
                const qint64 room = cap - head.size();
                head.append(bytes.first(qsizetype(std::min<qint64>(room, bytes.size()))));
                if (head.size() >= cap)
                    return Error::make(Error::Kind::None, QString());
                return {};
            });
            if (!status.ok() && status.error().kind != Error::Kind::None)
                return status.error();
            return head;
        }
        case Type::Hardlink:
            // The target comes earlier in the same layer: read it again from the start.
            if (hops > 0 || entry.unsafe)
                break;
            return headOf(source, entry.linkTarget, maxBytes, options, control, hops + 1);
        case Type::Symlink:
            return Error::make(Error::Kind::InvalidInput,
                               tr("\"%1\" is a symbolic link to \"%2\": open its target to see it")
                                   .arg(path, entry.linkTarget));
        default:
            break;
        }
        return Error::make(Error::Kind::InvalidInput, tr("\"%1\" is not a regular file").arg(path));
    }
}

} // namespace

Result<ExtractResult> LayerExtractor::extract(const QString& layerFile, const QString& path,
                                              const QString& targetDir, const LayerReadOptions& options,
                                              store::TransferControl* control)
{
    Session session(targetDir, path, options, control);
    const LayerSource source{layerFile, {}, -1};
    return run(
        session, [&] { return session.pass(source, {}); },
        [&](const QString&) -> Result<LayerSource> { return source; });
}

Result<ExtractResult> LayerExtractor::extract(store::Store& store, const oci::Descriptor& layer,
                                              const QString& path, const QString& targetDir,
                                              const LayerReadOptions& options,
                                              store::TransferControl* control)
{
    auto source = spooled(store, layer, control);
    if (!source)
        return source.error();
    Session session(targetDir, path, options, control);
    return run(
        session, [&] { return session.pass(source.value(), {}); },
        [&](const QString&) -> Result<LayerSource> { return source.value(); });
}

Result<ExtractResult> LayerExtractor::extractMerged(store::Store& store, const QList<oci::Descriptor>& layers,
                                                    const LayerFileTree& merged, const QString& path,
                                                    const QString& targetDir, const LayerReadOptions& options,
                                                    store::TransferControl* control)
{
    const LayerFileTree::NodeId top = merged.find(normalised(path));
    if (top == LayerFileTree::NoNode)
        return Error::make(Error::Kind::NotFound, tr("The image has no file \"%1\"").arg(normalised(path)));
    // Only the layers that something below the selection survives from are read.
    QSet<int> needed;
    merged.walk(top, [&](LayerFileTree::NodeId node) {
        if (!merged.isImplicit(node))
            needed.insert(merged.layerIndex(node));
        return true;
    });
    const auto sourceOfLayer = [&](int index) -> Result<LayerSource> {
        if (index < 0 || index >= layers.size())
            return Error::make(Error::Kind::NotFound, tr("The image has no layer %1").arg(index + 1));
        return spooled(store, layers.at(index), control);
    };
    Session session(targetDir, path, options, control);
    return run(
        session,
        [&]() -> Status {
            for (int i = 0; i < layers.size(); ++i) {
                if (!needed.contains(i))
                    continue;
                auto source = sourceOfLayer(i);
                if (!source)
                    return source.error();
                // An entry is taken from layer i only when the merged tree says it survives from there.
                LADING_TRY(session.pass(source.value(), [&merged, i](const LayerEntry& entry) {
                    const LayerFileTree::NodeId node = merged.find(entry.path);
                    return node != LayerFileTree::NoNode && merged.layerIndex(node) == i &&
                           !merged.isImplicit(node) && merged.type(node) == entry.type;
                }));
            }
            return {};
        },
        [&](const QString& target) -> Result<LayerSource> {
            const LayerFileTree::NodeId node = merged.find(target);
            if (node == LayerFileTree::NoNode)
                return Error::make(Error::Kind::NotFound, QString());
            return sourceOfLayer(merged.layerIndex(node));
        });
}

Result<QByteArray> LayerExtractor::readHead(const QString& layerFile, const QString& path, qint64 maxBytes,
                                            const LayerReadOptions& options, store::TransferControl* control)
{
    return headOf(LayerSource{layerFile, {}, -1}, path, maxBytes, options, control);
}

Result<QByteArray> LayerExtractor::readHead(store::Store& store, const oci::Descriptor& layer,
                                            const QString& path, qint64 maxBytes,
                                            const LayerReadOptions& options, store::TransferControl* control)
{
    auto source = spooled(store, layer, control);
    if (!source)
        return source.error();
    return headOf(source.value(), path, maxBytes, options, control);
}

} // namespace lading::inspect
