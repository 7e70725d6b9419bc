// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/Http01Validator.h"

#include "core/validation/AddressFilter.h"
#include "core/validation/ChallengeTarget.h"
#include "core/validation/TcpConnection.h"
#include "core/validation/ValidationDeadline.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {

constexpr int kMaxHeaderBytes = 16 * 1024;
constexpr int kMaxShownBody = 128;

struct HttpResponse
{
    int status = 0;
    QByteArray location;
    QByteArray body;
};

// One hop's outcome: a response, or the failure that ends the validation.
struct HopResult
{
    bool ok = false;
    HttpResponse response;
    ValidationOutcome failure;
};

HopResult fail(const QString &problemType, const QString &detail)
{
    HopResult result;
    result.failure = ValidationOutcome::failure(problemType, detail);
    return result;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("https") ? 443 : 80;
}

QString urlText(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

// Printable, bounded excerpt of what a client served, for the problem detail.
QString shown(const QByteArray &bytes)
{
    QString text;
    for (int i = 0; i < bytes.size() && i < kMaxShownBody; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
            text += QLatin1Char(static_cast<char>(c));
        } else {
            text += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        }
    }
    if (bytes.size() > kMaxShownBody) {
        text += QStringLiteral("...");
    }
    return text;
}

// RFC 8555 §8.3: "The server SHOULD ignore whitespace characters at the end of the body."
QByteArray withoutTrailingWhitespace(QByteArray body)
{
    while (!body.isEmpty()) {
        const char c = body.back();
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            break;
        }
        body.chop(1);
    }
    return body;
}

// Decodes a chunked body (RFC 9112 §7.1). Returns false when malformed; *complete once the last
// chunk arrived.
bool decodeChunked(const QByteArray &raw, QByteArray *out, bool *complete)
{
    out->clear();
    *complete = false;
    int pos = 0;
    for (;;) {
        const int lineEnd = raw.indexOf("\r\n", pos);
        if (lineEnd < 0) {
            return raw.size() - pos < 1024; // still waiting for the size line
        }
        QByteArray sizeText = raw.mid(pos, lineEnd - pos);
        const int extension = sizeText.indexOf(';');
        if (extension >= 0) {
            sizeText.truncate(extension);
        }
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            return false;
        }
        pos = lineEnd + 2;
        if (size == 0) {
            *complete = true; // trailers, if any, are of no interest
            return true;
        }
        if (raw.size() - pos < size + 2) {
            out->append(raw.mid(pos, static_cast<int>(qMin<qint64>(size, raw.size() - pos))));
            return true;
        }
        out->append(raw.mid(pos, static_cast<int>(size)));
        pos += static_cast<int>(size) + 2;
    }
}

class Fetcher
{
public:
    Fetcher(const ChallengeTask &task, const AddressFilter &filter, const HostLookup &lookup,
            const ValidationDeadline &deadline)
        : m_task(task)
        , m_filter(filter)
        , m_lookup(lookup)
        , m_deadline(deadline)
    {
    }

    QStringList tried() const { return m_tried; }

