// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/TlsAlpn01Validator.h"

#include "core/validation/AddressFilter.h"
#include "core/validation/ChallengeTarget.h"
#include "core/validation/KeyAuthorizationDigest.h"
#include "core/validation/TcpConnection.h"
#include "core/validation/ValidationDeadline.h"

#include <QtEndian>

#include <memory>

#include <openssl/asn1.h>
#include <openssl/crypto.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

const char kAcmeTlsProtocol[] = "acme-tls/1"; // RFC 8737 §6.2
const char kAcmeIdentifierOid[] = "1.3.6.1.5.5.7.1.31"; // RFC 8737 §6.1, id-pe-acmeIdentifier

struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct GeneralNamesDeleter
{
    void operator()(GENERAL_NAMES *names) const { GENERAL_NAMES_free(names); }
};
struct Asn1ObjectDeleter
{
    void operator()(ASN1_OBJECT *object) const { ASN1_OBJECT_free(object); }
};
struct Asn1OctetStringDeleter
{
    void operator()(ASN1_OCTET_STRING *s) const { ASN1_OCTET_STRING_free(s); }
};

QString describe(const GENERAL_NAME *name)
{
    if (name->type == GEN_DNS) {
        const ASN1_STRING *s = name->d.dNSName;
        return QStringLiteral("DNS:")
            + QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                                  qMin(ASN1_STRING_length(s), 255));
    }
    if (name->type == GEN_IPADD) {
        const ASN1_OCTET_STRING *s = name->d.iPAddress;
        const int length = ASN1_STRING_length(s);
        const unsigned char *data = ASN1_STRING_get0_data(s);
        if (length == 4) {
            return QStringLiteral("IP:") + QHostAddress(qFromBigEndian<quint32>(data)).toString();
        }
        if (length == 16) {
            return QStringLiteral("IP:") + QHostAddress(data).toString();
        }
        return QStringLiteral("IP:(invalid)");
    }
    return QStringLiteral("a name of type %1").arg(name->type);
}

} // namespace

TlsAlpn01Validator::TlsAlpn01Validator(HostLookup hostLookup)
    : m_hostLookup(std::move(hostLookup))
{
}

QString TlsAlpn01Validator::checkCertificate(const QByteArray &der, const QString &identifierType,
                                             const QString &identifier, const QString &keyAuthorization)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, X509Deleter> cert(d2i_X509(nullptr, &cursor, der.size()));
    if (!cert) {
        return QStringLiteral("The server's certificate could not be parsed");
    }

    // RFC 8737 §3: "The certificate MUST contain a subjectAltName extension containing only one
    // dNSName, the domain name being validated" (RFC 8738 §6: one iPAddress for IP identifiers).
    int critical = 0;
    std::unique_ptr<GENERAL_NAMES, GeneralNamesDeleter> names(
        static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert.get(), NID_subject_alt_name, &critical, nullptr)));
    if (!names) {
        return critical == -2 ? QStringLiteral("The certificate has more than one subjectAltName extension")
                              : QStringLiteral("The certificate has no subjectAltName extension");
    }
    const QString expected = identifierType == QLatin1String("ip") ? QStringLiteral("IP:") + identifier
                                                                   : QStringLiteral("DNS:") + identifier;
    if (sk_GENERAL_NAME_num(names.get()) != 1) {
        return QStringLiteral("The certificate must name only %1 in its subjectAltName, it has %2 names")
            .arg(expected)
            .arg(sk_GENERAL_NAME_num(names.get()));
    }
    const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), 0);
    bool nameMatches = false;
    if (identifierType == QLatin1String("ip") && name->type == GEN_IPADD) {
        const ASN1_OCTET_STRING *s = name->d.iPAddress;
        const QHostAddress wanted(identifier);
        if (wanted.protocol() == QAbstractSocket::IPv4Protocol && ASN1_STRING_length(s) == 4) {
            nameMatches = qFromBigEndian<quint32>(ASN1_STRING_get0_data(s)) == wanted.toIPv4Address();
        } else if (wanted.protocol() == QAbstractSocket::IPv6Protocol && ASN1_STRING_length(s) == 16) {
            nameMatches = QHostAddress(ASN1_STRING_get0_data(s)) == wanted;
        }
    } else if (identifierType == QLatin1String("dns") && name->type == GEN_DNS) {
        const ASN1_STRING *s = name->d.dNSName;
        const QString dnsName
            = QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
        nameMatches = dnsName.compare(identifier, Qt::CaseInsensitive) == 0;
    }
    if (!nameMatches) {
        return QStringLiteral("The certificate's subjectAltName is %1, expected %2").arg(describe(name), expected);
    }

    // RFC 8737 §3: the acmeIdentifier extension MUST be critical and hold the SHA-256 digest of
    // the key authorization as an ASN.1 OCTET STRING.
    std::unique_ptr<ASN1_OBJECT, Asn1ObjectDeleter> oid(OBJ_txt2obj(kAcmeIdentifierOid, 1));
    if (!oid) {
        return QStringLiteral("Internal error preparing the acmeIdentifier check");
    }
    const int index = X509_get_ext_by_OBJ(cert.get(), oid.get(), -1);
    if (index < 0) {
        return QStringLiteral("The certificate has no acmeIdentifier extension (%1)")
            .arg(QLatin1String(kAcmeIdentifierOid));
    }
    if (X509_get_ext_by_OBJ(cert.get(), oid.get(), index) >= 0) {
        return QStringLiteral("The certificate has more than one acmeIdentifier extension");
    }
    X509_EXTENSION *extension = X509_get_ext(cert.get(), index);
    if (!X509_EXTENSION_get_critical(extension)) {
        return QStringLiteral("The acmeIdentifier extension is not critical");
    }
    const ASN1_OCTET_STRING *value = X509_EXTENSION_get_data(extension);
    const unsigned char *inner = ASN1_STRING_get0_data(value);
    const unsigned char *end = inner + ASN1_STRING_length(value);
    std::unique_ptr<ASN1_OCTET_STRING, Asn1OctetStringDeleter> digest(
        d2i_ASN1_OCTET_STRING(nullptr, &inner, ASN1_STRING_length(value)));
    if (!digest || inner != end || ASN1_STRING_length(digest.get()) != 32) {
        return QStringLiteral("The acmeIdentifier extension is not an OCTET STRING of 32 bytes");
    }
    const QByteArray wanted = KeyAuthorizationDigest::sha256(keyAuthorization);
    if (CRYPTO_memcmp(ASN1_STRING_get0_data(digest.get()), wanted.constData(), 32) != 0) {
        return QStringLiteral("The acmeIdentifier extension does not hold the SHA-256 digest of the key authorization");
    }
    return {};
}

