// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;
using Field = SearchQuery::Field;
using Filter = SearchQuery::Filter;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void match_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("match");
        QTest::newRow("word") << u"manas"_s << u"\"manas\""_s;
        QTest::newRow("implicit and") << u"manas base"_s << u"(\"manas\" AND \"base\")"_s;
        QTest::newRow("explicit and") << u"manas AND base"_s << u"(\"manas\" AND \"base\")"_s;
        QTest::newRow("or") << u"manas OR bishkek"_s << u"(\"manas\" OR \"bishkek\")"_s;
        QTest::newRow("and binds tighter than or") << u"a b OR c"_s << u"((\"a\" AND \"b\") OR \"c\")"_s;
        QTest::newRow("not") << u"manas NOT russia"_s << u"(\"manas\" NOT \"russia\")"_s;
        QTest::newRow("minus") << u"manas -russia -china"_s << u"((\"manas\" NOT \"russia\") NOT \"china\")"_s;
        QTest::newRow("phrase") << u"\"air base\""_s << u"\"air base\""_s;
        QTest::newRow("prefix") << u"manas*"_s << u"\"manas\"*"_s;
        QTest::newRow("prefix phrase") << u"\"air ba\"*"_s << u"\"air ba\"*"_s;
        QTest::newRow("parentheses") << u"(manas OR bishkek) base"_s << u"((\"manas\" OR \"bishkek\") AND \"base\")"_s;
        QTest::newRow("not a group") << u"base NOT (manas OR bishkek)"_s
                                     << u"(\"base\" NOT (\"manas\" OR \"bishkek\"))"_s;
        QTest::newRow("lower-case operators are words")
            << u"war and peace"_s << u"(\"war\" AND \"and\" AND \"peace\")"_s;
        // FTS5 syntax in the input stays text.
        QTest::newRow("caret") << u"^manas"_s << u"\"^manas\""_s;
        QTest::newRow("near without parenthesis") << u"NEAR manas"_s << u"(\"NEAR\" AND \"manas\")"_s;
        QTest::newRow("a time is a word") << u"10:30"_s << u"\"10:30\""_s;
        QTest::newRow("nested as deep as allowed")
            << QString(QString(SearchQuery::MaxNesting, u'(') + u"manas"_s + QString(SearchQuery::MaxNesting, u')'))
            << u"\"manas\""_s;
        QTest::newRow("sql") << u"'; DROP TABLE cables; --"_s << u"(\"DROP\" AND \"TABLE\" AND \"cables;\")"_s;
        QTest::newRow("punctuation only dropped") << u"manas --"_s << u"\"manas\""_s;
        QTest::newRow("field only") << u"origin:astana"_s << QString();
        QTest::newRow("words and fields") << u"manas tag:PGOV base"_s << u"(\"manas\" AND \"base\")"_s;
    }

    void match()
    {
        QFETCH(QString, input);
        QFETCH(QString, match);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY2(query.isValid(), qPrintable(query.errorString()));
        QCOMPARE(query.ftsMatch(), match);
    }

    // The tree both engines render: NOT over a chain of exclusions, AND
    // and OR as wide nodes, a group as its own node, filters outside.
    void words()
    {
        using Node = SearchQuery::Node;
        using Kind = SearchQuery::Node::Kind;
        const auto term = [](const QString &text, bool prefix = false, bool negated = false) {
            return Node { Kind::Term, SearchQuery::Term { text, prefix, negated }, {} };
        };
        const SearchQuery chain = SearchQuery::parse(u"manas -russia NOT china tag:PGOV"_s);
        QVERIFY(chain.hasWords());
        QCOMPARE(chain.words(),
            (Node {
                Kind::Not, {}, { term(u"manas"_s), term(u"russia"_s, false, true), term(u"china"_s, false, true) } }));
        const SearchQuery grouped = SearchQuery::parse(u"(a OR \"b c\"*) d"_s);
        QCOMPARE(grouped.words(),
            (Node { Kind::And, {}, { Node { Kind::Or, {}, { term(u"a"_s), term(u"b c"_s, true) } }, term(u"d"_s) } }));
        QCOMPARE(SearchQuery::parse(u"((manas))"_s).words(), term(u"manas"_s));
        QVERIFY(!SearchQuery::parse(u"origin:astana"_s).hasWords());
        QVERIFY(!SearchQuery::parse(u"manas OR"_s).hasWords());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QList<Filter>>("filters");
        QTest::newRow("origin") << u"origin:astana"_s << QList<Filter> { { Field::Origin, { u"astana"_s }, false } };
        QTest::newRow("quoted origin") << u"origin:\"Embassy Astana\" manas"_s
                                       << QList<Filter> { { Field::Origin, { u"Embassy Astana"_s }, false } };
        QTest::newRow("tag") << u"TAG:pgov"_s << QList<Filter> { { Field::Tag, { u"pgov"_s }, false } };
        QTest::newRow("class abbreviation")
            << u"class:c"_s << QList<Filter> { { Field::Classification, { u"CONFIDENTIAL"_s }, false } };
        QTest::newRow("class caveat") << u"class:noforn"_s
                                      << QList<Filter> { { Field::Classification, { u"NOFORN"_s }, false } };
        QTest::newRow("ref") << u"ref:09astana713"_s
                             << QList<Filter> { { Field::Reference, { u"09ASTANA713"_s }, false } };
        QTest::newRow("id") << u"id:09astana253 id:08ASTANA253"_s
                            << QList<Filter> { { Field::Id, { u"09ASTANA253"_s, u"08ASTANA253"_s }, false } };
        QTest::newRow("same field twice widens")
            << u"origin:astana origin:bishkek"_s
            << QList<Filter> { { Field::Origin, { u"astana"_s, u"bishkek"_s }, false } };
        QTest::newRow("annotated alone") << u"annotated:"_s
                                         << QList<Filter> { { Field::Annotated, { u"yes"_s }, false } };
        QTest::newRow("annotated yes") << u"manas annotated:YES"_s
                                       << QList<Filter> { { Field::Annotated, { u"yes"_s }, false } };
        QTest::newRow("annotated no") << u"manas annotated:no"_s
                                      << QList<Filter> { { Field::Annotated, { u"yes"_s }, true } };
        QTest::newRow("tagged path") << u"tagged:Russia//Military/"_s
                                     << QList<Filter> { { Field::Tagged, { u"Russia/Military"_s }, false } };
        QTest::newRow("subject") << u"subject:manas"_s << QList<Filter> { { Field::Subject, { u"manas"_s }, false } };
        QTest::newRow("tag prefix") << u"tag:P*"_s << QList<Filter> { { Field::Tag, { u"P*"_s }, false } };
        QTest::newRow("tag prefix, stars") << u"tag:PRE**"_s << QList<Filter> { { Field::Tag, { u"PRE*"_s }, false } };
        QTest::newRow("note phrase") << u"note:\"air base\""_s
                                     << QList<Filter> { { Field::Note, { u"air base"_s }, false } };
        QTest::newRow("excluded") << u"manas -tag:PREL NOT origin:moscow"_s
                                  << QList<Filter> { { Field::Tag, { u"PREL"_s }, true },
                                         { Field::Origin, { u"moscow"_s }, true } };
    }

    void filters()
    {
        QFETCH(QString, input);
        QFETCH(QList<Filter>, filters);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY2(query.isValid(), qPrintable(query.errorString()));
        QCOMPARE(query.filters(), filters);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("years") << u"from:2009 to:2009"_s << QDate(2009, 1, 1) << QDate(2009, 12, 31);
        QTest::newRow("months") << u"from:2009-02 to:2009-02"_s << QDate(2009, 2, 1) << QDate(2009, 2, 28);
        QTest::newRow("days") << u"from:2009-02-12 to:2009-04-27"_s << QDate(2009, 2, 12) << QDate(2009, 4, 27);
        QTest::newRow("open end") << u"manas from:2008-12"_s << QDate(2008, 12, 1) << QDate();
    }

    void dates()
    {
        QFETCH(QString, input);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY2(query.isValid(), qPrintable(query.errorString()));
        QCOMPARE(query.from(), from);
        QCOMPARE(query.to(), to);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("only excluded") << u"-manas"_s;
        QTest::newRow("only NOT") << u"NOT manas"_s;
        QTest::newRow("dangling OR") << u"manas OR"_s;
        QTest::newRow("leading OR") << u"OR manas"_s;
        QTest::newRow("dangling NOT") << u"manas NOT"_s;
        QTest::newRow("unclosed") << u"(manas OR base"_s;
        QTest::newRow("extra close") << u"manas)"_s;
        QTest::newRow("bad date") << u"from:2009-13"_s;
        QTest::newRow("words in date") << u"from:yesterday"_s;
        QTest::newRow("reversed period") << u"from:2010 to:2009"_s;
        QTest::newRow("empty value") << u"origin: manas"_s;
        QTest::newRow("excluded date") << u"manas -from:2009"_s;
        QTest::newRow("annotated maybe") << u"annotated:maybe"_s;
        QTest::newRow("note without words") << u"note:--"_s;
        QTest::newRow("tagged without tag") << u"tagged: manas"_s;
        // What the language does not have is said, not searched for.
        QTest::newRow("AND alone") << u"AND"_s;
        QTest::newRow("OR alone") << u"OR"_s;
        QTest::newRow("NOT alone") << u"NOT"_s;
        QTest::newRow("dangling AND") << u"manas AND"_s;
        QTest::newRow("leading AND") << u"AND manas"_s;
        QTest::newRow("AND AND") << u"manas AND AND base"_s;
        QTest::newRow("OR NOT") << u"manas OR NOT russia"_s;
        QTest::newRow("OR minus") << u"manas OR -russia"_s;
        QTest::newRow("NEAR") << u"NEAR(manas base)"_s;
        QTest::newRow("unknown field") << u"text:manas"_s;
        QTest::newRow("misspelt field") << u"orgin:astana"_s;
        QTest::newRow("year far ahead") << u"to:9999"_s;
        QTest::newRow("year far back") << u"from:0100"_s;
        QTest::newRow("subject without words") << u"subject:--"_s;
        QTest::newRow("tag star only") << u"tag:*"_s;
        QTest::newRow("too deep") << QString(
            QString(SearchQuery::MaxNesting + 1, u'(') + u"manas"_s + QString(SearchQuery::MaxNesting + 1, u')'));
    }

    void errors()
    {
        QFETCH(QString, input);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY(!query.isValid());
        QVERIFY(!query.errorString().isEmpty());
        QVERIFY(query.ftsMatch().isEmpty());
    }

    // The messages say what is wrong, in the words of the query.
    void errorMessages_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("AND alone") << u"AND"_s << u"AND needs a word on both sides"_s;
        QTest::newRow("OR alone") << u"OR"_s << u"OR needs a word on both sides"_s;
        QTest::newRow("OR NOT") << u"manas OR NOT russia"_s << u"OR NOT is not supported"_s;
        QTest::newRow("only excluded") << u"-manas"_s << u"at least one word that is not excluded"_s;
        QTest::newRow("NEAR") << u"NEAR(manas base)"_s << u"NEAR(…) is not supported"_s;
        QTest::newRow("unknown field") << u"orgin:astana"_s << u"orgin: is not a filter"_s;
        QTest::newRow("to:9999") << u"manas to:9999"_s << u"to:9999 is outside the years"_s;
    }

    void errorMessages()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY(!query.isValid());
        QVERIFY2(query.errorString().contains(message), qPrintable(query.errorString()));
    }

    // The parser recurses at each parenthesis: thousands of them (balanced,
    // negated or in OR chains) are refused, not a stack overflow.
    void deepNestingIsRefused_data()
    {
        QTest::addColumn<QString>("input");
        const int n = 30000; // deep enough to overflow the stack of the recursive parser before the limit
        QTest::newRow("balanced") << QString(QString(n, u'(') + u"manas"_s + QString(n, u')'));
        QTest::newRow("negated") << QString(u"manas "_s + u"(-"_s.repeated(n) + u"russia"_s + QString(n, u')'));
        QTest::newRow("or chain") << QString(u"( manas OR "_s.repeated(n) + u"base"_s + QString(n, u')'));
        QTest::newRow("unclosed") << QString(n * 10, u'(');
    }

    void deepNestingIsRefused()
    {
        QFETCH(QString, input);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY(!query.isValid());
        QVERIFY2(query.errorString().contains(u"too deeply nested"_s), qPrintable(query.errorString()));
    }

    void phraseCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("word") << u"manas"_s << 1;
        QTest::newRow("prefix") << u"gover*"_s << 1;
        QTest::newRow("phrase of two words") << u"\"air base\""_s << 1;
        QTest::newRow("and, or, not") << u"(a OR b) c -d"_s << 4;
        QTest::newRow("filters only") << u"origin:astana tag:PGOV"_s << 0;
        QTest::newRow("word and filter") << u"manas tag:PGOV"_s << 1;
    }

    void phraseCount()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(SearchQuery::parse(text).phraseCount(), count);
    }

    void empty()
    {
        QVERIFY(SearchQuery::parse(QString()).isEmpty());
        QVERIFY(SearchQuery::parse(u"   "_s).isEmpty());
        QVERIFY(SearchQuery::parse(u"   "_s).isValid());
        QVERIFY(!SearchQuery::parse(u"from:2009"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
