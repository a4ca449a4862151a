# CPACK_POST_BUILD_SCRIPTS on macOS, for each DMG CPack made (CPACK_PACKAGE_FILES):
# - BILLS_CODESIGN_IDENTITY set: sign the DMG with it;
# - BILLS_NOTARY_PROFILE set too (a profile stored with `xcrun notarytool store-credentials`):
#   submit it to Apple's notary service, wait for the verdict and staple the ticket.
# Does nothing when the variables are unset.
if("$ENV{BILLS_CODESIGN_IDENTITY}" STREQUAL "")
    message(STATUS "BILLS_CODESIGN_IDENTITY not set: the DMG is neither signed nor notarised")
    return()
endif()
foreach(_dmg IN LISTS CPACK_PACKAGE_FILES)
    if(NOT _dmg MATCHES "\\.dmg$")
        continue()
    endif()
    execute_process(COMMAND codesign --force --timestamp --sign "$ENV{BILLS_CODESIGN_IDENTITY}"
                            "${_dmg}"
                    COMMAND_ERROR_IS_FATAL ANY)
    if("$ENV{BILLS_NOTARY_PROFILE}" STREQUAL "")
        message(STATUS "BILLS_NOTARY_PROFILE not set: ${_dmg} signed, not notarised")
        continue()
    endif()
    execute_process(COMMAND xcrun notarytool submit "${_dmg}"
                            --keychain-profile "$ENV{BILLS_NOTARY_PROFILE}" --wait
                    COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND xcrun stapler staple "${_dmg}" COMMAND_ERROR_IS_FATAL ANY)
endforeach()
