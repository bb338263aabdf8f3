#include "core/oci/reference.h"

#include "core/util/translations.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

LADING_TR_CONTEXT(Reference);

namespace lading::oci {

namespace {

const QString kDockerHub = QStringLiteral("docker.io");

QString stripScheme(QString text)
{
    for (const auto prefix : {QLatin1String("oci://"), QLatin1String("docker://"), QLatin1String("https://"),
                              QLatin1String("http://")}) {
        if (text.startsWith(prefix))
            return text.mid(prefix.size());
    }
    return text;
}

bool looksLikeHost(const QString& component)
{
    return component.contains(QLatin1Char('.')) || component.contains(QLatin1Char(':')) ||
           component == QLatin1String("localhost") || component != component.toLower();
}

QString normaliseRegistry(const QString& host)
{
    if (host == QLatin1String("index.docker.io") || host == QLatin1String("registry-1.docker.io") ||
        host == QLatin1String("registry.hub.docker.com"))
        return kDockerHub;
    return host;
}

Result<void> validateHost(const QString& host)
{
    static const QRegularExpression grammar(QStringLiteral(
        "^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*"
        "[a-zA-Z0-9]))*|\\[[a-fA-F0-9:.]+\\])(?::[0-9]{1,5})?$"));
    if (!grammar.match(host).hasMatch())
        return Error::make(Error::Kind::InvalidInput, tr("\"%1\" is not a valid registry host").arg(host));
    return {};
}

} // namespace

bool Reference::isValidTag(const QString& tag)
{
    static const QRegularExpression grammar(QStringLiteral("^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$"));
    return grammar.match(tag).hasMatch();
}

bool Reference::isValidRepository(const QString& repository)
{
    static const QRegularExpression grammar(QStringLiteral(
        "^[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*)*$"));
    return grammar.match(repository).hasMatch();
}

Result<QString> Reference::parseRegistry(const QString& input)
{
    QString text = stripScheme(input.trimmed());
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    // Legacy docker config keys carry a path ("https://index.docker.io/v1/").
    text = text.section(QLatin1Char('/'), 0, 0);
    if (text.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           tr("A registry host is needed, for example localhost:5000"));
    LADING_TRY(validateHost(text));
    return normaliseRegistry(text.toLower());
}

Result<Reference> Reference::parse(const QString& input, bool allowBare)
{
    const QString text = stripScheme(input.trimmed());
    if (text.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("An empty reference; expected host/repository:tag"));
    Reference ref;
    QString rest = text;

    // Digest first: everything after '@'.
    const int at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        auto digest = Digest::parse(rest.mid(at + 1));
        if (!digest)
            return digest.error();
        ref.m_digest = digest.value();
        rest = rest.left(at);
    }
    // Tag: after the last ':' that follows the last '/', so a port is not taken for a tag.
    const int lastSlash = rest.lastIndexOf(QLatin1Char('/'));
    const int colon = rest.indexOf(QLatin1Char(':'), lastSlash + 1);
    if (colon >= 0) {
        ref.m_tag = rest.mid(colon + 1);
        rest = rest.left(colon);
        if (!isValidTag(ref.m_tag))
            return Error::make(
                Error::Kind::InvalidInput,
                tr("\"%1\" is not a valid tag: use letters, digits, '_', '.' and '-', at most 128, "
                   "not starting with '.' or '-'")
                    .arg(ref.m_tag));
    }
    const int slash = rest.indexOf(QLatin1Char('/'));
    QString path;
    if (slash >= 0 && looksLikeHost(rest.left(slash))) {
        const QString host = rest.left(slash);
        LADING_TRY(validateHost(host));
        ref.m_registry = normaliseRegistry(host.toLower());
        path = rest.mid(slash + 1);
    } else {
        ref.m_registry = kDockerHub;
        path = rest;
    }
    if (ref.m_registry == kDockerHub && !path.contains(QLatin1Char('/')))
        path = QStringLiteral("library/") + path;
    if (path.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           tr("\"%1\" names no repository; expected host/repository[:tag]").arg(input));
    if (!isValidRepository(path)) {
        const QString hint = path != path.toLower() ? tr(" (repository names are lower-case)") : QString();
        return Error::make(Error::Kind::InvalidInput,
                           tr("\"%1\" is not a valid repository name%2").arg(path, hint));
    }
    if (ref.m_registry.size() + 1 + path.size() > 255)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The repository name is longer than 255 characters"));
    ref.m_repository = path;
    if (!allowBare && ref.m_tag.isEmpty() && !ref.hasDigest())
        ref.m_tag = QStringLiteral("latest");
    return ref;
}

QString Reference::apiHost() const
{
    return m_registry == kDockerHub ? QStringLiteral("registry-1.docker.io") : m_registry;
}

Reference Reference::withTag(const QString& tag) const
{
    Reference r = *this;
    r.m_tag = tag;
    r.m_digest = {};
    return r;
}

Reference Reference::withDigest(const Digest& digest) const
{
    Reference r = *this;
    r.m_digest = digest;
    return r;
}

Reference Reference::withoutTag() const
{
    Reference r = *this;
    r.m_tag.clear();
    return r;
}

Reference Reference::withRepository(const QString& repository) const
{
    Reference r = *this;
    r.m_repository = repository;
    return r;
}

QString Reference::toString() const
{
    QString s = repositoryName();
    if (!m_tag.isEmpty())
        s += QLatin1Char(':') + m_tag;
    if (hasDigest())
        s += QLatin1Char('@') + m_digest.toString();
    return s;
}

bool Reference::isLoopback() const
{
    return isLoopbackHost(m_registry);
}

bool isLoopbackHost(const QString& hostAndPort)
{
    QString host = hostAndPort;
    if (host.startsWith(QLatin1Char('['))) {
        host = host.mid(1, host.indexOf(QLatin1Char(']')) - 1);
    } else {
        const int colon = host.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0 && host.count(QLatin1Char(':')) == 1)
            host = host.left(colon);
    }
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

} // namespace lading::oci
