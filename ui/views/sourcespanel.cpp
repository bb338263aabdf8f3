#include "ui/views/sourcespanel.h"

#include "core/oci/reference.h"
#include "ui/appcontext.h"
#include "ui/dialogs/addregistrydialog.h"
#include "ui/dialogs/logindialog.h"
#include "ui/models/itemroles.h"
#include "ui/models/sourcesmodel.h"
#include "ui/util/async.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace lading::ui {

namespace {

const QString kListKey = QStringLiteral("sources/list");
const QString kCurrentKey = QStringLiteral("sources/current");
const QString kHiddenKey = QStringLiteral("sources/hiddenConfigHosts");

// Two lines per source: the name, then small capability badges ("TLS", "Basic", "catalog", "referrers
// API"), "Checking…" while a probe runs, or the error in red when the source cannot be used.
class SourceDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.data(ItemRole::IsSourceGroupRole).toBool())
            return size + QSize(0, 6);
        const QFontMetrics fm(option.font);
        const QFontMetrics small(smallFont(option.font));
        size.setHeight(qMax(fm.height() + small.height() + 14, 38));
        return size;
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.data(ItemRole::IsSourceGroupRole).toBool()) {
            QStyleOptionViewItem opt(option);
            opt.rect.adjust(0, 4, 0, 0);
            QStyledItemDelegate::paint(painter, opt, index);
            return;
        }
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        const QString name = opt.text;
        const QIcon icon = opt.icon;
        opt.text.clear();
        opt.icon = QIcon();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor faint = text;
        faint.setAlphaF(0.65f);

        const QRect area = opt.rect.adjusted(4, 4, -4, -4);
        const int iconSize = 22;
        icon.paint(painter,
                   QRect(area.left(), area.top() + (area.height() - iconSize) / 2, iconSize, iconSize));
        const int left = area.left() + iconSize + 6;
        const int width = area.right() - left;

        const QFontMetrics fm(opt.font);
        painter->setFont(opt.font);
        painter->setPen(text);
        painter->drawText(QRect(left, area.top(), width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(name, Qt::ElideMiddle, width));

        const QFont font = smallFont(opt.font);
        const QFontMetrics small(font);
        painter->setFont(font);
        const QRect line(left, area.top() + fm.height() + 2, width, small.height() + 3);
        const auto state = SourcesModel::ProbeState(index.data(ItemRole::SourceProbeStateRole).toInt());
        const QString error = index.data(ItemRole::SourceErrorRole).toString();
        const bool needsLogin = index.data(ItemRole::SourceNeedsLoginRole).toBool();
        const QStringList badges = index.data(ItemRole::SourceBadgesRole).toStringList();
        if (state == SourcesModel::ProbeState::Done && !badges.isEmpty() && (error.isEmpty() || needsLogin)) {
            paintBadges(painter, line, badges, small, text, selected,
                        needsLogin ? SourcesModel::loginBadge() : QString());
        } else {
            const QString detail = index.data(ItemRole::SourceDetailRole).toString();
            const bool failed = state == SourcesModel::ProbeState::Done && !error.isEmpty();
            painter->setPen(failed && !selected ? QColor(0xc0, 0x1c, 0x28) : faint);
            painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                              small.elidedText(detail, Qt::ElideRight, width));
        }
        painter->restore();
    }

private:
    static QFont smallFont(const QFont& base)
    {
        QFont font = base;
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * 0.82);
        else
            font.setPixelSize(qMax(8, int(font.pixelSize() * 0.82)));
        return font;
    }

    static void paintBadges(QPainter* painter, const QRect& line, const QStringList& badges,
                            const QFontMetrics& fm, const QColor& text, bool selected,
                            const QString& loginBadge)
    {
        painter->setRenderHint(QPainter::Antialiasing);
        int x = line.left();
        for (const QString& badge : badges) {
            const int w = fm.horizontalAdvance(badge) + 8;
            if (x + w > line.right() + 1)
                break; // the tooltip has them all
            const QRectF box(x + 0.5, line.top() + 0.5, w - 1, line.height() - 1);
            const bool attention = !loginBadge.isEmpty() && badge == loginBadge;
            QColor border = attention ? QColor(0xc6, 0x6a, 0x00) : text;
            border.setAlphaF(attention ? 1.0f : 0.35f);
            QColor fill = border;
            fill.setAlphaF(selected ? 0.15f : 0.08f);
            QPainterPath path;
            path.addRoundedRect(box, 3, 3);
            painter->fillPath(path, fill);
            painter->setPen(border);
            painter->drawPath(path);
            painter->setPen(attention && !selected ? border : text);
            painter->drawText(box, Qt::AlignCenter, badge);
            x += w + 4;
        }
    }
};

