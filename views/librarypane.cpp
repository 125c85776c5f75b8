// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypane.h"

#include "facetpane.h"
#include "hitsnippetdelegate.h"
#include "itemroles.h"
#include "librarylistmodel.h"
#include "placeholderlabel.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Reftel
{
namespace
{
const auto HiddenColumnsKey = QStringLiteral("LibraryPane/hiddenColumns");

// Stored by name, so a new column does not shift the reader's choice.
const QList<std::pair<int, QString>> &choosableColumns()
{
    static const QList<std::pair<int, QString>> columns { { LibraryListModel::DateColumn, QStringLiteral("date") },
        { LibraryListModel::OriginColumn, QStringLiteral("origin") },
        { LibraryListModel::ClassificationColumn, QStringLiteral("classification") },
        { LibraryListModel::SubjectColumn, QStringLiteral("subject") } };
    return columns;
}

// "Consulate General Ho Chi Minh City" keeps its city: elided in the middle.
class MiddleElideDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};
}

LibraryPane::LibraryPane(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QTableView(this))
    , m_status(new QLabel(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_facets(new FacetPane(this))
    , m_debounce(new QTimer(this))
    , m_empty(new PlaceholderLabel(QString(), m_list->viewport()))
{
    setObjectName(QStringLiteral("libraryPane"));
    setAccessibleName(tr("Library"));

    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search cables (e.g. manas* origin:Astana)"));
    m_search->setToolTip(
        tr("Words, \"phrases\", prefix*, AND/OR/NOT, and the filters origin: tag: class: from: to: ref: id:; "
           "a cable number as written (RIO DE JANEIRO 138) and Enter opens that cable"));
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
    m_list->viewport()->installEventFilter(this);
    m_empty->setObjectName(QStringLiteral("noMatches"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->hide();
    m_list->setItemDelegateForColumn(LibraryListModel::MatchColumn, new HitSnippetDelegate(m_list));
    m_list->setItemDelegateForColumn(LibraryListModel::OriginColumn, new MiddleElideDelegate(m_list));
    m_list->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
        [this](const QPoint &pos) { columnMenu()->popup(m_list->horizontalHeader()->mapToGlobal(pos)); });
    const QVariant stored = QSettings().value(HiddenColumnsKey);
    const QStringList hidden = stored.isValid()
        ? stored.toStringList()
        : QStringList { QStringLiteral("origin"), QStringLiteral("classification") };
    for (const auto &[column, name] : choosableColumns()) {
        if (hidden.contains(name))
            m_hiddenColumns << column;
    }
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
        Q_EMIT searchConfirmed(m_search->text());
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
    applyColumns();
    m_list->horizontalHeader()->setSortIndicator(1, Qt::DescendingOrder);
    m_list->resizeColumnToContents(0);
    m_list->setColumnWidth(1, m_list->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 16);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { Q_EMIT currentCableChanged(current.data(ItemRole::CableId).toString()); });
}

void LibraryPane::setFacetModel(QAbstractItemModel *model)
{
    m_facets->setModel(model);
}

void LibraryPane::setShowsMatches(bool shows)
{
    m_showsMatches = shows;
    applyColumns();
    if (!shows)
        return;
    // The subject and the hit in context share what the other columns leave.
    QHeaderView *header = m_list->horizontalHeader();
    int others = 0;
    for (int column = 0; column < LibraryListModel::SubjectColumn; ++column)
        others += m_list->isColumnHidden(column) ? 0 : header->sectionSize(column);
    const int room = m_list->viewport()->width() - others;
    const bool subject = !m_list->isColumnHidden(LibraryListModel::SubjectColumn);
    const int share = subject ? std::max(120, room / 2) : std::max(200, room);
    if (subject)
        header->resizeSection(LibraryListModel::SubjectColumn, share);
    header->resizeSection(LibraryListModel::MatchColumn, std::max(share, room - (subject ? share : 0)));
}

bool LibraryPane::isColumnShown(int column) const
{
    return !m_hiddenColumns.contains(column);
}

void LibraryPane::setColumnShown(int column, bool shown)
{
    const auto &columns = choosableColumns();
    const auto it =
        std::find_if(columns.cbegin(), columns.cend(), [column](const auto &c) { return c.first == column; });
    if (it == columns.cend() || isColumnShown(column) == shown)
        return;
    if (shown)
        m_hiddenColumns.removeAll(column);
    else
        m_hiddenColumns << column;
    QStringList hidden;
    for (const auto &[c, name] : columns) {
        if (m_hiddenColumns.contains(c))
            hidden << name;
    }
    QSettings().setValue(HiddenColumnsKey, hidden);
    applyColumns();
}

void LibraryPane::applyColumns()
{
    if (!m_list->model())
        return;
    for (const auto &[column, name] : choosableColumns())
        m_list->setColumnHidden(column, m_hiddenColumns.contains(column));
    m_list->setColumnHidden(LibraryListModel::MatchColumn, !m_showsMatches);
}

QMenu *LibraryPane::columnMenu()
{
    if (!m_columnMenu) {
        m_columnMenu = new QMenu(tr("Columns"), this);
        m_columnMenu->setObjectName(QStringLiteral("libraryColumnsMenu"));
        connect(m_columnMenu, &QMenu::aboutToShow, this, [this] {
            for (QAction *action : m_columnMenu->actions())
                action->setChecked(isColumnShown(action->data().toInt()));
        });
    }
    m_columnMenu->clear();
    for (const auto &[column, name] : choosableColumns()) {
        const QString title =
            m_list->model() ? m_list->model()->headerData(column, Qt::Horizontal).toString() : QString();
        QAction *action = m_columnMenu->addAction(title.isEmpty() ? name : title);
        action->setCheckable(true);
        action->setChecked(isColumnShown(column));
        action->setData(column);
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnShown(column, on); });
    }
    return m_columnMenu;
}

void LibraryPane::toggleFilter(const QString &filterText, bool active)
{
    QString text = m_search->text();
    if (active) {
        // Taken out where it stands, with the space before it.
        text.remove(QRegularExpression(QStringLiteral("\\s*") + QRegularExpression::escape(filterText),
            QRegularExpression::CaseInsensitiveOption));
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

void LibraryPane::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_empty->setGeometry(m_list->viewport()->rect());
    m_empty->setVisible(!text.isEmpty());
}

QString LibraryPane::emptyText() const
{
    return m_empty->text();
}

bool LibraryPane::showsEmptyText() const
{
    return !m_empty->isHidden();
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
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        m_empty->setGeometry(m_list->viewport()->rect());
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
