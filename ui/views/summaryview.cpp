#include "ui/views/summaryview.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace lading::ui {

namespace {

QLabel* valueLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString link(const QString& href, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

QString createdText(const QString& created)
{
    const QDateTime time = QDateTime::fromString(created, Qt::ISODateWithMs);
    if (!time.isValid())
        return created;
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

} // namespace

SummaryView::SummaryView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("summaryView"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* host = new QWidget(scroll);
    scroll->setWidget(host);
    auto* layout = new QVBoxLayout(host);

    auto* header = new QHBoxLayout;
    m_icon = new QLabel(host);
    m_icon->setObjectName(QStringLiteral("summaryIcon"));
    m_icon->setFixedSize(48, 48);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto* titles = new QVBoxLayout;
    m_kind = valueLabel(QStringLiteral("summaryKind"), host);
    QFont big = m_kind->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_kind->setFont(big);
    titles->addWidget(m_kind);
    m_reference = valueLabel(QStringLiteral("summaryReference"), host);
    titles->addWidget(m_reference);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);

    auto* digestRow = new QWidget(host);
    auto* digestLayout = new QHBoxLayout(digestRow);
    digestLayout->setContentsMargins(0, 0, 0, 0);
    m_digest = valueLabel(QStringLiteral("summaryDigest"), digestRow);
    m_digest->setWordWrap(false);
    m_digest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    digestLayout->addWidget(m_digest, 1);
    m_copyDigest = new QToolButton(digestRow);
    m_copyDigest->setObjectName(QStringLiteral("copyDigestButton"));
    m_copyDigest->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-copy"), style()->standardIcon(QStyle::SP_DialogSaveButton)));
    m_copyDigest->setText(tr("Copy"));
    m_copyDigest->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyDigest->setToolTip(tr("Copy the digest to the clipboard"));
    connect(m_copyDigest, &QToolButton::clicked, this, [this] {
        if (m_data.digest.isValid())
            QApplication::clipboard()->setText(m_data.digest.toString());
    });
    digestLayout->addWidget(m_copyDigest);
    m_form->addRow(tr("Digest"), digestRow);

    m_mediaType = addRow(tr("Media type"), QStringLiteral("summaryMediaType"));
    m_artifactType = addRow(tr("Artifact type"), QStringLiteral("summaryArtifactType"));
    m_size = addRow(tr("Total size"), QStringLiteral("summarySize"));
    m_created = addRow(tr("Created"), QStringLiteral("summaryCreated"));
    m_platforms = addRow(tr("Platforms"), QStringLiteral("summaryPlatforms"));
    m_platforms->setTextFormat(Qt::RichText);
    m_platforms->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_platforms, &QLabel::linkActivated, this, [this](const QString& href) {
        bool ok = false;
        const int i = href.toInt(&ok);
        if (ok && i >= 0 && i < m_data.platforms.size())
            emit descriptorActivated(m_data.platforms.at(i));
    });
    m_subject = addRow(tr("Refers to"), QStringLiteral("summarySubject"));
    m_subject->setTextFormat(Qt::RichText);
    m_subject->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_subject, &QLabel::linkActivated, this, [this] {
        if (m_data.subject)
            emit descriptorActivated(*m_data.subject);
    });
    m_referrers = addRow(tr("Signatures and SBOMs"), QStringLiteral("summaryReferrers"));
    m_referrers->setTextFormat(Qt::RichText);
    m_referrers->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_referrers, &QLabel::linkActivated, this, &SummaryView::referrersRequested);

    m_annotationsTitle = new QLabel(tr("Annotations"), host);
    QFont bold = m_annotationsTitle->font();
    bold.setBold(true);
    m_annotationsTitle->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(m_annotationsTitle);
    m_annotations = new QTableWidget(0, 2, host);
    m_annotations->setObjectName(QStringLiteral("summaryAnnotations"));
    m_annotations->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_annotations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_annotations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_annotations->setAlternatingRowColors(true);
    m_annotations->setWordWrap(false);
    m_annotations->verticalHeader()->hide();
    m_annotations->horizontalHeader()->setStretchLastSection(true);
    m_annotations->setMinimumHeight(120);
    layout->addWidget(m_annotations, 1);
    clear();
}

SummaryView::~SummaryView() = default;

QLabel* SummaryView::addRow(const QString& label, const QString& objectName, QWidget* field)
{
    auto* value = valueLabel(objectName, this);
    m_form->addRow(label, field ? field : value);
    return value;
}

void SummaryView::setRowVisible(QLabel* field, bool visible)
{
    m_form->setRowVisible(field, visible);
}

QString SummaryView::iconPath(const QString& iconName)
{
    const QString path = QStringLiteral(":/icons/kinds/%1.svg").arg(iconName);
    return QFile::exists(path) ? path : QStringLiteral(":/icons/kinds/unknown.svg");
}

QString SummaryView::sizeText(qint64 bytes)
{
    if (bytes < 0)
        return tr("unknown");
    if (bytes < 1024)
        return bytes == 1 ? tr("1 byte") : tr("%1 bytes").arg(bytes);
    return tr("%1 (%L2 bytes)").arg(QLocale().formattedDataSize(bytes)).arg(bytes);
}

