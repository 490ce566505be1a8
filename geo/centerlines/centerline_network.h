// A road layer read for matching: every line part, with its name and name key, in metres of one working
// CRS; looked up by name key.
#pragma once

#include "centerlines/centerline_options.h"
#include "core/feedback.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace luming {

struct NamedLine {
    QString name; // as the layer spells it
    QList<QPointF> points;
    QRectF box;
};

class CenterlineNetwork {
public:
    // Reads options.path reprojected to EPSG:metricEpsg. error(): non-empty when nothing usable was read
    // (names the file); partial reads and guesses go to warnings().
    static CenterlineNetwork load(const CenterlineOptions& options, int metricEpsg,
                                  Feedback* feedback = nullptr);
    // From lines already in metres (tests, other sources).
    static CenterlineNetwork fromLines(QList<NamedLine> lines, QString fileName);

    const QString& error() const { return error_; }
    const QStringList& warnings() const { return warnings_; }
    const QString& fileName() const { return fileName_; } // the file's name, for geometry_source
    qsizetype size() const { return lines_.size(); }
    const NamedLine& line(qsizetype i) const { return lines_[i]; }
    // Lines whose name has this name key (NameKey::of), whose box meets `within`.
    QList<int> named(const QString& key, const QRectF& within) const;

private:
    void index();

    QList<NamedLine> lines_;
    QHash<QString, QList<int>> byKey_;
    QString fileName_;
    QString error_;
    QStringList warnings_;
};

} // namespace luming
