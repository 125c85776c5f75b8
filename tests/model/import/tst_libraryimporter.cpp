// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryimporter.h"

#include "cableparser.h"
#include "cablereader.h"
#include "cablewriter.h"
#include "documentparser.h"
#include "librarydatabase.h"
#include "ordinaryuser.h"
#include "reportwriter.h"
#include "samplecables.h"
#include "storefixtures.h"
#include "syntheticcsv.h"
#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QThread>

#include <algorithm>
#include <cstdio>

#include <sched.h>
#include <sys/mount.h>

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

// The five bundled samples, in a folder tree as an analyst would have them.
void writeSamples(const QString &dir)
{
    int i = 0;
    for (const QString &sample : SampleCables::paths())
        writeFile(dir + (i++ % 2 ? QStringLiteral("/sub/") : QStringLiteral("/")) + QFileInfo(sample).fileName(),
            SampleCables::contents(sample));
}

// The failures of an import, for the message of a failed check.
QByteArray failures(const LibraryImporter::Summary &summary)
{
    QStringList reasons;
    for (const LibraryImporter::Outcome &outcome : summary.failures)
        reasons << outcome.reason;
    return reasons.join(u'\n').toUtf8();
}

// Row `row` of Testing::syntheticCsv() with a marker for the faulty parser in its last words.
void markRow(QByteArray *csv, int row, const QByteArray &marker)
{
    const qsizetype id = csv->indexOf(QByteArray("66BUENOSAIRES" + QByteArray::number(10000 + row)));
    const qsizetype signature = csv->indexOf("SACCIO", id);
    if (id < 0 || signature < 0)
        qFatal("row %d has no signature", row);
    csv->insert(signature, marker + ' ');
}

// The failures of an import, file name and reason, sorted.
QStringList failedFiles(const LibraryImporter::Summary &summary)
{
    QStringList failed;
    for (const LibraryImporter::Outcome &outcome : summary.failures)
        failed << QFileInfo(outcome.source).fileName() + QStringLiteral(" | ")
                + outcome.reason.section(QStringLiteral(": "), -1);
    failed.sort();
    return failed;
}

// The bundled sample of a cable, by its id (the resource order is not the ids').
QByteArray sampleOf(const QString &id)
{
    for (const QString &path : SampleCables::paths()) {
        const QByteArray bytes = SampleCables::contents(path);
        if (DocumentParser::parse(bytes, path).value(0).id == id)
            return bytes;
    }
    qFatal("no sample %s", qPrintable(id));
}

}

class TestLibraryImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsFoldersAndReportsBadFiles()
    {
        QTemporaryDir dir;
        writeSamples(dir.filePath(QStringLiteral("in")));
        writeFile(dir.filePath(QStringLiteral("in/notes.txt")), "Remember to buy milk.\nNothing here is a cable.\n");
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 7919) & 0xff);
        writeFile(dir.filePath(QStringLiteral("in/sub/picture.png")), binary);

        LibraryDatabase library;
        QVERIFY2(library.open(dir.filePath(QStringLiteral("library.sqlite"))), qPrintable(library.errorString()));
        LibraryImporter importer(library);
        QSignalSpy outcomes(&importer, &LibraryImporter::outcome);
        QSignalSpy progress(&importer, &LibraryImporter::progress);
        const LibraryImporter::Summary summary = importer.run({ dir.filePath(QStringLiteral("in")) });

        QCOMPARE(summary.files, 7);
        QVERIFY2(summary.imported == 5, failures(summary).constData());
        // Plainly no cables: skipped with the reason, not failures.
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.notCables, 2);
        QCOMPARE(summary.cables, qint64(5));
        QVERIFY(summary.ok());
        QCOMPARE(outcomes.count(), 7);
        QStringList skipped;
        for (const LibraryImporter::Outcome &outcome : summary.notCableFiles) {
            QCOMPARE(outcome.status, LibraryImporter::Outcome::Status::NotACable);
            QVERIFY2(outcome.reason.contains(outcome.source), qPrintable(outcome.reason)); // names the file
            skipped << QFileInfo(outcome.source).fileName();
        }
        skipped.sort();
        QCOMPARE(skipped, (QStringList { QStringLiteral("notes.txt"), QStringLiteral("picture.png") }));
        QVERIFY(summary.notCableFiles.first().reason.contains(QStringLiteral("not a cable")));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());

        CableWriter store(library);
        QCOMPARE(library.cables().count(), qint64(5));
        for (const QString &id : { QStringLiteral("09ASTANA253"), QStringLiteral("09ASTANA1399"),
                 QStringLiteral("09ASTANA478"), QStringLiteral("09ASTANA713"), QStringLiteral("09ASTANA714") })
            QVERIFY2(library.cables().contains(id), qPrintable(id));
    }

    // A file with the look of a cable that cannot be read is a failure, named with its reason.
    void aCableThatCannotBeReadFails()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("in/README.md")),
            "# Cables of the Astana desk\n\nSaved from the search site, one a file.\n");
        writeFile(dir.filePath(QStringLiteral("in/empty.txt")), "");
        writeFile(dir.filePath(QStringLiteral("in/cut.html")),
            "<html><body><pre>S E C R E T SECTION 01 OF 03</pre></body></html>");
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))));
        const LibraryImporter::Summary summary = LibraryImporter(library).run({ dir.filePath(QStringLiteral("in")) });
        QCOMPARE(summary.files, 3);
        QCOMPARE(summary.notCables, 2);
        QVERIFY2(summary.failed == 1, failures(summary).constData());
        QVERIFY(summary.failures.first().source.endsWith(QStringLiteral("cut.html")));
        QStringList reasons;
        for (const LibraryImporter::Outcome &outcome : summary.notCableFiles)
            reasons << outcome.reason;
        reasons.sort();
        QVERIFY2(reasons.at(0).contains(QStringLiteral("README.md"))
                && reasons.at(0).contains(QStringLiteral("no telegram")),
            qPrintable(reasons.join(u'\n')));
        QVERIFY2(
            reasons.at(1).contains(QStringLiteral("empty.txt")) && reasons.at(1).contains(QStringLiteral("empty file")),
            qPrintable(reasons.join(u'\n')));
    }

    void reimportSkipsWhatIsStored()
    {
        QTemporaryDir dir;
        writeSamples(dir.filePath(QStringLiteral("in")));
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))));
        LibraryImporter importer(library);
        const LibraryImporter::Summary first = importer.run({ dir.filePath(QStringLiteral("in")) });
        QVERIFY2(first.imported == 5, failures(first).constData());
        const LibraryImporter::Summary again = importer.run({ dir.filePath(QStringLiteral("in")) });
        QCOMPARE(again.skipped, 5);
        QCOMPARE(again.imported, 0);
        QVERIFY(again.ok());
        QCOMPARE(CableReader(library).count(), qint64(5));
    }

    void anotherSavedFormMerges()
    {
        QTemporaryDir dir;
        writeSamples(dir.filePath(QStringLiteral("in")));
        // The same cable as a bare telegram: from the routing block on.
        const QByteArray page = SampleCables::contents(QStringLiteral(":/samples/09ASTANA253.txt"));
        writeFile(dir.filePath(QStringLiteral("copy/253.txt")), page.mid(page.indexOf("VZCZC")));
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))));
        LibraryImporter importer(library);
        QCOMPARE(importer.run({ dir.filePath(QStringLiteral("in")) }).imported, 5);
        const LibraryImporter::Summary second = importer.run({ dir.filePath(QStringLiteral("copy")) });
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.merged + second.updated, 1);
        CableWriter store(library);
        QCOMPARE(library.cables().count(), qint64(5));
        QCOMPARE(library.cables().sources(QStringLiteral("09ASTANA253")).size(), 2);
    }

    void streamsTheReleaseCsv()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("cables.csv")), Testing::syntheticCsv(300));
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))));
        LibraryImporter importer(library);
        importer.setBatchSize(64);
        QSignalSpy progress(&importer, &LibraryImporter::progress);
        const LibraryImporter::Summary summary = importer.run({ dir.filePath(QStringLiteral("cables.csv")) });
        QVERIFY2(summary.ok(), failures(summary).constData());
        QCOMPARE(summary.files, 1);
        QCOMPARE(summary.imported, 300);
        QCOMPARE(CableReader(library).count(), qint64(300));
        QVERIFY(progress.count() >= 2);
        // Again: every row is already there.
        QCOMPARE(importer.run({ dir.filePath(QStringLiteral("cables.csv")) }).skipped, 300);
    }

    // The release names some cables oddly (a section marker in the id, a
    // serial with a suffix, no serial at all). Each row is its own cable
    // under the id the release gave it: none refused, none merged into the
    // cable its banner would name.
    void keepsTheReleasesOwnIds()
    {
        QTemporaryDir dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))));
        LibraryImporter importer(library);
        const QString csv = QStringLiteral(REFTEL_TEST_DATA_DIR "/store/odd-ids.csv");
        const LibraryImporter::Summary summary = importer.run({ csv });
        QVERIFY2(summary.ok(), failures(summary).constData());
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.merged, 0);
        QCOMPARE(summary.imported, 5);
        CableWriter store(library);
        QCOMPARE(library.cables().count(), qint64(5));
        for (const QString &id : { QStringLiteral("66BUENOSAIRES2481"),
                 QStringLiteral("66SECTION01OF02BUENOSAIRES2481"), QStringLiteral("66BUENOSAIRES002481ZFR2481"),
                 QStringLiteral("66BUENOSAIRES"), QStringLiteral("662OF5") }) {
            const std::optional<Cable> cable = library.cables().load(id);
            QVERIFY2(cable.has_value(), qPrintable(id));
            QCOMPARE(cable->id, id);
            QCOMPARE(library.cables().sources(id).size(), 1);
            QVERIFY(cable->subject.contains(QStringLiteral("HIGH SEAS")));
        }
        // Imported again: the same five cables, updated in place.
        const LibraryImporter::Summary again = importer.run({ csv });
        QCOMPARE(again.failed, 0);
        QCOMPARE(library.cables().count(), qint64(5));
    }

    // A page that crashes the parser and one that makes it hang, in the
    // middle of a folder: both named with the reason, everything else
    // stored. Once the parser is fixed (the real one here), importing the
    // folder again stores the two and skips the rest.
    void outlivesACrashAndAHangInAFolder()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        writeSamples(in);
        QFile page(QStringLiteral(REFTEL_TEST_DATA_DIR "/parser/10ASTANA72.html"));
        QFile telegram(QStringLiteral(REFTEL_TEST_DATA_DIR "/parser/state-unclas-refs.txt"));
        QVERIFY(page.open(QIODevice::ReadOnly) && telegram.open(QIODevice::ReadOnly));
        writeFile(in + QStringLiteral("/m-crash.html"), page.readAll() + "\n<!-- REFTEL-TEST-CRASH -->\n");
        writeFile(in + QStringLiteral("/n-hang.txt"), telegram.readAll() + "REFTEL-TEST-HANG\n");

        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))));
        LibraryImporter importer(library);
        importer.setWorkerProgram(QStringLiteral(REFTEL_FAULTY_PARSE_WORKER));
        importer.setDocumentTimeout(1500);
        const LibraryImporter::Summary summary = importer.run({ in });
        QCOMPARE(summary.files, 7);
        QVERIFY2(summary.imported == 5, failures(summary).constData());
        QCOMPARE(summary.failed, 2);
        QCOMPARE(failedFiles(summary),
            (QStringList { QStringLiteral("m-crash.html | the parser crashed on this file."),
                QStringLiteral("n-hang.txt | parsing took more than 1.5 s.") }));
        for (const LibraryImporter::Outcome &outcome : summary.failures)
            QVERIFY2(outcome.reason.startsWith(outcome.source + u':'), qPrintable(outcome.reason)); // names the file
        QCOMPARE(CableReader(library).count(), qint64(5));

        LibraryImporter fixed(library);
        const LibraryImporter::Summary again = fixed.run({ in });
        QVERIFY2(again.ok(), failures(again).constData());
        QCOMPARE(again.imported, 2);
        QCOMPARE(again.skipped, 5);
        CableWriter store(library);
        QCOMPARE(library.cables().count(), qint64(7));
        QVERIFY(library.cables().contains(QStringLiteral("10ASTANA72")));
    }

    // The same in the release CSV, row by row.
    void outlivesACrashAndAHangInTheCsv()
    {
        QTemporaryDir dir;
        QByteArray csv = Testing::syntheticCsv(300);
        markRow(&csv, 100, "REFTEL-TEST-CRASH");
        markRow(&csv, 200, "REFTEL-TEST-HANG");
        const QString path = dir.filePath(QStringLiteral("cables.csv"));
        writeFile(path, csv);

        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))));
        LibraryImporter importer(library);
        importer.setBatchSize(64);
        importer.setWorkerProgram(QStringLiteral(REFTEL_FAULTY_PARSE_WORKER));
        importer.setDocumentTimeout(1500);
        const LibraryImporter::Summary summary = importer.run({ path });
        QCOMPARE(summary.imported, 298);
        QCOMPARE(summary.failed, 2);
        QCOMPARE(failedFiles(summary),
            (QStringList { QStringLiteral("cables.csv:100 | the parser crashed on this row."),
                QStringLiteral("cables.csv:200 | parsing took more than 1.5 s.") }));
        QCOMPARE(CableReader(library).count(), qint64(298));
        QVERIFY(!CableReader(library).contains(QStringLiteral("66BUENOSAIRES10100")));

        LibraryImporter fixed(library);
        const LibraryImporter::Summary again = fixed.run({ path });
        QVERIFY2(again.ok(), failures(again).constData());
        QCOMPARE(again.imported, 2);
        QCOMPARE(again.skipped, 298);
        QCOMPARE(CableReader(library).count(), qint64(300));
    }

    // Without a parser that runs, the import says so once, naming the
    // program, stores nothing and ends.
    void aMissingParserIsReportedOnce()
    {
        QTemporaryDir dir;
        writeSamples(dir.filePath(QStringLiteral("in")));
        writeFile(dir.filePath(QStringLiteral("cables.csv")), Testing::syntheticCsv(50));
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))));
        LibraryImporter importer(library);
        const QString missing = dir.filePath(QStringLiteral("nowhere/reftel-parse"));
        importer.setWorkerProgram(missing);
        const LibraryImporter::Summary summary =
            importer.run({ dir.filePath(QStringLiteral("cables.csv")), dir.filePath(QStringLiteral("in")) });
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.failures.first().source, missing);
        QVERIFY2(summary.failures.first().reason.contains(missing), qPrintable(summary.failures.first().reason));
        QCOMPARE(summary.cables, qint64(0));
        QCOMPARE(CableReader(library).count(), qint64(0));
    }

    void missingPathIsReported()
    {
        QTemporaryDir dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))));
        LibraryImporter importer(library);
        const LibraryImporter::Summary summary = importer.run({ dir.filePath(QStringLiteral("nope")) });
        QCOMPARE(summary.failed, 1);
        QVERIFY(summary.failures.first().reason.contains(QStringLiteral("nope")));
    }

    void cancelKeepsWhatWasCommitted()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("cables.csv")), Testing::syntheticCsv(1500));
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        {
            LibraryDatabase library;
            QVERIFY(library.open(path));
            LibraryImporter importer(library);
            importer.setBatchSize(100);
            connect(&importer, &LibraryImporter::progress, &importer, [&importer](qint64 done, qint64) {
                if (done > 0)
                    importer.cancel();
            });
            const LibraryImporter::Summary summary = importer.run({ dir.filePath(QStringLiteral("cables.csv")) });
            QVERIFY(summary.cancelled);
            QVERIFY(summary.cables > 0 && summary.cables < 1500);
        }
        const qint64 afterCancel = StoreFixtures::cableCount(path);
        QVERIFY(afterCancel > 0 && afterCancel < 1500);
        LibraryDatabase library;
        QVERIFY(library.open(path));
        LibraryImporter importer(library);
        const LibraryImporter::Summary resumed = importer.run({ dir.filePath(QStringLiteral("cables.csv")) });
        QVERIFY(resumed.ok());
        QCOMPARE(resumed.skipped, int(afterCancel));
        QCOMPARE(CableReader(library).count(), qint64(1500));
    }

    // The import runs in a child process that is killed mid-way; the library
    // must open, pass SQLite's integrity check, and a second import complete it.
    void killedImportLeavesAConsistentLibrary()
    {
        QTemporaryDir dir;
        const int rows = 4000;
        writeFile(dir.filePath(QStringLiteral("cables.csv")), Testing::syntheticCsv(rows));
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));

        // The library exists before the child starts, so that the parent's
        // polling and the child never race to create it.
        QVERIFY(StoreFixtures::cableCount(path) == 0);

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REFTEL_IMPORT_CHILD"), dir.path());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        // Kill it once some batches are committed but long before the end.
        QTRY_VERIFY_WITH_TIMEOUT(
            StoreFixtures::cableCount(path) >= 250 || child.state() == QProcess::NotRunning, 60000);
        QVERIFY2(child.state() == QProcess::Running,
            qPrintable(
                QStringLiteral("the child finished before it could be killed (exit code %1)").arg(child.exitCode())));
        child.kill();
        QVERIFY(child.waitForFinished());

        {
            LibraryDatabase library;
            QVERIFY2(library.open(path), qPrintable(library.errorString()));
            QSqlQuery check(library.database());
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            const qint64 partial = CableReader(library).count();
            QVERIFY2(partial > 0 && partial < rows, qPrintable(QString::number(partial)));
            // Every stored cable is whole: it has its paragraphs.
            QSqlQuery empty(library.database());
            QVERIFY(empty.exec(QStringLiteral("SELECT count(*) FROM cables c WHERE NOT EXISTS "
                                              "(SELECT 1 FROM paragraphs p WHERE p.cable_pk = c.pk)")));
            QVERIFY(empty.next());
            QCOMPARE(empty.value(0).toLongLong(), qint64(0));
        }
        LibraryDatabase library;
        QVERIFY(library.open(path));
        LibraryImporter importer(library);
        const LibraryImporter::Summary resumed = importer.run({ dir.filePath(QStringLiteral("cables.csv")) });
        QVERIFY(resumed.ok());
        QCOMPARE(CableReader(library).count(), qint64(rows));
    }

    // Issue 13, item 7: a malformed row costs that row, not the rest.
    void malformedRowIsNamedAndTheRestRead()
    {
        QTemporaryDir dir;
        QByteArray data = Testing::syntheticCsv(400);
        const QByteArray id = "\"66BUENOSAIRES10100\"";
        data.replace(data.indexOf(id), id.size(), "\"66X\"garbage\"");
        const QString csv = dir.filePath(QStringLiteral("cables.csv"));
        writeFile(csv, data);
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))));
        LibraryImporter importer(library);
        importer.setBatchSize(50);
        const LibraryImporter::Summary summary = importer.run({ csv });
        QCOMPARE(summary.imported, 399);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.failures.constFirst().source, csv + QStringLiteral(":100"));
        QVERIFY(summary.failures.constFirst().reason.contains(QStringLiteral("row 100")));
        QCOMPARE(CableReader(library).count(), 399);
        QVERIFY(CableReader(library).contains(QStringLiteral("66BUENOSAIRES10400")));
    }

    // Item 9: nothing in a folder is skipped in silence.
    void unreadableFilesAndFoldersAreNamed()
    {
        QTemporaryDir dir;
        Testing::openUp(dir.path());
        const QString folder = dir.filePath(QStringLiteral("cables"));
        writeSamples(folder);
        Testing::openUp(folder);
        Testing::openUp(folder + QStringLiteral("/sub"));
        const QString locked = folder + QStringLiteral("/locked.txt");
        writeFile(locked, SampleCables::contents(SampleCables::paths().constFirst()));
        QVERIFY(QFile::setPermissions(locked, QFile::WriteOwner));
        const QString closed = folder + QStringLiteral("/closed");
        writeFile(closed + QStringLiteral("/inside.txt"), "x");
        QVERIFY(QFile::setPermissions(closed, QFile::WriteOwner));
        QVERIFY(QFile::link(folder + QStringLiteral("/gone.txt"), folder + QStringLiteral("/dangling.txt")));
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        LibraryImporter::Summary summary;
        QVERIFY(Testing::asOrdinaryUser([&] {
            LibraryDatabase library;
            if (!library.open(path))
                qFatal("%s", qPrintable(library.errorString()));
            summary = LibraryImporter(library).run({ folder });
        }));
        QStringList named;
        for (const LibraryImporter::Outcome &failure : std::as_const(summary.failures))
            named << failure.source;
        QVERIFY2(named.contains(locked), failures(summary).constData());
        QVERIFY2(named.contains(closed), failures(summary).constData());
        QVERIFY2(named.contains(folder + QStringLiteral("/dangling.txt")), failures(summary).constData());
        QCOMPARE(summary.failed, 3);
        QCOMPARE(summary.imported, 5);
    }

    // Item 9: a UTF-16 text file (with its byte-order mark) is a cable, and
    // NUL bytes past the start are taken out, with a warning.
    void utf16AndNulBytes()
    {
        QTemporaryDir dir;
        const QByteArray sample = sampleOf(QStringLiteral("09ASTANA253"));
        const QString text = QString::fromUtf8(sample);
        QByteArray utf16("\xFF\xFE");
        for (const QChar c : text) {
            utf16.append(char(c.unicode() & 0xff));
            utf16.append(char(c.unicode() >> 8));
        }
        writeFile(dir.filePath(QStringLiteral("in/utf16.txt")), utf16);
        QByteArray nuls = sampleOf(QStringLiteral("09ASTANA1399"));
        const qsizetype at = nuls.indexOf(' ', 6000); // well inside the text, past its first 4 KB
        QVERIFY(at > 4096);
        nuls.insert(at, QByteArray(3, '\0'));
        writeFile(dir.filePath(QStringLiteral("in/nuls.txt")), nuls);
        const QList<Cable> parsedNuls = DocumentParser::parse(nuls, QStringLiteral("nuls.txt"));
        QCOMPARE(parsedNuls.size(), 1);
        const QString nulsId = parsedNuls.constFirst().id;
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))));
        const LibraryImporter::Summary summary = LibraryImporter(library).run({ dir.filePath(QStringLiteral("in")) });
        QVERIFY2(summary.ok(), failures(summary).constData());
        QCOMPARE(summary.imported, 2);
        const std::optional<Cable> fromUtf16 =
            CableReader(library).load(DocumentParser::parse(sample, QStringLiteral("s")).constFirst().id);
        QVERIFY(fromUtf16);
        QVERIFY(fromUtf16->subject.contains(QStringLiteral("MULTILATERAL APPROACH")));
        const std::optional<Cable> withNuls = CableReader(library).load(nulsId);
        QVERIFY(withNuls);
        bool warned = false;
        for (const ParseWarning &warning : withNuls->warnings)
            warned = warned
                || (warning.kind == ParseWarning::Kind::NulBytes && warning.message.contains(QStringLiteral("3 NUL")));
        QVERIFY(warned);
        for (const Paragraph *paragraph : withNuls->paragraphs())
            QVERIFY(!paragraph->text.contains(QChar(0)));
    }

    // Item 8: a copy cut inside the body does not replace the whole cable.
    void truncatedCopyKeepsTheLongerText()
    {
        QTemporaryDir dir;
        const QByteArray full = sampleOf(QStringLiteral("09ASTANA253"));
        const QString file = dir.filePath(QStringLiteral("09ASTANA253.txt"));
        writeFile(file, full);
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))));
        QCOMPARE(LibraryImporter(library).run({ file }).imported, 1);
        const QString id = DocumentParser::parse(full, QStringLiteral("f")).constFirst().id;
        QCOMPARE(id, QStringLiteral("09ASTANA253"));
        const Cable before = *CableReader(library).load(id);

        const QByteArray cut = full.left(full.indexOf("3. (C)") + 60); // inside paragraph 3 of 11
        QString error;
        const QList<Cable> parsed = DocumentParser::parse(cut, QStringLiteral("cut.txt"), &error);
        QCOMPARE(parsed.size(), 1);
        bool truncated = false;
        for (const ParseWarning &warning : parsed.constFirst().warnings)
            truncated = truncated || warning.kind == ParseWarning::Kind::TruncatedText;
        const QList<const Paragraph *> kept = parsed.constFirst().paragraphs();
        QVERIFY2(truncated,
            qPrintable(QStringLiteral("no TruncatedText warning; the text ends: ")
                + (kept.isEmpty() ? QString() : kept.constLast()->text.right(80)) + u'|'
                + parsed.constFirst().signature));

        writeFile(file, cut);
        const LibraryImporter::Summary again = LibraryImporter(library).run({ file });
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.merged, 1);
        QCOMPARE(again.notes.size(), 1);
        QVERIFY2(again.notes.constFirst().reason.contains(QStringLiteral("longer text was kept")),
            qPrintable(again.notes.constFirst().reason));
        const std::optional<Cable> loaded = CableReader(library).load(QStringLiteral("09ASTANA253"));
        QVERIFY2(loaded, qPrintable(CableReader(library).errorString()));
        const Cable after = *loaded;
        QCOMPARE(after.telegram.size(), before.telegram.size());
        QCOMPARE(after.paragraphCount(), before.paragraphCount());
    }

    // Item 5: a batch waits while another program holds the write lock.
    void waitsForTheWriteLock()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("in"));
        writeSamples(folder);
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        LibraryDatabase other;
        QVERIFY(other.open(path));
        QSqlQuery hold(other.database());
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        LibraryDatabase library;
        QVERIFY(library.open(path));
        library.setBusyTimeout(50);
        LibraryImporter importer(library);
        importer.setLockAttempts(10);
        int waits = 0;
        connect(&importer, &LibraryImporter::waiting, &importer, [&](const QString &message) {
            QVERIFY(message.contains(QStringLiteral("another Reftel")));
            if (++waits == 3) // the other program is done
                QVERIFY(QSqlQuery(other.database()).exec(QStringLiteral("COMMIT")));
        });
        const LibraryImporter::Summary summary = importer.run({ folder });
        QVERIFY2(summary.ok(), failures(summary).constData());
        QCOMPARE(waits, 3);
        QCOMPARE(summary.imported, 5);
        QCOMPARE(CableReader(library).count(), 5);
    }

    // Item 5: and when it never gets it, every document not stored is named.
    void namesWhatTheLockKeptOut()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("in"));
        writeSamples(folder);
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        LibraryDatabase other;
        QVERIFY(other.open(path));
        QSqlQuery hold(other.database());
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        LibraryDatabase library;
        QVERIFY(library.open(path));
        library.setBusyTimeout(20);
        LibraryImporter importer(library);
        importer.setLockAttempts(3);
        importer.setBatchSize(2);
        const LibraryImporter::Summary summary = importer.run({ folder });
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(summary.imported, 0);
        QCOMPARE(summary.cables, 0);
        QStringList named;
        for (const LibraryImporter::Outcome &failure : std::as_const(summary.failures)) {
            QVERIFY2(failure.reason.contains(QStringLiteral("another Reftel")), qPrintable(failure.reason));
            named << failure.source;
        }
        for (const QString &sample : SampleCables::paths()) {
            const QString name = QFileInfo(sample).fileName();
            QVERIFY2(
                std::any_of(named.cbegin(), named.cend(), [&](const QString &source) { return source.endsWith(name); }),
                qPrintable(name));
        }
        QCOMPARE(CableReader(library).count(), 0);
    }

    // Item 6: a full disk (a small tmpfs, in a child process that may mount
    // one) is named, and the summary stays true.
    void fullDiskIsNamed()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("cables.csv")), Testing::syntheticCsv(3000));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REFTEL_FULL_DISK_CHILD"), dir.path());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(120000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        if (child.exitCode() == 77)
            QSKIP("a tmpfs cannot be mounted here (needs root or user namespaces)");
        QVERIFY2(child.exitCode() == 0, qPrintable(out + QString::fromUtf8(child.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("reason: ")) && out.contains(QStringLiteral("the disk is full")),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("summary true")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("no transaction is active")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("html refused")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("old report intact")), qPrintable(out));
        // The stop stops the parsing too: the page waiting for the CSV to be
        // written, which would hang the parser for a minute, is named
        // without being parsed.
        QVERIFY2(out.contains(QStringLiteral("page not parsed")), qPrintable(out));
    }
};

