#pragma once

#include "core/oci/digest.h"
#include "core/store/location.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lading::ui {

// What "Copy as command" needs to know about a location: where it is and how its registry is reached.
// Credentials are never part of it; commands for registries that ask for them carry a USER placeholder.
struct CommandTarget
{
    enum class Auth
    {
        None,   // anonymous, or not known yet
        Basic,  // the registry asks for a user and password
        Bearer, // the registry hands out bearer tokens
    };

    store::Location location;
    oci::Digest digest; // the resolved digest when known; used when the location names neither tag nor digest
    QString mediaType;  // the manifest's media type when known: an index makes skopeo copy every platform
    bool plainHttp = false; // registry: reached over plain HTTP rather than TLS
    QString caFile;         // registry: a private CA bundle (PEM) trusted for its TLS certificate
    Auth auth = Auth::None; // registry: what it asks for
};

// One equivalent command line, as arguments (program first) and as text to paste into a POSIX shell.
struct ShellCommand
{
    QString tool;          // "lading", "oras", "skopeo", "curl"
    QString action;        // "manifest", "pull", "manifest fetch", "inspect --raw", "GET manifest", ...
    QStringList arguments; // unquoted, program first

    // "lading-manifest", "oras-manifest-fetch": stable, for object names and tests.
    QString id() const;
    // "oras manifest fetch": what a menu shows.
    QString label() const { return tool + QLatin1Char(' ') + action; }
    // The arguments joined and shell-quoted.
    QString line() const;
};

// Builds the `lading`, `oras`, `skopeo` and `curl` command lines equivalent to looking at a location in the
// window. Pure functions of their input: no I/O, so the menu can build them on the GUI thread.
class CommandBuilder final
{
public:
    // Every command that applies to the target, in menu order: lading, oras, skopeo, curl. Commands a tool
    // cannot express are left out (curl for layouts, skopeo for an untagged layout manifest).
    static QList<ShellCommand> commands(const CommandTarget& target);
    // The command with this id(), or an empty command (no arguments) when it does not apply.
    static ShellCommand command(const CommandTarget& target, const QString& id);

    // Quotes one argument for a POSIX shell: unchanged when it holds only safe characters, otherwise in
    // single quotes (a single quote inside becomes '\'').
    static QString shellQuote(const QString& argument);
    static QString shellJoin(const QStringList& arguments);

    // The manifest URL a registry location is served from: "https://host/v2/repo/manifests/ref".
    static QString manifestUrl(const CommandTarget& target);
};

} // namespace lading::ui
