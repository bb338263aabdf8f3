#pragma once

#include <QByteArray>
#include <QString>

class QTemporaryDir;

namespace lading::test {

// Writes `bytes` to `path`, creating the folders above it; false when any step fails.
bool writeFile(const QString& path, const QByteArray& bytes);

// Writes `bytes` to the file `name` in `dir` and returns its path; empty when it cannot be written.
QString writeFileIn(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes);

// The bytes of `path`; empty when it cannot be read.
QByteArray readFile(const QString& path);

// The bytes of `path`; the marker "<missing>" when it cannot be read, so that a comparison that fails says
// why instead of comparing against nothing.
QByteArray readFileOrMissing(const QString& path);

// `size` pseudo-random bytes, the same for the same seed on every run and machine.
QByteArray randomBytes(qsizetype size, quint32 seed = 42);

// "sha256:<hex>" of `bytes`, computed independently of lading::oci::Digest so tests can check it.
QString sha256(const QByteArray& bytes);

} // namespace lading::test
