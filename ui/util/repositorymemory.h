#pragma once

#include <QString>
#include <QStringList>

namespace lading::ui {

// Repository names the user typed for a registry without a catalog (Docker Hub, GitHub's registry), kept
// per registry host in QSettings so they are offered again next time. Most recent first, at most
// kMaxPerRegistry per host. Thread-safe; cheap (QSettings keeps its values in memory), so the GUI thread
// may call it.
class RepositoryMemory final
{
public:
    static constexpr int kMaxPerRegistry = 100;

    // Names typed for `host` ("docker.io", "localhost:5000"), most recent first.
    static QStringList typedRepositories(const QString& host);
    // Puts `name` first in the host's list; names that are not valid repository names are ignored.
    static void rememberRepository(const QString& host, const QString& name);
    static void forgetRepository(const QString& host, const QString& name);
    // Every host's list is dropped (tests, "forget everything").
    static void clear();
};

} // namespace lading::ui
