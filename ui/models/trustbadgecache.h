#pragma once

#include "core/inspect/signatureverifier.h"
#include "core/oci/digest.h"
#include "core/store/location.h"

#include <QFuture>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

namespace lading::ui {

class AppContext;

// What a manifest's trust badge says, once its signatures were checked.
struct TrustBadgeInfo
{
    bool ok = false; // false: the check itself failed (store unreachable…); `reason` says why, no badge
    inspect::TrustBadge badge = inspect::TrustBadge::Unsigned;
    // The manifest is itself a signature and the badge is its own verification against its subject, not
    // the summary of signatures made over it.
    bool ownSignature = false;
    int signatures = 0; // reports that count as signatures
    oci::Digest digest; // the manifest checked
    QString label;      // "Verified", "Unsigned"…; "Not checked" when !ok
    QString reason;     // why, one line per signature, for tooltips
    QString toolTip() const { return reason.isEmpty() ? label : label + QLatin1Char('\n') + reason; }
};

// The trust badges of manifests for the tag list, the referrers graph and the summary, computed lazily:
// a view asks for the badge of a row it paints; an unknown badge is queued and checked off the GUI thread
// (resolve, then SignatureVerifier::verifyAll, or verifyManifest for a signature seen under its subject),
// and badgeReady() says when it is known. Results are kept by manifest digest per store (tags map to the
// digest they resolved to), so a digest shown in two places is checked once. The queue is bounded and
// last-in first-out: while the user scrolls through 100,000 tags, the rows on screen now are checked first
// and rows scrolled past long ago fall out (they are asked for again if they come back into view); checks
// start once the wishes pause (settle delay), so rows flying past cost nothing. At most maxConcurrent()
// checks run at once on the worker pool. clear() (on AppContext::trustChanged) drops
// everything: results checked against other keys say nothing now. forget() (on AppContext::repositoryChanged:
// a push, an attached signature, a copy, a tag or a delete in that repository) drops one store's results.
class TrustBadgeCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrustBadgeCache)

public:
    explicit TrustBadgeCache(AppContext& context, QObject* parent = nullptr);
    // Waits for the checks still running: they use the context's stores.
    ~TrustBadgeCache() override;

    // The badge of the manifest at `location` (a tag or digest location). With `signatureSubject`, a
    // manifest that is itself a signature or attestation is checked against that subject (its own status
    // becomes the badge); any other manifest gets the summary of its own signatures. Known: returned. Not
    // known: queued (once) and nullopt; badgeReady() follows. A failed check is returned too (ok false)
    // and not retried until clear() or forget().
    std::optional<TrustBadgeInfo> badge(const store::Location& location,
                                        const std::optional<oci::Digest>& signatureSubject = std::nullopt);
    // The same without queueing anything.
    std::optional<TrustBadgeInfo>
    cached(const store::Location& location,
           const std::optional<oci::Digest>& signatureSubject = std::nullopt) const;

    // Drops every result and every queued check; checks running now are dropped when they land. Emits
    // cleared() so views ask again.
    void clear();
    // Drops what is known for one store (after a reload or a write into it: tags may point elsewhere now,
    // signatures may have been attached). A check of that store running now is started again when it lands
    // (it may have read the store before the write). Emits forgotten() so views ask again.
    void forget(const QString& storeKey);

    void setMaxConcurrent(int count) { m_maxConcurrent = qBound(1, count, 8); }
    int maxConcurrent() const { return m_maxConcurrent; }
    void setMaxQueued(int count) { m_maxQueued = qMax(1, count); }
    // How long the requests must pause before checks start (default 120 ms): rows that fly past while the
    // user scrolls are not worth a check each; once the list stands still, its rows are.
    void setSettleDelay(int milliseconds) { m_settle.setInterval(qMax(0, milliseconds)); }
    int maxQueued() const { return m_maxQueued; }
    int queuedCount() const { return int(m_queue.size()); }
    int runningCount() const { return m_running; }
    // Checks started since construction (for tests: a cached badge starts none).
    int startedCount() const { return m_started; }

    // The key badgeReady() names a request by: storeKey, the reference (tag or digest) and the subject.
    static QString requestKey(const store::Location& location,
                              const std::optional<oci::Digest>& signatureSubject = std::nullopt);

    static QString iconPath(inspect::TrustBadge badge); // ":/icons/trust/verified.svg"…
    static QIcon icon(inspect::TrustBadge badge);       // made once per badge
    // The badge of a signature's own status (verified, signed but not verified, invalid).
    static inspect::TrustBadge badgeOf(inspect::SignatureStatus status);
    // Label and reason for a set of reports, as the tooltips say it.
    static TrustBadgeInfo describe(const QList<inspect::SignatureReport>& reports, bool ownSignature);

signals:
    // The badge of a request is known (or its check failed): `storeKey` and `reference` as the location
    // named them (AppContext::storeKey, manifestReference()), `key` = requestKey().
    void badgeReady(const QString& storeKey, const QString& reference, const QString& key);
    // Everything was dropped (trust changed): ask again for what is shown.
    void cleared();
    // What was known for `storeKey` was dropped (forget()): views showing that store ask again.
    void forgotten(const QString& storeKey);

private:
    struct Request
    {
        QString key;
        QString storeKey;
        QString reference;
        store::Location location;
        std::optional<oci::Digest> subject;
        quint64 startedAt = 0; // m_forgetCount when the check started
    };
    struct Outcome
    {
        Request request;
        TrustBadgeInfo info;
    };

    void pump();
    void finished(quint64 generation, const Outcome& outcome);
    QString resultKey(const QString& storeKey, const oci::Digest& digest,
                      const std::optional<oci::Digest>& subject) const;

    AppContext& m_context;
    quint64 m_generation = 0;
    int m_maxConcurrent = 3;
    int m_maxQueued = 128;
    int m_running = 0;
    int m_started = 0;
    quint64 m_forgetCount = 0;             // forget() calls so far
    QHash<QString, quint64> m_forgottenAt; // storeKey → m_forgetCount after its last forget()
    QTimer m_settle;
    std::deque<Request> m_queue;              // newest at the back; taken from the back
    QSet<QString> m_waiting;                  // request keys queued or running
    QHash<QString, QString> m_tags;           // storeKey + tag → result key of the digest it resolved to
    QHash<QString, TrustBadgeInfo> m_results; // result key → badge
    QList<QFuture<Outcome>> m_futures;        // running checks, waited for on destruction
};

} // namespace lading::ui

Q_DECLARE_METATYPE(lading::ui::TrustBadgeInfo)
