#include "core/inspect/intotostatement.h"

#include "core/util/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

LADING_TR_CONTEXT(InTotoStatement);

namespace lading::inspect {

Result<InTotoStatement> InTotoStatement::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The in-toto statement is not valid JSON (%1 at byte %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    if (!document.isObject())
        return Error::make(Error::Kind::InvalidInput, tr("The in-toto statement is not a JSON object."));
    const QJsonObject object = document.object();

    InTotoStatement statement;
    statement.type = object.value(QLatin1String("_type")).toString();
    statement.predicateType = object.value(QLatin1String("predicateType")).toString();
    if (!statement.type.startsWith(QLatin1String("https://in-toto.io/Statement/")))
        return Error::make(
            Error::Kind::InvalidInput,
            tr("The document is not an in-toto statement (its _type is \"%1\").").arg(statement.type));
    if (statement.predicateType.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("The in-toto statement names no predicate type."));

    for (const QJsonValue& value : object.value(QLatin1String("subject")).toArray()) {
        const QJsonObject entry = value.toObject();
        InTotoSubject subject;
        subject.name = entry.value(QLatin1String("name")).toString();
        const QJsonObject digests = entry.value(QLatin1String("digest")).toObject();
        for (auto it = digests.begin(); it != digests.end(); ++it)
            subject.digests.insert(it.key(), it.value().toString());
        statement.subjects.append(subject);
    }

    statement.predicate = object.value(QLatin1String("predicate"));
    return statement;
}

QByteArray InTotoStatement::predicateJson(QJsonDocument::JsonFormat format) const
{
    if (predicate.isObject())
        return QJsonDocument(predicate.toObject()).toJson(format);
    if (predicate.isArray())
        return QJsonDocument(predicate.toArray()).toJson(format);
    return QByteArrayLiteral("null");
}

bool InTotoStatement::hasSubject(const oci::Digest& digest) const
{
    for (const InTotoSubject& subject : subjects) {
        const QString hex = subject.digests.value(digest.algorithm());
        if (!hex.isEmpty() && hex.compare(digest.encoded(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace lading::inspect
