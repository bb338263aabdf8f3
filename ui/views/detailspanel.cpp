#include "ui/views/detailspanel.h"

#include "ui/appcontext.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace lading::ui {

struct DetailsPanel::Private
{
    store::Location location;
};

DetailsPanel::DetailsPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    Q_UNUSED(context);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QTextBrowser(this));
}

DetailsPanel::~DetailsPanel() = default;

void DetailsPanel::showLocation(const store::Location& location) { d->location = location; }
store::Location DetailsPanel::location() const { return d->location; }
void DetailsPanel::reload() {}

} // namespace lading::ui
