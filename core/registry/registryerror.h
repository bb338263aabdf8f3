#pragma once

#include "core/util/error.h"

#include <QByteArray>

namespace lading::registry {

// Turns a failed registry reply into the one Error type: kind by status first, then the registry's own
// error code and message from an OCI error body ({"errors":[{code,message,detail}]}), Docker Hub's
// {"message": ...}, or nothing useful (HTML from a proxy).
Error errorFromReply(int status, const QByteArray& body, const QString& what);

} // namespace lading::registry
