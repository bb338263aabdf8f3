#include "ui/views/sourcespanel.h"

#include "ui/appcontext.h"

#include <QInputDialog>
#include <QListWidget>
#include <QSettings>
#include <QVBoxLayout>

namespace lading::ui {

struct SourcesPanel::Private
{
    QListWidget* list = nullptr;
    QList<Source> sources;
};

SourcesPanel::SourcesPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    Q_UNUSED(context);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    d->list = new QListWidget(this);
    layout->addWidget(d->list);
    connect(d->list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < d->sources.size())
            emit sourceActivated(d->sources.at(row));
    });
}

SourcesPanel::~SourcesPanel() = default;

void SourcesPanel::addSource(const Source& source)
{
    if (!d->sources.contains(source)) {
        d->sources.append(source);
        d->list->addItem(source.displayName());
    }
    selectSource(source);
}

void SourcesPanel::selectSource(const Source& source)
{
    const auto index = d->sources.indexOf(source);
    if (index >= 0)
        d->list->setCurrentRow(int(index));
}

Source SourcesPanel::currentSource() const
{
    const int row = d->list->currentRow();
    return row >= 0 && row < d->sources.size() ? d->sources.at(row) : Source();
}

QList<Source> SourcesPanel::sources() const { return d->sources; }

void SourcesPanel::saveState() const {}
void SourcesPanel::restoreState() {}

void SourcesPanel::addRegistryInteractively()
{
    const QString host = QInputDialog::getText(this, tr("Add registry"), tr("Registry host (host[:port]):"));
    if (host.isEmpty())
        return;
    Source source;
    source.key = host;
    addSource(source);
}

void SourcesPanel::openLayoutInteractively() {}

} // namespace lading::ui
