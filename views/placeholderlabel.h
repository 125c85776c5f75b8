// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Reftel
{
// The centred, muted text a pane shows while it has nothing to show yet.
class PlaceholderLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit PlaceholderLabel(const QString &text, QWidget *parent = nullptr);
};
}
