# Windows and macOS: copy the Qt libraries and plugins the executable needs next to it (or into
# the app bundle) at install time, so the packages run on a machine without Qt. Included from
# windows/Windows.cmake and macos/MacOS.cmake; on Linux the packages depend on the system Qt.
if(COMMAND qt_generate_deploy_app_script)
    # 6.3 and 6.4 name the output FILENAME_VARIABLE; 6.5 renamed it OUTPUT_SCRIPT.
    if(Qt6_VERSION VERSION_LESS 6.5)
        qt_generate_deploy_app_script(TARGET m3ter-bills FILENAME_VARIABLE _bills_deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET m3ter-bills OUTPUT_SCRIPT _bills_deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${_bills_deploy_script})
else()
    message(WARNING "Qt ${Qt6_VERSION} has no qt_generate_deploy_app_script: the package will "
                    "not contain the Qt libraries (run windeployqt or macdeployqt by hand).")
endif()
