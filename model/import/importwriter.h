// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cablereader.h"
#include "cablewriter.h"
#include "libraryhealth.h"
#include "libraryimporter.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Reftel
{
class LibraryDatabase;
struct ParseResult;
struct PreparedCable;

// The writing side of an import: one store, one transaction at a time.
// What it counts is true of the library: a batch that cannot be committed
// takes its documents out of the counts again and names each of them. A
// fault that the next batch would meet too (a full disk, a library that
// cannot be written, is damaged, or stays locked) stops the import.
class ImportWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWriter)
public:
    using Outcome = LibraryImporter::Outcome;
    using Summary = LibraryImporter::Summary;

    // Counts into summary, which must outlive the writer.
    ImportWriter(LibraryDatabase &library, Summary &summary, QObject *parent = nullptr);
    ~ImportWriter() override; // finish()es

    // Stores the cables of one file and reports its outcome.
    void document(const ParseResult &parsed);
    // One row of a release CSV: counted, reported only when it fails.
    void row(const PreparedCable &prepared, const QString &source, const QString &file, qint64 rowNumber);
    void fail(Outcome &outcome, const QString &reason);

    // Commits the open batch.
    void flush();
    // Commits, indexes what is left unindexed and, after a large import,
    // makes the planner's statistics again. Once; later calls do nothing.
    void finish();

    bool isStored(const QString &path, const QByteArray &digest) const { return m_reader.isStored(path, digest); }
    void skipRow() { ++m_summary.skipped; }
    // Cables per transaction.
    void setBatchSize(int size) { m_batchSize = qMax(1, size); }
    void setLockAttempts(int attempts) { m_lockAttempts = qMax(1, attempts); }

    // A fault stopped the import: what is left is not imported, for this reason.
    bool stopped() const { return !m_stopReason.isEmpty(); }
    QString notImported(const QString &source) const;

Q_SIGNALS:
    // Every document stored or failed, every failed row, every note.
    void outcome(const Reftel::LibraryImporter::Outcome &outcome);
    // The writer waits for another program's write lock.
    void waiting(const QString &message);
    // The full-text index takes the new cables (in finish()).
    void indexing(qint64 done, qint64 total);

private:
    struct Stored
    {
        QString source;
        Outcome::Status status = Outcome::Status::Imported;
        QString csvFile; // for a CSV row: the file, and the row's number
        qint64 row = 0;
    };

    QString cause() const;
    QString waitingMessage() const;
    bool begin();
    bool store(const PreparedCable &prepared, const QString &source, Outcome::Status *status, QString *reason);
    void dropBatch();
    void noteKeptLonger(const Cable &cable, const QString &source);
    void flushIfFull();
    void remember(const QString &source, Outcome::Status status, const QString &csvFile, qint64 row);
    static bool isFatal(LibraryHealth::Fault fault);
    void stopOn(LibraryHealth::Fault fault);
    void lose(const QList<Stored> &batch, const QString &why);
    void count(Outcome::Status status, int delta);

    // The connection's own writer and reader: this runs on the thread that
    // opened the connection (ImportController opens one in its worker
    // thread), the one thread that may use them.
    CableWriter &m_store;
    const CableReader &m_reader;
    QString m_libraryPath;
    Summary &m_summary;
    int m_batchSize = 5000;
    int m_lockAttempts = 24;
    int m_pending = 0;
    QList<Stored> m_batch; // what the open batch holds, for a failed commit
    qint64 m_unindexed = 0;
    bool m_finished = false;
    bool m_wasDeferred = false; // the writer's setting before this import, put back after
    QString m_stopReason;
};
}
