// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QSplitter;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;

namespace Reftel
{
class FacetPane;
class PlaceholderLabel;

// The cable list on the left of the window, with the search field above it.
// The list shows whatever model it is given (the library list); typing in the
// field asks, after a short pause, for the list to be narrowed.
class LibraryPane final : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPane(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void setFacetModel(QAbstractItemModel *model);
    FacetPane *facetPane() const { return m_facets; }
    // The Match column (the hit in context) is shown while the query has words to find.
    void setShowsMatches(bool shows);
    // The columns the reader chose (the list's header menu); by default the
    // reference, the date and the subject, since lists are read by subject.
    // Kept with QSettings between runs. The reference always shows.
    bool isColumnShown(int column) const;
    void setColumnShown(int column, bool shown);
    // The header's menu: one checkable entry a column.
    QMenu *columnMenu();
    // Adds a filter to the search text, or takes it out when on, and searches at once.
    void toggleFilter(const QString &filterText, bool active);
    QLineEdit *searchField() const { return m_search; }
    QTableView *cableList() const { return m_list; }
    void setStatus(const QString &text);
    // Shown over the empty list of a search that found nothing: why, and
    // what would find something. Empty hides it.
    void setEmptyText(const QString &text);
    QString emptyText() const;
    bool showsEmptyText() const;
    void focusSearch();

    // How long typing must pause before the list is narrowed.
    static constexpr int SearchDelayMs = 250;

Q_SIGNALS:
    void searchRequested(const QString &query);
    // Enter in the search field, after searchRequested for the same text.
    void searchConfirmed(const QString &query);
    // Double-click or Enter on a cable; otherColumn with Ctrl.
    void cableActivated(const QString &id, bool otherColumn);
    void currentCableChanged(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index, bool otherColumn);
    void applyColumns();

    QLineEdit *m_search = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_status = nullptr;
    QSplitter *m_split = nullptr;
    FacetPane *m_facets = nullptr;
    QTimer *m_debounce = nullptr;
    QMenu *m_columnMenu = nullptr;
    PlaceholderLabel *m_empty = nullptr;
    QList<int> m_hiddenColumns;
    bool m_showsMatches = false;
};
}
