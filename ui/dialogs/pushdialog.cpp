#include "ui/dialogs/pushdialog.h"

#include "core/oci/artifactclassifier.h"
#include "core/oci/mediatypes.h"
#include "ui/appcontext.h"
#include "ui/transfers/pushjob.h"
#include "ui/transfers/transfermanager.h"
#include "ui/util/async.h"
#include "ui/widgets/annotationeditor.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace lading::ui {

namespace {

enum LayerColumn
{
    FileColumn,
    MediaTypeColumn,
    LayerColumnCount
};

// "host/repository", "oci:PATH" or "oci-archive:FILE": the destination without its tag or digest.
QString destinationText(const store::Location& location)
{
    switch (location.kind) {
    case store::Location::Kind::Registry:
        if (location.reference.registry().isEmpty())
            return {};
        if (location.reference.repository().isEmpty())
            return location.reference.registry() + QLatin1Char('/');
        return location.reference.repositoryName();
    case store::Location::Kind::Layout:
        return location.path.isEmpty() ? QString() : QStringLiteral("oci:") + location.path;
    case store::Location::Kind::Archive:
        return location.path.isEmpty() ? QString() : QStringLiteral("oci-archive:") + location.path;
    }
    return {};
}

QString shortSubject(const store::Location& subject)
{
    return subject.toString();
}

// What the packer would use for a path when nobody says otherwise (ArtifactPacker's defaults).
QString defaultLayerType(const QString& path)
{
    return QFileInfo(path).isDir() ? QString(oci::MediaType::OciLayerTarGzip)
                                   : QString(oci::MediaType::OciLayerTar);
}

bool isValidMediaType(const QString& type)
{
    // type "/" subtype, no spaces: enough to catch a slip of the keyboard before the registry does.
    const qsizetype slash = type.indexOf(QLatin1Char('/'));
    return slash > 0 && slash < type.size() - 1 && !type.contains(QLatin1Char(' '));
}

} // namespace

