// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
#include "usertag.h"

#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>

#include <functional>
#include <memory>

namespace Reftel
{
class AnnotationStore;
class AnnotationsPane;
class CableAnnotationModel;
class CableView;
class OutlinePane;
class ReadingArea;
class UserTagStore;

// One CableAnnotationModel per open cable, and what shows it: the marks of
// each column showing the cable (two columns on one cable share its
// model), and, for the current column's cable, the annotations pane and the
// outline's counts. A change to one annotation reaches only the views of its
// cable, as the model announces it; nothing reads the annotations back out
// of a view.
class CableAnnotationViews final : public QObject
{
    Q_OBJECT
public:
    CableAnnotationViews(ReadingArea &reading, AnnotationsPane &pane, OutlinePane &outline, QObject *parent = nullptr);
    ~CableAnnotationViews() override;

    // The open library's stores (nullptr: none; every view shows no annotations).
    void setStores(AnnotationStore *store, UserTagStore *tags);
    // The column's marks follow the model of whatever cable it shows.
    void watchColumn(CableView *view);
    // The current column shows cable (an empty one: none): the pane and the outline follow its model.
    void showCable(const Cable &cable);

    // The model of an open cable; nullptr when no column shows it.
    CableAnnotationModel *model(const QString &cableId) const;
    const QHash<qint64, UserTag> &tags() const { return m_tags; }

private:
    struct Binding
    {
        std::shared_ptr<CableAnnotationModel> model;
        QList<QMetaObject::Connection> connections;
    };
    std::shared_ptr<CableAnnotationModel> modelFor(const Cable &cable);
    void bind(Binding &binding, const Cable &cable, const std::function<void()> &show);
    static void unbind(Binding &binding);
    void bindColumn(CableView *view);
    void showColumn(CableView *view) const;
    void showPane() const;
    void readTags();

    ReadingArea &m_reading;
    AnnotationsPane &m_pane;
    OutlinePane &m_outline;
    AnnotationStore *m_store = nullptr;
    UserTagStore *m_tagStore = nullptr;
    QHash<qint64, UserTag> m_tags;
    QHash<QString, std::weak_ptr<CableAnnotationModel>> m_models;
    QHash<CableView *, Binding> m_columns;
    Binding m_current;
    Cable m_currentCable;
    QList<QMetaObject::Connection> m_tagConnections;
};
}
