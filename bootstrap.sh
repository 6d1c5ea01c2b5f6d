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
#      through `sudo -n`; otherwise one message says what to install);
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
# A CJK TrueType font (Qt and ReportLab) and pdftoppm (tests look at the PDFs):
readonly EXTRA_PACKAGES=(fonts-wqy-microhei poppler-utils)

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

install_system_packages() {
    local wanted=("$@") missing=() apt=()
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        warn "no dpkg/apt-get here (not Debian or Ubuntu?). Make sure your system has the" \
            "equivalents of these Debian packages: ${wanted[*]}"
        return 0
    fi
    mapfile -t missing < <(missing_packages "${wanted[@]}")
    ((${#missing[@]} > 0)) || return 0

    if ((EUID == 0)); then
        apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null </dev/null; then
        apt=(sudo -n env DEBIAN_FRONTEND=noninteractive apt-get)
    else
        die "missing system packages: ${missing[*]}
Install them as root, then run this again:
  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
    fi

    say "Installing system packages: ${missing[*]}"
    # Lock timeout: a fresh machine's unattended-upgrades may hold the dpkg lock for a while.
    "${apt[@]}" -q -o DPkg::Lock::Timeout=300 update </dev/null ||
        die "apt-get update failed (network or apt sources?)"
    "${apt[@]}" -q -y -o DPkg::Lock::Timeout=300 install --no-install-recommends \
        "${missing[@]}" </dev/null ||
        die "apt-get install failed for: ${missing[*]}"
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
    say "[4/4] pytest${*:+ $*}"
    local status=0
    "$VENV/bin/python" -m pytest "$@" || status=$?
    if ((status == 5)); then
        die "pytest collected no tests (exit code 5): counted as a failure"
    fi
    return "$status"
}

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
