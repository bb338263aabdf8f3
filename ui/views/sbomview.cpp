#include "ui/views/sbomview.h"

#include "ui/appcontext.h"
#include "ui/models/sbomfilterproxy.h"
#include "ui/models/sbompackagesmodel.h"
#include "ui/util/async.h"
#include "ui/util/dateformat.h"
#include "ui/widgets/statestack.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeView>
#include <QVBoxLayout>

namespace lading::ui {

namespace {

// Enough for a name, a version and a type at a glance; the purl takes what is left.
constexpr int kNameWidth = 220;
constexpr int kVersionWidth = 110;
constexpr int kTypeWidth = 80;
constexpr int kLicencesWidth = 170;
constexpr int kSupplierWidth = 150;

// What a worker thread hands over: the document, and the rows worked out from it.
struct LoadedSbom
{
    inspect::SbomDocument document;
    SbomPackagesModel::Prepared rows;
};

QString registryOf(const store::Location& location)
{
    return location.isRegistry() ? location.reference.registry() : QString();
}

QString fileNameFor(const inspect::SbomDocument& document)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString base = document.name;
    base.replace(unsafe, QStringLiteral("-"));
    base = base.mid(0, 80);
    while (base.startsWith(QLatin1Char('-')) || base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    return (base.isEmpty() ? QStringLiteral("sbom") : base) + QStringLiteral("-packages.csv");
}

} // namespace

SbomView::SbomView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new SbomPackagesModel(this))
    , m_proxy(new SbomFilterProxy(this))
{
    setObjectName(QStringLiteral("sbomView"));
    m_proxy->setSourceModel(m_model);

    // Which SBOM, and what it says about itself: outside the state stack, so another source can be
    // picked while one failed.
    m_sourceCombo = new QComboBox(this);
    m_sourceCombo->setObjectName(QStringLiteral("sbomSourceCombo"));
    m_sourceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourceCombo->setMinimumContentsLength(30);
    auto* sourceLabel = new QLabel(tr("&SBOM:"), this);
    sourceLabel->setBuddy(m_sourceCombo);
    m_documentLabel = new QLabel(this);
    m_documentLabel->setObjectName(QStringLiteral("sbomDocumentLabel"));
    m_documentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_documentLabel->setWordWrap(true);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("sbomSearch"));
    m_search->setPlaceholderText(tr("Search names and package URLs"));
    m_search->setClearButtonEnabled(true);
    m_licenceCombo = new QComboBox;
    m_licenceCombo->setObjectName(QStringLiteral("sbomLicenceFilter"));
    m_licenceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_licenceCombo->setMinimumContentsLength(14);
    m_licenceCombo->setToolTip(tr("Show only packages with this licence"));
    m_typeCombo = new QComboBox;
    m_typeCombo->setObjectName(QStringLiteral("sbomTypeFilter"));
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_typeCombo->setMinimumContentsLength(10);
    m_typeCombo->setToolTip(tr("Show only packages of this type"));
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("sbomCountLabel"));
    m_exportButton = new QPushButton(tr("Export CSV…"));
    m_exportButton->setObjectName(QStringLiteral("sbomExportButton"));
    m_exportButton->setToolTip(tr("Save the packages shown, in this order, as a CSV file"));
    m_exportStatus = new QLabel;
    m_exportStatus->setObjectName(QStringLiteral("sbomExportStatus"));

    m_table = new QTreeView;
    m_table->setObjectName(QStringLiteral("sbomPackagesTable"));
    m_table->setModel(m_proxy);
    m_table->setRootIsDecorated(false);
    m_table->setItemsExpandable(false);
    // Uniform heights let the view lay out 50,000 rows without asking each for its size.
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SbomPackagesModel::NameColumn, Qt::AscendingOrder);
    QHeaderView* header = m_table->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(SbomPackagesModel::NameColumn, kNameWidth);
    header->resizeSection(SbomPackagesModel::VersionColumn, kVersionWidth);
    header->resizeSection(SbomPackagesModel::TypeColumn, kTypeWidth);
    header->resizeSection(SbomPackagesModel::LicencesColumn, kLicencesWidth);
    header->resizeSection(SbomPackagesModel::SupplierColumn, kSupplierWidth);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_licenceCombo, 1);
    filters->addWidget(m_typeCombo, 1);
    filters->addWidget(m_countLabel);
    filters->addStretch();
    filters->addWidget(m_exportStatus);
    filters->addWidget(m_exportButton);
    contentLayout->addLayout(filters);
    contentLayout->addWidget(m_table, 1);
    m_stack = new StateStack(content, this);
    m_stack->setObjectName(QStringLiteral("sbomState"));

    auto* layout = new QVBoxLayout(this);
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(sourceLabel);
    sourceRow->addWidget(m_sourceCombo, 1);
    layout->addLayout(sourceRow);
    layout->addWidget(m_documentLabel);
    layout->addWidget(m_stack, 1);

    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0 || index == m_loadedSource)
            return;
        if (isVisible())
            loadSource(index);
        else
            m_loadWhenShown = true;
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SbomFilterProxy::setSearchText);
    connect(m_licenceCombo, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    connect(m_proxy, &SbomFilterProxy::filterChanged, this, &SbomView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SbomView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SbomView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SbomView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SbomView::updateCount);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { openExportDialog(); });
    connect(m_stack, &StateStack::retryRequested, this, [this] {
        if (m_state == State::LoadFailed)
            loadSource(currentSource());
        else
            reload();
    });
    connect(&m_context, &AppContext::credentialsChanged, this, [this](const QString& registry) {
        if ((m_state == State::LocateFailed || m_state == State::LoadFailed) && m_hasManifest &&
            registry == registryOf(m_location))
            reload();
    });

    clear();
}

