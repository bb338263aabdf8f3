#include "core/store/location.h"

#include <QCoreApplication>

namespace lading::store {

Result<Location> Location::parse(const QString& input, bool allowBare)
{
    Location location;
    QString rest;
    if (input.startsWith(QLatin1String("oci-archive:"))) {
        location.kind = Kind::Archive;
        rest = input.mid(12);
    } else if (input.startsWith(QLatin1String("oci:")) && !input.startsWith(QLatin1String("oci://"))) {
        location.kind = Kind::Layout;
        rest = input.mid(4);
    } else {
        auto reference = oci::Reference::parse(input, allowBare);
        if (!reference)
            return reference.error();
        location.reference = reference.value();
        return location;
    }
    // Split "@digest" (after the last '@') and ":tag" (after the last ':' that follows the last '/').
    const int at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0 && rest.indexOf(QLatin1Char('/'), at) < 0) {
        auto digest = oci::Digest::parse(rest.mid(at + 1));
        if (!digest)
            return digest.error();
        location.digest = digest.value();
        rest = rest.left(at);
    }
    const int slash = rest.lastIndexOf(QLatin1Char('/'));
    const int colon = rest.indexOf(QLatin1Char(':'), slash + 1);
    if (colon >= 0) {
        location.tag = rest.mid(colon + 1);
        rest = rest.left(colon);
        if (location.tag.isEmpty())
            return Error::make(
                Error::Kind::InvalidInput,
                QCoreApplication::translate("Location", "\"%1\" has an empty tag after ':'").arg(input));
    }
    if (rest.isEmpty())
        return Error::make(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("Location", "\"%1\" names no path; expected oci:PATH[:tag]")
                .arg(input));
    location.path = rest;
    return location;
}

QString Location::manifestReference() const
{
    if (isRegistry())
        return reference.hasDigest() ? reference.digest().toString() : reference.tag();
    return digest.isValid() ? digest.toString() : tag;
}

QString Location::toString() const
{
    if (isRegistry())
        return reference.toString();
    QString s = (kind == Kind::Layout ? QStringLiteral("oci:") : QStringLiteral("oci-archive:")) + path;
    if (!tag.isEmpty())
        s += QLatin1Char(':') + tag;
    if (digest.isValid())
        s += QLatin1Char('@') + digest.toString();
    return s;
}

} // namespace lading::store
