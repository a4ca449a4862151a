#!/usr/bin/env bash
# Proves the .deb on a clean Debian 12 (bookworm) system:
#   1. builds m3ter-bills in Release (Debian's hardening flags) and the .deb with CPack;
#   2. shows its control data and contents (and lintian's verdict when lintian is installed);
#   3. creates a minimal bookworm root with debootstrap, from the Debian mirror this machine's
#      own apt sources name (read at run time; BILLS_DEBIAN_MIRROR overrides it);
#   4. installs the .deb there with apt, without recommends, so every dependency the package
#      needs must come from its Depends through the archive;
#   5. runs `m3ter-bills --version` and `QT_QPA_PLATFORM=offscreen m3ter-bills --self-test`
#      inside the root.
# Prints the time of each step. Needs root (or sudo) and network access to the mirror.
#
#   bash packaging/verify-deb-clean-system.sh [--deb FILE] [--log FILE]
#
# --deb FILE skips step 1 and checks that package instead (CI passes the .deb of its one Release
# build, .ci/release, so the same binary is packaged, tested and installed).
# --log FILE also writes the output to FILE with this machine's paths, host name and mirror
# replaced by placeholders (docs/packaging-verify.log is such a log).
# Environment: BILLS_DEB_BUILD_DIR (default build-deb), BILLS_DEBIAN_MIRROR, BILLS_KEEP_ROOT=1.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

log_file=""
prebuilt_deb=""
while [ $# -gt 0 ]; do
    case $1 in
    --log) log_file=${2:?--log needs a file}; shift 2 ;;
    --deb) prebuilt_deb=$(realpath "${2:?--deb needs a file}"); shift 2 ;;
    *) echo "usage: $0 [--deb FILE] [--log FILE]" >&2; exit 2 ;;
    esac
done

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

build=${BILLS_DEB_BUILD_DIR:-build-deb}
root=$(mktemp -d "${TMPDIR:-/tmp}/bills-bookworm.XXXXXX")
started=$(date +%s)
step_started=$started

# The Debian archive URI of this machine's apt sources (deb822 .sources or one-line format), the
# one that carries bookworm itself rather than bookworm-security.
host_mirror() {
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -e "$f" ] || continue
        awk 'BEGIN { RS = ""; FS = "\n" }
             /(^|\n)Suites:[^\n]*bookworm( |\n|$)/ && /(^|\n)Types:[^\n]*deb( |\n|$)/ {
                 for (i = 1; i <= NF; i++) if ($i ~ /^URIs:/) { split($i, u, " "); print u[2]; exit }
             }' "$f"
    done | head -n 1
    if [ -e /etc/apt/sources.list ]; then
        awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }' /etc/apt/sources.list
    fi
}

mirror=${BILLS_DEBIAN_MIRROR:-$(host_mirror | head -n 1)}

scrub() {
    local host
    host=$(hostname 2>/dev/null || true)
    if [ "${#host}" -lt 6 ]; then
        host="@@no-host@@" # too short to replace safely
    fi
    # The mirror's host name alone too: apt names its list files after it ("<host>_debian_dists…").
    local mirror_host
    mirror_host=$(printf '%s' "${mirror:-@@}" | sed -e 's#^[a-z]*://##' -e 's#[/:].*##')
    sed -u -e "s#${root}#<root>#g" -e "s#${repo}#<repo>#g" -e "s#${mirror:-@@}#<mirror>#g" \
        -e "s#${mirror_host:-@@}#<mirror-host>#g" \
        -e "s#\b${host}\b#<host>#g" \
        -e 's#https\?://[A-Za-z0-9.-]*\(debian\|ubuntu\)[A-Za-z0-9./-]*#<mirror>#g'
}

step() {
    local now
    now=$(date +%s)
    if [ -n "${step_name:-}" ]; then
        echo "=== done: $step_name ($((now - step_started)) s)"
    fi
    step_name=$1
    step_started=$now
    echo "$step_name" >"$root.step" # for the failure message, outside the pipeline
    echo
    echo "=== $step_name"
}

cleanup() {
    local rc=$?
    for m in proc dev/pts dev; do
        if mountpoint -q "$root/$m" 2>/dev/null; then
            $sudo umount -l "$root/$m" || true
        fi
    done
    rm -f "$root.debootstrap.log" "$root.apt.log" "$root.build.log" "$root.lintian.log" "$root.step"
    if [ "${BILLS_KEEP_ROOT:-0}" = 1 ]; then
        echo "Root kept at $root"
    else
        $sudo rm -rf --one-file-system "$root"
    fi
    return "$rc"
}
trap cleanup EXIT

in_root() {
    $sudo chroot "$root" /usr/bin/env -i HOME=/root LC_ALL=C.UTF-8 XDG_RUNTIME_DIR=/run/user/0 \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive "$@"
}

