// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwriter.h"

#include "librarydatabase.h"
#include "parsejob.h"

// The messages keep the context they were translated in: LibraryImporter's.

namespace Reftel
{
namespace
{
// After an import this large the planner's statistics are made again.
constexpr qint64 AnalyzeAfterCables = 20000;
// The full-text index takes the new rows every this many cables, not at
// every batch: fewer, larger segments, so FTS5 merges less (the release's
// first 50,000 cables: 39 s instead of 47 s). Every 50,000 with a larger
// hash was slower again (42 s).
constexpr qint64 IndexEveryCables = 20000;
}

ImportWriter::ImportWriter(LibraryDatabase &library, Summary &summary, QObject *parent)
    : QObject(parent)
    , m_store(library.cableWriter())
    , m_reader(library.cables())
    , m_libraryPath(library.path())
    , m_summary(summary)
    , m_wasDeferred(m_store.indexingDeferred())
{
    m_store.setIndexingDeferred(true);
}

ImportWriter::~ImportWriter()
{
    finish();
}

void ImportWriter::document(const ParseResult &parsed)
{
    Outcome outcome;
    outcome.source = parsed.path;
    if (stopped()) {
        fail(outcome, notImported(parsed.path));
        return;
    }
    if (!parsed.error.isEmpty()) {
        fail(outcome, parsed.error);
        return;
    }
    if (m_reader.isStored(parsed.path, parsed.digest)) {
        outcome.status = Outcome::Status::Skipped;
        for (const PreparedCable &prepared : parsed.cables)
            outcome.cableIds << prepared.cable.id;
        ++m_summary.skipped;
        Q_EMIT this->outcome(outcome);
        return;
    }
    bool first = true;
    for (const PreparedCable &prepared : parsed.cables) {
        Outcome::Status status = Outcome::Status::Imported;
        if (!store(prepared, parsed.path, &status, &outcome.reason)) {
            fail(outcome, outcome.reason);
            return;
        }
        outcome.cableIds << prepared.cable.id;
        if (first)
            outcome.status = status;
        first = false;
    }
    count(outcome.status, +1);
    remember(parsed.path, outcome.status, QString(), 0);
    Q_EMIT this->outcome(outcome);
    flushIfFull();
}

void ImportWriter::row(const PreparedCable &prepared, const QString &source, const QString &file, qint64 rowNumber)
{
    Outcome::Status status = Outcome::Status::Imported;
    QString reason;
    if (!store(prepared, source, &status, &reason)) {
        Outcome outcome;
        outcome.source = source;
        fail(outcome, reason);
        return;
    }
    count(status, +1);
    remember(source, status, file, rowNumber);
    flushIfFull();
}

void ImportWriter::fail(Outcome &outcome, const QString &reason)
{
    outcome.status = Outcome::Status::Failed;
    outcome.reason = reason;
    ++m_summary.failed;
    m_summary.failures << outcome;
    Q_EMIT this->outcome(outcome);
}

// The store resolves the batch's references inside it, and indexes the rows
// of the last IndexEveryCables cables in the same transaction (what is left
// at the end, finish() indexes).
void ImportWriter::flush()
{
    if (!m_store.inBatch())
        return;
    m_unindexed += m_pending;
    bool indexed = true;
    if (m_unindexed >= IndexEveryCables) {
        indexed = m_store.indexPending();
        m_unindexed = 0;
    }
    if (!indexed || !m_store.commit()) {
        m_store.rollback();
        // The batch is rolled back: its cables are not in the library.
        m_summary.cables -= m_pending;
        lose(m_batch, cause());
        stopOn(m_store.fault());
    }
    m_batch.clear();
    m_pending = 0;
}

void ImportWriter::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    flush();
    // The rest of this import, and what a killed one stored without indexing it.
    const auto progress = [this](qint64 done, qint64 total) { Q_EMIT indexing(done, total); };
    bool indexed = m_store.indexPending(progress);
    for (int attempt = 1; !indexed && m_store.fault() == LibraryHealth::Fault::Busy && attempt < m_lockAttempts;
        ++attempt) {
        Q_EMIT waiting(waitingMessage());
        indexed = m_store.indexPending(progress);
    }
    if (!indexed) {
        Outcome outcome;
        outcome.source = m_libraryPath;
        fail(outcome,
            LibraryImporter::tr("%1: cannot update the full-text index: %2; the cables are stored, and the next import "
                                "or the next start of Reftel indexes them")
                .arg(m_libraryPath, cause()));
    }
    if (m_summary.cables >= AnalyzeAfterCables && !stopped())
        m_store.updateStatistics();
    m_store.setIndexingDeferred(m_wasDeferred);
}

QString ImportWriter::notImported(const QString &source) const
{
    return LibraryImporter::tr("%1: not imported: the import stopped because %2.").arg(source, m_stopReason);
}

// The failure of the store, with its cause first in the user's words.
QString ImportWriter::cause() const
{
    const QString words = LibraryHealth::describe(m_store.fault());
    return words.isEmpty() ? m_store.errorString() : words + u" (" + m_store.errorString() + u')';
}

QString ImportWriter::waitingMessage() const
{
    return LibraryImporter::tr("Waiting for another Reftel to finish writing to the library %1…").arg(m_libraryPath);
}

