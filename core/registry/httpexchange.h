#pragma once

#include "core/store/transfercontrol.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <functional>

class QIODevice;

namespace lading::registry {

struct HttpResponse;

// One HTTP request to a registry, as RegistryClient::send takes it.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url; // absolute, or a path ("/v2/...") resolved against the registry
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;                 // small bodies
    QIODevice* bodyDevice = nullptr; // streamed bodies; must be seekable to 0 for retries
    qint64 bodySize = -1;
    QStringList scopes; // token scopes this request needs ("repository:a/b:pull")
    // Streamed replies: called with each piece as it arrives (status 2xx only). Returning an error aborts.
    std::function<Status(QByteArrayView)> onData;
    // Streamed replies: called once with the status and headers (no body) of a 2xx reply, before its first
    // onData, so the receiver can tell a 206 from a 200 that ignored Range. Returning an error aborts.
    std::function<Status(const HttpResponse& head)> onHead;
    qint64 maxBodySize = 4 * 1024 * 1024; // for collected bodies; more is an error (TooLarge)
    bool retry = true; // retry 429/5xx/network failures (off for requests whose body can't replay)
    store::TransferControl* control = nullptr;

    void setHeader(const QByteArray& name, const QByteArray& value) { headers.append({name, value}); }
};

struct HttpResponse
{
    int status = 0;
    QUrl url;                                     // after redirects
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;                              // unless streamed through onData

    QByteArray header(const QByteArray& name) const;
    QList<QByteArray> headerValues(const QByteArray& name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }
};

// 429 and the gateway errors: worth another try after a pause.
inline bool isRetryableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

} // namespace lading::registry
