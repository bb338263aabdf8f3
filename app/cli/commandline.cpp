#include "app/cli/commandline.h"

#include "app/cli/diffprinter.h"
#include "app/cli/progressprinter.h"
#include "app/cli/verifyprinter.h"
#include "core/inspect/artifactdiff.h"
#include "core/inspect/artifactdiffjson.h"
#include "core/inspect/signaturereportjson.h"
#include "core/inspect/signatureverifier.h"
#include "core/inspect/trustsettings.h"
#include "core/oci/artifactclassifier.h"
#include "core/oci/mediatypes.h"
#include "core/registry/remoterepository.h"
#include "core/transfer/artifactdetector.h"
#include "core/transfer/artifactpacker.h"
#include "core/transfer/artifactunpacker.h"
#include "core/transfer/deleteplanner.h"
#include "core/transfer/graphcopier.h"
#include "core/transfer/parallel.h"
#include "core/transfer/storeopener.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace lading::cli {

using store::Descriptor;
using store::Location;

struct CommandLine::Command
{
    QString name;
    QString arguments;
    QString summary;
    int (CommandLine::*handler)(QCommandLineParser&);
    std::function<void(QCommandLineParser&)> options;
};

namespace {

QCommandLineOption annotationOption()
{
    return {QStringList{QStringLiteral("a"), QStringLiteral("annotation")},
            CommandLine::tr("Manifest annotation KEY=VALUE (repeatable)"), QStringLiteral("KEY=VALUE")};
}

QCommandLineOption artifactTypeOption()
{
    return {QStringLiteral("artifact-type"), CommandLine::tr("The artifact type (a media type)"),
            QStringLiteral("TYPE")};
}

Result<oci::Annotations> parseAnnotations(const QStringList& values)
{
    oci::Annotations annotations;
    for (const QString& value : values) {
        const int eq = value.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error::make(Error::Kind::InvalidInput,
                               CommandLine::tr("The annotation \"%1\" is not KEY=VALUE").arg(value));
        annotations.insert(value.left(eq), value.mid(eq + 1));
    }
    return annotations;
}

// "FILE[:MEDIATYPE]" as oras takes it: a media type always has a '/', and a file that exists under the
// whole name wins, so paths with ':' still work.
std::pair<QString, QString> splitMediaType(const QString& argument)
{
    const int colon = argument.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && argument.mid(colon + 1).contains(QLatin1Char('/')) && !QFileInfo::exists(argument))
        return {argument.left(colon), argument.mid(colon + 1)};
    return {argument, QString()};
}

void splitMediaTypes(const QStringList& arguments, transfer::PackRequest& request)
{
    for (const QString& argument : arguments) {
        const auto [path, mediaType] = splitMediaType(argument);
        request.paths.append(path);
        if (!mediaType.isEmpty())
            request.layerMediaTypes.insert(path, mediaType);
    }
}

} // namespace

CommandLine::CommandLine() = default;
CommandLine::~CommandLine() = default;

