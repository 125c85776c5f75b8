// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionregistry.h"

namespace Reftel
{
// Reftel's actions and menus as data: every id, text, icon and default key
// in one table, the menus as lists of ids. The window registers them
// (ActionRegistry) and connects what it does; the annotation controller
// connects its own. Texts keep the translation context of the class that
// used to make them, so the translations still find them.
class ActionCatalog final
{
public:
    // The scope of the reading area: its keys work while it has the focus.
    static QString readingScope() { return QStringLiteral("reading"); }

    static QList<ActionRegistry::Spec> actions();
    // Submenus first, then the menu bar's menus in their order.
    static QList<ActionRegistry::MenuSpec> menus();
};
}
