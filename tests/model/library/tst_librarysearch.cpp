// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysearch.h"
#include "searchcondition.h"
#include "searchsqlbuilder.h"
#include "snippetmaker.h"

#include "cablereader.h"
#include "cablewriter.h"
#include "searchtable.h"
#include "storefixtures.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestLibrarySearch : public QObject
{
    Q_OBJECT

private:
    StoreFixtures::TemporaryLibrary m_dir;
    std::unique_ptr<LibraryDatabase> m_library;
    QHash<QString, QString> m_paragraphText; // by anchor

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

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_library = std::make_unique<LibraryDatabase>();
        QVERIFY(m_library->open(m_dir.path()));
        CableWriter store(*m_library);
        QVERIFY(store.begin());
        for (const auto &sample : StoreFixtures::samples()) {
            QCOMPARE(store.store(sample.cable, sample.path), CableWriter::StoreResult::Inserted);
            for (const Paragraph *paragraph : sample.cable.paragraphs())
                m_paragraphText.insert(paragraph->anchor, paragraph->text.toLower());
        }
        QVERIFY(store.commit());
        QSqlQuery query(m_library->database());
        for (const QString &statement : SearchTable::userData())
            QVERIFY2(query.exec(statement), qPrintable(statement));
    }

    void cleanupTestCase() { m_library.reset(); }

    // Which cables a query finds, with and without field filters (the
    // shared table, see searchtable.h).
    void cables_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        for (const SearchTable::CableRow &row : SearchTable::cableRows())
            QTest::newRow(row.name) << row.query << row.expected;
    }

    void cables()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        LibrarySearch search(*m_library);
        const LibrarySearch::Result result = search.search(query, 1000);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(ids(result), sorted(expected));
        QCOMPARE(result.total, result.hits.size());
        QCOMPARE(CableReader(*m_library).count(), 5);
    }

    // The cables the list and the facets count (SearchCondition) are the
    // cables of the hits, for every row of the table with words.
    void listedCablesAreTheHitsCables_data() { cables_data(); }

    void listedCablesAreTheHitsCables()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const SearchQuery parsed = SearchQuery::parse(query);
        if (!parsed.hasWords())
            return;
        QVariantList values;
        QSqlQuery listed(m_library->database());
        listed.prepare(u"SELECT c.id FROM cables c WHERE "_s + SearchCondition::sql(*m_library, parsed, &values));
        for (const QVariant &value : std::as_const(values))
            listed.addBindValue(value);
        QVERIFY2(listed.exec(), qPrintable(listed.lastQuery()));
        QStringList cables;
        while (listed.next())
            cables.append(listed.value(0).toString());
        QCOMPARE(sorted(cables), sorted(expected));
    }

    // Every paragraph hit holds what the query asks for, in that paragraph.
    void paragraphs_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        for (const SearchTable::ParagraphRow &row : SearchTable::paragraphRows())
            QTest::newRow(row.name) << row.query << row.present << row.absent;
    }

    void paragraphs()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        LibrarySearch search(*m_library);
        const LibrarySearch::Result result = search.search(query, 1000);
        QVERIFY2(result.ok(), qPrintable(result.error));
        int paragraphHits = 0;
        for (const auto &hit : result.hits) {
            if (hit.kind != LibrarySearch::HitKind::Paragraph)
                continue;
            ++paragraphHits;
            QVERIFY(hit.anchor.startsWith(hit.cableId + QChar(0x00B6)));
            QVERIFY(m_paragraphText.contains(hit.anchor));
            const QString text = m_paragraphText.value(hit.anchor);
            for (const QString &word : present)
                QVERIFY2(text.contains(word), qPrintable(hit.anchor + u' ' + word));
            for (const QString &word : absent)
                QVERIFY2(!text.contains(word), qPrintable(hit.anchor + u' ' + word));
        }
        QVERIFY(paragraphHits > 0);
    }

    void hitsNameParagraphsAndSubjects()
    {
        LibrarySearch search(*m_library);
        const LibrarySearch::Result result = search.search(u"manas"_s);
        QVERIFY(result.ok());
        bool subjectHit = false;
        for (const auto &hit : result.hits) {
            QVERIFY(hit.snippet.contains(QChar(LibrarySearch::HighlightStart)));
            QVERIFY(hit.snippet.contains(QChar(LibrarySearch::HighlightEnd)));
            QVERIFY(hit.snippet.contains(u"\x02MANAS\x03"_s, Qt::CaseInsensitive));
            QVERIFY(hit.rank < 0);
            QCOMPARE(hit.origin, u"Embassy Astana"_s);
            QVERIFY(hit.created.isValid());
            if (hit.kind == LibrarySearch::HitKind::Subject) {
                subjectHit = true;
                QCOMPARE(hit.cableId, u"09ASTANA253"_s);
                QVERIFY(hit.anchor.isEmpty());
            } else {
                QVERIFY(hit.paragraphNumber > 0);
                QCOMPARE(hit.anchor, hit.cableId + QChar(0x00B6) + QString::number(hit.paragraphNumber));
            }
        }
        QVERIFY(subjectHit);
        for (qsizetype i = 1; i < result.hits.size(); ++i)
            QVERIFY(result.hits[i - 1].rank <= result.hits[i].rank);
    }

    // Subject hits obey the field filters as paragraph hits do (both
    // indexes carry the cable's filter tokens).
    void filtersApplyToSubjectHits()
    {
        LibrarySearch search(*m_library);
        const auto subjectHits = [&search](const QString &query) {
            QStringList ids;
            const LibrarySearch::Result result = search.search(query);
            for (const auto &hit : result.hits) {
                if (hit.kind == LibrarySearch::HitKind::Subject)
                    ids.append(hit.cableId);
            }
            return ids;
        };
        QCOMPARE(subjectHits(u"manas"_s), QStringList { u"09ASTANA253"_s });
        QCOMPARE(subjectHits(u"manas origin:astana"_s), QStringList { u"09ASTANA253"_s });
        QCOMPARE(subjectHits(u"manas from:2009-01-01 to:2009-12-31"_s), QStringList { u"09ASTANA253"_s });
        QCOMPARE(subjectHits(u"manas tag:important"_s), QStringList { u"09ASTANA253"_s });
        QVERIFY(subjectHits(u"manas origin:moscow"_s).isEmpty());
        QVERIFY(subjectHits(u"manas -origin:astana"_s).isEmpty());
        QVERIFY(subjectHits(u"manas from:2010-01-01"_s).isEmpty());
        QCOMPARE(subjectHits(u"manas class:confidential"_s), QStringList { u"09ASTANA253"_s });
        QVERIFY(subjectHits(u"manas class:secret"_s).isEmpty());
    }

    void filterOnlyListsNewestFirst()
    {
        LibrarySearch search(*m_library);
        const LibrarySearch::Result result = search.search(u"tag:OSCE"_s);
        QCOMPARE(result.hits.size(), 2);
        QCOMPARE(result.hits[0].cableId, u"09ASTANA1399"_s);
        QCOMPARE(result.hits[0].kind, LibrarySearch::HitKind::Cable);
        QCOMPARE(result.hits[0].snippet, result.hits[0].subject);
    }

    void paging()
    {
        LibrarySearch search(*m_library);
        const LibrarySearch::Result all = search.search(u"nazarbayev"_s, 1000);
        QVERIFY(all.total > 6);
        const LibrarySearch::Result first = search.search(u"nazarbayev"_s, 3, 0);
        const LibrarySearch::Result second = search.search(u"nazarbayev"_s, 3, 3);
        QCOMPARE(first.total, all.total);
        QCOMPARE(second.total, all.total);
        QCOMPARE(first.hits.size(), 3);
        QCOMPARE(second.hits.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(first.hits[i].anchor, all.hits[i].anchor);
            QCOMPARE(second.hits[i].anchor, all.hits[i + 3].anchor);
        }
    }

    void invalidQueryIsAnError()
    {
        LibrarySearch search(*m_library);
        const LibrarySearch::Result result = search.search(u"-manas"_s);
        QVERIFY(!result.ok());
        QVERIFY(result.hits.isEmpty());
        QVERIFY(search.search(QString()).ok());
        QVERIFY(search.search(QString()).hits.isEmpty());
    }

    // Each hit of a page carries its own paragraph's details and snippet,
    // whichever page it is on: the same as asking for that paragraph alone.
    void pagesCarryEachHitsOwnSnippet_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("word") << u"nazarbayev"_s;
        QTest::newRow("prefix") << u"tazh*"_s;
        QTest::newRow("phrase") << u"\"enhanced relationship\""_s;
        QTest::newRow("or") << u"osce OR bishkek OR manas"_s;
        QTest::newRow("filter") << u"nazarbayev class:confidential"_s;
        QTest::newRow("sql condition") << u"nazarbayev annotated:no"_s;
    }

    void pagesCarryEachHitsOwnSnippet()
    {
        QFETCH(QString, query);
        LibrarySearch search(*m_library);
        const LibrarySearch::Result whole = search.search(query, 100);
        QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
        QVERIFY(whole.hits.size() >= 2);
        const SearchQuery parsed = SearchQuery::parse(query);
        const QString match = SearchSqlBuilder(parsed).indexMatch(LibrarySearch::userTagNames(*m_library)).paragraphs;
        QSqlQuery alone(m_library->database());
        // The paragraph alone, by FTS5: it matches, and its text marked by
        // SnippetMaker is the hit's snippet.
        QVERIFY(alone.prepare(u"SELECT p.text, p.number"
                              " FROM paragraphs_fts JOIN paragraphs p ON p.pk = paragraphs_fts.rowid"
                              " WHERE paragraphs_fts MATCH ? AND p.anchor = ?"_s));
        const SnippetMaker maker(parsed.terms());
        QList<LibrarySearch::Hit> paged;
        for (int offset = 0; offset < whole.hits.size(); offset += 2) {
            const LibrarySearch::Result page = search.search(query, 2, offset);
            QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
            QCOMPARE(page.total, whole.total);
            paged += page.hits;
        }
        QCOMPARE(paged.size(), whole.hits.size());
        int paragraphHits = 0;
        for (qsizetype i = 0; i < paged.size(); ++i) {
            const LibrarySearch::Hit &hit = paged.at(i);
            QCOMPARE(hit.cableId, whole.hits.at(i).cableId);
            QCOMPARE(hit.anchor, whole.hits.at(i).anchor);
            QCOMPARE(hit.snippet, whole.hits.at(i).snippet);
            QCOMPARE(hit.rank, whole.hits.at(i).rank);
            if (hit.kind != LibrarySearch::HitKind::Paragraph)
                continue;
            ++paragraphHits;
            QVERIFY(hit.anchor.startsWith(hit.cableId + u'\u00b6'));
            alone.addBindValue(match);
            alone.addBindValue(hit.anchor);
            QVERIFY(alone.exec());
            QVERIFY(alone.next());
            QCOMPARE(hit.snippet, maker.snippet(alone.value(0).toString(), LibrarySearch::SnippetTokens));
            QCOMPARE(hit.paragraphNumber, alone.value(1).toInt());
            QVERIFY(hit.snippet.contains(QChar(LibrarySearch::HighlightStart)));
            alone.finish();
        }
        QVERIFY(paragraphHits >= 1);
    }

    void snippetToHtml()
    {
        QCOMPARE(LibrarySearch::snippetToHtml(u"<a> & \x02Manas\x03 base"_s), u"&lt;a&gt; &amp; <b>Manas</b> base"_s);
    }
};

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "tst_librarysearch.moc"
