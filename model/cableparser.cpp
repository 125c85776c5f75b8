// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableparser.h"

#include "cabledocumentreader.h"
#include "referenceparser.h"
#include "routingparser.h"
#include "tagglossary.h"
#include "textscan.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::CableParser", text);
}

enum class LineKind { Text, Blank, PageMarker, Dump, OldRouting, Noise };

// ASCII fast path for the per-character loops; other characters ask QChar.
inline bool isSpaceFast(char16_t c)
{
    if (c < 0x80)
        return c <= u' ' && (c == u' ' || (c >= u'\t' && c <= u'\r'));
    return QChar::isSpace(c);
}

struct Line {
    qsizetype start = 0; // the raw line in the telegram
    qsizetype end = 0;
    qsizetype cstart = 0; // its content: trimmed, page-marker parts cut off
    qsizetype cend = 0;
    LineKind kind = LineKind::Text;
    // Page markers inside the line (unwrapped pages): ranges that are not text, in order.
    QList<std::pair<qsizetype, qsizetype>> cuts;
    bool runOn = false; // the second half of a line that ran two paragraphs together
};

struct Segment {
    qsizetype start = 0;
    qsizetype end = 0;
};

struct Building {
    int number = 0;
    QString mark;
    QList<Segment> segments;
    qsizetype position = 0;
    QString text; // filled by finish()
};

struct HeaderFields {
    Banner banner;
    QStringList caveats;
    QStringList passing;
    QString eo;
    QString tags;
    QString subject;
    QString refText;
    bool hasRef = false;
    QString classifiedBy;
};

// SUMMARY / COMMENT / NOTE blocks in one pass over the word starts of the
// text: a case-insensitive search per word would scan each paragraph a dozen times.
QList<TextSpan> findSpans(QStringView text)
{
    struct Event {
        qsizetype start;
        qsizetype end;
        TextSpan::Kind kind;
        bool close;
    };
    static constexpr struct {
        QStringView word;
        TextSpan::Kind kind;
    } Words[] = {{u"SUMMARY", TextSpan::Kind::Summary}, {u"COMMENT", TextSpan::Kind::Comment}, {u"NOTE", TextSpan::Kind::Note}};
    QList<Event> events;
    const qsizetype n = text.size();
    const QChar *d = text.data();
    // Only word starts matter: walk from space to space and look past an
    // opening bracket ("(COMMENT:").
    qsizetype wordStart = 0;
    while (wordStart < n) {
        qsizetype i = wordStart;
        qsizetype space = i;
        while (space < n && d[space] != u' ')
            ++space;
        wordStart = space + 1;
        if (d[i] == u'(' && i + 1 < n)
            ++i;
        const char16_t c = d[i].unicode() | 0x20;
        if (c != u's' && c != u'c' && c != u'n' && c != u'e')
            continue;
        if (c == u'e') {
            if (i + 5 >= n || (d[i + 1].unicode() | 0x20) != u'n' || text.sliced(i, 4).compare(u"END ", Qt::CaseInsensitive) != 0)
                continue;
            for (const auto &w : Words) {
                if (text.sliced(i + 4).startsWith(w.word, Qt::CaseInsensitive)) {
                    qsizetype end = i + 4 + w.word.size();
                    while (end < n && (d[end] == u'.' || d[end] == u')'))
                        ++end;
                    events.append({i, end, w.kind, true});
                    wordStart = std::max(wordStart, end);
                    break;
                }
            }
            continue;
        }
        for (const auto &w : Words) {
            if (i + 1 >= n || c != (w.word[0].unicode() | 0x20) || (d[i + 1].unicode() | 0x20) != (w.word[1].unicode() | 0x20)
                || !text.sliced(i).startsWith(w.word, Qt::CaseInsensitive))
                continue;
            const qsizetype after = i + w.word.size();
            const QChar following = after < n ? d[after] : QChar(u' ');
            const bool opener = w.kind == TextSpan::Kind::Note
                ? following == u':'
                : (following == u':' || following == u'.'
                      || (after < n && following == u' '
                          && text.sliced(after + 1).startsWith(u"CONTINUED", Qt::CaseInsensitive)));
            if (opener)
                events.append({i > 0 && d[i - 1] == u'(' ? i - 1 : i, after, w.kind, false});
            break;
        }
    }
    QList<TextSpan> spans;
    for (const auto &w : Words) {
        qsizetype open = -1;
        for (const Event &e : std::as_const(events)) {
            if (e.kind != w.kind)
                continue;
            if (open < 0 && !e.close) {
                open = e.start;
            } else if (open >= 0 && e.close) {
                spans.append({w.kind, open, e.end - open, true});
                open = -1;
            }
        }
        if (open >= 0)
            spans.append({w.kind, open, n - open, false});
    }
    std::sort(spans.begin(), spans.end(), [](const TextSpan &x, const TextSpan &y) { return x.start < y.start; });
    return spans;
}

bool isLevelLine(QStringView v)
{
    if (v.size() < 6 || v.size() > 24 || (v[0] != u'C' && v[0] != u'S' && v[0] != u'U' && v[0] != u'L'))
        return false;
    static constexpr QStringView Levels[] = {u"CONFIDENTIAL", u"SECRET", u"UNCLASSIFIED", u"UNCLAS", u"LIMITED OFFICIAL USE",
                                             u"C O N F I D E N T I A L", u"S E C R E T", u"U N C L A S S I F I E D"};
    for (const QStringView l : Levels) {
        if (v == l)
            return true;
    }
    return false;
}


bool endsWithTerminal(QStringView v)
{
    if (v.isEmpty())
        return true;
    const QChar c = v.back();
    return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u';'
        || c == u'\u201D' || c == u'\u2019';
}

bool isUnderline(QStringView v)
{
    if (v.size() < 3)
        return false;
    for (const QChar c : v) {
        if (c != u'-' && c != u' ' && c != u'=' && c != u'_')
            return false;
    }
    return true;
}

// "1. (C) ...", "¶1. ...", "10.  (S/NF) ...": the number and where the text after it starts.
bool paragraphStart(QStringView v, int *number, qsizetype *after)
{
    qsizetype i = 0;
    if (i < v.size() && v[i] == u'\u00B6')
        ++i;
    while (i < v.size() && v[i] == u' ')
        ++i;
    const qsizetype s = i;
    while (i < v.size() && v[i].isDigit() && i - s < 3)
        ++i;
    if (i == s || i >= v.size() || (i < v.size() && v[i].isDigit()))
        return false;
    if (v[i] != u'.' && v[i] != u')')
        return false;
    ++i;
    if (i < v.size() && v[i].isDigit())
        return false; // 1.4 (B)
    if (i < v.size() && v[i] != u' ' && v[i] != u'\t' && v[i] != u'(')
        return false;
    qsizetype j = i;
    while (j < v.size() && (v[j] == u' ' || v[j] == u'\t'))
        ++j;
    if (j < v.size()) {
        const QChar c = v[j];
        if (!(c.isUpper() || c == u'(' || c == u'"' || c == u'\u201C' || c == u'-' || c.isDigit() || c == u'\'' || c == u'['
              || c == u'.'))
            return false;
    }
    *number = TextScan::toInt(v.sliced(s, i - 1 - s), 0);
    *after = j;
    return *number > 0;
}

// "(C)", "(SBU)", "(S/NF)", "(U//FOUO)" at v[pos]; returns the length or 0.
qsizetype markAt(QStringView v, qsizetype pos, QString *mark)
{
    if (pos >= v.size() || v[pos] != u'(')
        return 0;
    const qsizetype close = v.indexOf(u')', pos);
    if (close < 0 || close - pos > 14 || close == pos + 1)
        return 0;
    const QStringView inside = v.sliced(pos + 1, close - pos - 1);
    const QChar f = inside[0];
    if (f != u'U' && f != u'C' && f != u'S' && f != u'T' && f != u'L')
        return 0;
    for (const QChar c : inside) {
        if (!((c >= u'A' && c <= u'Z') || c == u'/' || c == u' '))
            return 0;
    }
    if (inside.size() > 3 && !inside.contains(u'/') && inside != u"SBU" && inside != u"LOU" && inside != u"FOUO")
        return 0;
    *mark = inside.toString();
    return close + 1 - pos;
}

// " NNNN" as a word: the end-of-message mark. Found through its first "N"
// (a vectorised character search; a substring search is not).
qsizetype findEndOfMessage(QStringView v)
{
    for (qsizetype n = v.indexOf(QChar(u'N')); n > 0 && n + 4 <= v.size(); n = v.indexOf(QChar(u'N'), n + 1)) {
        if (v[n - 1] == u' ' && v[n + 1] == u'N' && v[n + 2] == u'N' && v[n + 3] == u'N' && (n + 4 == v.size() || v[n + 4] == u' '))
            return n - 1;
    }
    return -1;
}

// A heading without the dashes some cables underline it with on the same
// line ("OVERVIEW ------", "------- SUMMARY -------").
QString headingText(QStringView v)
{
    while (!v.isEmpty() && (v.back() == u'-' || v.back() == u' ' || v.back() == u'='))
        v.chop(1);
    while (!v.isEmpty() && (v.front() == u'-' || v.front() == u' ' || v.front() == u'='))
        v = v.sliced(1);
    return v.toString().simplified();
}

