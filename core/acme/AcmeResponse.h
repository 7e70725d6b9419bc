// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>
#include <optional>

/** One HTTP response from the protocol engine; core/http writes it to the socket as is. */
struct AcmeResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // several of one name allowed (Link)
    QByteArray body;
    /** Close the connection after answering (e.g. a body over the size limit was refused). */
    bool closeConnection = false;
    /**
     * Set when the response reports commits that are not on disk yet. The server calls it with a
     * function to call (from any thread) once they are, and only then answers; called with false,
     * they never will be, and the client gets a 500 instead. Unset: answer at once.
     */
    std::function<void(std::function<void(bool)>)> whenDurable;
    /**
     * Set when a newer answer is due soon (a challenge whose validation is under way). The server
     * calls it with a function to call once (from any thread) with the answer to send instead, or
     * with nothing to send this one; it waits for that call at most `settleWithinMs`, then sends
     * this one. Durability still comes first: the newer answer leaves only once whenDurable said so.
     */
    std::function<void(std::function<void(std::optional<AcmeResponse>)>)> whenSettled;
    int settleWithinMs = 0;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                return h.second;
            }
        }
        return {};
    }
    QList<QByteArray> headerValues(const QByteArray &name) const
    {
        QList<QByteArray> out;
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                out << h.second;
            }
        }
        return out;
    }
};
