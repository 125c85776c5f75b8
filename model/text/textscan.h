// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

namespace Reftel
{
// Small hand-written scanners shared by the readers and parsers. They work on
// QStringView without allocating, because they run on every line of every
// cable and a regular expression per line costs more than the whole parse.
namespace TextScan
{
struct LineRef
{
    qsizetype start = 0; // offset of the first character
    qsizetype end = 0; // offset past the last character, before the line break
};

// Lines of text; "\n", "\r\n" and "\r" all end a line.
QList<LineRef> splitLines(QStringView text);

// Whitespace-separated tokens, as views into the argument.
QList<QStringView> tokens(QStringView text);

bool isBlank(QStringView line);
bool isDigits(QStringView s);
bool isUpperWord(QStringView s); // letters, all capitals, at least one letter
bool hasLowercase(QStringView s);
int toInt(QStringView s, int fallback = -1);
// Case-insensitive prefix test that also requires a word boundary after it.
bool startsWithWord(QStringView line, QStringView word);

// "O 120516Z FEB 09": precedence letters and a date-time group.
bool isDateTimeGroupLine(QStringView line);
// The three tokens "120516Z" "FEB" "09" as a UTC date-time.
QDateTime parseDateTimeGroup(QStringView dayTime, QStringView month, QStringView year);

// "2009-02-12 05:16:00", "2009-03-17 08:04", "12/28/1966 18:48" as UTC.
QDateTime parseDateTime(QStringView text);

// "09ASTANA253": two digits, capitals, digits (and the odd suffix).
bool looksLikeCableId(QStringView s);

// Decodes one entity starting at text[pos] == '&'. Returns the number of
// characters consumed (0 if none) and the decoded text in *out.
qsizetype decodeEntity(QStringView text, qsizetype pos, QString *out);
// Decodes every entity in text.
QString decodeEntities(QStringView text);

// One line of a removed block, for reports: trimmed and cut to 80 characters.
QString excerpt(QStringView text);
}
}
