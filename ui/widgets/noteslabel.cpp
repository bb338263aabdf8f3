#include "ui/widgets/noteslabel.h"

namespace lading::ui {

NotesLabel::NotesLabel(const QString& objectName, QWidget* parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

void NotesLabel::setNotes(const QStringList& notes)
{
    setText(notes.join(QLatin1Char('\n')));
    setVisible(!notes.isEmpty());
}

} // namespace lading::ui
