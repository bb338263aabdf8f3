#include "ui/util/commandbuilder.h"

#include "core/oci/mediatypes.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace lading::ui {

namespace {

using Kind = store::Location::Kind;

// Where a destination of "copy" goes when the source is a layout: a local registry is the usual next step.
const QString kPlaceholderRegistry = QStringLiteral("localhost:5000");

QString safeName(QString name)
{
    // A folder and repository name people can keep: lower case, no characters a shell or a registry minds.
    name = name.toLower();
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9._-]+"));
    name.replace(unsafe, QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    return name.isEmpty() ? QStringLiteral("artifact") : name;
}

// The last name of the repository or of the layout folder or tar: what a pulled folder is called.
QString baseName(const store::Location& location)
{
    if (location.isRegistry())
        return safeName(location.reference.repository().section(QLatin1Char('/'), -1));
    QString path = location.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QFileInfo info(path);
    return safeName(location.kind == Kind::Archive ? info.completeBaseName() : info.fileName());
}

// The digest that names the manifest: the location's own, else the resolved one.
oci::Digest digestOf(const CommandTarget& target)
{
    const store::Location& l = target.location;
    if (l.isRegistry() && l.reference.hasDigest())
        return l.reference.digest();
    if (!l.isRegistry() && l.digest.isValid())
        return l.digest;
    return {};
}

QString tagOf(const CommandTarget& target)
{
    return target.location.tagName();
}

// "host/repo@digest" when a digest is known (tools refuse or ignore a tag next to it), else "host/repo:tag".
QString registryReference(const CommandTarget& target)
{
    const oci::Reference& r = target.location.reference;
    const oci::Digest digest = digestOf(target);
    if (digest.isValid())
        return r.withoutTag().withDigest(digest).toString();
    if (r.hasTag())
        return r.toString();
    if (target.digest.isValid())
        return r.withDigest(target.digest).toString();
    return r.toString();
}

// "PATH:tag" or "PATH@digest" as oras --oci-layout takes it.
QString layoutReference(const CommandTarget& target)
{
    const oci::Digest digest = digestOf(target);
    if (digest.isValid())
        return target.location.path + QLatin1Char('@') + digest.toString();
    if (!tagOf(target).isEmpty())
        return target.location.path + QLatin1Char(':') + tagOf(target);
    if (target.digest.isValid())
        return target.location.path + QLatin1Char('@') + target.digest.toString();
    return target.location.path;
}

// The location as lading spells it, digest preferred.
QString ladingLocation(const CommandTarget& target)
{
    if (target.location.isRegistry())
        return registryReference(target);
    const QString prefix =
        target.location.kind == Kind::Layout ? QStringLiteral("oci:") : QStringLiteral("oci-archive:");
    return prefix + layoutReference(target);
}

// How a layout manifest is named in a registry it is copied to: its tag, else its digest.
QString destinationSuffix(const CommandTarget& target)
{
    if (!tagOf(target).isEmpty())
        return QLatin1Char(':') + tagOf(target);
    const oci::Digest digest = digestOf(target).isValid() ? digestOf(target) : target.digest;
    return digest.isValid() ? QLatin1Char('@') + digest.toString() : QString();
}

bool isIndex(const CommandTarget& target)
{
    return oci::MediaType::isIndex(target.mediaType);
}

ShellCommand make(const QString& tool, const QString& action, QStringList arguments)
{
    arguments.prepend(tool);
    return ShellCommand{tool, action, arguments};
}

// Options lading needs to reach the registry: loopback registries may speak plain HTTP without asking.
QStringList ladingRegistryOptions(const CommandTarget& target)
{
    QStringList options;
    if (!target.location.isRegistry())
        return options;
    if (target.plainHttp && !target.location.reference.isLoopback())
        options << QStringLiteral("--plain-http");
    if (!target.plainHttp && !target.caFile.isEmpty())
        options << QStringLiteral("--ca-file") << target.caFile;
    return options;
}

QList<ShellCommand> ladingCommands(const CommandTarget& target)
{
    const QStringList options = ladingRegistryOptions(target);
    const QString location = ladingLocation(target);
    const QString name = baseName(target.location);
    QList<ShellCommand> list;
    list << make(QStringLiteral("lading"), QStringLiteral("manifest"),
                 QStringList{QStringLiteral("manifest")} + options + QStringList{location});
    list << make(QStringLiteral("lading"), QStringLiteral("referrers"),
                 QStringList{QStringLiteral("referrers")} + options + QStringList{location});
    const QString output = target.location.isRegistry() ? name : name + QStringLiteral("-files");
    list << make(QStringLiteral("lading"), QStringLiteral("pull"),
                 QStringList{QStringLiteral("pull")} + options +
                     QStringList{location, QStringLiteral("-o"), output});
    // A registry copies into a layout folder next to the user; a layout copies into a local registry.
    QString destination;
    if (target.location.isRegistry()) {
        destination = QStringLiteral("oci:") + name;
    } else {
        destination = kPlaceholderRegistry + QLatin1Char('/') + name + destinationSuffix(target);
    }
    list << make(QStringLiteral("lading"), QStringLiteral("copy"),
                 QStringList{QStringLiteral("copy"), QStringLiteral("--referrers")} + options +
                     QStringList{location, destination});
    return list;
}

QStringList orasOptions(const CommandTarget& target)
{
    QStringList options;
    if (!target.location.isRegistry())
        return {QStringLiteral("--oci-layout")};
    if (target.plainHttp)
        options << QStringLiteral("--plain-http");
    else if (!target.caFile.isEmpty())
        options << QStringLiteral("--ca-file") << target.caFile;
    // oras does not prompt; the password comes from standard input so it never lands in shell history.
    if (target.auth != CommandTarget::Auth::None)
        options << QStringLiteral("-u") << QStringLiteral("USER") << QStringLiteral("--password-stdin");
    return options;
}

QList<ShellCommand> orasCommands(const CommandTarget& target)
{
    const QStringList options = orasOptions(target);
    const QString reference =
        target.location.isRegistry() ? registryReference(target) : layoutReference(target);
    const QString output = target.location.isRegistry()
                               ? baseName(target.location)
                               : baseName(target.location) + QStringLiteral("-files");
    QList<ShellCommand> list;
    list << make(QStringLiteral("oras"), QStringLiteral("manifest fetch"),
                 QStringList{QStringLiteral("manifest"), QStringLiteral("fetch")} + options +
                     QStringList{reference});
    list << make(QStringLiteral("oras"), QStringLiteral("pull"),
                 QStringList{QStringLiteral("pull")} + options +
                     QStringList{reference, QStringLiteral("-o"), output});
    list << make(QStringLiteral("oras"), QStringLiteral("discover"),
                 QStringList{QStringLiteral("discover")} + options + QStringList{reference});
    return list;
}

// skopeo's name of the location: docker://REF, oci:PATH:TAG, oci-archive:FILE:TAG. Its oci transports
// address manifests by tag only, so an untagged layout manifest has no name (empty).
QString skopeoName(const CommandTarget& target)
{
    if (target.location.isRegistry())
        return QStringLiteral("docker://") + registryReference(target);
    const QString tag = tagOf(target);
    if (tag.isEmpty())
        return {};
    const QString transport =
        target.location.kind == Kind::Layout ? QStringLiteral("oci:") : QStringLiteral("oci-archive:");
    return transport + target.location.path + QLatin1Char(':') + tag;
}

// skopeo's TLS and credential options for the registry side; `prefix` is "" or "src-".
QStringList skopeoOptions(const CommandTarget& target, const QString& prefix)
{
    QStringList options;
    if (!target.location.isRegistry())
        return options;
    if (target.plainHttp)
        options << QStringLiteral("--%1tls-verify=false").arg(prefix);
    else if (!target.caFile.isEmpty())
        // skopeo trusts the *.crt files of a folder rather than one file: right when the CA file is a
        // "*.crt" in a folder of its own (like docker's certs.d), a hint to put it there otherwise.
        options << QStringLiteral("--%1cert-dir").arg(prefix) << QFileInfo(target.caFile).absolutePath();
    // Without a password skopeo asks for it on the terminal.
    if (target.auth != CommandTarget::Auth::None)
        options << QStringLiteral("--%1creds").arg(prefix) << QStringLiteral("USER");
    return options;
}

QList<ShellCommand> skopeoCommands(const CommandTarget& target)
{
    const QString source = skopeoName(target);
    if (source.isEmpty())
        return {};
    QList<ShellCommand> list;
    list << make(QStringLiteral("skopeo"), QStringLiteral("inspect --raw"),
                 QStringList{QStringLiteral("inspect"), QStringLiteral("--raw")} +
                     skopeoOptions(target, QString()) + QStringList{source});
    QStringList copy{QStringLiteral("copy")};
    if (isIndex(target))
        copy << QStringLiteral("--all");
    copy << skopeoOptions(target, QStringLiteral("src-"));
    const QString name = baseName(target.location);
    const QString tag = tagOf(target);
    QString destination;
    if (target.location.isRegistry()) {
        destination = QStringLiteral("oci:") + name +
                      (tag.isEmpty() || digestOf(target).isValid() ? QString() : QLatin1Char(':') + tag);
    } else {
        copy << QStringLiteral("--dest-tls-verify=false");
        destination = QStringLiteral("docker://") + kPlaceholderRegistry + QLatin1Char('/') + name +
                      QLatin1Char(':') + tag;
    }
    copy << source << destination;
    list << make(QStringLiteral("skopeo"), QStringLiteral("copy"), copy);
    return list;
}

QList<ShellCommand> curlCommands(const CommandTarget& target)
{
    if (!target.location.isRegistry())
        return {};
    QStringList arguments{QStringLiteral("-fsSL")};
    if (!target.plainHttp && !target.caFile.isEmpty())
        arguments << QStringLiteral("--cacert") << target.caFile;
    // Placeholders only: a credential copied to the clipboard would end up in shell history.
    if (target.auth == CommandTarget::Auth::Basic)
        arguments << QStringLiteral("-u") << QStringLiteral("USER");
    else if (target.auth == CommandTarget::Auth::Bearer)
        arguments << QStringLiteral("-H") << QStringLiteral("Authorization: Bearer TOKEN");
    arguments << QStringLiteral("-H") << QStringLiteral("Accept: ") + oci::MediaType::manifestAcceptHeader();
    arguments << CommandBuilder::manifestUrl(target);
    return {make(QStringLiteral("curl"), QStringLiteral("GET manifest"), arguments)};
}

} // namespace

