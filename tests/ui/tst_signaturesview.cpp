// The Signatures tab of the details panel, offscreen, with signatures made at test time (tests/support/
// testsigning: real keys and certificate chains). Against the in-process test registry (referrers API):
// an image signed every way Lading reads (cosign key and keyless, a sigstore bundle, notation, a cosign
// DSSE attestation and an unsigned in-toto statement) lists each one with its status and details
// (certificate subject, SAN, OIDC issuer, transparency log, predicate type and predicate); trusting the
// key and the root in TrustSettings (the test's private settings) turns them Verified, in the tab and the
// summary; a tampered payload and a wrong key are Invalid; an unsigned image is Unsigned with the "No
// signatures" note; a signature opened by itself is shown checked against its subject. Against Debian's
// real docker-registry (no referrers API: the fallback tag and cosign tags): the same statuses.
#include "core/inspect/signatureverifier.h"
#include "core/store/location.h"
#include "tests/support/registryfixture.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testfiles.h"
#include "tests/support/testregistry.h"
#include "tests/support/testsigning.h"
#include "tests/support/uiresources.h"
#include "ui/appcontext.h"
#include "ui/dialogs/trustsettingsdialog.h"
#include "ui/models/trustbadgecache.h"
#include "ui/util/async.h"
#include "ui/util/dateformat.h"
#include "ui/views/detailspanel.h"
#include "ui/views/signaturesview.h"
#include "ui/views/summaryview.h"
#include "ui/widgets/statestack.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using lading::inspect::SignatureReport;
using lading::inspect::SignatureStatus;
using lading::inspect::TrustBadge;
using lading::inspect::TrustPolicy;
using lading::inspect::TrustSettings;
using lading::oci::Descriptor;
using lading::store::Location;
using lading::test::BundleContent;
using lading::test::LeafOptions;
using lading::test::RegistryFixture;
using lading::test::SignOptions;
using lading::test::Tamper;
using lading::test::TestCertificate;
using lading::test::TestKey;
using lading::test::TestKeyType;
using lading::test::TestRegistry;
using lading::test::TestSigner;
using lading::test::TestSigning;
using lading::test::TestSigningPki;
using lading::test::writeFileIn;
using lading::ui::AppContext;
using lading::ui::DetailsPanel;
using lading::ui::SignaturesView;
using lading::ui::StateStack;
using Kind = lading::inspect::SignatureReport::Kind;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kProvenance = QStringLiteral("https://slsa.dev/provenance/v1");
const QString kSpdx = QStringLiteral("https://spdx.dev/Document");
const QByteArray kProvenancePredicate =
    QByteArrayLiteral("{\"builder\":{\"id\":\"https://ci.example.com/lading\"}}");
const QByteArray kSpdxPredicate = QByteArrayLiteral("{\"spdxVersion\":\"SPDX-2.3\"}");

} // namespace

