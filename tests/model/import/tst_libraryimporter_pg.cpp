// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryimporter.h"

#include "cablereader.h"
#include "librarydatabase.h"
#include "librarylocation.h"
#include "pgtestserver.h"
#include "samplecables.h"
#include "syntheticcsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Reftel;

namespace
{
void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray failures(const LibraryImporter::Summary &summary)
{
    QStringList reasons;
    for (const LibraryImporter::Outcome &outcome : summary.failures)
        reasons << outcome.reason;
    return reasons.join(u'\n').toUtf8();
}

// How many cables the library holds, through a connection of its own.
qint64 cableCount(const LibraryLocation &location)
{
    LibraryDatabase library;
    if (!library.open(location))
        return -1;
    return CableReader(library).count();
}

// A new, empty server library.
LibraryLocation freshLibrary(const QString &name)
{
    return PgTestServer::freshDatabase(name);
}

qint64 scalar(const LibraryDatabase &library, const QString &sql)
{
    QSqlQuery query(library.database());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}
}

// LibraryImporter into a server library (the pg fixture): the import works
// and, stopped or killed, resumes where its last committed batch left it,
// as on SQLite (tst_libraryimporter).
class TestLibraryImporterPg : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (const QString why = PgTestServer::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
    }

    void importsFilesAndSkipsThemAgain()
    {
        QTemporaryDir dir;
        for (const QString &sample : SampleCables::paths())
            writeFile(dir.filePath(QFileInfo(sample).fileName()), SampleCables::contents(sample));
        LibraryDatabase library;
        QVERIFY2(library.open(freshLibrary(QStringLiteral("importer_files"))), qPrintable(library.errorString()));
        {
            LibraryImporter importer(library);
            const LibraryImporter::Summary summary = importer.run({ dir.path() });
            QVERIFY2(summary.ok(), failures(summary).constData());
            QCOMPARE(summary.imported, 5);
        }
        QCOMPARE(CableReader(library).count(), qint64(5));
        QCOMPARE(scalar(library, QStringLiteral("SELECT count(*) FROM cable_references WHERE state = 'pending'")), 0);
        QCOMPARE(scalar(library, QStringLiteral("SELECT count(*) FROM resolution_queue")), 0);
        LibraryImporter again(library);
        const LibraryImporter::Summary summary = again.run({ dir.path() });
        QVERIFY2(summary.ok(), failures(summary).constData());
        QCOMPARE(summary.skipped, 5);
        QCOMPARE(summary.imported, 0);
        QCOMPARE(CableReader(library).count(), qint64(5));
    }

    void cancelKeepsWhatWasCommitted()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("cables.csv"));
        writeFile(csv, Testing::syntheticCsv(1500));
        const LibraryLocation location = freshLibrary(QStringLiteral("importer_cancel"));
        {
            LibraryDatabase library;
            QVERIFY2(library.open(location), qPrintable(library.errorString()));
            LibraryImporter importer(library);
            importer.setBatchSize(100);
            connect(&importer, &LibraryImporter::progress, &importer, [&importer](qint64 done, qint64) {
                if (done > 0)
                    importer.cancel();
            });
            const LibraryImporter::Summary summary = importer.run({ csv });
            QVERIFY(summary.cancelled);
            QVERIFY(summary.cables > 0 && summary.cables < 1500);
        }
        const qint64 afterCancel = cableCount(location);
        QVERIFY(afterCancel > 0 && afterCancel < 1500);
        LibraryDatabase library;
        QVERIFY(library.open(location));
        LibraryImporter importer(library);
        const LibraryImporter::Summary resumed = importer.run({ csv });
        QVERIFY2(resumed.ok(), failures(resumed).constData());
        QCOMPARE(resumed.skipped, int(afterCancel));
        QCOMPARE(CableReader(library).count(), qint64(1500));
    }

    // The import runs in a child process that is killed mid-way: what it
    // committed is whole, the rest is not there, and a second import
    // completes the library.
    void killedImportLeavesAConsistentLibrary()
    {
        QTemporaryDir dir;
        const int rows = 4000;
        const QString csv = dir.filePath(QStringLiteral("cables.csv"));
        writeFile(csv, Testing::syntheticCsv(rows));
        const LibraryLocation location = freshLibrary(QStringLiteral("importer_killed"));
        QCOMPARE(cableCount(location), qint64(0));

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REFTEL_IMPORT_PG_CHILD"), location.toText());
        env.insert(QStringLiteral("REFTEL_IMPORT_CSV"), csv);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(cableCount(location) >= 250 || child.state() == QProcess::NotRunning, 60000);
        QVERIFY2(child.state() == QProcess::Running,
            qPrintable(
                QStringLiteral("the child finished before it could be killed (exit code %1)").arg(child.exitCode())));
        child.kill();
        QVERIFY(child.waitForFinished());

        {
            LibraryDatabase library;
            QVERIFY2(library.open(location), qPrintable(library.errorString()));
            const qint64 partial = CableReader(library).count();
            QVERIFY2(partial > 0 && partial < rows, qPrintable(QString::number(partial)));
            // Every stored cable is whole: its text, its paragraphs, its source.
            QCOMPARE(scalar(library,
                         QStringLiteral("SELECT count(*) FROM cables c WHERE NOT EXISTS "
                                        "(SELECT 1 FROM paragraphs p WHERE p.cable_pk = c.pk)")),
                qint64(0));
            QCOMPARE(scalar(library, QStringLiteral("SELECT count(*) FROM cable_texts")), partial);
            QCOMPARE(scalar(library, QStringLiteral("SELECT count(DISTINCT cable_pk) FROM cable_sources")), partial);
            QCOMPARE(scalar(library, QStringLiteral("SELECT count(*) FROM resolution_queue")), qint64(0));
        }
        LibraryDatabase library;
        QVERIFY(library.open(location));
        LibraryImporter importer(library);
        const LibraryImporter::Summary resumed = importer.run({ csv });
        QVERIFY2(resumed.ok(), failures(resumed).constData());
        QVERIFY(resumed.skipped > 0);
        QCOMPARE(CableReader(library).count(), qint64(rows));
        QCOMPARE(scalar(library, QStringLiteral("SELECT count(*) FROM cable_sources")), qint64(rows));
    }
};

// The killed import's child: slow enough that the parent can kill it half-way.
static int importChild(const QString &location, const QString &csv)
{
    LibraryDatabase library;
    if (!library.open(LibraryLocation::fromText(location))) {
        qWarning("child: %s", qPrintable(library.errorString()));
        return 2;
    }
    LibraryImporter importer(library);
    importer.setBatchSize(250);
    QObject::connect(&importer, &LibraryImporter::progress, [] { QThread::msleep(800); });
    importer.run({ csv });
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString child = qEnvironmentVariable("REFTEL_IMPORT_PG_CHILD");
    if (!child.isEmpty())
        return importChild(child, qEnvironmentVariable("REFTEL_IMPORT_CSV"));
    TestLibraryImporterPg test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_libraryimporter_pg.moc"
