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

#include <functional>
#include <memory>

namespace Reftel
{
class LibraryDatabase;

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

    bool writeCable(const PreparedCable &prepared, const QString &sourcePath, StoreResult *result);
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
    std::unique_ptr<Statements> m_statements;
    bool m_inBatch = false;
    bool m_indexingDeferred = false;
    bool m_canRebuildTelegrams = false; // the schema has cable_texts.telegram_rebuilt
    StoreError m_error;
    CableIndexer m_indexer;
    qsizetype m_keptLength = 0;
    qsizetype m_refusedLength = 0;
};
}
