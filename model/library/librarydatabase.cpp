// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydatabase.h"

#include "annotationstore.h"
#include "cablereader.h"
#include "cablewriter.h"
#include "fts5ranking.h"
#include "libraryhealth.h"
#include "librarysearch.h"
#include "postgresqlconnection.h"
#include "referenceresolver.h"
#include "usertagstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <array>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::LibraryDatabase", text);
}
}

// What services() has made so far; each waits for its first caller.
struct LibraryDatabase::Services
{
    std::unique_ptr<CableReader> reader;
    std::unique_ptr<CableWriter> writer;
    std::unique_ptr<AnnotationStore> annotations;
    std::unique_ptr<UserTagStore> userTags;
    std::unique_ptr<ReferenceResolver> references;
    std::unique_ptr<LibrarySearch> search;
};

// Defined here, where Services is complete.
LibraryDatabase::LibraryDatabase() = default;

LibraryDatabase::~LibraryDatabase()
{
    close();
}

LibraryDatabase::Services &LibraryDatabase::services()
{
    if (!m_services)
        m_services = std::make_unique<Services>();
    return *m_services;
}

namespace
{
template<typename T>
T &made(std::unique_ptr<T> &slot, LibraryDatabase &library)
{
    if (!slot)
        slot = std::make_unique<T>(library);
    return *slot;
}
}

const CableReader &LibraryDatabase::cables()
{
    return made(services().reader, *this);
}

CableWriter &LibraryDatabase::cableWriter()
{
    return made(services().writer, *this);
}

AnnotationStore &LibraryDatabase::annotations()
{
    return made(services().annotations, *this);
}

UserTagStore &LibraryDatabase::userTags()
{
    return made(services().userTags, *this);
}

ReferenceResolver &LibraryDatabase::references()
{
    return made(services().references, *this);
}

LibrarySearch &LibraryDatabase::search()
{
    return made(services().search, *this);
}

QString LibraryDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

namespace
{
// The libraries this process has open, by canonical path: a -wal file left
// by one of our own connections is no sign of a crash.
QMutex openMutex;
QHash<QString, int> &openPaths()
{
    static QHash<QString, int> paths;
    return paths;
}

QString canonical(const QString &path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QFileInfo(path).absoluteFilePath() : resolved;
}
}

bool LibraryDatabase::crashedBefore(const QString &path)
{
    // A cleanly closed library has no write-ahead log beside it: the last
    // connection to close checkpoints and removes it. One that is there
    // while no other program has the library open was left by a session
    // that did not close.
    const QFileInfo wal(path + u"-wal"_s);
    if (!wal.exists() || wal.size() == 0)
        return false;
    {
        const QMutexLocker lock(&openMutex);
        if (openPaths().value(canonical(path)) > 0)
            return false;
    }
#if defined(Q_OS_UNIX)
    // Every connection holds a read lock on one byte of the -shm file
    // (SQLite's "dead man switch", byte 128 on Unix) for as long as it is
    // open: nobody holding it means nobody has the library open.
    const QByteArray shm = QFile::encodeName(path + u"-shm"_s);
    const int fd = ::open(shm.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return true;
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 128;
    probe.l_len = 1;
    const bool held = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return !held;
#else
    return false;
#endif
}

bool LibraryDatabase::connect(const QString &path, bool readOnly, bool immutable)
{
    m_connectionName = QStringLiteral("reftel-library-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        // Read-only media with no journal beside the file: nothing can
        // change it while it is read, and SQLite needs no -shm file.
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(u"immutable=1"_s);
        m_db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    } else {
        m_db.setDatabaseName(path);
    }
    // The busy timeout covers the other connections of this program (an
    // import thread writing while the window reads).
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return fail(m_db.lastError().text());
    m_readOnly = readOnly;
    return true;
}

bool LibraryDatabase::open(const QString &path, int schemaVersion)
{
    close();
    m_location = LibraryLocation::sqliteFile(path);
    m_path = path;
    m_error.clear();
    m_damaged = false;
    LibraryHealth::installErrorLog();

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("the Qt SQLite driver (QSQLITE) is not installed"));

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
    // SQLite would open a file it cannot write read-only without a word,
    // and every write after would fail on its own: say it once, here.
    if (info.exists() && !info.isWritable())
        return fail(tr("the file is read-only, so nothing can be imported into it or changed in it"));
    if (!QFileInfo(info.absolutePath()).isWritable())
        return fail(tr("the folder %1 is read-only; SQLite keeps its journal beside the library")
                .arg(QDir::toNativeSeparators(info.absolutePath())));

    m_crashed = crashedBefore(path);
    m_checkPending = m_crashed;
    m_damageMark = LibraryHealth::damageEvents();
    if (!connect(path, false, false))
        return false;

    QSqlQuery query(m_db);
    // Reading the schema first: a file that is not a database fails here
    // with SQLite's own words ("file is not a database").
    if (!query.exec(QStringLiteral("PRAGMA user_version")))
        return failChecked(query.lastError().text());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return failChecked(query.lastError().text());
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(tr("cannot switch the journal to WAL mode (got %1)").arg(query.value(0).toString()));
    query.finish();
    if (!configure())
        return false;

    return finishOpening(path, schemaVersion);
}

