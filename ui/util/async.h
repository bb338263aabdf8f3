#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

#include <functional>

namespace lading::ui {

// The pool every blocking core call from the window runs on: network-bound work, so more threads than cores.
QThreadPool& workerPool();

// Runs `work` on the worker pool and hands its result to `done` on `context`'s (GUI) thread. `done` is not
// called if `context` is gone by then. The GUI thread never blocks on `work`.
template <typename Work, typename Done> void runAsync(QObject* context, Work work, Done done)
{
    using T = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(&workerPool(), std::move(work)));
}

} // namespace lading::ui
