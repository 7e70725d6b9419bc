// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the reference's duration strings ('1y 6mo 10d 12h'), which admins and imported
// configuration files supply. A parsed duration must print to a string that parses back equal.
#include "core/util/Duration.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Duration> d = Duration::parse(text);
    if (d.isOk()) {
        const Result<Duration> again = Duration::parse(d->toString());
        if (!again.isOk() || again->ms() != d->ms()) {
            std::abort();
        }
    }
    return 0;
}
