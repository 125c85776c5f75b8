// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydatabase.h"

#include "cablestore.h"
#include "releasecsvreader.h"
#include "storefixtures.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestLibraryDatabase : public QObject
{
    Q_OBJECT

private:
    static QStringList tables(const LibraryDatabase &library)
    {
        QSqlQuery query(library.database());
        query.exec(u"SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') ORDER BY name"_s);
        QStringList names;
        while (query.next())
            names.append(query.value(0).toString());
        return names;
    }

    static QVariant pragma(const LibraryDatabase &library, const QString &name)
    {
        QSqlQuery query(library.database());
        return query.exec(u"PRAGMA "_s + name) && query.next() ? query.value(0) : QVariant();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPathIsInAppData()
    {
        const QString path = LibraryDatabase::defaultPath();
        QVERIFY(path.endsWith(u"/library.sqlite"_s));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void createsLatestSchema()
    {
        StoreFixtures::TemporaryLibrary dir;
        const QString path = dir.dir() + u"/nested/folder/library.sqlite"_s;
        LibraryDatabase library;
        QVERIFY2(library.open(path), qPrintable(library.errorString()));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(library.schemaVersion(), SchemaMigrations::latestVersion());
        QCOMPARE(pragma(library, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(library, u"foreign_keys"_s).toInt(), 1);
        QCOMPARE(pragma(library, u"synchronous"_s).toInt(), 1); // NORMAL
        const QStringList names = tables(library);
        for (const QString &table : { u"cables"_s, u"cable_texts"_s, u"fts_state"_s, u"fts_reindex"_s,
                 u"cable_sources"_s, u"recipients"_s, u"cable_tags"_s, u"cable_references"_s, u"sections"_s,
                 u"paragraphs"_s, u"dedup_entries"_s, u"parse_warnings"_s, u"paragraphs_fts"_s, u"subjects_fts"_s,
                 u"resolution_queue"_s, u"user_tags"_s, u"cable_user_tags"_s, u"annotations"_s, u"annotation_tags"_s })
            QVERIFY2(names.contains(table), qPrintable(table));
    }

    void connectionsAreNamedAndRemoved()
    {
        StoreFixtures::TemporaryLibrary dir;
        QString first;
        {
            LibraryDatabase a;
            LibraryDatabase b;
            QVERIFY(a.open(dir.path()));
            QVERIFY(b.open(dir.path()));
            QVERIFY(a.connectionName() != b.connectionName());
            QVERIFY(QSqlDatabase::connectionNames().contains(a.connectionName()));
            first = a.connectionName();
        }
        QVERIFY(!QSqlDatabase::connectionNames().contains(first));
    }

    // A database made by schema 1 (before the user's tables) is upgraded in
    // place and keeps its cables; the new tables work.
    void upgradesVersion1()
    {
        StoreFixtures::TemporaryLibrary dir;
        const auto samples = StoreFixtures::samples();
        QVERIFY(samples.size() == 5);
        {
            LibraryDatabase library;
            QVERIFY2(library.open(dir.path(), 1), qPrintable(library.errorString()));
            QCOMPARE(library.schemaVersion(), 1);
            QVERIFY(!tables(library).contains(u"annotations"_s));
            CableStore store(library);
            QVERIFY(store.begin());
            for (const auto &sample : samples)
                QCOMPARE(store.store(sample.cable, sample.path), CableStore::StoreResult::Inserted);
            QVERIFY2(store.commit(), qPrintable(store.errorString()));
        }
        LibraryDatabase library;
        QVERIFY2(library.open(dir.path()), qPrintable(library.errorString()));
        QCOMPARE(library.schemaVersion(), SchemaMigrations::latestVersion());
        CableStore store(library);
        QCOMPARE(store.count(), 5);
        const std::optional<Cable> cable = store.load(u"09ASTANA253"_s);
        QVERIFY(cable);
        QCOMPARE(cable->paragraphCount(), 11);
        QCOMPARE(cable->originalBytes, StoreFixtures::sample(u"09ASTANA253"_s).cable.originalBytes);

        QSqlQuery query(library.database());
        QVERIFY(query.exec(u"INSERT INTO annotations (cable_id, anchor, start, length, quote, created, modified)"
                           " VALUES ('09ASTANA253', '09ASTANA253¶5', 0, 4, 'test', '2026-01-01', '2026-01-01')"_s));
        QVERIFY(query.exec(u"SELECT count(*) FROM annotations"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    // Schema 3 lets a release CSV row's telegram be rebuilt from the row
    // instead of stored. A library of schema 2 keeps its stored telegrams;
    // a cable stored again after the upgrade stops storing it.
    void upgradesVersion2()
    {
        StoreFixtures::TemporaryLibrary dir;
        QFile file(QStringLiteral(REFTEL_TEST_DATA_DIR "/parser/cables-sample.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        ReleaseCsvReader reader(&file, u"cables-sample.csv"_s);
        RawCable raw;
        QVERIFY(reader.readNext(&raw));
        const Cable row = CableParser::parse(raw);
        const auto samples = StoreFixtures::samples();
        {
            LibraryDatabase library;
            QVERIFY2(library.open(dir.path(), 2), qPrintable(library.errorString()));
            QCOMPARE(library.schemaVersion(), 2);
            CableStore store(library);
            QVERIFY(store.begin());
            for (const auto &sample : samples)
                QCOMPARE(store.store(sample.cable, sample.path), CableStore::StoreResult::Inserted);
            QCOMPARE(store.store(row, u"cables-sample.csv:1"_s), CableStore::StoreResult::Inserted);
            QVERIFY2(store.commit(), qPrintable(store.errorString()));
            QSqlQuery query(library.database());
            QVERIFY(query.exec(u"INSERT INTO annotations (cable_id, anchor, start, length, quote, created, modified)"
                               " VALUES ('09ASTANA253', '09ASTANA253¶5', 0, 4, 'test', '2026-01-01', '2026-01-01')"_s));
        }
        LibraryDatabase library;
        QVERIFY2(library.open(dir.path()), qPrintable(library.errorString()));
        QCOMPARE(library.schemaVersion(), SchemaMigrations::latestVersion());
        CableStore store(library);
        QCOMPARE(store.count(), qint64(samples.size() + 1));
        QSqlQuery query(library.database());
        QVERIFY(query.exec(u"SELECT count(*) FROM cable_texts WHERE telegram_rebuilt = 0 AND telegram IS NOT NULL"_s));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() >= 1); // the CSV row's telegram, stored by schema 2
        std::optional<Cable> stored = store.load(row.id);
        QVERIFY(stored);
        QCOMPARE(stored->telegram, row.telegram);
        QCOMPARE(stored->originalBytes, row.originalBytes);
        const std::optional<Cable> sample = store.load(u"09ASTANA253"_s);
        QVERIFY(sample);
        QCOMPARE(sample->originalBytes, StoreFixtures::sample(u"09ASTANA253"_s).cable.originalBytes);
        QCOMPARE(sample->telegram, StoreFixtures::sample(u"09ASTANA253"_s).cable.telegram);
        QVERIFY(query.exec(u"SELECT count(*) FROM annotations"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);

        QCOMPARE(store.store(row, u"cables-sample.csv:1"_s), CableStore::StoreResult::Updated);
        QVERIFY(query.exec(u"SELECT t.telegram IS NULL, t.telegram_rebuilt FROM cable_texts t"
                           " JOIN cables c ON c.pk = t.cable_pk WHERE c.id = '66BUENOSAIRES2481'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), 1);
        stored = store.load(row.id);
        QVERIFY(stored);
        QCOMPARE(stored->telegram, row.telegram);
    }

    void refusesNewerSchema()
    {
        StoreFixtures::TemporaryLibrary dir;
        {
            LibraryDatabase library;
            QVERIFY(library.open(dir.path()));
            QSqlQuery query(library.database());
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(SchemaMigrations::latestVersion() + 1)));
        }
        LibraryDatabase library;
        QVERIFY(!library.open(dir.path()));
        QVERIFY(!library.isOpen());
        QVERIFY2(
            library.errorString().contains(QDir::toNativeSeparators(dir.path())), qPrintable(library.errorString()));
        QVERIFY2(library.errorString().contains(u"newer"_s), qPrintable(library.errorString()));
    }

    void refusesFileThatIsNoDatabase()
    {
        StoreFixtures::TemporaryLibrary dir;
        QFile file(dir.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        LibraryDatabase library;
        QVERIFY(!library.open(dir.path()));
        QVERIFY2(
            library.errorString().contains(QDir::toNativeSeparators(dir.path())), qPrintable(library.errorString()));
    }

    void reopeningRunsNoStep()
    {
        StoreFixtures::TemporaryLibrary dir;
        {
            LibraryDatabase library;
            QVERIFY(library.open(dir.path()));
        }
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        QCOMPARE(library.schemaVersion(), SchemaMigrations::latestVersion());
        QString error;
        QSqlDatabase db = library.database();
        QVERIFY(SchemaMigrations::migrate(db, SchemaMigrations::latestVersion(), &error));
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLibraryDatabase)
#include "tst_librarydatabase.moc"
