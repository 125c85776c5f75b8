// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablewriter.h"

#include "cableid.h"
#include "cablerowcodec.h"
#include "librarydatabase.h"
#include "referenceresolver.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
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

void bind(SqliteStatement &statement, std::initializer_list<QVariant> values)
{
    for (const QVariant &value : values)
        statement.addBindValue(CableRowCodec::sqlValue(value));
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

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

}

// Prepared once per writer: an import runs each of them hundreds of
// thousands of times.
struct CableWriter::Statements
{
    Statements(const QSqlDatabase &db, bool canRebuildTelegrams);
    void prepareCable(bool canRebuildTelegrams);
    void prepareChildren();

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

CableWriter::Statements::Statements(const QSqlDatabase &db, bool canRebuildTelegrams)
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
    prepareCable(canRebuildTelegrams);
    prepareChildren();
    prepare(savepoint, u"SAVEPOINT store_cable"_s);
    prepare(release, u"RELEASE store_cable"_s);
    prepare(rollbackTo, u"ROLLBACK TO store_cable"_s);
}

// The cables row, its texts, its sources and its place in the indexes.
void CableWriter::Statements::prepareCable(bool canRebuildTelegrams)
{
    QString placeholders;
    for (int i = 0; i < CableRowCodec::cableColumnCount; ++i)
        placeholders += i == 0 ? u"?"_s : u", ?"_s;
    prepare(findCable,
        u"SELECT pk, quality, source_path, created, origin, classification, search_tokens,"
        " pk IN (SELECT cable_pk FROM fts_reindex),"
        " (SELECT telegram_length FROM cable_texts WHERE cable_pk = cables.pk) FROM cables WHERE id = ?"_s);
    // Takes a cable out of the paragraph index with the values it was
    // indexed with; commit() indexes it again (see fts_state).
    prepare(unindexCable,
        u"INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text, tokens)"
        " SELECT 'delete', pk, text, tokens FROM paragraph_search"
        " WHERE cable_pk = ? AND pk <= (SELECT paragraphs_up_to FROM fts_state)"_s);
    prepare(queueReindex, u"INSERT OR IGNORE INTO fts_reindex (cable_pk) VALUES (?)"_s);
    prepare(tagCodes, u"SELECT code FROM cable_tags WHERE cable_pk = ? ORDER BY position"_s);
    prepare(insertCable,
        u"INSERT INTO cables (id, imported, "_s + CableRowCodec::cableColumns() + u") VALUES (?, ?, "_s + placeholders
            + u')');
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
        " release_references = ?, parser_version = ?, updated = ? WHERE pk = ?"_s);
    // A library of schema 2 (opened at that version on purpose) has no
    // telegram_rebuilt: its telegrams are always stored.
    prepare(upsertText,
        u"INSERT INTO cable_texts (cable_pk, original, document_text, telegram, telegram_offset, telegram_length"_s
            + (canRebuildTelegrams ? u", telegram_rebuilt) VALUES (?, ?, ?, ?, ?, ?, ?)"_s
                                   : u") VALUES (?, ?, ?, ?, ?, ?)"_s)
            + u" ON CONFLICT (cable_pk) DO UPDATE SET original = excluded.original,"
              " document_text = excluded.document_text, telegram = excluded.telegram,"
              " telegram_offset = excluded.telegram_offset, telegram_length = excluded.telegram_length"_s
            + (canRebuildTelegrams ? u", telegram_rebuilt = excluded.telegram_rebuilt"_s : QString()));
    prepare(fillCable,
        u"UPDATE cables SET created = coalesce(created, ?), released = coalesce(released, ?),"
        " classification = coalesce(classification, ?), origin = coalesce(origin, ?),"
        " title = coalesce(title, ?), search_tokens = ?, updated = ? WHERE pk = ?"_s);
    prepare(upsertSource,
        u"INSERT INTO cable_sources (cable_pk, path, format, parser_version, digest, quality, imported)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (cable_pk, path) DO UPDATE SET"
        " format = excluded.format, parser_version = excluded.parser_version, digest = excluded.digest,"
        " quality = excluded.quality, imported = excluded.imported"_s);
    prepare(queue, u"INSERT OR IGNORE INTO resolution_queue (cable_pk) VALUES (?)"_s);
}

