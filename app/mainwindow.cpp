// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "annotationspane.h"
#include "librarypane.h"
#include "metadatapane.h"
#include "readingarea.h"
#include "referencespane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QIcon>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace Reftel
{
namespace
{
const auto GeometryKey = QStringLiteral("MainWindow/geometry");
const auto StateKey = QStringLiteral("MainWindow/state");
// Bump when the set of docks changes so an old saved state is not applied to a new layout.
constexpr int LayoutVersion = 1;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_library(new LibraryPane(this))
    , m_reading(new ReadingArea(this))
    , m_metadata(new MetadataPane(this))
    , m_references(new ReferencesPane(this))
    , m_annotations(new AnnotationsPane(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Reftel"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.reftel.Reftel.svg")));
    setDockNestingEnabled(true);
    setCentralWidget(m_reading);

    m_libraryDock = addPane(m_library, tr("Library"), QStringLiteral("libraryDock"), Qt::LeftDockWidgetArea);
    m_metadataDock = addPane(m_metadata, tr("Metadata"), QStringLiteral("metadataDock"), Qt::RightDockWidgetArea);
    m_referencesDock = addPane(m_references, tr("References"), QStringLiteral("referencesDock"), Qt::RightDockWidgetArea);
    m_annotationsDock = addPane(m_annotations, tr("Annotations"), QStringLiteral("annotationsDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(m_referencesDock, m_annotationsDock);
    m_referencesDock->raise();
    resizeDocks({m_libraryDock, m_metadataDock}, {300, 320}, Qt::Horizontal);

    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);

    m_defaultState = saveState(LayoutVersion);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addPane(QWidget *pane, const QString &title, const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(pane);
    dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Search Library"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(find, &QAction::triggered, this, [this] {
        m_libraryDock->show();
        m_libraryDock->raise();
        m_library->setFocus();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget *dock : {m_libraryDock, m_metadataDock, m_referencesDock, m_annotationsDock})
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Reftel"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray(), LayoutVersion);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState(LayoutVersion));
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, LayoutVersion);
    for (QDockWidget *dock : {m_libraryDock, m_metadataDock, m_referencesDock, m_annotationsDock})
        dock->show();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}
}
