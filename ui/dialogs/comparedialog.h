#pragma once

#include "core/store/location.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace lading::ui {

// "Compare With…" / Tools ▸ Compare…: the two locations to compare, each any location text (a registry
// reference, oci:PATH:tag, oci-archive:FILE.tar:tag), checked as it is typed; the locations visited
// recently are offered in both fields. From a tag the left side is that tag and fixed, the right side
// starts as the same text, ready to change the tag. Accepting emits compareRequested (the caller opens the
// compare view); nothing is fetched here.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    CompareDialog(const QString& left, const QString& right, QWidget* parent = nullptr);
    ~CompareDialog() override;

    // Whether the left side may be changed (false for "Compare With…" on a tag).
    void setLeftEditable(bool editable);
    // Offered in both fields, most recent first.
    void setSuggestions(const QStringList& locations);
    QStringList suggestions() const { return m_suggestions; }

    // Why the input cannot be accepted yet, empty when it can.
    QString problem() const;
    store::Location leftLocation() const;
    store::Location rightLocation() const;

    QLineEdit* leftEdit() const { return m_left; }
    QLineEdit* rightEdit() const { return m_right; }
    QLabel* messageLabel() const { return m_message; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    // The locations of manifests the window visited (its history, newest first, each once).
    static QStringList recentLocations(QWidget* window);

    void accept() override;

signals:
    // Emitted on accept, before the dialog closes.
    void compareRequested(const lading::store::Location& left, const lading::store::Location& right);

private:
    void validate();
    void attachSuggestions(QLineEdit* edit);
    void updateSuggestionActions();

    QLineEdit* m_left;
    QLineEdit* m_right;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QStringListModel* m_suggestionModel;
    QStringList m_suggestions;
};

} // namespace lading::ui
