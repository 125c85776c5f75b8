// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salvagecopier.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// Tables copied between two SQLite files by their shared columns (the
// damage itself: tst_librarydamage and tst_salvagecommand).
class TestSalvageCopier : public QObject
{
    Q_OBJECT

private:
    static QSqlDatabase open(const QString &name, const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        return db;
    }

    static qint64 count(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void copiesSharedColumnsInKeyOrder()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase old = open(u"old"_s, dir.filePath(u"old.sqlite"_s));
            QSqlDatabase fresh = open(u"new"_s, dir.filePath(u"new.sqlite"_s));
            QSqlQuery o(old);
            // More rows than one read takes, a column the new schema dropped.
            QVERIFY(o.exec(u"CREATE TABLE parents (id INTEGER PRIMARY KEY, name TEXT, gone TEXT)"_s));
            QVERIFY(o.exec(u"CREATE TABLE children (parent_id INTEGER, value TEXT)"_s));
            QVERIFY(o.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500)"
                           " INSERT INTO parents SELECT i, 'p' || i, 'x' FROM n"_s));
            QVERIFY(o.exec(u"INSERT INTO children VALUES (1, 'a'), (1, 'b'), (2500, 'c'), (9999, 'orphan')"_s));
            QSqlQuery f(fresh);
            QVERIFY(f.exec(u"CREATE TABLE parents (id INTEGER PRIMARY KEY, name TEXT, added TEXT)"_s));
            QVERIFY(f.exec(u"CREATE TABLE children (parent_id INTEGER, value TEXT)"_s));

            QVERIFY(fresh.transaction()); // as LibrarySalvage writes: one transaction
            SalvageCopier copier(old, fresh);
            const LibrarySalvage::Table parents = copier.byRowid(u"parents"_s);
            QCOMPARE(parents.name, u"parents"_s);
            QCOMPARE(parents.copied, 2500);
            QCOMPARE(parents.unreadable, 0);
            QCOMPARE(count(fresh, u"SELECT count(*) FROM parents WHERE name = 'p' || id AND added IS NULL"_s), 2500);
            // Children of the parents the new file holds only.
            const LibrarySalvage::Table children =
                copier.byParent({ u"children"_s, u"parent_id"_s, u"parents"_s, u"id"_s });
            QCOMPARE(children.copied, 3);
            QCOMPARE(count(fresh, u"SELECT count(*) FROM children WHERE value = 'orphan'"_s), 0);
            // A table the damaged file does not have: nothing, no failure.
            QVERIFY(f.exec(u"CREATE TABLE later (id INTEGER PRIMARY KEY)"_s));
            QCOMPARE(copier.byRowid(u"later"_s).copied, 0);
            QVERIFY(fresh.commit());
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        QSqlDatabase::removeDatabase(u"new"_s);
    }
};

QTEST_GUILESS_MAIN(TestSalvageCopier)
#include "tst_salvagecopier.moc"
