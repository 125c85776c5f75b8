// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablewriter.h"

#include "cableid.h"
#include "cablerowcodec.h"
#include "librarydatabase.h"
#include "pgcablecopier.h"
#include "referenceresolver.h"
#include "sqlitestatement.h"
#include "tsvectortext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
// The writer's words, in the context lupdate gives its member functions.
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::CableWriter", text);
}

const QVariant nullText; // SQL NULL

// The tables a stored cable has rows in, parents first, with the columns
// their statements (and COPY, on a server) take, in that order.
enum Table : int
{
    Cables,
    Texts,
    Sources,
    Queue,
    Recipients,
    Tags,
    References,
    Sections,
    Paragraphs,
    Dedup,
    Warnings,
    TableCount,
};

// On a server the writer also gives the tsv of the subject and of each
// paragraph's text: TsVectorText's words, the ones FTS5 indexes on SQLite,
// so that both engines find the same cables (the schema's trigger falls back
// on the server's own parser only for rows written without one).
QString columnsOf(Table table, bool canRebuildTelegrams, bool server = false)
{
    switch (table) {
    case Cables: // used on a server only
        return u"pk, id, imported, "_s + CableRowCodec::cableColumns() + u", tsv"_s;
    case Texts:
        return u"cable_pk, original, document_text, telegram, telegram_offset, telegram_length"_s
            + (canRebuildTelegrams ? u", telegram_rebuilt"_s : QString());
    case Sources:
        return u"cable_pk, path, format, parser_version, digest, quality, imported"_s;
    case Queue:
        return u"cable_pk"_s;
    case Recipients:
        return u"cable_pk, kind, position, routing_indicator, name, precedence, serial"_s;
    case Tags:
        return u"cable_pk, position, code, list"_s;
    case References:
        // state: 'pending', the column's default.
        return u"cable_pk, position, listed, letter, text, cited_id, title, title_key, cited_post, cited_year,"
               " cited_serial"_s;
    case Sections:
        return u"cable_pk, position, heading"_s;
    case Paragraphs:
        return u"cable_pk, anchor, section, position, number, mark, text, markup"_s + (server ? u", tsv"_s : QString());
    case Dedup:
        return u"cable_pk, position, kind, area, start, length, text"_s;
    case Warnings:
        return u"cable_pk, position, kind, message, start"_s;
    case TableCount:
        break;
    }
    return {};
}

QString tableName(Table table)
{
    static const std::array names { u"cables"_s, u"cable_texts"_s, u"cable_sources"_s, u"resolution_queue"_s,
        u"recipients"_s, u"cable_tags"_s, u"cable_references"_s, u"sections"_s, u"paragraphs"_s, u"dedup_entries"_s,
        u"parse_warnings"_s };
    static_assert(names.size() == TableCount);
    return names.at(std::size_t(table));
}

QString placeholders(qsizetype count)
{
    QString list;
    for (qsizetype i = 0; i < count; ++i)
        list += i == 0 ? u"?"_s : u", ?"_s;
    return list;
}

// INSERT INTO table (columns) VALUES (?, ...)
QString insertInto(Table table, bool canRebuildTelegrams, bool server = false)
{
    const QString columns = columnsOf(table, canRebuildTelegrams, server);
    return u"INSERT INTO "_s + tableName(table) + u" ("_s + columns + u") VALUES ("_s
        + placeholders(columns.count(u',') + 1) + u')';
}

QList<PgCableCopier::Table> copyTables(bool canRebuildTelegrams)
{
    QList<PgCableCopier::Table> tables;
    for (int table = 0; table < TableCount; ++table)
        tables.append({ tableName(Table(table)), columnsOf(Table(table), canRebuildTelegrams, true) });
    return tables;
}

