// Finds which road of a notice a printed reference means ("凤集路" → item 32 printed "风集路").
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace luming {

class RoadNameMatcher {
public:
    explicit RoadNameMatcher(const QList<QString>& names);

    // Index into names, or -1. Exact match first; then, only when it picks out a single road, a match by
    // name key (NameKey: spaces, 繁/简, look-alikes such as 风/凤, a 规划 prefix before a proper name).
    int find(const QString& reference) const;

    // The name key (NameKey::of), as the layout groups references by it.
    static QString fold(const QString& name);

private:
    QHash<QString, int> exact_;
    QHash<QString, QList<int>> folded_;
};

} // namespace luming
