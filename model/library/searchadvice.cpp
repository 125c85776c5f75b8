// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchadvice.h"

#include "librarydatabase.h"
#include "searchcondition.h"
#include "searchquery.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Reftel
{
namespace
{
const QRegularExpression &filterPattern()
{
    // A field filter as the search box takes it: field:value or field:"several words", maybe negated.
    static const QRegularExpression pattern(
        QStringLiteral("(?<![\\w\"])-?[A-Za-z]+:(\"[^\"]*\"|\\S*)"), QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}
}

QStringList SearchAdvice::filterTokens(const QString &query)
{
    QStringList tokens;
    auto it = filterPattern().globalMatch(query);
    while (it.hasNext())
        tokens << it.next().captured(0);
    return tokens;
}

QString SearchAdvice::without(const QString &query, const QString &token)
{
    QString rest = query;
    const qsizetype at = rest.indexOf(token);
    if (at >= 0)
        rest.remove(at, token.size());
    return rest.simplified();
}

qint64 SearchAdvice::count(LibraryDatabase &library, const QString &text)
{
    const SearchQuery query = SearchQuery::parse(text);
    if (!query.isValid())
        return -1;
    QVariantList values;
    QSqlQuery sql(library.database());
    sql.prepare(QStringLiteral("SELECT count(*) FROM cables c WHERE ") + SearchCondition::sql(library, query, &values));
    for (const QVariant &value : std::as_const(values))
        sql.addBindValue(value);
    return sql.exec() && sql.next() ? sql.value(0).toLongLong() : -1;
}

QString SearchAdvice::noMatches(LibraryDatabase &library, const QString &query)
{
    const QString trimmed = query.simplified();
    QStringList lines { tr("No cable matches “%1”.").arg(trimmed) };
    const QStringList filters = filterTokens(trimmed);
    const QLocale locale;
    bool suggested = false;
    for (const QString &filter : filters) {
        const QString rest = without(trimmed, filter);
        if (rest.isEmpty())
            continue;
        const qint64 found = count(library, rest);
        if (found > 0) {
            lines << (found == 1 ? tr("Without %1, 1 cable matches.").arg(filter)
                                 : tr("Without %1, %2 cables match.").arg(filter, locale.toString(found)));
            suggested = true;
        }
    }
    if (!suggested) {
        QString words = trimmed;
        for (const QString &filter : filters)
            words = without(words, filter);
        if (!filters.isEmpty() && !words.isEmpty() && count(library, words) > 0)
            lines << tr(
                "The words alone match cables: it is the filters together that exclude them all. Remove one or two.");
        else if (!words.isEmpty())
            lines << tr("No cable holds these words. Check the spelling, use fewer words, or a prefix such as manas*.");
        else
            lines << tr("No cable has these values. Click a value under the list to see which ones the library holds.");
    }
    return lines.join(u'\n');
}
}