bool isCaveatLine(QStringView v)
{
    static constexpr QStringView Words[] = {u"SIPDIS", u"NOFORN", u"EXDIS", u"NODIS", u"LIMDIS", u"STADIS", u"SENSITIVE", u"ROGER",
                                            u"NOCONTRACT", u"ORCON", u"PROPIN", u"CHEROKEE", u"DISSENT", u"FOR", u"DS", u"STATE"};
    if (v.size() > 60 || TextScan::hasLowercase(v))
        return false;
    const QList<QStringView> toks = TextScan::tokens(v);
    if (toks.isEmpty() || toks.size() > 6)
        return false;
    QStringView first = toks[0];
    for (const QStringView w : Words) {
        if (first.startsWith(w) && w != u"FOR" && w != u"DS" && w != u"STATE")
            return true;
    }
    return false;
}

// "TT, EI" or "NS SUBJECT: ...": the tail of a wrapped TAGS line.
bool looksLikeTagList(QStringView v)
{
    const qsizetype subject = v.indexOf(u"SUBJECT:");
    if (subject >= 0)
        v = v.first(subject);
    const QList<QStringView> toks = TextScan::tokens(v);
    if (toks.isEmpty() || toks.size() > 8)
        return false;
    for (QStringView t : toks) {
        if (t.endsWith(u','))
            t.chop(1);
        if (t.size() < 2 || t.size() > 6 || !TextScan::isUpperWord(t))
            return false;
    }
    return true;
}

bool classifiedByPrefix(QStringView v, qsizetype *rest)
{
    qsizetype i = 0;
    if (v.startsWith(u"(U)") || v.startsWith(u"(C)")) {
        i = 3;
        while (i < v.size() && v[i] == u' ')
            ++i;
    }
    const QStringView r = v.sliced(i);
    if (!r.startsWith(u"CLASSIFIED BY", Qt::CaseInsensitive))
        return false;
    i += 13;
    while (i < v.size() && (v[i] == u':' || v[i] == u' '))
        ++i;
    *rest = i;
    return true;
}

bool hasReasonNumber(QStringView s)
{
    return s.contains(u"1.4") || s.contains(u"1.5") || s.contains(u"1.6") || s.contains(u"1,4") || s.contains(u"1. 4");
}

// "REF:", "REFS:", "REF ", "REFTEL:", "REFERENCE:"; returns the offset of the list.
bool refPrefix(QStringView v, qsizetype *rest)
{
    if (v.isEmpty() || (v[0] != u'R' && v[0] != u'r'))
        return false;
    static constexpr QStringView Forms[] = {u"REFERENCES", u"REFERENCE", u"REFTELS", u"REFTEL", u"REFS", u"REF"};
    for (const QStringView f : Forms) {
        if (v.startsWith(f, Qt::CaseInsensitive) && (v.size() == f.size() || v[f.size()] == u':' || v[f.size()] == u' ')) {
            if (v.size() > f.size() && v[f.size()] == u' ' && !v.startsWith(u"REF", Qt::CaseSensitive))
                return false; // "Ref lines" in prose would be mixed case
            qsizetype i = f.size();
            while (i < v.size() && (v[i] == u':' || v[i] == u' '))
                ++i;
            *rest = i;
            return true;
        }
    }
    return false;
}

// "TAGS:", "TAGS ", "TAG ", "Tags:", "tags:": the keyword of the TAGS line;
// returns the offset of the list. Without a colon only the capitals count,
// so a sentence starting with "Tags" is not read as a keyword.
bool tagsPrefix(QStringView v, qsizetype *rest)
{
    qsizetype n = 0;
    if (v.startsWith(u"TAGS", Qt::CaseInsensitive))
        n = 4;
    else if (v.startsWith(u"TAG", Qt::CaseInsensitive))
        n = 3;
    else
        return false;
    const bool colon = n < v.size() && v[n] == u':';
    const bool capitals = v.first(n) == u"TAGS" || v.first(n) == u"TAG";
    if (!(colon || (capitals && (n == v.size() || v[n] == u' '))))
        return false;
    qsizetype i = n;
    while (i < v.size() && (v[i] == u':' || v[i] == u' '))
        ++i;
    *rest = i;
    return true;
}

bool eoPrefix(QStringView v, qsizetype *rest)
{
    static constexpr QStringView Forms[] = {u"E.O.", u"E. O.", u"EO 1", u"E.O 1", u"EO: "};
    for (const QStringView f : Forms) {
        if (v.startsWith(f)) {
            qsizetype i = f.endsWith(u'1') ? f.size() - 1 : f.size();
            while (i < v.size() && (v[i] == u' ' || v[i] == u':'))
                ++i;
            *rest = i;
            return true;
        }
    }
    return false;
}

bool isCsvRowStart(QStringView v)
{
    // digits,M/D/YYYY H:MM,<id>,
    qsizetype i = 0;
    while (i < v.size() && v[i].isDigit())
        ++i;
    if (i == 0 || i >= v.size() || v[i] != u',')
        return false;
    const qsizetype second = v.indexOf(u',', i + 1);
    if (second < 0 || !TextScan::parseDateTime(v.sliced(i + 1, second - i - 1)).isValid())
        return false;
    const qsizetype third = v.indexOf(u',', second + 1);
    return third > second && TextScan::looksLikeCableId(v.sliced(second + 1, third - second - 1));
}

bool isOldRoutingLine(QStringView v)
{
    qsizetype rest = 0;
    if (v.startsWith(u"PAGE 01 ") && TextScan::isPageMarker(v, &rest))
        return true;
    if (v.startsWith(u"ACTION ") || v.startsWith(u"INFO LOG") || v.startsWith(u"------") || v.startsWith(u"FM ") || v.startsWith(u"TO "))
        return true;
    if (isLevelLine(v))
        return true;
    const QList<QStringView> toks = TextScan::tokens(v);
    if (toks.size() == 2 && isLevelLine(toks[0]) && toks[1].size() >= 5 && toks[1].first(2) == u"PT")
        return true;
    return TextScan::isDateTimeGroupLine(v) && v.size() < 40;
}

QString monthDayYearDate(QStringView s, QDate *date)
{
    const QList<QStringView> toks = TextScan::tokens(s);
    for (const QStringView t : toks) {
        if (t.count(u'/') == 2) {
            const QDateTime dt = TextScan::parseDateTime(t);
            if (dt.isValid()) {
                *date = dt.date();
                break;
            }
        }
    }
    return s.toString();
}

QString originFromSender(const QString &from)
{
    static const QList<QPair<QString, QString>> Kinds = {
        {QStringLiteral("AMEMBASSY "), QStringLiteral("Embassy ")},  {QStringLiteral("AMCONSUL "), QStringLiteral("Consulate ")},
        {QStringLiteral("USMISSION "), QStringLiteral("Mission ")},  {QStringLiteral("USDEL "), QStringLiteral("Delegation ")},
        {QStringLiteral("AIT "), QStringLiteral("American Institute ")},
    };
    if (from.startsWith(u"SECSTATE"))
        return QStringLiteral("Secretary of State");
    for (const auto &k : Kinds) {
        if (from.startsWith(k.first)) {
            QStringList words;
            for (const QString &w : from.sliced(k.first.size()).split(u' ', Qt::SkipEmptyParts))
                words.append(w.left(1) + w.sliced(1).toLower());
            return k.second + words.join(u' ');
        }
    }
    return {};
}

Classifier parseClassifier(const QString &text)
{
    Classifier c;
    c.text = text.simplified();
    QString s = c.text;
    // Reasons: the letters after "1.4" / "1.5".
    qsizetype at = -1;
    for (const QStringView num : {QStringView(u"1.4"), QStringView(u"1.5"), QStringView(u"1.6"), QStringView(u"1,4")}) {
        const qsizetype p = s.indexOf(num);
        if (p >= 0 && (at < 0 || p < at))
            at = p;
    }
    if (at >= 0) {
        const QString number = s.sliced(at, 3).replace(u',', u'.');
        const QString tail = s.sliced(at + 3);
        for (qsizetype i = 0; i < tail.size(); ++i) {
            const QChar ch = tail[i].toUpper();
            if (ch < u'A' || ch > u'H')
                continue;
            const bool leftOk = i == 0 || !tail[i - 1].isLetter();
            const bool rightOk = i + 1 >= tail.size() || !tail[i + 1].isLetter();
            if (leftOk && rightOk) {
                const QString reason = number + u" (" + ch + u')';
                if (!c.reasons.contains(reason))
                    c.reasons.append(reason);
            }
        }
        if (c.reasons.isEmpty())
            c.reasons.append(number);
        s = s.first(at);
    }
    // Drop the words that lead into the reasons.
    s = s.trimmed();
    for (bool changed = true; changed;) {
        changed = false;
        for (const QStringView w : {QStringView(u"for reasons"), QStringView(u"for reason"), QStringView(u"reasons:"),
                                    QStringView(u"reasons"), QStringView(u"reason:"), QStringView(u"reason"), QStringView(u","),
                                    QStringView(u":"), QStringView(u";"), QStringView(u"."), QStringView(u"for")}) {
            if (s.endsWith(w, Qt::CaseInsensitive)) {
                s.chop(w.size());
                s = s.trimmed();
                changed = true;
            }
        }
    }
    // "Name, Title" or "Title Name".
    const qsizetype comma = s.indexOf(u',');
    if (comma > 0 && s.first(comma).count(u' ') >= 1 && !s.first(comma).contains(u"Ambassador", Qt::CaseInsensitive)) {
        c.person = s.first(comma).trimmed();
        c.title = s.sliced(comma + 1).trimmed();
        return c;
    }
    static const QSet<QString> TitleWords = {
        QStringLiteral("AMBASSADOR"), QStringLiteral("CHARGE"),    QStringLiteral("CHARGÉ"),   QStringLiteral("D'AFFAIRES"),
        QStringLiteral("CDA"),        QStringLiteral("DCM"),       QStringLiteral("A/DCM"),    QStringLiteral("DEPUTY"),
        QStringLiteral("CHIEF"),      QStringLiteral("OF"),        QStringLiteral("MISSION"),  QStringLiteral("ACTING"),
        QStringLiteral("POLITICAL"),  QStringLiteral("COUNSELOR"), QStringLiteral("MINISTER"), QStringLiteral("POL"),
        QStringLiteral("ECON"),       QStringLiteral("MINCOUNS"),  QStringLiteral("CONSUL"),   QStringLiteral("GENERAL"),
        QStringLiteral("POLOFF"),     QStringLiteral("ECONOFF"),   QStringLiteral("A.I."),     QStringLiteral("SECRETARY"),
        QStringLiteral("ASSISTANT"),  QStringLiteral("OFFICER"),   QStringLiteral("POL/ECON"), QStringLiteral("CHIEF,"),
        QStringLiteral("ECONOMIC"),   QStringLiteral("SECTION"),   QStringLiteral("UNIT"),     QStringLiteral("INTERNAL"),
        QStringLiteral("PRINCIPAL"),  QStringLiteral("DIRECTOR"),  QStringLiteral("CONSUL-GENERAL"), QStringLiteral("USEU"),
        QStringLiteral("AMBASSADOR,"), QStringLiteral("COUNSELOR,"), QStringLiteral("PERMANENT"), QStringLiteral("REPRESENTATIVE"),
        QStringLiteral("ALTERNATE"), QStringLiteral("ATTACHE"), QStringLiteral("ECONOMIC/POLITICAL"), QStringLiteral("POLCOUNS"), QStringLiteral("CLASSIFIED"), QStringLiteral("BY"),
    };
    QStringList words = s.split(u' ', Qt::SkipEmptyParts);
    qsizetype split = words.size();
    while (split > 0 && !TitleWords.contains(words[split - 1].toUpper()) && words.size() - split < 4)
        --split;
    c.title = words.first(split).join(u' ');
    c.person = words.sliced(split).join(u' ');
    return c;
}

