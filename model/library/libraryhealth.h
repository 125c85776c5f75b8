// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace Reftel
{
// Whether a library can be trusted to answer, and what a failed write means.
//
// SQLite says "database disk image is malformed" when it meets damage, but
// a caller that only sees a query return fewer rows (a loop over next()
// that stops early) never hears of it. SQLite's error log hears of every
// such event: installErrorLog() counts them, and LibraryDatabase asks the
// count after a command (damageSeen()) and checks the file (quickCheck())
// before anything is shown as an answer.
class LibraryHealth final
{
public:
    // SQLite's primary result codes that matter to the user of a library.
    enum class Fault
    {
        None,
        Busy, // another program holds the write lock (SQLITE_BUSY, SQLITE_LOCKED)
        DiskFull, // SQLITE_FULL
        ReadOnly, // SQLITE_READONLY, or a file or folder that cannot be written
        Damaged, // SQLITE_CORRUPT, SQLITE_NOTADB
        InputOutput, // SQLITE_IOERR: the disk failed a read or write
        Other,
    };

    // Must run before SQLite is first used in the process (LibraryDatabase
    // and SqliteSupport call it); false when that moment has passed or
    // Qt's driver runs on an SQLite of its own (see SqliteHandle).
    static bool installErrorLog();
    // How many times SQLite reported damage (corruption, not a database)
    // in this process so far, and its words the last time.
    static quint64 damageEvents();
    static QString lastDamageMessage();

    // The fault behind an error: from the driver's native code where it
    // gives one (primary or extended), else from SQLite's words.
    static Fault faultOf(int sqliteCode);
    static Fault faultOf(const QSqlError &error);
    // A server's (PostgreSQL's) fault, from the SQLSTATE of its error ("53100").
    static Fault faultOfSqlState(QStringView state);
    // What the fault means to the user, in a few words: "the disk is full".
    static QString describe(Fault fault);

    // PRAGMA quick_check: the problems found (at most a few), empty when
    // the file is sound. A check that cannot even run is a problem too.
    static QStringList quickCheck(const QSqlDatabase &db);
};
}
