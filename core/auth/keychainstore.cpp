#include "core/auth/keychainstore.h"

#include "core/auth/dockerconfig.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <qt6keychain/keychain.h>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

LADING_TR_CONTEXT(KeychainStore);

namespace lading::auth {

namespace {

const QString kOrigin = QStringLiteral("OS keychain");

// What one keychain job came back with, shared between the keychain thread and the waiting caller so a
// caller that gave up does not leave the job writing into freed memory.
struct Pending
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    bool abandoned = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

// The one thread every QtKeychain job runs on (see the class comment in the header).
class KeychainThread final
{
public:
    static KeychainThread& instance()
    {
        // Leaked on purpose: a job the keychain never finished may still reference the thread at exit.
        static KeychainThread* thread = new KeychainThread;
        return *thread;
    }

    bool isCurrent() const { return QThread::currentThread() == m_thread; }
    bool isStopped() const { return m_stopped.load(); }
    bool isStalled() const { return m_stalled.load() > 0; }

    // Starts the job makeJob() creates on the keychain thread and waits for it up to timeout.
    std::shared_ptr<Pending> run(std::function<QKeychain::Job*()> makeJob, std::chrono::milliseconds timeout)
    {
        auto pending = std::make_shared<Pending>();
        QMetaObject::invokeMethod(
            m_context,
            [this, pending, makeJob = std::move(makeJob)] {
                QKeychain::Job* job = makeJob();
                job->setAutoDelete(true);
                QObject::connect(job, &QKeychain::Job::finished, m_context,
                                 [this, pending](QKeychain::Job* j) {
                                     std::lock_guard lock(pending->mutex);
                                     pending->error = j->error();
                                     pending->errorString = j->errorString();
                                     if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(j))
                                         pending->data = read->binaryData();
                                     pending->finished = true;
                                     if (pending->abandoned)
                                         m_stalled.fetch_sub(1);
                                     pending->done.notify_all();
                                 });
                job->start();
            },
            Qt::QueuedConnection);

        std::unique_lock lock(pending->mutex);
        if (!pending->done.wait_for(lock, timeout, [&pending] { return pending->finished; })) {
            pending->abandoned = true;
            m_stalled.fetch_add(1);
        }
        return pending;
    }

private:
    KeychainThread()
    {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("lading-keychain"));
        m_context = new QObject;
        m_context->moveToThread(m_thread);
        m_thread->start();
        // Stop the thread with the application rather than letting exit() tear it down mid-job.
        qAddPostRoutine(&KeychainThread::stop);
    }

    static void stop()
    {
        KeychainThread& self = instance();
        self.m_stopped.store(true);
        self.m_thread->quit();
        self.m_thread->wait(QDeadlineTimer(2000));
    }

    QThread* m_thread = nullptr;
    QObject* m_context = nullptr;
    std::atomic<int> m_stalled{0};
    std::atomic<bool> m_stopped{false};
};

Error unavailable(const QString& reason)
{
    return Error::make(Error::Kind::Unsupported,
                       tr("The OS keychain is not available (%1); install and start gnome-keyring or another "
                          "Secret Service with an unlocked login keyring, or use a Docker credential helper")
                           .arg(reason),
                       kOrigin);
}

// Whether a D-Bus address names a bus that may be reachable. Only "unix:path=" can be checked on disk;
// abstract sockets, TCP and autolaunch are given the benefit of the doubt.
bool addressMayWork(const QByteArray& addresses)
{
    for (const QByteArray& address : addresses.split(';')) {
        const qsizetype colon = address.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray transport = address.left(colon);
        if (transport != "unix")
            return true;
        bool hasPath = false;
        for (const QByteArray& pair : address.mid(colon + 1).split(',')) {
            if (pair.startsWith("path=")) {
                hasPath = true;
                const QString path = QFile::decodeName(QByteArray::fromPercentEncoding(pair.mid(5)));
                if (QFileInfo::exists(path))
                    return true;
            }
        }
        if (!hasPath)
            return true;
    }
    return false;
}

Error jobError(QKeychain::Error code, const QString& detail, const QString& registry)
{
    switch (code) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Error 7 is what a missing or unreachable Secret Service produces.
        return unavailable(detail.isEmpty() ? tr("no keychain service answered") : detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(
            Error::Kind::Denied,
            tr("The OS keychain refused access to the entry for %1 (%2); unlock the keychain and "
               "try again")
                .arg(registry, detail),
            kOrigin);
    case QKeychain::CouldNotDeleteEntry:
        return Error::make(Error::Kind::Io,
                           tr("The OS keychain could not delete the entry for %1 (%2); remove it with the "
                              "keychain's own tool")
                               .arg(registry, detail),
                           kOrigin);
    case QKeychain::EntryNotFound:
    case QKeychain::NoError:
        break;
    }
    return Error::make(Error::Kind::Io, tr("The OS keychain failed for %1: %2").arg(registry, detail),
                       kOrigin);
}

} // namespace

KeychainStore::KeychainStore(const QString& service, std::chrono::milliseconds timeout)
    : m_service(service)
    , m_timeout(timeout)
{}

