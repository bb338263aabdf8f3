#include "app/cli/diffprinter.h"

#include "app/cli/progressprinter.h"
#include "core/oci/mediatypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lading::cli {

using namespace lading::inspect;

namespace {

// A JSON value on one line, cut short: change lines must stay readable.
QString compact(const QJsonValue& value)
{
    constexpr qsizetype kMax = 120;
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else {
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        text = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    if (text.size() > kMax)
        text = text.left(kMax - 1) + QChar(0x2026);
    return text;
}

QString mark(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("+");
    case ChangeKind::Removed:
        return QStringLiteral("-");
    case ChangeKind::Changed:
        return QStringLiteral("~");
    }
    return {};
}

QString mark(Presence presence)
{
    switch (presence) {
    case Presence::Both:
        return QStringLiteral("=");
    case Presence::OnlyLeft:
        return QStringLiteral("-");
    case Presence::OnlyRight:
        return QStringLiteral("+");
    }
    return {};
}

QString mode(quint32 mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

} // namespace

QStringList DiffPrinter::lines(const ArtifactComparison& comparison)
{
    QStringList out;
    print(comparison, QString(), true, out);
    return out;
}

void DiffPrinter::print(const ArtifactComparison& c, const QString& indent, bool header, QStringList& out)
{
    const QString item = indent + QStringLiteral("  ");
    const auto counts = [](const DiffCounts& n) {
        QStringList parts;
        if (n.added)
            parts.append(tr("%1 added").arg(n.added));
        if (n.removed)
            parts.append(tr("%1 removed").arg(n.removed));
        if (n.changed)
            parts.append(tr("%1 changed").arg(n.changed));
        return parts.isEmpty() ? tr("no differences") : parts.join(QStringLiteral(", "));
    };
    const auto presence = [](const PresenceCounts& n) {
        return tr("%1 on both sides, %2 only left, %3 only right")
            .arg(n.both)
            .arg(n.onlyLeft)
            .arg(n.onlyRight);
    };
    const auto notCompared = [](const SectionState& state) {
        return tr("not compared (%1)").arg(state.reason);
    };

    if (header) {
        out.append(QStringLiteral("--- %1  %2  (%3)")
                       .arg(c.leftName, c.left.digest.toString(), c.leftClass.label()));
        out.append(QStringLiteral("+++ %1  %2  (%3)")
                       .arg(c.rightName, c.right.digest.toString(), c.rightClass.label()));
        if (!c.hasDifferences())
            out.append(indent + tr("Identical"));
    }

    const auto jsonSection = [&](const QString& title, const JsonDiffResult& diff) {
        out.append(indent + QStringLiteral("%1: %2").arg(title, counts(diff.counts)));
        for (const JsonChange& change : diff.changes) {
            QString line = item + mark(change.kind) + QLatin1Char(' ') + change.path + QStringLiteral(": ");
            if (change.kind == ChangeKind::Changed)
                line += compact(change.left) + QStringLiteral(" → ") + compact(change.right);
            else
                line += compact(change.kind == ChangeKind::Added ? change.right : change.left);
            out.append(line);
        }
    };
    // An index has no config, layers, files or SBOM of its own: its platforms have them.
    const bool index =
        oci::MediaType::isIndex(c.left.mediaType) || oci::MediaType::isIndex(c.right.mediaType);
    jsonSection(tr("Manifest"), c.manifest);
    if (c.configState.compared)
        jsonSection(tr("Config"), c.config);
    else if (!index)
        out.append(indent + tr("Config: %1").arg(notCompared(c.configState)));

    out.append(indent + tr("Annotations: %1").arg(counts(c.annotationCounts)));
    for (const AnnotationChange& a : c.annotations) {
        QString line = item + mark(a.kind) + QLatin1Char(' ') + a.key + QStringLiteral(": ");
        line += a.kind == ChangeKind::Changed ? a.left + QStringLiteral(" → ") + a.right
                : a.kind == ChangeKind::Added ? a.right
                                              : a.left;
        out.append(line);
    }

    if (!index) {
        out.append(indent + tr("Layers: %1").arg(presence(c.layerCounts)));
        for (const LayerPair& l : c.layers) {
            const oci::Descriptor& d = l.descriptor();
            QString positions;
            if (l.presence == Presence::Both)
                positions = l.leftPosition == l.rightPosition
                                ? tr("position %1").arg(l.leftPosition)
                                : tr("position %1 → %2").arg(l.leftPosition).arg(l.rightPosition);
            else
                positions = tr("position %1")
                                .arg(l.presence == Presence::OnlyLeft ? l.leftPosition : l.rightPosition);
            out.append(item + QStringLiteral("%1 %2  %3  %4  %5")
                                  .arg(mark(l.presence), d.digest.toString(),
                                       ProgressPrinter::formatBytes(double(d.size)), d.mediaType, positions));
        }

        if (!c.files.state.compared) {
            out.append(indent + tr("Files: %1").arg(notCompared(c.files.state)));
        } else {
            QString title = tr("Files: %1").arg(counts(c.files.counts));
            if (c.files.sharedPrefixLayers > 0 && !c.files.prefixListed && !c.sameDigest())
                title += QLatin1Char(' ') +
                         tr("(%1 shared lower layers not read)").arg(c.files.sharedPrefixLayers);
            out.append(indent + title);
            for (const FileChange& f : c.files.changes) {
                const LayerEntry& e = f.entry();
                QString line = item + mark(f.kind) + QLatin1Char(' ') + f.path;
                if (f.kind != ChangeKind::Changed) {
                    line += QStringLiteral("  ") + e.modeString();
                    if (e.type == LayerEntry::Type::File)
                        line += QStringLiteral("  ") + ProgressPrinter::formatBytes(double(e.size));
                    if (e.contentDigest)
                        line += QStringLiteral("  ") + e.contentDigest->shortForm();
                } else {
                    QStringList what;
                    if (f.aspects & FileChange::Type)
                        what.append(tr("type %1 → %2").arg(f.left->modeString(), f.right->modeString()));
                    if (f.aspects & FileChange::Size)
                        what.append(tr("size %1 → %2")
                                        .arg(ProgressPrinter::formatBytes(double(f.left->size)),
                                             ProgressPrinter::formatBytes(double(f.right->size))));
                    if (f.aspects & FileChange::Mode)
                        what.append(tr("mode %1 → %2").arg(mode(f.left->mode), mode(f.right->mode)));
                    if (f.aspects & FileChange::Owner)
                        what.append(tr("owner %1:%2 → %3:%4")
                                        .arg(f.left->uid)
                                        .arg(f.left->gid)
                                        .arg(f.right->uid)
                                        .arg(f.right->gid));
                    if (f.aspects & FileChange::LinkTarget)
                        what.append(tr("link %1 → %2").arg(f.left->linkTarget, f.right->linkTarget));
                    if (f.aspects & FileChange::Content)
                        what.append(tr("content"));
                    line += QStringLiteral("  ") + what.join(QStringLiteral(", "));
                }
                out.append(line);
            }
        }

        if (!c.sbom.state.compared) {
            out.append(indent + tr("SBOM packages: %1").arg(notCompared(c.sbom.state)));
        } else {
            QString title = tr("SBOM packages: %1").arg(counts(c.sbom.counts));
            if (!c.sbom.leftSource.isEmpty())
                title +=
                    QLatin1Char(' ') + tr("(left: %1; right: %2)").arg(c.sbom.leftSource, c.sbom.rightSource);
            out.append(indent + title);
            for (const PackageChange& p : c.sbom.changes) {
                QString line = item + mark(p.kind) + QLatin1Char(' ') + p.key + QStringLiteral("  ");
                line += p.kind == ChangeKind::Changed ? p.leftVersion + QStringLiteral(" → ") + p.rightVersion
                        : p.kind == ChangeKind::Added ? p.rightVersion
                                                      : p.leftVersion;
                out.append(line);
            }
        }
    }

    const ReferrersDiff& r = c.referrers;
    if (!r.state.compared) {
        out.append(indent + tr("Referrers: %1").arg(notCompared(r.state)));
    } else {
        QString title = tr("Referrers: %1").arg(presence(r.counts));
        if (r.differentDigests > 0)
            title += QLatin1Char(' ') +
                     tr("(%1 of a kind on both sides with different digests)").arg(r.differentDigests);
        out.append(indent + title);
        if (r.leftVerification.checked || r.rightVerification.checked) {
            const auto badge = [](const SideVerification& v) {
                return v.checked ? SignatureVerifier::badgeLabel(v.badge) : tr("no signatures");
            };
            out.append(item + tr("signatures: left %1, right %2")
                                  .arg(badge(r.leftVerification), badge(r.rightVerification)));
        }
        for (const ReferrerPair& p : r.pairs) {
            QStringList digests;
            if (p.left)
                digests.append(p.left->descriptor.digest.toString());
            if (p.right && !p.sameDigest)
                digests.append(p.right->descriptor.digest.toString());
            QString line = item + QStringLiteral("%1 %2  %3")
                                      .arg(mark(p.presence), p.artifactClass.label(),
                                           digests.join(QStringLiteral(" / ")));
            if (p.leftBadge || p.rightBadge) {
                const auto badge = [](const std::optional<TrustBadge>& b) {
                    return b ? SignatureVerifier::badgeLabel(*b) : QStringLiteral("-");
                };
                line += QStringLiteral("  (%1)").arg(p.presence == Presence::Both
                                                         ? badge(p.leftBadge) + QStringLiteral(" / ") +
                                                               badge(p.rightBadge)
                                                     : p.left ? badge(p.leftBadge)
                                                              : badge(p.rightBadge));
            }
            out.append(line);
        }
    }

    if (!c.platforms.isEmpty()) {
        out.append(indent + tr("Platforms: %1").arg(presence(c.platformCounts)));
        for (const PlatformPair& p : c.platforms) {
            const QString name =
                p.attestation ? tr("attestation of %1").arg(p.key.section(QLatin1Char(':'), 1)) : p.key;
            const oci::Descriptor& d = p.presence == Presence::OnlyRight ? p.right : p.left;
            if (p.presence != Presence::Both) {
                out.append(item +
                           QStringLiteral("%1 %2  %3").arg(mark(p.presence), name, d.digest.toString()));
                continue;
            }
            const bool differs = !p.diff || p.diff->hasDifferences();
            out.append(item + QStringLiteral("%1 %2  %3")
                                  .arg(differs ? QStringLiteral("~") : QStringLiteral("="), name,
                                       p.left.digest == p.right.digest
                                           ? p.left.digest.toString()
                                           : p.left.digest.toString() + QStringLiteral(" → ") +
                                                 p.right.digest.toString()));
            if (p.diff && differs)
                print(*p.diff, item + QStringLiteral("  "), false, out);
        }
    }
}

} // namespace lading::cli
