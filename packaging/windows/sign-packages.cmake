# CPACK_POST_BUILD_SCRIPTS on Windows: signs the installers CPack made (CPACK_PACKAGE_FILES) with
# signtool when BILLS_SIGNTOOL_SHA1 is set (see Windows.cmake); otherwise does nothing.
if("$ENV{BILLS_SIGNTOOL_SHA1}" STREQUAL "")
    message(STATUS "BILLS_SIGNTOOL_SHA1 not set: packages stay unsigned")
    return()
endif()
set(_ts "")
if(NOT "$ENV{BILLS_SIGNTOOL_TIMESTAMP_URL}" STREQUAL "")
    set(_ts /tr "$ENV{BILLS_SIGNTOOL_TIMESTAMP_URL}" /td SHA256)
endif()
foreach(_file IN LISTS CPACK_PACKAGE_FILES)
    if(_file MATCHES "\\.(exe|msi)$")
        execute_process(COMMAND signtool sign /sha1 "$ENV{BILLS_SIGNTOOL_SHA1}" /fd SHA256 ${_ts}
                                "${_file}"
                        COMMAND_ERROR_IS_FATAL ANY)
    endif()
endforeach()
