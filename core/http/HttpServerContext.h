// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/acme/AcmeRequest.h"
#include "core/acme/AcmeResponse.h"
#include "core/http/HttpCloseLog.h"
#include "core/http/HttpConnectionLimiter.h"
#include "core/http/HttpRequestLogEntry.h"
#include "core/http/HttpServerLimits.h"

#include <functional>

/**
 * What every worker thread of one AcmeHttpServer shares while it runs. Immutable after
 * start() except the limiter, which is thread-safe. Internal to core/http.
 */
struct HttpServerContext
{
    HttpServerContext(const HttpServerLimits &serverLimits)
        : limits(serverLimits)
        , limiter(serverLimits.maxConnections, serverLimits.maxConnectionsPerAddress)
    {
    }

    std::function<AcmeResponse(const AcmeRequest &)> handler;
    const HttpServerLimits limits;
    HttpConnectionLimiter limiter;
    /** Connections the server closed on its own; AcmeHttpServer logs a summary per interval. */
    HttpCloseLog closeLog;
    /** True when someone listens to the request log; building an entry is skipped otherwise. */
    std::function<bool()> logWanted;
    std::function<void(const HttpRequestLogEntry &)> log;
};