QString keyOf(const Source& source)
{
    return source.key;
}

} // namespace

struct SourcesPanel::Private
{
    explicit Private(AppContext& c)
        : context(c)
    {}

    AppContext& context;
    SourcesModel* model = nullptr;
    QTreeView* tree = nullptr;
    QLabel* message = nullptr;
    QTimer messageTimer;
    QPointer<LoginDialog> login;
    QStringList hiddenConfigHosts;
    bool restoring = false;

    QAction* addRegistry = nullptr;
    QAction* openLayout = nullptr;
    QAction* openLayoutFolder = nullptr;
    QAction* remove = nullptr;
    QAction* reload = nullptr;
    QAction* logIn = nullptr;
    QAction* logOut = nullptr;
    QAction* settings = nullptr;
    QAction* copy = nullptr;
};

SourcesPanel::SourcesPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(context))
{
    setObjectName(QStringLiteral("sourcesPanel"));
    d->model = new SourcesModel(context, this);
    d->model->setObjectName(QStringLiteral("sourcesModel"));

    d->tree = new QTreeView(this);
    d->tree->setObjectName(QStringLiteral("sourcesTree"));
    d->tree->setModel(d->model);
    d->tree->setItemDelegate(new SourceDelegate(d->tree));
    d->tree->setHeaderHidden(true);
    d->tree->setRootIsDecorated(false);
    d->tree->setItemsExpandable(false);
    d->tree->setIndentation(6);
    d->tree->setUniformRowHeights(false);
    d->tree->setSelectionMode(QAbstractItemView::SingleSelection);
    d->tree->setContextMenuPolicy(Qt::CustomContextMenu);
    d->tree->setFrameShape(QFrame::NoFrame);
    d->tree->expandAll();

    auto icon = [this](const char* name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(name), style()->standardIcon(fallback));
    };
    d->addRegistry = new QAction(icon("list-add", QStyle::SP_FileDialogNewFolder), tr("Add Registry…"), this);
    d->addRegistry->setObjectName(QStringLiteral("addRegistryAction"));
    connect(d->addRegistry, &QAction::triggered, this, &SourcesPanel::addRegistryInteractively);
    d->openLayout =
        new QAction(icon("document-open", QStyle::SP_DialogOpenButton), tr("Open OCI Layout…"), this);
    d->openLayout->setObjectName(QStringLiteral("openLayoutAction"));
    d->openLayout->setToolTip(tr("Open an OCI layout .tar, or the oci-layout file in a layout folder"));
    connect(d->openLayout, &QAction::triggered, this, &SourcesPanel::openLayoutInteractively);
    d->openLayoutFolder =
        new QAction(icon("folder-open", QStyle::SP_DirOpenIcon), tr("Open Layout Folder…"), this);
    d->openLayoutFolder->setObjectName(QStringLiteral("openLayoutFolderAction"));
    connect(d->openLayoutFolder, &QAction::triggered, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Open OCI Layout Folder"));
        dialog->setObjectName(QStringLiteral("openLayoutFolderDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { openLayout(path); });
        dialog->open();
    });
    d->remove = new QAction(icon("list-remove", QStyle::SP_DialogDiscardButton), tr("Remove"), this);
    d->remove->setObjectName(QStringLiteral("removeSourceAction"));
    d->remove->setToolTip(tr("Remove the source from the sidebar (nothing is deleted)"));
    d->remove->setShortcut(QKeySequence::Delete);
    d->remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(d->remove, &QAction::triggered, this, [this] { removeSource(currentSource()); });
    d->tree->addAction(d->remove);
    d->reload = new QAction(icon("view-refresh", QStyle::SP_BrowserReload), tr("Check Again"), this);
    d->reload->setObjectName(QStringLiteral("reloadSourceAction"));
    d->reload->setToolTip(tr("Ask the source again what it holds and supports (F5)"));
    connect(d->reload, &QAction::triggered, this, &SourcesPanel::reloadCurrent);
    d->logIn = new QAction(icon("dialog-password", QStyle::SP_DialogYesButton), tr("Log In…"), this);
    d->logIn->setObjectName(QStringLiteral("loginAction"));
    connect(d->logIn, &QAction::triggered, this, [this] { showLogin(currentSource().key); });
    d->logOut = new QAction(tr("Log Out"), this);
    d->logOut->setObjectName(QStringLiteral("logoutAction"));
    connect(d->logOut, &QAction::triggered, this, [this] { logOut(currentSource().key); });
    d->settings = new QAction(tr("Registry Settings…"), this);
    d->settings->setObjectName(QStringLiteral("registrySettingsAction"));
    connect(d->settings, &QAction::triggered, this, [this] { editRegistrySettings(currentSource()); });
    d->copy = new QAction(icon("edit-copy", QStyle::SP_FileIcon), tr("Copy Name"), this);
    d->copy->setObjectName(QStringLiteral("copySourceAction"));
    connect(d->copy, &QAction::triggered, this, [this] {
        const Source source = currentSource();
        if (source.isValid())
            QGuiApplication::clipboard()->setText(keyOf(source));
    });

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("sourcesToolbar"));
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    auto* title = new QLabel(tr("Sources"), toolbar);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setContentsMargins(4, 0, 0, 0);
    toolbar->addWidget(title);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addAction(d->addRegistry);
    auto* openButton = new QToolButton(toolbar);
    openButton->setDefaultAction(d->openLayout);
    openButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto* openMenu = new QMenu(openButton);
    openMenu->addAction(d->openLayout);
    openMenu->addAction(d->openLayoutFolder);
    openButton->setMenu(openMenu);
    toolbar->addWidget(openButton);
    toolbar->addAction(d->remove);

    d->message = new QLabel(this);
    d->message->setObjectName(QStringLiteral("sourcesMessage"));
    d->message->setWordWrap(true);
    d->message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->message->setContentsMargins(6, 4, 6, 4);
    d->message->setVisible(false);
    d->messageTimer.setSingleShot(true);
    d->messageTimer.setInterval(30000);
    connect(&d->messageTimer, &QTimer::timeout, this, [this] { showMessage(QString()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(d->tree, 1);
    layout->addWidget(d->message);

    connect(d->tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                updateActions();
                const Source source = d->model->sourceAt(current);
                if (source.isValid())
                    emit sourceActivated(source);
            });
    connect(d->tree, &QTreeView::customContextMenuRequested, this, &SourcesPanel::showContextMenu);
    connect(d->model, &QAbstractItemModel::rowsInserted, this, [this] {
        d->tree->expandAll();
        updateGroupVisibility();
    });
    connect(d->model, &QAbstractItemModel::rowsRemoved, this, &SourcesPanel::updateGroupVisibility);
    connect(d->model, &QAbstractItemModel::dataChanged, this, &SourcesPanel::updateActions);
    connect(d->model, &SourcesModel::sourcesChanged, this, [this] {
        if (!d->restoring)
            saveState();
    });
    connect(&context, &AppContext::loginRequested, this,
            [this](const QString& registry, const QString& reason) { showLogin(registry, reason); });

    d->hiddenConfigHosts = QSettings().value(kHiddenKey).toStringList();
    d->model->loadDockerConfigHosts(d->hiddenConfigHosts);
    updateGroupVisibility();
    updateActions();
}

SourcesPanel::~SourcesPanel() = default;

SourcesModel* SourcesPanel::model() const
{
    return d->model;
}
QTreeView* SourcesPanel::view() const
{
    return d->tree;
}
LoginDialog* SourcesPanel::loginDialog() const
{
    return d->login.data();
}
QString SourcesPanel::message() const
{
    return d->message->isVisible() ? d->message->text() : QString();
}

void SourcesPanel::addSource(const Source& source)
{
    if (!source.isValid())
        return;
    if (!d->model->contains(source))
        d->model->addSource(source);
    selectSource(source);
}

void SourcesPanel::selectSource(const Source& source)
{
    const QModelIndex index = d->model->indexOf(source);
    if (!index.isValid())
        return;
    d->tree->setCurrentIndex(index);
    d->tree->scrollTo(index);
}

Source SourcesPanel::currentSource() const
{
    return d->model->sourceAt(d->tree->currentIndex());
}

QList<Source> SourcesPanel::sources() const
{
    return d->model->sources();
}

void SourcesPanel::saveState() const
{
    QSettings settings;
    settings.setValue(kListKey, d->model->saveState());
    const Source current = currentSource();
    if (current.isValid())
        settings.setValue(kCurrentKey, current.toVariant());
    else
        settings.remove(kCurrentKey);
    settings.setValue(kHiddenKey, d->hiddenConfigHosts);
}

void SourcesPanel::restoreState()
{
    QSettings settings;
    d->restoring = true;
    d->model->restoreState(settings.value(kListKey).toList());
    d->restoring = false;
    const Source current = Source::fromVariant(settings.value(kCurrentKey).toMap());
    if (current.isValid())
        selectSource(current);
}

void SourcesPanel::addRegistry(const QString& host, bool insecure, const QString& caFile)
{
    auto parsed = oci::Reference::parseRegistry(host);
    if (!parsed) {
        showMessage(parsed.error().message, true);
        return;
    }
    Source source;
    source.kind = Source::Kind::Registry;
    source.key = parsed.value();
    source.origin = Source::Origin::Added;
    // A registry from Docker's files that the user adds by hand becomes one of theirs (and is saved).
    const QModelIndex existing = d->model->indexOf(source);
    if (existing.isValid() && d->model->sourceAt(existing).origin == Source::Origin::DockerConfig)
        d->model->removeSource(source);
    d->hiddenConfigHosts.removeAll(source.key);
    SourcesModel::RegistrySettings settings;
    settings.insecure = insecure;
    settings.caFile = caFile;
    if (d->model->contains(source))
        d->model->setRegistrySettings(source, settings);
    else
        d->model->addSource(source, settings);
    selectSource(source);
    saveState();
}

bool SourcesPanel::openLayout(const QString& path)
{
    const QFileInfo info(path);
    Source source;
    source.origin = Source::Origin::Opened;
    if (info.isFile() && info.fileName() == QLatin1String("oci-layout")) {
        source.kind = Source::Kind::Layout;
        source.key = info.absolutePath();
    } else if (info.isDir()) {
        if (!QFileInfo(info.absoluteFilePath() + QStringLiteral("/oci-layout")).isFile()) {
            showMessage(tr("%1 is not an OCI layout: the folder has no oci-layout file.")
                            .arg(info.absoluteFilePath()),
                        true);
            return false;
        }
        source.kind = Source::Kind::Layout;
        source.key = info.absoluteFilePath();
    } else if (info.isFile() && info.fileName().endsWith(QLatin1String(".tar"), Qt::CaseInsensitive)) {
        source.kind = Source::Kind::Archive;
        source.key = info.absoluteFilePath();
    } else if (!info.exists()) {
        showMessage(tr("%1 does not exist.").arg(path), true);
        return false;
    } else {
        showMessage(tr("%1 is not an OCI layout: open a layout folder or a .tar archive of one.").arg(path),
                    true);
        return false;
    }
    addSource(source);
    return true;
}

bool SourcesPanel::removeSource(const Source& source)
{
    const QModelIndex index = d->model->indexOf(source);
    if (!index.isValid())
        return false;
    const Source removed = d->model->sourceAt(index);
    const bool wasCurrent = removed == currentSource();
    const QModelIndex group = index.parent();
    const int row = index.row();
    if (removed.origin == Source::Origin::DockerConfig && !d->hiddenConfigHosts.contains(removed.key))
        d->hiddenConfigHosts.append(removed.key);
    d->model->removeSource(removed);
    if (wasCurrent) {
        // The neighbour in the same group, else the first source anywhere, else nothing.
        QModelIndex next;
        const int count = d->model->rowCount(group);
        if (count > 0)
            next = d->model->index(qMin(row, count - 1), 0, group);
        for (int g = 0; !next.isValid() && g < SourcesModel::kGroupCount; ++g) {
            const QModelIndex other = d->model->groupIndex(SourcesModel::Group(g));
            if (d->model->rowCount(other) > 0)
                next = d->model->index(0, 0, other);
        }
        if (next.isValid()) {
            d->tree->setCurrentIndex(next);
        } else {
            d->tree->setCurrentIndex({});
            emit sourceActivated(Source());
        }
    }
    saveState();
    updateActions();
    return true;
}

void SourcesPanel::addRegistryInteractively()
{
    auto* dialog = new AddRegistryDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { addRegistry(dialog->host(), dialog->insecure(), dialog->caFile()); });
    dialog->open();
}

