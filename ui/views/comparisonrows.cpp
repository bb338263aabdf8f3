#include "ui/views/comparisonrows.h"

#include "core/oci/mediatypes.h"
#include "ui/util/dateformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace lading::ui {

using namespace lading::inspect;
using Cell = DiffTableModel::Cell;

namespace {

QString dash()
{
    return QStringLiteral("—");
}

QString positionText(int position)
{
    // 1-based, as the Files tab names layers ("Layer 1" is the lowest).
    return position >= 0 ? QString::number(position + 1) : dash();
}

QString fullJson(const QJsonValue& value)
{
    constexpr qsizetype kMax = 4000;
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    else
        text = ComparisonRows::compactJson(value, kMax);
    if (text.size() > kMax)
        text = text.left(kMax - 1) + QChar(0x2026);
    return text.trimmed();
}

} // namespace

QString ComparisonRows::changeLabel(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return tr("Added");
    case ChangeKind::Removed:
        return tr("Removed");
    case ChangeKind::Changed:
        return tr("Changed");
    }
    return {};
}

QString ComparisonRows::presenceLabel(Presence presence)
{
    switch (presence) {
    case Presence::Both:
        return tr("On both sides");
    case Presence::OnlyLeft:
        return tr("Only left");
    case Presence::OnlyRight:
        return tr("Only right");
    }
    return {};
}