    HopResult fetch(const QUrl &url, bool isFirstHop)
    {
        const QString host = url.host();
        QList<QHostAddress> addresses;
        const QHostAddress literal(host);
        if (!literal.isNull()) {
            addresses.append(literal);
        } else {
            Result<QList<QHostAddress>> resolved = m_lookup(host, m_task.policy, m_deadline);
            if (!resolved) {
                if (resolved.error().code() == CoreError::Code::Internal) {
                    return fail(QStringLiteral("serverInternal"), resolved.error().detail());
                }
                return fail(QStringLiteral("dns"), resolved.error().detail());
            }
            addresses = resolved.value();
        }

        QList<QHostAddress> allowed;
        QStringList refusals;
        for (const QHostAddress &address : std::as_const(addresses)) {
            const QString reason = m_filter.refusalReason(address);
            if (reason.isEmpty()) {
                allowed.append(address);
            } else {
                refusals.append(reason);
                note(address);
            }
        }
        if (allowed.isEmpty()) {
            const QString detail = QStringLiteral("Refusing to connect to %1 for %2: %3")
                                       .arg(host, urlText(url), refusals.join(QStringLiteral("; ")));
            return fail(isFirstHop ? QStringLiteral("rejectedIdentifier") : QStringLiteral("connection"), detail);
        }

        const quint16 port = static_cast<quint16>(url.port(defaultPort(url.scheme())));
        QString lastError;
        for (int i = 0; i < allowed.size(); ++i) {
            const QHostAddress &address = allowed.at(i);
            note(address);
            TcpConnection connection;
            // Leave time for the remaining addresses: a black-holed IPv6 must not eat the whole budget.
            const int left = allowed.size() - i;
            const int attemptMs = left > 1 ? m_deadline.remainingMs() / left : -1;
            VoidResult connected = connection.connectTo(address, port, m_deadline, attemptMs);
            if (!connected) {
                lastError = connected.error().detail();
                if (m_deadline.hasExpired()) {
                    break;
                }
                continue;
            }
            return exchange(connection, url);
        }
        return fail(QStringLiteral("connection"), lastError);
    }

private:
    void note(const QHostAddress &address)
    {
        const QString text = AddressFilter::normalized(address).toString();
        if (!m_tried.contains(text)) {
            m_tried.append(text);
        }
    }

