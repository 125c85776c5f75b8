// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
#include "libraryhealth.h"
#include "preparedcable.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Reftel
{
class SqliteStatement;
class LibraryDatabase;

// Writes parsed cables into the library and reads them back for display.
//
// Writing is meant to be batched by the caller: begin(), many store(), then
// commit(), which first indexes the batch's rows for full-text search in
// bulk, resolves the references the batch touched (see ReferenceResolver)
// and then commits, so a batch is all or nothing and a killed import leaves
// the library at the last committed batch. store() outside a batch runs in
// a transaction of its own. One CableStore per connection and thread.
//
// store() is idempotent: the same cable again updates its row in place.
// A cable read from several saved forms is one cable with several sources;
// the best-informed form (see quality()) fills the row, the others only fill
// header fields it lacks. User data (annotations, user tags) is keyed by
// cable id and paragraph anchor and is never touched by store().
class CableStore final
{
public:
    enum class StoreResult
    {
        Failed,
        Inserted, // a cable new to the library
        Updated, // the row was filled again from this source
        Merged, // another source fills the row; this one was added to its sources
        // This source would have filled the row but holds less than half
        // of the text stored (a page cut short): the longer text stays, and
        // this source only fills header fields the row lacks, as Merged.
        KeptLonger,
    };

    struct Stats
    {
        qint64 cables = 0;
        qint64 paragraphs = 0;
        qint64 sources = 0;
        qint64 referencesResolved = 0;
        qint64 referencesMissing = 0;
        qint64 referencesProbable = 0;
        qint64 referencesPending = 0;
        qint64 referencesNotCables = 0; // EMAIL, TELECON...
        qint64 staleCables = 0; // parsed by an older parser
        qint64 sizeOnDisk = 0; // bytes, with the WAL
    };

    struct Source
    {
        QString path;
        SourceFormat format = SourceFormat::Unknown;
        int parserVersion = 0;
        QByteArray digest;
        QDateTime imported;
        bool primary = false; // the source whose parse fills the cable
    };

    explicit CableStore(LibraryDatabase &library);
    ~CableStore();
    Q_DISABLE_COPY_MOVE(CableStore)

    bool begin();
    bool commit();
    void rollback();
    bool inBatch() const { return m_inBatch; }

    // A large first import may leave full-text indexing to the end: commit()
    // then only stores, and indexPending() (outside a batch, or inside one)
    // indexes everything stored since, in one pass. Rows not yet indexed are
    // remembered in the file (fts_state), so an interrupted import indexes
    // them at the next commit or indexPending(); until then searches do not
    // see them.
    void setIndexingDeferred(bool deferred) { m_indexingDeferred = deferred; }
    bool indexingDeferred() const { return m_indexingDeferred; }
    // Outside a batch it indexes in steps, each committed, so a kill loses
    // at most one step; progress(done, total) counts paragraphs.
    bool indexPending(const std::function<void(qint64 done, qint64 total)> &progress = {});
    // Cables that searches cannot find yet, or not wholly: stored by an
    // import that was stopped before it indexed them (see indexPending()).
    qint64 unindexedCount() const;

    // sourcePath: the file (or "<file>:<row>") the cable was read from.
    StoreResult store(const Cable &cable, const QString &sourcePath);
    StoreResult store(const PreparedCable &prepared, const QString &sourcePath);

    // The cable as stored, for display: header, routing, sections and
    // paragraphs with citations and spans, references, dedup entries,
    // warnings and the original text.
    std::optional<Cable> load(const QString &id) const;

    bool contains(const QString &id) const;
    qint64 count() const;
    QList<Source> sources(const QString &id) const;

    // True when this exact source (same path, same bytes) is stored and was
    // parsed by the current parser: an import resuming after a cancel or a
    // crash skips it. digest: PreparedCable::digestOf() the bytes.
    bool isStored(const QString &sourcePath, const QByteArray &digest) const;

    // Cables parsed by a parser older than ParserVersion; parse original()
    // again with primarySource() as its name and store() the result.
    QStringList staleIds(int parserVersion = ParserVersion) const;
    QByteArray original(const QString &id) const;
    QString primarySource(const QString &id) const;

    Stats stats() const;

    // After a large import: the planner's statistics, from a sample of each
    // index. The full-text segments are left to FTS5's automerge: merging
    // them into one ('optimize') cost the whole release 25 s and made the
    // searches no faster (docs/benchmarks.md).
    bool updateStatistics();

    QString errorString() const { return m_error; }
    // After KeptLonger: the lengths of the text kept and of the one refused.
    qsizetype keptLength() const { return m_keptLength; }
    qsizetype refusedLength() const { return m_refusedLength; }
    // What kind of failure the last one was (a full disk, a busy or
    // damaged library...), for the importer to decide whether to go on.
    LibraryHealth::Fault fault() const { return m_fault; }

    // How much a saved form tells about a cable; the larger wins. Declared
    // metadata first (a search page beats a bare telegram), then fewer parse
    // warnings, then more paragraphs.
    static qint64 quality(const Cable &cable);

    // The words a cable's paragraphs are indexed with besides their text, so
    // that field filters are full-text terms (see SearchQuery::tokenMatch()):
    // o + post and each word of the origin, c + each part of the
    // classification, t + each TAGS code, y/m/d + the date created
    // ("oastana oembassy cconfidential tpgov y2009 m200902 d20090212").
    static QString searchTokens(const QString &id, const QDateTime &created, const QString &origin,
        const QString &classification, const QStringList &tagCodes);

private:
    struct Statements;

    bool writeCable(const PreparedCable &prepared, const QString &sourcePath, StoreResult *result);
    bool writeChildren(const Cable &cable, qint64 pk, bool fresh);
    bool indexNew();
    bool exec(QSqlQuery &query) const;
    bool exec(SqliteStatement &statement) const;
    bool execSql(const QString &sql) const;

    LibraryDatabase &m_library;
    std::unique_ptr<Statements> m_statements;
    bool m_inBatch = false;
    bool m_indexingDeferred = false;
    bool m_canRebuildTelegrams = false; // the schema has cable_texts.telegram_rebuilt
    bool m_subjectsHaveTokens = false; // subjects_fts has a tokens column (schema 3)
    mutable QString m_error;
    qsizetype m_keptLength = 0;
    qsizetype m_refusedLength = 0;
    mutable LibraryHealth::Fault m_fault = LibraryHealth::Fault::None;
};
}
