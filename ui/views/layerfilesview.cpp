#include "ui/views/layerfilesview.h"

#include "core/inspect/layerextractor.h"
#include "core/inspect/layerreader.h"
#include "core/inspect/textexcerpt.h"
#include "core/store/transfercontrol.h"
#include "ui/appcontext.h"
#include "ui/models/itemroles.h"
#include "ui/models/layerfilesmodel.h"
#include "ui/util/async.h"
#include "ui/widgets/locationmenu.h"
#include "ui/widgets/statestack.h"
#include "ui/widgets/textviewer.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStringDecoder>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace lading::ui {

using inspect::LayerEntry;
using inspect::LayerFileTree;
using Type = LayerEntry::Type;

namespace {

constexpr int kExpandFilteredBelow = 300; // a filter with this few matches opens every folder it shows

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

bool isTarLayer(const QString& mediaType)
{
    return mediaType.contains(QLatin1String(".image.layer.")) ||
           mediaType.contains(QLatin1String(".image.rootfs.diff.tar")) ||
           mediaType.contains(QLatin1String("layer.v1.tar"));
}

QString errorText(const Error& error)
{
    QString message = error.message;
    if (!error.code.isEmpty() && !message.contains(error.code))
        message += QStringLiteral(" (%1)").arg(error.code);
    return message;
}

} // namespace

