// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpagereader.h"

#include "bannerreader.h"
#include "pagetelegram.h"
#include "textscan.h"

namespace Reftel
{
namespace
{
using TextScan::LineRef;

bool isLabel(QStringView line)
{
    return line == u"Identifier" || line == u"Created" || line == u"Released" || line == u"Classification"
        || line == u"Origin" || line == u"Reference ID";
}

bool isFooter(QStringView line)
{
    // Cheap first-letter test: this runs on every line of the telegram.
    if (line.isEmpty() || (line[0] != u'S' && line[0] != u'f' && line[0] != u'P' && line[0] != u'R'))
        return false;
    return line.startsWith(u"Share this cable") || line.startsWith(u"facebook") || line == u"Print"
        || line.startsWith(u"Related cables");
}

// The labels ("Identifier", "Created"...), then their values in the same
// order, into raw; returns the first line after the last value.
qsizetype readLabels(QStringView text, const QList<LineRef> &lines, RawCable &raw)
{
    auto lineAt = [&](qsizetype i) { return text.sliced(lines[i].start, lines[i].end - lines[i].start).trimmed(); };
    QList<QStringView> labels;
    qsizetype i = 0;
    for (; i < lines.size(); ++i) {
        const QStringView line = lineAt(i);
        if (line.isEmpty())
            continue;
        if (!isLabel(line))
            break;
        labels.append(line);
    }
    for (const QStringView label : std::as_const(labels)) {
        while (i < lines.size() && lineAt(i).isEmpty())
            ++i;
        if (i >= lines.size())
            break;
        const QStringView value = lineAt(i);
        if (label == u"Identifier" || label == u"Reference ID")
            raw.id = value.toString();
        else if (label == u"Created")
            raw.created = TextScan::parseDateTime(value);
        else if (label == u"Released")
            raw.released = TextScan::parseDateTime(value);
        else if (label == u"Classification")
            raw.classification = value.toString();
        else if (label == u"Origin")
            raw.origin = value.toString();
        ++i;
    }
    return i;
}
}

bool SearchPageReader::accepts(QStringView text)
{
    // Lines of a prefix of text are lines of text too.
    const QList<LineRef> lines = TextScan::splitLines(text.first(std::min<qsizetype>(text.size(), 2000)));
    int labels = 0;
    for (const LineRef &l : lines) {
        const QStringView line = text.sliced(l.start, l.end - l.start).trimmed();
        if (line.isEmpty())
            continue;
        if (!isLabel(line))
            break;
        ++labels;
    }
    return labels >= 2;
}

RawCable SearchPageReader::read(const QString &text)
{
    RawCable raw;
    raw.format = SourceFormat::SearchPage;
    const QList<LineRef> lines = TextScan::splitLines(text);
    auto lineAt = [&](qsizetype i) {
        return QStringView(text).sliced(lines[i].start, lines[i].end - lines[i].start).trimmed();
    };

    qsizetype i = readLabels(text, lines, raw);

    // "Cable title:" (value on the same line or the next ones), "Tags:", then
    // site lines up to the telegram.
    qsizetype start = -1;
    bool inTitle = false;
    for (; i < lines.size(); ++i) {
        const QStringView line = lineAt(i);
        if (BannerReader::isTelegramStart(line)) {
            start = i;
            break;
        }
        if (line.startsWith(u"Cable title:")) {
            const QStringView rest = line.sliced(12).trimmed();
            raw.title = rest.toString();
            inTitle = rest.isEmpty();
            continue;
        }
        if (line.startsWith(u"Tags:")) {
            inTitle = false;
            for (const QStringView t : TextScan::tokens(line.sliced(5)))
                raw.declaredTags.append(t.toString());
            continue;
        }
        if (line.isEmpty())
            continue;
        if (inTitle) {
            raw.title = raw.title.isEmpty() ? line.toString() : raw.title + u' ' + line.toString();
            continue;
        }
        raw.removed.append({ DedupEntry::Kind::SiteBoilerplate, DedupEntry::In::Document, lines[i].start,
            lines[i].end - lines[i].start, TextScan::excerpt(line) });
    }
    if (start < 0)
        return raw;

    PageTelegram::cut(text, lines, start, isFooter, raw);

    // The flattened variant keeps the whole routing block on one line.
    const QStringView first = lineAt(start);
    if (first.startsWith(u"VZCZC") && first.contains(u" DE ") && first.contains(u" FM "))
        raw.format = SourceFormat::SearchPageFlattened;
    return raw;
}
}
