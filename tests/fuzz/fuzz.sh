#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Reftel developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the libFuzzer targets; called by ./dev.sh fuzz after it has built them,
# with the fuzz build folder first:
#
#   ./dev.sh fuzz                         the targets and what each reads
#   ./dev.sh fuzz corpus                  (re)make the seed corpora from tests/data, the samples,
#                                         ../shared/real (when present) and tests/fuzz/seeds
#   ./dev.sh fuzz TARGET [LIBFUZZER ARGS] fuzz one target, e.g. ./dev.sh fuzz telegram -runs=1000000
#                                         or -max_total_time=600; with a file argument (a crash-*
#                                         artifact) it runs that input alone
#   ./dev.sh fuzz campaign [-j N] [-runs=N] [TARGET...]
#                                         the targets (default: all) for their share of the 10.5 million
#                                         executions (or N each), two (N) at a time, then the summary
#   ./dev.sh fuzz summary                 the table of the last runs, from their logs
#
# Everything it makes lives in <build>/fuzz: seeds/ (made here), corpus/ (what
# libFuzzer adds), artifacts/ (crashes, leaks, timeouts), logs/.
set -euo pipefail

build=$1
shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
shared=$(cd "$src/.." && pwd)/shared
bin=$build/tests/fuzz
work=$build/fuzz
seeds=$work/seeds corpus=$work/corpus artifacts=$work/artifacts logs=$work/logs

# name|executions in the campaign|what it reads. The campaign (10.5 million
# executions) runs them in this order, two at a time: the slowest first, so
# the two slots end about together. The shares follow the speeds: the whole
# parser runs at 100-300 executions a second on a busy 2-core machine, the
# decoder at thousands.
targets=(
    "htmlpage|700000|HtmlPageReader: WikiLeaks cable pages, and HTML to text"
    "parsedocument|600000|DocumentParser::parse: the whole import path of one file"
    "telegram|600000|CableParser::parse on a RawCable (the telegram parser alone)"
    "searchquery|1500000|SearchQuery::parse and its SQL/FTS5, SnippetMaker (\"query\\ntext\")"
    "searchpage|1200000|SearchPageReader: cable-search site text pages"
    "baretelegram|1200000|BareTelegramReader: a telegram with little around it"
    "blogpage|1200000|BlogPageReader: blog mirror text pages"
    "releasecsv|1000000|ReleaseCsvReader: the release CSV, streamed"
    "textdecoder|2500000|TextDecoder: bytes to text, mojibake repair"
    "headerreaders|1000000|TagsReader, SubjectReader, ReferenceParser, ClassifiedByReader, BannerReader, PageMarkers, SignatureReader, CanonicalId on one text"
)

say() { printf 'fuzz: %s\n' "$*" >&2; }

field() { # target column
    local t
    for t in "${targets[@]}"; do
        IFS='|' read -r name runs what <<<"$t"
        if [ "$name" = "$1" ]; then
            case $2 in runs) echo "$runs" ;; what) echo "$what" ;; esac
            return 0
        fi
    done
    return 1
}

# The longest input libFuzzer makes; seeds are cut there. Time per input
# grows with its length: a cable's header, paragraphs, page markers and
# signature fit in 8 kB, a page's labels and the start of its telegram (or a
# whole hand-made page, footer included) in 4 kB; an HTML page carries its
# markup too (pages reduced as in make_corpus are 5-25 kB); the decoder's
# cases fit in 1 kB. A query is typed, and SearchQuery recurses once per '('
# until its nesting limit lands (issue 13), so its inputs stay short enough
# for the stack.
max_len() {
    case $1 in
        htmlpage) echo 24576 ;;
        searchpage | parsedocument | telegram) echo 8192 ;;
        blogpage | baretelegram | releasecsv) echo 4096 ;;
        searchquery) echo 2048 ;;
        textdecoder | headerreaders) echo 1024 ;;
    esac
}

