// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "telegramcomposer.h"

#include "idcatalogue.h"
#include "postdirectory.h"
#include "rng.h"
#include "wordmodel.h"

#include <QDate>

#include <QStringBuilder>

#include <algorithm>
#include <iterator>

namespace Reftel::Synth
{
namespace
{
// Chiefs of mission sign with their surname alone; these are the signatures of
// the real pages, spread over the posts (stable per post and year).
constexpr const char *surnames[] = {
    "AGUIRRE",
    "ANDREW",
    "ARGYROS",
    "BARNES",
    "BARZUN",
    "BASSETT",
    "BLAU",
    "BODDE",
    "BREIDENSTINE",
    "BUTENIS",
    "DEUTSCH",
    "DINGER",
    "DUDDY",
    "ENGLISH",
    "FANNIN",
    "FEINSTEIN",
    "FELTMAN",
    "FOLEY",
    "FOSTER",
    "GARZA",
    "GENTON",
    "GLENDON",
    "GODEC",
    "GRAPPO",
    "HALE",
    "HANKINS",
    "HERBOLD",
    "HOAGLAND",
    "HRINAK",
    "HUDDLESTON",
    "HUNT",
    "HUNTER",
    "JONES",
    "KAPLAN",
    "KAUFFMAN",
    "KEANE",
    "KEITH",
    "KELLY",
    "KHALILZAD",
    "KROL",
    "KUBISKE",
    "LANGDALE",
    "LANIER",
    "LARSON",
    "LLORENS",
    "LUNSTEAD",
    "MCKINLEY",
    "MOORE",
    "MORENO",
    "MOZENA",
    "MURPHY",
    "NESBITT",
    "OLSON",
    "ORDWAY",
    "OSIUS",
    "PARDEW",
    "PARMLY",
    "PEARSON",
    "PURNELL",
    "QUINN",
    "RANNEBERGER",
    "RETZER",
    "RICCIARDONE",
    "RIVKIN",
    "ROBINSON",
    "ROEMER",
    "ROOS",
    "SACCIO",
    "SANDERS",
    "SCHNABEL",
    "SECHE",
    "SIMONS",
    "SISON",
    "SOBEL",
    "SOLOMONT",
    "STAPLETON",
    "STEINFELD",
    "STEPHENSON",
    "STRUBLE",
    "SUSMAN",
    "SUTPHIN",
    "SYMINGTON",
    "TAUBMAN",
    "TEFFT",
    "TEITELBAUM",
    "THURSTON",
    "TIGHE",
    "TUTTLE",
    "WARLICK",
    "WATSON",
    "WELLS",
    "WIENER",
    "WILLIAMS",
    "WILSON",
    "YOUNG",
    "YOVANOVITCH",
    "CABRERA",
    "CAIN",
    "CHAUDHRY",
    "CLUNE",
    "DANILOVICH",
    "DAVISON",
    "DAYTON",
    "DELL",
};

constexpr const char *firstNames[] = {
    "Richard",
    "Robert",
    "James",
    "William",
    "Mary",
    "Patricia",
    "Michael",
    "David",
    "Susan",
    "John",
    "Elizabeth",
    "Thomas",
    "Karen",
    "Daniel",
    "Anne",
    "Charles",
    "Marie",
    "Steven",
    "Laura",
    "Paul",
};

constexpr const char *officerTitles[] = {
    "Ambassador",
    "Charge d'Affaires",
    "DCM",
    "Political Counselor",
    "Economic Counselor",
    "Pol/Econ Chief",
    "Consul General",
    "Acting DCM",
    "PolOff",
    "Political Officer",
};

constexpr const char *bureaus[] = {
    "EUR/RUS",
    "SCA/CEN",
    "EEB",
    "NEA/IR",
    "EAP/CM",
    "WHA/AND",
    "AF/E",
    "DRL",
    "INL",
    "ISN",
    "S/CT",
    "NEA/ELA",
    "EUR/CE",
    "SCA/PB",
    "EAP/MLS",
    "WHA/CEN",
    "AF/W",
    "PM",
    "INR",
    "EUR/ERA",
};

constexpr const char *collectives[] = {
    "RUCNCIS/CIS COLLECTIVE",
    "RUEHZL/EUROPEAN POLITICAL COLLECTIVE",
    "RUCNCLS/ALL SOUTH AND CENTRAL ASIA COLLECTIVE",
    "RUEHEE/ARAB LEAGUE COLLECTIVE",
    "RUCNMEM/EU MEMBER STATES COLLECTIVE",
    "RHEHNSC/NSC WASHDC",
    "RUEKJCS/SECDEF WASHDC",
    "RUEAIIA/CIA WASHDC",
    "RHEFDIA/DIA WASHDC",
    "RUEKJCS/JOINT STAFF WASHDC",
    "RHMFISS/CDR USCENTCOM MACDILL AFB FL",
    "RUEATRS/DEPT OF TREASURY WASHDC",
    "RUCPDOC/DEPT OF COMMERCE WASHDC",
};

constexpr const char *months[] = { "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC" };

// The Secretary of State who signs a year's State cables.
const char *secretaryFor(int year)
{
    if (year >= 2009)
        return "CLINTON";
    if (year >= 2005)
        return "RICE";
    if (year >= 2001)
        return "POWELL";
    if (year >= 1997)
        return "ALBRIGHT";
    if (year >= 1993)
        return "CHRISTOPHER";
    if (year >= 1989)
        return "BAKER";
    if (year >= 1982)
        return "SHULTZ";
    if (year >= 1981)
        return "HAIG";
    if (year >= 1977)
        return "VANCE";
    if (year >= 1973)
        return "KISSINGER";
    if (year >= 1969)
        return "ROGERS";
    return "RUSK";
}

template<typename T, std::size_t N>
const T &pick(const T (&table)[N], Rng &rng)
{
    return table[rng.below(std::uint32_t(N))];
}

void appendPadded(QByteArray &out, std::int64_t value, int width)
{
    const QByteArray digits = QByteArray::number(value);
    for (qsizetype i = digits.size(); i < width; ++i)
        out += '0';
    out += digits;
}

// "ASTANA 0061", "08 STATE 123456": how the REF line and the routing spell
// another cable.
QByteArray citation(const CableId &cited, const Post &post, int citingYear, bool pad)
{
    QByteArray out;
    if (cited.year != citingYear) {
        appendPadded(out, cited.year % 100, 2);
        out += ' ';
    }
    out += post.spelled;
    out += ' ';
    appendPadded(out, cited.serial, pad ? 4 : 1);
    return out;
}

QByteArray letter(int i)
{
    return QByteArray(1, char('A' + i));
}
}

void appendWrapped(QByteArray &out, QByteArrayView text, int width)
{
    qsizetype pos = 0;
    const qsizetype n = text.size();
    while (pos < n) {
        while (pos < n && text.at(pos) == ' ')
            ++pos;
        if (pos >= n)
            break;
        qsizetype end = n;
        if (width > 0 && n - pos > width) {
            // Break at the last space that keeps the line within the width; a
            // word longer than the line goes on a line of its own.
            end = pos + width;
            while (end > pos && text.at(end) != ' ')
                --end;
            if (end == pos) {
                end = pos + width;
                while (end < n && text.at(end) != ' ')
                    ++end;
            }
        }
        qsizetype last = end;
        while (last > pos && text.at(last - 1) == ' ')
            --last;
        out += text.sliced(pos, last - pos);
        out += " \n";
        pos = end;
    }
}

struct TelegramComposer::Draft
{
    Draft(std::uint64_t seed, qsizetype index, const CableId &cableId)
        : rng(seed, std::uint64_t(index))
        , id(cableId)
    {
    }

