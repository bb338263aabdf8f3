#pragma once

#include "core/store/location.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lading::ui {

class AppContext;

// "Add tag…": one or more new tags (separated by spaces or commas), each checked against the tag grammar as
// it is typed. Accepting resolves the manifest once and points every new tag at its digest (Store::tag) on a
// worker thread; the dialog closes when all are set and stays open with the registry's answer otherwise.
class TagDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagDialog)

public:
    TagDialog(AppContext& context, const store::Location& location, QWidget* parent = nullptr);
    ~TagDialog() override;

    // The tags typed, in order, without duplicates.
    QStringList tags() const;
    // Why the input cannot be accepted yet, empty when it can.
    QString problem() const;
    bool isBusy() const { return m_busy; }
    QLineEdit* tagsEdit() const { return m_tags; }
    // The error of the last attempt, empty when none.
    QString errorMessage() const;

    void accept() override;

signals:
    // Every tag is set; emitted before the dialog closes.
    void tagged(const lading::store::Location& location, const QStringList& tags);
    // Setting a tag failed; the dialog stays open showing `message`.
    void failed(const QString& message);

private:
    void validate();

    AppContext& m_context;
    store::Location m_location;
    QLineEdit* m_tags;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};

} // namespace lading::ui
