# macOS: m3ter-bills.app (Info.plist from a template, .icns icon, Qt frameworks deployed into the
# bundle) in a DragNDrop DMG, with signing and notarisation hooks driven by environment variables.
# Included from packaging/Packaging.cmake on macOS only. Not built on this project's Debian
# machines: see packaging/README.md.

set(_bills_macos ${CMAKE_CURRENT_LIST_DIR})

# m3ter-bills.icns was made from the SVG by packaging/icons/make-icons.sh (png2icns).
set(_bills_icns ${_bills_macos}/m3ter-bills.icns)
target_sources(m3ter-bills PRIVATE ${_bills_icns})
set_source_files_properties(${_bills_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(m3ter-bills PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_INFO_PLIST ${_bills_macos}/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME "m3ter Bills"
    MACOSX_BUNDLE_GUI_IDENTIFIER "com.m3ter.bills"
    MACOSX_BUNDLE_ICON_FILE "m3ter-bills.icns"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "Copyright (C) m3ter-bills maintainers")

# macdeployqt copies the Qt frameworks and plugins, and QtKeychain, into the bundle.
include(${CMAKE_CURRENT_LIST_DIR}/../QtDeploy.cmake)

# Signing after deployment, so the copied frameworks are signed too. BILLS_CODESIGN_IDENTITY is a
# "Developer ID Application: …" identity in the keychain; skipped (ad-hoc signature of the linker
# only) when unset.
install(CODE [[
    set(_app "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/m3ter-bills.app")
    if(NOT "$ENV{BILLS_CODESIGN_IDENTITY}" STREQUAL "")
        execute_process(COMMAND codesign --force --deep --timestamp --options runtime
                                --sign "$ENV{BILLS_CODESIGN_IDENTITY}" "${_app}"
                        COMMAND_ERROR_IS_FATAL ANY)
        execute_process(COMMAND codesign --verify --strict --verbose=2 "${_app}"
                        COMMAND_ERROR_IS_FATAL ANY)
    else()
        message(STATUS "BILLS_CODESIGN_IDENTITY not set: m3ter-bills.app is not signed")
    endif()
]])
# After CPack made the DMG: sign it, notarise it and staple the ticket (see notarize.cmake).
set(CPACK_POST_BUILD_SCRIPTS ${_bills_macos}/notarize.cmake)

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "m3ter Bills")
set(CPACK_DMG_FORMAT "UDBZ")
