// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequestScanner.h"

#include <QByteArrayView>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace {

// Longest chunk-size line accepted (size, extensions, CRLF); clients send a few bytes.
constexpr qsizetype MaxChunkLine = 1024;

bool isToken(QByteArrayView value)
{
    if (value.isEmpty()) {
        return false;
    }
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || std::strchr("\"(),/:;<=>?@[\\]{}", c) != nullptr) {
            return false;
        }
    }
    return true;
}

// request-target has no whitespace or control characters (RFC 9112 §3.2, RFC 3986 §2).
bool isVisible(QByteArrayView value)
{
    return !value.isEmpty() && std::all_of(value.begin(), value.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u > 0x20 && u < 0x7f;
    });
}

bool hasToken(const QByteArray &list, QByteArrayView token)
{
    for (const QByteArray &item : list.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

HttpRequestScanner::HttpRequestScanner(qint64 maxHeaderBytes, qint64 maxBodyBytes)
    : m_maxHeaderBytes(maxHeaderBytes)
    , m_maxBodyBytes(maxBodyBytes)
{
}

HttpRequestScanner::Head HttpRequestScanner::takeHead()
{
    return m_heads.takeFirst();
}

HttpRequestScanner::Verdict HttpRequestScanner::feed(const char *data, qint64 size, TimePoint now)
{
    Verdict verdict = Verdict::Continue;
    while (size > 0 && verdict == Verdict::Continue) {
        qint64 used = 0;
        switch (m_state) {
        case State::Idle:
            // RFC 9112 §2.2: a server SHOULD ignore empty lines received before a request-line.
            if (*data == '\r' || *data == '\n') {
                used = 1;
                break;
            }
            m_state = State::Head;
            m_started = now;
            m_buffer.clear();
            m_scanFrom = 0;
            break;
        case State::Head:
            used = scanHead(data, size, &verdict);
            break;
        case State::Body:
            used = qMin(size, m_remaining);
            m_remaining -= used;
            if (m_remaining == 0) {
                m_state = State::Idle;
            }
            break;
        case State::ChunkSize:
            used = scanChunkSize(data, size, &verdict);
            break;
        case State::ChunkData:
            used = qMin(size, m_remaining);
            m_remaining -= used;
            if (m_remaining == 0) {
                m_state = State::ChunkDataEnd;
            }
            break;
        case State::ChunkDataEnd:
            used = 1;
            if (*data == '\n') {
                m_state = State::ChunkSize;
                m_buffer.clear();
            } else if (*data != '\r') {
                verdict = Verdict::Malformed;
            }
            break;
        case State::Trailers:
            used = scanTrailers(data, size, &verdict);
            break;
        case State::Failed:
            return Verdict::Malformed;
        }
        data += used;
        size -= used;
    }
    if (verdict != Verdict::Continue) {
        m_state = State::Failed;
    }
    return verdict;
}

qint64 HttpRequestScanner::scanHead(const char *data, qint64 size, Verdict *verdict)
{
    // Copy no more than the limit allows (plus the terminator), so memory stays bounded.
    const qint64 room = m_maxHeaderBytes + 4 - m_buffer.size();
    const qint64 take = qMin(size, room);
    const qsizetype oldSize = m_buffer.size();
    m_buffer.append(data, take);

    // The head ends at an empty line: "\n\n" or "\n\r\n" (bare LF tolerated, RFC 9112 §2.2).
    qsizetype i = m_scanFrom;
    while (true) {
        const char *nl = static_cast<const char *>(
            std::memchr(m_buffer.constData() + i, '\n', static_cast<size_t>(m_buffer.size() - i)));
        if (nl == nullptr) {
            m_scanFrom = m_buffer.size();
            break;
        }
        i = nl - m_buffer.constData();
        if (i + 1 >= m_buffer.size() || (m_buffer.at(i + 1) == '\r' && i + 2 >= m_buffer.size())) {
            m_scanFrom = i; // the terminator may straddle the next feed
            break;
        }
        qsizetype end = -1;
        if (m_buffer.at(i + 1) == '\n') {
            end = i + 2;
        } else if (m_buffer.at(i + 1) == '\r' && m_buffer.at(i + 2) == '\n') {
            end = i + 3;
        }
        if (end < 0) {
            ++i;
            continue;
        }
        if (end > m_maxHeaderBytes) {
            *verdict = Verdict::HeaderTooLarge;
            return take;
        }
        const qint64 usedHere = end - oldSize;
        m_buffer.truncate(end);
        *verdict = parseHead(m_buffer);
        m_buffer.clear();
        return usedHere;
    }
    if (m_buffer.size() > m_maxHeaderBytes) {
        *verdict = Verdict::HeaderTooLarge;
    }
    return take;
}

HttpRequestScanner::Verdict HttpRequestScanner::parseHead(const QByteArray &head)
{
    Head out;
    out.started = m_started;
    qint64 contentLength = -1;
    bool chunked = false;
    bool hasTransferEncoding = false;
    QByteArray connection;

    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray line = lines.at(n);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (n == 0) {
            // request-line = method SP request-target SP HTTP-version (RFC 9112 §3)
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || !isToken(parts.at(0)) || !isVisible(parts.at(1))) {
                return Verdict::Malformed;
            }
            if (parts.at(2) == "HTTP/1.1") {
                out.minorVersion = 1;
            } else if (parts.at(2) == "HTTP/1.0") {
                out.minorVersion = 0;
            } else {
                return Verdict::Malformed;
            }
            out.method = parts.at(0);
            out.target = parts.at(1);
            continue;
        }
        if (line.isEmpty()) {
            continue; // the terminating empty line
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            return Verdict::Malformed; // obs-fold, RFC 9112 §5.2
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
            return Verdict::Malformed;
        }
        const QByteArrayView name = QByteArrayView(line).first(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            const bool digitsOnly = !value.isEmpty()
                && std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; });
            if (!ok || !digitsOnly || (contentLength >= 0 && contentLength != length)) {
                return Verdict::Malformed; // RFC 9112 §6.3 (5)
            }
            contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            hasTransferEncoding = true;
            const QList<QByteArray> codings = value.split(',');
            chunked = codings.constLast().trimmed().compare("chunked", Qt::CaseInsensitive) == 0;
            if (!chunked) {
                return Verdict::Malformed; // RFC 9112 §6.3 (4): length cannot be determined
            }
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            connection += value + ',';
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            out.expectsContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (hasTransferEncoding && contentLength >= 0) {
        return Verdict::Malformed; // RFC 9112 §6.1: request smuggling guard
    }
    // RFC 9112 §9.3: HTTP/1.1 persists unless "close"; HTTP/1.0 only with "keep-alive".
    out.keepAlive = out.minorVersion == 1 ? !hasToken(connection, "close")
                                          : hasToken(connection, "keep-alive") && !hasToken(connection, "close");
    out.hasBody = chunked || contentLength > 0;
    m_heads.append(out);

    if (chunked) {
        m_bodyBytes = 0;
        m_state = State::ChunkSize;
        m_buffer.clear();
        return Verdict::Continue;
    }
    if (contentLength > m_maxBodyBytes) {
        return Verdict::BodyTooLarge;
    }
    m_remaining = qMax<qint64>(contentLength, 0);
    m_state = m_remaining > 0 ? State::Body : State::Idle;
    return Verdict::Continue;
}

