// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarylocation.h"
#include "schemamigrations.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Reftel
{
class AnnotationStore;
class CableReader;
class CableWriter;
class LibrarySearch;
class ReferenceResolver;
class UserTagStore;

// One library file and one named connection to it. A connection belongs to
// the thread that opened it: a worker thread opens its own LibraryDatabase
// on the same file (WAL lets readers work while one writer writes).
//
// It is also the one object the rest of the program asks for the classes
// that read and write the library (see "The library seam" in
// docs/architecture.md): each is made on first use, once per connection,
// and dropped when the connection closes, so nothing outside model/library
// builds a store of its own or prepares statements it does not need.
class LibraryDatabase final
{
public:
    LibraryDatabase();
    ~LibraryDatabase();
    Q_DISABLE_COPY_MOVE(LibraryDatabase)

    // QStandardPaths::AppDataLocation/library.sqlite
    static QString defaultPath();

    // Opens or creates the file: WAL, foreign keys, busy timeout 5 s,
    // synchronous NORMAL, then brings the schema up to schemaVersion (tests
    // pass a lower one to make a database as an older Reftel did). On failure
    // errorString() names the file and the problem and the object is closed.
    // A file or folder that cannot be written fails here, once, naming it.
    bool open(const QString &path, int schemaVersion = SchemaMigrations::latestVersion());
    // For commands that only read: never creates the file or its folder (a
    // path that does not exist fails, saying so), writes nothing, and works
    // on a library in a read-only folder or on read-only media. A library
    // of an older schema is upgraded first where the file can be written.
    bool openForReading(const QString &path);
    // Either kind of library. A team library (PostgreSQL) is brought up to
    // date like a file; opened for reading, its session then writes nothing
    // (default_transaction_read_only). What is SQLite's alone (the WAL
    // journal, damage checks, bulk writes without fsync, memory limits, the
    // FTS5 ranking) does nothing on a server. needsPassword() says a failure
    // was the server asking for a password the location did not hold.
    bool open(const LibraryLocation &location, int schemaVersion = SchemaMigrations::latestVersion());
    bool openForReading(const LibraryLocation &location);
    void close();

    LibraryLocation location() const { return m_location; }
    LibraryLocation::Engine engine() const { return m_location.engine(); }
    bool isServer() const { return m_location.isServer(); }
    bool needsPassword() const { return m_needsPassword; }

    bool isOpen() const { return m_db.isOpen(); }
    bool isReadOnly() const { return m_readOnly; }
    // How long a write waits for another program's write lock before it
    // fails with "busy" (5 s unless set).
    void setBusyTimeout(int milliseconds);

    // Damage. open() checks the file (PRAGMA quick_check) when the last
    // session on it did not close cleanly (it was killed, or the machine
    // stopped): a damaged file fails to open, with damaged() true. After
    // that, SQLite's own reports of damage (see LibraryHealth) are watched:
    // damageSeen() says one came since the library was opened, and
    // checkDamage() then says what is wrong (empty when nothing is).
    bool damaged() const { return m_damaged; }
    bool previousSessionCrashed() const { return m_crashed; }
    bool damageSeen() const;
    QStringList checkDamage();
    // The file, or for a team library its location's text (no password).
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;

    // The connection, for the classes that work on the library.
    QSqlDatabase database() const { return m_db; }
    QString connectionName() const { return m_connectionName; }

    // The FTS5 ranking function this connection has: reftel_rank() (see
    // Fts5Ranking) where it could be installed, bm25() otherwise. Both take
    // (table, weights...); only reftel_rank() takes the trailing idf flag.
    QString rankFunction() const { return m_rankFunction; }
    bool hasOwnRanking() const { return m_rankFunction != QLatin1String("bm25"); }

    // The classes that work on this connection, made on first use and kept
    // until close(). The references must not be kept past close().
    // cables(): reading only (load, contains, statistics...).
    const CableReader &cables();
    // cableWriter(): for imports and re-indexing; its batch and indexing
    // settings last as long as the connection.
    CableWriter &cableWriter();
    AnnotationStore &annotations();
    UserTagStore &userTags();
    ReferenceResolver &references();
    LibrarySearch &search();

    // A large import: no fsync while it writes (a killed import still
    // leaves the library consistent; only a power cut during it could lose
    // more than its last batch). endBulkWrite() makes the library durable
    // again: one small write, then a checkpoint, which syncs the file and
    // with it every page written without syncing.
    void beginBulkWrite();
    void endBulkWrite();

    // Bytes the library takes on disk (the file, its WAL and shared memory).
    qint64 sizeOnDisk() const;

    // For connections that read for the window (the list, the facets): a
    // small page cache, no memory map and temporary sorts on disk, so the
    // window's resident memory stays flat whatever the library's size. The
    // kernel's file cache still keeps what is read often. An import keeps
    // the large defaults of open().
    bool limitMemory();

private:
    bool fail(const QString &problem);
    bool connect(const QString &path, bool readOnly, bool immutable);
    bool openServer(const LibraryLocation &location, int schemaVersion, bool readOnly);
    bool configure();
    bool finishOpening(const QString &path, int schemaVersion);
    // Fails, as damaged when SQLite reported damage, else with the problem.
    bool failChecked(const QString &problem);
    bool failIfDamaged();
    static bool crashedBefore(const QString &path);

    QSqlDatabase m_db;
    QString m_connectionName;
    LibraryLocation m_location;
    QString m_path;
    QString m_error;
    bool m_needsPassword = false;
    QString m_rankFunction = QStringLiteral("bm25");
    bool m_readOnly = false;
    bool m_damaged = false;
    bool m_crashed = false;
    bool m_checkPending = false; // quick_check still to run (after a crash)
    quint64 m_damageMark = 0; // LibraryHealth::damageEvents() when opened
    bool m_registered = false; // counted among the paths this process has open

    // Declared last: destroyed first, while the connection is still open.
    struct Services;
    std::unique_ptr<Services> m_services;
    Services &services();
};
}
