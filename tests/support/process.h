#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lading::test {

// What a finished (or stopped) command did.
struct ProcessResult
{
    QString commandLine; // program and arguments, for messages
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;

    bool succeeded() const { return started && !timedOut && exitCode == 0; }
    // "umoci ls --layout L exited with 1: <stderr>": ready for QVERIFY2.
    QString describe() const;
};

// Runs a command to completion without an event loop; kills it after `timeoutMs`. Inherits the test's
// environment (HOME and friends point into the build tree).
ProcessResult runProcess(const QString& program, const QStringList& arguments, int timeoutMs = 120'000,
                         const QString& workingDirectory = {});

// The full path of `name` on PATH. When it is missing, records a test failure saying
// "install <debianPackage>" and returns an empty string; the caller returns at once:
//     const QString umoci = lading::test::requireTool(QStringLiteral("umoci"), QStringLiteral("umoci"));
//     if (umoci.isEmpty())
//         return;
QString requireTool(const QString& name, const QString& debianPackage);

} // namespace lading::test
