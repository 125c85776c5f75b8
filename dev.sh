#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Reftel developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One entry point for developers and CI. Sets everything up first (natively on
# a host with Qt >= 6.5 and KF6SyntaxHighlighting, otherwise in a Debian 13
# build root made by tools/buildroot.sh), then:
#
#   ./dev.sh run [--xvfb] [--screenshot FILE] [-- REFTEL ARGS]   build and launch Reftel
#   ./dev.sh test [CTEST ARGS]                                    build and run the whole test suite
#   ./dev.sh build                                                build only
#   ./dev.sh package                                              build the .deb (CPack; Release, stripped, no tests, in build/package-*)
#   ./dev.sh exec CMD...                                          run CMD where Reftel builds (e.g. a benchmark)
#   ./dev.sh sanitize [CTEST ARGS]                                the tests under ASan + UBSan (clang), in build/asan-*;
#                                                                 with CTEST ARGS (-L parser) only what they need is built
#   ./dev.sh fuzz [TARGET [LIBFUZZER ARGS] | corpus | campaign]   libFuzzer targets in build/fuzz-* (docs/robustness.md)
#   ./dev.sh format [--check]                                     clang-format the sources (.clang-format); --check changes
#                                                                 nothing and fails on a file that differs (CI)
#
# REFTEL_NATIVE=1 / 0 forces the native build or the build root; REFTEL_BUILD_DIR
# names the build folder (the suite's README test runs dev.sh on its own build).
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
caller=$PWD # --screenshot FILE is relative to where dev.sh was called from
cd "$src"

say() { printf 'dev.sh: %s\n' "$*" >&2; }

version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

native_ok() {
    case "${REFTEL_NATIVE:-}" in 1) return 0 ;; 0) return 1 ;; esac
    local qtpaths v
    qtpaths=$(command -v qtpaths6 || command -v qtpaths-qt6 || true)
    [ -n "$qtpaths" ] || return 1
    v=$("$qtpaths" --qt-query QT_VERSION 2>/dev/null) || return 1
    version_ge "$v" 6.5 || return 1
    command -v cmake >/dev/null && command -v ninja >/dev/null || return 1
    local d
    for d in /usr/lib/*/cmake /usr/lib/cmake /usr/lib64/cmake /usr/local/lib/cmake /usr/local/lib/*/cmake; do
        [ -f "$d/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake" ] && return 0
    done
    return 1
}

if native_ok; then
    mode=native
    build="${REFTEL_BUILD_DIR:-$src/build/native}"
    inside() { local dir=$1; shift; (cd "$dir" && "$@"); }
else
    mode=root
    build="${REFTEL_BUILD_DIR:-$src/build/root}"
    "$src/tools/buildroot.sh" ensure
    inside() { local dir=$1; shift; "$src/tools/buildroot.sh" exec "$dir" "$@"; }
fi

werror=OFF
[ -n "${CI:-}" ] && werror=ON

# ccache, where the build has it, makes rebuilds in other checkouts (git
# worktrees beside this one) cheap: paths under the parent folder are hashed
# relative to it.
launcher() {
    if inside "$src" sh -c 'command -v ccache' >/dev/null 2>&1; then
        printf '%s\n' "-DCMAKE_CXX_COMPILER_LAUNCHER=env;CCACHE_BASEDIR=$(dirname "$src");CCACHE_NOHASHDIR=1;ccache"
    fi
}

configure() {
    local cache="$build/CMakeCache.txt"
    # Configure once; later builds let CMake re-run itself when a CMakeLists changes.
    if [ ! -f "$build/build.ninja" ] || ! grep -q "^REFTEL_WERROR:BOOL=$werror$" "$cache" 2>/dev/null; then
        inside "$src" cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREFTEL_WERROR=$werror \
            $(launcher) >/dev/null
    fi
}

build_all() {
    configure
    inside "$src" cmake --build "$build" --parallel "$(nproc)"
}

# The sanitizer and fuzz builds: their own folders, configured from the
# presets of the same names (CMakePresets.json), so an IDE gets the same.
configure_preset() {
    local preset=$1 dir=$2
    if [ ! -f "$dir/build.ninja" ] || ! grep -q "^REFTEL_WERROR:BOOL=$werror$" "$dir/CMakeCache.txt" 2>/dev/null; then
        inside "$src" cmake --preset "$preset" -B "$dir" -DREFTEL_WERROR=$werror $(launcher) >/dev/null
    fi
}

