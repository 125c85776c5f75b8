// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Reftel
{
// The words of a text as Reftel's full-text search compares them, on every
// engine: runs of letters and digits (FTS5's unicode61 token characters),
// case folded and accents removed (unicode61 with remove_diacritics 2).
// SQLite's FTS5 tokenizes for itself; on PostgreSQL both the indexed text
// (TsVectorText) and the query's words (TsQueryText) go through this, so
// that a server library finds what the SQLite one does, whatever the
// server's locale and text search parser make of "U.S.", "state.gov" or
// "Québec". SnippetMaker marks the same words.
class SearchWords final
{
public:
    struct Word
    {
        qsizetype start = 0; // in the text
        qsizetype end = 0; // one past
        QString folded;
    };

    static QList<Word> of(const QString &text);
    // Only the folded forms, in order.
    static QStringList folded(const QString &text);
    // The index's form of a word: case folded, accents removed.
    static QString fold(QStringView word);
    // Whether the character belongs to a word.
    static bool isWordCharacter(QChar c);
};
}
