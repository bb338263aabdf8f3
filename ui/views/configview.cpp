#include "ui/views/configview.h"

#include "core/inspect/imagesummary.h"
#include "ui/util/commandbuilder.h"
#include "ui/util/dateformat.h"
#include "ui/widgets/contentssplitter.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTabWidget>

namespace lading::ui {

namespace {

QTableWidget* makeTable(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

QTableWidgetItem* item(const QString& text)
{
    auto* it = new QTableWidgetItem(text);
    it->setToolTip(text);
    return it;
}

} // namespace

ConfigView::ConfigView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("configView"));
    auto* splitter = new ContentsSplitter(this);
    auto* formHost = new QWidget(this);
    m_form = new QFormLayout(formHost);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_platform = addField(tr("Platform"), QStringLiteral("configPlatform"));
    m_created = addField(tr("Created"), QStringLiteral("configCreated"));
    m_author = addField(tr("Author"), QStringLiteral("configAuthor"));
    m_entrypoint = addField(tr("Entrypoint"), QStringLiteral("configEntrypoint"));
    m_cmd = addField(tr("Command"), QStringLiteral("configCmd"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_entrypoint->setFont(fixed);
    m_cmd->setFont(fixed);
    m_user = addField(tr("User"), QStringLiteral("configUser"));
    m_workingDir = addField(tr("Working directory"), QStringLiteral("configWorkingDir"));
    m_ports = addField(tr("Exposed ports"), QStringLiteral("configPorts"));
    m_volumes = addField(tr("Volumes"), QStringLiteral("configVolumes"));
    m_stopSignal = addField(tr("Stop signal"), QStringLiteral("configStopSignal"));
    splitter->addScrolled(formHost);

    m_tabs = splitter->addTabs(QStringLiteral("configTabs"));
    m_env = makeTable({tr("Variable"), tr("Value")}, QStringLiteral("configEnv"), m_tabs);
    m_labels = makeTable({tr("Label"), tr("Value")}, QStringLiteral("configLabels"), m_tabs);
    m_history = makeTable({tr("Created"), tr("Step"), tr("Layer"), tr("Comment")},
                          QStringLiteral("configHistory"), m_tabs);
    m_tabs->addTab(m_env, tr("Environment"));
    m_tabs->addTab(m_labels, tr("Labels"));
    m_tabs->addTab(m_history, tr("History"));
    splitter->setShares(2, 3);
}

ConfigView::~ConfigView() = default;

QLabel* ConfigView::addField(const QString& label, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    return value;
}

void ConfigView::setConfig(const oci::ImageConfig& config, const QList<oci::Descriptor>& layers)
{
    const QString none = tr("(none)");
    const auto orNone = [&](const QString& text) { return text.isEmpty() ? none : text; };
    m_platform->setText(orNone(config.platform.isEmpty() ? QString() : config.platform.toString()));
    m_created->setText(orNone(DateFormat::text(config.created)));
    m_created->setToolTip(DateFormat::utc(config.created));
    m_author->setText(orNone(config.author));
    m_entrypoint->setText(orNone(CommandBuilder::shellJoin(config.entrypoint)));
    m_cmd->setText(orNone(CommandBuilder::shellJoin(config.cmd)));
    m_user->setText(config.user.isEmpty() ? tr("(image default, usually root)") : config.user);
    m_workingDir->setText(config.workingDir.isEmpty() ? tr("/ (default)") : config.workingDir);
    m_ports->setText(orNone(config.exposedPorts.join(QLatin1String(", "))));
    m_volumes->setText(orNone(config.volumes.join(QLatin1String(", "))));
    m_stopSignal->setText(config.stopSignal.isEmpty() ? tr("SIGTERM (default)") : config.stopSignal);

    m_env->setRowCount(int(config.env.size()));
    for (int row = 0; row < config.env.size(); ++row) {
        const auto [key, value] = oci::ImageConfig::splitEnv(config.env.at(row));
        m_env->setItem(row, 0, item(key));
        m_env->setItem(row, 1, item(value));
    }
    m_labels->setRowCount(int(config.labels.size()));
    int row = 0;
    for (auto it = config.labels.constBegin(); it != config.labels.constEnd(); ++it, ++row) {
        m_labels->setItem(row, 0, item(it.key()));
        m_labels->setItem(row, 1, item(it.value()));
    }
    // Each step with the command it ran and the layer it made (index, size, digest), so a big layer can be
    // traced to the Dockerfile line behind it.
    const QList<inspect::ImageHistoryRow> steps = inspect::ImageSummary::historyRows(config, layers);
    m_history->setRowCount(int(steps.size()));
    for (int i = 0; i < steps.size(); ++i) {
        const inspect::ImageHistoryRow& step = steps.at(i);
        QTableWidgetItem* created = item(DateFormat::text(step.created));
        created->setToolTip(DateFormat::utc(step.created));
        m_history->setItem(i, 0, created);
        QTableWidgetItem* command = item(step.command);
        command->setToolTip(step.createdBy);
        m_history->setItem(i, 1, command);
        QString layerText;
        QString layerTip;
        if (step.emptyLayer) {
            layerText = tr("no layer");
        } else if (step.layer) {
            layerText =
                tr("%1 · %2 · %3")
                    .arg(step.layerIndex + 1)
                    .arg(QLocale().formattedDataSize(step.layer->size), step.layer->digest.shortForm());
            layerTip = step.diffId.isEmpty()
                           ? step.layer->digest.toString()
                           : tr("%1\nuncompressed: %2").arg(step.layer->digest.toString(), step.diffId);
        }
        QTableWidgetItem* layerItem = item(layerText);
        if (!layerTip.isEmpty())
            layerItem->setToolTip(layerTip);
        m_history->setItem(i, 2, layerItem);
        m_history->setItem(i, 3, item(step.comment));
    }
    m_tabs->setTabText(0, tr("Environment (%1)").arg(config.env.size()));
    m_tabs->setTabText(1, tr("Labels (%1)").arg(config.labels.size()));
    m_tabs->setTabText(2, tr("History (%1)").arg(steps.size()));
    m_env->resizeColumnToContents(0);
    m_labels->resizeColumnToContents(0);
    m_history->resizeColumnToContents(0);
    // Not an empty list when another has rows (umoci's images have no environment, for one); a list the
    // user chose stays chosen while it has rows.
    const QList<QTableWidget*> tables{m_env, m_labels, m_history};
    if (tables.value(m_tabs->currentIndex()) && tables.at(m_tabs->currentIndex())->rowCount() == 0) {
        for (int i = 0; i < tables.size(); ++i) {
            if (tables.at(i)->rowCount() > 0) {
                m_tabs->setCurrentIndex(i);
                break;
            }
        }
    }
}

void ConfigView::clear()
{
    setConfig({}, {});
}

} // namespace lading::ui
