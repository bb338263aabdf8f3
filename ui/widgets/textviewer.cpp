#include "ui/widgets/textviewer.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lading::ui {

TextViewer::TextViewer(QWidget* parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_plain(new QPlainTextEdit(this))
    , m_markdown(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("textViewer"));
    m_caption->setObjectName(QStringLiteral("textCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plain->setObjectName(QStringLiteral("textPlain"));
    m_plain->setReadOnly(true);
    m_plain->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_plain->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_markdown->setObjectName(QStringLiteral("textMarkdown"));
    m_markdown->setOpenExternalLinks(true);
    m_pages->addWidget(m_plain);
    m_pages->addWidget(m_markdown);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_pages, 1);
}

TextViewer::~TextViewer() = default;

QString TextViewer::captionFor(const inspect::TextExcerpt& excerpt)
{
    const QString name = excerpt.name.section(QLatin1Char('/'), -1);
    const QString size = QLocale().formattedDataSize(qMax<qint64>(excerpt.size, 0));
    if (excerpt.truncated) {
        const QString shown = QLocale().formattedDataSize(excerpt.text.toUtf8().size());
        return tr("%1 · %2 · only the first %3 is shown").arg(name, size, shown);
    }
    return tr("%1 · %2").arg(name, size);
}

void TextViewer::setExcerpt(const inspect::TextExcerpt& excerpt)
{
    m_caption->setText(captionFor(excerpt));
    m_caption->setToolTip(excerpt.name);
    m_plain->setPlainText(excerpt.text);
    m_pages->setCurrentWidget(m_plain);
}

void TextViewer::setMarkdownExcerpt(const inspect::TextExcerpt& excerpt)
{
    const QString lower = excerpt.name.toLower();
    if (!lower.endsWith(QLatin1String(".md")) && !lower.endsWith(QLatin1String(".markdown"))) {
        setExcerpt(excerpt);
        return;
    }
    m_caption->setText(captionFor(excerpt));
    m_caption->setToolTip(excerpt.name);
    m_markdown->setMarkdown(excerpt.text);
    m_plain->setPlainText(excerpt.text);
    m_pages->setCurrentWidget(m_markdown);
}

void TextViewer::setMessage(const QString& message)
{
    m_caption->setText(message);
    m_caption->setToolTip({});
    m_plain->clear();
    m_markdown->clear();
    m_pages->setCurrentWidget(m_plain);
}

void TextViewer::clear()
{
    setMessage({});
}

QString TextViewer::text() const
{
    return m_plain->toPlainText();
}

QString TextViewer::caption() const
{
    return m_caption->text();
}

bool TextViewer::isMarkdown() const
{
    return m_pages->currentWidget() == m_markdown;
}

} // namespace lading::ui
