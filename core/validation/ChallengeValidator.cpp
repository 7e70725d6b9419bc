// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/ChallengeValidator.h"

#include "core/validation/AddressFilter.h"
#include "core/validation/CaaChecker.h"
#include "core/validation/Dns01Validator.h"
#include "core/validation/DnsAccount01Validator.h"
#include "core/validation/DnsPersist01Validator.h"
#include "core/validation/Http01Validator.h"
#include "core/validation/TlsAlpn01Validator.h"

ChallengeValidator::ChallengeValidator(HostLookup hostLookup)
    : m_hostLookup(std::move(hostLookup))
{
}

QStringList ChallengeValidator::supportedTypes()
{
    return {QStringLiteral("http-01"), QStringLiteral("dns-01"), QStringLiteral("tls-alpn-01"),
            QStringLiteral("dns-account-01"), QStringLiteral("dns-persist-01")};
}

ValidationOutcome ChallengeValidator::validate(const ChallengeTask &task) const
{
    ValidationOutcome outcome;
    if (task.type == QLatin1String("http-01")) {
        outcome = Http01Validator(m_hostLookup).validate(task);
    } else if (task.type == QLatin1String("dns-01")) {
        outcome = Dns01Validator().validate(task);
    } else if (task.type == QLatin1String("tls-alpn-01")) {
        outcome = TlsAlpn01Validator(m_hostLookup).validate(task);
    } else if (task.type == QLatin1String("dns-account-01")) {
        outcome = DnsAccount01Validator().validate(task);
    } else if (task.type == QLatin1String("dns-persist-01")) {
        outcome = DnsPersist01Validator().validate(task);
    } else {
        return ValidationOutcome::failure(QStringLiteral("malformed"),
                                          QStringLiteral("Unsupported challenge type \"%1\"").arg(task.type.left(32)));
    }
    if (outcome.valid && task.policy.checkCaa) {
        // CAA is checked when control is proven, before the authorization becomes valid, so a
        // refusal lands on the challenge the client is watching (Boulder's VA does the same).
        ValidationOutcome caa = CaaChecker::check(task);
        if (!caa.valid) {
            caa.addressesTried = outcome.addressesTried;
            return caa;
        }
    }
    return outcome;
}

ValidationOutcome ChallengeValidator::checkAddress(const QHostAddress &address, const ValidationPolicy &policy)
{
    Result<AddressFilter> filter = AddressFilter::fromPolicy(policy);
    if (!filter) {
        return ValidationOutcome::failure(QStringLiteral("serverInternal"), filter.error().detail());
    }
    const QString reason = filter->refusalReason(address);
    const QString text = AddressFilter::normalized(address).toString();
    if (!reason.isEmpty()) {
        return ValidationOutcome::failure(QStringLiteral("rejectedIdentifier"),
                                          QStringLiteral("Refusing to connect: %1").arg(reason), {text});
    }
    return ValidationOutcome::success({text});
}
