#include "ui/models/trustbadgecache.h"

#include "ui/appcontext.h"
#include "ui/util/async.h"

#include <QFutureWatcher>
#include <QGuiApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace lading::ui {

namespace {

// More lines than this in a tooltip are summed up: a manifest with 40 attestations needs no list of 40.
constexpr int kMaxReasonLines = 6;

QString keyOf(const QString& storeKey, const QString& reference, const std::optional<oci::Digest>& subject)
{
    QString key = storeKey + QLatin1Char('\n') + reference;
    if (subject)
        key += QLatin1Char('\n') + subject->toString();
    return key;
}

} // namespace

TrustBadgeCache::TrustBadgeCache(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(120);
    connect(&m_settle, &QTimer::timeout, this, &TrustBadgeCache::pump);
    // A write into a repository may have attached a signature, retagged or deleted: its badges are stale.
    connect(&m_context, &AppContext::repositoryChanged, this,
            [this](const store::Location& location) { forget(AppContext::storeKey(location)); });
}

TrustBadgeCache::~TrustBadgeCache()
{
    for (QFuture<Outcome>& future : m_futures)
        future.waitForFinished();
}

QString TrustBadgeCache::requestKey(const store::Location& location,
                                    const std::optional<oci::Digest>& subject)
{
    return keyOf(AppContext::storeKey(location), location.manifestReference(), subject);
}

QString TrustBadgeCache::resultKey(const QString& storeKey, const oci::Digest& digest,
                                   const std::optional<oci::Digest>& subject) const
{
    return keyOf(storeKey, digest.toString(), subject);
}

std::optional<TrustBadgeInfo> TrustBadgeCache::cached(const store::Location& location,
                                                      const std::optional<oci::Digest>& subject) const
{
    const QString key = requestKey(location, subject);
    if (auto it = m_results.constFind(key); it != m_results.constEnd())
        return *it;
    if (auto tag = m_tags.constFind(key); tag != m_tags.constEnd()) {
        if (auto it = m_results.constFind(*tag); it != m_results.constEnd())
            return *it;
    }
    return std::nullopt;
}

std::optional<TrustBadgeInfo> TrustBadgeCache::badge(const store::Location& location,
                                                     const std::optional<oci::Digest>& subject)
{
    if (auto known = cached(location, subject))
        return known;
    const QString reference = location.manifestReference();
    if (reference.isEmpty())
        return std::nullopt;
    const QString key = requestKey(location, subject);
    if (m_waiting.contains(key)) {
        // Asked again: it is on screen now, so it goes before what was asked earlier.
        for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
            if (it->key == key) {
                Request request = std::move(*it);
                m_queue.erase(it);
                m_queue.push_back(std::move(request));
                break;
            }
        }
        return std::nullopt;
    }
    m_waiting.insert(key);
    m_queue.push_back({key, AppContext::storeKey(location), reference, location, subject});
    while (int(m_queue.size()) > m_maxQueued) {
        // The oldest wish: a row scrolled past long ago. Asked again, it comes back.
        m_waiting.remove(m_queue.front().key);
        m_queue.pop_front();
    }
    // Not from inside data(), and not while new wishes keep coming (the user scrolls): once they pause.
    m_settle.start();
    return std::nullopt;
}

void TrustBadgeCache::clear()
{
    ++m_generation;
    m_settle.stop();
    m_queue.clear();
    m_waiting.clear();
    m_tags.clear();
    m_results.clear();
    emit cleared();
}

void TrustBadgeCache::forget(const QString& storeKey)
{
    const QString prefix = storeKey + QLatin1Char('\n');
    m_tags.removeIf([&prefix](const auto& it) { return it.key().startsWith(prefix); });
    m_results.removeIf([&prefix](const auto& it) { return it.key().startsWith(prefix); });
    m_forgottenAt.insert(storeKey, ++m_forgetCount);
    emit forgotten(storeKey);
}

QString TrustBadgeCache::iconPath(inspect::TrustBadge badge)
{
    switch (badge) {
    case inspect::TrustBadge::Verified:
        return QStringLiteral(":/icons/trust/verified.svg");
    case inspect::TrustBadge::SignedNotVerified:
        return QStringLiteral(":/icons/trust/signed.svg");
    case inspect::TrustBadge::Invalid:
        return QStringLiteral(":/icons/trust/invalid.svg");
    case inspect::TrustBadge::Unsigned:
        break;
    }
    return QStringLiteral(":/icons/trust/unsigned.svg");
}

QIcon TrustBadgeCache::icon(inspect::TrustBadge badge)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return {};
    // Made once: an SVG icon parses its file on first paint, too slow for every visible row.
    static const QIcon icons[] = {QIcon(iconPath(inspect::TrustBadge::Unsigned)),
                                  QIcon(iconPath(inspect::TrustBadge::SignedNotVerified)),
                                  QIcon(iconPath(inspect::TrustBadge::Verified)),
                                  QIcon(iconPath(inspect::TrustBadge::Invalid))};
    switch (badge) {
    case inspect::TrustBadge::Unsigned:
        return icons[0];
    case inspect::TrustBadge::SignedNotVerified:
        return icons[1];
    case inspect::TrustBadge::Verified:
        return icons[2];
    case inspect::TrustBadge::Invalid:
        return icons[3];
    }
    return {};
}

