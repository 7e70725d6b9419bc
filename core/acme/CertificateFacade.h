// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/AliasConfig.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

/**
 * What the protocol engine needs of the PKI (core/pki): issue for a ready order, download chains,
 * look up and revoke certificates. Keeps the engine free of profile and CA details.
 */
class CertificateFacade
{
public:
    virtual ~CertificateFacade() = default;

    struct Issued
    {
        QString certificateId;
        QString endEntity;
    };
    struct OrderInfo
    {
        QString orderId;
        QString accountId;
        QList<QPair<QString, QString>> identifiers; // (type, value) with "*." kept for wildcards
        qint64 notBefore = 0;
        qint64 notAfter = 0;
        QString profile;
    };
    /** Issues and stores the certificate (joins the caller's transaction). BadCsr for a CSR that does not fit. */
    virtual Result<Issued> issue(const AliasConfig &alias, const OrderInfo &order, const QByteArray &csrDer) = 0;
    /**
     * issue() in two steps, so that the engine signs before its write transaction and only stores
     * inside it: sign() makes every check and signs, writing nothing (BadCsr as issue()); store()
     * records what sign() made (joins the caller's transaction). A signed certificate that is not
     * stored was never seen by anyone.
     */
    struct Signed;
    virtual Result<std::shared_ptr<const Signed>> sign(const AliasConfig &alias, const OrderInfo &order,
                                                       const QByteArray &csrDer)
        = 0;
    virtual Result<Issued> store(const Signed &signedCertificate) = 0;
    /**
     * Issue #8: every check issue() makes, without signing or storing (an order held for approval
     * is checked at finalize and issued later). The CSR's subject DN when it would be issued.
     */
    virtual Result<QString> checkCsr(const AliasConfig &alias, const OrderInfo &order, const QByteArray &csrDer) = 0;

    /** Checks notBefore/notAfter (ms, 0 = absent) and a profile name against the alias's profiles. */
    virtual VoidResult checkOrderRequest(const AliasConfig &alias, qint64 notBefore, qint64 notAfter,
                                         const QString &profile)
        = 0;

    /**
     * draft-ietf-acme-profiles: the certificate profiles a newOrder may name on this alias (its
     * end entity profile's default and available ones), each with its description.
     */
    virtual Result<QList<QPair<QString, QString>>> selectableProfiles(const AliasConfig &alias) = 0;

    struct CertificateInfo
    {
        QString id;
        QString accountId;
        QString serialHex;
        QString caId; // the issuing CA
        QString status; // valid | revoked
        QByteArray der;
        QStringList dnsNames;
        QStringList ipAddresses;
        qint64 notBefore = 0; // ms since the epoch
        qint64 notAfter = 0;
        qint64 revokedAt = 0; // 0 while not revoked
        /** When an admin asked for early renewal of it or of its CA (ARI), 0 when never. */
        qint64 renewEarlyAt = 0;
    };
    virtual Result<std::optional<CertificateInfo>> findById(const QString &id) = 0;
    virtual Result<std::optional<CertificateInfo>> findByDer(const QByteArray &der) = 0;
    /**
     * RFC 9773 §4.1: the certificate named by its issuer's key identifier (the AKI keyIdentifier)
     * and the content octets of its serial number DER; nullopt when this server issued none such.
     */
    virtual Result<std::optional<CertificateInfo>> findByCertId(const QByteArray &authorityKeyId,
                                                                const QByteArray &serial)
        = 0;

    /**
     * PEM chains for download of a certificate found above: the first is the one to serve by
     * default, the rest are alternates.
     */
    virtual Result<QList<QByteArray>> chains(const CertificateInfo &certificate, const AliasConfig &alias) = 0;

    /** Revokes with an RFC 5280 reason code; Conflict when already revoked. */
    virtual VoidResult revoke(const QString &certificateId, int reason, const QString &actor) = 0;

    /** The certificate's public key (SPKI DER), for revocation signed by the certificate key. */
    virtual Result<QByteArray> publicKeyDer(const QByteArray &certificateDer) = 0;
};
