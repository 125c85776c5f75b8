// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Reftel
{
// A reading column's back/forward history, as in a web browser: opening a
// cable drops whatever was ahead, and each place remembers where the reader
// had scrolled to. Kept to Limit places; the oldest go first.
class NavigationHistory final
{
public:
    struct Place
    {
        QString cableId;
        int scroll = 0; // the body's vertical scroll position when the reader left
        bool operator==(const Place &) const = default;
    };

    static constexpr int Limit = 100;

    // A new cable is opened: it becomes the current place. The same cable
    // again (a reload) keeps the history as it is.
    void visit(const QString &cableId);
    // Remembers where the reader is in the current place before leaving it.
    void setCurrentScroll(int scroll);

    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_places.size(); }
    // Moves and returns the place to show; the current one when there is nowhere to go.
    Place back();
    Place forward();

    Place current() const { return m_current >= 0 ? m_places.at(m_current) : Place {}; }
    int size() const { return int(m_places.size()); }

private:
    QList<Place> m_places;
    qsizetype m_current = -1;
};
}
