// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLoop.h"

#include <algorithm>

#include <sys/epoll.h>
#include <time.h>
#include <unistd.h>

EventLoop::EventLoop()
    : m_epoll(epoll_create1(EPOLL_CLOEXEC))
{
}

EventLoop::~EventLoop()
{
    if (m_epoll >= 0) {
        ::close(m_epoll);
    }
}

int64_t EventLoop::nowUs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

bool EventLoop::watch(int fd, uint32_t events, EventHandler *handler)
{
    epoll_event ev {};
    ev.events = events;
    ev.data.ptr = handler;
    return epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev) == 0;
}

bool EventLoop::modify(int fd, uint32_t events, EventHandler *handler)
{
    epoll_event ev {};
    ev.events = events;
    ev.data.ptr = handler;
    return epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev) == 0;
}

void EventLoop::unwatch(int fd)
{
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
}

EventLoop::TimerId EventLoop::addTimer(int64_t delayUs, std::function<void()> fn)
{
    const TimerId id = m_nextTimer++;
    m_timers.push(Timer {nowUs() + std::max<int64_t>(0, delayUs), id, std::move(fn)});
    return id;
}

void EventLoop::cancelTimer(TimerId id)
{
    if (id != 0) {
        m_cancelled.insert(id);
    }
}

void EventLoop::run(const std::function<bool()> &done)
{
    constexpr int MaxEvents = 256;
    epoll_event events[MaxEvents];
    while (!done()) {
        int timeoutMs = 20;
        if (!m_timers.empty()) {
            const int64_t waitUs = m_timers.top().deadlineUs - nowUs();
            timeoutMs = int(std::clamp<int64_t>((waitUs + 999) / 1000, 0, 20));
        }
        const int n = epoll_wait(m_epoll, events, MaxEvents, timeoutMs);
        for (int i = 0; i < n; ++i) {
            static_cast<EventHandler *>(events[i].data.ptr)->onEvents(events[i].events);
        }
        const int64_t now = nowUs();
        while (!m_timers.empty() && m_timers.top().deadlineUs <= now) {
            Timer t = m_timers.top();
            m_timers.pop();
            if (m_cancelled.erase(t.id) == 0) {
                t.fn();
            }
        }
    }
}
