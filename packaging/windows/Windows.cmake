# Windows: version resource and icon in the executable, Qt and QtKeychain DLLs next to it, an NSIS
# installer (WiX MSI with -G WIX) and a ZIP. Included from packaging/Packaging.cmake on Windows
# only. Not built on this project's Debian machines: see packaging/README.md.

set(_bills_windows ${CMAKE_CURRENT_LIST_DIR})

# The resource compiler embeds the icon (Explorer, taskbar) and the version shown in Properties.
set(BILLS_ICO ${_bills_windows}/m3ter-bills.ico)
configure_file(${_bills_windows}/version.rc.in ${CMAKE_BINARY_DIR}/packaging/m3ter-bills.rc @ONLY)
target_sources(m3ter-bills PRIVATE ${CMAKE_BINARY_DIR}/packaging/m3ter-bills.rc)

include(${CMAKE_CURRENT_LIST_DIR}/../QtDeploy.cmake)
# windeployqt copies Qt's DLLs only; QtKeychain is a separate library.
install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Optional Authenticode signing of the installed executable (hence of the one in the packages):
# BILLS_SIGNTOOL_SHA1 is the thumbprint of a code-signing certificate in the certificate store,
# BILLS_SIGNTOOL_TIMESTAMP_URL an RFC 3161 time-stamp server. Skipped when unset.
install(CODE [[
    if(NOT "$ENV{BILLS_SIGNTOOL_SHA1}" STREQUAL "")
        set(_ts "")
        if(NOT "$ENV{BILLS_SIGNTOOL_TIMESTAMP_URL}" STREQUAL "")
            set(_ts /tr "$ENV{BILLS_SIGNTOOL_TIMESTAMP_URL}" /td SHA256)
        endif()
        execute_process(COMMAND signtool sign /sha1 "$ENV{BILLS_SIGNTOOL_SHA1}" /fd SHA256 ${_ts}
                                "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/bin/m3ter-bills.exe"
                        COMMAND_ERROR_IS_FATAL ANY)
    else()
        message(STATUS "BILLS_SIGNTOOL_SHA1 not set: m3ter-bills.exe stays unsigned")
    endif()
]])
# The installers themselves are signed by the same hook after CPack made them.
set(CPACK_POST_BUILD_SCRIPTS ${_bills_windows}/sign-packages.cmake)

set(CPACK_GENERATOR "NSIS;ZIP")
# A notice instead of CPack's placeholder licence text (no licence has been chosen yet).
set(CPACK_RESOURCE_FILE_LICENSE ${_bills_windows}/notice.txt)
set(CPACK_NSIS_DISPLAY_NAME "m3ter Bills")
set(CPACK_NSIS_PACKAGE_NAME "m3ter Bills")
set(CPACK_NSIS_MUI_ICON ${BILLS_ICO})
set(CPACK_NSIS_MUI_UNIICON ${BILLS_ICO})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\m3ter-bills.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# WiX (cpack -G WIX): the upgrade code must never change, or upgrades install side by side.
set(CPACK_WIX_UPGRADE_GUID "289E316E-5BE9-4588-8B07-A0A702BAB0C4")
set(CPACK_WIX_PRODUCT_ICON ${BILLS_ICO})
set(CPACK_WIX_PROGRAM_MENU_FOLDER "m3ter Bills")