// A private mount namespace with a tmpfs of `kilobytes` at dir; false
// where this process may not mount.
static bool mountTmpfs(const QString &dir, int kilobytes)
{
    if (unshare(CLONE_NEWNS) != 0)
        return false;
    // Nothing mounted here may reach the namespace outside. In a chroot "/"
    // is no mount point: the folder is made one (bound onto itself) instead.
    const QByteArray path = QFile::encodeName(dir);
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0
        && (mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) != 0
            || mount(nullptr, path.constData(), nullptr, MS_PRIVATE, nullptr) != 0))
        return false;
    const QByteArray options = "size=" + QByteArray::number(kilobytes) + "k";
    return mount("tmpfs", path.constData(), "tmpfs", 0, options.constData()) == 0;
}

// The child of fullDiskIsNamed: imports onto a small tmpfs and says what
// happened (the tmpfs goes with the process, so it checks here).
static int fullDiskChild(const QString &dir)
{
    const QString disk = dir + QStringLiteral("/disk");
    std::printf("mounted\n");
    QFile::copy(dir + QStringLiteral("/cables.csv"), dir + QStringLiteral("/cables-copy.csv"));
    const QString page = dir + QStringLiteral("/in/hang.txt");
    writeFile(page, SampleCables::contents(SampleCables::paths().first()) + "\nREFTEL-TEST-HANG\n");
    LibraryImporter::Summary summary;
    QElapsedTimer timer;
    timer.start();
    {
        LibraryDatabase library;
        if (!library.open(disk + QStringLiteral("/library.sqlite"))) {
            std::printf("cannot open: %s\n", qPrintable(library.errorString()));
            return 1;
        }
        LibraryImporter importer(library);
        importer.setBatchSize(100);
        importer.setWorkerProgram(QStringLiteral(REFTEL_FAULTY_PARSE_WORKER));
        importer.setDocumentTimeout(60000);
        // The folder first: its page waits while the CSV is written.
        summary = importer.run({ dir + QStringLiteral("/in"), dir + QStringLiteral("/cables.csv") });
    }
    for (const LibraryImporter::Outcome &failure : std::as_const(summary.failures)) {
        if (failure.source == page && failure.reason.contains(QStringLiteral("not imported"))
            && timer.elapsed() < 30000)
            std::printf("page not parsed\n");
    }
    for (const LibraryImporter::Outcome &failure : std::as_const(summary.failures))
        std::printf("reason: %s\n", qPrintable(failure.reason));
    qint64 stored = -1;
    {
        LibraryDatabase library;
        if (library.openForReading(disk + QStringLiteral("/library.sqlite")))
            stored = CableReader(library).count();
        else
            std::printf("cannot reopen: %s\n", qPrintable(library.errorString()));
    }
    std::printf("imported %d, failed %d, cables %lld, stored %lld\n", summary.imported, summary.failed,
        static_cast<long long>(summary.cables), static_cast<long long>(stored));
    if (summary.failed > 0 && summary.cables == stored && summary.imported == stored)
        std::printf("summary true\n");

    // An export onto the full disk fails, and the report already there stays whole.
    const QString report = disk + QStringLiteral("/report.html");
    QFile::remove(disk + QStringLiteral("/library.sqlite-wal"));
    {
        QFile old(report);
        if (old.open(QIODevice::WriteOnly))
            old.write("<html>the old report</html>");
    }
    {
        QFile filler(disk + QStringLiteral("/filler"));
        if (filler.open(QIODevice::WriteOnly)) {
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) { }
        }
    }
    ReportDocument document;
    document.document = std::make_unique<QTextDocument>();
    document.document->setHtml(QString(QStringLiteral("<p>%1</p>")).arg(QString(200000, u'x')));
    ReportWriter writer;
    if (!writer.writeHtml(document, report))
        std::printf("html refused: %s\n", qPrintable(writer.errorString()));
    QFile old(report);
    if (old.open(QIODevice::ReadOnly) && old.readAll() == "<html>the old report</html>")
        std::printf("old report intact\n");
    return 0;
}

