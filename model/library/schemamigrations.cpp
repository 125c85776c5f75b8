// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamigrations.h"

#include "postgresqlschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringView>

#include <array>
#include <span>

namespace Reftel
{
namespace
{
// Dates are ISO 8601 UTC text ("2009-02-12T05:16:00Z"): they sort and compare
// as text, and stay readable in the sqlite3 shell. Enumerations are stored
// as stable keys (see cablerowcodec.cpp), never as C++ enum values.
constexpr std::array version1 {
    // One row per cable id. pk is what child rows point at; it never changes
    // while the cable exists (re-import updates the row in place).
    u"CREATE TABLE cables ("
    " pk INTEGER PRIMARY KEY AUTOINCREMENT," // never reused: see fts_state
    " id TEXT NOT NULL UNIQUE," // 09ASTANA253
    " post TEXT NOT NULL DEFAULT ''," // ASTANA, from the id
    " year INTEGER," // 2009, from the id
    " serial INTEGER," // 253, from the id
    " created TEXT,"
    " created_corrected INTEGER NOT NULL DEFAULT 0,"
    " released TEXT,"
    " classification TEXT,"
    " origin TEXT,"
    " title TEXT,"
    " subject TEXT NOT NULL DEFAULT '',"
    " search_tokens TEXT NOT NULL DEFAULT ''," // indexed with each paragraph, see CableRowCodec::searchTokens()
    " format TEXT NOT NULL DEFAULT '',"
    " source_name TEXT NOT NULL DEFAULT '',"
    " source_path TEXT NOT NULL DEFAULT ''," // the source whose parse fills the row
    " quality INTEGER NOT NULL DEFAULT 0," // of that source, to choose between saved forms
    " routing TEXT," // JSON, addressees in recipients
    " banner TEXT," // JSON
    " caveats TEXT," // JSON array
    " passing_instructions TEXT," // JSON array
    " declassification TEXT,"
    " declassify_on TEXT,"
    " classified_by TEXT," // JSON
    " signature TEXT,"
    " release_references TEXT," // JSON array
    " parser_version INTEGER NOT NULL,"
    " imported TEXT NOT NULL,"
    " updated TEXT NOT NULL)",
    // The texts, apart: they are most of the bytes, and keeping them out of
    // cables keeps its rows small for the library list's scans and sorts.
    u"CREATE TABLE cable_texts ("
    " cable_pk INTEGER PRIMARY KEY REFERENCES cables(pk) ON DELETE CASCADE,"
    " original BLOB," // the saved document, byte for byte
    " document_text TEXT," // NULL when it is the original read as UTF-8
    " telegram TEXT," // NULL when it is a slice of the document text
    " telegram_offset INTEGER NOT NULL DEFAULT -1,"
    " telegram_length INTEGER NOT NULL DEFAULT 0)",
    // What the library list sorts and filters on.
    u"CREATE INDEX cables_created ON cables(created)",
    u"CREATE INDEX cables_origin ON cables(origin, created)",
    u"CREATE INDEX cables_classification ON cables(classification, created)",
    u"CREATE INDEX cables_post_year_serial ON cables(post, year, serial)",
    u"CREATE INDEX cables_parser_version ON cables(parser_version)",

    // Every saved form the cable was read from.
    u"CREATE TABLE cable_sources ("
    " cable_pk INTEGER NOT NULL REFERENCES cables(pk) ON DELETE CASCADE,"
    " path TEXT NOT NULL,"
    " format TEXT NOT NULL DEFAULT '',"
    " parser_version INTEGER NOT NULL,"
    " digest BLOB," // SHA-1 of the bytes, so an import can skip what it has
    " quality INTEGER NOT NULL DEFAULT 0,"
    " imported TEXT NOT NULL,"
    " PRIMARY KEY (cable_pk, path)) WITHOUT ROWID",
    u"CREATE INDEX cable_sources_path ON cable_sources(path)",

    u"CREATE TABLE recipients ("
    " cable_pk INTEGER NOT NULL REFERENCES cables(pk) ON DELETE CASCADE,"
    " kind TEXT NOT NULL CHECK (kind IN ('to', 'info')),"
    " position INTEGER NOT NULL,"
    " routing_indicator TEXT NOT NULL DEFAULT '',"
    " name TEXT NOT NULL DEFAULT '',"
    " precedence TEXT NOT NULL DEFAULT '',"
    " serial TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (cable_pk, kind, position)) WITHOUT ROWID",
    u"CREATE INDEX recipients_name ON recipients(name)",

    // TAGS line; the meaning comes from the glossary when loading.
    u"CREATE TABLE cable_tags ("
    " cable_pk INTEGER NOT NULL REFERENCES cables(pk) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " code TEXT NOT NULL,"
    " list TEXT NOT NULL CHECK (list IN ('subject', 'country')),"
    " PRIMARY KEY (cable_pk, position)) WITHOUT ROWID",
    u"CREATE INDEX cable_tags_code ON cable_tags(code, cable_pk)",

    // REF entries (listed = 1) and the ids only the release's own list gives
    // (listed = 0). cited_post/year/serial split cited_id for the search of
    // a probable target. state: 'pending' until the resolver has seen the
    // row, then 'resolved', 'missing', 'probable' or 'none' (not a cable).
    u"CREATE TABLE cable_references ("
    " pk INTEGER PRIMARY KEY,"
    " cable_pk INTEGER NOT NULL REFERENCES cables(pk) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " listed INTEGER NOT NULL DEFAULT 1,"
    " letter TEXT NOT NULL DEFAULT '',"
    " text TEXT NOT NULL DEFAULT '',"
    " cited_id TEXT NOT NULL DEFAULT '',"
    " title TEXT NOT NULL DEFAULT '',"
    " title_key TEXT," // the title's longest word, to find probable targets cheaply
    " cited_post TEXT,"
    " cited_year INTEGER,"
    " cited_serial INTEGER,"
    " state TEXT NOT NULL DEFAULT 'pending'"
    "  CHECK (state IN ('pending', 'resolved', 'missing', 'probable', 'none')),"
    " target_id TEXT," // the cable it resolves to (cited_id, or the probable one)
    " score REAL," // how well a probable target's subject matches the title
    " reason TEXT)", // why a probable target was chosen
    u"CREATE INDEX cable_references_cable ON cable_references(cable_pk, position)",
    u"CREATE INDEX cable_references_cited ON cable_references(cited_id)",
    u"CREATE INDEX cable_references_target ON cable_references(target_id)",
    u"CREATE INDEX cable_references_missing ON cable_references(cited_post, cited_year, cited_serial)"
    " WHERE state IN ('missing', 'probable')",

    // Cables whose references, or references to which, the resolver still has
    // to look at. Written in the same transaction as the cable, so a killed
    // import resumes resolution where it stopped.
    u"CREATE TABLE resolution_queue (cable_pk INTEGER PRIMARY KEY)",

    u"CREATE TABLE sections ("
    " cable_pk INTEGER NOT NULL REFERENCES cables(pk) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " heading TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (cable_pk, position)) WITHOUT ROWID",

