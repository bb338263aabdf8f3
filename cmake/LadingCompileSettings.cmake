# One target that carries the compile settings every Lading target shares: link it, never repeat it.
add_library(lading-compile-settings INTERFACE)
target_compile_features(lading-compile-settings INTERFACE cxx_std_20)
target_compile_definitions(lading-compile-settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
)
target_compile_options(lading-compile-settings INTERFACE
    -Wall -Wextra -Wpedantic -Werror -Wnon-virtual-dtor -Woverloaded-virtual
)
target_include_directories(lading-compile-settings INTERFACE "${PROJECT_SOURCE_DIR}")

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()
