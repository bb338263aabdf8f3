#include "ui/widgets/difftablepane.h"

#include "ui/widgets/statestack.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace lading::ui {

namespace {

QString categoryName(DiffCategory category)
{
    switch (category) {
    case DiffCategory::Same:
        return QStringLiteral("Same");
    case DiffCategory::Added:
        return QStringLiteral("Added");
    case DiffCategory::Removed:
        return QStringLiteral("Removed");
    case DiffCategory::Changed:
        return QStringLiteral("Changed");
    }
    return {};
}

} // namespace

DiffTablePane::DiffTablePane(const QStringList& headers, const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_model(new DiffTableModel(headers, this))
{
    setObjectName(objectName);
    m_model->setObjectName(objectName + QStringLiteral("Model"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(objectName + QStringLiteral("Filter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    m_boxRow = new QWidget(this);
    auto* boxLayout = new QHBoxLayout(m_boxRow);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_boxRow);
    m_count = new QLabel(this);
    m_count->setObjectName(objectName + QStringLiteral("Count"));
    m_count->setEnabled(false);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_note = new QLabel(this);
    m_note->setObjectName(objectName + QStringLiteral("Note"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    layout->addWidget(m_note);

    m_view = new QTableView(this);
    m_view->setObjectName(objectName + QStringLiteral("View"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setSortingEnabled(false);
    // Rows of one height, never measured: a table of 50,000 rows scrolls at once.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_state = new StateStack(m_view, this);
    m_state->setObjectName(objectName + QStringLiteral("State"));
    layout->addWidget(m_state, 1);

    connect(m_filter, &QLineEdit::textChanged, m_model, &DiffTableModel::setFilterText);
    connect(m_model, &DiffTableModel::rowsReplaced, this, [this] { updateState(); });
    updateState();
}

DiffTablePane::~DiffTablePane() = default;

void DiffTablePane::setCategories(const QList<std::pair<DiffCategory, QString>>& labels)
{
    for (QCheckBox* box : std::as_const(m_boxes))
        delete box;
    m_boxes.clear();
    m_labels.clear();
    for (const auto& [category, label] : labels) {
        auto* box = new QCheckBox(m_boxRow);
        box->setObjectName(objectName() + QStringLiteral("Show") + categoryName(category));
        box->setChecked(m_model->isCategoryVisible(category));
        m_boxRow->layout()->addWidget(box);
        m_boxes.insert(int(category), box);
        m_labels.insert(int(category), label);
        connect(box, &QCheckBox::toggled, m_model,
                [model = m_model, category](bool on) { model->setCategoryVisible(category, on); });
    }
    updateState();
}

void DiffTablePane::setRows(QList<DiffTableModel::Row> rows, const QString& emptyMessage)
{
    m_compared = true;
    m_emptyMessage = emptyMessage;
    m_filter->setEnabled(true);
    m_model->setRows(std::move(rows));
}

void DiffTablePane::setMessage(const QString& message)
{
    m_compared = false;
    m_emptyMessage = message;
    m_filter->setEnabled(false);
    m_model->setRows({});
}

void DiffTablePane::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void DiffTablePane::setColumnWidths(const QList<int>& widths)
{
    for (int column = 0; column < widths.size(); ++column)
        m_view->setColumnWidth(column, widths.at(column));
}

void DiffTablePane::updateState()
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const int count = m_model->count(DiffCategory(it.key()));
        it.value()->setText(tr("%1 (%2)").arg(m_labels.value(it.key())).arg(count));
        it.value()->setEnabled(m_compared);
    }
    const int total = m_model->totalCount();
    const int shown = m_model->rowCount();
    m_count->setText(total == 0       ? QString()
                     : shown == total ? tr("%n row(s)", nullptr, total)
                                      : tr("%1 of %2 shown").arg(shown).arg(total));
    if (total == 0)
        m_state->showEmpty(m_emptyMessage);
    else if (shown == 0)
        m_state->showEmpty(tr("No row matches the filter."));
    else
        m_state->showContent();
}

} // namespace lading::ui
