// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libraryhealth.h"

#include <QString>

class QSqlError;
class QSqlQuery;

namespace Reftel
{
class LibraryDatabase;
class SqliteStatement;

// The last failure of a cable reader or writer: the words for the user,
// naming the library, and what kind of fault it was (a full disk, a busy
// or damaged library...), for an importer to decide whether to go on.
class StoreError final
{
public:
    explicit StoreError(const LibraryDatabase &library);

    // Run the statement; on failure remember why and return false.
    bool exec(QSqlQuery &query);
    bool exec(SqliteStatement &statement);
    bool execSql(const QString &sql);
    // A read that failed: "Cannot read the library…".
    void readFailed(const QSqlQuery &query);
    // A write that failed outside Qt's driver (COPY through libpq), with the
    // server's words: "Cannot write to the library…".
    void writeFailed(const QString &problem, LibraryHealth::Fault fault);
    // A failure of the caller's own (a batch already open...): the words only.
    void setText(const QString &message) { m_text = message; }

    QString text() const { return m_text; }
    LibraryHealth::Fault fault() const { return m_fault; }

    // The first failure is the cause; what undoing it says after (a full
    // disk may have ended the transaction already) is not. Kept while it
    // lives, put back when it goes.
    class Keep final
    {
    public:
        explicit Keep(StoreError &error)
            : m_error(error)
            , m_text(error.m_text)
            , m_fault(error.m_fault)
        {
        }
        ~Keep()
        {
            m_error.m_text = m_text;
            m_error.m_fault = m_fault;
        }
        Q_DISABLE_COPY_MOVE(Keep)

    private:
        StoreError &m_error;
        QString m_text;
        LibraryHealth::Fault m_fault;
    };

private:
    void set(const QString &message, LibraryHealth::Fault fault);
    // SQLite's result codes, or a server's SQLSTATE.
    LibraryHealth::Fault faultOf(const QSqlError &error) const;

    const LibraryDatabase &m_library;
    QString m_text;
    LibraryHealth::Fault m_fault = LibraryHealth::Fault::None;
};
}
