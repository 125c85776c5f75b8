// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydatabase.h"

#include "annotationstore.h"
#include "cablereader.h"
#include "cablewriter.h"
#include "librarysearch.h"
#include "referenceresolver.h"
#include "releasecsvreader.h"
#include "storefixtures.h"
#include "usertagstore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

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

    void windowConnectionsKeepMemoryLow()
    {
        QTemporaryDir dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("l.sqlite"))));
        const auto pragma = [&library](const char *name) {
            QSqlQuery q(library.database());
            return q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) && q.next() ? q.value(0).toLongLong() : -1;
        };
        QVERIFY(pragma("mmap_size") > 0); // an import reads through a memory map
        QVERIFY(library.limitMemory());
        QCOMPARE(pragma("mmap_size"), 0);
        QCOMPARE(pragma("cache_size"), -16384);
        QCOMPARE(pragma("temp_store"), 1); // FILE
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

    // The rest of the program asks the connection for its stores instead of
    // building them: one of each per connection, what the writer stores the
    // reader sees, and another connection has its own.
    void handsOutOneOfEachPerConnection()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase a;
        LibraryDatabase b;
        QVERIFY(a.open(dir.path()));
        QVERIFY(b.open(dir.path()));
        QCOMPARE(&a.cables(), &a.cables());
        QCOMPARE(&a.cableWriter(), &a.cableWriter());
        QCOMPARE(&a.annotations(), &a.annotations());
        QCOMPARE(&a.userTags(), &a.userTags());
        QCOMPARE(&a.references(), &a.references());
        QCOMPARE(&a.search(), &a.search());
        QVERIFY(&a.cables() != &b.cables());
        QVERIFY(&a.annotations() != &b.annotations());

        const auto samples = StoreFixtures::samples();
        QVERIFY(!samples.isEmpty());
        const Cable &cable = samples.front().cable;
        QVERIFY(!a.cables().contains(cable.id));
        QVERIFY(a.cableWriter().store(cable, samples.front().path) != CableWriter::StoreResult::Failed);
        QVERIFY(a.cables().contains(cable.id));
        QCOMPARE(a.cables().load(cable.id)->id, cable.id);
        QVERIFY(b.cables().contains(cable.id));
    }

    // close() drops what the connection handed out: after reopening, the
    // writer prepares its statements on the new connection and still stores.
    void reopeningGivesFreshStores()
    {
        StoreFixtures::TemporaryLibrary dir;
        const auto samples = StoreFixtures::samples();
        QVERIFY(!samples.isEmpty());
        const auto other = std::find_if(samples.cbegin(), samples.cend(),
            [&](const StoreFixtures::ParsedSample &s) { return s.cable.id != samples.front().cable.id; });
        QVERIFY(other != samples.cend());
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        QVERIFY(library.cableWriter().store(samples.front().cable, samples.front().path)
            != CableWriter::StoreResult::Failed);
        library.close();
        QVERIFY(library.open(dir.path()));
        QCOMPARE(library.cables().count(), qint64(1));
        QVERIFY(library.cableWriter().store(other->cable, other->path) != CableWriter::StoreResult::Failed);
        QCOMPARE(library.cables().count(), qint64(2));
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
            CableWriter store(library);
            QVERIFY(store.begin());
            for (const auto &sample : samples)
                QCOMPARE(store.store(sample.cable, sample.path), CableWriter::StoreResult::Inserted);
            QVERIFY2(store.commit(), qPrintable(store.errorString()));
        }
        LibraryDatabase library;
        QVERIFY2(library.open(dir.path()), qPrintable(library.errorString()));
        QCOMPARE(library.schemaVersion(), SchemaMigrations::latestVersion());
        CableWriter store(library);
        QCOMPARE(library.cables().count(), 5);
        const std::optional<Cable> cable = library.cables().load(u"09ASTANA253"_s);
        QVERIFY(cable);
        QCOMPARE(cable->paragraphCount(), 11);
        QCOMPARE(cable->originalBytes, StoreFixtures::sample(u"09ASTANA253"_s).cable.originalBytes);

        QSqlQuery query(library.database());
        QVERIFY(query.exec(u"INSERT INTO annotations (cable_id, anchor, start, length, quote, created, modified)"
                           " VALUES ('09ASTANA253', '09ASTANA253¶5', 0, 4, 'test', '2026-01-01', '2026-01-01')"_s));
        QVERIFY(query.exec(u"SELECT count(*) FROM annotations"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    // A version-2 library holding the user's annotations and tags is
    // upgraded (note search, drafts, recent tags) and keeps every one of them;
    // the notes written before the upgrade are found by note search.
    void upgradesVersion2KeepingAnnotations()
    {
        StoreFixtures::TemporaryLibrary dir;
        {
            LibraryDatabase library;
            QVERIFY2(library.open(dir.path(), 2), qPrintable(library.errorString()));
            QCOMPARE(library.schemaVersion(), 2);
            QSqlQuery query(library.database());
            QVERIFY(
                query.exec(u"INSERT INTO user_tags (id, name, colour, parent) VALUES (1, 'Russia', '#aa0000', NULL),"
                           " (2, 'Military', '#00aa00', 1)"_s));
            QVERIFY(query.exec(
                u"INSERT INTO annotations (id, cable_id, anchor, start, length, quote, note, author,"
                " created, modified) VALUES (7, '09ASTANA253', '09ASTANA253¶5', 3, 5, 'Manas',"
                " 'the **air base** lease', 'jdoe', '2026-01-01T10:00:00.000Z', '2026-01-02T10:00:00.000Z')"_s));
            QVERIFY(query.exec(u"INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (7, 2)"_s));
            QVERIFY(query.exec(u"INSERT INTO cable_user_tags (cable_id, tag_id) VALUES ('09ASTANA253', 1)"_s));
        }
        LibraryDatabase library;
        QVERIFY2(library.open(dir.path()), qPrintable(library.errorString()));
        QCOMPARE(library.schemaVersion(), SchemaMigrations::latestVersion());
        QVERIFY(tables(library).contains(u"annotations_fts"_s));
        QVERIFY(tables(library).contains(u"annotation_drafts"_s));

        AnnotationStore store(library);
        const std::optional<Annotation> kept = store.annotation(7);
        QVERIFY(kept);
        QCOMPARE(kept->quote, u"Manas"_s);
        QCOMPARE(kept->note, u"the **air base** lease"_s);
        QCOMPARE(kept->author, u"jdoe"_s);
        QCOMPARE(kept->tagIds, QList<qint64>({ 2 }));
        UserTagStore tags(library);
        QCOMPARE(tags.path(2), u"Russia/Military"_s);
        QCOMPARE(tags.cableTags(u"09ASTANA253"_s), QList<qint64>({ 1 }));

        QSqlQuery query(library.database());
        QVERIFY(query.exec(u"SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH 'lease'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 7);
    }

    // Schema 3 (and later) lets a release CSV row's telegram be rebuilt from the row
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
            CableWriter store(library);
            QVERIFY(store.begin());
            for (const auto &sample : samples)
                QCOMPARE(store.store(sample.cable, sample.path), CableWriter::StoreResult::Inserted);
            QCOMPARE(store.store(row, u"cables-sample.csv:1"_s), CableWriter::StoreResult::Inserted);
            QVERIFY2(store.commit(), qPrintable(store.errorString()));
            QSqlQuery query(library.database());
            QVERIFY(query.exec(u"INSERT INTO annotations (cable_id, anchor, start, length, quote, created, modified)"
                               " VALUES ('09ASTANA253', '09ASTANA253¶5', 0, 4, 'test', '2026-01-01', '2026-01-01')"_s));
        }
        LibraryDatabase library;
        QVERIFY2(library.open(dir.path()), qPrintable(library.errorString()));
        QCOMPARE(library.schemaVersion(), SchemaMigrations::latestVersion());
        CableWriter store(library);
        QCOMPARE(library.cables().count(), qint64(samples.size() + 1));
        QSqlQuery query(library.database());
        QVERIFY(query.exec(u"SELECT count(*) FROM cable_texts WHERE telegram_rebuilt = 0 AND telegram IS NOT NULL"_s));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() >= 1); // the CSV row's telegram, stored by schema 2
        std::optional<Cable> stored = library.cables().load(row.id);
        QVERIFY(stored);
        QCOMPARE(stored->telegram, row.telegram);
        QCOMPARE(stored->originalBytes, row.originalBytes);
        const std::optional<Cable> sample = library.cables().load(u"09ASTANA253"_s);
        QVERIFY(sample);
        QCOMPARE(sample->originalBytes, StoreFixtures::sample(u"09ASTANA253"_s).cable.originalBytes);
        QCOMPARE(sample->telegram, StoreFixtures::sample(u"09ASTANA253"_s).cable.telegram);
        QVERIFY(query.exec(u"SELECT count(*) FROM annotations"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);

        QCOMPARE(store.store(row, u"cables-sample.csv:1"_s), CableWriter::StoreResult::Updated);
        QVERIFY(query.exec(u"SELECT t.telegram IS NULL, t.telegram_rebuilt FROM cable_texts t"
                           " JOIN cables c ON c.pk = t.cable_pk WHERE c.id = '66BUENOSAIRES2481'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), 1);
        stored = library.cables().load(row.id);
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
