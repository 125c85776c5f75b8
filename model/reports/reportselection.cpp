// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportselection.h"

#include "cablereader.h"
#include "cableselectionquery.h"
#include "librarydatabase.h"
#include "librarysearch.h"
#include "reportbuilder.h"
#include "searchquery.h"
#include "usertagstore.h"

#include <QLocale>
#include <QSet>

// The messages keep the context they were translated in: ReportBuilder's.

namespace Reftel
{
namespace
{
// The cables listed by id; an error for one the library does not hold.
QString addListed(const CableReader &cables, const QStringList &ids, QSet<QString> &chosen)
{
    for (const QString &id : ids) {
        const QString key = id.trimmed().toUpper();
        if (!cables.contains(key))
            return ReportBuilder::tr("%1: no such cable in the library.").arg(id);
        chosen.insert(key);
    }
    return {};
}

QString addFound(LibraryDatabase &library, const QString &text, QSet<QString> &chosen)
{
    const SearchQuery query = SearchQuery::parse(text);
    if (!query.isValid())
        return query.errorString();
    const LibrarySearch::Result result = library.search().search(query, LibrarySearch::CountLimit);
    if (!result.ok())
        return result.error;
    for (const LibrarySearch::Hit &hit : result.hits)
        chosen.insert(hit.cableId);
    return {};
}

// The cables carrying one of the tags (or a sub-tag), on the cable or on an annotation.
QString addTagged(LibraryDatabase &library, const CableReader &cables, const QStringList &names, QSet<QString> &chosen)
{
    const UserTagStore &tagStore = library.userTags();
    QSet<qint64> tagIds;
    for (const QString &name : names) {
        const QList<qint64> found = tagStore.find(name.trimmed());
        if (found.isEmpty())
            return ReportBuilder::tr("No tag is named “%1”.").arg(name);
        for (const qint64 id : found) {
            for (const qint64 sub : tagStore.subtree(id))
                tagIds.insert(sub);
        }
    }
    CableSelectionQuery selection(library);
    const std::optional<QStringList> tagged = selection.taggedWith(tagIds);
    if (!tagged)
        return ReportBuilder::tr("Could not read the tagged cables: %1").arg(selection.errorString());
    for (const QString &id : *tagged) {
        if (cables.contains(id))
            chosen.insert(id);
    }
    return {};
}
}

ReportSelection::ReportSelection(LibraryDatabase &library, const ReportOptions &options)
    : m_library(library)
    , m_options(options)
{
}

QString ReportSelection::describe(const ReportOptions &options)
{
    QStringList parts;
    if (!options.query.trimmed().isEmpty())
        parts << ReportBuilder::tr("the search “%1”").arg(options.query.trimmed());
    if (!options.tags.isEmpty())
        parts << ReportBuilder::tr("the tags %1").arg(options.tags.join(QStringLiteral(", ")));
    if (!options.ids.isEmpty()) {
        // A long list would fill the title page: the first ones and a count.
        constexpr qsizetype Shown = 12;
        QStringList ids;
        for (const QString &id : options.ids.mid(0, Shown))
            ids << id.trimmed().toUpper();
        QString list = ids.join(QStringLiteral(", "));
        if (options.ids.size() > Shown)
            list = ReportBuilder::tr("%1 and %2 more").arg(list, QLocale().toString(options.ids.size() - Shown));
        parts << ReportBuilder::tr("the cables %1").arg(list);
    }
    return parts.join(ReportBuilder::tr("; "));
}

QStringList ReportSelection::cables()
{
    m_error.clear();
    if (!m_options.hasSelection()) {
        m_error = ReportBuilder::tr("Choose the cables of the report: ids, a search or tags.");
        return {};
    }
    QSet<QString> chosen;
    const CableReader &cables = m_library.cables();
    m_error = addListed(cables, m_options.ids, chosen);
    if (m_error.isEmpty() && !m_options.query.trimmed().isEmpty())
        m_error = addFound(m_library, m_options.query, chosen);
    if (m_error.isEmpty() && !m_options.tags.isEmpty())
        m_error = addTagged(m_library, cables, m_options.tags, chosen);
    if (!m_error.isEmpty())
        return {};
    const QStringList ids = CableSelectionQuery(m_library).byCreated(chosen);
    if (ids.isEmpty())
        m_error = ReportBuilder::tr("No cable in the library matches %1.").arg(describe(m_options));
    return ids;
}
}