void prepare(QSqlQuery &query, const QString &sql)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        qWarning("CableWriter: cannot prepare %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

void prepare(SqliteStatement &statement, const QString &sql)
{
    if (!statement.prepare(sql))
        qWarning("CableWriter: cannot prepare %s: %s", qPrintable(sql), qPrintable(statement.errorString()));
}

// A value as the connection's driver binds it. On a server: PostgreSQL
// text holds no U+0000 (U+FFFD instead, one UTF-16 unit too, so offsets
// hold; the saved bytes keep it), and the 0/1 flags are integers.
QVariant boundValue(const QVariant &value, bool server)
{
    if (server) {
        if (value.typeId() == QMetaType::QString && get<QString>(value).contains(QChar(0)))
            return QString(get<QString>(value)).replace(QChar(0), QChar(0xFFFD));
        if (value.typeId() == QMetaType::Bool)
            return get<bool>(value) ? 1 : 0;
    }
    return CableRowCodec::sqlValue(value);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

}

// Prepared once per writer: an import runs each of them hundreds of
// thousands of times.
struct CableWriter::Statements
{
    Statements(const QSqlDatabase &db, bool canRebuildTelegrams, bool server);
    void prepareCable(bool canRebuildTelegrams, bool server);
    void prepareChildren(bool server);
    // The statement put() binds a table's rows to.
    SqliteStatement &inserting(int table);

    QSqlQuery findCable;
    SqliteStatement insertCable;
    SqliteStatement updateCable;
    SqliteStatement fillCable;
    SqliteStatement unindexCable;
    SqliteStatement queueReindex;
    QSqlQuery tagCodes;
    SqliteStatement upsertText;
    SqliteStatement upsertSource;
    SqliteStatement queue;
    SqliteStatement insertRecipient;
    SqliteStatement insertTag;
    SqliteStatement insertReference;
    SqliteStatement insertSection;
    SqliteStatement upsertParagraph;
    SqliteStatement deleteVanishedParagraphs;
    SqliteStatement insertDedup;
    SqliteStatement insertWarning;
    SqliteStatement savepoint;
    SqliteStatement release;
    SqliteStatement rollbackTo;
};

CableWriter::Statements::Statements(const QSqlDatabase &db, bool canRebuildTelegrams, bool server)
    : findCable(db)
    , insertCable(db)
    , updateCable(db)
    , fillCable(db)
    , unindexCable(db)
    , queueReindex(db)
    , tagCodes(db)
    , upsertText(db)
    , upsertSource(db)
    , queue(db)
    , insertRecipient(db)
    , insertTag(db)
    , insertReference(db)
    , insertSection(db)
    , upsertParagraph(db)
    , deleteVanishedParagraphs(db)
    , insertDedup(db)
    , insertWarning(db)
    , savepoint(db)
    , release(db)
    , rollbackTo(db)
{
    prepareCable(canRebuildTelegrams, server);
    prepareChildren(server);
    // A server prepares no savepoints: they are run as text (savepoint()).
    if (!server) {
        prepare(savepoint, u"SAVEPOINT store_cable"_s);
        prepare(release, u"RELEASE store_cable"_s);
        prepare(rollbackTo, u"ROLLBACK TO store_cable"_s);
    }
}

// The cables row, its texts, its sources and its place in the indexes.
// On a server the rows carry their tsv (see columnsOf()) and the GIN
// indexes follow at once: nothing awaits indexing, nothing leaves an index.
void CableWriter::Statements::prepareCable(bool canRebuildTelegrams, bool server)
{
    prepare(findCable,
        u"SELECT pk, quality, source_path, created, origin, classification, search_tokens,"_s
            + (server ? u" false,"_s : u" pk IN (SELECT cable_pk FROM fts_reindex),"_s)
            + u" (SELECT telegram_length FROM cable_texts WHERE cable_pk = cables.pk) FROM cables WHERE id = ?"_s);
    if (!server) {
        // Takes a cable out of the paragraph index with the values it was
        // indexed with; commit() indexes it again (see fts_state).
        prepare(unindexCable,
            u"INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text, tokens)"
            " SELECT 'delete', pk, text, tokens FROM paragraph_search"
            " WHERE cable_pk = ? AND pk <= (SELECT paragraphs_up_to FROM fts_state)"_s);
        prepare(queueReindex, u"INSERT OR IGNORE INTO fts_reindex (cable_pk) VALUES (?)"_s);
    }
    prepare(tagCodes, u"SELECT code FROM cable_tags WHERE cable_pk = ? ORDER BY position"_s);
    // A server's new cable comes with the key reserved for it (PgCableCopier).
    prepare(insertCable,
        server ? insertInto(Cables, canRebuildTelegrams)
               : u"INSERT INTO cables (id, imported, "_s + CableRowCodec::cableColumns() + u") VALUES (?, ?, "_s
                + placeholders(CableRowCodec::cableColumnCount) + u')');
    // The page's metadata of the new primary source wins; what it lacks
    // is kept from the sources before it.
    prepare(updateCable,
        u"UPDATE cables SET post = ?, year = ?, serial = ?, created = coalesce(?, created),"
        " created_corrected = ?, released = coalesce(?, released),"
        " classification = coalesce(?, classification), origin = coalesce(?, origin),"
        " title = coalesce(?, title), subject = ?, search_tokens = ?, format = ?, source_name = ?,"
        " source_path = ?,"
        " quality = ?, routing = ?, banner = ?, caveats = ?, passing_instructions = ?,"
        " declassification = ?, declassify_on = ?, classified_by = ?, signature = ?,"
        " release_references = ?, parser_version = ?, updated = ?"_s
            + (server ? u", tsv = ?"_s : QString()) + u" WHERE pk = ?"_s);
    // A library of schema 2 (opened at that version on purpose) has no
    // telegram_rebuilt: its telegrams are always stored.
    prepare(upsertText,
        insertInto(Texts, canRebuildTelegrams)
            + u" ON CONFLICT (cable_pk) DO UPDATE SET original = excluded.original,"
              " document_text = excluded.document_text, telegram = excluded.telegram,"
              " telegram_offset = excluded.telegram_offset, telegram_length = excluded.telegram_length"_s
            + (canRebuildTelegrams ? u", telegram_rebuilt = excluded.telegram_rebuilt"_s : QString()));
    prepare(fillCable,
        u"UPDATE cables SET created = coalesce(created, ?), released = coalesce(released, ?),"
        " classification = coalesce(classification, ?), origin = coalesce(origin, ?),"
        " title = coalesce(title, ?), search_tokens = ?, updated = ? WHERE pk = ?"_s);
    prepare(upsertSource,
        insertInto(Sources, canRebuildTelegrams)
            + u" ON CONFLICT (cable_pk, path) DO UPDATE SET"
              " format = excluded.format, parser_version = excluded.parser_version, digest = excluded.digest,"
              " quality = excluded.quality, imported = excluded.imported"_s);
    prepare(queue,
        server ? insertInto(Queue, canRebuildTelegrams) + u" ON CONFLICT DO NOTHING"_s
               : u"INSERT OR IGNORE INTO resolution_queue (cable_pk) VALUES (?)"_s);
}

// The rows below a cable: recipients, tags, references, sections and
// paragraphs, the deduplication report and the warnings.
void CableWriter::Statements::prepareChildren(bool server)
{
    prepare(insertRecipient, insertInto(Recipients, false));
    prepare(insertTag, insertInto(Tags, false));
    prepare(insertReference, insertInto(References, false));
    prepare(insertSection, insertInto(Sections, false));
    // Same anchor, same row: only a changed paragraph is written (and
    // indexed) again.
    const QString differs = server ? u" IS DISTINCT FROM "_s : u" IS NOT "_s;
    QString changed;
    for (const QString &column : { u"section"_s, u"position"_s, u"number"_s, u"mark"_s, u"text"_s, u"markup"_s })
        changed += (changed.isEmpty() ? u" WHERE "_s : u" OR "_s) + u"paragraphs."_s + column + differs + u"excluded."_s
            + column;
    prepare(upsertParagraph,
        insertInto(Paragraphs, false, server)
            + u" ON CONFLICT (cable_pk, anchor) DO UPDATE SET"
              " section = excluded.section, position = excluded.position, number = excluded.number,"
              " mark = excluded.mark, text = excluded.text, markup = excluded.markup"_s
            + (server ? u", tsv = excluded.tsv"_s : QString()) + changed);
    prepare(deleteVanishedParagraphs,
        server ? u"DELETE FROM paragraphs WHERE cable_pk = ? AND anchor NOT IN"
                 " (SELECT json_array_elements_text(CAST(? AS json)))"_s
               : u"DELETE FROM paragraphs WHERE cable_pk = ? AND anchor NOT IN (SELECT value FROM json_each(?))"_s);
    prepare(insertDedup, insertInto(Dedup, false));
    prepare(insertWarning, insertInto(Warnings, false));
}

SqliteStatement &CableWriter::Statements::inserting(int table)
{
    switch (Table(table)) {
    case Cables:
        return insertCable;
    case Texts:
        return upsertText;
    case Sources:
        return upsertSource;
    case Queue:
        return queue;
    case Recipients:
        return insertRecipient;
    case Tags:
        return insertTag;
    case References:
        return insertReference;
    case Sections:
        return insertSection;
    case Paragraphs:
        return upsertParagraph;
    case Dedup:
        return insertDedup;
    case Warnings:
    case TableCount:
        break;
    }
    return insertWarning;
}

// The row already stored for a cable, if any, and whether this source fills it.
struct CableWriter::Stored
{
    qint64 pk = -1;
    bool primary = true;
    QDateTime created;
    QString origin;
    QString classification;
    QString tokens;
    bool awaitingIndex = false;
    bool keptLonger = false;
};

// What this source writes into the cables row.
struct CableWriter::Row
{
    CableRowCodec::RowContext context;
    QString format;
};

CableWriter::CableWriter(LibraryDatabase &library)
    : m_library(library)
    , m_server(library.isServer())
    , m_error(library)
    , m_indexer(library, m_error)
{
    QSqlQuery columns(library.database());
    columns.setForwardOnly(true);
    if (columns.exec(m_server ? u"SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()"
                                " AND table_name = 'cable_texts' AND column_name = 'telegram_rebuilt'"_s
                              : u"SELECT 1 FROM pragma_table_info('cable_texts') WHERE name = 'telegram_rebuilt'"_s))
        m_canRebuildTelegrams = columns.next();
    columns.finish();
    m_statements = std::make_unique<Statements>(library.database(), m_canRebuildTelegrams, m_server);
    if (m_server)
        m_copier = std::make_unique<PgCableCopier>(library.database(), copyTables(m_canRebuildTelegrams));
}

CableWriter::~CableWriter()
{
    if (m_inBatch)
        rollback();
}

bool CableWriter::begin()
{
    if (m_inBatch) {
        m_error.setText(tr("A batch is already open."));
        return false;
    }
    if (m_server) {
        // A server locks rows, not the library: nothing to wait for here.
        // The GIN indexes take a batch's new words in a pending list, merged
        // into the index when it is full: 64 MB (4 MB by default) merges less
        // often and more at once (COPY of 25,000 cables' paragraphs 28 % faster,
        // measured: docs/benchmarks.md).
        if (!m_error.execSql(u"BEGIN"_s))
            return false;
        if (!m_error.execSql(u"SET LOCAL gin_pending_list_limit = '64MB'"_s)) {
            const StoreError::Keep cause(m_error);
            m_error.execSql(u"ROLLBACK"_s);
            return false;
        }
        m_inBatch = true;
        m_batchFailed = false;
        return true;
    }
    // IMMEDIATE takes the write lock now, so a batch waits (busy timeout)
    // for another writer instead of failing half-way through.
    if (!m_error.execSql(u"BEGIN IMMEDIATE"_s))
        return false;
    m_inBatch = true;
    return true;
}

bool CableWriter::commit()
{
    if (!m_inBatch) {
        m_error.setText(tr("No batch is open."));
        return false;
    }
    // A server ends a transaction that failed with a ROLLBACK that COMMIT
    // reports as done: what failed is known here, and the batch fails.
    if (m_batchFailed || (m_copier && !sendCopies())) {
        rollback();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    if (!m_indexingDeferred && !m_indexer.indexNew()) {
        rollback();
        return false;
    }
    m_timings.index += timer.nsecsElapsed();
    timer.start();
    ReferenceResolver resolver(m_library);
    if (!resolver.resolveQueued()) {
        m_error.setText(resolver.errorString());
        rollback();
        return false;
    }
    m_timings.resolve += timer.nsecsElapsed();
    timer.start();
    const auto counted = qScopeGuard([&] { m_timings.commit += timer.nsecsElapsed(); });
    if (m_copier && m_copier->transactionFailed()) {
        m_error.setText(tr("A statement of the batch failed on the server; the batch was not stored."));
        rollback();
        return false;
    }
    if (!m_error.execSql(u"COMMIT"_s)) {
        rollback();
        return false;
    }
    m_inBatch = false;
    return true;
}

void CableWriter::rollback()
{
    if (!m_inBatch)
        return;
    const StoreError::Keep cause(m_error);
    m_error.execSql(u"ROLLBACK"_s);
    if (m_copier)
        m_copier->clear();
    m_inBatch = false;
    m_batchFailed = false;
}

CableWriter::StoreResult CableWriter::store(const Cable &cable, const QString &sourcePath)
{
    return store(PreparedCable::prepare(cable), sourcePath);
}

CableWriter::StoreResult CableWriter::store(const PreparedCable &prepared, const QString &sourcePath)
{
    const Cable &cable = prepared.cable;
    if (cable.id.isEmpty()) {
        // The parser says what it tried.
        QString tried;
        for (const ParseWarning &w : cable.warnings) {
            if (w.kind == ParseWarning::Kind::MissingId)
                tried = u' ' + w.message;
        }
        m_error.setText(tr("The cable from %1 has no reference id; it cannot be stored.").arg(sourcePath) + tried);
        return StoreResult::Failed;
    }
    const bool ownTransaction = !m_inBatch;
    if (ownTransaction && !begin())
        return StoreResult::Failed;

    StoreResult result = StoreResult::Failed;
    if (m_batchFailed) {
        // The server has given up the batch: nothing more of it is stored.
    } else if (!storeInBatch(prepared, sourcePath, &result)) {
        result = StoreResult::Failed;
    }
    if (ownTransaction) {
        if (result == StoreResult::Failed)
            rollback();
        else if (!commit())
            result = StoreResult::Failed;
    }
    return result;
}

// A failure on a server outside a savepoint ends the server's transaction:
// the batch is marked failed, so that commit() fails too.
bool CableWriter::storeInBatch(const PreparedCable &prepared, const QString &sourcePath, StoreResult *result)
{
    const Cable &cable = prepared.cable;
    // Stored earlier in this batch and not yet sent: the server has to see it.
    if (m_copier && m_copier->holds(cable.id) && !sendCopies())
        return false;
    Stored stored;
    Row row;
    row.context.sourcePath = sourcePath;
    row.context.quality = CableRowCodec::quality(cable);
    row.context.timestamp = now();
    row.format = CableRowCodec::formatKey(cable.format);
    QElapsedTimer timer;
    timer.start();
    if (!findStored(cable, sourcePath, &stored) || !planRow(cable, stored, &row)) {
        m_batchFailed = m_server;
        return false;
    }
    m_timings.find += timer.nsecsElapsed();
    timer.start();
    const auto counted = qScopeGuard([&] { m_timings.write += timer.nsecsElapsed(); });
    if (m_copier && stored.pk < 0 && PgCableCopier::canCopy(cable)) {
        // Nothing reaches the server before the buffers are sent; if the
        // rows cannot all be gathered, none of the batch may be committed.
        m_copying = true;
        const bool gathered = writeCable(prepared, stored, row, result);
        m_copying = false;
        m_timings.write += timer.nsecsElapsed();
        timer.start();
        if (!gathered) {
            m_batchFailed = true;
            return false;
        }
        m_copier->hold(cable.id);
        const bool sent = !m_copier->isFull() || sendCopies();
        timer.start(); // the COPY is counted as such
        return sent;
    }
    // A savepoint per cable: a cable that fails leaves the rest of the batch intact.
    if (!savepoint(Savepoint::Begin)) {
        m_batchFailed = m_server;
        return false;
    }
    if (writeCable(prepared, stored, row, result)) {
        if (savepoint(Savepoint::Release))
            return true;
        m_batchFailed = m_server;
        return false;
    }
    const StoreError::Keep cause(m_error);
    if (!savepoint(Savepoint::RollBack) || !savepoint(Savepoint::Release))
        m_batchFailed = m_server;
    return false;
}

bool CableWriter::savepoint(Savepoint step)
{
    Statements &s = *m_statements;
    if (!m_server)
        return m_error.exec(step == Savepoint::Begin ? s.savepoint
                : step == Savepoint::Release         ? s.release
                                                     : s.rollbackTo);
    return m_error.execSql(step == Savepoint::Begin ? u"SAVEPOINT store_cable"_s
            : step == Savepoint::Release            ? u"RELEASE store_cable"_s
                                                    : u"ROLLBACK TO store_cable"_s);
}

bool CableWriter::sendCopies()
{
    QElapsedTimer timer;
    timer.start();
    const bool sent = m_copier->send();
    m_timings.copy += timer.nsecsElapsed();
    if (sent)
        return true;
    m_error.writeFailed(m_copier->errorString(), m_copier->fault());
    m_batchFailed = true;
    return false;
}

bool CableWriter::writeCable(const PreparedCable &prepared, const Stored &stored, const Row &row, StoreResult *result)
{
    const Cable &cable = prepared.cable;
    Statements &s = *m_statements;

    // A cable already indexed leaves the index before its rows change.
    qint64 pk = stored.pk;
    if (!m_server && pk >= 0 && (stored.primary || row.context.searchTokens != stored.tokens)
        && !stored.awaitingIndex) {
        s.unindexCable.addBindValue(pk);
        s.queueReindex.addBindValue(pk);
        if (!m_error.exec(s.unindexCable) || !m_error.exec(s.queueReindex))
            return false;
    }

    if (pk >= 0 && !stored.primary) {
        bind(s.fillCable,
            std::initializer_list<QVariant> { CableRowCodec::dateTimeOrNull(cable.created),
                CableRowCodec::dateTimeOrNull(cable.released), CableRowCodec::textOrNull(cable.classification),
                CableRowCodec::textOrNull(cable.origin), CableRowCodec::textOrNull(cable.title),
                row.context.searchTokens, QVariant(row.context.timestamp), QVariant(pk) });
        if (!m_error.exec(s.fillCable))
            return false;
        *result = stored.keptLonger ? StoreResult::KeptLonger : StoreResult::Merged;
    } else {
        const bool fresh = pk < 0;
        if (!writeRow(prepared, row, &pk) || !writeChildren(cable, pk, fresh) || !put(Queue, { QVariant(pk) }))
            return false;
        *result = fresh ? StoreResult::Inserted : StoreResult::Updated;
    }

    return put(Sources,
        { QVariant(pk), QVariant(row.context.sourcePath), QVariant(row.format), QVariant(cable.parserVersion),
            QVariant(prepared.digest), QVariant(row.context.quality), QVariant(row.context.timestamp) });
}

template<typename Values>
void CableWriter::bind(SqliteStatement &statement, const Values &values)
{
    for (const QVariant &value : values)
        statement.addBindValue(boundValue(value, m_server));
}

// One row of a table: into the COPY buffers for a server's new cable,
// through the table's statement otherwise.
template<typename Values>
bool CableWriter::putRow(int table, const Values &values)
{
    if (m_copying) {
        m_copier->add(table, values);
        return true;
    }
    SqliteStatement &statement = m_statements->inserting(table);
    bind(statement, values);
    return m_error.exec(statement);
}

bool CableWriter::put(int table, std::initializer_list<QVariant> values)
{
    return putRow(table, values);
}

bool CableWriter::put(int table, const QVariantList &values)
{
    return putRow(table, values);
}

bool CableWriter::findStored(const Cable &cable, const QString &sourcePath, Stored *stored)
{
    QSqlQuery &find = m_statements->findCable;
    find.addBindValue(cable.id);
    if (!m_error.exec(find))
        return false;
    if (find.next()) {
        stored->pk = find.value(0).toLongLong();
        const qint64 storedQuality = find.value(1).toLongLong();
        const qint64 cableQuality = CableRowCodec::quality(cable);
        const QString storedPath = find.value(2).toString();
        stored->created = CableRowCodec::dateTimeFrom(find.value(3));
        stored->origin = find.value(4).toString();
        stored->classification = find.value(5).toString();
        stored->tokens = find.value(6).toString();
        stored->awaitingIndex = find.value(7).toBool();
        const qsizetype storedLength = find.value(8).toLongLong();
        // The same source always refills the row (a re-import or re-parse).
        // Otherwise the better-informed form wins, and on a tie the smaller
        // path, so the outcome does not depend on the order of import.
        stored->primary = storedPath == sourcePath || cableQuality > storedQuality
            || (cableQuality == storedQuality && sourcePath < storedPath);
        // Never for a copy that lost most of the text: a page cut short
        // must not replace the whole cable.
        if (stored->primary && cable.telegram.size() * 2 < storedLength) {
            stored->primary = false;
            stored->keptLonger = true;
            m_keptLength = storedLength;
            m_refusedLength = cable.telegram.size();
        }
    }
    find.finish();
    return true;
}

// The header fields as they will be stored, for the search tokens: a
// source's metadata wins when it is the primary one, otherwise it only
// fills what is missing.
bool CableWriter::planRow(const Cable &cable, const Stored &stored, Row *row)
{
    const bool primary = stored.primary;
    const auto pick = [primary](const auto &mine, const auto &kept, bool mineSet, bool keptSet) {
        return (primary ? (mineSet || !keptSet) : !keptSet) ? mine : kept;
    };
    const QDateTime created = pick(cable.created, stored.created, cable.created.isValid(), stored.created.isValid());
    const QString origin = pick(cable.origin, stored.origin, !cable.origin.isEmpty(), !stored.origin.isEmpty());
    const QString classification = pick(
        cable.classification, stored.classification, !cable.classification.isEmpty(), !stored.classification.isEmpty());
    QStringList codes;
    if (primary) {
        for (const QList<TagInfo> *list : { &cable.subjectTags, &cable.countryTags }) {
            for (const TagInfo &tag : *list)
                codes.append(tag.code);
        }
    } else {
        QSqlQuery &tagCodes = m_statements->tagCodes;
        tagCodes.addBindValue(stored.pk);
        if (!m_error.exec(tagCodes))
            return false;
        while (tagCodes.next())
            codes.append(tagCodes.value(0).toString());
        tagCodes.finish();
    }
    row->context.searchTokens = CableRowCodec::searchTokens(cable.id, created, origin, classification, codes);
    return true;
}

// The cables row and its texts; *pk is -1 for a cable new to the library.
bool CableWriter::writeRow(const PreparedCable &prepared, const Row &row, qint64 *pk)
{
    const Cable &cable = prepared.cable;
    Statements &s = *m_statements;
    const bool fresh = *pk < 0;
    QVariantList values;
    values.reserve(CableRowCodec::cableColumnCount + 4);
    if (fresh && m_server) {
        // COPY returns no keys: the new cable's is reserved first.
        *pk = m_copier->reserveKey();
        if (*pk < 0) {
            m_error.writeFailed(m_copier->errorString(), m_copier->fault());
            return false;
        }
        values.append(*pk);
    }
    if (fresh)
        values << cable.id << row.context.timestamp;
    values.append(CableRowCodec::cableValues(cable, row.context));
    if (m_server)
        values.append(TsVectorText::fromText(cable.subject));
    if (fresh) {
        if (!put(Cables, values))
            return false;
        if (!m_server)
            *pk = s.insertCable.lastInsertId();
    } else {
        values.append(*pk);
        bind(s.updateCable, values);
        if (!m_error.exec(s.updateCable))
            return false;
    }

    const bool telegramIsSlice = prepared.telegramIsSlice;
    const bool telegramIsRebuilt = prepared.telegramIsRebuilt && m_canRebuildTelegrams;
    QVariantList texts { *pk, cable.originalBytes, prepared.documentIsDecoded ? nullText : QVariant(cable.documentText),
        telegramIsSlice || telegramIsRebuilt ? nullText : QVariant(cable.telegram),
        telegramIsSlice ? cable.telegramOffset : qsizetype(-1), cable.telegram.size() };
    if (m_canRebuildTelegrams)
        texts.append(telegramIsRebuilt ? 1 : 0);
    return put(Texts, texts);
}

bool CableWriter::writeChildren(const Cable &cable, qint64 pk, bool fresh)
{
    return (fresh || clearChildren(pk)) && writeRecipients(pk, cable.routing.to, u"to"_s)
        && writeRecipients(pk, cable.routing.info, u"info"_s) && writeTags(pk, cable) && writeReferences(pk, cable)
        && writeParagraphs(pk, cable, fresh) && writeReport(pk, cable);
}

// Everything but the paragraphs is rewritten: nothing of the user's points
// at these rows.
bool CableWriter::clearChildren(qint64 pk)
{
    static const std::array clearTables { u"recipients"_s, u"cable_tags"_s, u"cable_references"_s, u"sections"_s,
        u"dedup_entries"_s, u"parse_warnings"_s };
    for (const QString &table : clearTables) {
        QSqlQuery clear(m_library.database());
        clear.prepare(u"DELETE FROM "_s + table + u" WHERE cable_pk = ?"_s);
        clear.addBindValue(pk);
        if (!m_error.exec(clear))
            return false;
    }
    return true;
}

bool CableWriter::writeRecipients(qint64 pk, const QList<Addressee> &list, const QString &kind)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Addressee &to = list.at(i);
        if (!put(Recipients,
                { QVariant(pk), QVariant(kind), QVariant(i), QVariant(to.routingIndicator), QVariant(to.name),
                    QVariant(to.precedence), QVariant(to.serial) }))
            return false;
    }
    return true;
}

