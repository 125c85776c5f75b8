// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablestore.h"

#include "sqlitestatement.h"

#include "cableid.h"
#include "librarydatabase.h"
#include "referenceresolver.h"
#include "releasecsvrow.h"
#include "tagwords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <type_traits>
#include <utility>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::CableStore", text);
}

// Enumerations are stored as stable keys, so that reordering an enum in the
// parser never changes what a stored row means.
template<typename Enum>
struct Key
{
    Enum value;
    QLatin1StringView key;
};

constexpr std::array formatKeys {
    Key<SourceFormat> { SourceFormat::Unknown, ""_L1 },
    Key<SourceFormat> { SourceFormat::SearchPage, "search-page"_L1 },
    Key<SourceFormat> { SourceFormat::SearchPageFlattened, "search-page-flattened"_L1 },
    Key<SourceFormat> { SourceFormat::BlogPage, "blog-page"_L1 },
    Key<SourceFormat> { SourceFormat::BareTelegram, "bare-telegram"_L1 },
    Key<SourceFormat> { SourceFormat::HtmlPage, "html-page"_L1 },
    Key<SourceFormat> { SourceFormat::ReleaseCsv, "release-csv"_L1 },
};

constexpr std::array dedupKeys {
    Key<DedupEntry::Kind> { DedupEntry::Kind::RepeatedHeader, "repeated-header"_L1 },
    Key<DedupEntry::Kind> { DedupEntry::Kind::RepeatedBody, "repeated-body"_L1 },
    Key<DedupEntry::Kind> { DedupEntry::Kind::PageMarker, "page-marker"_L1 },
    Key<DedupEntry::Kind> { DedupEntry::Kind::SiteBoilerplate, "site-boilerplate"_L1 },
    Key<DedupEntry::Kind> { DedupEntry::Kind::BrokenEntity, "broken-entity"_L1 },
    Key<DedupEntry::Kind> { DedupEntry::Kind::MetadataDump, "metadata-dump"_L1 },
};

constexpr std::array warningKeys {
    Key<ParseWarning::Kind> { ParseWarning::Kind::ParagraphOutOfSequence, "paragraph-out-of-sequence"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::UnreadableReference, "unreadable-reference"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::UnreadableDateTime, "unreadable-date-time"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::MissingSubject, "missing-subject"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::NoBody, "no-body"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::UnknownTag, "unknown-tag"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::TruncatedText, "truncated-text"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::UnreadableHeader, "unreadable-header"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::DeclaredIdentity, "declared-identity"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::MissingId, "missing-id"_L1 },
    Key<ParseWarning::Kind> { ParseWarning::Kind::NulBytes, "nul-bytes"_L1 },
};

constexpr std::array spanKeys {
    Key<TextSpan::Kind> { TextSpan::Kind::Summary, "summary"_L1 },
    Key<TextSpan::Kind> { TextSpan::Kind::Comment, "comment"_L1 },
    Key<TextSpan::Kind> { TextSpan::Kind::Note, "note"_L1 },
};

template<typename Enum, std::size_t N>
QString keyOf(const std::array<Key<Enum>, N> &keys, Enum value)
{
    for (const auto &entry : keys) {
        if (entry.value == value)
            return QString(entry.key);
    }
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<Key<Enum>, N> &keys, QStringView key)
{
    for (const auto &entry : keys) {
        if (entry.key == key)
            return entry.value;
    }
    return std::nullopt;
}

// SQL NULL. A null QString would bind as NULL too, so text for NOT NULL
// columns goes through bind(), which makes it an empty string.
const QVariant nullText;

QVariant sqlValue(const QVariant &value)
{
    // QVariant::isNull() is false for a null QString in Qt 6; the driver
    // still binds one as NULL.
    static const QString empty = u""_s; // not null: it points at the literal
    if (value.typeId() == QMetaType::QString && get<QString>(value).isNull())
        return empty;
    return value;
}

void bind(SqliteStatement &statement, std::initializer_list<QVariant> values)
{
    for (const QVariant &value : values)
        statement.addBindValue(sqlValue(value));
}

// Empty metadata is NULL, so that merging sources can fill it with coalesce().
QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? nullText : QVariant(text);
}

QVariant dateTimeOrNull(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toUTC().toString(Qt::ISODate)) : nullText;
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : nullText;
}

QDateTime readDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime dateTime = QDateTime::fromString(value.toString(), Qt::ISODate);
    return dateTime.toUTC();
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString toJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QJsonArray arrayFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

QStringList stringsFrom(const QJsonArray &array)
{
    QStringList strings;
    strings.reserve(array.size());
    for (const QJsonValue &value : array)
        strings.append(value.toString());
    return strings;
}

QVariant stringListOrNull(const QStringList &strings)
{
    return strings.isEmpty() ? nullText : QVariant(toJson(QJsonArray::fromStringList(strings)));
}