// A batch waits for another program's write lock, and asks again, for
// m_lockAttempts busy timeouts (2 minutes at first) before it gives up.
bool ImportWriter::begin()
{
    for (int attempt = 1;; ++attempt) {
        if (m_store.begin())
            return true;
        if (m_store.fault() != LibraryHealth::Fault::Busy || attempt >= m_lockAttempts)
            return false;
        Q_EMIT waiting(waitingMessage());
    }
}

bool ImportWriter::store(const PreparedCable &prepared, const QString &source, Outcome::Status *status, QString *reason)
{
    const Cable &cable = prepared.cable;
    if (stopped()) {
        *reason = notImported(source);
        return false;
    }
    if (!m_store.inBatch() && !begin()) {
        *reason = LibraryImporter::tr("%1: not stored: %2").arg(source, cause());
        stopOn(m_store.fault());
        return false;
    }
    switch (m_store.store(prepared, source)) {
    case CableWriter::StoreResult::Failed:
        *reason = LibraryImporter::tr("%1: cannot store cable %2: %3").arg(source, cable.id, cause());
        if (isFatal(m_store.fault())) {
            // The batch goes with it: say so for each of its documents.
            *reason = LibraryImporter::tr("%1: not stored: %2").arg(source, cause());
            dropBatch();
        }
        return false;
    case CableWriter::StoreResult::Inserted:
        *status = Outcome::Status::Imported;
        break;
    case CableWriter::StoreResult::Updated:
        *status = Outcome::Status::Updated;
        break;
    case CableWriter::StoreResult::Merged:
        *status = Outcome::Status::Merged;
        break;
    case CableWriter::StoreResult::KeptLonger:
        *status = Outcome::Status::Merged;
        noteKeptLonger(cable, source);
        break;
    }
    ++m_summary.cables;
    ++m_pending;
    return true;
}

// A fatal fault in the middle of a batch: the batch is rolled back, each of
// its documents named, and the import stops.
void ImportWriter::dropBatch()
{
    m_store.rollback();
    m_summary.cables -= m_pending;
    lose(m_batch, cause());
    m_batch.clear();
    m_pending = 0;
    stopOn(m_store.fault());
}

void ImportWriter::noteKeptLonger(const Cable &cable, const QString &source)
{
    Outcome note;
    note.source = source;
    note.status = Outcome::Status::Merged;
    note.cableIds = { cable.id };
    note.reason = LibraryImporter::tr("%1: this copy of %2 holds %3 characters of the %4 stored; the longer text was "
                                      "kept (the copy may be cut short).")
                      .arg(source, cable.id)
                      .arg(m_store.refusedLength())
                      .arg(m_store.keptLength());
    m_summary.notes << note;
    Q_EMIT outcome(note);
}

// After the document or row is counted, so that a failed commit can take it
// out of the counts again.
void ImportWriter::flushIfFull()
{
    if (m_pending >= m_batchSize)
        flush();
}

void ImportWriter::remember(const QString &source, Outcome::Status status, const QString &csvFile, qint64 row)
{
    m_batch.append(Stored { source, status, csvFile, row });
}

bool ImportWriter::isFatal(LibraryHealth::Fault fault)
{
    return fault == LibraryHealth::Fault::DiskFull || fault == LibraryHealth::Fault::ReadOnly
        || fault == LibraryHealth::Fault::Damaged || fault == LibraryHealth::Fault::InputOutput
        || fault == LibraryHealth::Fault::Busy;
}

void ImportWriter::stopOn(LibraryHealth::Fault fault)
{
    if (isFatal(fault) && m_stopReason.isEmpty())
        m_stopReason = LibraryHealth::describe(fault);
}

// The documents of a batch that was not committed: out of the counts, each
// named (CSV rows as ranges of rows).
void ImportWriter::lose(const QList<Stored> &batch, const QString &why)
{
    qsizetype i = 0;
    while (i < batch.size()) {
        const Stored &entry = batch.at(i);
        count(entry.status, -1);
        Outcome outcome;
        outcome.source = entry.source;
        if (entry.csvFile.isEmpty()) {
            fail(outcome, LibraryImporter::tr("%1: not stored: %2").arg(entry.source, why));
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < batch.size() && batch.at(j).csvFile == entry.csvFile && batch.at(j).row > batch.at(j - 1).row) {
            count(batch.at(j).status, -1);
            ++j;
        }
        outcome.source = entry.csvFile;
        fail(outcome,
            LibraryImporter::tr("%1: rows %2 to %3 (%4 cables) not stored: %5")
                .arg(entry.csvFile)
                .arg(entry.row)
                .arg(batch.at(j - 1).row)
                .arg(j - i)
                .arg(why));
        m_summary.failed += int(j - i - 1); // each row is one that failed
        i = j;
    }
}

void ImportWriter::count(Outcome::Status status, int delta)
{
    switch (status) {
    case Outcome::Status::Imported:
        m_summary.imported += delta;
        break;
    case Outcome::Status::Updated:
        m_summary.updated += delta;
        break;
    case Outcome::Status::Merged:
        m_summary.merged += delta;
        break;
    case Outcome::Status::Skipped:
        m_summary.skipped += delta;
        break;
    case Outcome::Status::Failed:
        m_summary.failed += delta;
        break;
    case Outcome::Status::NotACable:
        ++m_summary.notCables;
        break;
    }
}
}
