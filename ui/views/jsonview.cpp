#include "ui/views/jsonview.h"

#include "ui/util/jsonhighlighter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace lading::ui {

namespace {
constexpr QLatin1StringView kScheme{"lading-json"};
}

JsonView::JsonView(QWidget* parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_back(new QToolButton(this))
    , m_browser(new QTextBrowser(this))
    , m_highlighter(new JsonHighlighter(m_browser->document()))
{
    setObjectName(QStringLiteral("jsonView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(4, 2, 4, 0);
    m_back->setObjectName(QStringLiteral("jsonBackButton"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setText(tr("Back to the manifest"));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);
    m_back->hide();
    connect(m_back, &QToolButton::clicked, this, &JsonView::backRequested);
    header->addWidget(m_back);
    m_caption->setObjectName(QStringLiteral("jsonCaption"));
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setWordWrap(true);
    header->addWidget(m_caption, 1);
    layout->addLayout(header);

    m_browser->setObjectName(QStringLiteral("jsonBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setLineWrapMode(QTextEdit::NoWrap);
    m_browser->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_browser->document()->setDocumentMargin(8);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &JsonView::openAnchor);
    layout->addWidget(m_browser, 1);
}

JsonView::~JsonView() = default;

QString JsonView::hrefFor(int index)
{
    return QStringLiteral("%1:%2").arg(kScheme).arg(index);
}

void JsonView::setFormatted(const FormattedJson& json)
{
    m_json = json;
    m_browser->setPlainText(json.text);
    QTextCursor cursor(m_browser->document());
    cursor.beginEditBlock();
    for (int i = 0; i < json.links.size(); ++i) {
        const JsonLink& link = json.links.at(i);
        cursor.setPosition(link.start);
        cursor.setPosition(link.start + link.length, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorHref(hrefFor(i));
        format.setToolTip(link.mediaType.isEmpty() ? tr("Open %1").arg(link.digest)
                                                   : tr("Open %1 (%2)").arg(link.digest, link.mediaType));
        cursor.mergeCharFormat(format);
    }
    cursor.endEditBlock();
    // The anchors were added after the text: colour them now rather than at the next edit.
    m_highlighter->rehighlight();
    m_browser->moveCursor(QTextCursor::Start);
}

void JsonView::setJson(const QByteArray& bytes)
{
    setFormatted(JsonFormatter::format(bytes));
}

void JsonView::clear()
{
    m_json = {};
    m_browser->clear();
    setCaption({});
}

void JsonView::setCaption(const QString& caption, bool showBack)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
    m_back->setVisible(showBack);
}

QString JsonView::text() const
{
    return m_browser->toPlainText();
}

void JsonView::activateLink(int index)
{
    if (index >= 0 && index < m_json.links.size())
        emit linkActivated(m_json.links.at(index));
}

void JsonView::openAnchor(const QUrl& url)
{
    if (url.scheme() != kScheme)
        return;
    bool ok = false;
    const int index = url.path().toInt(&ok);
    if (ok)
        activateLink(index);
}

void JsonView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    QWidget::changeEvent(event);
}

} // namespace lading::ui
