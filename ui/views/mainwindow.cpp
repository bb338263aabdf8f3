#include "ui/views/mainwindow.h"

#include "ui/actions/artifactactions.h"
#include "ui/appcontext.h"
#include "ui/dialogs/pushdialog.h"
#include "ui/dialogs/trustsettingsdialog.h"
#include "ui/transfers/pushjob.h"
#include "ui/transfers/transferjob.h"
#include "ui/transfers/transfermanager.h"
#include "ui/views/browserpanel.h"
#include "ui/views/compareview.h"
#include "ui/views/detailspanel.h"
#include "ui/views/sourcespanel.h"
#include "ui/views/transferspanel.h"
#include "ui/widgets/filedropfilter.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace lading::ui {

namespace {

// `primary` and the platform's bindings for `standard`, each once: a key sequence listed twice on one
// action makes the shortcut ambiguous and it then does nothing (QKeySequence::Back is Alt+Left, Refresh F5).
QList<QKeySequence> shortcutsOf(const QKeySequence& primary, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> shortcuts{primary};
    for (const QKeySequence& binding : QKeySequence::keyBindings(standard)) {
        if (!shortcuts.contains(binding))
            shortcuts.append(binding);
    }
    return shortcuts;
}

// Where a push goes when nobody says: the repository (or layout) the browser lists, else that of the
// manifest shown (the browser forgets its repository for a moment while it reloads).
store::Location currentRepository(const BrowserPanel* browser, const DetailsPanel* details)
{
    const Source source = browser->source();
    if (source.isValid() && !source.isRegistry())
        return source.location();
    if (source.isValid() && !browser->repository().isEmpty())
        return source.location(browser->repository());
    store::Location shown = details->location();
    if (shown.manifestReference().isEmpty())
        return source.isValid() ? source.location() : store::Location();
    if (shown.isRegistry()) {
        shown.reference = shown.reference.withDigest({}).withoutTag();
    } else {
        shown.tag.clear();
        shown.digest = {};
    }
    return shown;
}

} // namespace

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_sources(new SourcesPanel(context, this))
    , m_browser(new BrowserPanel(context, this))
    , m_details(new DetailsPanel(context, this))
    , m_transfers(new TransfersPanel(context.transfers(), this))
    , m_transfersDock(new QDockWidget(tr("Transfers"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_address(new QLineEdit(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lading.svg")));
    setAcceptDrops(true);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sources);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_details);
    // A wider window widens the details most: they hold the longest lines (digests, media types).
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 5);
    m_splitter->setSizes({220, 320, 760});
    setCentralWidget(m_splitter);

    m_address->setObjectName(QStringLiteral("addressBar"));
    m_address->setPlaceholderText(tr("registry/repository:tag, @digest, oci:PATH:tag"));
    m_address->setClearButtonEnabled(true);
    connect(m_address, &QLineEdit::returnPressed, this, [this] { navigateTo(m_address->text().trimmed()); });

    // Transfers live in a dock below everything: hidden until there is something to show.
    m_transfersDock->setObjectName(QStringLiteral("transfersDock"));
    m_transfersDock->setWidget(m_transfers);
    addDockWidget(Qt::BottomDockWidgetArea, m_transfersDock);
    m_transfersDock->hide();
    connect(&context.transfers(), &TransferManager::jobAdded, this, [this] { m_transfersDock->show(); });

    createActions();

    connect(m_sources, &SourcesPanel::sourceActivated, m_browser, &BrowserPanel::setSource);
    // A push that ends (from a drop, a menu or a retry in the transfers panel) shows up where it landed.
    connect(&context.transfers(), &TransferManager::jobFinished, this, [this](TransferJob* job, bool ok) {
        const auto* push = qobject_cast<PushJob*>(job);
        if (!push || !ok)
            return;
        auto pushed = store::Location::parse(push->resultLocation(), true);
        pushFinished(push->target(), pushed ? pushed.value() : push->target());
    });
    connect(m_browser, &BrowserPanel::filesDropped, this,
            [this](const QStringList& paths, const store::Location& target) { pushFiles(paths, target); });
    connect(m_browser, &BrowserPanel::locationActivated, this,
            [this](const store::Location& l) { navigate(l); });
    connect(m_browser, &BrowserPanel::compareRequested, this,
            [this](const store::Location& left, const store::Location& right) {
                CompareView::openWindow(m_context, left, right, this);
            });
    connect(m_details, &DetailsPanel::locationActivated, this,
            [this](const store::Location& l) { navigate(l); });

    restoreState();
    updateNavigationActions();
    setWindowTitle(tr("Lading"));
    statusBar()->showMessage(tr("Ready"), 2000);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* addRegistry =
        fileMenu->addAction(tr("Add &Registry…"), m_sources, &SourcesPanel::addRegistryInteractively);
    addRegistry->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    auto* openLayout =
        fileMenu->addAction(tr("&Open OCI Layout…"), m_sources, &SourcesPanel::openLayoutInteractively);
    openLayout->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    auto* pushAction =
        fileMenu->addAction(tr("&Push Files…"), this, [this] { pushFilesInteractively(false); });
    pushAction->setObjectName(QStringLiteral("pushFilesAction"));
    pushAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    auto* attachAction =
        fileMenu->addAction(tr("&Attach Files…"), this, [this] { pushFilesInteractively(true); });
    attachAction->setObjectName(QStringLiteral("attachFilesAction"));
    attachAction->setToolTip(tr("Push files as a referrer of the manifest shown on the right"));
    fileMenu->addSeparator();
    auto* trustAction = fileMenu->addAction(tr("&Trusted Keys and Roots…"), this,
                                            [this] { TrustSettingsDialog::showFor(m_context, this); });
    trustAction->setObjectName(QStringLiteral("trustSettingsAction"));
    trustAction->setToolTip(tr("The public keys and root certificates that make a signature verified"));
    fileMenu->addSeparator();
    auto* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* goMenu = menuBar()->addMenu(tr("&Go"));
    m_backAction = goMenu->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this,
                                     &MainWindow::goBack);
    m_backAction->setShortcuts(shortcutsOf(QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Back));
    m_forwardAction = goMenu->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), this,
                                        &MainWindow::goForward);
    m_forwardAction->setShortcuts(shortcutsOf(QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward));
    m_reloadAction = goMenu->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Reload"), this,
                                       &MainWindow::reload);
    m_reloadAction->setShortcuts(shortcutsOf(QKeySequence(Qt::Key_F5), QKeySequence::Refresh));
    auto* focusAddress = goMenu->addAction(tr("&Location…"), this, [this] {
        m_address->setFocus(Qt::ShortcutFocusReason);
        m_address->selectAll();
    });
    focusAddress->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* transfers = m_transfersDock->toggleViewAction();
    transfers->setText(tr("&Transfers"));
    transfers->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    viewMenu->addAction(transfers);

    auto* toolsMenu = menuBar()->addMenu(tr("&Tools"));
    auto* compareAction = toolsMenu->addAction(tr("&Compare…"), this, [this] {
        // Both sides editable, the left one starting as the manifest on show.
        ArtifactActions::compareWith(m_context, m_details->location(), this, true);
    });
    compareAction->setObjectName(QStringLiteral("compareAction"));
    compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    compareAction->setToolTip(tr("Compare two artifacts side by side: manifests, layers, files, packages, "
                                 "referrers"));

    auto* toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolbar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_backAction);
    toolbar->addAction(m_forwardAction);
    toolbar->addAction(m_reloadAction);
    toolbar->addWidget(m_address);
}

