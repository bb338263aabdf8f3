# Translations with Qt Linguist.
#
#   translations/lading_<lang>.ts   the catalogues, kept in git, one per language (lading_de.ts: German)
#   :/i18n/lading_<lang>.qm         compiled by lrelease at build time and embedded in the executable;
#                                   core/util/translations.h loads the one for the user's language
#
# After adding or changing a user-visible string, refresh the catalogues from the sources and translate
# what is new (Qt Linguist, or by hand: fill <translation> and drop type="unfinished"):
#
#   flock /tmp/lading-build.lock cmake --build build --target update_translations
#
# tst_translations fails while a string is missing from a catalogue, untranslated or stale.
#
# lupdate reads the sources of lading-core, the app and the UI with the options below; the test reruns it
# with the same list (LADING_LUPDATE_LIST) and options to compare. LADING_TR_CONTEXT is Lading's
# Q_DECLARE_TR_FUNCTIONS for files outside any class (see core/util/translations.h). No source locations:
# the catalogue then changes only when strings do, not whenever code moves.
set(LADING_TS_FILES "${PROJECT_SOURCE_DIR}/translations/lading_de.ts")
set(LADING_LUPDATE_OPTIONS -tr-function-alias Q_DECLARE_TR_FUNCTIONS+=LADING_TR_CONTEXT -locations none -no-obsolete)

# lading_add_translations(TARGET): TARGET gets the compiled catalogues as resources under :/i18n; the
# targets TARGET_lupdate and update_translations refresh the .ts files, TARGET_lrelease compiles them.
function(lading_add_translations target)
    set(globs)
    foreach(dir core app ui)
        foreach(ext cpp h ui)
            list(APPEND globs "${PROJECT_SOURCE_DIR}/${dir}/*.${ext}")
        endforeach()
    endforeach()
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${globs})
    list(SORT sources)
    qt_add_translations(${target}
        TS_FILES ${LADING_TS_FILES}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}"
        LUPDATE_OPTIONS ${LADING_LUPDATE_OPTIONS}
        RESOURCE_PREFIX "/i18n")

    # The same input for tst_translations, in lupdate's @list format.
    list(JOIN sources "\n" lines)
    file(GENERATE OUTPUT "${PROJECT_BINARY_DIR}/translations/lupdate-sources.lst"
        CONTENT "-I${PROJECT_SOURCE_DIR}\n${lines}\n")
    list(JOIN LADING_LUPDATE_OPTIONS " " options)
    set_property(GLOBAL PROPERTY LADING_LUPDATE_OPTIONS_STRING "${options}")
    set_property(GLOBAL PROPERTY LADING_QM_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
    set_property(GLOBAL PROPERTY LADING_TRANSLATIONS_TARGET "${target}")
endfunction()
