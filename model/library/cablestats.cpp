// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablestats.h"

#include "cable.h"
#include "librarydatabase.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
void countReferences(QSqlQuery &query, CableStats *stats)
{
    if (!query.exec(u"SELECT state, count(*) FROM cable_references GROUP BY state"_s))
        return;
    while (query.next()) {
        const QString state = query.value(0).toString();
        const qint64 n = query.value(1).toLongLong();
        if (state == "resolved"_L1)
            stats->referencesResolved = n;
        else if (state == "missing"_L1)
            stats->referencesMissing = n;
        else if (state == "probable"_L1)
            stats->referencesProbable = n;
        else if (state == "pending"_L1)
            stats->referencesPending = n;
        else if (state == "none"_L1)
            stats->referencesNotCables = n;
    }
}
}

CableStats CableStats::of(const LibraryDatabase &library)
{
    CableStats stats;
    QSqlQuery query(library.database());
    query.prepare(u"SELECT (SELECT count(*) FROM cables), (SELECT count(*) FROM paragraphs),"
                  " (SELECT count(*) FROM cable_sources), (SELECT count(*) FROM cables WHERE parser_version < ?)"_s);
    query.addBindValue(ParserVersion);
    if (query.exec() && query.next()) {
        stats.cables = query.value(0).toLongLong();
        stats.paragraphs = query.value(1).toLongLong();
        stats.sources = query.value(2).toLongLong();
        stats.staleCables = query.value(3).toLongLong();
    }
    countReferences(query, &stats);
    stats.sizeOnDisk = library.sizeOnDisk();
    return stats;
}
}
