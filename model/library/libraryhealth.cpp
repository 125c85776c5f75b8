// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryhealth.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::LibraryHealth", text);
}

std::atomic<quint64> damage { 0 };
QMutex messageMutex;
QString lastMessage;

// Called by SQLite, on any thread, for errors and warnings; cheap, since
// SQLite logs only what goes wrong.
void logged(void *, int code, const char *message)
{
    // Not SQLITE_NOTADB: a file that is no database at all (no header) is
    // not a damaged library, and nothing in it could be salvaged.
    if ((code & 0xff) != SQLITE_CORRUPT)
        return;
    {
        const QMutexLocker lock(&messageMutex);
        lastMessage = QString::fromUtf8(message);
    }
    damage.fetch_add(1);
}
}

bool LibraryHealth::installErrorLog()
{
    static const bool installed = sqlite3_config(SQLITE_CONFIG_LOG, &logged, nullptr) == SQLITE_OK;
    return installed;
}

quint64 LibraryHealth::damageEvents()
{
    return damage.load();
}

QString LibraryHealth::lastDamageMessage()
{
    const QMutexLocker lock(&messageMutex);
    return lastMessage;
}

LibraryHealth::Fault LibraryHealth::faultOf(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return Fault::None;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Fault::Busy;
    case SQLITE_FULL:
        return Fault::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return Fault::ReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Fault::Damaged;
    case SQLITE_IOERR:
        return Fault::InputOutput;
    default:
        return Fault::Other;
    }
}

// Class 53 is insufficient resources, 25006 a read-only transaction and
// 42501 a role that may not write, 55P03/40P01/40001 lock conflicts,
// XX001/XX002 damaged data, 58030 an I/O error.
LibraryHealth::Fault LibraryHealth::faultOfSqlState(QStringView state)
{
    if (state.isEmpty())
        return Fault::Other;
    if (state == u"53100")
        return Fault::DiskFull;
    if (state == u"25006" || state == u"42501")
        return Fault::ReadOnly;
    if (state == u"55P03" || state == u"40P01" || state == u"40001")
        return Fault::Busy;
    if (state == u"XX001" || state == u"XX002")
        return Fault::Damaged;
    if (state == u"58030")
        return Fault::InputOutput;
    return Fault::Other;
}

LibraryHealth::Fault LibraryHealth::faultOf(const QSqlError &error)
{
    if (!error.isValid())
        return Fault::None;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok && code != 0)
        return faultOf(code);
    // No code (a statement that never prepared, Qt's own words): SQLite's
    // words, where it gave any.
    const QString text = error.databaseText().toLower();
    if (text.contains("malformed"_L1) || text.contains("not a database"_L1))
        return Fault::Damaged;
    if (text.contains("disk is full"_L1))
        return Fault::DiskFull;
    if (text.contains("readonly"_L1) || text.contains("read-only"_L1))
        return Fault::ReadOnly;
    if (text.contains("locked"_L1) || text.contains("busy"_L1))
        return Fault::Busy;
    return Fault::Other;
}

QString LibraryHealth::describe(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return {};
    case Fault::Busy:
        return tr("another Reftel is writing to the library");
    case Fault::DiskFull:
        return tr("the disk is full");
    case Fault::ReadOnly:
        return tr("the library cannot be written to (a read-only file or folder)");
    case Fault::Damaged:
        return tr("the library is damaged");
    case Fault::InputOutput:
        return tr("the disk failed to read or write (input/output error)");
    case Fault::Other:
        break;
    }
    return tr("the library could not be written");
}

QStringList LibraryHealth::quickCheck(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // A few problems say enough; the full list of a badly damaged file is
    // thousands of lines.
    if (!query.exec(u"PRAGMA quick_check(5)"_s))
        return { query.lastError().text() };
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != "ok"_L1)
            problems.append(line);
    }
    if (query.lastError().isValid())
        problems.append(query.lastError().text());
    return problems;
}
}