// Only what is set is written: most fields of most cables are empty.
void put(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void put(QJsonObject &object, QLatin1StringView key, const QStringList &value)
{
    if (!value.isEmpty())
        object.insert(key, QJsonArray::fromStringList(value));
}

void put(QJsonObject &object, QLatin1StringView key, int value)
{
    if (value != 0)
        object.insert(key, value);
}

QVariant routingJson(const Routing &routing)
{
    QJsonObject object;
    put(object, "transmissionId"_L1, routing.transmissionId);
    put(object, "precedenceLetter"_L1, routing.precedenceLetter);
    put(object, "precedenceName"_L1, routing.precedenceName);
    put(object, "relayStations"_L1, routing.relayStations);
    put(object, "sendingStation"_L1, routing.sendingStation);
    put(object, "stationSerial"_L1, routing.stationSerial);
    put(object, "section"_L1, routing.section);
    put(object, "julianDateTime"_L1, routing.julianDateTime);
    put(object, "classificationCode"_L1, routing.classificationCode);
    put(object, "dateTimeGroupText"_L1, routing.dateTimeGroupText);
    if (routing.dateTimeGroup.isValid())
        object.insert("dateTimeGroup"_L1, routing.dateTimeGroup.toUTC().toString(Qt::ISODate));
    if (routing.retransmission)
        object.insert("retransmission"_L1, true);
    put(object, "from"_L1, routing.from);
    return object.isEmpty() ? nullText : QVariant(toJson(object));
}

Routing routingFrom(const QVariant &value)
{
    Routing routing;
    if (value.isNull())
        return routing;
    const QJsonObject object = objectFrom(value);
    routing.transmissionId = object.value("transmissionId"_L1).toString();
    routing.precedenceLetter = object.value("precedenceLetter"_L1).toString();
    routing.precedenceName = object.value("precedenceName"_L1).toString();
    routing.relayStations = stringsFrom(object.value("relayStations"_L1).toArray());
    routing.sendingStation = object.value("sendingStation"_L1).toString();
    routing.stationSerial = object.value("stationSerial"_L1).toString();
    routing.section = object.value("section"_L1).toInt();
    routing.julianDateTime = object.value("julianDateTime"_L1).toString();
    routing.classificationCode = object.value("classificationCode"_L1).toString();
    routing.dateTimeGroupText = object.value("dateTimeGroupText"_L1).toString();
    if (object.contains("dateTimeGroup"_L1))
        routing.dateTimeGroup = readDateTime(object.value("dateTimeGroup"_L1).toString());
    routing.retransmission = object.value("retransmission"_L1).toBool();
    routing.from = object.value("from"_L1).toString();
    return routing;
}

QVariant bannerJson(const Banner &banner)
{
    QJsonObject object;
    put(object, "text"_L1, banner.text);
    put(object, "level"_L1, banner.level);
    put(object, "caveats"_L1, banner.caveats);
    put(object, "section"_L1, banner.section);
    put(object, "sectionCount"_L1, banner.sectionCount);
    put(object, "post"_L1, banner.post);
    put(object, "serial"_L1, banner.serial);
    return object.isEmpty() ? nullText : QVariant(toJson(object));
}

Banner bannerFrom(const QVariant &value)
{
    Banner banner;
    if (value.isNull())
        return banner;
    const QJsonObject object = objectFrom(value);
    banner.text = object.value("text"_L1).toString();
    banner.level = object.value("level"_L1).toString();
    banner.caveats = stringsFrom(object.value("caveats"_L1).toArray());
    banner.section = object.value("section"_L1).toInt();
    banner.sectionCount = object.value("sectionCount"_L1).toInt();
    banner.post = object.value("post"_L1).toString();
    banner.serial = object.value("serial"_L1).toString();
    return banner;
}

QVariant classifierJson(const Classifier &classifier)
{
    QJsonObject object;
    put(object, "text"_L1, classifier.text);
    put(object, "person"_L1, classifier.person);
    put(object, "title"_L1, classifier.title);
    put(object, "reasons"_L1, classifier.reasons);
    return object.isEmpty() ? nullText : QVariant(toJson(object));
}

Classifier classifierFrom(const QVariant &value)
{
    Classifier classifier;
    if (value.isNull())
        return classifier;
    const QJsonObject object = objectFrom(value);
    classifier.text = object.value("text"_L1).toString();
    classifier.person = object.value("person"_L1).toString();
    classifier.title = object.value("title"_L1).toString();
    classifier.reasons = stringsFrom(object.value("reasons"_L1).toArray());
    return classifier;
}

// Citations as [start, length, [letters], [indexes]], spans as
// [kind, start, length, closed]: compact, since there are millions.
QVariant markupJson(const Paragraph &paragraph)
{
    if (paragraph.citations.isEmpty() && paragraph.spans.isEmpty())
        return nullText;
    QJsonObject object;
    if (!paragraph.citations.isEmpty()) {
        QJsonArray citations;
        for (const Citation &citation : paragraph.citations) {
            QJsonArray indexes;
            for (int index : citation.referenceIndexes)
                indexes.append(index);
            citations.append(QJsonArray { qint64(citation.start), qint64(citation.length),
                QJsonArray::fromStringList(citation.letters), indexes });
        }
        object.insert("c"_L1, citations);
    }
    if (!paragraph.spans.isEmpty()) {
        QJsonArray spans;
        for (const TextSpan &span : paragraph.spans)
            spans.append(
                QJsonArray { keyOf(spanKeys, span.kind), qint64(span.start), qint64(span.length), span.closed });
        object.insert("s"_L1, spans);
    }
    return toJson(object);
}

void readMarkup(const QVariant &value, Paragraph *paragraph)
{
    if (value.isNull())
        return;
    const QJsonObject object = objectFrom(value);
    const QJsonArray citations = object.value("c"_L1).toArray();
    for (const QJsonValue &entry : citations) {
        const QJsonArray fields = entry.toArray();
        Citation citation;
        citation.start = fields.at(0).toInteger();
        citation.length = fields.at(1).toInteger();
        citation.letters = stringsFrom(fields.at(2).toArray());
        for (const QJsonValue &index : fields.at(3).toArray())
            citation.referenceIndexes.append(index.toInt());
        paragraph->citations.append(citation);
    }
    const QJsonArray spans = object.value("s"_L1).toArray();
    for (const QJsonValue &entry : spans) {
        const QJsonArray fields = entry.toArray();
        TextSpan span;
        span.kind = valueOf(spanKeys, fields.at(0).toString()).value_or(TextSpan::Kind::Note);
        span.start = fields.at(1).toInteger();
        span.length = fields.at(2).toInteger();
        span.closed = fields.at(3).toBool();
        paragraph->spans.append(span);
    }
}

constexpr auto cableColumns = "post, year, serial, created, created_corrected, released, classification, origin, title,"
                              " subject, search_tokens, format, source_name, source_path, quality, routing, banner,"
                              " caveats,"
                              " passing_instructions, declassification, declassify_on, classified_by, signature,"
                              " release_references, parser_version, updated"_L1;
constexpr int cableColumnCount = 26;
}

