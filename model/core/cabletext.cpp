// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cabletext.h"

#include "cable.h"

#include <QCoreApplication>

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::CableText", text);
}

QString codes(const QList<TagInfo> &tags)
{
    QStringList out;
    for (const TagInfo &tag : tags)
        out << tag.code;
    return out.join(u' ');
}
}

QString CableText::plainText(const Cable &c)
{
    QString out;
    auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out += label + QStringLiteral(": ") + value + u'\n';
    };
    line(tr("Reference ID"), c.id);
    if (c.created.isValid())
        line(tr("Created"), c.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    line(tr("Origin"), c.origin);
    line(tr("Classification"), c.classification);
    if (!c.routing.from.isEmpty())
        line(QStringLiteral("FM"), c.routing.from);
    if (!c.caveats.isEmpty())
        out += c.caveats.join(u' ') + u'\n';
    for (const QString &passing : c.passingInstructions)
        out += passing + u'\n';
    if (!c.declassification.isEmpty())
        out += QStringLiteral("E.O. 12958: DECL: ") + c.declassification + u'\n';
    const QString tagLine = QString(codes(c.subjectTags) + u' ' + codes(c.countryTags)).trimmed();
    if (!tagLine.isEmpty())
        out += QStringLiteral("TAGS: ") + tagLine + u'\n';
    if (!c.subject.isEmpty())
        out += QStringLiteral("SUBJECT: ") + c.subject + u'\n';
    if (!c.references.isEmpty()) {
        out += QStringLiteral("REF:");
        for (const Reference &r : c.references) {
            out += u' ';
            if (!r.letter.isEmpty())
                out += r.letter + QStringLiteral(". ");
            out += r.text;
        }
        out += u'\n';
    }
    if (!c.classifiedBy.isEmpty())
        out += QStringLiteral("Classified By: ") + c.classifiedBy.text + u'\n';

    for (const Section &section : c.sections) {
        out += u'\n';
        if (!section.heading.isEmpty())
            out += section.heading + QStringLiteral("\n\n");
        for (const Paragraph &p : section.paragraphs) {
            if (p.number > 0)
                out += QString::number(p.number) + QStringLiteral(". ");
            if (!p.mark.isEmpty())
                out += u'(' + p.mark + QStringLiteral(") ");
            out += p.text + QStringLiteral("\n\n");
        }
    }
    if (!c.signature.isEmpty())
        out += c.signature + u'\n';
    return out;
}
}