class TestSignaturesView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        lading::test::initUiResources();
        QVERIFY(m_work.isValid());
        lading::test::isolateEnvironment(m_work, QStringLiteral("tst_signaturesview"));
        TrustSettings::save({});
        QVERIFY2(m_registry.isListening(), qPrintable(m_registry.errorString()));

        auto key = TestKey::generate(TestKeyType::EcP256);
        QVERIFY2(key, qPrintable(key.error().message));
        m_key = key.value();
        auto pki = TestSigningPki::create(QStringLiteral("Lading Test CA"));
        QVERIFY2(pki, qPrintable(pki.error().message));
        m_pki = std::make_unique<TestSigningPki>(pki.value());
        LeafOptions leafOptions;
        leafOptions.email = QStringLiteral("signer@example.com");
        leafOptions.oidcIssuer = QStringLiteral("https://issuer.example.com");
        auto leaf = m_pki->issueLeaf(leafOptions);
        QVERIFY2(leaf, qPrintable(leaf.error().message));
        m_leaf = leaf.value();
        LeafOptions notaryOptions;
        notaryOptions.keyType = TestKeyType::Rsa2048;
        notaryOptions.commonName = QStringLiteral("Lading Notary");
        notaryOptions.email.clear();
        notaryOptions.oidcIssuer.clear();
        auto notaryLeaf = m_pki->issueLeaf(notaryOptions);
        QVERIFY2(notaryLeaf, qPrintable(notaryLeaf.error().message));
        m_notaryLeaf = notaryLeaf.value();
    }

    void init()
    {
        TrustSettings::save({});
        m_context = std::make_unique<AppContext>();
        m_panel = std::make_unique<DetailsPanel>(*m_context);
        m_panel->resize(1200, 800);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        lading::ui::workerPool().waitForDone();
        m_context.reset();
    }

    void cleanupTestCase() { lading::ui::workerPool().waitForDone(); }

    // Every kind of signature on one image: listed with its status, Signed (not verified) while nothing is
    // trusted; details of each; then the key and the root trusted through TrustSettings: Verified.
    void everyKindIsListedAndTrustTurnsThemVerified()
    {
        const Location location = at(QStringLiteral("signed/app"), QStringLiteral("v1"));
        auto image = pushImage(location, "every kind");
        QVERIFY(image);
        auto store = m_context->store(location);
        QVERIFY(store);
        lading::store::Store& s = *store.value();
        SignOptions withTime;
        // Inside the leaf's validity: short-lived certificates are checked at the time the log saw them.
        const QDateTime integrated =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 600, Qt::UTC);
        withTime.integratedTime = integrated;
        QVERIFY(TestSigning::pushCosignTagSignature(s, *image, TestSigner::withKey(m_key)));
        QVERIFY(TestSigning::pushCosignReferrerSignature(s, *image, TestSigner::keyless(m_leaf, *m_pki),
                                                         withTime));
        QVERIFY(TestSigning::pushSigstoreBundle(s, *image, TestSigner::keyless(m_leaf, *m_pki),
                                                BundleContent::MessageSignature, withTime));
        QVERIFY(TestSigning::pushNotationSignature(s, *image, TestSigner::keyless(m_notaryLeaf, *m_pki)));
        QVERIFY(TestSigning::pushCosignAttestation(s, *image, TestSigner::withKey(m_key), kProvenance,
                                                   kProvenancePredicate));
        QVERIFY(TestSigning::pushInTotoStatement(s, *image, kSpdx, kSpdxPredicate));

        SignaturesView* view = showAndVerify(location);
        QVERIFY(view);
        QCOMPARE(view->reports().size(), 6);
        QCOMPARE(view->list()->topLevelItemCount(), 6);
        QCOMPARE(view->stateStack()->state(), StateStack::State::Content);
        // Nothing trusted: every signature is well-formed and consistent, none vouched for.
        for (const SignatureReport& report : view->reports()) {
            if (report.kind == Kind::InTotoAttestation)
                QCOMPARE(report.status, SignatureStatus::NotSigned);
            else
                QVERIFY2(report.status == SignatureStatus::SignedNotVerified,
                         qPrintable(report.kindLabel() + QStringLiteral(": ") + report.statusMessage));
        }
        QCOMPARE(view->badge()->badge, TrustBadge::SignedNotVerified);
        QVERIFY(summaryTrust().contains(QLatin1String("Signed, not verified")) ||
                summaryTrust().contains(view->badge()->label));
        QCOMPARE(
            m_panel->findChild<QLabel*>(QStringLiteral("summaryTrustIcon"))->property("iconPath").toString(),
            QStringLiteral(":/icons/trust/signed.svg"));

        // The keyless cosign signature: who signed it, per the certificate, and the whole chain.
        const int keyless = rowOf(*view, Kind::CosignSignature, true);
        QVERIFY(keyless >= 0);
        view->selectReport(keyless);
        QCOMPARE(detail(*view, "signatureStatus"),
                 view->list()->topLevelItem(keyless)->text(SignaturesView::StatusColumn));
        QVERIFY2(detail(*view, "certSan0").contains(QLatin1String("signer@example.com")),
                 qPrintable(detail(*view, "certSan0")));
        QCOMPARE(detail(*view, "certOidcIssuer0"), QStringLiteral("https://issuer.example.com"));
        QVERIFY(detail(*view, "certIssuer0").contains(QLatin1String("Lading Test CA")));
        QCOMPARE(detail(*view, "certFingerprint0").size(), 64);
        QVERIFY(!detail(*view, "certSubject1").isEmpty()); // the intermediate
        QVERIFY(detail(*view, "signatureDigestMatch").contains(image->digest.toString()));
        QVERIFY(!detail(*view, "signatureDigestMatch").contains(QLatin1String("NOT")));
        QCOMPARE(view->list()->topLevelItem(keyless)->text(SignaturesView::SignerColumn),
                 QStringLiteral("signer@example.com"));
        auto* copy = view->detailsPane()->findChild<QToolButton*>(QStringLiteral("copyPemButton0"));
        QVERIFY(copy);
        copy->click();
        QVERIFY(QApplication::clipboard()->text().startsWith(QLatin1String("-----BEGIN CERTIFICATE-----")));

        // The sigstore bundle: its transparency-log entry.
        const int bundle = rowOf(*view, Kind::SigstoreBundle);
        QVERIFY(bundle >= 0);
        view->selectReport(bundle);
        QVERIFY(view->detailsPane()->findChild<QGroupBox*>(QStringLiteral("transparencyLogGroup")));
        QVERIFY(!detail(*view, "tlogIndex").isEmpty());
        // In the window's one date format, the exact UTC time in the tooltip.
        QCOMPARE(detail(*view, "tlogIntegratedTime"), lading::ui::DateFormat::text(integrated));
        auto* integratedLabel = view->detailsPane()->findChild<QLabel*>(QStringLiteral("tlogIntegratedTime"));
        QVERIFY(integratedLabel);
        QCOMPARE(integratedLabel->toolTip(), integrated.toString(Qt::ISODate));

        // Notation: an RSA leaf with a subject, PS256.
        const int notation = rowOf(*view, Kind::NotationSignature);
        QVERIFY(notation >= 0);
        view->selectReport(notation);
        QVERIFY(detail(*view, "certSubject0").contains(QLatin1String("Lading Notary")));
        QVERIFY(detail(*view, "signatureKey").contains(QLatin1String("RSA")));

        // The attestation: predicate type, subjects and the predicate as highlighted JSON.
        const int attestation = rowOf(*view, Kind::DsseAttestation);
        QVERIFY(attestation >= 0);
        view->selectReport(attestation);
        QCOMPARE(detail(*view, "attestationPredicateType"), kProvenance);
        QVERIFY(detail(*view, "attestationSubjects").contains(image->digest.toString().mid(7)));
        auto* predicate =
            view->detailsPane()->findChild<QPlainTextEdit*>(QStringLiteral("attestationPredicate"));
        QVERIFY(predicate);
        QVERIFY2(
            predicate->toPlainText().contains(QLatin1String("\"id\": \"https://ci.example.com/lading\"")),
            qPrintable(predicate->toPlainText()));
        const int statement = rowOf(*view, Kind::InTotoAttestation);
        QVERIFY(statement >= 0);
        view->selectReport(statement);
        QCOMPARE(detail(*view, "attestationPredicateType"), kSpdx);

        // Trust the key and the root the way the dialog and `lading verify` share them: TrustSettings,
        // in this test's own settings file. The window reads it again and re-verifies by itself.
        const QString keyFile = writeFileIn(m_work, QStringLiteral("cosign.pub"), m_key.publicKeyPem);
        // Sigstore bundles carry the leaf alone: the trusted roots hold the intermediate too, as Sigstore's
        // trusted root does.
        const QString rootFile = writeFileIn(m_work, QStringLiteral("root.pem"),
                                             m_pki->rootPem() + m_pki->intermediate().certificatePem);
        QVERIFY(TrustSettings::addPublicKeyFile(keyFile));
        QVERIFY(TrustSettings::addRootFile(rootFile));
        m_context->reloadTrustPolicy();
        QVERIFY(view->isVerifying());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isVerifying(), kTimeoutMs);
        for (const SignatureReport& report : view->reports()) {
            if (report.kind == Kind::InTotoAttestation)
                continue;
            QVERIFY2(report.status == SignatureStatus::Verified,
                     qPrintable(report.kindLabel() + QStringLiteral(": ") + report.statusMessage));
        }
        QCOMPARE(view->badge()->badge, TrustBadge::Verified);
        QTRY_VERIFY_WITH_TIMEOUT(summaryTrust().contains(view->badge()->label), kTimeoutMs);
        QCOMPARE(
            m_panel->findChild<QLabel*>(QStringLiteral("summaryTrustIcon"))->property("iconPath").toString(),
            QStringLiteral(":/icons/trust/verified.svg"));
        view->selectReport(rowOf(*view, Kind::CosignSignature, false));
        QCOMPARE(detail(*view, "signatureStatus"),
                 lading::inspect::SignatureVerifier::statusLabel(SignatureStatus::Verified));
        // For a person to look at, beside tst_screenshots' pictures: the keyless signature, verified.
        view->selectReport(keyless);
        QDir().mkpath(QStringLiteral(LADING_BINARY_DIR "/screenshots"));
        QVERIFY(m_panel->grab().save(QStringLiteral(LADING_BINARY_DIR "/screenshots/signatures-tab.png")));

        // The summary's badge is a link to the tab.
        m_panel->showTab(DetailsPanel::SummaryTab);
        emit m_panel->findChild<QLabel*>(QStringLiteral("summaryTrust"))
            ->linkActivated(QStringLiteral("signatures"));
        QCOMPARE(m_panel->tabs()->currentIndex(), int(DetailsPanel::SignaturesTab));
        QCOMPARE(m_panel->tabs()->currentWidget(), view);
    }

    // A tampered payload and a signature made with another key than the trusted one: Invalid, and the
    // badge of the manifest is Invalid even next to a good signature.
    void tamperedOrWrongKeyIsInvalid_data()
    {
        QTest::addColumn<int>("tamper");
        QTest::newRow("payload changed after signing") << int(Tamper::TamperPayload);
        QTest::newRow("signature by another key") << int(Tamper::WrongKey);
        QTest::newRow("payload names another digest") << int(Tamper::OtherDigest);
    }
    void tamperedOrWrongKeyIsInvalid()
    {
        QFETCH(int, tamper);
        TrustPolicy policy;
        policy.publicKeysPem = {m_key.publicKeyPem};
        m_context->setTrustPolicy(policy);
        const Location location = at(QStringLiteral("tampered/app"), QStringLiteral("t%1").arg(tamper));
        auto image = pushImage(location, QByteArray("tampered ") + QByteArray::number(tamper));
        QVERIFY(image);
        auto store = m_context->store(location);
        QVERIFY(store);
        SignOptions options;
        options.tamper = Tamper(tamper);
        QVERIFY(TestSigning::pushCosignReferrerSignature(*store.value(), *image, TestSigner::withKey(m_key),
                                                         options));

        SignaturesView* view = showAndVerify(location);
        QVERIFY(view);
        QCOMPARE(view->reports().size(), 1);
        QCOMPARE(view->reports().constFirst().status, SignatureStatus::Invalid);
        QVERIFY(!view->reports().constFirst().statusMessage.isEmpty());
        QCOMPARE(view->badge()->badge, TrustBadge::Invalid);
        QCOMPARE(view->list()->topLevelItem(0)->text(SignaturesView::StatusColumn),
                 lading::inspect::SignatureVerifier::statusLabel(SignatureStatus::Invalid));
        view->selectReport(0);
        QCOMPARE(detail(*view, "signatureReason"), view->reports().constFirst().statusMessage);
        if (Tamper(tamper) == Tamper::OtherDigest)
            QVERIFY(detail(*view, "signatureDigestMatch").contains(QLatin1String("NOT")));
        QCOMPARE(
            m_panel->findChild<QLabel*>(QStringLiteral("summaryTrustIcon"))->property("iconPath").toString(),
            QStringLiteral(":/icons/trust/invalid.svg"));

        // A good signature beside it does not make the manifest trustworthy.
        QVERIFY(TestSigning::pushCosignTagSignature(*store.value(), *image, TestSigner::withKey(m_key)));
        m_panel->signaturesView()->reverify();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isVerifying(), kTimeoutMs);
        QCOMPARE(view->reports().size(), 2);
        QCOMPARE(view->badge()->badge, TrustBadge::Invalid);
    }

    void unsignedImageSaysSo()
    {
        const Location location = at(QStringLiteral("plain/app"), QStringLiteral("v1"));
        QVERIFY(pushImage(location, "unsigned"));
        SignaturesView* view = showAndVerify(location);
        QVERIFY(view);
        QVERIFY(view->reports().isEmpty());
        QCOMPARE(view->badge()->badge, TrustBadge::Unsigned);
        QCOMPARE(view->stateStack()->state(), StateStack::State::Empty);
        QVERIFY(view->stateStack()->message().contains(QLatin1String("No signatures")));
        QVERIFY(view->heading()->text().contains(QLatin1String("Unsigned")));
        QTRY_VERIFY_WITH_TIMEOUT(summaryTrust().contains(QLatin1String("Unsigned")), kTimeoutMs);
        QCOMPARE(
            m_panel->findChild<QLabel*>(QStringLiteral("summaryTrustIcon"))->property("iconPath").toString(),
            QStringLiteral(":/icons/trust/unsigned.svg"));
    }

    // A referrer the user opened, and a cosign `.sig` tag: each is a signature, shown checked against
    // the manifest it signs.
    void aSignatureOpenedByItselfIsCheckedAgainstItsSubject()
    {
        TrustPolicy policy;
        policy.rootCertificatesPem = {m_pki->rootPem()};
        m_context->setTrustPolicy(policy);
        const Location location = at(QStringLiteral("opened/app"), QStringLiteral("v1"));
        auto image = pushImage(location, "opened");
        QVERIFY(image);
        auto store = m_context->store(location);
        QVERIFY(store);
        auto notation = TestSigning::pushNotationSignature(*store.value(), *image,
                                                           TestSigner::keyless(m_notaryLeaf, *m_pki));
        QVERIFY(notation);
        auto cosign = TestSigning::pushCosignTagSignature(*store.value(), *image, TestSigner::withKey(m_key));
        QVERIFY(cosign);

        Location referrer = location;
        referrer.reference = location.reference.withDigest(notation->digest);
        SignaturesView* view = showAndVerify(referrer);
        QVERIFY(view);
        QVERIFY(view->showsOwnSignature());
        QCOMPARE(view->subjectDigest(), image->digest);
        QCOMPARE(view->reports().size(), 1);
        QCOMPARE(view->reports().constFirst().kind, Kind::NotationSignature);
        QCOMPARE(view->reports().constFirst().status, SignatureStatus::Verified);
        QVERIFY(view->heading()->text().contains(image->digest.shortForm()));

        const Location sigTag =
            at(QStringLiteral("opened/app"), image->digest.referrersTag() + QStringLiteral(".sig"));
        view = showAndVerify(sigTag);
        QVERIFY(view);
        QVERIFY(view->showsOwnSignature());
        QCOMPARE(view->subjectDigest(), image->digest);
        QCOMPARE(view->reports().size(), 1);
        // A key-based signature while only a root is trusted: nothing vouches for the key.
        QCOMPARE(view->reports().constFirst().status, SignatureStatus::SignedNotVerified);
    }

    // The "Trusted Keys…" button opens the dialog; a key added there re-verifies the tab.
    void trustedKeysButtonOpensTheDialogAndReverifies()
    {
        const Location location = at(QStringLiteral("button/app"), QStringLiteral("v1"));
        auto image = pushImage(location, "button");
        QVERIFY(image);
        auto store = m_context->store(location);
        QVERIFY(store);
        QVERIFY(TestSigning::pushCosignReferrerSignature(*store.value(), *image, TestSigner::withKey(m_key)));
        SignaturesView* view = showAndVerify(location);
        QVERIFY(view);
        QCOMPARE(view->badge()->badge, TrustBadge::SignedNotVerified);

        view->trustButton()->click();
        auto* dialog = m_panel->findChild<lading::ui::TrustSettingsDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->addPublicKeyFile(writeFileIn(m_work, QStringLiteral("button.pub"), m_key.publicKeyPem));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeoutMs);
        QCOMPARE(dialog->keyList()->topLevelItemCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isVerifying() && view->badge() &&
                                     view->badge()->badge == TrustBadge::Verified,
                                 kTimeoutMs);
        dialog->close();
    }

    // Debian's docker-registry has no referrers API: signatures are found through the referrers fallback
    // tag and cosign's tags, with the same verdicts.
    void realRegistryFallbackTagsGiveTheSameStatuses()
    {
        QString why;
        auto fixture = RegistryFixture::start(RegistryFixture::Mode::Plain, &why);
        QVERIFY2(fixture, qPrintable(why));
        TrustPolicy policy;
        policy.publicKeysPem = {m_key.publicKeyPem};
        policy.rootCertificatesPem = {m_pki->rootPem()};
        m_context->setTrustPolicy(policy);
        auto good = Location::parse(fixture->host() + QStringLiteral("/real/app:good"));
        auto bad = Location::parse(fixture->host() + QStringLiteral("/real/app:bad"));
        QVERIFY(good && bad);
        auto goodImage = pushImage(good.value(), "real good");
        auto badImage = pushImage(bad.value(), "real bad");
        QVERIFY(goodImage && badImage);
        auto store = m_context->store(good.value());
        QVERIFY(store);
        QVERIFY(TestSigning::pushCosignTagSignature(*store.value(), *goodImage, TestSigner::withKey(m_key)));
        QVERIFY(TestSigning::pushNotationSignature(*store.value(), *goodImage,
                                                   TestSigner::keyless(m_notaryLeaf, *m_pki)));
        SignOptions tampered;
        tampered.tamper = Tamper::FlipSignature;
        QVERIFY(TestSigning::pushNotationSignature(*store.value(), *badImage,
                                                   TestSigner::keyless(m_notaryLeaf, *m_pki), tampered));

        SignaturesView* view = showAndVerify(good.value());
        QVERIFY(view);
        QCOMPARE(view->reports().size(), 2);
        for (const SignatureReport& report : view->reports())
            QVERIFY2(report.status == SignatureStatus::Verified, qPrintable(report.statusMessage));
        QCOMPARE(view->badge()->badge, TrustBadge::Verified);

        view = showAndVerify(bad.value());
        QVERIFY(view);
        QCOMPARE(view->reports().size(), 1);
        QCOMPARE(view->badge()->badge, TrustBadge::Invalid);
        m_panel.reset();
        lading::ui::workerPool().waitForDone();
    }

    // The registry going away shows an inline error with Retry, and the summary says it could not check.
    void unreachableStoreShowsAnError()
    {
        auto location = Location::parse(QStringLiteral("127.0.0.1:9/gone/app:v1"));
        QVERIFY(location);
        m_panel->showLocation(location.value());
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isLoading(), kTimeoutMs);
        SignaturesView* view = m_panel->signaturesView();
        QCOMPARE(view->stateStack()->state(), StateStack::State::Error);
        QVERIFY(!view->badge());
    }

