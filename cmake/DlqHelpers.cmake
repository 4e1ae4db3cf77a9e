# dlq_add_test(NAME SOURCES... [LIBS ...] [GUI])
# Registers a QtTest executable with CTest. GUI tests get the offscreen platform from here,
# so nobody has to remember to set it when running ctest.
function(dlq_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES} ${ARG_UNPARSED_ARGUMENTS})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen" "QT_FORCE_STDERR_LOGGING=1")
    # The caller's real token and endpoint must never leak into a test run.
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "${env}"
        ENVIRONMENT_MODIFICATION "QSTASH_TOKEN=unset:;QSTASH_URL=unset:")
endfunction()
