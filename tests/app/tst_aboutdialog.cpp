// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "reftelversion.h"

#include <QLabel>
#include <QTest>

using namespace Reftel;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesVersionAndLicence()
    {
        AboutDialog dialog;
        auto *text = dialog.findChild<QLabel *>(QStringLiteral("aboutText"));
        QVERIFY(text);
        QVERIFY(text->text().contains(QStringLiteral(REFTEL_VERSION)));
        QVERIFY(text->text().contains(QStringLiteral("GNU General Public License")));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
