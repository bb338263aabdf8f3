#include "core/registry/tokenscope.h"

#include <QTest>

using lading::registry::TokenScope;

namespace {

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

class TestTokenScope final : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndNormalises_data()
    {
        QTest::addColumn<QStringList>("input");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("one") << list({"repository:a/b:pull"}) << list({"repository:a/b:pull"});
        QTest::newRow("actions sorted and deduplicated")
            << list({"repository:app:push,pull,push"}) << list({"repository:app:pull,push"});
        QTest::newRow("host:port in name")
            << list({"repository:localhost:5000/app:pull"}) << list({"repository:localhost:5000/app:pull"});
        QTest::newRow("catalog") << list({"registry:catalog:*"}) << list({"registry:catalog:*"});
        QTest::newRow("type with class")
            << list({"repository(plugin):vieux/sshfs:pull"}) << list({"repository(plugin):vieux/sshfs:pull"});
        QTest::newRow("space separated in one item") << list({"repository:b:pull repository:a:push"})
                                                     << list({"repository:a:push", "repository:b:pull"});
        QTest::newRow("merge same resource")
            << list({"repository:a:pull", "repository:a:push", "repository:a:pull"})
            << list({"repository:a:pull,push"});
        QTest::newRow("wildcard swallows others")
            << list({"repository:a:pull", "repository:a:*"}) << list({"repository:a:*"});
        QTest::newRow("types kept apart") << list({"repository:catalog:pull", "registry:catalog:*"})
                                          << list({"registry:catalog:*", "repository:catalog:pull"});
        QTest::newRow("empty actions dropped") << list({"repository:a:", "repository:b:,"}) << QStringList();
        QTest::newRow("malformed kept verbatim")
            << list({"openid", "repository:a:pull"}) << list({"openid", "repository:a:pull"});
        QTest::newRow("blank") << list({"", "   "}) << QStringList();
        QTest::newRow("order independent")
            << list({"repository:z:pull", "registry:catalog:*", "repository:a:delete,pull"})
            << list({"registry:catalog:*", "repository:a:delete,pull", "repository:z:pull"});
    }
    void parsesAndNormalises()
    {
        QFETCH(QStringList, input);
        QFETCH(QStringList, expected);
        QCOMPARE(TokenScope::fromStrings(input).toStrings(), expected);
    }

    void splitsFirstAndLastColon()
    {
        const auto scope = TokenScope::parse(QStringLiteral("repository:[::1]:5000/ns/app:pull,push"));
        QCOMPARE(scope.actions(QStringLiteral("repository"), QStringLiteral("[::1]:5000/ns/app")),
                 (QStringList{QStringLiteral("pull"), QStringLiteral("push")}));
    }

    void mergesSets()
    {
        auto a = TokenScope::parse(QStringLiteral("repository:a:pull registry:catalog:*"));
        const auto b = TokenScope::parse(QStringLiteral("repository:a:push repository:b:pull"));
        a.merge(b);
        QCOMPARE(a.toStrings(),
                 (QStringList{QStringLiteral("registry:catalog:*"), QStringLiteral("repository:a:pull,push"),
                              QStringLiteral("repository:b:pull")}));
        QCOMPARE(a.toString(), QStringLiteral("registry:catalog:* repository:a:pull,push repository:b:pull"));
        QVERIFY(a == TokenScope::parse(a.toString()));
    }

    void buildsRepositoryScope_data()
    {
        QTest::addColumn<QString>("repo");
        QTest::addColumn<QStringList>("actions");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pull") << "library/ubuntu" << list({"pull"}) << "repository:library/ubuntu:pull";
        QTest::newRow("push pull sorted") << "a" << list({"push", "pull"}) << "repository:a:pull,push";
        QTest::newRow("dedupe") << "a" << list({"pull", "pull"}) << "repository:a:pull";
        QTest::newRow("wildcard") << "a" << list({"pull", "*"}) << "repository:a:*";
    }
    void buildsRepositoryScope()
    {
        QFETCH(QString, repo);
        QFETCH(QStringList, actions);
        QFETCH(QString, expected);
        QCOMPARE(TokenScope::repository(repo, actions), expected);
    }

    void covers_data()
    {
        QTest::addColumn<QString>("have");
        QTest::addColumn<QString>("want");
        QTest::addColumn<bool>("covered");
        QTest::newRow("same") << "repository:a:pull"
                              << "repository:a:pull" << true;
        QTest::newRow("superset") << "repository:a:pull,push"
                                  << "repository:a:pull" << true;
        QTest::newRow("subset") << "repository:a:pull"
                                << "repository:a:pull,push" << false;
        QTest::newRow("wildcard") << "repository:a:*"
                                  << "repository:a:delete,pull" << true;
        QTest::newRow("wildcard wanted") << "repository:a:delete,pull,push"
                                         << "repository:a:*" << false;
        QTest::newRow("other repo") << "repository:a:pull"
                                    << "repository:b:pull" << false;
        QTest::newRow("several") << "repository:a:pull repository:b:push registry:catalog:*"
                                 << "repository:b:push registry:catalog:*" << true;
        QTest::newRow("nothing wanted") << ""
                                        << "" << true;
        QTest::newRow("opaque") << "openid"
                                << "openid" << true;
        QTest::newRow("opaque missing") << "repository:a:pull"
                                        << "openid" << false;
    }
    void covers()
    {
        QFETCH(QString, have);
        QFETCH(QString, want);
        QFETCH(bool, covered);
        QCOMPARE(TokenScope::parse(have).covers(TokenScope::parse(want)), covered);
    }

    void isEmptyWhenNothingAdded()
    {
        QVERIFY(TokenScope().isEmpty());
        QVERIFY(TokenScope::parse(QStringLiteral("repository:a:")).isEmpty());
        QVERIFY(!TokenScope::parse(QStringLiteral("repository:a:pull")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenScope)
#include "tst_tokenscope.moc"
