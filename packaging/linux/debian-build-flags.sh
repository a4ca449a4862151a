#!/usr/bin/env bash
# Sourced by packaging/verify-deb-clean-system.sh and .ci/release: sets the array
# BILLS_DEBIAN_CMAKE_FLAGS to the CMake arguments of a Release build with Debian's own flags
# (-O2, stack protector, _FORTIFY_SOURCE, relro, now), as a Debian package build would use them.
# CMake's own -O3 stays out, and so do -g (the packaged binary is stripped) and
# -ffile-prefix-map (it names the checkout, so ccache could not reuse objects between two clones;
# CCACHE_BASEDIR does the rest).
bills_debian_flag() { DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get "$1"; }
BILLS_DEBIAN_CMAKE_FLAGS=(
    "-DCMAKE_CXX_FLAGS=$(bills_debian_flag CPPFLAGS) $(bills_debian_flag CXXFLAGS | tr ' ' '\n' |
        grep -v -e '^-g$' -e '^-ffile-prefix-map=' | tr '\n' ' ')"
    "-DCMAKE_CXX_FLAGS_RELEASE=-DNDEBUG"
    "-DCMAKE_EXE_LINKER_FLAGS=$(bills_debian_flag LDFLAGS)"
)
