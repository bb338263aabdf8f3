#pragma once

#include <QList>
#include <QSplitter>

class QTabWidget;

namespace lading::ui {

// The frame the Contents views (Helm, OPA, WASM, ModelPack, SIF, files) and the image config share: a
// vertical splitter filling the view, a short part on top (the fields, in a frameless scroll area so a long
// list of them never squeezes the lists) and the lists below it, which get the larger share of the height.
class ContentsSplitter final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentsSplitter)

public:
    // Fills `view` (a layout without margins) with the splitter.
    explicit ContentsSplitter(QWidget* view);

    // The top part: `content` in a frameless scroll area that resizes it to its width.
    void addScrolled(QWidget* content);
    // The top part as a column: `widgets` top to bottom, the free space below them, scrolled.
    void addScrolledColumn(const QList<QWidget*>& widgets);
    // The bottom part as tabs in document mode (the caller adds the pages).
    QTabWidget* addTabs(const QString& objectName);
    // How the height is shared between the top and the bottom part.
    void setShares(int top, int bottom);
};

} // namespace lading::ui