const QList<CommandLine::Command>& CommandLine::commands()
{
    static const QList<Command> list = {
        {QStringLiteral("catalog"),
         QStringLiteral("REGISTRY"),
         tr("List the repositories of a registry, all pages"),
         &CommandLine::catalog,
         {}},
        {QStringLiteral("tags"),
         QStringLiteral("REPOSITORY"),
         tr("List the tags of a repository or layout, all pages"),
         &CommandLine::tags,
         {}},
        {QStringLiteral("resolve"),
         QStringLiteral("LOCATION"),
         tr("Print the digest of a manifest"),
         &CommandLine::resolve,
         {}},
        {QStringLiteral("manifest"),
         QStringLiteral("LOCATION"),
         tr("Print the exact manifest bytes"),
         &CommandLine::manifest,
         {}},
        {QStringLiteral("referrers"), QStringLiteral("LOCATION"),
         tr("List the referrers (signatures, SBOMs, …) of a manifest"), &CommandLine::referrers,
         [](QCommandLineParser& p) {
             p.addOption(artifactTypeOption());
             p.addOption({QStringLiteral("json"), tr("Print JSON")});
         }},
        {QStringLiteral("verify"), QStringLiteral("LOCATION"),
         tr("Check the signatures and attestations of a manifest (cosign, Sigstore bundles, notation, DSSE). "
            "Exit code 0: every signature verified, 3: a signature is invalid, 4: signed but not every "
            "signature verified, 5: unsigned, 1: error"),
         &CommandLine::verify,
         [](QCommandLineParser& p) {
             p.addOption(
                 {QStringLiteral("key"),
                  tr("Trust this public key (PEM; repeatable). Without --key and --trust-root the keys "
                     "and roots from the settings are used"),
                  QStringLiteral("PEM")});
             p.addOption({QStringLiteral("trust-root"),
                          tr("Trust this root (or intermediate) certificate (PEM; repeatable)"),
                          QStringLiteral("PEM")});
             p.addOption({QStringLiteral("json"), tr("Print JSON")});
         }},
        {QStringLiteral("push"), QStringLiteral("LOCATION FILE[:MEDIATYPE]|DIR..."),
         tr("Push files and folders as an artifact"), &CommandLine::push,
         [](QCommandLineParser& p) {
             p.addOption(artifactTypeOption());
             p.addOption(annotationOption());
             p.addOption({QStringLiteral("config"), tr("A config file, optionally with its media type"),
                          QStringLiteral("FILE[:MEDIATYPE]")});
             p.addOption(
                 {QStringLiteral("detect"),
                  tr("Detect the artifact kind (Helm chart, WASM, SIF, OPA, SBOM, signature) and fill in "
                     "its media types, config and tag; explicit types and --config still win")});
         }},
        {QStringLiteral("attach"), QStringLiteral("SUBJECT FILE..."),
         tr("Push files as a referrer of SUBJECT"), &CommandLine::attach,
         [](QCommandLineParser& p) {
             p.addOption(artifactTypeOption());
             p.addOption(annotationOption());
         }},
        {QStringLiteral("pull"), QStringLiteral("LOCATION"),
         tr("Save an artifact's files (by title) to a folder"), &CommandLine::pull,
         [](QCommandLineParser& p) {
             p.addOption({QStringList{QStringLiteral("o"), QStringLiteral("output")}, tr("The output folder"),
                          QStringLiteral("DIR")});
             p.addOption({QStringLiteral("platform"), tr("For a multi-platform index: os/arch[/variant]"),
                          QStringLiteral("PLATFORM")});
         }},
        {QStringLiteral("copy"), QStringLiteral("SRC DST"), tr("Copy between any registries and layouts"),
         &CommandLine::copy,
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("referrers"), tr("Copy referrers too, recursively")});
         }},
        {QStringLiteral("export"), QStringLiteral("LOCATION"), tr("Write an OCI layout folder or tar"),
         &CommandLine::exportTo,
         [](QCommandLineParser& p) {
             p.addOption(
                 {QStringLiteral("oci-layout"), tr("The layout folder to write"), QStringLiteral("DIR")});
             p.addOption(
                 {QStringLiteral("oci-archive"), tr("The layout tar to write"), QStringLiteral("FILE")});
             p.addOption({QStringLiteral("referrers"), tr("Export referrers too")});
         }},
        {QStringLiteral("tag"),
         QStringLiteral("LOCATION NEWTAG..."),
         tr("Add tags to a manifest"),
         &CommandLine::tag,
         {}},
        {QStringLiteral("delete"), QStringLiteral("LOCATION"),
         tr("Delete a manifest; lists every tag that goes with it"), &CommandLine::remove,
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("dry-run"), tr("Only show what would be deleted")});
             p.addOption({QStringLiteral("with-referrers"),
                          tr("Also delete the referrers that would be orphaned (deepest first)")});
         }},
        {QStringLiteral("diff"), QStringLiteral("LEFT RIGHT"),
         tr("Compare two artifacts: manifests, configs, annotations, layers, files, SBOM packages, referrers "
            "and platforms. Exit code 0: identical, 1: different, 2: trouble (like diff)"),
         &CommandLine::diff,
         [](QCommandLineParser& p) {
             p.addOption(
                 {QStringLiteral("json"),
                  tr("Print JSON (schema in core/inspect/artifactdiffjson.h, \"schemaVersion\": 1)")});
             p.addOption({QStringLiteral("platform"),
                          tr("For multi-platform indexes: compare only this platform, os/arch[/variant]"),
                          QStringLiteral("PLATFORM")});
             p.addOption({QStringLiteral("no-files"), tr("Do not compare the files of the layers")});
             p.addOption({QStringLiteral("no-sbom"), tr("Do not compare SBOM packages")});
             p.addOption(
                 {QStringLiteral("no-referrers"), tr("Do not compare referrers (signatures, SBOMs, …)")});
             p.addOption(
                 {QStringLiteral("no-verify"), tr("Do not verify the signatures among the referrers")});
         }},
        {QStringLiteral("login"), QStringLiteral("REGISTRY"), tr("Store credentials in the OS keychain"),
         &CommandLine::login,
         [](QCommandLineParser& p) {
             p.addOption({QStringList{QStringLiteral("u"), QStringLiteral("username")}, tr("User name"),
                          QStringLiteral("USER")});
             p.addOption(
                 {QStringLiteral("password-stdin"), tr("Read the password or token from standard input")});
         }},
        {QStringLiteral("logout"),
         QStringLiteral("REGISTRY"),
         tr("Remove stored credentials"),
         &CommandLine::logout,
         {}},
    };
    return list;
}

