#include "ui/views/browserpanel.h"

#include "ui/appcontext.h"

#include <QListWidget>
#include <QVBoxLayout>

namespace lading::ui {

struct BrowserPanel::Private
{
    Source source;
};

BrowserPanel::BrowserPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    Q_UNUSED(context);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QListWidget(this));
}

BrowserPanel::~BrowserPanel() = default;

void BrowserPanel::setSource(const Source& source) { d->source = source; }
Source BrowserPanel::source() const { return d->source; }
void BrowserPanel::reveal(const store::Location&) {}
void BrowserPanel::reload() {}

} // namespace lading::ui
