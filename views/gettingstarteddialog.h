// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace Reftel
{
// Help ▸ Getting Started: the first things to do, in the interface's
// language (the README's usage, short).
class GettingStartedDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The page as rich text, every sentence translated.
    static QString html();

private:
    QTextBrowser *m_browser = nullptr;
};
}
