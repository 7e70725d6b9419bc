#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with CPack and checks it (issue #2 §7): the binary, desktop entry and
# icon, the systemd unit (own user, data under /var/lib/anvil, hardening), the default
# configuration as a conffile, the maintainer scripts; then runs the packaged binary the way the
# unit does and checks that it serves the directory.
set -euo pipefail
build="${ANVIL_BINARY_DIR:?}"
work="$(mktemp -d /tmp/anvil-pkg.XXXXXX)"
pid=""
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*"
    echo "0 passed, 1 failed"
    exit 1
}

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
deb="$(ls "$work"/out/anvil_*.deb)"
contents="$(dpkg-deb -c "$deb" | awk '{print $6}')"
for f in ./usr/bin/anvil ./usr/lib/systemd/system/anvil.service ./etc/default/anvil \
         ./usr/share/applications/anvil.desktop ./usr/share/icons/hicolor/scalable/apps/anvil.svg \
         ./usr/share/doc/anvil/README.md; do
    grep -qx "$f" <<<"$contents" || fail "package lacks $f"
done
dpkg-deb -I "$deb" >"$work/info"
grep -q "Depends:.*libqt6httpserver6" "$work/info" || fail "Depends lacks libqt6httpserver6"
grep -q "Depends:.*libunbound8" "$work/info" || fail "Depends lacks libunbound8"
# The program allocates through jemalloc (README, Performance) unless configured without it
# (ANVIL_JEMALLOC=OFF, sanitizer and fuzz builds): linked, a dependency, and in use when it runs.
jemalloc=0
if grep -q "^ANVIL_JEMALLOC:BOOL=ON" "$build/CMakeCache.txt" && ! grep -q "^ANVIL_SANITIZE:STRING=." "$build/CMakeCache.txt" \
    && ! grep -q "^ANVIL_FUZZ:BOOL=ON" "$build/CMakeCache.txt"; then
    jemalloc=1
    readelf -d "$build/bin/anvil" | grep -q "NEEDED.*libjemalloc" || fail "anvil is not linked with jemalloc"
    grep -q "Depends:.*libjemalloc2" "$work/info" || fail "Depends lacks libjemalloc2"
fi
mkdir -p "$work/control" && dpkg-deb -e "$deb" "$work/control"
grep -qx "/etc/default/anvil" "$work/control/conffiles" || fail "/etc/default/anvil is not a conffile"
grep -q "adduser --system" "$work/control/postinst" || fail "postinst does not create the anvil user"
file "$work/control/postinst" | grep -q "shell script" || fail "postinst is not a script"

dpkg-deb -x "$deb" "$work/root"
unit="$work/root/usr/lib/systemd/system/anvil.service"
for directive in "User=anvil" "StateDirectory=anvil" "ProtectSystem=strict" "NoNewPrivileges=yes" "UMask=0077" \
                 "ExecStart=/usr/bin/anvil --headless"; do
    grep -q "^$directive" "$unit" || fail "unit lacks $directive"
done

# Run the packaged binary as the unit would: --init, then --headless, on free ports.
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
tls=$(port)
bin="$work/root/usr/bin/anvil"
export ANVIL_DATA_DIR="$work/data"
"$bin" --headless --init --hostname 127.0.0.1 --tls-port "$tls" --client-cert-port 0 --http-port 0 --enable-acme \
    >"$work/init.log" 2>&1 || { cat "$work/init.log"; fail "packaged anvil --init failed"; }
[ "$(stat -c %a "$work/data/master.key")" = "600" ] || fail "master.key is not owner-only"
[ "$(stat -c %a "$work/data")" = "700" ] || fail "data directory is not owner-only"
"$bin" --headless >"$work/run.log" 2>&1 &
pid=$!
for _ in $(seq 1 50); do
    if curl -sf --cacert "$work/data/ca-bundle.pem" "https://127.0.0.1:$tls/acme/directory" -o "$work/dir.json"; then
        break
    fi
    sleep 0.2
done
grep -q '"newOrder"' "$work/dir.json" 2>/dev/null || { cat "$work/run.log"; fail "packaged server does not serve the directory"; }
if [ "$jemalloc" = 1 ]; then
    grep -q "libjemalloc" "/proc/$pid/maps" || fail "the packaged server does not run on jemalloc"
fi
echo "package: $(basename "$deb") ok"
echo "1 passed, 0 failed"
