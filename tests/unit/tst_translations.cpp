// The German catalogue: complete, faithful to the placeholders, current with the sources, compiled into
// what the program loads, and chosen from the environment the way gettext chooses. The English plural
// catalogue (lading_en.ts, lupdate -pluralonly): both forms for every "%n thing(s)", current with the
// sources, and loaded so that English text never shows "(s)".
#include "core/util/translations.h"
#include "tests/support/ladingcli.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using lading::util::installTranslations;
using lading::util::preferredLanguages;

namespace {

const QString kUpdateHint = QStringLiteral(
    "refresh the catalogue with `flock /tmp/lading-build.lock cmake --build build --target "
    "update_translations`, "
    "then translate the new entries in translations/lading_de.ts (see cmake/LadingTranslations.cmake)");
const QString kPluralsUpdateHint = QStringLiteral(
    "refresh the catalogues with `flock /tmp/lading-build.lock cmake --build build --target "
    "update_translations`, "
    "then give each new message in translations/lading_en.ts its English singular and plural forms "
    "(\"%n file\", \"%n files\") and drop type=\"unfinished\" (see cmake/LadingTranslations.cmake)");

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool plural = false;
    QString type;             // "" when finished; "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or one per plural form

    bool isLive() const { return type != QLatin1String("obsolete") && type != QLatin1String("vanished"); }
    QString key() const
    {
        return context + QStringLiteral(" | ") + source +
               (comment.isEmpty() ? QString() : QStringLiteral(" | ") + comment);
    }
};

bool parseTs(const QString& path, QList<TsMessage>* messages, QString* language, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
            continue; // descend
        }
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                TsMessage message;
                message.context = context;
                message.plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("source")) {
                        message.source = xml.readElementText();
                    } else if (xml.name() == QLatin1String("comment")) {
                        message.comment = xml.readElementText();
                    } else if (xml.name() == QLatin1String("translation")) {
                        message.type = xml.attributes().value(QLatin1String("type")).toString();
                        if (message.plural) {
                            while (xml.readNextStartElement()) {
                                if (xml.name() == QLatin1String("numerusform"))
                                    message.translations.append(xml.readElementText());
                                else
                                    xml.skipCurrentElement();
                            }
                        } else {
                            message.translations.append(xml.readElementText());
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                messages->append(message);
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        *why = QStringLiteral("%1 is not valid XML at line %2: %3")
                   .arg(path)
                   .arg(xml.lineNumber())
                   .arg(xml.errorString());
        return false;
    }
    return true;
}

// %1 … %99, %L1 and %n: what .arg() and the plural machinery fill in.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

// What a person types or sets, which a translation must keep letter for letter: --options and
// ENVIRONMENT_VARIABLES.
QStringList technicalTokens(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("--[a-z][a-z0-9-]*|\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.removeDuplicates();
    return found;
}

QString tsPath()
{
    return QStringLiteral(LADING_SOURCE_DIR "/translations/lading_de.ts");
}

QString pluralsTsPath()
{
    return QStringLiteral(LADING_SOURCE_DIR "/translations/lading_en.ts");
}

// What "(s)", "(es)" or "(ies)" left in a text a person reads would look like.
bool hasParenthesizedPlural(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("\\((?:s|es|ies)\\)"));
    return pattern.match(text).hasMatch();
}

QString listOf(QStringList items, int limit = 40)
{
    items.sort();
    const qsizetype total = items.size();
    if (total > limit) {
        items = items.mid(0, limit);
        items.append(QStringLiteral("… and %1 more").arg(total - limit));
    }
    return QStringLiteral("\n    ") + items.join(QStringLiteral("\n    "));
}

// Sets or clears environment variables for one scope.
class EnvironmentOverride final
{
public:
    explicit EnvironmentOverride(const QList<std::pair<const char*, QByteArray>>& values)
    {
        for (const auto& [name, value] : values) {
            m_saved.append({name, qgetenv(name)});
            if (value.isNull())
                qunsetenv(name);
            else
                qputenv(name, value);
        }
    }
    ~EnvironmentOverride()
    {
        for (const auto& [name, value] : m_saved) {
            if (value.isNull())
                qunsetenv(name);
            else
                qputenv(name, value);
        }
    }
    Q_DISABLE_COPY_MOVE(EnvironmentOverride)

private:
    QList<std::pair<const char*, QByteArray>> m_saved;
};

