// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "actioncatalog.h"
#include "actionregistry.h"
#include "annotationcontroller.h"
#include "annotationspane.h"
#include "bodyview.h"
#include "cablelink.h"
#include "cableopener.h"
#include "cableview.h"
#include "colourscheme.h"
#include "docklayout.h"
#include "facetmodel.h"
#include "importcontroller.h"
#include "importsources.h"
#include "importsummarydialog.h"
#include "librarycopyflow.h"
#include "librarydamagedialog.h"
#include "librarydatabase.h"
#include "librarylistmodel.h"
#include "libraryopener.h"
#include "librarypane.h"
#include "librarystatus.h"
#include "metadatapane.h"
#include "outlinepane.h"
#include "preferencesdialog.h"
#include "readingarea.h"
#include "referenceguide.h"
#include "referencespane.h"
#include "reportdialog.h"
#include "reportrequest.h"
#include "teamlibrarydialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace Reftel
{
MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_libraryPane(new LibraryPane(this))
    , m_reading(new ReadingArea(this))
    , m_metadata(new MetadataPane(this))
    , m_references(new ReferencesPane(this))
    , m_annotations(new AnnotationsPane(this))
    , m_outline(new OutlinePane(this))
    , m_import(new ImportController(this))
    , m_opener(new CableOpener(*m_reading, *m_metadata, *m_references, *m_outline, this))
    , m_search(new SearchFlow(*m_libraryPane, *m_reading, this))
    , m_status(std::make_unique<LibraryStatus>(*m_libraryPane, *m_search))
    , m_recent(new RecentLibraries(this))
{
    setAcceptDrops(true);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Reftel"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.reftel.Reftel.svg")));
    setDockNestingEnabled(true);
    setCentralWidget(m_reading);
    createDocks();
    connectPanes();
    createAnnotationController();
    connect(m_recent, &RecentLibraries::chosen, this, [this](const QString &value) { openLibrary(value); });
    m_askPassword = [this](const LibraryLocation &location) -> std::optional<QString> {
        const QString user = location.parameter(QStringLiteral("user"));
        bool ok = false;
        const QString password = QInputDialog::getText(this, tr("Password"),
            (user.isEmpty() ? tr("The server of %1 asks for your password.").arg(location.displayName())
                            : tr("The server of %1 asks for the password of %2.").arg(location.displayName(), user))
                + u'\n' + tr("Passwords are not saved: use ~/.pgpass or enter it each time"),
            QLineEdit::Password, QString(), &ok);
        return ok ? std::optional<QString>(password) : std::nullopt;
    };
    connect(m_import, &ImportController::finished, this, [this](const LibraryImporter::Summary &summary) {
        m_status->recountUnindexed();
        if (m_listModel)
            m_listModel->reload();
        if (m_facetModel)
            m_facetModel->reload();
        statusBar()->showMessage(tr("Import finished: %1").arg(ImportSummaryDialog::countsText(summary)), 15000);
    });
    createActions();
    setPreferences(Preferences::load(QSettings()));
    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
    m_layout = std::make_unique<DockLayout>(*this,
        QList<QDockWidget *> { m_libraryDock, m_metadataDock, m_referencesDock, m_annotationsDock, m_outlineDock });
    m_layout->restore();
}

