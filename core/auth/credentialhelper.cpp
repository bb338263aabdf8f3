#include "core/auth/credentialhelper.h"

#include "core/util/translations.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

LADING_TR_CONTEXT(CredentialHelper);

namespace lading::auth {

namespace {

const QString kTokenUser = QStringLiteral("<token>");
// docker-credential-helpers' credentials.errCredentialsNotFoundMessage.
const QByteArray kNotFound = QByteArrayLiteral("credentials not found in native keychain");
// Helpers answer small JSON documents; a runaway one must not fill memory.
constexpr qsizetype kMaxOutput = 1024 * 1024;

} // namespace

CredentialHelper::CredentialHelper(const QString& suffix, std::chrono::milliseconds timeout)
    : m_suffix(suffix)
    , m_timeout(timeout)
{}

QString CredentialHelper::program() const
{
    return QStringLiteral("docker-credential-") + m_suffix;
}

bool CredentialHelper::isValidSuffix(const QString& suffix)
{
    static const QRegularExpression grammar(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return grammar.match(suffix).hasMatch();
}

bool CredentialHelper::isNotFound(const Output& output)
{
    return output.exitCode != 0 && (output.out.contains(kNotFound) || output.err.contains(kNotFound));
}

Error CredentialHelper::failure(const QString& action, const Output& output) const
{
    QByteArray text = output.out.trimmed();
    if (text.isEmpty())
        text = output.err.trimmed();
    if (text.isEmpty())
        text = QByteArray::number(output.exitCode);
    return Error::make(Error::Kind::Io,
                       tr("The credential helper %1 failed to %2: %3")
                           .arg(program(), action, QString::fromUtf8(text.left(500))),
                       program());
}

Result<CredentialHelper::Output> CredentialHelper::run(const QString& action, const QByteArray& input) const
{
    if (!isValidSuffix(m_suffix))
        return Error::make(
            Error::Kind::Unsafe,
            tr("\"%1\" is not a valid credential helper name; fix credsStore or credHelpers in the "
               "Docker configuration")
                .arg(m_suffix));
    const QString path = QStandardPaths::findExecutable(program());
    if (path.isEmpty())
        return Error::make(
            Error::Kind::InvalidInput,
            tr("The credential helper %1 is not installed (not found in PATH); install it or remove "
               "it from credsStore/credHelpers in the Docker configuration")
                .arg(program()),
            program());

    QProcess process;
    process.setProgram(path);
    process.setArguments({action});
    process.start(QIODevice::ReadWrite);
    const int timeoutMs = int(m_timeout.count());
    if (!process.waitForStarted(timeoutMs))
        return Error::make(
            Error::Kind::Io,
            tr("The credential helper %1 could not be started: %2").arg(path, process.errorString()),
            program());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();

    Output output;
    QDeadlineTimer deadline(m_timeout);
    // Read as we go: a helper that writes more than a pipe buffer would otherwise block forever.
    while (process.state() != QProcess::NotRunning) {
        if (deadline.hasExpired()) {
            process.kill();
            process.waitForFinished(1000);
            return Error::make(
                Error::Kind::Io,
                tr("The credential helper %1 did not answer within %2 seconds; check that it works "
                   "with \"%1 %3\"")
                    .arg(program())
                    .arg(m_timeout.count() / 1000.0)
                    .arg(action),
                program());
        }
        process.waitForFinished(int(qMin<qint64>(deadline.remainingTime(), 100)));
        output.out += process.readAllStandardOutput();
        output.err += process.readAllStandardError();
        if (output.out.size() > kMaxOutput || output.err.size() > kMaxOutput) {
            process.kill();
            process.waitForFinished(1000);
            return Error::make(
                Error::Kind::Protocol,
                tr("The credential helper %1 wrote more than 1 MiB; it is not a working credential "
                   "helper")
                    .arg(program()),
                program());
        }
    }
    output.out += process.readAllStandardOutput();
    output.err += process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit)
        return Error::make(Error::Kind::Io, tr("The credential helper %1 crashed").arg(program()), program());
    output.exitCode = process.exitCode();
    return output;
}

Result<Credential> CredentialHelper::get(const QString& serverUrl) const
{
    auto output = run(QStringLiteral("get"), serverUrl.toUtf8());
    if (!output)
        return output.error();
    if (isNotFound(*output))
        return Credential();
    if (output->exitCode != 0)
        return failure(tr("get credentials"), *output);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(output->out, &parseError);
    if (!doc.isObject())
        return Error::make(
            Error::Kind::Protocol,
            tr("The credential helper %1 answered something that is not JSON credentials").arg(program()),
            program());
    const QJsonObject object = doc.object();
    const QString username = object.value(QLatin1String("Username")).toString();
    const QString secret = object.value(QLatin1String("Secret")).toString();
    Credential credential;
    if (username == kTokenUser) {
        credential.identityToken = secret;
    } else {
        credential.username = username;
        credential.secret = secret;
    }
    if (!credential.isEmpty())
        credential.source = program();
    return credential;
}

Status CredentialHelper::store(const QString& serverUrl, const Credential& credential) const
{
    QJsonObject object;
    object.insert(QLatin1String("ServerURL"), serverUrl);
    if (!credential.identityToken.isEmpty()) {
        object.insert(QLatin1String("Username"), kTokenUser);
        object.insert(QLatin1String("Secret"), credential.identityToken);
    } else if (!credential.username.isEmpty()) {
        object.insert(QLatin1String("Username"), credential.username);
        object.insert(QLatin1String("Secret"), credential.secret);
    } else {
        return Error::make(
            Error::Kind::InvalidInput,
            tr("A credential helper can store a user name and password or an identity token only"));
    }
    auto output = run(QStringLiteral("store"), QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!output)
        return output.error();
    if (output->exitCode != 0)
        return failure(tr("store credentials"), *output);
    return {};
}

Status CredentialHelper::erase(const QString& serverUrl) const
{
    auto output = run(QStringLiteral("erase"), serverUrl.toUtf8());
    if (!output)
        return output.error();
    if (isNotFound(*output))
        return {};
    if (output->exitCode != 0)
        return failure(tr("erase credentials"), *output);
    return {};
}

Result<QMap<QString, QString>> CredentialHelper::list() const
{
    auto output = run(QStringLiteral("list"), {});
    if (!output)
        return output.error();
    if (output->exitCode != 0)
        return failure(tr("list credentials"), *output);
    const QJsonDocument doc = QJsonDocument::fromJson(output->out);
    if (!doc.isObject())
        return Error::make(
            Error::Kind::Protocol,
            tr("The credential helper %1 answered a list that is not a JSON object").arg(program()),
            program());
    QMap<QString, QString> entries;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        entries.insert(it.key(), it.value().toString());
    return entries;
}

} // namespace lading::auth
