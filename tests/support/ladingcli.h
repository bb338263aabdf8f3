#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace lading::test {

// Runs the `lading` executable the build made (LADING_EXECUTABLE), the way a person would, with optional
// standard input and extra environment; never waits longer than the timeout.
struct CliResult
{
    int exitCode = -1;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;

    bool ok() const { return !timedOut && exitCode == 0; }
    QString outText() const { return QString::fromUtf8(out).trimmed(); }
    QStringList lines() const;
    // "lading ARGS exited 1: <stderr>" for QVERIFY2.
    QString describe() const;
    QString command;
};

CliResult runLading(const QStringList& arguments, const QByteArray& input = {},
                    const QProcessEnvironment& extraEnvironment = {}, int timeoutMs = 180'000);
// The executable's path; records a test failure and returns empty when the build did not say where it is.
QString ladingExecutable();

} // namespace lading::test
