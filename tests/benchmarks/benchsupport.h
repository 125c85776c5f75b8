// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmark programs share: percentiles, peak memory and the
// synthetic cables the annotation and report benchmarks fill a library with.

#include "cable.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <sys/resource.h>

namespace Reftel::BenchSupport
{
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = qBound<qsizetype>(0, qsizetype(p * double(values.size() - 1) + 0.5), values.size() - 1);
    return values.at(i);
}

// Peak resident memory of the process so far, in MB (getrusage: kilobytes on Linux).
inline double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// The words synthetic paragraphs are made of: common ones first, then fillers.
inline const QStringList &vocabulary()
{
    using namespace Qt::StringLiterals;
    static const QStringList list { u"government"_s, u"minister"_s, u"security"_s, u"election"_s, u"opposition"_s,
        u"economic"_s, u"military"_s, u"cooperation"_s, u"parliament"_s, u"nuclear"_s, u"police"_s, u"energy"_s,
        u"trade"_s, u"refugees"_s, u"corruption"_s, u"budget"_s, u"oil"_s, u"visa"_s, u"terrorism"_s, u"investment"_s,
        u"base"_s, u"lease"_s, u"airfield"_s, u"transit"_s, u"pipeline"_s, u"border"_s, u"customs"_s, u"embassy"_s,
        u"president"_s, u"ambassador"_s, u"the"_s, u"of"_s, u"and"_s, u"to"_s, u"a"_s, u"in"_s, u"that"_s, u"said"_s,
        u"would"_s };
    return list;
}

inline QString words(QRandomGenerator &rng, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(vocabulary().at(int(rng.bounded(vocabulary().size()))));
    return list.join(u' ');
}

// A parsed cable of eight numbered paragraphs of vocabulary words, id 08SYNTH<serial>.
inline Cable syntheticCable(QRandomGenerator &rng, int serial)
{
    using namespace Qt::StringLiterals;
    Cable cable;
    cable.id = u"08SYNTH"_s + QString::number(serial);
    cable.subject = words(rng, 6).toUpper();
    cable.title = cable.subject;
    cable.origin = u"Embassy Synth"_s;
    cable.classification = serial % 3 ? u"CONFIDENTIAL"_s : u"UNCLASSIFIED"_s;
    cable.created = QDateTime(QDate(2008, 1, 1).addDays(serial % 700), QTime(10, 0), QTimeZone::UTC);
    cable.format = SourceFormat::BareTelegram;
    Section section;
    QStringList texts;
    for (int i = 1; i <= 8; ++i) {
        Paragraph paragraph;
        paragraph.number = i;
        paragraph.anchor = cable.id + QChar(0x00B6) + QString::number(i);
        paragraph.mark = u"C"_s;
        paragraph.text = words(rng, 60 + int(rng.bounded(80)));
        texts.append(paragraph.text);
        section.paragraphs.append(paragraph);
    }
    cable.sections.append(section);
    cable.telegram = cable.subject + u'\n' + texts.join(u"\n\n"_s);
    cable.originalBytes = cable.telegram.toUtf8();
    cable.documentText = cable.telegram;
    cable.telegramOffset = 0;
    return cable;
}
}