    // A paragraph's identity is its anchor within its cable: re-import updates
    // the row with the same anchor in place, so unchanged paragraphs keep
    // their rowid and their full-text index entries.
    u"CREATE TABLE paragraphs ("
    " pk INTEGER PRIMARY KEY AUTOINCREMENT," // never reused: see fts_state
    " cable_pk INTEGER NOT NULL REFERENCES cables(pk) ON DELETE CASCADE,"
    " anchor TEXT NOT NULL," // 09ASTANA253¶5
    " section INTEGER NOT NULL DEFAULT 0,"
    " position INTEGER NOT NULL,"
    " number INTEGER NOT NULL DEFAULT 0,"
    " mark TEXT NOT NULL DEFAULT '',"
    " text TEXT NOT NULL DEFAULT '',"
    " markup TEXT," // JSON: citations and spans, NULL when there are none
    " UNIQUE (cable_pk, anchor))",

    u"CREATE TABLE dedup_entries ("
    " cable_pk INTEGER NOT NULL REFERENCES cables(pk) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " kind TEXT NOT NULL,"
    " area TEXT NOT NULL CHECK (area IN ('document', 'telegram')),"
    " start INTEGER NOT NULL,"
    " length INTEGER NOT NULL,"
    " text TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (cable_pk, position)) WITHOUT ROWID",

