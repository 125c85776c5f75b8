// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablelistquery.h"

#include "librarysearch.h"
#include "listfixtures.h"

#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;

Q_DECLARE_METATYPE(Reftel::CableListQuery::SortKey)

class TestCableListQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_samples; // the five bundled samples
    LibraryDatabase m_many; // 700 synthetic cables

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
        CableListQuery list(m_samples);
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
        CableListQuery list(m_many);
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
