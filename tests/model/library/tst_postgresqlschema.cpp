// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydatabase.h"
#include "pgtestserver.h"
#include "schemamigrations.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Reftel;
using namespace Qt::StringLiterals;

namespace
{
using Columns = QMap<QString, QStringList>;

// Every ordinary table and its columns, sorted, leaving out what is one
// engine's own machinery: FTS5's tables and bookkeeping on SQLite, the
// schema's version row and the tsvector columns on PostgreSQL.
Columns tablesOf(LibraryDatabase &library)
{
    QSqlDatabase db = library.database();
    Columns columns;
    const QStringList tables = db.tables(QSql::Tables);
    for (const QString &table : tables) {
        if (table.startsWith(u"sqlite_"_s) || table.contains(u"_fts"_s) || table == u"fts_state"_s
            || table == u"fts_reindex"_s || table == u"reftel_schema"_s)
            continue;
        const QSqlRecord record = db.record(table);
        QStringList names;
        for (int i = 0; i < record.count(); ++i) {
            if (record.fieldName(i) != u"tsv"_s)
                names.append(record.fieldName(i));
        }
        names.sort();
        columns.insert(table, names);
    }
    return columns;
}

QVariant scalar(LibraryDatabase &library, const QString &sql)
{
    QSqlQuery query(library.database());
    if (!query.exec(sql) || !query.next())
        return QVariant(query.lastError().text());
    return query.value(0);
}
}

class TestPostgreSqlSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (const QString why = PgTestServer::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
    }

    // A team library has the tables and columns of a library file of the
    // same version: the same C++ reads and writes both.
    void sameTablesAsAFile_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version <= SchemaMigrations::latestVersion(); ++version)
            QTest::addRow("version %d", version) << version;
    }

    void sameTablesAsAFile()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        LibraryDatabase file;
        QVERIFY2(file.open(dir.filePath(u"library.sqlite"_s), version), qPrintable(file.errorString()));
        LibraryDatabase server;
        QVERIFY2(server.open(PgTestServer::freshDatabase(u"same%1"_s.arg(version)), version),
            qPrintable(server.errorString()));
        QCOMPARE(server.schemaVersion(), version);
        QVERIFY(server.isServer());
        const Columns expected = tablesOf(file);
        QVERIFY(expected.contains(u"cables"_s) && expected.value(u"cables"_s).contains(u"search_tokens"_s));
        QCOMPARE(tablesOf(server), expected);
    }

    void upgradesALibraryHoldingAnnotations()
    {
        const LibraryLocation location = PgTestServer::freshDatabase(u"upgrade"_s);
        {
            LibraryDatabase old;
            QVERIFY2(old.open(location, 2), qPrintable(old.errorString()));
            QCOMPARE(old.schemaVersion(), 2);
            QSqlQuery query(old.database());
            QVERIFY2(query.exec(u"INSERT INTO user_tags (name, colour) VALUES ('Energy', '#336699')"_s),
                qPrintable(query.lastError().text()));
            QVERIFY2(query.exec(u"INSERT INTO annotations (cable_id, anchor, start, length, quote, note, created, "
                                "modified) VALUES ('09ASTANA253', '09ASTANA253¶5', 4, 8, 'pipeline', "
                                "'Kazakh pipeline tariffs', '2026-11-30T10:00:00Z', '2026-11-30T10:00:00Z')"_s),
                qPrintable(query.lastError().text()));
            QVERIFY(query.exec(u"INSERT INTO annotation_tags SELECT a.id, t.id FROM annotations a, user_tags t"_s));
        }
        LibraryDatabase upgraded;
        QVERIFY2(upgraded.open(location), qPrintable(upgraded.errorString()));
        QCOMPARE(upgraded.schemaVersion(), SchemaMigrations::latestVersion());
        QCOMPARE(scalar(upgraded, u"SELECT note FROM annotations"_s).toString(), u"Kazakh pipeline tariffs"_s);
        QCOMPARE(scalar(upgraded, u"SELECT count(*) FROM annotation_tags"_s).toInt(), 1);
        // The steps after it added what they add, to the rows already there.
        QCOMPARE(scalar(upgraded, u"SELECT count(*) FROM annotations WHERE tsv @@ to_tsquery('simple', 'tariffs')"_s)
                     .toInt(),
            1);
        QVERIFY(scalar(upgraded, u"SELECT last_used FROM user_tags"_s).isNull());
        QCOMPARE(scalar(upgraded, u"SELECT count(*) FROM cable_texts WHERE telegram_rebuilt = 0"_s).toInt(), 0);
    }

    // The server, not the program, says who wrote a note.
    void authorIsTheConnectingRole()
    {
        LibraryDatabase library;
        QVERIFY2(library.open(PgTestServer::freshDatabase(u"author"_s, u"alice"_s)), qPrintable(library.errorString()));
        QSqlQuery query(library.database());
        QVERIFY2(query.exec(u"INSERT INTO annotations (cable_id, anchor, created, modified) VALUES ('09ASTANA253', "
                            "'09ASTANA253¶1', '2026-11-30T10:00:00Z', '2026-11-30T10:00:00Z')"_s),
            qPrintable(query.lastError().text()));
        QCOMPARE(scalar(library, u"SELECT author FROM annotations"_s).toString(), u"alice"_s);
    }

    void refusesANewerSchema()
    {
        const LibraryLocation location = PgTestServer::freshDatabase(u"newer"_s);
        {
            LibraryDatabase library;
            QVERIFY(library.open(location));
            QVERIFY(QSqlQuery(library.database()).exec(u"UPDATE reftel_schema SET version = 99"_s));
        }
        LibraryDatabase library;
        QVERIFY(!library.open(location));
        QVERIFY2(library.errorString().contains(u"newer version of Reftel"_s), qPrintable(library.errorString()));
        QVERIFY(!library.isOpen());
    }

    // Two analysts opening a new team library at the same moment: one makes
    // the schema, the other waits and finds it made.
    void twoOpeningAtOnce()
    {
        const LibraryLocation location = PgTestServer::freshDatabase(u"race"_s);
        QString errors[2];
        int versions[2] = { -1, -1 };
        auto openIt = [&](int i) {
            LibraryDatabase library;
            if (!library.open(location))
                errors[i] = library.errorString();
            versions[i] = library.schemaVersion();
        };
        std::thread first(openIt, 0);
        std::thread second(openIt, 1);
        first.join();
        second.join();
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QCOMPARE(versions[0], SchemaMigrations::latestVersion());
        QCOMPARE(versions[1], SchemaMigrations::latestVersion());
    }

    void openForReadingWritesNothing()
    {
        const LibraryLocation location = PgTestServer::freshDatabase(u"reading"_s);
        LibraryDatabase library;
        QVERIFY2(library.openForReading(location), qPrintable(library.errorString()));
        QCOMPARE(library.schemaVersion(), SchemaMigrations::latestVersion());
        QVERIFY(library.isReadOnly());
        QSqlQuery query(library.database());
        QVERIFY(!query.exec(u"INSERT INTO user_tags (name) VALUES ('x')"_s));
        QVERIFY2(query.lastError().text().contains(u"read-only"_s), qPrintable(query.lastError().text()));
    }

    // A server that is not there: the message names the library, never
    // with its password.
    void unreachableServerIsNamed()
    {
        LibraryLocation location = LibraryLocation::fromText(u"postgresql://bob:s3cret@/cables?host=/nonexistent"_s);
        QVERIFY(location.isValid());
        LibraryDatabase library;
        QVERIFY(!library.open(location));
        const QString error = library.errorString();
        QVERIFY2(error.contains(u"postgresql://bob@/cables?host=%2Fnonexistent"_s) || error.contains(u"/nonexistent"_s),
            qPrintable(error));
        QVERIFY2(!error.contains(u"s3cret"_s), qPrintable(error));
        QVERIFY(!library.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestPostgreSqlSchema)
#include "tst_postgresqlschema.moc"
