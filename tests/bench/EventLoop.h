// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <queue>
#include <unordered_set>
#include <vector>

/** Something an EventLoop wakes up when its file descriptor is ready. */
class EventHandler
{
public:
    virtual ~EventHandler() = default;
    /** \a events is the epoll event mask (EPOLLIN, EPOLLOUT, EPOLLERR, EPOLLHUP). */
    virtual void onEvents(uint32_t events) = 0;
};

/**
 * One epoll loop and its timers, driven by one thread (the load tool runs one per thread, like
 * one reactor per core). Level-triggered, so a handler that leaves data unread is woken again.
 */
class EventLoop
{
public:
    using TimerId = uint64_t;

    EventLoop();
    ~EventLoop();
    EventLoop(const EventLoop &) = delete;
    EventLoop &operator=(const EventLoop &) = delete;

    /** Monotonic microseconds. */
    static int64_t nowUs();

    bool watch(int fd, uint32_t events, EventHandler *handler);
    bool modify(int fd, uint32_t events, EventHandler *handler);
    void unwatch(int fd);

    /** Runs \a fn once after \a delayUs; returns an id for cancelTimer(). */
    TimerId addTimer(int64_t delayUs, std::function<void()> fn);
    void cancelTimer(TimerId id);

    /** Runs until \a done returns true (checked after every wake-up, at least every 20 ms). */
    void run(const std::function<bool()> &done);

private:
    struct Timer
    {
        int64_t deadlineUs;
        TimerId id;
        std::function<void()> fn;
        bool operator>(const Timer &other) const { return deadlineUs > other.deadlineUs; }
    };

    int m_epoll = -1;
    TimerId m_nextTimer = 1;
    std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> m_timers;
    std::unordered_set<TimerId> m_cancelled;
};
