#!/usr/bin/env bash
# Set up inspector's development environment, then start the app or run the checks.
#
#   ./bootstrap.sh app [ARGS...]    set up, then start the app (ARGS go to `inspector`)
#   ./bootstrap.sh test [ARGS...]   set up, then ruff, mypy, lint-imports and pytest
#                                   (headless; ARGS go to pytest)
#   ./bootstrap.sh setup            set up only
#
# Setting up means, each step skipped when already done (a second run takes well under 2 s):
#   1. a Python >= 3.11: $PYTHON if set, else python3, else python3.13 / 3.12 / 3.11;
#   2. the Debian/Ubuntu packages Qt, the CJK font and the PDF tools need (apt-get, as root or
#      through `sudo -n`; otherwise one message says what to install), waiting while another
#      apt or dpkg holds apt's locks: up to $BOOTSTRAP_APT_WAIT seconds in all (default 600),
#      retrying every $BOOTSTRAP_APT_RETRY_S (default 5);
#   3. .venv with `pip install -e '.[dev]'`, redone only when pyproject.toml or the Python
#      changes (a stamp in .venv records both).
# Non-interactive throughout: safe in CI with no stdin.
set -euo pipefail

cd -- "$(dirname -- "${BASH_SOURCE[0]}")"

readonly VENV=".venv"
readonly STAMP="$VENV/.bootstrap-stamp"

# Debian package names. Offscreen Qt (the tests):
readonly QT_PACKAGES=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3)
# A real window (also under Xvfb):
readonly WINDOW_PACKAGES=(
    xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
)
# A CJK TrueType font (Qt and ReportLab), pdftoppm (tests look at the PDFs), a headless
# LibreOffice Calc (tests re-save the 交办单 as a unit's office would, and print it) and
# PostgreSQL's server (the city hub's tests start a throwaway cluster of their own with
# initdb/pg_ctl; the Debian service it also installs is not used):
readonly EXTRA_PACKAGES=(fonts-wqy-microhei poppler-utils libreoffice-calc-nogui postgresql)

say() { printf '==> %s\n' "$*"; }
warn() { printf 'bootstrap: warning: %s\n' "$*" >&2; }
die() { printf 'bootstrap: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '2,7s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

# --- 1. Python ---------------------------------------------------------------------------

PY=""         # the interpreter's real path (sys.executable, not a pyenv shim)
PY_VERSION="" # e.g. 3.11.7
NOT_FOUND=""  # what was found instead, for the error message

# Sets PY and PY_VERSION to the first candidate >= 3.11; returns 1 if there is none.
find_python() {
    local candidates=() candidate info recent version
    if [[ -n "${PYTHON:-}" ]]; then
        candidates=("$PYTHON") # an explicit choice: no fallback
    else
        candidates=(python3 python3.13 python3.12 python3.11)
    fi
    for candidate in "${candidates[@]}"; do
        command -v "$candidate" >/dev/null 2>&1 || continue
        # Prints e.g. "1 3.11.7 /path/to/python3.11"; fails for a broken interpreter or shim.
        info="$("$candidate" -c 'import sys
print(int(sys.version_info >= (3, 11)), "%d.%d.%d" % sys.version_info[:3], sys.executable)' \
            2>/dev/null </dev/null)" || continue
        read -r recent version PY <<<"$info"
        if ((recent)); then
            PY_VERSION="$version"
            return 0
        fi
        PY=""
        NOT_FOUND+="${NOT_FOUND:+, }Python $version at $(command -v "$candidate")"
    done
    return 1
}

# The Debian package providing `python -m venv` for the chosen interpreter, or nothing when
# it is not the system's Python (pyenv, a self-built or a non-Debian one carry their own).
venv_package() {
    local real
    real="$(readlink -f -- "$PY")"
    case "$real" in
        /usr/bin/python3* | /bin/python3*) ;;
        *) return 0 ;;
    esac
    # python3-venv covers the distribution's default python3; other versions have their own.
    if [[ "$real" == "$(readlink -f /usr/bin/python3 2>/dev/null)" ]]; then
        echo python3-venv
    else
        echo "${real##*/}-venv"
    fi
}

# --- 2. System packages ------------------------------------------------------------------

