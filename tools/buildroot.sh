#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Reftel developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Debian 12 ships Qt 6.4 and no KF6, so on such a host Reftel builds inside a
# Debian 13 root made with debootstrap. The root lives outside the checkout
# (CI clones afresh each time) and is reused while its package list is unchanged.
#
#   tools/buildroot.sh ensure            create or update the root
#   tools/buildroot.sh exec DIR CMD...   run CMD in the root, with DIR as working dir
#   tools/buildroot.sh path              print where the root is
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
checkout=$(cd "$here/.." && pwd)
root=${REFTEL_BUILDROOT:-/var/cache/reftel/buildroot-trixie}

# Everything the build, the tests, the packaging checks and the screenshots need.
packages=(
    g++ cmake ninja-build pkgconf file dpkg-dev
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 qt6-image-formats-plugins
    libkf6syntaxhighlighting-dev libsqlite3-dev sqlite3
    desktop-file-utils appstream poppler-utils
    xvfb xauth libxcb-cursor0 fonts-dejavu-core fonts-noto-core time
    # Sanitizers, libFuzzer, formatting and debugging.
    clang libclang-rt-19-dev llvm clang-format gdb ccache
    # A real PostgreSQL server and Qt's driver for team libraries and their tests.
    postgresql-17 libpq-dev libqt6sql6-psql
    # Using the window as an analyst would: clicks, keys, screenshots.
    xdotool imagemagick
)
stamp="$root/.reftel-packages"

say() { printf 'buildroot: %s\n' "$*" >&2; }

host_mirror() {
    # The mirror this host already uses; it is read here, never written into the repo.
    local f m=""
    for f in /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list.d/*.sources; do
        [ -r "$f" ] || continue
        m=$(awk '/^URIs:/ { for (i = 2; i <= NF; ++i) if ($i !~ /security/) { print $i; exit } }' "$f")
        [ -n "$m" ] && break
    done
    if [ -z "$m" ] && [ -r /etc/apt/sources.list ]; then
        m=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; ++i) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list)
    fi
    [ -n "$m" ] || { say "cannot find a Debian mirror in /etc/apt/sources.list.d/ or /etc/apt/sources.list"; exit 1; }
    printf '%s\n' "$m"
}

need_root() {
    [ "$(id -u)" = 0 ] || { say "making the Debian 13 build root needs root (debootstrap, chroot); run as root or install Qt >= 6.5 and KF6SyntaxHighlighting natively"; exit 1; }
}

ensure() {
    local want
    want=$(printf '%s\n' "${packages[@]}" | sort | sha256sum | cut -c1-16)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        return 0
    fi
    need_root
    if [ ! -x "$root/usr/bin/apt-get" ]; then
        if ! command -v debootstrap >/dev/null; then
            say "installing debootstrap on the host"
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
        fi
        local mirror
        mirror=$(host_mirror)
        say "creating a Debian 13 root in $root (a few minutes, once)"
        mkdir -p "$(dirname "$root")"
        rm -rf "$root.partial"
        debootstrap --variant=minbase trixie "$root.partial" "$mirror" >"$(dirname "$root")/debootstrap.log" 2>&1 \
            || { say "debootstrap failed; see $(dirname "$root")/debootstrap.log"; exit 1; }
        mv "$root.partial" "$root"
    fi
    say "installing build packages in the root"
    cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    run_in / bash -c "export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends ${packages[*]} >/var/log/reftel-apt.log 2>&1 || { tail -20 /var/log/reftel-apt.log; exit 1; }"
    printf '%s\n' "$want" >"$stamp"
}

# Runs a command inside the root. The bind mounts live in a private mount
# namespace, so they vanish when the command ends, even if it is killed.
run_in() {
    local dir=$1; shift
    need_root
    local shared
    shared=$(cd "$checkout/.." && pwd)/shared
    REFTEL_ROOT="$root" REFTEL_CHECKOUT="$checkout" REFTEL_SHARED="$shared" REFTEL_DIR="$dir" \
    unshare --mount --propagation private bash -c '
        set -e
        mount -t proc proc "$REFTEL_ROOT/proc"
        mount --rbind /dev "$REFTEL_ROOT/dev"
        mount --bind /sys "$REFTEL_ROOT/sys" 2>/dev/null || true
        mkdir -p "$REFTEL_ROOT$REFTEL_CHECKOUT"
        mount --bind "$REFTEL_CHECKOUT" "$REFTEL_ROOT$REFTEL_CHECKOUT"
        if [ -d "$REFTEL_SHARED" ]; then
            mkdir -p "$REFTEL_ROOT$REFTEL_SHARED"
            mount --bind "$REFTEL_SHARED" "$REFTEL_ROOT$REFTEL_SHARED"
        fi
        # Extra folders to share with the root, e.g. the X11 socket folder.
        IFS=: read -r -a binds <<<"${REFTEL_BIND:-}"
        for d in "${binds[@]}"; do
            [ -n "$d" ] && [ -e "$d" ] || continue
            mkdir -p "$REFTEL_ROOT$d"
            mount --bind "$d" "$REFTEL_ROOT$d"
        done
        # A clean environment: only what the build, the tests and a window need,
        # and no empty variables (an empty WAYLAND_DISPLAY still sends Qt to Wayland).
        vars=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
              LANG=C.UTF-8 LC_ALL="${REFTEL_LC_ALL:-C.UTF-8}" TERM="${TERM:-dumb}")
        for v in CI QT_QPA_PLATFORM DISPLAY XAUTHORITY WAYLAND_DISPLAY XDG_RUNTIME_DIR; do
            [ -n "${!v:-}" ] && vars+=("$v=${!v}")
        done
        exec chroot "$REFTEL_ROOT" /usr/bin/env -i "${vars[@]}" \
            bash -c "cd \"\$0\" && exec \"\$@\"" "$REFTEL_DIR" "$@"
    ' bash "$@"
}

case "${1:-}" in
    ensure) ensure ;;
    exec) shift; dir=$1; shift; ensure; run_in "$dir" "$@" ;;
    path) printf '%s\n' "$root" ;;
    *) say "usage: $0 ensure | exec DIR CMD... | path"; exit 2 ;;
esac
