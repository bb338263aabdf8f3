#pragma once

#include "ui/util/jsonformatter.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolButton;
class QUrl;

namespace lading::ui {

class JsonHighlighter;

// JSON as it was received, pretty-printed (JsonFormatter) and highlighted (JsonHighlighter), every digest
// a link: clicking one emits linkActivated with what the JSON says about it (media type and size when it
// is a descriptor's digest). A caption line above says what is shown, with an optional Back button.
class JsonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonView)

public:
    explicit JsonView(QWidget* parent = nullptr);
    ~JsonView() override;

    // Shows JSON formatted elsewhere (on a worker thread, for big documents).
    void setFormatted(const FormattedJson& json);
    // Formats and shows small JSON here.
    void setJson(const QByteArray& bytes);
    void clear();
    void setCaption(const QString& caption, bool showBack = false);

    QString text() const;
    const QList<JsonLink>& links() const { return m_json.links; }
    QTextBrowser* browser() const { return m_browser; }
    // Same as clicking the link; out-of-range indexes are ignored.
    void activateLink(int index);
    // The link's anchor in the browser ("lading-json:3").
    static QString hrefFor(int index);

signals:
    void linkActivated(const lading::ui::JsonLink& link);
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void openAnchor(const QUrl& url);

    QLabel* m_caption;
    QToolButton* m_back;
    QTextBrowser* m_browser;
    JsonHighlighter* m_highlighter;
    FormattedJson m_json;
};

} // namespace lading::ui
