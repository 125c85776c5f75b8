// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydatabase.h"

#include "fts5ranking.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <array>

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::LibraryDatabase", text);
}
}

LibraryDatabase::~LibraryDatabase()
{
    close();
}

QString LibraryDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

bool LibraryDatabase::open(const QString &path, int schemaVersion)
{
    close();
    m_path = path;
    m_error.clear();

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("the Qt SQLite driver (QSQLITE) is not installed"));

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));

    m_connectionName = QStringLiteral("reftel-library-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    // The busy timeout covers the other connections of this program (an
    // import thread writing while the window reads).
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return fail(m_db.lastError().text());

    QSqlQuery query(m_db);
    // Reading the schema first: a file that is not a database fails here
    // with SQLite's own words ("file is not a database").
    if (!query.exec(QStringLiteral("PRAGMA user_version")))
        return fail(query.lastError().text());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return fail(query.lastError().text());
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(tr("cannot switch the journal to WAL mode (got %1)").arg(query.value(0).toString()));

    static constexpr std::array pragmas {
        u"PRAGMA foreign_keys = ON",
        u"PRAGMA synchronous = NORMAL", // durable at checkpoints; consistent always
        u"PRAGMA temp_store = MEMORY",
        u"PRAGMA cache_size = -65536", // 64 MiB: an import batch's index pages stay in memory
        u"PRAGMA mmap_size = 268435456",
    };
    for (const char16_t *pragma : pragmas) {
        if (!query.exec(QString::fromUtf16(pragma)))
            return fail(query.lastError().text());
    }

    QString error;
    if (!SchemaMigrations::migrate(m_db, schemaVersion, &error))
        return fail(error);
    m_rankFunction = Fts5Ranking::install(m_db) ? QString::fromLatin1(Fts5Ranking::FunctionName) : QStringLiteral("bm25");
    return true;
}

bool LibraryDatabase::limitMemory()
{
    QSqlQuery query(m_db);
    for (const auto *pragma : {"PRAGMA cache_size = -16384", "PRAGMA mmap_size = 0", "PRAGMA temp_store = FILE"}) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            m_error = query.lastError().text();
            return false;
        }
    }
    return true;
}

void LibraryDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isOpen()) {
        // Lets SQLite update its statistics for the planner, cheaply.
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA optimize"));
        m_db.close();
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
    qint64 size = 0;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        size += QFileInfo(m_path + suffix).size();
    return size;
}

bool LibraryDatabase::fail(const QString &problem)
{
    m_error = tr("Cannot open the library %1: %2").arg(QDir::toNativeSeparators(m_path), problem);
    close();
    return false;
}
}