QString CommandLine::usage()
{
    QString text =
        tr("Usage: lading COMMAND [OPTIONS] ARGUMENTS\n\nLocations: host[:port]/repo[:tag][@digest], "
           "oci:PATH[:tag|@digest], oci-archive:FILE.tar[:tag]\n\nCommands:\n");
    for (const auto& c : commands())
        text += QStringLiteral("  %1 %2\n      %3\n").arg(c.name, -10).arg(c.arguments, c.summary);
#ifndef LADING_HEADLESS
    text += QStringLiteral("  %1 %2\n      %3\n")
                .arg(QStringLiteral("open"), -10)
                .arg(QStringLiteral("LOCATION"),
                     tr("Open the window at LOCATION (no arguments: just the window)"));
#endif
    text += tr("\nRun \"lading COMMAND --help\" for a command's options.\n");
    return text;
}

void CommandLine::out(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void CommandLine::outJson(const QJsonObject& object)
{
    out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

int CommandLine::fail(const Error& error)
{
    std::fprintf(stderr, "lading: %s\n", qPrintable(error.toString()));
    return Failure;
}

int CommandLine::usageError(const QString& message)
{
    std::fprintf(stderr, "lading: %s\n", qPrintable(message));
    return Usage;
}

int CommandLine::run(const QStringList& arguments)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h") || arguments.first() == QLatin1String("help")) {
        std::fputs(qPrintable(usage()), arguments.isEmpty() ? stderr : stdout);
        return arguments.isEmpty() ? Usage : Success;
    }
    if (arguments.first() == QLatin1String("--version")) {
        out(QStringLiteral("lading ") + QCoreApplication::applicationVersion());
        return Success;
    }
    const auto& list = commands();
    const auto it =
        std::find_if(list.begin(), list.end(), [&](const Command& c) { return c.name == arguments.first(); });
    if (it == list.end())
        return usageError(tr("\"%1\" is not a command; run \"lading --help\"").arg(arguments.first()));

    QCommandLineParser parser;
    parser.setApplicationDescription(it->summary);
    parser.addHelpOption();
    parser.addPositionalArgument(it->name + QLatin1Char(' ') + it->arguments, QString());
    parser.addOption(
        {QStringLiteral("plain-http"), tr("Allow plain HTTP to the registries named here (insecure)")});
    parser.addOption(
        {QStringLiteral("ca-file"), tr("Trust this CA bundle (PEM) for TLS"), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("concurrency"), tr("Blobs transferred at once (default 4)"), QStringLiteral("N")});
    if (it->options)
        it->options(parser);
    QStringList argv = arguments;
    argv.first() = QStringLiteral("lading ") + it->name;
    if (!parser.parse(argv))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Success;
    }
    m_plainHttp = parser.isSet(QStringLiteral("plain-http"));
    m_caFile = parser.value(QStringLiteral("ca-file"));
    if (!m_caFile.isEmpty() && !QFileInfo(m_caFile).isReadable())
        return usageError(tr("Cannot read the CA file %1").arg(m_caFile));
    if (parser.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        m_concurrency = parser.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || m_concurrency < 1 || m_concurrency > 64)
            return usageError(tr("--concurrency takes a number from 1 to 64"));
    }
    // Credentials: the OS keychain, then Docker's and containers' files (never the user's plain settings).
    m_credentials = std::make_unique<auth::CredentialStore>();
    auto* credentials = m_credentials.get();
    registry::RegistryOptions defaults;
    defaults.caFile = m_caFile;
    m_pool = std::make_unique<registry::RegistryPool>(
        [credentials](const QString& host) { return credentials->get(host); }, defaults);
    // Registries the user marked insecure once, in the settings.
    QSettings settings(QStringLiteral("lading"), QStringLiteral("lading"));
    const QStringList insecure = settings.value(QStringLiteral("registries/insecure")).toStringList();
    for (const QString& host : insecure) {
        registry::RegistryOptions options = defaults;
        options.plainHttp = true;
        m_pool->setOptions(host, options);
    }
    return (this->*(it->handler))(parser);
}

