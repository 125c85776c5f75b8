// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace Reftel
{
class PlaceholderLabel;

// The middle of the window, where open cables are read.
class ReadingArea final : public QWidget
{
    Q_OBJECT
public:
    explicit ReadingArea(QWidget *parent = nullptr);

private:
    PlaceholderLabel *m_placeholder = nullptr;
};
}