void removeInstalledTranslators()
{
    // A QTranslator uninstalls itself when destroyed.
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator*>());
}

// Runs lupdate over the sources the build reads, with the build's options and `extraOptions`, into the
// new catalogue `ts`; `diagnostics` gets what it printed. Records a test failure and returns false when it
// cannot run.
bool runLupdate(const QStringList& extraOptions, const QString& ts, QString* diagnostics)
{
    const QString lupdate = QStringLiteral(LADING_LUPDATE);
    if (!QFileInfo(lupdate).isExecutable()) {
        QTest::qFail(
            qPrintable(QStringLiteral("lupdate (%1) is missing: install the Debian package qt6-l10n-tools")
                           .arg(lupdate)),
            __FILE__, __LINE__);
        return false;
    }
    if (!QFileInfo::exists(QStringLiteral(LADING_LUPDATE_LIST))) {
        QTest::qFail("the lupdate source list is missing: re-run cmake on the build folder", __FILE__,
                     __LINE__);
        return false;
    }
    QStringList arguments =
        QStringLiteral(LADING_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    arguments << extraOptions << QStringLiteral("@" LADING_LUPDATE_LIST) << QStringLiteral("-ts") << ts;
    QProcess process;
    process.start(lupdate, arguments);
    if (!process.waitForFinished(120000)) {
        QTest::qFail(qPrintable(QStringLiteral("lupdate did not finish: ") + process.errorString()), __FILE__,
                     __LINE__);
        return false;
    }
    *diagnostics = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("lupdate failed: ") + *diagnostics), __FILE__, __LINE__);
        return false;
    }
    return true;
}

// The messages of `catalogue` missing from `extracted` (stale) and the other way round (missing).
void compareKeys(const QList<TsMessage>& extracted, const QList<TsMessage>& catalogue, QStringList* missing,
                 QStringList* stale)
{
    QSet<QString> inSources;
    for (const TsMessage& m : extracted)
        inSources.insert(m.key());
    QSet<QString> inCatalogue;
    for (const TsMessage& m : catalogue)
        inCatalogue.insert(m.key());
    *missing = QSet<QString>(inSources).subtract(inCatalogue).values();
    *stale = QSet<QString>(inCatalogue).subtract(inSources).values();
}

