#include "ui/views/fieldsandlistsview.h"

#include "ui/widgets/contentssplitter.h"
#include "ui/widgets/fieldform.h"
#include "ui/widgets/noteslabel.h"

namespace lading::ui {

FieldsAndListsView::FieldsAndListsView(const QString& objectName, const QString& prefix, QWidget* parent)
    : QWidget(parent)
    , m_prefix(prefix)
    , m_splitter(new ContentsSplitter(this))
    , m_fields(new FieldForm(this))
    , m_notes(new NotesLabel(prefix + QStringLiteral("Notes"), this))
{
    setObjectName(objectName);
    m_fields->setObjectName(prefix + QStringLiteral("Fields"));
    m_splitter->addScrolledColumn({m_fields, m_notes});
}

FieldsAndListsView::~FieldsAndListsView() = default;

QLabel* FieldsAndListsView::notes() const
{
    return m_notes;
}

QTabWidget* FieldsAndListsView::addTabs()
{
    m_tabs = m_splitter->addTabs(m_prefix + QStringLiteral("Tabs"));
    return m_tabs;
}

void FieldsAndListsView::setNotes(const QStringList& notes)
{
    m_notes->setNotes(notes);
}

} // namespace lading::ui
