#pragma once

#include "core/store/transfercontrol.h"

#include <QFile>
#include <QIODevice>

namespace lading::registry {

// A read-only window [offset, offset + length) of a file, as an upload body. Seekable, so a request can
// be replayed after a redirect or retry; reports progress once per byte however often it is replayed.
class FileSliceDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSliceDevice)

public:
    // `blob` (a digest string) is what the progress is reported for.
    FileSliceDevice(const QString& path, qint64 offset, qint64 length,
                    store::TransferControl* control = nullptr, const QString& blob = {});
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;
    bool atEnd() const override { return pos() >= m_length; }
    QString fileErrorString() const { return m_file.errorString(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
    qint64 m_reported = 0; // high-water mark of bytes handed to the network
    store::TransferControl* m_control;
    QString m_blob;
};

} // namespace lading::registry
