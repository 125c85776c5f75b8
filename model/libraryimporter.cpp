// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryimporter.h"

#include "cablestore.h"
#include "concurrentparsestage.h"
#include "librarydatabase.h"
#include "parsejob.h"
#include "parseworkerpool.h"
#include "releasecsvreader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
// Documents parsed together; bounded so memory stays flat whatever the input.
constexpr int DocumentsPerChunk = 64;
constexpr qint64 BytesPerChunk = 32 * 1024 * 1024;
constexpr int CsvRowsPerChunk = 1000;
// After an import this large the planner's statistics are made again.
constexpr qint64 AnalyzeAfterCables = 20000;
// The full-text index takes the new rows every this many cables, not at
// every batch: fewer, larger segments, so FTS5 merges less (the release's
// first 50,000 cables: 39 s instead of 47 s). Every 50,000 with a larger
// hash was slower again (42 s).
constexpr qint64 IndexEveryCables = 20000;
}

struct LibraryImporter::Input {
    QString path;
    qint64 size = 0;
    bool csv = false;
};

// The writing side: one store, one resolver, one transaction at a time.
class LibraryImporter::Writer
{
public:
    Writer(LibraryDatabase &library, Summary &summary, LibraryImporter &importer)
        : m_store(library)
        , m_libraryPath(library.path())
        , m_summary(summary)
        , m_importer(importer)
    {
        m_store.setIndexingDeferred(true);
    }

    ~Writer() { finish(); }

    // Stores the cables of one file and reports its outcome.
    void document(const Parsed &parsed)
    {
        Outcome outcome;
        outcome.source = parsed.path;
        if (!parsed.error.isEmpty()) {
            fail(outcome, parsed.error);
            return;
        }
        if (m_store.isStored(parsed.path, parsed.digest)) {
            outcome.status = Outcome::Status::Skipped;
            for (const CableStore::Prepared &prepared : parsed.cables)
                outcome.cableIds << prepared.cable.id;
            ++m_summary.skipped;
            Q_EMIT m_importer.outcome(outcome);
            return;
        }
        bool first = true;
        for (const CableStore::Prepared &prepared : parsed.cables) {
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
        count(outcome.status);
        Q_EMIT m_importer.outcome(outcome);
    }

    // One row of a release CSV: counted, reported only when it fails.
    void row(const CableStore::Prepared &prepared, const QString &source)
    {
        Outcome::Status status = Outcome::Status::Imported;
        QString reason;
        if (!store(prepared, source, &status, &reason)) {
            Outcome outcome;
            outcome.source = source;
            fail(outcome, reason);
            return;
        }
        count(status);
    }

    void fail(Outcome &outcome, const QString &reason)
    {
        outcome.status = Outcome::Status::Failed;
        outcome.reason = reason;
        ++m_summary.failed;
        m_summary.failures << outcome;
        Q_EMIT m_importer.outcome(outcome);
    }

    // Commits the open batch; the store resolves its references inside it,
    // and indexes the rows of the last IndexEveryCables cables in the same
    // transaction (what is left at the end, finish() indexes).
    void flush()
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
            Outcome outcome;
            // The batch is rolled back: its cables are not in the library.
            outcome.source = m_libraryPath;
            m_summary.cables -= m_pending;
            fail(outcome, tr("%1: cannot save the last %n imported cable(s): %2", nullptr, m_pending)
                              .arg(m_libraryPath, m_store.errorString()));
        }
        m_pending = 0;
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        flush();
        // The rest of this import, and what a killed one stored without indexing it.
        if (!m_store.indexPending()) {
            Outcome outcome;
            outcome.source = m_libraryPath;
            fail(outcome, tr("%1: cannot update the full-text index: %2").arg(m_libraryPath, m_store.errorString()));
        }
        if (m_summary.cables >= AnalyzeAfterCables)
            m_store.updateStatistics();
    }

    bool isStored(const QString &path, const QByteArray &digest) const { return m_store.isStored(path, digest); }
    void skipRow() { ++m_summary.skipped; }
    void setBatchSize(int size) { m_batchSize = size; }

