#include "ui/util/jsonhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>

namespace lading::ui {

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void JsonHighlighter::setPalette(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x80, 0x1f, 0x8c));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0x0b, 0x6e, 0x27));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x11, 0x55, 0xaa));
    m_literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0xaa, 0x33, 0x00));
    m_literal.setFontWeight(QFont::DemiBold);
    m_punctuation.setForeground(palette.color(QPalette::PlaceholderText));
    m_link.setForeground(palette.color(QPalette::Link));
    m_link.setFontUnderline(true);
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < n && text.at(end) != QLatin1Char('"')) {
                if (text.at(end) == QLatin1Char('\\'))
                    ++end;
                ++end;
            }
            end = qMin(end + 1, n);
            qsizetype after = end;
            while (after < n && text.at(after).isSpace())
                ++after;
            const bool isKey = after < n && text.at(after) == QLatin1Char(':');
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype end = i + 1;
            while (end < n && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('.') ||
                               text.at(end) == QLatin1Char('+') || text.at(end) == QLatin1Char('-')))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && text.at(end).isLetter())
                ++end;
            setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            if (QStringView(u"{}[],:").contains(c))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
    // Links last, over the string colour: the document keeps them as anchors (see JsonView).
    for (auto it = currentBlock().begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.isValid() && fragment.charFormat().isAnchor())
            setFormat(fragment.position() - currentBlock().position(), fragment.length(), m_link);
    }
}

} // namespace lading::ui