    HopResult exchange(TcpConnection &connection, const QUrl &url)
    {
        const QString where = urlText(url);
        if (url.scheme() == QLatin1String("https")) {
            const bool isIp = !QHostAddress(url.host()).isNull();
            VoidResult tls = connection.startTls(isIp ? QString() : url.host(), QByteArray(), m_deadline);
            if (!tls) {
                return fail(tls.error().code() == CoreError::Code::Crypto ? QStringLiteral("tls")
                                                                          : QStringLiteral("connection"),
                            tls.error().detail());
            }
        }

        QString hostHeader = url.host(QUrl::FullyEncoded);
        if (QHostAddress(url.host()).protocol() == QAbstractSocket::IPv6Protocol) {
            hostHeader = QLatin1Char('[') + hostHeader + QLatin1Char(']');
        }
        // RFC 9110 §7.2: the port goes into Host unless it is the scheme's default.
        if (url.port() != -1 && url.port() != defaultPort(url.scheme())) {
            hostHeader += QLatin1Char(':') + QString::number(url.port());
        }
        QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        if (target.isEmpty()) {
            target = "/";
        }
        const QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: " + hostHeader.toLatin1()
            + "\r\nUser-Agent: Anvil-ACME-Validator/1.0 (http-01)\r\nAccept: */*\r\n"
              "Accept-Encoding: identity\r\nConnection: close\r\n\r\n";
        VoidResult written = connection.writeAll(request, m_deadline);
        if (!written) {
            return fail(QStringLiteral("connection"), written.error().detail());
        }

        QByteArray buffer;
        int headerEnd = -1;
        while ((headerEnd = buffer.indexOf("\r\n\r\n")) < 0) {
            if (buffer.size() > kMaxHeaderBytes) {
                return fail(QStringLiteral("incorrectResponse"),
                            QStringLiteral("Response headers from %1 exceed %2 bytes").arg(where).arg(kMaxHeaderBytes));
            }
            Result<QByteArray> chunk = connection.readSome(kMaxHeaderBytes + 4 - buffer.size(), m_deadline);
            if (!chunk) {
                return readFailure(chunk.error());
            }
            if (chunk->isEmpty()) {
                if (buffer.isEmpty()) {
                    return fail(QStringLiteral("connection"),
                                QStringLiteral("Connection closed by %1 without a response to %2")
                                    .arg(connection.peerText(), where));
                }
                return fail(QStringLiteral("incorrectResponse"),
                            QStringLiteral("Truncated HTTP response headers from %1").arg(where));
            }
            buffer += chunk.value();
        }

        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        static const QRegularExpression statusLine(QStringLiteral("^HTTP/1\\.[01] ([1-5][0-9][0-9])(?: .*)?$"));
        const QRegularExpressionMatch status = statusLine.match(QString::fromLatin1(lines.first().trimmed()));
        if (!status.hasMatch()) {
            return fail(
                QStringLiteral("incorrectResponse"),
                QStringLiteral("Malformed HTTP response from %1: \"%2\"").arg(where, shown(lines.first().trimmed())));
        }
        HttpResponse response;
        response.status = status.captured(1).toInt();
        qint64 contentLength = -1;
        bool chunked = false;
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "location") {
                response.location = value;
            } else if (name == "content-length") {
                bool ok = false;
                contentLength = value.toLongLong(&ok);
                if (!ok || contentLength < 0) {
                    return fail(QStringLiteral("incorrectResponse"),
                                QStringLiteral("Invalid Content-Length from %1").arg(where));
                }
            } else if (name == "transfer-encoding") {
                chunked = value.toLower().contains("chunked");
            }
        }
        if (response.status != 200) {
            return ok(response); // the body of a redirect or an error page does not matter
        }

        const qint64 maxBody = m_task.policy.maxBodyBytes;
        const auto tooLarge = [&] {
            return fail(QStringLiteral("incorrectResponse"),
                        QStringLiteral("Response body from %1 is larger than %2 bytes").arg(where).arg(maxBody));
        };
        if (!chunked && contentLength > maxBody) {
            return tooLarge(); // refused without reading it
        }
        QByteArray raw = buffer.mid(headerEnd + 4);
        // Chunk framing adds a few bytes per chunk; cap what is read of it too.
        const qint64 rawCap = chunked ? maxBody * 2 + 4096 : (contentLength >= 0 ? contentLength : maxBody + 1);
        for (;;) {
            if (chunked) {
                bool complete = false;
                if (!decodeChunked(raw, &response.body, &complete)) {
                    return fail(QStringLiteral("incorrectResponse"),
                                QStringLiteral("Malformed chunked body from %1").arg(where));
                }
                if (response.body.size() > maxBody) {
                    return tooLarge();
                }
                if (complete) {
                    break;
                }
            } else if (raw.size() > maxBody) {
                return tooLarge();
            } else if (contentLength >= 0 && raw.size() >= contentLength) {
                raw.truncate(static_cast<int>(contentLength));
                break;
            }
            if (raw.size() >= rawCap) {
                return tooLarge();
            }
            Result<QByteArray> chunk = connection.readSome(rawCap - raw.size(), m_deadline);
            if (!chunk) {
                return readFailure(chunk.error());
            }
            if (chunk->isEmpty()) {
                if (chunked || (contentLength >= 0 && raw.size() < contentLength)) {
                    return fail(QStringLiteral("connection"),
                                QStringLiteral("Connection closed by %1 before the whole body of %2 was received")
                                    .arg(connection.peerText(), where));
                }
                break; // no length given: the body ends with the connection
            }
            raw += chunk.value();
        }
        if (!chunked) {
            response.body = raw;
        }
        return ok(response);
    }

    static HopResult ok(const HttpResponse &response)
    {
        HopResult result;
        result.ok = true;
        result.response = response;
        return result;
    }

    static HopResult readFailure(const CoreError &error)
    {
        return fail(error.code() == CoreError::Code::Crypto ? QStringLiteral("tls") : QStringLiteral("connection"),
                    error.detail());
    }

    const ChallengeTask &m_task;
    const AddressFilter &m_filter;
    const HostLookup &m_lookup;
    const ValidationDeadline &m_deadline;
    QStringList m_tried;
};

} // namespace

Http01Validator::Http01Validator(HostLookup hostLookup)
    : m_hostLookup(std::move(hostLookup))
{
}

