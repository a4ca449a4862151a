# Runs lupdate over app/ and ui/ for every .ts file of the project, in one of two modes:
#   update: rewrite translations/*.ts in place (the update_translations target)
#   check:  run lupdate on copies and fail when a copy differs from the committed file (the .ts
#           is out of date with the sources) or a translation is unfinished (the ctest check)
#
# cmake -DMODE=update|check -DLUPDATE=<path> -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch> -P this
#
# Locations are not recorded (-locations none) so that moving code does not change the files;
# obsolete strings are dropped (-no-obsolete) so a removed string cannot linger as "finished".
# English carries only the plural forms (-pluralonly): its singular text is the source itself.

foreach(var MODE LUPDATE SOURCE_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "Translations.cmake: ${var} is not set")
    endif()
endforeach()

set(ts_dir "${SOURCE_DIR}/translations")
set(scan_dirs "${SOURCE_DIR}/app" "${SOURCE_DIR}/ui")
set(common_options -silent -locations none -no-obsolete -extensions cpp,h)
# The languages the app ships besides English. Add a language here and in ui/CMakeLists.txt.
set(translated_languages de fr)

function(run_lupdate ts_file)
    execute_process(
        COMMAND "${LUPDATE}" ${common_options} ${ARGN} ${scan_dirs} -ts "${ts_file}"
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${ts_file} (${result}):\n${output}")
    endif()
    # lupdate reports problems such as a tr() call in a class without Q_OBJECT on stderr but
    # still exits 0; those would silently lose strings, so they fail here.
    string(REGEX MATCHALL "[^\n]*(warning|error)[^\n]*" problems "${output}")
    if(problems)
        string(REPLACE ";" "\n" problems "${problems}")
        message(FATAL_ERROR "lupdate reported problems for ${ts_file}:\n${problems}")
    endif()
endfunction()

# The languages are given only when a file is created; lupdate warns when they are repeated.
function(lupdate_options_for language ts_file out)
    set(options "")
    if(language STREQUAL "en")
        list(APPEND options -pluralonly)
    endif()
    if(NOT EXISTS "${ts_file}")
        list(APPEND options -source-language en -target-language ${language})
    endif()
    set(${out} ${options} PARENT_SCOPE)
endfunction()

set(failures "")
foreach(language en ${translated_languages})
    set(ts_file "${ts_dir}/m3ter-bills_${language}.ts")
    lupdate_options_for(${language} "${ts_file}" options)
    if(MODE STREQUAL "update")
        run_lupdate("${ts_file}" ${options})
        continue()
    endif()

    if(NOT EXISTS "${ts_file}")
        list(APPEND failures "${ts_file} does not exist")
        continue()
    endif()
    set(copy "${WORK_DIR}/m3ter-bills_${language}.ts")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    configure_file("${ts_file}" "${copy}" COPYONLY)
    run_lupdate("${copy}" ${options})
    file(READ "${ts_file}" committed)
    file(READ "${copy}" refreshed)
    if(NOT committed STREQUAL refreshed)
        list(APPEND failures "m3ter-bills_${language}.ts is out of date with the sources: build \
the update_translations target, translate the new entries, and commit the .ts file")
    endif()
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${refreshed}")
    list(LENGTH unfinished unfinished_count)
    if(unfinished_count GREATER 0)
        list(APPEND failures
             "m3ter-bills_${language}.ts has ${unfinished_count} unfinished translation(s)")
    endif()
    # An empty <translation/> or <numerusform/> that is not marked unfinished is just as
    # untranslated for a user (unfinished ones are empty too, and already counted).
    if(unfinished_count GREATER 0)
        continue()
    endif()
    string(REGEX MATCHALL "<translation></translation>|<numerusform></numerusform>" empty
                 "${refreshed}")
    list(LENGTH empty empty_count)
    if(empty_count GREATER 0)
        list(APPEND failures "m3ter-bills_${language}.ts has ${empty_count} empty translation(s)")
    endif()
endforeach()

if(failures)
    string(REPLACE ";" "\n" failures "${failures}")
    message(FATAL_ERROR "Translations need work:\n${failures}")
endif()
if(MODE STREQUAL "check")
    message(STATUS "All translations are up to date and finished.")
endif()
