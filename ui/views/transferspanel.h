#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QSystemTrayIcon;
class QTreeView;

namespace lading::ui {

class TransferJob;
class TransferManager;
class TransfersModel;

// Every transfer job in one list: per-blob and total progress, speed, time left; Cancel, Resume (continues
// from what was already transferred), Clear finished, and how many jobs run at once. Tells the user when a
// long job ends while the window is not active.
class TransfersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransfersPanel)

public:
    // A job that took longer than this (milliseconds) is worth a notification when it ends unseen.
    static constexpr qint64 LongJobMs = 5000;

    explicit TransfersPanel(TransferManager& manager, QWidget* parent = nullptr);
    ~TransfersPanel() override;

    TransfersModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    // The selected job (or the job of a selected blob row); null when none.
    TransferJob* currentJob() const;

    // Whether a job that ran `elapsedMs` and ended while the window was (not) active deserves a notice.
    static bool shouldNotify(qint64 elapsedMs, bool windowActive);

public slots:
    void cancelCurrent();
    void resumeCurrent();

signals:
    // A notification was given for `job` (window alert, and a tray message when a tray is available).
    void notified(TransferJob* job, const QString& message);

private:
    void updateButtons();
    void jobFinished(TransferJob* job, bool ok);

    TransferManager& m_manager;
    TransfersModel* m_model;
    QTreeView* m_view;
    QPushButton* m_cancel;
    QPushButton* m_resume;
    QPushButton* m_clear;
    QSpinBox* m_concurrency;
    QLabel* m_summary;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace lading::ui
