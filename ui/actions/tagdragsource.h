#pragma once

#include "core/store/location.h"

#include <QObject>
#include <QPersistentModelIndex>
#include <QPoint>

#include <functional>
#include <optional>

class QAbstractItemView;

namespace lading::ui {

class AppContext;

// Lets a tag be dragged out of a list onto a file manager: when a drag starts, the tag is exported to an
// OCI layout in a temporary folder (ArtifactActions::exportForDrag, a CopyJob in the transfers panel) and
// the file manager is handed that folder's URL. Installed on the view's viewport as an event filter, so
// clicks, selection and drops onto the list keep working as before.
class TagDragSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagDragSource)

public:
    using LocationAt = std::function<std::optional<store::Location>(const QModelIndex& index)>;

    TagDragSource(AppContext& context, QAbstractItemView* view, LocationAt locationAt);
    ~TagDragSource() override;

signals:
    // A drag started for `location` (its export job is queued).
    void dragStarted(const lading::store::Location& location);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    AppContext& m_context;
    QAbstractItemView* m_view;
    LocationAt m_locationAt;
    QPersistentModelIndex m_pressed;
    QPoint m_pressPos;
};

} // namespace lading::ui
