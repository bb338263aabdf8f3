#pragma once

#include "core/store/location.h"
#include "ui/models/source.h"

#include <QWidget>

namespace lading::ui {

class AppContext;
class ListFilterProxy;
class RepositoryModel;
class TagModel;

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
    // Refreshes the lists (F5), keeping the selected repository and tag.
    void reload();

    // The repository whose tags are listed ("team/app"; empty for a layout) and the selected tag.
    QString repository() const;
    QString selectedTag() const;
    // For tests and the benchmark: the models behind the two lists.
    RepositoryModel* repositoryModel() const;
    TagModel* tagModel() const;
    ListFilterProxy* repositoryFilterProxy() const;
    ListFilterProxy* tagFilterProxy() const;

signals:
    void locationActivated(const lading::store::Location& location);
    // Files or folders were dropped onto a repository (target: that repository), a tag (that tag) or the
    // empty part of a list (the current repository, or the source).
    void filesDropped(const QStringList& paths, const lading::store::Location& target);
    // A tag was dragged onto another tag: compare `left` (the dragged one) with `right`.
    void compareRequested(const lading::store::Location& left, const lading::store::Location& right);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lading::ui
