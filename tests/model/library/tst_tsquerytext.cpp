// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsquerytext.h"
#include "tsvectortext.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The query language as PostgreSQL's tsquery input: no server needed, the
// text is what CAST(? AS tsquery) reads.
class TestTsQueryText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromWords_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("tsquery");
        QTest::newRow("word") << u"manas"_s << u"'manas'"_s;
        QTest::newRow("case and accents") << u"MÁNAS Québec"_s << u"('manas' & 'quebec')"_s;
        QTest::newRow("and") << u"manas AND base"_s << u"('manas' & 'base')"_s;
        QTest::newRow("or") << u"manas OR bishkek"_s << u"('manas' | 'bishkek')"_s;
        QTest::newRow("and binds tighter than or") << u"a b OR c"_s << u"(('a' & 'b') | 'c')"_s;
        QTest::newRow("not") << u"manas NOT russia"_s << u"('manas' & !'russia')"_s;
        QTest::newRow("minus chain") << u"manas -russia -china"_s << u"('manas' & !'russia' & !'china')"_s;
        QTest::newRow("not a group") << u"base NOT (manas OR bishkek)"_s << u"('base' & !('manas' | 'bishkek'))"_s;
        QTest::newRow("phrase") << u"\"air base\""_s << u"('air' <-> 'base')"_s;
        QTest::newRow("prefix") << u"gover*"_s << u"'gover':*"_s;
        QTest::newRow("prefix phrase") << u"\"air ba\"*"_s << u"('air' <-> 'ba':*)"_s;
        QTest::newRow("parentheses") << u"(manas OR bishkek) base"_s << u"(('manas' | 'bishkek') & 'base')"_s;
        // Punctuation inside a word splits it, as FTS5 does: "u.s." is the
        // phrase u s, "state.gov" state gov.
        QTest::newRow("punctuated word") << u"u.s. state.gov"_s << u"(('u' <-> 's') & ('state' <-> 'gov'))"_s;
        QTest::newRow("id") << u"09ASTANA713"_s << u"'09astana713'"_s;
        QTest::newRow("filters left out") << u"manas tag:PGOV origin:astana"_s << u"'manas'"_s;
        // tsquery's own syntax in the input is text: every lexeme quoted,
        // and the operators' characters are not word characters at all.
        QTest::newRow("operators as text")
            << u"a&b !c <->d x1:* f|g"_s << u"(('a' <-> 'b') & 'c' & 'd' & 'x1':* & ('f' <-> 'g'))"_s;
        QTest::newRow("quotes and backslashes") << u"it's \\'x"_s << u"(('it' <-> 's') & 'x')"_s;
        QTest::newRow("sql") << u"'; DROP TABLE cables; --"_s << u"('drop' & 'table' & 'cables')"_s;
        QTest::newRow("a word too long for the index")
            << QString(u"manas "_s + QString(3000, u'x')) << u"('manas' & ' ')"_s;
    }

    void fromWords()
    {
        QFETCH(QString, input);
        QFETCH(QString, tsquery);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY2(query.isValid(), qPrintable(query.errorString()));
        QCOMPARE(TsQueryText::fromWords(query.words()), tsquery);
    }

    void allOf_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("tsquery");
        QTest::newRow("words") << u"air base"_s << u"'air' & 'base'"_s;
        QTest::newRow("prefix") << u"lea* terms"_s << u"'lea':* & 'terms'"_s;
        QTest::newRow("quotes are text") << u"say \"no\""_s << u"'say' & 'no'"_s;
        QTest::newRow("no word matches nothing") << u"-- **"_s << TsQueryText::NoMatch;
    }

    void allOf()
    {
        QFETCH(QString, words);
        QFETCH(QString, tsquery);
        QCOMPARE(TsQueryText::allOf(words), tsquery);
    }

    // A lexeme that holds tsquery's quote or escape character stays one
    // quoted lexeme (SearchWords never makes one; the quoting must hold
    // for any lexeme all the same).
    void quotingHoldsForAnyLexeme()
    {
        QCOMPARE(TsQueryText::term(SearchQuery::Term { u"é"_s, true, false }), u"'e':*"_s);
        QCOMPARE(TsVectorText::quoted(u"it's a\\b"_s), u"'it''s a\\\\b'"_s);
    }
};

QTEST_GUILESS_MAIN(TestTsQueryText)
#include "tst_tsquerytext.moc"