Result<Location> CommandLine::parseLocation(const QString& text, bool allowBare)
{
    auto location = Location::parse(text, allowBare);
    if (!location)
        return location.error();
    if (location->isRegistry() && m_plainHttp) {
        registry::RegistryOptions options = m_pool->options(location->reference.registry());
        options.plainHttp = true;
        m_pool->setOptions(location->reference.registry(), options);
    }
    return location;
}

Result<CommandLine::OpenedLocation> CommandLine::openLocation(const QString& text, bool forWriting,
                                                              bool allowBare)
{
    auto location = parseLocation(text, allowBare);
    if (!location)
        return location.error();
    auto store = openStore(location.value(), forWriting);
    if (!store)
        return store.error();
    return OpenedLocation{location.value(), std::move(store.value())};
}

Result<CommandLine::ResolvedLocation> CommandLine::resolveLocation(const QString& text)
{
    auto opened = openLocation(text, false);
    if (!opened)
        return opened.error();
    auto descriptor = opened->store->resolve(opened->location.manifestReference());
    if (!descriptor)
        return descriptor.error();
    return ResolvedLocation{opened->location, std::move(opened->store), descriptor.value()};
}

Result<std::unique_ptr<store::Store>> CommandLine::openStore(const Location& location, bool forWriting)
{
    transfer::StoreOpener opener(*m_pool);
    return opener.open(location, forWriting);
}

int CommandLine::catalog(QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("catalog takes one registry, for example: lading catalog localhost:5000"));
    auto host = oci::Reference::parseRegistry(parser.positionalArguments().first());
    if (!host)
        return fail(host.error());
    if (m_plainHttp)
        (void)parseLocation(host.value() + QStringLiteral("/x"), true);
    auto repositories = m_pool->client(host.value())->catalog();
    if (!repositories && repositories.error().kind == Error::Kind::Unsupported) {
        // Many registries (Docker Hub, GitHub's) serve no catalog: a fact about the registry, not a failure.
        std::fprintf(stderr, "lading: %s\n", qPrintable(repositories.error().message));
        return Success;
    }
    if (!repositories)
        return fail(repositories.error());
    for (const QString& name : repositories.value())
        out(name);
    return Success;
}

int CommandLine::tags(QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("tags takes one repository, for example: lading tags localhost:5000/app"));
    auto opened = openLocation(parser.positionalArguments().first(), false, true);
    if (!opened)
        return fail(opened.error());
    auto& [location, store] = opened.value();
    auto list = store->tags();
    if (!list)
        return fail(list.error());
    for (const QString& t : list.value())
        out(t);
    return Success;
}

int CommandLine::resolve(QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("resolve takes one location"));
    auto resolved = resolveLocation(parser.positionalArguments().first());
    if (!resolved)
        return fail(resolved.error());
    out(resolved->descriptor.digest.toString());
    return Success;
}

int CommandLine::manifest(QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("manifest takes one location"));
    auto opened = openLocation(parser.positionalArguments().first(), false);
    if (!opened)
        return fail(opened.error());
    auto& [location, store] = opened.value();
    auto manifest = store->fetchManifest(location.manifestReference());
    if (!manifest)
        return fail(manifest.error());
    std::fwrite(manifest->bytes().constData(), 1, static_cast<size_t>(manifest->bytes().size()), stdout);
    return Success;
}