# How long apt_get waits in all for another apt or dpkg (a fresh machine's unattended-upgrades,
# a second bootstrap) to release apt's locks, and how often it tries again meanwhile.
readonly APT_WAIT_S="${BOOTSTRAP_APT_WAIT:-600}"
readonly APT_RETRY_S="${BOOTSTRAP_APT_RETRY_S:-5}"

APT=()          # how to run apt-get: as root or through sudo -n (install_system_packages)
APT_WARNINGS="" # apt-get update's "W: Failed to fetch" lines: why a later install fails
LOCK=""         # set by apt_lock: the lock file apt could not get
HOLDER=""       # set by apt_lock: "process N: its command name", when it can be found

# Prints the packages of "$@" that dpkg does not report as installed.
missing_packages() {
    local -A installed=()
    local name status pkg
    # One dpkg-query for all (unknown names only complain on stderr). Debian 13 and Ubuntu
    # 24.04 renamed some libraries for 64-bit time_t (libglib2.0-0 -> libglib2.0-0t64), so
    # the t64 name counts too; apt-get installs it when asked for the old name.
    while read -r name status; do
        if [[ "$status" == *" installed" ]]; then installed["$name"]=1; fi
    done < <(dpkg-query -W -f='${Package} ${Status}\n' "$@" "${@/%/t64}" 2>/dev/null || true)
    for pkg in "$@"; do
        [[ -n "${installed[$pkg]:-}" || -n "${installed[${pkg}t64]:-}" ]] || echo "$pkg"
    done
}

# Prints the process holding the fcntl lock on file $1, from /proc/locks (apt does not name
# it once DPkg::Lock::Timeout has run out); nothing when it cannot tell.
lock_holder() {
    local inode _ kind pid dev
    inode="$(stat -c %i -- "$1" 2>/dev/null)" || return 0
    [[ -r /proc/locks ]] || return 0
    # e.g. "1: POSIX  ADVISORY  WRITE 4184 fe:00:402117 0 EOF"; "1: -> POSIX ..." waits for it.
    while read -r _ kind _ _ pid dev _; do
        if [[ "$kind" != "->" && "$dev" == *":$inode" ]]; then
            echo "$pid"
            return 0
        fi
    done </proc/locks
}

# Sets LOCK to the lock file apt's error text $1 says it could not get, and HOLDER to who holds
# it; returns 1 when $1 is not about a lock.
apt_lock() {
    local got='Could not get lock (/[^[:space:]]*[^.[:space:]])'
    local frontend='Unable to acquire the dpkg frontend lock \((/[^)]*)\)'
    local admin='Unable to lock the administration directory \((/[^)]*)\)'
    local held='held by process ([0-9]+)( \(([^)]*)\))?' pid="" comm=""
    LOCK="" HOLDER=""
    if [[ "$1" =~ $got ]]; then
        LOCK="${BASH_REMATCH[1]}" # the lists, archives, dpkg frontend or dpkg lock
    elif [[ "$1" =~ $frontend ]]; then
        LOCK="${BASH_REMATCH[1]}"
    elif [[ "$1" =~ $admin ]]; then
        LOCK="${BASH_REMATCH[1]%/}/lock"
    else
        return 1
    fi
    if [[ "$1" =~ $held ]]; then
        pid="${BASH_REMATCH[1]}" comm="${BASH_REMATCH[3]}" # apt's name, if /proc has none
    else
        pid="$(lock_holder "$LOCK")"
    fi
    [[ -n "$pid" ]] || return 0
    { read -r comm <"/proc/$pid/comm"; } 2>/dev/null || true
    HOLDER="process $pid${comm:+: $comm}"
}