private:
    bool store(const CableStore::Prepared &prepared, const QString &source, Outcome::Status *status, QString *reason)
    {
        const Cable &cable = prepared.cable;
        if (!m_store.inBatch() && !m_store.begin()) {
            *reason = m_store.errorString();
            return false;
        }
        switch (m_store.store(prepared, source)) {
        case CableStore::StoreResult::Failed:
            *reason = tr("%1: cannot store cable %2: %3").arg(source, cable.id, m_store.errorString());
            return false;
        case CableStore::StoreResult::Inserted:
            *status = Outcome::Status::Imported;
            break;
        case CableStore::StoreResult::Updated:
            *status = Outcome::Status::Updated;
            break;
        case CableStore::StoreResult::Merged:
            *status = Outcome::Status::Merged;
            break;
        }
        ++m_summary.cables;
        if (++m_pending >= m_batchSize)
            flush();
        return true;
    }

    void count(Outcome::Status status)
    {
        switch (status) {
        case Outcome::Status::Imported:
            ++m_summary.imported;
            break;
        case Outcome::Status::Updated:
            ++m_summary.updated;
            break;
        case Outcome::Status::Merged:
            ++m_summary.merged;
            break;
        case Outcome::Status::Skipped:
            ++m_summary.skipped;
            break;
        case Outcome::Status::Failed:
            ++m_summary.failed;
            break;
        }
    }

    CableStore m_store;
    QString m_libraryPath;
    Summary &m_summary;
    LibraryImporter &m_importer;
    int m_batchSize = 5000;
    int m_pending = 0;
    qint64 m_unindexed = 0;
    bool m_finished = false;
};

LibraryImporter::LibraryImporter(LibraryDatabase &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
}

LibraryImporter::~LibraryImporter() = default;

QString LibraryImporter::statusName(Outcome::Status status)
{
    switch (status) {
    case Outcome::Status::Imported:
        return tr("imported");
    case Outcome::Status::Updated:
        return tr("updated");
    case Outcome::Status::Merged:
        return tr("merged");
    case Outcome::Status::Skipped:
        return tr("skipped (already imported)");
    case Outcome::Status::Failed:
        return tr("failed");
    }
    return {};
}

LibraryImporter::Summary LibraryImporter::run(const QStringList &paths)
{
    QElapsedTimer timer;
    timer.start();
    m_cancel.store(false);
    m_done = 0;
    Summary summary;
    const QList<Input> inputs = collect(paths, summary);
    m_total = 0;
    for (const Input &input : inputs)
        m_total += input.size;
    summary.bytes = m_total;
    Q_EMIT progress(0, m_total);

    // No fsync while importing: a killed import still leaves the library
    // consistent (what SQLite wrote is the system's to finish), and only a
    // power cut during the import could lose more than its last batch; the
    // writer no longer waits for the disk at every checkpoint.
    QSqlQuery pragma(m_library.database());
    pragma.exec(u"PRAGMA synchronous = OFF"_s);
    m_stage = makeParseStage();
    m_stageFailed = false;
    {
        Writer writer(m_library, summary, *this);
        writer.setBatchSize(m_batchSize);
        QList<Input> documents;
        for (const Input &input : inputs) {
            if (input.csv)
                importCsv(input, writer);
            else
                documents << input;
            if (stopped())
                break;
        }
        if (!stopped())
            importDocuments(documents, writer);
        writer.finish();
    }
    m_stage.reset();
    // Durable again: one small write, then a checkpoint, which syncs the
    // file and with it every page the import wrote without syncing.
    pragma.exec(u"PRAGMA synchronous = NORMAL"_s);
    pragma.exec(u"UPDATE fts_state SET paragraphs_up_to = paragraphs_up_to"_s);
    pragma.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    pragma.finish();
    summary.cancelled = m_cancel.load();
    summary.milliseconds = timer.elapsed();
    Q_EMIT progress(summary.cancelled ? m_done : m_total, m_total);
    return summary;
}

QList<LibraryImporter::Input> LibraryImporter::collect(const QStringList &paths, Summary &summary)
{
    QList<Input> inputs;
    auto add = [&](const QFileInfo &info) {
        Input input;
        input.path = info.filePath();
        input.size = info.size();
        QFile file(input.path);
        if (file.open(QIODevice::ReadOnly))
            input.csv = ReleaseCsvReader::looksLikeReleaseCsv(file.peek(256));
        inputs << input;
        ++summary.files;
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList files;
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext())
                files << it.next();
            // A stable order makes imports and their reports reproducible.
            files.sort();
            for (const QString &file : std::as_const(files))
                add(QFileInfo(file));
        } else if (info.isFile()) {
            add(info);
        } else {
            Outcome outcome;
            outcome.source = path;
            outcome.status = Outcome::Status::Failed;
            outcome.reason = info.exists() ? tr("%1: not a file or folder that can be read.").arg(path)
                                           : tr("%1: no such file or folder.").arg(path);
            ++summary.failed;
            ++summary.files;
            summary.failures << outcome;
            Q_EMIT this->outcome(outcome);
        }
    }
    return inputs;
}

std::unique_ptr<ParseStage> LibraryImporter::makeParseStage() const
{
    if (m_parsing == Parsing::InProcess)
        return std::make_unique<ConcurrentParseStage>();
    ParseWorkerPool::Options options;
    if (!m_workerProgram.isEmpty())
        options.program = m_workerProgram;
    options.documentTimeoutMs = m_documentTimeoutMs;
    return std::make_unique<ParseWorkerPool>(options);
}

