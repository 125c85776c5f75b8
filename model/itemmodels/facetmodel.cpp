// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "facetmodel.h"

#include "librarydatabase.h"
#include "tagglossary.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
// Internal ids: the top-level rows carry 0, a value carries its kind + 1.
constexpr quintptr KindNode = 0;

QString normalisedPost(const QString &text)
{
    QString post;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            post.append(c.toUpper());
    }
    return post;
}
}

FacetModel::FacetModel(LibraryDatabase &library, QObject *parent)
    : QAbstractItemModel(parent)
    , m_location(library.location())
{
    connect(&m_watcher, &QFutureWatcher<FacetCounter::Counts>::finished, this, &FacetModel::applyCounts);
}

FacetModel::~FacetModel()
{
    m_watcher.waitForFinished();
}

void FacetModel::setQuery(const SearchQuery &query)
{
    m_query = query;
    // The location with the password it was opened with, if one was typed:
    // the count runs on a connection of its own.
    const LibraryLocation location = m_location;
    // A count still running for an older query goes on but is never seen:
    // the watcher reports only the future it was given last.
    auto future = QtConcurrent::run([location, query] {
        LibraryDatabase library;
        FacetCounter::Counts counts;
        if (!library.open(location)) {
            counts.error = library.errorString();
            return counts;
        }
        library.limitMemory();
        return FacetCounter(library).count(query);
    });
    m_watcher.setFuture(future);
}

void FacetModel::waitForCounts()
{
    m_watcher.waitForFinished();
    QCoreApplication::processEvents();
}

void FacetModel::applyCounts()
{
    const FacetCounter::Counts counts = m_watcher.result();
    m_error = counts.error;
    beginResetModel();
    m_counts = counts;
    endResetModel();
    Q_EMIT countsChanged();
}

bool FacetModel::isActive(FacetCounter::Kind kind, const QString &value) const
{
    if (kind == FacetCounter::Kind::Year)
        return m_query.from().isValid() && m_query.to().isValid() && m_query.from() == QDate(value.toInt(), 1, 1)
            && m_query.to() == QDate(value.toInt(), 12, 31);
    const SearchQuery::Field field = kind == FacetCounter::Kind::Origin ? SearchQuery::Field::Origin
        : kind == FacetCounter::Kind::Tag                               ? SearchQuery::Field::Tag
                                                                        : SearchQuery::Field::Classification;
    for (const SearchQuery::Filter &filter : m_query.filters()) {
        if (filter.field != field || filter.negated)
            continue;
        for (const QString &v : filter.values) {
            if (kind == FacetCounter::Kind::Origin ? normalisedPost(v) == value
                                                   : v.compare(value, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return FacetCounter::KindCount;
    if (parent.internalId() == KindNode && parent.column() == 0)
        return int(m_counts.values[parent.row()].size());
    return 0;
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : KindNode);
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == KindNode)
        return {};
    return createIndex(int(child.internalId() - 1), 0, KindNode);
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == KindNode) {
        const auto kind = FacetCounter::Kind(index.row());
        if (role == Qt::DisplayRole && index.column() == LabelColumn)
            return kindName(kind);
        if (role == KindRole)
            return index.row();
        return {};
    }
    const auto kind = FacetCounter::Kind(index.internalId() - 1);
    const FacetCounter::Value &value = m_counts.values[int(kind)].at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == LabelColumn ? value.label : QLocale().toString(value.count);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (kind == FacetCounter::Kind::Tag) {
            const TagInfo info = TagGlossary::instance().lookup(value.value);
            return info.meaning.isEmpty() ? tr("%1: not in the glossary").arg(value.value)
                                          : u"%1: %2"_s.arg(value.value, info.meaning);
        }
        return {};
    case Qt::FontRole:
        if (isActive(kind, value.value)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case FilterTextRole:
        return FacetCounter::filterText(kind, value.value);
    case KindRole:
        return int(kind);
    case ValueRole:
        return value.value;
    case ActiveRole:
        return isActive(kind, value.value);
    default:
        return {};
    }
}

QVariant FacetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == LabelColumn ? tr("Facet") : tr("Cables");
}

QString FacetModel::kindName(FacetCounter::Kind kind)
{
    switch (kind) {
    case FacetCounter::Kind::Origin:
        return tr("Origin");
    case FacetCounter::Kind::Year:
        return tr("Year");
    case FacetCounter::Kind::Classification:
        return tr("Classification");
    case FacetCounter::Kind::Tag:
        return tr("Tag");
    }
    return {};
}
}
