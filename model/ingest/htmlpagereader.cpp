// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlpagereader.h"

#include "textscan.h"

namespace Reftel
{
namespace
{
qsizetype findCi(QStringView text, QStringView what, qsizetype from = 0)
{
    return text.indexOf(what, from, Qt::CaseInsensitive);
}

// The attribute-free name of the tag starting at text[pos] == '<'.
QStringView tagName(QStringView text, qsizetype pos)
{
    qsizetype i = pos + 1;
    if (i < text.size() && text[i] == u'/')
        ++i;
    const qsizetype s = i;
    while (i < text.size() && (text[i].isLetterOrNumber()))
        ++i;
    return text.sliced(s, i - s);
}

// <a id='par3' href='#par3'>, <a name="par12">: a paragraph anchor, whose
// attribute value is "par" and a number. A link to a cable of Paris
// ("/cable/2009/03/09PARIS381.html") or to the tag PARM holds "PAR" too,
// and is no anchor: its text was dropped with the pilcrows.
bool isParagraphAnchor(QStringView tag)
{
    for (qsizetype at = findCi(tag, u"par"); at >= 0; at = findCi(tag, u"par", at + 1)) {
        const QChar before = at > 0 ? tag[at - 1] : QChar();
        const bool valueStart = before == u'\'' || before == u'"' || before == u'#' || before == u'=';
        if (valueStart && at + 3 < tag.size() && tag[at + 3].isDigit())
            return true;
    }
    return false;
}

QString cellsText(QStringView html)
{
    return HtmlPageReader::toPlainText(html).simplified();
}
}

bool HtmlPageReader::accepts(QStringView text)
{
    const QStringView head = text.first(std::min<qsizetype>(text.size(), 4096)).trimmed();
    if (head.startsWith(u'<')
        && (findCi(head, u"<html") >= 0 || findCi(head, u"<!doctype") >= 0 || findCi(head, u"<?xml") >= 0))
        return true;
    return head.startsWith(u'<') && findCi(text.first(std::min<qsizetype>(text.size(), 200000)), u"<pre") >= 0;
}

QString HtmlPageReader::toPlainText(QStringView html)
{
    QString out;
    out.reserve(html.size());
    QString decoded;
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i + 1);
            if (close < 0)
                break;
            const QStringView name = tagName(html, i);
            const QStringView tag = html.sliced(i, close + 1 - i);
            if (name.compare(u"br", Qt::CaseInsensitive) == 0) {
                out += u'\n';
            } else if ((name.compare(u"script", Qt::CaseInsensitive) == 0
                           || name.compare(u"style", Qt::CaseInsensitive) == 0)
                && html[i + 1] != u'/') { // close > i, so html[i + 1] exists
                const qsizetype endTag =
                    findCi(html, name.compare(u"script", Qt::CaseInsensitive) == 0 ? u"</script" : u"</style", close);
                i = endTag < 0 ? n : endTag;
                continue;
            } else if (name.compare(u"a", Qt::CaseInsensitive) == 0 && isParagraphAnchor(tag)) {
                // Paragraph anchors <a id='par3' href='#par3'>¶</a>: the pilcrow is site furniture.
                const qsizetype endA = findCi(html, u"</a>", close);
                if (endA >= 0 && endA - close <= 12) {
                    i = endA + 4;
                    continue;
                }
            }
            i = close + 1;
            continue;
        }
        if (c == u'&') {
            const qsizetype used = TextScan::decodeEntity(html, i, &decoded);
            if (used > 0) {
                out += decoded;
                i += used;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

RawCable HtmlPageReader::read(const QString &text)
{
    RawCable raw;
    raw.format = SourceFormat::HtmlPage;
    const QStringView html(text);

    // The metadata table, and only it: the sidebar repeats dates and origins.
    qsizetype table = findCi(html, u"<table class='cable'");
    if (table < 0)
        table = findCi(html, u"<table class=\"cable\"");
    if (table >= 0) {
        const qsizetype tableEnd = findCi(html, u"</table>", table);
        const QStringView body = html.sliced(table, (tableEnd < 0 ? html.size() : tableEnd) - table);
        QStringList cells;
        qsizetype p = 0;
        while ((p = findCi(body, u"<td", p)) >= 0) {
            const qsizetype open = body.indexOf(u'>', p);
            const qsizetype close = findCi(body, u"</td>", p);
            if (open < 0 || close < 0)
                break;
            // In "<td</td>" the cell ends before its tag does: an empty cell, so the others keep their places.
            cells.append(close > open ? cellsText(body.sliced(open + 1, close - open - 1)) : QString());
            p = close + 5;
        }
        if (cells.size() >= 5) {
            raw.id = cells[0];
            raw.created = TextScan::parseDateTime(cells[1]);
            raw.released = TextScan::parseDateTime(cells[2]);
            raw.classification = cells[3];
            raw.origin = cells[4];
        }
    }

    // "<h3>Viewing cable 10ASTANA72, KAZAKHSTAN:  MONEY AND POWER</h3>"
    const qsizetype viewing = findCi(html, u"<h3>Viewing cable ");
    if (viewing >= 0) {
        const qsizetype end = findCi(html, u"</h3>", viewing);
        // "<h3>Viewing cable " (18 characters) holds no "</h3>": end >= viewing + 18.
        if (end > viewing) {
            const QString heading = cellsText(html.sliced(viewing + 18, end - viewing - 18));
            const qsizetype comma = heading.indexOf(u", ");
            raw.title = comma > 0 ? heading.sliced(comma + 2) : heading;
        }
    }

    // The telegram: every <pre> block in order.
    QStringList blocks;
    qsizetype p = 0;
    while ((p = findCi(html, u"<pre", p)) >= 0) {
        const qsizetype open = html.indexOf(u'>', p);
        if (open < 0)
            break;
        qsizetype close = findCi(html, u"</pre>", open);
        if (close < 0)
            close = html.size();
        QString block = toPlainText(html.sliced(open + 1, close - open - 1));
        if (block.trimmed().startsWith(u"This record is a partial extract")) {
            raw.removed.append({ DedupEntry::Kind::SiteBoilerplate, DedupEntry::In::Document, open + 1,
                close - open - 1, TextScan::excerpt(html.sliced(open + 1, close - open - 1)) });
        } else {
            blocks.append(block);
        }
        p = close;
    }
    raw.telegram = blocks.join(u'\n');
    if (raw.title.isEmpty()) {
        const qsizetype t = findCi(html, u"<title>");
        const qsizetype te = findCi(html, u"</title>", t + 1);
        // "<title>" holds no "</title>": te >= t + 7.
        if (t >= 0 && te > t)
            raw.title = cellsText(html.sliced(t + 7, te - t - 7));
    }
    return raw;
}
}