int CommandLine::referrers(QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("referrers takes one location"));
    auto resolved = resolveLocation(parser.positionalArguments().first());
    if (!resolved)
        return fail(resolved.error());
    const oci::Descriptor& subject = resolved->descriptor;
    auto list = resolved->store->referrers(subject.digest, parser.value(QStringLiteral("artifact-type")));
    if (!list)
        return fail(list.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray manifests;
        for (const auto& r : list.value()) {
            QJsonObject entry = r.descriptor.toJson();
            entry.insert(QLatin1String("source"), inspect::SignatureReportJson::sourceKeyword(r.source));
            manifests.append(entry);
        }
        QJsonObject root;
        root.insert(QLatin1String("subject"), subject.toJson());
        root.insert(QLatin1String("referrers"), manifests);
        outJson(root);
        return Success;
    }
    for (const auto& r : list.value()) {
        const QString type =
            r.descriptor.artifactType.isEmpty() ? QStringLiteral("-") : r.descriptor.artifactType;
        const QString created =
            r.descriptor.annotations.value(QString(oci::Annotation::Created), QStringLiteral("-"));
        out(QStringLiteral("%1  %2  %3  %4")
                .arg(r.descriptor.digest.toString(), type, created,
                     inspect::SignatureReportJson::sourceKeyword(r.source)));
    }
    return Success;
}

int CommandLine::verify(QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("verify takes one location, for example: lading verify localhost:5000/app:v1"));
    // Explicit keys and roots replace the settings, so a script's result does not depend on the desktop's.
    inspect::TrustPolicy policy;
    const QStringList keys = parser.values(QStringLiteral("key"));
    const QStringList roots = parser.values(QStringLiteral("trust-root"));
    if (keys.isEmpty() && roots.isEmpty())
        policy = inspect::TrustSettings::load();
    for (const QString& path : keys) {
        if (auto added = policy.addPublicKeyFile(path); !added)
            return usageError(added.error().message);
    }
    for (const QString& path : roots) {
        if (auto added = policy.addRootCertificateFile(path); !added)
            return usageError(added.error().message);
    }
    auto resolved = resolveLocation(parser.positionalArguments().first());
    if (!resolved)
        return fail(resolved.error());
    auto reports = inspect::SignatureVerifier::verifyAll(*resolved->store, resolved->descriptor, policy);
    if (!reports)
        return fail(reports.error());
    if (parser.isSet(QStringLiteral("json"))) {
        outJson(VerifyPrinter::json(resolved->descriptor, reports.value()));
    } else {
        for (const QString& line : VerifyPrinter::lines(reports.value()))
            out(line);
    }
    return VerifyPrinter::exitCode(reports.value());
}

int CommandLine::push(QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return usageError(tr("push takes a location and at least one file or folder"));
    const bool detect = parser.isSet(QStringLiteral("detect"));
    // With --detect a bare repository is fine: the tag may come from the artifact (a chart's version).
    auto location = parseLocation(args.first(), detect);
    if (!location)
        return fail(location.error());
    if (location->hasDigest())
        return usageError(tr("push needs a tag, not a digest: the digest is computed from the content"));
    auto annotations = parseAnnotations(parser.values(QStringLiteral("annotation")));
    if (!annotations)
        return fail(annotations.error());
    transfer::PackRequest request;
    splitMediaTypes(args.mid(1), request);
    request.artifactType = parser.value(QStringLiteral("artifact-type"));
    request.manifestAnnotations = annotations.value();
    if (parser.isSet(QStringLiteral("config"))) {
        const QString config = parser.value(QStringLiteral("config"));
        const auto [path, mediaType] = splitMediaType(config);
        request.configPath = path;
        request.configMediaType = mediaType;
    }
    QTemporaryDir work;
    request.workDir = work.path();
    request.concurrency = m_concurrency;
    QString tag = location->tagName();
    if (detect) {
        auto detected = transfer::ArtifactDetector::detect(request.paths);
        if (!detected)
            return fail(detected.error());
        std::fprintf(stderr, "%s\n", qPrintable(tr("Detected: %1").arg(detected->summary)));
        // What the user said explicitly wins over what was detected.
        for (auto it = detected->layerMediaTypes.cbegin(); it != detected->layerMediaTypes.cend(); ++it) {
            if (!request.layerMediaTypes.contains(it.key()))
                request.layerMediaTypes.insert(it.key(), it.value());
        }
        if (request.artifactType.isEmpty())
            request.artifactType = detected->artifactType;
        for (auto it = detected->annotations.cbegin(); it != detected->annotations.cend(); ++it) {
            if (!request.manifestAnnotations.contains(it.key()))
                request.manifestAnnotations.insert(it.key(), it.value());
        }
        if (request.configPath.isEmpty() && !detected->configMediaType.isEmpty()) {
            const QString configPath = work.filePath(QStringLiteral("config.json"));
            QFile config(configPath);
            const QByteArray bytes =
                detected->configBytes.isEmpty() ? QByteArrayLiteral("{}") : detected->configBytes;
            if (!config.open(QIODevice::WriteOnly) || config.write(bytes) != bytes.size() || !config.flush())
                return fail(Error::make(Error::Kind::Io,
                                        tr("Cannot write the generated config to %1").arg(configPath)));
            config.close();
            request.configPath = configPath;
            request.configMediaType = detected->configMediaType;
        }
        if (tag.isEmpty())
            tag = !detected->suggestedTag.isEmpty() ? detected->suggestedTag
                  : location->isRegistry()          ? QStringLiteral("latest")
                                                    : QString();
    }
    store::TransferControl control;
    auto packed = transfer::ArtifactPacker::pack(request, &control);
    if (!packed)
        return fail(packed.error());
    auto store = openStore(location.value(), true);
    if (!store)
        return fail(store.error());
    qint64 total = 0;
    for (const auto& blob : packed->blobs)
        total += blob.descriptor.size;
    Result<Descriptor> pushed = Error();
    {
        ProgressPrinter progress(control, tr("Pushing"), total);
        pushed = transfer::ArtifactPacker::push(packed.value(), *store.value(), tag, &control);
    }
    transfer::ArtifactPacker::cleanUp(packed.value());
    if (!pushed)
        return fail(pushed.error());
    if (auto saved = transfer::StoreOpener::save(*store.value()); !saved.ok())
        return fail(saved.error());
    out(pushed->digest.toString());
    return Success;
}

