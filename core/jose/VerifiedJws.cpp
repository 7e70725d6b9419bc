// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/VerifiedJws.h"

#include <QJsonDocument>
#include <QJsonParseError>

Result<QJsonObject> VerifiedJws::payloadObject() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_payload, &error);
    if (m_payload.isEmpty() || error.error != QJsonParseError::NoError || !doc.isObject()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("JWS payload is not a JSON object"));
    }
    return doc.object();
}
