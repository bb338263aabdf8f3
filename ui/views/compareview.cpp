#include "ui/views/compareview.h"

#include "core/oci/platform.h"
#include "core/store/transfercontrol.h"
#include "ui/appcontext.h"
#include "ui/models/filediffmodel.h"
#include "ui/util/async.h"
#include "ui/views/comparisonrows.h"
#include "ui/views/filediffview.h"
#include "ui/widgets/difftablepane.h"
#include "ui/widgets/jsondiffpane.h"
#include "ui/widgets/statestack.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace lading::ui {

using inspect::ArtifactComparison;
using inspect::Presence;
using Row = DiffTableModel::Row;

namespace {

// Everything the tabs show for one comparison (the whole one, or a platform's), made on a worker thread.
struct Sections
{
    std::shared_ptr<const ArtifactComparison> comparison;
    JsonDiffPane::Document manifest;
    JsonDiffPane::Document config;
    QList<Row> manifestChanges;
    QList<Row> configChanges;
    QList<Row> annotations;
    QList<Row> layers;
    QList<Row> packages;
    QList<Row> referrers;
    std::shared_ptr<const FileDiffModel::Tree> files;
    QString leftPlatform;
    QString rightPlatform;
};

// "linux/amd64" from an image config; empty when the config says nothing.
QString configPlatform(const QByteArray& config)
{
    if (config.isEmpty())
        return {};
    const QJsonObject o = QJsonDocument::fromJson(config).object();
    if (o.value(QStringLiteral("os")).toString().isEmpty())
        return {};
    return oci::Platform::fromJson(o).toString();
}

// The platform a side stands for: the picked platform, an image's config, or an index's platform count.
QString sidePlatform(const ArtifactComparison& c, bool left, const QString& picked)
{
    if (!picked.isEmpty())
        return picked;
    if (!c.platforms.isEmpty()) {
        int n = 0;
        for (const inspect::PlatformPair& p : c.platforms)
            n += p.presence == Presence::Both || (left == (p.presence == Presence::OnlyLeft)) ? 1 : 0;
        return CompareView::tr("%n platform(s)", nullptr, n);
    }
    return configPlatform(left ? c.leftConfigBytes : c.rightConfigBytes);
}

std::shared_ptr<const Sections> prepareSections(std::shared_ptr<const ArtifactComparison> comparison,
                                                const QString& platform)
{
    auto s = std::make_shared<Sections>();
    const ArtifactComparison& c = *comparison;
    s->comparison = std::move(comparison);
    s->manifest = JsonDiffPane::prepare(c.leftManifest, c.rightManifest);
    if (c.configState.compared)
        s->config = JsonDiffPane::prepare(c.leftConfigBytes, c.rightConfigBytes);
    else
        s->config.message = c.configState.reason;
    s->manifestChanges = ComparisonRows::jsonChanges(c.manifest);
    s->configChanges = ComparisonRows::jsonChanges(c.config);
    s->annotations = ComparisonRows::annotations(c.annotations);
    s->layers = ComparisonRows::layers(c.layers);
    s->packages = ComparisonRows::packages(c.sbom.changes);
    s->referrers = ComparisonRows::referrers(c.referrers);
    if (c.files.state.compared)
        s->files = FileDiffModel::buildTree(c.files.changes);
    s->leftPlatform = sidePlatform(c, true, platform);
    s->rightPlatform = sidePlatform(c, false, platform);
    return s;
}

int differing(const QList<Row>& rows)
{
    int n = 0;
    for (const Row& row : rows)
        n += row.category != DiffCategory::Same ? 1 : 0;
    return n;
}

QString errorText(const Error& error)
{
    QString message = error.message;
    if (!error.code.isEmpty() && !message.contains(error.code))
        message += QStringLiteral(" (%1)").arg(error.code);
    return message;
}

QLabel* headerLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

} // namespace

struct CompareView::Private
{
    CompareView* q;
    AppContext& context;
    store::Location left;
    store::Location right;
    std::shared_ptr<store::TransferControl> control;
    quint64 generation = 0;
    quint64 sectionsGeneration = 0;
    bool comparing = false;
    std::shared_ptr<const Sections> whole;
    QHash<int, std::shared_ptr<const Sections>> platformSections;
    std::shared_ptr<const Sections> shown;
    int platform = WholeArtifact;
    bool tabChosen = false;

