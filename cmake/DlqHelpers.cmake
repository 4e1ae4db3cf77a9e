# dlq_add_test(NAME SOURCES... [LIBS ...] [GUI] [KEYRING | NO_SESSION_BUS] [TIMEOUT s])
# Registers a QtTest executable with CTest. GUI tests get the offscreen platform from here,
# so nobody has to remember to set it when running ctest.
# KEYRING runs the test inside tests/support/with-keyring.sh: a private session bus with a real
# Secret Service (gnome-keyring) under a fresh HOME. NO_SESSION_BUS runs it with no session bus
# at all, as on a server or in a container: the keychain is unreachable there.
function(dlq_add_test name)
    cmake_parse_arguments(ARG "GUI;KEYRING;NO_SESSION_BUS" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES} ${ARG_UNPARSED_ARGUMENTS})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    if(ARG_KEYRING)
        add_test(NAME ${name}
                 COMMAND ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen" "QT_FORCE_STDERR_LOGGING=1")
    # The caller's real token and endpoint must never leak into a test run.
    set(unset "QSTASH_TOKEN=unset:;QSTASH_URL=unset:")
    if(ARG_NO_SESSION_BUS)
        # Without a bus address or a display, QtDBus cannot find or autolaunch a session bus.
        string(APPEND unset ";DBUS_SESSION_BUS_ADDRESS=unset:;DISPLAY=unset:")
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "${env}"
        ENVIRONMENT_MODIFICATION "${unset}")
endfunction()
