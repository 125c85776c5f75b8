// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace Reftel
{
class LibraryDatabase;

// Copies a whole library into another, of either engine (an SQLite file to a
// team library on PostgreSQL and back): the cables with everything the reader
// shows, the reference states, the user's tags, annotations (with their ids
// and authors) and drafts. Plain SQL per table, through the two connections,
// over the columns both schemas have.
//
// It reads one snapshot of the source (a read transaction; REPEATABLE READ on
// a server), so colleagues writing meanwhile neither break the copy nor its
// counts. It writes batch by batch, each a transaction of whole cables (their
// rows in every table) or of whole annotations (with their tags): stopped at
// any point, the target holds the user's data whole and the first cables
// whole, nothing half; a reference to a cable it did not receive is missing.
// At the end every table's rows are counted on both sides.
class LibraryCopier final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::LibraryCopier)
public:
    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };
    struct Result
    {
        bool completed = false; // every row copied and every count equal
        bool cancelled = false;
        QString error; // translated, naming the library; empty when none
        QList<TableCount> counts; // every table copied, source and target rows
        qint64 count(const QString &table, bool target = true) const;
    };
    // Rows copied so far and rows to copy; false stops the copy after the
    // batch it is in.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    LibraryCopier(LibraryDatabase &from, LibraryDatabase &to);
    Q_DISABLE_COPY_MOVE(LibraryCopier)

    // Cables per transaction (annotations: ten times as many).
    void setBatchSize(int cables) { m_batchCables = qMax(1, cables); }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // The tables copied, parents before children.
    static QStringList tables();
    // Whether a library holds anything a copy would overwrite (cables, tags,
    // annotations, drafts); a copy refuses such a target unless told to
    // replace it.
    static bool holdsData(LibraryDatabase &library);

    // Copies everything; with replace, what the target held is removed first
    // (in the same transaction as nothing else: a failed copy leaves it empty,
    // never mixed).
    Result copy(bool replace = false);

    // "cables 5, paragraphs 61, …": the counts as a sentence of the target's.
    static QString describe(const QList<TableCount> &counts, bool target = true);

private:
    bool prepare(bool replace, Result &result);
    bool clearTarget();
    bool copyTags(Result &result);
    bool copyKeyed(
        const QString &table, const QString &key, const QString &childKey, const QStringList &children, Result &result);
    bool copyCables(Result &result);
    qint64 copyRows(const QString &table, const QString &select, const QVariantList &values);
    bool finishTarget(bool complete);
    bool countAll(Result &result);
    QStringList sharedColumns(const QString &table) const;
    bool step(qint64 rows);
    static bool fail(Result &result, const QString &problem);
    bool targetFail(const QString &problem);

    LibraryDatabase &m_from;
    LibraryDatabase &m_to;
    QSqlDatabase m_source;
    QSqlDatabase m_target;
    Progress m_progress;
    int m_batchCables = 500;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_stopped = false;
    QString m_error;
};
}
