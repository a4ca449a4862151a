# Install rules and CPack, included once from the top-level CMakeLists.txt after ui/ (the
# m3ter-bills target must exist). The common settings are here; each platform's own file is
# included only on that platform:
#   Linux    packaging/linux/Linux.cmake      DEB (shared-library dependencies), TGZ, RPM
#   Windows  packaging/windows/Windows.cmake  NSIS (or WiX), Qt deployment, version resource, icon
#   macOS    packaging/macos/MacOS.cmake      app bundle, Info.plist, .icns, DragNDrop DMG
# `cpack` in a Release build directory builds the packages (see packaging/README.md).

set(CPACK_PACKAGE_NAME "m3ter-bills")
set(CPACK_PACKAGE_VENDOR "m3ter-bills maintainers")
set(CPACK_PACKAGE_CONTACT "m3ter-bills maintainers <maintainers@m3ter-bills.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "m3ter Bills")
set(CPACK_PACKAGE_EXECUTABLES "m3ter-bills" "m3ter Bills")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build.*/")
# The packages hold the application only: m3ter-sandbox's install rule is EXCLUDE_FROM_ALL.

if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake)
else()
    include(${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake)
endif()

include(CPack)
