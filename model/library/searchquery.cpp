// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include "searchqueryparser.h"

using namespace Qt::StringLiterals;

namespace Reftel
{
SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    SearchQueryParser parser(&query);
    parser.tokenize(text);
    parser.parse();
    return query;
}

bool SearchQuery::hasWordCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

QString SearchQuery::quoted(const QString &text, bool prefix)
{
    QString result = u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
    if (prefix)
        result += u'*';
    return result;
}

int SearchQuery::phraseCount() const
{
    // Every word and phrase is a quoted string, with its quotes doubled.
    int count = 0;
    bool inside = false;
    for (qsizetype i = 0; i < m_match.size(); ++i) {
        if (m_match.at(i) != u'"')
            continue;
        if (inside && i + 1 < m_match.size() && m_match.at(i + 1) == u'"') {
            ++i;
            continue;
        }
        inside = !inside;
        if (inside)
            ++count;
    }
    return count;
}
}
