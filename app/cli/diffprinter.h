#pragma once

#include "core/inspect/artifactdiff.h"

#include <QCoreApplication>
#include <QStringList>

namespace lading::cli {

// The human form of `lading diff`: one block per section, its title with counts, then one line per
// difference marked like diff(1) ("+" only right, "-" only left, "~" changed, "=" on both sides). Sections
// that were not compared say why. Platforms of an index are nested, indented.
class DiffPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(DiffPrinter)

public:
    static QStringList lines(const inspect::ArtifactComparison& comparison);

private:
    static void print(const inspect::ArtifactComparison& c, const QString& indent, bool header,
                      QStringList& out);
};

} // namespace lading::cli