private:
    Location at(const QString& repository, const QString& tag) const
    {
        auto parsed =
            Location::parse(m_registry.host() + QLatin1Char('/') + repository + QLatin1Char(':') + tag);
        return parsed ? parsed.value() : Location();
    }

    lading::Result<Descriptor> pushImage(const Location& location, const QByteArray& seed)
    {
        auto store = m_context->store(location);
        if (!store)
            return store.error();
        return TestSigning::pushImage(*store.value(), location.tagName(), seed);
    }

    // Shows `location` and waits for its manifest and the verification; nullptr on timeout.
    SignaturesView* showAndVerify(const Location& location)
    {
        m_panel->showLocation(location);
        SignaturesView* view = m_panel->signaturesView();
        QElapsedTimer clock;
        clock.start();
        while (m_panel->isLoading() || view->isVerifying() ||
               (!view->badge() && view->stateStack()->state() != StateStack::State::Error)) {
            if (clock.elapsed() > kTimeoutMs) {
                qWarning("timed out on %s", qPrintable(location.toString()));
                return nullptr;
            }
            QTest::qWait(10);
        }
        m_panel->showTab(DetailsPanel::SignaturesTab);
        if (!view->badge())
            qWarning("%s: %s", qPrintable(location.toString()), qPrintable(view->stateStack()->message()));
        return view->badge() ? view : nullptr;
    }

    static int rowOf(const SignaturesView& view, Kind kind,
                     std::optional<bool> withCertificate = std::nullopt)
    {
        for (int i = 0; i < view.reports().size(); ++i) {
            const SignatureReport& report = view.reports().at(i);
            if (report.kind == kind &&
                (!withCertificate || *withCertificate == !report.certificates.isEmpty()))
                return i;
        }
        return -1;
    }

    static QString detail(const SignaturesView& view, const char* name)
    {
        if (!view.detailsPane())
            return {};
        auto* label = view.detailsPane()->findChild<QLabel*>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    }

    QString summaryTrust() const
    {
        auto* label = m_panel->findChild<QLabel*>(QStringLiteral("summaryTrust"));
        return label ? label->text() : QString();
    }

    QTemporaryDir m_work;
    TestRegistry m_registry;
    TestKey m_key;
    std::unique_ptr<TestSigningPki> m_pki;
    TestCertificate m_leaf;
    TestCertificate m_notaryLeaf;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<DetailsPanel> m_panel;
};

QTEST_MAIN(TestSignaturesView)
#include "tst_signaturesview.moc"
