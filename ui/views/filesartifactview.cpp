#include "ui/views/filesartifactview.h"

#include "core/inspect/blobspool.h"
#include "ui/actions/artifactactions.h"
#include "ui/appcontext.h"
#include "ui/util/async.h"
#include "ui/widgets/contentssplitter.h"
#include "ui/widgets/readonlytable.h"
#include "ui/widgets/statestack.h"
#include "ui/widgets/textviewer.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lading::ui {

namespace {

QString textColumn(const inspect::ArtifactFile& file)
{
    if (file.isFolder)
        return FilesArtifactView::tr("folder (tar+gzip)");
    switch (file.text) {
    case inspect::ArtifactFile::Text::Yes:
        return FilesArtifactView::tr("text");
    case inspect::ArtifactFile::Text::No:
        return FilesArtifactView::tr("binary");
    case inspect::ArtifactFile::Text::Unknown:
        break;
    }
    return FilesArtifactView::tr("not known");
}

} // namespace

FilesArtifactView::FilesArtifactView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("filesArtifactView"));
    auto* splitter = new ContentsSplitter(this);

    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new ReadOnlyTable({tr("File"), tr("Size"), tr("Content"), tr("Media type")},
                                QStringLiteral("filesTable"), top);
    m_table->setNumericColumn(1);
    topLayout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    m_view = new QPushButton(tr("View"), top);
    m_view->setObjectName(QStringLiteral("viewFileButton"));
    m_view->setToolTip(tr("Show the file's text below (the first 1 MiB of a bigger file)"));
    m_save = new QPushButton(tr("Save…"), top);
    m_save->setObjectName(QStringLiteral("saveFileButton"));
    buttons->addWidget(m_view);
    buttons->addWidget(m_save);
    buttons->addStretch();
    topLayout->addLayout(buttons);
    splitter->addWidget(top);

    m_viewer = new TextViewer(splitter);
    m_viewer->setObjectName(QStringLiteral("filesTextViewer"));
    m_viewerState = new StateStack(m_viewer, splitter);
    m_viewerState->setObjectName(QStringLiteral("filesTextState"));
    splitter->addWidget(m_viewerState);
    splitter->setShares(1, 2);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FilesArtifactView::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { viewFile(row); });
    connect(m_view, &QPushButton::clicked, this, [this] { viewFile(currentRow()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0 && row < m_files.files.size())
            ArtifactActions::saveBlob(m_context, m_location, m_files.files.at(row).descriptor, this);
    });
    connect(m_viewerState, &StateStack::retryRequested, this, [this] { viewFile(currentRow()); });
    updateButtons();
}

FilesArtifactView::~FilesArtifactView() = default;

void FilesArtifactView::setFiles(const store::Location& location, const inspect::FilesArtifact& files)
{
    ++m_generation;
    m_location = location;
    m_files = files;
    const QLocale locale;
    QList<QStringList> rows;
    for (const auto& file : files.files)
        rows.append({file.title, locale.formattedDataSize(file.size), textColumn(file), file.mediaType});
    m_table->setRows(rows);
    m_viewer->clear();
    m_viewerState->showEmpty(files.files.isEmpty()
                                 ? tr("This artifact has no files.")
                                 : tr("Double-click a text file, or select it and choose View, to "
                                      "read it here."));
    // The first text file is selected, so View is one click away.
    for (int row = 0; row < files.files.size(); ++row) {
        if (files.files.at(row).canViewInline()) {
            m_table->selectRow(row);
            break;
        }
    }
    updateButtons();
}

int FilesArtifactView::currentRow() const
{
    const auto selected = m_table->selectionModel()->selectedRows();
    return selected.isEmpty() ? -1 : selected.constFirst().row();
}

bool FilesArtifactView::canView(int row) const
{
    if (row < 0 || row >= m_files.files.size())
        return false;
    const auto& file = m_files.files.at(row);
    // Unknown files may be tried: loadText refuses binary content with a message.
    return !file.isFolder && file.text != inspect::ArtifactFile::Text::No;
}

void FilesArtifactView::updateButtons()
{
    const int row = currentRow();
    m_view->setEnabled(canView(row));
    m_save->setEnabled(row >= 0 && row < m_files.files.size());
}

void FilesArtifactView::viewFile(int row)
{
    if (!canView(row))
        return;
    const oci::Descriptor descriptor = m_files.files.at(row).descriptor;
    const quint64 current = ++m_generation;
    m_viewerState->showLoading(tr("Loading %1…").arg(m_files.files.at(row).title));
    runAsync(
        this,
        [ctx = &m_context, location = m_location, descriptor]() -> Result<inspect::TextExcerpt> {
            auto opened = ctx->store(location);
            if (!opened)
                return opened.error();
            return inspect::FilesArtifactSummary::loadText(*opened.value(), descriptor,
                                                           inspect::BlobSpool::shared());
        },
        [this, current](const Result<inspect::TextExcerpt>& text) {
            if (current != m_generation)
                return;
            if (!text) {
                m_viewerState->showError(text.error().message);
                return;
            }
            m_viewer->setExcerpt(text.value());
            m_viewerState->showContent();
        });
}

} // namespace lading::ui