build_deb() {
    step "build (Release, dpkg-buildflags hardening) and cpack -G DEB"
    # shellcheck source=linux/debian-build-flags.sh
    source packaging/linux/debian-build-flags.sh
    export CCACHE_BASEDIR=$repo
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBILLS_BUILD_TESTS=OFF \
        -DBILLS_WERROR=ON "${BILLS_DEBIAN_CMAKE_FLAGS[@]}" >/dev/null
    printf '%s\n' "${BILLS_DEBIAN_CMAKE_FLAGS[@]}"
    cmake --build "$build" --parallel "$(nproc)" --target m3ter-bills >"$root.build.log" 2>&1 || {
        tail -n 40 "$root.build.log"
        return 1
    }
    tail -n 1 "$root.build.log"
    rm -f "$build"/m3ter-bills_*.deb
    (cd "$build" && cpack -G DEB >/dev/null)
    echo "package: $(basename "$build"/m3ter-bills_*.deb) ($(du -k "$build"/m3ter-bills_*.deb | cut -f1) KiB)"
}

run() {
    step "tools: build dependencies, dpkg-dev, debootstrap"
    # shellcheck source=/dev/null
    source .ci/setup
    BILLS_PACKAGES+=(debootstrap lintian)
    bills_install_packages
    if [ -z "$mirror" ]; then
        echo "No bookworm archive in this machine's apt sources; set BILLS_DEBIAN_MIRROR." >&2
        return 1
    fi
    echo "mirror: $mirror"

    local deb
    if [ -n "$prebuilt_deb" ]; then
        deb=$prebuilt_deb
        echo "package (given): $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
    else
        build_deb
        deb=$(ls "$build"/m3ter-bills_*.deb)
    fi

    step "inspect: dpkg-deb -I, dpkg-deb -c, lintian"
    dpkg-deb -I "$deb"
    dpkg-deb -c "$deb" | awk '{ print $1, $3, $6 }'
    if command -v lintian >/dev/null; then
        echo "lintian:"
        # Errors and warnings fail the check; info and pedantic tags are shown only.
        local lintian_status=0
        lintian --display-info --pedantic --fail-on error,warning "$deb" >"$root.lintian.log" 2>&1 ||
            lintian_status=$?
        grep -v "running with root privileges" "$root.lintian.log" || true
        echo "lintian: end (exit $lintian_status)"
        [ "$lintian_status" -eq 0 ] || return 1
    else
        echo "lintian not installed: skipped"
    fi

    step "debootstrap --variant=minbase bookworm"
    $sudo debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
        {
            tail -n 30 "$root.debootstrap.log"
            return 1
        }
    rm -f "$root.debootstrap.log"
    # The same archive configuration as this machine (suites, updates, security, apt options
    # such as those a snapshot mirror needs), so apt resolves exactly as it does here.
    $sudo rm -f "$root/etc/apt/sources.list"
    $sudo cp -a /etc/apt/sources.list.d/. "$root/etc/apt/sources.list.d/"
    if [ -e /etc/apt/sources.list ]; then
        $sudo cp /etc/apt/sources.list "$root/etc/apt/sources.list"
    fi
    $sudo cp -a /etc/apt/apt.conf.d/. "$root/etc/apt/apt.conf.d/"
    $sudo cp /etc/resolv.conf "$root/etc/resolv.conf"
    $sudo mount -t proc proc "$root/proc"
    $sudo install -d -m 700 "$root/run/user/0" # as a login session would have it
    echo "packages in the clean root: $(in_root dpkg-query -W | wc -l)"

    step "apt-get install ./$(basename "$deb") (no recommends)"
    $sudo cp "$deb" "$root/tmp/"
    # The chroot has no _apt user with access to the copied configuration: download as root.
    in_root apt-get -o APT::Sandbox::User=root update -q >/dev/null
    in_root apt-get -o APT::Sandbox::User=root install -y -q --no-install-recommends "/tmp/$(basename "$deb")" \
        >"$root.apt.log" 2>&1 || {
        tail -n 30 "$root.apt.log"
        return 1
    }
    grep -E "^(Need to get|After this|Setting up m3ter-bills)" "$root.apt.log" || true
    echo "packages after the install: $(in_root dpkg-query -W | wc -l)"
    in_root dpkg -s m3ter-bills | grep -E "^(Version|Depends|Recommends):"

    step "m3ter-bills --version (no display, no QT_QPA_PLATFORM)"
    in_root m3ter-bills --version

    step "QT_QPA_PLATFORM=offscreen m3ter-bills --self-test"
    in_root /usr/bin/env QT_QPA_PLATFORM=offscreen m3ter-bills --self-test

    step "installed files"
    in_root sh -c 'ls -l /usr/bin/m3ter-bills /usr/share/applications/com.m3ter.bills.desktop \
        /usr/share/metainfo/com.m3ter.bills.metainfo.xml /usr/share/man/man1/m3ter-bills.1.gz \
        /usr/share/icons/hicolor/scalable/apps/m3ter-bills.svg' | awk '{ print $1, $5, $9 }'

    local now
    now=$(date +%s)
    echo "=== done: $step_name ($((now - step_started)) s)"
    echo
    echo "PASSED: the .deb installs on a clean Debian 12 root and its self-test passes" \
        "($((now - started)) s in total)"
}

status=0
if [ -n "$log_file" ]; then
    mkdir -p "$(dirname "$log_file")"
    run 2>&1 | scrub | tee "$log_file" || status=$?
else
    run || status=$?
fi
if [ $status -ne 0 ]; then
    echo "FAILED: step '$(cat "$root.step" 2>/dev/null)' ($(($(date +%s) - started)) s in total)" |
        { if [ -n "$log_file" ]; then tee -a "$log_file"; else cat; fi; } >&2
fi
exit $status
