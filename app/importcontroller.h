// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libraryimporter.h"
#include "librarylocation.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>

class QProgressDialog;
class QThread;
class QWidget;

namespace Reftel
{
// Runs an import in the background, on its own thread and its own connection
// to the library, behind a cancellable progress dialog, and shows what it did.
// The documents are parsed in parser processes (see ParseWorkerPool), never
// in the window's: a file that crashes the parser is reported, and the
// window, with whatever the analyst had not saved, stays.
class ImportController final : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(QWidget *window);
    ~ImportController() override;

    bool isRunning() const { return m_thread != nullptr; }
    // The location with its password, if one was typed: the import's
    // connection is a second one to the same library.
    void start(const LibraryLocation &library, const QStringList &paths);
    // Indexes what an import that was stopped (killed) stored without
    // indexing it, behind the same progress dialog; finished() follows.
    void completeIndexing(const LibraryLocation &library);
    void cancel();
    // Tests and scripts: no summary dialog at the end.
    void setShowSummary(bool show) { m_showSummary = show; }
    // The parser program the import runs documents through (reftel-parse
    // beside this executable by default), and its time limit per document;
    // the tests give a faulty one and a shorter limit.
    void setWorkerProgram(const QString &program) { m_workerProgram = program; }
    void setDocumentTimeout(int milliseconds) { m_documentTimeoutMs = milliseconds; }

Q_SIGNALS:
    void finished(const Reftel::LibraryImporter::Summary &summary);

private:
    void done(const LibraryImporter::Summary &summary);

    QWidget *m_window = nullptr;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::atomic<LibraryImporter *> m_importer = nullptr; // lives on m_thread; cancel() reads it from here
    bool m_showSummary = true;
    QString m_workerProgram;
    int m_documentTimeoutMs = 0; // 0: the importer's own
    bool m_indexOnly = false;
};
}
