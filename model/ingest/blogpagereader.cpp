// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blogpagereader.h"

#include "bannerreader.h"
#include "pagetelegram.h"
#include "textscan.h"

namespace Reftel
{
namespace
{
using TextScan::LineRef;

constexpr QStringView MetadataRow = u"Reference ID Created Released Classification Origin";

bool isFooter(QStringView line)
{
    // Cheap first-letter test: this runs on every line of the telegram.
    if (line.isEmpty()
        || (line[0] != u'W' && line[0] != u'A' && line[0] != u'P' && line[0] != u'L' && line[0] != u'S'
            && line[0] != u'R'))
        return false;
    return line == u"Wikileaks" || line == u"Advertisements" || line.startsWith(u"Post a comment")
        || line == u"Leave a Reply" || line.startsWith(u"Share this:") || line.startsWith(u"Like this:")
        || line.startsWith(u"Related");
}

// Classification values may hold spaces ("UNCLASSIFIED//FOR OFFICIAL USE ONLY"),
// so the known values are matched first and the rest of the row is the origin.
bool splitClassificationOrigin(QStringView rest, QString *classification, QString *origin)
{
    static constexpr QStringView Known[] = {
        u"UNCLASSIFIED//FOR OFFICIAL USE ONLY",
        u"CONFIDENTIAL//NOFORN",
        u"SECRET//NOFORN",
        u"TOP SECRET",
        u"UNCLASSIFIED",
        u"CONFIDENTIAL",
        u"SECRET",
    };
    for (const QStringView k : Known) {
        if (rest.startsWith(k) && (rest.size() == k.size() || rest[k.size()] == u' ')) {
            *classification = k.toString();
            *origin = rest.sliced(k.size()).trimmed().toString();
            return true;
        }
    }
    return false;
}
}

bool BlogPageReader::accepts(QStringView text)
{
    // Line by line: finding each line break is vectorised, a substring search is not.
    const QStringView head = text.first(std::min<qsizetype>(text.size(), 6000));
    qsizetype start = 0;
    while (start < head.size()) {
        qsizetype end = head.indexOf(u'\n', start);
        if (end < 0)
            end = head.size();
        if (head.sliced(start, end - start).trimmed().startsWith(MetadataRow))
            return true;
        start = end + 1;
    }
    return false;
}

RawCable BlogPageReader::read(const QString &text)
{
    RawCable raw;
    raw.format = SourceFormat::BlogPage;
    const QList<LineRef> lines = TextScan::splitLines(text);
    auto lineAt = [&](qsizetype i) {
        return QStringView(text).sliced(lines[i].start, lines[i].end - lines[i].start).trimmed();
    };

    qsizetype i = 0;
    while (i < lines.size() && lineAt(i).isEmpty())
        ++i;
    // "09ASTANA478, KAZAKHSTAN: ..."
    if (i < lines.size()) {
        const QStringView first = lineAt(i);
        const qsizetype comma = first.indexOf(u", ");
        if (comma > 0 && TextScan::looksLikeCableId(first.first(comma))) {
            raw.id = first.first(comma).toString();
            raw.title = first.sliced(comma + 2).trimmed().toString();
            ++i;
        }
    }
    qsizetype start = -1;
    for (; i < lines.size(); ++i) {
        const QStringView line = lineAt(i);
        if (line.isEmpty())
            continue;
        if (line == MetadataRow) {
            qsizetype v = i + 1;
            while (v < lines.size() && lineAt(v).isEmpty())
                ++v;
            if (v < lines.size()) {
                const QStringView values = lineAt(v);
                const QList<QStringView> toks = TextScan::tokens(values);
                if (toks.size() >= 6) {
                    if (TextScan::looksLikeCableId(toks[0]))
                        raw.id = toks[0].toString();
                    raw.created = TextScan::parseDateTime(QString(toks[1] + u' ' + toks[2]));
                    raw.released = TextScan::parseDateTime(QString(toks[3] + u' ' + toks[4]));
                    const qsizetype restAt = toks[5].data() - values.data();
                    splitClassificationOrigin(values.sliced(restAt), &raw.classification, &raw.origin);
                }
            }
            i = v;
            continue;
        }
        if (BannerReader::isTelegramStart(line)) {
            start = i;
            break;
        }
        raw.removed.append({ DedupEntry::Kind::SiteBoilerplate, DedupEntry::In::Document, lines[i].start,
            lines[i].end - lines[i].start, TextScan::excerpt(line) });
    }
    if (start < 0)
        return raw;
    PageTelegram::cut(text, lines, start, isFooter, raw);
    return raw;
}
}
