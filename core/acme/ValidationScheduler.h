// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/ChallengeTask.h"
#include "core/validation/ValidationOutcome.h"

#include <QThreadPool>

#include <atomic>
#include <functional>

/**
 * Runs challenge validations off the request threads (a slow or hanging target never stalls
 * other requests) and reports each outcome through a callback. Validators block on the network,
 * so the pool is larger than the core count; each validation is bounded by its policy's timeout.
 */
class ValidationScheduler
{
public:
    using Validator = std::function<ValidationOutcome(const ChallengeTask &)>;
    using Completion = std::function<void(const QString &challengeId, const ValidationOutcome &)>;

    enum class Mode {
        Pool, // the server
        Inline, // tests: validate within the challenge request, deterministic
    };

    explicit ValidationScheduler(Validator validator, Mode mode = Mode::Pool, int threads = 32);
    ~ValidationScheduler();

    void setCompletion(Completion completion) { m_completion = std::move(completion); }
    /** True when the validation is over already (Inline), false when it runs on the pool. */
    bool schedule(const QString &challengeId, const ChallengeTask &task);
    /** Waits until every scheduled validation finished (shutdown and tests). */
    bool waitForDone(int msecs = -1);
    int pending() const { return m_pending.load(); }
    bool runsInline() const { return m_mode == Mode::Inline; }

private:
    Validator m_validator;
    Completion m_completion;
    Mode m_mode;
    QThreadPool m_pool;
    std::atomic<int> m_pending {0};
};