void SourcesPanel::editRegistrySettings(const Source& source)
{
    if (!source.isRegistry())
        return;
    const auto current = d->model->registrySettings(source);
    auto* dialog = new AddRegistryDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHost(source.key, false);
    dialog->setInsecure(current.insecure);
    dialog->setCaFile(current.caFile);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { addRegistry(dialog->host(), dialog->insecure(), dialog->caFile()); });
    dialog->open();
}

void SourcesPanel::openLayoutInteractively()
{
    // One dialog for both kinds: a .tar is picked directly, a layout folder through the oci-layout file
    // every layout holds at its top (openLayout takes that file for its folder).
    auto* dialog = new QFileDialog(this, tr("Open OCI Layout"));
    dialog->setObjectName(QStringLiteral("openLayoutDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("OCI layouts (oci-layout *.tar)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { openLayout(path); });
    dialog->open();
}

void SourcesPanel::reloadCurrent()
{
    const Source source = currentSource();
    if (source.isValid())
        d->model->probe(source, true);
}

void SourcesPanel::showLogin(const QString& registry, const QString& reason)
{
    if (registry.isEmpty())
        return;
    // One dialog at a time: a burst of 401s from several views must not stack prompts.
    if (d->login) {
        d->login->raise();
        d->login->activateWindow();
        return;
    }
    auto* dialog = new LoginDialog(d->context, registry, reason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    d->login = dialog;
    connect(dialog, &LoginDialog::loggedIn, this,
            [this](const QString& host, bool saved, const QString& text) {
                Q_UNUSED(saved);
                showMessage(text);
                Source source;
                source.key = host;
                d->model->probe(source);
                emit d->context.credentialsChanged(host);
            });
    dialog->open();
}

void SourcesPanel::logOut(const QString& registry)
{
    if (registry.isEmpty())
        return;
    AppContext* context = &d->context;
    runAsync(
        this, [context, registry] { return context->credentials().erase(registry); },
        [this, registry](const Status& erased) {
            // A new client looks the credential up again: what Docker's own files hold still applies.
            auto& pool = d->context.registries();
            pool.setOptions(registry, pool.options(registry));
            d->context.forgetStores(registry);
            if (erased)
                showMessage(tr("Logged out of %1.").arg(registry));
            else
                showMessage(tr("Could not log out of %1: %2").arg(registry, erased.error().message), true);
            Source source;
            source.key = registry;
            d->model->probe(source);
            emit d->context.credentialsChanged(registry);
        });
}

void SourcesPanel::showMessage(const QString& text, bool error)
{
    d->message->setText(text);
    d->message->setStyleSheet(error ? QStringLiteral("color: #c01c28;") : QString());
    d->message->setVisible(!text.isEmpty());
    if (text.isEmpty()) {
        d->messageTimer.stop();
        return;
    }
    d->messageTimer.start();
    emit messageShown(text);
}

void SourcesPanel::updateActions()
{
    const Source source = currentSource();
    const bool registry = source.isValid() && source.isRegistry();
    d->remove->setEnabled(source.isValid());
    d->reload->setEnabled(source.isValid());
    d->copy->setEnabled(source.isValid());
    d->copy->setText(registry ? tr("Copy Host") : tr("Copy Path"));
    d->logIn->setEnabled(registry);
    d->logOut->setEnabled(registry);
    d->settings->setEnabled(registry);
}

void SourcesPanel::updateGroupVisibility()
{
    // The Docker/Podman group only shows when those files name a registry.
    const QModelIndex config = d->model->groupIndex(SourcesModel::Group::DockerConfig);
    d->tree->setRowHidden(config.row(), QModelIndex(), d->model->rowCount(config) == 0);
}

void SourcesPanel::showContextMenu(const QPoint& position)
{
    const QModelIndex index = d->tree->indexAt(position);
    const Source source = d->model->sourceAt(index);
    QMenu menu(this);
    if (source.isValid()) {
        d->tree->setCurrentIndex(index);
        menu.addAction(d->reload);
        if (source.isRegistry()) {
            menu.addSeparator();
            menu.addAction(d->logIn);
            menu.addAction(d->logOut);
            menu.addAction(d->settings);
        }
        menu.addSeparator();
        menu.addAction(d->copy);
        menu.addSeparator();
        menu.addAction(d->remove);
    } else {
        menu.addAction(d->addRegistry);
        menu.addAction(d->openLayout);
        menu.addAction(d->openLayoutFolder);
    }
    menu.exec(d->tree->viewport()->mapToGlobal(position));
}

} // namespace lading::ui