// Prepared once per store: an import runs each of them hundreds of
// thousands of times.
struct CableStore::Statements
{
    Statements(const QSqlDatabase &db, bool canRebuildTelegrams)
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
        , findSource(db)
        , savepoint(db)
        , release(db)
        , rollbackTo(db)
    {
        const auto prepare = [](auto &query, const QString &sql) {
            if constexpr (std::is_same_v<std::decay_t<decltype(query)>, QSqlQuery>) {
                query.setForwardOnly(true);
                if (!query.prepare(sql))
                    qWarning("CableStore: cannot prepare %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            } else if (!query.prepare(sql)) {
                qWarning("CableStore: cannot prepare %s: %s", qPrintable(sql), qPrintable(query.errorString()));
            }
        };
        QString placeholders;
        for (int i = 0; i < cableColumnCount; ++i)
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
            u"INSERT INTO cables (id, imported, "_s + cableColumns + u") VALUES (?, ?, "_s + placeholders + u')');
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
                + (canRebuildTelegrams ? u", telegram_rebuilt) VALUES (?, ?, ?, ?, ?, ?, ?)"_s : u") VALUES (?, ?, ?, ?, ?, ?)"_s)
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
        prepare(findSource,
            u"SELECT 1 FROM cable_sources WHERE path = ? AND digest = ? AND parser_version >= ? LIMIT 1"_s);
        prepare(savepoint, u"SAVEPOINT store_cable"_s);
        prepare(release, u"RELEASE store_cable"_s);
        prepare(rollbackTo, u"ROLLBACK TO store_cable"_s);
    }

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
    QSqlQuery findSource;
    SqliteStatement savepoint;
    SqliteStatement release;
    SqliteStatement rollbackTo;
};

CableStore::CableStore(LibraryDatabase &library)
    : m_library(library)
{
    QSqlQuery columns(library.database());
    if (columns.exec(u"SELECT 1 FROM pragma_table_info('cable_texts') WHERE name = 'telegram_rebuilt'"_s))
        m_canRebuildTelegrams = columns.next();
    columns.finish();
    if (columns.exec(u"SELECT 1 FROM pragma_table_info('subjects_fts') WHERE name = 'tokens'"_s))
        m_subjectsHaveTokens = columns.next();
    columns.finish();
    m_statements = std::make_unique<Statements>(library.database(), m_canRebuildTelegrams);
}

CableStore::~CableStore()
{
    if (m_inBatch)
        rollback();
}

bool CableStore::begin()
{
    if (m_inBatch) {
        m_error = tr("A batch is already open.");
        return false;
    }
    // IMMEDIATE takes the write lock now, so a batch waits (busy timeout)
    // for another writer instead of failing half-way through.
    if (!execSql(u"BEGIN IMMEDIATE"_s))
        return false;
    m_inBatch = true;
    return true;
}

bool CableStore::commit()
{
    if (!m_inBatch) {
        m_error = tr("No batch is open.");
        return false;
    }
    if (!m_indexingDeferred && !indexNew()) {
        rollback();
        return false;
    }
    ReferenceResolver resolver(m_library);
    if (!resolver.resolveQueued()) {
        m_error = resolver.errorString();
        rollback();
        return false;
    }
    if (!execSql(u"COMMIT"_s)) {
        rollback();
        return false;
    }
    m_inBatch = false;
    return true;
}

void CableStore::rollback()
{
    if (!m_inBatch)
        return;
    const QString error = m_error;
    const LibraryHealth::Fault fault = m_fault;
    execSql(u"ROLLBACK"_s);
    m_error = error;
    m_fault = fault;
    m_inBatch = false;
}

CableStore::StoreResult CableStore::store(const Cable &cable, const QString &sourcePath)
{
    return store(PreparedCable::prepare(cable), sourcePath);
}

