#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <mutex>

namespace lading::store {

// Progress and cancellation shared by a job and every request it makes. Callbacks may come from any
// worker thread; whoever installs them must be thread-safe (the UI posts them to its own thread).
class TransferControl final
{
public:
    using BytesCallback = std::function<void(qint64 delta)>;
    using MessageCallback = std::function<void(const QString& message)>;

    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    void setOnBytes(BytesCallback callback) { m_onBytes = std::move(callback); }
    void setOnMessage(MessageCallback callback) { m_onMessage = std::move(callback); }
    void addBytes(qint64 delta)
    {
        m_bytes.fetch_add(delta);
        if (m_onBytes)
            m_onBytes(delta);
    }
    void message(const QString& text)
    {
        if (m_onMessage)
            m_onMessage(text);
    }
    qint64 bytes() const { return m_bytes.load(); }

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_bytes{0};
    BytesCallback m_onBytes;
    MessageCallback m_onMessage;
};

} // namespace lading::store
