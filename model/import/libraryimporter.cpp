// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryimporter.h"

#include "cablefilecheck.h"
#include "cablereader.h"
#include "cablewriter.h"
#include "concurrentparsestage.h"
#include "librarydatabase.h"
#include "parsejob.h"
#include "parseworkerpool.h"
#include "releasecsvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <dirent.h>
#endif

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

struct LibraryImporter::Input
{
    QString path;
    qint64 size = 0;
    bool csv = false;
};

// The writing side: one store, one resolver, one transaction at a time.
// What it counts is true of the library: a batch that cannot be committed
// takes its documents out of the counts again and names each of them. A
// fault that the next batch would meet too (a full disk, a library that
// cannot be written, is damaged, or stays locked) stops the import.
class LibraryImporter::Writer
{
public:
    Writer(LibraryDatabase &library, Summary &summary, LibraryImporter &importer)
        : m_store(library.cableWriter())
        , m_reader(library.cables())
        , m_libraryPath(library.path())
        , m_summary(summary)
        , m_importer(importer)
        , m_wasDeferred(m_store.indexingDeferred())
    {
        m_store.setIndexingDeferred(true);
    }

    ~Writer() { finish(); }

    // Stores the cables of one file and reports its outcome.
    void document(const Parsed &parsed)
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
            Q_EMIT m_importer.outcome(outcome);
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
        Q_EMIT m_importer.outcome(outcome);
        flushIfFull();
    }

    // One row of a release CSV: counted, reported only when it fails.
    void row(const PreparedCable &prepared, const QString &source, const QString &file, qint64 rowNumber)
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
            // The batch is rolled back: its cables are not in the library.
            m_summary.cables -= m_pending;
            lose(m_batch, cause());
            stopOn(m_store.fault());
        }
        m_batch.clear();
        m_pending = 0;
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        flush();
        // The rest of this import, and what a killed one stored without indexing it.
        const auto progress = [this](qint64 done, qint64 total) { Q_EMIT m_importer.indexing(done, total); };
        bool indexed = m_store.indexPending(progress);
        for (int attempt = 1; !indexed && m_store.fault() == LibraryHealth::Fault::Busy && attempt < m_lockAttempts;
            ++attempt) {
            Q_EMIT m_importer.waiting(waitingMessage());
            indexed = m_store.indexPending(progress);
        }
        if (!indexed) {
            Outcome outcome;
            outcome.source = m_libraryPath;
            fail(outcome,
                tr("%1: cannot update the full-text index: %2; the cables are stored, and the next import or the next "
                   "start of Reftel indexes them")
                    .arg(m_libraryPath, cause()));
        }
        if (m_summary.cables >= AnalyzeAfterCables && !stopped())
            m_store.updateStatistics();
        m_store.setIndexingDeferred(m_wasDeferred);
    }

    bool isStored(const QString &path, const QByteArray &digest) const { return m_reader.isStored(path, digest); }
    void skipRow() { ++m_summary.skipped; }
    void setBatchSize(int size) { m_batchSize = size; }
    void setLockAttempts(int attempts) { m_lockAttempts = std::max(1, attempts); }

    // A fault stopped the import: what is left is not imported, for this reason.
    bool stopped() const { return !m_stopReason.isEmpty(); }
    QString notImported(const QString &source) const
    {
        return tr("%1: not imported: the import stopped because %2.").arg(source, m_stopReason);
    }