inspect::TrustBadge TrustBadgeCache::badgeOf(inspect::SignatureStatus status)
{
    switch (status) {
    case inspect::SignatureStatus::Verified:
        return inspect::TrustBadge::Verified;
    case inspect::SignatureStatus::Invalid:
        return inspect::TrustBadge::Invalid;
    case inspect::SignatureStatus::NotSigned:
        return inspect::TrustBadge::Unsigned;
    case inspect::SignatureStatus::SignedNotVerified:
        break;
    }
    return inspect::TrustBadge::SignedNotVerified;
}

TrustBadgeInfo TrustBadgeCache::describe(const QList<inspect::SignatureReport>& reports, bool ownSignature)
{
    TrustBadgeInfo info;
    info.ok = true;
    info.ownSignature = ownSignature;
    info.badge = inspect::SignatureVerifier::badge(reports);
    info.label = inspect::SignatureVerifier::badgeLabel(info.badge);
    QStringList lines;
    for (const inspect::SignatureReport& report : reports) {
        if (!report.isSignature())
            continue;
        ++info.signatures;
        if (lines.size() >= kMaxReasonLines)
            continue;
        QString line =
            tr("%1: %2").arg(report.kindLabel(), inspect::SignatureVerifier::statusLabel(report.status));
        if (!report.statusMessage.isEmpty())
            line = tr("%1 (%2)").arg(line, report.statusMessage);
        lines.append(line);
    }
    if (info.signatures > kMaxReasonLines)
        lines.append(tr("and %1 more").arg(info.signatures - kMaxReasonLines));
    if (ownSignature)
        lines.prepend(tr("This signature, checked against the manifest it signs:"));
    else if (info.signatures == 0)
        lines.append(tr("No signature refers to this manifest."));
    info.reason = lines.join(QLatin1Char('\n'));
    return info;
}

void TrustBadgeCache::pump()
{
    while (m_running < m_maxConcurrent && !m_queue.empty()) {
        Request request = std::move(m_queue.back());
        m_queue.pop_back();
        request.startedAt = m_forgetCount;
        ++m_running;
        ++m_started;
        const quint64 generation = m_generation;
        auto* watcher = new QFutureWatcher<Outcome>(this);
        connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
            finished(generation, watcher->result());
            watcher->deleteLater();
        });
        // Runs on a worker: blocks on the store (resolve, referrers, signature blobs).
        auto check = [ctx = &m_context, request, policy = m_context.trustPolicy()]() {
            Outcome out;
            out.request = request;
            const auto fail = [&out](const QString& message) {
                out.info.ok = false;
                out.info.label = TrustBadgeCache::tr("Not checked");
                out.info.reason = TrustBadgeCache::tr("Could not check the signatures: %1").arg(message);
                return out;
            };
            auto opened = ctx->store(request.location);
            if (!opened)
                return fail(opened.error().message);
            store::Store& store = *opened.value();
            auto descriptor = store.resolve(request.reference);
            if (!descriptor)
                return fail(descriptor.error().message);
            if (request.subject) {
                auto manifest = store.fetchManifest(descriptor->digest.toString());
                if (!manifest)
                    return fail(manifest.error().message);
                if (inspect::SignatureVerifier::isSignatureManifest(manifest.value())) {
                    auto subject = store.resolve(request.subject->toString());
                    if (!subject)
                        return fail(subject.error().message);
                    out.info =
                        describe(inspect::SignatureVerifier::verifyManifest(
                                     store, manifest.value(), descriptor.value(), subject.value(), policy),
                                 true);
                    out.info.digest = descriptor->digest;
                    return out;
                }
            }
            auto reports = inspect::SignatureVerifier::verifyAll(store, descriptor.value(), policy);
            if (!reports)
                return fail(reports.error().message);
            out.info = describe(reports.value(), false);
            out.info.digest = descriptor->digest;
            return out;
        };
        QFuture<Outcome> future = QtConcurrent::run(&workerPool(), std::move(check));
        m_futures.append(future);
        watcher->setFuture(future);
    }
}

void TrustBadgeCache::finished(quint64 generation, const Outcome& outcome)
{
    --m_running;
    m_futures.removeIf([](const QFuture<Outcome>& future) { return future.isFinished(); });
    if (generation == m_generation &&
        m_forgottenAt.value(outcome.request.storeKey) > outcome.request.startedAt) {
        // The store was written to while this check ran: it may have read the store before the write (an
        // Unsigned from before the signature was attached). Checked again (pump() below takes it first),
        // still waited for.
        m_queue.push_back(outcome.request);
    } else if (generation == m_generation) {
        const Request& request = outcome.request;
        m_waiting.remove(request.key);
        if (outcome.info.ok && outcome.info.digest.isValid()) {
            // Kept by digest: another tag of the same manifest, or the manifest opened by digest, is known.
            const QString key = resultKey(request.storeKey, outcome.info.digest, request.subject);
            m_results.insert(key, outcome.info);
            if (key != request.key)
                m_tags.insert(request.key, key);
        } else {
            m_results.insert(request.key, outcome.info);
        }
        emit badgeReady(request.storeKey, request.reference, request.key);
    }
    pump();
}

} // namespace lading::ui
