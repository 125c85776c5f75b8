// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationquery.h"

#include "annotationstore.h"
#include "enginelibrary.h"
#include "librarydatabase.h"
#include "servercablecopy.h"
#include "storefixtures.h"
#include "usertagstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Reftel;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Reftel::AnnotationFilter)
Q_DECLARE_METATYPE(Reftel::AnnotationQuery::SortKey)

class TestAnnotationQuery : public QObject
{
    Q_OBJECT

private:
    // The same annotations on each engine, made by the first case that asks.
    struct Fixture
    {
        explicit Fixture(bool server)
            : where(server)
        {
        }
        EngineLibrary where;
        LibraryDatabase library;
        QHash<qint64, QString> quotes; // by annotation id
        qint64 russia = 0;
        qint64 military = 0;
        qint64 manas = 0;
    };
    std::unique_ptr<Fixture> m_fixtures[2]; // SQLite, server
    Fixture *m_f = nullptr; // the current case's

    void add(const QString &cableId, const QString &quote, const QString &note, const QString &author,
        const QList<qint64> &tags, const QDate &created)
    {
        Annotation a = StoreFixtures::makeAnnotation(cableId, quote, note, author, tags, created);
        // Modified in the reverse order of created.
        a.modified = QDateTime(QDate(2026, 12, 1).addDays(-7 * created.month()), QTime(12, 0), QTimeZone::UTC);
        const qint64 id = m_f->library.annotations().create(a);
        QVERIFY2(id > 0, qPrintable(m_f->library.annotations().lastError()));
        m_f->quotes.insert(id, quote);
        if (!m_f->library.isServer())
            return;
        // A server writes the connecting role as the author: these rows get
        // theirs as if ann and Bob had written them, by the superuser the
        // test connects as.
        QSqlQuery update(m_f->library.database());
        update.prepare(u"UPDATE annotations SET author = ? WHERE id = ?"_s);
        update.addBindValue(author);
        update.addBindValue(id);
        QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
    }

    void build(Fixture &f)
    {
        m_f = &f;
        QVERIFY2(f.library.open(f.where.location()), qPrintable(f.library.errorString()));
        ServerCableCopy::Cables cables(f.library);
        const QString problem = cables.store(StoreFixtures::samples());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        UserTagStore &tags = f.library.userTags();
        f.military = tags.ensurePath(u"Russia/Military"_s);
        f.russia = tags.findPath(u"Russia"_s);
        f.manas = tags.ensurePath(u"Manas"_s);
        add(u"09ASTANA253"_s, u"alpha"_s, u"the air base lease"_s, u"ann"_s, { f.manas }, QDate(2026, 1, 5));
        add(u"09ASTANA713"_s, u"bravo"_s, u"troops moving"_s, u"Bob"_s, { f.military }, QDate(2026, 2, 5));
        add(u"09ASTANA253"_s, u"Charlie"_s, u"nothing from Québec, see state.gov"_s, u"ann"_s, { f.russia, f.manas },
            QDate(2026, 3, 5));
        add(u"NOT_IN_LIBRARY"_s, u"delta"_s, u"base closure"_s, u"bob"_s, {}, QDate(2026, 4, 5));
    }

    // The fixture of the current global row, made on first use; null (and
    // the case skipped by the caller) where there is no server.
    Fixture *fixture(bool server)
    {
        std::unique_ptr<Fixture> &f = m_fixtures[server ? 1 : 0];
        if (!f) {
            f = std::make_unique<Fixture>(server);
            if (f->where.unavailable().isEmpty())
                build(*f);
        }
        m_f = f.get();
        return f->where.unavailable().isEmpty() ? f.get() : nullptr;
    }

    QStringList quotes(AnnotationQuery &query, AnnotationQuery::SortKey key, Qt::SortOrder order)
    {
        const std::optional<QList<qint64>> ids = query.ids(key, order);
        if (!ids)
            return { u"failed: "_s + query.errorString() };
        QStringList list;
        for (qint64 id : *ids)
            list.append(m_f->quotes.value(id));
        return list;
    }

    QStringList filtered(const AnnotationFilter &filter)
    {
        AnnotationQuery query(m_f->library);
        query.setFilter(filter, m_f->library.userTags().tags());
        return quotes(query, AnnotationQuery::SortKey::Quote, Qt::AscendingOrder);
    }

private Q_SLOTS:
    void initTestCase_data() { EngineLibrary::addEngines(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Every case: the engine's fixture, or a skip saying why there is none.
    void init()
    {
        QFETCH_GLOBAL(bool, server);
        if (!fixture(server))
            QSKIP(qPrintable(m_fixtures[1]->where.unavailable()));
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
        // Words are words, never operators of the index's query language.
        f.noteWords = u"base' & ! (*"_s;
        QTest::newRow("note word with a quote, operators") << f << QStringList({ u"alpha"_s, u"delta"_s });
        // The words FTS5 indexes on SQLite, on a server too: accents folded,
        // split at punctuation.
        f.noteWords = u"quebec"_s;
        QTest::newRow("note word without its accent") << f << QStringList({ u"Charlie"_s });
        f.noteWords = u"gov"_s;
        QTest::newRow("note word split at a dot") << f << QStringList({ u"Charlie"_s });
        f.noteWords = u"lease|troops"_s;
        QTest::newRow("note words joined by a bar: a phrase, not OR") << f << QStringList();
        f.noteWords = u"\\ '"_s;
        QTest::newRow("note without a word") << f << QStringList();
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
        f.tagId = m_f->russia;
        QCOMPARE(filtered(f), QStringList({ u"bravo"_s, u"Charlie"_s }));
        f.tagId = m_f->military;
        QCOMPARE(filtered(f), QStringList({ u"bravo"_s }));
        f.tagId = m_f->manas;
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
        AnnotationQuery query(m_f->library);
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
