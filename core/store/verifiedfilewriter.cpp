#include "core/store/verifiedfilewriter.h"

#include "core/util/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

LADING_TR_CONTEXT(VerifiedFileWriter);

namespace lading::store {

VerifiedFileWriter::VerifiedFileWriter(const oci::Descriptor& expected, const QString& path)
    : m_expected(expected)
    , m_path(path)
    , m_digester(expected.digest.algorithm())
{}

VerifiedFileWriter::~VerifiedFileWriter()
{
    if (m_file.isOpen())
        m_file.close();
}

Status VerifiedFileWriter::open(bool resume)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(partPath());
    m_digester = oci::Digester(m_expected.digest.algorithm());
    if (!m_digester.isSupported())
        return Error::make(
            Error::Kind::Unsupported,
            tr("Cannot verify %1: the digest algorithm is not supported").arg(m_expected.digest.toString()));
    if (resume && m_file.exists()) {
        if (!m_file.open(QIODevice::ReadWrite))
            return Error::make(Error::Kind::Io,
                               tr("Cannot open %1: %2").arg(partPath(), m_file.errorString()));
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = m_file.read(buffer.data(), buffer.size());
            if (n <= 0)
                break;
            m_digester.addData(QByteArrayView(buffer.constData(), n));
        }
        if (m_expected.size >= 0 && m_digester.bytesHashed() > m_expected.size) {
            // More than the blob can hold: start over.
            m_file.close();
            return open(false);
        }
        m_file.seek(m_file.size());
        return {};
    }
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::make(Error::Kind::Io, tr("Cannot write %1: %2").arg(partPath(), m_file.errorString()));
    return {};
}

Status VerifiedFileWriter::write(QByteArrayView bytes)
{
    if (m_expected.size >= 0 && m_digester.bytesHashed() + bytes.size() > m_expected.size)
        return Error::make(Error::Kind::Integrity, tr("%1 is larger than the %2 bytes its descriptor states")
                                                       .arg(m_expected.digest.shortForm())
                                                       .arg(m_expected.size));
    if (m_file.write(bytes.data(), bytes.size()) != bytes.size())
        return Error::make(Error::Kind::Io, tr("Cannot write %1: %2").arg(partPath(), m_file.errorString()));
    m_digester.addData(bytes);
    return {};
}

Status VerifiedFileWriter::commit()
{
    const qint64 written = m_digester.bytesHashed();
    if (!m_file.flush()) {
        const QString why = m_file.errorString();
        m_file.close();
        return Error::make(Error::Kind::Io, tr("Cannot write %1: %2").arg(partPath(), why));
    }
    m_file.close();
    if (m_expected.size >= 0 && written != m_expected.size) {
        QFile::remove(partPath());
        return Error::make(Error::Kind::Integrity, tr("%1 has %2 bytes but its descriptor states %3")
                                                       .arg(m_expected.digest.shortForm())
                                                       .arg(written)
                                                       .arg(m_expected.size));
    }
    const oci::Digest actual = m_digester.result();
    if (actual != m_expected.digest) {
        QFile::remove(partPath());
        return Error::make(Error::Kind::Integrity,
                           tr("The content does not match its digest: expected %1, got %2")
                               .arg(m_expected.digest.toString(), actual.toString()));
    }
    QFile::remove(m_path);
    if (!QFile::rename(partPath(), m_path))
        return Error::make(Error::Kind::Io, tr("Cannot move %1 into place").arg(m_path));
    return {};
}

void VerifiedFileWriter::discard()
{
    m_file.close();
    QFile::remove(partPath());
}

void VerifiedFileWriter::suspend()
{
    m_file.flush();
    m_file.close();
}

} // namespace lading::store