class Parser
{
public:
    Parser(const RawCable &raw, Cable &cable)
        : m_raw(raw)
        , m_c(cable)
        , m_t(cable.telegram)
    {
    }

    void run();

private:
    QStringView content(qsizetype i) const { return QStringView(m_t).sliced(m_lines[i].cstart, m_lines[i].cend - m_lines[i].cstart); }
    bool usable(qsizetype i) const { return m_lines[i].kind == LineKind::Text; }
    void addDedup(DedupEntry::Kind kind, qsizetype from, qsizetype to)
    {
        if (to <= from)
            return;
        m_c.dedup.append({kind, DedupEntry::In::Telegram, from, to - from, TextScan::excerpt(QStringView(m_t).sliced(from, to - from))});
    }
    void warn(ParseWarning::Kind kind, const QString &message, qsizetype position = -1) { m_c.warnings.append({kind, message, position}); }

    void classifyLines();
    void splitGluedHeader(const Line &line);
    void cutInlineMarkers(QStringView post);
    void appendLine(QList<Segment> &segments, qsizetype i, qsizetype from) const
    {
        const Line &l = m_lines[i];
        qsizetype at = from;
        for (const auto &cut : l.cuts) {
            if (cut.first < at)
                continue;
            if (cut.first >= l.cend)
                break;
            segments.append({at, cut.first});
            at = std::min(cut.second, l.cend);
        }
        if (at < l.cend)
            segments.append({at, l.cend});
    }
    qsizetype parseHeader(qsizetype i, HeaderFields &h);
    void mergeHeader(const HeaderFields &h);
    void parseBody(qsizetype from);
    void splitRunOnParagraph(qsizetype i, int lastNumber);
    bool isHeading(qsizetype i) const;
    bool isSignature(qsizetype i) const;
    bool onlyTrailerAfter(qsizetype i) const;
    bool headerLike(qsizetype i) const;
    qsizetype nextContent(qsizetype i) const;
    void finishParagraph(Building &b);
    void finish();

    const RawCable &m_raw;
    Cable &m_c;
    const QString &m_t;
    QList<Line> m_lines;
    HeaderFields m_header;
    qsizetype m_bodyStart = 0;

    QList<Building> m_paragraphs; // in order, with their section index
    QList<int> m_paragraphSection;
    QStringList m_headings;
    QList<Building> m_shadow; // paragraphs read inside a repeated body
    QString m_signature;
    bool m_csvDump = false; // text after a pasted CSV row doubles its quotes
};

