// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysearch.h"
#include "searchcondition.h"
#include "tsvectortext.h"

#include "pgtestserver.h"
#include "searchfixturecopy.h"
#include "searchtable.h"
#include "storefixtures.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Reftel;
using namespace Qt::StringLiterals;

// Search on a PostgreSQL library: the shared query table (searchtable.h)
// finds the same hits there as on SQLite, with the same snippets, the same
// cables for the list and the facets (SearchCondition), paging and ranking
// that hold on a server too. Both libraries hold the sample cables and the
// same user data.
class TestPgSearch : public QObject
{
    Q_OBJECT

private:
    StoreFixtures::TemporaryLibrary m_dir;
    std::unique_ptr<LibraryDatabase> m_sqlite;
    std::unique_ptr<LibraryDatabase> m_server;
    QHash<QString, QString> m_paragraphText; // by anchor, lower case

    // A hit as both engines must give it: its kind, cable, paragraph and snippet.
    static QStringList hits(const LibrarySearch::Result &result)
    {
        QStringList list;
        for (const auto &hit : result.hits)
            list.append(QString::number(int(hit.kind)) + u' ' + hit.cableId + u' ' + hit.anchor + u' ' + hit.snippet);
        list.sort();
        return list;
    }

    static QStringList ids(const LibrarySearch::Result &result)
    {
        QStringList list;
        for (const auto &hit : result.hits) {
            if (!list.contains(hit.cableId))
                list.append(hit.cableId);
        }
        list.sort();
        return list;
    }

    static QStringList listed(LibraryDatabase &library, const QString &text)
    {
        QVariantList values;
        const QString where = SearchCondition::sql(library, SearchQuery::parse(text), &values);
        QSqlQuery query(library.database());
        query.prepare(u"SELECT c.id FROM cables c WHERE "_s + where);
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        QStringList list;
        if (!query.exec())
            return { u"error: "_s + query.lastError().text() };
        while (query.next())
            list.append(query.value(0).toString());
        list.sort();
        return list;
    }

