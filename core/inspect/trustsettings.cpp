#include "core/inspect/trustsettings.h"

#include "core/inspect/certificatechain.h"
#include "core/inspect/publickey.h"
#include "core/util/translations.h"

#include <QFile>
#include <QSettings>

LADING_TR_CONTEXT(TrustSettings);

namespace lading::inspect {

namespace {

const QString kPublicKeys = QStringLiteral("trust/publicKeys");
const QString kRoots = QStringLiteral("trust/rootCertificates");
constexpr qint64 kMaxPemFile = 1024 * 1024;

Result<QByteArray> readPemFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxPemFile)
        return Error::make(Error::Kind::InvalidInput, tr("%1 is too large for a PEM file.").arg(path));
    return file.readAll();
}

QList<QByteArray> fromStrings(const QStringList& list)
{
    QList<QByteArray> result;
    for (const QString& text : list)
        result.append(text.toUtf8());
    return result;
}

QStringList toStrings(const QList<QByteArray>& list)
{
    QStringList result;
    for (const QByteArray& pem : list)
        result.append(QString::fromUtf8(pem));
    return result;
}

Error withPath(const Error& error, const QString& path)
{
    return Error::make(error.kind, QStringLiteral("%1: %2").arg(path, error.message));
}

} // namespace

Status TrustPolicy::addPublicKeysPem(const QByteArray& pem)
{
    auto keys = PublicKey::listFromPem(pem);
    if (!keys)
        return keys.error();
    // Stored normalised (one block, OpenSSL's PEM) so duplicates are found whatever the file's layout was.
    for (const PublicKey& key : keys.value()) {
        const QByteArray normalised = key.pem();
        if (!publicKeysPem.contains(normalised))
            publicKeysPem.append(normalised);
    }
    return {};
}

Status TrustPolicy::addRootCertificatesPem(const QByteArray& pem)
{
    auto certificates = CertificateChain::derListFromPem(pem);
    if (!certificates)
        return certificates.error();
    for (const QByteArray& der : certificates.value()) {
        const QByteArray normalised = CertificateChain::pemFromDer(der);
        if (!rootCertificatesPem.contains(normalised))
            rootCertificatesPem.append(normalised);
    }
    return {};
}

Status TrustPolicy::addPublicKeyFile(const QString& path)
{
    auto pem = readPemFile(path);
    if (!pem)
        return pem.error();
    auto added = addPublicKeysPem(pem.value());
    if (!added)
        return withPath(added.error(), path);
    return {};
}

Status TrustPolicy::addRootCertificateFile(const QString& path)
{
    auto pem = readPemFile(path);
    if (!pem)
        return pem.error();
    auto added = addRootCertificatesPem(pem.value());
    if (!added)
        return withPath(added.error(), path);
    return {};
}

TrustPolicy TrustSettings::load()
{
    QSettings settings;
    TrustPolicy policy;
    policy.publicKeysPem = fromStrings(settings.value(kPublicKeys).toStringList());
    policy.rootCertificatesPem = fromStrings(settings.value(kRoots).toStringList());
    return policy;
}

void TrustSettings::save(const TrustPolicy& policy)
{
    QSettings settings;
    settings.setValue(kPublicKeys, toStrings(policy.publicKeysPem));
    settings.setValue(kRoots, toStrings(policy.rootCertificatesPem));
}

Status TrustSettings::addPublicKeyFile(const QString& path)
{
    TrustPolicy policy = load();
    LADING_TRY(policy.addPublicKeyFile(path));
    save(policy);
    return {};
}

Status TrustSettings::addRootFile(const QString& path)
{
    TrustPolicy policy = load();
    LADING_TRY(policy.addRootCertificateFile(path));
    save(policy);
    return {};
}

} // namespace lading::inspect
