#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

class QThread;
class QObject;

namespace lading::test {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// One parsed HTTP/1.1 request as the test servers see it.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path plus query
    QString path;      // percent-decoded path, no query
    QString query;     // raw (still encoded) query string without '?'
    HttpHeaders headers;
    QByteArray body;

    // Header names compare case-insensitively, as HTTP says.
    QByteArray header(QByteArrayView name) const;
    QList<QByteArray> headerValues(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // Query values decoded; form bodies use the same rules ('+' is a space).
    QString queryValue(const QString& key) const;
    QStringList queryValues(const QString& key) const;
    bool hasQueryItem(const QString& key) const;
};

// What a handler answers. The faults (drop, throttle, delay) are carried out by the connection, so a
// handler stays a plain function of the request.
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
    bool headOnly = false;        // HEAD: Content-Length of body, but no body sent
    qint64 dropAfterBytes = -1;   // close the connection after this many body bytes (fault)
    qint64 bytesPerSecond = 0;    // send the body no faster than this (fault); 0 = full speed
    int delayMs = 0;              // wait this long before answering (fault)
    bool closeConnection = false; // answer with Connection: close

    void setHeader(const QByteArray& name, const QByteArray& value);
    void addHeader(const QByteArray& name, const QByteArray& value) { headers.append({name, value}); }
    QByteArray header(QByteArrayView name) const;
};

// A small HTTP/1.1 server for tests: keep-alive, Content-Length and chunked request bodies, streamed
// answers. It lives in its own thread so the client under test may block on the test's thread; handlers
// run on that server thread and must be thread-safe against whoever else touches their state.
class LoopbackHttpServer final
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    LoopbackHttpServer();
    ~LoopbackHttpServer();
    LoopbackHttpServer(const LoopbackHttpServer&) = delete;
    LoopbackHttpServer& operator=(const LoopbackHttpServer&) = delete;

    // Listens on address (a loopback address; port 0 picks a free one). Returns the port, or 0 with why.
    quint16 listen(const QHostAddress& address, Handler handler, quint16 port = 0, QString* why = nullptr);
    // Stops accepting and drops every open connection; blocks until done.
    void stop();

private:
    std::unique_ptr<QThread> m_thread;
    QObject* m_root = nullptr; // lives in m_thread; parent of listeners and connections
};

} // namespace lading::test