private:
    struct Stored
    {
        QString source;
        Outcome::Status status = Outcome::Status::Imported;
        QString csvFile; // for a CSV row: the file, and the row's number
        qint64 row = 0;
    };

    // The failure of the store, with its cause first in the user's words.
    QString cause() const
    {
        const QString words = LibraryHealth::describe(m_store.fault());
        return words.isEmpty() ? m_store.errorString() : words + u" (" + m_store.errorString() + u')';
    }

    QString waitingMessage() const
    {
        return tr("Waiting for another Reftel to finish writing to the library %1…").arg(m_libraryPath);
    }

    // A batch waits for another program's write lock, and asks again, for
    // m_lockAttempts busy timeouts (2 minutes at first) before it gives up.
    bool begin()
    {
        for (int attempt = 1;; ++attempt) {
            if (m_store.begin())
                return true;
            if (m_store.fault() != LibraryHealth::Fault::Busy || attempt >= m_lockAttempts)
                return false;
            Q_EMIT m_importer.waiting(waitingMessage());
        }
    }

    bool store(const PreparedCable &prepared, const QString &source, Outcome::Status *status, QString *reason)
    {
        const Cable &cable = prepared.cable;
        if (stopped()) {
            *reason = notImported(source);
            return false;
        }
        if (!m_store.inBatch() && !begin()) {
            *reason = tr("%1: not stored: %2").arg(source, cause());
            stopOn(m_store.fault());
            return false;
        }
        switch (m_store.store(prepared, source)) {
        case CableWriter::StoreResult::Failed:
            *reason = tr("%1: cannot store cable %2: %3").arg(source, cable.id, cause());
            if (isFatal(m_store.fault())) {
                // The batch goes with it: say so for each of its documents.
                *reason = tr("%1: not stored: %2").arg(source, cause());
                m_store.rollback();
                m_summary.cables -= m_pending;
                lose(m_batch, cause());
                m_batch.clear();
                m_pending = 0;
                stopOn(m_store.fault());
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
        case CableWriter::StoreResult::KeptLonger: {
            *status = Outcome::Status::Merged;
            Outcome note;
            note.source = source;
            note.status = Outcome::Status::Merged;
            note.cableIds = { cable.id };
            note.reason = tr("%1: this copy of %2 holds %3 characters of the %4 stored; the longer text was kept "
                             "(the copy may be cut short).")
                              .arg(source, cable.id)
                              .arg(m_store.refusedLength())
                              .arg(m_store.keptLength());
            m_summary.notes << note;
            Q_EMIT m_importer.outcome(note);
            break;
        }
        }
        ++m_summary.cables;
        ++m_pending;
        return true;
    }

    // After the document or row is counted, so that a failed commit can
    // take it out of the counts again.
    void flushIfFull()
    {
        if (m_pending >= m_batchSize)
            flush();
    }

    void remember(const QString &source, Outcome::Status status, const QString &csvFile, qint64 row)
    {
        m_batch.append(Stored { source, status, csvFile, row });
    }

    static bool isFatal(LibraryHealth::Fault fault)
    {
        return fault == LibraryHealth::Fault::DiskFull || fault == LibraryHealth::Fault::ReadOnly
            || fault == LibraryHealth::Fault::Damaged || fault == LibraryHealth::Fault::InputOutput
            || fault == LibraryHealth::Fault::Busy;
    }

    void stopOn(LibraryHealth::Fault fault)
    {
        if (isFatal(fault) && m_stopReason.isEmpty())
            m_stopReason = LibraryHealth::describe(fault);
    }

    // The documents of a batch that was not committed: out of the counts,
    // each named (CSV rows as ranges of rows).
    void lose(const QList<Stored> &batch, const QString &why)
    {
        qsizetype i = 0;
        while (i < batch.size()) {
            const Stored &entry = batch.at(i);
            count(entry.status, -1);
            Outcome outcome;
            outcome.source = entry.source;
            if (entry.csvFile.isEmpty()) {
                fail(outcome, tr("%1: not stored: %2").arg(entry.source, why));
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
                tr("%1: rows %2 to %3 (%4 cables) not stored: %5")
                    .arg(entry.csvFile)
                    .arg(entry.row)
                    .arg(batch.at(j - 1).row)
                    .arg(j - i)
                    .arg(why));
            m_summary.failed += int(j - i - 1); // each row is one that failed
            i = j;
        }
    }

    void count(Outcome::Status status, int delta)
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

    // The connection's own writer and reader: this runs on the thread that
    // opened the connection (ImportController opens one in its worker
    // thread), the one thread that may use them.
    CableWriter &m_store;
    const CableReader &m_reader;
    QString m_libraryPath;
    Summary &m_summary;
    LibraryImporter &m_importer;
    int m_batchSize = 5000;
    int m_lockAttempts = 24;
    int m_pending = 0;
    QList<Stored> m_batch; // what the open batch holds, for a failed commit
    qint64 m_unindexed = 0;
    bool m_finished = false;
    bool m_wasDeferred = false; // the writer's setting before this import, put back after
    QString m_stopReason;
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
    case Outcome::Status::NotACable:
        return tr("skipped (not a cable)");
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

    // No fsync while importing (see beginBulkWrite()): the writer no longer
    // waits for the disk at every checkpoint.
    m_library.beginBulkWrite();
    m_stage = makeParseStage();
    m_stageFailed = false;
    {
        Writer writer(m_library, summary, *this);
        writer.setBatchSize(m_batchSize);
        writer.setLockAttempts(m_lockAttempts);
        QList<Input> documents;
        for (const Input &input : inputs) {
            if (writer.stopped()) {
                // A full disk or a library that cannot be written: every
                // file after is named, none is tried.
                Outcome outcome;
                outcome.source = input.path;
                writer.fail(outcome, writer.notImported(input.path));
                continue;
            }
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
    m_library.endBulkWrite();
    summary.cancelled = m_cancel.load();
    summary.milliseconds = timer.elapsed();
    Q_EMIT progress(summary.cancelled ? m_done : m_total, m_total);
    return summary;
}

namespace
{
// Whether this process may list the folder: its permissions as the
// system applies them (not as access() reports them for the real user).
bool canList(const QString &path)
{
    if (path.startsWith(u':')) // Qt's resources: the bundled samples
        return QDir(path).exists();
#if defined(Q_OS_UNIX)
    DIR *dir = ::opendir(QFile::encodeName(path).constData());
    if (dir == nullptr)
        return false;
    ::closedir(dir);
    return true;
#else
    const QFileInfo info(path);
    return info.isReadable() && info.isExecutable();
#endif
}
}

// Files and folders that cannot be read are reported, each by name: an
// import that skipped them in silence would say "0 failed" with cables
// missing. Hidden files (".DS_Store", editors' backups) are left out.
QStringList LibraryImporter::walk(const QString &root, Summary &summary)
{
    QStringList files;
    QSet<QString> seen; // canonical folders: a link back up is not followed twice
    QStringList folders { root };
    const auto failed = [&](const QString &path, const QString &reason) {
        Outcome outcome;
        outcome.source = path;
        outcome.status = Outcome::Status::Failed;
        outcome.reason = reason;
        ++summary.failed;
        ++summary.files;
        summary.failures << outcome;
        Q_EMIT this->outcome(outcome);
    };
    while (!folders.isEmpty()) {
        const QString folder = folders.takeLast();
        const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
        if (seen.contains(canonicalFolder))
            continue;
        seen.insert(canonicalFolder);
        if (!canList(folder)) {
            failed(folder,
                tr("%1: the folder cannot be read (%2); the files in it were not imported.")
                    .arg(folder, QString::fromLocal8Bit(std::strerror(errno))));
            continue;
        }
        const QFileInfoList entries =
            QDir(folder).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
        for (const QFileInfo &entry : entries) {
            const QString path = entry.filePath();
            if (entry.isSymLink() && !entry.exists())
                failed(path, tr("%1: a link to something that does not exist.").arg(path));
            else if (entry.isDir())
                folders.append(path);
            else if (entry.isFile())
                files.append(path);
            else
                failed(path, tr("%1: not a file that can be read (a device, socket or pipe).").arg(path));
        }
    }
    return files;
}

QList<LibraryImporter::Input> LibraryImporter::collect(const QStringList &paths, Summary &summary)
{
    QList<Input> inputs;
    auto add = [&](const QFileInfo &info) {
        Input input;
        input.path = info.filePath();
        input.size = info.size();
        ++summary.files;
        QFile file(input.path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray head = file.peek(CableFileCheck::HeadBytes);
            input.csv = ReleaseCsvReader::looksLikeReleaseCsv(head.left(256));
            // A README or a picture among the cables is reported, not imported, and fails nothing.
            if (const QString why = input.csv ? QString() : CableFileCheck::whyNotACable(head, input.size);
                !why.isEmpty()) {
                Outcome outcome;
                outcome.source = input.path;
                outcome.status = Outcome::Status::NotACable;
                outcome.reason = tr("%1: skipped, not a cable: %2.").arg(input.path, why);
                ++summary.notCables;
                summary.notCableFiles << outcome;
                Q_EMIT this->outcome(outcome);
                return;
            }
        }
        inputs << input;
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList files = walk(path, summary);
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

// The writer stopped (a full disk...): the parser processes end at once,
// and the chunks they were still parsing with them.
void LibraryImporter::stopParsing()
{
    m_stage.reset();
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
    if (writer.stopped()) {
        // A CSV before them met a fault that stops the import: none is parsed.
        for (const Input &input : documents) {
            Outcome outcome;
            outcome.source = input.path;
            writer.fail(outcome, writer.notImported(input.path));
        }
        return;
    }
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
        if (k + 1 < chunks.size() && !stopped() && !writer.stopped())
            m_stage->submit(chunks.at(k + 1));
        for (const Parsed &parsed : results) {
            writer.document(parsed); // names it as not imported once the writer stopped
            m_done += parsed.size;
        }
        Q_EMIT progress(m_done, m_total);
        if (writer.stopped()) {
            // A full disk or a library that cannot be written: the parsers
            // stop now, and every document not written is named.
            stopParsing();
            for (qsizetype later = k + 1; later < chunks.size(); ++later) {
                for (const ParseJob &job : chunks.at(later)) {
                    Outcome outcome;
                    outcome.source = job.source;
                    writer.fail(outcome, writer.notImported(job.source));
                }
            }
            break;
        }
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

    // "<file>:<row>": the row's number, for naming rows that were not stored.
    const auto rowNumber = [](const QString &source) {
        return source.sliced(source.lastIndexOf(u':') + 1).toLongLong();
    };
    qint64 firstNotStored = 0;

    QList<ParseJob> current = readChunk();
    if (!current.isEmpty())
        m_stage->submit(current);
    while (!current.isEmpty()) {
        // Read the next rows while the parsers parse these.
        QList<ParseJob> following = stopped() ? QList<ParseJob>() : readChunk();
        const QList<Parsed> results = takeParsed(writer);
        if (!following.isEmpty() && !stopped())
            m_stage->submit(following);
        for (qsizetype i = 0; i < results.size() && !writer.stopped(); ++i) {
            const Parsed &parsed = results.at(i);
            if (!parsed.error.isEmpty() || parsed.cables.isEmpty()) {
                Outcome failed;
                failed.source = parsed.path;
                writer.fail(failed,
                    parsed.error.isEmpty() ? tr("%1: no cable found in the row.").arg(parsed.path) : parsed.error);
                continue;
            }
            const PreparedCable &prepared = parsed.cables.first();
            if (writer.isStored(parsed.path, prepared.digest)) {
                writer.skipRow();
                continue;
            }
            writer.row(prepared, parsed.path, csv.path, rowNumber(parsed.path));
            if (writer.stopped())
                firstNotStored = rowNumber(parsed.path);
        }
        m_done = startDone + reader.bytesRead();
        Q_EMIT progress(m_done, m_total);
        if (stopped() || writer.stopped())
            break;
        current = std::move(following);
    }
    if (writer.stopped()) {
        stopParsing();
        Outcome rest;
        rest.source = csv.path;
        writer.fail(rest,
            firstNotStored > 0
                ? writer.notImported(tr("%1: row %2 and the rows after it").arg(csv.path).arg(firstNotStored))
                : writer.notImported(csv.path));
        m_done = startDone + csv.size;
        return;
    }

    // Each row that could not be read is named; the rows after it were read.
    const QList<ReleaseCsvReader::SkippedRow> skipped = reader.skippedRows();
    for (const ReleaseCsvReader::SkippedRow &row : skipped) {
        Outcome failure;
        failure.source = csv.path + u':' + QString::number(row.row);
        writer.fail(failure, row.reason);
    }
    if (!reader.errorString().isEmpty()) {
        writer.fail(outcome, reader.errorString());
    } else if (!stopped()) {
        outcome.status = Outcome::Status::Imported;
        outcome.reason = skipped.isEmpty()
            ? tr("%n row(s) read", nullptr, int(reader.rowsRead()))
            : tr("%1 row(s) read, %2 skipped as malformed").arg(reader.rowsRead() - skipped.size()).arg(skipped.size());
        Q_EMIT this->outcome(outcome);
    }
    m_done = startDone + csv.size;
}
}
