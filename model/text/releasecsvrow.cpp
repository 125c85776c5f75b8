// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasecsvrow.h"

#include "textdecoder.h"

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
enum class Read
{
    Done,
    More, // what follows decides: the next read
    Malformed,
};

// At \" in a quoted field: whether the backslash is text and the quote
// closes the field ("...\\",") or, in the last field, the row. A quote
// otherwise. More when the bytes after it are not read yet.
Read backslashQuoteCloses(const char *data, qsizetype n, qsizetype i, bool atEnd, bool lastField, bool *closes)
{
    const bool closesField = i + 2 < n && (data[i + 2] == ',' ? (i + 3 < n && data[i + 3] == '"') : false);
    bool closesRow = false;
    if (lastField) {
        // Only a backslash ending the last field: the next row (or the end) must follow.
        qsizetype j = i + 2;
        while (j < n && (data[j] == '\n' || data[j] == '\r'))
            ++j;
        if (j + 1 >= n && !atEnd)
            return Read::More;
        closesRow = j > i + 2 && (j >= n || (data[j] == '"' && j + 1 < n && data[j + 1] >= '0' && data[j + 1] <= '9'));
        if (i + 2 >= n)
            closesRow = atEnd;
    }
    *closes = closesField || closesRow;
    return Read::Done;
}

// The quoted field at i (at its opening quote) into *field; i ends after
// the closing quote.
Read readQuoted(const char *data, qsizetype n, qsizetype &i, bool atEnd, bool lastField, QByteArray *field)
{
    ++i;
    while (i < n) {
        const char c = data[i];
        if (c == '\\' && i + 1 >= n && !atEnd)
            return Read::More; // what the backslash escapes is in the next read
        // The release writes an apostrophe as \' (SHAH\'S): the text has a plain one.
        if (c == '\\' && i + 1 < n && data[i + 1] == '\'') {
            *field += '\'';
            i += 2;
            continue;
        }
        if (c == '\\' && i + 1 < n && data[i + 1] == '"') {
            bool closes = false;
            if (backslashQuoteCloses(data, n, i, atEnd, lastField, &closes) == Read::More)
                return Read::More;
            if (!closes) {
                *field += '"';
                i += 2;
                continue;
            }
            *field += '\\';
            ++i;
            continue;
        }
        if (c == '"') {
            if (i + 1 < n && data[i + 1] == '"') {
                *field += '"';
                i += 2;
                continue;
            }
            if (i + 1 >= n && !atEnd)
                return Read::More;
            ++i;
            return Read::Done;
        }
        // Copy the run up to the next quote or backslash in one go.
        qsizetype run = i + 1;
        while (run < n && data[run] != '"' && data[run] != '\\')
            ++run;
        field->append(data + i, run - i);
        i = run;
    }
    return atEnd ? Read::Malformed : Read::More; // not closed
}
}

qsizetype ReleaseCsvRow::parse(QByteArrayView bytes, qsizetype pos, bool atEnd, QList<QByteArray> *fields)
{
    fields->clear();
    const char *data = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype i = pos;
    // Blank lines between rows are skipped.
    while (i < n && (data[i] == '\n' || data[i] == '\r'))
        ++i;
    if (i >= n)
        return 0;
    while (true) {
        if (i >= n)
            return atEnd ? -1 : 0;
        QByteArray field;
        if (data[i] == '"') {
            const Read read = readQuoted(data, n, i, atEnd, fields->size() == FieldCount - 1, &field);
            if (read != Read::Done)
                return read == Read::More ? 0 : -1;
        } else {
            const qsizetype s = i;
            while (i < n && data[i] != ',' && data[i] != '\n' && data[i] != '\r')
                ++i;
            field = QByteArray(data + s, i - s);
        }
        fields->append(field);
        if (i >= n)
            return atEnd ? (fields->size() == FieldCount ? i - pos : -1) : 0;
        if (data[i] == ',') {
            ++i;
            continue;
        }
        if (data[i] == '\n' || data[i] == '\r') {
            if (data[i] == '\r' && i + 1 < n && data[i + 1] == '\n')
                ++i;
            else if (data[i] == '\r' && i + 1 >= n && !atEnd)
                return 0;
            ++i;
            return fields->size() == FieldCount ? i - pos : -1;
        }
        return -1;
    }
}

QString ReleaseCsvRow::telegram(const QList<QByteArray> &fields)
{
    if (fields.size() != FieldCount)
        return {};
    const QString header = TextDecoder::decode(fields[6]).text;
    const QString body = TextDecoder::decode(fields[7]).text;
    return header.isEmpty() ? body : header + u'\n' + body;
}

QString ReleaseCsvRow::telegramOf(QByteArrayView row)
{
    QList<QByteArray> fields;
    fields.reserve(FieldCount);
    const qsizetype length = parse(row, 0, true, &fields);
    if (length <= 0 || length != row.size())
        return {};
    const QString text = telegram(fields);
    // Never null: an empty telegram is still one.
    return text.isNull() ? QString(u""_s) : text;
}
}
