#pragma once

#include "core/store/location.h"
#include "ui/models/source.h"

#include <QWidget>

namespace lading::ui {

class AppContext;

// The middle column: the repositories of the current source (catalog, or names the user typed where there
// is none) and the tags of the current repository, both loaded page by page as the user scrolls, each with
// a filter box that stays instant on 100,000 entries. Referrer-fallback and cosign tags are grouped away
// behind a toggle. Activating a tag emits locationActivated.
class BrowserPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserPanel)

public:
    explicit BrowserPanel(AppContext& context, QWidget* parent = nullptr);
    ~BrowserPanel() override;

    void setSource(const Source& source);
    Source source() const;
    // Selects the repository and tag of `location` when they belong to the current source (loading pages
    // as needed); switches source when it does not.
    void reveal(const store::Location& location);
    void reload();

signals:
    void locationActivated(const lading::store::Location& location);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lading::ui
