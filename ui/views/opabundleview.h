#pragma once

#include "core/inspect/opabundlereader.h"
#include "ui/views/fieldsandlistsview.h"

namespace lading::ui {

class ReadOnlyTable;

// An OPA bundle's contents: the .manifest (revision, roots, Rego version, metadata), whether it is signed,
// then its policies (with their packages), data documents and other files.
class OpaBundleView final : public FieldsAndListsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpaBundleView)

public:
    explicit OpaBundleView(QWidget* parent = nullptr);
    ~OpaBundleView() override;

    void setBundle(const inspect::OpaBundle& bundle);

    ReadOnlyTable* policies() const { return m_policies; }
    ReadOnlyTable* dataFiles() const { return m_data; }
    ReadOnlyTable* otherFiles() const { return m_other; }

private:
    ReadOnlyTable* m_policies;
    ReadOnlyTable* m_data;
    ReadOnlyTable* m_other;
};

} // namespace lading::ui