bool CableWriter::writeTags(qint64 pk, const Cable &cable)
{
    int position = 0;
    for (const auto &[tags, list] :
        { std::pair { &cable.subjectTags, u"subject"_s }, std::pair { &cable.countryTags, u"country"_s } }) {
        for (const TagInfo &tag : *tags) {
            if (!put(Tags, { QVariant(pk), QVariant(position++), QVariant(tag.code), QVariant(list) }))
                return false;
        }
    }
    return true;
}

bool CableWriter::writeReferences(qint64 pk, const Cable &cable)
{
    int position = 0;
    const auto write = [&](bool listed, const QString &letter, const QString &text, const QString &citedId,
                           const QString &title) {
        const CableId cited = CableId::split(citedId);
        return put(References,
            { QVariant(pk), QVariant(position++), QVariant(listed ? 1 : 0), QVariant(letter), QVariant(text),
                QVariant(citedId), QVariant(title), CableRowCodec::textOrNull(ReferenceResolver::titleKey(title)),
                cited.isValid() ? QVariant(cited.post) : nullText, cited.isValid() ? QVariant(cited.year) : QVariant(),
                cited.isValid() ? QVariant(cited.serial) : QVariant() });
    };
    QStringList citedIds;
    for (const Reference &reference : cable.references) {
        if (!write(true, reference.letter, reference.text, reference.citedId, reference.title))
            return false;
        citedIds.append(reference.citedId);
    }
    // The release's own list of cited ids also makes backlinks, for the ids
    // the REF lines do not give.
    for (const QString &citedId : cable.releaseReferences) {
        if (citedId.isEmpty() || citedIds.contains(citedId))
            continue;
        citedIds.append(citedId);
        if (!write(false, QString(), QString(), citedId, QString()))
            return false;
    }
    return true;
}

