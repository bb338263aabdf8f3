#include "core/util/translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QProcessEnvironment>
#include <QTranslator>

namespace lading::util {

namespace {

// "de_DE.UTF-8@euro" -> "de_DE": the catalogues are named by language and territory only.
QString languageOf(QString locale)
{
    for (const QChar separator : {QLatin1Char('.'), QLatin1Char('@')}) {
        const qsizetype cut = locale.indexOf(separator);
        if (cut >= 0)
            locale.truncate(cut);
    }
    return locale.replace(QLatin1Char('-'), QLatin1Char('_')).trimmed();
}

bool isUntranslated(const QString& locale)
{
    return locale == QLatin1String("C") || locale == QLatin1String("POSIX");
}

// Source strings are English: a user who prefers English gets them as they are.
bool isEnglish(const QString& language)
{
    return language == QLatin1String("en") || language.startsWith(QLatin1String("en_"));
}

bool install(QCoreApplication& app, const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(name, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QString embeddedCatalogueDirectory()
{
    return QStringLiteral(":/i18n");
}

QStringList preferredLanguages(const QProcessEnvironment& environment)
{
    QString locale;
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        locale = environment.value(QLatin1String(name));
        if (!locale.isEmpty())
            break;
    }
    const QString language = environment.value(QStringLiteral("LANGUAGE"));
    QStringList wanted;
    if (!locale.isEmpty() || !language.isEmpty()) {
        const QString base = languageOf(locale);
        if (!locale.isEmpty() && isUntranslated(base))
            return {};
        for (const QString& entry : language.split(QLatin1Char(':'), Qt::SkipEmptyParts))
            wanted.append(languageOf(entry));
        if (!base.isEmpty())
            wanted.append(base);
    } else {
        for (const QString& entry : QLocale::system().uiLanguages())
            wanted.append(languageOf(entry));
    }
    wanted.removeAll(QString());
    wanted.removeDuplicates();
    return wanted;
}

QString installTranslations(QCoreApplication& app, const QString& directory)
{
    // The sources write plurals as "%n file(s)"; lading_en.qm holds just those messages, with "1 file" and
    // "2 files". Installed first, it is the one asked last (Qt asks the newest translator first): it speaks
    // for English, a C locale and any language without a catalogue, while a language's own catalogue,
    // installed after it, wins for every message it has.
    install(app, QStringLiteral("lading_en"), directory);
    for (const QString& language : preferredLanguages(QProcessEnvironment::systemEnvironment())) {
        if (isEnglish(language) || isUntranslated(language))
            return {};
        // QTranslator::load also tries the shorter names, so "de_AT" finds lading_de.qm.
        auto* translator = new QTranslator(&app);
        if (!translator->load(QStringLiteral("lading_") + language, directory)) {
            delete translator;
            continue;
        }
        QCoreApplication::installTranslator(translator);
        // Qt's own strings (QCommandLineParser's "Displays help on commandline options.", dialogs later).
        const QString found = translator->language().isEmpty() ? language : translator->language();
        install(app, QStringLiteral("qtbase_") + found, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        return found;
    }
    return {};
}

} // namespace lading::util
