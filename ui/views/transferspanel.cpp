#include "ui/views/transferspanel.h"

#include "ui/transfers/transferjob.h"
#include "ui/transfers/transfermanager.h"
#include "ui/transfers/transfersmodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QSystemTrayIcon>
#include <QTreeView>
#include <QVBoxLayout>

namespace lading::ui {

namespace {

// Draws the Progress column as a progress bar (the percentage from TransfersModel::PercentRole).
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QVariant percent = index.data(TransfersModel::PercentRole);
        if (!percent.isValid() || percent.toInt() < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = percent.toInt();
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

// Offscreen and minimal platforms have no tray even when Qt thinks it might.
bool trayUsable()
{
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
        return false;
    return QSystemTrayIcon::isSystemTrayAvailable();
}

} // namespace

TransfersPanel::TransfersPanel(TransferManager& manager, QWidget* parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_model(new TransfersModel(manager, this))
    , m_view(new QTreeView(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_clear(new QPushButton(tr("C&lear Finished"), this))
    , m_concurrency(new QSpinBox(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("transfersPanel"));
    m_view->setObjectName(QStringLiteral("transfersView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TransfersModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TransfersModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->resizeSection(TransfersModel::StateColumn, 180);
    m_view->header()->resizeSection(TransfersModel::ProgressColumn, 120);
    m_cancel->setObjectName(QStringLiteral("cancelTransfer"));
    m_resume->setObjectName(QStringLiteral("resumeTransfer"));
    m_clear->setObjectName(QStringLiteral("clearFinishedTransfers"));
    m_concurrency->setObjectName(QStringLiteral("transferConcurrency"));
    m_concurrency->setRange(1, TransferManager::MaxConcurrency);
    m_concurrency->setValue(manager.concurrency());
    m_concurrency->setToolTip(tr("How many transfers run at the same time; the others wait."));
    m_summary->setObjectName(QStringLiteral("transfersSummary"));

    auto* jobsLabel = new QLabel(tr("&Jobs at once:"), this);
    jobsLabel->setBuddy(m_concurrency);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    buttons->addWidget(m_summary);
    buttons->addSpacing(12);
    buttons->addWidget(jobsLabel);
    buttons->addWidget(m_concurrency);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view);

    connect(m_cancel, &QPushButton::clicked, this, &TransfersPanel::cancelCurrent);
    connect(m_resume, &QPushButton::clicked, this, &TransfersPanel::resumeCurrent);
    connect(m_clear, &QPushButton::clicked, &m_manager, &TransferManager::clearFinished);
    connect(m_concurrency, &QSpinBox::valueChanged, &m_manager, &TransferManager::setConcurrency);
    connect(&m_manager, &TransferManager::concurrencyChanged, m_concurrency, &QSpinBox::setValue);
    connect(&m_manager, &TransferManager::jobFinished, this, &TransfersPanel::jobFinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TransfersPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransfersPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TransfersPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TransfersPanel::updateButtons);
    updateButtons();
}

TransfersPanel::~TransfersPanel() = default;

TransferJob* TransfersPanel::currentJob() const
{
    return m_model->jobAt(m_view->currentIndex());
}

bool TransfersPanel::shouldNotify(qint64 elapsedMs, bool windowActive)
{
    return elapsedMs > LongJobMs && !windowActive;
}

void TransfersPanel::cancelCurrent()
{
    if (TransferJob* job = currentJob())
        m_manager.cancel(job);
}

void TransfersPanel::resumeCurrent()
{
    if (TransferJob* job = currentJob())
        m_manager.resume(job);
}

void TransfersPanel::updateButtons()
{
    TransferJob* job = currentJob();
    m_cancel->setEnabled(job && !job->isFinished());
    m_resume->setEnabled(job && job->canResume());
    const QList<TransferJob*> jobs = m_manager.jobs();
    const bool anyFinished =
        std::any_of(jobs.begin(), jobs.end(), [](TransferJob* j) { return j->isFinished(); });
    m_clear->setEnabled(anyFinished);
    int running = 0;
    int queued = 0;
    for (TransferJob* j : jobs) {
        running += j->state() == TransferJob::State::Running;
        queued += j->state() == TransferJob::State::Queued;
    }
    m_summary->setText(running + queued == 0 ? QString()
                                             : tr("%1 running, %2 waiting").arg(running).arg(queued));
}

void TransfersPanel::jobFinished(TransferJob* job, bool ok)
{
    updateButtons();
    QWidget* top = window();
    if (!shouldNotify(job->elapsedMs(), top && top->isActiveWindow()))
        return;
    const QString message = ok ? tr("%1 finished.").arg(job->title())
                               : tr("%1 did not finish: %2").arg(job->title(), job->errorMessage());
    if (top)
        QApplication::alert(top);
    if (trayUsable()) {
        // One tray icon, made when the first message needs it.
        if (!m_tray)
            m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/lading.svg")), this);
        m_tray->show();
        m_tray->showMessage(tr("Lading"), message,
                            ok ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    }
    emit notified(job, message);
}

} // namespace lading::ui