qint64 HttpRequestScanner::scanChunkSize(const char *data, qint64 size, Verdict *verdict)
{
    const char *nl = static_cast<const char *>(std::memchr(data, '\n', static_cast<size_t>(size)));
    const qint64 used = nl != nullptr ? (nl - data) + 1 : size;
    m_buffer.append(data, used);
    if (m_buffer.size() > MaxChunkLine) {
        *verdict = Verdict::Malformed;
        return used;
    }
    if (nl == nullptr) {
        return used;
    }
    // chunk = chunk-size [ chunk-ext ] CRLF (RFC 9112 §7.1)
    QByteArray line = m_buffer.trimmed();
    const qsizetype semicolon = line.indexOf(';');
    if (semicolon >= 0) {
        line.truncate(semicolon);
        line = line.trimmed();
    }
    bool ok = false;
    const qint64 chunkSize = line.toLongLong(&ok, 16);
    const bool hexOnly = !line.isEmpty() && line.size() <= 15
        && std::all_of(line.cbegin(), line.cend(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
    if (!ok || !hexOnly || chunkSize < 0) {
        *verdict = Verdict::Malformed;
        return used;
    }
    m_buffer.clear();
    if (chunkSize == 0) {
        m_state = State::Trailers;
        m_trailerBytes = 0;
        m_lineBytes = 0;
        return used;
    }
    m_bodyBytes += chunkSize;
    if (m_bodyBytes > m_maxBodyBytes) {
        *verdict = Verdict::BodyTooLarge;
        return used;
    }
    m_remaining = chunkSize;
    m_state = State::ChunkData;
    return used;
}

qint64 HttpRequestScanner::scanTrailers(const char *data, qint64 size, Verdict *verdict)
{
    // trailer-section = *( field-line CRLF ) CRLF; only its size matters here.
    for (qint64 i = 0; i < size; ++i) {
        ++m_trailerBytes;
        if (m_trailerBytes > m_maxHeaderBytes) {
            *verdict = Verdict::HeaderTooLarge;
            return i + 1;
        }
        const char c = data[i];
        if (c == '\n') {
            if (m_lineBytes == 0) {
                m_state = State::Idle;
                return i + 1;
            }
            m_lineBytes = 0;
        } else if (c != '\r') {
            ++m_lineBytes;
        }
    }
    return size;
}
