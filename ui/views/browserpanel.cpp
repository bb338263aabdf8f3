#include "ui/views/browserpanel.h"

#include "core/oci/reference.h"
#include "ui/actions/artifactactions.h"
#include "ui/actions/tagdragsource.h"
#include "ui/actions/tagdroptarget.h"
#include "ui/appcontext.h"
#include "ui/models/itemroles.h"
#include "ui/models/listfilterproxy.h"
#include "ui/models/repositorymodel.h"
#include "ui/models/tagmodel.h"
#include "ui/models/trustbadgecache.h"
#include "ui/util/repositorymemory.h"
#include "ui/widgets/filedropfilter.h"
#include "ui/widgets/locationmenu.h"
#include "ui/widgets/statestack.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace lading::ui {

namespace {

QListView* makeListView(QWidget* parent, const QString& objectName)
{
    auto* view = new QListView(parent);
    view->setObjectName(objectName);
    // Uniform sizes let the view lay out 100,000 rows without measuring each one; a batched layout spreads
    // the per-row work of a relayout over event-loop turns (QListView lays out every row on each insert).
    view->setUniformItemSizes(true);
    view->setLayoutMode(QListView::Batched);
    view->setBatchSize(5000);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTextElideMode(Qt::ElideMiddle);
    return view;
}

QLineEdit* makeFilter(QWidget* parent, const QString& objectName, const QString& placeholder)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QLabel* makeHeading(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Scrolls to `index` once the view has laid it out: a batched layout of a long list reaches far rows a few
// event-loop turns later, and until then the row has no place to scroll to.
void scrollWhenLaidOut(QListView* view, const QModelIndex& index, int attempts = 200)
{
    if (!index.isValid())
        return;
    if (view->visualRect(index).isValid() || attempts <= 0) {
        view->scrollTo(index);
        return;
    }
    QTimer::singleShot(5, view, [view, target = QPersistentModelIndex(index), attempts] {
        if (target.isValid() && view->currentIndex() == target)
            scrollWhenLaidOut(view, target, attempts - 1);
    });
}

bool needsLogin(const Error& error)
{
    return error.kind == Error::Kind::Unauthorized || error.httpStatus == 401;
}

} // namespace

struct BrowserPanel::Private
{
    BrowserPanel* q;
    AppContext& context;
    Source source;

    RepositoryModel* repositories = nullptr;
    ListFilterProxy* repositoryProxy = nullptr;
    TagModel* tags = nullptr;
    ListFilterProxy* tagProxy = nullptr;

    QWidget* repositoryPane = nullptr;
    QLabel* repositoryHeading = nullptr;
    QLineEdit* repositoryFilter = nullptr;
    QWidget* repositoryEntry = nullptr;
    QLabel* repositoryNote = nullptr;
    QLineEdit* repositoryInput = nullptr;
    QListView* repositoryView = nullptr;
    StateStack* repositoryState = nullptr;

    QLabel* tagHeading = nullptr;
    QLineEdit* tagFilter = nullptr;
    QCheckBox* showGrouped = nullptr;
    QLabel* groupedNote = nullptr;
    QListView* tagView = nullptr;
    StateStack* tagState = nullptr;

    // The repository whose tags are shown (empty for a layout or none).
    QString repository;

    // A location to select once its repository and tag have arrived (reveal, reload).
    bool revealPending = false;
    QString revealRepository;
    QString revealTag;
    bool revealScheduled = false;

    // Click and Enter (and a double click) both activate; one activation per gesture is enough.
    QString lastActivated;
    QElapsedTimer lastActivation;

    Private(BrowserPanel* panel, AppContext& ctx)
        : q(panel)
        , context(ctx)
    {}