void MainWindow::createDocks()
{
    m_libraryDock = addPane(m_libraryPane, tr("Library"), QStringLiteral("libraryDock"), Qt::LeftDockWidgetArea);
    m_metadataDock = addPane(m_metadata, tr("Metadata"), QStringLiteral("metadataDock"), Qt::RightDockWidgetArea);
    m_referencesDock =
        addPane(m_references, tr("References"), QStringLiteral("referencesDock"), Qt::RightDockWidgetArea);
    m_annotationsDock =
        addPane(m_annotations, tr("Annotations"), QStringLiteral("annotationsDock"), Qt::RightDockWidgetArea);
    m_outlineDock = addPane(m_outline, tr("Outline"), QStringLiteral("outlineDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(m_referencesDock, m_annotationsDock);
    tabifyDockWidget(m_annotationsDock, m_outlineDock);
    m_referencesDock->raise();
    resizeDocks({ m_libraryDock, m_metadataDock }, { 420, 340 }, Qt::Horizontal);
}

// What a pane asks for: a search, a cable, a paragraph, a reference followed.
void MainWindow::connectPanes()
{
    connect(m_libraryPane, &LibraryPane::searchRequested, m_search, &SearchFlow::search);
    connect(m_libraryPane, &LibraryPane::searchConfirmed, m_search, &SearchFlow::confirmSearch);
    connect(m_search, &SearchFlow::cableWanted, this, [this](const QString &id) { openCable(id); });
    connect(m_search, &SearchFlow::damageFound, this, &MainWindow::showDamage);
    connect(m_search, &SearchFlow::message, statusBar(), &QStatusBar::showMessage);
    connect(m_libraryPane, &LibraryPane::cableActivated, this,
        [this](const QString &id, bool other) { openSearchHit(id, other); });
    connect(m_reading, &ReadingArea::columnAdded, this, [this](CableView *view) {
        m_search->highlightIn(*view);
        // Whatever cable the column shows at the time of asking.
        view->bodyView()->setReferenceDescriber([this, view](const Reference &ref) {
            return m_library ? ReferenceGuide(*m_library).describe(view->cable().id, ref) : QString();
        });
        view->bodyView()->setMissingReferences([this](const Cable &cable) {
            return m_library ? ReferenceGuide(*m_library).missing(cable) : QSet<int> {};
        });
    });
    connect(m_reading, &ReadingArea::referenceActivated, this, &MainWindow::followReference);
    connect(m_reading, &ReadingArea::columnCountChanged, this, &MainWindow::fitColumns);
    connect(m_outline, &OutlinePane::paragraphActivated, this, [this](const QString &anchor) {
        if (CableView *view = m_reading->currentView())
            view->bodyView()->scrollToParagraph(anchor);
    });
    connect(m_references, &ReferencesPane::cableActivated, this,
        [this](const QString &id, bool other) { openSearchHit(id, other); });
    connect(m_metadata, &MetadataPane::tagActivated, this, [this](const QString &code) {
        m_libraryPane->searchField()->setText(QStringLiteral("tag:") + code);
        search(m_libraryPane->searchField()->text());
    });
}

void MainWindow::createAnnotationController()
{
    m_annotationController = new AnnotationController(*m_reading, *m_annotations, *m_outline, this);
    connect(m_opener, &CableOpener::published, m_annotationController, &AnnotationController::showCable);
    connect(m_annotationController, &AnnotationController::message, statusBar(), &QStatusBar::showMessage);
    connect(m_annotationController, &AnnotationController::annotationsPaneWanted, this, [this] {
        m_annotationsDock->show();
        m_annotationsDock->raise();
    });
    connect(
        m_annotationController, &AnnotationController::cableWanted, this, [this](const QString &id) { openCable(id); });
    connect(m_annotationController, &AnnotationController::authorChosen, this, [this](const QString &name) {
        Preferences preferences = m_preferences;
        preferences.author = name;
        setPreferences(preferences);
    });
}

MainWindow::~MainWindow()
{
    closeLibrary();
}

void MainWindow::closeLibrary()
{
    m_annotationController->setLibrary(nullptr);
    m_opener->setLibrary(nullptr);
    m_search->setLibrary(nullptr, nullptr, nullptr);
    m_status->setLibrary(nullptr, nullptr);
    // The models read through the connection: they go first.
    m_libraryPane->cableList()->setModel(nullptr);
    m_libraryPane->setFacetModel(nullptr);
    m_facetModel.reset();
    m_listModel.reset();
    m_library.reset();
}

bool MainWindow::openLibrary(const QString &value)
{
    return openLibrary(LibraryLocation::fromText(value));
}

bool MainWindow::openLibrary(const LibraryLocation &location)
{
    LibraryOpener::Opened opened = LibraryOpener::open(location, m_askPassword);
    if (!opened.library) {
        statusBar()->showMessage(opened.error);
        if (opened.damaged)
            showDamage(opened.path, opened.error);
        return false;
    }
    if (!opened.created.isEmpty())
        statusBar()->showMessage(opened.created, 8000);
    const QString &path = opened.path;
    closeLibrary();
    m_library = std::move(opened.library);
    m_opener->setLibrary(m_library.get());
    m_listModel = std::make_unique<LibraryListModel>(*m_library);
    m_libraryPane->setModel(m_listModel.get());
    m_facetModel = std::make_unique<FacetModel>(*m_library);
    m_libraryPane->setFacetModel(m_facetModel.get());
    m_facetModel->setQuery({});
    m_search->setLibrary(m_library.get(), m_listModel.get(), m_facetModel.get());
    m_status->setLibrary(m_library.get(), m_listModel.get());
    connect(m_listModel.get(), &QAbstractItemModel::modelReset, this, [this] { m_status->update(); });
    connect(m_listModel.get(), &QAbstractItemModel::rowsInserted, this, [this] { m_status->update(); });
    m_status->update();
    const bool server = opened.location.isServer();
    setWindowTitle(tr("%1 — Reftel").arg(server ? opened.location.displayName() : QFileInfo(path).completeBaseName()));
    m_recent->remember(opened.location);
    m_annotationController->setLibrary(m_library.get());
    m_actions->setLibraryOpen(true);
    // An import that was killed stored cables it did not index: they are
    // indexed now, and until then the status says searches may miss them.
    m_status->recountUnindexed();
    if (m_status->unindexed() > 0) {
        m_import->completeIndexing(m_library->location());
        m_status->update();
    }
    return true;
}

void MainWindow::showDamage(const QString &path, const QString &problem)
{
    LibraryDamageDialog::show(*this, path, problem, [this](const QString &target) { return openLibrary(target); });
}

void MainWindow::setPreferences(const Preferences &preferences)
{
    const bool coloursChanged = preferences.colours != m_preferences.colours;
    m_preferences = preferences;
    QSettings settings;
    m_preferences.save(settings);
    m_annotationController->setAuthor(m_preferences.author);
    m_reading->setReadingFont(m_preferences.readingFont);
    // At start "System" changes nothing: the application keeps the platform's own look.
    if (coloursChanged || m_preferences.colours != Preferences::ColourScheme::System)
        ColourScheme::apply(m_preferences.colours);
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(m_preferences, this);
    if (dialog.exec() == QDialog::Accepted)
        setPreferences(dialog.preferences());
}

void MainWindow::exportReport()
{
    // The stores are the annotation controller's, made with the library.
    const AnnotationStore *annotationStore = m_annotationController->store();
    const UserTagStore *tagStore = m_annotationController->tagStore();
    if (!m_library || !annotationStore || !tagStore)
        return;
    if (const auto options = ReportRequest::ask(this, m_preferences.author, m_search->searchText())) {
        ReportDialog dialog(*m_library, *annotationStore, *tagStore, *options, this);
        dialog.exec();
    }
}

bool MainWindow::openCable(const QString &id, bool otherColumn)
{
    if (!m_library)
        return false;
    const std::optional<Cable> cable = m_opener->load(id);
    // "Not in this library" only when the library can be believed.
    if (const QStringList problems = m_library->checkDamage(); !problems.isEmpty()) {
        showDamage(m_library->path(), problems.join(u'\n'));
        return false;
    }
    if (!cable) {
        statusBar()->showMessage(tr("%1 is not in this library.").arg(id), 8000);
        return false;
    }
    m_reading->openCable(*cable, otherColumn);
    // Show where the cable is in the list, when that part of the list is loaded.
    if (const int row = m_listModel ? m_listModel->loadedRowOf(cable->id) : -1; row >= 0) {
        QTableView *list = m_libraryPane->cableList();
        list->setCurrentIndex(m_listModel->index(row, 0));
        list->scrollTo(list->currentIndex());
    }
    return true;
}

bool MainWindow::openSearchHit(const QString &id, bool otherColumn)
{
    if (!openCable(id, otherColumn))
        return false;
    m_search->showBestMatch(*m_reading->currentView()->bodyView());
    return true;
}

void MainWindow::followReference(const QString &citingId, int referenceIndex, bool otherColumn)
{
    if (!m_library)
        return;
    const ReferenceGuide::Destination destination =
        ReferenceGuide(*m_library).follow(citingId, referenceIndex, m_reading->views());
    if (!destination.cableId.isEmpty())
        openCable(destination.cableId, otherColumn);
    if (!destination.message.isEmpty())
        statusBar()->showMessage(destination.message, 15000);
    if (!destination.missingId.isEmpty())
        Q_EMIT missingReference(destination.missingId, destination.publicAddress);
}

QDockWidget *MainWindow::addPane(
    QWidget *pane, const QString &title, const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(pane);
    dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::fitColumns(int columns)
{
    if (m_layout && m_layout->fitColumns(columns, m_reading->width()))
        statusBar()->showMessage(
            tr("The side panes made room for two columns; View shows them again, closing a column brings them back."),
            10000);
}

void MainWindow::createActions()
{
    m_actions = new ActionRegistry(this);
    m_actions->addScope(ActionCatalog::readingScope(), m_reading, tr("Reading"));
    m_actions->add(ActionCatalog::actions());
    const std::pair<const char *, QDockWidget *> docks[] { { "libraryDockAction", m_libraryDock },
        { "metadataDockAction", m_metadataDock }, { "referencesDockAction", m_referencesDock },
        { "annotationsDockAction", m_annotationsDock }, { "outlineDockAction", m_outlineDock } };
    for (const auto &[id, dock] : docks)
        m_actions->adopt(QLatin1String(id), dock->toggleViewAction());
    m_annotationController->connectActions(*m_actions);
    connectFileActions();
    connectEditActions();
    connectGoActions();
    connectViewActions();
    connectHelpActions();
    m_actions->buildMenus(menuBar(), ActionCatalog::menus());
    m_recent->setMenu(m_actions->menu(QStringLiteral("recentMenu")));
    m_help = std::make_unique<HelpDialogs>(*this, *m_actions, *menuBar());
}

void MainWindow::on(const QString &id, const std::function<void()> &slot)
{
    if (QAction *action = m_actions->action(id))
        connect(action, &QAction::triggered, this, slot);
}

void MainWindow::connectFileActions()
{
    on(QStringLiteral("importFilesAction"), [this] { importPaths(ImportSources::chooseFiles(this)); });
    on(QStringLiteral("importFolderAction"), [this] { importPaths(ImportSources::chooseFolder(this)); });
    on(QStringLiteral("exportReportAction"), [this] { exportReport(); });
    on(QStringLiteral("newLibraryAction"), [this] { chooseLibrary(true); });
    on(QStringLiteral("openLibraryAction"), [this] { chooseLibrary(false); });
    on(QStringLiteral("openTeamLibraryAction"), [this] { chooseTeamLibrary(); });
    on(QStringLiteral("copyLibraryToServerAction"), [this] { copyLibraryToServer(); });
    on(QStringLiteral("quitAction"), [this] { close(); });
}

void MainWindow::connectEditActions()
{
    on(QStringLiteral("searchLibraryAction"), [this] {
        m_libraryDock->show();
        m_libraryDock->raise();
        m_libraryPane->focusSearch();
    });
    on(QStringLiteral("findInCableAction"), [this] {
        if (CableView *view = m_reading->currentView())
            view->find();
    });
    on(QStringLiteral("copyParagraphLinkAction"), [this] {
        CableView *v = m_reading->currentView();
        const QString anchor = v ? v->bodyView()->currentParagraphAnchor() : QString();
        if (v && v->bodyView()->copyParagraphLink(anchor))
            statusBar()->showMessage(tr("Copied %1").arg(CableLink::toParagraph(anchor)), 5000);
    });
    on(QStringLiteral("preferencesAction"), [this] { editPreferences(); });
}

void MainWindow::connectGoActions()
{
    on(QStringLiteral("backAction"), [this] { m_reading->goBack(); });
    on(QStringLiteral("forwardAction"), [this] { m_reading->goForward(); });
    on(QStringLiteral("nextCableAction"), [this] { m_search->moveInList(1); });
    on(QStringLiteral("previousCableAction"), [this] { m_search->moveInList(-1); });
    on(QStringLiteral("nextParagraphAction"), [this] {
        if (CableView *view = m_reading->currentView())
            view->bodyView()->nextParagraph();
    });
    on(QStringLiteral("previousParagraphAction"), [this] {
        if (CableView *view = m_reading->currentView())
            view->bodyView()->previousParagraph();
    });
    on(QStringLiteral("nextMatchAction"), [this] { m_search->goToMatch(1); });
    on(QStringLiteral("previousMatchAction"), [this] { m_search->goToMatch(-1); });
    on(QStringLiteral("switchColumnAction"), [this] { m_reading->switchColumn(); });
}

void MainWindow::connectViewActions()
{
    on(QStringLiteral("showOriginalAction"), [this] {
        if (CableView *v = m_reading->currentView())
            v->setShowOriginal(!v->showsOriginal());
    });
    on(QStringLiteral("closeOtherColumnAction"), [this] { m_reading->closeOtherColumn(); });
    if (QAction *sync = m_actions->action(QStringLiteral("syncScrollAction")))
        connect(sync, &QAction::toggled, m_reading, &ReadingArea::setScrollSynchronized);
    on(QStringLiteral("resetLayoutAction"), [this] { m_layout->reset(); });
}

void MainWindow::connectHelpActions()
{
    on(QStringLiteral("gettingStartedAction"), [this] { m_help->showGettingStarted(); });
    on(QStringLiteral("keyboardShortcutsAction"), [this] { m_help->showKeyboardShortcuts(); });
    on(QStringLiteral("aboutAction"), [this] { m_help->showAbout(); });
    on(QStringLiteral("aboutQtAction"), [] { QApplication::aboutQt(); });
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_library || paths.isEmpty())
        return;
    if (m_import->isRunning()) {
        statusBar()->showMessage(tr("An import is already running."), 5000);
        return;
    }
    m_import->start(m_library->location(), paths);
}

void MainWindow::chooseLibrary(bool create)
{
    const QString filter = tr("Reftel libraries (*.sqlite);;All files (*)");
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New Library"), QString(), filter)
                                : QFileDialog::getOpenFileName(this, tr("Open Library"), QString(), filter);
    if (!path.isEmpty())
        openLibrary(path);
}

LibraryLocation MainWindow::lastTeamLibrary() const
{
    for (const QString &text : m_recent->paths()) {
        if (const LibraryLocation location = LibraryLocation::fromText(text); location.isServer())
            return location;
    }
    return {};
}

void MainWindow::chooseTeamLibrary()
{
    TeamLibraryDialog dialog(this);
    if (const LibraryLocation last = lastTeamLibrary(); last.isServer())
        dialog.setLocation(last);
    if (dialog.exec() == QDialog::Accepted)
        openLibrary(dialog.location());
}

void MainWindow::copyLibraryToServer()
{
    if (!m_library)
        return;
    TeamLibraryDialog dialog(this);
    dialog.setPurpose(tr("Copy Library to Server"), tr("&Copy"));
    if (const LibraryLocation last = lastTeamLibrary(); last.isServer())
        dialog.setLocation(last);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The annotation being typed goes into the copy too.
    m_annotationController->commitPending();
    const LibraryCopyFlow::Outcome outcome =
        LibraryCopyFlow::run(this, *m_library, dialog.location(), [this](const QString &question) {
            return QMessageBox::question(this, tr("Copy Library to Server"), question) == QMessageBox::Yes;
        });
    if (outcome.result.completed)
        QMessageBox::information(this, tr("Copy Library to Server"), outcome.message);
    else
        QMessageBox::warning(this, tr("Copy Library to Server"), outcome.message);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_library && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (const QStringList paths = ImportSources::localPaths(*event->mimeData()); !paths.isEmpty()) {
        event->acceptProposedAction();
        importPaths(paths);
    }
}

void MainWindow::saveLayout() const
{
    m_layout->save();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // A cable opened before the window showed (reftel reftel://…) gets its room too, once laid out.
    QTimer::singleShot(0, this, [this] { fitColumns(m_reading->columnCount()); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_annotationController->commitPending();
    saveLayout();
    event->accept();
}
}
