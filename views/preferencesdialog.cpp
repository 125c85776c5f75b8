// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Reftel
{
PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_initial(preferences)
    , m_font(new QFontComboBox(this))
    , m_size(new QSpinBox(this))
    , m_colours(new QComboBox(this))
    , m_author(new QLineEdit(this))
    , m_library(new QLineEdit(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_font->setCurrentFont(preferences.readingFont);
    m_font->setAccessibleName(tr("Reading font"));
    m_size->setRange(6, 48);
    m_size->setSuffix(tr(" pt"));
    m_size->setValue(qRound(preferences.readingFont.pointSizeF() > 0 ? preferences.readingFont.pointSizeF() : 11));
    m_size->setAccessibleName(tr("Reading font size"));
    m_colours->addItem(tr("As the system"), int(Preferences::ColourScheme::System));
    m_colours->addItem(tr("Light"), int(Preferences::ColourScheme::Light));
    m_colours->addItem(tr("Dark"), int(Preferences::ColourScheme::Dark));
    m_colours->setCurrentIndex(m_colours->findData(int(preferences.colours)));
    m_colours->setAccessibleName(tr("Colours"));
    m_author->setText(preferences.author);
    m_author->setPlaceholderText(
        Preferences::systemUserName().isEmpty() ? tr("Your name") : Preferences::systemUserName());
    m_author->setAccessibleName(tr("Author name"));
    m_author->setToolTip(tr("Signs the annotations you make"));
    m_library->setText(preferences.defaultLibrary);
    m_library->setPlaceholderText(tr("The library used last"));
    m_library->setAccessibleName(tr("Default library"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseLibrary);

    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_size);
    auto *libraryRow = new QHBoxLayout;
    libraryRow->addWidget(m_library, 1);
    libraryRow->addWidget(browse);

    auto *form = new QFormLayout;
    // A row holding a layout gets no buddy from QFormLayout: without one the
    // label would show its "&" instead of underlining the key.
    auto *fontLabel = new QLabel(tr("Reading &font:"), this);
    fontLabel->setBuddy(m_font);
    form->addRow(fontLabel, fontRow);
    form->addRow(tr("&Colours:"), m_colours);
    form->addRow(tr("&Author name:"), m_author);
    auto *libraryLabel = new QLabel(tr("Default &library:"), this);
    libraryLabel->setBuddy(m_library);
    form->addRow(libraryLabel, libraryRow);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const QFont font = Preferences::defaultReadingFont();
        m_font->setCurrentFont(font);
        m_size->setValue(qRound(font.pointSizeF()));
        m_colours->setCurrentIndex(m_colours->findData(int(Preferences::ColourScheme::System)));
        m_author->setText(Preferences::systemUserName());
        m_library->clear();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = m_initial;
    p.readingFont = m_font->currentFont();
    p.readingFont.setPointSize(m_size->value());
    p.colours = Preferences::ColourScheme(m_colours->currentData().toInt());
    p.author = m_author->text().trimmed().isEmpty() ? Preferences::systemUserName() : m_author->text().trimmed();
    p.defaultLibrary = m_library->text().trimmed();
    return p;
}

void PreferencesDialog::chooseLibrary()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Default Library"), m_library->text(),
        tr("Reftel libraries (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_library->setText(file);
}
}
