// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarysalvage.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Reftel
{
// Copies one table at a time from a damaged library into a fresh one: the
// columns both have, rows in key order, stepping over stretches that
// cannot be read. Reads through one connection, writes through another: a
// transaction that has met damage in a file can no longer commit, so the
// damaged file is never part of the one that writes.
class SalvageCopier final
{
public:
    // A table without a rowid, read by its parent's key.
    struct ChildTable
    {
        QString name;
        QString key;
        QString parent;
        QString parentKey;
    };

    SalvageCopier(const QSqlDatabase &from, const QSqlDatabase &to);

    // A table with a rowid, read in rowid order.
    LibrarySalvage::Table byRowid(const QString &table);
    // A child table, for each key its parent has in the new library.
    LibrarySalvage::Table byParent(const ChildTable &child);

private:
    QStringList sharedColumns(const QString &table) const;
    qint64 skipFrom(const QString &table, qint64 from) const;

    QSqlDatabase m_old;
    QSqlDatabase m_db;
};
}