LayerFilesView::LayerFilesView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("layerFilesView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("layerPicker"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_picker->setToolTip(
        tr("The merged filesystem of the image, or one layer's own entries with its whiteouts"));
    bar->addWidget(m_picker);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("layerFilesFilter"));
    m_filter->setPlaceholderText(tr("Filter: part of a path, or a glob such as *.conf or etc/*.d"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    m_viewButton = new QToolButton(this);
    m_viewButton->setObjectName(QStringLiteral("layerFilesView"));
    m_viewButton->setText(tr("View"));
    m_viewButton->setToolTip(tr("Show the first MiB of the selected file"));
    bar->addWidget(m_viewButton);
    m_extractButton = new QToolButton(this);
    m_extractButton->setObjectName(QStringLiteral("layerFilesExtract"));
    m_extractButton->setText(tr("Extract…"));
    m_extractButton->setToolTip(tr("Copy the selected file or folder to a folder on this computer"));
    bar->addWidget(m_extractButton);
    layout->addLayout(bar);

    auto* progressRow = new QHBoxLayout;
    progressRow->setContentsMargins(4, 0, 4, 0);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("layerFilesProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    progressRow->addWidget(m_progress, 1);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("layerFilesCancel"));
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    m_progress->hide();
    m_cancel->hide();

    m_model = new LayerFilesModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("layerFilesTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // a folder of 100,000 files scrolls without measuring each row
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(LayerFilesModel::NameColumn, QHeaderView::Stretch);
    for (int column = LayerFilesModel::SizeColumn; column < LayerFilesModel::ColumnCount; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::Interactive);
    m_tree->setColumnWidth(LayerFilesModel::SizeColumn, 90);
    m_tree->setColumnWidth(LayerFilesModel::ModeColumn, 100);
    m_tree->setColumnWidth(LayerFilesModel::OwnerColumn, 100);
    m_tree->setColumnWidth(LayerFilesModel::LinkTargetColumn, 160);
    m_tree->setColumnWidth(LayerFilesModel::LayerColumn, 70);

    m_viewer = new TextViewer(this);
    m_viewer->setObjectName(QStringLiteral("layerFileViewer"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_viewer->hide();

    m_state = new StateStack(splitter, this);
    m_state->setObjectName(QStringLiteral("filesState"));
    layout->addWidget(m_state, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("layerFilesStatus"));
    m_status->setContentsMargins(4, 0, 4, 4);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(150);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);

    connect(m_picker, &QComboBox::activated, this,
            [this](int row) { showLayer(m_picker->itemData(row).toInt()); });
    connect(m_filter, &QLineEdit::textChanged, this, [this] { scheduleFilter(); });
    connect(m_filterTimer, &QTimer::timeout, this, [this] { runFilter(); });
    connect(m_progressTimer, &QTimer::timeout, this, [this] { updateProgress(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(); });
    connect(m_state, &StateStack::retryRequested, this, [this] { load(); });
    connect(m_viewButton, &QToolButton::clicked, this, [this] { viewFile(m_tree->currentIndex()); });
    connect(m_extractButton, &QToolButton::clicked, this, [this] { extract(m_tree->currentIndex()); });
    connect(m_tree, &QTreeView::customContextMenuRequested, this,
            [this](const QPoint& pos) { showMenu(pos); });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const auto type = Type(index.data(ItemRole::LayerFileTypeRole).toInt());
        if (type == Type::File || type == Type::Hardlink)
            viewFile(index);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateActions(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateActions(); });

    clear();
}

LayerFilesView::~LayerFilesView()
{
    if (m_control)
        m_control->cancel();
}

bool LayerFilesView::hasFiles(const oci::Manifest& manifest)
{
    if (manifest.isIndex() || manifest.layers().isEmpty())
        return false;
    return std::all_of(manifest.layers().cbegin(), manifest.layers().cend(),
                       [](const oci::Descriptor& d) { return isTarLayer(d.mediaType); });
}

void LayerFilesView::setManifest(const store::Location& location, const oci::Manifest& manifest)
{
    clear();
    m_location = location;
    m_manifest = manifest;
    m_picker->clear();
    m_picker->addItem(tr("All layers (merged)"), MergedView);
    for (int i = 0; i < manifest.layers().size(); ++i)
        m_picker->addItem(pickerText(i), i);
    m_picker->setEnabled(true);
    m_state->showEmpty(tr("The files are listed when this tab is shown."));
}

QString LayerFilesView::pickerText(int layerIndex) const
{
    const oci::Descriptor& d = m_manifest->layers().at(layerIndex);
    return tr("Layer %1 %2 %3").arg(layerIndex + 1).arg(d.digest.shortForm(), sizeText(d.size));
}

void LayerFilesView::clear()
{
    cancel();
    ++m_generation;
    ++m_filterGeneration;
    m_manifest.reset();
    m_listings.clear();
    m_layer = MergedView;
    m_active = false;
    m_loading = false;
    m_model->clear();
    m_picker->clear();
    m_picker->setEnabled(false);
    m_viewer->clear();
    m_viewer->hide();
    m_status->clear();
    m_progress->hide();
    m_cancel->hide();
    m_progressTimer->stop();
    m_state->showEmpty(tr("Select an image to see its files."));
}

void LayerFilesView::activate()
{
    m_active = true;
    if (!m_manifest || m_loading)
        return;
    if (m_model->tree() && m_listings.value(m_layer).tree == m_model->tree())
        return; // on show already
    load();
}

void LayerFilesView::showLayer(int layerIndex)
{
    if (!m_manifest || layerIndex < MergedView || layerIndex >= m_manifest->layers().size())
        return;
    m_layer = layerIndex;
    m_picker->setCurrentIndex(m_picker->findData(layerIndex));
    m_viewer->hide();
    if (m_active)
        load();
}

int LayerFilesView::layerIndexOf(const QString& digest) const
{
    if (!m_manifest)
        return -1;
    const QList<oci::Descriptor>& layers = m_manifest->layers();
    for (int i = 0; i < layers.size(); ++i) {
        if (layers.at(i).digest.toString() == digest)
            return i;
    }
    return -1;
}

void LayerFilesView::cancel()
{
    if (m_control)
        m_control->cancel();
}

void LayerFilesView::load()
{
    if (!m_manifest)
        return;
    const int layer = m_layer;
    m_tree->setColumnHidden(LayerFilesModel::LayerColumn, layer != MergedView);
    // Whatever was being listed is for another layer now.
    const quint64 current = ++m_generation;
    cancel();
    m_progressTimer->stop();
    m_progress->hide();
    m_cancel->hide();
    m_loading = false;
    if (const auto known = m_listings.constFind(layer); known != m_listings.constEnd()) {
        showListing(*known);
        return;
    }
    m_control = std::make_shared<store::TransferControl>();
    m_loading = true;
    m_model->clear();
    m_status->clear();
    m_state->showLoading(layer == MergedView ? tr("Listing the files of %n layer(s)…", nullptr,
                                                  int(m_manifest->layers().size()))
                                             : tr("Listing the files of layer %1…").arg(layer + 1));
    m_progress->setValue(0);
    m_progress->setFormat(tr("Starting…"));
    m_progress->show();
    m_cancel->show();
    m_progressTimer->start();

    const QList<oci::Descriptor> layers = m_manifest->layers();
    runAsync(
        this,
        [ctx = &m_context, location = m_location, layers, layer, control = m_control]() -> Result<Listing> {
            auto opened = ctx->store(location);
            if (!opened)
                return opened.error();
            store::Store& store = *opened.value();
            Listing listing;
            if (layer == MergedView) {
                auto merged = inspect::MergedFileSystem::build(store, layers, {}, control.get());
                if (!merged)
                    return merged.error();
                auto shared = std::make_shared<const inspect::MergedFileSystem>(std::move(merged).value());
                listing.merged = shared;
                listing.tree = std::shared_ptr<const LayerFileTree>(shared, &shared->tree());
                return listing;
            }
            auto tree = LayerFileTree::read(store, layers.at(layer), {}, control.get(), layer);
            if (!tree)
                return tree.error();
            listing.tree = std::make_shared<const LayerFileTree>(std::move(tree).value());
            return listing;
        },
        [this, current, layer](const Result<Listing>& result) {
            if (current != m_generation)
                return; // another image or layer meanwhile
            m_loading = false;
            m_progressTimer->stop();
            m_progress->hide();
            m_cancel->hide();
            if (!result) {
                const Error& error = result.error();
                m_state->showError(error.kind == Error::Kind::Cancelled
                                       ? tr("Listing the files was cancelled.")
                                       : tr("Could not list the files: %1").arg(errorText(error)));
                emit listed(false);
                return;
            }
            m_listings.insert(layer, result.value());
            showListing(result.value());
            emit listed(true);
        });
}

void LayerFilesView::showListing(const Listing& listing)
{
    m_model->setTree(listing.tree, m_layer == MergedView);
    m_state->showContent();
    const LayerFileTree& t = *listing.tree;
    m_status->setText(
        tr("%n entries, %1 of files", nullptr, int(std::min<qsizetype>(t.nodeCount() - 1, INT_MAX)))
            .arg(sizeText(t.totalSize(LayerFileTree::RootId))));
    if (!m_filter->text().trimmed().isEmpty())
        runFilter();
}

void LayerFilesView::updateProgress()
{
    if (!m_control)
        return;
    const QList<store::BlobProgress> progress = m_control->blobProgress();
    if (progress.isEmpty())
        return;
    const store::BlobProgress& last = progress.constLast();
    const bool reading = inspect::LayerReader::isProgressKey(last.blob);
    const QString digest = reading ? last.blob.mid(last.blob.indexOf(QLatin1Char(':')) + 1) : last.blob;
    const int layer = layerIndexOf(digest);
    const QString what = layer >= 0 ? tr("layer %1").arg(layer + 1) : digest;
    m_progress->setValue(last.size > 0 ? int(std::min<qint64>(1000, last.done * 1000 / last.size)) : 0);
    m_progress->setFormat(
        reading ? tr("Reading %1: %2 of %3").arg(what, sizeText(last.done), sizeText(last.size))
                : tr("Downloading %1: %2 of %3").arg(what, sizeText(last.done), sizeText(last.size)));
}

void LayerFilesView::scheduleFilter()
{
    ++m_filterGeneration;
    m_filterTimer->start();
}

void LayerFilesView::runFilter()
{
    const auto tree = m_model->tree();
    const QString pattern = m_filter->text();
    const quint64 current = ++m_filterGeneration;
    if (!tree)
        return;
    if (pattern.trimmed().isEmpty()) {
        m_model->applyFilter(nullptr);
        emit filtered();
        return;
    }
    // A million paths take a moment to match: off the GUI thread.
    runAsync(
        this, [tree, pattern] { return LayerFilesModel::computeFilter(tree, pattern); },
        [this, current](const std::shared_ptr<const LayerFilesModel::FilterResult>& result) {
            if (current != m_filterGeneration)
                return;
            m_model->applyFilter(result);
            if (result && result->matches > 0 && result->matches < kExpandFilteredBelow)
                m_tree->expandAll();
            m_status->setText(tr("%n match(es)", nullptr, int(m_model->filterMatches())));
            emit filtered();
        });
}

void LayerFilesView::updateActions()
{
    const QModelIndex index = m_tree->currentIndex();
    const auto type = Type(index.data(ItemRole::LayerFileTypeRole).toInt());
    const bool valid = index.isValid();
    const bool unsafe = index.data(ItemRole::LayerFileUnsafeRole).toBool();
    m_viewButton->setEnabled(valid && !unsafe && (type == Type::File || type == Type::Hardlink));
    m_extractButton->setEnabled(valid && !unsafe && type != Type::Whiteout && type != Type::CharDevice &&
                                type != Type::BlockDevice && type != Type::Fifo);
}

bool LayerFilesView::looksBinary(const QByteArray& head)
{
    const QByteArray sample = head.left(64 * 1024);
    if (sample.contains('\0'))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(sample);
    // A multi-byte character cut at the end of what was read is not a reason to call it binary.
    return decoder.hasError() && !text.isEmpty() && text.count(QChar::ReplacementCharacter) > 1;
}

void LayerFilesView::viewFile(const QModelIndex& index)
{
    const auto tree = m_model->tree();
    const LayerFilesModel::NodeId node = m_model->nodeId(index);
    if (!tree || !m_manifest || node == LayerFileTree::NoNode)
        return;
    QString path = tree->path(node);
    int layer = m_layer == MergedView ? tree->layerIndex(node) : m_layer;
    qint64 size = tree->size(node);
    if (tree->type(node) == Type::Hardlink && m_layer == MergedView) {
        // In the merged view the target may come from a lower layer: read it where it lives.
        const LayerFilesModel::NodeId target = tree->find(tree->linkTarget(node));
        if (target != LayerFileTree::NoNode) {
            path = tree->path(target);
            layer = tree->layerIndex(target);
            size = tree->size(target);
        }
    }
    if (layer < 0 || layer >= m_manifest->layers().size())
        return;
    const QString shownName = tree->path(node);
    m_viewer->show();
    m_viewer->setMessage(tr("Reading %1…").arg(shownName));
    ++m_busy;
    const quint64 current = m_generation;
    const quint64 viewing = ++m_viewGeneration; // a file asked for later wins over this one
    runAsync(
        this,
        [ctx = &m_context, location = m_location, d = m_manifest->layers().at(layer),
         path]() -> Result<QByteArray> {
            auto opened = ctx->store(location);
            if (!opened)
                return opened.error();
            return inspect::LayerExtractor::readHead(*opened.value(), d, path);
        },
        [this, current, viewing, shownName, size](const Result<QByteArray>& head) {
            --m_busy;
            if (current != m_generation || viewing != m_viewGeneration)
                return;
            if (!head) {
                m_viewer->setMessage(tr("Could not read %1: %2").arg(shownName, errorText(head.error())));
                emit fileShown(false);
                return;
            }
            const qint64 total = std::max<qint64>(size, head->size());
            if (looksBinary(head.value())) {
                m_viewer->setMessage(
                    tr("%1 is a binary file, %2 (%L3 bytes).").arg(shownName, sizeText(total)).arg(total));
            } else {
                m_viewer->setExcerpt(
                    inspect::TextExcerpt::of(shownName, head.value(), total, total > head->size()));
            }
            emit fileShown(true);
        });
}

void LayerFilesView::extract(const QModelIndex& index, const QString& targetDir)
{
    const auto tree = m_model->tree();
    const LayerFilesModel::NodeId node = m_model->nodeId(index);
    if (!tree || !m_manifest || node == LayerFileTree::NoNode)
        return;
    QString target = targetDir;
    if (target.isEmpty()) {
        target = QFileDialog::getExistingDirectory(this, tr("Extract %1 to").arg(tree->name(node)));
        if (target.isEmpty())
            return;
    }
    const QString path = tree->path(node);
    const int layer = m_layer;
    const auto merged = m_listings.value(MergedView).merged;
    if (layer == MergedView && !merged)
        return;
    m_status->setText(tr("Extracting %1 to %2…").arg(path, target));
    ++m_busy;
    runAsync(
        this,
        [ctx = &m_context, location = m_location, layers = m_manifest->layers(), layer, merged, path,
         target]() -> Result<inspect::ExtractResult> {
            auto opened = ctx->store(location);
            if (!opened)
                return opened.error();
            if (layer == MergedView)
                return inspect::LayerExtractor::extractMerged(*opened.value(), layers, merged->tree(), path,
                                                              target);
            return inspect::LayerExtractor::extract(*opened.value(), layers.at(layer), path, target);
        },
        [this, path, target](const Result<inspect::ExtractResult>& result) {
            --m_busy;
            QString message;
            if (!result) {
                message = tr("Could not extract %1: %2").arg(path, errorText(result.error()));
            } else {
                message = tr("Extracted %1 to %2: %n item(s), %3", nullptr, int(result->written.size()))
                              .arg(path, target, sizeText(result->bytes));
                if (!result->skipped.isEmpty())
                    message += QLatin1Char(' ') + tr("Skipped %n: %1", nullptr, int(result->skipped.size()))
                                                      .arg(result->skipped.join(u"; "));
            }
            m_status->setText(message);
            emit extracted(result.ok(), message);
        });
}

void LayerFilesView::showMenu(const QPoint& pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("layerFilesMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* view = menu->addAction(tr("View"), this, [this, index] { viewFile(index); });
    view->setEnabled(m_viewButton->isEnabled());
    QAction* extractAction = menu->addAction(tr("Extract…"), this, [this, index] { extract(index); });
    extractAction->setEnabled(m_extractButton->isEnabled());
    menu->addSeparator();
    menu->addAction(tr("Copy Path"), this,
                    [path = m_model->path(index)] { LocationMenu::copyText(QLatin1Char('/') + path); });
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace lading::ui
