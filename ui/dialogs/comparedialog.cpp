#include "ui/dialogs/comparedialog.h"

#include "ui/views/mainwindow.h"

#include <QAction>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QStyle>
#include <QVBoxLayout>

namespace lading::ui {

namespace {

// A location that names a manifest, or why the text does not.
Result<store::Location> parseSide(const QString& text, const QString& side)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::make(Error::Kind::InvalidInput, CompareDialog::tr("Name the %1 side.").arg(side));
    auto location = store::Location::parse(trimmed);
    if (!location)
        return Error::make(Error::Kind::InvalidInput,
                           CompareDialog::tr("The %1 side: %2").arg(side, location.error().message));
    if (location->manifestReference().isEmpty())
        return Error::make(
            Error::Kind::InvalidInput,
            CompareDialog::tr("The %1 side names no tag or digest: add :TAG or @sha256:….").arg(side));
    return location;
}

} // namespace

CompareDialog::CompareDialog(const QString& left, const QString& right, QWidget* parent)
    : QDialog(parent)
    , m_left(new QLineEdit(left, this))
    , m_right(new QLineEdit(right, this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_suggestionModel(new QStringListModel(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Compare two artifacts: tags of one repository, a registry against a layout, a "
                      "mirror against its source."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_left->setObjectName(QStringLiteral("compareLeftEdit"));
    m_right->setObjectName(QStringLiteral("compareRightEdit"));
    for (QLineEdit* edit : {m_left, m_right}) {
        edit->setPlaceholderText(tr("registry/repository:tag, oci:PATH:tag, oci-archive:FILE.tar:tag"));
        edit->setClearButtonEnabled(true);
        edit->setMinimumWidth(520);
    }
    form->addRow(tr("&Left:"), m_left);
    form->addRow(tr("&Right:"), m_right);
    layout->addLayout(form);
    m_message->setObjectName(QStringLiteral("compareDialogMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    layout->addWidget(m_buttons);
    attachSuggestions(m_left);
    attachSuggestions(m_right);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CompareDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_left, &QLineEdit::textChanged, this, [this] { validate(); });
    connect(m_right, &QLineEdit::textChanged, this, [this] { validate(); });

    // The other side usually differs in its tag: put the cursor there.
    m_right->setFocus();
    const qsizetype tagStart = right.lastIndexOf(QLatin1Char(':'));
    if (tagStart > right.lastIndexOf(QLatin1Char('/')) && !right.contains(QLatin1Char('@')))
        m_right->setSelection(int(tagStart + 1), int(right.size() - tagStart - 1));
    validate();
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::setLeftEditable(bool editable)
{
    m_left->setReadOnly(!editable);
    m_left->setClearButtonEnabled(editable);
    updateSuggestionActions();
}

void CompareDialog::attachSuggestions(QLineEdit* edit)
{
    auto* completer = new QCompleter(m_suggestionModel, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    edit->setCompleter(completer);
    // A button in the field lists every recent location, whatever is typed.
    QAction* recent =
        edit->addAction(style()->standardIcon(QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    recent->setObjectName(edit->objectName() + QStringLiteral("Recent"));
    recent->setToolTip(tr("Recently visited"));
    recent->setVisible(false);
    connect(recent, &QAction::triggered, edit, [completer] {
        completer->setCompletionPrefix(QString());
        completer->complete();
    });
}

void CompareDialog::updateSuggestionActions()
{
    for (QLineEdit* edit : {m_left, m_right}) {
        if (auto* recent = edit->findChild<QAction*>(edit->objectName() + QStringLiteral("Recent")))
            recent->setVisible(!m_suggestions.isEmpty() && !edit->isReadOnly());
    }
}

void CompareDialog::setSuggestions(const QStringList& locations)
{
    m_suggestions = locations;
    m_suggestions.removeDuplicates();
    m_suggestionModel->setStringList(m_suggestions);
    updateSuggestionActions();
}

QString CompareDialog::problem() const
{
    auto left = parseSide(m_left->text(), tr("left"));
    if (!left)
        return left.error().message;
    auto right = parseSide(m_right->text(), tr("right"));
    if (!right)
        return right.error().message;
    return {};
}

store::Location CompareDialog::leftLocation() const
{
    auto left = parseSide(m_left->text(), tr("left"));
    return left ? left.value() : store::Location();
}

store::Location CompareDialog::rightLocation() const
{
    auto right = parseSide(m_right->text(), tr("right"));
    return right ? right.value() : store::Location();
}

void CompareDialog::validate()
{
    const QString why = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    if (!why.isEmpty())
        m_message->setText(why);
    else if (leftLocation().toString() == rightLocation().toString())
        m_message->setText(tr("Both sides are the same location: only their referrers can differ."));
    else
        m_message->clear();
}

void CompareDialog::accept()
{
    if (!problem().isEmpty())
        return;
    emit compareRequested(leftLocation(), rightLocation());
    QDialog::accept();
}

QStringList CompareDialog::recentLocations(QWidget* window)
{
    QStringList recent;
    const auto* main = qobject_cast<const MainWindow*>(window);
    if (!main)
        return recent;
    const QStringList& entries = main->history().entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        auto location = store::Location::parse(*it, true);
        if (location && !location->manifestReference().isEmpty() && !recent.contains(*it))
            recent.append(*it);
    }
    return recent;
}

} // namespace lading::ui
