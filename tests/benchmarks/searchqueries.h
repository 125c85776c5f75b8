// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The search benchmarks' queries: reftel-bench-library and
// reftel-bench-search run the same 100 on either engine.

#include <QString>
#include <QStringList>

namespace Reftel::BenchSupport
{
// 100 queries of every kind the query language has, over words of known
// frequency (the synthetic release's planted terms and its vocabulary).
inline QStringList searchQueries()
{
    const QStringList words { QStringLiteral("government"), QStringLiteral("minister"), QStringLiteral("security"),
        QStringLiteral("election"), QStringLiteral("opposition"), QStringLiteral("economic"),
        QStringLiteral("military"), QStringLiteral("cooperation"), QStringLiteral("parliament"),
        QStringLiteral("nuclear"), QStringLiteral("police"), QStringLiteral("energy"), QStringLiteral("trade"),
        QStringLiteral("refugees"), QStringLiteral("corruption"), QStringLiteral("budget"), QStringLiteral("oil"),
        QStringLiteral("visa"), QStringLiteral("terrorism"), QStringLiteral("investment") };
    const QStringList planted { QStringLiteral("quillaja"), QStringLiteral("marlinspike"), QStringLiteral("tamarisk") };
    const QStringList origins { QStringLiteral("Baghdad"), QStringLiteral("Moscow"), QStringLiteral("Tokyo"),
        QStringLiteral("Paris"), QStringLiteral("Ankara"), QStringLiteral("State"), QStringLiteral("Kabul"),
        QStringLiteral("Astana") };
    const QStringList tags { QStringLiteral("PGOV"), QStringLiteral("PREL"), QStringLiteral("ECON"),
        QStringLiteral("PHUM"), QStringLiteral("PTER") };
    QStringList q;
    for (const QString &w : words)
        q << w; // 20 single words
    q << planted; // 3 planted words
    for (int i = 0; i < 10; ++i)
        q << words.at(i).left(5) + u'*'; // 10 prefixes
    for (int i = 0; i < 10; ++i)
        q << u'"' + words.at(i) + u' ' + words.at(i + 1) + u'"'; // 10 phrases
    for (int i = 0; i < 10; ++i)
        q << words.at(i) + QStringLiteral(" AND ") + words.at(19 - i); // 10 AND
    for (int i = 0; i < 8; ++i)
        q << words.at(i) + QStringLiteral(" OR ") + planted.at(i % 3); // 8 OR
    for (int i = 0; i < 7; ++i)
        q << words.at(i) + QStringLiteral(" NOT ") + words.at(i + 5); // 7 NOT
    for (int i = 0; i < 8; ++i)
        q << words.at(i) + QStringLiteral(" origin:") + origins.at(i); // 8 origin
    for (int i = 0; i < 8; ++i)
        q << words.at(i + 8) + QStringLiteral(" tag:") + tags.at(i % 5); // 8 tag
    for (int i = 0; i < 6; ++i)
        q << words.at(i + 2) + QStringLiteral(" class:secret"); // 6 class
    for (int i = 0; i < 6; ++i)
        q << words.at(i + 4) + QStringLiteral(" from:%1 to:%1").arg(2004 + i); // 6 dates
    q << QStringLiteral("origin:Moscow") << QStringLiteral("tag:KZ")
      << QStringLiteral("class:confidential from:2009-01") << QStringLiteral("from:2010-02-01 to:2010-02-28")
      << QStringLiteral("origin:Astana tag:PGOV") << QStringLiteral("ref:09STATE13500")
      << QStringLiteral("tamarisk origin:Astana") << QStringLiteral("marlinspike tag:PREL class:unclassified")
      << QStringLiteral("quillaja OR marlinspike") << QStringLiteral("secur* AND minist* NOT election")
      << QStringLiteral("\"human rights\""); // 11 filters and mixes
    return q.mid(0, 100);
}
}
