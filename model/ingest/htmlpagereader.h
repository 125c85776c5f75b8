// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawcable.h"

#include <QStringView>

namespace Reftel
{
// A WikiLeaks cable page: metadata in <table class='cable'>, the telegram in
// <pre> blocks. Only the table, the title and the <pre> blocks are read, so
// scripts, styles and the navigation never reach the telegram.
class HtmlPageReader final
{
public:
    static bool accepts(QStringView text);
    static RawCable read(const QString &text);
    // Markup removed, entities decoded, paragraph anchors ("¶") dropped.
    static QString toPlainText(QStringView html);
};
}