CableStore::StoreResult CableStore::store(const PreparedCable &prepared, const QString &sourcePath)
{
    const Cable &cable = prepared.cable;
    if (cable.id.isEmpty()) {
        // The parser says what it tried.
        QString tried;
        for (const ParseWarning &w : cable.warnings) {
            if (w.kind == ParseWarning::Kind::MissingId)
                tried = u' ' + w.message;
        }
        m_error = tr("The cable from %1 has no reference id; it cannot be stored.").arg(sourcePath) + tried;
        return StoreResult::Failed;
    }
    const bool ownTransaction = !m_inBatch;
    if (ownTransaction && !begin())
        return StoreResult::Failed;

    Statements &s = *m_statements;
    StoreResult result = StoreResult::Failed;
    // A savepoint per cable: a cable that fails leaves the rest of the batch intact.
    if (!exec(s.savepoint)) {
        if (ownTransaction)
            rollback();
        return StoreResult::Failed;
    }
    if (writeCable(prepared, sourcePath, &result)) {
        exec(s.release);
    } else {
        // The first failure is the cause; what undoing it says after (a full
        // disk may have ended the transaction already) is not.
        const QString error = m_error;
        const LibraryHealth::Fault fault = m_fault;
        exec(s.rollbackTo);
        exec(s.release);
        m_error = error;
        m_fault = fault;
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

bool CableStore::writeCable(const PreparedCable &prepared, const QString &sourcePath, StoreResult *result)
{
    const Cable &cable = prepared.cable;
    Statements &s = *m_statements;
    const qint64 cableQuality = quality(cable);
    const QString format = keyOf(formatKeys, cable.format);
    const QString timestamp = now();

    s.findCable.addBindValue(cable.id);
    if (!exec(s.findCable))
        return false;
    qint64 pk = -1;
    bool primary = true;
    QDateTime storedCreated;
    QString storedOrigin;
    QString storedClassification;
    QString storedTokens;
    bool awaitingIndex = false;
    bool keptLonger = false;
    if (s.findCable.next()) {
        pk = s.findCable.value(0).toLongLong();
        const qint64 storedQuality = s.findCable.value(1).toLongLong();
        const QString storedPath = s.findCable.value(2).toString();
        storedCreated = readDateTime(s.findCable.value(3));
        storedOrigin = s.findCable.value(4).toString();
        storedClassification = s.findCable.value(5).toString();
        storedTokens = s.findCable.value(6).toString();
        awaitingIndex = s.findCable.value(7).toBool();
        const qsizetype storedLength = s.findCable.value(8).toLongLong();
        // The same source always refills the row (a re-import or re-parse).
        // Otherwise the better-informed form wins, and on a tie the smaller
        // path, so the outcome does not depend on the order of import.
        primary = storedPath == sourcePath || cableQuality > storedQuality
            || (cableQuality == storedQuality && sourcePath < storedPath);
        // Never for a copy that lost most of the text: a page cut short
        // must not replace the whole cable.
        if (primary && cable.telegram.size() * 2 < storedLength) {
            primary = false;
            keptLonger = true;
            m_keptLength = storedLength;
            m_refusedLength = cable.telegram.size();
        }
    }
    s.findCable.finish();

    // The header fields as they will be stored: a source's metadata wins
    // when it is the primary one, otherwise it only fills what is missing.
    const auto pick = [primary](const auto &mine, const auto &stored, bool mineSet, bool storedSet) {
        return (primary ? (mineSet || !storedSet) : !storedSet) ? mine : stored;
    };
    const QDateTime created = pick(cable.created, storedCreated, cable.created.isValid(), storedCreated.isValid());
    const QString origin = pick(cable.origin, storedOrigin, !cable.origin.isEmpty(), !storedOrigin.isEmpty());
    const QString classification = pick(
        cable.classification, storedClassification, !cable.classification.isEmpty(), !storedClassification.isEmpty());
    QStringList codes;
    if (primary) {
        for (const QList<TagInfo> *list : { &cable.subjectTags, &cable.countryTags }) {
            for (const TagInfo &tag : *list)
                codes.append(tag.code);
        }
    } else {
        s.tagCodes.addBindValue(pk);
        if (!exec(s.tagCodes))
            return false;
        while (s.tagCodes.next())
            codes.append(s.tagCodes.value(0).toString());
        s.tagCodes.finish();
    }
    const QString tokens = searchTokens(cable.id, created, origin, classification, codes);

    // A cable already indexed leaves the index before its rows change.
    if (pk >= 0 && (primary || tokens != storedTokens) && !awaitingIndex) {
        s.unindexCable.addBindValue(pk);
        s.queueReindex.addBindValue(pk);
        if (!exec(s.unindexCable) || !exec(s.queueReindex))
            return false;
    }

    if (pk >= 0 && !primary) {
        bind(s.fillCable,
            { dateTimeOrNull(cable.created), dateTimeOrNull(cable.released), textOrNull(cable.classification),
                textOrNull(cable.origin), textOrNull(cable.title), tokens, QVariant(timestamp), QVariant(pk) });
        if (!exec(s.fillCable))
            return false;
        *result = keptLonger ? StoreResult::KeptLonger : StoreResult::Merged;
    } else {
        const bool documentIsDecoded = prepared.documentIsDecoded;
        const bool telegramIsSlice = prepared.telegramIsSlice;
        const bool telegramIsRebuilt = prepared.telegramIsRebuilt && m_canRebuildTelegrams;
        const CableId idParts = CableId::split(cable.id);

        SqliteStatement &query = pk < 0 ? s.insertCable : s.updateCable;
        if (pk < 0)
            bind(query, { cable.id, timestamp });
        const QVariantList values {
            idParts.post,
            idParts.isValid() ? QVariant(idParts.year) : QVariant(),
            idParts.isValid() ? QVariant(idParts.serial) : QVariant(),
            dateTimeOrNull(cable.created),
            cable.createdCorrected ? 1 : 0,
            dateTimeOrNull(cable.released),
            textOrNull(cable.classification),
            textOrNull(cable.origin),
            textOrNull(cable.title),
            cable.subject,
            tokens,
            format,
            cable.sourceName,
            sourcePath,
            cableQuality,
            routingJson(cable.routing),
            bannerJson(cable.banner),
            stringListOrNull(cable.caveats),
            stringListOrNull(cable.passingInstructions),
            textOrNull(cable.declassification),
            dateOrNull(cable.declassifyOn),
            classifierJson(cable.classifiedBy),
            textOrNull(cable.signature),
            stringListOrNull(cable.releaseReferences),
            cable.parserVersion,
            timestamp,
        };
        Q_ASSERT(values.size() == cableColumnCount);
        for (const QVariant &value : values)
            query.addBindValue(sqlValue(value));
        if (pk >= 0)
            query.addBindValue(pk);
        if (!exec(query))
            return false;
        const bool fresh = pk < 0;
        if (fresh)
            pk = query.lastInsertId();
        bind(s.upsertText,
            { pk, cable.originalBytes, documentIsDecoded ? nullText : QVariant(cable.documentText),
                telegramIsSlice || telegramIsRebuilt ? nullText : QVariant(cable.telegram),
                telegramIsSlice ? cable.telegramOffset : qsizetype(-1), cable.telegram.size() });
        if (m_canRebuildTelegrams)
            s.upsertText.addBindValue(telegramIsRebuilt ? 1 : 0);
        if (!exec(s.upsertText) || !writeChildren(cable, pk, fresh))
            return false;
        s.queue.addBindValue(pk);
        if (!exec(s.queue))
            return false;
        *result = fresh ? StoreResult::Inserted : StoreResult::Updated;
    }

    bind(s.upsertSource,
        { QVariant(pk), QVariant(sourcePath), QVariant(format), QVariant(cable.parserVersion),
            QVariant(prepared.digest), QVariant(cableQuality), QVariant(timestamp) });
    return exec(s.upsertSource);
}

bool CableStore::writeChildren(const Cable &cable, qint64 pk, bool fresh)
{
    Statements &s = *m_statements;
    if (!fresh) {
        // Everything but the paragraphs is rewritten: nothing of the user's
        // points at these rows.
        static const std::array clearTables { u"recipients"_s, u"cable_tags"_s, u"cable_references"_s, u"sections"_s,
            u"dedup_entries"_s, u"parse_warnings"_s };
        for (const QString &table : clearTables) {
            QSqlQuery clear(m_library.database());
            clear.prepare(u"DELETE FROM "_s + table + u" WHERE cable_pk = ?"_s);
            clear.addBindValue(pk);
            if (!exec(clear))
                return false;
        }
    }

    const auto writeRecipients = [&](const QList<Addressee> &list, const QString &kind) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Addressee &to = list.at(i);
            bind(s.insertRecipient,
                { QVariant(pk), QVariant(kind), QVariant(i), QVariant(to.routingIndicator), QVariant(to.name),
                    QVariant(to.precedence), QVariant(to.serial) });
            if (!exec(s.insertRecipient))
                return false;
        }
        return true;
    };
    if (!writeRecipients(cable.routing.to, u"to"_s) || !writeRecipients(cable.routing.info, u"info"_s))
        return false;

    int position = 0;
    const auto writeTags = [&](const QList<TagInfo> &tags, const QString &list) {
        for (const TagInfo &tag : tags) {
            bind(s.insertTag, { QVariant(pk), QVariant(position++), QVariant(tag.code), QVariant(list) });
            if (!exec(s.insertTag))
                return false;
        }
        return true;
    };
    if (!writeTags(cable.subjectTags, u"subject"_s) || !writeTags(cable.countryTags, u"country"_s))
        return false;

    position = 0;
    const auto writeReference = [&](bool listed, const QString &letter, const QString &text, const QString &citedId,
                                    const QString &title) {
        const CableId cited = CableId::split(citedId);
        bind(s.insertReference,
            { QVariant(pk), QVariant(position++), QVariant(listed ? 1 : 0), QVariant(letter), QVariant(text),
                QVariant(citedId), QVariant(title), textOrNull(ReferenceResolver::titleKey(title)),
                cited.isValid() ? QVariant(cited.post) : nullText, cited.isValid() ? QVariant(cited.year) : QVariant(),
                cited.isValid() ? QVariant(cited.serial) : QVariant() });
        return exec(s.insertReference);
    };
    QStringList citedIds;
    for (const Reference &reference : cable.references) {
        if (!writeReference(true, reference.letter, reference.text, reference.citedId, reference.title))
            return false;
        citedIds.append(reference.citedId);
    }
    // The release's own list of cited ids also makes backlinks, for the ids
    // the REF lines do not give.
    for (const QString &citedId : cable.releaseReferences) {
        if (citedId.isEmpty() || citedIds.contains(citedId))
            continue;
        citedIds.append(citedId);
        if (!writeReference(false, QString(), QString(), citedId, QString()))
            return false;
    }

    QJsonArray anchors;
    for (qsizetype sectionIndex = 0; sectionIndex < cable.sections.size(); ++sectionIndex) {
        const Section &section = cable.sections.at(sectionIndex);
        bind(s.insertSection, { QVariant(pk), QVariant(sectionIndex), QVariant(section.heading) });
        if (!exec(s.insertSection))
            return false;
        for (qsizetype i = 0; i < section.paragraphs.size(); ++i) {
            const Paragraph &paragraph = section.paragraphs.at(i);
            bind(s.upsertParagraph,
                { QVariant(pk), QVariant(paragraph.anchor), QVariant(sectionIndex), QVariant(i),
                    QVariant(paragraph.number), QVariant(paragraph.mark), QVariant(paragraph.text),
                    markupJson(paragraph) });
            if (!exec(s.upsertParagraph))
                return false;
            if (!fresh)
                anchors.append(paragraph.anchor);
        }
    }
    if (!fresh) {
        s.deleteVanishedParagraphs.addBindValue(pk);
        s.deleteVanishedParagraphs.addBindValue(toJson(anchors));
        if (!exec(s.deleteVanishedParagraphs))
            return false;
    }

    for (qsizetype i = 0; i < cable.dedup.size(); ++i) {
        const DedupEntry &entry = cable.dedup.at(i);
        bind(s.insertDedup,
            { QVariant(pk), QVariant(i), QVariant(keyOf(dedupKeys, entry.kind)),
                QVariant(entry.in == DedupEntry::In::Document ? u"document"_s : u"telegram"_s),
                QVariant(entry.position), QVariant(entry.length), QVariant(entry.text) });
        if (!exec(s.insertDedup))
            return false;
    }
    for (qsizetype i = 0; i < cable.warnings.size(); ++i) {
        const ParseWarning &warning = cable.warnings.at(i);
        bind(s.insertWarning,
            { QVariant(pk), QVariant(i), QVariant(keyOf(warningKeys, warning.kind)), QVariant(warning.message),
                QVariant(warning.position) });
        if (!exec(s.insertWarning))
            return false;
    }
    return true;
}

