// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationquery.h"

#include "annotationstore.h"
#include "librarydatabase.h"
#include "storefixtures.h"
#include "usertagstore.h"

#include <QStandardPaths>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Reftel::AnnotationFilter)
Q_DECLARE_METATYPE(Reftel::AnnotationQuery::SortKey)

class TestAnnotationQuery : public QObject
{
    Q_OBJECT

private:
    StoreFixtures::TemporaryLibrary m_dir;
    LibraryDatabase m_library;
    QHash<qint64, QString> m_quotes; // by annotation id
    qint64 m_russia = 0;
    qint64 m_military = 0;
    qint64 m_manas = 0;

    void add(const QString &cableId, const QString &quote, const QString &note, const QString &author,
        const QList<qint64> &tags, const QDate &created)
    {
        Annotation a = StoreFixtures::makeAnnotation(cableId, quote, note, author, tags, created);
        // Modified in the reverse order of created.
        a.modified = QDateTime(QDate(2026, 12, 1).addDays(-7 * created.month()), QTime(12, 0), QTimeZone::UTC);
        const qint64 id = m_library.annotations().create(a);
        QVERIFY(id > 0);
        m_quotes.insert(id, quote);
    }

    QStringList quotes(AnnotationQuery &query, AnnotationQuery::SortKey key, Qt::SortOrder order)
    {
        const std::optional<QList<qint64>> ids = query.ids(key, order);
        if (!ids)
            return { u"failed: "_s + query.errorString() };
        QStringList list;
        for (qint64 id : *ids)
            list.append(m_quotes.value(id));
        return list;
    }

    QStringList filtered(const AnnotationFilter &filter)
    {
        AnnotationQuery query(m_library);
        query.setFilter(filter, m_library.userTags().tags());
        return quotes(query, AnnotationQuery::SortKey::Quote, Qt::AscendingOrder);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_library.open(m_dir.path()));
        QVERIFY(StoreFixtures::storeSamples(m_library));
        UserTagStore &tags = m_library.userTags();
        m_military = tags.ensurePath(u"Russia/Military"_s);
        m_russia = tags.findPath(u"Russia"_s);
        m_manas = tags.ensurePath(u"Manas"_s);
        add(u"09ASTANA253"_s, u"alpha"_s, u"the air base lease"_s, u"ann"_s, { m_manas }, QDate(2026, 1, 5));
        add(u"09ASTANA713"_s, u"bravo"_s, u"troops moving"_s, u"Bob"_s, { m_military }, QDate(2026, 2, 5));
        add(u"09ASTANA253"_s, u"Charlie"_s, u"nothing"_s, u"ann"_s, { m_russia, m_manas }, QDate(2026, 3, 5));
        add(u"NOT_IN_LIBRARY"_s, u"delta"_s, u"base closure"_s, u"bob"_s, {}, QDate(2026, 4, 5));
    }

    void filters_data()
    {
        QTest::addColumn<AnnotationFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        AnnotationFilter f;
        QTest::newRow("none") << f << QStringList({ u"alpha"_s, u"bravo"_s, u"Charlie"_s, u"delta"_s });
        f.noteWords = u"base"_s;
        QTest::newRow("note word") << f << QStringList({ u"alpha"_s, u"delta"_s });
        f.noteWords = u"clos*"_s;
        QTest::newRow("note prefix") << f << QStringList({ u"delta"_s });
        f = {};
        f.author = u"ann"_s;
        QTest::newRow("author") << f << QStringList({ u"alpha"_s, u"Charlie"_s });
        f = {};
        f.from = QDate(2026, 2, 1);
        f.to = QDate(2026, 3, 5);
        QTest::newRow("period, both ends in") << f << QStringList({ u"bravo"_s, u"Charlie"_s });
        f = {};
        f.origin = u"astana"_s;
        f.year = 2009;
        QTest::newRow("cable facets") << f << QStringList({ u"alpha"_s, u"bravo"_s, u"Charlie"_s });
        f.origin = u"Embassy Astana"_s;
        QTest::newRow("origin as written") << f << QStringList({ u"alpha"_s, u"bravo"_s, u"Charlie"_s });
        f.classification = u"secret"_s;
        QTest::newRow("classification") << f << QStringList();
        f.classification = u"confidential"_s;
        QTest::newRow("classification found") << f << QStringList({ u"alpha"_s, u"bravo"_s, u"Charlie"_s });
        f = {};
        f.year = 2010;
        QTest::newRow("another year") << f << QStringList();
    }

    void filters()
    {
        QFETCH(AnnotationFilter, filter);
        QFETCH(QStringList, expected);
        QCOMPARE(filtered(filter), expected);
    }

    void tagFilterTakesSubTags()
    {
        AnnotationFilter f;
        f.tagId = m_russia;
        QCOMPARE(filtered(f), QStringList({ u"bravo"_s, u"Charlie"_s }));
        f.tagId = m_military;
        QCOMPARE(filtered(f), QStringList({ u"bravo"_s }));
        f.tagId = m_manas;
        f.author = u"ann"_s;
        f.noteWords = u"lease"_s;
        QCOMPARE(filtered(f), QStringList({ u"alpha"_s }));
    }

    void sorts_data()
    {
        QTest::addColumn<AnnotationQuery::SortKey>("key");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("quote, case aside") << AnnotationQuery::SortKey::Quote << true
                                           << QStringList({ u"alpha"_s, u"bravo"_s, u"Charlie"_s, u"delta"_s });
        QTest::newRow("cable, then id") << AnnotationQuery::SortKey::Cable << true
                                        << QStringList({ u"alpha"_s, u"Charlie"_s, u"bravo"_s, u"delta"_s });
        QTest::newRow("author, case aside, descending")
            << AnnotationQuery::SortKey::Author << false
            << QStringList({ u"delta"_s, u"bravo"_s, u"Charlie"_s, u"alpha"_s });
        QTest::newRow("created, newest first") << AnnotationQuery::SortKey::Created << false
                                               << QStringList({ u"delta"_s, u"Charlie"_s, u"bravo"_s, u"alpha"_s });
        QTest::newRow("modified") << AnnotationQuery::SortKey::Modified << true
                                  << QStringList({ u"delta"_s, u"Charlie"_s, u"bravo"_s, u"alpha"_s });
        // By the first tag's name; untagged first (NULL).
        QTest::newRow("tags") << AnnotationQuery::SortKey::Tags << true
                              << QStringList({ u"delta"_s, u"alpha"_s, u"Charlie"_s, u"bravo"_s });
    }

    void sorts()
    {
        QFETCH(AnnotationQuery::SortKey, key);
        QFETCH(bool, ascending);
        QFETCH(QStringList, expected);
        AnnotationQuery query(m_library);
        query.setFilter({}, {});
        QCOMPARE(quotes(query, key, ascending ? Qt::AscendingOrder : Qt::DescendingOrder), expected);
    }

    void anUnreadableLibrarySaysWhy()
    {
        LibraryDatabase closed; // never opened
        AnnotationQuery query(closed);
        query.setFilter({}, {});
        QVERIFY(!query.ids(AnnotationQuery::SortKey::Modified, Qt::DescendingOrder));
        QVERIFY(!query.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnnotationQuery)
#include "tst_annotationquery.moc"
