// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/PrivateKey.h"
#include "core/crypto/X509Certificate.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

/** An OCSP request (RFC 6960 §4.1.1), parsed: the CertIDs it asks about. A copyable value type. */
class OcspRequest
{
public:
    /** Malformed unless `der` is exactly one DER OCSPRequest naming 1 to 100 certificates. */
    static Result<OcspRequest> fromDer(const QByteArray &der);

    int count() const;
    /** Serial of entry `i`, lowercase hex as X509Certificate::serialHex() writes it. */
    QString serialHex(int i) const;
    /** Entry `i`'s CertID as DER: with the certificate status it keys a cached answer. */
    QByteArray certIdDer(int i) const;
    /** Whether entry `i`'s issuerNameHash and issuerKeyHash name `issuer`. */
    bool isIssuedBy(int i, const X509Certificate &issuer) const;

private:
    friend class OcspResponse;
    struct Data;
    std::shared_ptr<const Data> d;
};

/** Builds OCSP responses (RFC 6960 §4.2). */
class OcspResponse
{
public:
    enum class Status {
        Good,
        Revoked,
        Unknown,
    };

    struct Entry
    {
        Status status = Status::Good;
        QDateTime revokedAt;
        /** RFC 5280 §5.3.1 CRLReason; -1 for none. */
        int reason = -1;
    };

    /** OCSPResponseStatus values of unsuccessful answers (RFC 6960 §4.2.1). */
    enum class Error {
        MalformedRequest = 1,
        InternalError = 2,
        TryLater = 3,
        Unauthorized = 6,
    };

    /**
     * A successful basic response, one SingleResponse per request entry (`entries` in request
     * order), signed by `responder` (a delegated responder certificate, included in the response,
     * named by key hash). No nonce is echoed (RFC 5019 §2.2.1): answers stay cacheable.
     */
    static Result<QByteArray> sign(const OcspRequest &request, const QList<Entry> &entries,
                                   const X509Certificate &responder, const PrivateKey &responderKey,
                                   const QDateTime &thisUpdate, const QDateTime &nextUpdate);

    /** An unsuccessful OCSPResponse (no responseBytes). */
    static QByteArray error(Error status);
};
