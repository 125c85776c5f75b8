// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences.h"

#include <QDialog>

class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace Reftel
{
// Edit ▸ Preferences: reading font and size, colours, the author name that
// signs annotations, and the library opened at start.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;

    QFontComboBox *fontBox() const { return m_font; }
    QSpinBox *sizeBox() const { return m_size; }
    QComboBox *coloursBox() const { return m_colours; }
    QLineEdit *authorField() const { return m_author; }
    QLineEdit *libraryField() const { return m_library; }

private:
    void chooseLibrary();

    Preferences m_initial;
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_size = nullptr;
    QComboBox *m_colours = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_library = nullptr;
};
}
