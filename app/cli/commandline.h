#pragma once

#include "core/auth/credentialstore.h"
#include "core/registry/registrypool.h"
#include "core/store/location.h"
#include "core/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace lading::cli {

// The headless `lading` command: one subcommand per verb, each a thin layer over core. Errors become one
// line on stderr and a non-zero exit; results go to stdout so they can be piped.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum Exit
    {
        Success = 0,
        Failure = 1,
        Usage = 2
    };

    CommandLine();
    ~CommandLine();
    Q_DISABLE_COPY_MOVE(CommandLine)

    // `arguments` without the program name.
    int run(const QStringList& arguments);
    static QString usage();

private:
    struct Command;
    static const QList<Command>& commands();

    int catalog(QCommandLineParser& parser);
    int tags(QCommandLineParser& parser);
    int resolve(QCommandLineParser& parser);
    int manifest(QCommandLineParser& parser);
    int referrers(QCommandLineParser& parser);
    int verify(QCommandLineParser& parser);
    int push(QCommandLineParser& parser);
    int attach(QCommandLineParser& parser);
    int pull(QCommandLineParser& parser);
    int copy(QCommandLineParser& parser);
    int exportTo(QCommandLineParser& parser);
    int tag(QCommandLineParser& parser);
    int remove(QCommandLineParser& parser);
    int diff(QCommandLineParser& parser);
    int login(QCommandLineParser& parser);
    int logout(QCommandLineParser& parser);

    int copyGraph(const store::Location& source, const store::Location& destination, const QString& tagName,
                  bool withReferrers, const QString& verb);
    struct OpenedLocation
    {
        store::Location location;
        std::unique_ptr<store::Store> store;
    };
    // Parses a location argument and opens its store, the first step of most commands.
    Result<OpenedLocation> openLocation(const QString& text, bool forWriting, bool allowBare = false);
    struct ResolvedLocation
    {
        store::Location location;
        std::unique_ptr<store::Store> store;
        oci::Descriptor descriptor;
    };
    // openLocation() (for reading) and the manifest the location names: commands that act on one manifest.
    Result<ResolvedLocation> resolveLocation(const QString& text);
    void applyGlobalOptions(QCommandLineParser& parser, const QStringList& registries);
    Result<std::unique_ptr<store::Store>> openStore(const store::Location& location, bool forWriting);
    Result<store::Location> parseLocation(const QString& text, bool allowBare = false);
    int fail(const Error& error);
    int usageError(const QString& message);
    static void out(const QString& line);
    // Indented, for people and jq alike.
    static void outJson(const QJsonObject& object);

    std::unique_ptr<auth::CredentialStore> m_credentials;
    std::unique_ptr<registry::RegistryPool> m_pool;
    QString m_caFile;
    bool m_plainHttp = false;
    int m_concurrency = 4;
};

} // namespace lading::cli
