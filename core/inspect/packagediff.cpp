#include "core/inspect/packagediff.h"

#include <QMap>

#include <algorithm>

namespace lading::inspect {

namespace {

// "1.10.0" after "1.9.2": runs of digits compare as numbers, the rest as text. Only decides the order in
// which leftover versions of one package are paired, so it need not know every ecosystem's rules.
bool versionLess(const QString& a, const QString& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ie = i;
            while (ie < a.size() && a.at(ie).isDigit())
                ++ie;
            qsizetype je = j;
            while (je < b.size() && b.at(je).isDigit())
                ++je;
            // Compare without leading zeros: by length, then digit by digit.
            QStringView x = QStringView(a).mid(i, ie - i);
            QStringView y = QStringView(b).mid(j, je - j);
            while (x.size() > 1 && x.front() == QLatin1Char('0'))
                x = x.mid(1);
            while (y.size() > 1 && y.front() == QLatin1Char('0'))
                y = y.mid(1);
            if (x.size() != y.size())
                return x.size() < y.size();
            if (const int c = x.compare(y); c != 0)
                return c < 0;
            i = ie;
            j = je;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j);
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b; // equal under the rule ("01" and "1"): any fixed order
}

struct Side
{
    QList<const SbomPackage*> packages;
};

} // namespace

QString PackageDiff::purlKey(const QString& purl)
{
    QString key = purl.trimmed();
    if (const qsizetype hash = key.indexOf(QLatin1Char('#')); hash >= 0)
        key.truncate(hash);
    if (const qsizetype query = key.indexOf(QLatin1Char('?')); query >= 0)
        key.truncate(query);
    // The version is the '@' in the last segment; an '@' before it is an npm scope written unencoded.
    const qsizetype slash = key.lastIndexOf(QLatin1Char('/'));
    if (const qsizetype at = key.indexOf(QLatin1Char('@'), slash + 1); at >= 0)
        key.truncate(at);
    // "pkg:" and the type are case-insensitive.
    const qsizetype typeEnd = key.indexOf(QLatin1Char('/'));
    if (typeEnd > 0)
        key = key.left(typeEnd).toLower() + key.mid(typeEnd);
    return key;
}

QString PackageDiff::keyOf(const SbomPackage& package)
{
    if (!package.purl.isEmpty())
        return purlKey(package.purl);
    if (!package.type.isEmpty())
        return package.type + QLatin1Char('/') + package.name;
    return package.name;
}

PackageDiffResult PackageDiff::compare(const QList<SbomPackage>& left, const QList<SbomPackage>& right)
{
    QMap<QString, std::pair<Side, Side>> byKey; // sorted by key: the order of the result
    for (const SbomPackage& p : left)
        byKey[keyOf(p)].first.packages.append(&p);
    for (const SbomPackage& p : right)
        byKey[keyOf(p)].second.packages.append(&p);

    PackageDiffResult result;
    // Newest first: the newest left version pairs with the newest right one (an upgrade), older leftovers
    // are removed or added.
    const auto byVersion = [](const SbomPackage* a, const SbomPackage* b) {
        return versionLess(b->version, a->version);
    };
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        QList<const SbomPackage*> l = it->first.packages;
        QList<const SbomPackage*> r = it->second.packages;
        std::stable_sort(l.begin(), l.end(), byVersion);
        std::stable_sort(r.begin(), r.end(), byVersion);
        // Versions on both sides cancel out, one for one.
        QList<const SbomPackage*> onlyLeft;
        for (const SbomPackage* p : std::as_const(l)) {
            const auto same = std::find_if(r.begin(), r.end(),
                                           [&](const SbomPackage* q) { return q->version == p->version; });
            if (same != r.end())
                r.erase(same);
            else
                onlyLeft.append(p);
        }
        const qsizetype paired = std::min(onlyLeft.size(), r.size());
        for (qsizetype i = 0; i < std::max(onlyLeft.size(), r.size()); ++i) {
            const SbomPackage* a = i < onlyLeft.size() ? onlyLeft.at(i) : nullptr;
            const SbomPackage* b = i < r.size() ? r.at(i) : nullptr;
            PackageChange change;
            change.kind = i < paired ? ChangeKind::Changed : a ? ChangeKind::Removed : ChangeKind::Added;
            change.key = it.key();
            const SbomPackage* named = b ? b : a;
            change.name = named->name;
            change.type = named->type;
            if (a) {
                change.leftVersion = a->version;
                change.leftPurl = a->purl;
            }
            if (b) {
                change.rightVersion = b->version;
                change.rightPurl = b->purl;
            }
            result.counts.add(change.kind);
            result.changes.append(change);
        }
    }
    return result;
}

} // namespace lading::inspect