std::optional<Cable> CableStore::load(const QString &id) const
{
    const QSqlDatabase db = m_library.database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT pk, id, created, created_corrected, released, classification, origin, title, subject,"
                  " format, source_name, routing, banner, caveats, passing_instructions, declassification,"
                  " declassify_on, classified_by, signature, release_references, t.original, t.document_text,"
                  " t.telegram, t.telegram_offset, t.telegram_length, parser_version, "_s
        + (m_canRebuildTelegrams ? u"t.telegram_rebuilt"_s : u"0"_s)
        + u" FROM cables c LEFT JOIN cable_texts t ON t.cable_pk = c.pk WHERE c.id = ?"_s);
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;

    Cable cable;
    const qint64 pk = query.value(0).toLongLong();
    cable.id = query.value(1).toString();
    cable.created = readDateTime(query.value(2));
    cable.createdCorrected = query.value(3).toBool();
    cable.released = readDateTime(query.value(4));
    cable.classification = query.value(5).toString();
    cable.origin = query.value(6).toString();
    cable.title = query.value(7).toString();
    cable.subject = query.value(8).toString();
    cable.format = valueOf(formatKeys, query.value(9).toString()).value_or(SourceFormat::Unknown);
    cable.sourceName = query.value(10).toString();
    cable.routing = routingFrom(query.value(11));
    cable.banner = bannerFrom(query.value(12));
    cable.caveats = stringsFrom(arrayFrom(query.value(13)));
    cable.passingInstructions = stringsFrom(arrayFrom(query.value(14)));
    cable.declassification = query.value(15).toString();
    cable.declassifyOn = QDate::fromString(query.value(16).toString(), Qt::ISODate);
    cable.classifiedBy = classifierFrom(query.value(17));
    cable.signature = query.value(18).toString();
    cable.releaseReferences = stringsFrom(arrayFrom(query.value(19)));
    cable.originalBytes = query.value(20).toByteArray();
    cable.documentText = query.value(21).isNull() ? QString::fromUtf8(cable.originalBytes) : query.value(21).toString();
    cable.telegramOffset = query.value(23).toLongLong();
    if (query.value(26).toBool())
        cable.telegram = ReleaseCsvRow::telegramOf(cable.originalBytes);
    else if (query.value(22).isNull())
        cable.telegram = cable.documentText.mid(cable.telegramOffset, query.value(24).toLongLong());
    else
        cable.telegram = query.value(22).toString();
    cable.parserVersion = query.value(25).toInt();
    query.finish();

    const auto children = [&](const QString &sql) {
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.prepare(sql);
        rows.addBindValue(pk);
        exec(rows);
        return rows;
    };

    QSqlQuery rows = children(u"SELECT kind, routing_indicator, name, precedence, serial FROM recipients"
                              " WHERE cable_pk = ? ORDER BY kind DESC, position"_s);
    while (rows.next()) {
        Addressee to { rows.value(1).toString(), rows.value(2).toString(), rows.value(3).toString(),
            rows.value(4).toString() };
        (rows.value(0).toString() == "to"_L1 ? cable.routing.to : cable.routing.info).append(to);
    }

    rows = children(u"SELECT code, list FROM cable_tags WHERE cable_pk = ? ORDER BY position"_s);
    while (rows.next()) {
        // A person or a phrase of the TAGS line keeps its kind, which the glossary cannot tell.
        TagInfo tag = TagWords::describe(rows.value(0).toString());
        tag.code = rows.value(0).toString();
        (rows.value(1).toString() == "subject"_L1 ? cable.subjectTags : cable.countryTags).append(tag);
    }

    rows = children(u"SELECT letter, text, cited_id, title FROM cable_references"
                    " WHERE cable_pk = ? AND listed = 1 ORDER BY position"_s);
    while (rows.next())
        cable.references.append(Reference {
            rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString(), rows.value(3).toString() });

    rows = children(u"SELECT heading FROM sections WHERE cable_pk = ? ORDER BY position"_s);
    while (rows.next())
        cable.sections.append(Section { rows.value(0).toString(), {} });
    rows = children(u"SELECT section, number, anchor, mark, text, markup FROM paragraphs"
                    " WHERE cable_pk = ? ORDER BY section, position"_s);
    while (rows.next()) {
        const qsizetype section = rows.value(0).toLongLong();
        while (cable.sections.size() <= section)
            cable.sections.append(Section {});
        Paragraph paragraph;
        paragraph.number = rows.value(1).toInt();
        paragraph.anchor = rows.value(2).toString();
        paragraph.mark = rows.value(3).toString();
        paragraph.text = rows.value(4).toString();
        readMarkup(rows.value(5), &paragraph);
        cable.sections[section].paragraphs.append(paragraph);
    }

    rows =
        children(u"SELECT kind, area, start, length, text FROM dedup_entries WHERE cable_pk = ? ORDER BY position"_s);
    while (rows.next()) {
        const std::optional<DedupEntry::Kind> kind = valueOf(dedupKeys, rows.value(0).toString());
        if (!kind)
            continue; // written by a newer parser; nothing to show it as
        DedupEntry entry;
        entry.kind = *kind;
        entry.in = rows.value(1).toString() == "document"_L1 ? DedupEntry::In::Document : DedupEntry::In::Telegram;
        entry.position = rows.value(2).toLongLong();
        entry.length = rows.value(3).toLongLong();
        entry.text = rows.value(4).toString();
        cable.dedup.append(entry);
    }

    rows = children(u"SELECT kind, message, start FROM parse_warnings WHERE cable_pk = ? ORDER BY position"_s);
    while (rows.next()) {
        const std::optional<ParseWarning::Kind> kind = valueOf(warningKeys, rows.value(0).toString());
        if (!kind)
            continue;
        cable.warnings.append(ParseWarning { *kind, rows.value(1).toString(), rows.value(2).toLongLong() });
    }
    return cable;
}

