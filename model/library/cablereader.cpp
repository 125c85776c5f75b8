// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablereader.h"

#include "cablerowcodec.h"
#include "librarydatabase.h"
#include "tagwords.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Reftel
{
CableReader::CableReader(LibraryDatabase &library)
    : m_library(library)
    , m_error(library)
{
    QSqlQuery columns(library.database());
    const QString hasColumn = library.isServer()
        ? u"SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()"
          " AND table_name = 'cable_texts' AND column_name = 'telegram_rebuilt'"_s
        : u"SELECT 1 FROM pragma_table_info('cable_texts') WHERE name = 'telegram_rebuilt'"_s;
    if (columns.exec(hasColumn))
        m_canRebuildTelegrams = columns.next();
}

CableReader::~CableReader() = default;

QSqlQuery CableReader::rowsOf(const QString &sql, const QVariant &key) const
{
    QSqlQuery rows(m_library.database());
    // Qt's PostgreSQL driver reads a forward-only result a row at a time,
    // and any other statement on the connection meanwhile (the previous
    // query's clean-up when rows is assigned again) drops the rest of it:
    // on a server the (small) result is read whole instead.
    rows.setForwardOnly(!m_library.isServer());
    rows.prepare(sql);
    rows.addBindValue(key);
    m_error.exec(rows);
    return rows;
}

std::optional<Cable> CableReader::load(const QString &id) const
{
    QSqlQuery query = rowsOf(u"SELECT "_s + CableRowCodec::loadColumns(m_canRebuildTelegrams)
            + u" FROM cables c LEFT JOIN cable_texts t ON t.cable_pk = c.pk WHERE c.id = ?"_s,
        id);
    if (!query.isActive() || !query.next())
        return std::nullopt;
    Cable cable;
    const qint64 pk = CableRowCodec::readCable(query, &cable);
    query.finish();
    readChildren(pk, &cable);
    readParagraphs(pk, &cable);
    readReport(pk, &cable);
    return cable;
}

// Recipients, tags and references.
void CableReader::readChildren(qint64 pk, Cable *cable) const
{
    QSqlQuery rows = rowsOf(u"SELECT kind, routing_indicator, name, precedence, serial FROM recipients"
                            " WHERE cable_pk = ? ORDER BY kind DESC, position"_s,
        pk);
    while (rows.next()) {
        Addressee to { rows.value(1).toString(), rows.value(2).toString(), rows.value(3).toString(),
            rows.value(4).toString() };
        (rows.value(0).toString() == "to"_L1 ? cable->routing.to : cable->routing.info).append(to);
    }

    rows = rowsOf(u"SELECT code, list FROM cable_tags WHERE cable_pk = ? ORDER BY position"_s, pk);
    while (rows.next()) {
        // A person or a phrase of the TAGS line keeps its kind, which the glossary cannot tell.
        TagInfo tag = TagWords::describe(rows.value(0).toString());
        tag.code = rows.value(0).toString();
        (rows.value(1).toString() == "subject"_L1 ? cable->subjectTags : cable->countryTags).append(tag);
    }

    rows = rowsOf(u"SELECT letter, text, cited_id, title FROM cable_references"
                  " WHERE cable_pk = ? AND listed = 1 ORDER BY position"_s,
        pk);
    while (rows.next())
        cable->references.append(Reference {
            rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString(), rows.value(3).toString() });
}

void CableReader::readParagraphs(qint64 pk, Cable *cable) const
{
    QSqlQuery rows = rowsOf(u"SELECT heading FROM sections WHERE cable_pk = ? ORDER BY position"_s, pk);
    while (rows.next())
        cable->sections.append(Section { rows.value(0).toString(), {} });
    rows = rowsOf(u"SELECT section, number, anchor, mark, text, markup FROM paragraphs"
                  " WHERE cable_pk = ? ORDER BY section, position"_s,
        pk);
    while (rows.next()) {
        const qsizetype section = rows.value(0).toLongLong();
        if (section < 0)
            continue;
        while (cable->sections.size() <= section)
            cable->sections.append(Section {});
        Paragraph paragraph;
        paragraph.number = rows.value(1).toInt();
        paragraph.anchor = rows.value(2).toString();
        paragraph.mark = rows.value(3).toString();
        paragraph.text = rows.value(4).toString();
        CableRowCodec::readMarkup(rows.value(5), &paragraph);
        cable->sections[section].paragraphs.append(paragraph);
    }
}

// The deduplication report and the parse warnings.
void CableReader::readReport(qint64 pk, Cable *cable) const
{
    QSqlQuery rows =
        rowsOf(u"SELECT kind, area, start, length, text FROM dedup_entries WHERE cable_pk = ? ORDER BY position"_s, pk);
    while (rows.next()) {
        const std::optional<DedupEntry::Kind> kind = CableRowCodec::dedupKindFrom(rows.value(0).toString());
        if (!kind)
            continue; // written by a newer parser; nothing to show it as
        DedupEntry entry;
        entry.kind = *kind;
        entry.in = CableRowCodec::areaFrom(rows.value(1).toString());
        entry.position = rows.value(2).toLongLong();
        entry.length = rows.value(3).toLongLong();
        entry.text = rows.value(4).toString();
        cable->dedup.append(entry);
    }

    rows = rowsOf(u"SELECT kind, message, start FROM parse_warnings WHERE cable_pk = ? ORDER BY position"_s, pk);
    while (rows.next()) {
        const std::optional<ParseWarning::Kind> kind = CableRowCodec::warningKindFrom(rows.value(0).toString());
        if (!kind)
            continue;
        cable->warnings.append(ParseWarning { *kind, rows.value(1).toString(), rows.value(2).toLongLong() });
    }
}

bool CableReader::contains(const QString &id) const
{
    QSqlQuery query = rowsOf(u"SELECT 1 FROM cables WHERE id = ?"_s, id);
    return query.next();
}

qint64 CableReader::count() const
{
    QSqlQuery query(m_library.database());
    return query.exec(u"SELECT count(*) FROM cables"_s) && query.next() ? query.value(0).toLongLong() : 0;
}

QList<CableReader::Source> CableReader::sources(const QString &id) const
{
    QSqlQuery query =
        rowsOf(u"SELECT s.path, s.format, s.parser_version, s.digest, s.imported, s.path = c.source_path"
               " FROM cable_sources s JOIN cables c ON c.pk = s.cable_pk WHERE c.id = ? ORDER BY s.path"_s,
            id);
    QList<Source> list;
    while (query.next()) {
        list.append(Source { query.value(0).toString(), CableRowCodec::formatFrom(query.value(1).toString()),
            query.value(2).toInt(), query.value(3).toByteArray(), CableRowCodec::dateTimeFrom(query.value(4)),
            query.value(5).toBool() });
    }
    return list;
}

bool CableReader::isStored(const QString &sourcePath, const QByteArray &digest) const
{
    // Asked once per row of a release CSV: prepared once.
    if (!m_findSource) {
        m_findSource = std::make_unique<QSqlQuery>(m_library.database());
        m_findSource->setForwardOnly(true);
        if (!m_findSource->prepare(
                u"SELECT 1 FROM cable_sources WHERE path = ? AND digest = ? AND parser_version >= ? LIMIT 1"_s))
            qWarning("CableReader: cannot prepare: %s", qPrintable(m_findSource->lastError().text()));
    }
    QSqlQuery &query = *m_findSource;
    query.addBindValue(sourcePath);
    query.addBindValue(digest);
    query.addBindValue(ParserVersion);
    const bool stored = m_error.exec(query) && query.next();
    query.finish();
    return stored;
}

QStringList CableReader::staleIds(int parserVersion) const
{
    QSqlQuery query = rowsOf(u"SELECT id FROM cables WHERE parser_version < ? ORDER BY pk"_s, parserVersion);
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

QByteArray CableReader::original(const QString &id) const
{
    QSqlQuery query =
        rowsOf(u"SELECT t.original FROM cables c JOIN cable_texts t ON t.cable_pk = c.pk WHERE c.id = ?"_s, id);
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

QString CableReader::primarySource(const QString &id) const
{
    QSqlQuery query = rowsOf(u"SELECT source_path FROM cables WHERE id = ?"_s, id);
    return query.next() ? query.value(0).toString() : QString();
}

CableStats CableReader::stats() const
{
    return CableStats::of(m_library);
}

qint64 CableReader::unindexedCount() const
{
    QSqlQuery query(m_library.database());
    // On a server the index is the tsv columns (see CableWriter): a row
    // whose tsv is still NULL is not searchable yet.
    const QString sql = m_library.isServer()
        ? u"SELECT count(*) FROM (SELECT cable_pk FROM paragraphs WHERE tsv IS NULL"
          " UNION SELECT pk FROM cables WHERE tsv IS NULL) AS unindexed"_s
        : u"SELECT count(*) FROM (SELECT cable_pk FROM paragraphs"
          " WHERE pk > (SELECT paragraphs_up_to FROM fts_state)"
          " UNION SELECT pk FROM cables WHERE pk > (SELECT subjects_up_to FROM fts_state)"
          " UNION SELECT cable_pk FROM fts_reindex)"_s;
    if (!query.exec(sql) || !query.next()) {
        m_error.readFailed(query);
        return -1;
    }
    return query.value(0).toLongLong();
}
}