// The keys of the finished messages of `messages` whose text in the compiled `translator` differs from the
// .ts file; plural messages are compared at 1 (first form) and 5 (second form), which holds for German and
// English alike.
QStringList differencesFromCompiled(const QTranslator& translator, const QList<TsMessage>& messages)
{
    QStringList different;
    for (const TsMessage& m : messages) {
        if (!m.type.isEmpty() || m.translations.isEmpty())
            continue; // reported by the completeness checks
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char* disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        if (m.plural) {
            const QString one =
                translator.translate(context.constData(), source.constData(), disambiguation, 1);
            const QString many =
                translator.translate(context.constData(), source.constData(), disambiguation, 5);
            if (one != m.translations.value(0) || many != m.translations.value(1))
                different.append(m.key());
        } else if (translator.translate(context.constData(), source.constData(), disambiguation) !=
                   m.translations.first()) {
            different.append(m.key());
        }
    }
    return different;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    QList<TsMessage> m_messages; // the live ones
    QString m_language;
    QList<TsMessage> m_plurals; // all of lading_en.ts, obsolete ones too
    QString m_pluralsLanguage;

    QString qmPath() const { return QStringLiteral(LADING_QM_DIRECTORY "/lading_de.qm"); }
    QString pluralsQmPath() const { return QStringLiteral(LADING_QM_DIRECTORY "/lading_en.qm"); }

private slots:
    void initTestCase()
    {
        QList<TsMessage> all;
        QString why;
        QVERIFY2(parseTs(tsPath(), &all, &m_language, &why), qPrintable(why));
        std::copy_if(all.begin(), all.end(), std::back_inserter(m_messages),
                     [](const TsMessage& m) { return m.isLive(); });
        QVERIFY2(!m_messages.isEmpty(), "translations/lading_de.ts holds no messages");
        QVERIFY2(parseTs(pluralsTsPath(), &m_plurals, &m_pluralsLanguage, &why), qPrintable(why));
        QVERIFY2(!m_plurals.isEmpty(), "translations/lading_en.ts holds no messages");
    }
    void cleanup() { removeInstalledTranslators(); }

    void catalogueIsGerman() { QCOMPARE(m_language, QStringLiteral("de")); }

    void everyMessageIsTranslated()
    {
        QStringList unfinished;
        QStringList empty;
        QStringList wrongPluralForms;
        for (const TsMessage& m : std::as_const(m_messages)) {
            if (!m.type.isEmpty())
                unfinished.append(m.key());
            if (m.translations.isEmpty() ||
                std::any_of(m.translations.begin(), m.translations.end(),
                            [](const QString& t) { return t.trimmed().isEmpty(); }))
                empty.append(m.key());
            // German has two forms: one, and everything else.
            if (m.plural && m.translations.size() != 2)
                wrongPluralForms.append(m.key());
        }
        QVERIFY2(
            unfinished.isEmpty(),
            qPrintable(QStringLiteral(
                           "%1 message(s) in translations/lading_de.ts are not finished; translate them and "
                           "drop type=\"unfinished\":%2")
                           .arg(unfinished.size())
                           .arg(listOf(unfinished))));
        QVERIFY2(empty.isEmpty(), qPrintable(QStringLiteral("%1 message(s) have an empty translation:%2")
                                                 .arg(empty.size())
                                                 .arg(listOf(empty))));
        QVERIFY2(wrongPluralForms.isEmpty(),
                 qPrintable(QStringLiteral("plural messages need two German forms (singular, plural):%1")
                                .arg(listOf(wrongPluralForms))));
    }

    void translationsKeepPlaceholdersAndOptions()
    {
        QStringList broken;
        for (const TsMessage& m : std::as_const(m_messages)) {
            const QStringList wanted = placeholders(m.source);
            const QStringList tokens = technicalTokens(m.source);
            for (const QString& translation : m.translations) {
                if (translation.isEmpty())
                    continue; // reported by everyMessageIsTranslated
                if (placeholders(translation) != wanted)
                    broken.append(QStringLiteral("%1\n      placeholders %2 became %3 in: %4")
                                      .arg(m.key(), wanted.join(QLatin1Char(' ')),
                                           placeholders(translation).join(QLatin1Char(' ')), translation));
                for (const QString& token : tokens) {
                    if (!translation.contains(token))
                        broken.append(
                            QStringLiteral("%1\n      lost \"%2\" in: %3").arg(m.key(), token, translation));
                }
            }
        }
        QVERIFY2(broken.isEmpty(),
                 qPrintable(QStringLiteral(
                                "translations must keep every %N placeholder, --option and VARIABLE_NAME of "
                                "their source:%1")
                                .arg(listOf(broken))));
    }

    void catalogueIsCurrentWithTheSources()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString fresh = work.filePath(QStringLiteral("fresh_de.ts"));
        QString diagnostics;
        if (!runLupdate({}, fresh, &diagnostics))
            return;

        // lupdate's complaints mean a string would land in a context nothing looks up at run time.
        QStringList complaints;
        for (const QString& line : diagnostics.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.contains(QLatin1String("lacks Q_OBJECT")) ||
                line.contains(QLatin1String("without context")) ||
                line.contains(QLatin1String("Cannot invoke tr()")) ||
                line.contains(QLatin1String("Discarding")))
                complaints.append(line.trimmed());
        }
        QVERIFY2(
            complaints.isEmpty(),
            qPrintable(
                QStringLiteral(
                    "lupdate cannot tell which context these strings belong to. Outside a class, write "
                    "`LADING_TR_CONTEXT(ClassName);` at file scope after the includes "
                    "(core/util/translations.h) "
                    "and call tr(\"...\"), or call QCoreApplication::translate(\"ClassName\", \"...\"):%1")
                    .arg(listOf(complaints))));

        QList<TsMessage> extracted;
        QString language;
        QString why;
        QVERIFY2(parseTs(fresh, &extracted, &language, &why), qPrintable(why));
        QVERIFY2(!extracted.isEmpty(),
                 qPrintable(QStringLiteral("lupdate found no strings: ") + diagnostics));

        QStringList missing;
        QStringList stale;
        compareKeys(extracted, m_messages, &missing, &stale);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(
                     QStringLiteral("%1 string(s) in the sources are not in translations/lading_de.ts; %2:%3")
                         .arg(missing.size())
                         .arg(kUpdateHint, listOf(missing))));
        QVERIFY2(
            stale.isEmpty(),
            qPrintable(QStringLiteral(
                           "%1 string(s) in translations/lading_de.ts are no longer in the sources; %2:%3")
                           .arg(stale.size())
                           .arg(kUpdateHint, listOf(stale))));
    }

    void compiledCatalogueMatchesTheTsFile()
    {
        QTranslator translator;
        QVERIFY2(
            translator.load(qmPath()),
            qPrintable(QStringLiteral("cannot load %1; build the target lading_lrelease").arg(qmPath())));
        QCOMPARE(translator.language(), QStringLiteral("de"));
        const QStringList different = differencesFromCompiled(translator, m_messages);
        QVERIFY2(different.isEmpty(),
                 qPrintable(QStringLiteral("lading_de.qm differs from lading_de.ts (stale build?):%1")
                                .arg(listOf(different))));
    }

    void pluralCatalogueIsEnglish()
    {
        QVERIFY2(m_pluralsLanguage.startsWith(QLatin1String("en")), qPrintable(m_pluralsLanguage));
    }

    void everyPluralHasBothEnglishForms()
    {
        QStringList notPlural;
        QStringList unfinished;
        QStringList wrongForms;
        QStringList stillParenthesized;
        QStringList brokenPlaceholders;
        for (const TsMessage& m : std::as_const(m_plurals)) {
            if (!m.plural)
                notPlural.append(m.key());
            if (!m.type.isEmpty())
                unfinished.append(m.key() + QStringLiteral(" [") + m.type + QLatin1Char(']'));
            // English has two forms: one, and everything else (zero included).
            if (m.translations.size() != 2 ||
                std::any_of(m.translations.begin(), m.translations.end(),
                            [](const QString& t) { return t.trimmed().isEmpty(); }))
                wrongForms.append(m.key());
            for (const QString& form : m.translations) {
                if (hasParenthesizedPlural(form))
                    stillParenthesized.append(m.key() + QStringLiteral(" -> ") + form);
                if (!form.isEmpty() && placeholders(form) != placeholders(m.source))
                    brokenPlaceholders.append(m.key() + QStringLiteral(" -> ") + form);
            }
        }
        QVERIFY2(notPlural.isEmpty(),
                 qPrintable(QStringLiteral("translations/lading_en.ts holds plural forms only (lupdate "
                                           "-pluralonly), yet has these other messages; %1:%2")
                                .arg(kPluralsUpdateHint, listOf(notPlural))));
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) in translations/lading_en.ts are unfinished or "
                                           "obsolete; %2:%3")
                                .arg(unfinished.size())
                                .arg(kPluralsUpdateHint, listOf(unfinished))));
        QVERIFY2(wrongForms.isEmpty(),
                 qPrintable(QStringLiteral("plural messages need two English forms (singular, plural):%1")
                                .arg(listOf(wrongForms))));
        QVERIFY2(stillParenthesized.isEmpty(),
                 qPrintable(QStringLiteral("an English form still says \"(s)\"; write the word out, e.g. "
                                           "\"%n file\" and \"%n files\":%1")
                                .arg(listOf(stillParenthesized))));
        QVERIFY2(brokenPlaceholders.isEmpty(),
                 qPrintable(QStringLiteral("English forms must keep every %N placeholder of their source:%1")
                                .arg(listOf(brokenPlaceholders))));
    }

    // Every "(s)" a person could read is a plural message, so the English catalogue can spell it out.
    void everyParenthesizedPluralIsNumerus()
    {
        QStringList notNumerus;
        for (const TsMessage& m : std::as_const(m_messages)) {
            if (hasParenthesizedPlural(m.source) && (!m.plural || !m.source.contains(QLatin1String("%n"))))
                notNumerus.append(m.key());
        }
        QVERIFY2(notNumerus.isEmpty(),
                 qPrintable(QStringLiteral("write these as tr(\"%n thing(s)\", nullptr, count) so that "
                                           "English and German get real plural forms:%1")
                                .arg(listOf(notNumerus))));
    }

    void pluralCatalogueIsCurrentWithTheSources()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString fresh = work.filePath(QStringLiteral("fresh_en.ts"));
        QString diagnostics;
        // As cmake/LadingTranslations.cmake refreshes lading_en.ts.
        if (!runLupdate({QStringLiteral("-pluralonly")}, fresh, &diagnostics))
            return;
        QList<TsMessage> extracted;
        QString language;
        QString why;
        QVERIFY2(parseTs(fresh, &extracted, &language, &why), qPrintable(why));
        QVERIFY2(!extracted.isEmpty(),
                 qPrintable(QStringLiteral("lupdate -pluralonly found no strings: ") + diagnostics));
        QStringList missing;
        QStringList stale;
        compareKeys(extracted, m_plurals, &missing, &stale);
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(QStringLiteral(
                           "%1 plural message(s) in the sources are not in translations/lading_en.ts; %2:%3")
                           .arg(missing.size())
                           .arg(kPluralsUpdateHint, listOf(missing))));
        QVERIFY2(
            stale.isEmpty(),
            qPrintable(QStringLiteral(
                           "%1 message(s) in translations/lading_en.ts are no longer in the sources; %2:%3")
                           .arg(stale.size())
                           .arg(kPluralsUpdateHint, listOf(stale))));
    }

    void compiledPluralCatalogueMatchesTheTsFile()
    {
        QTranslator translator;
        QVERIFY2(
            translator.load(pluralsQmPath()),
            qPrintable(
                QStringLiteral("cannot load %1; build the target lading_lrelease").arg(pluralsQmPath())));
        QVERIFY2(translator.language().startsWith(QLatin1String("en")), qPrintable(translator.language()));
        const QStringList different = differencesFromCompiled(translator, m_plurals);
        QVERIFY2(different.isEmpty(),
                 qPrintable(QStringLiteral("lading_en.qm differs from lading_en.ts (stale build?):%1")
                                .arg(listOf(different))));
        // English rules: one for 1, the other form for everything else, 0 included.
        QCOMPARE(translator.translate("ArtifactDetector", "%n file(s)", nullptr, 0),
                 QStringLiteral("%n files"));
        QCOMPARE(translator.translate("ArtifactDetector", "%n file(s)", nullptr, 1),
                 QStringLiteral("%n file"));
        QCOMPARE(translator.translate("ArtifactDetector", "%n file(s)", nullptr, 2),
                 QStringLiteral("%n files"));
    }

    void choosesLanguagesLikeGettext_data()
    {
        QTest::addColumn<QStringList>("environment"); // NAME=value
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("LANG") << QStringList{QStringLiteral("LANG=de_DE.UTF-8")}
                              << QStringList{QStringLiteral("de_DE")};
        QTest::newRow("LC_ALL wins over LANG")
            << QStringList{QStringLiteral("LANG=fr_FR.UTF-8"), QStringLiteral("LC_ALL=de_AT.UTF-8")}
            << QStringList{QStringLiteral("de_AT")};
        QTest::newRow("LC_MESSAGES wins over LANG")
            << QStringList{QStringLiteral("LANG=fr_FR.UTF-8"), QStringLiteral("LC_MESSAGES=de_CH.UTF-8")}
            << QStringList{QStringLiteral("de_CH")};
        QTest::newRow("LANGUAGE first")
            << QStringList{QStringLiteral("LANG=fr_FR.UTF-8"), QStringLiteral("LANGUAGE=pt_BR:de")}
            << QStringList{QStringLiteral("pt_BR"), QStringLiteral("de"), QStringLiteral("fr_FR")};
        QTest::newRow("modifier dropped")
            << QStringList{QStringLiteral("LANG=de_DE@euro")} << QStringList{QStringLiteral("de_DE")};
        QTest::newRow("C locale is English")
            << QStringList{QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("LANGUAGE=de")} << QStringList{};
        QTest::newRow("POSIX is English") << QStringList{QStringLiteral("LANG=POSIX")} << QStringList{};
        QTest::newRow("LANGUAGE alone")
            << QStringList{QStringLiteral("LANGUAGE=de")} << QStringList{QStringLiteral("de")};
    }
    void choosesLanguagesLikeGettext()
    {
        QFETCH(QStringList, environment);
        QFETCH(QStringList, expected);
        QProcessEnvironment env;
        for (const QString& entry : std::as_const(environment))
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        QCOMPARE(preferredLanguages(env), expected);
    }

    void installsGermanForAGermanLocale()
    {
        const QDir qmDirectory = QFileInfo(qmPath()).absoluteDir();
        {
            EnvironmentOverride env({{"LC_ALL", QByteArray("de_DE.UTF-8")}, {"LANGUAGE", QByteArray()}});
            QCOMPARE(installTranslations(*QCoreApplication::instance(), qmDirectory.path()),
                     QStringLiteral("de"));
            QCOMPARE(QCoreApplication::translate("CommandLine", "Pushing"), QStringLiteral("Hochladen"));
            // Qt's own catalogue comes along when it is installed (Debian: qt6-translations-l10n).
            const char* qtHelp = "Displays help on commandline options.";
            if (QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                                  QStringLiteral("/qtbase_de.qm")))
                QVERIFY(QCoreApplication::translate("QCommandLineParser", qtHelp) != QLatin1String(qtHelp));
            removeInstalledTranslators();
            QCOMPARE(QCoreApplication::translate("CommandLine", "Pushing"), QStringLiteral("Pushing"));
        }
        {
            // No catalogue for Japanese: German, next in line, is taken, and its plural forms win over the
            // English ones installed beneath it.
            EnvironmentOverride env(
                {{"LC_ALL", QByteArray("de_DE.UTF-8")}, {"LANGUAGE", QByteArray("ja:de")}});
            QCOMPARE(installTranslations(*QCoreApplication::instance(), qmDirectory.path()),
                     QStringLiteral("de"));
            QCOMPARE(QCoreApplication::translate("ArtifactDetector", "%n file(s)", nullptr, 1),
                     QStringLiteral("1 Datei"));
            QCOMPARE(QCoreApplication::translate("ArtifactDetector", "%n file(s)", nullptr, 2),
                     QStringLiteral("2 Dateien"));
            removeInstalledTranslators();
        }
        QVERIFY(QCoreApplication::instance()->findChildren<QTranslator*>().isEmpty());
    }

    // English text, chosen or fallen back to, gets the English plural catalogue and never shows "(s)".
    void installsEnglishPlurals_data()
    {
        QTest::addColumn<QByteArray>("lcAll");
        QTest::addColumn<QByteArray>("language");
        QTest::newRow("English first") << QByteArray("en_GB.UTF-8") << QByteArray("en:de");
        QTest::newRow("English locale") << QByteArray("en_US.UTF-8") << QByteArray();
        QTest::newRow("C locale") << QByteArray("C.UTF-8") << QByteArray("de");
        QTest::newRow("POSIX") << QByteArray("POSIX") << QByteArray();
        QTest::newRow("no catalogue for the language") << QByteArray("ja_JP.UTF-8") << QByteArray("ja");
    }
    void installsEnglishPlurals()
    {
        QFETCH(QByteArray, lcAll);
        QFETCH(QByteArray, language);
        const QDir qmDirectory = QFileInfo(qmPath()).absoluteDir();
        EnvironmentOverride env({{"LC_ALL", lcAll}, {"LANGUAGE", language}});
        // Empty: the text is English, the source language; only its plural forms come from a catalogue.
        QCOMPARE(installTranslations(*QCoreApplication::instance(), qmDirectory.path()), QString());
        QCOMPARE(QCoreApplication::translate("ArtifactDetector", "%n file(s)", nullptr, 0),
                 QStringLiteral("0 files"));
        QCOMPARE(QCoreApplication::translate("ArtifactDetector", "%n file(s)", nullptr, 1),
                 QStringLiteral("1 file"));
        QCOMPARE(QCoreApplication::translate("ArtifactDetector", "%n file(s)", nullptr, 2),
                 QStringLiteral("2 files"));
        QCOMPARE(QCoreApplication::translate("lading::ui::CompareView", "%n referrer(s) differ", nullptr, 1),
                 QStringLiteral("1 referrer differs"));
        QCOMPARE(QCoreApplication::translate("lading::ui::CompareView", "%n referrer(s) differ", nullptr, 3),
                 QStringLiteral("3 referrers differ"));
        // Everything else stays the source text.
        QCOMPARE(QCoreApplication::translate("CommandLine", "Pushing"), QStringLiteral("Pushing"));
        // Every plural message, at 1 and at 2.
        QStringList parenthesized;
        for (const TsMessage& m : std::as_const(m_plurals)) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            for (const int n : {1, 2}) {
                const QString text =
                    QCoreApplication::translate(context.constData(), source.constData(),
                                                m.comment.isEmpty() ? nullptr : comment.constData(), n);
                if (hasParenthesizedPlural(text))
                    parenthesized.append(m.key() + QStringLiteral(" -> ") + text);
            }
        }
        QVERIFY2(parenthesized.isEmpty(), qPrintable(listOf(parenthesized)));
    }

    // The catalogue embedded in the executable, loaded at start-up.
    void commandLineSpeaksGerman()
    {
        QVERIFY(!lading::test::ladingExecutable().isEmpty());
        QProcessEnvironment german;
        german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        const auto help = lading::test::runLading({QStringLiteral("--help")}, {}, german, 30000);
        QVERIFY2(help.ok(), qPrintable(help.describe()));
        QVERIFY2(help.outText().startsWith(QLatin1String("Aufruf: lading")), qPrintable(help.outText()));
        QVERIFY2(help.outText().contains(QLatin1String("Dateien und Ordner als Artefakt hochladen")),
                 qPrintable(help.outText()));

        const auto wrong = lading::test::runLading({QStringLiteral("frobnicate")}, {}, german, 30000);
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(QString::fromUtf8(wrong.err).contains(QLatin1String("ist kein Befehl")),
                 wrong.err.constData());

        QProcessEnvironment english;
        english.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        english.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        const auto plain = lading::test::runLading({QStringLiteral("--help")}, {}, english, 30000);
        QVERIFY2(plain.ok(), qPrintable(plain.describe()));
        QVERIFY2(plain.outText().startsWith(QLatin1String("Usage: lading")), qPrintable(plain.outText()));
    }

    // The CLI loads the embedded lading_en.qm too: `push --detect` names what it found in real English.
    void commandLineWritesEnglishPlurals_data()
    {
        QTest::addColumn<QString>("lcAll");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("C locale") << QStringLiteral("C.UTF-8") << QStringLiteral("de")
                                  << QStringLiteral("Detected: 2 files and 1 folder");
        QTest::newRow("English") << QStringLiteral("en_US.UTF-8") << QStringLiteral("en")
                                 << QStringLiteral("Detected: 2 files and 1 folder");
        QTest::newRow("German") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de")
                                << QStringLiteral("2 Dateien und 1 Ordner");
    }
    void commandLineWritesEnglishPlurals()
    {
        QFETCH(QString, lcAll);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QVERIFY(!lading::test::ladingExecutable().isEmpty());
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QDir dir(work.path());
        QVERIFY(dir.mkpath(QStringLiteral("docs")));
        for (const QString& name :
             {QStringLiteral("a.txt"), QStringLiteral("b.txt"), QStringLiteral("docs/c.txt")}) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write("plain text\n") > 0);
        }
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("LC_ALL"), lcAll);
        environment.insert(QStringLiteral("LANGUAGE"), language);
        const auto pushed = lading::test::runLading(
            {QStringLiteral("push"), QStringLiteral("--detect"),
             QStringLiteral("oci:") + dir.filePath(QStringLiteral("layout")) + QStringLiteral(":v1"),
             dir.filePath(QStringLiteral("a.txt")), dir.filePath(QStringLiteral("b.txt")),
             dir.filePath(QStringLiteral("docs"))},
            {}, environment, 60000);
        QVERIFY2(pushed.ok(), qPrintable(pushed.describe()));
        const QString err = QString::fromUtf8(pushed.err);
        QVERIFY2(err.contains(expected), qPrintable(err));
        QVERIFY2(!hasParenthesizedPlural(err), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
