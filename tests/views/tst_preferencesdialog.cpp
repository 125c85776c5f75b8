// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "colourscheme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    // "Reading &font:" underlines the F and Alt+F goes to the font: every label with a mnemonic has a buddy.
    void mnemonicLabelsHaveBuddies()
    {
        PreferencesDialog dialog(
            Preferences::load(QSettings(m_dir.filePath(QStringLiteral("m.ini")), QSettings::IniFormat)));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        int mnemonics = 0;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            const QString text = QString(label->text()).remove(QStringLiteral("&&"));
            if (!text.contains(u'&'))
                continue;
            ++mnemonics;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        QCOMPARE(mnemonics, 4);
        auto *font = dialog.findChild<QFontComboBox *>();
        QTest::keyClick(&dialog, Qt::Key_F, Qt::AltModifier);
        QVERIFY(font->hasFocus());
        QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
        QVERIFY(dialog.findChildren<QLineEdit *>().size() >= 2);
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Default library"));
    }

    void storedAndReadBack()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        const Preferences fresh = Preferences::load(settings);
        QCOMPARE(fresh.colours, Preferences::ColourScheme::System);
        QCOMPARE(fresh.author, Preferences::systemUserName());
        QVERIFY(fresh.defaultLibrary.isEmpty());

        Preferences p = fresh;
        p.readingFont = QFont(QStringLiteral("DejaVu Serif"), 15);
        p.colours = Preferences::ColourScheme::Dark;
        p.author = QStringLiteral("A. Analyst");
        p.defaultLibrary = QStringLiteral("/data/cables.sqlite");
        p.save(settings);
        const Preferences back = Preferences::load(settings);
        QCOMPARE(back.readingFont.family(), QStringLiteral("DejaVu Serif"));
        QCOMPARE(back.readingFont.pointSize(), 15);
        QCOMPARE(back.colours, Preferences::ColourScheme::Dark);
        QCOMPARE(back.author, QStringLiteral("A. Analyst"));
        QCOMPARE(back.defaultLibrary, QStringLiteral("/data/cables.sqlite"));

        // Back to the system's name: nothing stored, so a renamed account is followed.
        p.author = Preferences::systemUserName();
        p.save(settings);
        QVERIFY(!settings.contains(QStringLiteral("Preferences/author")));
    }

    void dialogEditsACopy()
    {
        Preferences p;
        p.readingFont = QFont(QStringLiteral("DejaVu Sans"), 11);
        p.author = QStringLiteral("Someone");
        PreferencesDialog dialog(p);
        QCOMPARE(dialog.authorField()->text(), QStringLiteral("Someone"));
        QCOMPARE(dialog.sizeBox()->value(), 11);
        dialog.sizeBox()->setValue(16);
        dialog.coloursBox()->setCurrentIndex(dialog.coloursBox()->findData(int(Preferences::ColourScheme::Light)));
        dialog.authorField()->setText(QStringLiteral("  J. Doe "));
        dialog.libraryField()->setText(QStringLiteral("/tmp/x.sqlite"));
        const Preferences edited = dialog.preferences();
        QCOMPARE(edited.readingFont.pointSize(), 16);
        QCOMPARE(edited.colours, Preferences::ColourScheme::Light);
        QCOMPARE(edited.author, QStringLiteral("J. Doe"));
        QCOMPARE(edited.defaultLibrary, QStringLiteral("/tmp/x.sqlite"));
        // An emptied author field means the system's name, never an unsigned annotation.
        dialog.authorField()->clear();
        QCOMPARE(dialog.preferences().author, Preferences::systemUserName());
    }

    void restoreDefaults()
    {
        Preferences p;
        p.readingFont = QFont(QStringLiteral("DejaVu Sans"), 30);
        p.colours = Preferences::ColourScheme::Dark;
        p.author = QStringLiteral("Someone");
        p.defaultLibrary = QStringLiteral("/x.sqlite");
        PreferencesDialog dialog(p);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::RestoreDefaults)->click();
        const Preferences back = dialog.preferences();
        QCOMPARE(back.colours, Preferences::ColourScheme::System);
        QCOMPARE(back.author, Preferences::systemUserName());
        QVERIFY(back.defaultLibrary.isEmpty());
        QCOMPARE(back.readingFont.pointSize(), qRound(Preferences::defaultReadingFont().pointSizeF()));
    }

    void coloursSwitchAndComeBack()
    {
        const QPalette initial = QApplication::palette();
        ColourScheme::apply(Preferences::ColourScheme::Dark);
        QVERIFY(ColourScheme::isDark(QApplication::palette()));
        QWidget widget;
        QVERIFY(ColourScheme::isDark(widget.palette()));
        ColourScheme::apply(Preferences::ColourScheme::Light);
        QVERIFY(!ColourScheme::isDark(QApplication::palette()));
        ColourScheme::apply(Preferences::ColourScheme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), initial.color(QPalette::Window));
        // Text stays legible on its background in both palettes.
        for (const QPalette &p : { ColourScheme::lightPalette(), ColourScheme::darkPalette() }) {
            QVERIFY(qAbs(p.color(QPalette::Text).lightness() - p.color(QPalette::Base).lightness()) > 150);
            QVERIFY(qAbs(p.color(QPalette::Link).lightness() - p.color(QPalette::Base).lightness()) > 60);
        }
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