PushDialog::PushDialog(AppContext& context, const PushProposal& proposal, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_proposal(proposal)
{
    setObjectName(QStringLiteral("pushDialog"));
    setWindowTitle(tr("Push Files"));
    build();

    // The layer table starts with the packer's defaults; detection (off the GUI thread) refines them.
    const QStringList paths = m_proposal.paths;
    runAsync(
        this, [paths] { return transfer::ArtifactDetector::detect(paths); },
        [this](const Result<transfer::DetectedArtifact>& result) { detectionFinished(result); });

    if (!m_proposal.subject.manifestReference().isEmpty()) {
        m_resolvingSubject = true;
        AppContext* ctx = &m_context;
        const store::Location subject = m_proposal.subject;
        runAsync(
            this,
            [ctx, subject]() -> Result<oci::Descriptor> {
                auto store = ctx->store(subject);
                if (!store)
                    return store.error();
                return store.value()->resolve(subject.manifestReference());
            },
            [this](const Result<oci::Descriptor>& result) { subjectResolved(result); });
    }
    updateState();
}

PushDialog::~PushDialog() = default;

void PushDialog::build()
{
    auto* layout = new QVBoxLayout(this);

    auto* files = new QLabel(this);
    files->setObjectName(QStringLiteral("pushFiles"));
    files->setWordWrap(true);
    files->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList names;
    for (const QString& path : std::as_const(m_proposal.paths))
        names.append(QDir::toNativeSeparators(path));
    files->setText(
        tr("Push %n item(s): %1", nullptr, int(names.size())).arg(names.join(QStringLiteral(", "))));
    layout->addWidget(files);

    auto* form = new QFormLayout;
    m_destinationEdit = new QLineEdit(destinationText(m_proposal.destination), this);
    m_destinationEdit->setObjectName(QStringLiteral("destinationEdit"));
    m_destinationEdit->setPlaceholderText(tr("registry/repository or oci:PATH"));
    form->addRow(tr("&Repository:"), m_destinationEdit);
    m_tagEdit = new QLineEdit(m_proposal.destination.tagName(), this);
    m_tagEdit->setObjectName(QStringLiteral("tagEdit"));
    m_tagEdit->setPlaceholderText(QStringLiteral("latest"));
    form->addRow(tr("&Tag:"), m_tagEdit);

    m_attachCheck = new QCheckBox(this);
    m_attachCheck->setObjectName(QStringLiteral("attachCheck"));
    const bool hasSubject = !m_proposal.subject.manifestReference().isEmpty();
    if (hasSubject) {
        m_attachCheck->setText(tr("Attach to %1").arg(shortSubject(m_proposal.subject)));
        m_attachCheck->setToolTip(tr("Push as a referrer of the selected manifest (its subject), without a "
                                     "tag, into the manifest's repository."));
        m_attachCheck->setChecked(m_proposal.attach);
    } else {
        m_attachCheck->setText(tr("Attach to the selected manifest"));
        m_attachCheck->setEnabled(false);
        m_attachCheck->setToolTip(tr("Select a manifest in the window to attach files to it."));
    }
    form->addRow(QString(), m_attachCheck);

    m_kindLabel = new QLabel(tr("Detecting…"), this);
    m_kindLabel->setObjectName(QStringLiteral("detectedKind"));
    m_kindLabel->setWordWrap(true);
    m_kindLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Kind:"), m_kindLabel);
    m_artifactTypeEdit = new QLineEdit(this);
    m_artifactTypeEdit->setObjectName(QStringLiteral("artifactTypeEdit"));
    m_artifactTypeEdit->setPlaceholderText(tr("none"));
    form->addRow(tr("&Artifact type:"), m_artifactTypeEdit);
    m_configMediaTypeEdit = new QLineEdit(this);
    m_configMediaTypeEdit->setObjectName(QStringLiteral("configMediaTypeEdit"));
    m_configMediaTypeEdit->setPlaceholderText(QString(oci::MediaType::Empty));
    form->addRow(tr("&Config media type:"), m_configMediaTypeEdit);
    layout->addLayout(form);

    auto* layersBox = new QGroupBox(tr("Files"), this);
    auto* layersLayout = new QVBoxLayout(layersBox);
    m_layerTable = new QTableWidget(int(m_proposal.paths.size()), LayerColumnCount, layersBox);
    m_layerTable->setObjectName(QStringLiteral("layerTable"));
    m_layerTable->setHorizontalHeaderLabels({tr("File"), tr("Media type")});
    m_layerTable->horizontalHeader()->setStretchLastSection(true);
    m_layerTable->setColumnWidth(FileColumn, 220);
    m_layerTable->verticalHeader()->hide();
    for (int row = 0; row < m_proposal.paths.size(); ++row) {
        const QString& path = m_proposal.paths.at(row);
        QFileInfo info(path);
        auto* file =
            new QTableWidgetItem(info.isDir() ? info.fileName() + QLatin1Char('/') : info.fileName());
        file->setFlags(file->flags() & ~Qt::ItemIsEditable);
        file->setToolTip(QDir::toNativeSeparators(path));
        m_layerTable->setItem(row, FileColumn, file);
        m_layerTable->setItem(row, MediaTypeColumn, new QTableWidgetItem(defaultLayerType(path)));
    }
    layersLayout->addWidget(m_layerTable);
    layout->addWidget(layersBox, 1);

    auto* annotationsBox = new QGroupBox(tr("Annotations"), this);
    auto* annotationsLayout = new QVBoxLayout(annotationsBox);
    m_annotations = new AnnotationEditor(annotationsBox);
    annotationsLayout->addWidget(m_annotations);
    layout->addWidget(annotationsBox, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pushMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Push"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PushDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_attachCheck, &QCheckBox::toggled, this, [this](bool attach) {
        m_buttons->button(QDialogButtonBox::Ok)->setText(attach ? tr("&Attach") : tr("&Push"));
        updateState();
    });
    for (QLineEdit* edit : {m_destinationEdit, m_tagEdit, m_artifactTypeEdit, m_configMediaTypeEdit})
        connect(edit, &QLineEdit::textChanged, this, [this] { m_message->clear(); });
    resize(720, 640);
}

void PushDialog::detectionFinished(const Result<transfer::DetectedArtifact>& result)
{
    m_detecting = false;
    oci::Annotations annotations;
    if (result) {
        m_detected = result.value();
        const oci::ArtifactClass artifactClass{m_detected.kind, {}};
        m_kindLabel->setText(m_detected.summary.isEmpty() ? artifactClass.label() : m_detected.summary);
        m_artifactTypeEdit->setText(m_detected.artifactType);
        m_configMediaTypeEdit->setText(m_detected.configMediaType);
        for (int row = 0; row < m_proposal.paths.size(); ++row) {
            const QString type = m_detected.layerMediaTypes.value(m_proposal.paths.at(row));
            if (!type.isEmpty())
                m_layerTable->item(row, MediaTypeColumn)->setText(type);
        }
        // The chart version decides a Helm chart's tag (as helm push does); other kinds keep the drop's.
        if (!m_detected.suggestedTag.isEmpty())
            m_tagEdit->setText(m_detected.suggestedTag);
        annotations = m_detected.annotations;
    } else {
        m_kindLabel->setText(tr("Not recognised (%1); pushed as plain files.").arg(result.error().message));
    }
    if (m_tagEdit->text().isEmpty())
        m_tagEdit->setText(QStringLiteral("latest"));
    if (!annotations.contains(QString(oci::Annotation::Created)))
        annotations.insert(QString(oci::Annotation::Created),
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!annotations.contains(QString(oci::Annotation::Title)) && !m_proposal.paths.isEmpty()) {
        QStringList names;
        for (const QString& path : std::as_const(m_proposal.paths))
            names.append(QFileInfo(path).fileName());
        annotations.insert(QString(oci::Annotation::Title), names.join(QStringLiteral(", ")));
    }
    m_annotations->setAnnotations(annotations);
    updateState();
    if (isReady())
        emit ready();
}

