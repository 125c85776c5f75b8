// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "classifiedbyreader.h"

#include "lineclassifier.h"
#include "textscan.h"

#include <QSet>

namespace Reftel
{
namespace
{
// The reasons: the letters after "1.4" / "1.5". Returns where the reasons start, or -1.
qsizetype readReasons(const QString &s, QStringList *reasons)
{
    qsizetype at = -1;
    for (const QStringView num :
        { QStringView(u"1.4"), QStringView(u"1.5"), QStringView(u"1.6"), QStringView(u"1,4") }) {
        const qsizetype p = s.indexOf(num);
        if (p >= 0 && (at < 0 || p < at))
            at = p;
    }
    if (at < 0)
        return -1;
    const QString number = s.sliced(at, 3).replace(u',', u'.'); // the three characters just found
    const QString tail = s.sliced(at + 3);
    for (qsizetype i = 0; i < tail.size(); ++i) {
        const QChar ch = tail[i].toUpper();
        if (ch < u'A' || ch > u'H')
            continue;
        const bool leftOk = i == 0 || !tail[i - 1].isLetter();
        const bool rightOk = i + 1 >= tail.size() || !tail[i + 1].isLetter();
        if (leftOk && rightOk) {
            const QString reason = number + u" (" + ch + u')';
            if (!reasons->contains(reason))
                reasons->append(reason);
        }
    }
    if (reasons->isEmpty())
        reasons->append(number);
    return at;
}

// Drops the words that lead into the reasons: "for reasons", ",", ":".
QString withoutLeadIn(QString s)
{
    s = s.trimmed();
    for (bool changed = true; changed;) {
        changed = false;
        for (const QStringView w : { QStringView(u"for reasons"), QStringView(u"for reason"), QStringView(u"reasons:"),
                 QStringView(u"reasons"), QStringView(u"reason:"), QStringView(u"reason"), QStringView(u","),
                 QStringView(u":"), QStringView(u";"), QStringView(u"."), QStringView(u"for") }) {
            if (s.endsWith(w, Qt::CaseInsensitive)) {
                s.chop(w.size());
                s = s.trimmed();
                changed = true;
            }
        }
    }
    return s;
}

const QSet<QString> &titleWords()
{
    static const QSet<QString> Words = {
        QStringLiteral("AMBASSADOR"),
        QStringLiteral("CHARGE"),
        QStringLiteral("CHARGÉ"),
        QStringLiteral("D'AFFAIRES"),
        QStringLiteral("CDA"),
        QStringLiteral("DCM"),
        QStringLiteral("A/DCM"),
        QStringLiteral("DEPUTY"),
        QStringLiteral("CHIEF"),
        QStringLiteral("OF"),
        QStringLiteral("MISSION"),
        QStringLiteral("ACTING"),
        QStringLiteral("POLITICAL"),
        QStringLiteral("COUNSELOR"),
        QStringLiteral("MINISTER"),
        QStringLiteral("POL"),
        QStringLiteral("ECON"),
        QStringLiteral("MINCOUNS"),
        QStringLiteral("CONSUL"),
        QStringLiteral("GENERAL"),
        QStringLiteral("POLOFF"),
        QStringLiteral("ECONOFF"),
        QStringLiteral("A.I."),
        QStringLiteral("SECRETARY"),
        QStringLiteral("ASSISTANT"),
        QStringLiteral("OFFICER"),
        QStringLiteral("POL/ECON"),
        QStringLiteral("CHIEF,"),
        QStringLiteral("ECONOMIC"),
        QStringLiteral("SECTION"),
        QStringLiteral("UNIT"),
        QStringLiteral("INTERNAL"),
        QStringLiteral("PRINCIPAL"),
        QStringLiteral("DIRECTOR"),
        QStringLiteral("CONSUL-GENERAL"),
        QStringLiteral("USEU"),
        QStringLiteral("AMBASSADOR,"),
        QStringLiteral("COUNSELOR,"),
        QStringLiteral("PERMANENT"),
        QStringLiteral("REPRESENTATIVE"),
        QStringLiteral("ALTERNATE"),
        QStringLiteral("ATTACHE"),
        QStringLiteral("ECONOMIC/POLITICAL"),
        QStringLiteral("POLCOUNS"),
        QStringLiteral("CLASSIFIED"),
        QStringLiteral("BY"),
    };
    return Words;
}
}

Classifier ClassifiedByReader::read(QStringView text)
{
    Classifier c;
    qsizetype rest = 0;
    if (LineClassifier::classifiedByKeyword(text.trimmed(), &rest))
        text = text.trimmed().sliced(rest); // the statement with its keyword
    c.text = text.toString().simplified();
    QString s = c.text;
    const qsizetype reasons = readReasons(s, &c.reasons);
    if (reasons >= 0)
        s = s.first(reasons);
    s = withoutLeadIn(s);
    // "Name, Title" or "Title Name".
    const qsizetype comma = s.indexOf(u',');
    if (comma > 0 && s.first(comma).count(u' ') >= 1 && !s.first(comma).contains(u"Ambassador", Qt::CaseInsensitive)) {
        c.person = s.first(comma).trimmed();
        c.title = s.sliced(comma + 1).trimmed();
        return c;
    }
    const QStringList words = s.split(u' ', Qt::SkipEmptyParts);
    qsizetype split = words.size();
    while (split > 0 && !titleWords().contains(words[split - 1].toUpper()) && words.size() - split < 4)
        --split;
    c.title = words.first(split).join(u' ');
    c.person = words.sliced(split).join(u' ');
    return c;
}
}

namespace Reftel
{
namespace
{
// Characters and words of a list of reasons: "(b) and (d).", "B/D", "(B, C & D)", "b,d".
bool isReasonToken(QStringView t)
{
    QStringView core = t;
    while (!core.isEmpty() && (core.front() == u'(' || core.front() == u','))
        core = core.sliced(1);
    while (
        !core.isEmpty() && (core.back() == u')' || core.back() == u',' || core.back() == u'.' || core.back() == u';'))
        core.chop(1);
    if (core.isEmpty() || core.compare(u"and", Qt::CaseInsensitive) == 0 || core == u"&"
        || core.compare(u"or", Qt::CaseInsensitive) == 0)
        return true;
    if (core.startsWith(u"1.") || core.startsWith(u"1,"))
        return true;
    for (const QChar c : core) {
        const QChar u = c.toUpper();
        if (!((u >= u'A' && u <= u'H') || c == u'/' || c == u',' || c == u'(' || c == u')' || c == u'&'))
            return false;
    }
    return core.size() <= 9;
}
}

qsizetype ClassifiedByReader::statementEnd(QStringView text)
{
    qsizetype at = -1;
    for (const QStringView num : { QStringView(u"1.4"), QStringView(u"1.5"), QStringView(u"1.6"), QStringView(u"1,4") })
        at = std::max(at, text.lastIndexOf(num));
    if (at < 0)
        return -1;
    const QList<QStringView> toks = TextScan::tokens(text.sliced(at));
    qsizetype k = 0;
    while (k < toks.size() && isReasonToken(toks[k]))
        ++k;
    if (k >= toks.size())
        return -1;
    // What follows must read as text: a capital, then words in lower case.
    int lower = 0;
    for (qsizetype j = k + 1; j < toks.size() && j <= k + 4; ++j)
        lower += TextScan::hasLowercase(toks[j]) ? 1 : 0;
    if (!toks[k][0].isUpper() || lower < 3)
        return -1;
    return toks[k].data() - text.data();
}
}
