// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: JwsVerifier::parse() on arbitrary request bodies. When parsing succeeds the
// envelope is also run through verify() with its own embedded key, so the signature paths
// (ECDSA r||s conversion, RSA, Ed25519) see attacker-shaped input too.
#include "core/jose/JwsVerifier.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The engine refuses bodies over 64 KiB before they reach the verifier.
    if (size > 64 * 1024) {
        return 0;
    }
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<JwsEnvelope> env = JwsVerifier::parse(body);
    if (!env.isOk()) {
        return 0;
    }
    if (env->hasJwk()) {
        const Result<VerifiedJws> jws = JwsVerifier::verify(*env, *env->jwk(), env->url());
        if (jws.isOk()) {
            (void)jws->payloadObject();
        }
    }
    return 0;
}
