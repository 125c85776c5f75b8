// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Reftel
{
// The one KSyntaxHighlighting repository of the program. Reftel's cable syntax
// is compiled in under :/org.kde.syntax-highlighting/syntax-addons, where the
// repository finds it without a custom search path.
class SyntaxRepository final
{
public:
    static KSyntaxHighlighting::Repository &instance();
    static KSyntaxHighlighting::Definition cableDefinition();
    // The default light or dark theme, whichever suits the palette's base colour.
    static KSyntaxHighlighting::Theme themeFor(const QPalette &palette);

    static constexpr auto CableSyntaxName = "Diplomatic Cable";
};
}
