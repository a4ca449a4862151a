# CPack: Linux DEB and TGZ (RPM when rpmbuild is installed). Included from the top-level
# CMakeLists.txt. `cpack -G "DEB;TGZ"` in a Release build directory builds the packages.

install(FILES ${PROJECT_SOURCE_DIR}/resources/com.m3ter.bills.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/m3ter-bills.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME "m3ter-bills")
set(CPACK_PACKAGE_VENDOR "m3ter-bills maintainers")
set(CPACK_PACKAGE_CONTACT "m3ter-bills maintainers <maintainers@m3ter-bills.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "A native desktop application for finance staff whose companies bill through m3ter: browse \
bills under every filter of the API, inspect line items, pricing bands, totals and currency \
conversions, export to CSV, and keep the API secret in the OS keychain. Includes an \
m3ter-compatible sandbox server for a demo mode.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build.*/")

set(CPACK_GENERATOR "TGZ")
if(UNIX AND NOT APPLE)
    find_program(BILLS_DPKG dpkg)
    if(BILLS_DPKG)
        list(APPEND CPACK_GENERATOR "DEB")
    endif()
    find_program(BILLS_RPMBUILD rpmbuild)
    if(BILLS_RPMBUILD)
        list(APPEND CPACK_GENERATOR "RPM")
    endif()
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so dpkg-shlibdeps cannot see them: SVG icons and the Secret Service keychain.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "Proprietary")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")

include(CPack)
