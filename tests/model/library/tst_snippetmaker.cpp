// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydatabase.h"
#include "librarysearch.h"
#include "searchquery.h"
#include "snippetmaker.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// SnippetMaker marks what FTS5 marks: its highlight() is compared with
// FTS5's own on an index made as the library makes its own.
class TestSnippetMaker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_library;

    static QString marked(const QString &text)
    {
        return QString(text)
            .replace(QChar(LibrarySearch::HighlightStart), u"["_s)
            .replace(QChar(LibrarySearch::HighlightEnd), u"]"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_library.open(m_dir.filePath(u"library.sqlite"_s)), qPrintable(m_library.errorString()));
        QSqlQuery query(m_library.database());
        QVERIFY(query.exec(u"CREATE VIRTUAL TABLE docs USING fts5(text, tokenize='unicode61 remove_diacritics 2')"_s));
    }

    void highlightsAsFts5Does_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        const QString manas = u"1. (C) Manas air base: the GOK wants a \"strong financial package\" for Manas; "
                              "the air-base lease (Manás) ends in 2009."_s;
        QTest::newRow("word, any case") << manas << u"manas"_s;
        QTest::newRow("accents") << manas << u"MANAS"_s;
        QTest::newRow("two words") << manas << u"air lease"_s;
        QTest::newRow("phrase") << manas << u"\"air base\""_s;
        QTest::newRow("phrase over a hyphen") << manas << u"\"air base\" package"_s;
        QTest::newRow("prefix") << manas << u"fin* pack*"_s;
        QTest::newRow("prefix phrase") << manas << u"\"strong fin\"*"_s;
        QTest::newRow("or") << manas << u"lease OR gok"_s;
        QTest::newRow("not is not marked") << manas << u"manas NOT kabul"_s;
        QTest::newRow("number") << manas << u"2009"_s;
        QTest::newRow("overlapping") << u"the air base air base"_s << u"\"air base\" \"base air\""_s;
        QTest::newRow("umlaut and sharp s") << u"Außenminister Müller trifft MUELLER"_s << u"muller außenminister"_s;
    }

    void highlightsAsFts5Does()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        const SearchQuery parsed = SearchQuery::parse(query);
        QVERIFY(parsed.isValid());
        QSqlQuery fts(m_library.database());
        QVERIFY(fts.exec(u"DELETE FROM docs"_s));
        fts.prepare(u"INSERT INTO docs (rowid, text) VALUES (1, ?)"_s);
        fts.addBindValue(text);
        QVERIFY(fts.exec());
        fts.prepare(u"SELECT highlight(docs, 0, char(2), char(3)) FROM docs WHERE docs MATCH ?"_s);
        fts.addBindValue(parsed.ftsMatch());
        QVERIFY2(fts.exec(), qPrintable(fts.lastError().text()));
        QVERIFY2(fts.next(), "FTS5 does not match the text");
        const QString expected = fts.value(0).toString();
        QCOMPARE(marked(SnippetMaker(parsed.terms()).highlight(text)), marked(expected));
    }

    void bestIsTheFirstTextWithTheMostTerms()
    {
        const SnippetMaker maker(SearchQuery::parse(u"manas lease"_s).terms());
        QCOMPARE(maker.best({ u"no word here"_s, u"the Manas base"_s, u"Manas lease"_s, u"lease of Manas"_s }),
            qsizetype(2));
        QCOMPARE(maker.best({ u"Manas"_s, u"Lease"_s }), qsizetype(0));
        QCOMPARE(maker.best({ u"nothing"_s, u"at all"_s }), qsizetype(-1));
        QCOMPARE(maker.best({}), qsizetype(-1));
    }

    void snippetShowsTheMostTermsWithinItsLength()
    {
        QStringList words;
        for (int i = 0; i < 200; ++i)
            words << u"word%1"_s.arg(i);
        words[20] = u"manas"_s;
        words[150] = u"manas"_s;
        words[153] = u"lease"_s;
        const QString text = words.join(u' ');
        const SnippetMaker maker(SearchQuery::parse(u"manas OR lease"_s).terms());
        const QString snippet = maker.snippet(text, 24);
        // Both terms are near word 150, so the window is there, cut at both ends.
        QVERIFY2(snippet.startsWith(QChar(0x2026)) && snippet.endsWith(QChar(0x2026)), qPrintable(snippet));
        QVERIFY(marked(snippet).contains(u"[manas] word151 word152 [lease]"_s));
        QVERIFY(!snippet.contains(u"word20 "_s));
        QCOMPARE(QString(snippet).remove(QChar(0x2026)).split(u' ', Qt::SkipEmptyParts).size(), 24);
        // A short text is whole, without ellipses.
        QCOMPARE(marked(maker.snippet(u"The Manas lease."_s, 24)), u"The [Manas] [lease]."_s);
    }

    void countsDifferentTerms()
    {
        const SnippetMaker maker(SearchQuery::parse(u"manas lease -kabul"_s).terms());
        QCOMPARE(maker.termsIn(u"Manas, Manas and Manas"_s), 1);
        QCOMPARE(maker.termsIn(u"the Manas lease"_s), 2);
        QCOMPARE(maker.termsIn(u"Kabul"_s), 0);
        QVERIFY(SnippetMaker(SearchQuery::parse(u"origin:astana"_s).terms()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSnippetMaker)
#include "tst_snippetmaker.moc"
