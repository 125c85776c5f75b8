// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "importsummarydialog.h"
#include "librarydatabase.h"

#include <QProgressDialog>
#include <QThread>
#include <QWidget>

#include <utility>

namespace Reftel
{
ImportController::ImportController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qRegisterMetaType<LibraryImporter::Summary>();
}

ImportController::~ImportController()
{
    if (m_thread) {
        cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

void ImportController::completeIndexing(const LibraryLocation &library)
{
    if (m_thread)
        return;
    m_indexOnly = true;
    start(library, {});
    if (m_progress)
        m_progress->setLabelText(tr("Indexing the cables an interrupted import stored…"));
}

void ImportController::start(const LibraryLocation &location, const QStringList &paths)
{
    if (m_thread || (paths.isEmpty() && !m_indexOnly))
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("import"));

    m_progress = new QProgressDialog(tr("Importing cables…"), tr("Stop"), 0, 1000, m_window);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);

    // The worker opens its own connection: a connection belongs to one thread.
    auto *worker = new QObject;
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(m_thread, &QThread::started, worker,
        [this, worker, location, paths, program = m_workerProgram, timeout = m_documentTimeoutMs] {
            LibraryDatabase library;
            LibraryImporter::Summary summary;
            if (!library.open(location)) {
                LibraryImporter::Outcome failure;
                failure.source = location.toText();
                failure.status = LibraryImporter::Outcome::Status::Failed;
                failure.reason = library.errorString();
                summary.failed = 1;
                summary.failures << failure;
            } else {
                LibraryImporter importer(library);
                if (!program.isEmpty())
                    importer.setWorkerProgram(program);
                if (timeout > 0)
                    importer.setDocumentTimeout(timeout);
                m_importer.store(&importer);
                connect(
                    &importer, &LibraryImporter::progress, this,
                    [this](qint64 done, qint64 total) {
                        if (m_progress && total > 0)
                            m_progress->setValue(int(done * 1000 / total));
                    },
                    Qt::QueuedConnection);
                connect(
                    &importer, &LibraryImporter::indexing, this,
                    [this](qint64 done, qint64 total) {
                        if (!m_progress || total <= 0)
                            return;
                        m_progress->setLabelText(tr("Indexing for search…"));
                        m_progress->setValue(int(done * 1000 / total));
                    },
                    Qt::QueuedConnection);
                connect(
                    &importer, &LibraryImporter::waiting, this,
                    [this](const QString &message) {
                        if (m_progress)
                            m_progress->setLabelText(message);
                    },
                    Qt::QueuedConnection);
                summary = importer.run(paths);
                m_importer.store(nullptr);
            }
            QMetaObject::invokeMethod(this, [this, summary] { done(summary); }, Qt::QueuedConnection);
            Q_UNUSED(worker);
        });
    m_thread->start();
}

void ImportController::cancel()
{
    // The importer's cancel is an atomic flag: safe from this thread.
    if (LibraryImporter *importer = m_importer.load())
        importer->cancel();
}

void ImportController::done(const LibraryImporter::Summary &summary)
{
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    Q_EMIT finished(summary);
    const bool indexOnly = std::exchange(m_indexOnly, false);
    if (m_showSummary && (!indexOnly || !summary.ok())) {
        auto *dialog = new ImportSummaryDialog(summary, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
}
}
