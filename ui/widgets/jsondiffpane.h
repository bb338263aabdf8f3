#pragma once

#include "core/inspect/jsondiff.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace lading::ui {

class StateStack;

// Two JSON documents side by side, read-only, one row per aligned line (JsonDiff::alignLines): a line only
// on the left is red with an empty grey line facing it, a line only on the right green, a changed line
// amber on both sides. Lines never wrap, so rows stay level, and the two panes scroll together. The
// document is prepared off the GUI thread (prepare() is thread-safe) and set at once.
class JsonDiffPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonDiffPane)

public:
    struct Document
    {
        QString left; // the left lines joined with '\n', an empty line where only the right has one
        QString right;
        QList<inspect::JsonDiffLine::Kind> kinds; // per row
        int changedRows = 0;                      // rows that are not Same
        // The row where the value at a JSON pointer starts, per side (JsonDiffLine::leftPath/rightPath).
        QHash<QString, int> leftRows;
        QHash<QString, int> rightRows;
        QString message; // set instead of the text when there is nothing to show side by side
    };

    explicit JsonDiffPane(QWidget* parent = nullptr);
    ~JsonDiffPane() override;

    // Parses both documents and aligns them; a side that is empty or not JSON gives a message instead.
    static Document prepare(const QByteArray& left, const QByteArray& right);

    void setDocument(const Document& document);
    // Nothing side by side, this note instead (a section that was not compared).
    void setMessage(const QString& message);
    void setCaptions(const QString& left, const QString& right);
    void clear();
    // Scrolls both sides to the row where a structural change starts and selects that line on both:
    // `leftPath` on the left side when it is not empty (Removed, Changed), else `rightPath` on the right
    // (Added). The root ("" on both) is the first row. False when no row has that pointer.
    bool showChange(const QString& leftPath, const QString& rightPath);

    QPlainTextEdit* leftEdit() const { return m_left; }
    QPlainTextEdit* rightEdit() const { return m_right; }
    StateStack* stateStack() const { return m_state; }
    const QList<inspect::JsonDiffLine::Kind>& rowKinds() const { return m_kinds; }
    // The row of a line in the panes, for tests: the left (or right) text of that row.
    QString leftLine(int row) const;
    QString rightLine(int row) const;

private:
    void highlight();
    void sync(QPlainTextEdit* from, QPlainTextEdit* to, Qt::Orientation orientation);

    QLabel* m_leftCaption;
    QLabel* m_rightCaption;
    QPlainTextEdit* m_left;
    QPlainTextEdit* m_right;
    StateStack* m_state;
    QList<inspect::JsonDiffLine::Kind> m_kinds;
    QHash<QString, int> m_leftRows;
    QHash<QString, int> m_rightRows;
    bool m_syncing = false;
};

} // namespace lading::ui
