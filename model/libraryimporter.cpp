// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryimporter.h"

#include "cablefilecheck.h"

#include "cabledocumentreader.h"
#include "cableparser.h"
#include "cablestore.h"
#include "librarydatabase.h"
#include "releasecsvreader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QSqlQuery>
#include <QtConcurrent>

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

struct LibraryImporter::Parsed {
    QString path;
    qint64 size = 0;
    QByteArray digest;
    QList<CableStore::Prepared> cables;
    QString error;
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
        case Outcome::Status::NotACable:
            ++m_summary.notCables;
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

    // No fsync while importing: a killed import still leaves the library
    // consistent (what SQLite wrote is the system's to finish), and only a
    // power cut during the import could lose more than its last batch; the
    // writer no longer waits for the disk at every checkpoint.
    QSqlQuery pragma(m_library.database());
    pragma.exec(u"PRAGMA synchronous = OFF"_s);
    {
        Writer writer(m_library, summary, *this);
        writer.setBatchSize(m_batchSize);
        QList<Input> documents;
        for (const Input &input : inputs) {
            if (input.csv)
                importCsv(input, writer);
            else
                documents << input;
            if (m_cancel.load())
                break;
        }
        if (!m_cancel.load())
            importDocuments(documents, writer);
        writer.finish();
    }
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

void LibraryImporter::importDocuments(const QList<Input> &documents, Writer &writer)
{
    const auto parse = [](const Input &input) {
        Parsed parsed;
        parsed.path = input.path;
        parsed.size = input.size;
        QFile file(input.path);
        if (!file.open(QIODevice::ReadOnly)) {
            parsed.error = tr("%1: cannot open the file (%2).").arg(input.path, file.errorString());
            return parsed;
        }
        const QByteArray bytes = file.readAll();
        parsed.digest = CableStore::digest(bytes);
        const QList<Cable> cables = CableParser::parseDocument(bytes, input.path, &parsed.error);
        parsed.cables.reserve(cables.size());
        for (const Cable &cable : cables)
            parsed.cables.append(CableStore::prepare(cable));
        if (parsed.error.isEmpty() && parsed.cables.isEmpty())
            parsed.error = tr("%1: no cable found in the file.").arg(input.path);
        return parsed;
    };

    // Chunks by count and size, so one huge file does not hold back the rest.
    QList<QList<Input>> chunks;
    QList<Input> chunk;
    qint64 chunkBytes = 0;
    for (const Input &input : documents) {
        chunk << input;
        chunkBytes += input.size;
        if (chunk.size() >= DocumentsPerChunk || chunkBytes >= BytesPerChunk) {
            chunks << std::exchange(chunk, {});
            chunkBytes = 0;
        }
    }
    if (!chunk.isEmpty())
        chunks << chunk;

    // Parse chunk k+1 on the pool while this thread writes chunk k.
    QFuture<Parsed> next;
    if (!chunks.isEmpty())
        next = QtConcurrent::mapped(chunks.first(), parse);
    for (qsizetype k = 0; k < chunks.size(); ++k) {
        next.waitForFinished();
        const QList<Parsed> results = next.results();
        if (k + 1 < chunks.size() && !m_cancel.load())
            next = QtConcurrent::mapped(chunks.at(k + 1), parse);
        for (const Parsed &parsed : results) {
            writer.document(parsed);
            m_done += parsed.size;
        }
        Q_EMIT progress(m_done, m_total);
        if (m_cancel.load()) {
            next.waitForFinished();
            break;
        }
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

    struct Row {
        RawCable raw;
        QString source;
    };
    // The parse threads also prepare what the writer stores (digest, texts).
    const auto parse = [](const Row &row) { return CableStore::prepare(CableParser::parse(row.raw)); };
    auto readChunk = [&] {
        QList<Row> rows;
        RawCable raw;
        while (rows.size() < CsvRowsPerChunk && reader.readNext(&raw)) {
            const QString source = raw.sourceName;
            rows.append({std::move(raw), source});
            raw = RawCable();
        }
        return rows;
    };

    QList<Row> current = readChunk();
    QFuture<CableStore::Prepared> parsing = QtConcurrent::mapped(current, parse);
    while (!current.isEmpty()) {
        // Read the next rows while the pool parses these.
        QList<Row> following = m_cancel.load() ? QList<Row>() : readChunk();
        parsing.waitForFinished();
        const QList<CableStore::Prepared> cables = parsing.results();
        QFuture<CableStore::Prepared> nextParsing;
        if (!following.isEmpty())
            nextParsing = QtConcurrent::mapped(following, parse);
        for (qsizetype i = 0; i < cables.size(); ++i) {
            const QString &source = current.at(i).source;
            if (writer.isStored(source, cables.at(i).digest)) {
                writer.skipRow();
                continue;
            }
            writer.row(cables.at(i), source);
        }
        m_done = startDone + reader.bytesRead();
        Q_EMIT progress(m_done, m_total);
        current = std::move(following);
        parsing = nextParsing;
        if (m_cancel.load())
            break;
    }
    parsing.waitForFinished();

    if (!reader.errorString().isEmpty()) {
        writer.fail(outcome, reader.errorString());
    } else if (!m_cancel.load()) {
        outcome.status = Outcome::Status::Imported;
        outcome.reason = tr("%n row(s) read", nullptr, int(reader.rowsRead()));
        Q_EMIT this->outcome(outcome);
    }
    m_done = startDone + csv.size;
}
}
