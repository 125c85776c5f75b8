// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Reftel
{
class ImportWriter;
class LibraryDatabase;
class ParseStage;
class ReleaseCsvReader;
struct ParseResult;

// Imports files, folders (recursively) and release CSV files into a library.
// Parsing runs in parser processes (ParseWorkerPool), one per core, while
// this object's thread writes, through the one connection, in large
// transactions: a cancelled or killed import leaves every committed batch in
// place and the next import skips what is already stored. A document that
// crashes the parser or makes it hang is reported failed; the import goes on.
class LibraryImporter final : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        enum class Status
        {
            Imported, // new cables
            Updated, // cables already in the library, filled again
            Merged, // another saved form of a cable already in the library
            Skipped, // this very file (same bytes) was imported before
            Failed,
            NotACable, // plainly not a cable (a README, a picture): skipped, reason given
        };
        QString source; // the file, or "<file>:<row>" for a CSV row
        Status status = Status::Imported;
        QStringList cableIds;
        QString reason; // translated, for Failed and NotACable
    };

    struct Summary
    {
        int files = 0;
        qint64 cables = 0; // cables stored (imported + updated + merged)
        int imported = 0;
        int updated = 0;
        int merged = 0;
        int skipped = 0;
        int failed = 0;
        int notCables = 0; // files plainly not cables, skipped (not failures)
        bool cancelled = false;
        QList<Outcome> failures;
        // What went well but should be known: a shorter copy that did not
        // replace the text stored (see CableWriter::StoreResult::KeptLonger).
        QList<Outcome> notes;
        QList<Outcome> notCableFiles;
        qint64 bytes = 0;
        qint64 milliseconds = 0;
        bool ok() const { return failed == 0 && !cancelled; }
    };

    enum class Parsing
    {
        Workers, // in parser processes: what the program does
        InProcess, // on this process's threads: the benchmark's baseline only
    };

    explicit LibraryImporter(LibraryDatabase &library, QObject *parent = nullptr);
    ~LibraryImporter() override;

    // Blocking; run it on a worker thread (with a LibraryDatabase opened
    // there) to keep a window responsive.
    Summary run(const QStringList &paths);

    // Thread-safe: the import stops after the batch it is writing.
    void cancel() { m_cancel.store(true); }

    // Cables per transaction. Larger is faster; a kill loses at most one batch.
    void setBatchSize(int cables) { m_batchSize = qMax(1, cables); }
    // While another program holds the library's write lock, a batch waits
    // a busy timeout (see LibraryDatabase::setBusyTimeout()) and asks again,
    // this many times in all (24: two minutes), saying so (waiting()).
    void setLockAttempts(int attempts) { m_lockAttempts = qMax(1, attempts); }

    void setParsing(Parsing parsing) { m_parsing = parsing; }
    // The parser program (reftel-parse beside this executable by default);
    // the tests give one that crashes on demand.
    void setWorkerProgram(const QString &program) { m_workerProgram = program; }
    // Longer than this on one document, and the parser is taken for hung.
    void setDocumentTimeout(int milliseconds) { m_documentTimeoutMs = milliseconds; }

    static QString statusName(Outcome::Status status);

Q_SIGNALS:
    // Bytes read so far against the total size of the inputs.
    void progress(qint64 done, qint64 total);
    // Every outcome that is not a plain success of a CSV row: files, failures.
    void outcome(const Reftel::LibraryImporter::Outcome &outcome);
    // The import waits for another program that is writing to the library.
    void waiting(const QString &message);
    // The full-text index takes the new cables: paragraphs done of total.
    // run() with no paths does only this, for what a killed import left.
    void indexing(qint64 done, qint64 total);

private:
    struct Input;
    using Parsed = ParseResult;

    QList<Input> collect(const QStringList &paths, Summary &summary);
    std::unique_ptr<ParseStage> makeParseStage() const;
    QList<Parsed> takeParsed(ImportWriter &writer);
    void stopParsing();
    bool stopped() const { return m_cancel.load() || m_stageFailed; }
    QStringList walk(const QString &root, Summary &summary);
    void importDocuments(const QList<Input> &documents, ImportWriter &writer);
    void importCsv(const Input &csv, ImportWriter &writer);
    qint64 importCsvRows(ReleaseCsvReader &reader, const QString &csvPath, ImportWriter &writer, qint64 startDone);

    LibraryDatabase &m_library;
    std::atomic_bool m_cancel = false;
    int m_batchSize = 5000; // one full-text segment per batch (see 'hashsize' in schemamigrations.cpp)
    int m_lockAttempts = 24;
    qint64 m_done = 0;
    qint64 m_total = 0;
    Parsing m_parsing = Parsing::Workers;
    QString m_workerProgram;
    int m_documentTimeoutMs = 10000;
    std::unique_ptr<ParseStage> m_stage; // during run()
    bool m_stageFailed = false; // no parser runs: the import stops
};
}
Q_DECLARE_METATYPE(Reftel::LibraryImporter::Summary)
