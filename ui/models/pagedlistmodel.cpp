#include "ui/models/pagedlistmodel.h"

#include "ui/models/itemroles.h"
#include "ui/util/async.h"

#include <QScopedValueRollback>

namespace lading::ui {

// What a worker holds for one generation: the factory and, once made, the source. Only the worker that
// currently has the (single) request in flight touches it.
struct PagedListModel::Job
{
    PageSource::Factory factory;
    std::unique_ptr<PageSource> source;
};

struct PagedListModel::Page
{
    QStringList names;
    QByteArray kinds;
    Error error;
    bool failed = false;
    bool atEnd = true;
};

PagedListModel::PagedListModel(QObject* parent)
    : QAbstractListModel(parent)
{
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(0);
    connect(&m_drainTimer, &QTimer::timeout, this, &PagedListModel::drainStep);
}

PagedListModel::~PagedListModel() = default;

void PagedListModel::setPageSource(PageSource::Factory factory)
{
    m_factory = std::move(factory);
    reload();
}

void PagedListModel::clear()
{
    m_factory = {};
    resetRows();
}

void PagedListModel::reload()
{
    resetRows();
    if (!m_factory)
        return;
    m_job = std::make_shared<Job>();
    m_job->factory = m_factory;
    m_atEnd = false;
    m_draining = m_fetchEverything;
    sourceReset();
    startFetch();
}

void PagedListModel::resetRows()
{
    // A new generation: whatever is in flight now belongs to the past and is dropped when it lands.
    ++m_generation;
    m_inFlight = false;
    m_draining = false;
    m_drainTimer.stop();
    m_job.reset();
    m_atEnd = true;
    m_error = {};
    setState(LoadState::Idle);
    const QScopedValueRollback inserting(m_inserting, true);
    beginResetModel();
    m_names.clear();
    m_kinds.clear();
    m_buffer.clear();
    m_bufferKinds.clear();
    m_bufferPos = 0;
    endResetModel();
}

bool PagedListModel::isComplete() const
{
    return m_atEnd && !m_inFlight && bufferedCount() == 0;
}

void PagedListModel::fetchAll()
{
    if (isComplete() || m_state == LoadState::Failed)
        return;
    m_draining = true;
    m_drainTimer.start();
}

void PagedListModel::setFetchEverything(bool on)
{
    m_fetchEverything = on;
    if (on)
        fetchAll();
}

void PagedListModel::stopFetchAll()
{
    m_draining = false;
    m_drainTimer.stop();
}

void PagedListModel::drainStep()
{
    if (!m_draining)
        return;
    if (bufferedCount() > 0) {
        appendSlice();
        m_drainTimer.start(); // the next slice after the event loop had its turn
        return;
    }
    if (m_state == LoadState::Failed || m_atEnd) {
        m_draining = false;
        return;
    }
    startFetch(); // takePage() continues the drain
}

void PagedListModel::startFetch()
{
    if (m_inFlight || !m_job || m_atEnd || m_state == LoadState::Failed)
        return;
    m_inFlight = true;
    setState(LoadState::Loading);
    const quint64 generation = m_generation;
    runAsync(
        this,
        [job = m_job, classify = m_classifier]() {
            Page page;
            if (!job->source) {
                auto made = job->factory();
                if (!made) {
                    page.failed = true;
                    page.error = made.error();
                    return page;
                }
                job->source = std::move(made.value());
            }
            auto names = job->source->nextPage();
            if (!names) {
                page.failed = true;
                page.error = names.error();
                return page;
            }
            page.names = std::move(names.value());
            page.atEnd = job->source->atEnd();
            // Classifying here keeps the per-name work of a 100,000-name page off the GUI thread.
            page.kinds = QByteArray(page.names.size(), '\0');
            if (classify) {
                for (qsizetype i = 0; i < page.names.size(); ++i)
                    page.kinds[i] = char(classify(page.names.at(i)));
            }
            return page;
        },
        [this, generation](const Page& page) {
            if (generation != m_generation)
                return; // a reply for a source that is no longer shown
            takePage(page);
        });
}

void PagedListModel::takePage(const Page& page)
{
    m_inFlight = false;
    if (page.failed) {
        if (absorbFailure(page.error)) {
            m_atEnd = true;
            m_draining = false;
            setState(LoadState::Loaded);
            return;
        }
        m_error = page.error;
        m_draining = false;
        setState(LoadState::Failed);
        return;
    }
    m_atEnd = page.atEnd;
    if (m_bufferPos >= m_buffer.size()) {
        m_buffer = page.names;
        m_bufferKinds = page.kinds;
        m_bufferPos = 0;
    } else {
        m_buffer += page.names;
        m_bufferKinds += page.kinds;
    }
    emit pageArrived(int(page.names.size()), page.atEnd);
    // The view asked for more (or this is the first page): show a slice now, the rest as it scrolls.
    if (bufferedCount() > 0)
        appendSlice();
    setState(LoadState::Loaded);
    if (page.names.isEmpty() && !m_atEnd)
        startFetch(); // an empty page that is not the last: nothing for the view to scroll, ask again
    else if (m_draining)
        m_drainTimer.start();
}

void PagedListModel::appendSlice()
{
    const qsizetype count = qMin<qsizetype>(m_sliceSize, m_buffer.size() - m_bufferPos);
    if (count <= 0)
        return;
    const int first = int(m_names.size());
    // Whoever listens to the insert signals may call fetchMore (QAbstractItemModelTester does): not now.
    const QScopedValueRollback inserting(m_inserting, true);
    beginInsertRows({}, first, first + int(count) - 1);
    for (qsizetype i = 0; i < count; ++i)
        m_names.append(m_buffer.at(m_bufferPos + i));
    m_kinds.append(m_bufferKinds.constData() + m_bufferPos, count);
    m_bufferPos += count;
    if (m_bufferPos >= m_buffer.size()) {
        m_buffer.clear();
        m_bufferKinds.clear();
        m_bufferPos = 0;
    }
    endInsertRows();
}

void PagedListModel::appendLocalRows(const QStringList& names)
{
    QStringList fresh;
    for (const QString& name : names) {
        if (!name.isEmpty() && !m_names.contains(name) && !fresh.contains(name))
            fresh.append(name);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_names.size());
    const QScopedValueRollback inserting(m_inserting, true);
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const QString& name : std::as_const(fresh)) {
        m_names.append(name);
        m_kinds.append(char(m_classifier ? m_classifier(name) : 0));
    }
    endInsertRows();
}

void PagedListModel::showLocalRows(const QStringList& names)
{
    m_factory = {};
    resetRows();
    appendLocalRows(names);
    setState(LoadState::Loaded);
}

bool PagedListModel::absorbFailure(const Error&)
{
    return false;
}

void PagedListModel::setState(LoadState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit loadStateChanged(state);
}

int PagedListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant PagedListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
    case ItemRole::NameRole:
        return m_names.at(index.row());
    default:
        return {};
    }
}

Qt::ItemFlags PagedListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool PagedListModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid())
        return false;
    // Not after a failure: the view would ask again on every scroll; Retry (reload) starts over.
    return bufferedCount() > 0 || (!m_atEnd && m_state != LoadState::Failed);
}

void PagedListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_inserting)
        return;
    if (bufferedCount() > 0)
        appendSlice();
    else
        startFetch();
}

QHash<int, QByteArray> PagedListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ItemRole::NameRole, "name");
    return names;
}

} // namespace lading::ui