// Some pages glue the whole header onto one line: "Cable dated:2010-01-21T11:33:00C O N F I D E N T I A L
// SECTION 01 OF 03 BERLIN 000081SIPDISE.O. 12958: DECL: 01/22/2020TAGS: PGOV PREL KNNP IR GM". It becomes
// one line per field again, each a slice of the same text, so positions stay true.
void Parser::splitGluedHeader(const Line &line)
{
    const QStringView v = QStringView(m_t).sliced(line.cstart, line.cend - line.cstart);
    QList<qsizetype> cuts; // offsets in v where a new field starts
    // "Cable dated:" and its ISO date-time are the site's.
    qsizetype at = 12;
    while (at < v.size() && (v[at].isDigit() || v[at] == u'-' || v[at] == u':' || v[at] == u'T'))
        ++at;
    addDedup(DedupEntry::Kind::SiteBoilerplate, line.cstart, line.cstart + at);
    cuts.append(at);
    // The banner ends with the serial's digits.
    const QStringView rest = v.sliced(at);
    const qsizetype section = rest.indexOf(u" OF ");
    if (section > 0 && section < 60) {
        qsizetype k = section + 4;
        while (k < rest.size() && (rest[k].isDigit() || rest[k] == u' '))
            ++k;
        while (k < rest.size() && (rest[k].isUpper() || rest[k] == u' ') && !rest.sliced(k).startsWith(u"SIPDIS"))
            ++k;
        while (k < rest.size() && rest[k].isDigit())
            ++k;
        cuts.append(at + k);
    } else {
        qsizetype k = 0;
        while (k < rest.size() && !rest[k].isDigit())
            ++k;
        while (k < rest.size() && rest[k].isDigit())
            ++k;
        if (k < rest.size())
            cuts.append(at + k);
    }
    static constexpr QStringView Fields[] = {u"SIPDIS", u"SENSITIVE", u"NOFORN", u"E.O.", u"EO 12958", u"TAGS", u"SUBJECT", u"REF:",
                                             u"Classified By", u"CLASSIFIED BY"};
    for (const QStringView f : Fields) {
        for (qsizetype p = v.indexOf(f, cuts.back() > at ? at : at); p >= 0; p = v.indexOf(f, p + f.size())) {
            if (p > at)
                cuts.append(p);
            // A caveat glued to what follows ("SIPDISDOE FOR S2") ends where the word does.
            if ((f == u"SIPDIS" || f == u"SENSITIVE" || f == u"NOFORN") && p + f.size() < v.size())
                cuts.append(p + f.size());
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    cuts.append(v.size());
    for (qsizetype c = 0; c + 1 < cuts.size(); ++c) {
        Line part = line;
        qsizetype from = line.cstart + cuts[c];
        qsizetype to = line.cstart + cuts[c + 1];
        while (from < to && m_t[from].isSpace())
            ++from;
        while (to > from && m_t[to - 1].isSpace())
            --to;
        if (from >= to)
            continue;
        part.cstart = from;
        part.cend = to;
        part.kind = LineKind::Text;
        m_lines.append(part);
    }
}

void Parser::classifyLines()
{
    const QList<TextScan::LineRef> refs = TextScan::splitLines(m_t);
    m_lines.reserve(refs.size());
    for (const TextScan::LineRef &r : refs) {
        Line l;
        l.start = r.start;
        l.end = r.end;
        qsizetype s = r.start;
        qsizetype e = r.end;
        while (s < e && (m_t[s].isSpace()))
            ++s;
        while (e > s && (m_t[e - 1].isSpace()))
            --e;
        // Some pages end lines with a backslash continuation mark.
        if (e > s && m_t[e - 1] == u'\\') {
            --e;
            while (e > s && m_t[e - 1].isSpace())
                --e;
        }
        l.cstart = s;
        l.cend = e;
        l.kind = s == e ? LineKind::Blank : LineKind::Text;
        if (e - s > 30 && QStringView(m_t).sliced(s, e - s).startsWith(u"Cable dated:")) {
            splitGluedHeader(l);
            continue;
        }
        m_lines.append(l);
    }

    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        Line &l = m_lines[i];
        if (l.kind != LineKind::Text)
            continue;
        const QStringView v = content(i);
        // A database dump: "id: 155355", "date: ...", ... "header ends".
        if (v[0] == u'i' && v.startsWith(u"id: ") && TextScan::isDigits(v.sliced(4).trimmed())) {
            qsizetype end = -1;
            for (qsizetype k = i + 1; k < m_lines.size() && k < i + 400; ++k) {
                if (content(k).contains(u"header ends")) {
                    end = k;
                    break;
                }
            }
            if (end > 0) {
                for (qsizetype k = i; k <= end; ++k)
                    m_lines[k].kind = LineKind::Dump;
                addDedup(DedupEntry::Kind::MetadataDump, m_lines[i].start, m_lines[end].end);
                i = end;
                continue;
            }
        }
        // A release-CSV row pasted into the page: 141877,2/19/2008 6:18,08JEDDAH84,"Consulate Jeddah",
        // ... "VZCZC...","<the body again>",
        if (isCsvRowStart(v)) {
            qsizetype split = -1;
            qsizetype k = i;
            for (; k < m_lines.size() && k < i + 300; ++k) {
                split = content(k).indexOf(u"\",\"");
                if (split >= 0)
                    break;
            }
            if (split >= 0) {
                for (qsizetype d = i; d < k; ++d)
                    m_lines[d].kind = LineKind::Dump;
                const qsizetype cut = m_lines[k].cstart + split + 3;
                addDedup(DedupEntry::Kind::MetadataDump, m_lines[i].start, cut);
                m_lines[k].cstart = cut;
                m_csvDump = true;
                // The row's closing quote at the end of the body.
                for (qsizetype e = m_lines.size() - 1; e > k; --e) {
                    if (m_lines[e].kind == LineKind::Blank)
                        continue;
                    const QStringView ev = content(e);
                    qsizetype strip = 0;
                    while (strip < ev.size() && (ev[ev.size() - 1 - strip] == u'"' || ev[ev.size() - 1 - strip] == u','))
                        ++strip;
                    if (strip > 0) {
                        addDedup(DedupEntry::Kind::MetadataDump, m_lines[e].cend - strip, m_lines[e].cend);
                        m_lines[e].cend -= strip;
                        while (m_lines[e].cend > m_lines[e].cstart && m_t[m_lines[e].cend - 1].isSpace())
                            --m_lines[e].cend;
                    }
                    break;
                }
                i = k - 1;
                continue;
            }
        }
        qsizetype rest = 0;
        if (TextScan::isPageMarker(v, &rest)) {
            const bool oldForm = v.startsWith(u"PAGE ");
            if (oldForm) {
                // The classification word printed at the foot of the page before.
                qsizetype p = i - 1;
                while (p >= 0 && m_lines[p].kind == LineKind::Blank)
                    --p;
                if (p >= 0 && m_lines[p].kind == LineKind::Text) {
                    const QStringView pv = content(p);
                    if (isLevelLine(pv)) {
                        m_lines[p].kind = LineKind::PageMarker;
                        addDedup(DedupEntry::Kind::PageMarker, m_lines[p].start, m_lines[p].end);
                    } else {
                        for (const QStringView w : {QStringView(u" CONFIDENTIAL"), QStringView(u" UNCLASSIFIED"), QStringView(u" SECRET")}) {
                            if (pv.endsWith(w) && pv.size() > w.size() + 1 && pv[pv.size() - w.size() - 1] == u' ') {
                                const qsizetype cut = m_lines[p].cend - w.size();
                                addDedup(DedupEntry::Kind::PageMarker, cut, m_lines[p].cend);
                                m_lines[p].cend = cut;
                                while (m_lines[p].cend > m_lines[p].cstart && m_t[m_lines[p].cend - 1].isSpace())
                                    --m_lines[p].cend;
                                break;
                            }
                        }
                    }
                }
            }
            if (rest >= v.size()) {
                l.kind = LineKind::PageMarker;
                addDedup(DedupEntry::Kind::PageMarker, l.start, l.end);
            } else {
                addDedup(DedupEntry::Kind::PageMarker, l.cstart, l.cstart + rest);
                l.cstart += rest;
                while (l.cstart < l.cend && m_t[l.cstart].isSpace())
                    ++l.cstart;
            }
            continue;
        }
        // "NNNN", "> @@@OASYS@@@", ">  2002ROME01196 - Classification: CONFIDENTIAL": transmission trailers.
        // Also "=====CABLE ENDS=====" and the "..." of a truncated page.
        if (v.startsWith(u'>') || v == u"NNNN" || v.startsWith(u"====") || v == u"...") {
            l.kind = LineKind::Noise;
            continue;
        }
        // "HALL NNNN 2004ROME02926 - Classification: CONFIDENTIAL": the end-of-message mark after the signature.
        if (const qsizetype nnnn = findEndOfMessage(v); nnnn > 0) {
            const qsizetype cut = l.cstart + nnnn;
            addDedup(DedupEntry::Kind::SiteBoilerplate, cut + 1, l.cend);
            l.cend = cut;
            continue;
        }
        // "Visit Embassy Manama's Classified Website: ..." (and its rows of stars).
        if ((v[0] == u'V' || v[0] == u'*') && v.contains(u"Classified Website")) {
            l.kind = LineKind::Noise;
            addDedup(DedupEntry::Kind::SiteBoilerplate, l.cstart, l.cend);
        }
    }
}

void Parser::cutInlineMarkers(QStringView post)
{
    const QString compact = TextScan::compactPost(post);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        Line &l = m_lines[i];
        if (l.kind != LineKind::Text)
            continue;
        const QStringView v = content(i);
        const qsizetype base = l.cstart;
        const qsizetype baseEnd = l.cend;
        // Wrapped lines hold a marker alone (classifyLines); only the long
        // lines of unwrapped pages can hide one in the middle.
        if (v.size() < 30)
            continue;
        // " OF " found through its "F": a single-character search is vectorised.
        auto findOf = [&v](qsizetype from) {
            qsizetype f = from + 2;
            while ((f = v.indexOf(u'F', f)) >= 0) {
                if (f >= 2 && f + 1 < v.size() && v[f - 1] == u'O' && v[f - 2] == u' ' && v[f + 1] == u' ')
                    return f - 2;
                ++f;
            }
            return qsizetype(-1);
        };
        qsizetype of = findOf(0);
        while (of > 0) {
            // "... POST 00000325 002 OF 003 ..."
            const QList<QStringView> before = TextScan::tokens(v.first(of).last(std::min<qsizetype>(of, 60)));
            const QList<QStringView> afterToks = TextScan::tokens(v.sliced(of + 4).first(std::min<qsizetype>(v.size() - of - 4, 8)));
            const qsizetype nb = before.size();
            if (nb >= 3 && !afterToks.isEmpty() && afterToks[0].size() == 3 && TextScan::isDigits(afterToks[0])) {
                QStringView page = before[nb - 1];
                const qsizetype dot = page.indexOf(u'.');
                if (dot > 0)
                    page = page.first(dot);
                const QStringView serial = before[nb - 2];
                if (page.size() == 3 && TextScan::isDigits(page) && serial.size() == 8 && serial.startsWith(u'0') && TextScan::isDigits(serial)) {
                    // The post: as many capital words as make the banner's post, else one.
                    qsizetype words = 1;
                    QString acc;
                    for (qsizetype w = 1; w <= 4 && nb - 2 - w >= 0; ++w) {
                        acc.prepend(TextScan::compactPost(before[nb - 2 - w]));
                        if (!compact.isEmpty() && acc == compact) {
                            words = w;
                            break;
                        }
                    }
                    if (TextScan::isUpperWord(before[nb - 2 - words])) {
                        // Offsets from the line as first seen: cstart and cend move as markers are cut.
                        const qsizetype start = base + (before[nb - 2 - words].data() - v.data());
                        const qsizetype end = std::min(base + (afterToks[0].data() - v.data()) + 3, baseEnd);
                        if (start >= end || start < l.cstart || end > l.cend)
                            break;
                        if (start == l.cstart && end >= l.cend) {
                            l.kind = LineKind::PageMarker;
                        } else if (start == l.cstart) {
                            l.cstart = end;
                            while (l.cstart < l.cend && m_t[l.cstart].isSpace())
                                ++l.cstart;
                        } else if (end >= l.cend) {
                            l.cend = start;
                            while (l.cend > l.cstart && m_t[l.cend - 1].isSpace())
                                --l.cend;
                        } else {
                            l.cuts.append({start, end});
                        }
                        addDedup(DedupEntry::Kind::PageMarker, start, end);
                        if (l.kind != LineKind::Text || end >= l.cend)
                            break;
                    }
                }
            }
            of = findOf(of + 4);
        }
    }
}

qsizetype Parser::nextContent(qsizetype i) const
{
    for (qsizetype k = i + 1; k < m_lines.size(); ++k) {
        if (m_lines[k].kind == LineKind::Text && !isUnderline(content(k)))
            return k;
    }
    return -1;
}

