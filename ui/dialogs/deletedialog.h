#pragma once

#include "core/store/location.h"
#include "core/transfer/deleteplanner.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace lading::ui {

class AppContext;

// "Delete…": before acting, every tag that points at the same digest (they all go with it) and the
// referrers that would be left without a subject (DeletePlanner::plan, on a worker), a box to delete those
// referrers too, a "Dry Run" that only shows what would happen, and a clear message when the registry
// refuses deletion.
class DeleteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteDialog)

public:
    DeleteDialog(AppContext& context, const store::Location& location, QWidget* parent = nullptr);
    ~DeleteDialog() override;

    const store::Location& location() const { return m_location; }
    bool hasPlan() const { return m_plan.has_value(); }
    const transfer::DeletePlan& plan() const { return *m_plan; }
    bool isBusy() const { return m_busy; }
    // What the dialog says now: the plan, the dry run's result, or why it failed.
    QString message() const;
    // The error of planning or deleting, empty when none.
    QString errorMessage() const { return m_error; }

    QListWidget* tagList() const { return m_tags; }
    QListWidget* orphanList() const { return m_orphans; }
    QCheckBox* deleteReferrersBox() const { return m_deleteReferrers; }
    QPushButton* dryRunButton() const { return m_dryRun; }
    QPushButton* deleteButton() const { return m_delete; }

    // Shows what deleting would do, without changing anything.
    void dryRun();
    // Deletes (on a worker); closes the dialog when done, stays open with the reason otherwise.
    void accept() override;

signals:
    void planned();
    void deleted(const lading::store::Location& location);
    void failed(const QString& message);

private:
    void showPlan(const Result<transfer::DeletePlan>& plan);
    void setMessage(const QString& text);

    AppContext& m_context;
    store::Location m_location;
    std::optional<transfer::DeletePlan> m_plan;
    QLabel* m_target;
    QListWidget* m_tags;
    QListWidget* m_orphans;
    QCheckBox* m_deleteReferrers;
    QLabel* m_message;
    QPushButton* m_dryRun;
    QPushButton* m_delete;
    QString m_error;
    bool m_busy = true;
};

} // namespace lading::ui
