#pragma once

#include "core/inspect/filesystemdiff.h"
#include "ui/models/filediffmodel.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace lading::ui {

class StateStack;

// The Files tab of the compare view: the added, removed and modified paths of the two merged filesystems
// as a tree (FileDiffModel), a filter field, a check box per change kind with its count, and a note on
// what was read (the shared lowest layers skipped without reading them, or listed because the upper
// layers needed them). The tree arrives built (off the GUI thread) and is set at once.
class FileDiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDiffView)

public:
    explicit FileDiffView(QWidget* parent = nullptr);
    ~FileDiffView() override;

    // The files section and its tree (FileDiffModel::buildTree of files.changes).
    void setFiles(const inspect::FilesDiff& files, std::shared_ptr<const FileDiffModel::Tree> tree);
    // The section was not compared (not an image, not asked for): why.
    void setMessage(const QString& message);

    // "The 3 lowest layers both sides share were not read." and friends.
    static QString readNote(const inspect::FilesDiff& files);

    FileDiffModel* model() const { return m_model; }
    QTreeView* treeView() const { return m_tree; }
    QLineEdit* filterEdit() const { return m_filter; }
    QCheckBox* kindBox(inspect::ChangeKind kind) const;
    QLabel* noteLabel() const { return m_note; }
    StateStack* stateStack() const { return m_state; }

private:
    void updateState();

    FileDiffModel* m_model;
    QLineEdit* m_filter;
    QCheckBox* m_added;
    QCheckBox* m_removed;
    QCheckBox* m_changed;
    QLabel* m_count;
    QLabel* m_note;
    QTreeView* m_tree;
    StateStack* m_state;
    QTimer* m_filterTimer;
    QString m_emptyMessage;
    bool m_compared = false;
};

} // namespace lading::ui
