// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"
#include "commandline.h"
#include "librarydatabase.h"
#include "libraryimporter.h"
#include "librarysalvage.h"
#include "samplecables.h"
#include "syntheticcsv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Reftel;

namespace
{
QByteArray digestOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1)
                                          : QByteArray();
}

// Random bytes over whole pages: what a failing disk or a bad copy leaves.
void damagePages(const QString &path, const QList<qint64> &pages, qint64 pageSize, qint64 keep = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        qFatal("cannot damage %s", qPrintable(path));
    QRandomGenerator random(13);
    for (const qint64 page : pages) {
        QByteArray noise(pageSize - keep, Qt::Uninitialized);
        for (char &c : noise)
            c = char(random.bounded(256));
        file.seek((page - 1) * pageSize + keep);
        file.write(noise);
    }
}
}

// A library with damage the test makes itself: every command says the
// library is damaged (exit code 3) instead of answering wrongly, never
// writes into it, and the salvage copies what is left into a new file.
class TestLibraryDamage : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run reftel(const QStringList &args, const QString &library)
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        CommandLine commandLine(outStream, errStream);
        Run run;
        run.code = commandLine.run(
            QStringList { QStringLiteral("reftel") } + args + QStringList { QStringLiteral("--library"), library });
        outStream.flush();
        errStream.flush();
        run.out = out;
        run.err = err;
        return run;
    }

    // The pages of a table or index, from SQLite's dbstat table.
    QList<qint64> pagesOf(const QString &name, const QString &type)
    {
        LibraryDatabase library;
        if (!library.openForReading(m_sound))
            return {};
        QSqlQuery query(library.database());
        query.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ?"));
        query.addBindValue(name);
        query.addBindValue(type);
        QList<qint64> pages;
        if (query.exec()) {
            while (query.next())
                pages.append(query.value(0).toLongLong());
        }
        return pages;
    }

    QTemporaryDir m_dir;
    QString m_sound;
    qint64 m_pageSize = 4096;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sound = m_dir.filePath(QStringLiteral("sound.sqlite"));
        const QString csv = m_dir.filePath(QStringLiteral("cables.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Testing::syntheticCsv(300));
        file.close();
        LibraryDatabase library;
        QVERIFY(library.open(m_sound));
        QVERIFY(LibraryImporter(library).run({ QStringLiteral(":/samples"), csv }).ok());
        Annotation note;
        note.cableId = QStringLiteral("09ASTANA253");
        note.anchor = QStringLiteral("09ASTANA253\u00B62");
        note.note = QStringLiteral("kept through the damage");
        QVERIFY(AnnotationStore(library).create(note));
        QSqlQuery size(library.database());
        QVERIFY(size.exec(QStringLiteral("PRAGMA page_size")) && size.next());
        m_pageSize = size.value(0).toLongLong();
        QSqlQuery dbstat(library.database());
        if (!dbstat.exec(QStringLiteral("SELECT count(*) FROM dbstat")))
            QSKIP("this SQLite has no dbstat table to find the pages to damage");
    }

    void commandsSayTheLibraryIsDamaged_data()
    {
        QTest::addColumn<QString>("object"); // whose pages are damaged
        QTest::addColumn<QString>("pageType");
        QTest::addColumn<QStringList>("command");
        QTest::newRow("show, id index") << QStringLiteral("sqlite_autoindex_cables_1") << QStringLiteral("leaf")
                                        << QStringList { QStringLiteral("show"), QStringLiteral("09ASTANA253") };
        QTest::newRow("search, full-text index")
            << QStringLiteral("paragraphs_fts_data") << QStringLiteral("leaf")
            << QStringList { QStringLiteral("search"), QStringLiteral("jurisdictions") };
        QTest::newRow("search, paragraphs") << QStringLiteral("paragraphs") << QStringLiteral("leaf")
                                            << QStringList { QStringLiteral("search"), QStringLiteral("manas") };
        QTest::newRow("export, cables") << QStringLiteral("cables") << QStringLiteral("leaf")
                                        << QStringList { QStringLiteral("export"), QStringLiteral("--pdf"),
                                               QStringLiteral("out.pdf"), QStringLiteral("--ids"),
                                               QStringLiteral("09ASTANA253"), QStringLiteral("09ASTANA714") };
        QTest::newRow("stats, schema") << QStringLiteral("sqlite_schema") << QStringLiteral("leaf")
                                       << QStringList { QStringLiteral("stats") };
    }

    void commandsSayTheLibraryIsDamaged()
    {
        QFETCH(QString, object);
        QFETCH(QString, pageType);
        QFETCH(QStringList, command);
        QList<qint64> pages = pagesOf(object, pageType);
        if (object == QLatin1String("sqlite_schema"))
            pages = { 1 };
        QVERIFY2(!pages.isEmpty(), qPrintable(object));
        const QString damaged = m_dir.filePath(
            QStringLiteral("damaged-%1.sqlite").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
        QFile::remove(damaged);
        QVERIFY(QFile::copy(m_sound, damaged));
        QFile::setPermissions(damaged, QFile::ReadOwner | QFile::WriteOwner);
        // Page 1 starts with the file header: its 100 bytes stay.
        damagePages(damaged, pages, m_pageSize, object == QLatin1String("sqlite_schema") ? 100 : 0);
        const QByteArray before = digestOf(damaged);

        for (QString &argument : command) {
            if (argument.endsWith(QLatin1String(".pdf")))
                argument = m_dir.filePath(argument);
        }
        const Run run = reftel(command, damaged);
        QVERIFY2(run.code == int(CommandLine::LibraryDamaged), qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(QStringLiteral("is damaged")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("reftel salvage")));
        QVERIFY(!run.err.contains(QStringLiteral("no such cable")));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out.pdf"))));
        QCOMPARE(digestOf(damaged), before); // nothing written into it
    }

    // What is still readable goes into a new library; the damaged one stays.
    void salvageCopiesWhatIsLeft()
    {
        const QString damaged = m_dir.filePath(QStringLiteral("to-salvage.sqlite"));
        QVERIFY(QFile::copy(m_sound, damaged));
        QFile::setPermissions(damaged, QFile::ReadOwner | QFile::WriteOwner);
        QList<qint64> pages = pagesOf(QStringLiteral("paragraphs"), QStringLiteral("leaf"));
        QVERIFY(pages.size() > 4);
        pages = pages.mid(pages.size() / 2, 2); // two pages of paragraphs, in the middle
        damagePages(damaged, pages, m_pageSize);
        const QByteArray before = digestOf(damaged);

        const QString salvaged = LibrarySalvage::suggestedPath(damaged);
        const Run run = reftel({ QStringLiteral("salvage"), salvaged }, damaged);
        QVERIFY2(run.code == int(CommandLine::Success), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("305 cables")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("could not be read")));
        QCOMPARE(digestOf(damaged), before);

        LibraryDatabase library;
        QVERIFY2(library.openForReading(salvaged), qPrintable(library.errorString()));
        QSqlQuery check(library.database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QCOMPARE(AnnotationStore(library).forCable(QStringLiteral("09ASTANA253")).size(), 1);
        library.close();
        const Run search = reftel({ QStringLiteral("search"), QStringLiteral("kazakhstan") }, salvaged);
        QVERIFY2(search.code == int(CommandLine::Success), qPrintable(search.err));
        QVERIFY(search.out.contains(QStringLiteral("09ASTANA")));
        // A second salvage never overwrites the first.
        QCOMPARE(reftel({ QStringLiteral("salvage"), salvaged }, damaged).code, int(CommandLine::PartialFailure));
    }

    // A session that did not close (its journal is still beside the file)
    // makes the next one check the file first.
    void checkedAfterACrash()
    {
        const QString crashed = m_dir.filePath(QStringLiteral("crashed/library.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(crashed).path()));
        {
            LibraryDatabase open;
            QVERIFY(open.open(m_sound));
            QSqlQuery write(open.database());
            QVERIFY(write.exec(QStringLiteral("UPDATE cables SET title = 'changed' WHERE id = '09ASTANA253'")));
            // A copy taken now is what a killed session leaves: file and journal.
            for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QVERIFY(QFile::copy(m_sound + suffix, crashed + suffix));
        }
        {
            LibraryDatabase library;
            QVERIFY2(library.open(crashed), qPrintable(library.errorString()));
            QVERIFY(library.previousSessionCrashed());
        }
        // And damage that no command would meet is found by that check.
        const QString damaged = m_dir.filePath(QStringLiteral("crashed/damaged.sqlite"));
        {
            LibraryDatabase open; // leaves a journal beside the copy below
            QVERIFY(open.open(m_sound));
            QSqlQuery write(open.database());
            QVERIFY(write.exec(QStringLiteral("UPDATE cables SET title = 'again' WHERE id = '09ASTANA253'")));
            for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QVERIFY(QFile::copy(m_sound + suffix, damaged + suffix));
        }
        damagePages(damaged, pagesOf(QStringLiteral("cable_texts"), QStringLiteral("leaf")).mid(0, 1), m_pageSize);
        LibraryDatabase library;
        QVERIFY(!library.open(damaged));
        QVERIFY(library.damaged());
        QVERIFY2(library.errorString().contains(QStringLiteral("damaged")), qPrintable(library.errorString()));
    }
};

QTEST_MAIN(TestLibraryDamage)
#include "tst_librarydamage.moc"