bool CableStore::contains(const QString &id) const
{
    QSqlQuery query(m_library.database());
    query.prepare(u"SELECT 1 FROM cables WHERE id = ?"_s);
    query.addBindValue(id);
    return exec(query) && query.next();
}

qint64 CableStore::count() const
{
    QSqlQuery query(m_library.database());
    return query.exec(u"SELECT count(*) FROM cables"_s) && query.next() ? query.value(0).toLongLong() : 0;
}

QList<CableStore::Source> CableStore::sources(const QString &id) const
{
    QSqlQuery query(m_library.database());
    query.prepare(u"SELECT s.path, s.format, s.parser_version, s.digest, s.imported, s.path = c.source_path"
                  " FROM cable_sources s JOIN cables c ON c.pk = s.cable_pk WHERE c.id = ? ORDER BY s.path"_s);
    query.addBindValue(id);
    QList<Source> list;
    if (!exec(query))
        return list;
    while (query.next()) {
        list.append(Source { query.value(0).toString(),
            valueOf(formatKeys, query.value(1).toString()).value_or(SourceFormat::Unknown), query.value(2).toInt(),
            query.value(3).toByteArray(), readDateTime(query.value(4)), query.value(5).toBool() });
    }
    return list;
}

bool CableStore::isStored(const QString &sourcePath, const QByteArray &digest) const
{
    // Asked once per row of a release CSV: prepared once.
    QSqlQuery &query = m_statements->findSource;
    query.addBindValue(sourcePath);
    query.addBindValue(digest);
    query.addBindValue(ParserVersion);
    const bool stored = exec(query) && query.next();
    query.finish();
    return stored;
}

