// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Reftel
{
class PlaceholderLabel;

// The references dock of the main window.
class ReferencesPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ReferencesPane(QWidget *parent = nullptr);

private:
    PlaceholderLabel *m_placeholder = nullptr;
};
}