# Runs apt-get "$@" through APT. While another apt or dpkg holds one of apt's locks it says so
# once and tries again, up to APT_WAIT_S in all: DPkg::Lock::Timeout covers the dpkg locks but
# not update's lists lock (apt 2.6, 2.7) nor the archives lock. Any other failure dies with
# apt's own error lines: the real cause, not a guess.
apt_get() {
    local err status said="" locked cause deadline left cmd
    [[ "$APT_WAIT_S" =~ ^[0-9]+$ ]] ||
        die "BOOTSTRAP_APT_WAIT must be a whole number of seconds (got: $APT_WAIT_S)"
    [[ "$APT_RETRY_S" =~ ^[0-9]+([.][0-9]+)?$ ]] ||
        die "BOOTSTRAP_APT_RETRY_S must be a number of seconds (got: $APT_RETRY_S)"
    deadline=$((SECONDS + APT_WAIT_S))
    err="$(mktemp)"
    while :; do
        status=0 locked="" left=$((deadline - SECONDS))
        ((left > 0)) || left=0
        cmd=("${APT[@]}" -q -o DPkg::Lock::Timeout="$left" "$@")
        if [[ -z "$said" ]]; then
            # stderr still reaches the terminal; tee keeps a copy to read apt's reasons from.
            { "${cmd[@]}" </dev/null 2>&1 1>&3 3>&- | tee "$err" >&2 3>&-; } 3>&1 || status=$?
        else
            # Waiting: the same lock errors at every retry would be noise; others are shown.
            "${cmd[@]}" </dev/null 2>"$err" || status=$?
        fi
        if ((status != 0)) && apt_lock "$(<"$err")"; then locked=1; fi
        [[ -z "$said" || -n "$locked" ]] || cat -- "$err" >&2
        if ((status == 0)); then
            if [[ "$1" == update ]]; then
                APT_WARNINGS="$(grep '^W: Failed to fetch' "$err")" || APT_WARNINGS=""
            fi
            rm -f -- "$err"
            return 0
        fi
        if [[ -z "$locked" ]]; then
            # apt's E: (Err:) lines, else its warnings, else its last words.
            cause="$(grep -E '^(E|Err):' "$err")" || cause="$(grep '^W:' "$err")" ||
                cause="$(grep -v '^[[:space:]]*$' "$err" | tail -n 1)" || true
            rm -f -- "$err"
            cause="${cause:-no message from apt}"
            [[ -z "$APT_WARNINGS" ]] || cause+=$'\n'"(apt-get update warned: $APT_WARNINGS)"
            die "apt-get $1 failed (exit status $status): ${cause//$'\n'/; }"
        fi
        if ((SECONDS >= deadline)); then
            rm -f -- "$err"
            die "apt-get $1: gave up after ${APT_WAIT_S} s waiting for $LOCK, still held by" \
                "${HOLDER:-another apt or dpkg}. Run this again once it is done, or wait" \
                "longer with BOOTSTRAP_APT_WAIT=SECONDS"
        fi
        if [[ "$said" != "$LOCK $HOLDER" ]]; then
            say "Waiting for another apt/dpkg${HOLDER:+ ($HOLDER)} to release $LOCK" \
                "(up to ${APT_WAIT_S} s in all)..."
            said="$LOCK $HOLDER"
        fi
        sleep "$APT_RETRY_S"
    done
}

