// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "actioncatalog.h"
#include "actionregistry.h"
#include "annotationcontroller.h"
#include "annotationspane.h"
#include "bodyview.h"
#include "cablelink.h"
#include "cableopener.h"
#include "cablereader.h"
#include "cableview.h"
#include "colourscheme.h"
#include "docklayout.h"
#include "facetmodel.h"
#include "gettingstarteddialog.h"
#include "importcontroller.h"
#include "importsummarydialog.h"
#include "keyboardshortcutsdialog.h"
#include "librarydatabase.h"
#include "libraryimporter.h"
#include "librarylistmodel.h"
#include "librarypane.h"
#include "librarypath.h"
#include "librarysalvage.h"
#include "metadatapane.h"
#include "outlinepane.h"
#include "preferencesdialog.h"
#include "readingarea.h"
#include "referenceguide.h"
#include "referenceresolver.h"
#include "referencespane.h"
#include "reportdialog.h"
#include "searchadvice.h"
#include "searchquery.h"
#include "snippetmaker.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace Reftel
{
namespace
{
// The words of a query worth highlighting in the text: not its field
// filters, not its operators.
QStringList highlightTerms(const QString &query)
{
    static const QRegularExpression token(QStringLiteral("-?\\w+:(\"[^\"]*\"|\\S+)|\"([^\"]+)\"|([\\w.'-]+\\*?)"),
        QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = token.globalMatch(query);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(2).isEmpty())
            terms << m.captured(2);
        else if (!m.captured(3).isEmpty()) {
            const QString word = m.captured(3);
            if (word != QLatin1String("AND") && word != QLatin1String("OR") && word != QLatin1String("NOT"))
                terms << word;
        }
    }
    return terms;
}
}

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
    connect(m_import, &ImportController::finished, this, [this](const LibraryImporter::Summary &summary) {
        if (m_library)
            m_unindexed = std::max<qint64>(0, m_library->cables().unindexedCount());
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
    connect(m_libraryPane, &LibraryPane::searchRequested, this, &MainWindow::search);
    connect(m_libraryPane, &LibraryPane::searchConfirmed, this, &MainWindow::confirmSearch);
    connect(m_libraryPane, &LibraryPane::cableActivated, this,
        [this](const QString &id, bool other) { openSearchHit(id, other); });
    connect(m_reading, &ReadingArea::columnAdded, this, [this](CableView *view) {
        view->bodyView()->setHighlightTerms(m_highlightTerms);
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
    m_annotationController->setLibrary(nullptr);
    m_opener->setLibrary(nullptr);
    // The model reads through the connection: it goes first.
    m_libraryPane->cableList()->setModel(nullptr);
    m_libraryPane->setFacetModel(nullptr);
    m_facetModel.reset();
    m_listModel.reset();
    m_library.reset();
}

bool MainWindow::openLibrary(const QString &value)
{
    if (const QString problem = LibraryPath::problem(value); !problem.isEmpty()) {
        statusBar()->showMessage(problem);
        return false;
    }
    const QString path = LibraryPath::localPath(value);
    const bool isNew = !QFileInfo::exists(path);
    auto library = std::make_unique<LibraryDatabase>();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!library->open(path)) {
        statusBar()->showMessage(library->errorString());
        if (library->damaged())
            showDamage(path, library->errorString());
        return false;
    }
    library->limitMemory();
    if (isNew) {
        const LibraryImporter::Summary summary = LibraryImporter(*library).run({ QStringLiteral(":/samples") });
        statusBar()->showMessage(
            tr("Created a new library with %n sample cable(s).", nullptr, int(summary.cables)), 8000);
    }
    m_annotationController->setLibrary(nullptr);
    m_opener->setLibrary(nullptr);
    m_libraryPane->cableList()->setModel(nullptr);
    m_libraryPane->setFacetModel(nullptr);
    m_facetModel.reset();
    m_listModel.reset();
    m_library = std::move(library);
    m_opener->setLibrary(m_library.get());
    m_listModel = std::make_unique<LibraryListModel>(*m_library);
    m_libraryPane->setModel(m_listModel.get());
    m_facetModel = std::make_unique<FacetModel>(*m_library);
    m_libraryPane->setFacetModel(m_facetModel.get());
    m_facetModel->setQuery({});
    connect(m_listModel.get(), &QAbstractItemModel::modelReset, this, &MainWindow::updateLibraryStatus);
    connect(m_listModel.get(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateLibraryStatus);
    updateLibraryStatus();
    setWindowTitle(tr("%1 — Reftel").arg(QFileInfo(path).completeBaseName()));
    rememberLibrary(path);
    m_annotationController->setLibrary(m_library.get());
    m_actions->setLibraryOpen(true);
    // An import that was killed stored cables it did not index: they are
    // indexed now, and until then the status says searches may miss them.
    m_unindexed = m_library->cables().unindexedCount();
    if (m_unindexed > 0) {
        m_import->completeIndexing(path);
        updateLibraryStatus();
    }
    return true;
}

void MainWindow::showDamage(const QString &path, const QString &problem)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("The Library Is Damaged"),
        tr("The library %1 is damaged, so Reftel does not read from it: what it answered could be wrong or "
           "incomplete.\n\nReftel changed nothing in it. You can save what is still readable into a new library "
           "and open that one; the damaged file stays as it is.")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("damagedLibraryDialog"));
    box->setDetailedText(problem);
    QPushButton *salvage = box->addButton(tr("Save a Salvaged Copy…"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, salvage, path](QAbstractButton *button) {
        if (button != salvage)
            return;
        const QString target = QFileDialog::getSaveFileName(
            this, tr("Save a Salvaged Copy"), LibrarySalvage::suggestedPath(path), tr("Reftel libraries (*.sqlite)"));
        if (target.isEmpty())
            return;
        const LibrarySalvage::Report report = LibrarySalvage::salvage(path, target);
        if (!report.ok()) {
            QMessageBox::warning(this, tr("Save a Salvaged Copy"), report.error);
            return;
        }
        openLibrary(target);
        statusBar()->showMessage(
            tr("Opened the salvaged copy %1: %n cable(s).", nullptr, int(report.copied(QStringLiteral("cables"))))
                .arg(QDir::toNativeSeparators(target)),
            15000);
    });
    box->open();
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

void MainWindow::updateLibraryStatus()
{
    if (!m_listModel)
        return;
    const qint64 count = m_listModel->totalCount();
    const QString total = QLocale().toString(count);
    m_libraryPane->setEmptyText(count == 0 && !m_searchText.isEmpty() && m_library && m_numberedIds.isEmpty()
            ? SearchAdvice::noMatches(*m_library, m_searchText)
            : QString());
    if (m_unindexed > 0) {
        m_libraryPane->setStatus(tr("%1 cables; %2 of them are being indexed, and searches do not find them yet.")
                .arg(total, QLocale().toString(m_unindexed)));
        return;
    }
    QString status;
    // Singular and plural written out: the counts pass int and English has no numerus forms of its own here.
    if (m_listModel->query().isEmpty())
        status = count == 1 ? tr("1 cable") : tr("%1 cables").arg(total);
    else if (m_listModel->totalIsLowerBound())
        status = tr("More than %1 cables match; the newest hits are listed. Add words or filters to narrow.").arg(total);
    else
        status = count == 1 ? tr("1 cable matches") : tr("%1 cables match").arg(total);
    if (m_numberedIds.size() == 1)
        status = tr("%1. “%2” is the number of cable %3: press Enter to open it.")
                     .arg(status, m_searchText, m_numberedIds.constFirst());
    else if (m_numberedIds.size() > 1)
        status = tr("%1. “%2” is the number of %3 cables of different years (%4): press Enter to list them.")
                     .arg(status, m_searchText, QLocale().toString(m_numberedIds.size()),
                         m_numberedIds.join(QStringLiteral(", ")));
    m_libraryPane->setStatus(status);
}

void MainWindow::exportReport()
{
    // The stores are the annotation controller's, made with the library.
    const AnnotationStore *annotationStore = m_annotationController->store();
    const UserTagStore *tagStore = m_annotationController->tagStore();
    if (!m_library || !annotationStore || !tagStore)
        return;
    ReportOptions options;
    // Reports are signed as the annotations are: the author of the preferences.
    options.author = m_preferences.author;
    if (!m_searchText.isEmpty()) {
        options.query = m_searchText;
    } else {
        bool ok = false;
        const QString tags = QInputDialog::getText(this, tr("Export Report"),
            tr("There is no search result to export. Export the cables with these tags "
               "(comma-separated, sub-tags included):"),
            QLineEdit::Normal, QString(), &ok);
        if (!ok || tags.trimmed().isEmpty())
            return;
        for (const QString &tag : tags.split(u',', Qt::SkipEmptyParts))
            options.tags << tag.trimmed();
    }
    ReportDialog dialog(*m_library, *annotationStore, *tagStore, options, this);
    dialog.exec();
}

void MainWindow::confirmSearch()
{
    if (m_numberedIds.size() == 1) {
        openCable(m_numberedIds.constFirst());
    } else if (m_numberedIds.size() > 1) {
        QStringList filters;
        for (const QString &id : std::as_const(m_numberedIds))
            filters.append(QStringLiteral("id:") + id);
        m_libraryPane->searchField()->setText(filters.join(u' '));
        search(m_libraryPane->searchField()->text());
    }
}

void MainWindow::search(const QString &query)
{
    if (!m_listModel)
        return;
    const SearchQuery parsed = SearchQuery::parse(query);
    if (!parsed.isValid()) {
        m_libraryPane->setStatus(parsed.errorString());
        return;
    }
    m_searchText = parsed.isEmpty() ? QString() : query.trimmed(); // before the list resets: its status reads it
    // Words only, with a number among them: the text may be a cable number
    // as a REF line writes it, read as the references are.
    m_numberedIds.clear();
    if (!query.contains(u':') && std::any_of(query.cbegin(), query.cend(), [](QChar c) { return c.isDigit(); }))
        m_numberedIds = ReferenceResolver(*m_library).idsFor(query);
    m_listModel->setQuery(parsed);
    if (const QStringList problems = m_library->checkDamage(); !problems.isEmpty())
        showDamage(m_library->path(), problems.join(u'\n'));
    m_libraryPane->setShowsMatches(!parsed.ftsMatch().isEmpty());
    if (m_facetModel)
        m_facetModel->setQuery(parsed);
    m_highlightTerms = highlightTerms(query);
    for (CableView *view : m_reading->views())
        view->bodyView()->setHighlightTerms(m_highlightTerms);
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
    const SnippetMaker maker(m_listModel ? m_listModel->query().terms() : QList<SearchQuery::Term> {});
    BodyView *body = m_reading->currentView()->bodyView();
    if (maker.isEmpty())
        return true;
    const QList<const Paragraph *> paragraphs = body->cable().paragraphs();
    QStringList texts;
    for (const Paragraph *paragraph : paragraphs)
        texts << paragraph->text;
    if (const qsizetype best = maker.best(texts); best >= 0) {
        const QString anchor = paragraphs.at(best)->anchor;
        if (!body->goToMatchIn(anchor))
            body->scrollToParagraph(anchor);
    }
    return true;
}

void MainWindow::followReference(const QString &citingId, int referenceIndex, bool otherColumn)
{
    if (!m_library)
        return;
    // The citing cable is open in a column: it is not read again.
    const QList<CableView *> views = m_reading->views();
    const auto citing = std::find_if(
        views.cbegin(), views.cend(), [&](const CableView *view) { return view->cable().id == citingId; });
    const ReferenceGuide guide(*m_library);
    const ReferenceGuide::Destination destination = citing != views.cend()
        ? guide.follow((*citing)->cable(), referenceIndex)
        : guide.follow(citingId, referenceIndex);
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

void MainWindow::moveInList(int step)
{
    QTableView *list = m_libraryPane->cableList();
    if (!list->model())
        return;
    const int row = list->currentIndex().isValid() ? list->currentIndex().row() + step : 0;
    if (row >= list->model()->rowCount() && m_listModel && m_listModel->canFetchMore({}))
        m_listModel->fetchMore({});
    if (row < 0 || row >= list->model()->rowCount())
        return;
    const QModelIndex index = list->model()->index(row, 0);
    list->setCurrentIndex(index);
    openCable(m_listModel->cableId(row));
}

void MainWindow::fitColumns(int columns)
{
    if (m_layout && m_layout->fitColumns(columns, m_reading->width()))
        statusBar()->showMessage(
            tr("The side panes made room for two columns; View shows them again, closing a column brings them back."),
            10000);
}

void MainWindow::goToMatch(int step)
{
    CableView *view = m_reading->currentView();
    if (!view)
        return;
    view->setShowOriginal(false);
    BodyView *body = view->bodyView();
    if (!(step > 0 ? body->nextMatch() : body->previousMatch()))
        statusBar()->showMessage(m_highlightTerms.isEmpty()
                ? tr("No search words to go to: search the library first (Ctrl+K).")
                : tr("No paragraph of this cable holds the search words."),
            8000);
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
    m_recentMenu = m_actions->menu(QStringLiteral("recentMenu"));
    updateRecentMenu();
}

void MainWindow::on(const QString &id, const std::function<void()> &slot)
{
    if (QAction *action = m_actions->action(id))
        connect(action, &QAction::triggered, this, slot);
}

void MainWindow::connectFileActions()
{
    on(QStringLiteral("importFilesAction"), [this] { chooseFilesToImport(); });
    on(QStringLiteral("importFolderAction"), [this] { chooseFolderToImport(); });
    on(QStringLiteral("exportReportAction"), [this] { exportReport(); });
    on(QStringLiteral("newLibraryAction"), [this] { chooseLibrary(true); });
    on(QStringLiteral("openLibraryAction"), [this] { chooseLibrary(false); });
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
    on(QStringLiteral("nextCableAction"), [this] { moveInList(1); });
    on(QStringLiteral("previousCableAction"), [this] { moveInList(-1); });
    on(QStringLiteral("nextParagraphAction"), [this] {
        if (CableView *view = m_reading->currentView())
            view->bodyView()->nextParagraph();
    });
    on(QStringLiteral("previousParagraphAction"), [this] {
        if (CableView *view = m_reading->currentView())
            view->bodyView()->previousParagraph();
    });
    on(QStringLiteral("nextMatchAction"), [this] { goToMatch(1); });
    on(QStringLiteral("previousMatchAction"), [this] { goToMatch(-1); });
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
    on(QStringLiteral("gettingStartedAction"), [this] { showGettingStarted(); });
    on(QStringLiteral("keyboardShortcutsAction"), [this] { showKeyboardShortcuts(); });
    on(QStringLiteral("aboutAction"), [this] { showAbout(); });
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
    m_import->start(m_library->path(), paths);
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Cables"), QString(), tr("Cables (*.txt *.html *.htm *.csv);;All files (*)"));
    importPaths(files);
}

void MainWindow::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Cables"));
    if (!folder.isEmpty())
        importPaths({ folder });
}

void MainWindow::chooseLibrary(bool create)
{
    const QString filter = tr("Reftel libraries (*.sqlite);;All files (*)");
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New Library"), QString(), filter)
                                : QFileDialog::getOpenFileName(this, tr("Open Library"), QString(), filter);
    if (!path.isEmpty())
        openLibrary(path);
}

QStringList MainWindow::recentLibraries() const
{
    return QSettings().value(QStringLiteral("Library/recent")).toStringList();
}

void MainWindow::rememberLibrary(const QString &path)
{
    QSettings settings;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentLibraries();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("Library/recent"), recent.mid(0, 8));
    settings.setValue(QStringLiteral("Library/last"), absolute);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = recentLibraries();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openLibrary(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_library && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importPaths(paths);
    }
}

void MainWindow::saveLayout() const
{
    m_layout->save();
}

KeyboardShortcutsDialog *MainWindow::keyboardShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new KeyboardShortcutsDialog(this);
    // Read from the registry each time: whatever the menus hold now.
    m_shortcuts->setEntries(m_actions->shortcutList(menuBar()));
    return m_shortcuts;
}

void MainWindow::showKeyboardShortcuts()
{
    KeyboardShortcutsDialog *dialog = keyboardShortcuts();
    dialog->show();
    dialog->raise();
}

GettingStartedDialog *MainWindow::gettingStarted()
{
    if (!m_gettingStarted)
        m_gettingStarted = new GettingStartedDialog(this);
    return m_gettingStarted;
}

void MainWindow::showGettingStarted()
{
    GettingStartedDialog *dialog = gettingStarted();
    dialog->show();
    dialog->raise();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
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
