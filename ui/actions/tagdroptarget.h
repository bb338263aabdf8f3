#pragma once

#include "core/store/location.h"

#include <QObject>

#include <functional>
#include <optional>

class QAbstractItemView;
class QMimeData;
class QModelIndex;

namespace lading::ui {

// Lets a tag be dropped onto another tag of a list to compare the two: the drag of a tag (TagDragSource)
// carries its location in a format of Lading's own (mimeType()); over a tag of another location the drag
// is accepted, and the drop emits compareRequested. Installed on the view's viewport as an event filter,
// after FileDropFilter, so it sees drags first and keeps Lading's own drags from ever reaching the file
// drop (no push, and no wait for the drag's export): files dropped from elsewhere pass through untouched.
class TagDropTarget final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagDropTarget)

public:
    using LocationAt = std::function<std::optional<store::Location>(const QModelIndex& index)>;

    TagDropTarget(QAbstractItemView* view, LocationAt locationAt);
    ~TagDropTarget() override;

    // "application/x-lading-location": the location text of a dragged tag.
    static QString mimeType();
    static void setLocation(QMimeData* mime, const store::Location& location);
    static std::optional<store::Location> locationOf(const QMimeData* mime);

signals:
    // `dragged` was dropped onto `target` (another location).
    void compareRequested(const lading::store::Location& dragged, const lading::store::Location& target);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::optional<store::Location> targetAt(const QPoint& pos, const store::Location& dragged) const;

    QAbstractItemView* m_view;
    LocationAt m_locationAt;
};

} // namespace lading::ui
