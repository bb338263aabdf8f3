# Translations with Qt Linguist.
#
#   translations/lading_<lang>.ts   the catalogues, kept in git, one per language (lading_de.ts: German)
#   translations/lading_en.ts       English plural forms only: the sources say "%n file(s)", and this
#                                   catalogue turns that into "1 file" / "2 files" (Qt's documented way:
#                                   lupdate -pluralonly keeps just the messages that take %n)
#   :/i18n/lading_<lang>.qm         compiled by lrelease at build time and embedded in the executable;
#                                   core/util/translations.h loads lading_en.qm always, and on top of it the
#                                   one for the user's language
#
# After adding or changing a user-visible string, refresh the catalogues from the sources and translate
# what is new (Qt Linguist, or by hand: fill <translation> and drop type="unfinished"; in lading_en.ts a new
# "%n thing(s)" gets its two English forms, "%n thing" and "%n things"):
#
#   flock /tmp/lading-build.lock cmake --build build --target update_translations
#
# tst_translations fails while a string is missing from a catalogue, untranslated or stale.
#
# lupdate reads the sources of lading-core, the app and the UI with the options below (and -pluralonly for
# lading_en.ts); the test reruns it with the same list (LADING_LUPDATE_LIST) and options to compare.
# LADING_TR_CONTEXT is Lading's Q_DECLARE_TR_FUNCTIONS for files outside any class (see
# core/util/translations.h). No source locations: the catalogue then changes only when strings do, not
# whenever code moves.
set(LADING_TS_FILES "${PROJECT_SOURCE_DIR}/translations/lading_de.ts")
set(LADING_PLURALS_TS_FILE "${PROJECT_SOURCE_DIR}/translations/lading_en.ts")
set(LADING_LUPDATE_OPTIONS -tr-function-alias Q_DECLARE_TR_FUNCTIONS+=LADING_TR_CONTEXT -locations none -no-obsolete)

# lading_add_translations(TARGET): TARGET gets the compiled catalogues as resources under :/i18n; the
# targets TARGET_lupdate and update_translations refresh the .ts files, TARGET_lrelease compiles them.
# What qt_add_translations does, spelled out, because lading_en.ts needs an lupdate call of its own with
# -pluralonly (TARGET_lupdate_plurals): given to qt_add_translations it would fill up with every message.
function(lading_add_translations target)
    set(globs)
    foreach(dir core app ui)
        foreach(ext cpp h ui)
            list(APPEND globs "${PROJECT_SOURCE_DIR}/${dir}/*.${ext}")
        endforeach()
    endforeach()
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${globs})
    list(SORT sources)

    # The same input for the plural catalogue and for tst_translations, in lupdate's @list format.
    set(source_list "${PROJECT_BINARY_DIR}/translations/lupdate-sources.lst")
    list(JOIN sources "\n" lines)
    file(GENERATE OUTPUT "${source_list}" CONTENT "-I${PROJECT_SOURCE_DIR}\n${lines}\n")

    qt_add_lupdate(${target}
        TS_FILES ${LADING_TS_FILES}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}"
        OPTIONS ${LADING_LUPDATE_OPTIONS})
    add_custom_target(${target}_lupdate_plurals
        COMMAND Qt6::lupdate ${LADING_LUPDATE_OPTIONS} -pluralonly "@${source_list}"
                -ts "${LADING_PLURALS_TS_FILE}"
        DEPENDS Qt6::lupdate
        VERBATIM)
    add_dependencies(${target}_lupdate ${target}_lupdate_plurals)
    add_dependencies(update_translations ${target}_lupdate_plurals)

    qt_add_lrelease(${target}
        TS_FILES ${LADING_TS_FILES} "${LADING_PLURALS_TS_FILE}"
        QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} "${target}_translations"
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${qm_files})

    list(JOIN LADING_LUPDATE_OPTIONS " " options)
    set_property(GLOBAL PROPERTY LADING_LUPDATE_OPTIONS_STRING "${options}")
    set_property(GLOBAL PROPERTY LADING_QM_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
    set_property(GLOBAL PROPERTY LADING_TRANSLATIONS_TARGET "${target}")
endfunction()
