#include "ui/widgets/contentssplitter.h"

#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lading::ui {

ContentsSplitter::ContentsSplitter(QWidget* view)
    : QSplitter(Qt::Vertical, view)
{
    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(this);
}

void ContentsSplitter::addScrolled(QWidget* content)
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    addWidget(scroll);
}

void ContentsSplitter::addScrolledColumn(const QList<QWidget*>& widgets)
{
    // No parent yet: a QSplitter takes in every child widget as a part; setWidget() adopts it.
    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    for (QWidget* widget : widgets)
        layout->addWidget(widget);
    layout->addStretch();
    addScrolled(column);
}

QTabWidget* ContentsSplitter::addTabs(const QString& objectName)
{
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(objectName);
    tabs->setDocumentMode(true);
    addWidget(tabs);
    return tabs;
}

void ContentsSplitter::setShares(int top, int bottom)
{
    setStretchFactor(0, top);
    setStretchFactor(1, bottom);
}

} // namespace lading::ui
