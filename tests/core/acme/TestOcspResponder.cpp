// SPDX-License-Identifier: GPL-3.0-or-later
// The OCSP responder of the plain-HTTP handler (RFC 6960), checked with OpenSSL's own OCSP client
// code: requests built and responses verified the way `openssl ocsp` does.
#include "core/acme/PublicHttpHandler.h"

#include "core/config/ConfigStore.h"
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/Csr.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/X509Certificate.h"
#include "tests/support/PkiHarness.h"
#include "tests/support/TestDatabases.h"

#include <QTest>

#include <openssl/ocsp.h>
#include <openssl/x509.h>

namespace {

/** An OpenSSL X509 of `c`; the test owns it. */
X509 *nativeOf(const X509Certificate &c)
{
    const QByteArray der = c.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return d2i_X509(nullptr, &p, der.size());
}

struct Ocsp
{
    std::shared_ptr<Database> db = TestDatabases::memory();
    MockClock clock {QDateTime::currentMSecsSinceEpoch()};
    ConfigStore config {db, clock};
    PkiHarness pki {db, config, clock};
    PublicHttpHandler handler {db, *pki.cas, *pki.issuance, clock};
    X509Certificate issuer;
    X509Certificate root;

    Ocsp()
    {
        issuer = pki.cas->find(QStringLiteral("Test Issuing"))->certificate;
        root = pki.cas->find(QStringLiteral("Test Root"))->certificate;
    }

    IssuedCertificate issue(const QString &name)
    {
        IssuanceRequest r;
        r.csrDer = Csr::build(*PrivateKey::generate(QStringLiteral("EC:P-256")), {}, {name})->toDer();
        r.identifiers = {{QStringLiteral("dns"), name}};
        Result<IssuedCertificate> c = pki.issuance->issue(r);
        Q_ASSERT(c.isOk());
        return *c;
    }

    /** A DER OCSPRequest for `serialHex` of `ca` (SHA-1 CertID, as openssl ocsp sends). */
    static QByteArray request(const X509Certificate &ca, const QString &serialHex)
    {
        OCSP_REQUEST *req = OCSP_REQUEST_new();
        BIGNUM *bn = nullptr;
        BN_hex2bn(&bn, serialHex.toLatin1().constData());
        ASN1_INTEGER *serial = BN_to_ASN1_INTEGER(bn, nullptr);
        X509 *x = nativeOf(ca);
        OCSP_CERTID *id = OCSP_cert_id_new(EVP_sha1(), X509_get_subject_name(x), X509_get0_pubkey_bitstr(x), serial);
        X509_free(x);
        OCSP_request_add0_id(req, id);
        OCSP_request_add1_nonce(req, nullptr, -1);
        unsigned char *out = nullptr;
        const int len = i2d_OCSP_REQUEST(req, &out);
        QByteArray der(reinterpret_cast<char *>(out), len);
        OPENSSL_free(out);
        ASN1_INTEGER_free(serial);
        BN_free(bn);
        OCSP_REQUEST_free(req);
        return der;
    }

    AcmeResponse post(const QByteArray &der)
    {
        AcmeRequest r;
        r.method = "POST";
        r.path = QStringLiteral("/ocsp");
        r.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/ocsp-request")));
        r.body = der;
        return handler.handle(r);
    }

    struct Answer
    {
        int responseStatus = -1;
        int certStatus = -1;
        int reason = -1;
        bool verified = false;
        bool revocationTime = false;
    };

    /** Parses and verifies (chain to the root, delegated responder) like `openssl ocsp -CAfile`. */
    Answer read(const QByteArray &der, const QString &serialHex) const
    {
        Answer a;
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        OCSP_RESPONSE *resp = d2i_OCSP_RESPONSE(nullptr, &p, der.size());
        if (!resp) {
            return a;
        }
        a.responseStatus = OCSP_response_status(resp);
        OCSP_BASICRESP *basic = OCSP_response_get1_basic(resp);
        if (basic) {
            X509 *rootX = nativeOf(root);
            X509 *issuerX = nativeOf(issuer);
            X509_STORE *store = X509_STORE_new();
            X509_STORE_add_cert(store, rootX);
            STACK_OF(X509) *untrusted = sk_X509_new_null();
            sk_X509_push(untrusted, issuerX);
            a.verified = OCSP_basic_verify(basic, untrusted, store, 0) == 1;
            BIGNUM *bn = nullptr;
            BN_hex2bn(&bn, serialHex.toLatin1().constData());
            ASN1_INTEGER *serial = BN_to_ASN1_INTEGER(bn, nullptr);
            OCSP_CERTID *id = OCSP_cert_id_new(EVP_sha1(), X509_get_subject_name(issuerX),
                                               X509_get0_pubkey_bitstr(issuerX), serial);
            ASN1_GENERALIZEDTIME *revTime = nullptr;
            OCSP_resp_find_status(basic, id, &a.certStatus, &a.reason, &revTime, nullptr, nullptr);
            a.revocationTime = revTime != nullptr;
            OCSP_CERTID_free(id);
            ASN1_INTEGER_free(serial);
            BN_free(bn);
            sk_X509_free(untrusted);
            X509_STORE_free(store);
            X509_free(issuerX);
            X509_free(rootX);
            OCSP_BASICRESP_free(basic);
        }
        OCSP_RESPONSE_free(resp);
        return a;
    }
};

} // namespace

