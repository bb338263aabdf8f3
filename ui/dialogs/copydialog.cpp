#include "ui/dialogs/copydialog.h"

#include "core/transfer/parallel.h"
#include "ui/appcontext.h"
#include "ui/util/async.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMutex>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lading::ui {

int CopyPreview::manifestsPresent() const
{
    return static_cast<int>(
        std::count_if(manifests.begin(), manifests.end(), [](const Item& i) { return i.present; }));
}

int CopyPreview::blobsPresent() const
{
    return static_cast<int>(
        std::count_if(blobs.begin(), blobs.end(), [](const Item& i) { return i.present; }));
}

CopyDialog::CopyDialog(AppContext& context, const store::Location& source, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_source(source)
{
    setObjectName(QStringLiteral("copyDialog"));
    setWindowTitle(tr("Copy To"));
    resize(640, 480);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Copy %1 to another registry, repository or layout.").arg(source.toString()), this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_destination = new QComboBox(this);
    m_destination->setObjectName(QStringLiteral("copyDestinationBox"));
    m_destination->setEditable(true);
    m_destination->setInsertPolicy(QComboBox::NoInsert);
    m_destination->lineEdit()->setPlaceholderText(
        tr("registry/repository[:tag], oci:/folder or oci-archive:/file.tar"));
    form->addRow(tr("Destination:"), m_destination);
    layout->addLayout(form);

    m_referrers = new QCheckBox(tr("Include referrers (signatures, SBOMs, attestations)"), this);
    m_referrers->setObjectName(QStringLiteral("copyReferrersBox"));
    m_referrers->setChecked(true);
    layout->addWidget(m_referrers);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("copySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("copyPreviewTree"));
    m_tree->setHeaderLabels({tr("Content"), tr("Size"), tr("At the destination")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Copy"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("copyButton"));
    layout->addWidget(m_buttons);

    // Typing should not start a preview per key stroke: each one asks the destination about every blob.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &CopyDialog::startPreview);
    connect(m_destination, &QComboBox::currentTextChanged, this, &CopyDialog::inputChanged);
    connect(m_referrers, &QCheckBox::toggled, this, &CopyDialog::inputChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CopyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CopyDialog::reject);
    inputChanged();
}

CopyDialog::~CopyDialog() = default;

QPushButton* CopyDialog::copyButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void CopyDialog::setSuggestions(const QStringList& suggestions)
{
    const QString text = m_destination->currentText();
    const QSignalBlocker blocker(m_destination);
    m_destination->clear();
    m_destination->addItems(suggestions);
    m_destination->setCurrentIndex(-1);
    m_destination->setEditText(text);
}

void CopyDialog::setDestination(const QString& text)
{
    m_destination->setEditText(text);
}

void CopyDialog::setIncludeReferrers(bool include)
{
    m_referrers->setChecked(include);
}

Result<store::Location> CopyDialog::destination() const
{
    const QString text = m_destination->currentText().trimmed();
    if (text.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("Type where to copy to."));
    return store::Location::parse(text, true);
}

bool CopyDialog::includeReferrers() const
{
    return m_referrers->isChecked();
}

transfer::CopyOptions CopyDialog::options() const
{
    transfer::CopyOptions options;
    options.includeReferrers = includeReferrers();
    return options;
}

void CopyDialog::inputChanged()
{
    ++m_generation; // whatever is in flight no longer matches the input
    m_preview.reset();
    m_previewError.clear();
    m_previewing = false;
    m_tree->clear();
    copyButton()->setEnabled(false);
    const auto parsed = destination();
    if (!parsed) {
        m_summary->setText(m_destination->currentText().trimmed().isEmpty() ? tr("Type where to copy to.")
                                                                            : parsed.error().message);
        m_debounce->stop();
        return;
    }
    m_summary->setText(tr("Checking what the destination already has…"));
    m_previewing = true;
    m_debounce->start();
}

void CopyDialog::startPreview()
{
    const auto parsed = destination();
    if (!parsed)
        return;
    const quint64 generation = m_generation;
    AppContext* context = &m_context;
    runAsync(
        this,
        [context, source = m_source, destination = parsed.value(), referrers = includeReferrers()] {
            return computePreview(*context, source, destination, referrers);
        },
        [this, generation](const Result<CopyPreview>& preview) {
            if (generation != m_generation)
                return; // the input changed meanwhile
            showPreview(preview);
        });
}

void CopyDialog::showPreview(const Result<CopyPreview>& preview)
{
    m_previewing = false;
    m_tree->clear();
    if (!preview) {
        m_previewError = preview.error().message;
        m_summary->setText(tr("No preview: %1").arg(m_previewError));
        // The destination may only be unreachable for reading (a registry that lists nothing); the copy
        // itself will say what is wrong, so it stays possible.
        copyButton()->setEnabled(true);
        emit previewReady();
        return;
    }
    m_preview = preview.value();
    const CopyPreview& p = *m_preview;
    const QLocale locale;
    QString text =
        tr("%n manifest(s) (%1 already there), ", nullptr, int(p.manifests.size()))
            .arg(p.manifestsPresent()) +
        tr("%n blob(s) (%1 already there), ", nullptr, int(p.blobs.size())).arg(p.blobsPresent()) +
        tr("%n referrer(s); ", nullptr, p.referrers) +
        tr("%1 to move, %2 already at the destination.")
            .arg(locale.formattedDataSize(p.bytesToMove), locale.formattedDataSize(p.bytesPresent));
    if (!p.destinationExists)
        text += QLatin1Char(' ') + tr("The destination does not exist yet and will be created.");
    m_summary->setText(text);

    const auto addGroup = [&](const QString& title, const QList<CopyPreview::Item>& items) {
        auto* group = new QTreeWidgetItem(m_tree, {title});
        for (const auto& item : items) {
            QString name = item.descriptor.digest.toString();
            if (item.referrer)
                name = tr("%1 (referrer: %2)").arg(name, item.descriptor.artifactType);
            auto* row = new QTreeWidgetItem(group, {name, locale.formattedDataSize(item.descriptor.size),
                                                    item.present ? tr("yes, skipped") : tr("no, copied")});
            row->setToolTip(0, item.descriptor.mediaType);
        }
        group->setExpanded(items.size() <= 20);
    };
    addGroup(tr("Manifests (%1)").arg(p.manifests.size()), p.manifests);
    addGroup(tr("Blobs (%1)").arg(p.blobs.size()), p.blobs);
    copyButton()->setEnabled(true);
    emit previewReady();
}

void CopyDialog::accept()
{
    const auto parsed = destination();
    if (!parsed || !copyButton()->isEnabled())
        return;
    emit copyRequested(m_source, parsed.value(), options());
    QDialog::accept();
}

Result<CopyPreview> CopyDialog::computePreview(AppContext& context, const store::Location& source,
                                               const store::Location& destination, bool includeReferrers,
                                               int concurrency)
{
    auto from = context.store(source);
    if (!from)
        return from.error();
    transfer::CopyOptions options;
    options.includeReferrers = includeReferrers;
    options.concurrency = concurrency;
    // plan() only reads the source; the destination store is not touched by it.
    transfer::GraphCopier copier(*from.value(), *from.value(), options);
    auto plan = copier.plan(source.manifestReference());
    if (!plan)
        return plan.error();

    CopyPreview preview;
    for (const auto& manifest : plan->manifests) {
        CopyPreview::Item item;
        item.descriptor = manifest.descriptor();
        item.referrer = manifest.subject().has_value();
        if (item.referrer) {
            item.descriptor.artifactType = manifest.effectiveArtifactType();
            ++preview.referrers;
        }
        preview.manifests.append(item);
    }
    for (const auto& blob : plan->blobs)
        preview.blobs.append({blob, false, false});

    // A layout that is not there yet has nothing; opening it would create it, which a preview must not.
    if (!destination.isRegistry() && !QFileInfo::exists(destination.path))
        preview.destinationExists = false;
    if (preview.destinationExists) {
        auto to = context.store(destination);
        if (!to)
            return to.error();
        store::Store& target = *to.value();
        QList<CopyPreview::Item*> items;
        for (auto& item : preview.manifests)
            items.append(&item);
        for (auto& item : preview.blobs)
            items.append(&item);
        auto checked =
            transfer::runParallel(static_cast<int>(items.size()), concurrency, [&](int i) -> Status {
                auto exists = target.exists(items[i]->descriptor);
                // A repository that does not exist yet has nothing in it.
                if (!exists && exists.error().kind == Error::Kind::NotFound)
                    return {};
                if (!exists)
                    return exists.error();
                items[i]->present = exists.value();
                return {};
            });
        if (!checked.ok())
            return checked.error();
    }
    for (const auto& item : preview.manifests + preview.blobs)
        (item.present ? preview.bytesPresent : preview.bytesToMove) += item.descriptor.size;
    return preview;
}

} // namespace lading::ui
