#include "tests/support/loopbackhttpserver.h"

#include <QMetaObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace lading::test {

namespace {

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// QUrlQuery keeps '+' as is; forms and Go-style clients mean a space by it.
QUrlQuery decodeQuery(const QString& raw)
{
    QString text = raw;
    text.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrlQuery(text);
}

constexpr qint64 kMaxHead = 64 * 1024;
constexpr qint64 kMaxBody = qint64(2) * 1024 * 1024 * 1024;
constexpr qint64 kWriteChunk = 1024 * 1024;
constexpr qint64 kHighWater = 4 * 1024 * 1024;
constexpr int kThrottleTickMs = 20;

// One client connection: parse a request, answer it, then parse the next. Lives in the server thread;
// deleted when the client goes away, so timers use it as context and die with it.
class Connection final : public QObject
{
public:
    Connection(QTcpSocket* socket, const LoopbackHttpServer::Handler* handler, QObject* parent)
        : QObject(parent)
        , m_socket(socket)
        , m_handler(handler)
    {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::pump);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            deleteLater();
        else if (m_socket->bytesAvailable() > 0)
            onReadyRead();
    }

private:
    enum class State
    {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkTrailer,
        Responding,
        Closing
    };

    void onReadyRead()
    {
        if (m_state == State::Body && m_in.isEmpty()) {
            // Big uploads: read straight into the body, skipping the staging buffer.
            const qint64 n = qMin(m_socket->bytesAvailable(), m_remaining);
            if (n > 0) {
                const qsizetype old = m_request.body.size();
                m_request.body.resize(old + n); // capacity was reserved from Content-Length
                const qint64 got = m_socket->read(m_request.body.data() + old, n);
                m_request.body.resize(old + qMax<qint64>(0, got));
                m_remaining -= qMax<qint64>(0, got);
            }
        }
        m_in.append(m_socket->readAll());
        process();
    }

    void process()
    {
        for (;;) {
            switch (m_state) {
            case State::Responding:
            case State::Closing:
                return;
            case State::Head:
                if (!parseHead())
                    return;
                break;
            case State::Body: {
                const qint64 n = qMin<qint64>(m_remaining, m_in.size());
                if (n > 0) {
                    m_request.body.append(m_in.constData(), n);
                    m_in.remove(0, n);
                    m_remaining -= n;
                }
                if (m_remaining > 0)
                    return;
                dispatch();
                break;
            }
            case State::ChunkSize: {
                const qsizetype eol = m_in.indexOf("\r\n");
                if (eol < 0)
                    return;
                QByteArray line = m_in.left(eol);
                m_in.remove(0, eol + 2);
                const qsizetype semicolon = line.indexOf(';');
                if (semicolon >= 0)
                    line.truncate(semicolon);
                bool ok = false;
                const qint64 size = line.trimmed().toLongLong(&ok, 16);
                if (!ok || size < 0 || m_request.body.size() + size > kMaxBody) {
                    fail(400);
                    return;
                }
                m_remaining = size;
                m_state = size == 0 ? State::ChunkTrailer : State::ChunkData;
                break;
            }
            case State::ChunkData: {
                if (m_in.size() < m_remaining + 2)
                    return;
                m_request.body.append(m_in.constData(), m_remaining);
                m_in.remove(0, m_remaining + 2);
                m_remaining = 0;
                m_state = State::ChunkSize;
                break;
            }
            case State::ChunkTrailer: {
                const qsizetype eol = m_in.indexOf("\r\n");
                if (eol < 0)
                    return;
                m_in.remove(0, eol + 2);
                if (eol == 0)
                    dispatch();
                break;
            }
            }
        }
    }