documents() { # every document seed, one path a line
    local f
    for f in "$src"/tests/data/parser/* "$src"/tests/data/store/* "$src"/tests/data/regressions/* \
        "$src"/tests/data/syntax/*.cable "$src"/resources/samples/*.txt "$here"/seeds/*; do
        case $(basename "$f") in README.md | queries.txt) continue ;; esac
        [ -f "$f" ] && printf '%s\n' "$f"
    done
    if [ -d "$shared/seeds" ]; then
        for f in "$shared"/seeds/*.txt; do printf '%s\n' "$f"; done
    fi
    [ -f "$shared/real/cables-sample.csv" ] && printf '%s\n' "$shared/real/cables-sample.csv"
    return 0
}

# A WikiLeaks page without its 58 kB of sidebar: the title, then from the
# "Viewing cable" heading to the last </pre> (the table and the telegram).
reduce_html() {
    local f=$1 start end
    start=$(grep -bo -m1 '<h3>Viewing' "$f" | cut -d: -f1 || true)
    end=$(grep -bo '</pre>' "$f" | tail -n1 | cut -d: -f1 || true)
    if [ -z "$start" ] || [ -z "$end" ] || [ "$end" -le "$start" ]; then
        head -c 24576 "$f"
        return
    fi
    printf '<!DOCTYPE html>\n<html><head>%s</head><body>\n' "$(grep -o -m1 '<title>[^<]*</title>' "$f" || true)"
    head -c "$((end + 6))" "$f" | tail -c +"$((start + 1))" # tail reads to the end: no SIGPIPE
    printf '\n</body></html>\n'
}

# The telegram as the parser gets it from an HTML page, roughly: entities of
# line breaks decoded, markup dropped.
html_telegram() {
    reduce_html "$1" | sed -e 's/&#x000A;/\n/g' -e 's/<[^>]*>//g'
}

make_corpus() {
    rm -rf "$seeds"
    local t f name
    for t in "${targets[@]}"; do mkdir -p "$seeds/${t%%|*}"; done
    while IFS= read -r f; do
        name=$(basename "$f")
        for t in searchpage blogpage htmlpage baretelegram textdecoder parsedocument headerreaders; do
            cp "$f" "$seeds/$t/$name"
        done
        # First byte: the form the text claims (0 = bare telegram, 5 = release CSV).
        { printf '\000'; cat "$f"; } >"$seeds/telegram/$name"
        case $name in *.csv) cp "$f" "$seeds/releasecsv/$name" ;; esac
    done < <(documents)
    if [ -d "$shared/real/html" ]; then
        for f in "$shared"/real/html/*.html; do
            name=$(basename "$f")
            reduce_html "$f" >"$seeds/htmlpage/$name"
            for t in parsedocument textdecoder; do cp "$seeds/htmlpage/$name" "$seeds/$t/$name"; done
            html_telegram "$f" >"$seeds/baretelegram/$name.txt"
            { printf '\005'; cat "$seeds/baretelegram/$name.txt"; } >"$seeds/telegram/$name.txt"
        done
    else
        say "../shared/real/html is not there: the seeds hold the repository's pages only"
    fi
    cp "$src"/tests/data/parser/0*.txt "$seeds/releasecsv/" # text that is not CSV, to start from
    # The header readers read one element: each line of the hand-made header seeds alone.
    for f in "$here"/seeds/*-variants.txt; do
        name=$(basename "$f" .txt)
        split -l 1 -a 3 "$f" "$seeds/headerreaders/$name-"
    done
    local n=0 paragraph
    paragraph='1. (C) SUMMARY: The Kazakhstani side suggested a multilateral approach to the Manas air base (reftel A), and urged better U.S.-Russia relations. END SUMMARY.'
    while IFS= read -r line; do
        n=$((n + 1))
        printf '%s\n%s' "$line" "$paragraph" >"$seeds/searchquery/query-$n"
    done <"$here/seeds/queries.txt"
    for t in "${targets[@]}"; do
        t=${t%%|*}
        say "$(printf '%-14s %5d seeds, %7d kB' "$t" "$(find "$seeds/$t" -type f | wc -l)" "$(du -sk "$seeds/$t" | cut -f1)")"
    done
}

sanitizer_env() {
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
}

run_target() { # target [libFuzzer args]
    local t=$1
    shift
    field "$t" runs >/dev/null || { say "no target '$t' (./dev.sh fuzz lists them)"; exit 2; }
    local exe=$bin/reftel-fuzz-$t a
    sanitizer_env
    for a in "$@"; do
        if [ -f "$a" ]; then # reproduce: the given inputs alone
            exec "$exe" -timeout=2 -rss_limit_mb=2048 "$@"
        fi
    done
    [ -d "$seeds/$t" ] || make_corpus
    mkdir -p "$corpus/$t" "$artifacts/$t"
    local args=(-dict="$here/cable.dict" -timeout=2 -rss_limit_mb=2048 -max_len="$(max_len "$t")"
        -print_final_stats=1 -artifact_prefix="$artifacts/$t/" "$@" "$corpus/$t" "$seeds/$t")
    say "$exe ${args[*]}"
    exec "$exe" "${args[@]}"
}

summary() {
    local t name log runs secs rate cov ft crash total=0
    printf '| target | executions | cov (edges) | ft (features) | time (s) | result |\n|---|---:|---:|---:|---:|---|\n'
    for t in "${targets[@]}"; do
        name=${t%%|*}
        log=$logs/$name.log
        [ -f "$log" ] || continue
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
        secs=$(sed -n 's/^fuzz: .* ran \([0-9]*\) s, exit.*/\1/p' "$log" | tail -n1)
        [ -n "$secs" ] || secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n1)
        if [ -z "$secs" ] && [ -n "$runs" ]; then # stopped by hand: from libFuzzer's mean speed
            rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)
            [ "${rate:-0}" -gt 0 ] && secs="~$((runs / rate))"
        fi
        cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n1 | cut -d' ' -f2)
        ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n1 | cut -d' ' -f2)
        crash=$(grep -m1 -o 'ERROR: libFuzzer: [a-z-]*\|ERROR: AddressSanitizer: [a-z-]*\|runtime error:.*\|FUZZ_CHECK failed.*\|ERROR: LeakSanitizer.*\|ASSERT.*' "$log" || true)
        if [ -z "$crash" ] && grep -q 'run interrupted' "$log"; then
            crash="stopped by hand, no crash, report, leak or hang"
        fi
        printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "${runs:-?}" "${cov:-?}" "${ft:-?}" "${secs:-?}" "${crash:-no crash, report, leak or hang}"
        total=$((total + ${runs:-0}))
    done
    printf '\n%d executions in all\n' "$total"
}

