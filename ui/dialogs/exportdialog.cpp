#include "ui/dialogs/exportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lading::ui {

ExportDialog::ExportDialog(const store::Location& source, QWidget* parent)
    : QDialog(parent)
    , m_source(source)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Export %1 as an OCI image layout.").arg(source.toString()), this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto* kindRow = new QHBoxLayout;
    m_folder = new QRadioButton(tr("Folder"), this);
    m_folder->setObjectName(QStringLiteral("exportFolderButton"));
    m_archive = new QRadioButton(tr("Tar archive"), this);
    m_archive->setObjectName(QStringLiteral("exportArchiveButton"));
    m_folder->setChecked(true);
    kindRow->addWidget(m_folder);
    kindRow->addWidget(m_archive);
    kindRow->addStretch();
    form->addRow(tr("Format:"), kindRow);

    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("Destination:"), pathRow);

    m_tag = new QLineEdit(source.tagName().isEmpty() ? QStringLiteral("latest") : source.tagName(), this);
    m_tag->setObjectName(QStringLiteral("exportTagEdit"));
    form->addRow(tr("Tag in the layout:"), m_tag);
    layout->addLayout(form);

    m_referrers = new QCheckBox(tr("Include referrers (signatures, SBOMs, attestations)"), this);
    m_referrers->setObjectName(QStringLiteral("exportReferrersBox"));
    layout->addWidget(m_referrers);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("exportProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::choosePath);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::validate);
    connect(m_tag, &QLineEdit::textChanged, this, &ExportDialog::validate);
    connect(m_folder, &QRadioButton::toggled, this, &ExportDialog::validate);
    validate();
}

ExportDialog::~ExportDialog() = default;

store::Location ExportDialog::destination() const
{
    store::Location destination;
    destination.kind =
        m_archive->isChecked() ? store::Location::Kind::Archive : store::Location::Kind::Layout;
    destination.path = QDir::cleanPath(QFileInfo(m_path->text().trimmed()).absoluteFilePath());
    destination.tag = m_tag->text().trimmed();
    return destination;
}

bool ExportDialog::includeReferrers() const
{
    return m_referrers->isChecked();
}

QString ExportDialog::problem() const
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return tr("Choose where to write the layout.");
    const QFileInfo info(path);
    if (m_archive->isChecked() && info.isDir())
        return tr("%1 is a folder; choose a file name for the tar.").arg(path);
    if (!m_archive->isChecked() && info.exists() && !info.isDir())
        return tr("%1 is a file; choose a folder for the layout.").arg(path);
    if (!oci::Reference::isValidTag(m_tag->text().trimmed()))
        return tr("\"%1\" is not a valid tag.").arg(m_tag->text().trimmed());
    return {};
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void ExportDialog::setArchive(bool archive)
{
    (archive ? m_archive : m_folder)->setChecked(true);
}

void ExportDialog::setIncludeReferrers(bool include)
{
    m_referrers->setChecked(include);
}

void ExportDialog::validate()
{
    const QString why = problem();
    m_problem->setText(m_path->text().trimmed().isEmpty() ? QString() : why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void ExportDialog::choosePath()
{
    const QString chosen =
        m_archive->isChecked()
            ? QFileDialog::getSaveFileName(this, tr("Export to Tar"), m_path->text(),
                                           tr("OCI layout tar (*.tar)"))
            : QFileDialog::getExistingDirectory(this, tr("Export to Folder"), m_path->text());
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

} // namespace lading::ui
