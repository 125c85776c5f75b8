// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparedcable.h"

#include "releasecsvrow.h"

#include <QAnyStringView>
#include <QCryptographicHash>
#include <QStringView>
#include <QUtf8StringView>

#include <algorithm>
#include <utility>

namespace Reftel
{
PreparedCable PreparedCable::prepare(Cable cable)
{
    PreparedCable prepared;
    prepared.digest = digestOf(cable.originalBytes);
    // The document text and the telegram are stored only when they cannot
    // be had again from the original bytes (as UTF-8, a slice of that, or
    // what the release CSV reader makes of the row): usually they can, which
    // halves the size of the library. Compared without decoding: most saved
    // forms are UTF-8, and the check costs a fraction of a real decode.
    prepared.documentIsDecoded =
        QAnyStringView::equal(QUtf8StringView(cable.originalBytes), QStringView(cable.documentText));
    prepared.telegramIsSlice = cable.telegramOffset >= 0
        && QStringView(cable.documentText)
               .sliced(std::min(cable.telegramOffset, cable.documentText.size()))
               .startsWith(cable.telegram);
    prepared.telegramIsRebuilt = !prepared.telegramIsSlice && cable.format == SourceFormat::ReleaseCsv
        && ReleaseCsvRow::telegramOf(cable.originalBytes) == cable.telegram;
    prepared.cable = std::move(cable);
    return prepared;
}

QByteArray PreparedCable::digestOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}
}
