#include "core/registry/remoterepository.h"

#include "core/oci/digester.h"
#include "core/oci/mediatypes.h"
#include "core/registry/fileslicedevice.h"
#include "core/registry/linkheader.h"
#include "core/registry/pagedlister.h"
#include "core/registry/registryerror.h"
#include "core/store/verifiedfilewriter.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

LADING_TR_CONTEXT(RemoteRepository);

namespace lading::registry {

using store::Descriptor;
using store::Digest;
using store::Manifest;
using store::Referrer;
using store::ReferrerSource;

namespace {

Error cancelledError()
{
    return Error::make(Error::Kind::Cancelled, tr("Cancelled"));
}

bool isDigestReference(const QString& reference)
{
    return reference.contains(QLatin1Char(':'));
}

// "0-1234" or "bytes=0-1234": the last byte offset the registry holds, -1 when it holds none.
qint64 uploadedUpTo(const QByteArray& range)
{
    QByteArray value = range.trimmed();
    if (value.startsWith("bytes="))
        value = value.mid(6);
    const int dash = value.indexOf('-');
    if (dash < 0)
        return -1;
    bool ok = false;
    const qint64 last = value.mid(dash + 1).toLongLong(&ok);
    return ok ? last : -1;
}

QByteArray referrersIndexBytes(const QList<Descriptor>& entries)
{
    QJsonArray manifests;
    for (const auto& d : entries)
        manifests.append(d.toJson());
    QJsonObject index;
    index.insert(QLatin1String("schemaVersion"), 2);
    index.insert(QLatin1String("mediaType"), QString(oci::MediaType::OciIndex));
    index.insert(QLatin1String("manifests"), manifests);
    return QJsonDocument(index).toJson(QJsonDocument::Compact);
}

} // namespace

QUrl withQueryItem(const QUrl& url, const QString& key, const QString& value)
{
    QUrl result = url;
    QString query = url.query(QUrl::FullyEncoded);
    if (!query.isEmpty())
        query += QLatin1Char('&');
    query += key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    result.setQuery(query, QUrl::StrictMode);
    return result;
}

RemoteRepository::RemoteRepository(std::shared_ptr<RegistryClient> client, const QString& repository)
    : m_client(std::move(client))
    , m_repository(repository)
{}

QString RemoteRepository::displayName() const
{
    return m_client->registry() + QLatin1Char('/') + m_repository;
}

QString RemoteRepository::what(const QString& action) const
{
    return action + QStringLiteral(" ") + displayName();
}

QStringList RemoteRepository::pullScope() const
{
    return {QStringLiteral("repository:%1:pull").arg(m_repository)};
}

QStringList RemoteRepository::pushScope() const
{
    return {QStringLiteral("repository:%1:pull,push").arg(m_repository)};
}

QString RemoteRepository::path(const QString& suffix) const
{
    return QStringLiteral("/v2/") + m_repository + QLatin1Char('/') + suffix;
}

Result<HttpResponse> RemoteRepository::sendChecked(HttpRequest request, const QString& action)
{
    auto reply = m_client->send(std::move(request));
    if (!reply)
        return reply.error().origin.isEmpty() ? reply.error().withOrigin(displayName()) : reply.error();
    if (!reply->isSuccess())
        return errorFromReply(reply->status, reply->body, action).withOrigin(displayName());
    return reply;
}

Result<Descriptor> RemoteRepository::resolve(const QString& reference)
{
    HttpRequest request;
    request.method = "HEAD";
    request.url = QUrl(path(QStringLiteral("manifests/") + reference));
    request.scopes = pullScope();
    request.setHeader("Accept", oci::MediaType::manifestAcceptHeader().toLatin1());
    auto reply = sendChecked(request, what(tr("Resolving %1 in").arg(reference)));
    if (!reply)
        return reply.error();
    const QString digestHeader = QString::fromLatin1(reply->header("docker-content-digest"));
    const QString contentType = oci::MediaType::essence(QString::fromLatin1(reply->header("content-type")));
    bool sizeOk = false;
    const qint64 size = reply->header("content-length").toLongLong(&sizeOk);
    auto digest = Digest::parse(digestHeader);
    if (digest.ok() && sizeOk && oci::MediaType::isManifestOrIndex(contentType)) {
        if (isDigestReference(reference) && digest->toString() != reference)
            return Error::make(Error::Kind::Integrity,
                               tr("%1 answered for %2 with another digest, %3")
                                   .arg(displayName(), reference, digest->toString()));
        Descriptor d;
        d.mediaType = contentType;
        d.digest = digest.value();
        d.size = size;
        return d;
    }
    // Some registries leave out the digest on HEAD: fetch and hash the bytes instead.
    auto manifest = fetchManifest(reference);
    if (!manifest)
        return manifest.error();
    Descriptor d = Descriptor::forBytes(manifest->mediaType(), manifest->bytes());
    return d;
}

Result<Manifest> RemoteRepository::fetchManifest(const QString& reference)
{
    HttpRequest request;
    request.url = QUrl(path(QStringLiteral("manifests/") + reference));
    request.scopes = pullScope();
    request.maxBodySize = Manifest::kMaxSize;
    request.setHeader("Accept", oci::MediaType::manifestAcceptHeader().toLatin1());
    auto reply = sendChecked(request, what(tr("Fetching the manifest %1 of").arg(reference)));
    if (!reply) {
        if (reply.error().kind == Error::Kind::TooLarge)
            return Error::make(Error::Kind::TooLarge,
                               tr("The manifest %1 of %2 is over the 4 MiB limit; refusing it")
                                   .arg(reference, displayName()));
        return reply.error();
    }
    // Check the digest before parsing: bytes changed on the way are an integrity failure, whatever the
    // change happens to do to the JSON (a flipped hex digit would otherwise read as a malformed manifest).
    if (isDigestReference(reference)) {
        auto wanted = Digest::parse(reference);
        if (!wanted)
            return wanted.error();
        if (wanted->isVerifiable()) {
            oci::Digester digester(wanted->algorithm());
            digester.addData(reply->body);
            if (digester.result() != wanted.value())
                return Error::make(Error::Kind::Integrity,
                                   tr("The manifest served for %1 does not match that digest; refusing it")
                                       .arg(reference))
                    .withOrigin(displayName());
        }
    } else {
        const auto served = Digest::parse(QString::fromLatin1(reply->header("docker-content-digest")));
        const bool sha256 = served.ok() && served->algorithm() == QLatin1String("sha256");
        if (sha256 && served.value() != Digest::sha256Of(reply->body))
            return Error::
                make(Error::Kind::Integrity,
                     tr("The manifest of %1 does not match the digest the registry states (%2); refusing it")
                         .arg(reference, served->toString()))
                    .withOrigin(displayName());
    }
    auto manifest = Manifest::parse(reply->body, QString::fromLatin1(reply->header("content-type")));
    if (!manifest)
        return manifest.error().withOrigin(displayName());
    return manifest;
}

Result<QByteArray> RemoteRepository::fetchBlob(const Descriptor& blob, qint64 maxSize)
{
    if (!blob.data.isEmpty())
        return blob.data;
    if (blob.size > maxSize)
        return Error::make(Error::Kind::TooLarge, tr("%1 is %2 bytes, more than the %3 allowed here")
                                                      .arg(blob.digest.shortForm())
                                                      .arg(blob.size)
                                                      .arg(maxSize));
    HttpRequest request;
    request.url = QUrl(path(QStringLiteral("blobs/") + blob.digest.toString()));
    request.scopes = pullScope();
    request.maxBodySize = maxSize;
    auto reply = sendChecked(request, what(tr("Fetching %1 from").arg(blob.digest.shortForm())));
    if (!reply)
        return reply.error();
    if (blob.size >= 0 && reply->body.size() != blob.size)
        return Error::make(Error::Kind::Integrity, tr("%1 has %2 bytes but its descriptor states %3")
                                                       .arg(blob.digest.shortForm())
                                                       .arg(reply->body.size())
                                                       .arg(blob.size))
            .withOrigin(displayName());
    oci::Digester digester(blob.digest.algorithm());
    digester.addData(reply->body);
    if (digester.isSupported() && digester.result() != blob.digest)
        return Error::make(Error::Kind::Integrity,
                           tr("The content of %1 does not match its digest").arg(blob.digest.shortForm()))
            .withOrigin(displayName());
    return reply->body;
}

Status RemoteRepository::fetchBlobToFile(const Descriptor& blob, const QString& filePath,
                                         store::TransferControl* control)
{
    store::VerifiedFileWriter writer(blob, filePath);
    LADING_TRY(writer.open(true));
    if (control) {
        control->setBlobSize(blob.digest.toString(), blob.size);
        if (writer.offset() > 0)
            control->addBytes(writer.offset(), blob.digest.toString());
    }
    // High-water mark of the bytes reported as progress: a download that restarts from byte 0 (a server
    // ignoring Range) must not count its first bytes twice.
    qint64 reported = writer.offset();
    Error lastError;
    for (int attempt = 0; attempt <= m_client->options().maxRetries; ++attempt) {
        if (control && control->isCancelled()) {
            writer.suspend();
            return cancelledError();
        }
        if (blob.size >= 0 && writer.offset() == blob.size)
            break;
        const qint64 offset = writer.offset();
        HttpRequest request;
        request.url = QUrl(path(QStringLiteral("blobs/") + blob.digest.toString()));
        request.scopes = pullScope();
        request.control = control;
        if (offset > 0)
            request.setHeader("Range", "bytes=" + QByteArray::number(offset) + '-');
        // Decide before the first byte is written: the writer appends at `offset`, so a body that does not
        // start there must not reach it. A server or proxy that ignores Range answers 200 with the whole
        // blob; that is a restart from byte 0, not a failure.
        request.onHead = [&](const HttpResponse& head) -> Status {
            if (offset == 0)
                return {};
            const QByteArray range = head.header("content-range");
            const QByteArray expected = "bytes " + QByteArray::number(offset) + '-';
            if (head.status == 206 && range.startsWith(expected))
                return {};
            if (head.status == 206 && !range.startsWith("bytes 0-"))
                return Error::make(
                    Error::Kind::Protocol,
                    tr("%1 answered the download of %2 with a range that was not asked for (%3)")
                        .arg(m_client->registry(), blob.digest.shortForm(), QString::fromLatin1(range)));
            return writer.open(false);
        };
        request.onData = [&](QByteArrayView chunk) -> Status {
            LADING_TRY(writer.write(chunk));
            if (control && writer.offset() > reported) {
                control->addBytes(writer.offset() - reported, blob.digest.toString());
                reported = writer.offset();
            }
            return {};
        };
        auto reply = m_client->send(request);
        if (reply.ok() && reply->status == 416 && offset > 0) {
            // The registry holds less than our .part claims: it cannot be this blob's prefix. Start over.
            LADING_TRY(writer.open(false));
            continue;
        }
        if (reply.ok() && reply->isSuccess())
            break;
        if (reply.ok()) {
            Error error = errorFromReply(reply->status, reply->body,
                                         what(tr("Downloading %1 from").arg(blob.digest.shortForm())))
                              .withOrigin(displayName());
            if (!error.isRetryable()) {
                writer.discard();
                return error;
            }
            lastError = error;
        } else {
            lastError = reply.error();
            if (lastError.kind == Error::Kind::Cancelled) {
                writer.suspend();
                return lastError;
            }
            if (lastError.kind == Error::Kind::Integrity || lastError.kind == Error::Kind::Io ||
                lastError.kind == Error::Kind::Protocol) {
                writer.discard();
                return lastError;
            }
        }
        // A dropped connection: keep what arrived and resume with Range.
        writer.suspend();
        QThread::msleep(static_cast<unsigned long>(200 << qMin(attempt, 4)));
        LADING_TRY(writer.open(true));
    }
    if (blob.size >= 0 && writer.offset() < blob.size && lastError.kind != Error::Kind::None) {
        writer.suspend();
        return lastError;
    }
    return writer.commit();
}

Result<bool> RemoteRepository::exists(const Descriptor& descriptor)
{
    const bool manifest = oci::MediaType::isManifestOrIndex(descriptor.mediaType);
    HttpRequest request;
    request.method = "HEAD";
    request.url = QUrl(path((manifest ? QStringLiteral("manifests/") : QStringLiteral("blobs/")) +
                            descriptor.digest.toString()));
    request.scopes = pullScope();
    if (manifest)
        request.setHeader("Accept", oci::MediaType::manifestAcceptHeader().toLatin1());
    auto reply = m_client->send(request);
    if (!reply)
        return reply.error().withOrigin(displayName());
    if (reply->status == 404)
        return false;
    if (reply->isSuccess())
        return true;
    return errorFromReply(reply->status, reply->body,
                          what(tr("Checking %1 in").arg(descriptor.digest.shortForm())))
        .withOrigin(displayName());
}

Result<QUrl> RemoteRepository::startUpload(QByteArray* chunkMinimum)
{
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(path(QStringLiteral("blobs/uploads/")));
    request.scopes = pushScope();
    auto reply = sendChecked(request, what(tr("Starting an upload to")));
    if (!reply)
        return reply.error();
    const QByteArray location = reply->header("location");
    if (location.isEmpty())
        return Error::make(Error::Kind::Protocol, tr("The registry opened an upload without a Location"))
            .withOrigin(displayName());
    if (chunkMinimum)
        *chunkMinimum = reply->header("oci-chunk-min-length");
    return reply->url.resolved(QUrl::fromEncoded(location));
}

Status RemoteRepository::finishUpload(const QUrl& location, const Descriptor& blob)
{
    HttpRequest request;
    request.method = "PUT";
    request.url = withQueryItem(location, QStringLiteral("digest"), blob.digest.toString());
    request.scopes = pushScope();
    request.setHeader("Content-Type", "application/octet-stream");
    auto reply =
        sendChecked(request, what(tr("Completing the upload of %1 to").arg(blob.digest.shortForm())));
    if (!reply)
        return reply.error();
    return {};
}

Status RemoteRepository::uploadMonolithic(const QUrl& location, const Descriptor& blob,
                                          const QString& filePath, store::TransferControl* control)
{
    FileSliceDevice device(filePath, 0, blob.size, control, blob.digest.toString());
    if (!device.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           tr("Cannot read %1 (%2 bytes expected)").arg(filePath).arg(blob.size));
    HttpRequest request;
    request.method = "PUT";
    request.url = withQueryItem(location, QStringLiteral("digest"), blob.digest.toString());
    request.scopes = pushScope();
    request.bodyDevice = &device;
    request.bodySize = blob.size;
    request.control = control;
    // A PUT to an upload session cannot be replayed once the session has consumed it.
    request.retry = false;
    request.setHeader("Content-Type", "application/octet-stream");
    auto reply = sendChecked(request, what(tr("Uploading %1 to").arg(blob.digest.shortForm())));
    if (!reply)
        return reply.error();
    return {};
}

Status RemoteRepository::uploadChunked(QUrl location, qint64 chunkSize, const Descriptor& blob,
                                       const QString& filePath, store::TransferControl* control)
{
    qint64 offset = 0;
    int resumes = 0;
    while (offset < blob.size) {
        if (control && control->isCancelled())
            return cancelledError();
        const qint64 length = qMin(chunkSize, blob.size - offset);
        FileSliceDevice device(filePath, offset, length, nullptr);
        if (!device.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Io, tr("Cannot read %1").arg(filePath));
        HttpRequest request;
        request.method = "PATCH";
        request.url = location;
        request.scopes = pushScope();
        request.bodyDevice = &device;
        request.bodySize = length;
        request.control = control;
        request.retry = false;
        request.setHeader("Content-Type", "application/octet-stream");
        request.setHeader("Content-Range",
                          QByteArray::number(offset) + '-' + QByteArray::number(offset + length - 1));
        auto reply = m_client->send(request);
        if (reply.ok() && reply->status == 202) {
            const QByteArray next = reply->header("location");
            if (!next.isEmpty())
                location = reply->url.resolved(QUrl::fromEncoded(next));
            offset += length;
            if (control)
                control->addBytes(length, blob.digest.toString());
            continue;
        }
        if (reply.ok() && !reply->isSuccess() && reply->status != 416 && !isRetryableStatus(reply->status))
            return errorFromReply(reply->status, reply->body,
                                  what(tr("Uploading %1 to").arg(blob.digest.shortForm())))
                .withOrigin(displayName());
        if (!reply.ok() && reply.error().kind == Error::Kind::Cancelled)
            return reply.error();
        // Interrupted: ask the session how much it holds and continue from there.
        if (++resumes > m_client->options().maxRetries)
            return reply.ok() ? errorFromReply(reply->status, reply->body,
                                               what(tr("Uploading %1 to").arg(blob.digest.shortForm())))
                              : reply.error();
        QThread::msleep(static_cast<unsigned long>(200 << qMin(resumes, 4)));
        HttpRequest status;
        status.url = location;
        status.scopes = pushScope();
        auto state = m_client->send(status);
        if (!state.ok() || state->status == 404)
            return state.ok()
                       ? Error::make(
                             Error::Kind::Network,
                             tr("The upload session of %1 expired; push again").arg(blob.digest.shortForm()))
                       : state.error();
        if (state->status != 204 && !state->isSuccess())
            return errorFromReply(state->status, state->body, what(tr("Resuming the upload to")));
        const QByteArray next = state->header("location");
        if (!next.isEmpty())
            location = state->url.resolved(QUrl::fromEncoded(next));
        const QByteArray range = state->header("range");
        // "0-0" is ambiguous (nothing or one byte); chunks are never one byte, so it means nothing.
        const qint64 last = range.isEmpty() ? -1 : uploadedUpTo(range);
        offset = last <= 0 ? 0 : last + 1;
        if (control)
            control->message(tr("Resuming %1 at byte %2").arg(blob.digest.shortForm()).arg(offset));
    }
    return finishUpload(location, blob);
}

Status RemoteRepository::pushBlobFromFile(const Descriptor& blob, const QString& filePath,
                                          store::TransferControl* control)
{
    auto present = exists(blob);
    if (!present)
        return present.error();
    if (control)
        control->setBlobSize(blob.digest.toString(), blob.size);
    if (present.value()) {
        if (control)
            control->addBytes(blob.size, blob.digest.toString());
        return {};
    }
    QByteArray chunkMinimumHeader;
    auto location = startUpload(&chunkMinimumHeader);
    if (!location)
        return location.error();
    const qint64 chunkMinimum = chunkMinimumHeader.toLongLong();
    const RegistryOptions& options = m_client->options();
    if (blob.size >= options.chunkThreshold && blob.size > 0)
        return uploadChunked(location.value(), qMax(options.chunkSize, chunkMinimum), blob, filePath,
                             control);
    return uploadMonolithic(location.value(), blob, filePath, control);
}

Status RemoteRepository::pushBlob(const Descriptor& blob, const QByteArray& bytes)
{
    auto present = exists(blob);
    if (!present)
        return present.error();
    if (present.value())
        return {};
    auto location = startUpload(nullptr);
    if (!location)
        return location.error();
    HttpRequest request;
    request.method = "PUT";
    request.url = withQueryItem(location.value(), QStringLiteral("digest"), blob.digest.toString());
    request.scopes = pushScope();
    request.body = bytes;
    request.retry = false;
    request.setHeader("Content-Type", "application/octet-stream");
    auto reply = sendChecked(request, what(tr("Uploading %1 to").arg(blob.digest.shortForm())));
    if (!reply)
        return reply.error();
    return {};
}

Result<Descriptor> RemoteRepository::pushManifest(const QByteArray& bytes, const QString& mediaType,
                                                  const QString& tagName)
{
    auto manifest = Manifest::parse(bytes, mediaType);
    if (!manifest)
        return manifest.error();
    const QString reference = tagName.isEmpty() ? manifest->digest().toString() : tagName;
    HttpRequest request;
    request.method = "PUT";
    request.url = QUrl(path(QStringLiteral("manifests/") + reference));
    request.scopes = pushScope();
    request.body = bytes;
    request.setHeader("Content-Type", mediaType.toLatin1());
    auto reply = sendChecked(request, what(tr("Storing the manifest %1 in").arg(reference)));
    if (!reply)
        return reply.error();
    const auto served = Digest::parse(QString::fromLatin1(reply->header("docker-content-digest")));
    if (served.ok() && served.value() != manifest->digest())
        return Error::make(
                   Error::Kind::Integrity,
                   tr("The registry stored the manifest under another digest (%1)").arg(served->toString()))
            .withOrigin(displayName());
    Descriptor descriptor = manifest->descriptor();
    if (manifest->subject()) {
        if (!reply->header("oci-subject").isEmpty()) {
            m_client->setReferrersApi(m_repository, true);
        } else {
            auto api = supportsReferrersApi();
            if (!api)
                return api.error();
            if (!api.value())
                LADING_TRY(updateFallbackIndex(manifest->subject()->digest, descriptor, true));
        }
    }
    return descriptor;
}

Status RemoteRepository::tag(const Descriptor& manifest, const QString& tagName)
{
    auto fetched = fetchManifest(manifest.digest.toString());
    if (!fetched)
        return fetched.error();
    HttpRequest request;
    request.method = "PUT";
    request.url = QUrl(path(QStringLiteral("manifests/") + tagName));
    request.scopes = pushScope();
    request.body = fetched->bytes();
    request.setHeader("Content-Type", fetched->mediaType().toLatin1());
    auto reply =
        sendChecked(request, what(tr("Tagging %1 as %2 in").arg(manifest.digest.shortForm(), tagName)));
    if (!reply)
        return reply.error();
    return {};
}

Status RemoteRepository::deleteManifest(const Descriptor& manifest)
{
    // Read it first: if it is a referrer, the fallback index must lose its entry afterwards.
    auto fetched = fetchManifest(manifest.digest.toString());
    if (!fetched)
        return fetched.error();
    HttpRequest request;
    request.method = "DELETE";
    request.url = QUrl(path(QStringLiteral("manifests/") + manifest.digest.toString()));
    request.scopes = {QStringLiteral("repository:%1:pull,push,delete").arg(m_repository)};
    auto reply = m_client->send(request);
    if (!reply)
        return reply.error().withOrigin(displayName());
    if (reply->status == 405 || (reply->status == 400 && reply->body.contains("UNSUPPORTED")))
        return Error::make(Error::Kind::Unsupported,
                           tr("%1 does not allow deleting manifests (deletion is disabled on this registry)")
                               .arg(m_client->registry()))
            .withOrigin(displayName());
    if (!reply->isSuccess())
        return errorFromReply(reply->status, reply->body,
                              what(tr("Deleting %1 from").arg(manifest.digest.shortForm())))
            .withOrigin(displayName());
    if (fetched->subject()) {
        auto api = supportsReferrersApi();
        if (api.ok() && !api.value())
            LADING_TRY(updateFallbackIndex(fetched->subject()->digest, fetched->descriptor(), false));
    }
    return {};
}

Result<QStringList> RemoteRepository::tags()
{
    auto list =
        PagedLister(m_client, PagedLister::Collection::Tags, m_repository, m_client->options().tagPageSize)
            .all();
    if (!list)
        return list.error().withOrigin(displayName());
    return list;
}

Result<bool> RemoteRepository::supportsReferrersApi()
{
    if (auto known = m_client->referrersApi(m_repository))
        return *known;
    // Probe with the all-zero digest, like ORAS: a registry with the API answers 200 and an empty index.
    bool supported = false;
    auto probe = referrersFromApi(Digest::sha256FromHex(QString(64, QLatin1Char('0'))), {}, &supported);
    if (!probe && probe.error().kind != Error::Kind::NotFound)
        return probe.error();
    m_client->setReferrersApi(m_repository, supported);
    return supported;
}

Result<QList<Referrer>> RemoteRepository::referrersFromApi(const Digest& subject, const QString& artifactType,
                                                           bool* supported)
{
    *supported = false;
    QList<Referrer> result;
    QUrl next(path(QStringLiteral("referrers/") + subject.toString()));
    if (!artifactType.isEmpty())
        next = withQueryItem(next, QStringLiteral("artifactType"), artifactType);
    bool filtered = false;
    int pages = 0;
    while (!next.isEmpty() && next.isValid()) {
        if (++pages > 10000)
            return Error::make(Error::Kind::Protocol, tr("Too many pages of referrers"));
        HttpRequest request;
        request.url = next;
        request.scopes = pullScope();
        request.maxBodySize = Manifest::kMaxSize;
        request.setHeader("Accept",
                          QByteArray(oci::MediaType::OciIndex.data(), oci::MediaType::OciIndex.size()));
        auto reply = m_client->send(request);
        if (!reply)
            return reply.error().withOrigin(displayName());
        const QString type = oci::MediaType::essence(QString::fromLatin1(reply->header("content-type")));
        if (reply->status == 404) {
            if (reply->body.contains("NAME_UNKNOWN"))
                return errorFromReply(404, reply->body, what(tr("Listing referrers in")));
            return Error::make(Error::Kind::NotFound, tr("No referrers API"));
        }
        if (!reply->isSuccess())
            return errorFromReply(reply->status, reply->body, what(tr("Listing referrers in")));
        if (type != oci::MediaType::OciIndex)
            return Error::make(Error::Kind::NotFound, tr("No referrers API"));
        *supported = true;
        auto index = Manifest::parse(reply->body, type);
        if (!index)
            return index.error().withOrigin(displayName());
        filtered = filtered || reply->header("oci-filters-applied").contains("artifactType") ||
                   index->annotations()
                       .value(QStringLiteral("org.opencontainers.referrers.filtersApplied"))
                       .contains(QLatin1String("artifactType"));
        for (const auto& d : index->manifests())
            result.append(Referrer{d, ReferrerSource::Api});
        next = LinkHeader::nextPage(reply->headerValues("link"), reply->url);
    }
    if (!artifactType.isEmpty() && !filtered)
        result.removeIf([&](const Referrer& r) { return r.descriptor.artifactType != artifactType; });
    return result;
}

Result<QList<Referrer>> RemoteRepository::referrersFromTags(const Digest& subject)
{
    QList<Referrer> result;
    auto index = fetchManifest(subject.referrersTag());
    if (index.ok() && index->isIndex()) {
        for (const auto& d : index->manifests())
            result.append(Referrer{d, ReferrerSource::FallbackTag});
    } else if (!index.ok() && index.error().kind != Error::Kind::NotFound) {
        return index.error();
    }
    // cosign's own scheme: sha256-<hex>.sig / .att / .sbom tags in the same repository.
    for (const auto suffix : {QLatin1String(".sig"), QLatin1String(".att"), QLatin1String(".sbom")}) {
        const QString cosignTag = subject.referrersTag() + suffix;
        auto manifest = fetchManifest(cosignTag);
        if (!manifest) {
            if (manifest.error().kind == Error::Kind::NotFound)
                continue;
            return manifest.error();
        }
        Descriptor d = manifest->descriptor();
        d.annotations.insert(QString(oci::Annotation::RefName), cosignTag);
        const bool duplicate = std::any_of(
            result.begin(), result.end(), [&](const Referrer& r) { return r.descriptor.digest == d.digest; });
        if (!duplicate)
            result.append(Referrer{d, ReferrerSource::CosignTag});
    }
    return result;
}

Result<QList<Referrer>> RemoteRepository::referrers(const Digest& subject, const QString& artifactType)
{
    QList<Referrer> result;
    auto api = supportsReferrersApi();
    if (!api)
        return api.error();
    if (api.value()) {
        bool supported = false;
        auto fromApi = referrersFromApi(subject, artifactType, &supported);
        if (!fromApi)
            return fromApi.error();
        result = fromApi.value();
    }
    // The fallback tag and cosign tags are read even with the API: tools that predate it wrote them.
    auto fromTags = referrersFromTags(subject);
    if (!fromTags)
        return fromTags.error();
    for (const auto& r : fromTags.value()) {
        if (!artifactType.isEmpty() && r.source != ReferrerSource::CosignTag &&
            r.descriptor.artifactType != artifactType)
            continue;
        if (!artifactType.isEmpty() && r.source == ReferrerSource::CosignTag)
            continue;
        const bool duplicate = std::any_of(result.begin(), result.end(), [&](const Referrer& known) {
            return known.descriptor.digest == r.descriptor.digest;
        });
        if (!duplicate)
            result.append(r);
    }
    return result;
}

Status RemoteRepository::updateFallbackIndex(const Digest& subject, const Descriptor& entry, bool add)
{
    const QString tagName = subject.referrersTag();
    QList<Descriptor> entries;
    std::optional<Descriptor> oldIndex;
    auto current = fetchManifest(tagName);
    if (current.ok()) {
        if (!current->isIndex())
            return Error::make(Error::Kind::Protocol,
                               tr("The referrers tag %1 holds something other than an index; not touching it")
                                   .arg(tagName))
                .withOrigin(displayName());
        entries = current->manifests();
        oldIndex = current->descriptor();
    } else if (current.error().kind != Error::Kind::NotFound) {
        return current.error();
    }
    const auto position = std::find_if(entries.begin(), entries.end(),
                                       [&](const Descriptor& d) { return d.digest == entry.digest; });
    if (add == (position != entries.end()))
        return {};
    if (add) {
        Descriptor d;
        d.mediaType = entry.mediaType;
        d.digest = entry.digest;
        d.size = entry.size;
        d.artifactType = entry.artifactType;
        d.annotations = entry.annotations;
        entries.append(d);
    } else {
        entries.erase(position);
    }
    const QByteArray bytes = referrersIndexBytes(entries);
    HttpRequest request;
    request.method = "PUT";
    request.url = QUrl(path(QStringLiteral("manifests/") + tagName));
    request.scopes = pushScope();
    request.body = bytes;
    request.setHeader("Content-Type",
                      QByteArray(oci::MediaType::OciIndex.data(), oci::MediaType::OciIndex.size()));
    auto reply = sendChecked(request, what(tr("Updating the referrers index %1 in").arg(tagName)));
    if (!reply)
        return reply.error();
    // The superseded index is garbage now; remove it where the registry allows (best effort, like ORAS).
    if (oldIndex && oldIndex->digest != Digest::sha256Of(bytes)) {
        HttpRequest remove;
        remove.method = "DELETE";
        remove.url = QUrl(path(QStringLiteral("manifests/") + oldIndex->digest.toString()));
        remove.scopes = {QStringLiteral("repository:%1:pull,push,delete").arg(m_repository)};
        remove.retry = false;
        (void)m_client->send(remove);
    }
    return {};
}

Result<bool> RemoteRepository::mountBlob(const Descriptor& blob, const store::Store& from)
{
    const auto* source = dynamic_cast<const RemoteRepository*>(&from);
    if (!source || source->m_client.get() != m_client.get() || source->m_repository == m_repository)
        return false;
    HttpRequest request;
    request.method = "POST";
    QUrl url(path(QStringLiteral("blobs/uploads/")));
    url = withQueryItem(url, QStringLiteral("mount"), blob.digest.toString());
    url = withQueryItem(url, QStringLiteral("from"), source->m_repository);
    request.url = url;
    request.scopes = pushScope() + source->pullScope();
    auto reply = m_client->send(request);
    if (!reply)
        return reply.error().withOrigin(displayName());
    if (reply->status == 201)
        return true;
    if (reply->status == 202) {
        // Not mounted, but a session was opened for us: close it, the caller uploads normally.
        const QByteArray location = reply->header("location");
        if (!location.isEmpty()) {
            HttpRequest cancel;
            cancel.method = "DELETE";
            cancel.url = reply->url.resolved(QUrl::fromEncoded(location));
            cancel.scopes = pushScope();
            cancel.retry = false;
            (void)m_client->send(cancel);
        }
        return false;
    }
    return false;
}

} // namespace lading::registry