    u"CREATE TABLE parse_warnings ("
    " cable_pk INTEGER NOT NULL REFERENCES cables(pk) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " kind TEXT NOT NULL,"
    " message TEXT NOT NULL DEFAULT '',"
    " start INTEGER NOT NULL DEFAULT -1,"
    " PRIMARY KEY (cable_pk, position)) WITHOUT ROWID",

    // External content: the text lives once, in paragraphs and cables. The
    // paragraph index has a second column with the cable's search tokens
    // (post, origin, classification, TAGS, date), so that field filters are
    // FTS terms too and a filtered search never joins hits to their cables.
    //
    // New rows are indexed in bulk when a batch commits (CableWriter::commit()):
    // one INSERT ... SELECT per batch instead of one per row, because FTS5
    // flushes its pending terms at every savepoint, which per-row triggers
    // inside statement journals turn into a tiny segment per row. fts_state
    // holds the highest pk indexed; rows above it are not in the index yet.
    // A cable filled again is taken out of the index (with the values it was
    // indexed with) and queued in fts_reindex. The store does this itself, so
    // paragraphs have no triggers: delete paragraphs only through CableWriter.
    u"CREATE VIEW paragraph_search AS SELECT p.pk AS pk, p.cable_pk AS cable_pk, p.text AS text,"
    " c.search_tokens AS tokens FROM paragraphs p JOIN cables c ON c.pk = p.cable_pk",
    u"CREATE TABLE fts_state ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " paragraphs_up_to INTEGER NOT NULL DEFAULT 0,"
    " subjects_up_to INTEGER NOT NULL DEFAULT 0)",
    u"INSERT INTO fts_state (id) VALUES (1)",
    u"CREATE TABLE fts_reindex (cable_pk INTEGER PRIMARY KEY)",
    u"CREATE VIRTUAL TABLE paragraphs_fts USING fts5("
    " text, tokens, content='paragraph_search', content_rowid='pk', tokenize='unicode61 remove_diacritics 2')",
    u"CREATE VIRTUAL TABLE subjects_fts USING fts5("
    " subject, content='cables', content_rowid='pk', tokenize='unicode61 remove_diacritics 2')",
    // Fewer, larger merges while importing.
    u"INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('automerge', 8)",
    u"CREATE TRIGGER subjects_fts_delete AFTER DELETE ON cables"
    " WHEN old.pk <= (SELECT subjects_up_to FROM fts_state) BEGIN"
    " INSERT INTO subjects_fts(subjects_fts, rowid, subject) VALUES ('delete', old.pk, old.subject); END",
    u"CREATE TRIGGER subjects_fts_update AFTER UPDATE OF subject ON cables"
    " WHEN old.subject IS NOT new.subject AND old.pk <= (SELECT subjects_up_to FROM fts_state) BEGIN"
    " INSERT INTO subjects_fts(subjects_fts, rowid, subject) VALUES ('delete', old.pk, old.subject);"
    " INSERT INTO subjects_fts(rowid, subject) VALUES (new.pk, new.subject); END",
};

constexpr std::array version2 {
    u"CREATE TABLE user_tags ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " colour TEXT NOT NULL DEFAULT '',"
    " parent INTEGER REFERENCES user_tags(id) ON DELETE CASCADE)",
    u"CREATE UNIQUE INDEX user_tags_name ON user_tags(ifnull(parent, 0), name)",
    // The user's tags on whole cables, by cable id: no foreign key to cables,
    // so removing and importing a cable again finds them still there.
    u"CREATE TABLE cable_user_tags ("
    " cable_id TEXT NOT NULL,"
    " tag_id INTEGER NOT NULL REFERENCES user_tags(id) ON DELETE CASCADE,"
    " PRIMARY KEY (cable_id, tag_id)) WITHOUT ROWID",
    u"CREATE INDEX cable_user_tags_tag ON cable_user_tags(tag_id)",
    // Anchored by cable id + paragraph anchor + character offsets, with the
    // quoted text and its context to re-anchor (or mark detached) when a
    // re-parse changes the paragraph.
    u"CREATE TABLE annotations ("
    " id INTEGER PRIMARY KEY,"
    " cable_id TEXT NOT NULL,"
    " anchor TEXT NOT NULL,"
    " start INTEGER NOT NULL DEFAULT 0,"
    " length INTEGER NOT NULL DEFAULT 0,"
    " quote TEXT NOT NULL DEFAULT '',"
    " prefix TEXT NOT NULL DEFAULT '',"
    " suffix TEXT NOT NULL DEFAULT '',"
    " note TEXT NOT NULL DEFAULT '',"
    " author TEXT NOT NULL DEFAULT '',"
    " created TEXT NOT NULL,"
    " modified TEXT NOT NULL,"
    " detached INTEGER NOT NULL DEFAULT 0)",
    u"CREATE INDEX annotations_cable ON annotations(cable_id, anchor)",
    u"CREATE TABLE annotation_tags ("
    " annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
    " tag_id INTEGER NOT NULL REFERENCES user_tags(id) ON DELETE CASCADE,"
    " PRIMARY KEY (annotation_id, tag_id)) WITHOUT ROWID",
    u"CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id)",
};

// Step 3. A release CSV row's telegram is what the reader makes of the row again
// (ReleaseCsvRow::telegramOf()): stored as NULL with telegram_rebuilt = 1
// instead of a second copy of the row's text (a quarter of a whole release's
// library). Rows written before keep their stored telegram.
//
// FTS5 writes its pending terms out as a new segment whenever they pass
// 'hashsize' (1 MB by default): an import batch made dozens of small
// segments that automerge then merged again and again. 64 MB makes one
// segment per batch (measured: full-text indexing of a release 40 % faster);
// the memory is only taken while a batch is indexed.
//
// The subject index gets the cable's search tokens as a second column, as the
// paragraph index has them: a filtered search then filters subject hits in
// FTS5 too, instead of reading each hit's cable row (a common word and a
// filter read thousands of rows, most of them from disk). Rebuilt from cables.
constexpr std::array releaseStorageStep {
    u"ALTER TABLE cable_texts ADD COLUMN telegram_rebuilt INTEGER NOT NULL DEFAULT 0",
    u"INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('hashsize', 67108864)",
    u"DROP TRIGGER subjects_fts_delete",
    u"DROP TRIGGER subjects_fts_update",
    u"DROP TABLE subjects_fts",
    u"CREATE VIEW subject_search AS SELECT pk, subject, search_tokens AS tokens FROM cables",
    u"CREATE VIRTUAL TABLE subjects_fts USING fts5("
    " subject, tokens, content='subject_search', content_rowid='pk', tokenize='unicode61 remove_diacritics 2')",
    u"INSERT INTO subjects_fts (rowid, subject, tokens) SELECT pk, subject, search_tokens FROM cables"
    " WHERE pk <= (SELECT subjects_up_to FROM fts_state)",
    u"CREATE TRIGGER subjects_fts_delete AFTER DELETE ON cables"
    " WHEN old.pk <= (SELECT subjects_up_to FROM fts_state) BEGIN"
    " INSERT INTO subjects_fts(subjects_fts, rowid, subject, tokens)"
    " VALUES ('delete', old.pk, old.subject, old.search_tokens); END",
    u"CREATE TRIGGER subjects_fts_update AFTER UPDATE OF subject, search_tokens ON cables"
    " WHEN (old.subject IS NOT new.subject OR old.search_tokens IS NOT new.search_tokens)"
    " AND old.pk <= (SELECT subjects_up_to FROM fts_state) BEGIN"
    " INSERT INTO subjects_fts(subjects_fts, rowid, subject, tokens)"
    " VALUES ('delete', old.pk, old.subject, old.search_tokens);"
    " INSERT INTO subjects_fts(rowid, subject, tokens) VALUES (new.pk, new.subject, new.search_tokens); END",
};

// Step 4. Annotations, usable: note search, drafts, recent tags.
constexpr std::array annotationsStep {
    // When a tag was last applied, for the number keys 1-9 (recent tags).
    u"ALTER TABLE user_tags ADD COLUMN last_used TEXT",
    // External content: notes live once, in annotations. Unlike paragraphs,
    // annotations change one at a time, so triggers keep the index in step.
    u"CREATE VIRTUAL TABLE annotations_fts USING fts5("
    " note, content='annotations', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    u"INSERT INTO annotations_fts (annotations_fts) VALUES ('rebuild')",
    u"CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN"
    " INSERT INTO annotations_fts (rowid, note) VALUES (new.id, new.note); END",
    u"CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN"
    " INSERT INTO annotations_fts (annotations_fts, rowid, note) VALUES ('delete', old.id, old.note); END",
    u"CREATE TRIGGER annotations_fts_update AFTER UPDATE OF note ON annotations"
    " WHEN old.note IS NOT new.note BEGIN"
    " INSERT INTO annotations_fts (annotations_fts, rowid, note) VALUES ('delete', old.id, old.note);"
    " INSERT INTO annotations_fts (rowid, note) VALUES (new.id, new.note); END",
    // The annotations browser filters by author and sorts by time.
    u"CREATE INDEX annotations_author ON annotations(author)",
    u"CREATE INDEX annotations_modified ON annotations(modified)",
    // A note being typed, saved every second or so: a killed program loses at
    // most the last keystrokes. key is "annotation/<id>" for an existing
    // annotation or "new/<anything>" for one not created yet (see
    // AnnotationStore::draftKey()); the context says where a new one goes.
    u"CREATE TABLE annotation_drafts ("
    " key TEXT PRIMARY KEY,"
    " annotation_id INTEGER," // NULL for a new annotation
    " cable_id TEXT NOT NULL DEFAULT '',"
    " anchor TEXT NOT NULL DEFAULT '',"
    " text TEXT NOT NULL DEFAULT '',"
    " saved TEXT NOT NULL)",
};

const std::array<std::span<const char16_t *const>, 4> steps {
    std::span<const char16_t *const>(version1),
    std::span<const char16_t *const>(version2),
    std::span<const char16_t *const>(releaseStorageStep),
    std::span<const char16_t *const>(annotationsStep),
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::SchemaMigrations", text);
}
}

