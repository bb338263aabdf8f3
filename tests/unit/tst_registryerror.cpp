// errorFromReply: failed registry replies become the one Error type (oci-reference §2.8, §8.13): kind by
// status first, then the registry's code; the message names what failed, the status, the registry's code
// and its own words, whatever shape the body has (OCI errors, Docker Hub's {"message"}, HTML, nothing).
#include "core/registry/registryerror.h"

#include <QTest>

using lading::Error;
using lading::registry::errorFromReply;

Q_DECLARE_METATYPE(lading::Error::Kind)

namespace {
QStringList words(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromUtf8(item));
    return list;
}
} // namespace

class TestRegistryError final : public QObject
{
    Q_OBJECT

private slots:
    void mapsReplies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("messageParts");
        QTest::addColumn<QStringList>("messageMustNotContain");
        QTest::addColumn<bool>("retryable");

        using K = Error::Kind;
        const auto oci = [](const char* code, const char* message) -> QByteArray {
            return QByteArray("{\"errors\":[{\"code\":\"") + code + "\",\"message\":\"" + message +
                   "\",\"detail\":{\"x\":1}}]}";
        };

        QTest::newRow("manifest unknown")
            << 404 << oci("MANIFEST_UNKNOWN", "manifest unknown") << K::NotFound << "MANIFEST_UNKNOWN"
            << words({"Fetching x", "404", "MANIFEST_UNKNOWN", "manifest unknown"}) << words({"detail"})
            << false;
        QTest::newRow("name unknown")
            << 404 << oci("NAME_UNKNOWN", "repository name not known to registry") << K::NotFound
            << "NAME_UNKNOWN" << words({"NAME_UNKNOWN", "repository name not known"}) << QStringList()
            << false;
        QTest::newRow("unauthorized")
            << 401 << oci("UNAUTHORIZED", "authentication required") << K::Unauthorized << "UNAUTHORIZED"
            << words({"401", "authentication required", "lading login"}) << QStringList() << false;
        QTest::newRow("denied") << 403 << oci("DENIED", "requested access to the resource is denied")
                                << K::Denied << "DENIED"
                                << words({"403", "DENIED", "access to the resource is denied"})
                                << QStringList() << false;
        QTest::newRow("deletion disabled 405")
            << 405 << oci("UNSUPPORTED", "the operation is unsupported") << K::Unsupported << "UNSUPPORTED"
            << words({"405", "UNSUPPORTED", "operation is unsupported"}) << QStringList() << false;
        QTest::newRow("unsupported code on 400")
            << 400 << oci("UNSUPPORTED", "not here") << K::Unsupported << "UNSUPPORTED"
            << words({"400", "not here"}) << QStringList() << false;
        QTest::newRow("digest invalid")
            << 400 << oci("DIGEST_INVALID", "provided digest did not match") << K::Integrity
            << "DIGEST_INVALID" << words({"DIGEST_INVALID", "provided digest did not match"}) << QStringList()
            << false;
        QTest::newRow("size invalid 413")
            << 413 << oci("SIZE_INVALID", "manifest too big") << K::TooLarge << "SIZE_INVALID"
            << words({"413", "manifest too big"}) << QStringList() << false;
        QTest::newRow("too large without code") << 413 << QByteArray() << K::TooLarge << ""
                                                << words({"413", "this large"}) << QStringList() << false;
        QTest::newRow("manifest invalid")
            << 400 << oci("MANIFEST_INVALID", "manifest invalid") << K::InvalidInput << "MANIFEST_INVALID"
            << words({"MANIFEST_INVALID"}) << QStringList() << false;
        QTest::newRow("rate limited with code")
            << 429 << oci("TOOMANYREQUESTS", "too many requests") << K::RateLimited << "TOOMANYREQUESTS"
            << words({"429", "TOOMANYREQUESTS", "too many requests", "try again later"}) << QStringList()
            << true;
        QTest::newRow("docker hub message")
            << 429
            << QByteArray(
                   "{\"message\":\"toomanyrequests: You have reached your pull rate limit. You may increase "
                   "the limit by authenticating and upgrading\"}")
            << K::RateLimited << "" << words({"429", "You have reached your pull rate limit"})
            << QStringList() << true;
        QTest::newRow("docker hub details")
            << 403 << QByteArray("{\"details\":\"incorrect username or password\"}") << K::Denied << ""
            << words({"403", "incorrect username or password"}) << QStringList() << false;
        QTest::newRow("several errors")
            << 400
            << QByteArray("{\"errors\":[{\"code\":\"MANIFEST_BLOB_UNKNOWN\",\"message\":\"blob unknown\"},"
                          "{\"code\":\"MANIFEST_BLOB_UNKNOWN\",\"message\":\"blob unknown\"},"
                          "{\"code\":\"TAG_INVALID\",\"message\":\"bad tag\"}]}")
            << K::InvalidInput << "MANIFEST_BLOB_UNKNOWN"
            << words({"MANIFEST_BLOB_UNKNOWN", "blob unknown; bad tag"})
            << words({"blob unknown; blob unknown"}) << false;
        QTest::newRow("html from a proxy")
            << 502
            << QByteArray("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad "
                          "Gateway</h1></center><hr><center>nginx</center></body></html>")
            << K::Server << "" << words({"502", "try again later"}) << words({"<html>", "nginx"}) << true;
        QTest::newRow("unavailable") << 503 << oci("UNAVAILABLE", "service unavailable") << K::Server
                                     << "UNAVAILABLE" << words({"503", "UNAVAILABLE", "service unavailable"})
                                     << QStringList() << true;
        QTest::newRow("gateway timeout empty")
            << 504 << QByteArray() << K::Server << "" << words({"504"}) << words({"()"}) << true;
        QTest::newRow("internal error persists")
            << 500 << oci("UNKNOWN", "unknown error") << K::Server << "UNKNOWN"
            << words({"500", "unknown error", "try again later"}) << QStringList() << false;
        QTest::newRow("empty 404") << 404 << QByteArray() << K::NotFound << "" << words({"404"})
                                   << words({"()"}) << false;
        QTest::newRow("plain text 404") << 404 << QByteArray("404 page not found\n") << K::NotFound << ""
                                        << words({"404"}) << words({"page not found"}) << false;
        QTest::newRow("json without errors")
            << 400 << QByteArray("{\"something\":\"else\"}") << K::InvalidInput << "" << words({"400"})
            << words({"something"}) << false;
        QTest::newRow("errors not an array") << 400 << QByteArray("{\"errors\":\"oops\"}") << K::InvalidInput
                                             << "" << words({"400"}) << QStringList() << false;
        QTest::newRow("range not satisfiable")
            << 416 << oci("RANGE_INVALID", "requested range not satisfiable") << K::Protocol
            << "RANGE_INVALID" << words({"416", "RANGE_INVALID"}) << QStringList() << false;
        QTest::newRow("line breaks in the message")
            << 400
            << QByteArray("{\"errors\":[{\"code\":\"TAG_INVALID\",\"message\":\"bad tag\\n  use another\"}]}")
            << K::InvalidInput << "TAG_INVALID" << words({"bad tag use another"}) << QStringList() << false;
        QTest::newRow("very long message is cut")
            << 400
            << (QByteArray("{\"errors\":[{\"code\":\"X\",\"message\":\"") + QByteArray(5000, 'm') + "\"}]}")
            << K::InvalidInput << "X" << words({"mmmm"}) << QStringList{QString(400, QLatin1Char('m'))}
            << false;
    }
    void mapsReplies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, code);
        QFETCH(QStringList, messageParts);
        QFETCH(QStringList, messageMustNotContain);
        QFETCH(bool, retryable);

        const Error error = errorFromReply(status, body, QStringLiteral("Fetching x from r.io/app"));
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.code, code);
        QCOMPARE(error.isRetryable(), retryable);
        QVERIFY(error.message.startsWith(QLatin1String("Fetching x from r.io/app")));
        for (const QString& part : messageParts)
            QVERIFY2(error.message.contains(part, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(error.message, part)));
        for (const QString& part : messageMustNotContain)
            QVERIFY2(!error.message.contains(part),
                     qPrintable(QStringLiteral("\"%1\" contains \"%2\"").arg(error.message, part)));
        // One sentence on one line: registry text must not smuggle line breaks into logs and dialogs.
        QVERIFY2(!error.message.contains(QLatin1Char('\n')), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestRegistryError)
#include "tst_registryerror.moc"
