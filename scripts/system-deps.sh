#!/usr/bin/env bash
# Install the Debian packages RepDesk needs, and only those that are missing.
#
# Idempotent: when everything is installed it only asks dpkg and exits (well under a
# second). When something is missing it runs `apt-get update` once and installs the
# missing packages. Not root: uses sudo if there is one, else prints what to install
# and fails. On a system without dpkg it prints the list and exits 0 (install the
# equivalents yourself). `scripts/system-deps.sh --list` prints the packages.
set -euo pipefail

PACKAGES=(
    # Python and venv (Debian 12's python3 is 3.11)
    python3 python3-venv
    # Qt offscreen (tests, --smoke, screenshots)
    libglib2.0-0 libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3
    # Qt real windows on X11 / Xvfb
    libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 xvfb
    # Chinese fonts that Qt shows and reportlab embeds in PDFs
    fonts-wqy-zenhei fonts-droid-fallback
    # pdffonts / pdftoppm: check and look at generated PDFs
    poppler-utils
    # sync and server tests on PostgreSQL (installed, not started)
    postgresql
)

if [[ "${1:-}" == "--list" ]]; then
    printf '%s\n' "${PACKAGES[@]}"
    exit 0
fi

if ! command -v dpkg >/dev/null 2>&1; then
    echo "system-deps: not a Debian system; install the equivalents of:" >&2
    echo "  ${PACKAGES[*]}" >&2
    exit 0
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
    if ! dpkg -s "$pkg" 2>/dev/null | grep -qx 'Status: install ok installed'; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "system-deps: installing ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "system-deps: missing Debian packages and not root (no sudo). As root, run:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "system-deps: done"
