// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "declassificationreader.h"

#include "textscan.h"

namespace Reftel
{
namespace
{
QStringView skipColonsAndSpaces(QStringView s)
{
    while (!s.isEmpty() && (s.front() == u':' || s.front().isSpace()))
        s = s.sliced(1);
    return s;
}
}

DeclassificationReader::Result DeclassificationReader::read(QStringView eo)
{
    for (const QStringView order : { QStringView(u"12958"), QStringView(u"13526"), QStringView(u"12356") }) {
        if (eo.startsWith(order))
            eo = skipColonsAndSpaces(eo.sliced(order.size()));
    }
    const qsizetype decl = eo.indexOf(u"DECL", 0, Qt::CaseInsensitive);
    if (decl >= 0)
        eo = skipColonsAndSpaces(eo.sliced(decl + 4));
    Result r;
    eo = eo.trimmed();
    r.text = eo.toString();
    for (const QStringView t : TextScan::tokens(eo)) {
        if (t.count(u'/') == 2) {
            const QDateTime dt = TextScan::parseDateTime(t);
            if (dt.isValid()) {
                r.date = dt.date();
                break;
            }
        }
    }
    return r;
}
}
