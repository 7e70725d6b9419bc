// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Csr::fromData() (PEM or DER from a client's finalize request), and the
// accessors the issuance checks read when parsing succeeds.
#include "core/crypto/Csr.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Csr> csr = Csr::fromData(input);
    if (csr.isOk()) {
        (void)csr->subjectDn();
        (void)csr->commonNames();
        (void)csr->dnsNames();
        (void)csr->ipAddresses();
        (void)csr->publicKeyInfo().toString();
    }
    return 0;
}
