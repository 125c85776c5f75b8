// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testdata.h"

#include <QByteArray>
#include <QFile>

namespace Reftel::Testing
{
// A release CSV of `rows` cables made from the first real row of the fixture,
// each with its own id; dates spread over December 1966, many sharing a day.
inline QByteArray syntheticCsv(int rows)
{
    QFile file(QStringLiteral(REFTEL_TEST_DATA_DIR "/parser/cables-sample.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no CSV fixture");
    const QByteArray all = file.readAll();
    const qsizetype second = all.indexOf("\n\"2\",\"");
    const QByteArray row = all.left(second + 1);
    QByteArray out;
    out.reserve(row.size() * rows);
    for (int k = 1; k <= rows; ++k) {
        QByteArray r = row;
        r.replace("\"1\",", QByteArray("\"" + QByteArray::number(k) + "\","));
        r.replace("66BUENOSAIRES2481", QByteArray("66BUENOSAIRES" + QByteArray::number(10000 + k)));
        r.replace("\"12/28/1966 ", QByteArray("\"12/" + QByteArray::number(10 + k % 18) + "/1966 "));
        out += r;
    }
    return out;
}
}
