// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Reftel
{
// Dates as the reader's interface language writes them (QLocale(), which
// LanguageManager sets to that language): "Thursday, 12 February 2009,
// 05:16 UTC", "Donnerstag, 12. Februar 2009, 05:16 UTC". Times of cables
// stay in UTC, 24-hour, as the telegrams give them.
class DateText final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::DateText)
public:
    static QString longUtc(const QDateTime &dateTime);
    static QString longDate(const QDate &date);
};
}
