#include "core/inspect/dsseenvelope.h"
#include "core/inspect/intotostatement.h"
#include "core/util/base64.h"

#include <QTest>

using lading::inspect::DsseEnvelope;
using lading::inspect::InTotoStatement;
using lading::oci::Digest;

// The envelope and statement parsers every attestation reader stands on: exact bytes out, clear errors in.
class TestDsseEnvelope final : public QObject
{
    Q_OBJECT

private slots:
    void preAuthenticationEncodingMatchesTheSpecExample()
    {
        // envelope.md's test vector: PAE("http://example.com/HelloWorld", "hello world").
        QCOMPARE(DsseEnvelope::preAuthenticationEncoding(QStringLiteral("http://example.com/HelloWorld"),
                                                         QByteArrayLiteral("hello world")),
                 QByteArrayLiteral("DSSEv1 29 http://example.com/HelloWorld 11 hello world"));
    }

    void parsesPayloadAndSignatures_data()
    {
        QTest::addColumn<QByteArray>("payloadField");
        QTest::addColumn<QByteArray>("signatureField");
        QTest::newRow("standard, padded")
            << QByteArrayLiteral("aGVsbG8/Pz8+") << QByteArrayLiteral("AQID/w==");
        QTest::newRow("url-safe, unpadded")
            << QByteArrayLiteral("aGVsbG8_Pz8-") << QByteArrayLiteral("AQID_w");
    }
    void parsesPayloadAndSignatures()
    {
        QFETCH(QByteArray, payloadField);
        QFETCH(QByteArray, signatureField);
        const QByteArray json = "{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"" +
                                payloadField + "\",\"signatures\":[{\"keyid\":\"k1\",\"sig\":\"" +
                                signatureField + "\"}]}";
        const auto envelope = DsseEnvelope::parse(json);
        QVERIFY2(envelope.ok(), qPrintable(envelope.error().message));
        QCOMPARE(envelope->payloadType, QStringLiteral("application/vnd.in-toto+json"));
        QCOMPARE(envelope->payload, QByteArray::fromHex("68656c6c6f3f3f3f3e"));
        QCOMPARE(envelope->signatures.size(), 1);
        QCOMPARE(envelope->signatures.constFirst().keyId, QStringLiteral("k1"));
        QCOMPARE(envelope->signatures.constFirst().signature, QByteArray::fromHex("010203ff"));
    }

    void rejectsMalformedEnvelopes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("truncated") << QByteArrayLiteral("{\"payloadType\":\"x\",\"payload\":\"aGk");
        QTest::newRow("array") << QByteArrayLiteral("[1,2]");
        QTest::newRow("no payload") << QByteArrayLiteral("{\"payloadType\":\"x\",\"signatures\":[]}");
        QTest::newRow("payload not base64")
            << QByteArrayLiteral("{\"payloadType\":\"x\",\"payload\":\"a$b%\"}");
        QTest::newRow("signature not base64") << QByteArrayLiteral(
            "{\"payloadType\":\"x\",\"payload\":\"aGk=\",\"signatures\":[{\"sig\":\"***\"}]}");
        QTest::newRow("empty signature") << QByteArrayLiteral(
            "{\"payloadType\":\"x\",\"payload\":\"aGk=\",\"signatures\":[{\"sig\":\"\"}]}");
    }
    void rejectsMalformedEnvelopes()
    {
        QFETCH(QByteArray, json);
        const auto envelope = DsseEnvelope::parse(json);
        QVERIFY(!envelope.ok());
        QVERIFY(!envelope.error().message.isEmpty());
    }

    void lenientBase64RejectsMixedAlphabets()
    {
        QVERIFY(!lading::util::decodeBase64Lenient("ab+_").has_value());
        QVERIFY(!lading::util::decodeBase64Lenient("abcde").has_value());
        QCOMPARE(lading::util::decodeBase64Lenient("  aGk=\n").value(), QByteArrayLiteral("hi"));
    }

    void parsesStatementWithSubjectsAndPredicate()
    {
        const QByteArray json =
            "{\"_type\":\"https://in-toto.io/Statement/v1\",\n            "
            "\"subject\":[{\"name\":\"app\",\"digest\":{\"sha256\":\"ABCDEF0123\"}}],\n            "
            "\"predicateType\":\"https://spdx.dev/Document\",\"predicate\":{\"spdxVersion\":\"SPDX-2.3\"}}";
        const auto statement = InTotoStatement::parse(json);
        QVERIFY2(statement.ok(), qPrintable(statement.error().message));
        QCOMPARE(statement->predicateType, QStringLiteral("https://spdx.dev/Document"));
        QCOMPARE(statement->subjects.size(), 1);
        QCOMPARE(statement->subjects.constFirst().name, QStringLiteral("app"));
        QCOMPARE(statement->predicateJson(), QByteArrayLiteral("{\"spdxVersion\":\"SPDX-2.3\"}"));
        QVERIFY(statement->hasSubject(Digest::sha256FromHex(QStringLiteral("abcdef0123"))));
        QVERIFY(!statement->hasSubject(Digest::sha256FromHex(QStringLiteral("abcdef0124"))));
    }

    void rejectsWhatIsNotAStatement_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArrayLiteral("{\"_type\":");
        QTest::newRow("other type") << QByteArrayLiteral("{\"_type\":\"x\",\"predicateType\":\"p\"}");
        QTest::newRow("no predicate type")
            << QByteArrayLiteral("{\"_type\":\"https://in-toto.io/Statement/v1\"}");
    }
    void rejectsWhatIsNotAStatement()
    {
        QFETCH(QByteArray, json);
        const auto statement = InTotoStatement::parse(json);
        QVERIFY(!statement.ok());
        QVERIFY(!statement.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDsseEnvelope)
#include "tst_dsseenvelope.moc"
