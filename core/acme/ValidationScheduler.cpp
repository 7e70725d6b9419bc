// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/ValidationScheduler.h"

ValidationScheduler::ValidationScheduler(Validator validator, Mode mode, int threads)
    : m_validator(std::move(validator))
    , m_mode(mode)
{
    m_pool.setMaxThreadCount(threads);
    // Keep threads (and their database connections) alive between validations.
    m_pool.setExpiryTimeout(-1);
}

ValidationScheduler::~ValidationScheduler()
{
    m_pool.waitForDone();
}

bool ValidationScheduler::schedule(const QString &challengeId, const ChallengeTask &task)
{
    if (m_mode == Mode::Inline) {
        const ValidationOutcome outcome = m_validator(task);
        if (m_completion) {
            m_completion(challengeId, outcome);
        }
        return true;
    }
    ++m_pending;
    m_pool.start([this, challengeId, task]() {
        const ValidationOutcome outcome = m_validator(task);
        if (m_completion) {
            m_completion(challengeId, outcome);
        }
        --m_pending;
    });
    return false;
}

bool ValidationScheduler::waitForDone(int msecs)
{
    return m_pool.waitForDone(msecs);
}
