#pragma once

#include "core/oci/descriptor.h"
#include "core/oci/digester.h"

#include <QFile>
#include <QString>

namespace lading::store {

// Writes a blob to `path + ".part"`, hashing as it goes, and renames it to `path` only once size and
// digest match the descriptor. An existing ".part" is picked up (its bytes re-hashed) so a download can
// resume where it stopped. This is the one place where fetched bytes become a file.
class VerifiedFileWriter final
{
public:
    VerifiedFileWriter(const oci::Descriptor& expected, const QString& path);
    ~VerifiedFileWriter();
    Q_DISABLE_COPY_MOVE(VerifiedFileWriter)

    // Opens the ".part" file; with `resume` keeps what it holds (hashing it), otherwise truncates.
    Status open(bool resume);
    // Bytes already held (after open): where a resumed download continues.
    qint64 offset() const { return m_digester.bytesHashed(); }
    Status write(QByteArrayView bytes);
    // Verifies and renames into place. On a mismatch the ".part" is removed: it can never become good.
    Status commit();
    // Drops everything written (the ".part" file too).
    void discard();
    // Keeps the ".part" for a later resume and closes it.
    void suspend();

    const QString& path() const { return m_path; }
    QString partPath() const { return m_path + QStringLiteral(".part"); }

private:
    oci::Descriptor m_expected;
    QString m_path;
    QFile m_file;
    oci::Digester m_digester;
};

} // namespace lading::store
