// LinkHeader::nextPage: the rel="next" target of RFC 8288 Link headers as registries send them for paging
// (oci-reference §2.2, §8.10): relative links, several links and rels, quoted parameters, and no page link
// that leaves the registry.
#include "core/registry/linkheader.h"

#include <QTest>

using lading::registry::LinkHeader;

class TestLinkHeader final : public QObject
{
    Q_OBJECT

private slots:
    void findsTheNextPage_data()
    {
        QTest::addColumn<QByteArrayList>("headers");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected"); // empty: no next page

        const QString base = QStringLiteral("http://127.0.0.1:5000/v2/app/tags/list?n=2");
        QTest::newRow("relative path") << QByteArrayList{"</v2/app/tags/list?n=2&last=b>; rel=\"next\""}
                                       << base << "http://127.0.0.1:5000/v2/app/tags/list?n=2&last=b";
        QTest::newRow("relative query only") << QByteArrayList{"<?n=2&last=b>; rel=\"next\""} << base
                                             << "http://127.0.0.1:5000/v2/app/tags/list?n=2&last=b";
        QTest::newRow("absolute same origin")
            << QByteArrayList{"<http://127.0.0.1:5000/v2/app/tags/list?last=b>; rel=\"next\""} << base
            << "http://127.0.0.1:5000/v2/app/tags/list?last=b";
        QTest::newRow("unquoted rel") << QByteArrayList{"</v2/app/tags/list?last=b>; rel=next"} << base
                                      << "http://127.0.0.1:5000/v2/app/tags/list?last=b";
        QTest::newRow("rel upper case and spaces")
            << QByteArrayList{"</v2/app/tags/list?last=b> ;  REL = \"Next\""} << base
            << "http://127.0.0.1:5000/v2/app/tags/list?last=b";
        QTest::newRow("several rels in one")
            << QByteArrayList{"</v2/app/tags/list?last=b>; rel=\"prev next\""} << base
            << "http://127.0.0.1:5000/v2/app/tags/list?last=b";
        QTest::newRow("prev then next in one header")
            << QByteArrayList{"</v2/app/tags/list?last=a>; rel=\"prev\", </v2/app/tags/list?last=c>; "
                              "rel=\"next\""}
            << base << "http://127.0.0.1:5000/v2/app/tags/list?last=c";
        QTest::newRow("next in the second header")
            << QByteArrayList{"</first>; rel=\"first\"", "</v2/app/tags/list?last=c>; rel=\"next\""} << base
            << "http://127.0.0.1:5000/v2/app/tags/list?last=c";
        QTest::newRow("other params before rel")
            << QByteArrayList{"</v2/app/tags/list?last=b>; type=\"application/json\"; rel=\"next\""} << base
            << "http://127.0.0.1:5000/v2/app/tags/list?last=b";
        QTest::newRow("quoted param with comma before rel")
            << QByteArrayList{"</v2/app/tags/list?last=b>; title=\"page, two\"; rel=\"next\""} << base
            << "http://127.0.0.1:5000/v2/app/tags/list?last=b";
        QTest::newRow("quoted param with semicolon and rel text")
            << QByteArrayList{"</v2/app/tags/list?last=a>; title=\"x; rel=next\"; rel=\"prev\", "
                              "</v2/app/tags/list?last=c>; rel=\"next\""}
            << base << "http://127.0.0.1:5000/v2/app/tags/list?last=c";
        QTest::newRow("encoded last kept")
            << QByteArrayList{"</v2/app/referrers/sha256:ab?artifactType=application%2Fvnd.x%2Bjson&last=c>; "
                              "rel=\"next\""}
            << base
            << "http://127.0.0.1:5000/v2/app/referrers/"
               "sha256:ab?artifactType=application%2Fvnd.x%2Bjson&last=c";
        QTest::newRow("explicit default port is the same origin")
            << QByteArrayList{"<https://registry.example:443/v2/a/tags/list?last=b>; rel=\"next\""}
            << QStringLiteral("https://registry.example/v2/a/tags/list")
            << "https://registry.example:443/v2/a/tags/list?last=b";

        QTest::newRow("no header") << QByteArrayList{} << base << "";
        QTest::newRow("only prev") << QByteArrayList{"</v2/app/tags/list?last=a>; rel=\"prev\""} << base
                                   << "";
        QTest::newRow("next inside another word") << QByteArrayList{"</x>; rel=\"nextpage\""} << base << "";
        QTest::newRow("rel only in a quoted title")
            << QByteArrayList{"</x>; title=\"rel=next\""} << base << "";
        QTest::newRow("other host refused")
            << QByteArrayList{"<http://evil.example/v2/app/tags/list?last=b>; rel=\"next\""} << base << "";
        QTest::newRow("other port refused")
            << QByteArrayList{"<http://127.0.0.1:5001/v2/app/tags/list?last=b>; rel=\"next\""} << base << "";
        QTest::newRow("other scheme refused")
            << QByteArrayList{"<https://127.0.0.1:5000/v2/app/tags/list?last=b>; rel=\"next\""} << base << "";
        QTest::newRow("protocol-relative other host refused")
            << QByteArrayList{"<//evil.example/v2/app/tags/list>; rel=\"next\""} << base << "";
        QTest::newRow("garbage") << QByteArrayList{"not a link header"} << base << "";
    }
    void findsTheNextPage()
    {
        QFETCH(QByteArrayList, headers);
        QFETCH(QString, base);
        QFETCH(QString, expected);
        const QUrl next = LinkHeader::nextPage(headers, QUrl(base));
        if (expected.isEmpty())
            QVERIFY2(next.isEmpty(), qPrintable(next.toString()));
        else
            QCOMPARE(next.toString(QUrl::FullyEncoded), expected);
    }
};

QTEST_GUILESS_MAIN(TestLinkHeader)
#include "tst_linkheader.moc"