void PushDialog::subjectResolved(const Result<oci::Descriptor>& result)
{
    m_resolvingSubject = false;
    if (result)
        m_subjectDescriptor = result.value();
    else
        m_subjectError = result.error().message;
    updateState();
    if (isReady())
        emit ready();
}

bool PushDialog::isReady() const
{
    return !m_detecting && !m_resolvingSubject;
}

bool PushDialog::isAttaching() const
{
    return m_attachCheck->isEnabled() && m_attachCheck->isChecked();
}

void PushDialog::updateState()
{
    const bool attach = isAttaching();
    // A referrer lives beside its subject and has no tag of its own.
    m_destinationEdit->setEnabled(!attach);
    m_tagEdit->setEnabled(!attach);
    if (attach) {
        store::Location repository = m_proposal.subject;
        m_destinationEdit->setText(destinationText(repository));
    }
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(isReady() && !(attach && !m_subjectDescriptor));
    if (m_detecting)
        m_message->setText(tr("Looking at the files…"));
    else if (attach && m_resolvingSubject)
        m_message->setText(tr("Looking up the selected manifest…"));
    else if (attach && !m_subjectDescriptor)
        m_message->setText(tr("Cannot attach: %1").arg(m_subjectError));
    else if (m_message->text() == tr("Looking at the files…") ||
             m_message->text() == tr("Looking up the selected manifest…"))
        m_message->clear();
}

QString PushDialog::layerMediaType(int row) const
{
    const QTableWidgetItem* item = m_layerTable->item(row, MediaTypeColumn);
    return item ? item->text().trimmed() : QString();
}

Result<store::Location> PushDialog::destination() const
{
    QString text = m_destinationEdit->text().trimmed();
    if (text.isEmpty())
        return Error::make(
            Error::Kind::InvalidInput,
            tr("Type where to push: a repository such as localhost:5000/team/app, or oci:PATH."));
    if (isAttaching()) {
        // The subject's own repository or layout, without tag: the push is found through the subject.
        store::Location location = m_proposal.subject;
        if (location.isRegistry())
            location.reference = location.reference.withoutTag().withDigest({});
        else {
            location.tag.clear();
            location.digest = {};
        }
        auto reparsed = store::Location::parse(destinationText(location), true);
        if (!reparsed)
            return reparsed.error();
        return reparsed.value();
    }
    const QString tag = m_tagEdit->text().trimmed();
    if (tag.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("Give the push a tag, such as latest or 1.0."));
    if (!oci::Reference::isValidTag(tag))
        return Error::make(
            Error::Kind::InvalidInput,
            tr("“%1” is not a tag: use up to 128 letters, digits, '_', '.' and '-', not starting "
               "with '.' or '-'.")
                .arg(tag));
    if (text.endsWith(QLatin1Char('/')))
        return Error::make(Error::Kind::InvalidInput,
                           tr("Add the repository's name to “%1”, such as %1team/app.").arg(text));
    auto location = store::Location::parse(text + QLatin1Char(':') + tag, false);
    if (!location)
        return location.error();
    if (location->isRegistry() && location->reference.repository().isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           tr("Add the repository's name to “%1”, such as %1/team/app.").arg(text));
    if (location->tagName() != tag)
        return Error::make(Error::Kind::InvalidInput,
                           tr("“%1” already names a tag or digest: type the repository alone.").arg(text));
    return location;
}

