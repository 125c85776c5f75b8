// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgsearchsqlbuilder.h"
#include "tsquerytext.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// A parsed query as PostgreSQL's conditions (tst_pgsearch runs them on a server).
class TestPgSearchSqlBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Values reach SQL as bound parameters only, the words included.
    void valuesAreBound()
    {
        const SearchQuery query = SearchQuery::parse(u"class:\"50%_off\\\" tag:PGOV tag:p* subject:manas "
                                                     "note:lease -origin:x tagged:Russia from:2009-02 to:2009"_s);
        QVERIFY2(query.isValid(), qPrintable(query.errorString()));
        QVariantList values;
        const QString sql = PgSearchSqlBuilder(query).conditions(&values);
        QCOMPARE(sql.count(u'?'), values.size());
        for (const QString &typed : { u"50"_s, u"PGOV"_s, u"2009"_s, u"manas"_s, u"lease"_s, u"Russia"_s })
            QVERIFY2(!sql.contains(typed, Qt::CaseInsensitive), qPrintable(typed));
        QVERIFY(values.contains(u"50\\%\\_OFF\\\\//%"_s));
        QVERIFY(values.contains(u"P%"_s)); // a tag prefix is LIKE on a server, not GLOB
        QVERIFY(values.contains(u"'manas'"_s)); // subject: as tsquery text
        QVERIFY(values.contains(u"'lease'"_s));
        QVERIFY(values.contains(u"2010-01-01"_s));
        QVERIFY(!sql.contains(u"GLOB"_s));
        QVERIFY(!sql.contains(u"NOCASE"_s));
        QVERIFY(!sql.contains(u"_fts"_s));

        QVariantList none;
        QCOMPARE(PgSearchSqlBuilder(SearchQuery::parse(u"manas"_s)).conditions(&none), u"TRUE"_s);
        QVERIFY(none.isEmpty());
    }

    void tsquery()
    {
        QCOMPARE(
            PgSearchSqlBuilder(SearchQuery::parse(u"manas -russia origin:x"_s)).tsquery(), u"('manas' & !'russia')"_s);
        QCOMPARE(PgSearchSqlBuilder(SearchQuery::parse(u"origin:x"_s)).tsquery(), TsQueryText::NoMatch);
    }

    // A tag: value that is none of the user's tags is a TAGS code only.
    void userTagsNarrowTagFilters()
    {
        const SearchQuery query = SearchQuery::parse(u"tag:PGOV"_s);
        const QStringList userTags { u"important"_s };
        QVariantList values;
        const QString sql = PgSearchSqlBuilder(query).conditions(&values, &userTags);
        QVERIFY(!sql.contains(u"user_tags"_s));
        QCOMPARE(values, QVariantList { u"PGOV"_s });
        QVariantList both;
        QVERIFY(PgSearchSqlBuilder(SearchQuery::parse(u"tag:Important"_s))
                .conditions(&both, &userTags)
                .contains(u"user_tags"_s));
        QCOMPARE(both.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPgSearchSqlBuilder)
#include "tst_pgsearchsqlbuilder.moc"