class TestOcspResponder : public QObject
{
    Q_OBJECT

private slots:
    void answersFromTheDatabase_data();
    void answersFromTheDatabase();
    void revocationShowsAtOnceDespiteTheCache();
    void getCarriesTheRequestInThePath();
    void refusesWhatItCannotAnswer_data();
    void refusesWhatItCannotAnswer();
    void responderIsDelegatedAndStored();
    void caIssuersServesTheDerCertificate();
};

void TestOcspResponder::answersFromTheDatabase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("certStatus");
    QTest::addColumn<int>("reason");
    QTest::newRow("valid is good") << QStringLiteral("good") << V_OCSP_CERTSTATUS_GOOD << -1;
    QTest::newRow("revoked with its reason and time")
        << QStringLiteral("revoked") << V_OCSP_CERTSTATUS_REVOKED << OCSP_REVOKED_STATUS_KEYCOMPROMISE;
    QTest::newRow("never issued is unknown") << QStringLiteral("unknown") << V_OCSP_CERTSTATUS_UNKNOWN << -1;
}

void TestOcspResponder::answersFromTheDatabase()
{
    QFETCH(QString, kind);
    QFETCH(int, certStatus);
    QFETCH(int, reason);
    Ocsp t;
    const IssuedCertificate c = t.issue(QStringLiteral("a.example.test"));
    QString serial = c.serialHex;
    if (kind == QLatin1String("revoked")) {
        QVERIFY(t.pki.issuance->revoke(c.id, 1, t.clock.now()).isOk());
    } else if (kind == QLatin1String("unknown")) {
        serial = QStringLiteral("0123456789abcdef");
    }
    AcmeResponse r = t.post(Ocsp::request(t.issuer, serial));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/ocsp-response"));
    const Ocsp::Answer a = t.read(r.body, serial);
    QCOMPARE(a.responseStatus, OCSP_RESPONSE_STATUS_SUCCESSFUL);
    QVERIFY(a.verified);
    QCOMPARE(a.certStatus, certStatus);
    QCOMPARE(a.reason, reason);
    QCOMPARE(a.revocationTime, kind == QLatin1String("revoked"));
}

void TestOcspResponder::revocationShowsAtOnceDespiteTheCache()
{
    Ocsp t;
    const IssuedCertificate c = t.issue(QStringLiteral("a.example.test"));
    const QByteArray req = Ocsp::request(t.issuer, c.serialHex);
    const QByteArray first = t.post(req).body;
    QCOMPARE(t.read(first, c.serialHex).certStatus, V_OCSP_CERTSTATUS_GOOD);
    // Unchanged status: the signed answer is reused (same bytes), not signed again.
    QCOMPARE(t.post(req).body, first);
    QVERIFY(t.pki.issuance->revoke(c.id, 4, t.clock.now()).isOk());
    const Ocsp::Answer after = t.read(t.post(req).body, c.serialHex);
    QCOMPARE(after.certStatus, V_OCSP_CERTSTATUS_REVOKED);
    QCOMPARE(after.reason, OCSP_REVOKED_STATUS_SUPERSEDED);
    // After an hour a fresh answer is signed.
    const QByteArray revoked = t.post(req).body;
    t.clock.advanceMs(PublicHttpHandler::kOcspReuseMs + 1000);
    QVERIFY(t.post(req).body != revoked);
}

