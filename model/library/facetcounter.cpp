// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "facetcounter.h"

#include "librarydatabase.h"
#include "searchcondition.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Reftel
{
FacetCounter::FacetCounter(LibraryDatabase &library)
    : m_library(library)
{
}

FacetCounter::Counts FacetCounter::count(const SearchQuery &query) const
{
    Counts counts;
    QVariantList values;
    const bool everything = query.isEmpty();
    const QString where = everything ? u"1 = 1"_s : SearchCondition::sql(m_library, query, &values);
    const QString limit = u" LIMIT "_s + QString::number(ValueLimit);

    // Origins are grouped by post, which every filter on origin: reads; the
    // label is the origin as the cables name it.
    const QString sql[KindCount] = {
        u"SELECT c.post, max(c.origin), count(*) FROM cables c WHERE "_s + where
            + u" AND c.post <> '' GROUP BY c.post ORDER BY 3 DESC, 1"_s + limit,
        u"SELECT substr(c.created, 1, 4), substr(c.created, 1, 4), count(*) FROM cables c WHERE "_s + where
            + u" AND c.created IS NOT NULL GROUP BY 1 ORDER BY 1 DESC"_s,
        u"SELECT c.classification, c.classification, count(*) FROM cables c WHERE "_s + where
            + u" AND c.classification <> '' GROUP BY 1 ORDER BY 3 DESC, 1"_s + limit,
        everything
            ? QString(u"SELECT code, code, count(*) FROM cable_tags GROUP BY code ORDER BY 3 DESC, 1"_s + limit)
            : QString(u"SELECT t.code, t.code, count(*) FROM cable_tags t JOIN cables c ON c.pk = t.cable_pk WHERE "_s
                  + where + u" GROUP BY t.code ORDER BY 3 DESC, 1"_s + limit),
    };
    for (int kind = 0; kind < KindCount; ++kind) {
        QSqlQuery q(m_library.database());
        q.setForwardOnly(true);
        q.prepare(sql[kind]);
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        if (!q.exec()) {
            counts.error = QCoreApplication::translate("Reftel::FacetCounter", "Cannot count the cables by facet: %1")
                               .arg(q.lastError().text());
            return counts;
        }
        while (q.next())
            counts.values[kind].append(Value { q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong() });
    }
    return counts;
}

QString FacetCounter::filterText(Kind kind, const QString &value)
{
    const auto quoted = [](const QString &v) {
        return v.contains(u' ') || v.contains(u':') ? QString(u'"' + v + u'"') : v;
    };
    switch (kind) {
    case Kind::Origin:
        return u"origin:"_s + quoted(value);
    case Kind::Year:
        return u"from:"_s + value + u" to:"_s + value;
    case Kind::Classification:
        return u"class:"_s + quoted(value);
    case Kind::Tag:
        return u"tag:"_s + quoted(value);
    }
    return {};
}
}
