#pragma once

#include "core/inspect/artifactdiff.h"

#include <QColor>

namespace lading::ui {

// What a row of a comparison stands for, the same way in every table and tree of the compare view: its
// colour, and which filter box hides it. Presence maps onto it as a change seen from the left: only on
// the right is Added, only on the left Removed, on both sides Same (or Changed when the two differ).
enum class DiffCategory
{
    Same,
    Added,
    Removed,
    Changed,
};

DiffCategory diffCategoryOf(inspect::ChangeKind kind);
DiffCategory diffCategoryOf(inspect::Presence presence);

// A translucent background for a row or line of `category` (invalid for Same): the same hue reads on a
// light and on a dark palette, as the base colour shows through.
QColor diffBackground(DiffCategory category);
// A stronger colour for the text of a "Change" cell.
QColor diffForeground(DiffCategory category);

} // namespace lading::ui
