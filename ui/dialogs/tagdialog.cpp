#include "ui/dialogs/tagdialog.h"

#include "core/transfer/storeopener.h"
#include "ui/appcontext.h"
#include "ui/util/async.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace lading::ui {

TagDialog::TagDialog(AppContext& context, const store::Location& location, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_location(location)
{
    setObjectName(QStringLiteral("tagDialog"));
    setWindowTitle(tr("Add Tag"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("New tags for %1:").arg(location.toString()), this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("for example: 1.2.0 stable"));
    layout->addWidget(m_tags);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("tagProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Tags"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TagDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TagDialog::reject);
    connect(m_tags, &QLineEdit::textChanged, this, &TagDialog::validate);
    validate();
}

TagDialog::~TagDialog() = default;

QStringList TagDialog::tags() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QStringList result = m_tags->text().split(separators, Qt::SkipEmptyParts);
    result.removeDuplicates();
    return result;
}

QString TagDialog::problem() const
{
    const QStringList list = tags();
    if (list.isEmpty())
        return tr("Type at least one tag.");
    for (const QString& tag : list) {
        if (!oci::Reference::isValidTag(tag))
            return tr("\"%1\" is not a valid tag: use up to 128 letters, digits, '_', '.' and '-', not "
                      "starting with '.' or '-'.")
                .arg(tag);
    }
    return {};
}

QString TagDialog::errorMessage() const
{
    return m_problem->property("error").toString();
}

void TagDialog::validate()
{
    const QString why = problem();
    // An empty field is not an error yet: say nothing until something was typed.
    m_problem->setText(m_tags->text().trimmed().isEmpty() ? QString() : why);
    m_problem->setProperty("error", QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty() && !m_busy);
}

void TagDialog::accept()
{
    if (m_busy || !problem().isEmpty())
        return;
    m_busy = true;
    m_tags->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_problem->setText(tr("Adding tags…"));
    const QStringList newTags = tags();
    AppContext* context = &m_context;
    const store::Location location = m_location;
    runAsync(
        this,
        [context, location, newTags]() -> Status {
            auto store = context->store(location);
            if (!store)
                return store.error();
            auto descriptor = store.value()->resolve(location.manifestReference());
            if (!descriptor)
                return descriptor.error();
            for (const QString& tag : newTags) {
                if (auto tagged = store.value()->tag(descriptor.value(), tag); !tagged.ok())
                    return tagged.error();
            }
            // A layout tar is written back in one piece.
            return transfer::StoreOpener::save(*store.value());
        },
        [this, newTags](const Status& status) {
            m_busy = false;
            m_tags->setEnabled(true);
            if (!status.ok()) {
                const QString message = tr("The tags could not be added: %1").arg(status.error().message);
                m_problem->setText(message);
                m_problem->setProperty("error", message);
                m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
                emit failed(message);
                return;
            }
            emit tagged(m_location, newTags);
            QDialog::accept();
        });
}

} // namespace lading::ui
