// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Reftel
{
// The library schema as an ordered list of steps. PRAGMA user_version holds
// the number of steps applied; each step runs in its own transaction that
// also bumps user_version, so a crash leaves the file at a whole version.
// A step is never edited once released: a change is a new step, with a test
// that upgrades a database made by the previous version (tst_librarydatabase).
//
// Version 1: cables and what the parser yields (texts, sources, recipients,
//            tags, references, sections, paragraphs, dedup entries,
//            warnings), external-content FTS5 over paragraphs (with the
//            cable's search tokens) and subjects, the resolution queue.
// Version 2: the user's own data: user_tags, cable_user_tags, annotations,
//            annotation_tags. Keyed by cable id and paragraph anchor, never by
//            a row the importer rewrites, so it survives re-import.
//
// A team library on PostgreSQL has the same logical versions, each step in
// PostgreSQL's dialect (PostgreSqlSchema); version() and migrate() take
// either kind of connection.
class SchemaMigrations final
{
public:
    static int latestVersion();
    static bool isPostgreSql(const QSqlDatabase &db);

    // user_version of an open database, -1 when it cannot be read.
    static int version(const QSqlDatabase &db);

    // Applies the steps after the database's version up to targetVersion.
    // Refuses (false, *error set) a database newer than this program knows.
    static bool migrate(QSqlDatabase &db, int targetVersion, QString *error);
};
}
