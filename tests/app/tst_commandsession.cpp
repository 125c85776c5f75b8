// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandsession.h"

#include "commandline.h"
#include "librarydatabase.h"
#include "pgtestserver.h"
#include "samplecables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The sub-commands on a team library: --library takes a server's address in
// every form LibraryLocation reads, and a server that cannot be reached is
// one message naming it, never its password. The commands run in-process, as
// "reftel ..." would, against the suite's throw-away server.
class TestCommandSession : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run reftel(const QStringList &args)
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        CommandLine commandLine(outStream, errStream);
        Run run;
        run.code = commandLine.run(QStringList { u"reftel"_s } + args);
        outStream.flush();
        errStream.flush();
        run.out = out;
        run.err = err;
        return run;
    }

    QTemporaryDir m_dir;
    QString m_samples;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_samples = m_dir.filePath(u"samples"_s);
        QDir().mkpath(m_samples);
        for (const QString &path : SampleCables::paths()) {
            QFile out(m_samples + u'/' + QFileInfo(path).fileName());
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(SampleCables::contents(path));
        }
    }

    // No server listens there: one line that names the library, the exit
    // code of a failure (not of a wrong argument), and no password.
    void unreachableServerIsOneMessage_data()
    {
        QTest::addColumn<QString>("library");
        QTest::addColumn<QString>("named");
        QTest::newRow("socket folder") << u"postgresql://alice:s3cret@/cables?host=%1/no-server"_s << u"cables"_s;
        QTest::newRow("closed port") << u"host=127.0.0.1 port=1 dbname=cables user=alice password=s3cret"_s
                                     << u"127.0.0.1"_s;
    }

    void unreachableServerIsOneMessage()
    {
        QFETCH(QString, library);
        QFETCH(QString, named);
        library.replace(u"%1"_s, m_dir.path());
        for (const QString &command : { u"stats"_s, u"search"_s, u"import"_s }) {
            QStringList args { command, u"--library"_s, library };
            if (command == u"search"_s)
                args << u"manas"_s;
            if (command == u"import"_s)
                args << m_samples;
            const Run run = reftel(args);
            QCOMPARE(run.code, int(CommandLine::PartialFailure));
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.err.startsWith(u"reftel: "_s) && run.err.count(u'\n') == 1 && run.err.endsWith(u'\n'),
                qPrintable(run.err));
            QVERIFY2(run.err.contains(named), qPrintable(run.err));
            QVERIFY2(!run.err.contains(u"s3cret"_s), qPrintable(run.err));
        }
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList { u"samples"_s });
    }

    // A file copied to the server with reftel library copy, then read there
    // with the commands, imported into, and copied back.
    void commandsOnATeamLibrary()
    {
        if (const QString why = PgTestServer::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString file = m_dir.filePath(u"samples.sqlite"_s);
        QCOMPARE(reftel({ u"import"_s, u"--library"_s, file, m_samples }).code, int(CommandLine::Success));
        const QString server = PgTestServer::freshDatabase(u"commands"_s).toText();

        const Run copy = reftel({ u"library"_s, u"copy"_s, file, server });
        QVERIFY2(copy.code == CommandLine::Success, qPrintable(copy.err));
        QVERIFY2(copy.out.contains(u"Copied: every table holds as many rows"_s), qPrintable(copy.out));
        QVERIFY2(copy.out.contains(QRegularExpression(u"\n  cables +5 +5\n"_s)), qPrintable(copy.out));
        // Not twice into the same library.
        const Run again = reftel({ u"library"_s, u"copy"_s, file, server });
        QCOMPARE(again.code, int(CommandLine::PartialFailure));
        QVERIFY2(again.err.contains(u"is not empty"_s) && again.err.contains(u"--force"_s), qPrintable(again.err));

        const Run stats = reftel({ u"stats"_s, u"--json"_s, u"--library"_s, server });
        QVERIFY2(stats.code == CommandLine::Success, qPrintable(stats.err));
        QCOMPARE(QJsonDocument::fromJson(stats.out.toUtf8()).object().value(u"cables"_s).toInt(), 5);
        const Run show = reftel({ u"show"_s, u"09ASTANA253"_s, u"--library"_s, server });
        QVERIFY2(show.code == CommandLine::Success, qPrintable(show.err));
        QVERIFY2(show.out.contains(u"ASTANA"_s), qPrintable(show.out));
    }

    // What is no server address is a usage error, named.
    void badAddressIsAUsageError()
    {
        const Run run = reftel({ u"stats"_s, u"--library"_s, u"postgresql://db.example.org:port/cables"_s });
        QCOMPARE(run.code, int(CommandLine::UsageError));
        QVERIFY2(run.err.contains(u"postgresql://db.example.org:port/cables"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandSession)
#include "tst_commandsession.moc"
