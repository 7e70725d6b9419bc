// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Ocsp.h"

#include "core/crypto/OpenSslPtr.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ocsp.h>
#include <openssl/x509.h>

namespace {

struct OcspRequestDeleter
{
    void operator()(OCSP_REQUEST *p) const { OCSP_REQUEST_free(p); }
};
struct OcspBasicDeleter
{
    void operator()(OCSP_BASICRESP *p) const { OCSP_BASICRESP_free(p); }
};
struct OcspResponseDeleter
{
    void operator()(OCSP_RESPONSE *p) const { OCSP_RESPONSE_free(p); }
};
struct OcspCertIdDeleter
{
    void operator()(OCSP_CERTID *p) const { OCSP_CERTID_free(p); }
};
struct Asn1TimeDeleter
{
    void operator()(ASN1_TIME *p) const { ASN1_TIME_free(p); }
};
using Asn1TimePtr = std::unique_ptr<ASN1_TIME, Asn1TimeDeleter>;

constexpr int kMaxEntries = 100;

OCSP_CERTID *certIdAt(OCSP_REQUEST *req, int i)
{
    OCSP_ONEREQ *one = OCSP_request_onereq_get0(req, i);
    return one ? OCSP_onereq_get0_id(one) : nullptr;
}

QByteArray responseDer(OCSP_RESPONSE *resp)
{
    unsigned char *out = nullptr;
    const int len = i2d_OCSP_RESPONSE(resp, &out);
    return OpenSsl::takeBytes(out, len);
}

} // namespace

struct OcspRequest::Data
{
    std::unique_ptr<OCSP_REQUEST, OcspRequestDeleter> req;
    int count = 0;
};

Result<OcspRequest> OcspRequest::fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<OCSP_REQUEST, OcspRequestDeleter> req(d2i_OCSP_REQUEST(nullptr, &p, long(der.size())));
    if (!req || p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        ERR_clear_error();
        return CoreError(CoreError::Code::Malformed, QStringLiteral("Not a DER OCSP request"));
    }
    const int count = OCSP_request_onereq_count(req.get());
    if (count < 1 || count > kMaxEntries) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("An OCSP request must name 1 to %1 certificates").arg(kMaxEntries));
    }
    for (int i = 0; i < count; ++i) {
        ASN1_INTEGER *serial = nullptr;
        OCSP_CERTID *cid = certIdAt(req.get(), i);
        if (!cid || OCSP_id_get0_info(nullptr, nullptr, nullptr, &serial, cid) != 1 || !serial) {
            ERR_clear_error();
            return CoreError(CoreError::Code::Malformed, QStringLiteral("OCSP request entry without a CertID"));
        }
    }
    auto data = std::make_shared<Data>();
    data->req = std::move(req);
    data->count = count;
    OcspRequest r;
    r.d = std::move(data);
    return r;
}

int OcspRequest::count() const
{
    return d ? d->count : 0;
}

QString OcspRequest::serialHex(int i) const
{
    ASN1_INTEGER *serial = nullptr;
    OCSP_CERTID *cid = certIdAt(d->req.get(), i);
    if (!cid || OCSP_id_get0_info(nullptr, nullptr, nullptr, &serial, cid) != 1) {
        return {};
    }
    return OpenSsl::serialToHex(serial);
}

QByteArray OcspRequest::certIdDer(int i) const
{
    OCSP_CERTID *cid = certIdAt(d->req.get(), i);
    if (!cid) {
        return {};
    }
    unsigned char *out = nullptr;
    const int len = i2d_OCSP_CERTID(cid, &out);
    return OpenSsl::takeBytes(out, len);
}

bool OcspRequest::isIssuedBy(int i, const X509Certificate &issuer) const
{
    OCSP_CERTID *cid = certIdAt(d->req.get(), i);
    ASN1_OBJECT *mdOid = nullptr;
    ASN1_INTEGER *serial = nullptr;
    if (!cid || !issuer.native() || OCSP_id_get0_info(nullptr, &mdOid, nullptr, &serial, cid) != 1) {
        return false;
    }
    // The hash algorithm is the client's (SHA-1 in most clients, RFC 5019 §2.1.1).
    const EVP_MD *md = EVP_get_digestbyobj(mdOid);
    if (!md) {
        ERR_clear_error();
        return false;
    }
    std::unique_ptr<OCSP_CERTID, OcspCertIdDeleter> ours(
        OCSP_cert_id_new(md, X509_get_subject_name(issuer.native()), X509_get0_pubkey_bitstr(issuer.native()), serial));
    if (!ours) {
        ERR_clear_error();
        return false;
    }
    return OCSP_id_issuer_cmp(ours.get(), cid) == 0;
}

Result<QByteArray> OcspResponse::sign(const OcspRequest &request, const QList<Entry> &entries,
                                      const X509Certificate &responder, const PrivateKey &responderKey,
                                      const QDateTime &thisUpdate, const QDateTime &nextUpdate)
{
    if (!request.d || entries.size() != request.count() || !responder.native() || responderKey.isNull()) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("OCSP response does not match its request"));
    }
    std::unique_ptr<OCSP_BASICRESP, OcspBasicDeleter> basic(OCSP_BASICRESP_new());
    Asn1TimePtr thisUpd(ASN1_TIME_set(nullptr, time_t(thisUpdate.toSecsSinceEpoch())));
    Asn1TimePtr nextUpd(ASN1_TIME_set(nullptr, time_t(nextUpdate.toSecsSinceEpoch())));
    if (!basic || !thisUpd || !nextUpd) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Cannot build an OCSP response"));
    }
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        OCSP_CERTID *cid = certIdAt(request.d->req.get(), i);
        int status = V_OCSP_CERTSTATUS_GOOD;
        Asn1TimePtr revokedAt;
        int reason = OCSP_REVOKED_STATUS_NOSTATUS;
        if (e.status == Status::Revoked) {
            status = V_OCSP_CERTSTATUS_REVOKED;
            revokedAt.reset(ASN1_TIME_set(nullptr, time_t(e.revokedAt.toSecsSinceEpoch())));
            if (!revokedAt) {
                return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Cannot build an OCSP response"));
            }
            // RFC 6960 §4.2.1: revocationReason is optional; unspecified (0) is left out as in CRLs.
            if (e.reason > 0) {
                reason = e.reason;
            }
        } else if (e.status == Status::Unknown) {
            status = V_OCSP_CERTSTATUS_UNKNOWN;
        }
        if (!cid
            || !OCSP_basic_add1_status(basic.get(), cid, status, reason, revokedAt.get(), thisUpd.get(),
                                       nextUpd.get())) {
            return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Cannot add an OCSP status"));
        }
    }
    // byKey responder id (RFC 6960 §4.2.2.3); the responder certificate travels with the response
    // so clients can check its delegation (§4.2.2.2).
    const EVP_MD *md
        = OpenSsl::keyInfo(responderKey.native()).curve == QLatin1String("P-384") ? EVP_sha384() : EVP_sha256();
    if (OCSP_basic_sign(basic.get(), responder.native(), responderKey.native(), md, nullptr, OCSP_RESPID_KEY) != 1) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Cannot sign the OCSP response"));
    }
    std::unique_ptr<OCSP_RESPONSE, OcspResponseDeleter> resp(
        OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic.get()));
    if (!resp) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Cannot build an OCSP response"));
    }
    return responseDer(resp.get());
}

QByteArray OcspResponse::error(Error status)
{
    std::unique_ptr<OCSP_RESPONSE, OcspResponseDeleter> resp(OCSP_response_create(int(status), nullptr));
    return resp ? responseDer(resp.get()) : QByteArray();
}
