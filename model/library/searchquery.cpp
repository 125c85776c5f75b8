// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include "searchqueryparser.h"
#include "searchsqlbuilder.h"

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

const SearchQuery::Node &SearchQuery::words() const
{
    static const Node none;
    return m_words ? *m_words : none;
}

QString SearchQuery::ftsMatch() const
{
    return m_words ? SearchSqlBuilder::ftsExpression(*m_words) : QString();
}

int SearchQuery::termCount(const Node &node)
{
    if (node.kind == Node::Kind::Term)
        return 1;
    int count = 0;
    for (const Node &operand : node.operands)
        count += termCount(operand);
    return count;
}

int SearchQuery::phraseCount() const
{
    return m_words ? termCount(*m_words) : 0;
}
}
