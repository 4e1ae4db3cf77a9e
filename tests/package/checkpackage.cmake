# Builds the .deb with CPack, installs it into an empty root with dpkg, and checks what a user
# gets: the binaries run, the desktop entry, icons, AppStream metainfo and man pages are there,
# and the dependencies were computed from the binaries and are satisfiable on this system.
# Usage: cmake -DBUILD_DIR=... -DWORK_DIR=... -DVERSION=... -P checkpackage.cmake
function(run)
    execute_process(COMMAND ${ARGV} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (${rc}): ${ARGV}\n${out}\n${err}")
    endif()
    set(out "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
run(${CPACK} -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK_DIR}/out")
file(GLOB debs "${WORK_DIR}/out/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb, found ${count}: ${debs}")
endif()

run(dpkg-deb --field "${debs}" Package Version Depends)
set(fields "${out}")
if(NOT fields MATCHES "Package: dlq-manager" OR NOT fields MATCHES "Version: ${VERSION}")
    message(FATAL_ERROR "wrong package name or version:\n${fields}")
endif()
# Computed by dpkg-shlibdeps: the Qt libraries the binaries link must be named.
# The SQLite driver is a plugin no binary links, named by hand (DlqPackaging.cmake).
foreach(lib libqt6core6 libqt6network6 libqt6widgets6 libc6 libqt6sql6-sqlite)
    if(NOT fields MATCHES "${lib}")
        message(FATAL_ERROR "Depends lacks ${lib}:\n${fields}")
    endif()
endforeach()
string(REGEX REPLACE ".*Depends: ([^\n]*).*" "\\1" depends "${fields}")
string(REPLACE ", " ";" depends "${depends}")
foreach(dep IN LISTS depends)
    string(REGEX REPLACE " .*" "" name "${dep}")
    execute_process(COMMAND dpkg-query -W -f=\${Status} "${name}" OUTPUT_VARIABLE status
                    ERROR_QUIET)
    if(NOT status MATCHES "install ok installed")
        message(FATAL_ERROR "dependency ${name} is not installed here, so it cannot be right")
    endif()
endforeach()

# An empty root with its own dpkg database: nothing is there but what the package brings.
set(root "${WORK_DIR}/root")
file(MAKE_DIRECTORY "${root}/var/lib/dpkg/info" "${root}/var/lib/dpkg/updates")
file(TOUCH "${root}/var/lib/dpkg/status")
run(dpkg --root=${root} --force-depends --force-not-root --log=/dev/null --install "${debs}")
run(dpkg-query --root=${root} -W -f=\${Status} dlq-manager)
if(NOT out MATCHES "install ok installed")
    message(FATAL_ERROR "dpkg does not list the package as installed: ${out}")
endif()

set(app_id "io.github.dlqmanager.DlqManager")
foreach(path usr/bin/dlqctl usr/bin/dlq-manager
             usr/share/applications/${app_id}.desktop
             usr/share/metainfo/${app_id}.metainfo.xml
             usr/share/icons/hicolor/scalable/apps/${app_id}.svg
             usr/share/icons/hicolor/32x32/apps/${app_id}.png
             usr/share/icons/hicolor/256x256/apps/${app_id}.png
             usr/share/man/man1/dlqctl.1 usr/share/man/man1/dlq-manager.1)
    if(NOT EXISTS "${root}/${path}")
        message(FATAL_ERROR "the package does not install /${path}")
    endif()
endforeach()

run("${root}/usr/bin/dlqctl" --version)
if(NOT out STREQUAL "dlqctl ${VERSION}\n")
    message(FATAL_ERROR "installed dlqctl --version said '${out}'")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                "${root}/usr/bin/dlq-manager" --version
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "${VERSION}")
    message(FATAL_ERROR "installed dlq-manager --version failed (${rc}): ${out} ${err}")
endif()
foreach(tool dlqctl dlq-manager)
    file(READ "${root}/usr/share/man/man1/${tool}.1" page)
    if(NOT page MATCHES "\\.SH NAME\n${tool} \\\\- ")
        message(FATAL_ERROR "the ${tool} man page has no proper NAME line:\n${page}")
    endif()
endforeach()
file(READ "${root}/usr/share/man/man1/dlqctl.1" page)
if(NOT page MATCHES "delete")
    message(FATAL_ERROR "the dlqctl man page does not describe the delete command")
endif()
message(STATUS "1 passed, 0 failed: ${debs} installs and runs")
