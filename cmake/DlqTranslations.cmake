# The translations: translations/dlq-manager_<lang>.ts, compiled by lrelease and embedded in
# dlqui as :/i18n/dlq-manager_<lang>.qm (ui/i18n/translations.cpp loads them at start-up).
# Included from ui/CMakeLists.txt, so the resource lands in the library every GUI links.
#
# What lupdate reads: every source whose strings the window can show. dlqctl (app/cli,
# app/dlqctl) stays English on purpose (see README), and the sandbox answers as a server would.
# A glob, so a file another branch adds is found without touching this list.
file(GLOB_RECURSE DLQ_TRANSLATED_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h"
    "${PROJECT_SOURCE_DIR}/app/core/*.cpp" "${PROJECT_SOURCE_DIR}/app/core/*.h"
    "${PROJECT_SOURCE_DIR}/app/history/*.cpp" "${PROJECT_SOURCE_DIR}/app/history/*.h"
    "${PROJECT_SOURCE_DIR}/app/secrets/*.cpp" "${PROJECT_SOURCE_DIR}/app/secrets/*.h")
list(APPEND DLQ_TRANSLATED_SOURCES "${PROJECT_SOURCE_DIR}/app/main.cpp")
list(SORT DLQ_TRANSLATED_SOURCES)
set(DLQ_TRANSLATION_INCLUDE_DIRS "${PROJECT_SOURCE_DIR}" "${PROJECT_SOURCE_DIR}/app"
    "${PROJECT_SOURCE_DIR}/app/core")
file(GLOB DLQ_TS_FILES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/translations/dlq-manager_*.ts")
# No line numbers in the .ts: they would change with every edit and make merges conflict.
# Obsolete messages are dropped: git keeps the old translations.
set(DLQ_LUPDATE_OPTIONS -locations none -no-obsolete)

qt_add_translations(dlqui
    TS_FILES ${DLQ_TS_FILES}
    SOURCES ${DLQ_TRANSLATED_SOURCES}
    INCLUDE_DIRECTORIES ${DLQ_TRANSLATION_INCLUDE_DIRS}
    RESOURCE_PREFIX "/i18n"
    LUPDATE_OPTIONS ${DLQ_LUPDATE_OPTIONS})

# For the translation tests (tests/i18n): the same list lupdate reads, one path a line.
string(REPLACE ";" "\n" dlq_sources_lines "${DLQ_TRANSLATED_SOURCES}")
file(GENERATE OUTPUT "${PROJECT_BINARY_DIR}/translated-sources.txt" CONTENT "${dlq_sources_lines}\n")