bool MainWindow::navigateTo(const QString& text)
{
    if (text.isEmpty())
        return false;
    auto location = store::Location::parse(text, true);
    if (!location) {
        statusBar()->showMessage(location.error().message, 8000);
        return false;
    }
    navigate(location.value());
    return true;
}

void MainWindow::navigate(const store::Location& location, bool recordInHistory)
{
    m_current = location;
    const QString text = location.toString();
    m_address->setText(text);
    if (recordInHistory)
        m_history.visit(text);
    updateNavigationActions();
    const Source source = Source::fromLocation(location);
    m_sources->addSource(source);
    m_browser->reveal(location);
    if (!location.manifestReference().isEmpty())
        m_details->showLocation(location);
    setWindowTitle(tr("%1 — Lading").arg(text));
}

void MainWindow::openLayout(const QString& path)
{
    // The panel checks it is a layout (or its oci-layout file, or a .tar) and says why not.
    m_sources->openLayout(path);
}

void MainWindow::goBack()
{
    if (!m_history.canGoBack())
        return;
    auto location = store::Location::parse(m_history.back(), true);
    if (location)
        navigate(location.value(), false);
    updateNavigationActions();
}

void MainWindow::goForward()
{
    if (!m_history.canGoForward())
        return;
    auto location = store::Location::parse(m_history.forward(), true);
    if (location)
        navigate(location.value(), false);
    updateNavigationActions();
}

