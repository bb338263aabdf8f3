#include "core/registry/registryerror.h"

#include "core/util/translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

LADING_TR_CONTEXT(RegistryError);

namespace lading::registry {

namespace {

Error::Kind kindForStatus(int status, const QString& code)
{
    if (code == QLatin1String("TOOMANYREQUESTS") || status == 429)
        return Error::Kind::RateLimited;
    // Status first (oci-reference §8.13): a 413 is "too large" whatever code comes with it; distribution
    // and this project's test registry send SIZE_INVALID there, which would otherwise read as corruption.
    if (status == 413)
        return Error::Kind::TooLarge;
    if (code == QLatin1String("DIGEST_INVALID") || code == QLatin1String("SIZE_INVALID"))
        return Error::Kind::Integrity;
    if (code == QLatin1String("UNSUPPORTED") || status == 405)
        return Error::Kind::Unsupported;
    switch (status) {
    case 400:
        return Error::Kind::InvalidInput;
    case 401:
        return Error::Kind::Unauthorized;
    case 403:
        return Error::Kind::Denied;
    case 404:
        return Error::Kind::NotFound;
    case 413:
        return Error::Kind::TooLarge;
    default:
        return status >= 500 ? Error::Kind::Server : Error::Kind::Protocol;
    }
}

QString hintForStatus(int status)
{
    switch (status) {
    case 401:
        return tr("log in with \"lading login\" or check your credentials");
    case 403:
        return tr("your account is not allowed to do this");
    case 405:
        return tr("the registry does not allow this operation (deletion may be disabled)");
    case 413:
        return tr("the registry refuses content this large");
    case 429:
        return tr("the registry is rate-limiting requests; try again later");
    default:
        return status >= 500 ? tr("the registry failed; try again later") : QString();
    }
}
} // namespace

Error errorFromReply(int status, const QByteArray& body, const QString& what)
{
    QString code;
    QString detail;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject root = document.object();
        const QJsonArray errors = root.value(QLatin1String("errors")).toArray();
        QStringList messages;
        for (const auto& entry : errors) {
            const QJsonObject e = entry.toObject();
            if (code.isEmpty())
                code = e.value(QLatin1String("code")).toString();
            // simplified(): a registry's line breaks must not split our one-line message.
            const QString message = e.value(QLatin1String("message")).toString().simplified();
            if (!message.isEmpty() && !messages.contains(message))
                messages.append(message);
        }
        if (messages.isEmpty() && root.value(QLatin1String("message")).isString())
            messages.append(root.value(QLatin1String("message")).toString().simplified());
        if (messages.isEmpty() && root.value(QLatin1String("details")).isString())
            messages.append(root.value(QLatin1String("details")).toString().simplified());
        detail = messages.join(QStringLiteral("; "));
    }
    Error error;
    error.httpStatus = status;
    error.code = code;
    error.kind = kindForStatus(status, code);
    QString text = tr("%1 failed: HTTP %2").arg(what).arg(status);
    if (!code.isEmpty())
        text += QStringLiteral(" ") + code;
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail.left(300) + QStringLiteral(")");
    const QString hint = hintForStatus(status);
    if (!hint.isEmpty())
        text += QStringLiteral("; ") + hint;
    error.message = text;
    return error;
}

} // namespace lading::registry
