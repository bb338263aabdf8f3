#include "core/transfer/deleteplanner.h"

#include "core/transfer/parallel.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QSet>

#include <mutex>

LADING_TR_CONTEXT(DeletePlanner);

namespace lading::transfer {

namespace {

// Stores that cannot list referrers (or have no such manifest) simply have none to orphan; any other
// failure would hide referrers from the plan, so it stops it.
bool meansNoReferrers(const Error& error)
{
    return error.kind == Error::Kind::Unsupported || error.kind == Error::Kind::NotFound;
}

} // namespace

Result<DeletePlan> DeletePlanner::plan(store::Store& store, const QString& reference, int concurrency,
                                       store::TransferControl* control)
{
    DeletePlan plan;
    auto target = store.resolve(reference);
    if (!target)
        return target.error();
    plan.target = target.value();

    auto allTags = store.tags();
    if (!allTags)
        return allTags.error();
    const QStringList& candidates = allTags.value();
    std::mutex mutex;
    LADING_TRY(runParallel(
        static_cast<int>(candidates.size()), qMax(1, concurrency),
        [&](int i) -> Status {
            // A tag deleted meanwhile is simply not one of the target's.
            auto resolved = store.resolve(candidates[i]);
            if (resolved.ok() && resolved->digest == plan.target.digest) {
                const std::lock_guard lock(mutex);
                plan.tags.append(candidates[i]);
            }
            if (!resolved.ok() && resolved.error().kind == Error::Kind::Cancelled)
                return resolved.error();
            return {};
        },
        control));
    plan.tags.sort();

    // Breadth first: every referrer comes after its subject, so back to front is deepest first.
    QSet<oci::Digest> seen{plan.target.digest};
    QList<oci::Digest> subjects{plan.target.digest};
    while (!subjects.isEmpty()) {
        if (control && control->isCancelled())
            return Error::make(Error::Kind::Cancelled, tr("Cancelled"));
        const oci::Digest subject = subjects.takeFirst();
        auto referrers = store.referrers(subject);
        if (!referrers) {
            if (meansNoReferrers(referrers.error()))
                continue;
            return referrers.error();
        }
        for (const store::Referrer& referrer : referrers.value()) {
            if (seen.contains(referrer.descriptor.digest))
                continue;
            seen.insert(referrer.descriptor.digest);
            plan.orphans.append(referrer);
            subjects.append(referrer.descriptor.digest);
        }
    }
    return plan;
}

Status DeletePlanner::execute(store::Store& store, const DeletePlan& plan, bool deleteReferrers)
{
    if (deleteReferrers) {
        for (auto it = plan.orphans.crbegin(); it != plan.orphans.crend(); ++it) {
            const Status deleted = store.deleteManifest(it->descriptor);
            // Gone already (another client, or a tag-only referrer removed with its tag) is what we wanted.
            if (!deleted.ok() && deleted.error().kind != Error::Kind::NotFound)
                return deleted;
        }
    }
    const Status deleted = store.deleteManifest(plan.target);
    if (!deleted.ok() && deleted.error().kind == Error::Kind::Unsupported &&
        deleted.error().message.isEmpty())
        return Error::make(
            Error::Kind::Unsupported,
            tr("%1 does not allow deleting manifests (deletion is disabled there)").arg(store.displayName()));
    return deleted;
}

} // namespace lading::transfer
