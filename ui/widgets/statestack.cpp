#include "ui/widgets/statestack.h"

#include "ui/widgets/spinner.h"

#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace lading::ui {

namespace {
QLabel* centeredLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

StateStack::StateStack(QWidget* content, QWidget* parent)
    : QStackedWidget(parent)
    , m_content(content)
{
    addWidget(content);

    m_loadingPage = new QWidget(this);
    auto* loadingLayout = new QVBoxLayout(m_loadingPage);
    loadingLayout->addStretch();
    loadingLayout->addWidget(new Spinner(m_loadingPage), 0, Qt::AlignHCenter);
    m_loadingLabel = centeredLabel(m_loadingPage);
    loadingLayout->addWidget(m_loadingLabel);
    loadingLayout->addStretch();
    addWidget(m_loadingPage);

    m_errorPage = new QWidget(this);
    auto* errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->addStretch();
    auto* icon = new QLabel(m_errorPage);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    errorLayout->addWidget(icon, 0, Qt::AlignHCenter);
    m_errorLabel = centeredLabel(m_errorPage);
    m_errorLabel->setObjectName(QStringLiteral("errorMessage"));
    errorLayout->addWidget(m_errorLabel);
    m_retryButton = new QPushButton(tr("Retry"), m_errorPage);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    connect(m_retryButton, &QPushButton::clicked, this, &StateStack::retryRequested);
    errorLayout->addWidget(m_retryButton, 0, Qt::AlignHCenter);
    errorLayout->addStretch();
    addWidget(m_errorPage);

    m_emptyPage = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(m_emptyPage);
    m_emptyLabel = centeredLabel(m_emptyPage);
    emptyLayout->addWidget(m_emptyLabel);
    addWidget(m_emptyPage);
}

void StateStack::showContent()
{
    m_state = State::Content;
    setCurrentWidget(m_content);
}

void StateStack::showLoading(const QString& what)
{
    m_state = State::Loading;
    m_loadingLabel->setText(what.isEmpty() ? tr("Loading…") : what);
    setCurrentWidget(m_loadingPage);
}

void StateStack::showError(const QString& message, bool canRetry)
{
    m_state = State::Error;
    m_errorLabel->setText(message);
    m_retryButton->setVisible(canRetry);
    setCurrentWidget(m_errorPage);
}

void StateStack::showEmpty(const QString& message)
{
    m_state = State::Empty;
    m_emptyLabel->setText(message);
    setCurrentWidget(m_emptyPage);
}

QString StateStack::message() const
{
    switch (m_state) {
    case State::Loading:
        return m_loadingLabel->text();
    case State::Error:
        return m_errorLabel->text();
    case State::Empty:
        return m_emptyLabel->text();
    case State::Content:
        break;
    }
    return {};
}

} // namespace lading::ui