    void rows()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        for (const SearchTable::CableRow &row : SearchTable::cableRows())
            QTest::newRow(row.name) << row.query << row.expected;
        for (const SearchTable::ParagraphRow &row : SearchTable::paragraphRows())
            QTest::newRow(row.name) << row.query << QStringList { u"(any)"_s };
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PgTestServer::unavailable().isEmpty())
            QSKIP(qPrintable(PgTestServer::unavailable()));
        QStandardPaths::setTestModeEnabled(true);
        m_sqlite = std::make_unique<LibraryDatabase>();
        QVERIFY(m_sqlite->open(m_dir.path()));
        QVERIFY(StoreFixtures::storeSamples(*m_sqlite));
        for (const auto &sample : StoreFixtures::samples()) {
            for (const Paragraph *paragraph : sample.cable.paragraphs())
                m_paragraphText.insert(paragraph->anchor, paragraph->text.toLower());
        }
        m_server = std::make_unique<LibraryDatabase>();
        QVERIFY2(m_server->open(PgTestServer::freshDatabase(u"pgsearch"_s)), qPrintable(m_server->errorString()));
        QVERIFY(m_server->isServer());
        const QString copied = SearchFixtureCopy::copyCables(*m_sqlite, *m_server);
        QVERIFY2(copied.isEmpty(), qPrintable(copied));
        for (LibraryDatabase *library : { m_sqlite.get(), m_server.get() }) {
            QSqlQuery query(library->database());
            for (const QString &statement : SearchTable::userData())
                QVERIFY2(query.exec(statement), qPrintable(statement + u": "_s + query.lastError().text()));
        }
        const QString notes = SearchFixtureCopy::fillTsv(*m_server, u"annotations"_s, u"id"_s, u"note"_s);
        QVERIFY2(notes.isEmpty(), qPrintable(notes));
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_sqlite.reset();
    }

    // Every row of the table: the cables it expects, and on both engines the
    // same hits (kind, cable, paragraph, snippet) and the same total.
    void sameHits_data() { rows(); }

    void sameHits()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const LibrarySearch::Result server = m_server->search().search(query, 1000);
        const LibrarySearch::Result local = m_sqlite->search().search(query, 1000);
        QVERIFY2(server.ok(), qPrintable(server.error));
        QVERIFY2(local.ok(), qPrintable(local.error));
        if (expected != QStringList { u"(any)"_s })
            QCOMPARE(ids(server), expected);
        QCOMPARE(hits(server), hits(local));
        QCOMPARE(server.total, local.total);
        QCOMPARE(server.totalIsLowerBound, local.totalIsLowerBound);
    }

    // The list and the facets count the cables SearchCondition names: the
    // same on both engines.
    void sameCablesListed_data() { rows(); }

    void sameCablesListed()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const QStringList server = listed(*m_server, query);
        QCOMPARE(server, listed(*m_sqlite, query));
        if (expected != QStringList { u"(any)"_s })
            QCOMPARE(server, expected);
    }

    // Every paragraph hit holds what the row asks for, in that paragraph.
    void paragraphHitsHoldTheWords()
    {
        for (const SearchTable::ParagraphRow &row : SearchTable::paragraphRows()) {
            const LibrarySearch::Result result = m_server->search().search(row.query, 1000);
            QVERIFY2(result.ok(), qPrintable(result.error));
            int paragraphHits = 0;
            for (const auto &hit : result.hits) {
                if (hit.kind != LibrarySearch::HitKind::Paragraph)
                    continue;
                ++paragraphHits;
                const QString text = m_paragraphText.value(hit.anchor);
                for (const QString &word : row.present)
                    QVERIFY2(text.contains(word), qPrintable(hit.anchor + u' ' + word));
                for (const QString &word : row.absent)
                    QVERIFY2(!text.contains(word), qPrintable(hit.anchor + u' ' + word));
            }
            QVERIFY2(paragraphHits > 0, row.name);
        }
    }

    // Ranked best first (lower is better, as bm25 on SQLite), every hit
    // scored; the subject that is about the word comes before paragraphs
    // that mention it, as on SQLite.
    void ranking()
    {
        const LibrarySearch::Result result = m_server->search().search(u"manas"_s, 1000);
        QVERIFY(result.ok());
        QVERIFY(result.hits.size() > 2);
        for (qsizetype i = 0; i < result.hits.size(); ++i) {
            QVERIFY(result.hits.at(i).rank < 0);
            if (i > 0)
                QVERIFY(result.hits.at(i - 1).rank <= result.hits.at(i).rank);
        }
        const LibrarySearch::Result local = m_sqlite->search().search(u"manas"_s, 1000);
        QCOMPARE(result.hits.constFirst().kind, local.hits.constFirst().kind);
        QCOMPARE(result.hits.constFirst().cableId, local.hits.constFirst().cableId);
    }

    // Pages of a server search are slices of the whole result, each hit
    // with its own snippet, the total on every page.
    void paging()
    {
        const LibrarySearch::Result all = m_server->search().search(u"nazarbayev"_s, 1000);
        QVERIFY(all.total > 6);
        for (int offset = 0; offset < 6; offset += 3) {
            const LibrarySearch::Result page = m_server->search().search(u"nazarbayev"_s, 3, offset);
            QVERIFY2(page.ok(), qPrintable(page.error));
            QCOMPARE(page.total, all.total);
            QCOMPARE(page.hits.size(), 3);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(page.hits[i].anchor, all.hits[offset + i].anchor);
                QCOMPARE(page.hits[i].snippet, all.hits[offset + i].snippet);
            }
        }
        const LibrarySearch::Result past = m_server->search().search(u"nazarbayev"_s, 3, 1000);
        QVERIFY(past.ok());
        QVERIFY(past.hits.isEmpty());
        QCOMPARE(past.total, all.total);
    }

    // What the index holds is FTS5's words: a word split by punctuation, an
    // accent the text has and the query has not.
    void wordsAsFts5SplitsThem()
    {
        const QString text = u"Québec via state.gov, C/NF"_s;
        QSqlQuery query(m_server->database());
        QVERIFY(
            query.prepare(u"INSERT INTO paragraphs (cable_pk, anchor, position, text, tsv)"
                          " SELECT pk, id || ?, 99, ?, CAST(? AS tsvector) FROM cables WHERE id = '09ASTANA253'"_s));
        query.addBindValue(u"\u00b699"_s);
        query.addBindValue(text);
        query.addBindValue(TsVectorText::fromText(text));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        for (const QString &word : { u"quebec"_s, u"QUÉBEC"_s, u"state"_s, u"gov"_s, u"nf"_s, u"\"state gov\""_s }) {
            const LibrarySearch::Result result = m_server->search().search(word);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QStringList anchors;
            for (const auto &hit : result.hits)
                anchors.append(hit.anchor);
            QVERIFY2(anchors.contains(u"09ASTANA253\u00b699"_s), qPrintable(word));
        }
        QVERIFY(query.exec(u"DELETE FROM paragraphs WHERE position = 99"_s));
    }

    // A row written without its tsv (a writer that leaves it to the server)
    // is searchable at once: the trigger fills it, and fills it again when
    // the text changes without it.
    void rowsWithoutTsvAreSearchable()
    {
        QSqlQuery query(m_server->database());
        QVERIFY2(query.exec(u"INSERT INTO paragraphs (cable_pk, anchor, position, text)"
                            " SELECT pk, id || '-x', 98, 'zanzibar clove' FROM cables WHERE id = '09ASTANA253'"_s),
            qPrintable(query.lastError().text()));
        const auto found = [this](const QString &word) {
            for (const auto &hit : m_server->search().search(word).hits) {
                if (hit.anchor == u"09ASTANA253-x"_s)
                    return true;
            }
            return false;
        };
        QVERIFY(found(u"zanzibar"_s));
        QVERIFY(query.exec(u"UPDATE paragraphs SET text = 'pemba clove' WHERE position = 98"_s));
        QVERIFY(found(u"pemba"_s));
        QVERIFY(!found(u"zanzibar"_s));
        QVERIFY(query.exec(u"DELETE FROM paragraphs WHERE position = 98"_s));
    }
};

QTEST_GUILESS_MAIN(TestPgSearch)
#include "tst_pgsearch.moc"
