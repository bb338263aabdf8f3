#pragma once

#include <QObject>
#include <QPoint>
#include <QStringList>

class QMimeData;
class QWidget;

namespace lading::ui {

// Lets a widget (an item view's viewport) take local files and folders dropped from a file manager: installs
// itself as an event filter, accepts drags that carry file URLs and reports a drop with the paths and where
// it landed. Drags that start inside Lading (a tag dragged out to export it) are left alone, so dropping
// one back onto the window does not push the export.
class FileDropFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDropFilter)

public:
    // Enables drops on `widget` and filters its drag events; owned by `widget`.
    explicit FileDropFilter(QWidget* widget);
    ~FileDropFilter() override;

    // The local paths a drag carries (files and folders that exist); empty when there are none.
    static QStringList localPaths(const QMimeData* mime);

signals:
    // `pos` is in the widget's coordinates.
    void dropped(const QStringList& paths, const QPoint& pos);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_widget;
};

} // namespace lading::ui
