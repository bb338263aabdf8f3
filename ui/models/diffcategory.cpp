#include "ui/models/diffcategory.h"

namespace lading::ui {

DiffCategory diffCategoryOf(inspect::ChangeKind kind)
{
    switch (kind) {
    case inspect::ChangeKind::Added:
        return DiffCategory::Added;
    case inspect::ChangeKind::Removed:
        return DiffCategory::Removed;
    case inspect::ChangeKind::Changed:
        return DiffCategory::Changed;
    }
    return DiffCategory::Same;
}

DiffCategory diffCategoryOf(inspect::Presence presence)
{
    switch (presence) {
    case inspect::Presence::OnlyRight:
        return DiffCategory::Added;
    case inspect::Presence::OnlyLeft:
        return DiffCategory::Removed;
    case inspect::Presence::Both:
        return DiffCategory::Same;
    }
    return DiffCategory::Same;
}

QColor diffBackground(DiffCategory category)
{
    switch (category) {
    case DiffCategory::Added:
        return QColor(46, 160, 67, 64);
    case DiffCategory::Removed:
        return QColor(218, 54, 51, 64);
    case DiffCategory::Changed:
        return QColor(212, 160, 23, 72);
    case DiffCategory::Same:
        break;
    }
    return {};
}

QColor diffForeground(DiffCategory category)
{
    switch (category) {
    case DiffCategory::Added:
        return QColor(26, 127, 55);
    case DiffCategory::Removed:
        return QColor(190, 40, 40);
    case DiffCategory::Changed:
        return QColor(154, 103, 0);
    case DiffCategory::Same:
        break;
    }
    return {};
}

} // namespace lading::ui
