// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchflow.h"

#include "bodyview.h"
#include "cableview.h"
#include "facetmodel.h"
#include "librarydatabase.h"
#include "librarylistmodel.h"
#include "librarypane.h"
#include "readingarea.h"
#include "referenceresolver.h"
#include "searchquery.h"
#include "snippetmaker.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>

#include <algorithm>

namespace Reftel
{
SearchFlow::SearchFlow(LibraryPane &pane, ReadingArea &reading, QObject *parent)
    : QObject(parent)
    , m_pane(pane)
    , m_reading(reading)
{
}

void SearchFlow::setLibrary(LibraryDatabase *library, LibraryListModel *list, FacetModel *facets)
{
    m_library = library;
    m_list = list;
    m_facets = facets;
}

QStringList SearchFlow::highlightTerms(const QString &query)
{
    static const QRegularExpression token(QStringLiteral("-?\\w+:(\"[^\"]*\"|\\S+)|\"([^\"]+)\"|([\\w.'-]+\\*?)"),
        QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = token.globalMatch(query);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(2).isEmpty())
            terms << m.captured(2);
        else if (!m.captured(3).isEmpty()) {
            const QString word = m.captured(3);
            if (word != QLatin1String("AND") && word != QLatin1String("OR") && word != QLatin1String("NOT"))
                terms << word;
        }
    }
    return terms;
}

void SearchFlow::confirmSearch()
{
    if (m_numberedIds.size() == 1) {
        Q_EMIT cableWanted(m_numberedIds.constFirst());
    } else if (m_numberedIds.size() > 1) {
        QStringList filters;
        for (const QString &id : std::as_const(m_numberedIds))
            filters.append(QStringLiteral("id:") + id);
        m_pane.searchField()->setText(filters.join(u' '));
        search(m_pane.searchField()->text());
    }
}

void SearchFlow::search(const QString &query)
{
    if (!m_list)
        return;
    const SearchQuery parsed = SearchQuery::parse(query);
    if (!parsed.isValid()) {
        m_pane.setStatus(parsed.errorString());
        return;
    }
    m_searchText = parsed.isEmpty() ? QString() : query.trimmed(); // before the list resets: its status reads it
    // Words only, with a number among them: the text may be a cable number
    // as a REF line writes it, read as the references are.
    m_numberedIds.clear();
    if (!query.contains(u':') && std::any_of(query.cbegin(), query.cend(), [](QChar c) { return c.isDigit(); }))
        m_numberedIds = m_library->references().idsFor(query);
    m_list->setQuery(parsed);
    if (const QStringList problems = m_library->checkDamage(); !problems.isEmpty())
        Q_EMIT damageFound(m_library->path(), problems.join(u'\n'));
    m_pane.setShowsMatches(!parsed.ftsMatch().isEmpty());
    if (m_facets)
        m_facets->setQuery(parsed);
    m_highlightTerms = highlightTerms(query);
    for (CableView *view : m_reading.views())
        view->bodyView()->setHighlightTerms(m_highlightTerms);
}

void SearchFlow::highlightIn(CableView &view) const
{
    view.bodyView()->setHighlightTerms(m_highlightTerms);
}

void SearchFlow::showBestMatch(BodyView &body) const
{
    const SnippetMaker maker(m_list ? m_list->query().terms() : QList<SearchQuery::Term> {});
    if (maker.isEmpty())
        return;
    const QList<const Paragraph *> paragraphs = body.cable().paragraphs();
    QStringList texts;
    for (const Paragraph *paragraph : paragraphs)
        texts << paragraph->text;
    if (const qsizetype best = maker.best(texts); best >= 0) {
        const QString anchor = paragraphs.at(best)->anchor;
        if (!body.goToMatchIn(anchor))
            body.scrollToParagraph(anchor);
    }
}

void SearchFlow::moveInList(int step)
{
    QTableView *list = m_pane.cableList();
    if (!list->model())
        return;
    const int row = list->currentIndex().isValid() ? list->currentIndex().row() + step : 0;
    if (row >= list->model()->rowCount() && m_list && m_list->canFetchMore({}))
        m_list->fetchMore({});
    if (row < 0 || row >= list->model()->rowCount())
        return;
    const QModelIndex index = list->model()->index(row, 0);
    list->setCurrentIndex(index);
    Q_EMIT cableWanted(m_list->cableId(row));
}

void SearchFlow::goToMatch(int step)
{
    CableView *view = m_reading.currentView();
    if (!view)
        return;
    view->setShowOriginal(false);
    BodyView *body = view->bodyView();
    // The strings keep the window's translation context: they moved here from it.
    if (!(step > 0 ? body->nextMatch() : body->previousMatch()))
        Q_EMIT message(m_highlightTerms.isEmpty() ? QCoreApplication::translate("Reftel::MainWindow",
                                                        "No search words to go to: search the library first (Ctrl+K).")
                                                  : QCoreApplication::translate("Reftel::MainWindow",
                                                        "No paragraph of this cable holds the search words."),
            8000);
}
}