    QLabel* leftHeader = nullptr;
    QLabel* rightHeader = nullptr;
    QLabel* summary = nullptr;
    QComboBox* picker = nullptr;
    QLabel* pickerLabel = nullptr;
    QPushButton* swap = nullptr;
    QProgressBar* progress = nullptr;
    QPushButton* cancel = nullptr;
    QTimer* progressTimer = nullptr;
    QTabWidget* tabs = nullptr;
    StateStack* state = nullptr;
    JsonDiffPane* manifestPane = nullptr;
    JsonDiffPane* configPane = nullptr;
    DiffTablePane* manifestChanges = nullptr;
    DiffTablePane* configChanges = nullptr;
    DiffTablePane* annotations = nullptr;
    DiffTablePane* layers = nullptr;
    DiffTablePane* packages = nullptr;
    DiffTablePane* referrers = nullptr;
    DiffTablePane* platforms = nullptr;
    FileDiffView* files = nullptr;

    Private(CompareView* view, AppContext& ctx)
        : q(view)
        , context(ctx)
    {}

    void build();
    QWidget* jsonTab(JsonDiffPane*& pane, DiffTablePane*& changes, const QString& name);
    void followChanges(DiffTablePane* changes, JsonDiffPane* pane, bool config);
    void start();
    void finished(const Result<std::shared_ptr<const Sections>>& result, quint64 current);
    void updateProgress();
    void stopProgress();
    void fillPicker();
    void apply(const std::shared_ptr<const Sections>& sections);
    void showOneSided(const inspect::PlatformPair& pair);
    void updateHeaders(const ArtifactComparison* c, const QString& leftPlatform,
                       const QString& rightPlatform);
    void setTab(Tab tab, const QString& title, int count, bool compared, const QString& reason);
    QString summaryText(const ArtifactComparison& c) const;
};