bool CableWriter::writeParagraphs(qint64 pk, const Cable &cable, bool fresh)
{
    Statements &s = *m_statements;
    QJsonArray anchors;
    for (qsizetype sectionIndex = 0; sectionIndex < cable.sections.size(); ++sectionIndex) {
        const Section &section = cable.sections.at(sectionIndex);
        if (!put(Sections, { QVariant(pk), QVariant(sectionIndex), QVariant(section.heading) }))
            return false;
        for (qsizetype i = 0; i < section.paragraphs.size(); ++i) {
            const Paragraph &paragraph = section.paragraphs.at(i);
            QVariantList values { QVariant(pk), QVariant(paragraph.anchor), QVariant(sectionIndex), QVariant(i),
                QVariant(paragraph.number), QVariant(paragraph.mark), QVariant(paragraph.text),
                CableRowCodec::markupColumn(paragraph) };
            if (m_server)
                values.append(TsVectorText::fromText(paragraph.text));
            if (!put(Paragraphs, values))
                return false;
            if (!fresh)
                anchors.append(paragraph.anchor);
        }
    }
    if (fresh)
        return true;
    s.deleteVanishedParagraphs.addBindValue(pk);
    s.deleteVanishedParagraphs.addBindValue(QString::fromUtf8(QJsonDocument(anchors).toJson(QJsonDocument::Compact)));
    return m_error.exec(s.deleteVanishedParagraphs);
}

