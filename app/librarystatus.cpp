// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarystatus.h"

#include "cablereader.h"
#include "librarydatabase.h"
#include "librarylistmodel.h"
#include "librarypane.h"
#include "searchadvice.h"
#include "searchflow.h"

#include <QLocale>

#include <algorithm>

namespace Reftel
{
LibraryStatus::LibraryStatus(LibraryPane &pane, const SearchFlow &search)
    : m_pane(pane)
    , m_search(search)
{
}

void LibraryStatus::setLibrary(LibraryDatabase *library, const LibraryListModel *list)
{
    m_library = library;
    m_list = list;
}

void LibraryStatus::recountUnindexed()
{
    if (m_library)
        m_unindexed = std::max<qint64>(0, m_library->cables().unindexedCount());
}

void LibraryStatus::update()
{
    if (!m_list)
        return;
    const qint64 count = m_list->totalCount();
    const QString searchText = m_search.searchText();
    const QStringList numberedIds = m_search.numberedIds();
    m_pane.setEmptyText(count == 0 && !searchText.isEmpty() && m_library && numberedIds.isEmpty()
            ? SearchAdvice::noMatches(*m_library, searchText)
            : QString());
    if (m_unindexed > 0) {
        show(tr("%1 cables; %2 of them are being indexed, and searches do not find them yet.")
                .arg(QLocale().toString(count), QLocale().toString(m_unindexed)));
        return;
    }
    QString status = countText(count);
    if (numberedIds.size() == 1)
        status = tr("%1. “%2” is the number of cable %3: press Enter to open it.")
                     .arg(status, searchText, numberedIds.constFirst());
    else if (numberedIds.size() > 1)
        status = tr("%1. “%2” is the number of %3 cables of different years (%4): press Enter to list them.")
                     .arg(status, searchText, QLocale().toString(numberedIds.size()),
                         numberedIds.join(QStringLiteral(", ")));
    show(status);
}

void LibraryStatus::show(const QString &status)
{
    if (m_library && m_library->isServer())
        m_pane.setStatus(tr("Team library %1: %2").arg(m_library->location().displayName(), status));
    else
        m_pane.setStatus(status);
}

QString LibraryStatus::countText(qint64 count) const
{
    const QString total = QLocale().toString(count);
    // Singular and plural written out: the counts pass int and English has no numerus forms of its own here.
    if (m_list->query().isEmpty())
        return count == 1 ? tr("1 cable") : tr("%1 cables").arg(total);
    if (m_list->totalIsLowerBound())
        return tr("More than %1 cables match; the newest hits are listed. Add words or filters to narrow.").arg(total);
    return count == 1 ? tr("1 cable matches") : tr("%1 cables match").arg(total);
}
}
