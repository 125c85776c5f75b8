// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysalvage.h"

#include "librarydatabase.h"
#include "salvagecopier.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
// Tables with a rowid, parents first: read in rowid order.
const QStringList rowidTables { u"cables"_s, u"cable_texts"_s, u"cable_references"_s, u"paragraphs"_s,
    u"resolution_queue"_s, u"user_tags"_s, u"annotations"_s, u"annotation_drafts"_s };
// Tables without one, read by their parent's key: table, key column, parent table, parent key.
const QList<SalvageCopier::ChildTable> childTables {
    { u"cable_sources"_s, u"cable_pk"_s, u"cables"_s, u"pk"_s },
    { u"recipients"_s, u"cable_pk"_s, u"cables"_s, u"pk"_s },
    { u"cable_tags"_s, u"cable_pk"_s, u"cables"_s, u"pk"_s },
    { u"sections"_s, u"cable_pk"_s, u"cables"_s, u"pk"_s },
    { u"dedup_entries"_s, u"cable_pk"_s, u"cables"_s, u"pk"_s },
    { u"parse_warnings"_s, u"cable_pk"_s, u"cables"_s, u"pk"_s },
    { u"cable_user_tags"_s, u"tag_id"_s, u"user_tags"_s, u"id"_s },
    { u"annotation_tags"_s, u"annotation_id"_s, u"annotations"_s, u"id"_s },
};
}

qint64 LibrarySalvage::Report::copied(const QString &table) const
{
    for (const Table &entry : tables) {
        if (entry.name == table)
            return entry.copied;
    }
    return 0;
}

int LibrarySalvage::Report::unreadableStretches() const
{
    int n = 0;
    for (const Table &entry : tables)
        n += entry.unreadable;
    return n;
}

QString LibrarySalvage::suggestedPath(const QString &damagedPath)
{
    const QFileInfo info(damagedPath);
    QString candidate = info.absoluteDir().filePath(info.completeBaseName() + u"-salvaged.sqlite"_s);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate =
            info.absoluteDir().filePath(info.completeBaseName() + u"-salvaged-"_s + QString::number(n) + u".sqlite"_s);
    return candidate;
}

LibrarySalvage::Report LibrarySalvage::salvage(const QString &damagedPath, const QString &newPath)
{
    Report report;
    if (!QFileInfo::exists(damagedPath)) {
        report.error = tr("%1 does not exist.").arg(damagedPath);
        return report;
    }
    if (QFileInfo::exists(newPath)) {
        report.error = tr("%1 exists already; the salvaged copy goes into a new file.").arg(newPath);
        return report;
    }
    {
        LibraryDatabase fresh; // the current schema, empty
        if (!fresh.open(newPath)) {
            report.error = fresh.errorString();
            return report;
        }
    }
    const QString name = u"reftel-salvage-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString oldName = name + u"-damaged"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(newPath);
        QSqlDatabase damaged = QSqlDatabase::addDatabase(u"QSQLITE"_s, oldName);
        damaged.setDatabaseName(damagedPath);
        // Read-only: nothing of the damaged file is ever written.
        damaged.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery probe(damaged);
        if (!db.open() || !damaged.open() || !probe.exec(u"SELECT count(*) FROM sqlite_schema"_s)) {
            report.error =
                tr("%1 cannot be read at all: %2")
                    .arg(damagedPath, damaged.isOpen() ? probe.lastError().text() : damaged.lastError().text());
        } else {
            probe.finish();
            QSqlQuery query(db);
            db.transaction();
            SalvageCopier copier(damaged, db);
            for (const QString &table : rowidTables)
                report.tables.append(copier.byRowid(table));
            for (const SalvageCopier::ChildTable &child : childTables)
                report.tables.append(copier.byParent(child));
            // What lost its parent goes; the indexes are made from what is left.
            for (const QString &sql : {
                     u"DELETE FROM cable_texts WHERE cable_pk NOT IN (SELECT pk FROM cables)"_s,
                     u"DELETE FROM paragraphs WHERE cable_pk NOT IN (SELECT pk FROM cables)"_s,
                     u"DELETE FROM cable_references WHERE cable_pk NOT IN (SELECT pk FROM cables)"_s,
                     u"DELETE FROM resolution_queue WHERE cable_pk NOT IN (SELECT pk FROM cables)"_s,
                     u"UPDATE user_tags SET parent = NULL WHERE parent NOT IN (SELECT id FROM user_tags)"_s,
                     u"DELETE FROM fts_reindex"_s,
                     u"INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('rebuild')"_s,
                     u"INSERT INTO subjects_fts (subjects_fts) VALUES ('rebuild')"_s,
                     u"INSERT INTO annotations_fts (annotations_fts) VALUES ('rebuild')"_s,
                     u"UPDATE fts_state SET paragraphs_up_to = coalesce((SELECT max(pk) FROM paragraphs), 0),"
                     " subjects_up_to = coalesce((SELECT max(pk) FROM cables), 0)"_s,
                 }) {
                if (!query.exec(sql) && report.error.isEmpty())
                    report.error =
                        tr("The salvaged copy %1 could not be finished: %2").arg(newPath, query.lastError().text());
            }
            query.finish();
            if (!db.commit() && report.error.isEmpty())
                report.error = tr("The salvaged copy %1 could not be written: %2").arg(newPath, db.lastError().text());
        }
        probe.finish();
        damaged.close();
        db.close();
    }
    QSqlDatabase::removeDatabase(oldName);
    QSqlDatabase::removeDatabase(name);
    return report;
}
}
