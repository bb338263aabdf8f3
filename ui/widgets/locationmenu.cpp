#include "ui/widgets/locationmenu.h"

#include "ui/appcontext.h"
#include "ui/dialogs/pushdialog.h"
#include "ui/util/async.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPointer>

namespace lading::ui {

namespace {

struct ResolveResult
{
    QString text; // what to copy
    QString error;
};

// The location with the digest instead of (or next to nothing but) the tag: a reference that never moves.
QString pinnedReference(const store::Location& location, const oci::Digest& digest)
{
    store::Location pinned = location;
    if (pinned.isRegistry()) {
        pinned.reference = pinned.reference.withoutTag().withDigest(digest);
    } else {
        pinned.tag.clear();
        pinned.digest = digest;
    }
    return pinned.toString();
}

oci::Digest digestOf(const store::Location& location)
{
    if (location.isRegistry())
        return location.reference.hasDigest() ? location.reference.digest() : oci::Digest();
    return location.digest;
}

} // namespace

LocationMenu::LocationMenu(AppContext& context, const store::Location& location, QWidget* parent,
                           const oci::Digest& digest, const QString& mediaType)
    : QMenu(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("locationMenu"));
    m_target.location = location;
    m_target.digest = digestOf(location).isValid() ? digestOf(location) : digest;
    m_target.mediaType = mediaType;
    if (location.isRegistry()) {
        // Until the client answers: what the options say (a loopback registry is tried over HTTP first).
        const registry::RegistryOptions options = context.registries().options(location.reference.registry());
        m_target.plainHttp = options.plainHttp || location.reference.isLoopback();
        m_target.caFile = options.caFile;
    }

    m_copyReference = addAction(tr("Copy reference"), this, [this] {
        copyText(m_target.location.toString());
        emit copied(m_target.location.toString());
    });
    m_copyReference->setObjectName(QStringLiteral("copyReferenceAction"));
    m_copyReference->setToolTip(location.toString());
    m_copyDigest = addAction(tr("Copy digest"), this, [this] { copyResolved(false); });
    m_copyDigest->setObjectName(QStringLiteral("copyDigestAction"));
    m_copyPinned = addAction(tr("Copy reference with digest"), this, [this] { copyResolved(true); });
    m_copyPinned->setObjectName(QStringLiteral("copyPinnedReferenceAction"));
    // A digest location is already pinned.
    m_copyPinned->setVisible(!digestOf(location).isValid());

    m_commands = addMenu(tr("Copy as command"));
    m_commands->setObjectName(QStringLiteral("copyAsCommandMenu"));
    m_commands->setToolTipsVisible(true);
    buildCommands();

    // Files from disk pushed beside this manifest, or attached to it as a referrer (the push dialog).
    if (!location.manifestReference().isEmpty()) {
        addSeparator();
        const QPointer<QWidget> owner(parent);
        for (const bool attach : {false, true}) {
            QAction* action = addAction(attach ? tr("Attach Files…") : tr("Push Files Here…"), this,
                                        [&context, location, attach, owner] {
                                            PushProposal proposal;
                                            // The same repository (or layout) and tag; never a digest, which
                                            // the content decides.
                                            proposal.destination = location;
                                            if (location.isRegistry())
                                                proposal.destination.reference =
                                                    location.reference.withDigest({});
                                            else
                                                proposal.destination.digest = {};
                                            proposal.subject = location;
                                            proposal.attach = attach;
                                            PushDialog::chooseFilesAndPush(context, proposal, owner.data());
                                        });
            action->setObjectName(attach ? QStringLiteral("attachFilesAction")
                                         : QStringLiteral("pushFilesHereAction"));
        }
    }

    if (!location.isRegistry()) {
        m_settled = true;
        return;
    }
    const oci::Digest knownDigest = m_target.digest;
    runAsync(
        this,
        [&context, location, knownDigest, mediaType] {
            return probeTarget(context, location, knownDigest, mediaType);
        },
        [this](const CommandTarget& target) {
            m_target = target;
            m_settled = true;
            refreshCommands();
            emit settled();
        });
}

LocationMenu::~LocationMenu() = default;

