// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycopyflow.h"

#include "librarydatabase.h"

#include <QLocale>
#include <QProgressDialog>

namespace Reftel
{
LibraryCopyFlow::Outcome LibraryCopyFlow::run(
    QWidget *parent, const LibraryDatabase &library, const LibraryLocation &target, const Confirm &confirmReplace)
{
    Outcome outcome;
    LibraryDatabase source;
    LibraryDatabase copy;
    if (!source.openForReading(library.location())) {
        outcome.message = source.errorString();
        return outcome;
    }
    if (!copy.open(target)) {
        outcome.message = copy.errorString();
        return outcome;
    }
    const QString name = target.toText();
    bool replace = false;
    if (LibraryCopier::holdsData(copy)) {
        replace = confirmReplace
            && confirmReplace(tr("%1 already holds a library. Replace everything it holds with a copy of %2?")
                    .arg(name, library.path()));
        if (!replace) {
            outcome.message = tr("Nothing was copied: %1 already holds a library.").arg(name);
            return outcome;
        }
    }
    QProgressDialog progress(tr("Copying the library to %1…").arg(name), tr("Stop"), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("copyProgress"));
    progress.setWindowTitle(tr("Copy Library to Server"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    LibraryCopier copier(source, copy);
    // A modal progress dialog takes the events while it is shown, so its Stop
    // button is read between two batches.
    copier.setProgress([&progress](qint64 done, qint64 total) {
        if (total > 0)
            progress.setValue(int(done * 1000 / total));
        return !progress.wasCanceled();
    });
    outcome.result = copier.copy(replace);
    progress.close();
    outcome.message = describe(outcome.result, name);
    return outcome;
}

QString LibraryCopyFlow::describe(const LibraryCopier::Result &result, const QString &target)
{
    const QLocale locale;
    const auto of = [&](const QString &table) {
        return tr("%1 of %2")
            .arg(locale.toString(result.count(table, true)), locale.toString(result.count(table, false)));
    };
    if (result.cancelled)
        return tr("The copy was stopped. %1 holds %2 cables, %3 annotations, %4 tags and %5 drafts: all that it "
                  "holds is whole, and it can be copied again with Replace.")
            .arg(target, of(QStringLiteral("cables")), of(QStringLiteral("annotations")),
                of(QStringLiteral("user_tags")), of(QStringLiteral("annotation_drafts")));
    if (!result.completed)
        return result.error;
    return tr("Copied to %1: %2 cables, %3 annotations, %4 tags and %5 drafts; every table holds as many rows as "
              "the library.")
        .arg(target, locale.toString(result.count(QStringLiteral("cables"))),
            locale.toString(result.count(QStringLiteral("annotations"))),
            locale.toString(result.count(QStringLiteral("user_tags"))),
            locale.toString(result.count(QStringLiteral("annotation_drafts"))));
}
}
