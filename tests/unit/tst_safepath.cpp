#include "core/util/safepath.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using lading::Error;
using lading::util::SafePath;

class TestSafePath final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString root() const { return QDir::cleanPath(m_dir.path()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(root()).mkpath(QStringLiteral("sub/deeper")));
        // Links planted in the target folder, as an earlier tar entry or a hostile user could leave them.
        QVERIFY(QFile::link(root() + QStringLiteral("/sub"), root() + QStringLiteral("/inside")));
        QVERIFY(QFile::link(QStringLiteral("sub/deeper"), root() + QStringLiteral("/relative-inside")));
        QVERIFY(QFile::link(QStringLiteral("/etc"), root() + QStringLiteral("/escape")));
        QVERIFY(QFile::link(QStringLiteral("../.."), root() + QStringLiteral("/sub/up")));
        QVERIFY(QFile::link(root() + QStringLiteral("/escape"), root() + QStringLiteral("/chain")));
        QVERIFY(QFile::link(QStringLiteral("/nonexistent-lading-target/zz"),
                            root() + QStringLiteral("/dangling")));
    }

    void acceptsNamesInside_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // relative to the root
        QTest::newRow("plain file") << "file.txt"
                                    << "file.txt";
        QTest::newRow("nested") << "dir/file.txt"
                                << "dir/file.txt";
        QTest::newRow("dot components") << "./a/./b"
                                        << "a/b";
        QTest::newRow("dot-dot that stays inside") << "a/../b"
                                                   << "b";
        QTest::newRow("doubled and trailing slashes") << "a//b/"
                                                      << "a/b";
        QTest::newRow("leading dots in a name") << "..foo/.bar"
                                                << "..foo/.bar";
        QTest::newRow("unicode") << QStringLiteral("données/résumé.txt")
                                 << QStringLiteral("données/résumé.txt");
        QTest::newRow("spaces") << "my file"
                                << "my file";
        QTest::newRow("colon not at drive position") << "tag:v1"
                                                     << "tag:v1";
        QTest::newRow("through a link inside") << "inside/x"
                                               << "inside/x";
        QTest::newRow("through a relative link inside") << "relative-inside/x"
                                                        << "relative-inside/x";
        QTest::newRow("existing dir") << "sub/deeper"
                                      << "sub/deeper";
        QTest::newRow("dot-dot past a hostile link") << "escape/../ok"
                                                     << "ok";
    }
    void acceptsNamesInside()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const auto path = SafePath::resolveInside(root(), name);
        QVERIFY2(path.ok(), qPrintable(path.error().message));
        QCOMPARE(path.value(), root() + QLatin1Char('/') + expected);
    }

    void refusesNamesThatEscape_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<bool>("namesIt"); // whether the message quotes the name as given
        QTest::newRow("empty") << ""
                               << "empty" << false;
        QTest::newRow("only a dot") << "."
                                    << "does not name" << true;
        QTest::newRow("only dot slash") << "./"
                                        << "does not name" << true;
        QTest::newRow("slashes only") << "//"
                                      << "absolute" << true;
        QTest::newRow("absolute") << "/etc/passwd"
                                  << "absolute" << true;
        QTest::newRow("parent") << "../x"
                                << "outside" << true;
        QTest::newRow("parent after dir") << "a/../../x"
                                          << "outside" << true;
        QTest::newRow("bare parent") << ".."
                                     << "outside" << true;
        QTest::newRow("drive with slash") << "C:/Windows/x"
                                          << "drive" << true;
        QTest::newRow("drive relative") << "c:x"
                                        << "drive" << true;
        QTest::newRow("unc") << "\\\\server\\share\\x"
                             << "backslash" << true;
        QTest::newRow("backslash parent") << "a\\..\\..\\x"
                                          << "backslash" << true;
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << "NUL" << false;
        QTest::newRow("link to /etc") << "escape/passwd"
                                      << "symbolic link" << true;
        QTest::newRow("the link itself") << "escape"
                                         << "symbolic link" << true;
        QTest::newRow("link climbing out") << "sub/up/x"
                                           << "symbolic link" << true;
        QTest::newRow("link to a link outside") << "chain/x"
                                                << "symbolic link" << true;
        QTest::newRow("dangling link outside") << "dangling"
                                               << "symbolic link" << true;
        QTest::newRow("cleaned into a link") << "sub/../escape/x"
                                             << "symbolic link" << true;
    }
    void refusesNamesThatEscape()
    {
        QFETCH(QString, name);
        QFETCH(QString, messagePart);
        QFETCH(bool, namesIt);
        const auto path = SafePath::resolveInside(root(), name);
        QVERIFY2(!path.ok(),
                 qPrintable(QStringLiteral("accepted as ") + (path.ok() ? path.value() : QString())));
        QCOMPARE(path.error().kind, Error::Kind::Unsafe);
        QVERIFY2(path.error().message.contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(path.error().message));
        if (namesIt)
            QVERIFY2(path.error().message.contains(QLatin1Char('"') + name + QLatin1Char('"')),
                     qPrintable(path.error().message));
    }

    void worksWhenTheRootDoesNotExistYet()
    {
        const QString missing = root() + QStringLiteral("/not-yet");
        const auto path = SafePath::resolveInside(missing, QStringLiteral("blobs/sha256/ab"));
        QVERIFY2(path.ok(), qPrintable(path.error().message));
        QCOMPARE(path.value(), missing + QStringLiteral("/blobs/sha256/ab"));
        QVERIFY(!SafePath::resolveInside(missing, QStringLiteral("../x")).ok());
    }

    void comparesByComponents_data()
    {
        QTest::addColumn<QString>("rootPath");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("within");
        QTest::newRow("same") << "/a/b"
                              << "/a/b" << true;
        QTest::newRow("child") << "/a/b"
                               << "/a/b/c" << true;
        QTest::newRow("sibling with prefix") << "/a/b"
                                             << "/a/bc" << false;
        QTest::newRow("parent") << "/a/b"
                                << "/a" << false;
        QTest::newRow("uncleaned") << "/a/b/"
                                   << "/a/b/c/../d" << true;
        QTest::newRow("escape by dots") << "/a/b"
                                        << "/a/b/../c" << false;
        QTest::newRow("filesystem root") << "/"
                                         << "/x" << true;
    }
    void comparesByComponents()
    {
        QFETCH(QString, rootPath);
        QFETCH(QString, path);
        QFETCH(bool, within);
        QCOMPARE(SafePath::isWithin(rootPath, path), within);
    }
};

QTEST_GUILESS_MAIN(TestSafePath)
#include "tst_safepath.moc"
