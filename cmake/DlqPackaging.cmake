# Man pages generated from --help, AppStream metainfo, and the .deb (cpack -G DEB).

# help2man runs the built binaries; the GUI needs a platform even to print --help.
# LANGUAGE=en: the pages in man1 are the English ones, whatever the builder's locale.
find_program(DLQ_HELP2MAN help2man)
if(DLQ_HELP2MAN)
    set(dlq_man_dir "${CMAKE_CURRENT_BINARY_DIR}/man")
    set(dlq_man_pages "")
    foreach(tool dlq-manager dlqctl)
        if(tool STREQUAL "dlq-manager")
            set(summary "desktop tool for the Upstash Workflow Dead Letter Queue")
        else()
            set(summary "delete Upstash Workflow DLQ entries from a terminal")
        endif()
        set(page "${dlq_man_dir}/${tool}.1")
        add_custom_command(OUTPUT "${page}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${dlq_man_dir}"
            COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LANGUAGE=en
                    "${DLQ_HELP2MAN}" --no-info "--name=${summary}"
                    "--output=${page}" "$<TARGET_FILE:${tool}>"
            DEPENDS ${tool}
            COMMENT "Generating the ${tool}(1) man page from --help"
            VERBATIM)
        list(APPEND dlq_man_pages "${page}")
    endforeach()
    add_custom_target(dlq-man-pages ALL DEPENDS ${dlq_man_pages})
    install(FILES ${dlq_man_pages} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
else()
    message(STATUS "help2man not found: no man pages (scripts/deps.sh installs it for tests)")
endif()

set(CPACK_PACKAGE_NAME "dlq-manager")
set(CPACK_PACKAGE_VENDOR "The DLQ Manager developers")
set(CPACK_PACKAGE_CONTACT "The DLQ Manager developers <dlq-manager@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Clean up the Upstash Workflow Dead Letter Queue safely")
set(CPACK_PACKAGE_DESCRIPTION "DLQ Manager deletes Upstash Workflow Dead Letter Queue entries \
by ID: pasted or imported lists are checked, confirmed and deleted concurrently with retries and \
rate-limit pacing, and every ID's result is shown and exported. dlqctl does the same from a \
terminal.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/dlqmanager/dlq-manager")
# Dependencies come from the binaries' own shared libraries (dpkg-shlibdeps), not a hand list.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Except Qt's SQLite driver: a plugin Qt dlopens for the run history, which no binary links.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own strings (standard buttons) in the window's language; the app's are built in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
include(CPack)
