// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitesupport.h"

#include "libraryhealth.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Reftel
{
SqliteSupport::Status SqliteSupport::check()
{
    Status status;
    status.driverPresent = QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"));
    if (!status.driverPresent) {
        status.problem = QCoreApplication::translate("Reftel::SqliteSupport",
            "The Qt SQLite driver (QSQLITE) is not installed. "
            "Install the package that provides it, e.g. libqt6sql6-sqlite.");
        return status;
    }

    // Before SQLite's first use in the process, or never.
    LibraryHealth::installErrorLog();
    const QString name = QStringLiteral("reftel-sqlite-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                status.sqliteVersion = query.value(0).toString();
            // Creating a virtual table is the only reliable test: compile options
            // can be hidden by SQLITE_OMIT_COMPILEOPTION_DIAGS.
            status.fts5 = query.exec(QStringLiteral("CREATE VIRTUAL TABLE fts_probe USING fts5(body)"))
                && query.exec(QStringLiteral("INSERT INTO fts_probe(body) VALUES ('manas air base')"))
                && query.exec(QStringLiteral("SELECT count(*) FROM fts_probe WHERE fts_probe MATCH 'man*'"))
                && query.next() && query.value(0).toInt() == 1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    if (!status.fts5) {
        status.problem = QCoreApplication::translate("Reftel::SqliteSupport",
            "The SQLite library used by Qt (version %1) has no FTS5 "
            "full-text search; Reftel cannot search without it.")
                             .arg(status.sqliteVersion.isEmpty() ? QStringLiteral("?") : status.sqliteVersion);
    }
    return status;
}
}