void TestOcspResponder::getCarriesTheRequestInThePath()
{
    Ocsp t;
    const IssuedCertificate c = t.issue(QStringLiteral("a.example.test"));
    AcmeRequest r;
    r.method = "GET";
    r.path = QStringLiteral("/ocsp/") + QString::fromLatin1(Ocsp::request(t.issuer, c.serialHex).toBase64());
    AcmeResponse resp = t.handler.handle(r);
    QCOMPARE(resp.status, 200);
    QVERIFY(resp.header("Cache-Control").contains("max-age"));
    const Ocsp::Answer a = t.read(resp.body, c.serialHex);
    QVERIFY(a.verified);
    QCOMPARE(a.certStatus, V_OCSP_CERTSTATUS_GOOD);
}

void TestOcspResponder::refusesWhatItCannotAnswer_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("responseStatus");
    QTest::newRow("not DER") << QStringLiteral("garbage") << OCSP_RESPONSE_STATUS_MALFORMEDREQUEST;
    QTest::newRow("wrong content type") << QStringLiteral("type") << OCSP_RESPONSE_STATUS_MALFORMEDREQUEST;
    QTest::newRow("a CA this server does not have") << QStringLiteral("stranger") << OCSP_RESPONSE_STATUS_UNAUTHORIZED;
}

void TestOcspResponder::refusesWhatItCannotAnswer()
{
    QFETCH(QString, kind);
    QFETCH(int, responseStatus);
    Ocsp t;
    AcmeRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/ocsp");
    r.headers.append(qMakePair(QByteArray("content-type"),
                               QByteArray(kind == QLatin1String("type") ? "text/plain" : "application/ocsp-request")));
    if (kind == QLatin1String("stranger")) {
        const PrivateKey key = *PrivateKey::generate(QStringLiteral("EC:P-256"));
        CertificateBuilder b;
        b.setSubjectDn(QStringLiteral("CN=Stranger"));
        b.setValidity(t.clock.now(), t.clock.now().addDays(1));
        b.setCa(true);
        r.body = Ocsp::request(*b.selfSign(key), QStringLiteral("01"));
    } else if (kind == QLatin1String("type")) {
        r.body = Ocsp::request(t.issuer, QStringLiteral("01"));
    } else {
        r.body = "not an OCSP request";
    }
    AcmeResponse resp = t.handler.handle(r);
    QCOMPARE(resp.status, 200);
    QCOMPARE(t.read(resp.body, QStringLiteral("01")).responseStatus, responseStatus);
}

void TestOcspResponder::responderIsDelegatedAndStored()
{
    Ocsp t;
    const CaId issuingId = t.pki.cas->find(QStringLiteral("Test Issuing"))->id;
    Result<CaService::OcspSigner> s = t.pki.cas->ocspSigner(issuingId);
    QVERIFY(s.isOk());
    QCOMPARE(s->certificate.issuerDn(), t.issuer.subjectDn());
    QCOMPARE(s->certificate.extendedKeyUsages(), QStringList {QStringLiteral("OCSPSigning")});
    X509 *responder = nativeOf(s->certificate);
    QVERIFY(X509_get_ext_by_NID(responder, NID_id_pkix_OCSP_noCheck, -1) >= 0);
    X509_free(responder);
    // Stored: a second CaService over the same database (another node) uses the same responder.
    Result<QSqlQuery> q = t.db->exec(QStringLiteral("SELECT count(*) FROM ocsp_responders"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 1);
    QCOMPARE(t.pki.cas->ocspSigner(issuingId)->certificate.toDer(), s->certificate.toDer());
    // Renewed once less than a third of its lifetime remains.
    t.clock.advanceMs(qint64(CaService::kOcspResponderDays) * 86400 * 1000 * 3 / 4);
    Result<CaService::OcspSigner> renewed = t.pki.cas->ocspSigner(issuingId);
    QVERIFY(renewed.isOk());
    QVERIFY(renewed->certificate.toDer() != s->certificate.toDer());
}

void TestOcspResponder::caIssuersServesTheDerCertificate()
{
    Ocsp t;
    AcmeRequest r;
    r.method = "GET";
    r.path = QStringLiteral("/ca/Test Issuing.der");
    AcmeResponse resp = t.handler.handle(r);
    QCOMPARE(resp.status, 200);
    QCOMPARE(resp.header("Content-Type"), QByteArray("application/pkix-cert"));
    QCOMPARE(resp.body, t.issuer.toDer());
}

QTEST_GUILESS_MAIN(TestOcspResponder)
#include "TestOcspResponder.moc"
