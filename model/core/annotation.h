// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Reftel
{
// One of the user's annotations: a passage of a paragraph (or the whole
// paragraph), tags and a note. A plain value; AnnotationStore reads and
// writes it.
//
// The passage is anchored three ways, so that a re-parse or re-import that
// changes the text can find it again (see AnnotationAnchorer): the paragraph
// anchor (Paragraph::anchor, ItemRole::Anchor, "09ASTANA253¶5") with
// character offsets into Paragraph::text, the quoted text itself, and up to
// ContextLength characters before and after it.
//
// The note is Markdown (CommonMark as QTextDocument::setMarkdown() reads it:
// **bold**, *italics*, "- " lists, [links](https://...)). Chosen over an HTML
// subset because it stays readable as plain text everywhere the note goes
// without a renderer (the full-text index, JSON exports, tooltips, the
// sqlite3 shell), and because there is no markup to sanitise: rendering
// Markdown cannot smuggle in scripts, images from the network or styles.
struct Annotation
{
    static constexpr int ContextLength = 32;

    qint64 id = 0; // 0 until stored
    QString cableId; // 09ASTANA253
    QString anchor; // 09ASTANA253¶5
    qsizetype start = 0; // in Paragraph::text
    qsizetype length = 0; // 0: the whole paragraph
    QString quote; // the passage as it was when anchored (the paragraph's text when length is 0)
    QString prefix; // up to ContextLength characters before the passage
    QString suffix; // up to ContextLength characters after it
    QString note; // Markdown
    QString author;
    QDateTime created; // UTC
    QDateTime modified; // UTC
    QList<qint64> tagIds; // UserTag::id, ascending (the store keeps them as a set)
    bool detached = false; // the passage was not found in the cable's current text

    bool isWholeParagraph() const { return length == 0; }
    bool operator==(const Annotation &) const = default;
};
}
