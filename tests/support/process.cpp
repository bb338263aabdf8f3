#include "tests/support/process.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace lading::test {

QString ProcessResult::describe() const
{
    if (!started)
        return QStringLiteral("%1 could not be started").arg(commandLine);
    if (timedOut)
        return QStringLiteral("%1 did not finish in time; stderr: %2")
            .arg(commandLine, QString::fromLocal8Bit(standardError));
    return QStringLiteral("%1 exited with %2; stderr: %3; stdout: %4")
        .arg(commandLine)
        .arg(exitCode)
        .arg(QString::fromLocal8Bit(standardError).trimmed(),
             QString::fromLocal8Bit(standardOutput.left(2000)).trimmed());
}

ProcessResult runProcess(const QString& program, const QStringList& arguments, int timeoutMs,
                         const QString& workingDirectory)
{
    ProcessResult result;
    result.commandLine = (QStringList{program} + arguments).join(QLatin1Char(' '));
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForStarted(10'000))
        return result;
    result.started = true;
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5'000);
    }
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    if (!result.timedOut)
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QString requireTool(const QString& name, const QString& debianPackage)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) {
        const QString message = QStringLiteral("%1 is not installed; install it with: apt-get install %2")
                                    .arg(name, debianPackage);
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
    }
    return path;
}

} // namespace lading::test
