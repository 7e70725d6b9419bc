// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/CertificateProfile.h"

#include "core/crypto/CertificateBuilder.h"

#include <QJsonArray>

namespace {

const QStringList &supportedAlgorithms()
{
    static const QStringList all {QStringLiteral("EC"), QStringLiteral("RSA")};
    return all;
}

const QStringList &supportedCurves()
{
    static const QStringList all {QStringLiteral("P-256"), QStringLiteral("P-384"), QStringLiteral("P-521")};
    return all;
}

QString joinInts(const QList<int> &values)
{
    QStringList parts;
    for (int v : values) {
        parts << QString::number(v);
    }
    return parts.join(QLatin1String(", "));
}

} // namespace

CertificateProfile CertificateProfile::acmeDefault()
{
    CertificateProfile p;
    p.name = QStringLiteral("ACME_TLS");
    p.description = QStringLiteral("TLS server certificate, 90 days");
    return p;
}

VoidResult CertificateProfile::validate() const
{
    auto invalid = [this](const QString &why) {
        return CoreError(CoreError::Code::InvalidProfile,
                         QStringLiteral("Certificate profile '%1': %2").arg(name, why));
    };
    if (name.trimmed().isEmpty() || name.size() > 250) {
        return CoreError(CoreError::Code::InvalidProfile,
                         QStringLiteral("A certificate profile needs a name of 1 to 250 characters"));
    }
    if (keyAlgorithms.isEmpty()) {
        return invalid(QStringLiteral("keyAlgorithms must name at least one of EC, RSA"));
    }
    for (const QString &a : keyAlgorithms) {
        if (!supportedAlgorithms().contains(a)) {
            return invalid(QStringLiteral("unknown key algorithm '%1' (use EC, RSA)").arg(a));
        }
    }
    if (keyAlgorithms.contains(QLatin1String("EC")) && ecCurves.isEmpty()) {
        return invalid(QStringLiteral("ecCurves must name at least one curve when EC keys are allowed"));
    }
    for (const QString &c : ecCurves) {
        if (!supportedCurves().contains(c)) {
            return invalid(QStringLiteral("unknown curve '%1' (use P-256, P-384, P-521)").arg(c));
        }
    }
    if (keyAlgorithms.contains(QLatin1String("RSA")) && rsaBits.isEmpty()) {
        return invalid(QStringLiteral("rsaBits must name at least one size when RSA keys are allowed"));
    }
    for (int bits : rsaBits) {
        if (bits < 2048 || bits > 8192 || bits % 1024 != 0) {
            return invalid(
                QStringLiteral("RSA key size %1 is not supported (multiples of 1024 from 2048 to 8192)").arg(bits));
        }
    }
    if (validity.isZero()) {
        return invalid(QStringLiteral("validity must be longer than zero"));
    }
    for (const QString &eku : extendedKeyUsage) {
        if (!CertificateBuilder::supportedExtendedKeyUsages().contains(eku)) {
            return invalid(QStringLiteral("unknown extended key usage '%1' (use %2)")
                               .arg(eku, CertificateBuilder::supportedExtendedKeyUsages().join(QLatin1String(", "))));
        }
    }
    return {};
}

VoidResult CertificateProfile::checkKey(const QString &algorithm, const QString &curve, int bits) const
{
    if (!keyAlgorithms.contains(algorithm)) {
        return CoreError(CoreError::Code::BadCsr,
                         QStringLiteral("Key algorithm %1 is not allowed by profile '%2' (allowed: %3)")
                             .arg(algorithm, name, keyAlgorithms.join(QLatin1String(", "))));
    }
    if (algorithm == QLatin1String("EC") && !ecCurves.contains(curve)) {
        return CoreError(
            CoreError::Code::BadCsr,
            QStringLiteral("Curve %1 is not allowed by profile '%2' (allowed: %3)")
                .arg(curve.isEmpty() ? QStringLiteral("(unknown)") : curve, name, ecCurves.join(QLatin1String(", "))));
    }
    if (algorithm == QLatin1String("RSA") && !rsaBits.contains(bits)) {
        return CoreError(CoreError::Code::BadCsr,
                         QStringLiteral("RSA key of %1 bits is not allowed by profile '%2' (allowed: %3)")
                             .arg(bits)
                             .arg(name, joinInts(rsaBits)));
    }
    return {};
}

QJsonObject CertificateProfile::toJson() const
{
    QJsonArray bits;
    for (int b : rsaBits) {
        bits.append(b);
    }
    return {
        {QStringLiteral("keyAlgorithms"), QJsonArray::fromStringList(keyAlgorithms)},
        {QStringLiteral("ecCurves"), QJsonArray::fromStringList(ecCurves)},
        {QStringLiteral("rsaBits"), bits},
        {QStringLiteral("validity"), validity.toString()},
        {QStringLiteral("extendedKeyUsage"), QJsonArray::fromStringList(extendedKeyUsage)},
        {QStringLiteral("singleActiveCertificate"), singleActiveCertificate},
        {QStringLiteral("description"), description},
    };
}

Result<CertificateProfile> CertificateProfile::fromJson(const QString &name, const QJsonObject &json)
{
    CertificateProfile p;
    p.name = name;
    auto invalid = [&name](const QString &why) {
        return CoreError(CoreError::Code::InvalidProfile,
                         QStringLiteral("Certificate profile '%1': %2").arg(name, why));
    };
    auto strings = [&](const char *key, QStringList *out) -> VoidResult {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined()) {
            return {};
        }
        if (!v.isArray()) {
            return invalid(QStringLiteral("%1 must be a list of strings").arg(QLatin1String(key)));
        }
        out->clear();
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                return invalid(QStringLiteral("%1 must be a list of strings").arg(QLatin1String(key)));
            }
            *out << item.toString();
        }
        return {};
    };
    for (const auto &[key, member] :
         {std::pair {"keyAlgorithms", &p.keyAlgorithms}, std::pair {"ecCurves", &p.ecCurves},
          std::pair {"extendedKeyUsage", &p.extendedKeyUsage}}) {
        if (VoidResult r = strings(key, member); !r) {
            return r.error();
        }
    }
    if (const QJsonValue v = json.value(QLatin1String("rsaBits")); !v.isUndefined()) {
        if (!v.isArray()) {
            return invalid(QStringLiteral("rsaBits must be a list of numbers"));
        }
        p.rsaBits.clear();
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isDouble()) {
                return invalid(QStringLiteral("rsaBits must be a list of numbers"));
            }
            p.rsaBits << item.toInt();
        }
    }
    if (const QJsonValue v = json.value(QLatin1String("validity")); !v.isUndefined()) {
        Result<Duration> d = Duration::parse(v.toString());
        if (!v.isString() || !d) {
            return invalid(QStringLiteral("validity '%1' is not a duration like '90d' or '1y 6mo' (%2)")
                               .arg(v.toVariant().toString(), d ? QStringLiteral("not a string") : d.error().detail()));
        }
        p.validity = *d;
    }
    if (const QJsonValue v = json.value(QLatin1String("singleActiveCertificate")); !v.isUndefined()) {
        if (!v.isBool()) {
            return invalid(QStringLiteral("singleActiveCertificate must be true or false"));
        }
        p.singleActiveCertificate = v.toBool();
    }
    if (const QJsonValue v = json.value(QLatin1String("description")); !v.isUndefined()) {
        if (!v.isString() || v.toString().size() > 1000) {
            return invalid(QStringLiteral("description must be a text of at most 1000 characters"));
        }
        p.description = v.toString();
    }
    if (VoidResult r = p.validate(); !r) {
        return r.error();
    }
    return p;
}