void MainWindow::reload()
{
    // The source first: a fresh probe drops its cached client and stores, so the views reload on new ones.
    m_sources->reloadCurrent();
    m_browser->reload();
    m_details->reload();
}

void MainWindow::updateNavigationActions()
{
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    // Not Lading's own drags (a tag dragged out to export it): only files from elsewhere.
    if (event->mimeData()->hasUrls() && !event->source())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (event->source())
        return;
    // Layouts (a folder with oci-layout, a .tar) open as sources; everything else is pushed.
    QStringList toPush;
    for (const QString& path : FileDropFilter::localPaths(event->mimeData())) {
        const QFileInfo info(path);
        if ((info.isDir() && QFileInfo::exists(path + QStringLiteral("/oci-layout"))) ||
            (info.isFile() && path.endsWith(QLatin1String(".tar"))))
            openLayout(path);
        else
            toPush.append(path);
    }
    event->acceptProposedAction();
    if (toPush.isEmpty())
        return;
    // Dropped onto the manifest on the right: attach to it; elsewhere: push into the browser's repository.
    const QPoint inDetails = m_details->mapFrom(this, event->position().toPoint());
    const bool ontoManifest =
        m_details->rect().contains(inDetails) && !m_details->location().manifestReference().isEmpty();
    pushFiles(toPush, store::Location(), ontoManifest);
}

void MainWindow::pushFiles(const QStringList& paths, const store::Location& destination, bool attach)
{
    PushProposal proposal;
    proposal.paths = paths;
    proposal.destination = destination;
    if (destination.reference.registry().isEmpty() && destination.path.isEmpty())
        proposal.destination = currentRepository(m_browser, m_details);
    proposal.subject = m_details->location();
    proposal.attach = attach && !proposal.subject.manifestReference().isEmpty();
    PushDialog::startPush(m_context, proposal, this);
}

void MainWindow::pushFilesInteractively(bool attach)
{
    PushProposal proposal;
    proposal.destination = currentRepository(m_browser, m_details);
    proposal.subject = m_details->location();
    proposal.attach = attach && !proposal.subject.manifestReference().isEmpty();
    PushDialog::chooseFilesAndPush(m_context, proposal, this);
}

void MainWindow::pushFinished(const store::Location& target, const store::Location& pushed)
{
    statusBar()->showMessage(tr("Pushed %1").arg(pushed.toString()), 8000);
    const Source source = Source::fromLocation(target);
    // A referrer: the graph of the manifest shown (its subject) gets it; a referrers fallback tag may have
    // changed too, so the tags reload as well.
    if (source == m_browser->source()) {
        m_browser->reload();
        if (!target.tagName().isEmpty())
            m_browser->reveal(target);
    }
    const store::Location shown = m_details->location();
    const bool sameRepository =
        shown.isRegistry()
            ? target.isRegistry() && shown.reference.repositoryName() == target.reference.repositoryName()
            : !target.isRegistry() && shown.path == target.path;
    if (!shown.manifestReference().isEmpty() && sameRepository)
        m_details->reload();
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("history/entries"), m_history.entries());
    settings.setValue(QStringLiteral("history/position"), m_history.position());
    m_sources->saveState();
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First run: a comfortable size for three columns, within the screen.
        QSize size(1400, 860);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.9);
        resize(size);
        // The splitter takes the window's width first: sizes given to a splitter of another width are
        // rescaled to it at once, and then again by the stretch factors, which squeezed the sidebar.
        m_splitter->resize(size.width(), m_splitter->height());
        const int width = size.width();
        m_splitter->setSizes({width * 19 / 100, width * 24 / 100, width * 57 / 100});
    }
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_history.restore(settings.value(QStringLiteral("history/entries")).toStringList(),
                      settings.value(QStringLiteral("history/position")).toInt());
    m_sources->restoreState();
}

} // namespace lading::ui
