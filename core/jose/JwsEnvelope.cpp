// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/JwsEnvelope.h"

#include "core/jose/Base64Url.h"
#include "core/jose/JwsEnvelopeParser_p.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace {

CoreError malformed(const QString &detail)
{
    return CoreError(CoreError::Code::Malformed, detail);
}

} // namespace

Result<JwsEnvelope> JwsEnvelopeParser::parseStructure(const QJsonObject &jws, const QString &what)
{
    // 1. RFC 8555 §6.2: everything must be integrity-protected.
    if (jws.contains(QLatin1String("header"))) {
        return malformed(QStringLiteral("%1 has an unprotected \"header\" member; all header parameters "
                                        "must be in \"protected\"")
                             .arg(what));
    }
    // 2. RFC 8555 §6.2: flattened JSON serialization only, so exactly one signature.
    if (jws.contains(QLatin1String("signatures"))) {
        return malformed(QStringLiteral("%1 uses the general JSON serialization (\"signatures\"); use the "
                                        "flattened JSON serialization with one \"signature\"")
                             .arg(what));
    }
    // 3. The three members, each strict base64url text.
    QByteArray encoded[3];
    QByteArray decoded[3];
    const char *const names[3] = {"protected", "payload", "signature"};
    for (int i = 0; i < 3; ++i) {
        const QJsonValue v = jws.value(QLatin1String(names[i]));
        if (!v.isString()) {
            return malformed(
                QStringLiteral("%1 member \"%2\" is missing or not a string").arg(what, QLatin1String(names[i])));
        }
        const QString text = v.toString();
        Result<QByteArray> bytes = Base64Url::decode(QStringView(text));
        if (!bytes) {
            return malformed(
                QStringLiteral("%1 member \"%2\" is not valid base64url").arg(what, QLatin1String(names[i])));
        }
        encoded[i] = text.toLatin1(); // ASCII, checked by decode()
        decoded[i] = std::move(bytes).value();
    }
    if (decoded[2].isEmpty()) {
        return malformed(QStringLiteral("%1 signature is empty").arg(what));
    }
    QJsonParseError error;
    const QJsonDocument header = QJsonDocument::fromJson(decoded[0], &error);
    if (error.error != QJsonParseError::NoError || !header.isObject()) {
        return malformed(QStringLiteral("%1 protected header is not a JSON object").arg(what));
    }

    JwsEnvelope env;
    env.m_protectedHeader = header.object();
    env.m_payload = decoded[1];
    env.m_signature = decoded[2];
    env.m_signingInput = encoded[0] + '.' + encoded[1];
    return env;
}

VoidResult JwsEnvelopeParser::checkCrit(const JwsEnvelope &env, const QString &what)
{
    if (env.m_protectedHeader.contains(QLatin1String("crit"))) {
        return malformed(QStringLiteral("%1 has a \"crit\" header parameter; no extensions are supported").arg(what));
    }
    return {};
}
