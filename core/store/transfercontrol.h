#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <mutex>

namespace lading::store {

// How far one blob of a job has come. `size` is 0 while it is not known.
struct BlobProgress
{
    QString blob; // the digest string, "sha256:…"
    qint64 done = 0;
    qint64 size = 0;
};

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

    // `blob` (a digest string) attributes the bytes to one blob for blobProgress(); without it only the
    // total moves. Transfer paths in core always pass it.
    void addBytes(qint64 delta, const QString& blob = {})
    {
        m_bytes.fetch_add(delta);
        if (!blob.isEmpty()) {
            const std::lock_guard lock(m_blobMutex);
            entry(blob).done += delta;
        }
        if (m_onBytes)
            m_onBytes(delta);
    }
    // Announces a blob and its size, so a view can show it before (or without) bytes arriving.
    void setBlobSize(const QString& blob, qint64 size)
    {
        if (blob.isEmpty())
            return;
        const std::lock_guard lock(m_blobMutex);
        entry(blob).size = size;
    }
    // A consistent copy, in the order blobs were first seen; safe from any thread.
    QList<BlobProgress> blobProgress() const
    {
        const std::lock_guard lock(m_blobMutex);
        return m_blobs;
    }

    void message(const QString& text)
    {
        if (m_onMessage)
            m_onMessage(text);
    }
    qint64 bytes() const { return m_bytes.load(); }

private:
    // Callers hold m_blobMutex.
    BlobProgress& entry(const QString& blob)
    {
        auto it = m_blobIndex.constFind(blob);
        if (it != m_blobIndex.constEnd())
            return m_blobs[*it];
        m_blobIndex.insert(blob, m_blobs.size());
        m_blobs.append(BlobProgress{blob, 0, 0});
        return m_blobs.last();
    }

    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_bytes{0};
    BytesCallback m_onBytes;
    MessageCallback m_onMessage;
    mutable std::mutex m_blobMutex;
    QList<BlobProgress> m_blobs;
    QHash<QString, qsizetype> m_blobIndex;
};

} // namespace lading::store