    void build();
    void showSource(const Source& newSource, bool keepFilters);
    void showRepository(const QString& name, bool keepFilter);
    void updateRepositoryState();
    void updateTagState();
    void updateGroupedNote();
    void typedRepositoryEntered();
    void activateTag(const QModelIndex& proxyIndex);
    void tagContextMenu(const QPoint& pos);
    void loadFailed(const Error& error);
    void scheduleReveal();
    void advanceReveal();
    bool selectTagRow(int sourceRow);
    store::Location tagLocation(const QString& tag) const;
    QString currentTagName() const;
};

void BrowserPanel::Private::build()
{
    repositories = new RepositoryModel(q);
    repositories->setObjectName(QStringLiteral("repositoryModel"));
    repositoryProxy = new ListFilterProxy(q);
    repositoryProxy->setObjectName(QStringLiteral("repositoryProxy"));
    repositoryProxy->setSourceModel(repositories);
    tags = new TagModel(q);
    tags->setObjectName(QStringLiteral("tagModel"));
    tags->setTrustBadges(&context.trustBadges());
    tagProxy = new ListFilterProxy(q);
    tagProxy->setObjectName(QStringLiteral("tagProxy"));
    tagProxy->setSourceModel(tags);

    auto* outer = new QVBoxLayout(q);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Vertical, q);
    splitter->setObjectName(QStringLiteral("browserSplitter"));
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter);

    // Repositories.
    repositoryPane = new QWidget(splitter);
    repositoryPane->setObjectName(QStringLiteral("repositoryPane"));
    auto* repositoryLayout = new QVBoxLayout(repositoryPane);
    repositoryLayout->setContentsMargins(4, 4, 4, 4);
    repositoryHeading = makeHeading(repositoryPane, QStringLiteral("repositoryHeading"));
    repositoryHeading->setText(BrowserPanel::tr("Repositories"));
    repositoryLayout->addWidget(repositoryHeading);
    repositoryFilter = makeFilter(repositoryPane, QStringLiteral("repositoryFilter"),
                                  BrowserPanel::tr("Filter repositories"));
    repositoryLayout->addWidget(repositoryFilter);

    repositoryEntry = new QWidget(repositoryPane);
    repositoryEntry->setObjectName(QStringLiteral("repositoryEntry"));
    auto* entryLayout = new QVBoxLayout(repositoryEntry);
    entryLayout->setContentsMargins(0, 0, 0, 0);
    repositoryNote = new QLabel(repositoryEntry);
    repositoryNote->setObjectName(QStringLiteral("repositoryNote"));
    repositoryNote->setWordWrap(true);
    repositoryNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    entryLayout->addWidget(repositoryNote);
    repositoryInput = new QLineEdit(repositoryEntry);
    repositoryInput->setObjectName(QStringLiteral("repositoryInput"));
    repositoryInput->setPlaceholderText(BrowserPanel::tr("Repository name, e.g. library/alpine"));
    entryLayout->addWidget(repositoryInput);
    repositoryEntry->hide();
    repositoryLayout->addWidget(repositoryEntry);

    repositoryView = makeListView(repositoryPane, QStringLiteral("repositoryList"));
    repositoryView->setModel(repositoryProxy);
    repositoryState = new StateStack(repositoryView, repositoryPane);
    repositoryState->setObjectName(QStringLiteral("repositoryState"));
    repositoryLayout->addWidget(repositoryState, 1);
    splitter->addWidget(repositoryPane);

    // Tags.
    auto* tagPane = new QWidget(splitter);
    tagPane->setObjectName(QStringLiteral("tagPane"));
    auto* tagLayout = new QVBoxLayout(tagPane);
    tagLayout->setContentsMargins(4, 4, 4, 4);
    tagHeading = makeHeading(tagPane, QStringLiteral("tagHeading"));
    tagHeading->setText(BrowserPanel::tr("Tags"));
    tagLayout->addWidget(tagHeading);
    tagFilter = makeFilter(tagPane, QStringLiteral("tagFilter"), BrowserPanel::tr("Filter tags"));
    tagLayout->addWidget(tagFilter);
    auto* groupRow = new QHBoxLayout;
    showGrouped = new QCheckBox(BrowserPanel::tr("Show signature and referrer tags"), tagPane);
    showGrouped->setObjectName(QStringLiteral("showSignatureTags"));
    showGrouped->setToolTip(
        BrowserPanel::tr("Tags such as sha256-….sig that cosign and the referrers fallback create beside "
                         "real tags; when shown they are listed after the real tags."));
    groupRow->addWidget(showGrouped);
    groupedNote = new QLabel(tagPane);
    groupedNote->setObjectName(QStringLiteral("hiddenTagsLabel"));
    groupedNote->setEnabled(false);
    groupRow->addWidget(groupedNote, 1, Qt::AlignRight);
    tagLayout->addLayout(groupRow);
    tagView = makeListView(tagPane, QStringLiteral("tagList"));
    tagView->setModel(tagProxy);
    tagView->setContextMenuPolicy(Qt::CustomContextMenu);
    tagState = new StateStack(tagView, tagPane);
    tagState->setObjectName(QStringLiteral("tagState"));
    tagLayout->addWidget(tagState, 1);
    splitter->addWidget(tagPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    // Filters: every keystroke goes to the proxy, which stays fast however long the list is.
    connect(repositoryFilter, &QLineEdit::textChanged, repositoryProxy, &ListFilterProxy::setFilterText);
    connect(tagFilter, &QLineEdit::textChanged, tagProxy, &ListFilterProxy::setFilterText);
    connect(showGrouped, &QCheckBox::toggled, tagProxy, &ListFilterProxy::setShowGrouped);
    // Enter in a filter moves into its list, on the first match.
    for (auto [filter, view] : {std::pair{repositoryFilter, repositoryView}, std::pair{tagFilter, tagView}}) {
        connect(filter, &QLineEdit::returnPressed, q, [view] {
            if (view->model()->rowCount() == 0)
                return;
            view->setFocus(Qt::OtherFocusReason);
            if (!view->currentIndex().isValid())
                view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                                        QItemSelectionModel::ClearAndSelect);
        });
    }

    // Files dropped from a file manager are pushed: onto a repository, a tag, or the list's current place.
    connect(new FileDropFilter(repositoryView->viewport()), &FileDropFilter::dropped, q,
            [this](const QStringList& paths, const QPoint& pos) {
                const QModelIndex index = repositoryView->indexAt(pos);
                QString name = repository;
                if (index.isValid() && !index.data(ItemRole::IsLayoutRole).toBool())
                    name = index.data(ItemRole::NameRole).toString();
                emit q->filesDropped(paths, source.isRegistry() ? source.location(name) : source.location());
            });
    connect(new FileDropFilter(tagView->viewport()), &FileDropFilter::dropped, q,
            [this](const QStringList& paths, const QPoint& pos) {
                const QModelIndex index = tagView->indexAt(pos);
                const QString tag = index.isValid() ? index.data(ItemRole::NameRole).toString() : QString();
                emit q->filesDropped(paths, tagLocation(tag));
            });

    // A tag dragged onto a file manager is exported there as an OCI layout folder.
    new TagDragSource(context, tagView, [this](const QModelIndex& index) -> std::optional<store::Location> {
        if (!index.isValid())
            return std::nullopt;
        return tagLocation(index.data(ItemRole::NameRole).toString());
    });
    // A tag dropped onto another tag compares the two. Installed after the file drop filter, so it sees
    // Lading's own drags first and they never reach the push.
    auto* tagDrop =
        new TagDropTarget(tagView, [this](const QModelIndex& index) -> std::optional<store::Location> {
            if (!index.isValid())
                return std::nullopt;
            return tagLocation(index.data(ItemRole::NameRole).toString());
        });
    connect(tagDrop, &TagDropTarget::compareRequested, q, &BrowserPanel::compareRequested);

    connect(repositoryInput, &QLineEdit::returnPressed, q, [this] { typedRepositoryEntered(); });
    connect(repositoryView->selectionModel(), &QItemSelectionModel::currentChanged, q,
            [this](const QModelIndex& current) {
                if (!current.isValid() || current.data(ItemRole::IsLayoutRole).toBool())
                    return;
                const QString name = current.data(ItemRole::NameRole).toString();
                if (name != repository)
                    showRepository(name, false);
            });
    connect(tagView, &QAbstractItemView::clicked, q,
            [this](const QModelIndex& index) { activateTag(index); });
    connect(tagView, &QAbstractItemView::activated, q,
            [this](const QModelIndex& index) { activateTag(index); });
    connect(tagView, &QWidget::customContextMenuRequested, q,
            [this](const QPoint& pos) { tagContextMenu(pos); });

    // States: spinner while the first page loads, inline error with Retry, empty notes.
    connect(repositories, &PagedListModel::loadStateChanged, q, [this](PagedListModel::LoadState state) {
        if (state == PagedListModel::LoadState::Failed)
            loadFailed(repositories->error());
        updateRepositoryState();
        scheduleReveal();
    });
    connect(repositories, &RepositoryModel::catalogUnavailable, q, [this](const QString&) {
        // The names typed here before (most recent first); the catalog stays the source, so F5 asks again.
        for (const QString& name : RepositoryMemory::typedRepositories(source.key))
            repositories->addRepository(name);
        updateRepositoryState();
        scheduleReveal();
    });
    connect(repositories, &QAbstractItemModel::rowsInserted, q, [this] { scheduleReveal(); });
    connect(repositoryProxy, &ListFilterProxy::countsChanged, q, [this] { updateRepositoryState(); });
    connect(repositoryProxy, &ListFilterProxy::filterApplied, q, [this] {
        updateRepositoryState();
        scheduleReveal();
    });
    connect(repositoryState, &StateStack::retryRequested, q, [this] { repositories->reload(); });

    connect(tags, &PagedListModel::loadStateChanged, q, [this](PagedListModel::LoadState state) {
        if (state == PagedListModel::LoadState::Failed)
            loadFailed(tags->error());
        updateTagState();
        scheduleReveal();
    });
    connect(tags, &QAbstractItemModel::rowsInserted, q, [this] { scheduleReveal(); });
    connect(tagProxy, &ListFilterProxy::countsChanged, q, [this] {
        updateTagState();
        updateGroupedNote();
    });
    connect(tagProxy, &ListFilterProxy::filterApplied, q, [this] {
        updateTagState();
        scheduleReveal();
    });
    connect(tagState, &StateStack::retryRequested, q, [this] { tags->reload(); });

    // A login elsewhere (the prompt a 401 opened, or the sources panel) makes the lists worth another try.
    connect(&context, &AppContext::credentialsChanged, q, [this](const QString& registry) {
        if (source.isRegistry() && registry == source.key)
            q->reload();
    });

    updateRepositoryState();
    updateTagState();
    updateGroupedNote();
}

