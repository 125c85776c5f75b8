// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsquerytext.h"

#include "searchwords.h"
#include "tsvectortext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Reftel
{
QString TsQueryText::term(const SearchQuery::Term &term)
{
    const QStringList words = SearchWords::folded(term.text);
    QStringList lexemes;
    for (const QString &word : words) {
        if (word.toUtf8().size() > TsVectorText::MaxWordBytes)
            return NoMatch; // the index left it out
        lexemes.append(TsVectorText::quoted(word));
    }
    if (lexemes.isEmpty())
        return NoMatch;
    if (term.prefix)
        lexemes.last().append(u":*"_s);
    return lexemes.size() == 1 ? lexemes.constFirst() : u'(' + lexemes.join(u" <-> "_s) + u')';
}

QString TsQueryText::fromWords(const SearchQuery::Node &words)
{
    using Kind = SearchQuery::Node::Kind;
    switch (words.kind) {
    case Kind::Term:
        return term(words.term);
    case Kind::And:
    case Kind::Or: {
        QStringList operands;
        for (const SearchQuery::Node &operand : words.operands)
            operands.append(fromWords(operand));
        return u'(' + operands.join(words.kind == Kind::And ? u" & "_s : u" | "_s) + u')';
    }
    case Kind::Not: {
        if (words.operands.empty())
            return NoMatch;
        QStringList operands { fromWords(words.operands.front()) };
        for (std::size_t i = 1; i < words.operands.size(); ++i)
            operands.append(u'!' + fromWords(words.operands.at(i)));
        return u'(' + operands.join(u" & "_s) + u')';
    }
    }
    return NoMatch;
}

QString TsQueryText::allOf(const QString &words)
{
    QStringList terms;
    for (QString word : words.split(u' ', Qt::SkipEmptyParts)) {
        const bool prefix = word.endsWith(u'*');
        while (word.endsWith(u'*'))
            word.chop(1);
        if (SearchQuery::hasWordCharacter(word))
            terms.append(term(SearchQuery::Term { word, prefix, false }));
    }
    return terms.isEmpty() ? NoMatch : terms.join(u" & "_s);
}
}