install_system_packages() {
    local wanted=("$@") missing=()
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        warn "no dpkg/apt-get here (not Debian or Ubuntu?). Make sure your system has the" \
            "equivalents of these Debian packages: ${wanted[*]}"
        return 0
    fi
    mapfile -t missing < <(missing_packages "${wanted[@]}")
    ((${#missing[@]} > 0)) || return 0

    # apt in English: apt_get reads its messages.
    if ((EUID == 0)); then
        APT=(env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 apt-get)
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null </dev/null; then
        APT=(sudo -n env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 apt-get)
    else
        die "missing system packages: ${missing[*]}
Install them as root, then run this again:
  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
    fi

    say "Installing system packages: ${missing[*]}"
    apt_get update
    apt_get install -y --no-install-recommends "${missing[@]}"
}

# --- 3. Virtual environment --------------------------------------------------------------

# Prints the stamp .venv should carry: pyproject.toml's sha256 and the venv's Python version.
# Fails when .venv's Python does not run.
venv_stamp() {
    "$VENV/bin/python" -c '
import hashlib, sys
with open("pyproject.toml", "rb") as f:
    digest = hashlib.sha256(f.read()).hexdigest()
print(digest, "python-%d.%d.%d" % sys.version_info[:3])
' 2>/dev/null </dev/null
}

setup_venv() {
    local stamp="" venv_version
    if [[ -e "$VENV" ]]; then
        stamp="$(venv_stamp)" || stamp=""
        venv_version="${stamp##*python-}"
        if [[ -z "$stamp" ]]; then
            say "Recreating $VENV: its Python does not run"
            rm -rf -- "$VENV"
        elif [[ -n "${PYTHON:-}" && "${venv_version%.*}" != "${PY_VERSION%.*}" ]]; then
            say "Recreating $VENV with Python $PY_VERSION (it has $venv_version; PYTHON=$PYTHON)"
            rm -rf -- "$VENV"
        fi
    fi

    if [[ ! -e "$VENV" ]]; then
        say "Creating $VENV with Python $PY_VERSION ($PY)"
        if ! "$PY" -m venv "$VENV" </dev/null; then
            rm -rf -- "$VENV" # a half-made venv (no pip) would look finished next time
            local pkg
            pkg="$(venv_package)"
            die "could not create $VENV with $PY. If the message above mentions ensurepip," \
                "install the venv module: apt-get install ${pkg:-python3-venv}"
        fi
        stamp=""
    fi

    # Reinstall only when pyproject.toml or the Python changed (or the install is incomplete).
    local want
    want="$(venv_stamp)" || die "$VENV/bin/python does not run"
    if [[ -f "$STAMP" && "$(<"$STAMP")" == "$want" && -x "$VENV/bin/inspector" ]]; then
        return 0
    fi
    say "Installing inspector and its dev tools into $VENV (pip install -e '.[dev]');" \
        "the first time downloads ~350 MB"
    rm -f -- "$STAMP"
    # The pip that comes with Python >= 3.11 handles editable installs (PEP 660): no upgrade.
    "$VENV/bin/python" -m pip install --disable-pip-version-check -q -e '.[dev]' </dev/null ||
        die "pip install -e '.[dev]' failed (see above)"
    printf '%s\n' "$want" >"$STAMP"
}

setup() {
    local packages=("${QT_PACKAGES[@]}" "${WINDOW_PACKAGES[@]}" "${EXTRA_PACKAGES[@]}")
    local venv_pkg
    if find_python; then
        venv_pkg="$(venv_package)"
        [[ -z "$venv_pkg" ]] || packages+=("$venv_pkg")
        install_system_packages "${packages[@]}"
    elif [[ -z "${PYTHON:-}" ]] && command -v apt-get >/dev/null 2>&1; then
        # No usable Python (a minimal Debian image has none): let apt bring the system one.
        install_system_packages "${packages[@]}" python3 python3-venv
        find_python || true
    fi
    if [[ -z "$PY_VERSION" ]]; then
        if [[ -n "${PYTHON:-}" && -z "$NOT_FOUND" ]]; then
            die "PYTHON=$PYTHON does not run as a Python interpreter"
        fi
        die "inspector needs Python 3.11 or newer; found ${NOT_FOUND:-no python3 on PATH}." \
            "Install one (or point PYTHON=/path/to/python3.x at it) and run this again."
    fi
    setup_venv
}

# --- 4. The commands ---------------------------------------------------------------------

run_tests() {
    export QT_QPA_PLATFORM=offscreen
    say "[1/4] ruff check ."
    "$VENV/bin/ruff" check .
    say "[2/4] mypy"
    "$VENV/bin/mypy"
    say "[3/4] lint-imports"
    "$VENV/bin/lint-imports"
    # Two workers (pytest-xdist), a test file to each at a time so that a file's module
    # fixtures are built once: the suite takes ~7 minutes on 2 cores instead of ~11.
    # INSPECTOR_TEST_WORKERS=0 runs it in one process; ARGS after these override them.
    local workers=(-n "${INSPECTOR_TEST_WORKERS:-2}" --dist loadfile)
    say "[4/4] pytest ${workers[*]}${*:+ $*}"
    local status=0
    "$VENV/bin/python" -m pytest "${workers[@]}" "$@" || status=$?
    if ((status == 5)); then
        die "pytest collected no tests (exit code 5): counted as a failure"
    fi
    return "$status"
}

# Sourced (tests/test_bootstrap.py drives the functions above): define only, run nothing.
[[ "${BASH_SOURCE[0]}" == "$0" ]] || return 0

mode="${1:-}"
case "$mode" in
    app)
        shift
        setup
        exec "$VENV/bin/inspector" "$@"
        ;;
    test)
        shift
        setup
        run_tests "$@"
        ;;
    setup)
        shift
        (($# == 0)) || die "setup takes no arguments (got: $*)"
        setup
        say "Set up. Start the app with ./bootstrap.sh app, run the checks with ./bootstrap.sh test"
        ;;
    -h | --help | help)
        usage
        ;;
    *)
        [[ -z "$mode" ]] || printf 'bootstrap: unknown command: %s\n\n' "$mode" >&2
        usage >&2
        exit 2
        ;;
esac
