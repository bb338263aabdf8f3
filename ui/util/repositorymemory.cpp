#include "ui/util/repositorymemory.h"

#include "core/oci/reference.h"

#include <QMutex>
#include <QSettings>
#include <QVariantMap>

namespace lading::ui {

namespace {

// One value holding a map by host: host names carry ':' and IPv6 brackets, which make poor QSettings keys.
const QString kKey = QStringLiteral("sources/typedRepositories");

QMutex& memoryMutex()
{
    static QMutex mutex;
    return mutex;
}

QString hostKey(const QString& host)
{
    auto parsed = oci::Reference::parseRegistry(host);
    return parsed ? parsed.value() : host.trimmed().toLower();
}

} // namespace

QStringList RepositoryMemory::typedRepositories(const QString& host)
{
    QMutexLocker lock(&memoryMutex());
    return QSettings().value(kKey).toMap().value(hostKey(host)).toStringList();
}

void RepositoryMemory::rememberRepository(const QString& host, const QString& name)
{
    const QString repository = name.trimmed();
    if (!oci::Reference::isValidRepository(repository))
        return;
    QMutexLocker lock(&memoryMutex());
    QSettings settings;
    QVariantMap all = settings.value(kKey).toMap();
    const QString key = hostKey(host);
    QStringList names = all.value(key).toStringList();
    names.removeAll(repository);
    names.prepend(repository);
    while (names.size() > kMaxPerRegistry)
        names.removeLast();
    all.insert(key, names);
    settings.setValue(kKey, all);
}

void RepositoryMemory::forgetRepository(const QString& host, const QString& name)
{
    QMutexLocker lock(&memoryMutex());
    QSettings settings;
    QVariantMap all = settings.value(kKey).toMap();
    const QString key = hostKey(host);
    QStringList names = all.value(key).toStringList();
    if (names.removeAll(name.trimmed()) == 0)
        return;
    if (names.isEmpty())
        all.remove(key);
    else
        all.insert(key, names);
    settings.setValue(kKey, all);
}

void RepositoryMemory::clear()
{
    QMutexLocker lock(&memoryMutex());
    QSettings().remove(kKey);
}

} // namespace lading::ui
