#include "core/util/error.h"

namespace lading {

QString Error::toString() const
{
    QString text = message;
    if (!origin.isEmpty())
        text = origin + QStringLiteral(": ") + text;
    return text;
}

} // namespace lading