// The deduplication report and the warnings.
bool CableWriter::writeReport(qint64 pk, const Cable &cable)
{
    for (qsizetype i = 0; i < cable.dedup.size(); ++i) {
        const DedupEntry &entry = cable.dedup.at(i);
        if (!put(Dedup,
                { QVariant(pk), QVariant(i), QVariant(CableRowCodec::dedupKey(entry.kind)),
                    QVariant(CableRowCodec::areaKey(entry.in)), QVariant(entry.position), QVariant(entry.length),
                    QVariant(entry.text) }))
            return false;
    }
    for (qsizetype i = 0; i < cable.warnings.size(); ++i) {
        const ParseWarning &warning = cable.warnings.at(i);
        if (!put(Warnings,
                { QVariant(pk), QVariant(i), QVariant(CableRowCodec::warningKey(warning.kind)),
                    QVariant(warning.message), QVariant(warning.position) }))
            return false;
    }
    return true;
}

bool CableWriter::indexPending(const std::function<void(qint64 done, qint64 total)> &progress)
{
    if (m_inBatch && m_copier && (m_batchFailed || !sendCopies()))
        return false;
    QElapsedTimer timer;
    timer.start();
    const bool indexed = m_inBatch ? m_indexer.indexNew() : m_indexer.indexPending(progress);
    m_timings.index += timer.nsecsElapsed();
    return indexed;
}

bool CableWriter::updateStatistics()
{
    if (m_inBatch) {
        m_error.setText(tr("Cannot update the statistics while a batch is open."));
        return false;
    }
    if (m_server) {
        // The server samples by itself; the words still in the GIN indexes'
        // pending lists (see begin()) go into the indexes, which searches
        // then read alone.
        return m_error.execSql(u"ANALYZE"_s)
            && m_error.execSql(u"SELECT gin_clean_pending_list('paragraphs_tsv'::regclass),"
                               " gin_clean_pending_list('cables_tsv'::regclass)"_s);
    }
    // As SQLite advises: a full ANALYZE reads the whole library (gigabytes
    // after a release).
    return m_error.execSql(u"PRAGMA analysis_limit = 1000"_s) && m_error.execSql(u"ANALYZE"_s);
}

}