qsizetype Parser::parseHeader(qsizetype i, HeaderFields &h)
{
    enum class Field { None, Subject, Ref, ClassifiedBy };
    Field field = Field::None;
    Field lastField = Field::None;
    bool sawBanner = false;
    bool sawSubjectOrTags = false;
    bool afterBlank = false;
    int classifiedLines = 0;
    qsizetype lastUsed = i;
    for (; i < m_lines.size(); ++i) {
        const Line &l = m_lines[i];
        if (l.kind == LineKind::Blank) {
            afterBlank = true;
            if (field == Field::Subject || field == Field::ClassifiedBy) {
                lastField = field;
                field = Field::None;
            }
            continue;
        }
        if (l.kind != LineKind::Text)
            continue;
        const QStringView v = content(i);
        int number = 0;
        qsizetype after = 0;
        if (paragraphStart(v, &number, &after))
            break;
        const TextScan::BannerInfo b = TextScan::parseBanner(v);
        if (b.valid) {
            if (sawBanner || sawSubjectOrTags)
                break;
            sawBanner = true;
            h.banner = {v.toString(), b.level, b.caveats, b.section, b.sectionCount, b.post, b.serial};
            field = Field::None;
            afterBlank = false;
            lastUsed = i;
            continue;
        }
        qsizetype rest = 0;
        if (v.startsWith(u"SUBJECT", Qt::CaseInsensitive) || v.startsWith(u"SUBJ:")) {
            const qsizetype colon = v.indexOf(u':');
            if (colon > 0 && colon < 9) {
                h.subject = v.sliced(colon + 1).trimmed().toString();
                field = Field::Subject;
                sawSubjectOrTags = true;
                afterBlank = false;
                lastUsed = i;
                continue;
            }
        }
        if (refPrefix(v, &rest)) {
            h.refText = v.sliced(rest).toString();
            h.hasRef = true;
            field = Field::Ref;
            afterBlank = false;
            lastUsed = i;
            continue;
        }
        if (classifiedByPrefix(v, &rest)) {
            h.classifiedBy = v.sliced(rest).toString();
            field = Field::ClassifiedBy;
            classifiedLines = 1;
            afterBlank = false;
            lastUsed = i;
            continue;
        }
        if (eoPrefix(v, &rest)) {
            QStringView eo = v.sliced(rest);
            const qsizetype tags = eo.indexOf(u"TAGS");
            if (tags >= 0) {
                QStringView t = eo.sliced(tags + 4);
                if (t.startsWith(u':'))
                    t = t.sliced(1);
                h.tags = t.trimmed().toString();
                eo = eo.first(tags);
                sawSubjectOrTags = true;
            }
            h.eo = eo.trimmed().toString();
            field = Field::None;
            afterBlank = false;
            lastUsed = i;
            continue;
        }
        if (tagsPrefix(v, &rest)) {
            QStringView t = v.sliced(rest);
            const qsizetype subj = t.indexOf(u"SUBJECT:");
            if (subj >= 0) {
                h.subject = t.sliced(subj + 8).trimmed().toString();
                t = t.first(subj);
                field = Field::Subject;
            } else {
                field = Field::None;
            }
            h.tags = t.trimmed().toString();
            sawSubjectOrTags = true;
            afterBlank = false;
            lastUsed = i;
            // A TAGS line ending in a comma goes on: "TAGS ECON, EINV, ..., IR," / "TU, AJ".
            while (field == Field::None && i + 1 < m_lines.size() && m_lines[i + 1].kind == LineKind::Text
                   && content(i + 1).size() < 200 && !content(i + 1).startsWith(u"SUBJECT")
                   && (h.tags.endsWith(u',') || looksLikeTagList(content(i + 1)))) {
                ++i;
                QStringView more = content(i);
                const qsizetype subjAt = more.indexOf(u"SUBJECT:");
                if (subjAt >= 0) {
                    h.subject = more.sliced(subjAt + 8).trimmed().toString();
                    more = more.first(subjAt);
                    field = Field::Subject;
                }
                h.tags += u' ' + more.trimmed().toString();
            }
            continue;
        }
        // A bracketed line may follow a subject that ends in a quote:
        // "SUBJECT: CUBAN HEALTHCARE: "AQUI NADA ES FACIL"", blank, "(HERE NOTHING IS EASY)".
        if (field == Field::None && lastField == Field::Subject && afterBlank && v.size() < 80 && !TextScan::hasLowercase(v)
            && (!endsWithTerminal(h.subject) || v.startsWith(u'('))) {
            // "SUBJECT: ... IN THE", blank, "REGION", then REF or Classified By.
            const qsizetype next = nextContent(i);
            qsizetype r = 0;
            if (next > 0 && (refPrefix(content(next), &r) || classifiedByPrefix(content(next), &r))) {
                h.subject += u' ' + v.toString();
                lastUsed = i;
                continue;
            }
        }
        if (field == Field::Subject && !afterBlank && v.size() < 120) {
            h.subject += u' ' + v.toString();
            lastUsed = i;
            continue;
        }
        if (field == Field::Ref) {
            QChar letter;
            const bool labelled = v.size() > 2 && ((v[0].isUpper() && (v[1] == u'.' || v[1] == u')')) || (v[0] == u'(' && v[2] == u')'));
            Q_UNUSED(letter);
            QString mark;
            // A paragraph mark or a long line of prose is the body starting without a blank line.
            const bool prose = markAt(v, 0, &mark) > 0 || (v.size() > 120 && TextScan::hasLowercase(v));
            if ((!afterBlank || labelled) && !prose) {
                h.refText += u' ' + v.toString();
                afterBlank = false;
                lastUsed = i;
                continue;
            }
            field = Field::None;
        }
        if (field == Field::ClassifiedBy && classifiedLines < 4) {
            const bool more = !hasReasonNumber(h.classifiedBy) || v[0].isLower() || v.startsWith(u"and ", Qt::CaseInsensitive)
                || v.startsWith(u'(') || v.startsWith(u"1.");
            if (more && !afterBlank) {
                h.classifiedBy += u' ' + v.toString();
                ++classifiedLines;
                lastUsed = i;
                continue;
            }
            field = Field::None;
        }
        if (!sawSubjectOrTags && h.eo.isEmpty()) {
            if (isCaveatLine(v)) {
                for (const QStringView t : TextScan::tokens(v))
                    h.caveats.append(t.toString());
                lastUsed = i;
                continue;
            }
            if (v.size() <= 400 && (v.contains(u" FOR ") || v.startsWith(u"FOR ") || v.startsWith(u"PASS ") || v.contains(u" for ")
                                    || !TextScan::hasLowercase(v))) {
                h.passing.append(v.toString());
                lastUsed = i;
                continue;
            }
            // Notes before the E.O. line ("Original Telegram was Confidential..."): still header.
            bool keywordAhead = false;
            for (qsizetype k = i + 1; k < m_lines.size() && k < i + 16 && !keywordAhead; ++k) {
                if (m_lines[k].kind != LineKind::Text)
                    continue;
                const QStringView n = content(k);
                qsizetype r = 0;
                int num = 0;
                if (paragraphStart(n, &num, &r))
                    break;
                keywordAhead = eoPrefix(n, &r) || tagsPrefix(n, &r) || n.startsWith(u"SUBJECT:");
            }
            if (keywordAhead) {
                h.passing.append(v.toString());
                lastUsed = i;
                continue;
            }
        }
        break;
    }
    Q_UNUSED(lastUsed);
    return i;
}

void Parser::mergeHeader(const HeaderFields &h)
{
    auto take = [](QString &mine, const QString &theirs) {
        if (!theirs.isEmpty() && (mine.isEmpty() || ((mine.endsWith(u"...") || mine.endsWith(u'\u2026')) && theirs.size() > mine.size())))
            mine = theirs;
    };
    if (m_header.banner.level.isEmpty())
        m_header.banner = h.banner;
    take(m_header.eo, h.eo);
    take(m_header.tags, h.tags);
    take(m_header.subject, h.subject);
    take(m_header.classifiedBy, h.classifiedBy);
    if (!m_header.hasRef && h.hasRef) {
        m_header.refText = h.refText;
        m_header.hasRef = true;
    } else {
        take(m_header.refText, h.refText);
    }
    for (const QString &c : h.caveats) {
        if (!m_header.caveats.contains(c))
            m_header.caveats.append(c);
    }
    for (const QString &p : h.passing) {
        if (!m_header.passing.contains(p))
            m_header.passing.append(p);
    }
}

bool Parser::headerLike(qsizetype i) const
{
    const QStringView v = content(i);
    qsizetype rest = 0;
    if (TextScan::parseBanner(v).valid || isCaveatLine(v) || eoPrefix(v, &rest) || tagsPrefix(v, &rest) || v.startsWith(u"SUBJECT:"))
        return true;
    return isOldRoutingLine(v);
}

bool Parser::isHeading(qsizetype i) const
{
    const QStringView v = content(i);
    if (v.size() < 2 || v.size() > 80)
        return false;
    const QChar last = v.back();
    if (last == u'.' || last == u',' || last == u';' || v.front() == u'(' || v.front() == u'-' || v.front().isLower() || isUnderline(v))
        return false;
    // The end of a sentence in brackets or quotes: ".)", ".\"", "?'".
    if (v.size() >= 2 && (last == u')' || last == u'"' || last == u'\'' || last == u'\u201D')) {
        const QChar before = v[v.size() - 2];
        if (before == u'.' || before == u'!' || before == u'"')
            return false;
    }
    if (isCaveatLine(v))
        return false;
    const qsizetype next = nextContent(i);
    const bool underlined = i + 1 < m_lines.size() && m_lines[i + 1].kind == LineKind::Text && isUnderline(content(i + 1));
    int number = 0;
    qsizetype after = 0;
    if (!underlined && (next < 0 || !paragraphStart(content(next), &number, &after)))
        return false;
    // What came before must have ended: a blank line, a finished sentence or the start of the body.
    const bool blankBefore = i == 0 || m_lines[i - 1].kind == LineKind::Blank || i == m_bodyStart;
    if (!blankBefore && !underlined) {
        qsizetype p = i - 1;
        while (p >= m_bodyStart && m_lines[p].kind != LineKind::Text)
            --p;
        if (p >= m_bodyStart && !endsWithTerminal(content(p)))
            return false;
    }
    if (TextScan::hasLowercase(v)) {
        if (!(blankBefore || underlined) || TextScan::tokens(v).size() > 10)
            return false;
    }
    return true;
}

bool Parser::isSignature(qsizetype i) const
{
    if (m_paragraphs.isEmpty())
        return false;
    const QStringView v = content(i);
    if (v.size() < 2 || v.size() > 40 || isLevelLine(v))
        return false;
    // Routing lines ("ZNY CCCCC ZZH", "FM AMEMBASSY ROME") look like names too.
    if (v.size() > 3 && v[2] == u' ' && ((v[0] == u'D' && v[1] == u'E') || (v[0] == u'F' && v[1] == u'M') || (v[0] == u'T' && v[1] == u'O')))
        return false;
    if (v[0] == u'Z' && v[1] == u'N')
        return false;
    const QList<QStringView> toks = TextScan::tokens(v);
    if (toks.isEmpty() || toks.size() > 4)
        return false;
    int letters = 0;
    for (const QStringView t : toks) {
        if (t == u"END" || t == u"COMMENT" || t == u"SUMMARY")
            return false;
        if (t.endsWith(u'.') && t.size() != 2)
            return false;
        for (const QChar c : t) {
            if (c.isLower() && toks.size() == 1 && t[0].isUpper() && t.size() <= 15) {
                // "Randt", "Kelly": one capitalised surname alone on the last line.
                ++letters;
                continue;
            }
            if (c.isLower() || !(c.isLetter() || c == u'.' || c == u'-' || c == u'\''))
                return false;
            if (c.isLetter())
                ++letters;
        }
    }
    if (TextScan::hasLowercase(v) && nextContent(i) >= 0)
        return false; // a capitalised word is a signature only at the very end
    if (letters < 2)
        return false;
    return onlyTrailerAfter(i);
}

