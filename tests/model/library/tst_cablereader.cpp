// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablereader.h"

#include "cablewriter.h"
#include "enginelibrary.h"
#include "preparedcable.h"
#include "releasecsvreader.h"
#include "releasecsvrow.h"
#include "servercablecopy.h"
#include "storedcablechecks.h"
#include "storefixtures.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Reftel;
using namespace Reftel::StoredCableChecks;
using namespace Qt::StringLiterals;

class TestCableReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { EngineLibrary::addEngines(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("id");
        for (const auto &sample : StoreFixtures::samples())
            QTest::newRow(qPrintable(sample.cable.id)) << sample.cable.id;
        QTest::newRow("bare telegram") << u"bare"_s;
        QTest::newRow("made by hand") << u"hand"_s;
    }

    // Everything the parser yields comes back as it went in.
    void roundTrip()
    {
        QFETCH(QString, id);
        StoreFixtures::ParsedSample sample;
        if (id == "bare"_L1) {
            sample = StoreFixtures::parseFixture(u"09ASTANA253-bare.txt"_s);
        } else if (id == "hand"_L1) {
            sample.cable = StoreFixtures::makeCable(u"10TESTPOST1"_s, u"SUBJECT"_s, { u"one"_s, u"two"_s },
                { Reference { u"A"_s, u"EMAIL 2/4/09"_s, {}, {} } });
            sample.cable.releaseReferences = { u"09ASTANA253"_s, u"09ASTANA713"_s };
            sample.cable.documentText = u"page text that is not the decoded original"_s;
            sample.cable.telegramOffset = -1;
            sample.cable.sections[0].paragraphs[0].citations.append(Citation { 2, 6, { u"A"_s }, { 0 } });
            sample.cable.sections[0].paragraphs[1].spans.append(TextSpan { TextSpan::Kind::Comment, 0, 3, true });
            sample.cable.dedup.append(
                DedupEntry { DedupEntry::Kind::BrokenEntity, DedupEntry::In::Document, 3, 9, u"&#"_s });
            sample.cable.warnings.append(ParseWarning { ParseWarning::Kind::NoBody, u"No body."_s, 12 });
            sample.cable.declassifyOn = QDate(2019, 2, 12);
            sample.path = u"hand.txt"_s;
        } else {
            sample = StoreFixtures::sample(id);
        }
        QVERIFY(!sample.cable.id.isEmpty());

        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        ServerCableCopy::Cables cables(library);
        const QString problem = cables.store({ sample });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const std::optional<Cable> stored = library.cables().load(sample.cable.id);
        QVERIFY(stored);
        compareCables(*stored, sample.cable);
        QVERIFY(!library.cables().load(u"09NOWHERE1"_s));
    }

    // A release CSV row's telegram is not stored a second time: the reader
    // makes it again from the stored row, to the character. A cable that
    // says it came from a CSV row but whose telegram differs keeps it stored.
    void releaseRowTelegramIsRebuilt()
    {
        QFile file(QStringLiteral(REFTEL_TEST_DATA_DIR "/parser/cables-sample.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        ReleaseCsvReader reader(&file, u"cables-sample.csv"_s);
        RawCable raw;
        QVERIFY(reader.readNext(&raw));
        const Cable row = CableParser::parse(raw);
        QVERIFY(!row.telegram.isEmpty());
        QCOMPARE(ReleaseCsvRow::telegramOf(row.originalBytes), row.telegram);

        Cable altered = CableParser::parse(raw);
        altered.id = u"66BUENOSAIRES9999"_s;
        altered.telegram += u"\nA LINE THE ROW DOES NOT HAVE"_s;

        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        ServerCableCopy::Cables cables(library);
        const QString problem = cables.store({ { row, u"cables-sample.csv:1"_s }, { altered, u"altered.csv:1"_s } });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(
            scalar(library, u"SELECT count(*) FROM cable_texts WHERE telegram IS NULL AND telegram_rebuilt = 1"_s), 1);

        const std::optional<Cable> stored = library.cables().load(row.id);
        QVERIFY(stored);
        compareCables(*stored, row);
        QCOMPARE(stored->telegram, row.telegram);
        QCOMPARE(library.cables().original(row.id), row.originalBytes);
        const std::optional<Cable> storedAltered = library.cables().load(altered.id);
        QVERIFY(storedAltered);
        QCOMPARE(storedAltered->telegram, altered.telegram);
    }

    void stats()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        qint64 paragraphs = 0;
        for (const auto &sample : StoreFixtures::samples())
            paragraphs += sample.cable.paragraphCount();
        ServerCableCopy::Cables cables(library);
        const QString problem = cables.store(StoreFixtures::samples());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const CableStats stats = library.cables().stats();
        QCOMPARE(stats.cables, 5);
        QCOMPARE(stats.sources, 5);
        QCOMPARE(stats.paragraphs, paragraphs);
        QCOMPARE(stats.referencesResolved, 0);
        QCOMPARE(stats.referencesProbable, 1);
        QCOMPARE(stats.referencesMissing, 9);
        QCOMPARE(stats.referencesPending, 0);
        QVERIFY(stats.sizeOnDisk > 0);
        if (where.isServer())
            return; // the server keeps its planner's statistics itself
        QVERIFY(library.cableWriter().updateStatistics());
        QSqlQuery statistics(library.database());
        QVERIFY(statistics.exec(u"SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'cables'"_s));
        QVERIFY(statistics.next());
        QVERIFY(statistics.value(0).toInt() > 0);
    }

    // What an import and a re-parse ask before they write: is this source
    // stored, which cables did an older parser make, from what.
    void sourcesAndStaleCables()
    {
        ENGINE_LIBRARY(where);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        QList<StoreFixtures::ParsedSample> samples = StoreFixtures::samples();
        QVERIFY(samples.size() >= 2);
        samples[1].cable.parserVersion = ParserVersion - 1;
        ServerCableCopy::Cables cables(library);
        const QString problem = cables.store(samples);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const CableReader &reader = library.cables();
        const StoreFixtures::ParsedSample &first = samples.constFirst();
        QVERIFY(reader.contains(first.cable.id));
        QVERIFY(!reader.contains(u"09NOWHERE1"_s));
        QCOMPARE(reader.count(), 5);
        const QList<CableReader::Source> sources = reader.sources(first.cable.id);
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.first().path, first.path);
        QVERIFY(sources.first().primary);
        QCOMPARE(sources.first().digest, PreparedCable::digestOf(first.cable.originalBytes));
        QVERIFY(sources.first().imported.isValid());
        QCOMPARE(reader.primarySource(first.cable.id), first.path);
        QCOMPARE(reader.original(first.cable.id), first.cable.originalBytes);
        QVERIFY(reader.isStored(first.path, PreparedCable::digestOf(first.cable.originalBytes)));
        QVERIFY(!reader.isStored(first.path, PreparedCable::digestOf("other bytes")));
        QVERIFY(!reader.isStored(u"elsewhere.txt"_s, PreparedCable::digestOf(first.cable.originalBytes)));
        // The older parse is stale, and not stored for an import to skip.
        QCOMPARE(reader.staleIds(), QStringList { samples[1].cable.id });
        QVERIFY(!reader.isStored(samples[1].path, PreparedCable::digestOf(samples[1].cable.originalBytes)));
        QCOMPARE(reader.staleIds(ParserVersion - 1), QStringList());
        QCOMPARE(reader.stats().staleCables, 1);
        QCOMPARE(reader.unindexedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCableReader)
#include "tst_cablereader.moc"