ValidationOutcome Http01Validator::validate(const ChallengeTask &task) const
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
    const ValidationDeadline deadline(task.policy.timeoutMs);
    Fetcher fetcher(task, filter.value(), m_hostLookup, deadline);
    const auto finish = [&fetcher](ValidationOutcome outcome) {
        outcome.addressesTried = fetcher.tried();
        return outcome;
    };

    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(target->identifier()); // QUrl adds the brackets of an IPv6 literal itself
    if (task.policy.http01Port != 80) {
        url.setPort(task.policy.http01Port);
    }
    url.setPath(QStringLiteral("/.well-known/acme-challenge/") + target->token());

    QSet<QString> visited {urlText(url)};
    for (int redirects = 0;; ++redirects) {
        HopResult hop = fetcher.fetch(url, redirects == 0);
        if (!hop.ok) {
            return finish(hop.failure);
        }
        const HttpResponse &response = hop.response;
        if (isRedirect(response.status)) {
            if (response.location.isEmpty()) {
                return finish(ValidationOutcome::failure(QStringLiteral("incorrectResponse"),
                                                         QStringLiteral("Redirect (HTTP %1) from %2 without a Location")
                                                             .arg(response.status)
                                                             .arg(urlText(url))));
            }
            if (redirects >= task.policy.maxRedirects) {
                return finish(
                    ValidationOutcome::failure(QStringLiteral("connection"),
                                               QStringLiteral("Too many redirects: more than %1, last from %2")
                                                   .arg(task.policy.maxRedirects)
                                                   .arg(urlText(url))));
            }
            const QUrl location(QString::fromUtf8(response.location), QUrl::StrictMode);
            const QUrl next = url.resolved(location);
            const QString nextText = urlText(next);
            if (!location.isValid() || !next.isValid() || next.host().isEmpty()) {
                return finish(ValidationOutcome::failure(QStringLiteral("connection"),
                                                         QStringLiteral("Invalid redirect Location \"%1\" from %2")
                                                             .arg(shown(response.location), urlText(url))));
            }
            const QString scheme = next.scheme();
            if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
                return finish(ValidationOutcome::failure(
                    QStringLiteral("connection"),
                    QStringLiteral("Redirect to scheme \"%1\" is not allowed (only http and https): %2")
                        .arg(scheme, nextText)));
            }
            const int port = next.port(defaultPort(scheme));
            // The alias's own http-01 port counts as authorized: staying on it is no escalation.
            if (!task.policy.authorizedRedirectPorts.isEmpty() && !task.policy.authorizedRedirectPorts.contains(port)
                && port != task.policy.http01Port) {
                return finish(ValidationOutcome::failure(
                    QStringLiteral("connection"),
                    QStringLiteral("Redirect to port %1 is not authorized: %2").arg(port).arg(nextText)));
            }
            const bool hostIsIp = !QHostAddress(next.host()).isNull();
            if (!hostIsIp && !ChallengeTarget::isValidDnsName(next.host())) {
                return finish(
                    ValidationOutcome::failure(QStringLiteral("connection"),
                                               QStringLiteral("Redirect to an invalid host name: %1").arg(nextText)));
            }
            if (visited.contains(nextText)) {
                return finish(ValidationOutcome::failure(QStringLiteral("connection"),
                                                         QStringLiteral("Redirect loop at %1").arg(nextText)));
            }
            visited.insert(nextText);
            url = next;
            continue;
        }
        if (response.status != 200) {
            return finish(ValidationOutcome::failure(
                QStringLiteral("unauthorized"),
                QStringLiteral("Invalid response from %1: HTTP %2").arg(urlText(url)).arg(response.status)));
        }
        const QByteArray body = withoutTrailingWhitespace(response.body);
        if (body != task.keyAuthorization.toUtf8()) {
            return finish(
                ValidationOutcome::failure(QStringLiteral("incorrectResponse"),
                                           QStringLiteral("Expected key authorization \"%1\", got \"%2\" from %3")
                                               .arg(task.keyAuthorization, shown(body), urlText(url))));
        }
        return finish(ValidationOutcome::success());
    }
}
