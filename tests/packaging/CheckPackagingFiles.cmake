# cmake -DCHECK=<manpage|desktop|appstream|versions> -DSOURCE_DIR=… -DVERSION=… -DEXE=…
#       [-DDESKTOP_FILE_VALIDATE=…] [-DAPPSTREAMCLI=…] -P CheckPackagingFiles.cmake
# Fails (FATAL_ERROR) with the reason; prints "SKIPPED:" when the validator is not installed.

set(_linux ${SOURCE_DIR}/packaging/linux)

if(CHECK STREQUAL "manpage")
    # Every option of `m3ter-bills --help` has an item in the manual's OPTIONS section, and the
    # manual documents no option the program lacks.
    execute_process(COMMAND ${EXE} --help OUTPUT_VARIABLE _help RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "${EXE} --help exited with ${_rc}")
    endif()
    set(_from_help "")
    string(REPLACE "\n" ";" _lines "${_help}")
    foreach(_line IN LISTS _lines)
        # "  -h, --help    Displays …": the option column ends at the first double space.
        if(_line MATCHES "^  (-[^ ]*( [^ ][^ ]*)*)  ")
            string(REGEX MATCHALL "-[-a-zA-Z?]+" _opts "${CMAKE_MATCH_1}")
            list(APPEND _from_help ${_opts})
        endif()
    endforeach()

    file(STRINGS ${_linux}/m3ter-bills.1 _man)
    set(_from_man "")
    set(_section "")
    set(_previous "")
    foreach(_line IN LISTS _man)
        if(_line MATCHES "^\\.SH (.*)$")
            set(_section "${CMAKE_MATCH_1}")
        elseif(_section STREQUAL "OPTIONS" AND _previous STREQUAL ".TP")
            string(REPLACE "\\-" "-" _line "${_line}")
            string(REGEX MATCHALL " -[-a-zA-Z?]+" _opts "${_line}")
            string(REPLACE " " "" _opts "${_opts}")
            list(APPEND _from_man ${_opts})
        endif()
        set(_previous "${_line}")
    endforeach()

    list(SORT _from_help)
    list(SORT _from_man)
    if(NOT _from_help)
        message(FATAL_ERROR "No options found in the --help output:\n${_help}")
    endif()
    if(NOT _from_help STREQUAL _from_man)
        message(FATAL_ERROR "The manual page's options differ from --help.\n"
                            "  --help: ${_from_help}\n  manual: ${_from_man}")
    endif()
    message(STATUS "Manual page and --help agree: ${_from_help}")

elseif(CHECK STREQUAL "desktop")
    if(NOT DESKTOP_FILE_VALIDATE)
        message(STATUS "SKIPPED: desktop-file-validate (Debian package desktop-file-utils) missing")
        return()
    endif()
    execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${SOURCE_DIR}/resources/com.m3ter.bills.desktop
                    OUTPUT_VARIABLE _out ERROR_VARIABLE _out RESULT_VARIABLE _rc)
    # It exits 0 on warnings too; any output is a finding.
    if(NOT _rc EQUAL 0 OR NOT _out STREQUAL "")
        message(FATAL_ERROR "desktop-file-validate (exit ${_rc}):\n${_out}")
    endif()
    message(STATUS "desktop-file-validate: no findings")

elseif(CHECK STREQUAL "appstream")
    if(NOT APPSTREAMCLI)
        message(STATUS "SKIPPED: appstreamcli (Debian package appstream) missing")
        return()
    endif()
    execute_process(COMMAND ${APPSTREAMCLI} validate --no-net --pedantic --no-color
                            ${_linux}/com.m3ter.bills.metainfo.xml
                    OUTPUT_VARIABLE _out ERROR_VARIABLE _out RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate (exit ${_rc}):\n${_out}")
    endif()
    message(STATUS "appstreamcli validate --no-net --pedantic:\n${_out}")

elseif(CHECK STREQUAL "versions")
    # A version bump must reach the changelog, the metainfo releases and the manual page.
    file(STRINGS ${_linux}/changelog _first LIMIT_COUNT 1)
    if(NOT _first MATCHES "^m3ter-bills \\(([^)]+)\\)")
        message(FATAL_ERROR "changelog: unexpected first line '${_first}'")
    endif()
    set(_changelog "${CMAKE_MATCH_1}")
    file(READ ${_linux}/com.m3ter.bills.metainfo.xml _xml)
    if(NOT _xml MATCHES "<release version=\"([^\"]+)\"")
        message(FATAL_ERROR "metainfo: no <release> entry")
    endif()
    set(_metainfo "${CMAKE_MATCH_1}")
    file(STRINGS ${_linux}/m3ter-bills.1 _th REGEX "^\\.TH ")
    if(NOT _th MATCHES "\"m3ter-bills ([^\"]+)\"")
        message(FATAL_ERROR "manual page: no version in '${_th}'")
    endif()
    set(_man "${CMAKE_MATCH_1}")
    foreach(_what changelog metainfo man)
        if(NOT "${_${_what}}" STREQUAL "${VERSION}")
            message(FATAL_ERROR "${_what} names version ${_${_what}}, the project is ${VERSION}")
        endif()
    endforeach()
    message(STATUS "changelog, metainfo and manual page name version ${VERSION}")

else()
    message(FATAL_ERROR "Unknown CHECK '${CHECK}'")
endif()
