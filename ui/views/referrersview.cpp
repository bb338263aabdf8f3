#include "ui/views/referrersview.h"

#include "ui/appcontext.h"
#include "ui/models/itemroles.h"
#include "ui/models/referrersmodel.h"
#include "ui/widgets/locationmenu.h"
#include "ui/widgets/statestack.h"

#include <QHeaderView>
#include <QMenu>
#include <QPersistentModelIndex>
#include <QTreeView>
#include <QVBoxLayout>

namespace lading::ui {

namespace {

// Graphs up to this size open fully by themselves (an image with a few signatures and SBOMs, and their own
// signatures); past it, nodes wait for the user so one image with hundreds of attestations stays cheap.
constexpr int kAutoExpandReferrers = 48;
constexpr int kAutoExpandDepth = 4;

int depthOf(QModelIndex index)
{
    int depth = 0;
    for (; index.isValid(); index = index.parent())
        ++depth;
    return depth;
}

QString registryOf(const store::Location& location)
{
    return location.isRegistry() ? location.reference.registry() : QString();
}

} // namespace

ReferrersView::ReferrersView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ReferrersModel(context, this))
    , m_tree(new QTreeView)
{
    setObjectName(QStringLiteral("referrersView"));
    m_tree->setObjectName(QStringLiteral("referrersTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAnimated(false);
    // Artifact types differ at their ends (…spdx+json, …cyclonedx+json): keep both ends when squeezed.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ReferrersModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReferrersModel::ArtifactTypeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ReferrersModel::CreatedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReferrersModel::DigestColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReferrersModel::SourceColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReferrersModel::TrustColumn, QHeaderView::ResizeToContents);

    m_state = new StateStack(m_tree, this);
    m_state->setObjectName(QStringLiteral("referrersState"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);

    connect(m_state, &StateStack::retryRequested, this, &ReferrersView::reload);
    connect(m_model, &ReferrersModel::stateChanged, this, &ReferrersView::updateState);
    connect(m_model, &ReferrersModel::countsChanged, this, &ReferrersView::countsChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReferrersView::onRowsInserted);
    connect(m_tree, &QTreeView::activated, this, &ReferrersView::onActivated);
    // A view that was not laid out yet when expand() was called only records the wish; ask for the rows here.
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        if (m_model->canFetchMore(index))
            m_model->fetchMore(index);
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ReferrersView::showContextMenu);
    connect(&m_context, &AppContext::credentialsChanged, this, [this](const QString& registry) {
        if (m_model->state() == ReferrersModel::State::Failed && registry == registryOf(m_model->subject()))
            reload();
    });
    m_state->showEmpty(tr("No manifest selected"));
}

ReferrersView::~ReferrersView() = default;

void ReferrersView::setSubject(const store::Location& subjectWithDigest)
{
    if (subjectWithDigest.toString() == m_model->subject().toString() &&
        m_model->state() != ReferrersModel::State::Idle)
        return;
    m_model->setSubject(subjectWithDigest);
}

store::Location ReferrersView::subject() const
{
    return m_model->subject();
}

void ReferrersView::reload()
{
    m_model->reload();
}

int ReferrersView::directCount() const
{
    return m_model->directCount();
}

void ReferrersView::updateState()
{
    switch (m_model->state()) {
    case ReferrersModel::State::Idle:
        m_state->showEmpty(tr("No manifest selected"));
        break;
    case ReferrersModel::State::Loading:
        m_state->showLoading(tr("Loading referrers…"));
        break;
    case ReferrersModel::State::Loaded:
        if (m_model->directCount() == 0)
            m_state->showEmpty(tr("No referrers"));
        else
            m_state->showContent();
        emit loaded(m_model->directCount());
        break;
    case ReferrersModel::State::Failed: {
        const Error& error = m_model->error();
        m_state->showError(error.message);
        // Anonymous first; a 401 asks for a login and credentialsChanged brings us back.
        if (error.kind == Error::Kind::Unauthorized && m_model->subject().isRegistry())
            m_context.requestLogin(registryOf(m_model->subject()), error.message);
        emit loaded(-1);
        break;
    }
    }
}

void ReferrersView::onRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (m_model->loadedReferrerCount() > kAutoExpandReferrers || depthOf(parent) + 1 >= kAutoExpandDepth)
        return;
    QList<QPersistentModelIndex> toExpand;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (m_model->rowType(index) == ReferrersModel::RowType::Referrer && m_model->canFetchMore(index))
            toExpand.append(index);
    }
    if (toExpand.isEmpty())
        return;
    // Not from inside the model's insertion: expanding fetches, which changes the model again.
    QMetaObject::invokeMethod(
        this,
        [this, toExpand] {
            for (const QPersistentModelIndex& index : toExpand) {
                if (!index.isValid())
                    continue;
                m_tree->expand(index);
                if (m_model->canFetchMore(index))
                    m_model->fetchMore(index);
            }
        },
        Qt::QueuedConnection);
}

void ReferrersView::onActivated(const QModelIndex& index)
{
    const QModelIndex first = index.siblingAtColumn(0);
    switch (m_model->rowType(first)) {
    case ReferrersModel::RowType::Referrer:
        emit locationActivated(m_model->location(first));
        break;
    case ReferrersModel::RowType::Error:
        m_model->retry(first);
        break;
    case ReferrersModel::RowType::Loading:
        break;
    }
}

void ReferrersView::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_tree->indexAt(pos).siblingAtColumn(0);
    const QPoint globalPos = m_tree->viewport()->mapToGlobal(pos);
    if (!index.isValid())
        return;
    if (m_model->rowType(index) == ReferrersModel::RowType::Error) {
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        const QPersistentModelIndex persistent(index);
        menu->addAction(tr("Retry"), this, [this, persistent] {
            if (persistent.isValid())
                m_model->retry(persistent);
        });
        menu->popup(globalPos);
        return;
    }
    if (m_model->rowType(index) != ReferrersModel::RowType::Referrer)
        return;
    const store::Location location = m_model->location(index);
    const auto referrer = m_model->referrer(index);
    auto* menu = new LocationMenu(m_context, location, this, referrer->descriptor.digest,
                                  referrer->descriptor.mediaType);
    QAction* open = new QAction(tr("Open"), menu);
    open->setObjectName(QStringLiteral("openReferrerAction"));
    connect(open, &QAction::triggered, this, [this, location] { emit locationActivated(location); });
    menu->insertAction(menu->actions().value(0), open);
    menu->insertSeparator(menu->actions().value(1));
    menu->setDefaultAction(open);
    menu->popupAndDelete(globalPos);
}

} // namespace lading::ui