// Nothing but noise or a repeated copy after line i: what a signature is followed by.
bool Parser::onlyTrailerAfter(qsizetype i) const
{
    for (qsizetype k = i + 1; k < m_lines.size(); ++k) {
        const LineKind kind = m_lines[k].kind;
        if (kind == LineKind::Text) {
            const QStringView n = content(k);
            if (isLevelLine(n))
                continue;
            int number = 0;
            qsizetype after = 0;
            if (paragraphStart(n, &number, &after))
                return number <= m_paragraphs.back().number && number > 0;
            return headerLike(k);
        }
    }
    return true;
}

// Unwrapped pages sometimes run paragraphs together on one line: "... by Russian
// interference. 5. (U) On Saturday, ...". When the next number in sequence
// follows a sentence end with a paragraph mark, the line is split there (both
// halves stay slices of the same text) and the loop reads the second half as
// its own line.
void Parser::splitRunOnParagraph(qsizetype i, int lastNumber)
{
    const QStringView v = content(i);
    int own = 0;
    qsizetype after = 0;
    const int expected = (paragraphStart(v, &own, &after) ? own : lastNumber) + 1;
    const QString needle = QString::number(expected) + u". (";
    for (qsizetype p = v.indexOf(needle, after + 1); p > 2; p = v.indexOf(needle, p + 1)) {
        const QChar end = v[p - 2];
        if (v[p - 1] != u' ' || !(end == u'.' || end == u'?' || end == u'!' || end == u'"' || end == u'\u201D' || end == u')'))
            continue;
        if (p + needle.size() - 1 < v.size() && v[p + needle.size() - 1] == u'(') {
            QString mark;
            if (markAt(v, p + needle.size() - 1, &mark) == 0)
                continue;
        }
        Line second = m_lines[i];
        second.cstart = m_lines[i].cstart + p;
        second.cuts.clear();
        second.runOn = true;
        Line &first = m_lines[i];
        QList<std::pair<qsizetype, qsizetype>> keep;
        for (const auto &cut : std::as_const(first.cuts))
            (cut.first >= second.cstart ? second.cuts : keep).append(cut);
        first.cuts = keep;
        first.cend = second.cstart;
        while (first.cend > first.cstart && m_t[first.cend - 1].isSpace())
            --first.cend;
        m_lines.insert(i + 1, second);
        return;
    }
}

void Parser::parseBody(qsizetype from)
{
    m_headings.append(QString());
    int maxNumber = 0;
    int lastNumber = 0;
    QSet<int> seen;
    bool inRepeat = false;
    qsizetype repeatFrom = 0;
    bool afterSignature = false;
    bool blankSince = false;
    Building *current = nullptr;
    Building shadowCurrent;
    bool shadowOpen = false;
    QString pendingHeading;
    qsizetype pendingHeadingAt = 0;

    auto closeShadow = [&]() {
        if (shadowOpen)
            m_shadow.append(shadowCurrent);
        shadowOpen = false;
    };
    auto startRepeat = [&](qsizetype at) {
        if (inRepeat)
            return;
        inRepeat = true;
        repeatFrom = at;
        current = nullptr;
    };
    auto endRepeat = [&](qsizetype at) {
        if (!inRepeat)
            return;
        closeShadow();
        addDedup(DedupEntry::Kind::RepeatedBody, repeatFrom, at);
        inRepeat = false;
    };
    auto newParagraph = [&](int number, const QString &mark, qsizetype i, qsizetype textStart) {
        Building b;
        b.number = number;
        b.mark = mark;
        b.position = m_lines[i].cstart;
        appendLine(b.segments, i, textStart);
        m_paragraphs.append(b);
        m_paragraphSection.append(int(m_headings.size() - 1));
        current = &m_paragraphs.back();
    };

    for (qsizetype i = from; i < m_lines.size(); ++i) {
        if (m_lines[i].kind == LineKind::Text && (m_lines[i].cend - m_lines[i].cstart > 100 || m_lines[i].runOn))
            splitRunOnParagraph(i, lastNumber);
        const Line &l = m_lines[i];
        if (l.kind == LineKind::Blank) {
            blankSince = true;
            continue;
        }
        if (l.kind != LineKind::Text)
            continue;
        const QStringView v = content(i);
        if (isUnderline(v))
            continue;

        int number = 0;
        qsizetype after = 0;
        const bool numbered = paragraphStart(v, &number, &after);

        if (!numbered && !inRepeat && TextScan::parseBanner(v).valid) {
            // A section's header block repeated inside the body (old cables
            // print it at every section), with its routing lines before it.
            qsizetype first = i;
            qsizetype p = i - 1;
            while (p >= from && (m_lines[p].kind != LineKind::Text || isOldRoutingLine(content(p)))) {
                if (m_lines[p].kind == LineKind::Text || m_lines[p].kind == LineKind::OldRouting)
                    first = p;
                --p;
            }
            // Lines already given to the paragraph go back.
            if (current) {
                while (!current->segments.isEmpty() && current->segments.back().start >= m_lines[first].start)
                    current->segments.removeLast();
            }
            if (afterSignature) {
                startRepeat(m_lines[first].start);
                continue;
            }
            HeaderFields h;
            const qsizetype end = parseHeader(i, h);
            qsizetype lastLine = end - 1;
            while (lastLine > i && m_lines[lastLine].kind != LineKind::Text)
                --lastLine;
            if (!m_c.routing.dateTimeGroup.isValid()) {
                const Routing r = RoutingParser::parse(QStringView(m_t).sliced(m_lines[first].start, m_lines[i].start - m_lines[first].start));
                if (r.dateTimeGroup.isValid()) {
                    m_c.routing.dateTimeGroup = r.dateTimeGroup;
                    m_c.routing.dateTimeGroupText = r.dateTimeGroupText;
                }
            }
            mergeHeader(h);
            addDedup(DedupEntry::Kind::RepeatedHeader, m_lines[first].start, m_lines[lastLine].end);
            i = end - 1;
            continue;
        }

        if (numbered) {
            QString mark;
            qsizetype p = after;
            const qsizetype ml = markAt(v, p, &mark);
            if (ml > 0) {
                p += ml;
                while (p < v.size() && v[p].isSpace())
                    ++p;
            }
            if (!inRepeat && seen.contains(number) && number <= maxNumber) {
                // The paragraphs start over: a second copy of the body.
                qsizetype at = m_lines[i].start;
                if (afterSignature || number == 1) {
                    // Include the header lines that came back with it.
                    qsizetype k = i - 1;
                    while (k >= from && (m_lines[k].kind != LineKind::Text || headerLike(k) || isSignature(k) == false)) {
                        if (m_lines[k].kind == LineKind::Text && !headerLike(k))
                            break;
                        if (m_lines[k].kind == LineKind::Text)
                            at = m_lines[k].start;
                        --k;
                    }
                }
                startRepeat(at);
            }
            if (inRepeat) {
                if (number > maxNumber) {
                    if (!pendingHeading.isEmpty()) {
                        endRepeat(pendingHeadingAt);
                        m_headings.append(pendingHeading);
                    } else {
                        endRepeat(m_lines[i].start);
                    }
                } else {
                    pendingHeading.clear();
                    closeShadow();
                    shadowCurrent = Building{};
                    shadowCurrent.number = number;
                    shadowCurrent.mark = mark;
                    appendLine(shadowCurrent.segments, i, m_lines[i].cstart + p);
                    shadowOpen = true;
                    continue;
                }
            }
            if (lastNumber > 0 && number != lastNumber + 1) {
                // A wrapped line that happens to start with "12." continues the sentence.
                qsizetype prev = i - 1;
                while (prev >= from && m_lines[prev].kind != LineKind::Text)
                    --prev;
                if (current && prev >= from && !endsWithTerminal(content(prev)) && !blankSince) {
                    appendLine(current->segments, i, m_lines[i].cstart);
                    continue;
                }
                warn(ParseWarning::Kind::ParagraphOutOfSequence,
                     tr("Paragraph %1 follows paragraph %2.").arg(number).arg(lastNumber), m_lines[i].cstart);
            } else if (lastNumber == 0 && number != 1) {
                warn(ParseWarning::Kind::ParagraphOutOfSequence, tr("The first numbered paragraph is %1.").arg(number), m_lines[i].cstart);
            }
            afterSignature = false;
            newParagraph(number, mark, i, m_lines[i].cstart + p);
            seen.insert(number);
            maxNumber = std::max(maxNumber, number);
            lastNumber = number;
            blankSince = false;
            continue;
        }

        if (inRepeat) {
            if (isHeading(i)) {
                // A heading inside the copy: it may head the first new paragraph after it.
                closeShadow();
                pendingHeading = headingText(v);
                pendingHeadingAt = m_lines[i].start;
                continue;
            }
            if (shadowOpen)
                appendLine(shadowCurrent.segments, i, m_lines[i].cstart);
            continue;
        }
        if (afterSignature) {
            if (isLevelLine(v))
                continue;
            if (headerLike(i)) {
                startRepeat(m_lines[i].start);
                continue;
            }
            afterSignature = false; // text after all: the "signature" was a line of the body
            if (!m_signature.isEmpty()) {
                m_signature.clear();
            }
        }
        if (isHeading(i)) {
            m_headings.append(headingText(v));
            current = nullptr;
            blankSince = false;
            continue;
        }
        if (isSignature(i)) {
            // "CRETZ  CRETZ": a name written twice is one name.
            const QList<QStringView> names = TextScan::tokens(v);
            m_signature = names.size() == 2 && names[0] == names[1] ? names[0].toString() : v.toString();
            afterSignature = true;
            current = nullptr;
            continue;
        }
        if (isLevelLine(v) && (i + 1 >= m_lines.size() || nextContent(i) < 0))
            continue;
        if (current && (current->number > 0 || !blankSince)) {
            appendLine(current->segments, i, m_lines[i].cstart);
        } else {
            QString mark;
            const qsizetype ml = markAt(v, 0, &mark);
            qsizetype p = ml;
            while (ml > 0 && p < v.size() && v[p].isSpace())
                ++p;
            newParagraph(0, mark, i, m_lines[i].cstart + p);
        }
        blankSince = false;
    }
    if (inRepeat)
        endRepeat(m_t.size());
    closeShadow();
}

