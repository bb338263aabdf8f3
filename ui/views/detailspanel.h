#pragma once

#include "core/store/location.h"

#include <QWidget>

namespace lading::ui {

class AppContext;

// The right column for one manifest or index: Summary (kind, digest, size, created, platforms,
// annotations, signature/SBOM presence), Tree (index → manifests → config and layers), JSON (highlighted,
// digests are links), Config (for images) and Referrers (the whole graph, recursively). Loads off the GUI
// thread; errors show inline with a retry.
class DetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPanel)

public:
    explicit DetailsPanel(AppContext& context, QWidget* parent = nullptr);
    ~DetailsPanel() override;

    void showLocation(const store::Location& location);
    store::Location location() const;
    void reload();

signals:
    // A digest link, a tree entry or a referrer the user opened.
    void locationActivated(const lading::store::Location& location);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lading::ui