// The child of killedImportLeavesAConsistentLibrary: imports and is killed.
static int importChild(const QString &dir)
{
    LibraryDatabase library;
    if (!library.open(dir + QStringLiteral("/library.sqlite"))) {
        qWarning("child: %s", qPrintable(library.errorString()));
        return 2;
    }
    LibraryImporter importer(library);
    importer.setBatchSize(250);
    // Slow enough that the parent can kill it half-way, whatever the machine.
    QObject::connect(&importer, &LibraryImporter::progress, [] { QThread::msleep(800); });
    importer.run({ dir + QStringLiteral("/cables.csv") });
    return 0;
}

int main(int argc, char *argv[])
{
    // The full-disk child mounts its tmpfs before any thread exists: a mount
    // namespace is per thread until then.
    const QString fullDisk = qEnvironmentVariable("REFTEL_FULL_DISK_CHILD");
    if (!fullDisk.isEmpty()) {
        QDir().mkpath(fullDisk + QStringLiteral("/disk"));
        if (!mountTmpfs(fullDisk + QStringLiteral("/disk"), 1536))
            return 77;
    }
    // A QGuiApplication: the full-disk child lays out a report.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString child = qEnvironmentVariable("REFTEL_IMPORT_CHILD");
    if (!child.isEmpty())
        return importChild(child);
    if (!fullDisk.isEmpty())
        return fullDiskChild(fullDisk);
    TestLibraryImporter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_libraryimporter.moc"