int SchemaMigrations::latestVersion()
{
    return int(steps.size());
}

bool SchemaMigrations::isPostgreSql(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

int SchemaMigrations::version(const QSqlDatabase &db)
{
    if (isPostgreSql(db))
        return PostgreSqlSchema::version(db);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool SchemaMigrations::migrate(QSqlDatabase &db, int targetVersion, QString *error)
{
    if (isPostgreSql(db))
        return PostgreSqlSchema::migrate(db, targetVersion, error);
    const int current = version(db);
    if (current < 0) {
        *error = tr("Cannot read the schema version: %1").arg(db.lastError().text());
        return false;
    }
    if (current > latestVersion()) {
        *error = tr("The library was written by a newer version of Reftel (schema %1; this version knows up to %2). "
                    "Update Reftel to open it.")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    for (int step = current; step < targetVersion && step < latestVersion(); ++step) {
        if (!db.transaction()) {
            *error = tr("Cannot start the upgrade to schema %1: %2").arg(step + 1).arg(db.lastError().text());
            return false;
        }
        QSqlQuery query(db);
        bool ok = true;
        for (const char16_t *statement : steps[std::size_t(step)]) {
            if (!query.exec(QString::fromUtf16(statement))) {
                ok = false;
                break;
            }
        }
        // PRAGMA takes no bound parameters; the value is our own integer.
        if (ok)
            ok = query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step + 1));
        if (!ok) {
            *error = tr("Cannot upgrade the library to schema %1: %2").arg(step + 1).arg(query.lastError().text());
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            *error = tr("Cannot commit the upgrade to schema %1: %2").arg(step + 1).arg(db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}
}