void BrowserPanel::Private::showSource(const Source& newSource, bool keepFilters)
{
    source = newSource;
    repository.clear();
    if (!keepFilters) {
        repositoryFilter->clear();
        tagFilter->clear();
    }
    repositoryInput->clear();
    tags->clear();
    if (!source.isValid()) {
        repositoryPane->show();
        repositories->showNothing();
        tagHeading->setText(BrowserPanel::tr("Tags"));
    } else if (source.isRegistry()) {
        repositoryPane->show();
        repositoryHeading->setText(BrowserPanel::tr("Repositories on %1").arg(source.displayName()));
        tagHeading->setText(BrowserPanel::tr("Tags"));
        repositories->showCatalog(context.registries().client(source.key));
    } else {
        // A layout is one pseudo-repository: its tags are all there is to choose from.
        repositoryPane->hide();
        repositories->showLayout(source.displayName());
        tagHeading->setText(BrowserPanel::tr("Tags in %1").arg(source.displayName()));
        const store::Location location = source.location();
        AppContext* ctx = &context;
        tags->showStore([ctx, location] { return ctx->store(location); }, location);
    }
    updateRepositoryState();
    updateTagState();
}

void BrowserPanel::Private::showRepository(const QString& name, bool keepFilter)
{
    repository = name;
    if (!keepFilter)
        tagFilter->clear();
    tagHeading->setText(BrowserPanel::tr("Tags of %1").arg(name));
    tags->showRegistryRepository(context.registries().client(source.key), name);
    updateTagState();
}

