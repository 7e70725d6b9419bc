// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/CoreError.h"

#include <utility>
#include <variant>

/**
 * The value of a fallible call: either a T or a CoreError (STYLE.md §3).
 * No exceptions cross module boundaries; callers must look at the result.
 */
template<typename T> class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_value(value)
    {
    }
    Result(T &&value)
        : m_value(std::move(value))
    {
    }
    Result(const CoreError &error)
        : m_value(error)
    {
    }
    Result(CoreError &&error)
        : m_value(std::move(error))
    {
    }

    bool isOk() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return isOk(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T *operator->() const { return &std::get<T>(m_value); }
    T *operator->() { return &std::get<T>(m_value); }
    const T &operator*() const { return value(); }

    const CoreError &error() const { return std::get<CoreError>(m_value); }

private:
    std::variant<T, CoreError> m_value;
};

/** Result of a call that yields nothing but can fail. */
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const CoreError &error)
        : m_error(error)
        , m_failed(true)
    {
    }

    bool isOk() const { return !m_failed; }
    explicit operator bool() const { return isOk(); }
    const CoreError &error() const { return m_error; }

private:
    CoreError m_error;
    bool m_failed = false;
};

using VoidResult = Result<void>;
