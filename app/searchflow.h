// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace Reftel
{
class BodyView;
class CableView;
class FacetModel;
class LibraryDatabase;
class LibraryListModel;
class LibraryPane;
class ReadingArea;

// The window's search: the query typed in the library pane, the list and
// the facets it filters, the words it highlights in every column, a cable
// number recognised in it, and going from hit to hit (Go ▸ Next Match, Next
// Cable). What it cannot do itself (open a cable, report damage) it asks for.
class SearchFlow final : public QObject
{
    Q_OBJECT
public:
    SearchFlow(LibraryPane &pane, ReadingArea &reading, QObject *parent = nullptr);

    // The library's connection and models, or none while another opens.
    void setLibrary(LibraryDatabase *library, LibraryListModel *list, FacetModel *facets);

    void search(const QString &query);
    // Enter in the search field: a cable number as written opens its cable,
    // or lists the cables of each year that carry it.
    void confirmSearch();
    // A cable of the list just opened: at the paragraph its Match column
    // shows (the one with the most of the search's words).
    void showBestMatch(BodyView &body) const;
    // Go ▸ Next/Previous Match: the paragraphs holding the search's words.
    void goToMatch(int step);
    // Go ▸ Next/Previous Cable: the neighbour in the list, fetched if need be.
    void moveInList(int step);
    // A new column highlights what the others do.
    void highlightIn(CableView &view) const;

    // The query of the current search result ("" with none), for the report and the status.
    QString searchText() const { return m_searchText; }
    // The cables the search text names as a cable number ("RIO DE JANEIRO 138").
    QStringList numberedIds() const { return m_numberedIds; }

    // The words of a query worth highlighting in the text: not its field
    // filters, not its operators.
    static QStringList highlightTerms(const QString &query);

Q_SIGNALS:
    void cableWanted(const QString &id);
    void damageFound(const QString &path, const QString &problem);
    void message(const QString &text, int timeout);

private:
    LibraryPane &m_pane;
    ReadingArea &m_reading;
    LibraryDatabase *m_library = nullptr;
    LibraryListModel *m_list = nullptr;
    FacetModel *m_facets = nullptr;
    QString m_searchText;
    QStringList m_numberedIds;
    QStringList m_highlightTerms;
};
}
