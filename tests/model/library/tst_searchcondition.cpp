// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcondition.h"

#include "librarydatabase.h"
#include "libraryimporter.h"
#include "searchquery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// On the five sample cables (all from Embassy Astana, 2009): the cables a
// query's condition selects, which the list, the facet counts and the
// advice on an empty search all count.
class TestSearchCondition : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_library;

    QStringList idsFor(const QString &text)
    {
        QVariantList values;
        const QString where = SearchCondition::sql(m_library, SearchQuery::parse(text), &values);
        QSqlQuery query(m_library.database());
        if (!query.prepare(u"SELECT c.id FROM cables c WHERE "_s + where + u" ORDER BY c.id"_s))
            return { query.lastError().text() };
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        if (!query.exec())
            return { query.lastError().text() };
        QStringList ids;
        while (query.next())
            ids << query.value(0).toString();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_library.open(m_dir.filePath(u"l.sqlite"_s)));
        QCOMPARE(LibraryImporter(m_library).run({ u":/samples"_s }).cables, qint64(5));
    }

    void selectsTheCablesAQueryMeans_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::newRow("filter only") << u"origin:astana"_s << 5;
        QTest::newRow("words") << u"manas"_s << 2;
        QTest::newRow("words and a filter that excludes") << u"manas origin:nowhere"_s << 0;
        QTest::newRow("a word no cable holds") << u"zzyzxq"_s << 0;
    }

    void selectsTheCablesAQueryMeans()
    {
        QFETCH(QString, query);
        QFETCH(int, count);
        const QStringList ids = idsFor(query);
        QCOMPARE(ids.size(), count);
        for (const QString &id : ids)
            QVERIFY2(id.contains(u"ASTANA"_s), qPrintable(id));
    }

    void wordsAndFiltersNarrowEachOther()
    {
        const QStringList words = idsFor(u"manas"_s);
        QCOMPARE(idsFor(u"manas origin:astana"_s), words);
        QCOMPARE(idsFor(u"manas -origin:astana"_s), QStringList());
    }
};

QTEST_MAIN(TestSearchCondition)
#include "tst_searchcondition.moc"
