// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydamagedialog.h"

#include "librarysalvage.h"

#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace Reftel
{
void LibraryDamageDialog::show(QMainWindow &window, const QString &path, const QString &problem, const Opener &open)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("The Library Is Damaged"),
        tr("The library %1 is damaged, so Reftel does not read from it: what it answered could be wrong or "
           "incomplete.\n\nReftel changed nothing in it. You can save what is still readable into a new library "
           "and open that one; the damaged file stays as it is.")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Close, &window);
    box->setObjectName(QStringLiteral("damagedLibraryDialog"));
    box->setDetailedText(problem);
    QPushButton *salvageButton = box->addButton(tr("Save a Salvaged Copy…"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        box, &QMessageBox::buttonClicked, &window, [&window, salvageButton, path, open](QAbstractButton *button) {
            if (button == salvageButton)
                salvage(window, path, open);
        });
    box->open();
}

void LibraryDamageDialog::salvage(QMainWindow &window, const QString &path, const Opener &open)
{
    const QString target = QFileDialog::getSaveFileName(
        &window, tr("Save a Salvaged Copy"), LibrarySalvage::suggestedPath(path), tr("Reftel libraries (*.sqlite)"));
    if (target.isEmpty())
        return;
    const LibrarySalvage::Report report = LibrarySalvage::salvage(path, target);
    if (!report.ok()) {
        QMessageBox::warning(&window, tr("Save a Salvaged Copy"), report.error);
        return;
    }
    open(target);
    window.statusBar()->showMessage(
        tr("Opened the salvaged copy %1: %n cable(s).", nullptr, int(report.copied(QStringLiteral("cables"))))
            .arg(QDir::toNativeSeparators(target)),
        15000);
}
}
