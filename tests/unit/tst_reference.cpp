#include "core/oci/digest.h"
#include "core/oci/reference.h"

#include <QTest>

using lading::oci::Digest;
using lading::oci::Reference;

class TestReference final : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndNormalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("canonical");
        const QString d = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));

        QTest::newRow("bare name") << "ubuntu"
                                   << "docker.io"
                                   << "library/ubuntu"
                                   << "latest"
                                   << ""
                                   << "docker.io/library/ubuntu:latest";
        QTest::newRow("user repo") << "user/app"
                                   << "docker.io"
                                   << "user/app"
                                   << "latest"
                                   << ""
                                   << "docker.io/user/app:latest";
        QTest::newRow("docker.io alias") << "docker.io/ubuntu"
                                         << "docker.io"
                                         << "library/ubuntu"
                                         << "latest"
                                         << ""
                                         << "docker.io/library/ubuntu:latest";
        QTest::newRow("index alias") << "index.docker.io/ubuntu:22.04"
                                     << "docker.io"
                                     << "library/ubuntu"
                                     << "22.04"
                                     << ""
                                     << "docker.io/library/ubuntu:22.04";
        QTest::newRow("localhost port") << "localhost:5000/x"
                                        << "localhost:5000"
                                        << "x"
                                        << "latest"
                                        << ""
                                        << "localhost:5000/x:latest";
        QTest::newRow("localhost plain") << "localhost/x/y:v1"
                                         << "localhost"
                                         << "x/y"
                                         << "v1"
                                         << ""
                                         << "localhost/x/y:v1";
        QTest::newRow("ghcr digest") << QStringLiteral("ghcr.io/org/app@") + d << "ghcr.io"
                                     << "org/app"
                                     << "" << d << QStringLiteral("ghcr.io/org/app@") + d;
        QTest::newRow("tag and digest") << QStringLiteral("ghcr.io/org/app:v1@") + d << "ghcr.io"
                                        << "org/app"
                                        << "v1" << d << QStringLiteral("ghcr.io/org/app:v1@") + d;
        QTest::newRow("oci scheme") << "oci://127.0.0.1:5000/charts/nginx:1.0"
                                    << "127.0.0.1:5000"
                                    << "charts/nginx"
                                    << "1.0"
                                    << ""
                                    << "127.0.0.1:5000/charts/nginx:1.0";
        QTest::newRow("https scheme") << "https://reg.example.com/a/b/c"
                                      << "reg.example.com"
                                      << "a/b/c"
                                      << "latest"
                                      << ""
                                      << "reg.example.com/a/b/c:latest";
        QTest::newRow("ipv6") << "[::1]:5000/repo:t"
                              << "[::1]:5000"
                              << "repo"
                              << "t"
                              << ""
                              << "[::1]:5000/repo:t";
        QTest::newRow("separators") << "r.io/a__b/c-d--e/f.g_h"
                                    << "r.io"
                                    << "a__b/c-d--e/f.g_h"
                                    << "latest"
                                    << ""
                                    << "r.io/a__b/c-d--e/f.g_h:latest";
        QTest::newRow("upper-case host") << "MyHost/repo"
                                         << "myhost"
                                         << "repo"
                                         << "latest"
                                         << ""
                                         << "myhost/repo:latest";
    }
    void parsesAndNormalises()
    {
        QFETCH(QString, input);
        QFETCH(QString, registry);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        QFETCH(QString, canonical);
        const auto ref = Reference::parse(input);
        QVERIFY2(ref.ok(), qPrintable(ref.error().message));
        QCOMPARE(ref->registry(), registry);
        QCOMPARE(ref->repository(), repository);
        QCOMPARE(ref->tag(), tag);
        QCOMPARE(ref->digest().toString(), digest);
        QCOMPARE(ref->toString(), canonical);
    }

    void rejectsWithHelpfulMessage_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("upper-case repo") << "localhost:5000/MyRepo"
                                         << "lower-case";
        QTest::newRow("bad tag") << "localhost:5000/repo:-bad"
                                 << "not a valid tag";
        QTest::newRow("plus in tag") << "localhost:5000/repo:1.0+build"
                                     << "not a valid tag";
        QTest::newRow("long tag") << QStringLiteral("r.io/repo:") + QString(129, QLatin1Char('a'))
                                  << "not a valid tag";
        QTest::newRow("short digest") << "r.io/repo@sha256:abc"
                                      << "64";
        QTest::newRow("upper digest")
            << QStringLiteral("r.io/repo@sha256:") + QString(64, QLatin1Char('A')) << "64";
        QTest::newRow("no digest algo") << "r.io/repo@abc"
                                        << "not a digest";
        QTest::newRow("double slash") << "r.io/a//b"
                                      << "not a valid repository";
        QTest::newRow("trailing sep") << "r.io/a-"
                                      << "not a valid repository";
        QTest::newRow("bad host") << "bad_host.io:x/repo"
                                  << "not a valid registry host";
        QTest::newRow("too long") << QStringLiteral("r.io/") + QString(260, QLatin1Char('a')) << "255";
    }
    void rejectsWithHelpfulMessage()
    {
        QFETCH(QString, input);
        QFETCH(QString, messagePart);
        const auto ref = Reference::parse(input);
        QVERIFY(!ref.ok());
        QVERIFY2(ref.error().message.contains(messagePart), qPrintable(ref.error().message));
    }

    void bareReferenceHasNoTag()
    {
        const auto ref = Reference::parse(QStringLiteral("localhost:5000/repo"), true);
        QVERIFY(ref.ok());
        QVERIFY(!ref->hasTag());
    }

    void parsesRegistry_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "localhost:5000"
                               << "localhost:5000";
        QTest::newRow("legacy hub key") << "https://index.docker.io/v1/"
                                        << "docker.io";
        QTest::newRow("scheme and slash") << "http://127.0.0.1:8080/"
                                          << "127.0.0.1:8080";
    }
    void parsesRegistry()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto host = Reference::parseRegistry(input);
        QVERIFY(host.ok());
        QCOMPARE(host.value(), expected);
    }

    void detectsLoopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << "localhost:5000" << true;
        QTest::newRow("127.0.0.1") << "127.0.0.1:5000" << true;
        QTest::newRow("127.1.2.3") << "127.1.2.3" << true;
        QTest::newRow("::1") << "[::1]:5000" << true;
        QTest::newRow("remote") << "ghcr.io" << false;
        QTest::newRow("private") << "192.168.1.1:5000" << false;
    }
    void detectsLoopback()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(lading::oci::isLoopbackHost(host), loopback);
    }

    void digestGrammar_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("sha256") << QStringLiteral("sha256:") + QString(64, QLatin1Char('0')) << true;
        QTest::newRow("sha512") << QStringLiteral("sha512:") + QString(128, QLatin1Char('f')) << true;
        QTest::newRow("sha512 short") << QStringLiteral("sha512:") + QString(64, QLatin1Char('f')) << false;
        QTest::newRow("unknown algorithm")
            << "multihash+base58:QmRZxt2b1FVZPNqd8hsiykDL3TdBDeTSPX9Kv46HmX4Gx8" << true;
        QTest::newRow("empty encoded") << "sha256:" << false;
        QTest::newRow("uppercase algo") << "SHA256:abc" << false;
    }
    void digestGrammar()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Digest::parse(text).ok(), valid);
    }

    void referrersTagFollowsSchema()
    {
        const auto d = Digest::parse(QStringLiteral("sha256:") + QString(64, QLatin1Char('b')));
        QVERIFY(d.ok());
        QCOMPARE(d->referrersTag(), QStringLiteral("sha256-") + QString(64, QLatin1Char('b')));
        const auto odd = Digest::parse(QStringLiteral("sha+b.x:") + QString(70, QLatin1Char('c')));
        QVERIFY(odd.ok());
        QCOMPARE(odd->referrersTag(), QStringLiteral("sha-b.x-") + QString(64, QLatin1Char('c')));
    }
};

QTEST_GUILESS_MAIN(TestReference)
#include "tst_reference.moc"
