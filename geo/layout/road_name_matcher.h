// Finds which road of a notice a printed reference means ("凤集路" → item 32 printed "风集路").
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace luming {

class RoadNameMatcher {
public:
    explicit RoadNameMatcher(const QList<QString>& names);

    // Index into names, or -1. Exact match first; then, only when it picks out a single road, a match after
    // dropping a leading "规划" and folding characters that OCR confuses (风/凤 …).
    int find(const QString& reference) const;

    static QString fold(const QString& name);

private:
    QHash<QString, int> exact_;
    QHash<QString, QList<int>> folded_;
};

} // namespace luming
