#include "ui/widgets/jsondiffpane.h"

#include "ui/models/diffcategory.h"
#include "ui/widgets/statestack.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace lading::ui {

using Kind = inspect::JsonDiffLine::Kind;

namespace {

QPlainTextEdit* makeEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Wrapped lines would break the row-by-row alignment of the two sides.
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setUndoRedoEnabled(false);
    return edit;
}

QColor placeholderColour()
{
    return QColor(128, 128, 128, 40);
}

} // namespace

JsonDiffPane::JsonDiffPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("jsonDiffPane"));
    auto* content = new QWidget(this);
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    m_leftCaption = new QLabel(tr("Left"), content);
    m_leftCaption->setObjectName(QStringLiteral("jsonDiffLeftCaption"));
    m_leftCaption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rightCaption = new QLabel(tr("Right"), content);
    m_rightCaption->setObjectName(QStringLiteral("jsonDiffRightCaption"));
    m_rightCaption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_left = makeEdit(content, QStringLiteral("jsonDiffLeft"));
    m_right = makeEdit(content, QStringLiteral("jsonDiffRight"));
    grid->addWidget(m_leftCaption, 0, 0);
    grid->addWidget(m_rightCaption, 0, 1);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_right, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    m_state = new StateStack(content, this);
    m_state->setObjectName(QStringLiteral("jsonDiffState"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);

    sync(m_left, m_right, Qt::Vertical);
    sync(m_right, m_left, Qt::Vertical);
    sync(m_left, m_right, Qt::Horizontal);
    sync(m_right, m_left, Qt::Horizontal);
    clear();
}

JsonDiffPane::~JsonDiffPane() = default;

void JsonDiffPane::sync(QPlainTextEdit* from, QPlainTextEdit* to, Qt::Orientation orientation)
{
    QScrollBar* source =
        orientation == Qt::Vertical ? from->verticalScrollBar() : from->horizontalScrollBar();
    QScrollBar* target = orientation == Qt::Vertical ? to->verticalScrollBar() : to->horizontalScrollBar();
    connect(source, &QScrollBar::valueChanged, this, [this, target](int value) {
        if (m_syncing)
            return;
        m_syncing = true;
        target->setValue(value);
        m_syncing = false;
    });
}

JsonDiffPane::Document JsonDiffPane::prepare(const QByteArray& left, const QByteArray& right)
{
    Document document;
    if (left.isEmpty() && right.isEmpty()) {
        document.message = tr("Neither side has this document.");
        return document;
    }
    const auto parse = [](const QByteArray& bytes, bool* ok) -> QJsonValue {
        *ok = true;
        if (bytes.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            *ok = false;
            return {};
        }
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    };
    bool leftOk = false;
    bool rightOk = false;
    const QJsonValue l = parse(left, &leftOk);
    const QJsonValue r = parse(right, &rightOk);
    if (!leftOk || !rightOk) {
        document.message =
            !leftOk ? tr("The left document is not JSON.") : tr("The right document is not JSON.");
        return document;
    }
    const QList<inspect::JsonDiffLine> rows = inspect::JsonDiff::alignLines(l, r);
    QStringList leftLines;
    QStringList rightLines;
    leftLines.reserve(rows.size());
    rightLines.reserve(rows.size());
    document.kinds.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const inspect::JsonDiffLine& row = rows.at(i);
        if (!row.leftPath.isEmpty())
            document.leftRows.insert(row.leftPath, i);
        if (!row.rightPath.isEmpty())
            document.rightRows.insert(row.rightPath, i);
        leftLines.append(row.leftLine >= 0 ? row.left : QString());
        rightLines.append(row.rightLine >= 0 ? row.right : QString());
        document.kinds.append(row.kind);
        if (row.kind != Kind::Same)
            ++document.changedRows;
    }
    document.left = leftLines.join(QLatin1Char('\n'));
    document.right = rightLines.join(QLatin1Char('\n'));
    return document;
}

void JsonDiffPane::setDocument(const Document& document)
{
    if (!document.message.isEmpty()) {
        setMessage(document.message);
        return;
    }
    m_kinds = document.kinds;
    m_leftRows = document.leftRows;
    m_rightRows = document.rightRows;
    m_left->setPlainText(document.left);
    m_right->setPlainText(document.right);
    highlight();
    m_state->showContent();
}

void JsonDiffPane::setMessage(const QString& message)
{
    m_kinds.clear();
    m_leftRows.clear();
    m_rightRows.clear();
    m_left->clear();
    m_right->clear();
    m_left->setExtraSelections({});
    m_right->setExtraSelections({});
    m_state->showEmpty(message);
}

void JsonDiffPane::setCaptions(const QString& left, const QString& right)
{
    m_leftCaption->setText(left);
    m_leftCaption->setToolTip(left);
    m_rightCaption->setText(right);
    m_rightCaption->setToolTip(right);
}

void JsonDiffPane::clear()
{
    setMessage(QString());
}

bool JsonDiffPane::showChange(const QString& leftPath, const QString& rightPath)
{
    if (m_kinds.isEmpty())
        return false;
    int row = -1;
    if (leftPath.isEmpty() && rightPath.isEmpty())
        row = 0;
    else if (!leftPath.isEmpty())
        row = m_leftRows.value(leftPath, -1);
    else
        row = m_rightRows.value(rightPath, -1);
    if (row < 0 || row >= m_kinds.size())
        return false;
    // The same row on both sides (the rows are aligned, a side without the line has an empty one there),
    // selected so it stands out over the change highlighting until the next click.
    for (QPlainTextEdit* edit : {m_left, m_right}) {
        QTextCursor cursor(edit->document()->findBlockByNumber(row));
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        edit->setTextCursor(cursor);
    }
    // Lines never wrap, so a scroll value is the first row shown, and the two sides are synced by value.
    // One side may be a little shorter (its horizontal scroll bar), so centre the row in the shorter one;
    // setting the value once keeps both sides level (centerCursor() on each would not).
    const int lineHeight = std::max(1, m_left->fontMetrics().lineSpacing());
    const int shown = std::min(m_left->viewport()->height(), m_right->viewport()->height()) / lineHeight;
    m_left->verticalScrollBar()->setValue(std::max(0, row - shown / 2));
    return true;
}

QString JsonDiffPane::leftLine(int row) const
{
    return m_left->document()->findBlockByNumber(row).text();
}

QString JsonDiffPane::rightLine(int row) const
{
    return m_right->document()->findBlockByNumber(row).text();
}

void JsonDiffPane::highlight()
{
    QList<QTextEdit::ExtraSelection> left;
    QList<QTextEdit::ExtraSelection> right;
    const auto mark = [](QPlainTextEdit* edit, int row, const QColor& colour) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(edit->document()->findBlockByNumber(row));
        selection.format.setBackground(colour);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        return selection;
    };
    for (int row = 0; row < m_kinds.size(); ++row) {
        switch (m_kinds.at(row)) {
        case Kind::Same:
            break;
        case Kind::Added:
            left.append(mark(m_left, row, placeholderColour()));
            right.append(mark(m_right, row, diffBackground(DiffCategory::Added)));
            break;
        case Kind::Removed:
            left.append(mark(m_left, row, diffBackground(DiffCategory::Removed)));
            right.append(mark(m_right, row, placeholderColour()));
            break;
        case Kind::Changed:
            left.append(mark(m_left, row, diffBackground(DiffCategory::Changed)));
            right.append(mark(m_right, row, diffBackground(DiffCategory::Changed)));
            break;
        }
    }
    m_left->setExtraSelections(left);
    m_right->setExtraSelections(right);
}

} // namespace lading::ui
