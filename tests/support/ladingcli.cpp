#include "tests/support/ladingcli.h"

#include <QProcess>
#include <QTest>

namespace lading::test {

QStringList CliResult::lines() const
{
    return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString CliResult::describe() const
{
    return QStringLiteral("%1 exited %2%3: %4")
        .arg(command)
        .arg(exitCode)
        .arg(timedOut ? QStringLiteral(" (timed out)") : QString(), QString::fromUtf8(err).trimmed());
}

QString ladingExecutable()
{
    const QString path = qEnvironmentVariable("LADING_EXECUTABLE");
    if (path.isEmpty())
        QTest::qFail("LADING_EXECUTABLE is not set: run this test through ctest", __FILE__, __LINE__);
    return path;
}

CliResult runLading(const QStringList& arguments, const QByteArray& input,
                    const QProcessEnvironment& extraEnvironment, int timeoutMs)
{
    CliResult result;
    result.command = QStringLiteral("lading ") + arguments.join(QLatin1Char(' '));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(extraEnvironment);
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("LADING_EXECUTABLE"), arguments);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace lading::test