int CommandLine::attach(QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return usageError(tr("attach takes a subject and at least one file"));
    if (!parser.isSet(QStringLiteral("artifact-type")))
        return usageError(tr("attach needs --artifact-type, for example application/spdx+json"));
    auto location = parseLocation(args.first());
    if (!location)
        return fail(location.error());
    auto annotations = parseAnnotations(parser.values(QStringLiteral("annotation")));
    if (!annotations)
        return fail(annotations.error());
    auto store = openStore(location.value(), true);
    if (!store)
        return fail(store.error());
    auto subject = store.value()->resolve(location->manifestReference());
    if (!subject)
        return fail(subject.error());
    transfer::PackRequest request;
    splitMediaTypes(args.mid(1), request);
    request.artifactType = parser.value(QStringLiteral("artifact-type"));
    request.manifestAnnotations = annotations.value();
    Descriptor subjectDescriptor;
    subjectDescriptor.mediaType = subject->mediaType;
    subjectDescriptor.digest = subject->digest;
    subjectDescriptor.size = subject->size;
    request.subject = subjectDescriptor;
    QTemporaryDir work;
    request.workDir = work.path();
    request.concurrency = m_concurrency;
    store::TransferControl control;
    auto packed = transfer::ArtifactPacker::pack(request, &control);
    if (!packed)
        return fail(packed.error());
    auto pushed = transfer::ArtifactPacker::push(packed.value(), *store.value(), QString(), &control);
    transfer::ArtifactPacker::cleanUp(packed.value());
    if (!pushed)
        return fail(pushed.error());
    if (auto saved = transfer::StoreOpener::save(*store.value()); !saved.ok())
        return fail(saved.error());
    out(pushed->digest.toString());
    return Success;
}

int CommandLine::pull(QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("output")))
        return usageError(tr("pull takes one location and -o DIR"));
    auto opened = openLocation(parser.positionalArguments().first(), false);
    if (!opened)
        return fail(opened.error());
    auto& [location, store] = opened.value();
    std::optional<oci::Platform> platform;
    if (parser.isSet(QStringLiteral("platform"))) {
        auto parsed = oci::Platform::parse(parser.value(QStringLiteral("platform")));
        if (!parsed)
            return fail(parsed.error());
        platform = parsed.value();
    }
    auto manifest =
        transfer::ArtifactUnpacker::manifestToPull(*store, location.manifestReference(), platform);
    if (!manifest)
        return fail(manifest.error());
    qint64 total = 0;
    for (const auto& layer : manifest->layers())
        total += layer.size;
    store::TransferControl control;
    Result<transfer::UnpackResult> result = Error();
    {
        ProgressPrinter progress(control, tr("Pulling"), total);
        result = transfer::ArtifactUnpacker::unpack(
            manifest.value(), *store, parser.value(QStringLiteral("output")), &control, m_concurrency);
    }
    if (!result)
        return fail(result.error());
    for (const QString& path : result->written)
        out(path);
    if (!result->skipped.isEmpty())
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("lading: skipped %n layer(s) without a title annotation", nullptr,
                                   int(result->skipped.size()))));
    return Success;
}

