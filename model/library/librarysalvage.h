// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Reftel
{
// Copies what can still be read of a damaged library into a new one, table
// by table, in the spirit of the sqlite3 shell's .recover: rows are read in
// key order, a stretch that cannot be read is stepped over, and whatever is
// read goes into a fresh library of the current schema, whose full-text
// indexes are then made anew. The damaged file is opened read-only and
// never written; the new file must not exist yet.
class LibrarySalvage final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::LibrarySalvage)
public:
    struct Table
    {
        QString name;
        qint64 copied = 0;
        int unreadable = 0; // stretches of rows that could not be read
    };

    struct Report
    {
        QList<Table> tables;
        QString error; // translated; empty when the copy was made
        bool ok() const { return error.isEmpty(); }
        qint64 copied(const QString &table) const;
        int unreadableStretches() const;
    };

    static Report salvage(const QString &damagedPath, const QString &newPath);
    // "<folder>/<name>-salvaged.sqlite", or with a number when that exists.
    static QString suggestedPath(const QString &damagedPath);
};
}