QString SummaryView::referrersText(const ReferrerCounts& counts)
{
    QStringList parts;
    if (counts.signatures > 0)
        parts.append(counts.signatures == 1 ? tr("1 signature") : tr("%1 signatures").arg(counts.signatures));
    if (counts.sboms > 0)
        parts.append(counts.sboms == 1 ? tr("1 SBOM") : tr("%1 SBOMs").arg(counts.sboms));
    if (counts.attestations > 0)
        parts.append(counts.attestations == 1 ? tr("1 attestation")
                                              : tr("%1 attestations").arg(counts.attestations));
    if (counts.other > 0)
        parts.append(counts.other == 1 ? tr("1 other referrer") : tr("%1 other referrers").arg(counts.other));
    return parts.isEmpty() ? tr("none") : parts.join(QLatin1String(", "));
}

void SummaryView::clearKeyFields()
{
    for (QLabel* label : std::as_const(m_keyFieldLabels))
        m_form->removeRow(label);
    m_keyFieldLabels.clear();
}

void SummaryView::clear()
{
    m_data = {};
    m_icon->clear();
    m_icon->setProperty("iconName", QString());
    m_kind->clear();
    m_reference->clear();
    m_digest->clear();
    m_copyDigest->setEnabled(false);
    for (QLabel* label :
         {m_mediaType, m_artifactType, m_size, m_created, m_platforms, m_subject, m_referrers})
        label->clear();
    setRowVisible(m_artifactType, false);
    setRowVisible(m_created, false);
    setRowVisible(m_platforms, false);
    setRowVisible(m_subject, false);
    clearKeyFields();
    m_annotations->setRowCount(0);
}

void SummaryView::setData(const Data& data)
{
    clear();
    m_data = data;
    const QString iconName = data.artifact.iconName();
    m_icon->setPixmap(QIcon(iconPath(iconName)).pixmap(48, 48, QIcon::Normal));
    m_icon->setProperty("iconName", iconName);
    m_icon->setToolTip(data.artifact.label());
    m_kind->setText(data.artifact.label());
    m_reference->setText(data.reference);
    m_digest->setText(data.digest.toString());
    m_copyDigest->setEnabled(data.digest.isValid());
    m_mediaType->setText(data.mediaType);
    m_artifactType->setText(data.artifactType);
    setRowVisible(m_artifactType, !data.artifactType.isEmpty());
    m_size->setText(data.totalSizeComplete ? sizeText(data.totalSize)
                                           : tr("at least %1").arg(sizeText(data.totalSize)));
    m_created->setText(createdText(data.created));
    m_created->setToolTip(data.created);
    setRowVisible(m_created, !data.created.isEmpty());

    QStringList platformLinks;
    for (int i = 0; i < data.platforms.size(); ++i)
        platformLinks.append(link(QString::number(i), data.platforms.at(i).platform->toString()));
    QString platforms = platformLinks.join(QLatin1String(", "));
    if (data.attestationEntries > 0) {
        const QString note = data.attestationEntries == 1
                                 ? tr("1 attestation manifest not shown")
                                 : tr("%1 attestation manifests not shown").arg(data.attestationEntries);
        platforms += QStringLiteral(" <i>(%1)</i>").arg(note.toHtmlEscaped());
    }
    if (data.otherEntries > 0) {
        const QString note = data.otherEntries == 1
                                 ? tr("1 entry without platform")
                                 : tr("%1 entries without platform").arg(data.otherEntries);
        platforms += QStringLiteral(" <i>(%1)</i>").arg(note.toHtmlEscaped());
    }
    m_platforms->setText(platforms);
    setRowVisible(m_platforms,
                  !data.platforms.isEmpty() || data.attestationEntries > 0 || data.otherEntries > 0);

    if (data.subject) {
        m_subject->setText(link(QStringLiteral("subject"), data.subject->digest.toString()));
        m_subject->setToolTip(data.subject->mediaType);
    }
    setRowVisible(m_subject, data.subject.has_value());

    for (const oci::ConfigField& field : data.keyFields) {
        auto* value = valueLabel(QString(), this);
        value->setText(field.value);
        m_form->addRow(field.label, value);
        m_keyFieldLabels.append(value);
    }

    m_annotations->setRowCount(int(data.annotations.size()));
    int row = 0;
    for (auto it = data.annotations.constBegin(); it != data.annotations.constEnd(); ++it, ++row) {
        auto* key = new QTableWidgetItem(it.key());
        key->setToolTip(it.key());
        auto* value = new QTableWidgetItem(it.value());
        value->setToolTip(it.value());
        m_annotations->setItem(row, 0, key);
        m_annotations->setItem(row, 1, value);
    }
    m_annotations->resizeColumnToContents(0);
    m_annotationsTitle->setText(data.annotations.isEmpty()
                                    ? tr("Annotations: none")
                                    : tr("Annotations (%1)").arg(data.annotations.size()));
    m_annotations->setVisible(!data.annotations.isEmpty());
}

void SummaryView::setReferrersLoading()
{
    m_referrers->setText(tr("checking…"));
    m_referrers->setToolTip({});
}

void SummaryView::setReferrers(const ReferrerCounts& counts)
{
    const QString text = referrersText(counts);
    m_referrers->setText(counts.total() > 0 ? link(QStringLiteral("referrers"), text) : text.toHtmlEscaped());
    m_referrers->setToolTip(counts.total() > 0 ? tr("Show them in the Referrers tab") : QString());
}

void SummaryView::setReferrersError(const QString& message)
{
    m_referrers->setText(tr("could not check: %1").arg(message).toHtmlEscaped());
    m_referrers->setToolTip(message);
}

} // namespace lading::ui
