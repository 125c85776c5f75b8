// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textwords.h"

#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>

namespace Reftel
{
namespace
{
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'\'' || c == u'\u2019' || c == u'_';
}
}

QList<QTextEdit::ExtraSelection> TextWords::selections(QTextDocument &document, const QStringList &terms, bool dark)
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(dark ? QColor(0x7a, 0x5c, 0x00) : QColor(0xff, 0xe0, 0x66));
    format.setForeground(dark ? QColor(Qt::white) : QColor(Qt::black));
    for (const QString &term : terms) {
        QString t = term.trimmed();
        if (t.isEmpty())
            continue;
        const bool prefix = t.endsWith(u'*');
        if (prefix)
            t.chop(1);
        if (t.isEmpty())
            continue;
        // Word-start match, case-insensitive, whitespace in phrases matching any run of it.
        QString pattern = QRegularExpression::escape(t);
        pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        pattern = QStringLiteral("\\b") + pattern + (prefix ? QStringLiteral("\\w*") : QStringLiteral("\\b"));
        const QRegularExpression re(
            pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        QTextCursor cursor(&document);
        while (true) {
            cursor = document.find(re, cursor);
            if (cursor.isNull())
                break;
            QTextEdit::ExtraSelection selection;
            selection.cursor = cursor;
            selection.format = format;
            selections << selection;
        }
    }
    return selections;
}

std::pair<int, int> TextWords::wholeWords(const QTextDocument &document, int start, int end)
{
    const int last = document.characterCount() - 1;
    while (
        start > 0 && isWordCharacter(document.characterAt(start - 1)) && isWordCharacter(document.characterAt(start)))
        --start;
    while (end < last && isWordCharacter(document.characterAt(end - 1)) && isWordCharacter(document.characterAt(end)))
        ++end;
    return { start, end };
}
}
