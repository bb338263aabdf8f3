#include "ui/dialogs/addregistrydialog.h"

#include "core/oci/reference.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace lading::ui {

AddRegistryDialog::AddRegistryDialog(QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("Insecure: allow plain HTTP"), this))
    , m_insecureWarning(new QLabel(this))
    , m_caFile(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addRegistryDialog"));
    setWindowTitle(tr("Add Registry"));

    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("registry.example.com, localhost:5000, ghcr.io"));
    m_host->setClearButtonEnabled(true);

    m_insecure->setObjectName(QStringLiteral("insecureCheck"));
    m_insecureWarning->setObjectName(QStringLiteral("insecureWarning"));
    m_insecureWarning->setWordWrap(true);
    m_insecureWarning->setText(
        tr("Plain HTTP sends everything unencrypted, your credentials included, and anyone on "
           "the network can change what you download. Use it only for a registry on a "
           "network you trust. (Registries on this machine may use plain HTTP without it.)"));
    m_insecureWarning->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_insecureWarning->setVisible(false);

    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("Optional: a PEM file with your organisation's CA"));
    m_caFile->setClearButtonEnabled(true);
    auto* browse = new QToolButton(this);
    browse->setObjectName(QStringLiteral("caFileBrowse"));
    browse->setText(tr("Browse…"));
    browse->setToolTip(tr("Choose a CA certificate file"));
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    m_problem->setObjectName(QStringLiteral("hostProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28;"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(QString(), m_insecure);
    form->addRow(QString(), m_insecureWarning);
    form->addRow(tr("&CA file:"), caRow);

    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("A registry host, with its port if it is not the standard one. Lading asks it "
                      "anonymously first and shows what it supports."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (m_valid)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_host, &QLineEdit::textChanged, this, &AddRegistryDialog::validate);
    connect(m_caFile, &QLineEdit::textChanged, this, &AddRegistryDialog::validate);
    connect(m_insecure, &QCheckBox::toggled, m_insecureWarning, &QWidget::setVisible);
    connect(browse, &QToolButton::clicked, this, &AddRegistryDialog::chooseCaFile);
    validate();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

AddRegistryDialog::~AddRegistryDialog() = default;

QString AddRegistryDialog::host() const
{
    return m_valid ? m_normalisedHost : QString();
}
bool AddRegistryDialog::insecure() const
{
    return m_insecure->isChecked();
}
QString AddRegistryDialog::caFile() const
{
    return m_caFile->text().trimmed();
}
QString AddRegistryDialog::problem() const
{
    return m_valid ? QString() : m_problem->text();
}

void AddRegistryDialog::setHost(const QString& host, bool editable)
{
    m_host->setText(host);
    m_host->setReadOnly(!editable);
    setWindowTitle(editable ? tr("Add Registry") : tr("Registry Settings"));
    if (!editable)
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
}

void AddRegistryDialog::setInsecure(bool insecure)
{
    m_insecure->setChecked(insecure);
}
void AddRegistryDialog::setCaFile(const QString& path)
{
    m_caFile->setText(path);
}

void AddRegistryDialog::validate()
{
    const QString text = m_host->text().trimmed();
    QString problem;
    m_normalisedHost.clear();
    if (text.isEmpty()) {
        problem = tr("Type the registry's host name, for example localhost:5000.");
    } else {
        auto parsed = oci::Reference::parseRegistry(text);
        if (!parsed)
            problem = parsed.error().message;
        else
            m_normalisedHost = parsed.value();
    }
    const QString ca = caFile();
    // A stat of a file the user just typed or picked: cheap, and it catches a typo before any TLS error.
    if (problem.isEmpty() && !ca.isEmpty() && !QFileInfo(ca).isFile())
        problem = tr("The CA file %1 does not exist.").arg(ca);
    m_valid = problem.isEmpty();
    // An empty field is not an error yet: say nothing until there is something to judge.
    m_problem->setText(text.isEmpty() ? QString() : problem);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

void AddRegistryDialog::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("CA Certificate"), caFile(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

} // namespace lading::ui