int CommandLine::copy(QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("copy takes a source and a destination"));
    auto source = parseLocation(args[0]);
    if (!source)
        return fail(source.error());
    auto destination = parseLocation(args[1], true);
    if (!destination)
        return fail(destination.error());
    QString tagName = destination->tagName();
    if (tagName.isEmpty() && !destination->hasDigest())
        tagName = source->tagName();
    return copyGraph(source.value(), destination.value(), tagName, parser.isSet(QStringLiteral("referrers")),
                     tr("Copying"));
}

int CommandLine::exportTo(QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("export takes one location"));
    const bool layout = parser.isSet(QStringLiteral("oci-layout"));
    const bool archive = parser.isSet(QStringLiteral("oci-archive"));
    if (layout == archive)
        return usageError(tr("export needs exactly one of --oci-layout DIR and --oci-archive FILE"));
    auto source = parseLocation(parser.positionalArguments().first());
    if (!source)
        return fail(source.error());
    Location destination;
    destination.kind = layout ? Location::Kind::Layout : Location::Kind::Archive;
    destination.path = parser.value(layout ? QStringLiteral("oci-layout") : QStringLiteral("oci-archive"));
    destination.tag = source->tagName().isEmpty() ? QStringLiteral("latest") : source->tagName();
    return copyGraph(source.value(), destination, destination.tag, parser.isSet(QStringLiteral("referrers")),
                     tr("Exporting"));
}

int CommandLine::copyGraph(const Location& source, const Location& destination, const QString& tagName,
                           bool withReferrers, const QString& verb)
{
    auto from = openStore(source, false);
    if (!from)
        return fail(from.error());
    auto to = openStore(destination, true);
    if (!to)
        return fail(to.error());
    transfer::CopyOptions options;
    options.includeReferrers = withReferrers;
    options.concurrency = m_concurrency;
    store::TransferControl control;
    transfer::GraphCopier copier(*from.value(), *to.value(), options, &control);
    auto plan = copier.plan(source.manifestReference());
    if (!plan)
        return fail(plan.error());
    Result<transfer::CopyResult> result = Error();
    {
        ProgressPrinter progress(control, verb, plan->blobBytes);
        result = copier.copy(plan.value(), tagName);
    }
    if (!result)
        return fail(result.error());
    if (auto saved = transfer::StoreOpener::save(*to.value()); !saved.ok())
        return fail(saved.error());
    out(result->root.digest.toString());
    return Success;
}

int CommandLine::tag(QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return usageError(tr("tag takes a location and at least one new tag"));
    for (const QString& t : args.mid(1)) {
        if (!oci::Reference::isValidTag(t))
            return usageError(tr("\"%1\" is not a valid tag").arg(t));
    }
    auto resolved = resolveLocation(args.first());
    if (!resolved)
        return fail(resolved.error());
    store::Store& store = *resolved->store;
    for (const QString& t : args.mid(1)) {
        if (auto tagged = store.tag(resolved->descriptor, t); !tagged.ok())
            return fail(tagged.error());
    }
    if (auto saved = transfer::StoreOpener::save(store); !saved.ok())
        return fail(saved.error());
    out(resolved->descriptor.digest.toString());
    return Success;
}

int CommandLine::remove(QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("delete takes one location"));
    auto location = parseLocation(parser.positionalArguments().first());
    if (!location)
        return fail(location.error());
    auto opened = openStore(location.value(), false);
    if (!opened)
        return fail(opened.error());
    store::Store& store = *opened.value();
    // Every tag that points at the digest goes with it, and referrers lose their subject: show both first.
    auto plan = transfer::DeletePlanner::plan(store, location->manifestReference(), m_concurrency);
    if (!plan)
        return fail(plan.error());
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool withReferrers = parser.isSet(QStringLiteral("with-referrers"));
    out((dryRun ? tr("would delete %1") : tr("deleting %1")).arg(plan->target.digest.toString()));
    for (const QString& t : std::as_const(plan->tags))
        out(tr("  tag %1").arg(t));
    for (const auto& r : std::as_const(plan->orphans)) {
        const QString line = withReferrers ? tr("  referrer %1 (%2)") : tr("  orphans referrer %1 (%2)");
        out(line.arg(r.descriptor.digest.toString(), r.descriptor.artifactType));
    }
    if (dryRun)
        return Success;
    if (auto deleted = transfer::DeletePlanner::execute(store, plan.value(), withReferrers); !deleted.ok())
        return fail(deleted.error());
    if (auto saved = transfer::StoreOpener::save(store); !saved.ok())
        return fail(saved.error());
    return Success;
}

