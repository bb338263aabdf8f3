#include "ui/dialogs/deletedialog.h"

#include "core/transfer/storeopener.h"
#include "ui/appcontext.h"
#include "ui/util/async.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lading::ui {

DeleteDialog::DeleteDialog(AppContext& context, const store::Location& location, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_location(location)
{
    setObjectName(QStringLiteral("deleteDialog"));
    setWindowTitle(tr("Delete"));
    resize(560, 420);
    auto* layout = new QVBoxLayout(this);
    m_target = new QLabel(tr("Working out what deleting %1 takes with it…").arg(location.toString()), this);
    m_target->setWordWrap(true);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_target);

    layout->addWidget(new QLabel(tr("Tags that point at this manifest and are deleted with it:"), this));
    m_tags = new QListWidget(this);
    m_tags->setObjectName(QStringLiteral("deleteTagList"));
    layout->addWidget(m_tags, 1);
    layout->addWidget(new QLabel(tr("Referrers that would be left without their subject:"), this));
    m_orphans = new QListWidget(this);
    m_orphans->setObjectName(QStringLiteral("deleteOrphanList"));
    layout->addWidget(m_orphans, 1);
    m_deleteReferrers = new QCheckBox(tr("Delete these referrers too"), this);
    m_deleteReferrers->setObjectName(QStringLiteral("deleteReferrersBox"));
    layout->addWidget(m_deleteReferrers);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("deleteMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_dryRun = buttons->addButton(tr("Dry Run"), QDialogButtonBox::ActionRole);
    m_dryRun->setObjectName(QStringLiteral("dryRunButton"));
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_dryRun->setEnabled(false);
    m_delete->setEnabled(false);
    m_deleteReferrers->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeleteDialog::reject);
    connect(m_dryRun, &QPushButton::clicked, this, &DeleteDialog::dryRun);
    connect(m_delete, &QPushButton::clicked, this, &DeleteDialog::accept);

    AppContext* ctx = &m_context;
    runAsync(
        this,
        [ctx, location]() -> Result<transfer::DeletePlan> {
            auto store = ctx->store(location);
            if (!store)
                return store.error();
            return transfer::DeletePlanner::plan(*store.value(), location.manifestReference());
        },
        [this](const Result<transfer::DeletePlan>& plan) { showPlan(plan); });
}

DeleteDialog::~DeleteDialog() = default;

QString DeleteDialog::message() const
{
    return m_message->text();
}

void DeleteDialog::setMessage(const QString& text)
{
    m_message->setText(text);
}

void DeleteDialog::showPlan(const Result<transfer::DeletePlan>& plan)
{
    m_busy = false;
    if (!plan) {
        m_error = plan.error().message;
        m_target->setText(tr("Cannot delete %1.").arg(m_location.toString()));
        setMessage(m_error);
        emit failed(m_error);
        return;
    }
    m_plan = plan.value();
    m_target->setText(
        tr("Delete the manifest %1 (%2)?").arg(m_plan->target.digest.toString(), m_location.toString()));
    for (const QString& tag : m_plan->tags)
        m_tags->addItem(tag);
    for (const auto& referrer : m_plan->orphans) {
        const QString type = referrer.descriptor.artifactType.isEmpty() ? referrer.descriptor.mediaType
                                                                        : referrer.descriptor.artifactType;
        m_orphans->addItem(tr("%1 (%2)").arg(referrer.descriptor.digest.toString(), type));
    }
    m_deleteReferrers->setEnabled(!m_plan->orphans.isEmpty());
    if (m_plan->orphans.isEmpty())
        m_orphans->addItem(tr("None"));
    if (m_plan->tags.isEmpty())
        m_tags->addItem(tr("None (the manifest is only reachable by digest)"));
    m_dryRun->setEnabled(true);
    m_delete->setEnabled(true);
    emit planned();
}

void DeleteDialog::dryRun()
{
    if (!m_plan || m_busy)
        return;
    const bool withReferrers = m_deleteReferrers->isChecked();
    QString text =
        tr("Dry run, nothing was changed: deleting would remove %1").arg(m_plan->target.digest.toString());
    text += QLatin1Char(' ') + tr("with %n tag(s)", nullptr, int(m_plan->tags.size()));
    if (!m_plan->orphans.isEmpty()) {
        text += QLatin1String("; ") + (withReferrers ? tr("%n referrer(s) would be deleted too", nullptr,
                                                          int(m_plan->orphans.size()))
                                                     : tr("%n referrer(s) would be left without a subject",
                                                          nullptr, int(m_plan->orphans.size())));
    }
    setMessage(text + QLatin1Char('.'));
}

void DeleteDialog::accept()
{
    if (!m_plan || m_busy)
        return;
    m_busy = true;
    m_error.clear();
    m_dryRun->setEnabled(false);
    m_delete->setEnabled(false);
    setMessage(tr("Deleting…"));
    AppContext* ctx = &m_context;
    runAsync(
        this,
        [ctx, location = m_location, plan = *m_plan,
         withReferrers = m_deleteReferrers->isChecked()]() -> Status {
            auto store = ctx->store(location);
            if (!store)
                return store.error();
            LADING_TRY(transfer::DeletePlanner::execute(*store.value(), plan, withReferrers));
            return transfer::StoreOpener::save(*store.value());
        },
        [this](const Status& status) {
            m_busy = false;
            if (!status.ok()) {
                const Error& error = status.error();
                const bool refused = error.kind == Error::Kind::Unsupported || error.httpStatus == 405;
                m_error = refused
                              ? tr("The registry refuses to delete manifests (deletion is disabled there); "
                                   "nothing was deleted. %1")
                                    .arg(error.message)
                              : tr("Nothing was deleted: %1").arg(error.message);
                setMessage(m_error);
                m_dryRun->setEnabled(true);
                m_delete->setEnabled(true);
                emit failed(m_error);
                return;
            }
            emit deleted(m_location);
            QDialog::accept();
        });
}

} // namespace lading::ui
