#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Reftel developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the commands the README documents, as written there, and fails when
# one of them fails: every line of the command-line examples, the
# `reftel --…` options named in the text and `./dev.sh run --screenshot FILE`.
# "reftel" stands for the binary under test and "./dev.sh" for the
# checkout's; the rest of each command is taken from the README literally.
#
#   readme_commands.sh SOURCE_DIR REFTEL_BINARY BUILD_DIR
set -uo pipefail

src=$1
reftel=$2
build=$3
readme="$src/README.md"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A home of its own: the default library, ~/cables and the settings live there.
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME/cables" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cp "$src"/tests/data/parser/00*.txt "$HOME/cables/"
cp "$src/tests/data/parser/cables-sample.csv" "$work/cables.csv"
cd "$work" || exit 1

failures=0
run() {
    local line=$1
    local command=${line/#reftel /\"\$reftel\" }
    command=${command/#.\/dev.sh /\"\$src\/dev.sh\" }
    printf '$ %s\n' "$line"
    if ! (eval "$command") >"$work/out" 2>&1; then
        printf 'FAILED (exit %s): %s\n' "$?" "$line"
        sed 's/^/    /' "$work/out" | tail -20
        failures=$((failures + 1))
    fi
}

# The example block of "The command line": one command a line, "\" continues it.
block=$(awk '/^\*\*The command line\*\*/ { inside = 1 } inside && /^```sh/ { code = 1; next } code && /^```/ { exit } code { print }' "$readme")
[ -n "$block" ] || { echo "no command-line examples found in $readme"; exit 1; }
commands=()
pending=""
while IFS= read -r line; do
    line=${line%%#*} # a comment after the command
    line="${line%"${line##*[![:space:]]}"}"
    if [[ $line == *\\ ]]; then
        pending+="${line%\\} "
        continue
    fi
    line="$pending$line"
    pending=""
    [ -n "$line" ] && commands+=("$line")
done <<<"$block"

# Options named in the text: `reftel --help`, `reftel --version`.
while IFS= read -r option; do
    commands+=("$option")
done < <(grep -o '`reftel --[a-z-]*`' "$readme" | tr -d '`' | sort -u)

# The screenshot command of "Two commands", with the build under test.
while IFS= read -r shot; do
    commands+=("$shot")
done < <(grep -o '`\./dev\.sh run --screenshot [^`]*`' "$readme" | tr -d '`' | sort -u)

for command in "${commands[@]}"; do
    case "$command" in
        reftel\ import* | reftel\ search* | reftel\ show* | reftel\ refs* | reftel\ stats* | reftel\ salvage* | reftel\ library\ copy* | reftel\ export* | reftel\ --*) ;;
        ./dev.sh\ run\ --screenshot*) ;;
        *) echo "not a documented command form: $command"; failures=$((failures + 1)); continue ;;
    esac
    if [[ $command == ./dev.sh* ]]; then
        # dev.sh reuses this build; its warnings setting stays the build's own.
        if grep -q '^REFTEL_WERROR:BOOL=ON$' "$build/CMakeCache.txt"; then export CI=1; else unset CI; fi
        REFTEL_BUILD_DIR="$build" run "$command"
        file=${command##* }
        if [ ! -s "$work/$file" ]; then
            echo "FAILED: $command wrote no picture"
            failures=$((failures + 1))
        fi
    else
        QT_QPA_PLATFORM=offscreen run "$command"
    fi
done

echo "${#commands[@]} documented commands, $failures failed"
[ "$failures" = 0 ]
