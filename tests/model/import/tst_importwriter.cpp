// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwriter.h"

#include "cablereader.h"
#include "cablewriter.h"
#include "documentparser.h"
#include "librarydatabase.h"
#include "parsejob.h"
#include "samplecables.h"
#include "storefixtures.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;

namespace
{
// A bundled sample as the parse stage hands it over.
ParseResult parsedSample(int index)
{
    const QString path = SampleCables::paths().at(index);
    const QByteArray bytes = SampleCables::contents(path);
    ParseResult parsed;
    parsed.path = path;
    parsed.size = bytes.size();
    parsed.digest = PreparedCable::digestOf(bytes);
    for (const Cable &cable : DocumentParser::parse(bytes, path))
        parsed.cables << PreparedCable::prepare(cable);
    return parsed;
}
}

class TestImportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void storesAndReportsEachDocument()
    {
        QTemporaryDir dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))));
        LibraryImporter::Summary summary;
        {
            ImportWriter writer(library, summary);
            QSignalSpy outcomes(&writer, &ImportWriter::outcome);
            const ParseResult first = parsedSample(0);
            writer.document(first);
            writer.document(first); // the same bytes again: skipped, not stored twice
            writer.finish();
            QCOMPARE(outcomes.size(), 2);
            const auto stored = outcomes.at(0).at(0).value<LibraryImporter::Outcome>();
            QCOMPARE(stored.status, LibraryImporter::Outcome::Status::Imported);
            QCOMPARE(stored.cableIds, QStringList { first.cables.first().cable.id });
            QCOMPARE(outcomes.at(1).at(0).value<LibraryImporter::Outcome>().status,
                LibraryImporter::Outcome::Status::Skipped);
        }
        QCOMPARE(summary.imported, 1);
        QCOMPARE(summary.skipped, 1);
        QCOMPARE(summary.cables, 1);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(CableReader(library).count(), 1);
    }

    void aParseErrorFailsTheDocumentOnly()
    {
        QTemporaryDir dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))));
        LibraryImporter::Summary summary;
        ImportWriter writer(library, summary);
        ParseResult broken;
        broken.path = QStringLiteral("broken.html");
        broken.error = QStringLiteral("broken.html: no telegram found");
        writer.document(broken);
        writer.document(parsedSample(1));
        writer.finish();
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.failures.size(), 1);
        QCOMPARE(summary.failures.first().source, broken.path);
        QCOMPARE(summary.failures.first().reason, broken.error);
        QCOMPARE(summary.imported, 1);
        QVERIFY(!writer.stopped());
    }

    // Rows are counted, not reported; a full batch is committed before finish().
    void rowsAreCommittedInBatches()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        LibraryDatabase library;
        QVERIFY(library.open(path));
        LibraryImporter::Summary summary;
        ImportWriter writer(library, summary);
        writer.setBatchSize(2);
        QSignalSpy outcomes(&writer, &ImportWriter::outcome);
        for (int i = 0; i < 3; ++i) {
            const ParseResult parsed = parsedSample(i);
            writer.row(parsed.cables.first(), QStringLiteral("release.csv:%1").arg(i + 1),
                QStringLiteral("release.csv"), i + 1);
        }
        QCOMPARE(outcomes.size(), 0);
        QCOMPARE(StoreFixtures::cableCount(path), 2); // the third waits in the open batch
        writer.finish();
        QCOMPARE(StoreFixtures::cableCount(path), 3);
        QCOMPARE(summary.imported, 3);
        QCOMPARE(summary.cables, 3);
    }

    // Another program keeps the write lock: the writer says it waits, then
    // stops, and names what it did not store and what comes after.
    void aLockThatStaysStopsTheWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        LibraryDatabase other;
        QVERIFY(other.open(path));
        QSqlQuery hold(other.database());
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        LibraryDatabase library;
        QVERIFY(library.open(path));
        library.setBusyTimeout(20);
        LibraryImporter::Summary summary;
        ImportWriter writer(library, summary);
        writer.setLockAttempts(2);
        QSignalSpy waits(&writer, &ImportWriter::waiting);
        const ParseResult first = parsedSample(0);
        writer.document(first);
        QCOMPARE(waits.size(), 1);
        QVERIFY(writer.stopped());
        const ParseResult second = parsedSample(1);
        writer.document(second);
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(summary.failed, 2);
        QCOMPARE(summary.imported, 0);
        QCOMPARE(summary.failures.at(0).source, first.path);
        QVERIFY2(summary.failures.at(0).reason.contains(QStringLiteral("not stored")),
            qPrintable(summary.failures.at(0).reason));
        QCOMPARE(summary.failures.at(1).reason, writer.notImported(second.path));
        QVERIFY2(summary.failures.at(1).reason.contains(QStringLiteral("another Reftel")),
            qPrintable(summary.failures.at(1).reason));
        QCOMPARE(CableReader(library).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportWriter)
#include "tst_importwriter.moc"
