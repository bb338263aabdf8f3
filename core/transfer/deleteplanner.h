#pragma once

#include "core/store/store.h"
#include "core/store/transfercontrol.h"
#include "core/util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lading::transfer {

// What deleting one manifest takes with it, worked out before acting.
struct DeletePlan
{
    store::Descriptor target;
    QStringList tags;               // every tag pointing at the target's digest, sorted
    QList<store::Referrer> orphans; // referrers left without a subject, recursively; subjects before
                                    // their referrers, so deleting back to front goes deepest first
};

// Plans and carries out `lading delete` and the window's Delete: the tags that go with a digest, the
// referrers it would orphan, and the order to delete them in.
class DeletePlanner final
{
public:
    DeletePlanner() = delete;

    // Resolves `reference` and every tag of the repository (`concurrency` at once) and walks the
    // referrers. `control` (optional) is polled for cancellation.
    static Result<DeletePlan> plan(store::Store& store, const QString& reference, int concurrency = 4,
                                   store::TransferControl* control = nullptr);
    // Deletes the orphaned referrers first when `deleteReferrers` (deepest first), then the target. A
    // registry that refuses deletion gives an Unsupported error saying so.
    static Status execute(store::Store& store, const DeletePlan& plan, bool deleteReferrers);
};

} // namespace lading::transfer
