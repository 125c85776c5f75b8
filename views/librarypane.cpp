// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypane.h"

#include "facetpane.h"
#include "hitsnippetdelegate.h"
#include "itemroles.h"
#include "librarylistmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Reftel
{
LibraryPane::LibraryPane(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QTableView(this))
    , m_status(new QLabel(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_facets(new FacetPane(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("libraryPane"));
    setAccessibleName(tr("Library"));

    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search cables (e.g. manas* origin:Astana)"));
    m_search->setToolTip(tr("Words, \"phrases\", prefix*, AND/OR/NOT, and the filters origin: tag: class: from: to: ref:"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the library"));
    m_search->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("cableList"));
    m_list->setAccessibleName(tr("Cables"));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSortingEnabled(true);
    m_list->setWordWrap(false);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 6);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setHighlightSections(false);
    m_list->installEventFilter(this);
    m_list->setItemDelegateForColumn(LibraryListModel::MatchColumn, new HitSnippetDelegate(m_list));
    // Drag a cable onto a reading column to open it there.
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);

    connect(m_facets, &FacetPane::filterToggled, this, &LibraryPane::toggleFilter);
    m_split->setObjectName(QStringLiteral("librarySplit"));
    m_split->setChildrenCollapsible(true);
    m_split->addWidget(m_list);
    m_split->addWidget(m_facets);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);

    m_status->setObjectName(QStringLiteral("libraryStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        Q_EMIT searchRequested(m_search->text());
    });
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT searchRequested(m_search->text()); });
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex &index) {
        activate(index, QApplication::keyboardModifiers().testFlag(Qt::ControlModifier));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_status);
}

void LibraryPane::setModel(QAbstractItemModel *model)
{
    m_list->setModel(model);
    m_list->setColumnHidden(LibraryListModel::MatchColumn, true);
    m_list->horizontalHeader()->setSortIndicator(1, Qt::DescendingOrder);
    m_list->resizeColumnToContents(0);
    m_list->setColumnWidth(1, m_list->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 16);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        Q_EMIT currentCableChanged(current.data(ItemRole::CableId).toString());
    });
}

void LibraryPane::setFacetModel(QAbstractItemModel *model)
{
    m_facets->setModel(model);
}

void LibraryPane::setShowsMatches(bool shows)
{
    // In a narrow pane the hit in context matters more than origin and
    // classification, which the facets show anyway: it takes their place.
    QHeaderView *header = m_list->horizontalHeader();
    m_list->setColumnHidden(LibraryListModel::MatchColumn, !shows);
    m_list->setColumnHidden(LibraryListModel::OriginColumn, shows);
    m_list->setColumnHidden(LibraryListModel::ClassificationColumn, shows);
    header->moveSection(header->visualIndex(LibraryListModel::MatchColumn), shows ? LibraryListModel::OriginColumn : LibraryListModel::MatchColumn);
    if (shows && header->sectionSize(LibraryListModel::MatchColumn) < 300)
        header->resizeSection(LibraryListModel::MatchColumn, 420);
}

void LibraryPane::toggleFilter(const QString &filterText, bool active)
{
    QString text = m_search->text();
    if (active) {
        // Taken out where it stands, with the space before it.
        text.remove(QRegularExpression(QStringLiteral("\\s*") + QRegularExpression::escape(filterText), QRegularExpression::CaseInsensitiveOption));
        text = text.trimmed();
    } else {
        text = text.trimmed();
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + filterText;
    }
    m_search->blockSignals(true);
    m_search->setText(text);
    m_search->blockSignals(false);
    m_debounce->stop();
    Q_EMIT searchRequested(text);
}

void LibraryPane::setStatus(const QString &text)
{
    m_status->setText(text);
}

void LibraryPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LibraryPane::activate(const QModelIndex &index, bool otherColumn)
{
    const QString id = index.data(ItemRole::CableId).toString();
    if (!id.isEmpty())
        Q_EMIT cableActivated(id, otherColumn);
}

bool LibraryPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Down from the search field goes to the list, as in every search box.
        if (watched == m_search && key->key() == Qt::Key_Down && m_list->model() && m_list->model()->rowCount() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_list->model()->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
}