SbomView::~SbomView() = default;

void SbomView::setState(State state)
{
    m_state = state;
    const bool ready = state == State::Ready;
    m_exportButton->setEnabled(ready && m_proxy->rowCount() > 0);
    m_sourceCombo->setEnabled(m_sources.size() > 1);
}

void SbomView::clear(const QString& note)
{
    ++m_generation;
    ++m_loadGeneration;
    m_hasManifest = false;
    m_loadWhenShown = false;
    m_loadedSource = -1;
    m_sources.clear();
    m_document = {};
    {
        const QSignalBlocker blocker(m_sourceCombo);
        m_sourceCombo->clear();
    }
    m_documentLabel->clear();
    m_exportStatus->clear();
    m_model->clear();
    fillFilterCombos();
    m_stack->showEmpty(note.isEmpty() ? tr("No manifest selected") : note);
    setState(State::Idle);
}

void SbomView::setManifest(const store::Location& location, const oci::Manifest& manifest)
{
    clear();
    m_location = location;
    m_manifest = manifest;
    m_hasManifest = true;
    locate();
}

void SbomView::reload()
{
    if (m_hasManifest)
        locate();
}

int SbomView::currentSource() const
{
    return m_sourceCombo->currentIndex();
}

void SbomView::setCurrentSource(int index)
{
    m_sourceCombo->setCurrentIndex(index);
}

void SbomView::locate()
{
    const quint64 current = ++m_generation;
    ++m_loadGeneration;
    m_loadedSource = -1;
    m_loadWhenShown = false;
    m_sources.clear();
    {
        const QSignalBlocker blocker(m_sourceCombo);
        m_sourceCombo->clear();
    }
    m_documentLabel->clear();
    m_model->clear();
    fillFilterCombos();
    m_stack->showLoading(tr("Looking for SBOMs…"));
    setState(State::Locating);

    runAsync(
        this,
        [ctx = &m_context, l = m_location, m = m_manifest]() -> Result<QList<inspect::SbomSource>> {
            auto store = ctx->store(l);
            if (!store)
                return store.error();
            return inspect::SbomLocator::locate(*store.value(), m, l.tagName());
        },
        [this, current](const Result<QList<inspect::SbomSource>>& result) {
            if (current != m_generation)
                return; // another manifest meanwhile
            if (!result) {
                m_stack->showError(tr("Could not look for SBOMs: %1").arg(result.error().message));
                setState(State::LocateFailed);
                emit sourcesFound(-1);
                if (result.error().kind == Error::Kind::Unauthorized && m_location.isRegistry())
                    m_context.requestLogin(registryOf(m_location), result.error().message);
                return;
            }
            m_sources = result.value();
            {
                const QSignalBlocker blocker(m_sourceCombo);
                for (const inspect::SbomSource& source : std::as_const(m_sources)) {
                    const QString format = inspect::sbomFormatName(source.format);
                    m_sourceCombo->addItem(format.isEmpty()
                                               ? source.where
                                               : QStringLiteral("%1 · %2").arg(source.where, format));
                }
            }
            if (m_sources.isEmpty()) {
                m_stack->showEmpty(tr("No SBOM is attached to this manifest: no SPDX or CycloneDX referrer, "
                                      "cosign SBOM or SBOM attestation."));
                setState(State::NoSboms);
                emit sourcesFound(0);
                return;
            }
            m_stack->showLoading(tr("Reading %1…").arg(m_sources.constFirst().where));
            setState(State::Loading);
            emit sourcesFound(int(m_sources.size()));
            // A document can be tens of MiB: read it only when someone looks.
            if (isVisible())
                loadSource(0);
            else
                m_loadWhenShown = true;
        });
}