// The next chunk's results. When no parser runs at all, that is said once
// (naming the parser program) instead of for every document, and the import
// stops; what was parsed before is still written.
QList<LibraryImporter::Parsed> LibraryImporter::takeParsed(Writer &writer)
{
    QList<Parsed> results = m_stage->take();
    const QString error = m_stage->errorString();
    if (error.isEmpty())
        return results;
    results.removeIf([&error](const Parsed &parsed) { return parsed.error == error; });
    if (!m_stageFailed) {
        m_stageFailed = true;
        Outcome outcome;
        outcome.source = m_workerProgram.isEmpty() ? ParseWorkerPool::defaultProgram() : m_workerProgram;
        writer.fail(outcome, error);
    }
    return results;
}

void LibraryImporter::importDocuments(const QList<Input> &documents, Writer &writer)
{
    // Chunks by count and size, so one huge file does not hold back the rest.
    QList<QList<ParseJob>> chunks;
    QList<ParseJob> chunk;
    qint64 chunkBytes = 0;
    for (const Input &input : documents) {
        ParseJob job;
        job.source = input.path;
        job.size = input.size;
        // A resource of this program (the bundled samples): only this process can read it.
        if (input.path.startsWith(u':')) {
            QFile file(input.path);
            job.kind = ParseJob::Kind::Bytes;
            if (file.open(QIODevice::ReadOnly))
                job.bytes = file.readAll();
        }
        chunk << job;
        chunkBytes += input.size;
        if (chunk.size() >= DocumentsPerChunk || chunkBytes >= BytesPerChunk) {
            chunks << std::exchange(chunk, {});
            chunkBytes = 0;
        }
    }
    if (!chunk.isEmpty())
        chunks << chunk;

    // Parse chunk k+1 while this thread writes chunk k.
    if (!chunks.isEmpty())
        m_stage->submit(chunks.first());
    for (qsizetype k = 0; k < chunks.size(); ++k) {
        const QList<Parsed> results = takeParsed(writer);
        if (k + 1 < chunks.size() && !stopped())
            m_stage->submit(chunks.at(k + 1));
        for (const Parsed &parsed : results) {
            writer.document(parsed);
            m_done += parsed.size;
        }
        Q_EMIT progress(m_done, m_total);
        if (stopped())
            break;
    }
}

void LibraryImporter::importCsv(const Input &csv, Writer &writer)
{
    QFile file(csv.path);
    Outcome outcome;
    outcome.source = csv.path;
    if (!file.open(QIODevice::ReadOnly)) {
        writer.fail(outcome, tr("%1: cannot open the file (%2).").arg(csv.path, file.errorString()));
        return;
    }
    ReleaseCsvReader reader(&file, csv.path);
    const qint64 startDone = m_done;

    // The parser reads each row again from its bytes.
    auto readChunk = [&] {
        QList<ParseJob> rows;
        RawCable raw;
        while (rows.size() < CsvRowsPerChunk && reader.readNext(&raw)) {
            ParseJob job;
            job.kind = ParseJob::Kind::CsvRow;
            job.source = raw.sourceName;
            job.bytes = std::move(raw.originalBytes);
            rows.append(std::move(job));
            raw = RawCable();
        }
        return rows;
    };

    QList<ParseJob> current = readChunk();
    if (!current.isEmpty())
        m_stage->submit(current);
    while (!current.isEmpty()) {
        // Read the next rows while the parsers parse these.
        QList<ParseJob> following = stopped() ? QList<ParseJob>() : readChunk();
        const QList<Parsed> results = takeParsed(writer);
        if (!following.isEmpty() && !stopped())
            m_stage->submit(following);
        for (const Parsed &parsed : results) {
            if (!parsed.error.isEmpty() || parsed.cables.isEmpty()) {
                Outcome failed;
                failed.source = parsed.path;
                writer.fail(failed,
                    parsed.error.isEmpty() ? tr("%1: no cable found in the row.").arg(parsed.path) : parsed.error);
                continue;
            }
            const CableStore::Prepared &prepared = parsed.cables.first();
            if (writer.isStored(parsed.path, prepared.digest)) {
                writer.skipRow();
                continue;
            }
            writer.row(prepared, parsed.path);
        }
        m_done = startDone + reader.bytesRead();
        Q_EMIT progress(m_done, m_total);
        current = stopped() ? QList<ParseJob>() : std::move(following);
    }

    if (!reader.errorString().isEmpty()) {
        writer.fail(outcome, reader.errorString());
    } else if (!stopped()) {
        outcome.status = Outcome::Status::Imported;
        outcome.reason = tr("%n row(s) read", nullptr, int(reader.rowsRead()));
        Q_EMIT this->outcome(outcome);
    }
    m_done = startDone + csv.size;
}
}
