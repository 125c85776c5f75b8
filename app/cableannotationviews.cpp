// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableannotationviews.h"

#include "annotationspane.h"
#include "annotationstore.h"
#include "bodyview.h"
#include "cableannotationmodel.h"
#include "cableview.h"
#include "outlinepane.h"
#include "readingarea.h"
#include "usertagstore.h"

namespace Reftel
{
CableAnnotationViews::CableAnnotationViews(
    ReadingArea &reading, AnnotationsPane &pane, OutlinePane &outline, QObject *parent)
    : QObject(parent)
    , m_reading(reading)
    , m_pane(pane)
    , m_outline(outline)
{
    connect(&m_reading, &ReadingArea::columnAdded, this, &CableAnnotationViews::watchColumn);
    const QList<CableView *> columns = m_reading.views();
    for (CableView *column : columns)
        watchColumn(column);
}

CableAnnotationViews::~CableAnnotationViews()
{
    for (Binding &binding : m_columns)
        unbind(binding);
    unbind(m_current);
}

void CableAnnotationViews::setStores(AnnotationStore *store, UserTagStore *tags)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_tagConnections))
        disconnect(connection);
    m_tagConnections.clear();
    // The models read through the stores: they go with them.
    for (Binding &binding : m_columns)
        unbind(binding);
    unbind(m_current);
    m_models.clear();
    m_store = store;
    m_tagStore = tags;
    if (m_tagStore) {
        // A tag renamed or recoloured changes how every open cable's marks look.
        const auto retag = [this] {
            readTags();
            for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
                showColumn(it.key());
            showPane();
        };
        m_tagConnections << connect(m_tagStore, &UserTagStore::tagAdded, this, retag)
                         << connect(m_tagStore, &UserTagStore::tagChanged, this, retag)
                         << connect(m_tagStore, &UserTagStore::tagRemoved, this, retag);
    }
    readTags();
    const QList<CableView *> columns = m_columns.keys();
    for (CableView *column : columns)
        bindColumn(column);
    showCable(m_currentCable);
}

void CableAnnotationViews::readTags()
{
    m_tags.clear();
    if (!m_tagStore)
        return;
    const QList<UserTag> tags = m_tagStore->tags();
    for (const UserTag &tag : tags)
        m_tags.insert(tag.id, tag);
}

void CableAnnotationViews::watchColumn(CableView *view)
{
    if (m_columns.contains(view))
        return;
    m_columns.insert(view, {});
    connect(view, &CableView::cableChanged, this, [this, view] { bindColumn(view); });
    connect(view, &QObject::destroyed, this, [this, view] {
        auto it = m_columns.find(view);
        if (it != m_columns.end()) {
            unbind(*it);
            m_columns.erase(it);
        }
    });
    bindColumn(view);
}

std::shared_ptr<CableAnnotationModel> CableAnnotationViews::modelFor(const Cable &cable)
{
    if (!m_store || cable.id.isEmpty())
        return {};
    if (std::shared_ptr<CableAnnotationModel> open = m_models.value(cable.id).lock())
        return open;
    auto model = std::make_shared<CableAnnotationModel>(*m_store, cable);
    model->followTags(m_tagStore);
    m_models.insert(cable.id, model);
    return model;
}

CableAnnotationModel *CableAnnotationViews::model(const QString &cableId) const
{
    return m_models.value(cableId).lock().get();
}

void CableAnnotationViews::bind(Binding &binding, const Cable &cable, const std::function<void()> &show)
{
    unbind(binding);
    binding.model = modelFor(cable);
    if (CableAnnotationModel *model = binding.model.get()) {
        binding.connections << connect(model, &QAbstractItemModel::rowsInserted, this, show)
                            << connect(model, &QAbstractItemModel::rowsRemoved, this, show)
                            << connect(model, &QAbstractItemModel::rowsMoved, this, show)
                            << connect(model, &QAbstractItemModel::dataChanged, this, show)
                            << connect(model, &QAbstractItemModel::modelReset, this, show);
    }
    show();
}

void CableAnnotationViews::unbind(Binding &binding)
{
    for (const QMetaObject::Connection &connection : std::as_const(binding.connections))
        disconnect(connection);
    binding.connections.clear();
    binding.model.reset();
}

void CableAnnotationViews::bindColumn(CableView *view)
{
    auto it = m_columns.find(view);
    if (it != m_columns.end())
        bind(*it, view->cable(), [this, view] { showColumn(view); });
}

void CableAnnotationViews::showColumn(CableView *view) const
{
    const Binding binding = m_columns.value(view);
    if (binding.model)
        view->bodyView()->setAnnotations(binding.model->annotations(), m_tags);
    else
        view->bodyView()->setAnnotations({}, {});
}

void CableAnnotationViews::showCable(const Cable &cable)
{
    m_currentCable = cable;
    bind(m_current, cable, [this] { showPane(); });
}

void CableAnnotationViews::showPane() const
{
    const CableAnnotationModel *model = m_current.model.get();
    if (!model) {
        m_pane.clear();
        m_outline.setAnnotationCounts({});
        return;
    }
    m_pane.setAnnotations(model->cable().id, model->annotations(), m_tags);
    m_outline.setAnnotationCounts(model->countsByAnchor());
}
}
