# Linux: what a desktop expects around the executable, laid out with GNUInstallDirs, and the DEB,
# TGZ and RPM generators. Included from packaging/Packaging.cmake.

set(_bills_linux ${CMAKE_CURRENT_LIST_DIR})
set(_bills_doc_dir ${CMAKE_INSTALL_DATADIR}/doc/m3ter-bills)

install(FILES ${PROJECT_SOURCE_DIR}/resources/com.m3ter.bills.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_bills_linux}/com.m3ter.bills.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/m3ter-bills.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# PNGs for menus and docks that do not draw SVG, made once by packaging/icons/make-icons.sh.
foreach(_size 16 22 24 32 48 64 128 256 512)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/icons/hicolor/${_size}x${_size}/apps/m3ter-bills.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
endforeach()

# The manual page and the changelog are installed gzipped as Debian policy wants (-n: no name or
# time stamp, so the package is reproducible). Compressed at configure time, again when edited.
find_program(BILLS_GZIP gzip REQUIRED)
set(_bills_gz_dir ${CMAKE_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${_bills_gz_dir})
foreach(_file m3ter-bills.1 changelog)
    execute_process(COMMAND ${BILLS_GZIP} -9 -n -c ${_bills_linux}/${_file}
                    OUTPUT_FILE ${_bills_gz_dir}/${_file}.gz
                    COMMAND_ERROR_IS_FATAL ANY)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_bills_linux}/${_file})
endforeach()
install(FILES ${_bills_gz_dir}/m3ter-bills.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${_bills_gz_dir}/changelog.gz ${_bills_linux}/copyright DESTINATION ${_bills_doc_dir})

# CPack's strip keeps the compiler's .comment section (lintian: binary-has-unneeded-section);
# dh_strip would remove it, so do the same. The build-id notes stay.
if(CMAKE_OBJCOPY)
    install(CODE "execute_process(COMMAND \"${CMAKE_OBJCOPY}\" --remove-section=.comment
        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/m3ter-bills\"
        COMMAND_ERROR_IS_FATAL ANY)")
endif()

set(CPACK_GENERATOR "TGZ")
find_program(BILLS_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(BILLS_DPKG_SHLIBDEPS)
    list(APPEND CPACK_GENERATOR "DEB")
endif()
find_program(BILLS_RPMBUILD rpmbuild)
if(BILLS_RPMBUILD)
    list(APPEND CPACK_GENERATOR "RPM")
endif()

# DEB. CPack makes CPACK_PACKAGE_DESCRIPTION_SUMMARY the synopsis (first line) and indents this
# long description under it, so it must not repeat the summary (lintian:
# description-synopsis-is-duplicated).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc") # Debian has no "office" section
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "A desktop application for finance staff whose companies bill through m3ter.
It browses bills under every filter of the m3ter API, shows line items,
pricing bands, totals and currency conversions, exports bills to CSV, and
generates and downloads bill statements in JSON and CSV. The API secret is
kept in the system keychain. A demo mode with generated data needs no
m3ter account.")
# dpkg-shlibdeps finds the libraries the executable links (Qt, QtKeychain, libc, ...).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads these as plugins, so dpkg-shlibdeps cannot see them: the SVG icon engine and image
# format (the icons; --self-test fails without them) and the SQLite driver of the local bill
# store (app/store). The platform plugins (xcb, wayland via XWayland, offscreen) and the TLS
# backend come with libqt6gui6 and libqt6network6.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite")
# A Secret Service provider for the keychain (KDE's KWallet works too), Qt's own translations
# for the standard dialogs, and native Wayland windows.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")

# RPM (built when rpmbuild is installed; see packaging/README.md for what was checked).
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-proprietary")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
# Fedora and openSUSE name the Qt SVG plugins differently; Fedora ships the SQLite driver in
# qt6-qtbase, openSUSE in qt6-sql-sqlite.
set(CPACK_RPM_PACKAGE_REQUIRES "(qt6-qtsvg or qt6-svg), (qt6-qtbase or qt6-sql-sqlite)")
# Directories the distribution's filesystem packages own already.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor)
foreach(_dir scalable 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256 512x512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         /usr/share/icons/hicolor/${_dir} /usr/share/icons/hicolor/${_dir}/apps)
endforeach()
