// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fts5ranking.h"
#include "librarydatabase.h"
#include "sqlitehandle.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Reftel;
using namespace Qt::StringLiterals;

// reftel_rank() against FTS5's own bm25() on a two-column index shaped like
// the paragraph index (text weighted 1, filter tokens weighted 0).
class TestFts5Ranking : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_library;

    struct Scored
    {
        qint64 rowid;
        double bm25;
        double own;
    };

    QList<Scored> scores(const QString &match, const QString &idf = u", 1"_s)
    {
        QSqlQuery query(m_library.database());
        query.prepare(u"SELECT rowid, bm25(docs, 1.0, 0.0), reftel_rank(docs, 1.0, 0.0"_s + idf
            + u") FROM docs WHERE docs MATCH ? ORDER BY rowid"_s);
        query.addBindValue(match);
        if (!query.exec())
            qWarning() << query.lastError().text();
        QList<Scored> result;
        while (query.next())
            result.append({ query.value(0).toLongLong(), query.value(1).toDouble(), query.value(2).toDouble() });
        return result;
    }

    void fill(int rows)
    {
        QSqlQuery query(m_library.database());
        QVERIFY(query.exec(u"DELETE FROM docs"_s));
        QVERIFY(m_library.database().transaction());
        query.prepare(u"INSERT INTO docs (rowid, text, tokens) VALUES (?, ?, ?)"_s);
        for (int i = 1; i <= rows; ++i) {
            // "common" in every second row, "rare" in every 97th, "minister"
            // and "ministry" in every third and fifth; lengths vary.
            QStringList words;
            if (i % 2 == 0)
                words << u"common"_s;
            if (i % 97 == 0)
                words << u"rare"_s;
            if (i % 3 == 0)
                words << u"minister"_s << u"common"_s;
            if (i % 5 == 0)
                words << u"ministry"_s;
            for (int filler = 0; filler < i % 11; ++filler)
                words << u"filler"_s;
            words << u"word"_s;
            query.addBindValue(i);
            query.addBindValue(words.join(u' '));
            query.addBindValue(i % 4 == 0 ? u"tpgov opost"_s : u"tprel opost"_s);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QVERIFY(m_library.database().commit());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_library.open(m_dir.filePath(u"library.sqlite"_s)), qPrintable(m_library.errorString()));
        if (!SqliteHandle::of(m_library.database()))
            QSKIP("Qt's SQLite driver carries its own SQLite: the library ranks with bm25()");
        QVERIFY(m_library.hasOwnRanking());
        QCOMPARE(m_library.rankFunction(), u"reftel_rank"_s);
        QSqlQuery query(m_library.database());
        QVERIFY(query.exec(u"CREATE VIRTUAL TABLE docs USING fts5(text, tokens)"_s));
    }

    void matchesBm25WhenEveryHitIsCounted_data()
    {
        QTest::addColumn<QString>("match");
        QTest::newRow("one word") << u"{text} : rare"_s;
        QTest::newRow("two words") << u"{text} : (common AND minister)"_s;
        QTest::newRow("or") << u"{text} : (rare OR minister)"_s;
        QTest::newRow("phrase") << u"{text} : \"minister common\""_s;
        QTest::newRow("prefix") << u"{text} : minis*"_s;
        QTest::newRow("not") << u"{text} : (minister NOT rare)"_s;
    }

    void matchesBm25WhenEveryHitIsCounted()
    {
        QFETCH(QString, match);
        fill(Fts5Ranking::SampleHits - 10); // every phrase has fewer hits than the sample
        const QList<Scored> scored = scores(match);
        QVERIFY(!scored.isEmpty());
        for (const Scored &row : scored)
            QVERIFY2(std::abs(row.bm25 - row.own) < 1e-9,
                qPrintable(u"row %1: bm25 %2, reftel_rank %3"_s.arg(row.rowid).arg(row.bm25).arg(row.own)));
    }

    void filterTokensDoNotChangeTheScore()
    {
        fill(500);
        const QList<Scored> plain = scores(u"{text} : minister"_s);
        const QList<Scored> filtered = scores(u"({text} : minister) AND ({tokens} : tpgov)"_s);
        QVERIFY(!filtered.isEmpty());
        QVERIFY(filtered.size() < plain.size());
        for (const Scored &row : filtered) {
            const auto same =
                std::find_if(plain.cbegin(), plain.cend(), [&row](const Scored &p) { return p.rowid == row.rowid; });
            QVERIFY(same != plain.cend());
            QCOMPARE(row.own, same->own);
            QCOMPARE(row.own, row.bm25);
        }
    }

    void estimatesCommonWordsClosely()
    {
        fill(4 * Fts5Ranking::SampleHits); // "common" in two thirds of the rows: past the sample
        const QList<Scored> scored = scores(u"{text} : (common OR rare)"_s);
        QVERIFY(scored.size() > 2 * Fts5Ranking::SampleHits);
        for (const Scored &row : scored)
            QVERIFY2(std::abs(row.bm25 - row.own) <= 0.05 * std::abs(row.bm25),
                qPrintable(u"row %1: bm25 %2, reftel_rank %3"_s.arg(row.rowid).arg(row.bm25).arg(row.own)));
        // A rare word still outweighs a common one.
        const auto score = [&scored](qint64 rowid) {
            return std::find_if(scored.cbegin(), scored.cend(), [rowid](const Scored &s) {
                return s.rowid == rowid;
            })->own;
        };
        QVERIFY(score(97) < score(98)); // "rare" alone against "common" alone: more negative is better
    }

    void withoutIdfTheOrderIsBm25s()
    {
        fill(600);
        QList<Scored> scored = scores(u"{text} : minis*"_s, u", 0"_s);
        QVERIFY(scored.size() > 100);
        QList<Scored> byBm25 = scored;
        std::stable_sort(
            byBm25.begin(), byBm25.end(), [](const Scored &a, const Scored &b) { return a.bm25 < b.bm25; });
        std::stable_sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) { return a.own < b.own; });
        for (qsizetype i = 0; i < scored.size(); ++i)
            QCOMPARE(scored.at(i).rowid, byBm25.at(i).rowid);
    }
};

QTEST_GUILESS_MAIN(TestFts5Ranking)
#include "tst_fts5ranking.moc"
