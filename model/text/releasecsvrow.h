// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Reftel
{
// One row of the release's cables.csv, as bytes: its grammar (eight quoted
// fields, quotes escaped as \" or doubled, \' for an apostrophe, newlines
// inside fields) and the telegram it holds. ReleaseCsvReader streams rows
// with it; the library rebuilds a CSV cable's telegram from the row it
// keeps, so that the telegram is not stored twice, without knowing the
// reader.
class ReleaseCsvRow final
{
public:
    static constexpr int FieldCount = 8;

    // Parses the row at pos in bytes into *fields. Returns 0 when more bytes
    // are needed to know (never when atEnd: no bytes follow), -1 for a
    // malformed row, otherwise the row's length from pos (with the blank
    // lines before it and its line end).
    static qsizetype parse(QByteArrayView bytes, qsizetype pos, bool atEnd, QList<QByteArray> *fields);

    // The telegram of a row's fields: the header, a newline, the body (the
    // body alone when there is no header); null unless there are FieldCount.
    static QString telegram(const QList<QByteArray> &fields);

    // The telegram of one whole row (a cable's originalBytes), or a null
    // string when the bytes are not exactly one well-formed row.
    static QString telegramOf(QByteArrayView row);
};
}
