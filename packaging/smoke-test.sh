#!/usr/bin/env bash
# Install the built .deb with apt-get (which pulls its Depends from the archive), run what
# was installed, and remove it again. Verifies the package, not the source tree: every
# command runs from an empty folder with a clean PATH and no Python variables, so nothing
# but /usr/bin/corridor can answer.
#
#   packaging/smoke-test.sh [dist/corridor_<version>_amd64.deb]
#
# Needs root (apt-get, dpkg). Checks, in order:
#   1. apt-get install ./corridor_*.deb succeeds; files land where the desktop finds them
#   2. corridor --version names the packaged version and Qt/PySide6/pandas/DuckDB
#   3. corridor summary --pair CHN-AZE prints the summary and creates the per-user workspace
#      on first run (CORRIDOR_HOME points the per-user folders at a temporary folder)
#   4. the GUI starts offscreen and quits after its first frame
#      (CORRIDOR_QUIT_AFTER_FIRST_FRAME=1, honoured by app.main.run_gui)
#   5. the same under a real X server (Xvfb) when xvfb-run exists - required when CI=true:
#      offscreen hides missing xcb libraries, a real display does not
#   6. corridor fetch against a loopback replay (python3 -m http.server): a recorded World
#      Bank answer read through the bundled HTTP client and reader (--dry-run), and an SDMX
#      dataflow list read by the bundled sdmx1 (tests/data/sdmx_structure, constructed)
#   7. a team workspace: a throwaway PostgreSQL server (the installed postgresql package's
#      initdb, as the postgres user), corridor workspace copy of the per-user workspace to it,
#      and corridor summary read from the server through the bundled libpq (psycopg_binary)
#   8. apt-get remove takes it all away
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEB="${1:-$(find "$ROOT/dist" -maxdepth 1 -name 'corridor_*_amd64.deb' -printf '%T@ %p\n' \
    2>/dev/null | sort -rn | awk 'NR == 1 {print $2}')}"
[[ -n "$DEB" && -f "$DEB" ]] || { echo "smoke-test: no .deb given or in dist/" >&2; exit 1; }
DEB="$(readlink -f "$DEB")"
WORK="$(mktemp -d)"
INSTALLED=0

step() { printf '== %s\n' "$*"; }
fail() { printf 'smoke-test FAILED: %s\n' "$*" >&2; exit 1; }

REPLAY_PID=""
PG_CTL=""

