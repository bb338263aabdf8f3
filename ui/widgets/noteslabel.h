#pragma once

#include <QLabel>
#include <QStringList>

namespace lading::ui {

// The notes of a Contents view under its fields (what the reader skipped, what is odd about the artifact):
// plain text, one note a line, wrapping, and hidden while there is none.
class NotesLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesLabel)

public:
    NotesLabel(const QString& objectName, QWidget* parent = nullptr);

    void setNotes(const QStringList& notes);
};

} // namespace lading::ui
