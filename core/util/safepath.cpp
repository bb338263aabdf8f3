#include "core/util/safepath.h"

#include "core/util/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

LADING_TR_CONTEXT(SafePath);

namespace lading::util {

namespace {

// A name as it can be shown in a message: control characters would garble the line.
QString printable(const QString& name)
{
    QString shown;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

Error unsafe(const QString& name, const QString& why)
{
    return Error::make(Error::Kind::Unsafe, tr("Refused the name \"%1\": %2").arg(printable(name), why));
}

bool isDriveLike(const QString& name)
{
    return name.size() >= 2 && name.at(1) == QLatin1Char(':') &&
           ((name.at(0) >= QLatin1Char('a') && name.at(0) <= QLatin1Char('z')) ||
            (name.at(0) >= QLatin1Char('A') && name.at(0) <= QLatin1Char('Z')));
}
} // namespace

bool SafePath::isWithin(const QString& root, const QString& path)
{
    const QString r = QDir::cleanPath(root);
    const QString p = QDir::cleanPath(path);
    if (p == r)
        return true;
    const QString prefix = r.endsWith(QLatin1Char('/')) ? r : r + QLatin1Char('/');
    return p.startsWith(prefix);
}

Result<QString> SafePath::resolveInside(const QString& root, const QString& relative)
{
    if (relative.isEmpty())
        return Error::make(Error::Kind::Unsafe, tr("Refused an empty file name"));
    if (relative.contains(QChar(0)))
        return unsafe(relative, tr("it contains a NUL character"));
    if (relative.startsWith(QLatin1Char('/')))
        return unsafe(relative, tr("absolute paths are not allowed, only names inside the target folder"));
    // Backslashes are separators on Windows: a name with one could mean a different path there.
    if (relative.contains(QLatin1Char('\\')))
        return unsafe(relative, tr("backslashes are not allowed in names"));
    if (isDriveLike(relative))
        return unsafe(relative, tr("drive letters are not allowed, only names inside the target folder"));

    QStringList parts;
    for (const QString& part : relative.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (parts.isEmpty())
                return unsafe(relative, tr("it leads outside the target folder"));
            parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    if (parts.isEmpty())
        return unsafe(relative, tr("it does not name anything inside the target folder"));

    const QString rootPath = QDir::cleanPath(QDir(root).absolutePath());
    const QString canonicalRoot = QFileInfo(rootPath).canonicalFilePath();
    const auto inside = [&](const QString& target) {
        return isWithin(rootPath, target) || (!canonicalRoot.isEmpty() && isWithin(canonicalRoot, target));
    };

    // A symlink already on disk (left by an earlier entry or planted in the folder) could carry a write
    // outside; follow every existing component and refuse if any leads out.
    QString current = rootPath;
    for (const QString& part : std::as_const(parts)) {
        current += QLatin1Char('/') + part;
        const QFileInfo info(current);
        if (info.isSymLink()) {
            QString target = info.canonicalFilePath();
            if (target.isEmpty()) // dangling: judge where it would lead
                target = QDir::cleanPath(info.symLinkTarget());
            if (!inside(target))
                return unsafe(relative, tr("\"%1\" is a symbolic link that leads outside the target folder")
                                            .arg(printable(part)));
        } else if (!info.exists()) {
            break; // nothing below a missing component can exist
        }
    }
    return QDir::cleanPath(rootPath + QLatin1Char('/') + parts.join(QLatin1Char('/')));
}

} // namespace lading::util
