// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablestore.h"

#include "librarysearch.h"
#include "releasecsvreader.h"
#include "releasecsvrow.h"
#include "storefixtures.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestCableStore : public QObject
{
    Q_OBJECT

private:
    static qint64 scalar(const LibraryDatabase &library, const QString &sql)
    {
        QSqlQuery query(library.database());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    static void compareCables(const Cable &stored, const Cable &parsed)
    {
        QCOMPARE(stored.id, parsed.id);
        QCOMPARE(stored.created, parsed.created);
        QCOMPARE(stored.createdCorrected, parsed.createdCorrected);
        QCOMPARE(stored.released, parsed.released);
        QCOMPARE(stored.classification, parsed.classification);
        QCOMPARE(stored.origin, parsed.origin);
        QCOMPARE(stored.title, parsed.title);
        QCOMPARE(stored.format, parsed.format);
        QCOMPARE(stored.sourceName, parsed.sourceName);

        QCOMPARE(stored.routing.transmissionId, parsed.routing.transmissionId);
        QCOMPARE(stored.routing.precedenceLetter, parsed.routing.precedenceLetter);
        QCOMPARE(stored.routing.precedenceName, parsed.routing.precedenceName);
        QCOMPARE(stored.routing.relayStations, parsed.routing.relayStations);
        QCOMPARE(stored.routing.sendingStation, parsed.routing.sendingStation);
        QCOMPARE(stored.routing.stationSerial, parsed.routing.stationSerial);
        QCOMPARE(stored.routing.section, parsed.routing.section);
        QCOMPARE(stored.routing.julianDateTime, parsed.routing.julianDateTime);
        QCOMPARE(stored.routing.classificationCode, parsed.routing.classificationCode);
        QCOMPARE(stored.routing.dateTimeGroupText, parsed.routing.dateTimeGroupText);
        QCOMPARE(stored.routing.dateTimeGroup, parsed.routing.dateTimeGroup);
        QCOMPARE(stored.routing.retransmission, parsed.routing.retransmission);
        QCOMPARE(stored.routing.from, parsed.routing.from);
        const auto compareAddressees = [](const QList<Addressee> &a, const QList<Addressee> &b) {
            QCOMPARE(a.size(), b.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].routingIndicator, b[i].routingIndicator);
                QCOMPARE(a[i].name, b[i].name);
                QCOMPARE(a[i].precedence, b[i].precedence);
                QCOMPARE(a[i].serial, b[i].serial);
            }
        };
        compareAddressees(stored.routing.to, parsed.routing.to);
        compareAddressees(stored.routing.info, parsed.routing.info);

        QCOMPARE(stored.banner.text, parsed.banner.text);
        QCOMPARE(stored.banner.level, parsed.banner.level);
        QCOMPARE(stored.banner.caveats, parsed.banner.caveats);
        QCOMPARE(stored.banner.section, parsed.banner.section);
        QCOMPARE(stored.banner.sectionCount, parsed.banner.sectionCount);
        QCOMPARE(stored.banner.post, parsed.banner.post);
        QCOMPARE(stored.banner.serial, parsed.banner.serial);
        QCOMPARE(stored.caveats, parsed.caveats);
        QCOMPARE(stored.passingInstructions, parsed.passingInstructions);
        QCOMPARE(stored.declassification, parsed.declassification);
        QCOMPARE(stored.declassifyOn, parsed.declassifyOn);

        const auto compareTags = [](const QList<TagInfo> &a, const QList<TagInfo> &b) {
            QCOMPARE(a.size(), b.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].code, b[i].code);
                QCOMPARE(a[i].meaning, b[i].meaning);
                QCOMPARE(a[i].kind, b[i].kind);
            }
        };
        compareTags(stored.subjectTags, parsed.subjectTags);
        compareTags(stored.countryTags, parsed.countryTags);
        QCOMPARE(stored.subject, parsed.subject);

        QCOMPARE(stored.references.size(), parsed.references.size());
        for (qsizetype i = 0; i < parsed.references.size(); ++i) {
            QCOMPARE(stored.references[i].letter, parsed.references[i].letter);
            QCOMPARE(stored.references[i].text, parsed.references[i].text);
            QCOMPARE(stored.references[i].citedId, parsed.references[i].citedId);
            QCOMPARE(stored.references[i].title, parsed.references[i].title);
        }
        QCOMPARE(stored.releaseReferences, parsed.releaseReferences);
        QCOMPARE(stored.classifiedBy.text, parsed.classifiedBy.text);
        QCOMPARE(stored.classifiedBy.person, parsed.classifiedBy.person);
        QCOMPARE(stored.classifiedBy.title, parsed.classifiedBy.title);
        QCOMPARE(stored.classifiedBy.reasons, parsed.classifiedBy.reasons);

        QCOMPARE(stored.sections.size(), parsed.sections.size());
        for (qsizetype s = 0; s < parsed.sections.size(); ++s) {
            QCOMPARE(stored.sections[s].heading, parsed.sections[s].heading);
            QCOMPARE(stored.sections[s].paragraphs.size(), parsed.sections[s].paragraphs.size());
            for (qsizetype p = 0; p < parsed.sections[s].paragraphs.size(); ++p) {
                const Paragraph &a = stored.sections[s].paragraphs[p];
                const Paragraph &b = parsed.sections[s].paragraphs[p];
                QCOMPARE(a.number, b.number);
                QCOMPARE(a.anchor, b.anchor);
                QCOMPARE(a.mark, b.mark);
                QCOMPARE(a.text, b.text);
                QCOMPARE(a.citations.size(), b.citations.size());
                for (qsizetype c = 0; c < b.citations.size(); ++c) {
                    QCOMPARE(a.citations[c].start, b.citations[c].start);
                    QCOMPARE(a.citations[c].length, b.citations[c].length);
                    QCOMPARE(a.citations[c].letters, b.citations[c].letters);
                    QCOMPARE(a.citations[c].referenceIndexes, b.citations[c].referenceIndexes);
                }
                QCOMPARE(a.spans.size(), b.spans.size());
                for (qsizetype c = 0; c < b.spans.size(); ++c) {
                    QCOMPARE(a.spans[c].kind, b.spans[c].kind);
                    QCOMPARE(a.spans[c].start, b.spans[c].start);
                    QCOMPARE(a.spans[c].length, b.spans[c].length);
                    QCOMPARE(a.spans[c].closed, b.spans[c].closed);
                }
            }
        }
        QCOMPARE(stored.signature, parsed.signature);
        QCOMPARE(stored.dedup.size(), parsed.dedup.size());
        for (qsizetype i = 0; i < parsed.dedup.size(); ++i) {
            QCOMPARE(stored.dedup[i].kind, parsed.dedup[i].kind);
            QCOMPARE(stored.dedup[i].in, parsed.dedup[i].in);
            QCOMPARE(stored.dedup[i].position, parsed.dedup[i].position);
            QCOMPARE(stored.dedup[i].length, parsed.dedup[i].length);
            QCOMPARE(stored.dedup[i].text, parsed.dedup[i].text);
        }
        QCOMPARE(stored.warnings.size(), parsed.warnings.size());
        for (qsizetype i = 0; i < parsed.warnings.size(); ++i) {
            QCOMPARE(stored.warnings[i].kind, parsed.warnings[i].kind);
            QCOMPARE(stored.warnings[i].message, parsed.warnings[i].message);
            QCOMPARE(stored.warnings[i].position, parsed.warnings[i].position);
        }
        QCOMPARE(stored.originalBytes, parsed.originalBytes);
        QCOMPARE(stored.documentText, parsed.documentText);
        QCOMPARE(stored.telegram, parsed.telegram);
        QCOMPARE(stored.telegramOffset, parsed.telegramOffset);
        QCOMPARE(stored.parserVersion, parsed.parserVersion);
    }

    static QSet<QString> ids(const LibrarySearch::Result &result)
    {
        QSet<QString> set;
        for (const auto &hit : result.hits)
            set.insert(hit.cableId);
        return set;
    }

    QList<qint64> paragraphKeys(const LibraryDatabase &library, const QString &id)
    {
        QSqlQuery query(library.database());
        query.prepare(u"SELECT p.pk FROM paragraphs p JOIN cables c ON c.pk = p.cable_pk WHERE c.id = ?"
                      " ORDER BY p.anchor"_s);
        query.addBindValue(id);
        query.exec();
        QList<qint64> keys;
        while (query.next())
            keys.append(query.value(0).toLongLong());
        return keys;
    }