    bool parseHead()
    {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_in.size() > kMaxHead)
                fail(431);
            return false;
        }
        const QList<QByteArray> lines = m_in.left(end).split('\n');
        m_in.remove(0, end + 4);
        m_request = HttpRequest();
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            fail(400);
            return false;
        }
        m_request.method = requestLine.at(0);
        m_request.target = requestLine.at(1);
        m_http10 = requestLine.at(2) == "HTTP/1.0";
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            m_request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        QByteArray target = m_request.target;
        if (target.startsWith("http://") || target.startsWith("https://")) {
            const QUrl url = QUrl::fromEncoded(target);
            target = url.path(QUrl::FullyEncoded).toLatin1();
            if (url.hasQuery())
                target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
        }
        const qsizetype question = target.indexOf('?');
        m_request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
        m_request.query = question < 0 ? QString() : QString::fromLatin1(target.mid(question + 1));

        const QByteArray connection = m_request.header("Connection").toLower();
        m_keepAlive = m_http10 ? connection.contains("keep-alive") : !connection.contains("close");
        if (sameName(m_request.header("Expect"), "100-continue"))
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");

        if (m_request.header("Transfer-Encoding").toLower().contains("chunked")) {
            m_state = State::ChunkSize;
            return true;
        }
        bool ok = true;
        const QByteArray lengthText = m_request.header("Content-Length");
        const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
        if (!ok || length < 0 || length > kMaxBody) {
            fail(400);
            return false;
        }
        m_remaining = length;
        if (length > 0)
            m_request.body.reserve(length);
        m_state = State::Body;
        return true;
    }

    void dispatch()
    {
        m_state = State::Responding;
        HttpResponse response = (*m_handler)(m_request);
        if (response.delayMs > 0) {
            QTimer::singleShot(response.delayMs, this, [this, response] { send(response); });
            return;
        }
        send(response);
    }

    void fail(int status)
    {
        HttpResponse response;
        response.status = status;
        response.closeConnection = true;
        m_state = State::Responding;
        send(response);
    }

    void send(const HttpResponse& response)
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            deleteLater();
            return;
        }
        const bool close = response.closeConnection || !m_keepAlive;
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        bool hasLength = false;
        for (const auto& [name, value] : response.headers) {
            if (sameName(name, "Content-Length"))
                hasLength = true;
            if (sameName(name, "Connection"))
                continue;
            head += name + ": " + value + "\r\n";
        }
        const bool bodyless = response.status == 204 || response.status == 304 || response.status < 200;
        if (!hasLength && !bodyless)
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        head += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
        head += "\r\n";
        m_socket->write(head);

        m_out = (response.headOnly || bodyless || m_request.method == "HEAD") ? QByteArray() : response.body;
        m_outPos = 0;
        m_outEnd = m_out.size();
        m_drop = false;
        if (response.dropAfterBytes >= 0 && response.dropAfterBytes < m_outEnd) {
            m_outEnd = response.dropAfterBytes;
            m_drop = true;
        }
        m_closeAfter = close || m_drop;
        m_bytesPerTick = response.bytesPerSecond > 0
                             ? qMax<qint64>(1, response.bytesPerSecond * kThrottleTickMs / 1000)
                             : 0;
        m_throttleArmed = false;
        pump();
    }

    // Writes the next part of the body while the socket's buffer is low; finishes the exchange at the end.
    void pump()
    {
        if (m_state != State::Responding)
            return;
        if (m_bytesPerTick > 0) {
            if (m_throttleArmed)
                return;
            if (m_outPos < m_outEnd) {
                const qint64 n = qMin(m_bytesPerTick, m_outEnd - m_outPos);
                m_socket->write(m_out.constData() + m_outPos, n);
                m_outPos += n;
                m_throttleArmed = true;
                QTimer::singleShot(kThrottleTickMs, this, [this] {
                    m_throttleArmed = false;
                    pump();
                });
                return;
            }
        } else {
            while (m_outPos < m_outEnd && m_socket->bytesToWrite() < kHighWater) {
                const qint64 n = qMin(kWriteChunk, m_outEnd - m_outPos);
                m_socket->write(m_out.constData() + m_outPos, n);
                m_outPos += n;
            }
            if (m_outPos < m_outEnd)
                return;
        }
        finish();
    }

    void finish()
    {
        m_out = QByteArray();
        if (m_closeAfter) {
            m_state = State::Closing;
            // disconnectFromHost flushes what is buffered first: the client sees exactly the bytes sent.
            m_socket->disconnectFromHost();
            return;
        }
        m_state = State::Head;
        m_request = HttpRequest();
        // A pipelined request may already be buffered.
        QTimer::singleShot(0, this, [this] { process(); });
    }

    QTcpSocket* m_socket;
    const LoopbackHttpServer::Handler* m_handler;
    State m_state = State::Head;
    QByteArray m_in;
    HttpRequest m_request;
    qint64 m_remaining = 0;
    bool m_keepAlive = true;
    bool m_http10 = false;
    QByteArray m_out;
    qint64 m_outPos = 0;
    qint64 m_outEnd = 0;
    bool m_drop = false;
    bool m_closeAfter = false;
    qint64 m_bytesPerTick = 0;
    bool m_throttleArmed = false;
};