ValidationOutcome TlsAlpn01Validator::validate(const ChallengeTask &task) const
{
    Result<ChallengeTarget> target = ChallengeTarget::fromTask(task);
    if (!target) {
        return ValidationOutcome::failure(target.error().code() == CoreError::Code::Malformed
                                              ? QStringLiteral("malformed")
                                              : QStringLiteral("rejectedIdentifier"),
                                          target.error().detail());
    }
    Result<AddressFilter> filter = AddressFilter::fromPolicy(task.policy);
    if (!filter) {
        return ValidationOutcome::failure(QStringLiteral("serverInternal"), filter.error().detail());
    }
    if (task.policy.tlsAlpn01Port < 1 || task.policy.tlsAlpn01Port > 65535) {
        return ValidationOutcome::failure(QStringLiteral("serverInternal"),
                                          QStringLiteral("The tls-alpn-01 port is misconfigured"));
    }
    const ValidationDeadline deadline(task.policy.timeoutMs);

    QList<QHostAddress> addresses;
    if (target->isIp()) {
        addresses.append(target->address());
    } else {
        Result<QList<QHostAddress>> resolved = m_hostLookup(target->identifier(), task.policy, deadline);
        if (!resolved) {
            return ValidationOutcome::failure(resolved.error().code() == CoreError::Code::Internal
                                                  ? QStringLiteral("serverInternal")
                                                  : QStringLiteral("dns"),
                                              resolved.error().detail());
        }
        addresses = resolved.value();
    }

    QStringList tried;
    QList<QHostAddress> allowed;
    QStringList refusals;
    for (const QHostAddress &address : std::as_const(addresses)) {
        const QString reason = filter->refusalReason(address);
        if (reason.isEmpty()) {
            allowed.append(address);
        } else {
            refusals.append(reason);
            tried.append(AddressFilter::normalized(address).toString());
        }
    }
    if (allowed.isEmpty()) {
        return ValidationOutcome::failure(QStringLiteral("rejectedIdentifier"),
                                          QStringLiteral("Refusing to connect to %1: %2")
                                              .arg(target->identifier(), refusals.join(QStringLiteral("; "))),
                                          tried);
    }

    const auto port = static_cast<quint16>(task.policy.tlsAlpn01Port);
    QString lastError;
    for (int i = 0; i < allowed.size(); ++i) {
        const QHostAddress &address = allowed.at(i);
        tried.append(AddressFilter::normalized(address).toString());
        TcpConnection connection;
        const int left = allowed.size() - i;
        VoidResult connected
            = connection.connectTo(address, port, deadline, left > 1 ? deadline.remainingMs() / left : -1);
        if (!connected) {
            lastError = connected.error().detail();
            if (deadline.hasExpired()) {
                break;
            }
            continue;
        }
        VoidResult tls = connection.startTls(target->tlsServerName(), QByteArray(kAcmeTlsProtocol), deadline);
        if (!tls) {
            return ValidationOutcome::failure(tls.error().code() == CoreError::Code::Io ? QStringLiteral("connection")
                                                                                        : QStringLiteral("tls"),
                                              tls.error().detail(), tried);
        }
        // RFC 8737 §3: the server must have negotiated acme-tls/1, or it may be answering with
        // its ordinary certificate.
        if (connection.alpnSelected() != kAcmeTlsProtocol) {
            return ValidationOutcome::failure(
                QStringLiteral("tls"),
                QStringLiteral("%1 did not negotiate the ALPN protocol \"acme-tls/1\"").arg(connection.peerText()),
                tried);
        }
        const QString problem = checkCertificate(connection.peerCertificateDer(), task.identifierType,
                                                 target->identifier(), task.keyAuthorization);
        if (!problem.isEmpty()) {
            return ValidationOutcome::failure(QStringLiteral("incorrectResponse"),
                                              QStringLiteral("%1 (from %2)").arg(problem, connection.peerText()),
                                              tried);
        }
        return ValidationOutcome::success(tried);
    }
    return ValidationOutcome::failure(QStringLiteral("connection"), lastError, tried);
}