QString PushDialog::validationError() const
{
    if (!isReady())
        return tr("Wait until the files are looked at.");
    if (auto location = destination(); !location)
        return location.error().message;
    if (isAttaching() && !m_subjectDescriptor)
        return tr("Cannot attach: %1").arg(m_subjectError);
    const QString artifactType = m_artifactTypeEdit->text().trimmed();
    if (!artifactType.isEmpty() && !isValidMediaType(artifactType))
        return tr("“%1” is not a media type for the artifact type (type/subtype, like "
                  "application/spdx+json).")
            .arg(artifactType);
    const QString configType = m_configMediaTypeEdit->text().trimmed();
    if (!configType.isEmpty() && !isValidMediaType(configType))
        return tr("“%1” is not a media type for the config.").arg(configType);
    for (int row = 0; row < m_layerTable->rowCount(); ++row) {
        const QString type = layerMediaType(row);
        if (!isValidMediaType(type))
            return tr("Give %1 a media type (type/subtype).")
                .arg(m_layerTable->item(row, FileColumn)->text());
    }
    if (isAttaching() && artifactType.isEmpty() && configType.isEmpty())
        return tr("A referrer needs an artifact type, such as application/spdx+json, so tools can find it.");
    return m_annotations->validationError();
}

Result<transfer::PackRequest> PushDialog::request(const QString& workDir) const
{
    if (const QString error = validationError(); !error.isEmpty())
        return Error::make(Error::Kind::InvalidInput, error);
    transfer::PackRequest request;
    request.paths = m_proposal.paths;
    request.artifactType = m_artifactTypeEdit->text().trimmed();
    request.manifestAnnotations = m_annotations->annotations();
    request.workDir = workDir;
    for (int row = 0; row < m_proposal.paths.size(); ++row)
        request.layerMediaTypes.insert(m_proposal.paths.at(row), layerMediaType(row));
    const QString configType = m_configMediaTypeEdit->text().trimmed();
    // A config of its own only when there is one to say (Helm's chart metadata) or a type other than the
    // empty one; otherwise the packer's 2-byte empty config.
    if (!m_detected.configBytes.isEmpty() || (!configType.isEmpty() && configType != oci::MediaType::Empty)) {
        const QString path = QDir(workDir).filePath(QStringLiteral("config.json"));
        QSaveFile file(path);
        const QByteArray bytes =
            m_detected.configBytes.isEmpty() ? QByteArrayLiteral("{}") : m_detected.configBytes;
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error::make(Error::Kind::Io,
                               tr("Cannot write the config to %1: %2").arg(path, file.errorString()));
        request.configPath = path;
        request.configMediaType = configType;
    }
    if (isAttaching())
        request.subject = m_subjectDescriptor;
    return request;
}

void PushDialog::accept()
{
    if (const QString error = validationError(); !error.isEmpty()) {
        m_message->setText(error);
        return;
    }
    QDialog::accept();
}

PushDialog* PushDialog::startPush(AppContext& context, const PushProposal& proposal, QWidget* parent,
                                  PushedCallback onPushed)
{
    auto* dialog = new PushDialog(context, proposal, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    AppContext* ctx = &context;
    connect(dialog, &QDialog::accepted, dialog, [ctx, dialog, onPushed = std::move(onPushed)] {
        // The generated config and folder archives live until the job is gone (a resume needs them again).
        QTemporaryDir work(QDir::temp().filePath(QStringLiteral("lading-push-XXXXXX")));
        work.setAutoRemove(false);
        auto request = dialog->request(work.path());
        auto target = dialog->destination();
        if (!request || !target) {
            QDir(work.path()).removeRecursively();
            return;
        }
        auto* job = new PushJob(*ctx, request.value(), target.value());
        const QString workPath = work.path();
        connect(job, &QObject::destroyed, QCoreApplication::instance(),
                [workPath] { QDir(workPath).removeRecursively(); });
        connect(job, &TransferJob::finished, job, [job, onPushed, workPath](bool ok) {
            if (!ok)
                return;
            QDir(workPath).removeRecursively();
            if (!onPushed)
                return;
            auto pushed = store::Location::parse(job->resultLocation(), true);
            onPushed(job->target(), pushed ? pushed.value() : job->target());
        });
        ctx->transfers().enqueue(job);
    });
    dialog->show();
    return dialog;
}

QFileDialog* PushDialog::chooseFilesAndPush(AppContext& context, const PushProposal& proposal,
                                            QWidget* parent)
{
    auto* files = new QFileDialog(parent, proposal.attach ? tr("Attach Files") : tr("Push Files"));
    files->setObjectName(QStringLiteral("pushFileChooser"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setFileMode(QFileDialog::ExistingFiles);
    QPointer<QWidget> owner(parent);
    AppContext* ctx = &context;
    connect(files, &QFileDialog::filesSelected, files, [ctx, proposal, owner](const QStringList& paths) {
        if (paths.isEmpty())
            return;
        PushProposal chosen = proposal;
        chosen.paths = paths;
        startPush(*ctx, chosen, owner);
    });
    files->open();
    return files;
}

} // namespace lading::ui