void BrowserPanel::Private::updateRepositoryState()
{
    const bool typed = repositories->mode() == RepositoryModel::Mode::Typed;
    repositoryEntry->setVisible(typed);
    if (typed) {
        repositoryNote->setText(
            BrowserPanel::tr("%1 does not list its repositories. Type the name of a repository to browse it; "
                             "names you type are remembered.")
                .arg(source.displayName()));
    }
    const int shown = repositoryProxy->rowCount();
    const int loaded = repositories->rowCount();
    switch (repositories->loadState()) {
    case PagedListModel::LoadState::Idle:
        if (loaded == 0) {
            repositoryState->showEmpty(BrowserPanel::tr("Choose a registry or a layout on the left."));
            return;
        }
        break;
    case PagedListModel::LoadState::Failed:
        repositoryState->showError(repositories->error().message, true);
        return;
    case PagedListModel::LoadState::Loading:
    case PagedListModel::LoadState::Loaded:
        break;
    }
    if (shown > 0 || typed) {
        repositoryState->showContent();
        return;
    }
    if (!repositories->isComplete() || repositoryProxy->isFiltering()) {
        // Rows, but none to show (the filter hides them): fetch on, as a hidden view does not ask for more.
        // With no rows yet, the first page is on its way.
        if (loaded > 0)
            repositories->fetchAll();
        repositoryState->showLoading(loaded == 0
                                         ? BrowserPanel::tr("Loading repositories…")
                                         : BrowserPanel::tr("Searching %n repositories…", nullptr, loaded));
        return;
    }
    if (loaded == 0)
        repositoryState->showEmpty(
            BrowserPanel::tr("%1 holds no repositories yet.").arg(source.displayName()));
    else
        repositoryState->showEmpty(
            BrowserPanel::tr("No repository contains “%1”.").arg(repositoryFilter->text().trimmed()));
}