Status KeychainStore::availability()
{
    const QByteArray off = qgetenv("LADING_NO_KEYCHAIN");
    if (!off.isEmpty() && off != "0")
        return unavailable(tr("turned off by LADING_NO_KEYCHAIN"));
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // The Secret Service and KWallet live on the session bus. Without one, QtKeychain may wait for an
    // autolaunch or a prompt that never comes; decide here instead.
    const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    if (address.isEmpty()) {
        // GLib and libdbus fall back to $XDG_RUNTIME_DIR/bus, which systemd user sessions provide.
        const QString runtimeDir = QFile::decodeName(qgetenv("XDG_RUNTIME_DIR"));
        if (runtimeDir.isEmpty() || !QFileInfo::exists(runtimeDir + QStringLiteral("/bus")))
            return unavailable(tr("no D-Bus session: DBUS_SESSION_BUS_ADDRESS is not set"));
    } else if (!addressMayWork(address)) {
        return unavailable(tr("no D-Bus session at %1").arg(QString::fromLocal8Bit(address)));
    }
#endif
    return {};
}

QByteArray KeychainStore::toJson(const Credential& credential)
{
    QJsonObject object;
    auto put = [&object](const char* key, const QString& value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    put("username", credential.username);
    put("secret", credential.secret);
    put("identitytoken", credential.identityToken);
    put("registrytoken", credential.registryToken);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<Credential> KeychainStore::fromJson(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return Error::make(Error::Kind::Protocol,
                           tr("The keychain entry is not a Lading credential; log in again to replace it"),
                           kOrigin);
    const QJsonObject object = doc.object();
    Credential credential;
    credential.username = object.value(QLatin1String("username")).toString();
    credential.secret = object.value(QLatin1String("secret")).toString();
    credential.identityToken = object.value(QLatin1String("identitytoken")).toString();
    credential.registryToken = object.value(QLatin1String("registrytoken")).toString();
    if (!credential.isEmpty())
        credential.source = kOrigin;
    return credential;
}

namespace {

// Runs one job and turns "no answer" into an error; on success the job finished and pending holds its
// outcome.
Result<std::shared_ptr<Pending>> runJob(std::function<QKeychain::Job*()> makeJob,
                                        std::chrono::milliseconds timeout)
{
    LADING_TRY(KeychainStore::availability());
    KeychainThread& thread = KeychainThread::instance();
    if (thread.isStalled())
        return Error::make(
            Error::Kind::Network,
            tr("The OS keychain has not answered an earlier request (is it waiting to be unlocked?); "
               "unlock it or restart Lading"),
            kOrigin);
    if (thread.isStopped())
        return unavailable(tr("the application is shutting down"));
    if (thread.isCurrent())
        return Error::make(Error::Kind::Unsupported, tr("The OS keychain cannot be used from its own thread"),
                           kOrigin);
    auto pending = thread.run(std::move(makeJob), timeout);
    std::lock_guard lock(pending->mutex);
    if (!pending->finished)
        return Error::make(Error::Kind::Network,
                           tr("The OS keychain did not answer within %1 seconds; unlock it and try again")
                               .arg(timeout.count() / 1000.0),
                           kOrigin);
    return pending;
}

} // namespace

Result<Credential> KeychainStore::read(const QString& registry) const
{
    const QString key = DockerConfig::normaliseHost(registry);
    const QString service = m_service;
    auto pending = runJob(
        [service, key] {
            auto* job = new QKeychain::ReadPasswordJob(service);
            job->setKey(key);
            return job;
        },
        m_timeout);
    if (!pending)
        return pending.error();
    const Pending& p = **pending;
    if (p.error == QKeychain::EntryNotFound)
        return Credential();
    if (p.error != QKeychain::NoError)
        return jobError(p.error, p.errorString, key);
    return fromJson(p.data);
}

Status KeychainStore::write(const QString& registry, const Credential& credential) const
{
    const QString key = DockerConfig::normaliseHost(registry);
    const QString service = m_service;
    const QByteArray json = toJson(credential);
    auto pending = runJob(
        [service, key, json] {
            auto* job = new QKeychain::WritePasswordJob(service);
            job->setKey(key);
            // Text, not binary: then "secret-tool lookup service lading user <host>" shows it readably.
            job->setTextData(QString::fromUtf8(json));
            return job;
        },
        m_timeout);
    if (!pending)
        return pending.error();
    const Pending& p = **pending;
    if (p.error != QKeychain::NoError)
        return jobError(p.error, p.errorString, key);
    return {};
}

Status KeychainStore::erase(const QString& registry) const
{
    const QString key = DockerConfig::normaliseHost(registry);
    const QString service = m_service;
    auto pending = runJob(
        [service, key] {
            auto* job = new QKeychain::DeletePasswordJob(service);
            job->setKey(key);
            return job;
        },
        m_timeout);
    if (!pending)
        return pending.error();
    const Pending& p = **pending;
    if (p.error != QKeychain::NoError && p.error != QKeychain::EntryNotFound)
        return jobError(p.error, p.errorString, key);
    return {};
}

} // namespace lading::auth
