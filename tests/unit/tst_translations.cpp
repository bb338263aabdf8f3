// The German catalogue: complete, faithful to the placeholders, current with the sources, compiled into
// what the program loads, and chosen from the environment the way gettext chooses.
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

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    QList<TsMessage> m_messages; // the live ones
    QString m_language;

    QString qmPath() const { return QStringLiteral(LADING_QM_DIRECTORY "/lading_de.qm"); }

private slots:
    void initTestCase()
    {
        QList<TsMessage> all;
        QString why;
        QVERIFY2(parseTs(tsPath(), &all, &m_language, &why), qPrintable(why));
        std::copy_if(all.begin(), all.end(), std::back_inserter(m_messages),
                     [](const TsMessage& m) { return m.isLive(); });
        QVERIFY2(!m_messages.isEmpty(), "translations/lading_de.ts holds no messages");
    }

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
        const QString lupdate = QStringLiteral(LADING_LUPDATE);
        QVERIFY2(
            QFileInfo(lupdate).isExecutable(),
            qPrintable(QStringLiteral("lupdate (%1) is missing: install the Debian package qt6-l10n-tools")
                           .arg(lupdate)));
        QVERIFY2(QFileInfo::exists(QStringLiteral(LADING_LUPDATE_LIST)),
                 "the lupdate source list is missing: re-run cmake on the build folder");
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString fresh = work.filePath(QStringLiteral("fresh_de.ts"));
        QStringList arguments =
            QStringLiteral(LADING_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        arguments << QStringLiteral("@" LADING_LUPDATE_LIST) << QStringLiteral("-ts") << fresh;
        QProcess process;
        process.start(lupdate, arguments);
        QVERIFY2(process.waitForFinished(120000),
                 qPrintable(QStringLiteral("lupdate did not finish: ") + process.errorString()));
        const QString diagnostics = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(QStringLiteral("lupdate failed: ") + diagnostics));

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

        QSet<QString> inSources;
        for (const TsMessage& m : std::as_const(extracted))
            inSources.insert(m.key());
        QSet<QString> inCatalogue;
        for (const TsMessage& m : std::as_const(m_messages))
            inCatalogue.insert(m.key());
        const QStringList missing = QSet<QString>(inSources).subtract(inCatalogue).values();
        const QStringList stale = QSet<QString>(inCatalogue).subtract(inSources).values();
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
        QStringList different;
        for (const TsMessage& m : std::as_const(m_messages)) {
            if (!m.type.isEmpty() || m.translations.isEmpty())
                continue; // reported by everyMessageIsTranslated
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
        QVERIFY2(different.isEmpty(),
                 qPrintable(QStringLiteral("lading_de.qm differs from lading_de.ts (stale build?):%1")
                                .arg(listOf(different))));
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
            EnvironmentOverride env(
                {{"LC_ALL", QByteArray("en_GB.UTF-8")}, {"LANGUAGE", QByteArray("en:de")}});
            QCOMPARE(installTranslations(*QCoreApplication::instance(), qmDirectory.path()), QString());
        }
        {
            EnvironmentOverride env({{"LC_ALL", QByteArray("C.UTF-8")}, {"LANGUAGE", QByteArray("de")}});
            QCOMPARE(installTranslations(*QCoreApplication::instance(), qmDirectory.path()), QString());
        }
        {
            // No catalogue for Japanese: German, next in line, is taken.
            EnvironmentOverride env(
                {{"LC_ALL", QByteArray("de_DE.UTF-8")}, {"LANGUAGE", QByteArray("ja:de")}});
            QCOMPARE(installTranslations(*QCoreApplication::instance(), qmDirectory.path()),
                     QStringLiteral("de"));
            removeInstalledTranslators();
        }
        QVERIFY(QCoreApplication::instance()->findChildren<QTranslator*>().isEmpty());
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
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
