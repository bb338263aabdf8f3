#include "ui/actions/tagdragsource.h"

#include "ui/actions/artifactactions.h"
#include "ui/appcontext.h"
#include "ui/transfers/transferjob.h"
#include "ui/transfers/transfermanager.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QPointer>

namespace lading::ui {

TagDragSource::TagDragSource(AppContext& context, QAbstractItemView* view, LocationAt locationAt)
    : QObject(view)
    , m_context(context)
    , m_view(view)
    , m_locationAt(std::move(locationAt))
{
    setObjectName(QStringLiteral("tagDragSource"));
    view->viewport()->installEventFilter(this);
}

TagDragSource::~TagDragSource() = default;

bool TagDragSource::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            m_pressPos = mouse->position().toPoint();
            m_pressed = m_view->indexAt(m_pressPos);
        }
        return false;
    }
    case QEvent::MouseButtonRelease:
        m_pressed = QPersistentModelIndex();
        return false;
    case QEvent::MouseMove: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (!m_pressed.isValid() || !(mouse->buttons() & Qt::LeftButton) ||
            (mouse->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return false;
        const QModelIndex index = m_pressed;
        m_pressed = QPersistentModelIndex();
        const std::optional<store::Location> location = m_locationAt(index);
        if (!location)
            return false;
        // The export starts now, not on drop: a file manager reads the folder as soon as it is dropped.
        auto* drag = new QDrag(m_view);
        TransferJob* job = nullptr;
        drag->setMimeData(ArtifactActions::exportForDrag(m_context, *location, &job));
        QPointer<TransferJob> exportJob(job);
        emit dragStarted(*location);
        drag->exec(Qt::CopyAction);
        // Dropped inside Lading (onto another tag: a comparison): nobody reads the export, so stop it.
        if (drag->target() && exportJob && !exportJob->isFinished())
            m_context.transfers().cancel(exportJob);
        return true;
    }
    default:
        return false;
    }
}

} // namespace lading::ui
