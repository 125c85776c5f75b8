// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
#include "cableindexer.h"
#include "libraryhealth.h"
#include "preparedcable.h"
#include "storeerror.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>

namespace Reftel
{
class LibraryDatabase;
class PgCableCopier;
class SqliteStatement;

// Writes parsed cables into the library (CableReader reads them back).
//
// Writing is meant to be batched by the caller: begin(), many store(), then
// commit(), which first indexes the batch's rows for full-text search in
// bulk, resolves the references the batch touched (see ReferenceResolver)
// and then commits, so a batch is all or nothing and a killed import leaves
// the library at the last committed batch. store() outside a batch runs in
// a transaction of its own. One CableWriter per connection and thread.
//
// store() is idempotent: the same cable again updates its row in place.
// A cable read from several saved forms is one cable with several sources;
// the best-informed form (see CableRowCodec::quality()) fills the row, the others only fill
// header fields it lacks. User data (annotations, user tags) is keyed by
// cable id and paragraph anchor and is never touched by store().
//
// On a server library (PostgreSQL) the same contract holds: the cables new
// to the library go to the server by COPY when the batch is sent
// (PgCableCopier), the others statement by statement; each row carries
// its full-text column (TsVectorText of the subject and of each paragraph)
// and the server's GIN indexes take it in the same transaction, so nothing
// waits for indexing there.
class CableWriter final
{
public:
    enum class StoreResult
    {
        Failed,
        Inserted, // a cable new to the library
        Updated, // the row was filled again from this source
        Merged, // another source fills the row; this one was added to its sources
        // This source would have filled the row but holds less than half
        // of the text stored (a page cut short): the longer text stays, and
        // this source only fills header fields the row lacks, as Merged.
        KeptLonger,
    };

    explicit CableWriter(LibraryDatabase &library);
    ~CableWriter();
    Q_DISABLE_COPY_MOVE(CableWriter)

    bool begin();
    bool commit();
    void rollback();
    bool inBatch() const { return m_inBatch; }

    // A large first import may leave full-text indexing to the end: commit()
    // then only stores, and indexPending() (outside a batch, or inside one)
    // indexes everything stored since, in one pass. Rows not yet indexed are
    // remembered in the file (fts_state), so an interrupted import indexes
    // them at the next commit or indexPending(); until then searches do not
    // see them (CableReader::unindexedCount()).
    void setIndexingDeferred(bool deferred) { m_indexingDeferred = deferred; }
    bool indexingDeferred() const { return m_indexingDeferred; }
    // Outside a batch it indexes in steps, each committed, so a kill loses
    // at most one step; progress(done, total) counts paragraphs.
    bool indexPending(const std::function<void(qint64 done, qint64 total)> &progress = {});

    // sourcePath: the file (or "<file>:<row>") the cable was read from.
    StoreResult store(const Cable &cable, const QString &sourcePath);
    StoreResult store(const PreparedCable &prepared, const QString &sourcePath);

    // After a large import: the planner's statistics, from a sample of each
    // index. The full-text segments are left to FTS5's automerge: merging
    // them into one ('optimize') cost the whole release 25 s and made the
    // searches no faster (docs/benchmarks.md).
    bool updateStatistics();

    // Where a writer's time went since it was made, for the import
    // benchmark (reftel-bench-library): nanoseconds.
    struct Timings
    {
        qint64 find = 0; // reading what the library holds of each cable
        qint64 write = 0; // rows written, or gathered for COPY
        qint64 copy = 0; // COPY to a server
        qint64 index = 0; // full-text indexing (SQLite)
        qint64 resolve = 0; // references, at each commit
        qint64 commit = 0; // COMMIT itself
    };
    const Timings &timings() const { return m_timings; }

    QString errorString() const { return m_error.text(); }
    // After KeptLonger: the lengths of the text kept and of the one refused.
    qsizetype keptLength() const { return m_keptLength; }
    qsizetype refusedLength() const { return m_refusedLength; }
    // What kind of failure the last one was (a full disk, a busy or
    // damaged library...), for the importer to decide whether to go on.
    LibraryHealth::Fault fault() const { return m_error.fault(); }

private:
    struct Statements;
    struct Stored;
    struct Row;

    bool storeInBatch(const PreparedCable &prepared, const QString &sourcePath, StoreResult *result);
    bool sendCopies();
    enum class Savepoint
    {
        Begin,
        Release,
        RollBack,
    };
    bool savepoint(Savepoint step);
    bool writeCable(const PreparedCable &prepared, const Stored &stored, const Row &row, StoreResult *result);
    template<typename Values>
    void bind(SqliteStatement &statement, const Values &values);
    template<typename Values>
    bool putRow(int table, const Values &values);
    bool put(int table, std::initializer_list<QVariant> values);
    bool put(int table, const QVariantList &values);
    bool findStored(const Cable &cable, const QString &sourcePath, Stored *stored);
    bool planRow(const Cable &cable, const Stored &stored, Row *row);
    bool writeRow(const PreparedCable &prepared, const Row &row, qint64 *pk);
    bool writeChildren(const Cable &cable, qint64 pk, bool fresh);
    bool clearChildren(qint64 pk);
    bool writeRecipients(qint64 pk, const QList<Addressee> &list, const QString &kind);
    bool writeTags(qint64 pk, const Cable &cable);
    bool writeReferences(qint64 pk, const Cable &cable);
    bool writeParagraphs(qint64 pk, const Cable &cable, bool fresh);
    bool writeReport(qint64 pk, const Cable &cable);

    LibraryDatabase &m_library;
    bool m_server = false; // a PostgreSQL library
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<PgCableCopier> m_copier; // on a server only
    bool m_copying = false; // put() gathers the rows of a new cable for COPY
    // On a server: a failure that ended the server's transaction; the batch
    // can only be rolled back.
    bool m_batchFailed = false;
    bool m_inBatch = false;
    bool m_indexingDeferred = false;
    bool m_canRebuildTelegrams = false; // the schema has cable_texts.telegram_rebuilt
    StoreError m_error;
    CableIndexer m_indexer;
    Timings m_timings;
    qsizetype m_keptLength = 0;
    qsizetype m_refusedLength = 0;
};
}