QString ShellCommand::id() const
{
    QString name = action;
    static const QRegularExpression separators(QStringLiteral("[^a-zA-Z0-9]+"));
    name.replace(separators, QStringLiteral("-"));
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return tool + QLatin1Char('-') + name.toLower();
}

QString ShellCommand::line() const
{
    return CommandBuilder::shellJoin(arguments);
}

QList<ShellCommand> CommandBuilder::commands(const CommandTarget& target)
{
    QList<ShellCommand> list = ladingCommands(target);
    list << orasCommands(target) << skopeoCommands(target) << curlCommands(target);
    return list;
}

ShellCommand CommandBuilder::command(const CommandTarget& target, const QString& id)
{
    const QList<ShellCommand> list = commands(target);
    for (const ShellCommand& c : list) {
        if (c.id() == id)
            return c;
    }
    return {};
}

QString CommandBuilder::shellQuote(const QString& argument)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CommandBuilder::shellJoin(const QStringList& arguments)
{
    QStringList quoted;
    quoted.reserve(arguments.size());
    for (const QString& argument : arguments)
        quoted << shellQuote(argument);
    return quoted.join(QLatin1Char(' '));
}

QString CommandBuilder::manifestUrl(const CommandTarget& target)
{
    if (!target.location.isRegistry())
        return {};
    const oci::Reference& r = target.location.reference;
    QString reference = digestOf(target).isValid() ? digestOf(target).toString() : r.tag();
    if (reference.isEmpty() && target.digest.isValid())
        reference = target.digest.toString();
    const QString scheme = target.plainHttp ? QStringLiteral("http") : QStringLiteral("https");
    return scheme + QStringLiteral("://") + r.apiHost() + QStringLiteral("/v2/") + r.repository() +
           QStringLiteral("/manifests/") + reference;
}

} // namespace lading::ui