void BrowserPanel::Private::updateTagState()
{
    const int shown = tagProxy->rowCount();
    const int loaded = tags->rowCount();
    if (!tags->hasSource() && loaded == 0) {
        if (source.isValid() && source.isRegistry())
            tagState->showEmpty(BrowserPanel::tr("Select a repository to see its tags."));
        else
            tagState->showEmpty(QString());
        return;
    }
    if (tags->loadState() == PagedListModel::LoadState::Failed) {
        tagState->showError(tags->error().message, true);
        return;
    }
    if (shown > 0) {
        tagState->showContent();
        return;
    }
    if (!tags->isComplete() || tagProxy->isFiltering()) {
        if (loaded > 0)
            tags->fetchAll();
        tagState->showLoading(loaded == 0 ? BrowserPanel::tr("Loading tags…")
                                          : BrowserPanel::tr("Searching %n tags…", nullptr, loaded));
        return;
    }
    const QString name = source.isRegistry() ? repository : source.displayName();
    if (loaded == 0)
        tagState->showEmpty(BrowserPanel::tr("%1 has no tags.").arg(name));
    else if (!tagFilter->text().trimmed().isEmpty() && tagProxy->hiddenGroupedCount() == 0)
        tagState->showEmpty(BrowserPanel::tr("No tag contains “%1”.").arg(tagFilter->text().trimmed()));
    else
        tagState->showEmpty(BrowserPanel::tr(
            "Only signature and referrer tags match; turn on “Show signature and referrer tags” "
            "to see them."));
}

void BrowserPanel::Private::updateGroupedNote()
{
    const int total = tagProxy->groupedCount();
    if (total == 0)
        groupedNote->clear();
    else if (tagProxy->showGrouped())
        groupedNote->setText(BrowserPanel::tr("%n listed last", nullptr, total));
    else if (tagProxy->hiddenGroupedCount() == 0)
        groupedNote->clear(); // the filter leaves none to hide: "0 hidden" says nothing
    else
        groupedNote->setText(BrowserPanel::tr("%n hidden", nullptr, tagProxy->hiddenGroupedCount()));
}

