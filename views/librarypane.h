// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace Reftel
{
// The cable list on the left of the window, with the search field above it.
class LibraryPane final : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPane(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *cableList() const { return m_list; }

private:
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
};
}