campaign() { # [-j N] [-runs=N] [target...]
    mkdir -p "$logs"
    [ -d "$seeds/searchpage" ] || make_corpus
    local t name runs p parallel=2 each="" chosen=() pids=()
    while [ $# -gt 0 ]; do
        case $1 in
            -j) parallel=$2; shift ;;
            -j*) parallel=${1#-j} ;;
            -runs=*) each=${1#-runs=} ;;
            *) chosen+=("$1") ;;
        esac
        shift
    done
    [ ${#chosen[@]} -gt 0 ] || for t in "${targets[@]}"; do chosen+=("${t%%|*}"); done
    running() { # how many of the started runs are still going ("jobs" in a pipeline sees none)
        local n=0
        for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && n=$((n + 1)); done
        echo "$n"
    }
    for name in "${chosen[@]}"; do
        runs=${each:-$(field "$name" runs)} || { say "no target '$name'"; exit 2; }
        while [ "$(running)" -ge "$parallel" ]; do wait -n || true; done
        say "$name: $runs executions, log in $logs/$name.log"
        (
            rc=0 start=$(date +%s)
            "$0" "$build" run "$name" -runs="$runs" >"$logs/$name.log" 2>&1 || rc=$?
            echo "fuzz: $name ran $(($(date +%s) - start)) s, exit $rc" >>"$logs/$name.log"
            say "$name finished (exit $rc)"
        ) &
        pids+=($!)
    done
    wait
    summary
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
    "" | list)
        for t in "${targets[@]}"; do
            IFS='|' read -r name runs what <<<"$t"
            printf '  %-14s %s\n' "$name" "$what"
        done ;;
    corpus) make_corpus ;;
    campaign) campaign "$@" ;;
    summary) summary ;;
    run) run_target "$@" ;;
    *) run_target "$cmd" "$@" ;;
esac
