// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>

/**
 * Strong identifier types (STYLE.md §2): an AccountId can't be passed where an OrderId is meant.
 * ACME resource ids are random, URL-safe strings (unguessable, also across nodes).
 */
template<typename Tag> class StrongId
{
public:
    StrongId() = default;
    explicit StrongId(const QString &value)
        : m_value(value)
    {
    }
    const QString &value() const { return m_value; }
    bool isNull() const { return m_value.isEmpty(); }
    bool operator==(const StrongId &o) const { return m_value == o.m_value; }
    bool operator!=(const StrongId &o) const { return m_value != o.m_value; }
    bool operator<(const StrongId &o) const { return m_value < o.m_value; }

private:
    QString m_value;
};

template<typename Tag> size_t qHash(const StrongId<Tag> &id, size_t seed = 0)
{
    return qHash(id.value(), seed);
}

using AccountId = StrongId<struct AccountIdTag>;
using OrderId = StrongId<struct OrderIdTag>;
using AuthorizationId = StrongId<struct AuthorizationIdTag>;
using ChallengeId = StrongId<struct ChallengeIdTag>;
using CertificateId = StrongId<struct CertificateIdTag>;
using CaId = StrongId<struct CaIdTag>;
using EabKeyId = StrongId<struct EabKeyIdTag>;
using ApprovalId = StrongId<struct ApprovalIdTag>;