QWidget* CompareView::Private::jsonTab(JsonDiffPane*& pane, DiffTablePane*& changes, const QString& name)
{
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(name + QStringLiteral("Splitter"));
    pane = new JsonDiffPane(splitter);
    pane->setObjectName(name + QStringLiteral("Pane"));
    changes =
        new DiffTablePane(ComparisonRows::jsonChangeHeaders(), name + QStringLiteral("Changes"), splitter);
    changes->setCategories({{DiffCategory::Added, CompareView::tr("Added")},
                            {DiffCategory::Removed, CompareView::tr("Removed")},
                            {DiffCategory::Changed, CompareView::tr("Changed")}});
    splitter->addWidget(pane);
    splitter->addWidget(changes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

// Picking a structural change (current row, or activated again after scrolling away) brings its line into
// view in both JSON panes above it.
void CompareView::Private::followChanges(DiffTablePane* changes, JsonDiffPane* pane, bool config)
{
    const auto show = [this, changes, pane, config](const QModelIndex& index) {
        if (!index.isValid() || !shown)
            return;
        const int key = changes->model()->rowAt(index.row()).key;
        const inspect::JsonDiffResult& result =
            config ? shown->comparison->config : shown->comparison->manifest;
        if (key < 0 || key >= result.changes.size())
            return;
        const inspect::JsonChange& change = result.changes.at(key);
        // Added changes exist only on the right; the others start on the left at the same row.
        if (change.kind == inspect::ChangeKind::Added)
            pane->showChange({}, change.rightPath);
        else
            pane->showChange(change.path, change.rightPath);
    };
    connect(changes->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, q,
            [show](const QModelIndex& current, const QModelIndex&) { show(current); });
    connect(changes->view(), &QTableView::activated, q, show);
}

void CompareView::Private::build()
{
    auto* layout = new QVBoxLayout(q);
    layout->setContentsMargins(6, 6, 6, 6);

    // Header: each side, then the summary, the platform picker and Swap.
    auto* sides = new QGridLayout;
    leftHeader = headerLabel(q, QStringLiteral("compareLeftHeader"));
    rightHeader = headerLabel(q, QStringLiteral("compareRightHeader"));
    sides->addWidget(leftHeader, 0, 0);
    sides->addWidget(rightHeader, 0, 1);
    sides->setColumnStretch(0, 1);
    sides->setColumnStretch(1, 1);
    layout->addLayout(sides);

    auto* bar = new QHBoxLayout;
    summary = new QLabel(q);
    summary->setObjectName(QStringLiteral("compareSummary"));
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary->setWordWrap(true);
    bar->addWidget(summary, 1);
    pickerLabel = new QLabel(CompareView::tr("Platform:"), q);
    bar->addWidget(pickerLabel);
    picker = new QComboBox(q);
    picker->setObjectName(QStringLiteral("comparePlatformPicker"));
    picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    picker->setToolTip(CompareView::tr("Compare the whole indexes, or one platform's images"));
    pickerLabel->setBuddy(picker);
    bar->addWidget(picker);
    swap = new QPushButton(CompareView::tr("Swap Sides"), q);
    swap->setObjectName(QStringLiteral("compareSwap"));
    bar->addWidget(swap);
    layout->addLayout(bar);
    pickerLabel->hide();
    picker->hide();

    auto* progressRow = new QHBoxLayout;
    progress = new QProgressBar(q);
    progress->setObjectName(QStringLiteral("compareProgress"));
    progress->setRange(0, 0);
    progress->setTextVisible(true);
    progressRow->addWidget(progress, 1);
    cancel = new QPushButton(CompareView::tr("Cancel"), q);
    cancel->setObjectName(QStringLiteral("compareCancel"));
    progressRow->addWidget(cancel);
    layout->addLayout(progressRow);
    progress->hide();
    cancel->hide();

    tabs = new QTabWidget(q);
    tabs->setObjectName(QStringLiteral("compareTabs"));
    tabs->setDocumentMode(true);
    tabs->addTab(jsonTab(manifestPane, manifestChanges, QStringLiteral("manifest")), QString());
    tabs->addTab(jsonTab(configPane, configChanges, QStringLiteral("config")), QString());
    followChanges(manifestChanges, manifestPane, false);
    followChanges(configChanges, configPane, true);
    const QList<std::pair<DiffCategory, QString>> changeKinds = {
        {DiffCategory::Added, CompareView::tr("Added")},
        {DiffCategory::Removed, CompareView::tr("Removed")},
        {DiffCategory::Changed, CompareView::tr("Changed")}};
    annotations =
        new DiffTablePane(ComparisonRows::annotationHeaders(), QStringLiteral("compareAnnotations"));
    annotations->setCategories(changeKinds);
    tabs->addTab(annotations, QString());
    layers = new DiffTablePane(ComparisonRows::layerHeaders(), QStringLiteral("compareLayers"));
    layers->setCategories({{DiffCategory::Same, CompareView::tr("Shared")},
                           {DiffCategory::Removed, CompareView::tr("Only left")},
                           {DiffCategory::Added, CompareView::tr("Only right")}});
    tabs->addTab(layers, QString());
    files = new FileDiffView;
    tabs->addTab(files, QString());
    packages = new DiffTablePane(ComparisonRows::packageHeaders(), QStringLiteral("comparePackages"));
    packages->setCategories({{DiffCategory::Added, CompareView::tr("Added")},
                             {DiffCategory::Removed, CompareView::tr("Removed")},
                             {DiffCategory::Changed, CompareView::tr("Version changed")}});
    tabs->addTab(packages, QString());
    referrers = new DiffTablePane(ComparisonRows::referrerHeaders(), QStringLiteral("compareReferrers"));
    referrers->setCategories({{DiffCategory::Same, CompareView::tr("Same")},
                              {DiffCategory::Changed, CompareView::tr("Different")},
                              {DiffCategory::Removed, CompareView::tr("Only left")},
                              {DiffCategory::Added, CompareView::tr("Only right")}});
    tabs->addTab(referrers, QString());
    platforms = new DiffTablePane(ComparisonRows::platformHeaders(), QStringLiteral("comparePlatforms"));
    platforms->setCategories({{DiffCategory::Same, CompareView::tr("Identical")},
                              {DiffCategory::Changed, CompareView::tr("Different")},
                              {DiffCategory::Removed, CompareView::tr("Only left")},
                              {DiffCategory::Added, CompareView::tr("Only right")}});
    platforms->setNote(CompareView::tr("Double-click a platform to compare its images."));
    tabs->addTab(platforms, QString());
    manifestChanges->setColumnWidths({320, 90, 260});
    configChanges->setColumnWidths({320, 90, 260});
    annotations->setColumnWidths({320, 90, 260});
    layers->setColumnWidths({110, 100, 100, 90, 340});
    packages->setColumnWidths({240, 90, 150, 150});
    referrers->setColumnWidths({180, 170, 280, 320});
    platforms->setColumnWidths({220, 150, 220});

    state = new StateStack(tabs, q);
    state->setObjectName(QStringLiteral("compareState"));
    layout->addWidget(state, 1);

    progressTimer = new QTimer(q);
    progressTimer->setInterval(150);

    connect(progressTimer, &QTimer::timeout, q, [this] { updateProgress(); });
    connect(cancel, &QPushButton::clicked, q, [this] { q->cancel(); });
    connect(swap, &QPushButton::clicked, q, [this] { q->swapSides(); });
    connect(state, &StateStack::retryRequested, q, [this] { q->retry(); });
    connect(picker, &QComboBox::activated, q,
            [this](int row) { q->showPlatform(picker->itemData(row).toInt()); });
    connect(platforms->view(), &QTableView::activated, q, [this](const QModelIndex& index) {
        if (index.isValid())
            q->showPlatform(platforms->model()->rowAt(index.row()).key);
    });
    connect(tabs, &QTabWidget::tabBarClicked, q, [this] { tabChosen = true; });
    // A login (asked for by the error below, or done elsewhere) makes a failed comparison worth another go.
    connect(&context, &AppContext::credentialsChanged, q, [this](const QString& registry) {
        if (state->state() != StateStack::State::Error)
            return;
        if ((left.isRegistry() && left.reference.registry() == registry) ||
            (right.isRegistry() && right.reference.registry() == registry))
            q->retry();
    });
    updateHeaders(nullptr, {}, {});
    for (int tab = 0; tab < TabCount; ++tab)
        setTab(Tab(tab), {}, 0, false, {});
    tabs->setTabVisible(PlatformsTab, false);
    state->showEmpty(CompareView::tr("Choose two artifacts to compare."));
}

void CompareView::Private::setTab(Tab tab, const QString& title, int count, bool compared,
                                  const QString& reason)
{
    static const char* const names[TabCount] = {
        QT_TRANSLATE_NOOP("CompareView", "Manifest"),    QT_TRANSLATE_NOOP("CompareView", "Config"),
        QT_TRANSLATE_NOOP("CompareView", "Annotations"), QT_TRANSLATE_NOOP("CompareView", "Layers"),
        QT_TRANSLATE_NOOP("CompareView", "Files"),       QT_TRANSLATE_NOOP("CompareView", "Packages"),
        QT_TRANSLATE_NOOP("CompareView", "Referrers"),   QT_TRANSLATE_NOOP("CompareView", "Platforms")};
    const QString name = title.isEmpty() ? CompareView::tr(names[tab]) : title;
    tabs->setTabText(tab, compared ? CompareView::tr("%1 (%2)").arg(name).arg(count)
                                   : CompareView::tr("%1 (–)").arg(name));
    tabs->setTabToolTip(tab, compared ? CompareView::tr("%n difference(s)", nullptr, count) : reason);
}

void CompareView::Private::updateHeaders(const ArtifactComparison* c, const QString& leftPlatform,
                                         const QString& rightPlatform)
{
    // Three lines: the name; kind and platform; the digest.
    const auto text = [](const QString& name, const QString& kind, const oci::Descriptor& d,
                         const QString& platform) {
        QStringList lines{name};
        QStringList what;
        if (!kind.isEmpty())
            what.append(kind);
        if (!platform.isEmpty())
            what.append(platform);
        if (!what.isEmpty())
            lines.append(what.join(QStringLiteral(" · ")));
        if (d.digest.isValid())
            lines.append(d.digest.toString());
        return lines.join(QLatin1Char('\n'));
    };
    if (!c) {
        leftHeader->setText(text(CompareView::tr("Left: %1").arg(left.toString()), {}, {}, leftPlatform));
        rightHeader->setText(text(CompareView::tr("Right: %1").arg(right.toString()), {}, {}, rightPlatform));
        return;
    }
    leftHeader->setText(
        text(CompareView::tr("Left: %1").arg(c->leftName), c->leftClass.label(), c->left, leftPlatform));
    rightHeader->setText(
        text(CompareView::tr("Right: %1").arg(c->rightName), c->rightClass.label(), c->right, rightPlatform));
}

QString CompareView::Private::summaryText(const ArtifactComparison& c) const
{
    if (!c.hasDifferences())
        return CompareView::tr("Identical: the same manifest and the same referrers on both sides.");
    QStringList parts;
    const auto add = [&parts](int n, const QString& text) {
        if (n > 0)
            parts.append(text);
    };
    add(c.manifest.changes.size(),
        CompareView::tr("%n manifest change(s)", nullptr, int(c.manifest.changes.size())));
    add(c.config.changes.size(),
        CompareView::tr("%n config change(s)", nullptr, int(c.config.changes.size())));
    add(c.layerCounts.onlyLeft + c.layerCounts.onlyRight,
        CompareView::tr("%n layer(s) on one side only", nullptr,
                        c.layerCounts.onlyLeft + c.layerCounts.onlyRight));
    add(c.files.changes.size(), CompareView::tr("%n file change(s)", nullptr, int(c.files.changes.size())));
    add(c.sbom.changes.size(), CompareView::tr("%n package change(s)", nullptr, int(c.sbom.changes.size())));
    // As the Referrers tab counts: on one side only, or on both with other digests.
    const int referrers =
        c.referrers.counts.onlyLeft + c.referrers.counts.onlyRight + c.referrers.differentDigests;
    add(referrers, CompareView::tr("%n referrer(s) differ", nullptr, referrers));
    const QString lead = c.sameDigest() ? CompareView::tr("The same manifest; referrers differ.")
                                        : CompareView::tr("Different.");
    return parts.isEmpty() ? lead
                           : lead + QLatin1Char(' ') + parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

void CompareView::Private::start()
{
    if (control)
        control->cancel();
    const quint64 current = ++generation;
    ++sectionsGeneration;
    control = std::make_shared<store::TransferControl>();
    comparing = true;
    whole.reset();
    shown.reset();
    platformSections.clear();
    platform = WholeArtifact;
    tabChosen = false;
    picker->clear();
    picker->hide();
    pickerLabel->hide();
    swap->setEnabled(false);
    summary->setText(CompareView::tr("Comparing…"));
    updateHeaders(nullptr, {}, {});
    q->setWindowTitle(CompareView::tr("%1 ↔ %2 — Compare").arg(left.toString(), right.toString()));
    state->showLoading(CompareView::tr("Comparing %1 with %2…").arg(left.toString(), right.toString()));
    progress->setRange(0, 0);
    progress->setFormat(CompareView::tr("Starting…"));
    progress->show();
    cancel->show();
    cancel->setEnabled(true);
    progressTimer->start();

    inspect::ArtifactDiffOptions options;
    options.trust = context.trustPolicy();
    runAsync(
        q,
        [ctx = &context, l = left, r = right, options,
         control = control]() -> Result<std::shared_ptr<const Sections>> {
            auto leftStore = ctx->store(l);
            if (!leftStore)
                return leftStore.error().withOrigin(l.toString());
            auto rightStore = ctx->store(r);
            if (!rightStore)
                return rightStore.error().withOrigin(r.toString());
            auto result =
                inspect::ArtifactDiff::compare(*leftStore.value(), l.manifestReference(), *rightStore.value(),
                                               r.manifestReference(), options, control.get());
            if (!result)
                return result.error();
            auto comparison = std::make_shared<const ArtifactComparison>(std::move(result).value());
            return prepareSections(std::move(comparison), {});
        },
        [this, current](const Result<std::shared_ptr<const Sections>>& result) {
            finished(result, current);
        });
}

void CompareView::Private::stopProgress()
{
    comparing = false;
    progressTimer->stop();
    progress->hide();
    cancel->hide();
    swap->setEnabled(true);
}

void CompareView::Private::finished(const Result<std::shared_ptr<const Sections>>& result, quint64 current)
{
    if (current != generation)
        return; // another comparison meanwhile
    stopProgress();
    if (!result) {
        const Error& error = result.error();
        summary->clear();
        if (error.kind == Error::Kind::Cancelled) {
            state->showError(CompareView::tr("The comparison was cancelled."), true);
        } else {
            state->showError(CompareView::tr("Could not compare: %1").arg(errorText(error)), true);
            if (error.kind == Error::Kind::Unauthorized || error.httpStatus == 401) {
                const store::Location& side =
                    right.isRegistry() && error.origin == right.toString() ? right : left;
                if (side.isRegistry())
                    context.requestLogin(side.reference.registry(), error.message);
            }
        }
        emit q->finished(false);
        return;
    }
    whole = result.value();
    fillPicker();
    apply(whole);
    emit q->finished(true);
}

void CompareView::Private::fillPicker()
{
    picker->clear();
    const ArtifactComparison& c = *whole->comparison;
    const bool any = !c.platforms.isEmpty();
    picker->setVisible(any);
    pickerLabel->setVisible(any);
    tabs->setTabVisible(PlatformsTab, any);
    if (!any) {
        platforms->setRows({}, {});
        return;
    }
    picker->addItem(CompareView::tr("Whole index"), WholeArtifact);
    for (int i = 0; i < c.platforms.size(); ++i) {
        const inspect::PlatformPair& p = c.platforms.at(i);
        QString status;
        if (p.presence == Presence::Both)
            status = !p.diff || p.diff->hasDifferences() ? CompareView::tr("different")
                                                         : CompareView::tr("identical");
        else
            status = p.presence == Presence::OnlyLeft ? CompareView::tr("only left")
                                                      : CompareView::tr("only right");
        picker->addItem(CompareView::tr("%1 (%2)").arg(p.key, status), i);
    }
    picker->setCurrentIndex(0);
    const QList<Row> rows = ComparisonRows::platforms(c.platforms);
    setTab(PlatformsTab, {}, differing(rows), true, {});
    platforms->setRows(rows, CompareView::tr("Neither index lists a platform."));
}

void CompareView::Private::apply(const std::shared_ptr<const Sections>& sections)
{
    shown = sections;
    const ArtifactComparison& c = *sections->comparison;
    updateHeaders(&c, sections->leftPlatform, sections->rightPlatform);
    summary->setText(summaryText(c));
    manifestPane->setCaptions(c.leftName, c.rightName);
    configPane->setCaptions(c.leftName, c.rightName);

    manifestPane->setDocument(sections->manifest);
    manifestChanges->setRows(sections->manifestChanges, CompareView::tr("The manifests are the same."));
    setTab(ManifestTab, {}, int(c.manifest.changes.size()), true, {});

    configPane->setDocument(sections->config);
    if (c.configState.compared)
        configChanges->setRows(sections->configChanges, CompareView::tr("The configs are the same."));
    else
        configChanges->setMessage(c.configState.reason);
    setTab(ConfigTab, {}, int(c.config.changes.size()), c.configState.compared, c.configState.reason);

    annotations->setRows(sections->annotations, CompareView::tr("The annotations are the same."));
    setTab(AnnotationsTab, {}, int(c.annotations.size()), true, {});

    layers->setRows(sections->layers, CompareView::tr("Neither side has layers."));
    setTab(LayersTab, {}, differing(sections->layers), true, {});

    files->setFiles(c.files, sections->files);
    setTab(FilesTab, {}, int(c.files.changes.size()), c.files.state.compared, c.files.state.reason);

    if (c.sbom.state.compared) {
        packages->setRows(sections->packages, CompareView::tr("The SBOMs list the same packages."));
        packages->setNote(
            CompareView::tr("Left SBOM: %1\nRight SBOM: %2").arg(c.sbom.leftSource, c.sbom.rightSource));
    } else {
        packages->setMessage(c.sbom.state.reason);
        packages->setNote({});
    }
    setTab(PackagesTab, {}, int(c.sbom.changes.size()), c.sbom.state.compared, c.sbom.state.reason);

    if (c.referrers.state.compared) {
        referrers->setRows(sections->referrers, CompareView::tr("Neither side has referrers."));
        referrers->setNote(ComparisonRows::verificationNote(c.referrers));
    } else {
        referrers->setMessage(c.referrers.state.reason);
        referrers->setNote({});
    }
    setTab(ReferrersTab, {}, differing(sections->referrers), c.referrers.state.compared,
           c.referrers.state.reason);

    state->showContent();
    if (!tabChosen) {
        // The first section that differs; for two indexes their platforms.
        int first = ManifestTab;
        if (!c.platforms.isEmpty() && platform == WholeArtifact) {
            first = PlatformsTab;
        } else {
            const int counts[] = {int(c.manifest.changes.size()), int(c.config.changes.size()),
                                  int(c.annotations.size()),      differing(sections->layers),
                                  int(c.files.changes.size()),    int(c.sbom.changes.size()),
                                  differing(sections->referrers)};
            // Files first when they differ: what a person usually wants to see.
            if (counts[FilesTab] > 0) {
                first = FilesTab;
            } else {
                for (int tab = ManifestTab; tab <= ReferrersTab; ++tab) {
                    if (counts[tab] > 0) {
                        first = tab;
                        break;
                    }
                }
            }
        }
        tabs->setCurrentIndex(first);
    }
    emit q->sectionsShown();
}

void CompareView::Private::showOneSided(const inspect::PlatformPair& pair)
{
    shown.reset();
    const bool onLeft = pair.presence == Presence::OnlyLeft;
    const oci::Descriptor& d = onLeft ? pair.left : pair.right;
    const ArtifactComparison& c = *whole->comparison;
    leftHeader->setText(CompareView::tr("Left: %1").arg(c.leftName) + QLatin1Char('\n') +
                        (onLeft ? d.digest.toString() + QStringLiteral(" · ") + pair.key
                                : CompareView::tr("No %1 image").arg(pair.key)));
    rightHeader->setText(CompareView::tr("Right: %1").arg(c.rightName) + QLatin1Char('\n') +
                         (!onLeft ? d.digest.toString() + QStringLiteral(" · ") + pair.key
                                  : CompareView::tr("No %1 image").arg(pair.key)));
    const QString message = onLeft
                                ? CompareView::tr("%1 is only in the left index (%2): there is nothing to "
                                                  "compare it with.")
                                      .arg(pair.key, d.digest.toString())
                                : CompareView::tr("%1 is only in the right index (%2): there is nothing to "
                                                  "compare it with.")
                                      .arg(pair.key, d.digest.toString());
    summary->setText(message);
    state->showEmpty(message);
    emit q->sectionsShown();
}

void CompareView::Private::updateProgress()
{
    if (!control)
        return;
    const QList<store::BlobProgress> blobs = control->blobProgress();
    const QLocale locale;
    if (blobs.isEmpty()) {
        progress->setRange(0, 0);
        progress->setFormat(CompareView::tr("Comparing…"));
        return;
    }
    const store::BlobProgress& last = blobs.constLast();
    // Read keys look like "read:sha256:…": show the digest either way.
    QString blob = last.blob;
    if (const qsizetype colon = blob.indexOf(QLatin1Char(':'));
        colon >= 0 && !blob.startsWith(QLatin1String("sha")))
        blob = blob.mid(colon + 1);
    if (last.size > 0) {
        progress->setRange(0, 1000);
        progress->setValue(int(std::min<qint64>(1000, last.done * 1000 / last.size)));
        progress->setFormat(CompareView::tr("%1: %2 of %3 · %4 read in all")
                                .arg(blob.left(19), locale.formattedDataSize(last.done),
                                     locale.formattedDataSize(last.size),
                                     locale.formattedDataSize(control->bytes())));
    } else {
        progress->setRange(0, 0);
        progress->setFormat(CompareView::tr("%1 read").arg(locale.formattedDataSize(control->bytes())));
    }
}

CompareView::CompareView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this, context))
{
    setObjectName(QStringLiteral("compareView"));
    d->build();
}

CompareView::~CompareView()
{
    if (d->control)
        d->control->cancel();
}

CompareView* CompareView::openWindow(AppContext& context, const store::Location& left,
                                     const store::Location& right, QWidget* parent)
{
    auto* view = new CompareView(context, parent ? parent->window() : nullptr);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowIcon(QIcon(QStringLiteral(":/icons/lading.svg")));
    view->resize(1200, 800);
    view->compare(left, right);
    view->show();
    return view;
}

void CompareView::compare(const store::Location& left, const store::Location& right)
{
    // Copies first: the arguments may be our own sides (swapSides).
    store::Location newLeft = left;
    store::Location newRight = right;
    d->left = std::move(newLeft);
    d->right = std::move(newRight);
    d->start();
}

void CompareView::retry()
{
    if (!d->left.manifestReference().isEmpty() || !d->right.manifestReference().isEmpty())
        d->start();
}

void CompareView::cancel()
{
    if (d->control)
        d->control->cancel();
    d->cancel->setEnabled(false);
}

void CompareView::swapSides()
{
    compare(d->right, d->left);
}

bool CompareView::isComparing() const
{
    return d->comparing;
}

store::Location CompareView::leftLocation() const
{
    return d->left;
}

store::Location CompareView::rightLocation() const
{
    return d->right;
}

std::shared_ptr<const ArtifactComparison> CompareView::comparison() const
{
    return d->whole ? d->whole->comparison : nullptr;
}

const ArtifactComparison* CompareView::shownComparison() const
{
    return d->shown ? d->shown->comparison.get() : nullptr;
}

int CompareView::shownPlatform() const
{
    return d->platform;
}

void CompareView::showPlatform(int platformIndex)
{
    if (!d->whole)
        return;
    const ArtifactComparison& c = *d->whole->comparison;
    if (platformIndex < WholeArtifact || platformIndex >= c.platforms.size())
        return;
    d->platform = platformIndex;
    d->picker->setCurrentIndex(d->picker->findData(platformIndex));
    const quint64 current = ++d->sectionsGeneration;
    if (platformIndex == WholeArtifact) {
        d->apply(d->whole);
        return;
    }
    const inspect::PlatformPair& pair = c.platforms.at(platformIndex);
    if (!pair.diff) {
        d->showOneSided(pair);
        return;
    }
    if (const auto known = d->platformSections.constFind(platformIndex);
        known != d->platformSections.constEnd()) {
        d->apply(*known);
        return;
    }
    d->state->showLoading(tr("Preparing %1…").arg(pair.key));
    runAsync(
        this, [diff = pair.diff, key = pair.platform.toString()] { return prepareSections(diff, key); },
        [this, current, platformIndex](const std::shared_ptr<const Sections>& sections) {
            d->platformSections.insert(platformIndex, sections);
            if (current != d->sectionsGeneration)
                return; // another platform picked meanwhile
            d->apply(sections);
        });
}

QTabWidget* CompareView::tabs() const
{
    return d->tabs;
}

StateStack* CompareView::stateStack() const
{
    return d->state;
}

QLabel* CompareView::leftHeader() const
{
    return d->leftHeader;
}

QLabel* CompareView::rightHeader() const
{
    return d->rightHeader;
}

QLabel* CompareView::summaryLabel() const
{
    return d->summary;
}

QComboBox* CompareView::platformPicker() const
{
    return d->picker;
}

QProgressBar* CompareView::progressBar() const
{
    return d->progress;
}

QPushButton* CompareView::cancelButton() const
{
    return d->cancel;
}

JsonDiffPane* CompareView::manifestPane() const
{
    return d->manifestPane;
}

JsonDiffPane* CompareView::configPane() const
{
    return d->configPane;
}

DiffTablePane* CompareView::manifestChanges() const
{
    return d->manifestChanges;
}

DiffTablePane* CompareView::configChanges() const
{
    return d->configChanges;
}

DiffTablePane* CompareView::annotationsTable() const
{
    return d->annotations;
}

DiffTablePane* CompareView::layersTable() const
{
    return d->layers;
}

DiffTablePane* CompareView::packagesTable() const
{
    return d->packages;
}

DiffTablePane* CompareView::referrersTable() const
{
    return d->referrers;
}

DiffTablePane* CompareView::platformsTable() const
{
    return d->platforms;
}

FileDiffView* CompareView::filesView() const
{
    return d->files;
}

} // namespace lading::ui
