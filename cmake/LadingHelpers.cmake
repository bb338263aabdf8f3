# lading_add_test(NAME SOURCES... [LIBS ...] [LABELS ...] [ENVIRONMENT ...] [TIMEOUT s] [WRAPPER script])
# A Qt Test executable registered with CTest. Tests run with a fixed locale and no access to the user's
# own credentials: HOME, DOCKER_CONFIG and XDG dirs point into the build tree. WRAPPER is a shell script
# the test runs through ("sh WRAPPER TEST"), e.g. support/with-keychain.sh for a private keychain.
function(lading_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT;WRAPPER" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE lading-compile-settings Qt6::Test ${ARG_LIBS})
    if(ARG_WRAPPER)
        add_test(NAME ${name} COMMAND sh "${ARG_WRAPPER}" $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set(home "${CMAKE_CURRENT_BINARY_DIR}/home-${name}")
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "LADING_NO_KEYCHAIN=1;HOME=${home};XDG_CONFIG_HOME=${home}/.config;XDG_DATA_HOME=${home}/.local/share;DOCKER_CONFIG=${home}/.docker;REGISTRY_AUTH_FILE=${home}/auth.json;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;${ARG_ENVIRONMENT}")
    if(ARG_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    else()
        set_tests_properties(${name} PROPERTIES TIMEOUT 300)
    endif()
endfunction()
