// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/jose: the X.509/JCA-style signature algorithm names of the asymmetric EAB.

#include <QString>

struct SignatureAlgorithm
{
    const char *name;
    const char *keyType; // "RSA", "EC" or "ED25519" (EVP_PKEY_is_a)
    const char *digest; // nullptr for Ed25519
};

inline const SignatureAlgorithm *findSignatureAlgorithm(const QString &name)
{
    static const SignatureAlgorithm table[] = {
        {"SHA256withRSA", "RSA", "SHA256"},  {"SHA384withRSA", "RSA", "SHA384"},  {"SHA512withRSA", "RSA", "SHA512"},
        {"SHA256withECDSA", "EC", "SHA256"}, {"SHA384withECDSA", "EC", "SHA384"}, {"SHA512withECDSA", "EC", "SHA512"},
        {"Ed25519", "ED25519", nullptr},
    };
    for (const SignatureAlgorithm &a : table) {
        if (name == QLatin1String(a.name)) {
            return &a;
        }
    }
    return nullptr;
}
