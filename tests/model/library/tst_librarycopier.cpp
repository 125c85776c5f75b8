// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycopier.h"

#include "annotationstore.h"
#include "cablereader.h"
#include "librarydatabase.h"
#include "libraryimporter.h"
#include "librarysearch.h"
#include "pgtestserver.h"
#include "syntheticcsv.h"
#include "usertagstore.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// A whole library copied SQLite → PostgreSQL → SQLite, batch by batch, against
// the suite's throw-away server; a stopped copy; a target that is not empty.
class TestLibraryCopier : public QObject
{
    Q_OBJECT

private:
    // Every row of a table, as text, sorted (all columns but the server's
    // own tsv): two libraries hold the same when these are equal.
    static QStringList rows(LibraryDatabase &library, const QString &table)
    {
        QStringList columns;
        const QSqlRecord record = library.database().record(table);
        for (int i = 0; i < record.count(); ++i) {
            if (record.fieldName(i) != u"tsv"_s)
                columns << record.fieldName(i);
        }
        columns.sort();
        QSqlQuery query(library.database());
        QStringList lines;
        if (!query.exec(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + table))
            return { u"cannot read "_s + table + u": "_s + query.lastError().text() };
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant value = query.value(i);
                values << (value.isNull() ? u"NULL"_s
                        : value.metaType().id() == QMetaType::QByteArray
                        ? u"x"_s + QString::fromLatin1(value.toByteArray().toHex())
                        : value.toString());
            }
            lines << values.join(u'|');
        }
        // Sorted here: the server's collation orders text unlike SQLite.
        lines.sort();
        return lines;
    }

    static qint64 count(LibraryDatabase &library, const QString &sql)
    {
        QSqlQuery query(library.database());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    // The samples and 700 synthetic release cables, with the user's data:
    // nested tags (one moved under a tag made after it), annotations with
    // tags and authors, a cable tag and a draft.
    bool fill(LibraryDatabase &library)
    {
        if (!LibraryImporter(library).run({ u":/samples"_s }).ok())
            return false;
        QFile csv(m_dir.filePath(u"many.csv"_s));
        if (!csv.open(QIODevice::WriteOnly) || csv.write(Testing::syntheticCsv(700)) < 0)
            return false;
        csv.close();
        if (!LibraryImporter(library).run({ csv.fileName() }).ok())
            return false;
        // The first cable cites the last, resolved: a copy stopped before the
        // last holds a reference to a cable it lacks.
        QSqlQuery cite(library.database());
        if (!cite.exec(u"INSERT INTO cable_references (cable_pk, position, cited_id, state, target_id)"
                       " SELECT min(pk), 99, (SELECT id FROM cables ORDER BY pk DESC LIMIT 1), 'resolved',"
                       " (SELECT id FROM cables ORDER BY pk DESC LIMIT 1) FROM cables"_s))
            return false;
        UserTagStore &tags = library.userTags();
        const qint64 child = tags.create(u"Transit"_s, u"#aa0000"_s);
        const qint64 parent = tags.create(u"Military"_s);
        const qint64 other = tags.create(u"Energy"_s, {}, parent);
        if (!child || !parent || !other || !tags.reparent(child, parent) || !tags.tagCable(u"09ASTANA253"_s, other))
            return false;
        AnnotationStore &annotations = library.annotations();
        for (int i = 0; i < 30; ++i) {
            Annotation a;
            a.cableId = u"09ASTANA253"_s;
            a.anchor = u"09ASTANA253¶"_s + QString::number(1 + i % 5);
            a.start = i;
            a.length = 4;
            a.quote = u"quote %1"_s.arg(i);
            a.note = u"note %1 about Manas"_s.arg(i);
            a.author = i % 2 ? u"alice"_s : u"bob"_s;
            a.tagIds = i % 3 ? QList<qint64> { child } : QList<qint64> { child, other };
            if (!annotations.create(a))
                return false;
        }
        // A gap in the ids: a copy keeps them as they are.
        if (!annotations.remove(7))
            return false;
        return annotations.saveDraft(3, u"a note being typed"_s);
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // SQLite → PostgreSQL → SQLite: every table's rows the same as at the
    // start; the counts said and equal; the copy searchable.
    void copiesBothWays()
    {
        if (const QString why = PgTestServer::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        LibraryDatabase original;
        QVERIFY(original.open(m_dir.filePath(u"original.sqlite"_s)));
        QVERIFY(fill(original));
        LibraryDatabase server;
        QVERIFY2(server.open(PgTestServer::freshDatabase(u"both_ways"_s)), qPrintable(server.errorString()));

        LibraryCopier toServer(original, server);
        toServer.setBatchSize(64); // many batches
        qint64 lastDone = -1;
        qint64 calls = 0;
        toServer.setProgress([&](qint64 done, qint64 total) {
            ++calls;
            lastDone = done;
            return done <= total;
        });
        const LibraryCopier::Result up = toServer.copy();
        QVERIFY2(up.completed, qPrintable(up.error));
        QVERIFY(up.error.isEmpty());
        QVERIFY(calls > 10);
        QCOMPARE(up.counts.size(), LibraryCopier::tables().size());
        QCOMPARE(up.count(u"cables"_s), 705);
        QCOMPARE(up.count(u"annotations"_s), 29);
        QCOMPARE(up.count(u"user_tags"_s), 3);
        QCOMPARE(up.count(u"annotation_drafts"_s), 1);
        qint64 rowsInAll = 0;
        for (const LibraryCopier::TableCount &c : up.counts) {
            QCOMPARE(c.target, c.source);
            rowsInAll += c.source;
        }
        QCOMPARE(lastDone, rowsInAll);
        for (const QString &table : LibraryCopier::tables())
            QCOMPARE(rows(server, table), rows(original, table));
        // On the server: the ids and authors as they were, the next annotation after them.
        QCOMPARE(count(server, u"SELECT count(*) FROM annotations WHERE id = 7"_s), 0);
        QCOMPARE(count(server, u"SELECT count(*) FROM annotations WHERE author = 'alice'"_s), 15);
        QSqlQuery next(server.database());
        QVERIFY(next.exec(u"INSERT INTO annotations (cable_id, anchor, created, modified) VALUES"
                          " ('09ASTANA253', '09ASTANA253¶1', 'now', 'now') RETURNING id"_s));
        QVERIFY(next.next());
        QCOMPARE(next.value(0).toLongLong(), 31);
        QVERIFY(next.exec(u"DELETE FROM annotations WHERE id = 31"_s));

        LibraryDatabase back;
        QVERIFY(back.open(m_dir.filePath(u"back.sqlite"_s)));
        LibraryCopier toFile(server, back);
        toFile.setBatchSize(100);
        const LibraryCopier::Result down = toFile.copy();
        QVERIFY2(down.completed, qPrintable(down.error));
        for (const QString &table : LibraryCopier::tables())
            QCOMPARE(rows(back, table), rows(original, table));
        // The file's own search index was made for what it received.
        const LibrarySearch::Result hits = back.search().search(u"Manas"_s);
        QVERIFY2(!hits.hits.isEmpty(), qPrintable(hits.error));
        QCOMPARE(back.search().search(u"Manas"_s).hits.size(), original.search().search(u"Manas"_s).hits.size());
    }

    // Stopped after its first batch of cables: the user's data whole, whole
    // cables only, each with all its rows, and it says so.
    void stoppedCopyIsWhole()
    {
        if (const QString why = PgTestServer::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        LibraryDatabase original;
        QVERIFY(original.open(m_dir.filePath(u"original.sqlite"_s)));
        QVERIFY(original.cables().count() > 700 || fill(original));
        LibraryDatabase server;
        QVERIFY(server.open(PgTestServer::freshDatabase(u"stopped"_s)));
        LibraryCopier copier(original, server);
        copier.setBatchSize(50);
        int batches = 0;
        copier.setProgress([&](qint64, qint64) { return ++batches < 3; }); // tags, annotations, 50 cables
        const LibraryCopier::Result result = copier.copy();
        QVERIFY(result.cancelled);
        QVERIFY(!result.completed);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.count(u"cables"_s), 50);
        QCOMPARE(result.count(u"cables"_s, false), 705);
        QCOMPARE(result.count(u"annotations"_s), 29);
        QCOMPARE(result.count(u"annotation_tags"_s), result.count(u"annotation_tags"_s, false));
        QCOMPARE(count(server, u"SELECT count(*) FROM paragraphs"_s),
            count(original,
                u"SELECT count(*) FROM paragraphs WHERE cable_pk IN (SELECT pk FROM cables ORDER BY pk LIMIT 50)"_s));
        QCOMPARE(count(server, u"SELECT count(*) FROM cable_texts"_s), 50);
        // No reference leads to a cable it lacks: those are missing, their cited id kept.
        QCOMPARE(count(server,
                     u"SELECT count(*) FROM cable_references r WHERE r.state IN ('resolved', 'probable')"
                     " AND NOT EXISTS (SELECT 1 FROM cables c WHERE c.id = r.target_id)"_s),
            0);
        const qint64 lost = count(original,
            u"SELECT count(*) FROM cable_references r WHERE r.cable_pk IN (SELECT pk FROM cables ORDER BY pk LIMIT 50)"
            " AND r.state IN ('resolved', 'probable') AND r.target_id NOT IN (SELECT id FROM cables ORDER BY pk LIMIT 50)"_s);
        QVERIFY(lost > 0); // the test shows something
        QCOMPARE(count(server, u"SELECT count(*) FROM cable_references WHERE state = 'missing' AND cited_id <> ''"_s),
            count(original,
                u"SELECT count(*) FROM cable_references WHERE state = 'missing' AND cited_id <> ''"
                " AND cable_pk IN (SELECT pk FROM cables ORDER BY pk LIMIT 50)"_s)
                + lost);
    }

    // A target that holds anything is refused, and nothing is written to it;
    // replacing it leaves the copy only, not the two together.
    void refusesALibraryThatIsNotEmpty()
    {
        if (const QString why = PgTestServer::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        LibraryDatabase original;
        QVERIFY(original.open(m_dir.filePath(u"original.sqlite"_s)));
        QVERIFY(original.cables().count() > 700 || fill(original));
        LibraryDatabase server;
        QVERIFY(server.open(PgTestServer::freshDatabase(u"not_empty"_s)));
        QVERIFY(!LibraryCopier::holdsData(server));
        QVERIFY(server.userTags().create(u"Theirs"_s));
        QVERIFY(LibraryCopier::holdsData(server));

        const LibraryCopier::Result refused = LibraryCopier(original, server).copy();
        QVERIFY(!refused.completed);
        QVERIFY2(refused.error.contains(u"is not empty"_s) && refused.error.contains(server.path()),
            qPrintable(refused.error));
        QVERIFY(refused.counts.isEmpty());
        QCOMPARE(count(server, u"SELECT count(*) FROM user_tags"_s), 1);
        QCOMPARE(count(server, u"SELECT count(*) FROM cables"_s), 0);

        const LibraryCopier::Result replaced = LibraryCopier(original, server).copy(true);
        QVERIFY2(replaced.completed, qPrintable(replaced.error));
        QCOMPARE(count(server, u"SELECT count(*) FROM user_tags WHERE name = 'Theirs'"_s), 0);
        QCOMPARE(rows(server, u"user_tags"_s), rows(original, u"user_tags"_s));
        // And a file replaced in its turn, its search index with it.
        LibraryDatabase file;
        QVERIFY(file.open(m_dir.filePath(u"replaced.sqlite"_s)));
        QVERIFY(LibraryImporter(file).run({ u":/samples"_s }).ok());
        const LibraryCopier::Result intoFile = LibraryCopier(server, file).copy(true);
        QVERIFY2(intoFile.completed, qPrintable(intoFile.error));
        QCOMPARE(rows(file, u"paragraphs"_s), rows(original, u"paragraphs"_s));
        QCOMPARE(file.search().search(u"Manas"_s).hits.size(), original.search().search(u"Manas"_s).hits.size());
    }
};

QTEST_GUILESS_MAIN(TestLibraryCopier)
#include "tst_librarycopier.moc"