QStringList CableStore::staleIds(int parserVersion) const
{
    QSqlQuery query(m_library.database());
    query.prepare(u"SELECT id FROM cables WHERE parser_version < ? ORDER BY pk"_s);
    query.addBindValue(parserVersion);
    QStringList ids;
    if (exec(query)) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}

QByteArray CableStore::original(const QString &id) const
{
    QSqlQuery query(m_library.database());
    query.prepare(u"SELECT t.original FROM cables c JOIN cable_texts t ON t.cable_pk = c.pk WHERE c.id = ?"_s);
    query.addBindValue(id);
    return exec(query) && query.next() ? query.value(0).toByteArray() : QByteArray();
}

QString CableStore::primarySource(const QString &id) const
{
    QSqlQuery query(m_library.database());
    query.prepare(u"SELECT source_path FROM cables WHERE id = ?"_s);
    query.addBindValue(id);
    return exec(query) && query.next() ? query.value(0).toString() : QString();
}

CableStore::Stats CableStore::stats() const
{
    Stats stats;
    QSqlQuery query(m_library.database());
    query.prepare(u"SELECT (SELECT count(*) FROM cables), (SELECT count(*) FROM paragraphs),"
                  " (SELECT count(*) FROM cable_sources), (SELECT count(*) FROM cables WHERE parser_version < ?)"_s);
    query.addBindValue(ParserVersion);
    if (exec(query) && query.next()) {
        stats.cables = query.value(0).toLongLong();
        stats.paragraphs = query.value(1).toLongLong();
        stats.sources = query.value(2).toLongLong();
        stats.staleCables = query.value(3).toLongLong();
    }
    if (query.exec(u"SELECT state, count(*) FROM cable_references GROUP BY state"_s)) {
        while (query.next()) {
            const QString state = query.value(0).toString();
            const qint64 n = query.value(1).toLongLong();
            if (state == "resolved"_L1)
                stats.referencesResolved = n;
            else if (state == "missing"_L1)
                stats.referencesMissing = n;
            else if (state == "probable"_L1)
                stats.referencesProbable = n;
            else if (state == "pending"_L1)
                stats.referencesPending = n;
            else if (state == "none"_L1)
                stats.referencesNotCables = n;
        }
    }
    stats.sizeOnDisk = m_library.sizeOnDisk();
    return stats;
}

bool CableStore::indexPending(const std::function<void(qint64 done, qint64 total)> &progress)
{
    if (m_inBatch)
        return indexNew();
    // First the cables filled again (their paragraphs that were indexed
    // before, taken out then), then the new rows in steps of pk ranges: the
    // state advances with each committed step (see fts_state).
    const auto transaction = [this](const auto &work) {
        if (!execSql(u"BEGIN IMMEDIATE"_s))
            return false;
        if (!work() || !execSql(u"COMMIT"_s)) {
            const QString error = m_error;
            const LibraryHealth::Fault fault = m_fault;
            execSql(u"ROLLBACK"_s);
            m_error = error;
            m_fault = fault;
            return false;
        }
        return true;
    };
    const bool reindexed = transaction([this] {
        return execSql(u"INSERT INTO paragraphs_fts (rowid, text, tokens) SELECT pk, text, tokens FROM paragraph_search"
                       " WHERE cable_pk IN (SELECT cable_pk FROM fts_reindex)"
                       " AND pk <= (SELECT paragraphs_up_to FROM fts_state)"_s)
            && execSql(u"DELETE FROM fts_reindex"_s)
            && execSql(m_subjectsHaveTokens
                    ? u"INSERT INTO subjects_fts (rowid, subject, tokens) SELECT pk, subject, search_tokens FROM cables"
                      " WHERE pk > (SELECT subjects_up_to FROM fts_state)"_s
                    : u"INSERT INTO subjects_fts (rowid, subject) SELECT pk, subject FROM cables"
                      " WHERE pk > (SELECT subjects_up_to FROM fts_state)"_s)
            && execSql(u"UPDATE fts_state SET"
                       " subjects_up_to = max(subjects_up_to, coalesce((SELECT max(pk) FROM cables), 0))"_s);
    });
    if (!reindexed)
        return false;

    QSqlQuery range(m_library.database());
    if (!range.exec(u"SELECT (SELECT paragraphs_up_to FROM fts_state), coalesce((SELECT max(pk) FROM paragraphs), 0)"_s)
        || !range.next()) {
        m_error = tr("Cannot read the library %1: %2").arg(m_library.path(), range.lastError().text());
        m_fault = LibraryHealth::faultOf(range.lastError());
        return false;
    }
    const qint64 first = range.value(0).toLongLong();
    const qint64 last = range.value(1).toLongLong();
    range.finish();
    constexpr qint64 step = 50000; // paragraphs: a few seconds each
    for (qint64 from = first; from < last; from += step) {
        if (progress)
            progress(from - first, last - first);
        const qint64 to = std::min(last, from + step);
        const bool ok = transaction([this, from, to] {
            QSqlQuery insert(m_library.database());
            insert.prepare(
                u"INSERT INTO paragraphs_fts (rowid, text, tokens) SELECT pk, text, tokens FROM paragraph_search"
                " WHERE pk > ? AND pk <= ?"_s);
            insert.addBindValue(from);
            insert.addBindValue(to);
            QSqlQuery state(m_library.database());
            state.prepare(u"UPDATE fts_state SET paragraphs_up_to = max(paragraphs_up_to, ?)"_s);
            state.addBindValue(to);
            return exec(insert) && exec(state);
        });
        if (!ok)
            return false;
    }
    if (progress)
        progress(last - first, last - first);
    return true;
}

