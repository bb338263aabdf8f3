#include "ui/actions/tagdroptarget.h"

#include <QAbstractItemView>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QTimer>

namespace lading::ui {

TagDropTarget::TagDropTarget(QAbstractItemView* view, LocationAt locationAt)
    : QObject(view)
    , m_view(view)
    , m_locationAt(std::move(locationAt))
{
    setObjectName(QStringLiteral("tagDropTarget"));
    view->viewport()->setAcceptDrops(true);
    view->viewport()->installEventFilter(this);
}

TagDropTarget::~TagDropTarget() = default;

QString TagDropTarget::mimeType()
{
    return QStringLiteral("application/x-lading-location");
}

void TagDropTarget::setLocation(QMimeData* mime, const store::Location& location)
{
    mime->setData(mimeType(), location.toString().toUtf8());
}

std::optional<store::Location> TagDropTarget::locationOf(const QMimeData* mime)
{
    // Asked for our own format only: other formats of a tag's drag (its export's URL) may wait for work.
    if (!mime || !mime->hasFormat(mimeType()))
        return std::nullopt;
    auto location = store::Location::parse(QString::fromUtf8(mime->data(mimeType())), true);
    if (!location || location->manifestReference().isEmpty())
        return std::nullopt;
    return location.value();
}

std::optional<store::Location> TagDropTarget::targetAt(const QPoint& pos,
                                                       const store::Location& dragged) const
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return std::nullopt;
    std::optional<store::Location> target = m_locationAt(index);
    if (!target || target->toString() == dragged.toString())
        return std::nullopt; // a tag dropped back onto itself compares nothing
    return target;
}

bool TagDropTarget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        const std::optional<store::Location> dragged = locationOf(drag->mimeData());
        if (!dragged)
            return false; // files from elsewhere: FileDropFilter's
        // Entered: taken, so moves follow; each move says whether the tag under the pointer takes it.
        if (event->type() == QEvent::DragEnter || targetAt(drag->position().toPoint(), *dragged)) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const std::optional<store::Location> dragged = locationOf(drop->mimeData());
        if (!dragged)
            return false;
        const std::optional<store::Location> target = targetAt(drop->position().toPoint(), *dragged);
        if (!target) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        // After the drop returns: a real drag is still inside QDrag::exec here.
        QTimer::singleShot(0, this,
                           [this, left = *dragged, right = *target] { emit compareRequested(left, right); });
        return true;
    }
    default:
        return false;
    }
}

} // namespace lading::ui
