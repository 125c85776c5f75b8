// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QDockWidget;
class QMenu;

namespace Reftel
{
class AnnotationsPane;
class LibraryPane;
class MetadataPane;
class ReadingArea;
class ReferencesPane;

// The composition root of the window: the library on the left, the reading
// area in the middle, metadata, references and annotations as docks.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QDockWidget *libraryDock() const { return m_libraryDock; }
    QDockWidget *metadataDock() const { return m_metadataDock; }
    QDockWidget *referencesDock() const { return m_referencesDock; }
    QDockWidget *annotationsDock() const { return m_annotationsDock; }

    void saveLayout() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *addPane(QWidget *pane, const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    void createMenus();
    void restoreLayout();
    void resetLayout();
    void showAbout();

    LibraryPane *m_library = nullptr;
    ReadingArea *m_reading = nullptr;
    MetadataPane *m_metadata = nullptr;
    ReferencesPane *m_references = nullptr;
    AnnotationsPane *m_annotations = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QDockWidget *m_metadataDock = nullptr;
    QDockWidget *m_referencesDock = nullptr;
    QDockWidget *m_annotationsDock = nullptr;
    QByteArray m_defaultState;
};
}