// Flowing text: one space between words.
QString collapseSpaces(QString text)
{
    QChar *data = text.data();
    qsizetype w = 0;
    bool space = false;
    const qsizetype size = text.size();
    for (qsizetype r = 0; r < size; ++r) {
        const QChar c = data[r];
        if (isSpaceFast(c.unicode())) {
            space = true;
            continue;
        }
        if (space && w > 0)
            data[w++] = u' ';
        space = false;
        data[w++] = c;
    }
    text.truncate(w);
    return text;
}

void Parser::finishParagraph(Building &b)
{
    // One pass: the lines are copied into place with their breaks and runs of
    // spaces collapsed, so a paragraph costs one read and one write per character.
    qsizetype total = 0;
    for (const Segment &seg : std::as_const(b.segments))
        total += seg.end - seg.start + 1;
    QString out(total + 8, Qt::Uninitialized);
    QChar *dst = out.data();
    const QChar *src = m_t.constData();
    qsizetype w = 0;
    qsizetype lastAmp = -1;
    bool anyAmp = false;
    bool pendingSpace = false;
    QString decoded;
    for (qsizetype k = 0; k < b.segments.size(); ++k) {
        Segment seg = b.segments[k];
        if (seg.end <= seg.start)
            continue;
        if (w > 0)
            pendingSpace = true;
        // An entity broken over the line break: "&#" + "x000A;".
        if (lastAmp >= 0 && w - lastAmp <= 8) {
            bool open = true;
            for (qsizetype a = lastAmp + 1; a < w && open; ++a)
                open = dst[a] != u';';
            if (open) {
                const QString joined = QString(dst + lastAmp, w - lastAmp) + QStringView(m_t).sliced(seg.start, std::min<qsizetype>(12, seg.end - seg.start));
                const qsizetype used = TextScan::decodeEntity(joined, 0, &decoded);
                const qsizetype fragment = w - lastAmp;
                if (used > fragment) {
                    const qsizetype fromHead = used - fragment;
                    const Segment prev = b.segments[k > 0 ? k - 1 : 0];
                    addDedup(DedupEntry::Kind::BrokenEntity, prev.end - fragment, seg.start + fromHead);
                    w = lastAmp;
                    lastAmp = -1;
                    pendingSpace = w > 0;
                    if (!decoded.trimmed().isEmpty()) {
                        pendingSpace = false;
                        for (const QChar c : std::as_const(decoded))
                            dst[w++] = c;
                    }
                    seg.start += fromHead;
                }
            }
        }
        for (qsizetype r = seg.start; r < seg.end; ++r) {
            const char16_t c = src[r].unicode();
            if (isSpaceFast(c)) {
                pendingSpace = w > 0;
                continue;
            }
            if (pendingSpace) {
                dst[w++] = u' ';
                pendingSpace = false;
            }
            if (c == u'&') {
                lastAmp = w;
                anyAmp = true;
            }
            dst[w++] = QChar(c);
        }
    }
    out.truncate(w);
    if (anyAmp)
        out = collapseSpaces(TextScan::decodeEntities(out));
    if (m_csvDump)
        out.replace(u"\"\""_s, u"\""_s);
    b.text = std::move(out);
}

