// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Reftel
{
class LibraryDatabase;
class LibraryListModel;
class LibraryPane;
class SearchFlow;

// The line under the library's list: how many cables it holds or match,
// a cable number recognised in the search, the cables a killed import left
// unindexed while they are indexed, and advice when nothing matches. On a
// team library it also names the server's library, which the title alone
// may not show.
class LibraryStatus final
{
    // The strings moved here from the window: their translations stay its.
    Q_DECLARE_TR_FUNCTIONS(Reftel::MainWindow)
public:
    LibraryStatus(LibraryPane &pane, const SearchFlow &search);

    void setLibrary(LibraryDatabase *library, const LibraryListModel *list);
    // Reads again how many cables the search index lacks.
    void recountUnindexed();
    qint64 unindexed() const { return m_unindexed; }
    void update();

private:
    QString countText(qint64 count) const;
    void show(const QString &status);

    LibraryPane &m_pane;
    const SearchFlow &m_search;
    LibraryDatabase *m_library = nullptr;
    const LibraryListModel *m_list = nullptr;
    qint64 m_unindexed = 0; // cables the search index lacks (a killed import's), while they are indexed
};
}
