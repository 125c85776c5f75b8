// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsvectortext.h"

#include "searchwords.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reftel
{
QString TsVectorText::quoted(const QString &lexeme)
{
    QString result;
    result.reserve(lexeme.size() + 2);
    result.append(u'\'');
    for (const QChar c : lexeme) {
        if (c == u'\'' || c == u'\\')
            result.append(c);
        result.append(c);
    }
    result.append(u'\'');
    return result;
}

QString TsVectorText::fromText(const QString &text)
{
    QStringList order; // distinct words, first seen first
    QHash<QString, QList<int>> positions;
    qsizetype bytes = 0;
    int position = 0;
    for (const SearchWords::Word &word : SearchWords::of(text)) {
        position = std::min(position + 1, MaxPosition);
        auto found = positions.find(word.folded);
        if (found == positions.end()) {
            const qsizetype size = word.folded.toUtf8().size();
            if (size > MaxWordBytes || bytes + size > MaxBytes)
                continue;
            bytes += size;
            order.append(word.folded);
            found = positions.insert(word.folded, {});
        }
        QList<int> &at = found.value();
        if (at.size() < MaxPositions && (at.isEmpty() || at.constLast() != position))
            at.append(position);
    }
    QString result;
    for (const QString &word : std::as_const(order)) {
        if (!result.isEmpty())
            result.append(u' ');
        result.append(quoted(word));
        QStringList numbers;
        for (const int at : positions.value(word))
            numbers.append(QString::number(at));
        result.append(u':' + numbers.join(u','));
    }
    return result;
}
}
