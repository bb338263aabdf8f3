#pragma once

#include "core/oci/digest.h"
#include "core/store/location.h"
#include "ui/util/commandbuilder.h"

#include <QMenu>

namespace lading::ui {

class AppContext;

// The context menu of anything that names a location (tags, tree nodes, referrers, the summary's digest):
// "Copy reference", "Copy digest", "Copy reference with digest" and a "Copy as command" submenu with the
// equivalent lading, oras, skopeo and curl command lines (CommandBuilder). Never blocks: how the registry
// is reached (TLS or plain HTTP, auth kind) is asked off the GUI thread and the commands follow when it
// answers; a digest not known yet is resolved off the GUI thread and copied when it arrives.
//
//   LocationMenu::exec(context, location, view->viewport()->mapToGlobal(pos), this, digest, mediaType);
//
// or, to add actions of your own first:
//
//   auto* menu = new LocationMenu(context, location, this);
//   menu->addSeparator();
//   menu->addAction(...);
//   menu->popupAndDelete(globalPos);
class LocationMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationMenu)

public:
    // `digest` and `mediaType` are what the caller already knows about the manifest (both optional).
    LocationMenu(AppContext& context, const store::Location& location, QWidget* parent = nullptr,
                 const oci::Digest& digest = {}, const QString& mediaType = {});
    ~LocationMenu() override;

    // Shows a menu for `location` at `globalPos` and returns at once; the menu deletes itself when closed.
    static LocationMenu* exec(AppContext& context, const store::Location& location, const QPoint& globalPos,
                              QWidget* parent, const oci::Digest& digest = {}, const QString& mediaType = {});
    using QMenu::exec;
    // Pops this menu up without a nested event loop and deletes it when it closes.
    void popupAndDelete(const QPoint& globalPos);

    // What the commands are built from; complete once isSettled().
    const CommandTarget& target() const { return m_target; }
    // True once the registry's scheme and auth kind are known (at once for layouts).
    bool isSettled() const { return m_settled; }
    QAction* copyReferenceAction() const { return m_copyReference; }
    QAction* copyDigestAction() const { return m_copyDigest; }
    QAction* copyPinnedAction() const { return m_copyPinned; }
    QMenu* commandsMenu() const { return m_commands; }
    // The "Copy as command" entry for a ShellCommand::id() ("oras-pull"), or null.
    QAction* commandAction(const QString& id) const;

    // The target as far as the context can tell, asking the registry's client: blocking (it may probe the
    // registry's scheme), so call it off the GUI thread.
    static CommandTarget probeTarget(AppContext& context, const store::Location& location,
                                     const oci::Digest& digest = {}, const QString& mediaType = {});
    // Puts text on the clipboard (and the X11 selection, where there is one).
    static void copyText(const QString& text);

signals:
    // The target is complete (emitted once, after the registry answered how it is reached).
    void settled();
    // Text the menu put on the clipboard (after an asynchronous resolve too, if the menu still exists).
    void copied(const QString& text);

private:
    void buildCommands();
    void refreshCommands();
    // Copies the digest (or the pinned reference), resolving a tag off the GUI thread first.
    void copyResolved(bool pinned);

    AppContext& m_context;
    CommandTarget m_target;
    bool m_settled = false;
    QAction* m_copyReference = nullptr;
    QAction* m_copyDigest = nullptr;
    QAction* m_copyPinned = nullptr;
    QMenu* m_commands = nullptr;
};

} // namespace lading::ui
