#include "ui/views/filediffview.h"

#include "ui/widgets/statestack.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace lading::ui {

using inspect::ChangeKind;

namespace {

constexpr int kExpandBelow = 300; // with this few rows shown, every folder opens

} // namespace

FileDiffView::FileDiffView(QWidget* parent)
    : QWidget(parent)
    , m_model(new FileDiffModel(this))
{
    setObjectName(QStringLiteral("fileDiffView"));
    m_model->setObjectName(QStringLiteral("fileDiffModel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("fileDiffFilter"));
    m_filter->setPlaceholderText(tr("Filter: part of a path"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    const auto box = [this, bar](const QString& name, ChangeKind kind) {
        auto* b = new QCheckBox(this);
        b->setObjectName(name);
        b->setChecked(true);
        bar->addWidget(b);
        connect(b, &QCheckBox::toggled, this, [this, kind](bool on) { m_model->setKindVisible(kind, on); });
        return b;
    };
    m_added = box(QStringLiteral("fileDiffShowAdded"), ChangeKind::Added);
    m_removed = box(QStringLiteral("fileDiffShowRemoved"), ChangeKind::Removed);
    m_changed = box(QStringLiteral("fileDiffShowChanged"), ChangeKind::Changed);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("fileDiffCount"));
    m_count->setEnabled(false);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("fileDiffNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_note);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("fileDiffTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // 100,000 changes scroll without measuring each row
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(FileDiffModel::NameColumn, 260);
    m_tree->setColumnWidth(FileDiffModel::ChangeColumn, 150);
    m_tree->setColumnWidth(FileDiffModel::LeftSizeColumn, 80);
    m_tree->setColumnWidth(FileDiffModel::RightSizeColumn, 80);
    m_tree->setColumnWidth(FileDiffModel::LeftModeColumn, 95);
    m_tree->setColumnWidth(FileDiffModel::RightModeColumn, 95);
    m_state = new StateStack(m_tree, this);
    m_state->setObjectName(QStringLiteral("fileDiffState"));
    layout->addWidget(m_state, 1);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_model, &FileDiffModel::filterApplied, this, [this] { updateState(); });
    setMessage(QString());
}

FileDiffView::~FileDiffView() = default;

QCheckBox* FileDiffView::kindBox(ChangeKind kind) const
{
    switch (kind) {
    case ChangeKind::Added:
        return m_added;
    case ChangeKind::Removed:
        return m_removed;
    case ChangeKind::Changed:
        return m_changed;
    }
    return nullptr;
}

QString FileDiffView::readNote(const inspect::FilesDiff& files)
{
    QStringList parts;
    if (files.sharedPrefixLayers > 0 && !files.prefixListed)
        parts.append(tr("The %n lowest layer(s) both sides share were skipped without reading them.", nullptr,
                        files.sharedPrefixLayers));
    else if (files.sharedPrefixLayers > 0)
        parts.append(tr("The %n lowest layer(s) both sides share were listed, not hashed: the layers above "
                        "them touch paths on one side only.",
                        nullptr, files.sharedPrefixLayers));
    parts.append(tr("%n layer(s) read.", nullptr, files.layersRead));
    return parts.join(QLatin1Char(' '));
}

void FileDiffView::setFiles(const inspect::FilesDiff& files, std::shared_ptr<const FileDiffModel::Tree> tree)
{
    m_compared = files.state.compared;
    if (!m_compared) {
        setMessage(files.state.reason);
        return;
    }
    m_emptyMessage = tr("The merged filesystems are the same.");
    m_note->setText(readNote(files));
    m_note->show();
    m_filter->setEnabled(true);
    m_model->setTree(tree ? std::move(tree) : FileDiffModel::buildTree(files.changes));
}

void FileDiffView::setMessage(const QString& message)
{
    m_compared = false;
    m_emptyMessage = message;
    m_note->clear();
    m_note->hide();
    m_filter->setEnabled(false);
    m_model->clear();
}

void FileDiffView::updateState()
{
    const auto counts = m_model->tree() ? m_model->tree()->counts : inspect::DiffCounts{};
    m_added->setText(tr("Added (%1)").arg(counts.added));
    m_removed->setText(tr("Removed (%1)").arg(counts.removed));
    m_changed->setText(tr("Modified (%1)").arg(counts.changed));
    for (QCheckBox* b : {m_added, m_removed, m_changed})
        b->setEnabled(m_compared);
    const int total = m_model->changeCount();
    const int shown = m_model->visibleChangeCount();
    m_count->setText(total == 0       ? QString()
                     : shown == total ? tr("%n change(s)", nullptr, total)
                                      : tr("%1 of %2 shown").arg(shown).arg(total));
    if (total == 0) {
        m_state->showEmpty(m_emptyMessage);
        return;
    }
    if (shown == 0) {
        m_state->showEmpty(tr("No change matches the filter."));
        return;
    }
    m_state->showContent();
    if (shown < kExpandBelow)
        m_tree->expandAll();
}

} // namespace lading::ui
