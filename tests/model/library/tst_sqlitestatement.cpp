// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydatabase.h"
#include "sqlitehandle.h"
#include "sqlitestatement.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// What SqliteStatement writes is what QSqlQuery would have written, on the
// connection's own transaction.
class TestSqliteStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_library;

    QVariantList row(qint64 id)
    {
        QSqlQuery query(m_library.database());
        query.prepare(u"SELECT t, typeof(t), n, typeof(n), b, typeof(b) FROM probe WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return {};
        QVariantList values;
        for (int i = 0; i < 6; ++i)
            values << query.value(i);
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_library.open(m_dir.filePath(u"library.sqlite"_s)), qPrintable(m_library.errorString()));
        QSqlQuery query(m_library.database());
        QVERIFY(query.exec(u"CREATE TABLE probe (id INTEGER PRIMARY KEY, t TEXT, n, b BLOB, UNIQUE (t))"_s));
        qInfo() << "through SQLite's API:" << (SqliteHandle::of(m_library.database()) != nullptr);
    }

    void bindsAsQtsDriverDoes()
    {
        SqliteStatement insert(m_library.database());
        QVERIFY(insert.prepare(u"INSERT INTO probe (t, n, b) VALUES (?, ?, ?)"_s));
        insert.addBindValue(u"Außenministerium ¶5 — «Manás»"_s);
        insert.addBindValue(qint64(1) << 40);
        insert.addBindValue(QByteArray("\x00\xff\x01", 3));
        QVERIFY2(insert.exec(), qPrintable(insert.errorString()));
        const qint64 first = insert.lastInsertId();
        QVariantList values = row(first);
        QCOMPARE(values.value(0).toString(), u"Außenministerium ¶5 — «Manás»"_s);
        QCOMPARE(values.value(1).toString(), u"text"_s);
        QCOMPARE(values.value(2).toLongLong(), qint64(1) << 40);
        QCOMPARE(values.value(3).toString(), u"integer"_s);
        QCOMPARE(values.value(4).toByteArray(), QByteArray("\x00\xff\x01", 3));
        QCOMPARE(values.value(5).toString(), u"blob"_s);

        // Null QString, invalid QVariant and null QByteArray are NULL; an
        // empty string is text; a boolean and a double keep their kind.
        insert.addBindValue(QString());
        insert.addBindValue(QVariant());
        insert.addBindValue(QByteArray());
        QVERIFY(insert.exec());
        values = row(insert.lastInsertId());
        QCOMPARE(values.value(1).toString(), u"null"_s);
        QCOMPARE(values.value(3).toString(), u"null"_s);
        QCOMPARE(values.value(5).toString(), u"null"_s);
        insert.addBindValue(u""_s);
        insert.addBindValue(true);
        insert.addBindValue(2.5);
        QVERIFY(insert.exec());
        values = row(insert.lastInsertId());
        QCOMPARE(values.value(1).toString(), u"text"_s);
        QCOMPARE(values.value(2).toInt(), 1);
        QCOMPARE(values.value(5).toString(), u"real"_s);
        QVERIFY(insert.lastInsertId() > first);
    }

    void reportsSqliteErrorsAndRecovers()
    {
        SqliteStatement insert(m_library.database());
        QVERIFY(insert.prepare(u"INSERT INTO probe (t) VALUES (?)"_s));
        insert.addBindValue(u"twice"_s);
        QVERIFY(insert.exec());
        insert.addBindValue(u"twice"_s);
        QVERIFY(!insert.exec());
        QVERIFY2(insert.errorString().contains(u"UNIQUE"_s, Qt::CaseInsensitive), qPrintable(insert.errorString()));
        insert.addBindValue(u"once"_s);
        QVERIFY(insert.exec());

        SqliteStatement broken(m_library.database());
        QVERIFY(!broken.prepare(u"INSERT INTO no_such_table VALUES (1)"_s));
        QVERIFY(broken.errorString().contains(u"no_such_table"_s));
        broken.addBindValue(1); // ignored, not a crash
        QVERIFY(!broken.exec());
    }

    void writesInTheConnectionsTransaction()
    {
        QSqlDatabase db = m_library.database();
        SqliteStatement insert(db);
        QVERIFY(insert.prepare(u"INSERT INTO probe (t) VALUES (?)"_s));
        QVERIFY(db.transaction());
        insert.addBindValue(u"rolled back"_s);
        QVERIFY(insert.exec());
        QVERIFY(db.rollback());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT count(*) FROM probe WHERE t = 'rolled back'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
