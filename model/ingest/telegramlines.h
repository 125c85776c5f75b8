// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace Reftel
{
// What a line of the telegram is, before anyone reads its words: text, a
// blank line, or furniture the parser removes (page markers, database dumps,
// transmission trailers).
enum class LineKind
{
    Text,
    Blank,
    PageMarker,
    Dump,
    OldRouting,
    Noise
};

struct TelegramLine
{
    qsizetype start = 0; // the raw line in the telegram
    qsizetype end = 0;
    qsizetype cstart = 0; // its content: trimmed, page-marker parts cut off
    qsizetype cend = 0;
    LineKind kind = LineKind::Text;
    // Page markers inside the line (unwrapped pages): ranges that are not text, in order.
    QList<std::pair<qsizetype, qsizetype>> cuts;
    bool runOn = false; // the second half of a line that ran two paragraphs together
    bool glued = false; // the second half of a header line whose line break was lost
};

// The telegram cut into lines, each a range of the same text, so that every
// position the parser reports points into Cable::telegram. Built by
// LineClassifier; read by the header reader and the body parser; the ranges
// it removes are kept as DedupEntry values.
class TelegramLines final
{
public:
    explicit TelegramLines(const QString &telegram)
        : m_text(telegram)
    {
    }

    const QString &text() const { return m_text; }
    qsizetype size() const { return m_lines.size(); }
    bool isEmpty() const { return m_lines.isEmpty(); }
    TelegramLine &operator[](qsizetype i) { return m_lines[i]; }
    const TelegramLine &operator[](qsizetype i) const { return m_lines[i]; }
    const TelegramLine &at(qsizetype i) const { return m_lines.at(i); }
    void append(const TelegramLine &line) { m_lines.append(line); }
    void insert(qsizetype i, const TelegramLine &line) { m_lines.insert(i, line); }
    void reserve(qsizetype n) { m_lines.reserve(n); }

    // The trimmed content of line i; i must be an index of a line.
    QStringView content(qsizetype i) const
    {
        const TelegramLine &l = m_lines.at(i);
        return QStringView(m_text).sliced(l.cstart, l.cend - l.cstart);
    }
    bool isText(qsizetype i) const { return i >= 0 && i < m_lines.size() && m_lines.at(i).kind == LineKind::Text; }
    bool isBlank(qsizetype i) const { return i >= 0 && i < m_lines.size() && m_lines.at(i).kind == LineKind::Blank; }
    // The next text line after i that is not a rule of dashes, or -1.
    qsizetype nextContent(qsizetype i) const;
    // The previous text line before i, not before from, or -1.
    qsizetype previousText(qsizetype i, qsizetype from = 0) const;

    // Moves the content's start or end past white space after a cut.
    void trimContent(qsizetype i);
    // Cuts line i at offset at of its content: the rest becomes line i + 1,
    // marked glued. Nothing happens unless at is inside the content.
    void split(qsizetype i, qsizetype at);

    // Records a removal [from, to) of the telegram; empty ranges are ignored.
    void remove(DedupEntry::Kind kind, qsizetype from, qsizetype to);
    const QList<DedupEntry> &removed() const { return m_removed; }

    // Text after a pasted release-CSV row doubles its quotes.
    bool csvDump = false;

private:
    const QString &m_text;
    QList<TelegramLine> m_lines;
    QList<DedupEntry> m_removed;
};
}
