#pragma once

#include "core/util/error.h"
#include "ui/models/pagesource.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace lading::ui {

// A flat list of names (repositories, tags) that loads page by page as the view scrolls (canFetchMore /
// fetchMore). Pages are fetched on a worker; a generation counter drops replies of an earlier source, and
// an in-flight flag keeps one request at a time. A registry that ignores `n` may send 100,000 names in one
// page, so a page is appended in slices: one slice per fetchMore, never a block that freezes the view.
//
// The base of RepositoryModel and TagModel; a subclass classifies names (on the worker) into a small kind
// per row and adds roles.
class PagedListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedListModel)

public:
    enum class LoadState
    {
        Idle,    // no source
        Loading, // a page is being fetched
        Loaded,  // nothing in flight (more pages may follow: canFetchMore)
        Failed,  // the last request failed: error() says why; reload() starts over
    };
    Q_ENUM(LoadState)

    explicit PagedListModel(QObject* parent = nullptr);
    ~PagedListModel() override;

    // Starts over with pages from `factory` and fetches the first page at once.
    void setPageSource(PageSource::Factory factory);
    // No source, no rows.
    void clear();
    // Starts over with the same source (Retry, F5); replies still in flight are dropped.
    void reload();
    // Fetches and appends everything left, a slice per event-loop turn, until the end or a failure (a
    // filter over the whole list, a location to reveal further down).
    void fetchAll();
    // fetchAll() now and after every reset (a new source, reload()) while on: a filter over the list is on.
    void setFetchEverything(bool on);
    bool fetchesEverything() const { return m_fetchEverything; }
    // Stops what fetchAll() started; a page in flight still lands. The rest loads as the view scrolls.
    void stopFetchAll();

    LoadState loadState() const { return m_state; }
    const Error& error() const { return m_error; }
    bool hasSource() const { return bool(m_factory); }
    // Every page fetched and every row appended.
    bool isComplete() const;
    // Rows fetched but not appended yet.
    int bufferedCount() const { return int(m_buffer.size() - m_bufferPos); }

    // Rows appended per fetchMore (default 2,000).
    void setSliceSize(int rows) { m_sliceSize = qMax(1, rows); }
    int sliceSize() const { return m_sliceSize; }

    QString nameAt(int row) const { return m_names.value(row); }
    quint8 kindAt(int row) const { return row >= 0 && row < m_kinds.size() ? quint8(m_kinds.at(row)) : 0; }
    // The row of `name` among the rows appended so far, or -1.
    int rowOf(const QString& name) const { return int(m_names.indexOf(name)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadStateChanged(lading::ui::PagedListModel::LoadState state);
    // A page arrived (before its first slice is appended); `count` names, `atEnd` when it was the last.
    void pageArrived(int count, bool atEnd);

protected:
    // Classifies a name into a small per-row kind. Runs on the worker thread: must be pure.
    using Classifier = quint8 (*)(const QString& name);
    void setClassifier(Classifier classifier) { m_classifier = classifier; }
    // Adds rows that do not come from the source (repository names the user typed), at the end; names
    // already listed are skipped.
    void appendLocalRows(const QStringList& names);
    // No source: exactly these rows, Loaded.
    void showLocalRows(const QStringList& names);
    // A failed page the subclass turns into something else (no catalog → typed names). true: handled, the
    // model is Loaded and at its end.
    virtual bool absorbFailure(const Error& error);
    // Called after a reset, before the first page is asked for.
    virtual void sourceReset() {}

private:
    struct Job;
    struct Page;

    void resetRows();
    void startFetch();
    void takePage(const Page& page);
    void appendSlice();
    void setState(LoadState state);
    void drainStep();

    PageSource::Factory m_factory;
    std::shared_ptr<Job> m_job;
    Classifier m_classifier = nullptr;
    quint64 m_generation = 0;
    bool m_inFlight = false;
    bool m_atEnd = true;
    bool m_draining = false;
    bool m_inserting = false;
    bool m_fetchEverything = false;
    LoadState m_state = LoadState::Idle;
    Error m_error;
    int m_sliceSize = 2000;

    QStringList m_names;
    QByteArray m_kinds;
    QStringList m_buffer; // fetched, not appended yet
    QByteArray m_bufferKinds;
    qsizetype m_bufferPos = 0;
    QTimer m_drainTimer;
};

} // namespace lading::ui
