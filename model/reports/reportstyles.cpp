// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstyles.h"

#include "reportdocument.h"

#include <QStringList>
#include <QTextOption>

namespace Reftel
{
const QColor ReportStyles::MutedText(0x55, 0x5b, 0x66);
const QColor ReportStyles::AccentText(0x1f, 0x3a, 0x5f);

namespace
{
// Ligatures ("fi", "ffi") come out of a PDF as one character, so a search
// for "officer" in a viewer would miss "oﬃcer": off.
QFont font(const QStringList &families, QFont::StyleHint hint, qreal points, QFont::Weight weight)
{
    QFont made;
    made.setFamilies(families);
    made.setStyleHint(hint);
    made.setPointSizeF(points);
    made.setWeight(weight);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    made.setFeature(QFont::Tag("liga"), 0);
#endif
    return made;
}
}

qreal ReportStyles::pt(qreal points)
{
    return ReportDocument::fromPoints(points);
}

QColor ReportStyles::highlight(const QColor &colour)
{
    return QColor::fromRgbF(
        0.55f + 0.45f * colour.redF(), 0.55f + 0.45f * colour.greenF(), 0.55f + 0.45f * colour.blueF());
}

QFont ReportStyles::serif(qreal points, QFont::Weight weight)
{
    return font({ QStringLiteral("DejaVu Serif"), QStringLiteral("Liberation Serif"), QStringLiteral("Noto Serif"),
                    QStringLiteral("serif") },
        QFont::Serif, points, weight);
}

QFont ReportStyles::sans(qreal points, QFont::Weight weight)
{
    return font({ QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Noto Sans"),
                    QStringLiteral("sans-serif") },
        QFont::SansSerif, points, weight);
}

QTextCharFormat ReportStyles::charFormat(const QFont &font, const QColor &colour)
{
    QTextCharFormat format;
    format.setFont(font);
    format.setForeground(colour);
    return format;
}

QTextBlockFormat ReportStyles::blockFormat(qreal topPt, qreal bottomPt, qreal leftPt)
{
    QTextBlockFormat format;
    format.setTopMargin(pt(topPt));
    format.setBottomMargin(pt(bottomPt));
    format.setLeftMargin(pt(leftPt));
    format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    return format;
}

QTextBlockFormat ReportStyles::entryFormat()
{
    // Tab positions are read as 1/96 inch and scaled to the layout's
    // resolution, unlike margins (layout units): give them in those.
    auto tabAt = [](qreal points) { return points * 96.0 / 72.0; };
    QTextBlockFormat format = blockFormat(0, 3, 34);
    format.setTextIndent(-pt(34));
    format.setTabPositions(
        { QTextOption::Tab(tabAt(24), QTextOption::RightTab), QTextOption::Tab(tabAt(34), QTextOption::LeftTab) });
    return format;
}

QTextBlockFormat ReportStyles::pageBreakBefore(QTextBlockFormat format)
{
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    return format;
}
}
