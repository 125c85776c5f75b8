// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationhistory.h"

namespace Reftel
{
void NavigationHistory::visit(const QString &cableId)
{
    if (m_current >= 0 && m_places.at(m_current).cableId == cableId)
        return;
    m_places.resize(m_current + 1);
    m_places.append({ cableId, 0 });
    if (m_places.size() > Limit)
        m_places.removeFirst();
    m_current = m_places.size() - 1;
}

void NavigationHistory::setCurrentScroll(int scroll)
{
    if (m_current >= 0)
        m_places[m_current].scroll = scroll;
}

NavigationHistory::Place NavigationHistory::back()
{
    if (canGoBack())
        --m_current;
    return current();
}

NavigationHistory::Place NavigationHistory::forward()
{
    if (canGoForward())
        ++m_current;
    return current();
}
}