void BrowserPanel::Private::typedRepositoryEntered()
{
    const QString name = repositoryInput->text().trimmed();
    if (name.isEmpty())
        return;
    if (!oci::Reference::isValidRepository(name)) {
        repositoryNote->setText(
            BrowserPanel::tr("“%1” is not a repository name: use lower-case letters, digits and separators, "
                             "like library/alpine.")
                .arg(name));
        return;
    }
    RepositoryMemory::rememberRepository(source.key, name);
    repositoryInput->clear();
    revealPending = true;
    revealRepository = name;
    revealTag.clear();
    advanceReveal();
}

store::Location BrowserPanel::Private::tagLocation(const QString& tag) const
{
    return source.isRegistry() ? source.location(repository, tag) : source.location({}, tag);
}

QString BrowserPanel::Private::currentTagName() const
{
    const QModelIndex current = tagView->currentIndex();
    return current.isValid() ? current.data(ItemRole::NameRole).toString() : QString();
}

void BrowserPanel::Private::activateTag(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const store::Location location = tagLocation(proxyIndex.data(ItemRole::NameRole).toString());
    const QString key = location.toString();
    if (key == lastActivated && lastActivation.isValid() &&
        lastActivation.elapsed() < QApplication::doubleClickInterval())
        return;
    lastActivated = key;
    lastActivation.start();
    emit q->locationActivated(location);
}

void BrowserPanel::Private::tagContextMenu(const QPoint& pos)
{
    const QModelIndex index = tagView->indexAt(pos);
    if (!index.isValid())
        return;
    const store::Location location = tagLocation(index.data(ItemRole::NameRole).toString());
    // The shared location menu: copy reference, copy digest (resolved off the GUI thread), copy as command;
    // then what moves or changes the artifact (save, export, copy, tag, delete).
    auto* menu = new LocationMenu(context, location, q);
    ArtifactActions::addManifestActions(*menu, context, location, q, [panel = q] { panel->reload(); });
    menu->popupAndDelete(tagView->viewport()->mapToGlobal(pos));
}

void BrowserPanel::Private::loadFailed(const Error& error)
{
    if (source.isRegistry() && needsLogin(error))
        context.requestLogin(source.key, error.message);
}

void BrowserPanel::Private::scheduleReveal()
{
    if (!revealPending || revealScheduled)
        return;
    // Queued: the signals that call this fire inside model updates and filter passes.
    revealScheduled = true;
    QTimer::singleShot(0, q, [this] {
        revealScheduled = false;
        advanceReveal();
    });
}

void BrowserPanel::Private::advanceReveal()
{
    if (!revealPending)
        return;
    if (source.isRegistry() && !revealRepository.isEmpty() && revealRepository != repository) {
        int row = repositories->rowOf(revealRepository);
        if (row < 0) {
            if (repositories->loadState() == PagedListModel::LoadState::Failed)
                return; // Retry continues
            if (repositories->mode() == RepositoryModel::Mode::Typed || repositories->isComplete()) {
                // Not listed (no catalog, or a catalog that hides it): browse it by name all the same.
                row = repositories->addRepository(revealRepository);
            } else {
                repositories->fetchAll();
                return; // continued as pages arrive
            }
        }
        if (repositoryFilter->text().isEmpty())
            repositories->stopFetchAll(); // found: the rest loads as the user scrolls
        const QModelIndex proxyIndex = repositoryProxy->mapFromSource(repositories->index(row, 0));
        if (proxyIndex.isValid()) {
            repositoryView->selectionModel()->setCurrentIndex(proxyIndex,
                                                              QItemSelectionModel::ClearAndSelect);
            scrollWhenLaidOut(repositoryView, proxyIndex);
        } else if (!repositoryFilter->text().isEmpty()) {
            repositoryFilter->clear(); // the filter hides it; selected once the filter is off
        }
        if (repository != revealRepository)
            showRepository(revealRepository, true);
    }
    if (revealTag.isEmpty()) {
        revealPending = false;
        return;
    }
    const int row = tags->rowOf(revealTag);
    if (row < 0) {
        if (tags->loadState() == PagedListModel::LoadState::Failed)
            return;
        if (tags->isComplete() && tags->loadState() != PagedListModel::LoadState::Loading) {
            revealPending = false; // not (or no longer) there
            return;
        }
        tags->fetchAll();
        return;
    }
    if (!selectTagRow(row))
        return;
    revealPending = false;
    if (tagFilter->text().isEmpty())
        tags->stopFetchAll();
}