// A listener with its handler; the handler outlives every connection because connections are children.
class Listener final : public QTcpServer
{
public:
    Listener(LoopbackHttpServer::Handler handler, QObject* parent)
        : QTcpServer(parent)
        , m_handler(std::move(handler))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection())
                new Connection(socket, &m_handler, this);
        });
    }

private:
    LoopbackHttpServer::Handler m_handler;
};

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (sameName(key, name))
            return value;
    }
    return {};
}

QList<QByteArray> HttpRequest::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto& [key, value] : headers) {
        if (sameName(key, name))
            values.append(value);
    }
    return values;
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (sameName(key, name))
            return true;
    }
    return false;
}

QString HttpRequest::queryValue(const QString& key) const
{
    return decodeQuery(query).queryItemValue(key, QUrl::FullyDecoded);
}

QStringList HttpRequest::queryValues(const QString& key) const
{
    return decodeQuery(query).allQueryItemValues(key, QUrl::FullyDecoded);
}

bool HttpRequest::hasQueryItem(const QString& key) const
{
    return decodeQuery(query).hasQueryItem(key);
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    headers.removeIf([&](const auto& header) { return sameName(header.first, name); });
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (sameName(key, name))
            return value;
    }
    return {};
}

LoopbackHttpServer::LoopbackHttpServer()
    : m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("LoopbackHttpServer"));
    m_root = new QObject;
    m_root->moveToThread(m_thread.get());
    m_thread->start();
}

LoopbackHttpServer::~LoopbackHttpServer()
{
    stop();
    // The root and everything under it must die in the thread that owns the sockets.
    QObject* root = m_root;
    QMetaObject::invokeMethod(
        root, [root] { delete root; }, Qt::BlockingQueuedConnection);
    m_root = nullptr;
    m_thread->quit();
    m_thread->wait();
}

quint16 LoopbackHttpServer::listen(const QHostAddress& address, Handler handler, quint16 port, QString* why)
{
    quint16 bound = 0;
    QString error;
    QObject* root = m_root;
    QMetaObject::invokeMethod(
        root,
        [&] {
            auto* listener = new Listener(std::move(handler), root);
            if (!listener->listen(address, port)) {
                error = listener->errorString();
                delete listener;
                return;
            }
            bound = listener->serverPort();
        },
        Qt::BlockingQueuedConnection);
    if (bound == 0 && why)
        *why = QStringLiteral("cannot listen on %1: %2").arg(address.toString(), error);
    return bound;
}

void LoopbackHttpServer::stop()
{
    if (!m_root)
        return;
    QObject* root = m_root;
    QMetaObject::invokeMethod(
        root,
        [root] {
            const QList<QObject*> children = root->children();
            for (QObject* child : children)
                delete child;
        },
        Qt::BlockingQueuedConnection);
}

} // namespace lading::test
