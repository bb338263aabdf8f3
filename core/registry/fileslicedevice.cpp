#include "core/registry/fileslicedevice.h"

namespace lading::registry {

FileSliceDevice::FileSliceDevice(const QString& path, qint64 offset, qint64 length,
                                 store::TransferControl* control, const QString& blob)
    : m_file(path)
    , m_offset(offset)
    , m_length(length)
    , m_control(control)
    , m_blob(blob)
{}

bool FileSliceDevice::open(OpenMode mode)
{
    if (mode != QIODevice::ReadOnly || !m_file.open(QIODevice::ReadOnly))
        return false;
    if (m_file.size() < m_offset + m_length) {
        m_file.close();
        return false;
    }
    return QIODevice::open(mode | QIODevice::Unbuffered);
}

void FileSliceDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool FileSliceDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length)
        return false;
    return QIODevice::seek(pos) && m_file.seek(m_offset + pos);
}

qint64 FileSliceDevice::readData(char* data, qint64 maxSize)
{
    const qint64 remaining = m_length - pos();
    if (remaining <= 0)
        return -1;
    if (!m_file.seek(m_offset + pos()))
        return -1;
    const qint64 n = m_file.read(data, qMin(maxSize, remaining));
    if (n > 0 && m_control && pos() + n > m_reported) {
        m_control->addBytes(pos() + n - m_reported, m_blob);
        m_reported = pos() + n;
    }
    return n;
}

} // namespace lading::registry
