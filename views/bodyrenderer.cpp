// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodyrenderer.h"

#include "cable.h"
#include "datetext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::BodyRenderer", text);
}

QString esc(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

// A paragraph's text with its citations turned into links and its summary
// and comment spans tinted. Spans and citations may nest; positions are
// walked in order with open/close events.
// The opening tag of a link; a missing reference's link is muted and not underlined.
QString linkStart(const QString &href, bool missing, const BodyRenderer::Colours &c)
{
    QString tag = QStringLiteral("<a href=\"") + href + QStringLiteral("\" style=\"color:");
    tag += missing ? c.missingLink.name() + QStringLiteral("; text-decoration:none") : c.link.name();
    return tag + QStringLiteral("\">");
}

QString paragraphHtml(
    const Paragraph &p, int section, int paragraph, const BodyRenderer::Colours &c, const QSet<int> &missing)
{
    struct Event
    {
        qsizetype pos;
        int order; // closes before opens at the same position
        QString html;
    };
    QList<Event> events;
    const QString spanStyle = QStringLiteral("background-color:") + c.span.name() + u';';
    for (const TextSpan &span : p.spans) {
        const qsizetype start = std::clamp<qsizetype>(span.start, 0, p.text.size());
        const qsizetype end = std::clamp<qsizetype>(span.start + span.length, start, p.text.size());
        events.append({ start, 1, QStringLiteral("<span style=\"") + spanStyle + QStringLiteral("\">") });
        events.append({ end, 0, QStringLiteral("</span>") });
    }
    for (int i = 0; i < p.citations.size(); ++i) {
        const Citation &cite = p.citations.at(i);
        if (cite.referenceIndexes.isEmpty())
            continue; // nothing to link to: leave it as text
        const qsizetype start = std::clamp<qsizetype>(cite.start, 0, p.text.size());
        const qsizetype end = std::clamp<qsizetype>(cite.start + cite.length, start, p.text.size());
        const QString href = QString::fromLatin1(BodyRenderer::CitationScheme) + u':' + QString::number(section) + u'/'
            + QString::number(paragraph) + u'/' + QString::number(i);
        events.append({ start, 2, linkStart(href, missing.contains(cite.referenceIndexes.first()), c) });
        events.append({ end, -1, QStringLiteral("</a>") });
    }
    std::stable_sort(events.begin(), events.end(),
        [](const Event &a, const Event &b) { return a.pos != b.pos ? a.pos < b.pos : a.order < b.order; });
    QString out;
    qsizetype at = 0;
    for (const Event &e : std::as_const(events)) {
        out += esc(QStringView(p.text).mid(at, e.pos - at));
        out += e.html;
        at = e.pos;
    }
    out += esc(QStringView(p.text).mid(at));
    return out;
}
}

QString BodyRenderer::anchorName(const QString &paragraphAnchor)
{
    // Anchors hold "¶", which QTextBrowser handles poorly in fragment names.
    QString name = paragraphAnchor;
    name.replace(u'\u00B6', u'-');
    return QStringLiteral("p-") + name;
}

QString BodyRenderer::html(const Cable &cable, const Colours &c, const QSet<int> &missingReferences)
{
    QString out;
    out.reserve(cable.telegram.size() + 2048);
    out += QStringLiteral("<html><body style=\"color:") + c.text.name() + QStringLiteral("\">");

    // Identity line under the subject.
    out += QStringLiteral("<h2>") + esc(cable.subject.isEmpty() ? cable.id : cable.subject) + QStringLiteral("</h2>");
    QStringList identity;
    if (!cable.id.isEmpty())
        identity << QStringLiteral("<b>") + esc(cable.id) + QStringLiteral("</b>");
    if (cable.created.isValid())
        identity << esc(DateText::longUtc(cable.created));
    if (!cable.origin.isEmpty())
        identity << esc(cable.origin);
    if (!cable.classification.isEmpty())
        identity << QStringLiteral("<span style=\"color:") + c.mark.name() + QStringLiteral("\">")
                + esc(cable.classification) + QStringLiteral("</span>");
    out += QStringLiteral("<p style=\"color:") + c.muted.name() + QStringLiteral("\">")
        + identity.join(QStringLiteral(" · ")) + QStringLiteral("</p>");

    if (!cable.references.isEmpty()) {
        out += QStringLiteral("<p><b>") + esc(tr("References")) + QStringLiteral("</b><br/>");
        for (int i = 0; i < cable.references.size(); ++i) {
            const Reference &ref = cable.references.at(i);
            if (i > 0)
                out += QStringLiteral("<br/>");
            if (!ref.letter.isEmpty())
                out += esc(ref.letter) + QStringLiteral(". ");
            const QString label = esc(ref.text);
            if (ref.isCable()) {
                const bool missing = missingReferences.contains(i);
                out += linkStart(QString::fromLatin1(ReferenceScheme) + u':' + QString::number(i), missing, c) + label
                    + QStringLiteral("</a>");
                if (missing)
                    out += QStringLiteral(" <span style=\"color:") + c.muted.name() + QStringLiteral("\">")
                        + esc(tr("(not in the library)")) + QStringLiteral("</span>");
            } else {
                out += label;
            }
        }
        out += QStringLiteral("</p>");
    }

    for (int s = 0; s < cable.sections.size(); ++s) {
        const Section &section = cable.sections.at(s);
        if (!section.heading.isEmpty())
            out += QStringLiteral("<h3>") + esc(section.heading) + QStringLiteral("</h3>");
        for (int p = 0; p < section.paragraphs.size(); ++p) {
            const Paragraph &para = section.paragraphs.at(p);
            out += QStringLiteral("<p><a name=\"") + anchorName(para.anchor) + QStringLiteral("\"></a>");
            if (para.number > 0)
                out += QStringLiteral("<b>") + QString::number(para.number) + QStringLiteral(".</b> ");
            if (!para.mark.isEmpty())
                out += QStringLiteral("<span style=\"color:") + c.mark.name() + QStringLiteral("\">(") + esc(para.mark)
                    + QStringLiteral(")</span> ");
            out += paragraphHtml(para, s, p, c, missingReferences) + QStringLiteral("</p>");
        }
    }

    if (!cable.signature.isEmpty())
        out += QStringLiteral("<p align=\"right\"><b>") + esc(cable.signature) + QStringLiteral("</b></p>");
    out += QStringLiteral("</body></html>");
    return out;
}
}
