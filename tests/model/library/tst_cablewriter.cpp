// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablewriter.h"

#include "cablereader.h"
#include "librarysearch.h"
#include "storedcablechecks.h"
#include "storefixtures.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Reftel;
using namespace Reftel::StoredCableChecks;
using namespace Qt::StringLiterals;

class TestCableWriter : public QObject
{
    Q_OBJECT

private:
    static QSet<QString> ids(const LibrarySearch::Result &result)
    {
        QSet<QString> set;
        for (const auto &hit : result.hits)
            set.insert(hit.cableId);
        return set;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void reimportIsIdempotent()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableWriter store(library);
        const auto samples = StoreFixtures::samples();
        QVERIFY(store.begin());
        for (const auto &sample : samples)
            QCOMPARE(store.store(sample.cable, sample.path), CableWriter::StoreResult::Inserted);
        QVERIFY(store.commit());
        const QList<qint64> keys = paragraphKeys(library, u"09ASTANA714"_s);
        const qint64 paragraphs = scalar(library, u"SELECT count(*) FROM paragraphs"_s);
        const qint64 indexed =
            scalar(library, u"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'tazhin'"_s);
        QVERIFY(indexed > 0);

        QVERIFY(store.begin());
        for (const auto &sample : samples)
            QCOMPARE(store.store(sample.cable, sample.path), CableWriter::StoreResult::Updated);
        QVERIFY(store.commit());
        QCOMPARE(library.cables().count(), samples.size());
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
        CableWriter store(library);
        const auto first = bareFirst ? bare : page;
        const auto second = bareFirst ? page : bare;
        QCOMPARE(store.store(first.cable, first.path), CableWriter::StoreResult::Inserted);
        QCOMPARE(store.store(second.cable, second.path),
            bareFirst ? CableWriter::StoreResult::Updated : CableWriter::StoreResult::Merged);
        QCOMPARE(library.cables().count(), 1);

        const QList<CableReader::Source> sources = library.cables().sources(page.cable.id);
        QCOMPARE(sources.size(), 2);
        QStringList paths;
        for (const auto &source : sources) {
            paths.append(source.path);
            QCOMPARE(source.primary, source.path == page.path);
            QCOMPARE(source.format, source.path == page.path ? SourceFormat::SearchPage : SourceFormat::BareTelegram);
        }
        QVERIFY(paths.contains(page.path));
        QVERIFY(paths.contains(bare.path));
        QCOMPARE(library.cables().primarySource(page.cable.id), page.path);

        const std::optional<Cable> cable = library.cables().load(page.cable.id);
        QVERIFY(cable);
        QCOMPARE(cable->format, SourceFormat::SearchPage);
        QCOMPARE(cable->title, page.cable.title);
        QCOMPARE(cable->paragraphCount(), 11);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM paragraphs"_s), 11);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cable_references"_s), 3);

        // Importing either again changes nothing.
        store.store(bare.cable, bare.path);
        store.store(page.cable, page.path);
        QCOMPARE(library.cables().count(), 1);
        QCOMPARE(library.cables().sources(page.cable.id).size(), 2);
        QCOMPARE(library.cables().primarySource(page.cable.id), page.path);
    }

    // A header field only the weaker form has is still kept.
    void mergeFillsMissingMetadata()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableWriter store(library);
        Cable rich = StoreFixtures::makeCable(u"09ASTANA9"_s, u"S"_s, { u"text"_s });
        Cable poor = rich;
        poor.title.clear();
        poor.origin.clear();
        poor.released = QDateTime(QDate(2011, 8, 30), QTime(1, 44), QTimeZone::UTC);
        store.store(rich, u"rich.txt"_s);
        QVERIFY2(store.store(poor, u"poor.txt"_s) == CableWriter::StoreResult::Merged, qPrintable(store.errorString()));
        const std::optional<Cable> cable = library.cables().load(rich.id);
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
        CableWriter store(library);
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
        QCOMPARE(store.store(old, sample.path), CableWriter::StoreResult::Inserted);
        QCOMPARE(library.cables().staleIds(), QStringList { u"09ASTANA253"_s });
        QCOMPARE(library.cables().stats().staleCables, 1);
        QVERIFY(!library.cables().isStored(sample.path, PreparedCable::digestOf(old.originalBytes)));

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

        QCOMPARE(library.cables().original(u"09ASTANA253"_s), sample.cable.originalBytes);
        const QList<Cable> reparsed = DocumentParser::parse(library.cables().original(u"09ASTANA253"_s),
            QFileInfo(library.cables().primarySource(u"09ASTANA253"_s)).fileName());
        QCOMPARE(reparsed.size(), 1);
        QCOMPARE(store.store(reparsed.first(), library.cables().primarySource(u"09ASTANA253"_s)),
            CableWriter::StoreResult::Updated);

        QVERIFY(library.cables().staleIds().isEmpty());
        QVERIFY(library.cables().isStored(sample.path, PreparedCable::digestOf(sample.cable.originalBytes)));
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
        compareCables(*library.cables().load(u"09ASTANA253"_s), reparsed.first());
    }

    // New rows are indexed when the batch commits; a cable stored twice in
    // one batch, its paragraphs changed and dropped in between, is indexed
    // once, as last stored.
    void sameCableTwiceInOneBatch()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableWriter store(library);
        LibrarySearch search(library);
        const Cable first =
            StoreFixtures::makeCable(u"09ASTANA5"_s, u"FIRST SUBJECT"_s, { u"alpha"_s, u"beta"_s, u"gamma"_s });
        const Cable second = StoreFixtures::makeCable(u"09ASTANA5"_s, u"SECOND SUBJECT"_s, { u"alpha"_s, u"delta"_s });
        QVERIFY(store.begin());
        QCOMPARE(store.store(first, u"a.txt"_s), CableWriter::StoreResult::Inserted);
        QCOMPARE(search.search(u"alpha"_s).total, 0); // not indexed before the commit
        QCOMPARE(store.store(second, u"a.txt"_s), CableWriter::StoreResult::Updated);
        QVERIFY(store.commit());
        QCOMPARE(search.search(u"alpha"_s).total, 1);
        QCOMPARE(search.search(u"delta"_s).total, 1);
        QCOMPARE(search.search(u"beta OR gamma OR first"_s).total, 0);
        QCOMPARE(search.search(u"second"_s).total, 1);

        // And again in a later batch, against the index.
        QCOMPARE(store.store(first, u"a.txt"_s), CableWriter::StoreResult::Updated);
        QCOMPARE(search.search(u"delta OR second"_s).total, 0);
        QCOMPARE(search.search(u"gamma"_s).total, 1);
        QCOMPARE(search.search(u"first"_s).total, 1);
        QSqlQuery check(library.database());
        QVERIFY(check.exec(u"INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)"_s));
        QVERIFY(check.exec(u"INSERT INTO subjects_fts(subjects_fts, rank) VALUES ('integrity-check', 1)"_s));
    }

    void deferredIndexing()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableWriter store(library);
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
        CableWriter store(library);
        QVERIFY(store.begin());
        QVERIFY(store.inBatch());
        QVERIFY(!store.begin());
        for (const auto &sample : StoreFixtures::samples())
            store.store(sample.cable, sample.path);
        store.rollback();
        QVERIFY(!store.inBatch());
        QCOMPARE(library.cables().count(), 0);
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
            CableWriter store(library);
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
        CableWriter store(library);
        QCOMPARE(library.cables().count(), 2);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM resolution_queue"_s), 0);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cable_references WHERE state = 'pending'"_s), 0);
        int skipped = 0;
        QVERIFY(store.begin());
        for (const auto &sample : samples) {
            if (library.cables().isStored(sample.path, PreparedCable::digestOf(sample.cable.originalBytes))) {
                ++skipped;
                continue;
            }
            QCOMPARE(store.store(sample.cable, sample.path), CableWriter::StoreResult::Inserted);
        }
        QVERIFY(store.commit());
        QCOMPARE(skipped, 2);
        QCOMPARE(library.cables().count(), 5);
    }

    void refusesCableWithoutId()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableWriter store(library);
        Cable cable;
        QCOMPARE(store.store(cable, u"nothing.txt"_s), CableWriter::StoreResult::Failed);
        QVERIFY(store.errorString().contains(u"nothing.txt"_s));
        QCOMPARE(library.cables().count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCableWriter)
#include "tst_cablewriter.moc"