# The test executables CTest would run with these arguments (-L, -R...),
# built or not yet.
tests_selected() {
    local dir=$1; shift
    inside "$dir" ctest -N -V "$@" \
        | sed -n 's#^.*\(Test command: \|Could not find executable \)\('"$dir"'/[^ ]*\).*$#\2#p' \
        | xargs -r -n1 basename | sort -u
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
    build)
        build_all ;;
    test)
        build_all
        inside "$build" env QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@" ;;
    run)
        xvfb=0 shot="" args=()
        while [ $# -gt 0 ]; do
            case "$1" in
                --xvfb) xvfb=1 ;;
                --screenshot) shot=$(cd "$caller" && realpath -m "$2"); xvfb=1; shift ;;
                --) shift; args+=("$@"); break ;;
                *) args+=("$1") ;;
            esac
            shift
        done
        build_all
        # The build root sees the checkout but not the host's other folders:
        # the picture is written in the build folder and copied out.
        [ -n "$shot" ] && args+=(--screenshot "$build/screenshot.png")
        if [ "$xvfb" = 1 ]; then
            inside "$src" xvfb-run -a -s "-screen 0 1440x900x24" "$build/app/reftel" "${args[@]}"
            if [ -n "$shot" ]; then
                mkdir -p "$(dirname "$shot")" && mv "$build/screenshot.png" "$shot" && say "saved $shot"
            fi
        elif [ -n "${WAYLAND_DISPLAY:-}" ] || [ -n "${DISPLAY:-}" ]; then
            if [ "$mode" = root ]; then
                export REFTEL_BIND="/tmp/.X11-unix:${XDG_RUNTIME_DIR:-}"
            fi
            inside "$src" "$build/app/reftel" "${args[@]}"
        else
            say "no display (neither DISPLAY nor WAYLAND_DISPLAY is set)."
            say "Run under a virtual X server with:   ./dev.sh run --xvfb"
            say "or take a screenshot of the window:  ./dev.sh run --screenshot reftel.png"
            exit 3
        fi ;;
    package)
        # What users install: a Release build of its own, stripped by CPack,
        # without the tests: the test-only
        # parser that crashes on demand (tests/parseworker) is not even built.
        pkg="$src/build/package-$mode"
        configure_preset package "$pkg"
        inside "$src" cmake --build "$pkg" --parallel "$(nproc)"
        rm -f "$pkg"/reftel_*.deb
        inside "$pkg" cpack -G DEB
        # And nothing in the package carries a test marker (REFTEL-TEST-...).
        # shellcheck disable=SC2016 # expanded inside
        if inside "$pkg" sh -c 'for deb in reftel_*.deb; do dpkg-deb --fsys-tarfile "$deb" | tar -xO; done | grep -aq REFTEL-TEST-'; then
            say "the package holds test-only code (REFTEL-TEST- markers)"
            exit 1
        fi
        say "package in $pkg" ;;
    exec)
        configure
        inside "$src" "$@" ;;
    sanitize)
        asan="$src/build/asan-$mode"
        configure_preset asan "$asan"
        if [ $# -gt 0 ]; then
            targets=$(tests_selected "$asan" "$@")
            [ -n "$targets" ] || { say "no test matches: $*"; exit 2; }
            # shellcheck disable=SC2086 # one word per target
            inside "$src" cmake --build "$asan" --parallel "$(nproc)" --target $targets
        else
            inside "$src" cmake --build "$asan" --parallel "$(nproc)"
        fi
        inside "$asan" env QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@" ;;
    fuzz)
        fuzz="$src/build/fuzz-$mode"
        configure_preset fuzz "$fuzz"
        inside "$src" cmake --build "$fuzz" --parallel "$(nproc)" --target reftel-fuzz
        inside "$src" "$src/tests/fuzz/fuzz.sh" "$fuzz" "$@" ;;
    format)
        # The build root's clang-format, so that every machine formats alike.
        how=-i
        [ "${1:-}" = --check ] && how="--dry-run --Werror"
        inside "$src" sh -c "find app model views parseworker tests -path tests/data -prune -o \( -name '*.cpp' -o -name '*.h' \) -print \
            | sort | xargs clang-format --style=file $how"
        [ "$how" = -i ] || say "formatting: every source file is as .clang-format wants it" ;;
    *)
        sed -n '5,18p' "$0" | sed 's/^# \{0,1\}//'
        exit 2 ;;
esac
