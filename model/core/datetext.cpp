// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetext.h"

#include <QLocale>

namespace Reftel
{
QString DateText::longUtc(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    return tr("%1, %2 UTC").arg(longDate(utc.date()), utc.time().toString(QStringLiteral("HH:mm")));
}

QString DateText::longDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}
}