int CommandLine::diff(QCommandLineParser& parser)
{
    // Exit codes as diff(1): 0 identical, 1 different, 2 trouble (bad arguments or any error).
    constexpr int kIdentical = 0;
    constexpr int kDifferent = 1;
    constexpr int kTrouble = 2;
    const auto trouble = [](const Error& error) {
        std::fprintf(stderr, "lading: %s\n", qPrintable(error.toString()));
        return kTrouble;
    };
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(
            tr("diff takes two locations, for example: lading diff localhost:5000/app:v1 oci:out:v2"));
    inspect::ArtifactDiffOptions options;
    if (parser.isSet(QStringLiteral("platform"))) {
        auto platform = oci::Platform::parse(parser.value(QStringLiteral("platform")));
        if (!platform)
            return trouble(platform.error());
        options.platform = platform.value();
    }
    options.files = !parser.isSet(QStringLiteral("no-files"));
    options.sbom = !parser.isSet(QStringLiteral("no-sbom"));
    options.referrers = !parser.isSet(QStringLiteral("no-referrers"));
    options.verify = !parser.isSet(QStringLiteral("no-verify"));
    if (options.verify)
        options.trust = inspect::TrustSettings::load();
    options.concurrency = m_concurrency;
    auto left = openLocation(args[0], false);
    if (!left)
        return trouble(left.error());
    auto right = openLocation(args[1], false);
    if (!right)
        return trouble(right.error());
    store::TransferControl control;
    Result<inspect::ArtifactComparison> comparison = Error();
    {
        ProgressPrinter progress(control, tr("Comparing"), 0);
        comparison =
            inspect::ArtifactDiff::compare(*left->store, left->location.manifestReference(), *right->store,
                                           right->location.manifestReference(), options, &control);
    }
    if (!comparison)
        return trouble(comparison.error());
    if (parser.isSet(QStringLiteral("json"))) {
        outJson(inspect::ArtifactDiffJson::toJson(comparison.value()));
    } else {
        for (const QString& line : DiffPrinter::lines(comparison.value()))
            out(line);
    }
    return comparison->hasDifferences() ? kDifferent : kIdentical;
}

int CommandLine::login(QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("username")))
        return usageError(tr("login takes a registry and -u USER; the password comes from --password-stdin"));
    if (!parser.isSet(QStringLiteral("password-stdin")))
        return usageError(
            tr("pass the password on standard input with --password-stdin (never on the command line)"));
    auto host = oci::Reference::parseRegistry(parser.positionalArguments().first());
    if (!host)
        return fail(host.error());
    if (m_plainHttp)
        (void)parseLocation(host.value() + QStringLiteral("/x"), true);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(Error::make(Error::Kind::Io, tr("Cannot read standard input")));
    QByteArray password = in.readAll();
    while (password.endsWith('\n') || password.endsWith('\r'))
        password.chop(1);
    if (password.isEmpty())
        return usageError(tr("No password on standard input"));
    auth::Credential credential;
    credential.username = parser.value(QStringLiteral("username"));
    credential.secret = QString::fromUtf8(password);
    // Check the credential against the registry before keeping it.
    auto client = m_pool->client(host.value());
    client->setSessionCredential(credential);
    if (auto ping = client->ping(); !ping.ok()) {
        if (ping.error().kind == Error::Kind::Unauthorized)
            return fail(Error::make(Error::Kind::Unauthorized,
                                    tr("%1 rejected the user name or password").arg(host.value())));
        return fail(ping.error());
    }
    if (auto stored = m_credentials->store(host.value(), credential); !stored.ok())
        return fail(stored.error());
    out(tr("Login succeeded; the credential is in the OS keychain"));
    return Success;
}

int CommandLine::logout(QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("logout takes a registry"));
    auto host = oci::Reference::parseRegistry(parser.positionalArguments().first());
    if (!host)
        return fail(host.error());
    if (auto erased = m_credentials->erase(host.value()); !erased.ok())
        return fail(erased.error());
    out(tr("Removed the credential for %1").arg(host.value()));
    return Success;
}

} // namespace lading::cli
