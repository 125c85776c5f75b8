// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableselectionquery.h"

#include "librarydatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace Reftel
{
CableSelectionQuery::CableSelectionQuery(LibraryDatabase &library)
    : m_library(library)
{
}

std::optional<QStringList> CableSelectionQuery::taggedWith(const QSet<qint64> &tagIds)
{
    m_error.clear();
    QStringList placeholders;
    for (qsizetype i = 0; i < tagIds.size(); ++i)
        placeholders << QStringLiteral("?");
    const QString in = placeholders.join(u',');
    QSqlQuery query(m_library.database());
    query.prepare(
        QStringLiteral("SELECT a.cable_id FROM annotations a JOIN annotation_tags t ON t.annotation_id = a.id"
                       " WHERE t.tag_id IN (%1) UNION SELECT cable_id FROM cable_user_tags WHERE tag_id IN (%1)")
            .arg(in));
    for (int pass = 0; pass < 2; ++pass) {
        for (const qint64 id : tagIds)
            query.addBindValue(id);
    }
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

QStringList CableSelectionQuery::byCreated(const QSet<QString> &ids) const
{
    QList<std::pair<QString, QString>> dated; // created, id
    QSqlQuery created(m_library.database());
    created.prepare(QStringLiteral("SELECT coalesce(created, '') FROM cables WHERE id = ?"));
    for (const QString &id : ids) {
        created.bindValue(0, id);
        created.exec();
        dated.append({ created.next() ? created.value(0).toString() : QString(), id });
    }
    std::sort(dated.begin(), dated.end());
    QStringList sorted;
    for (const auto &entry : std::as_const(dated))
        sorted << entry.second;
    return sorted;
}
}
