// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablelistquery.h"

#include "enginelibrary.h"
#include "librarysearch.h"
#include "listfixtures.h"
#include "servercablecopy.h"

#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <tuple>

using namespace Reftel;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Reftel::CableListQuery::SortKey)

class TestCableListQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_samples; // the five bundled samples
    LibraryDatabase m_many; // 700 synthetic cables
    // Their copies on the test server, made by the first case that asks.
    std::unique_ptr<EngineLibrary> m_serverSamplesAt;
    std::unique_ptr<EngineLibrary> m_serverManyAt;
    LibraryDatabase m_serverSamples;
    LibraryDatabase m_serverMany;
    bool m_server = false; // the current case's engine

    LibraryDatabase &samples() { return m_server ? m_serverSamples : m_samples; }
    LibraryDatabase &many() { return m_server ? m_serverMany : m_many; }

    void copyToServer()
    {
        m_serverSamplesAt = std::make_unique<EngineLibrary>(true, QString(), u"samples"_s);
        m_serverManyAt = std::make_unique<EngineLibrary>(true, QString(), u"many"_s);
        for (auto [from, at, to] : { std::tuple(&m_samples, m_serverSamplesAt.get(), &m_serverSamples),
                 std::tuple(&m_many, m_serverManyAt.get(), &m_serverMany) }) {
            QVERIFY2(to->open(at->location()), qPrintable(to->errorString()));
            const QString problem = ServerCableCopy::copy(from->database(), to->database());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    static QString keyOf(const CableListRow &row, CableListQuery::SortKey key)
    {
        switch (key) {
        case CableListQuery::SortKey::Id:
            return row.id;
        case CableListQuery::SortKey::Subject:
            return row.subject;
        default:
            return row.created;
        }
    }

private Q_SLOTS:
    void initTestCase_data() { EngineLibrary::addEngines(); }

    // Every case on the current engine; the server's copies made once.
    void init()
    {
        QFETCH_GLOBAL(bool, server);
        m_server = server;
        if (!server)
            return;
        if (const QString why = PgTestServer::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        if (!m_serverManyAt)
            copyToServer();
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Testing::importListLibraries(m_dir, m_samples, m_many));
    }

    void countsWhatAQueryLists_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<qint64>("count");
        QTest::newRow("everything") << QString() << qint64(5);
        QTest::newRow("word") << QStringLiteral("sarybay") << qint64(2);
        QTest::newRow("origin") << QStringLiteral("origin:astana") << qint64(5);
        QTest::newRow("nothing") << QStringLiteral("origin:paris") << qint64(0);
    }

    void countsWhatAQueryLists()
    {
        QFETCH(QString, query);
        QFETCH(qint64, count);
        if (m_server && !query.isEmpty())
            QSKIP("A query's words and filters on a server are the search's PostgreSQL rendering (LibrarySearch).");
        CableListQuery list(samples());
        list.setQuery(SearchQuery::parse(query));
        QCOMPARE(list.count(), count);
        QVERIFY(list.errorString().isEmpty());
        qint64 total = -1;
        const QList<CableListRow> page = list.page(nullptr, 100, &total);
        QCOMPARE(total, count); // the window function counts what the page's query lists
        QCOMPARE(page.size(), count);
    }

    // Page after page by key: every row once, in order, across the pages' edges.
    void pagesByKeyInOrder_data()
    {
        QTest::addColumn<CableListQuery::SortKey>("key");
        QTest::addColumn<bool>("ascending");
        QTest::newRow("date, newest first") << CableListQuery::SortKey::Created << false;
        QTest::newRow("date, oldest first") << CableListQuery::SortKey::Created << true;
        QTest::newRow("id") << CableListQuery::SortKey::Id << true;
        QTest::newRow("id descending") << CableListQuery::SortKey::Id << false;
        QTest::newRow("subject") << CableListQuery::SortKey::Subject << true;
    }

    void pagesByKeyInOrder()
    {
        QFETCH(CableListQuery::SortKey, key);
        QFETCH(bool, ascending);
        CableListQuery list(many());
        list.setOrder(key, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        QList<CableListRow> rows = list.page(nullptr, 64);
        QCOMPARE(rows.size(), 64);
        while (true) {
            const QList<CableListRow> next = list.page(&rows.last(), 64);
            QVERIFY(next.size() <= 64);
            if (next.isEmpty())
                break;
            rows += next;
        }
        QCOMPARE(rows.size(), 700);
        QStringList keys;
        QSet<qint64> pks;
        for (const CableListRow &row : std::as_const(rows)) {
            keys << keyOf(row, key);
            pks.insert(row.pk);
        }
        QCOMPARE(pks.size(), 700);
        QStringList sorted = keys;
        if (ascending)
            std::stable_sort(sorted.begin(), sorted.end());
        else
            std::stable_sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(keys, sorted);
    }

    // A word in most paragraphs: the window of newest hits is full, and the
    // count is of the cables in it.
    void aCommonWordFillsTheWindow()
    {
        if (m_server)
            QSKIP("FTS5's window of hits: SQLite's");
        QSqlQuery q(m_many.database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'jurisdiction'")));
        QVERIFY(q.next());
        const qint64 paragraphHits = q.value(0).toLongLong();
        QVERIFY2(paragraphHits >= 20, qPrintable(QString::number(paragraphHits)));
        const int Window = int(paragraphHits / 2);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(DISTINCT p.cable_pk) FROM paragraphs p WHERE p.pk IN (SELECT rowid FROM paragraphs_fts"
            " WHERE paragraphs_fts MATCH 'jurisdiction' ORDER BY rowid DESC LIMIT %1)"
            " OR p.cable_pk IN (SELECT rowid FROM subjects_fts WHERE subjects_fts MATCH 'jurisdiction' ORDER BY rowid "
            "DESC LIMIT %1)")
                .arg(Window)));
        QVERIFY(q.next());
        CableListQuery list(m_many);
        list.setQuery(SearchQuery::parse(QStringLiteral("jurisdiction")), Window);
        QVERIFY(list.windowIsFull());
        qint64 total = 0;
        list.page(nullptr, 16, &total);
        QCOMPARE(total, q.value(0).toLongLong());
        QCOMPARE(list.count(), total);

        list.setQuery(SearchQuery::parse(QStringLiteral("sarybay")), Window);
        QVERIFY(!list.windowIsFull());
        list.setQuery(SearchQuery::parse(QStringLiteral("origin:buenosaires")), Window);
        QVERIFY(!list.windowIsFull()); // no words, no window
    }

    void snippetMarksTheWordsWhereTheyAre()
    {
        if (m_server)
            QSKIP("A query's words on a server are the search's PostgreSQL rendering (LibrarySearch).");
        CableListQuery list(m_samples);
        list.setQuery(SearchQuery::parse(QStringLiteral("\"financial package\"")));
        const QList<CableListRow> rows = list.page(nullptr, 10);
        QCOMPARE(rows.size(), 1);
        const QString marked = list.snippet(rows.first());
        const QString words = QChar(LibrarySearch::HighlightStart) + QStringLiteral("financial package")
            + QChar(LibrarySearch::HighlightEnd);
        QVERIFY2(marked.contains(words, Qt::CaseInsensitive), qPrintable(marked));
        // Only in the subject: the subject, marked.
        list.setQuery(SearchQuery::parse(QStringLiteral("eurasia")));
        const QList<CableListRow> subject = list.page(nullptr, 10);
        QCOMPARE(subject.size(), 1);
        const QString inSubject = list.snippet(subject.first());
        QString plain = inSubject;
        plain.remove(QChar(LibrarySearch::HighlightStart)).remove(QChar(LibrarySearch::HighlightEnd));
        QCOMPARE(plain, subject.first().subject);
        QVERIFY(inSubject.contains(QChar(LibrarySearch::HighlightStart)));
        // No words: nothing to show.
        list.setQuery(SearchQuery::parse(QString()));
        QVERIFY(list.snippet(list.page(nullptr, 1).first()).isEmpty());
    }

    // A cable without the sort key comes first when ascending and last
    // when descending, on either engine, and pages cross from them to the
    // others without losing or repeating a row.
    void cablesWithoutTheKeyInOrder_data()
    {
        QTest::addColumn<bool>("ascending");
        QTest::newRow("ascending") << true;
        QTest::newRow("descending") << false;
    }

    void cablesWithoutTheKeyInOrder()
    {
        QFETCH(bool, ascending);
        const EngineLibrary where(m_server, QString(), u"withoutkey"_s);
        LibraryDatabase library;
        QVERIFY2(library.open(where.location()), qPrintable(library.errorString()));
        const QString problem = ServerCableCopy::copy(m_samples.database(), library.database());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QSqlQuery unknown(library.database());
        QVERIFY(
            unknown.exec(u"UPDATE cables SET origin = NULL WHERE pk IN (SELECT pk FROM cables ORDER BY pk LIMIT 2)"_s));
        QCOMPARE(unknown.numRowsAffected(), 2);

        CableListQuery list(library);
        list.setOrder(CableListQuery::SortKey::Origin, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        QList<CableListRow> rows = list.page(nullptr, 2);
        QVERIFY2(list.errorString().isEmpty(), qPrintable(list.errorString()));
        while (rows.size() < 10) {
            const QList<CableListRow> next = list.page(&rows.last(), 2);
            if (next.isEmpty())
                break;
            rows += next;
        }
        QCOMPARE(rows.size(), 5);
        QList<bool> withoutKey;
        QSet<qint64> pks;
        for (const CableListRow &row : std::as_const(rows)) {
            withoutKey << row.key.isNull();
            pks.insert(row.pk);
        }
        QCOMPARE(pks.size(), 5);
        QCOMPARE(withoutKey,
            ascending ? QList<bool>({ true, true, false, false, false })
                      : QList<bool>({ false, false, false, true, true }));
        // Among equals, by pk in the same direction.
        const qsizetype firstNull = ascending ? 0 : 3;
        QCOMPARE(rows[firstNull].pk < rows[firstNull + 1].pk, ascending);
    }

    void anUnreadableLibrarySaysWhy()
    {
        LibraryDatabase closed; // never opened
        CableListQuery list(closed);
        QCOMPARE(list.count(), qint64(0));
        QVERIFY(!list.errorString().isEmpty());
        QVERIFY(list.page(nullptr, 10).isEmpty());
        QVERIFY(!list.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCableListQuery)
#include "tst_cablelistquery.moc"