bool LibraryDatabase::openForReading(const QString &path)
{
    close();
    m_location = LibraryLocation::sqliteFile(path);
    m_path = path;
    m_error.clear();
    m_damaged = false;
    LibraryHealth::installErrorLog();

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("the Qt SQLite driver (QSQLITE) is not installed"));
    const QFileInfo info(path);
    if (!info.exists())
        return fail(info.absoluteDir().exists() ? tr("there is no such file")
                                                : tr("there is no such file (the folder %1 does not exist either)")
                                                      .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (!info.isFile())
        return fail(tr("it is not a file"));

    m_crashed = crashedBefore(path);
    m_checkPending = m_crashed;
    m_damageMark = LibraryHealth::damageEvents();
    // A WAL library needs its -shm file, which SQLite creates beside it; in
    // a folder that cannot be written, with no journal left there, the file
    // is read as it is.
    const bool folderReadOnly = !QFileInfo(info.absolutePath()).isWritable();
    const bool immutable = folderReadOnly && !QFileInfo::exists(path + u"-wal"_s);
    if (!connect(path, true, immutable))
        return false;

    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failChecked(query.lastError().text());
    const int version = query.value(0).toInt();
    query.finish();
    if (version < SchemaMigrations::latestVersion() && info.isWritable() && !folderReadOnly) {
        // An older Reftel's library: upgraded once (the only write a
        // reading command makes), then read.
        close();
        {
            LibraryDatabase upgrade;
            if (!upgrade.open(path)) {
                m_error = upgrade.errorString();
                m_damaged = upgrade.damaged();
                return false;
            }
        }
        return openForReading(path);
    }
    if (version < SchemaMigrations::latestVersion())
        return fail(tr("it was written by an older Reftel (schema %1) and cannot be upgraded here, since it cannot "
                       "be written; open it once where it can")
                .arg(version));
    if (!configure())
        return false;
    return finishOpening(path, version);
}

bool LibraryDatabase::open(const LibraryLocation &location, int schemaVersion)
{
    if (!location.isServer())
        return open(location.filePath(), schemaVersion);
    return openServer(location, schemaVersion, false);
}

bool LibraryDatabase::openForReading(const LibraryLocation &location)
{
    if (!location.isServer())
        return openForReading(location.filePath());
    return openServer(location, SchemaMigrations::latestVersion(), true);
}