void Parser::finish()
{
    // Identity. The release's own forms (its CSV, its cable pages) name the
    // cable: their id is kept as given, however odd ("06ASTANA",
    // "06MADRID002583ZFR2585"), because rewriting it from the banner merged
    // distinct cables and an empty one refused the row. Mirrors' ids are
    // checked, and rebuilt from the banner when they do not look like one.
    const bool releaseForm = m_raw.format == SourceFormat::ReleaseCsv || m_raw.format == SourceFormat::HtmlPage;
    if (releaseForm ? !m_raw.id.isEmpty() : TextScan::looksLikeCableId(m_raw.id))
        m_c.id = m_raw.id;
    const QDateTime dtg = m_c.routing.dateTimeGroup;
    m_c.created = m_raw.created;
    if (dtg.isValid()) {
        if (!m_c.created.isValid()) {
            m_c.created = dtg;
        } else if (m_c.created.date() == dtg.date() && m_c.created.time() != dtg.time()) {
            // Pages of 2010/2011 put the hour of a 12-hour clock in the
            // minutes; the date-time group is the cable's own time.
            m_c.created = dtg;
            m_c.createdCorrected = true;
        }
    }
    int year = -1;
    if (m_c.id.size() >= 2)
        year = TextScan::toInt(m_c.id.first(2));
    if (year < 0 && m_c.created.isValid())
        year = m_c.created.date().year() % 100;
    if (m_c.id.isEmpty() && year >= 0 && !m_header.banner.post.isEmpty() && !m_header.banner.serial.isEmpty())
        m_c.id = ReferenceParser::canonicalId(m_header.banner.post, m_header.banner.serial, year);

    m_c.banner = m_header.banner;
    m_c.classification = m_raw.classification;
    if (m_c.classification.isEmpty() && !m_c.banner.level.isEmpty()) {
        m_c.classification = m_c.banner.level;
        if (m_c.banner.caveats.contains(u"NOFORN") || m_header.caveats.contains(u"NOFORN"))
            m_c.classification += u"//NOFORN";
    }
    m_c.origin = m_raw.origin.isEmpty() ? originFromSender(m_c.routing.from) : m_raw.origin;
    m_c.released = m_raw.released;
    m_c.title = m_raw.title.simplified(); // sites put non-breaking spaces in their titles
    m_c.releaseReferences = m_raw.releaseReferences;

    for (const QString &c : std::as_const(m_header.banner.caveats)) {
        if (!m_c.caveats.contains(c))
            m_c.caveats.append(c);
    }
    for (const QString &c : std::as_const(m_header.caveats)) {
        if (!m_c.caveats.contains(c))
            m_c.caveats.append(c);
    }
    m_c.passingInstructions = m_header.passing;

    // E.O. 12958: DECL: 02/12/2019
    QString eo = m_header.eo;
    for (const QStringView order : {QStringView(u"12958"), QStringView(u"13526"), QStringView(u"12356")}) {
        if (eo.startsWith(order)) {
            eo.remove(0, order.size());
            while (!eo.isEmpty() && (eo.front() == u':' || eo.front().isSpace()))
                eo.remove(0, 1);
        }
    }
    const qsizetype decl = eo.indexOf(u"DECL");
    if (decl >= 0) {
        eo = eo.sliced(decl + 4);
        while (!eo.isEmpty() && (eo.front() == u':' || eo.front().isSpace()))
            eo.remove(0, 1);
    }
    m_c.declassification = monthDayYearDate(QStringView(eo).trimmed(), &m_c.declassifyOn);

    // TAGS: split, look up, countries apart.
    QString tags = m_header.tags;
    if (tags.isEmpty() && !m_raw.declaredTags.isEmpty())
        tags = m_raw.declaredTags.join(u' ');
    tags.replace(u',', u' ');
    QSet<QString> seenTags;
    for (const QStringView code : TextScan::tokens(tags)) {
        const QString c = code.toString();
        if (seenTags.contains(c))
            continue;
        seenTags.insert(c);
        TagInfo info = TagGlossary::instance().lookup(code);
        if (info.code.isEmpty())
            info.code = c;
        const bool country = info.kind == TagInfo::Kind::Country || (info.kind == TagInfo::Kind::Unknown && c.size() == 2);
        (country ? m_c.countryTags : m_c.subjectTags).append(info);
    }

    m_c.subject = m_header.subject.simplified();
    if (m_c.subject.isEmpty())
        warn(ParseWarning::Kind::MissingSubject, tr("The cable has no SUBJECT line."));

    if (m_header.hasRef) {
        QStringList unreadable;
        m_c.references = ReferenceParser::parseList(m_header.refText, year, &unreadable);
        for (const QString &u : std::as_const(unreadable))
            warn(ParseWarning::Kind::UnreadableReference, tr("Could not read the reference \"%1\".").arg(u));
        if (m_c.references.isEmpty() && m_header.refText.trimmed().compare(u"NONE", Qt::CaseInsensitive) != 0)
            warn(ParseWarning::Kind::UnreadableReference, tr("Could not read the REF line \"%1\".").arg(TextScan::excerpt(m_header.refText)));
    }
    if (!m_header.classifiedBy.isEmpty())
        m_c.classifiedBy = parseClassifier(m_header.classifiedBy);

    // Paragraph texts; a truncated copy is replaced by its complete repeat.
    for (Building &b : m_paragraphs)
        finishParagraph(b);
    for (Building &s : m_shadow) {
        for (Building &b : m_paragraphs) {
            if (b.number != s.number || !(b.text.endsWith(u"...") || b.text.endsWith(u'\u2026')))
                continue;
            // Copies are only finished when they can replace a truncated original.
            if (s.text.isEmpty())
                finishParagraph(s);
            if (s.text.size() > b.text.size()) {
                b.text = s.text;
                warn(ParseWarning::Kind::TruncatedText, tr("Paragraph %1 was cut short; its complete copy was used.").arg(b.number),
                     b.position);
            }
        }
    }

    // "***** Visit Embassy Manama's Classified Website: ... ***** ERELI" run into the last paragraph.
    if (!m_paragraphs.isEmpty()) {
        QString &text = m_paragraphs.back().text;
        const qsizetype website = text.indexOf(u"Classified Website");
        const qsizetype visit = website > 0 ? text.lastIndexOf(u"Visit ", website) : -1;
        if (visit >= 0) {
            qsizetype from = visit;
            while (from > 0 && (text[from - 1] == u'*' || text[from - 1] == u' '))
                --from;
            const QStringView tail = QStringView(text).sliced(website);
            const qsizetype lastSpace = tail.lastIndexOf(u' ');
            const QStringView last = lastSpace >= 0 ? tail.sliced(lastSpace + 1) : QStringView();
            if (m_signature.isEmpty() && last.size() >= 3 && TextScan::isUpperWord(last) && !last.contains(u'*') && !last.contains(u':'))
                m_signature = last.toString();
            text.truncate(from);
        }
    }
    // A signature written at the end of the last line: "...this cable. HOAGLAND".
    if (m_signature.isEmpty() && !m_paragraphs.isEmpty()) {
        QString &text = m_paragraphs.back().text;
        const qsizetype sp = text.lastIndexOf(u' ');
        if (sp > 1) {
            QStringView word = QStringView(text).sliced(sp + 1);
            if (word.endsWith(u".."))
                word = word.first(word.indexOf(u'.')); // "OLSON.."
            const QChar before = text[sp - 1];
            // "HOAGLAND", or a capitalised "Kelly", after the last sentence.
            bool letters = word.size() >= 3 && word.size() <= 20 && word[0] >= u'A' && word[0] <= u'Z';
            const bool capitals = TextScan::isUpperWord(word);
            // word is empty after "OLSON.." lost its name, or after a final space: only letters says word[0] exists.
            for (const QChar c : letters ? word.sliced(1) : QStringView())
                letters = letters && ((c >= u'A' && c <= u'Z') || (!capitals && c >= u'a' && c <= u'z'));
            if (letters && (before == u'.' || before == u'!' || before == u'?' || before == u')' || before == u'"' || before == u'*')
                && word != u"END") {
                m_signature = word.toString();
                text.truncate(sp);
            }
        }
    }
    m_c.signature = m_signature.simplified();
    // A page cut inside the body (a download that stopped): no signature,
    // and the last paragraph stops in the middle of a sentence.
    if (m_c.signature.isEmpty() && !m_paragraphs.isEmpty()) {
        const QStringView last = QStringView(m_paragraphs.back().text).trimmed();
        const auto endsSentence = [](QChar c) { return c == u'.' || c == u'!' || c == u'?'; };
        const auto closes = [](QChar c) { return c == u')' || c == u'"' || c == u'\'' || c == u'\u201D'; };
        const bool ended = !last.isEmpty()
            && (endsSentence(last.back())
                || (last.size() > 1 && closes(last.back()) && endsSentence(last.at(last.size() - 2))));
        if (last.size() >= 20 && !ended)
            warn(ParseWarning::Kind::TruncatedText,
                tr("The text stops in the middle of a sentence, with no signature: the saved page may be cut short."),
                m_t.size());
    }

    // Sections and paragraphs with anchors.
    for (const QString &h : std::as_const(m_headings))
        m_c.sections.append(Section{h, {}});
    QSet<QString> anchors;
    int unnumbered = 0;
    for (qsizetype k = 0; k < m_paragraphs.size(); ++k) {
        const Building &b = m_paragraphs[k];
        if (b.text.isEmpty() && b.number == 0)
            continue;
        Paragraph p;
        p.number = b.number;
        p.mark = b.mark;
        p.text = b.text;
        QString anchor = b.number > 0 ? QString(m_c.id + u'\u00B6' + QString::number(b.number))
                                       : QString(m_c.id + u"\u00B6u" + QString::number(++unnumbered));
        if (anchors.contains(anchor)) {
            int n = 2;
            while (anchors.contains(anchor + u'-' + QString::number(n)))
                ++n;
            anchor += u'-' + QString::number(n);
        }
        anchors.insert(anchor);
        p.anchor = anchor;
        p.citations = ReferenceParser::findCitations(p.text, m_c.references);
        p.spans = findSpans(p.text);
        const int section = std::clamp(m_paragraphSection[k], 0, int(m_c.sections.size() - 1));
        m_c.sections[section].paragraphs.append(p);
    }
    // Headings with nothing under them (a heading line that was really text) are dropped.
    for (qsizetype s = m_c.sections.size() - 1; s >= 1; --s) {
        if (m_c.sections[s].paragraphs.isEmpty())
            m_c.sections.removeAt(s);
    }
    if (m_c.paragraphCount() == 0)
        warn(ParseWarning::Kind::NoBody, tr("No paragraphs were found in the cable."));
}

void Parser::run()
{
    classifyLines();
    // Routing: everything before the first banner.
    qsizetype banner = -1;
    for (qsizetype i = 0; i < m_lines.size() && i < 2000; ++i) {
        if (m_lines[i].kind == LineKind::Text && TextScan::parseBanner(content(i)).valid) {
            banner = i;
            break;
        }
    }
    cutInlineMarkers(banner >= 0 ? QStringView(TextScan::parseBanner(content(banner)).post) : QStringView());
    qsizetype headerStart = banner;
    if (headerStart < 0) {
        for (qsizetype i = 0; i < m_lines.size() && i < 400; ++i) {
            if (m_lines[i].kind != LineKind::Text)
                continue;
            const QStringView v = content(i);
            qsizetype rest = 0;
            if (tagsPrefix(v, &rest) || v.startsWith(u"SUBJECT") || eoPrefix(v, &rest) || isCaveatLine(v)) {
                headerStart = i;
                break;
            }
        }
    }
    qsizetype routingEnd = headerStart >= 0 ? headerStart : 0;
    if (headerStart < 0) {
        // No header at all: the routing block, if any, ends at the first blank line after FM/TO.
        for (qsizetype i = 0; i < m_lines.size() && i < 200; ++i) {
            if (m_lines[i].kind == LineKind::Text && (TextScan::isTelegramStart(content(i)) || content(i).startsWith(u"FM ")))
                routingEnd = i + 1;
            else if (routingEnd > 0 && m_lines[i].kind == LineKind::Blank)
                break;
            else if (routingEnd > 0 && m_lines[i].kind == LineKind::Text && !content(i).startsWith(u"TO ") && !content(i).startsWith(u"INFO ")
                     && !content(i).contains(u'/'))
                break;
            else if (routingEnd > 0)
                routingEnd = i + 1;
        }
    }
    if (routingEnd > 0) {
        QString block;
        for (qsizetype i = 0; i < routingEnd; ++i) {
            if (m_lines[i].kind == LineKind::Dump || m_lines[i].kind == LineKind::Blank)
                continue;
            block += QStringView(m_t).sliced(m_lines[i].cstart, m_lines[i].cend - m_lines[i].cstart);
            block += u'\n';
        }
        m_c.routing = RoutingParser::parse(block);
    }

    qsizetype bodyStart = routingEnd;
    if (headerStart >= 0) {
        bodyStart = parseHeader(headerStart, m_header);
        // The header block written twice (or more) before the body.
        while (bodyStart < m_lines.size() && m_lines[bodyStart].kind == LineKind::Text && TextScan::parseBanner(content(bodyStart)).valid) {
            HeaderFields again;
            const qsizetype end = parseHeader(bodyStart, again);
            if (end <= bodyStart)
                break;
            qsizetype lastLine = end - 1;
            while (lastLine > bodyStart && m_lines[lastLine].kind != LineKind::Text)
                --lastLine;
            addDedup(DedupEntry::Kind::RepeatedHeader, m_lines[bodyStart].start, m_lines[lastLine].end);
            mergeHeader(again);
            bodyStart = end;
        }
    }
    m_bodyStart = bodyStart;
    parseBody(bodyStart);
    finish();
}
}

Cable CableParser::parse(const RawCable &raw)
{
    Cable cable;
    cable.format = raw.format;
    cable.sourceName = raw.sourceName;
    cable.originalBytes = raw.originalBytes;
    cable.documentText = raw.documentText;
    cable.telegram = raw.telegram;
    cable.telegramOffset = raw.telegramOffset;
    cable.dedup = raw.removed;
    Parser parser(raw, cable);
    parser.run();
    cable.warnings += raw.warnings;
    return cable;
}

QList<Cable> CableParser::parseDocument(const QByteArray &bytes, const QString &sourceName, QString *error)
{
    const ReadResult result = CableDocumentReader::read(bytes, sourceName);
    if (error)
        *error = result.error;
    QList<Cable> cables;
    cables.reserve(result.cables.size());
    for (const RawCable &raw : result.cables)
        cables.append(parse(raw));
    return cables;
}
}