    Rng rng;
    const CableId &id;
    Post post;
    Classification level = Classification::Unclassified;
    QDate date;
    int hour = 0;
    int minute = 0;
    bool upper = false; // the whole text in capitals, as in older cables
    int wrap = 70; // 0: paragraphs on one line
    bool marks = true; // paragraphs carry classification marks
    bool redacted = false; // some words blacked out as XXXXXXXXXXXX, as on the real pages
    char precedence = 'R';
    bool sectioned = false; // more than one page: "SECTION 01 OF 03", "#0072/01"
    int target = 0; // bytes of content to aim for
    QByteArrayList refs; // as cited on the REF line
    unsigned pendingTerms = 0;
    int citationsWritten = 0;
};

TelegramComposer::TelegramComposer(const IdCatalogue &ids, const WordModel &words, std::uint64_t seed)
    : m_ids(ids)
    , m_words(words)
    , m_seed(seed)
{
    m_content.reserve(1 << 18);
    m_text.reserve(1 << 14);
}

void TelegramComposer::compose(qsizetype index, SyntheticCable *cable)
{
    const CableId &id = m_ids.at(index);
    Draft d(m_seed, index, id);
    Rng &rng = d.rng;
    d.post = PostDirectory::lookup(id.post);
    d.level = ReleaseMix::classification(rng);
    // The FOUO and NOFORN markings of the 2000s do not fit the few older
    // cables (under 1% of the release): those keep the plain level.
    if (id.year < 1995) {
        if (d.level == Classification::UnclassifiedFouo)
            d.level = Classification::Unclassified;
        else if (d.level == Classification::ConfidentialNoforn)
            d.level = Classification::Confidential;
        else if (d.level == Classification::SecretNoforn)
            d.level = Classification::Secret;
    }

    // The date: serials rise through the year, so the cable's rank among its
    // post's cables of the year places it in the year. The release's 2010
    // cables end in late February.
    const int daysInYear = id.year == 2010 ? 59 : QDate::isLeapYear(id.year) ? 366 : 365;
    const QList<int> &group = m_ids.group(id.group);
    const double place = (double(id.rank) + rng.uniform()) / double(std::max<qsizetype>(1, group.size()));
    // The time of day follows too, so a post's cables are in serial order.
    const int minuteOfYear = std::min(daysInYear * 1440 - 1, int(place * daysInYear * 1440));
    d.date = QDate(id.year, 1, 1).addDays(minuteOfYear / 1440);
    d.hour = minuteOfYear % 1440 / 60;
    d.minute = minuteOfYear % 60;

    // Older cables are in capitals and hard-wrapped; from the mid-2000s most
    // are in mixed case and about half of the real bodies are not wrapped
    // (README of the real pages); a fifth here, so most bodies keep page markers.
    const bool old = id.year < 2000;
    double upperShare = old ? 1.0 : id.year < 2005 ? 0.5 : 0.15;
    if (d.post.state)
        upperShare = std::min(1.0, upperShare + 0.4);
    d.upper = rng.chance(upperShare);
    d.wrap = old || rng.chance(0.8) ? rng.between(64, 70) : 0;
    d.marks = id.year >= 1995;
    d.redacted = rng.chance(0.15);
    const double p = rng.uniform();
    d.precedence = p < 0.55 ? 'R' : p < 0.9 ? 'P' : p < 0.99 ? 'O' : 'Z';
    for (int t = 0; t < searchTermCount; ++t) {
        if (rng.chance(searchTerms[t].share))
            d.pendingTerms |= 1u << t;
    }
    // The routing block is some 300-1,500 bytes; the rest of the target is body.
    d.target = std::max(400, ReleaseMix::targetSize(rng) - 550);

    cable->id = id.text;
    cable->origin = d.post.origin;
    cable->level = d.level;
    cable->classification = ReleaseMix::name(d.level);
    cable->date = QByteArray::number(d.date.month()) + '/' + QByteArray::number(d.date.day()) + '/'
        + QByteArray::number(id.year) + ' ' + QByteArray::number(d.hour) + ':'
        + QByteArray::number(d.minute).rightJustified(2, '0');
    cable->terms = d.pendingTerms;
    cable->knownReferences = 0;

    pickReferences(d, cable);

    m_content.resize(0);
    writeContent(d, m_content);

    // Page markers every ~3 KB on wrapped modern bodies, at line ends; the
    // banner's SECTION k OF n and the routing's /01 follow their number.
    QList<qsizetype> breaks;
    if (d.wrap > 0 && !old) {
        const qsizetype pageBytes = rng.between(2800, 3400);
        for (qsizetype at = pageBytes; at < m_content.size() - 200; at += pageBytes) {
            const qsizetype nl = m_content.indexOf('\n', at);
            if (nl < 0 || nl > m_content.size() - 200)
                break;
            breaks.append(nl + 1);
            at = nl + 1;
        }
    }
    const int pages = int(breaks.size()) + 1;

    QByteArray &body = cable->body;
    body.resize(0);
    body.reserve(m_content.size() + pages * 64 + 128);
    body += ReleaseMix::banner(d.level, !old);
    if (pages > 1) {
        body += " SECTION 01 OF ";
        appendPadded(body, pages, 2);
    }
    body += ' ';
    body += d.post.spelled;
    body += ' ';
    appendPadded(body, id.serial, old ? 1 : 6);
    body += " \n";
    qsizetype from = 0;
    for (qsizetype k = 0; k < breaks.size(); ++k) {
        body += QByteArrayView(m_content).sliced(from, breaks.at(k) - from);
        body += " \n";
        body += d.post.spelled;
        body += ' ';
        appendPadded(body, id.serial, 8);
        body += "  ";
        appendPadded(body, k + 2, 3);
        body += " OF ";
        appendPadded(body, pages, 3);
        body += " \n \n \n";
        from = breaks.at(k);
    }
    body += QByteArrayView(m_content).sliced(from);

    d.sectioned = pages > 1;
    cable->header.resize(0);
    writeHeader(d, cable->header);
}

void TelegramComposer::pickReferences(Draft &d, SyntheticCable *cable) const
{
    Rng &rng = d.rng;
    const int count = ReleaseMix::referenceCount(rng);
    QByteArrayList cited;
    for (int k = 0; k < count; ++k) {
        // Mostly earlier cables of the same post, then the Department's, then
        // any post's; one in ten a serial that may not be in the release.
        const double r = rng.uniform();
        const CableId *target = nullptr;
        CableId madeUp;
        if (r < 0.9) {
            int groupIndex = -1;
            if (r < 0.5)
                groupIndex = d.id.group;
            else if (r < 0.75)
                groupIndex = m_ids.stateGroup(rng.chance(0.8) ? d.id.year : d.id.year - 1);
            // Any post: a few draws for a cable of the same year or earlier (a
            // cable cannot cite a later one), else the cable's own post.
            for (int tries = 0; groupIndex < 0 && tries < 4; ++tries) {
                const CableId &any = m_ids.at(qsizetype(rng.below(std::uint32_t(m_ids.size()))));
                if (any.year <= d.id.year && any.year >= d.id.year - 2)
                    groupIndex = any.group;
            }
            if (groupIndex < 0)
                groupIndex = d.id.group;
            const QList<int> &group = m_ids.group(groupIndex);
            // Near the citing cable in its own group (a recent exchange), anywhere
            // in another group.
            int member = 0;
            if (groupIndex == d.id.group) {
                const int back = 1 + int(rng.below(std::uint32_t(std::min(40, d.id.rank + 1))));
                member = std::max(0, d.id.rank - back);
            } else if (m_ids.at(group.first()).year == d.id.year) {
                // Same year: among the cables sent before this one, going by
                // where each stands in its year.
                const double before = double(d.id.rank + 1) / double(m_ids.group(d.id.group).size());
                member = int(rng.below(std::uint32_t(std::max(1, int(double(group.size()) * before)))));
            } else {
                member = int(rng.below(std::uint32_t(group.size())));
            }
            target = &m_ids.at(group.at(member));
        } else {
            madeUp.year = d.id.year;
            madeUp.post = d.id.post;
            madeUp.serial = 1 + rng.below(std::uint32_t(std::max<std::int64_t>(1, d.id.serial)));
            madeUp.text = QByteArray::number(d.id.year % 100).rightJustified(2, '0') + madeUp.post
                + QByteArray::number(madeUp.serial);
            madeUp.canonical = true;
            target = &madeUp;
        }
        // Only ids a REF line can spell back: not the release's fragments nor
        // posts the directory does not know ("EFTOBAGHDAD").
        if (target->text == d.id.text || cited.contains(target->text) || !target->canonical
            || !PostDirectory::knows(target->post))
            continue;
        cited.append(target->text);
        const Post post = target->post == d.post.token ? d.post : PostDirectory::lookup(target->post);
        d.refs.append(citation(*target, post, d.id.year, rng.chance(0.6)));
        if (m_ids.contains(target->text))
            ++cable->knownReferences;
    }
    cable->referenceCount = int(cited.size());
    // The release lists the cited ids sorted, whatever the order on the REF line.
    std::sort(cited.begin(), cited.end());
    cable->references = cited.join('|');
}

QByteArray TelegramComposer::addressee(Draft &d) const
{
    Rng &rng = d.rng;
    QByteArray out;
    if (d.id.year >= 2000 && rng.chance(0.35)) {
        out = pick(collectives, rng);
    } else {
        const Post post = PostDirectory::at(int(rng.below(std::uint32_t(PostDirectory::size()))));
        if (d.id.year >= 2000) {
            out += post.station;
            out += '/';
        }
        out += post.from;
    }
    const char *word = d.precedence == 'Z' ? " FLASH"
        : d.precedence == 'O'              ? " IMMEDIATE"
        : d.precedence == 'P'              ? " PRIORITY"
                                           : " ROUTINE";
    out += word;
    if (rng.chance(0.7)) {
        out += ' ';
        appendPadded(out, rng.between(1, 9999), 4);
    }
    return out;
}

void TelegramComposer::writeHeader(Draft &d, QByteArray &out) const
{
    Rng &rng = d.rng;
    QByteArray dtg;
    appendPadded(dtg, d.date.day(), 2);
    appendPadded(dtg, d.hour, 2);
    appendPadded(dtg, d.minute, 2);
    dtg += "Z ";
    dtg += months[d.date.month() - 1];
    dtg += ' ';
    appendPadded(dtg, d.id.year % 100, 2);

    if (d.id.year < 2000) {
        // The older form: no transmission id or routing indicators, and the
        // precedence pair on the date line ("P R 281848Z DEC 66").
        out += d.precedence;
        out += " R ";
        out += dtg;
        out += "\nFM ";
        out += d.post.from;
        out += d.post.state ? QByteArrayView("\nTO ") : QByteArrayView("\nTO SECSTATE WASHDC");
        if (d.post.state)
            out += addressee(d);
        out += '\n';
        const int info = rng.between(0, 6);
        for (int k = 0; k < info; ++k) {
            out += k == 0 ? "INFO " : "";
            out += addressee(d);
            out += '\n';
        }
        return;
    }

    const bool relayed = rng.chance(0.6);
    out += relayed ? "VZCZCXRO" : "VZCZCXYZ";
    appendPadded(out, rng.between(0, 9999), 4);
    out += '\n';
    if (relayed) {
        // The relay stations, several to a line as the real blocks wrap them.
        QByteArray line;
        line += d.precedence;
        line += d.precedence;
        const int stations = rng.between(3, 14);
        for (int k = 0; k < stations; ++k) {
            const Post post = PostDirectory::at(int(rng.below(std::uint32_t(PostDirectory::size()))));
            if (line.size() + 1 + post.station.size() > 70) {
                out += line;
                out += '\n';
                line.clear();
            } else {
                line += ' ';
            }
            line += post.station;
        }
        out += line;
        out += '\n';
    }
    out += "DE ";
    out += d.post.station;
    out += " #";
    appendPadded(out, d.id.serial % 10000, 4);
    if (d.sectioned)
        out += "/01";
    out += ' ';
    appendPadded(out, d.date.dayOfYear(), 3);
    appendPadded(out, d.hour, 2);
    appendPadded(out, d.minute, 2);
    out += '\n';
    out += ReleaseMix::securityLine(d.level);
    out += '\n';
    out += d.precedence;
    out += ' ';
    out += dtg;
    out += "\nFM ";
    out += d.post.from;
    out += "\nTO ";
    if (d.post.state) {
        out += addressee(d);
    } else {
        out += "RUEHC/SECSTATE WASHDC";
        out += d.precedence == 'Z' ? " FLASH "
            : d.precedence == 'O'  ? " IMMEDIATE "
            : d.precedence == 'P'  ? " PRIORITY "
                                   : " ROUTINE ";
        appendPadded(out, rng.between(1, 9999), 4);
    }
    out += '\n';
    const int info = d.post.state ? rng.between(2, 24) : rng.between(0, 12);
    for (int k = 0; k < info; ++k) {
        if (k == 0)
            out += "INFO ";
        out += addressee(d);
        out += '\n';
    }
}

QByteArray TelegramComposer::signature(const Draft &d) const
{
    if (d.post.state)
        return QByteArray(secretaryFor(d.id.year));
    // The same chief of mission signs a post's cables through a year.
    std::uint32_t h = 2166136261u ^ std::uint32_t(d.id.year);
    for (const char c : d.post.token)
        h = (h ^ std::uint8_t(c)) * 16777619u;
    return QByteArray(surnames[Rng::mix(h) % std::size(surnames)]);
}

void TelegramComposer::word(Draft &d, QByteArray &out, bool last) const
{
    Rng &rng = d.rng;
    // Not a bare number before a sentence's period: wrapped to the start of a
    // line, "19.  " would read as a paragraph number.
    const std::uint32_t r = last ? 999 : rng.below(1000);
    if (r < 15) {
        // Numbers: days, counts, years and sums, as the real paragraphs have them.
        switch (r % 4) {
        case 0:
            out += QByteArray::number(1 + rng.below(31));
            break;
        case 1:
            out += QByteArray::number(d.id.year - int(rng.below(6)));
            break;
        case 2:
            out += QByteArray::number(1 + rng.below(100));
            out += d.upper ? " PERCENT" : " percent";
            break;
        default:
            out += '$';
            out += QByteArray::number(1 + rng.below(900));
            out += d.upper ? " MILLION" : " million";
            break;
        }
        return;
    }
    if (d.redacted && r < 25) {
        out += "XXXXXXXXXXXX";
        return;
    }
    out += d.upper ? m_words.upperWord(rng) : m_words.word(rng);
}

const QByteArray &TelegramComposer::capitalWord(Draft &d) const
{
    // A line of capitals that starts like a header field ("TO ...", "REFERENCE
    // ...") would be read as one; real headings and subjects do not, so the
    // draw is repeated (a few times: such words are a small share).
    for (int tries = 0;; ++tries) {
        const QByteArray &word = m_words.upperWord(d.rng);
        if (tries == 8
            || !(word.startsWith("REF") || word == "TO" || word == "FM" || word == "INFO" || word == "DE"
                || word == "TAGS" || word == "SUBJECT" || word == "CLASSIFIED"))
            return word;
    }
}

void TelegramComposer::sentence(Draft &d, QByteArray &out, int words) const
{
    Rng &rng = d.rng;
    const bool quoted = rng.chance(0.03);
    if (quoted)
        out += '"';
    const qsizetype first = out.size();
    for (int k = 0; k < words; ++k) {
        if (k > 0)
            out += rng.chance(0.07) ? ", " : " ";
        word(d, out, k == words - 1);
    }
    if (!d.upper && first < out.size() && out.at(first) >= 'a' && out.at(first) <= 'z')
        out[first] = char(out.at(first) - 'a' + 'A');
    out += '.';
    if (quoted)
        out += '"';
    // Two spaces between sentences, as typed on the telegrams.
    out += "  ";
}

void TelegramComposer::sentences(Draft &d, QByteArray &out, int count) const
{
    for (int k = 0; k < count; ++k)
        sentence(d, out, d.rng.between(8, 30));
}

void TelegramComposer::plantTerms(Draft &d, QByteArray &text) const
{
    // Each pending term once, after a random space of the first paragraph.
    for (int t = 0; t < searchTermCount; ++t) {
        if (!(d.pendingTerms & (1u << t)))
            continue;
        qsizetype at = qsizetype(d.rng.below(std::uint32_t(std::max<qsizetype>(1, text.size()))));
        at = text.indexOf(' ', at);
        if (at < 0)
            at = text.size();
        text.insert(at, QByteArrayLiteral(" ") + QByteArray(searchTerms[t].word));
    }
    d.pendingTerms = 0;
}

// Paragraph kinds.
enum
{
    Plain,
    Summary,
    Comment,
    Bullets
};

void TelegramComposer::writeParagraph(Draft &d, QByteArray &out, int number, int kind)
{
    Rng &rng = d.rng;
    QByteArray &text = m_text;
    text.resize(0);
    text += QByteArray::number(number);
    text += '.';
    text += ' ';
    if (d.marks) {
        text += ReleaseMix::paragraphMark(d.level, rng);
        text += ' ';
    } else {
        text += ' ';
    }
    if (kind == Summary) {
        text += "SUMMARY:  ";
        sentences(d, text, rng.between(2, 5));
        text += "END SUMMARY.";
    } else if (kind == Comment) {
        text += "COMMENT:  ";
        sentences(d, text, rng.between(2, 5));
        text += "END COMMENT.";
    } else {
        const int count = rng.between(2, 8);
        int citeAt = d.refs.isEmpty()                    ? -1
            : d.citationsWritten == 0 || rng.chance(0.3) ? rng.between(0, count - 1)
                                                         : -1;
        for (int s = 0; s < count; ++s) {
            sentence(d, text, rng.between(8, 30));
            // Before a sentence's period; a quoted sentence passes it to the next.
            if (s >= citeAt && citeAt >= 0 && text.endsWith(".  ")) {
                citeAt = -1;
                // "(reftel A)", "(see reftels A and B)", "(reftel)" before the last period.
                text.chop(3);
                text += ' ';
                QByteArray cite;
                if (d.refs.size() == 1) {
                    cite = rng.chance(0.7) ? QByteArrayLiteral("(reftel)") : QByteArrayLiteral("(see reftel)");
                } else {
                    const int a = rng.between(0, int(d.refs.size()) - 1);
                    const double form = rng.uniform();
                    if (form < 0.5) {
                        cite = QByteArrayLiteral("(reftel ") + letter(a) + ')';
                    } else if (form < 0.75) {
                        cite = QByteArrayLiteral("(ref ") + letter(a) + ')';
                    } else {
                        const int b = (a + 1) % int(d.refs.size());
                        cite = QByteArrayLiteral("(see reftels ") + letter(std::min(a, b)) + QByteArrayLiteral(" and ")
                            + letter(std::max(a, b)) + ')';
                    }
                }
                text += d.upper ? cite.toUpper() : cite;
                text += ".  ";
                ++d.citationsWritten;
            }
            if (rng.chance(0.01)) {
                text += "(NOTE:  ";
                sentences(d, text, rng.between(1, 2));
                text += "END NOTE.)  ";
            }
        }
    }
    if (d.pendingTerms)
        plantTerms(d, text);
    while (text.endsWith(' '))
        text.chop(1);
    appendWrapped(out, text, d.wrap);

    if (kind == Bullets) {
        // Sub-items belong to their paragraph: "-- " lines after an introduction.
        const int items = rng.between(2, 5);
        for (int k = 0; k < items; ++k) {
            out += " \n";
            text.resize(0);
            text += "-- ";
            sentences(d, text, rng.between(1, 2));
            while (text.endsWith(' '))
                text.chop(1);
            appendWrapped(out, text, d.wrap);
        }
    }
    out += " \n";
}

void TelegramComposer::writeContent(Draft &d, QByteArray &out)
{
    Rng &rng = d.rng;
    const Classification level = d.level;
    const bool classified = ReleaseMix::isClassified(level);
    out += " \n";

    // Caveats and passing instructions.
    bool caveat = false;
    if (ReleaseMix::isNoforn(level)) {
        out += "NOFORN \n";
        caveat = true;
    }
    if (level == Classification::UnclassifiedFouo && d.id.year >= 2000) {
        out += "SENSITIVE \n";
        caveat = true;
    }
    if (d.id.year >= 2005 ? rng.chance(0.9) : d.id.year >= 2002 && rng.chance(0.4)) {
        out += "SIPDIS \n";
        caveat = true;
    }
    if (caveat)
        out += " \n";
    if (!d.post.state && d.id.year >= 2000 && rng.chance(0.35)) {
        out += rng.chance(0.7) ? "STATE FOR " : "DEPT FOR ";
        const int count = rng.between(1, 4);
        for (int k = 0; k < count; ++k) {
            if (k > 0)
                out += ", ";
            out += pick(bureaus, rng);
        }
        out += " \n \n";
    }

    // E.O. line: classified cables are declassified ten (sometimes 25) years on.
    out += "E.O. 12958: ";
    if (classified) {
        const QDate decl = d.date.addYears(rng.chance(0.8) ? 10 : 25);
        out += "DECL: ";
        appendPadded(out, decl.month(), 2);
        out += '/';
        appendPadded(out, decl.day(), 2);
        out += '/';
        out += QByteArray::number(decl.year());
    } else {
        out += "N/A";
    }
    out += " \n";

    // TAGS: subject tags and the post's country, 3 to 8 in all.
    QByteArrayList tags = ReleaseMix::subjectTags(rng, rng.between(2, 5));
    QByteArrayList countries;
    if (!d.post.country.isEmpty() && d.post.country != "US")
        countries.append(d.post.country);
    const int others = rng.chance(0.35) ? (rng.chance(0.3) ? 2 : 1) : 0;
    // Missions tag their body ("UNSC", "NATO", "OSCE"), which is no country:
    // every cable gets at least one two-letter code.
    const auto hasCountry = [&countries] {
        return std::any_of(countries.cbegin(), countries.cend(), [](const QByteArray &c) { return c.size() == 2; });
    };
    for (int k = 0; k < others || !hasCountry(); ++k) {
        const QByteArray c = ReleaseMix::otherCountry(rng);
        if (!countries.contains(c))
            countries.append(c);
        if (k > 8)
            break;
    }
    tags += countries;
    while (tags.size() < 3)
        tags += ReleaseMix::subjectTags(rng, 1);
    while (tags.size() > 8)
        tags.removeAt(tags.size() - 2);
    out += "TAGS: ";
    out += tags.join(rng.chance(0.2) ? QByteArrayView(", ") : QByteArrayView(" "));
    out += " \n";

    // SUBJECT: often "COUNTRY: ...", wrapped like the rest.
    QByteArray subject = "SUBJECT: ";
    const QByteArray country = ReleaseMix::countryName(countries.first());
    if (!country.isEmpty() && rng.chance(0.6)) {
        subject += country;
        subject += ":  ";
    }
    const int words = rng.between(3, 12);
    for (int k = 0; k < words; ++k) {
        if (k > 0)
            subject += ' ';
        subject += capitalWord(d);
    }
    appendWrapped(out, subject, 70);
    out += " \n";

    // REF: lettered when more than one, one to a line or all on one.
    if (!d.refs.isEmpty()) {
        const bool refs = rng.chance(0.2);
        if (d.refs.size() == 1) {
            out += refs ? "REFS: " : "REF: ";
            out += d.refs.first();
            out += " \n";
        } else if (rng.chance(0.8)) {
            for (qsizetype k = 0; k < d.refs.size(); ++k) {
                out += k == 0 ? (refs ? "REFS: " : "REF: ") : "";
                out += letter(int(k));
                out += ". ";
                out += d.refs.at(k);
                out += " \n";
            }
        } else {
            QByteArray line = refs ? "REFS: " : "REF: ";
            for (qsizetype k = 0; k < d.refs.size(); ++k) {
                if (k > 0)
                    line += ' ';
                line += letter(int(k));
                line += ") ";
                line += d.refs.at(k);
            }
            appendWrapped(out, line, 70);
        }
        out += " \n";
    }

    if (classified) {
        const bool chief = rng.chance(0.5);
        out += "Classified By: ";
        out += chief ? QByteArrayView("Ambassador") : QByteArrayView(pick(officerTitles, rng));
        out += ' ';
        out += pick(firstNames, rng);
        out += ' ';
        out += char('A' + rng.below(26));
        out += ". ";
        QByteArray surname = chief && !d.post.state ? signature(d) : QByteArray(pick(surnames, rng));
        out += surname.left(1);
        out += surname.mid(1).toLower();
        out += rng.chance(0.5) ? QByteArrayView(", reasons 1.4 (b) and (d) \n \n")
                               : QByteArrayView(": 1.4 (B), (D) \n \n");
    }

    // Numbered paragraphs up to the target size, a summary first and a comment
    // last on some cables, a heading now and then.
    const bool withSummary = d.target > 2500 && rng.chance(0.6);
    const bool withComment = d.target > 2000 && rng.chance(0.4);
    int number = 1;
    if (withSummary)
        writeParagraph(d, out, number++, Summary);
    do {
        if (number > 2 && rng.chance(0.12)) {
            QByteArray heading;
            const int n = rng.between(2, 6);
            for (int k = 0; k < n; ++k) {
                if (k > 0)
                    heading += ' ';
                heading += k == 0 ? capitalWord(d) : m_words.upperWord(rng);
            }
            out += heading;
            out += " \n \n";
        }
        writeParagraph(d, out, number++, rng.chance(0.08) ? Bullets : Plain);
    } while (out.size() < d.target - (withComment ? 700 : 0) && number < 400);
    if (withComment)
        writeParagraph(d, out, number++, Comment);
    out += signature(d);
    out += " \n";
}
}