bool LibraryDatabase::openServer(const LibraryLocation &location, int schemaVersion, bool readOnly)
{
    close();
    m_location = location;
    m_path = location.toText();
    m_error.clear();
    m_damaged = false;
    m_needsPassword = false;
    if (!location.isValid())
        return fail(location.problem());
    m_connectionName = QStringLiteral("reftel-library-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    m_db = PostgreSqlConnection::open(m_connectionName, location, &error);
    if (!error.isEmpty()) {
        m_needsPassword = PostgreSqlConnection::wantsPassword(error);
        return fail(error);
    }
    if (!SchemaMigrations::migrate(m_db, schemaVersion, &error))
        return fail(error);
    // A reading command's session refuses every write, as a file opened
    // read-only would.
    if (readOnly && !QSqlQuery(m_db).exec(QStringLiteral("SET default_transaction_read_only = on")))
        return fail(m_db.lastError().text());
    m_readOnly = readOnly;
    return true;
}

// After the connection is configured: the schema brought up to version, a
// damaged file refused, the ranking installed and the path counted open.
bool LibraryDatabase::finishOpening(const QString &path, int schemaVersion)
{
    QString error;
    if (!SchemaMigrations::migrate(m_db, schemaVersion, &error))
        return failChecked(error);
    if (failIfDamaged())
        return false;
    m_rankFunction =
        Fts5Ranking::install(m_db) ? QString::fromLatin1(Fts5Ranking::FunctionName) : QStringLiteral("bm25");
    const QMutexLocker lock(&openMutex);
    ++openPaths()[canonical(path)];
    m_registered = true;
    return true;
}

bool LibraryDatabase::configure()
{
    QSqlQuery query(m_db);
    // Reading the schema, which nothing else does at once: a damaged one
    // is found here rather than as "Parameter count mismatch" later.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
        return failChecked(query.lastError().text());
    query.finish();
    static constexpr std::array pragmas {
        u"PRAGMA foreign_keys = ON",
        u"PRAGMA synchronous = NORMAL", // durable at checkpoints; consistent always
        u"PRAGMA temp_store = MEMORY",
        u"PRAGMA cache_size = -65536", // 64 MiB: an import batch's index pages stay in memory
        u"PRAGMA mmap_size = 268435456",
    };
    for (const char16_t *pragma : pragmas) {
        if (!query.exec(QString::fromUtf16(pragma)))
            return failChecked(query.lastError().text());
    }
    return true;
}

bool LibraryDatabase::failChecked(const QString &problem)
{
    if (!failIfDamaged())
        fail(problem);
    return false;
}

bool LibraryDatabase::failIfDamaged()
{
    // After a crash the file is checked before anything trusts it; at any
    // time, SQLite's own report of damage is believed.
    const QStringList problems = checkDamage();
    if (problems.isEmpty())
        return false;
    m_damaged = true;
    fail(tr("it is damaged (%1)").arg(problems.join(u"; "_s)));
    return true;
}

bool LibraryDatabase::damageSeen() const
{
    // SQLite's reports; a server keeps its own health.
    return !isServer() && LibraryHealth::damageEvents() > m_damageMark;
}

QStringList LibraryDatabase::checkDamage()
{
    if (!m_db.isOpen() || isServer())
        return {};
    const bool seen = damageSeen();
    if (!seen && !m_checkPending)
        return {};
    QStringList problems = LibraryHealth::quickCheck(m_db);
    m_checkPending = false;
    if (problems.isEmpty() && seen)
        problems.append(LibraryHealth::lastDamageMessage()); // e.g. a full-text index that quick_check does not read
    m_damageMark = LibraryHealth::damageEvents(); // said once; only new reports count again
    return problems;
}

void LibraryDatabase::setBusyTimeout(int milliseconds)
{
    if (isServer()) {
        // The same promise on a server: a write waits this long for a
        // colleague's lock on the same rows, then fails.
        QSqlQuery(m_db).exec(u"SET lock_timeout = "_s + QString::number(std::max(0, milliseconds)));
        return;
    }
    QSqlQuery(m_db).exec(u"PRAGMA busy_timeout = "_s + QString::number(std::max(0, milliseconds)));
}

bool LibraryDatabase::limitMemory()
{
    if (isServer())
        return true; // the server's caches are the server's
    QSqlQuery query(m_db);
    for (const auto *pragma : { "PRAGMA cache_size = -16384", "PRAGMA mmap_size = 0", "PRAGMA temp_store = FILE" }) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            m_error = query.lastError().text();
            return false;
        }
    }
    return true;
}

void LibraryDatabase::beginBulkWrite()
{
    // On a server every committed batch stays durable: a server killed in
    // the middle of an import loses nothing it acknowledged.
    if (isServer())
        return;
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
}

void LibraryDatabase::endBulkWrite()
{
    if (isServer())
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    query.exec(QStringLiteral("UPDATE fts_state SET paragraphs_up_to = paragraphs_up_to"));
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

void LibraryDatabase::close()
{
    // Their prepared statements are finalised before the connection closes.
    m_services.reset();
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isOpen()) {
        // Lets SQLite update its statistics for the planner, cheaply.
        if (!m_readOnly && !m_damaged && !isServer())
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA optimize"));
        m_db.close();
    }
    if (m_registered) {
        const QMutexLocker lock(&openMutex);
        const QString key = canonical(m_path);
        if (--openPaths()[key] <= 0)
            openPaths().remove(key);
        m_registered = false;
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

int LibraryDatabase::schemaVersion() const
{
    return isOpen() ? SchemaMigrations::version(m_db) : -1;
}

qint64 LibraryDatabase::sizeOnDisk() const
{
    if (isServer()) {
        QSqlQuery query(m_db);
        if (query.exec(u"SELECT pg_database_size(current_database())"_s) && query.next())
            return query.value(0).toLongLong();
        return 0;
    }
    qint64 size = 0;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        size += QFileInfo(m_path + suffix).size();
    return size;
}

bool LibraryDatabase::fail(const QString &problem)
{
    m_error = tr("Cannot open the library %1: %2").arg(isServer() ? m_path : QDir::toNativeSeparators(m_path), problem);
    close();
    return false;
}
}
