#pragma once

#include <QStackedWidget>

class QLabel;
class QPushButton;

namespace lading::ui {

class Spinner;

// Wraps a view so it can show, in the same place, a spinner while its data loads, an inline error with the
// registry's message and a Retry button, or an empty-state note. The rest of the window keeps working.
class StateStack final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateStack)

public:
    enum class State
    {
        Content,
        Loading,
        Error,
        Empty
    };

    explicit StateStack(QWidget* content, QWidget* parent = nullptr);

    void showContent();
    void showLoading(const QString& what = {});
    void showError(const QString& message, bool canRetry = true);
    void showEmpty(const QString& message);
    State state() const { return m_state; }
    QString message() const;
    QWidget* content() const { return m_content; }

signals:
    void retryRequested();

private:
    QWidget* m_content;
    QWidget* m_loadingPage;
    QLabel* m_loadingLabel;
    QWidget* m_errorPage;
    QLabel* m_errorLabel;
    QPushButton* m_retryButton;
    QWidget* m_emptyPage;
    QLabel* m_emptyLabel;
    State m_state = State::Content;
};

} // namespace lading::ui
