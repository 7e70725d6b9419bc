// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/acme/AcmeRouter.h"

#include <QJsonObject>
#include <QString>

/**
 * Issue #8: an OpenAPI 3.0 description of one alias's ACME endpoints (the reference's Swagger UI
 * counterpart), served at {alias base}/openapi.json when `server.openApiEnabled` is on. Its paths
 * are AcmeRoute::templates() with AcmeRoute::methods(), so it lists exactly what the router serves;
 * each endpoint's request and answers (JWS body, problem documents, status codes) come from one
 * exhaustive switch, so a new endpoint can't be left out.
 */
namespace OpenApiDocument {

/** The document for the alias whose resources live below `serverUrl` (e.g. https://ca:8442/acme/corp). */
QJsonObject build(const QString &serverUrl, const QString &aliasName);

} // namespace OpenApiDocument
