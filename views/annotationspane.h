// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Reftel
{
class PlaceholderLabel;

// The annotations dock of the main window.
class AnnotationsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationsPane(QWidget *parent = nullptr);

private:
    PlaceholderLabel *m_placeholder = nullptr;
};
}