void SbomView::loadSource(int index)
{
    if (index < 0 || index >= m_sources.size())
        return;
    m_loadWhenShown = false;
    const quint64 current = ++m_loadGeneration;
    const inspect::SbomSource source = m_sources.at(index);
    m_stack->showLoading(tr("Reading %1…").arg(source.where));
    m_documentLabel->clear();
    m_exportStatus->clear();
    setState(State::Loading);
    runAsync(
        this,
        [ctx = &m_context, l = m_location, source]() -> Result<LoadedSbom> {
            auto store = ctx->store(l);
            if (!store)
                return store.error();
            auto document = inspect::SbomLocator::load(*store.value(), source);
            if (!document)
                return document.error();
            // Sort keys and facets here, not on the GUI thread.
            SbomPackagesModel::Prepared rows = SbomPackagesModel::prepare(document->packages);
            return LoadedSbom{std::move(document).value(), std::move(rows)};
        },
        [this, current, index, where = source.where](const Result<LoadedSbom>& result) {
            if (current != m_loadGeneration)
                return;
            if (!result) {
                m_model->clear();
                fillFilterCombos();
                m_loadedSource = -1;
                m_stack->showError(tr("Could not read the SBOM (%1): %2").arg(where, result.error().message));
                setState(State::LoadFailed);
                emit documentLoaded(-1);
                return;
            }
            m_loadedSource = index;
            applyDocument(result->document, result->rows);
            emit documentLoaded(int(m_model->rowCount()));
        });
}

void SbomView::applyDocument(const inspect::SbomDocument& document, const SbomPackagesModel::Prepared& rows)
{
    m_document = document;
    // One reset for every row; the proxy sorts once, comparing prepared keys.
    m_model->setPrepared(rows);
    fillFilterCombos();

    QStringList parts{document.formatLabel()};
    if (!document.name.isEmpty())
        parts.append(document.name);
    if (!document.created.isEmpty())
        parts.append(tr("created %1").arg(DateFormat::text(document.created)));
    if (!document.creators.isEmpty())
        parts.append(tr("by %1").arg(document.creators.join(QLatin1String(", "))));
    m_documentLabel->setText(parts.join(QStringLiteral(" · ")));

    if (document.packages.isEmpty()) {
        m_stack->showEmpty(tr("This SBOM lists no packages."));
    } else {
        m_stack->showContent();
    }
    setState(State::Ready);
    updateCount();
}

void SbomView::fillFilterCombos()
{
    const QLocale locale;
    const auto fill = [&](QComboBox* combo, const QString& all, const QString& none,
                          const QList<SbomPackagesModel::Facet>& facets) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all);
        for (const SbomPackagesModel::Facet& facet : facets) {
            combo->addItem(QStringLiteral("%1 (%2)").arg(facet.value.isEmpty() ? none : facet.value,
                                                         locale.toString(facet.count)),
                           facet.value);
        }
        combo->setEnabled(!facets.isEmpty());
    };
    fill(m_licenceCombo, tr("All licences"), tr("No licence"), m_model->licenceCounts());
    fill(m_typeCombo, tr("All types"), tr("No type"), m_model->typeCounts());
    applyFilters();
}

void SbomView::applyFilters()
{
    const auto selected = [](QComboBox* combo) -> std::optional<QString> {
        if (combo->currentIndex() <= 0)
            return std::nullopt;
        return combo->currentData().toString();
    };
    m_proxy->setLicenceFilter(selected(m_licenceCombo));
    m_proxy->setTypeFilter(selected(m_typeCombo));
}

void SbomView::updateCount()
{
    const QLocale locale;
    const int shown = m_proxy->shownCount();
    const int total = m_proxy->totalCount();
    m_countLabel->setText(tr("%1 of %2 packages").arg(locale.toString(shown), locale.toString(total)));
    m_exportButton->setEnabled(m_state == State::Ready && shown > 0);
}

void SbomView::exportCsv(const QString& path)
{
    // Building the text reads the proxy, so it happens here; writing it does not.
    const QByteArray csv = m_proxy->toCsv();
    const int rows = m_proxy->shownCount();
    m_exportButton->setEnabled(false);
    m_exportStatus->setText(tr("Exporting…"));
    runAsync(
        this, [path, csv] { return SbomFilterProxy::writeFile(path, csv); },
        [this, path, rows](const Status& status) {
            m_exportButton->setEnabled(m_state == State::Ready && m_proxy->shownCount() > 0);
            const QString message = status
                                        ? tr("Exported %1 packages to %2").arg(QLocale().toString(rows), path)
                                        : status.error().message;
            m_exportStatus->setText(message);
            emit csvExported(status.ok(), message);
        });
}

QFileDialog* SbomView::openExportDialog()
{
    auto* dialog = new QFileDialog(window(), tr("Export Packages as CSV"));
    dialog->setObjectName(QStringLiteral("sbomExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Qt's own dialog: the same everywhere, and tests can drive it.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(fileNameFor(m_document));
    connect(dialog, &QFileDialog::fileSelected, this, &SbomView::exportCsv);
    dialog->open();
    return dialog;
}

void SbomView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_loadWhenShown)
        loadSource(qMax(0, currentSource()));
}

} // namespace lading::ui
