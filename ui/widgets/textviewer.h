#pragma once

#include "core/inspect/textexcerpt.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;

namespace lading::ui {

// A read-only text file of an artifact: a caption (name, size, "first 1 MiB shown" when cut) above the
// text in a monospace font, or rendered Markdown for READMEs. Nothing is editable; text can be selected.
class TextViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextViewer)

public:
    explicit TextViewer(QWidget* parent = nullptr);
    ~TextViewer() override;

    void setExcerpt(const inspect::TextExcerpt& excerpt);
    // README.md and friends: rendered (QTextBrowser::setMarkdown); other names as plain text.
    void setMarkdownExcerpt(const inspect::TextExcerpt& excerpt);
    // Something in place of the text: "This chart has no values.yaml."
    void setMessage(const QString& message);
    void clear();

    QString text() const;
    QString caption() const;
    bool isMarkdown() const;

    // "values.yaml · 1.2 KiB", "big.log · the first 1 MiB of 1.5 MiB is shown".
    static QString captionFor(const inspect::TextExcerpt& excerpt);

private:
    QLabel* m_caption;
    QStackedWidget* m_pages;
    QPlainTextEdit* m_plain;
    QTextBrowser* m_markdown;
};

} // namespace lading::ui