qint64 CableStore::unindexedCount() const
{
    QSqlQuery query(m_library.database());
    if (!query.exec(u"SELECT count(*) FROM (SELECT cable_pk FROM paragraphs"
                    " WHERE pk > (SELECT paragraphs_up_to FROM fts_state)"
                    " UNION SELECT pk FROM cables WHERE pk > (SELECT subjects_up_to FROM fts_state)"
                    " UNION SELECT cable_pk FROM fts_reindex)"_s)
        || !query.next()) {
        m_error = tr("Cannot read the library %1: %2").arg(m_library.path(), query.lastError().text());
        m_fault = LibraryHealth::faultOf(query.lastError());
        return -1;
    }
    return query.value(0).toLongLong();
}

bool CableStore::indexNew()
{
    // The rows stored since the last commit and the cables filled again, in
    // one statement per index (see fts_state in schemamigrations.cpp).
    return execSql(u"INSERT INTO paragraphs_fts (rowid, text, tokens) SELECT pk, text, tokens FROM paragraph_search"
                   " WHERE pk > (SELECT paragraphs_up_to FROM fts_state)"
                   " OR cable_pk IN (SELECT cable_pk FROM fts_reindex)"_s)
        && execSql(u"DELETE FROM fts_reindex"_s)
        && execSql(m_subjectsHaveTokens
                ? u"INSERT INTO subjects_fts (rowid, subject, tokens) SELECT pk, subject, search_tokens FROM cables"
                  " WHERE pk > (SELECT subjects_up_to FROM fts_state)"_s
                : u"INSERT INTO subjects_fts (rowid, subject) SELECT pk, subject FROM cables"
                  " WHERE pk > (SELECT subjects_up_to FROM fts_state)"_s)
        && execSql(u"UPDATE fts_state SET"
                   " paragraphs_up_to = max(paragraphs_up_to, coalesce((SELECT max(pk) FROM paragraphs), 0)),"
                   " subjects_up_to = max(subjects_up_to, coalesce((SELECT max(pk) FROM cables), 0))"_s);
}

QString CableStore::searchTokens(const QString &id, const QDateTime &created, const QString &origin,
    const QString &classification, const QStringList &tagCodes)
{
    QStringList tokens;
    const auto add = [&tokens](QChar prefix, QStringView text) {
        QString token(prefix);
        for (const QChar c : text) {
            if (c.isLetterOrNumber())
                token.append(c.toLower());
        }
        if (token.size() > 1 && !tokens.contains(token))
            tokens.append(token);
    };
    add(u'o', CableId::split(id).post);
    for (const QString &word : origin.split(u' ', Qt::SkipEmptyParts))
        add(u'o', word);
    for (const QString &part : classification.split(u"//"_s, Qt::SkipEmptyParts))
        add(u'c', part);
    for (const QString &code : tagCodes)
        add(u't', code);
    if (created.isValid()) {
        const QDate date = created.toUTC().date();
        add(u'y', date.toString(u"yyyy"_s));
        add(u'm', date.toString(u"yyyyMM"_s));
        add(u'd', date.toString(u"yyyyMMdd"_s));
    }
    return tokens.join(u' ');
}

bool CableStore::updateStatistics()
{
    if (m_inBatch) {
        m_error = tr("Cannot update the statistics while a batch is open.");
        return false;
    }
    // As SQLite advises: a full ANALYZE reads the whole library (gigabytes
    // after a release).
    return execSql(u"PRAGMA analysis_limit = 1000"_s) && execSql(u"ANALYZE"_s);
}

qint64 CableStore::quality(const Cable &cable)
{
    const qint64 metadata = (cable.created.isValid() ? 1 : 0) + (cable.released.isValid() ? 1 : 0)
        + (cable.classification.isEmpty() ? 0 : 1) + (cable.origin.isEmpty() ? 0 : 1) + (cable.title.isEmpty() ? 0 : 1);
    const qint64 warnings = std::min<qint64>(cable.warnings.size(), 999);
    qint64 paragraphs = 0;
    for (const Section &section : cable.sections)
        paragraphs += section.paragraphs.size();
    paragraphs = std::min<qint64>(paragraphs, 999);
    return metadata * 1'000'000 + (999 - warnings) * 1'000 + paragraphs;
}

bool CableStore::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_error = tr("Cannot write to the library %1: %2").arg(m_library.path(), query.lastError().text());
    m_fault = LibraryHealth::faultOf(query.lastError());
    return false;
}

bool CableStore::exec(SqliteStatement &statement) const
{
    if (statement.exec())
        return true;
    m_error = tr("Cannot write to the library %1: %2").arg(m_library.path(), statement.errorString());
    m_fault = LibraryHealth::faultOf(statement.errorCode());
    if (statement.errorCode() == 0)
        m_fault = LibraryHealth::Fault::Other;
    return false;
}

bool CableStore::execSql(const QString &sql) const
{
    QSqlQuery query(m_library.database());
    if (query.exec(sql))
        return true;
    m_error = tr("Cannot write to the library %1: %2").arg(m_library.path(), query.lastError().text());
    m_fault = LibraryHealth::faultOf(query.lastError());
    return false;
}
}
