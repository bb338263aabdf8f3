#pragma once

#include "core/inspect/sifreader.h"

#include <QWidget>

namespace lading::ui {

class FieldForm;
class ReadOnlyTable;

// A SIF's global header and its data objects (definition file, partitions with file system, type and
// architecture, signatures with hash and key fingerprint, …).
class SifView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SifView)

public:
    explicit SifView(QWidget* parent = nullptr);
    ~SifView() override;

    void setImage(const inspect::SifImage& image);

    FieldForm* header() const { return m_header; }
    ReadOnlyTable* descriptors() const { return m_descriptors; }

    static QString timeText(qint64 unixSeconds);

private:
    FieldForm* m_header;
    ReadOnlyTable* m_descriptors;
};

} // namespace lading::ui
