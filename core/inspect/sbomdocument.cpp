#include "core/inspect/sbomdocument.h"

#include "core/util/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

LADING_TR_CONTEXT(SbomDocument);

namespace lading::inspect {

namespace {

// CycloneDX components nest (an application's libraries, a library's bundled code). QJsonDocument already
// refuses absurd depths; this bound keeps the recursion here far from the stack's end whatever it allows.
constexpr int kMaxComponentDepth = 200;
// How much of the start of a document is searched to name a format that is not JSON.
constexpr qsizetype kSniffBytes = 4096;

Error invalid(const QString& message)
{
    return Error::make(Error::Kind::InvalidInput, message);
}

Error unsupported(const QString& message)
{
    return Error::make(Error::Kind::Unsupported, message);
}

QString str(const QJsonObject& object, QLatin1StringView key)
{
    return object.value(key).toString();
}

// SPDX writes "NOASSERTION" or "NONE" where it has nothing to say.
QString spdxValue(const QJsonObject& object, QLatin1StringView key)
{
    const QString value = str(object, key).trimmed();
    if (value == QLatin1String("NOASSERTION") || value == QLatin1String("NONE"))
        return {};
    return value;
}

// "pkg:npm/%40scope/name@1.0" → "npm". Some tools write "pkg://npm/…"; the type is case-insensitive.
QString purlType(const QString& purl)
{
    if (!purl.startsWith(QLatin1String("pkg:"), Qt::CaseInsensitive))
        return {};
    qsizetype start = 4;
    while (start < purl.size() && purl.at(start) == QLatin1Char('/'))
        ++start;
    const qsizetype slash = purl.indexOf(QLatin1Char('/'), start);
    if (slash <= start)
        return {};
    return purl.mid(start, slash - start).toLower();
}

// "Organization: Example Inc. (info@example.com)" → "Example Inc."; "Person: Jane" → "Jane".
QString spdxActor(const QString& value)
{
    if (value.isEmpty() || value == QLatin1String("NOASSERTION") || value == QLatin1String("NONE"))
        return {};
    QString name = value;
    for (const auto prefix :
         {QLatin1String("Organization:"), QLatin1String("Person:"), QLatin1String("Tool:")}) {
        if (name.startsWith(prefix)) {
            name = name.mid(prefix.size());
            break;
        }
    }
    name = name.trimmed();
    // The optional contact is a mail address in parentheses at the end; other parentheses are part of
    // the name ("Example (Europe) GmbH").
    if (name.endsWith(QLatin1Char(')'))) {
        const qsizetype open = name.lastIndexOf(QLatin1Char('('));
        if (open > 0 && name.indexOf(QLatin1Char('@'), open) > 0)
            name = name.left(open).trimmed();
    }
    return name;
}

void appendLicence(QStringList& licences, const QString& licence)
{
    if (!licence.isEmpty() && !licences.contains(licence))
        licences.append(licence);
}

QString specVersionOf(const QJsonValue& value)
{
    if (value.isDouble()) // a few tools write the number, not the string
        return QString::number(value.toDouble());
    return value.toString().trimmed();
}

// ---- SPDX 2.x ----

Result<SbomDocument> readSpdx(const QJsonObject& root)
{
    SbomDocument document;
    document.format = SbomFormat::Spdx;
    const QString version = str(root, QLatin1StringView("spdxVersion")).trimmed();
    static const QRegularExpression spdx2(QStringLiteral("^SPDX-2\\.\\d+$"));
    if (!spdx2.match(version).hasMatch())
        return unsupported(
            tr("The document says it is %1; Lading reads SPDX 2.2 and 2.3 documents in JSON.").arg(version));
    document.specVersion = version.mid(5);
    document.name = str(root, QLatin1StringView("name"));
    const QJsonObject creation = root.value(QLatin1StringView("creationInfo")).toObject();
    document.created = str(creation, QLatin1StringView("created"));
    for (const QJsonValue& creator : creation.value(QLatin1StringView("creators")).toArray()) {
        if (creator.isString())
            document.creators.append(creator.toString());
    }

    const QJsonValue packagesValue = root.value(QLatin1StringView("packages"));
    if (!packagesValue.isUndefined() && !packagesValue.isArray())
        return invalid(tr("The SPDX document's \"packages\" is not a list."));
    const QJsonArray packages = packagesValue.toArray();
    document.packages.reserve(packages.size());
    qsizetype position = 0;
    for (const QJsonValue& value : packages) {
        ++position;
        if (!value.isObject())
            return invalid(tr("Package %1 of the SPDX document is not a JSON object.").arg(position));
        const QJsonObject p = value.toObject();
        SbomPackage package;
        package.name = str(p, QLatin1StringView("name"));
        package.version = spdxValue(p, QLatin1StringView("versionInfo"));
        for (const QJsonValue& ref : p.value(QLatin1StringView("externalRefs")).toArray()) {
            const QJsonObject r = ref.toObject();
            if (str(r, QLatin1StringView("referenceType")) == QLatin1String("purl")) {
                package.purl = str(r, QLatin1StringView("referenceLocator"));
                break;
            }
        }
        package.type = purlType(package.purl);
        if (package.type.isEmpty())
            package.type = str(p, QLatin1StringView("primaryPackagePurpose")).toLower();
        appendLicence(package.licences, spdxValue(p, QLatin1StringView("licenseConcluded")));
        appendLicence(package.licences, spdxValue(p, QLatin1StringView("licenseDeclared")));
        package.supplier = spdxActor(str(p, QLatin1StringView("supplier")).trimmed());
        document.packages.append(std::move(package));
    }
    return document;
}

// ---- CycloneDX 1.x ----

QString toolText(const QJsonObject& tool)
{
    QString name = str(tool, QLatin1StringView("name"));
    const QString version = str(tool, QLatin1StringView("version"));
    if (!version.isEmpty())
        name += QLatin1Char(' ') + version;
    return name.trimmed();
}

QStringList cycloneDxCreators(const QJsonObject& metadata)
{
    QStringList creators;
    const QJsonValue tools = metadata.value(QLatin1StringView("tools"));
    // 1.4: an array of {vendor, name, version}; 1.5 and later: {components: [...], services: [...]}.
    QJsonArray toolList;
    if (tools.isArray()) {
        toolList = tools.toArray();
    } else if (tools.isObject()) {
        const QJsonObject object = tools.toObject();
        for (const auto key : {QLatin1StringView("components"), QLatin1StringView("services")}) {
            for (const QJsonValue& tool : object.value(key).toArray())
                toolList.append(tool);
        }
    }
    for (const QJsonValue& tool : std::as_const(toolList)) {
        const QString text = toolText(tool.toObject());
        if (!text.isEmpty())
            creators.append(text);
    }
    for (const QJsonValue& author : metadata.value(QLatin1StringView("authors")).toArray()) {
        const QString name = str(author.toObject(), QLatin1StringView("name"));
        if (!name.isEmpty())
            creators.append(name);
    }
    return creators;
}

QStringList cycloneDxLicences(const QJsonObject& component)
{
    QStringList licences;
    for (const QJsonValue& value : component.value(QLatin1StringView("licenses")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString expression = str(entry, QLatin1StringView("expression")).trimmed();
        if (!expression.isEmpty()) {
            appendLicence(licences, expression);
            continue;
        }
        const QJsonObject licence = entry.value(QLatin1StringView("license")).toObject();
        QString id = str(licence, QLatin1StringView("id")).trimmed();
        if (id.isEmpty())
            id = str(licence, QLatin1StringView("name")).trimmed();
        appendLicence(licences, id);
    }
    return licences;
}

Status readComponents(const QJsonValue& value, int depth, QList<SbomPackage>& out)
{
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        return invalid(tr("The CycloneDX document's \"components\" is not a list."));
    if (depth > kMaxComponentDepth)
        return invalid(
            tr("The CycloneDX components are nested more than %1 levels deep.").arg(kMaxComponentDepth));
    for (const QJsonValue& entry : value.toArray()) {
        if (!entry.isObject())
            return invalid(tr("A component of the CycloneDX document is not a JSON object."));
        const QJsonObject c = entry.toObject();
        SbomPackage package;
        package.name = str(c, QLatin1StringView("name"));
        // Maven groups ("org.apache.commons") and npm scopes ("@angular") are part of what people call the
        // name; npm writes the scope with a slash.
        const QString group = str(c, QLatin1StringView("group"));
        if (!group.isEmpty()) {
            const QLatin1Char separator(group.startsWith(QLatin1Char('@')) ? '/' : ':');
            package.name = group + separator + package.name;
        }
        package.version = str(c, QLatin1StringView("version"));
        package.purl = str(c, QLatin1StringView("purl"));
        package.type = purlType(package.purl);
        if (package.type.isEmpty())
            package.type = str(c, QLatin1StringView("type"));
        package.licences = cycloneDxLicences(c);
        package.supplier = str(c.value(QLatin1StringView("supplier")).toObject(), QLatin1StringView("name"));
        if (package.supplier.isEmpty())
            package.supplier = str(c, QLatin1StringView("publisher"));
        out.append(std::move(package));
        LADING_TRY(readComponents(c.value(QLatin1StringView("components")), depth + 1, out));
    }
    return {};
}

Result<SbomDocument> readCycloneDx(const QJsonObject& root)
{
    SbomDocument document;
    document.format = SbomFormat::CycloneDx;
    const QString version = specVersionOf(root.value(QLatin1StringView("specVersion")));
    // JSON arrived with 1.2; later 1.x versions only add fields, so they read the same way.
    static const QRegularExpression cdx1(QStringLiteral("^1\\.(\\d+)$"));
    const auto match = cdx1.match(version);
    if (!match.hasMatch() || match.captured(1).toInt() < 2)
        return unsupported(
            tr("The document says it is CycloneDX %1; Lading reads CycloneDX 1.2 to 1.6 in JSON.")
                .arg(version.isEmpty() ? tr("(no version)") : version));
    document.specVersion = version;
    const QJsonObject metadata = root.value(QLatin1StringView("metadata")).toObject();
    document.name = str(metadata.value(QLatin1StringView("component")).toObject(), QLatin1StringView("name"));
    document.created = str(metadata, QLatin1StringView("timestamp"));
    document.creators = cycloneDxCreators(metadata);
    const QJsonValue components = root.value(QLatin1StringView("components"));
    document.packages.reserve(components.toArray().size());
    LADING_TRY(readComponents(components, 0, document.packages));
    return document;
}

// ---- forms that are not SBOM JSON ----

QByteArray headOf(const QByteArray& bytes)
{
    return bytes.left(kSniffBytes).toLower();
}

Error notJson(const QByteArray& trimmed)
{
    const QByteArray head = headOf(trimmed);
    if (trimmed.startsWith('<')) {
        if (head.contains("cyclonedx"))
            return unsupported(
                tr("This is a CycloneDX SBOM in XML; Lading reads CycloneDX only in its JSON form."));
        if (head.contains("spdx"))
            return unsupported(
                tr("This is an SPDX SBOM in RDF/XML; Lading reads SPDX only in its JSON form."));
        return invalid(tr("This is XML, not an SPDX or CycloneDX document in JSON."));
    }
    static const QRegularExpression tagValue(QStringLiteral("^\\s*SPDXVersion\\s*:"),
                                             QRegularExpression::MultilineOption |
                                                 QRegularExpression::CaseInsensitiveOption);
    if (tagValue.match(QString::fromUtf8(head)).hasMatch())
        return unsupported(
            tr("This is an SPDX SBOM in tag-value form; Lading reads SPDX only in its JSON form."));
    return {};
}

// Says what a JSON object is when it is neither SPDX 2 nor CycloneDX.
Error otherJson(const QJsonObject& root)
{
    // SPDX 3 is JSON-LD: "@context" names spdx.org/rdf/3…, as a string or in a list.
    const QJsonValue context = root.value(QLatin1StringView("@context"));
    const QByteArray contextJson =
        context.isArray() ? QJsonDocument(context.toArray()).toJson() : context.toString().toUtf8();
    if (contextJson.contains("spdx.org/rdf/3"))
        return unsupported(
            tr("This is an SPDX 3 document (JSON-LD); Lading reads SPDX 2.2 and 2.3 documents in JSON."));
    if (root.contains(QLatin1StringView("bomFormat")))
        return unsupported(tr("The document's bomFormat is \"%1\", not CycloneDX.")
                               .arg(str(root, QLatin1StringView("bomFormat"))));
    if (str(root, QLatin1StringView("_type")).contains(QLatin1String("in-toto")))
        return invalid(tr("This is an in-toto statement, not an SBOM document; its predicate may hold one."));
    if (root.contains(QLatin1StringView("payloadType")) && root.contains(QLatin1StringView("payload")))
        return invalid(tr("This is a DSSE envelope, not an SBOM document; its payload may hold one."));
    if (root.contains(QLatin1StringView("artifacts")) && root.contains(QLatin1StringView("descriptor")))
        return unsupported(
            tr("This is Syft's own JSON format; Lading reads SBOMs in SPDX or CycloneDX JSON."));
    return invalid(tr("This JSON is neither an SPDX nor a CycloneDX document: it has no \"spdxVersion\" or "
                      "\"bomFormat\"."));
}

} // namespace

QString sbomFormatName(SbomFormat format)
{
    switch (format) {
    case SbomFormat::Spdx:
        return QStringLiteral("SPDX");
    case SbomFormat::CycloneDx:
        return QStringLiteral("CycloneDX");
    case SbomFormat::Unknown:
        break;
    }
    return {};
}

QString SbomDocument::formatLabel() const
{
    const QString name = sbomFormatName(format);
    return specVersion.isEmpty() ? name : name + QLatin1Char(' ') + specVersion;
}

Result<SbomDocument> SbomDocument::fromJson(const QJsonObject& root)
{
    if (root.contains(QLatin1StringView("spdxVersion")))
        return readSpdx(root);
    if (str(root, QLatin1StringView("bomFormat")) == QLatin1String("CycloneDX"))
        return readCycloneDx(root);
    return otherJson(root);
}

Result<SbomDocument> SbomDocument::parse(const QByteArray& bytes)
{
    QByteArray trimmed = bytes;
    if (trimmed.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark, which QJsonDocument refuses
        trimmed.remove(0, 3);
    trimmed = trimmed.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("The SBOM is empty."));
    if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
        Error other = notJson(trimmed);
        if (other.kind != Error::Kind::None)
            return other;
    }

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
            return invalid(tr("The SBOM is not JSON (nor any other SBOM form Lading knows)."));
        // A parser that stops at the very end ran out of text: the download or the file was cut short.
        if (parseError.offset >= trimmed.size() - 1)
            return invalid(tr("The SBOM ends early after %1 bytes: the JSON is incomplete (truncated?).")
                               .arg(bytes.size()));
        return invalid(tr("The SBOM is not valid JSON: %1 at byte %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    }
    if (!json.isObject())
        return invalid(tr("The SBOM is JSON but not an object: SPDX and CycloneDX documents are objects."));
    return fromJson(json.object());
}

} // namespace lading::inspect
