#include "ui/views/mainwindow.h"

#include "ui/appcontext.h"
#include "ui/views/browserpanel.h"
#include "ui/views/detailspanel.h"
#include "ui/views/sourcespanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
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

} // namespace

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_sources(new SourcesPanel(context, this))
    , m_browser(new BrowserPanel(context, this))
    , m_details(new DetailsPanel(context, this))
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

    createActions();

    connect(m_sources, &SourcesPanel::sourceActivated, m_browser, &BrowserPanel::setSource);
    connect(m_browser, &BrowserPanel::locationActivated, this,
            [this](const store::Location& l) { navigate(l); });
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
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (path.isEmpty())
            continue;
        const QFileInfo info(path);
        if ((info.isDir() && QFileInfo::exists(path + QStringLiteral("/oci-layout"))) ||
            path.endsWith(QLatin1String(".tar")))
            openLayout(path);
    }
    event->acceptProposedAction();
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
