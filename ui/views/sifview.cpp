#include "ui/views/sifview.h"

#include "ui/util/dateformat.h"
#include "ui/widgets/contentssplitter.h"
#include "ui/widgets/fieldform.h"
#include "ui/widgets/readonlytable.h"

#include <QDateTime>
#include <QLocale>

namespace lading::ui {

SifView::SifView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sifView"));
    auto* splitter = new ContentsSplitter(this);
    m_header = new FieldForm(this);
    m_header->setObjectName(QStringLiteral("sifHeader"));
    splitter->addScrolled(m_header);
    m_descriptors = new ReadOnlyTable(
        {tr("ID"), tr("Type"), tr("Name"), tr("Size"), tr("Details"), tr("Group"), tr("Link"), tr("Offset")},
        QStringLiteral("sifDescriptors"), splitter);
    for (int column : {0, 3, 5, 6, 7})
        m_descriptors->setNumericColumn(column);
    splitter->addWidget(m_descriptors);
    splitter->setShares(2, 3);
}

SifView::~SifView() = default;

QString SifView::timeText(qint64 unixSeconds)
{
    if (unixSeconds <= 0)
        return tr("not set");
    return DateFormat::text(QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC));
}

void SifView::setImage(const inspect::SifImage& image)
{
    const QLocale locale;
    m_header->setFields({
        {tr("Launch script"), image.launchScript.trimmed()},
        {tr("SIF version"), image.version},
        {tr("Architecture"), tr("%1 (code %2)").arg(image.architecture, image.architectureCode)},
        {tr("ID"), image.uuid},
        {tr("Created"), timeText(image.created)},
        {tr("Modified"), timeText(image.modified)},
        {tr("Data objects"), tr("%1 used, %2 free of %3")
                                 .arg(image.descriptors.size())
                                 .arg(image.descriptorsFree)
                                 .arg(image.descriptorsTotal)},
        {tr("Descriptor table"), tr("%1 at offset %2")
                                     .arg(locale.formattedDataSize(image.descriptorsSize))
                                     .arg(image.descriptorsOffset)},
        {tr("Data section"),
         tr("%1 at offset %2").arg(locale.formattedDataSize(image.dataSize)).arg(image.dataOffset)},
        {tr("File size"), locale.formattedDataSize(image.fileSize)},
    });
    QList<QStringList> rows;
    for (const auto& d : image.descriptors) {
        QString link;
        if (d.linkedId != 0)
            link = d.linkedToGroup ? tr("group %1").arg(d.linkedId) : QString::number(d.linkedId);
        rows.append({QString::number(d.id), d.typeName, d.name, locale.formattedDataSize(d.size), d.details(),
                     d.groupId != 0 ? QString::number(d.groupId) : QString(), link,
                     QString::number(d.offset)});
    }
    m_descriptors->setRows(rows);
}

} // namespace lading::ui
