# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the benchmark scripts. free_port_base N: the first of N consecutive ports that are all
# free for TCP and UDP on 127.0.0.1 right now (PORT_BASE when set). Picked at random outside the
# kernel's ephemeral range, and checked: a port already taken (another benchmark, a test's
# server) made a server or the http-01 responder fail to bind, which the scripts then reported
# as a stall.
free_port_base() {
    if [ -n "${PORT_BASE:-}" ]; then
        echo "$PORT_BASE"
        return
    fi
    python3 - "$1" <<'PY'
import random, socket, sys
n = int(sys.argv[1])
def free(p):
    for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
        s = socket.socket(socket.AF_INET, kind)
        try:
            s.bind(("127.0.0.1", p))
        except OSError:
            return False
        finally:
            s.close()
    return True
for _ in range(500):
    base = random.randint(20000, 32000 - n)
    if all(free(p) for p in range(base, base + n)):
        print(base)
        sys.exit(0)
sys.exit("no free ports")
PY
}
