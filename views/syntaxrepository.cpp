// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QPalette>

namespace Reftel
{
KSyntaxHighlighting::Repository &SyntaxRepository::instance()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::Definition SyntaxRepository::cableDefinition()
{
    return instance().definitionForName(QString::fromLatin1(CableSyntaxName));
}

KSyntaxHighlighting::Theme SyntaxRepository::themeFor(const QPalette &palette)
{
    return instance().themeForPalette(palette);
}
}