QString ComparisonRows::compactJson(const QJsonValue& value, qsizetype max)
{
    if (value.isUndefined())
        return {};
    QString text;
    if (value.isObject()) {
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    } else if (value.isArray()) {
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    } else {
        // A scalar as JSON spells it: strings quoted, numbers as written.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        text = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    if (text.size() > max)
        text = text.left(max - 1) + QChar(0x2026);
    return text;
}

QStringList ComparisonRows::jsonChangeHeaders()
{
    return {tr("Path"), tr("Change"), tr("Left"), tr("Right")};
}

QList<ComparisonRows::Row> ComparisonRows::jsonChanges(const JsonDiffResult& result)
{
    QList<Row> rows;
    rows.reserve(result.changes.size());
    for (int i = 0; i < result.changes.size(); ++i) {
        const JsonChange& c = result.changes.at(i);
        Row row;
        row.key = i;
        row.category = diffCategoryOf(c.kind);
        Cell path{c.path, {}, -1};
        if (!c.rightPath.isEmpty() && c.rightPath != c.path)
            path.toolTip = tr("Left: %1\nRight: %2").arg(c.path, c.rightPath);
        row.cells = {path,
                     {changeLabel(c.kind), {}, -1},
                     {compactJson(c.left), fullJson(c.left), -1},
                     {compactJson(c.right), fullJson(c.right), -1}};
        rows.append(std::move(row));
    }
    return rows;
}

QStringList ComparisonRows::annotationHeaders()
{
    return {tr("Key"), tr("Change"), tr("Left"), tr("Right")};
}

QList<ComparisonRows::Row> ComparisonRows::annotations(const QList<AnnotationChange>& changes)
{
    QList<Row> rows;
    rows.reserve(changes.size());
    for (int i = 0; i < changes.size(); ++i) {
        const AnnotationChange& c = changes.at(i);
        Row row;
        row.key = i;
        row.category = diffCategoryOf(c.kind);
        // Creation times in the window's one date format, the UTC form in the tooltip.
        const bool isTime = c.key == QString(oci::Annotation::Created);
        const auto value = [isTime](const QString& text) -> Cell {
            if (!isTime || text.isEmpty())
                return {text, {}, -1};
            return {DateFormat::text(text), DateFormat::utc(text), -1};
        };
        row.cells = {{c.key, {}, -1}, {changeLabel(c.kind), {}, -1}, value(c.left), value(c.right)};
        rows.append(std::move(row));
    }
    return rows;
}

QStringList ComparisonRows::layerHeaders()
{
    return {tr("Status"), tr("Left position"), tr("Right position"),
            tr("Size"),   tr("Media type"),    tr("Digest")};
}

QList<ComparisonRows::Row> ComparisonRows::layers(const QList<LayerPair>& layers)
{
    QList<Row> rows;
    rows.reserve(layers.size());
    const QLocale locale;
    for (int i = 0; i < layers.size(); ++i) {
        const LayerPair& pair = layers.at(i);
        const oci::Descriptor& d = pair.descriptor();
        Row row;
        row.key = i;
        row.category = diffCategoryOf(pair.presence);
        const QString status = pair.presence == Presence::Both ? tr("Shared") : presenceLabel(pair.presence);
        row.cells = {{status, {}, -1},
                     {positionText(pair.leftPosition), {}, -1},
                     {positionText(pair.rightPosition), {}, -1},
                     {locale.formattedDataSize(qMax<qint64>(0, d.size)),
                      tr("%1 bytes").arg(locale.toString(d.size)), -1},
                     {d.mediaType, {}, -1},
                     {d.digest.toString(), {}, -1}};
        rows.append(std::move(row));
    }
    return rows;
}

QStringList ComparisonRows::packageHeaders()
{
    return {tr("Name"), tr("Type"), tr("Left version"), tr("Right version"), tr("Change")};
}

QList<ComparisonRows::Row> ComparisonRows::packages(const QList<PackageChange>& changes)
{
    QList<Row> rows;
    rows.reserve(changes.size());
    for (int i = 0; i < changes.size(); ++i) {
        const PackageChange& c = changes.at(i);
        Row row;
        row.key = i;
        row.category = diffCategoryOf(c.kind);
        QStringList purls;
        if (!c.leftPurl.isEmpty())
            purls.append(tr("Left: %1").arg(c.leftPurl));
        if (!c.rightPurl.isEmpty())
            purls.append(tr("Right: %1").arg(c.rightPurl));
        const QString change = c.kind == ChangeKind::Changed ? tr("Version changed") : changeLabel(c.kind);
        row.cells = {{c.name, purls.isEmpty() ? c.key : purls.join(QLatin1Char('\n')), -1},
                     {c.type, {}, -1},
                     {c.leftVersion, {}, -1},
                     {c.rightVersion, {}, -1},
                     {change, {}, -1}};
        rows.append(std::move(row));
    }
    return rows;
}

QStringList ComparisonRows::referrerHeaders()
{
    return {tr("Status"), tr("Kind"), tr("Artifact type"), tr("Left"), tr("Right")};
}

QList<ComparisonRows::Row> ComparisonRows::referrers(const ReferrersDiff& referrers)
{
    QList<Row> rows;
    rows.reserve(referrers.pairs.size());
    const auto side = [](const std::optional<store::Referrer>& referrer,
                         const std::optional<TrustBadge>& badge, const QString& status) -> Cell {
        if (!referrer)
            return {dash(), tr("Not on this side"), -1};
        Cell cell;
        const QString digest = referrer->descriptor.digest.shortForm();
        cell.text = badge ? tr("%1 · %2").arg(digest, SignatureVerifier::badgeLabel(*badge)) : digest;
        QStringList tip{referrer->descriptor.digest.toString()};
        if (!status.isEmpty())
            tip.append(status);
        cell.toolTip = tip.join(QLatin1Char('\n'));
        cell.badge = badge ? int(*badge) : -1;
        return cell;
    };
    for (int i = 0; i < referrers.pairs.size(); ++i) {
        const ReferrerPair& pair = referrers.pairs.at(i);
        Row row;
        row.key = i;
        QString status;
        if (pair.presence == Presence::Both) {
            row.category = pair.sameDigest ? DiffCategory::Same : DiffCategory::Changed;
            status = pair.sameDigest ? tr("Same on both sides") : tr("Both, different digests");
        } else {
            row.category = diffCategoryOf(pair.presence);
            status = presenceLabel(pair.presence);
        }
        row.cells = {{status, {}, -1},
                     {pair.artifactClass.label(), {}, -1},
                     {pair.artifactType, {}, -1},
                     side(pair.left, pair.leftBadge, pair.leftStatus),
                     side(pair.right, pair.rightBadge, pair.rightStatus)};
        rows.append(std::move(row));
    }
    return rows;
}

QString ComparisonRows::verificationNote(const ReferrersDiff& referrers)
{
    // The view always verifies: a side that was not checked has no signature to check.
    const auto one = [](const SideVerification& v) {
        if (!v.checked)
            return tr("%1 (no signature)").arg(SignatureVerifier::badgeLabel(TrustBadge::Unsigned));
        return tr("%1 (%n signature report(s))", nullptr, int(v.reports.size()))
            .arg(SignatureVerifier::badgeLabel(v.badge));
    };
    return tr("Left: %1. Right: %2.").arg(one(referrers.leftVerification), one(referrers.rightVerification));
}

QStringList ComparisonRows::platformHeaders()
{
    return {tr("Platform"), tr("Status"), tr("Left"), tr("Right")};
}

QList<ComparisonRows::Row> ComparisonRows::platforms(const QList<PlatformPair>& platforms)
{
    QList<Row> rows;
    rows.reserve(platforms.size());
    for (int i = 0; i < platforms.size(); ++i) {
        const PlatformPair& pair = platforms.at(i);
        Row row;
        row.key = i;
        QString status;
        if (pair.presence == Presence::Both) {
            const bool differs = !pair.diff || pair.diff->hasDifferences();
            row.category = differs ? DiffCategory::Changed : DiffCategory::Same;
            status = differs ? tr("Both, different") : tr("Both, identical");
        } else {
            row.category = diffCategoryOf(pair.presence);
            status = presenceLabel(pair.presence);
        }
        const auto digest = [](const oci::Descriptor& d) -> Cell {
            if (!d.isValid())
                return {dash(), {}, -1};
            return {d.digest.shortForm(), d.digest.toString(), -1};
        };
        row.cells = {{pair.key, {}, -1}, {status, {}, -1}, digest(pair.left), digest(pair.right)};
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace lading::ui