LocationMenu* LocationMenu::exec(AppContext& context, const store::Location& location,
                                 const QPoint& globalPos, QWidget* parent, const oci::Digest& digest,
                                 const QString& mediaType)
{
    auto* menu = new LocationMenu(context, location, parent, digest, mediaType);
    menu->popupAndDelete(globalPos);
    return menu;
}

void LocationMenu::popupAndDelete(const QPoint& globalPos)
{
    setAttribute(Qt::WA_DeleteOnClose);
    popup(globalPos);
}

QAction* LocationMenu::commandAction(const QString& id) const
{
    const QList<QAction*> actions = m_commands->actions();
    for (QAction* action : actions) {
        if (action->data().toString() == id)
            return action;
    }
    return nullptr;
}

CommandTarget LocationMenu::probeTarget(AppContext& context, const store::Location& location,
                                        const oci::Digest& digest, const QString& mediaType)
{
    CommandTarget target;
    target.location = location;
    target.digest = digestOf(location).isValid() ? digestOf(location) : digest;
    target.mediaType = mediaType;
    if (!location.isRegistry())
        return target;
    auto client = context.registries().client(location.reference.registry());
    target.plainHttp = !client->usesTls();
    target.caFile = client->options().caFile;
    // The auth kind is learnt from a challenge; a registry not talked to yet is asked once, anonymously.
    if (client->authKind() == registry::RegistryClient::AuthKind::Unknown)
        (void)client->ping();
    switch (client->authKind()) {
    case registry::RegistryClient::AuthKind::Basic:
        target.auth = CommandTarget::Auth::Basic;
        break;
    case registry::RegistryClient::AuthKind::Bearer:
        target.auth = CommandTarget::Auth::Bearer;
        break;
    case registry::RegistryClient::AuthKind::Unknown:
    case registry::RegistryClient::AuthKind::Anonymous:
        target.auth = CommandTarget::Auth::None;
        break;
    }
    return target;
}

void LocationMenu::copyText(const QString& text)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(text);
    if (clipboard->supportsSelection())
        clipboard->setText(text, QClipboard::Selection);
}

void LocationMenu::buildCommands()
{
    m_commands->clear();
    QString previousTool;
    const QList<ShellCommand> commands = CommandBuilder::commands(m_target);
    for (const ShellCommand& command : commands) {
        if (!previousTool.isEmpty() && previousTool != command.tool)
            m_commands->addSeparator();
        previousTool = command.tool;
        const QString id = command.id();
        QAction* action = m_commands->addAction(command.label(), this, [this, id] {
            const ShellCommand current = CommandBuilder::command(m_target, id);
            if (current.arguments.isEmpty())
                return;
            copyText(current.line());
            emit copied(current.line());
        });
        action->setData(id);
        action->setObjectName(QStringLiteral("command-") + id);
        action->setToolTip(command.line());
    }
}

void LocationMenu::refreshCommands()
{
    // Same ids (the target's location did not change), only the lines: update in place so an open submenu
    // keeps its hover and keyboard position.
    const QList<ShellCommand> commands = CommandBuilder::commands(m_target);
    for (const ShellCommand& command : commands) {
        if (QAction* action = commandAction(command.id()))
            action->setToolTip(command.line());
    }
}

void LocationMenu::copyResolved(bool pinned)
{
    if (m_target.digest.isValid()) {
        const QString text =
            pinned ? pinnedReference(m_target.location, m_target.digest) : m_target.digest.toString();
        copyText(text);
        emit copied(text);
        return;
    }
    // A tag: resolve it off the GUI thread and copy when the answer comes, even if the menu is gone by then.
    QPointer<LocationMenu> self(this);
    AppContext& context = m_context;
    const store::Location location = m_target.location;
    runAsync(
        &m_context,
        [&context, location, pinned] {
            ResolveResult result;
            auto store = context.store(location);
            if (!store) {
                result.error = store.error().message;
                return result;
            }
            auto descriptor = store.value()->resolve(location.manifestReference());
            if (!descriptor)
                result.error = descriptor.error().message;
            else
                result.text =
                    pinned ? pinnedReference(location, descriptor->digest) : descriptor->digest.toString();
            return result;
        },
        [self](const ResolveResult& result) {
            if (result.text.isEmpty()) {
                qWarning("lading: nothing copied: %s", qPrintable(result.error));
                return;
            }
            copyText(result.text);
            if (self)
                emit self->copied(result.text);
        });
}

} // namespace lading::ui
