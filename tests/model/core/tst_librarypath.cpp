// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypath.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestLibraryPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatCannotBeALibrary_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("postgresql uri") << u"postgresql://analyst@db.example/cables"_s
                                        << u"postgresql://analyst@db.example/cables is not a library file"_s;
        QTest::newRow("http") << u"https://example.org/library.sqlite"_s << u"not https://"_s;
        QTest::newRow("empty") << QString() << u"no library file"_s;
    }

    void refusesWhatCannotBeALibrary()
    {
        QFETCH(QString, value);
        QFETCH(QString, says);
        const QString problem = LibraryPath::problem(value);
        QVERIFY2(problem.contains(says), qPrintable(problem));
    }

    void refusesAFolder()
    {
        QTemporaryDir dir;
        const QString problem = LibraryPath::problem(dir.path());
        QVERIFY2(problem.contains(u"is a folder"_s) && problem.contains(dir.path()), qPrintable(problem));
    }

    void takesFilePaths_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("relative") << u"cables.sqlite"_s << u"cables.sqlite"_s;
        QTest::newRow("absolute") << u"/data/team/cables.sqlite"_s << u"/data/team/cables.sqlite"_s;
        QTest::newRow("a colon in a name") << u"./2009:astana.sqlite"_s << u"./2009:astana.sqlite"_s;
        QTest::newRow("drive letter") << u"C:/cables.sqlite"_s << u"C:/cables.sqlite"_s;
        QTest::newRow("file url") << u"file:///data/cables%20team.sqlite"_s << u"/data/cables team.sqlite"_s;
    }

    void takesFilePaths()
    {
        QFETCH(QString, value);
        QFETCH(QString, path);
        QCOMPARE(LibraryPath::problem(value), QString());
        QCOMPARE(LibraryPath::localPath(value), path);
    }
};

QTEST_GUILESS_MAIN(TestLibraryPath)
#include "tst_librarypath.moc"
