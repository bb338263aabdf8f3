#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QProcessEnvironment;

namespace lading::util {

// Where qt_add_translations embeds the catalogues compiled from translations/lading_<lang>.ts.
QString embeddedCatalogueDirectory();

// The languages the user asked for, most wanted first ("de_DE", "de", "pt_BR"), read the way gettext reads
// them: the locale is LC_ALL, else LC_MESSAGES, else LANG; LANGUAGE (a colon-separated list) comes before it
// unless that locale is C or POSIX, which means untranslated English and so gives an empty list. Without any
// of these variables (Windows, macOS, a bare environment) the answer is QLocale::system().uiLanguages().
QStringList preferredLanguages(const QProcessEnvironment& environment);

// Installs lading_en.qm from `directory`, always: English plural forms only ("%n file(s)" becomes "1 file",
// "2 files"), so they read right in English, in a C locale and in any language without a catalogue. Then
// Lading's catalogue lading_<lang>.qm for the first preferred language that has one, above the English
// plurals, and Qt's own qtbase_<lang>.qm from Qt's translations folder when it is there. Returns the language
// of that catalogue ("de"), or an empty string when the text stays English (English preferred first, a C
// locale, or no catalogue for any preferred language), English plural forms included. Call once on the main
// thread, after the application object exists and before any translated text is built; the translators
// belong to `app`.
QString installTranslations(QCoreApplication& app, const QString& directory = embeddedCatalogueDirectory());

} // namespace lading::util

// Names the translation context of a .cpp file whose strings belong to no QObject: write
// `LADING_TR_CONTEXT(LayoutStore);` once at file scope, after the includes and outside every namespace,
// then tr("...") anywhere in the file, exactly like a class with Q_DECLARE_TR_FUNCTIONS(LayoutStore).
// lupdate reads it as Q_DECLARE_TR_FUNCTIONS (the build passes -tr-function-alias), so the strings land in
// context "LayoutStore" of translations/*.ts. It must sit at file scope because lupdate keeps declarations
// made inside a namespace a header already opened (lading::store) apart from that namespace, and would
// then file every string under "lading::store::LayoutStore", a context nothing looks up at run time.
#define LADING_TR_CONTEXT(Context)                                                                           \
    namespace {                                                                                              \
    [[maybe_unused]] QString tr(const char* sourceText, const char* disambiguation = nullptr, int n = -1)    \
    {                                                                                                        \
        return QCoreApplication::translate(#Context, sourceText, disambiguation, n);                         \
    }                                                                                                        \
    }                                                                                                        \
    static_assert(true)
