#include "core/registry/authchallenge.h"

#include <QTest>

using lading::registry::AuthChallenge;

Q_DECLARE_METATYPE(QList<QByteArray>)

namespace {

// "scheme|k=v|k=v" per challenge, so rows state the whole expected result in one readable string.
QString describe(const QList<AuthChallenge>& challenges)
{
    QStringList out;
    for (const AuthChallenge& c : challenges) {
        QStringList parts{c.scheme};
        if (!c.token68.isEmpty())
            parts.append(QStringLiteral("token68=") + c.token68);
        for (auto it = c.params.cbegin(); it != c.params.cend(); ++it)
            parts.append(it.key() + QLatin1Char('=') + it.value());
        out.append(parts.join(QLatin1Char('|')));
    }
    return out.join(QStringLiteral(" ; "));
}

const QByteArray kScopedHeader =
    R"(Bearer realm="r",scope="repository:a:pull  repository:localhost:5000/b:pull,push")";
const QByteArray kInsufficientHeader = R"(Bearer realm="r",error="insufficient_scope")";

// Rows live outside the test class: moc cannot parse a raw string ending in a quote inside a class body.
void addChallengeRows()
{
    QTest::addColumn<QList<QByteArray>>("headers");
    QTest::addColumn<QString>("expected");

    using H = QList<QByteArray>;
    QTest::newRow("basic") << H{R"(Basic realm="Registry Realm")"} << "basic|realm=Registry Realm";
    QTest::newRow("basic upper-case scheme and key") << H{R"(BASIC Realm="x")"} << "basic|realm=x";
    QTest::newRow("bearer realm service scope")
        << H{R"(Bearer realm="https://auth.docker.io/token",service="registry.docker.io",)"
             R"(scope="repository:samalba/my-app:pull,push")"}
        << "bearer|realm=https://auth.docker.io/token|scope=repository:samalba/my-app:pull,push|"
           "service=registry.docker.io";
    QTest::newRow("spaces around = and commas")
        << H{R"(Bearer  realm = "r" ,  service= "s")"} << "bearer|realm=r|service=s";
    QTest::newRow("token values") << H{"Bearer realm=simple,service=reg"}
                                  << "bearer|realm=simple|service=reg";
    QTest::newRow("unquoted url value") << H{"Bearer realm=https://127.0.0.1:5001/token,service=local"}
                                        << "bearer|realm=https://127.0.0.1:5001/token|service=local";
    QTest::newRow("two challenges in one header")
        << H{R"(Basic realm="b", Bearer realm="https://t/token",service="svc")"}
        << "basic|realm=b ; bearer|realm=https://t/token|service=svc";
    QTest::newRow("scheme without params then another")
        << H{R"(Negotiate, Basic realm="x")"} << "negotiate ; basic|realm=x";
    QTest::newRow("several headers") << H{R"(Basic realm="one")", R"(Bearer realm="two",service="s")"}
                                     << "basic|realm=one ; bearer|realm=two|service=s";
    QTest::newRow("quoted comma")
        << H{R"(Bearer realm="a,b",scope="repository:x:pull,push", Basic realm="c")"}
        << "bearer|realm=a,b|scope=repository:x:pull,push ; basic|realm=c";
    QTest::newRow("escaped quotes and backslash")
        << H{"Basic realm=\"say \\\"hi\\\" \\\\ now\""} << R"(basic|realm=say "hi" \ now)";
    QTest::newRow("insufficient scope")
        << H{R"(Bearer realm="https://t/token",service="s",scope="repository:a:pull,push",)"
             R"(error="insufficient_scope")"}
        << "bearer|error=insufficient_scope|realm=https://t/token|scope=repository:a:pull,push|service=s";
    QTest::newRow("token68") << H{"Negotiate YIIB+w/x==, Basic realm=r"}
                             << "negotiate|token68=YIIB+w/x== ; basic|realm=r";
    QTest::newRow("first duplicate wins") << H{R"(Basic realm="a", realm="b")"} << "basic|realm=a";
    QTest::newRow("empty value") << H{R"(Bearer realm=,service="s")"} << "bearer|realm=|service=s";
    QTest::newRow("empty header") << H{""} << "";
    QTest::newRow("only commas") << H{" , ,, "} << "";
    QTest::newRow("unterminated quote")
        << H{R"(Bearer realm="https://t/token,service=s)"} << "bearer|realm=https://t/token,service=s";
    QTest::newRow("garbage before challenge") << H{R"(=== "junk", Basic realm="ok")"} << "basic|realm=ok";
    QTest::newRow("junk parameter skipped")
        << H{R"(Bearer realm="r", ((( , service="s")"} << "bearer|realm=r|service=s";
    QTest::newRow("binary junk") << H{QByteArray("\x01\xff\"\\=,\0\x80", 8)} << "";
}

} // namespace

class TestAuthChallenge final : public QObject
{
    Q_OBJECT

private slots:
    void parsesChallenges_data() { addChallengeRows(); }
    void parsesChallenges()
    {
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QString, expected);
        QCOMPARE(describe(AuthChallenge::parse(headers)), expected);
    }

    void splitsScopes()
    {
        const auto challenges = AuthChallenge::parse(QByteArray(
            R"(Bearer realm="r",scope="repository:a:pull  repository:localhost:5000/b:pull,push")"));
        QCOMPARE(challenges.size(), 1);
        QCOMPARE(challenges.first().scopes(),
                 (QStringList{QStringLiteral("repository:a:pull"),
                              QStringLiteral("repository:localhost:5000/b:pull,push")}));
        QVERIFY(challenges.first().isBearer());
        QVERIFY(!challenges.first().isInsufficientScope());
    }

    void detectsInsufficientScope()
    {
        const auto challenges = AuthChallenge::parse(kInsufficientHeader);
        QCOMPARE(challenges.size(), 1);
        QVERIFY(challenges.first().isInsufficientScope());
        QCOMPARE(challenges.first().param(QStringLiteral("ERROR")), QStringLiteral("insufficient_scope"));
        QVERIFY(challenges.first().hasParam(QStringLiteral("Realm")));
        QVERIFY(challenges.first().scopes().isEmpty());
    }

    void survivesRandomInput()
    {
        // Deterministic pseudo-random bytes from the header alphabet: the parser must end and not crash.
        quint32 state = 12345;
        const QByteArray alphabet = QByteArrayLiteral("aB= ,\"\\\t:/xyz*");
        for (int round = 0; round < 2000; ++round) {
            QByteArray header;
            const int length = int(state % 40);
            for (int i = 0; i < length; ++i) {
                state = state * 1103515245u + 12345u;
                header += alphabet.at(int((state >> 16) % alphabet.size()));
            }
            state = state * 1103515245u + 12345u;
            const auto challenges = AuthChallenge::parse(header);
            for (const AuthChallenge& c : challenges)
                QVERIFY(!c.scheme.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestAuthChallenge)
#include "tst_authchallenge.moc"