bool BrowserPanel::Private::selectTagRow(int sourceRow)
{
    const QModelIndex sourceIndex = tags->index(sourceRow, 0);
    const QModelIndex proxyIndex = tagProxy->mapFromSource(sourceIndex);
    if (!proxyIndex.isValid()) {
        // Hidden by the group switch or the filter: show it (the filter applies, then we come back).
        if (TagModel::isGrouped(tags->kindAt(sourceRow)) && !showGrouped->isChecked())
            showGrouped->setChecked(true);
        if (!tagFilter->text().isEmpty() &&
            !tags->nameAt(sourceRow).contains(tagFilter->text().trimmed(), Qt::CaseInsensitive))
            tagFilter->clear();
        return false;
    }
    tagView->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect);
    scrollWhenLaidOut(tagView, proxyIndex);
    return true;
}

BrowserPanel::BrowserPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this, context))
{
    setObjectName(QStringLiteral("browserPanel"));
    d->build();
}

BrowserPanel::~BrowserPanel() = default;

void BrowserPanel::setSource(const Source& source)
{
    if (source == d->source && d->repositories->loadState() != PagedListModel::LoadState::Failed &&
        (d->repositories->hasSource() || d->repositories->rowCount() > 0))
        return; // already shown: choosing it again must not throw away what was loaded
    d->revealPending = false;
    d->showSource(source, false);
}

Source BrowserPanel::source() const
{
    return d->source;
}

void BrowserPanel::reveal(const store::Location& location)
{
    const Source target = Source::fromLocation(location);
    if (!(target == d->source) || (!d->repositories->hasSource() && d->repositories->rowCount() == 0))
        d->showSource(target, false);
    d->revealPending = true;
    if (location.isRegistry()) {
        d->revealRepository = location.reference.repository();
        d->revealTag = location.reference.tag();
    } else {
        d->revealRepository.clear();
        d->revealTag = location.tag;
    }
    d->advanceReveal();
}

void BrowserPanel::reload()
{
    if (!d->source.isValid())
        return;
    // Keep the selection: reselect the same repository and tag once they are back.
    const QString repository = d->repository;
    const QString tag = d->currentTagName();
    if (!d->source.isRegistry())
        d->context.forgetStores(d->source.key);
    // Tags may point elsewhere now, and signatures may have been added.
    if (!d->source.isRegistry())
        d->context.trustBadges().forget(AppContext::storeKey(d->source.location()));
    else if (!repository.isEmpty())
        d->context.trustBadges().forget(AppContext::storeKey(d->source.location(repository)));
    d->showSource(d->source, true);
    if (!repository.isEmpty() || !tag.isEmpty()) {
        d->revealPending = true;
        d->revealRepository = repository;
        d->revealTag = tag;
        d->advanceReveal();
    }
}

QString BrowserPanel::repository() const
{
    return d->repository;
}

QString BrowserPanel::selectedTag() const
{
    return d->currentTagName();
}

RepositoryModel* BrowserPanel::repositoryModel() const
{
    return d->repositories;
}

TagModel* BrowserPanel::tagModel() const
{
    return d->tags;
}

ListFilterProxy* BrowserPanel::tagFilterProxy() const
{
    return d->tagProxy;
}

ListFilterProxy* BrowserPanel::repositoryFilterProxy() const
{
    return d->repositoryProxy;
}

} // namespace lading::ui
