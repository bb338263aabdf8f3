#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace lading::ui {

// Colours JSON as JsonFormatter lays it out (one member per line, strings never span lines): member names,
// strings, numbers, true/false/null and punctuation; text the document marks as an anchor (a digest link)
// is drawn as a link. Colours follow the palette, so dark themes stay readable.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    explicit JsonHighlighter(QTextDocument* document);

    // Rebuilds the formats from `palette` (after a theme change).
    void setPalette(const QPalette& palette);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
    QTextCharFormat m_link;
};

} // namespace lading::ui
