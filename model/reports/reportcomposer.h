// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "cable.h"
#include "referenceresolver.h"
#include "reportdocument.h"
#include "reportoptions.h"
#include "reportstyles.h"
#include "usertag.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTextCursor>

#include <map>

namespace Reftel
{
// Writes a report's parts in order through one cursor: the title page and
// the contents, a chapter per cable, the tag index, then the counts on the
// title page. It knows no library: the caller reads the cables, their
// annotations and references, and hands them over one at a time.
class ReportComposer final
{
    Q_DISABLE_COPY_MOVE(ReportComposer)
public:
    // ids: the cables of the report, in chapter order (for the contents and
    // the links between chapters). report, options and tags outlive this.
    ReportComposer(ReportDocument &report, const ReportOptions &options, const QHash<qint64, UserTag> &tags,
        const QStringList &ids);

    // Ends the edit without the tag index and counts (a cancelled build).
    void abandon() { m_cursor.endEditBlock(); }
    // Chapter index of ids; annotations are anchored here to this text.
    void chapter(qsizetype index, const Cable &cable, QList<Annotation> annotations,
        const QList<ReferenceResolver::Link> &links);
    void finish();

private:
    struct IndexEntry
    {
        QString cableId;
        QString label; // ¶5
        QString subject;
        int block = 0;
    };

    void heading(
        const QString &text, const QTextCharFormat &format, const QTextBlockFormat &block, const QString &anchor = {});
    void metaLine(const QString &label, const QString &value);
    void titlePage();
    void contents(qsizetype cables);
    void cableHeader(const Cable &cable);
    void references(const QList<ReferenceResolver::Link> &links);
    void body(const Cable &cable, const QString &subject, const QList<Annotation> &annotations);
    void writeParagraph(
        const Cable &cable, const Paragraph &paragraph, const QString &subject, QList<const Annotation *> here);
    void paragraphText(const Paragraph &paragraph, const QList<const Annotation *> &here,
        const QHash<const Annotation *, int> &numbers);
    int notes(const QList<const Annotation *> &here, const QHash<const Annotation *, int> &numbers);
    void detachedNotes(const QList<const Annotation *> &detached);
    void tagIndex();
    QColor tagColour(const Annotation &annotation) const;

    ReportDocument &m_report;
    const ReportOptions &m_options;
    const QHash<qint64, UserTag> &m_tags;
    const QSet<QString> m_inReport;
    const ReportStyles m_styles;
    QTextCursor m_cursor;
    int m_countsBlock = 0;
    QList<int> m_tocBlocks;
    int m_tagIndexTocBlock = -1;
    std::map<QString, QList<IndexEntry>> m_tagIndex; // by path
};
}