// The rows below a cable: recipients, tags, references, sections and
// paragraphs, the deduplication report and the warnings.
void CableWriter::Statements::prepareChildren()
{
    prepare(insertRecipient,
        u"INSERT INTO recipients (cable_pk, kind, position, routing_indicator, name, precedence, serial)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    prepare(insertTag, u"INSERT INTO cable_tags (cable_pk, position, code, list) VALUES (?, ?, ?, ?)"_s);
    prepare(insertReference,
        u"INSERT INTO cable_references (cable_pk, position, listed, letter, text, cited_id, title,"
        " title_key, cited_post, cited_year, cited_serial, state)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')"_s);
    prepare(insertSection, u"INSERT INTO sections (cable_pk, position, heading) VALUES (?, ?, ?)"_s);
    // Same anchor, same row: only a changed paragraph is written (and
    // indexed) again.
    prepare(upsertParagraph,
        u"INSERT INTO paragraphs (cable_pk, anchor, section, position, number, mark, text, markup)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (cable_pk, anchor) DO UPDATE SET"
        " section = excluded.section, position = excluded.position, number = excluded.number,"
        " mark = excluded.mark, text = excluded.text, markup = excluded.markup"
        " WHERE section IS NOT excluded.section OR position IS NOT excluded.position"
        " OR number IS NOT excluded.number OR mark IS NOT excluded.mark OR text IS NOT excluded.text"
        " OR markup IS NOT excluded.markup"_s);
    prepare(deleteVanishedParagraphs,
        u"DELETE FROM paragraphs WHERE cable_pk = ? AND anchor NOT IN (SELECT value FROM json_each(?))"_s);
    prepare(insertDedup,
        u"INSERT INTO dedup_entries (cable_pk, position, kind, area, start, length, text)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    prepare(insertWarning,
        u"INSERT INTO parse_warnings (cable_pk, position, kind, message, start) VALUES (?, ?, ?, ?, ?)"_s);
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
    , m_error(library)
    , m_indexer(library, m_error)
{
    QSqlQuery columns(library.database());
    if (columns.exec(u"SELECT 1 FROM pragma_table_info('cable_texts') WHERE name = 'telegram_rebuilt'"_s))
        m_canRebuildTelegrams = columns.next();
    columns.finish();
    m_statements = std::make_unique<Statements>(library.database(), m_canRebuildTelegrams);
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
    if (!m_indexingDeferred && !m_indexer.indexNew()) {
        rollback();
        return false;
    }
    ReferenceResolver resolver(m_library);
    if (!resolver.resolveQueued()) {
        m_error.setText(resolver.errorString());
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
    m_inBatch = false;
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

    Statements &s = *m_statements;
    StoreResult result = StoreResult::Failed;
    // A savepoint per cable: a cable that fails leaves the rest of the batch intact.
    if (!m_error.exec(s.savepoint)) {
        if (ownTransaction)
            rollback();
        return StoreResult::Failed;
    }
    if (writeCable(prepared, sourcePath, &result)) {
        m_error.exec(s.release);
    } else {
        const StoreError::Keep cause(m_error);
        m_error.exec(s.rollbackTo);
        m_error.exec(s.release);
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

bool CableWriter::writeCable(const PreparedCable &prepared, const QString &sourcePath, StoreResult *result)
{
    const Cable &cable = prepared.cable;
    Statements &s = *m_statements;
    Stored stored;
    Row row;
    row.context.sourcePath = sourcePath;
    row.context.quality = CableRowCodec::quality(cable);
    row.context.timestamp = now();
    row.format = CableRowCodec::formatKey(cable.format);
    if (!findStored(cable, sourcePath, &stored) || !planRow(cable, stored, &row))
        return false;

    // A cable already indexed leaves the index before its rows change.
    qint64 pk = stored.pk;
    if (pk >= 0 && (stored.primary || row.context.searchTokens != stored.tokens) && !stored.awaitingIndex) {
        s.unindexCable.addBindValue(pk);
        s.queueReindex.addBindValue(pk);
        if (!m_error.exec(s.unindexCable) || !m_error.exec(s.queueReindex))
            return false;
    }

    if (pk >= 0 && !stored.primary) {
        bind(s.fillCable,
            { CableRowCodec::dateTimeOrNull(cable.created), CableRowCodec::dateTimeOrNull(cable.released),
                CableRowCodec::textOrNull(cable.classification), CableRowCodec::textOrNull(cable.origin),
                CableRowCodec::textOrNull(cable.title), row.context.searchTokens, QVariant(row.context.timestamp),
                QVariant(pk) });
        if (!m_error.exec(s.fillCable))
            return false;
        *result = stored.keptLonger ? StoreResult::KeptLonger : StoreResult::Merged;
    } else {
        const bool fresh = pk < 0;
        if (!writeRow(prepared, row, &pk) || !writeChildren(cable, pk, fresh))
            return false;
        s.queue.addBindValue(pk);
        if (!m_error.exec(s.queue))
            return false;
        *result = fresh ? StoreResult::Inserted : StoreResult::Updated;
    }

    bind(s.upsertSource,
        { QVariant(pk), QVariant(sourcePath), QVariant(row.format), QVariant(cable.parserVersion),
            QVariant(prepared.digest), QVariant(row.context.quality), QVariant(row.context.timestamp) });
    return m_error.exec(s.upsertSource);
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
    SqliteStatement &query = fresh ? s.insertCable : s.updateCable;
    if (fresh)
        bind(query, { cable.id, row.context.timestamp });
    for (const QVariant &value : CableRowCodec::cableValues(cable, row.context))
        query.addBindValue(CableRowCodec::sqlValue(value));
    if (!fresh)
        query.addBindValue(*pk);
    if (!m_error.exec(query))
        return false;
    if (fresh)
        *pk = query.lastInsertId();

    const bool telegramIsSlice = prepared.telegramIsSlice;
    const bool telegramIsRebuilt = prepared.telegramIsRebuilt && m_canRebuildTelegrams;
    bind(s.upsertText,
        { *pk, cable.originalBytes, prepared.documentIsDecoded ? nullText : QVariant(cable.documentText),
            telegramIsSlice || telegramIsRebuilt ? nullText : QVariant(cable.telegram),
            telegramIsSlice ? cable.telegramOffset : qsizetype(-1), cable.telegram.size() });
    if (m_canRebuildTelegrams)
        s.upsertText.addBindValue(telegramIsRebuilt ? 1 : 0);
    return m_error.exec(s.upsertText);
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
    SqliteStatement &insert = m_statements->insertRecipient;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Addressee &to = list.at(i);
        bind(insert,
            { QVariant(pk), QVariant(kind), QVariant(i), QVariant(to.routingIndicator), QVariant(to.name),
                QVariant(to.precedence), QVariant(to.serial) });
        if (!m_error.exec(insert))
            return false;
    }
    return true;
}

bool CableWriter::writeTags(qint64 pk, const Cable &cable)
{
    SqliteStatement &insert = m_statements->insertTag;
    int position = 0;
    for (const auto &[tags, list] :
        { std::pair { &cable.subjectTags, u"subject"_s }, std::pair { &cable.countryTags, u"country"_s } }) {
        for (const TagInfo &tag : *tags) {
            bind(insert, { QVariant(pk), QVariant(position++), QVariant(tag.code), QVariant(list) });
            if (!m_error.exec(insert))
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
        bind(m_statements->insertReference,
            { QVariant(pk), QVariant(position++), QVariant(listed ? 1 : 0), QVariant(letter), QVariant(text),
                QVariant(citedId), QVariant(title), CableRowCodec::textOrNull(ReferenceResolver::titleKey(title)),
                cited.isValid() ? QVariant(cited.post) : nullText, cited.isValid() ? QVariant(cited.year) : QVariant(),
                cited.isValid() ? QVariant(cited.serial) : QVariant() });
        return m_error.exec(m_statements->insertReference);
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
        bind(s.insertSection, { QVariant(pk), QVariant(sectionIndex), QVariant(section.heading) });
        if (!m_error.exec(s.insertSection))
            return false;
        for (qsizetype i = 0; i < section.paragraphs.size(); ++i) {
            const Paragraph &paragraph = section.paragraphs.at(i);
            bind(s.upsertParagraph,
                { QVariant(pk), QVariant(paragraph.anchor), QVariant(sectionIndex), QVariant(i),
                    QVariant(paragraph.number), QVariant(paragraph.mark), QVariant(paragraph.text),
                    CableRowCodec::markupColumn(paragraph) });
            if (!m_error.exec(s.upsertParagraph))
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
    Statements &s = *m_statements;
    for (qsizetype i = 0; i < cable.dedup.size(); ++i) {
        const DedupEntry &entry = cable.dedup.at(i);
        bind(s.insertDedup,
            { QVariant(pk), QVariant(i), QVariant(CableRowCodec::dedupKey(entry.kind)),
                QVariant(CableRowCodec::areaKey(entry.in)), QVariant(entry.position), QVariant(entry.length),
                QVariant(entry.text) });
        if (!m_error.exec(s.insertDedup))
            return false;
    }
    for (qsizetype i = 0; i < cable.warnings.size(); ++i) {
        const ParseWarning &warning = cable.warnings.at(i);
        bind(s.insertWarning,
            { QVariant(pk), QVariant(i), QVariant(CableRowCodec::warningKey(warning.kind)), QVariant(warning.message),
                QVariant(warning.position) });
        if (!m_error.exec(s.insertWarning))
            return false;
    }
    return true;
}

bool CableWriter::indexPending(const std::function<void(qint64 done, qint64 total)> &progress)
{
    return m_inBatch ? m_indexer.indexNew() : m_indexer.indexPending(progress);
}

bool CableWriter::updateStatistics()
{
    if (m_inBatch) {
        m_error.setText(tr("Cannot update the statistics while a batch is open."));
        return false;
    }
    // As SQLite advises: a full ANALYZE reads the whole library (gigabytes
    // after a release).
    return m_error.execSql(u"PRAGMA analysis_limit = 1000"_s) && m_error.execSql(u"ANALYZE"_s);
}

}
