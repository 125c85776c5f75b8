// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchsqlbuilder.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// A parsed query as SQLite's conditions and FTS5 expressions.
class TestSearchSqlBuilder : public QObject
{
    Q_OBJECT

private:
    static QString dateTokens(const QString &input)
    {
        const SearchQuery query = SearchQuery::parse(input);
        return SearchSqlBuilder(query).dateTokenMatch();
    }

private Q_SLOTS:
    // Values reach SQL as bound parameters only.
    void conditions()
    {
        const SearchQuery query = SearchQuery::parse(
            u"class:\"50%_off\\\" tag:PGOV class:secret ref:09ASTANA713 -origin:x from:2009-02 to:2009"_s);
        QVERIFY2(query.isValid(), qPrintable(query.errorString()));
        QVariantList values;
        const QString sql = SearchSqlBuilder(query).conditions(&values);
        QCOMPARE(sql.count(u'?'), values.size());
        QVERIFY(!sql.contains(u"50"_s));
        QVERIFY(!sql.contains(u"PGOV"_s));
        QVERIFY(!sql.contains(u"2009"_s));
        QVERIFY(values.contains(u"50\\%\\_OFF\\\\//%"_s));
        QVERIFY(values.contains(u"SECRET"_s));
        QVERIFY(values.contains(u"SECRET//%"_s));
        QVERIFY(values.contains(u"2009-02-01"_s));
        QVERIFY(values.contains(u"2010-01-01"_s)); // to: is inclusive: before the next day
        QVERIFY(sql.contains(u"NOT ("_s));

        QVariantList none;
        QCOMPARE(SearchSqlBuilder(SearchQuery::parse(u"manas"_s)).conditions(&none), u"1"_s);
        QVERIFY(none.isEmpty());
    }

    // Field filters as terms on the paragraph index's tokens column.
    void tokenMatch_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("match");
        QTest::newRow("origin") << u"origin:astana"_s << u"{tokens} : (\"oastana\")"_s;
        QTest::newRow("origin words") << u"origin:\"Embassy Astana\""_s
                                      << u"{tokens} : ((\"oembassy\" AND \"oastana\"))"_s;
        QTest::newRow("two origins") << u"origin:astana origin:bishkek"_s
                                     << u"{tokens} : (\"oastana\" OR \"obishkek\")"_s;
        QTest::newRow("tag") << u"tag:PGOV"_s << u"{tokens} : (\"tpgov\")"_s;
        QTest::newRow("class") << u"class:\"secret//noforn\""_s << u"{tokens} : ((\"csecret\" AND \"cnoforn\"))"_s;
        QTest::newRow("class abbreviated") << u"class:u"_s << u"{tokens} : (\"cunclassified\")"_s;
        QTest::newRow("ref has none") << u"ref:09ASTANA713"_s << QString();
        QTest::newRow("id has none") << u"id:09ASTANA713"_s << QString();
        QTest::newRow("tag prefix") << u"tag:pr*"_s << u"{tokens} : (\"tpr\"*)"_s;
        QTest::newRow("subject has none") << u"subject:manas"_s << QString();
    }

    void tokenMatch()
    {
        QFETCH(QString, input);
        QFETCH(QString, match);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY(query.isValid());
        QCOMPARE(query.filters().size(), 1);
        QCOMPARE(SearchSqlBuilder::tokenMatch(query.filters().constFirst()), match);
    }

    void dateTokenMatch_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("match");
        QTest::newRow("open") << u"manas"_s << QString();
        QTest::newRow("year") << u"from:2009 to:2009"_s << u"{tokens} : (\"y2009\")"_s;
        QTest::newRow("years") << u"from:2005 to:2007"_s << u"{tokens} : (\"y2005\" OR \"y2006\" OR \"y2007\")"_s;
        QTest::newRow("months") << u"from:2009-11 to:2010-01"_s
                                << u"{tokens} : (\"m200911\" OR \"m200912\" OR \"m201001\")"_s;
        QTest::newRow("days then a month")
            << u"from:2009-02-26 to:2009-03"_s
            << u"{tokens} : (\"d20090226\" OR \"d20090227\" OR \"d20090228\" OR \"m200903\")"_s;
        QTest::newRow("one day") << u"from:2009-04-27 to:2009-04-27"_s << u"{tokens} : (\"d20090427\")"_s;
    }

    void dateTokenMatch()
    {
        QFETCH(QString, input);
        QFETCH(QString, match);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY(query.isValid());
        QCOMPARE(SearchSqlBuilder(query).dateTokenMatch(), match);
    }

    // An open end stops at the first and last years a cable can have.
    void openPeriodStaysShort()
    {
        const QString match = dateTokens(u"from:1999-12-31"_s);
        QVERIFY(match.startsWith(u"{tokens} : (\"d19991231\" OR \"y2000\""_s));
        QVERIFY(match.count(u" OR "_s) < 50);
        QVERIFY(dateTokens(u"to:1970-01"_s).startsWith(u"{tokens} : (\"y1960\""_s));
        // Ends outside the cables' years are open ends.
        QVERIFY(dateTokens(u"to:2100"_s).count(u" OR "_s) < 100);
        QVERIFY(dateTokens(u"from:1900"_s).startsWith(u"{tokens} : (\"y1960\""_s));
    }

    void escapeLike() { QCOMPARE(SearchSqlBuilder::escapeLike(u"a%b_c\\d"_s), u"a\\%b\\_c\\\\d"_s); }

    void noteMatch_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("match");
        QTest::newRow("words") << u"air base"_s << u"\"air\" AND \"base\""_s;
        QTest::newRow("prefix") << u"lea* terms"_s << u"\"lea\"* AND \"terms\""_s;
        QTest::newRow("quotes are text") << u"say \"no\""_s << u"\"say\" AND \"\"\"no\"\"\""_s;
        QTest::newRow("no word") << u"-- **"_s << u"\"\""_s;
    }

    void noteMatch()
    {
        QFETCH(QString, words);
        QFETCH(QString, match);
        QCOMPARE(SearchSqlBuilder::noteMatch(words), match);
    }

    // The words on each index's column, narrowed by the filters the indexes
    // hold as tokens; the rest as conditions with their values.
    void indexMatch()
    {
        const SearchQuery query = SearchQuery::parse(u"manas origin:astana tag:russia ref:09ASTANA713"_s);
        QVERIFY2(query.isValid(), qPrintable(query.errorString()));
        const SearchSqlBuilder::IndexMatch match = SearchSqlBuilder(query).indexMatch({ u"russia"_s });
        QCOMPARE(match.paragraphs, u"(({text} : \"manas\") AND ({tokens} : (\"oastana\")))"_s);
        QCOMPARE(match.subjects, u"(({subject} : \"manas\") AND ({tokens} : (\"oastana\")))"_s);
        QCOMPARE(match.sqlConditions.size(), 2); // the user's tag and ref:
        QCOMPARE(match.sqlConditions.join(u' ').count(u'?'), match.sqlValues.size());
        QVERIFY(match.sqlValues.contains(u"09ASTANA713"_s));
    }
};

QTEST_GUILESS_MAIN(TestSearchSqlBuilder)
#include "tst_searchsqlbuilder.moc"