cleanup() {
    [[ -z $REPLAY_PID ]] || kill "$REPLAY_PID" 2>/dev/null || true
    [[ -z $PG_CTL ]] || runuser -u postgres -- "$PG_CTL" -D "$WORK/pg/data" -m immediate stop \
        >/dev/null 2>&1 || true
    if [[ $INSTALLED == 1 ]]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -q corridor >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# Run the installed corridor as a user would: no venv, no PYTHONPATH, an empty cwd.
installed() {
    (cd "$WORK" && env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV \
        PATH=/usr/sbin:/usr/bin:/sbin:/bin CORRIDOR_HOME="$WORK/home" "$@")
}

install_deb() {
    step "apt-get install $(basename "$DEB")"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q --no-install-recommends "$DEB" >"$WORK/apt.log" 2>&1; then
        # A fresh machine may have no package lists yet.
        apt-get update -q >>"$WORK/apt.log" 2>&1
        apt-get install -y -q --no-install-recommends "$DEB" >>"$WORK/apt.log" 2>&1 ||
            { cat "$WORK/apt.log" >&2; fail "apt-get install"; }
    fi
    INSTALLED=1
    dpkg -s corridor | grep -E '^(Version|Installed-Size):'
    for path in /usr/bin/corridor /usr/lib/corridor/corridor \
                /usr/share/applications/corridor.desktop \
                /usr/share/icons/hicolor/48x48/apps/corridor.png \
                /usr/share/icons/hicolor/scalable/apps/corridor.svg \
                /usr/share/doc/corridor/copyright; do
        [[ -e "$path" ]] || fail "$path is missing after install"
    done
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate /usr/share/applications/corridor.desktop || fail "desktop entry"
    fi
}

check_version() {
    step "corridor --version"
    local out expected
    expected="$(dpkg-query -W -f '${Version}' corridor | tr '~' '.')"
    out="$(installed corridor --version)" || fail "corridor --version exited $?"
    printf '%s\n' "$out"
    grep -q "^Corridor " <<<"$out" || fail "--version does not name Corridor"
    # app.__version__ must come from the copied metadata, not the 0.0.0+unknown fallback.
    grep -q "unknown" <<<"$out" && fail "frozen app has no package metadata"
    grep -q "^Corridor ${expected%%+*}" <<<"$out" ||
        printf 'note: package version %s, app says: %s\n' "$expected" "$(head -1 <<<"$out")"
    for word in Qt PySide6 pandas DuckDB; do
        grep -q "$word" <<<"$out" || fail "--version does not mention $word"
    done
}

check_summary() {
    step "corridor summary --pair CHN-AZE (first run: creates the workspace)"
    local out
    out="$(installed corridor summary --pair CHN-AZE)" || fail "corridor summary exited $?"
    # A here-string, not a pipe: under pipefail, head closing early would kill printf (141).
    head -15 <<<"$out"
    [[ $(wc -l <<<"$out") -ge 3 ]] || fail "summary printed almost nothing"
    grep -qi "turnover" <<<"$out" || fail "summary does not mention trade turnover"
    [[ -f "$WORK/home/data/workspace.duckdb" ]] ||
        fail "no workspace created under CORRIDOR_HOME on first run"
}

# Start the GUI and wait for it to report its first frame and quit by itself.
run_gui() {
    local label="$1"; shift
    step "GUI to a first frame ($label)"
    local log="$WORK/gui-$label.log" code=0
    installed env CORRIDOR_QUIT_AFTER_FIRST_FRAME=1 "$@" timeout 120 corridor \
        >"$log" 2>&1 || code=$?
    cat "$log"
    [[ $code == 0 ]] || fail "GUI ($label) exited $code"
    grep -qi "first frame" "$log" || fail "GUI ($label) did not report a first frame"
}

check_gui() {
    run_gui offscreen QT_QPA_PLATFORM=offscreen
    if command -v xvfb-run >/dev/null; then
        run_gui xcb QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24"
    elif [[ "${CI:-}" == true ]]; then
        fail "xvfb-run is missing (apt-get install xvfb xauth): CI must try a real display"
    else
        step "skipped the real-display run: xvfb-run not installed"
    fi
}

check_fetch() {
    step "corridor fetch against a loopback replay"
    local replay="$WORK/replay" port out
    local recording="$ROOT/../shared/fixtures/wbapi_v2_us_gni_per_capita_1990_1997.json"
    export NO_PROXY="127.0.0.1,localhost" no_proxy="127.0.0.1,localhost"
    mkdir -p "$replay/country/all/indicator" "$replay/dataflow/ECB/all"
    cp "$ROOT/tests/data/sdmx_structure/ecb_dataflows_21.xml" "$replay/dataflow/ECB/all/latest"
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    python3 -m http.server --bind 127.0.0.1 --directory "$replay" "$port" >"$WORK/replay.log" 2>&1 &
    REPLAY_PID=$!
    for _ in $(seq 50); do
        python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
        sleep 0.1
    done
    out="$(installed corridor fetch ecb --dataflows --base-url "http://127.0.0.1:$port")" ||
        fail "corridor fetch ecb --dataflows exited $?"
    printf '%s\n' "$out"
    grep -q "ECB:EXR(1.0)" <<<"$out" || fail "the bundled sdmx1 did not read the dataflow list"
    if [[ -f $recording ]]; then
        cp "$recording" "$replay/country/all/indicator/NY.GNP.PCAP.CD"
        out="$(installed corridor fetch worldbank --indicators NY.GNP.PCAP.CD --from 1990 \
            --to 1997 --dry-run --base-url "http://127.0.0.1:$port")" ||
            fail "corridor fetch worldbank exited $?"
        head -12 <<<"$out"
        grep -q "read: 8 observations" <<<"$out" || fail "the fetched answer was not read"
    else
        step "skipped the World Bank replay: $recording is not beside the checkout"
    fi
    kill "$REPLAY_PID" 2>/dev/null || true
    REPLAY_PID=""
}

check_server() {
    step "corridor workspace copy to a PostgreSQL server, then summary read from it"
    local initdb bin port url out
    initdb="$(find /usr/lib/postgresql -path '*/bin/initdb' 2>/dev/null | sort -V | tail -1)"
    if [[ -z $initdb ]] || ! id postgres >/dev/null 2>&1; then
        step "skipped the server check: PostgreSQL is not installed (apt-get install postgresql)"
        return
    fi
    bin="$(dirname "$initdb")"
    mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
    chmod o+x "$WORK"
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    runuser -u postgres -- "$bin/initdb" -D "$WORK/pg/data" -U corridor --auth=trust \
        >"$WORK/pg-init.log" 2>&1 || { cat "$WORK/pg-init.log" >&2; fail "initdb"; }
    PG_CTL="$bin/pg_ctl"
    runuser -u postgres -- "$PG_CTL" -D "$WORK/pg/data" -w -l "$WORK/pg/server.log" \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $WORK/pg" start >/dev/null ||
        fail "the PostgreSQL server did not start"
    runuser -u postgres -- "$bin/createdb" -h 127.0.0.1 -p "$port" -U corridor team ||
        fail "createdb"
    url="postgresql://corridor@127.0.0.1:$port/team"
    out="$(installed corridor workspace copy "$WORK/home/data/workspace.duckdb" "$url")" ||
        fail "corridor workspace copy exited $?"
    head -4 <<<"$out"
    out="$(installed corridor --workspace "$url" summary --pair CHN-AZE)" ||
        fail "corridor summary from the server exited $?"
    head -6 <<<"$out"
    grep -qi "turnover" <<<"$out" || fail "the summary read from the server has no turnover"
    runuser -u postgres -- "$PG_CTL" -D "$WORK/pg/data" -m fast stop >/dev/null || true
    PG_CTL=""
}

remove_deb() {
    step "apt-get remove corridor"
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -q corridor >/dev/null
    INSTALLED=0
    [[ ! -e /usr/bin/corridor && ! -e /usr/lib/corridor ]] || fail "files left after removal"
}

install_deb
check_version
check_summary
check_gui
check_fetch
check_server
remove_deb
step "smoke test passed: $(basename "$DEB")"
