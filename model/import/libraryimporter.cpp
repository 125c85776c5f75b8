// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryimporter.h"

#include "cablefilecheck.h"
#include "concurrentparsestage.h"
#include "importwriter.h"
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
}

struct LibraryImporter::Input
{
    QString path;
    qint64 size = 0;
    bool csv = false;
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
        ImportWriter writer(m_library, summary);
        connect(&writer, &ImportWriter::outcome, this, &LibraryImporter::outcome);
        connect(&writer, &ImportWriter::waiting, this, &LibraryImporter::waiting);
        connect(&writer, &ImportWriter::indexing, this, &LibraryImporter::indexing);
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
QList<LibraryImporter::Parsed> LibraryImporter::takeParsed(ImportWriter &writer)
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

void LibraryImporter::importDocuments(const QList<Input> &documents, ImportWriter &writer)
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

namespace
{
// "<file>:<row>": the row's number, for naming rows that were not stored.
qint64 rowNumber(const QString &source)
{
    return source.sliced(source.lastIndexOf(u':') + 1).toLongLong();
}

// The parser reads each row again from its bytes.
QList<ParseJob> readCsvChunk(ReleaseCsvReader &reader)
{
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
}
}

void LibraryImporter::importCsv(const Input &csv, ImportWriter &writer)
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
    const qint64 firstNotStored = importCsvRows(reader, csv.path, writer, startDone);
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

// Reads the next rows while the parsers parse these. Returns the number of
// the first row not stored when the writer stopped (0 when it did not).
qint64 LibraryImporter::importCsvRows(
    ReleaseCsvReader &reader, const QString &csvPath, ImportWriter &writer, qint64 startDone)
{
    qint64 firstNotStored = 0;
    QList<ParseJob> current = readCsvChunk(reader);
    if (!current.isEmpty())
        m_stage->submit(current);
    while (!current.isEmpty()) {
        QList<ParseJob> following = stopped() ? QList<ParseJob>() : readCsvChunk(reader);
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
            writer.row(prepared, parsed.path, csvPath, rowNumber(parsed.path));
            if (writer.stopped())
                firstNotStored = rowNumber(parsed.path);
        }
        m_done = startDone + reader.bytesRead();
        Q_EMIT progress(m_done, m_total);
        if (stopped() || writer.stopped())
            break;
        current = std::move(following);
    }
    return firstNotStored;
}
}