private Q_SLOTS:
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

        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableStore store(library);
        QVERIFY2(store.store(sample.cable, sample.path) == CableStore::StoreResult::Inserted,
            qPrintable(store.errorString()));
        const std::optional<Cable> stored = store.load(sample.cable.id);
        QVERIFY(stored);
        compareCables(*stored, sample.cable);
        QVERIFY(!store.load(u"09NOWHERE1"_s));
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

        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableStore store(library);
        QCOMPARE(store.store(row, u"cables-sample.csv:1"_s), CableStore::StoreResult::Inserted);
        QCOMPARE(store.store(altered, u"altered.csv:1"_s), CableStore::StoreResult::Inserted);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cable_texts WHERE telegram IS NULL AND telegram_rebuilt = 1"_s), 1);

        const std::optional<Cable> stored = store.load(row.id);
        QVERIFY(stored);
        compareCables(*stored, row);
        QCOMPARE(stored->telegram, row.telegram);
        QCOMPARE(store.original(row.id), row.originalBytes);
        const std::optional<Cable> storedAltered = store.load(altered.id);
        QVERIFY(storedAltered);
        QCOMPARE(storedAltered->telegram, altered.telegram);
    }

    void reimportIsIdempotent()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableStore store(library);
        const auto samples = StoreFixtures::samples();
        QVERIFY(store.begin());
        for (const auto &sample : samples)
            QCOMPARE(store.store(sample.cable, sample.path), CableStore::StoreResult::Inserted);
        QVERIFY(store.commit());
        const QList<qint64> keys = paragraphKeys(library, u"09ASTANA714"_s);
        const qint64 paragraphs = scalar(library, u"SELECT count(*) FROM paragraphs"_s);
        const qint64 indexed =
            scalar(library, u"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'tazhin'"_s);
        QVERIFY(indexed > 0);

        QVERIFY(store.begin());
        for (const auto &sample : samples)
            QCOMPARE(store.store(sample.cable, sample.path), CableStore::StoreResult::Updated);
        QVERIFY(store.commit());
        QCOMPARE(store.count(), samples.size());
        QCOMPARE(scalar(library, u"SELECT count(*) FROM paragraphs"_s), paragraphs);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cable_sources"_s), samples.size());
        QCOMPARE(
            scalar(library, u"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'tazhin'"_s), indexed);
        // Unchanged paragraphs keep their rows.
        QCOMPARE(paragraphKeys(library, u"09ASTANA714"_s), keys);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cable_references"_s), 10);
        // The full-text indexes agree with their content tables.
        QSqlQuery check(library.database());
        QVERIFY(check.exec(u"INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)"_s));
        QVERIFY(check.exec(u"INSERT INTO subjects_fts(subjects_fts, rank) VALUES ('integrity-check', 1)"_s));
    }

    void mergesSavedForms_data()
    {
        QTest::addColumn<bool>("bareFirst");
        QTest::newRow("search page first") << false;
        QTest::newRow("bare telegram first") << true;
    }

    // Seed 000 and a bare-telegram copy of it are one cable with two sources;
    // the search page, which declares more, fills the row either way.
    void mergesSavedForms()
    {
        QFETCH(bool, bareFirst);
        const auto page = StoreFixtures::sample(u"09ASTANA253"_s);
        const auto bare = StoreFixtures::parseFixture(u"09ASTANA253-bare.txt"_s);
        QCOMPARE(bare.cable.id, page.cable.id);
        QCOMPARE(bare.cable.format, SourceFormat::BareTelegram);

        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableStore store(library);
        const auto first = bareFirst ? bare : page;
        const auto second = bareFirst ? page : bare;
        QCOMPARE(store.store(first.cable, first.path), CableStore::StoreResult::Inserted);
        QCOMPARE(store.store(second.cable, second.path),
            bareFirst ? CableStore::StoreResult::Updated : CableStore::StoreResult::Merged);
        QCOMPARE(store.count(), 1);

        const QList<CableStore::Source> sources = store.sources(page.cable.id);
        QCOMPARE(sources.size(), 2);
        QStringList paths;
        for (const auto &source : sources) {
            paths.append(source.path);
            QCOMPARE(source.primary, source.path == page.path);
            QCOMPARE(source.format, source.path == page.path ? SourceFormat::SearchPage : SourceFormat::BareTelegram);
        }
        QVERIFY(paths.contains(page.path));
        QVERIFY(paths.contains(bare.path));
        QCOMPARE(store.primarySource(page.cable.id), page.path);

        const std::optional<Cable> cable = store.load(page.cable.id);
        QVERIFY(cable);
        QCOMPARE(cable->format, SourceFormat::SearchPage);
        QCOMPARE(cable->title, page.cable.title);
        QCOMPARE(cable->paragraphCount(), 11);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM paragraphs"_s), 11);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cable_references"_s), 3);

        // Importing either again changes nothing.
        store.store(bare.cable, bare.path);
        store.store(page.cable, page.path);
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.sources(page.cable.id).size(), 2);
        QCOMPARE(store.primarySource(page.cable.id), page.path);
    }

    // A header field only the weaker form has is still kept.
    void mergeFillsMissingMetadata()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableStore store(library);
        Cable rich = StoreFixtures::makeCable(u"09ASTANA9"_s, u"S"_s, { u"text"_s });
        Cable poor = rich;
        poor.title.clear();
        poor.origin.clear();
        poor.released = QDateTime(QDate(2011, 8, 30), QTime(1, 44), QTimeZone::UTC);
        store.store(rich, u"rich.txt"_s);
        QVERIFY2(store.store(poor, u"poor.txt"_s) == CableStore::StoreResult::Merged, qPrintable(store.errorString()));
        const std::optional<Cable> cable = store.load(rich.id);
        QVERIFY(cable);
        QCOMPARE(cable->title, rich.title);
        QCOMPARE(cable->origin, rich.origin);
        QCOMPARE(cable->released, poor.released);
    }

    // Re-parsing by a newer parser updates the cable in place; the user's
    // annotations and tags, keyed by cable id and anchor, survive, and the
    // full-text index follows the changed text.
    void reparseKeepsUserData()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableStore store(library);
        auto sample = StoreFixtures::sample(u"09ASTANA253"_s);
        Cable old = sample.cable;
        old.parserVersion = ParserVersion - 1;
        for (Section &section : old.sections) {
            for (Paragraph &paragraph : section.paragraphs) {
                if (paragraph.anchor == u"09ASTANA253¶5"_s)
                    paragraph.text = u"An older parse with the word zanzibar."_s;
            }
        }
        old.sections.last().paragraphs.append(
            Paragraph { 99, u"09ASTANA253¶99"_s, u"C"_s, u"a stray paragraph"_s, {}, {} });
        QCOMPARE(store.store(old, sample.path), CableStore::StoreResult::Inserted);
        QCOMPARE(store.staleIds(), QStringList { u"09ASTANA253"_s });
        QCOMPARE(store.stats().staleCables, 1);
        QVERIFY(!store.isStored(sample.path, PreparedCable::digestOf(old.originalBytes)));

        QSqlQuery query(library.database());
        QVERIFY(query.exec(u"INSERT INTO user_tags (id, name, colour) VALUES (1, 'manas', '#ff0000')"_s));
        QVERIFY(query.exec(u"INSERT INTO cable_user_tags (cable_id, tag_id) VALUES ('09ASTANA253', 1)"_s));
        QVERIFY(query.exec(
            u"INSERT INTO annotations (id, cable_id, anchor, start, length, quote, note, created, modified)"
            " VALUES (7, '09ASTANA253', '09ASTANA253¶5', 4, 5, 'older', 'check', '2026-01-01', '2026-01-01')"_s));
        QVERIFY(query.exec(u"INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (7, 1)"_s));
        const QList<qint64> before = paragraphKeys(library, u"09ASTANA253"_s);
        QCOMPARE(before.size(), 12);

        LibrarySearch search(library);
        QCOMPARE(search.search(u"zanzibar"_s).total, 1);

        QCOMPARE(store.original(u"09ASTANA253"_s), sample.cable.originalBytes);
        const QList<Cable> reparsed = DocumentParser::parse(
            store.original(u"09ASTANA253"_s), QFileInfo(store.primarySource(u"09ASTANA253"_s)).fileName());
        QCOMPARE(reparsed.size(), 1);
        QCOMPARE(
            store.store(reparsed.first(), store.primarySource(u"09ASTANA253"_s)), CableStore::StoreResult::Updated);

        QVERIFY(store.staleIds().isEmpty());
        QVERIFY(store.isStored(sample.path, PreparedCable::digestOf(sample.cable.originalBytes)));
        QCOMPARE(search.search(u"zanzibar"_s).total, 0);
        QCOMPARE(search.search(u"stray"_s).total, 0);
        QVERIFY(search.search(u"manas"_s).total > 0);
        const QList<qint64> after = paragraphKeys(library, u"09ASTANA253"_s);
        QCOMPARE(after.size(), 11);
        for (qint64 key : after)
            QVERIFY(before.contains(key)); // updated in place, not re-created

        QCOMPARE(scalar(library,
                     u"SELECT count(*) FROM annotations a JOIN paragraphs p ON p.anchor = a.anchor"
                     " JOIN cables c ON c.pk = p.cable_pk AND c.id = a.cable_id WHERE a.id = 7"_s),
            1);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM annotation_tags"_s), 1);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cable_user_tags WHERE cable_id = '09ASTANA253'"_s), 1);
        QVERIFY(query.exec(u"INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)"_s));
        compareCables(*store.load(u"09ASTANA253"_s), reparsed.first());
    }

    // New rows are indexed when the batch commits; a cable stored twice in
    // one batch, its paragraphs changed and dropped in between, is indexed
    // once, as last stored.
    void sameCableTwiceInOneBatch()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableStore store(library);
        LibrarySearch search(library);
        const Cable first =
            StoreFixtures::makeCable(u"09ASTANA5"_s, u"FIRST SUBJECT"_s, { u"alpha"_s, u"beta"_s, u"gamma"_s });
        const Cable second = StoreFixtures::makeCable(u"09ASTANA5"_s, u"SECOND SUBJECT"_s, { u"alpha"_s, u"delta"_s });
        QVERIFY(store.begin());
        QCOMPARE(store.store(first, u"a.txt"_s), CableStore::StoreResult::Inserted);
        QCOMPARE(search.search(u"alpha"_s).total, 0); // not indexed before the commit
        QCOMPARE(store.store(second, u"a.txt"_s), CableStore::StoreResult::Updated);
        QVERIFY(store.commit());
        QCOMPARE(search.search(u"alpha"_s).total, 1);
        QCOMPARE(search.search(u"delta"_s).total, 1);
        QCOMPARE(search.search(u"beta OR gamma OR first"_s).total, 0);
        QCOMPARE(search.search(u"second"_s).total, 1);

        // And again in a later batch, against the index.
        QCOMPARE(store.store(first, u"a.txt"_s), CableStore::StoreResult::Updated);
        QCOMPARE(search.search(u"delta OR second"_s).total, 0);
        QCOMPARE(search.search(u"gamma"_s).total, 1);
        QCOMPARE(search.search(u"first"_s).total, 1);
        QSqlQuery check(library.database());
        QVERIFY(check.exec(u"INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)"_s));
        QVERIFY(check.exec(u"INSERT INTO subjects_fts(subjects_fts, rank) VALUES ('integrity-check', 1)"_s));
    }

    void searchTokens()
    {
        QCOMPARE(CableStore::searchTokens(u"09ASTANA253"_s, QDateTime(QDate(2009, 2, 12), QTime(5, 16), QTimeZone::UTC),
                     u"Embassy Astana"_s, u"UNCLASSIFIED//FOR OFFICIAL USE ONLY"_s, { u"PGOV"_s, u"KZ"_s }),
            u"oastana oembassy cunclassified cforofficialuseonly tpgov tkz y2009 m200902 d20090212"_s);
        QCOMPARE(CableStore::searchTokens(u"09ASTANA253"_s, {}, {}, {}, {}), u"oastana"_s);
    }

    void deferredIndexing()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableStore store(library);
        LibrarySearch search(library);
        store.setIndexingDeferred(true);
        const auto samples = StoreFixtures::samples();
        QVERIFY(store.begin());
        store.store(samples[0].cable, samples[0].path);
        store.store(samples[1].cable, samples[1].path);
        QVERIFY(store.commit());
        QVERIFY(store.begin());
        for (qsizetype i = 2; i < samples.size(); ++i)
            store.store(samples[i].cable, samples[i].path);
        QVERIFY(store.commit());
        QCOMPARE(search.search(u"nazarbayev"_s).total, 0);
        QVERIFY(store.indexPending());
        QCOMPARE(ids(search.search(u"nazarbayev"_s, 1000)).size(), 5);
        QVERIFY(store.indexPending()); // nothing left: a no-op
        QSqlQuery check(library.database());
        QVERIFY(check.exec(u"INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)"_s));
        QVERIFY(check.exec(u"INSERT INTO subjects_fts(subjects_fts, rank) VALUES ('integrity-check', 1)"_s));
    }

    void rollbackLeavesNothing()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableStore store(library);
        QVERIFY(store.begin());
        QVERIFY(store.inBatch());
        QVERIFY(!store.begin());
        for (const auto &sample : StoreFixtures::samples())
            store.store(sample.cable, sample.path);
        store.rollback();
        QVERIFY(!store.inBatch());
        QCOMPARE(store.count(), 0);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'manas'"_s), 0);
    }

    // An import killed in the middle of a batch: what was committed is there
    // and complete (references resolved), the rest is not, and the sources
    // tell a resumed import what to skip.
    void interruptedImportIsConsistentAndResumable()
    {
        StoreFixtures::TemporaryLibrary dir;
        const auto samples = StoreFixtures::samples();
        {
            LibraryDatabase library;
            QVERIFY(library.open(dir.path()));
            CableStore store(library);
            QVERIFY(store.begin());
            store.store(samples[0].cable, samples[0].path);
            store.store(samples[1].cable, samples[1].path);
            QVERIFY(store.commit());
            QVERIFY(store.begin());
            store.store(samples[2].cable, samples[2].path);
            // The store and its connection go away without a commit.
        }
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableStore store(library);
        QCOMPARE(store.count(), 2);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM resolution_queue"_s), 0);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cable_references WHERE state = 'pending'"_s), 0);
        int skipped = 0;
        QVERIFY(store.begin());
        for (const auto &sample : samples) {
            if (store.isStored(sample.path, PreparedCable::digestOf(sample.cable.originalBytes))) {
                ++skipped;
                continue;
            }
            QCOMPARE(store.store(sample.cable, sample.path), CableStore::StoreResult::Inserted);
        }
        QVERIFY(store.commit());
        QCOMPARE(skipped, 2);
        QCOMPARE(store.count(), 5);
    }

    void refusesCableWithoutId()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableStore store(library);
        Cable cable;
        QCOMPARE(store.store(cable, u"nothing.txt"_s), CableStore::StoreResult::Failed);
        QVERIFY(store.errorString().contains(u"nothing.txt"_s));
        QCOMPARE(store.count(), 0);
    }

    void stats()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableStore store(library);
        QVERIFY(store.begin());
        qint64 paragraphs = 0;
        for (const auto &sample : StoreFixtures::samples()) {
            store.store(sample.cable, sample.path);
            paragraphs += sample.cable.paragraphCount();
        }
        QVERIFY(store.commit());
        const CableStore::Stats stats = store.stats();
        QCOMPARE(stats.cables, 5);
        QCOMPARE(stats.sources, 5);
        QCOMPARE(stats.paragraphs, paragraphs);
        QCOMPARE(stats.referencesResolved, 0);
        QCOMPARE(stats.referencesProbable, 1);
        QCOMPARE(stats.referencesMissing, 9);
        QCOMPARE(stats.referencesPending, 0);
        QVERIFY(stats.sizeOnDisk > 0);
        QVERIFY(store.updateStatistics());
        QSqlQuery statistics(library.database());
        QVERIFY(statistics.exec(u"SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'cables'"_s));
        QVERIFY(statistics.next());
        QVERIFY(statistics.value(0).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCableStore)
#include "tst_cablestore.moc"
