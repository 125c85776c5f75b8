// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablewriter.h"

#include "cablereader.h"
#include "pgtestserver.h"
#include "storedcablechecks.h"
#include "storefixtures.h"
#include "tsvectortext.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Reftel;
using namespace Reftel::StoredCableChecks;
using namespace Qt::StringLiterals;

namespace
{
// A new, empty server library.
LibraryLocation freshLibrary(const QString &name)
{
    return PgTestServer::freshDatabase(name);
}
}

// CableWriter on a server library (PostgreSQL, the pg fixture): the rows
// it writes are the rows it writes on SQLite, new cables by COPY, cables
// stored again statement by statement.
class TestCableWriterPg : public QObject
{
    Q_OBJECT

private:
    // The rows a query gives, as text (bytes in hex), sorted here: the two
    // engines need not sort text alike.
    static QList<QStringList> rowsOf(const LibraryDatabase &library, const QString &sql)
    {
        QSqlQuery query(library.database());
        query.setForwardOnly(true);
        QList<QStringList> rows;
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return { { u"failed"_s } };
        }
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                if (value.isNull())
                    row << u"NULL"_s;
                else if (value.typeId() == QMetaType::QByteArray)
                    row << QString::fromLatin1(value.toByteArray().toHex());
                else
                    row << value.toString();
            }
            rows << row;
        }
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    // Every row a stored cable has, but for keys and times.
    static QStringList comparedQueries()
    {
        const QString byId = u" JOIN cables c ON c.pk = t.cable_pk"_s;
        return {
            u"SELECT id, post, year, serial, created, created_corrected, released, classification, origin, title,"
            " subject, search_tokens, format, source_name, source_path, quality, routing, banner, caveats,"
            " passing_instructions, declassification, declassify_on, classified_by, signature, release_references,"
            " parser_version FROM cables"_s,
            u"SELECT c.id, t.original, t.document_text, t.telegram, t.telegram_offset, t.telegram_length,"
            " t.telegram_rebuilt FROM cable_texts t"_s
                + byId,
            u"SELECT c.id, t.path, t.format, t.parser_version, t.digest, t.quality FROM cable_sources t"_s + byId,
            u"SELECT c.id, t.kind, t.position, t.routing_indicator, t.name, t.precedence, t.serial FROM recipients t"_s
                + byId,
            u"SELECT c.id, t.position, t.code, t.list FROM cable_tags t"_s + byId,
            u"SELECT c.id, t.position, t.listed, t.letter, t.text, t.cited_id, t.title, t.title_key, t.cited_post,"
            " t.cited_year, t.cited_serial, t.state, t.target_id, t.reason FROM cable_references t"_s
                + byId,
            u"SELECT c.id, t.position, t.heading FROM sections t"_s + byId,
            u"SELECT c.id, t.anchor, t.section, t.position, t.number, t.mark, t.text, t.markup FROM paragraphs t"_s
                + byId,
            u"SELECT c.id, t.position, t.kind, t.area, t.start, t.length, t.text FROM dedup_entries t"_s + byId,
            u"SELECT c.id, t.position, t.kind, t.message, t.start FROM parse_warnings t"_s + byId,
            u"SELECT count(*) FROM resolution_queue"_s,
        };
    }

    static qint64 matching(const LibraryDatabase &library, const QString &word)
    {
        return scalar(library, u"SELECT count(*) FROM paragraphs WHERE tsv @@ to_tsquery('simple', '%1')"_s.arg(word));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (const QString why = PgTestServer::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
    }

    // The samples stored on a server read back as on SQLite, row for row.
    void storesTheRowsSqliteStores()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase local;
        QVERIFY(local.open(dir.path()));
        QVERIFY(StoreFixtures::storeSamples(local));

        LibraryDatabase library;
        QVERIFY2(library.open(freshLibrary(u"writer_rows"_s)), qPrintable(library.errorString()));
        CableWriter &store = library.cableWriter();
        QVERIFY(store.begin());
        for (const auto &sample : StoreFixtures::samples())
            QCOMPARE(store.store(sample.cable, sample.path), CableWriter::StoreResult::Inserted);
        QVERIFY2(store.commit(), qPrintable(store.errorString()));

        QCOMPARE(scalar(library, u"SELECT count(*) FROM cables"_s), 5);
        for (const QString &sql : comparedQueries())
            QCOMPARE(rowsOf(library, sql), rowsOf(local, sql));
        // The references were resolved in the batch, as on SQLite (the rows' states above).
        QVERIFY(scalar(library, u"SELECT count(*) FROM cable_references"_s) > 0);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cable_references WHERE state = 'pending'"_s), 0);
        // Indexed as written: the tsv columns are the text's and the subject's.
        QVERIFY(matching(library, u"tazhin"_s) > 0);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM paragraphs WHERE tsv IS NULL"_s), 0);
        // The words FTS5 indexes on SQLite (TsVectorText), not the server's own parser's.
        for (const auto &[table, column] :
            { std::pair(u"cables"_s, u"subject"_s), std::pair(u"paragraphs"_s, u"text"_s) }) {
            QSqlQuery rows(library.database());
            QVERIFY(rows.exec(u"SELECT %1, CAST(tsv AS text) FROM %2"_s.arg(column, table)));
            int checked = 0;
            while (rows.next()) {
                QSqlQuery expected(library.database());
                expected.prepare(u"SELECT CAST(CAST(? AS tsvector) AS text)"_s);
                expected.addBindValue(TsVectorText::fromText(rows.value(0).toString()));
                QVERIFY(expected.exec() && expected.next());
                QCOMPARE(rows.value(1).toString(), expected.value(0).toString());
                ++checked;
            }
            QVERIFY(checked >= 5);
        }
        QVERIFY(store.indexPending()); // nothing waits for it
        for (const auto &sample : StoreFixtures::samples())
            QVERIFY(library.cables().isStored(sample.path, PreparedCable::digestOf(sample.cable.originalBytes)));
    }

    // Stored again, and again by a newer parse that changed one paragraph
    // and dropped one: updated in place, the paragraphs whose anchor stays
    // keep their keys, so an annotation stays on its paragraph.
    void reimportKeepsParagraphKeys()
    {
        LibraryDatabase library;
        QVERIFY2(library.open(freshLibrary(u"writer_reimport"_s)), qPrintable(library.errorString()));
        CableWriter &store = library.cableWriter();
        const auto samples = StoreFixtures::samples();
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
        QVERIFY(store.begin());
        for (const auto &other : samples) {
            if (other.cable.id != old.id)
                QCOMPARE(store.store(other.cable, other.path), CableWriter::StoreResult::Inserted);
        }
        QCOMPARE(store.store(old, sample.path), CableWriter::StoreResult::Inserted);
        QVERIFY2(store.commit(), qPrintable(store.errorString()));
        const qint64 paragraphs = scalar(library, u"SELECT count(*) FROM paragraphs"_s);
        const QList<qint64> keys714 = paragraphKeys(library, u"09ASTANA714"_s);
        const QList<qint64> before = paragraphKeys(library, u"09ASTANA253"_s);
        QCOMPARE(before.size(), 12);
        QCOMPARE(matching(library, u"zanzibar"_s), 1);
        QSqlQuery query(library.database());
        QVERIFY2(query.exec(u"INSERT INTO annotations (cable_id, anchor, start, length, quote, note, created, modified)"
                            " VALUES ('09ASTANA253', '09ASTANA253¶5', 4, 5, 'older', 'check', '2026-01-01',"
                            " '2026-01-01')"_s),
            qPrintable(query.lastError().text()));
        const qint64 annotatedKey = scalar(library,
            u"SELECT p.pk FROM paragraphs p JOIN cables c ON c.pk = p.cable_pk"
            " WHERE c.id = '09ASTANA253' AND p.anchor = '09ASTANA253¶5'"_s);

        // The same again: nothing changes but the rows' times.
        QVERIFY(store.begin());
        for (const auto &other : samples) {
            if (other.cable.id != old.id)
                QCOMPARE(store.store(other.cable, other.path), CableWriter::StoreResult::Updated);
        }
        QVERIFY2(store.commit(), qPrintable(store.errorString()));
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cables"_s), 5);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM paragraphs"_s), paragraphs);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cable_sources"_s), 5);
        QCOMPARE(paragraphKeys(library, u"09ASTANA714"_s), keys714);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM resolution_queue"_s), 0);

        // The newer parse.
        QCOMPARE(store.store(sample.cable, sample.path), CableWriter::StoreResult::Updated);
        const QList<qint64> after = paragraphKeys(library, u"09ASTANA253"_s);
        QCOMPARE(after.size(), 11);
        for (qint64 key : after)
            QVERIFY(before.contains(key));
        QCOMPARE(scalar(library,
                     u"SELECT p.pk FROM paragraphs p JOIN cables c ON c.pk = p.cable_pk"
                     " WHERE c.id = '09ASTANA253' AND p.anchor = '09ASTANA253¶5'"_s),
            annotatedKey);
        QCOMPARE(scalar(library,
                     u"SELECT count(*) FROM annotations a JOIN cables c ON c.id = a.cable_id"
                     " JOIN paragraphs p ON p.cable_pk = c.pk AND p.anchor = a.anchor"_s),
            1);
        // The generated index follows the changed text.
        QCOMPARE(matching(library, u"zanzibar"_s), 0);
        QCOMPARE(matching(library, u"stray"_s), 0);
        QVERIFY(library.cables().staleIds().isEmpty());
        QVERIFY(library.cables().isStored(sample.path, PreparedCable::digestOf(sample.cable.originalBytes)));
    }

    // A batch the server refuses part of leaves nothing of itself, not even
    // the rows COPY had sent before the refusal; the batches before it stay,
    // and the writer goes on with the next batch.
    void aFailedBatchLeavesNothing()
    {
        LibraryDatabase library;
        QVERIFY2(library.open(freshLibrary(u"writer_failed_batch"_s)), qPrintable(library.errorString()));
        CableWriter &store = library.cableWriter();
        const auto samples = StoreFixtures::samples();
        QVERIFY(store.begin());
        store.store(samples[0].cable, samples[0].path);
        store.store(samples[1].cable, samples[1].path);
        QVERIFY(store.commit());
        const qint64 paragraphs = scalar(library, u"SELECT count(*) FROM paragraphs"_s);

        QSqlQuery query(library.database());
        QVERIFY(query.exec(u"ALTER TABLE parse_warnings ADD CONSTRAINT test_refuses CHECK (message <> 'refuse me')"_s));
        Cable refused = StoreFixtures::makeCable(u"09ASTANA77"_s, u"REFUSED"_s, { u"text"_s });
        refused.warnings.append(ParseWarning { ParseWarning::Kind::MissingId, u"refuse me"_s, 0 });
        QVERIFY(store.begin());
        for (qsizetype i = 2; i < samples.size(); ++i)
            store.store(samples[i].cable, samples[i].path);
        store.store(refused, u"refused.txt"_s);
        QVERIFY(!store.commit());
        QVERIFY(!store.inBatch());
        QVERIFY2(store.errorString().contains(u"test_refuses"_s), qPrintable(store.errorString()));
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cables"_s), 2);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM paragraphs"_s), paragraphs);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cable_texts"_s), 2);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cable_sources"_s), 2);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM resolution_queue"_s), 0);
        QVERIFY(!library.cables().isStored(samples[2].path, PreparedCable::digestOf(samples[2].cable.originalBytes)));

        // A cable stored again is written statement by statement, in a
        // savepoint: its refusal costs that cable, not the batch.
        Cable again = samples[0].cable;
        again.warnings.append(ParseWarning { ParseWarning::Kind::MissingId, u"refuse me"_s, 0 });
        QVERIFY(store.begin());
        QCOMPARE(store.store(again, samples[0].path), CableWriter::StoreResult::Failed);
        for (qsizetype i = 2; i < samples.size(); ++i)
            QCOMPARE(store.store(samples[i].cable, samples[i].path), CableWriter::StoreResult::Inserted);
        QVERIFY2(store.commit(), qPrintable(store.errorString()));
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cables"_s), 5);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM parse_warnings WHERE message = 'refuse me'"_s), 0);
    }

    // Rolled back by hand, or by a connection that goes away in a batch.
    void anUnfinishedBatchLeavesNothing()
    {
        const LibraryLocation location = freshLibrary(u"writer_unfinished"_s);
        const auto samples = StoreFixtures::samples();
        {
            LibraryDatabase library;
            QVERIFY2(library.open(location), qPrintable(library.errorString()));
            CableWriter &store = library.cableWriter();
            QVERIFY(store.begin());
            store.store(samples[0].cable, samples[0].path);
            store.rollback();
            QCOMPARE(scalar(library, u"SELECT count(*) FROM cables"_s), 0);
            QVERIFY(store.begin());
            store.store(samples[0].cable, samples[0].path);
            store.store(samples[1].cable, samples[1].path);
            QVERIFY(store.commit());
            QVERIFY(store.begin());
            store.store(samples[2].cable, samples[2].path);
            QVERIFY(store.indexPending()); // sends the batch's rows so far
            // The connection goes away without a commit.
        }
        LibraryDatabase library;
        QVERIFY(library.open(location));
        CableWriter &store = library.cableWriter();
        QCOMPARE(library.cables().count(), 2);
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

    // Twice in one batch: the second is read back from the server (the
    // first sent first) and updates it; a paragraph given twice is one row.
    void sameCableTwiceInOneBatch()
    {
        LibraryDatabase library;
        QVERIFY2(library.open(freshLibrary(u"writer_twice"_s)), qPrintable(library.errorString()));
        CableWriter &store = library.cableWriter();
        const Cable first =
            StoreFixtures::makeCable(u"09ASTANA5"_s, u"FIRST SUBJECT"_s, { u"alpha"_s, u"beta"_s, u"gamma"_s });
        const Cable second = StoreFixtures::makeCable(u"09ASTANA5"_s, u"SECOND SUBJECT"_s, { u"alpha"_s, u"delta"_s });
        Cable repeated = StoreFixtures::makeCable(u"09ASTANA6"_s, u"REPEATED"_s, { u"one"_s, u"two"_s });
        repeated.sections.first().paragraphs[1].anchor = repeated.sections.first().paragraphs[0].anchor;
        QVERIFY(store.begin());
        QCOMPARE(store.store(first, u"a.txt"_s), CableWriter::StoreResult::Inserted);
        QCOMPARE(store.store(second, u"a.txt"_s), CableWriter::StoreResult::Updated);
        QCOMPARE(store.store(repeated, u"b.txt"_s), CableWriter::StoreResult::Inserted);
        QVERIFY2(store.commit(), qPrintable(store.errorString()));
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cables"_s), 2);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cable_sources"_s), 2);
        QCOMPARE(paragraphKeys(library, u"09ASTANA5"_s).size(), 2);
        QCOMPARE(matching(library, u"delta"_s), 1);
        QCOMPARE(matching(library, u"beta | gamma"_s), 0);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cables WHERE tsv @@ to_tsquery('simple', 'second')"_s), 1);
        QCOMPARE(scalar(library, u"SELECT count(*) FROM cables WHERE tsv @@ to_tsquery('simple', 'first')"_s), 0);
        // As on SQLite, the later paragraph of one anchor fills its row.
        QCOMPARE(paragraphKeys(library, u"09ASTANA6"_s).size(), 1);
        QCOMPARE(matching(library, u"two"_s), 1);
        QCOMPARE(matching(library, u"one"_s), 0);
    }

    // PostgreSQL text holds no U+0000: it is stored as U+FFFD, by COPY and
    // by a statement alike; the saved bytes keep it.
    void nulCharactersAreStored()
    {
        LibraryDatabase library;
        QVERIFY2(library.open(freshLibrary(u"writer_nul"_s)), qPrintable(library.errorString()));
        CableWriter &store = library.cableWriter();
        const QString text = u"before"_s + QChar(0) + u"after\ttab\\slash"_s;
        Cable cable = StoreFixtures::makeCable(u"09ASTANA8"_s, u"NUL"_s, { text });
        cable.originalBytes = QByteArray("saved\0bytes", 11);
        for (const CableWriter::StoreResult expected :
            { CableWriter::StoreResult::Inserted, CableWriter::StoreResult::Updated }) {
            QCOMPARE(store.store(cable, u"nul.txt"_s), expected);
            QSqlQuery query(library.database());
            QVERIFY(query.exec(u"SELECT p.text, t.original FROM paragraphs p JOIN cable_texts t"
                               " ON t.cable_pk = p.cable_pk"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QString(text).replace(QChar(0), QChar(0xFFFD)));
            QCOMPARE(query.value(1).toByteArray(), cable.originalBytes);
        }
    }
};

QTEST_GUILESS_MAIN(TestCableWriterPg)
#include "tst_cablewriter_pg.moc"
