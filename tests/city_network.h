// A generated city road network around the seed notice (issue 11 point 7): the seed's 59 roads and the
// roads they name, where the schematic layout of the seed puts them (so their ends touch the named roads
// and their lengths are the stated ones wherever the text's numbers agree), each gently wiggled and cut into
// pieces that run either way; a grid of other named roads to any size; and decoys of each seed road.
#pragma once

#include "centerlines/centerline_network.h"
#include "chinese/chinese_variants.h"
#include "chinese/name_key.h"
#include "crs/crs_codes.h"
#include "crs/crs_transformer.h"
#include "gdal/gdal_dataset_p.h"
#include "gdal/gdal_raii_p.h"
#include "layout/layout_report.h"
#include "layout/layout_solver.h"
#include "project/project_builder.h"
#include "project/region_profile_source.h"
#include "test_support.h"

#include <QFile>
#include <QHash>
#include <cmath>
#include <numbers>

namespace luming::test {

// Decoys: near names (traditional script — the same name key; a look-alike twin character and 路/街 swapped
// — another name) and wrong places or lengths under the same name.
enum class Decoy { None, Traditional, LookAlike, StreetSwap, WrongLength, Shifted };

struct SeedCity {
    Project project;                     // the seed, laid out schematically
    QList<RoadRecord> records;           // its roads
    QHash<int, QList<QPointF>> truth;    // seq → the line the city has (metres, project.region's CRS)
    QList<NamedLine> referenced;         // the roads the seed names, as lines
    QHash<int, QList<NamedLine>> pieces; // seq → the truth cut into pieces
};

namespace city_detail {

inline QPointF perp(QPointF v) {
    const double n = std::hypot(v.x(), v.y());
    return n > 0 ? QPointF(-v.y() / n, v.x() / n) : QPointF(0, 1);
}

// Densified every ≤50 m with a ±1.5 m sideways wiggle that is zero at every original vertex.
inline QList<QPointF> wiggled(const QList<QPointF>& line) {
    QList<QPointF> out{line.first()};
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QPointF a = line[i], b = line[i + 1];
        const double len = std::hypot(b.x() - a.x(), b.y() - a.y());
        const int steps = std::max(1, int(std::ceil(len / 50)));
        for (int k = 1; k <= steps; ++k) {
            const double t = double(k) / steps;
            out.append(a + t * (b - a) + 1.5 * std::sin(2 * std::numbers::pi * t) * perp(b - a));
        }
    }
    return out;
}

// Cut at every fourth vertex; every other piece runs backwards.
inline QList<QList<QPointF>> cut(const QList<QPointF>& line) {
    QList<QList<QPointF>> out;
    QList<QPointF> piece{line.first()};
    for (qsizetype i = 1; i < line.size(); ++i) {
        piece.append(line[i]);
        if ((i % 4 == 0 && i + 1 < line.size()) || i + 1 == line.size()) {
            if (out.size() % 2 == 1)
                std::reverse(piece.begin(), piece.end());
            out.append(piece);
            piece = {line[i]};
        }
    }
    return out;
}

inline QString traditional(const QString& name) {
    static const QHash<QChar, QChar> table = [] {
        const QString s =
            QStringLiteral("东华龙凤阳兴长庄马门园桥经纬汉广丰乐宁义头岭湾库场坝圣兰云营杨刘张钢铁"
                           "发开关历区县镇乡村会运泺济师范环线机电车站厂业县丽贤联农鲁黄");
        const QString t =
            QStringLiteral("東華龍鳳陽興長莊馬門園橋經緯漢廣豐樂寧義頭嶺灣庫場壩聖蘭雲營楊劉張鋼鐵"
                           "發開關歷區縣鎮鄉村會運濼濟師範環線機電車站廠業縣麗賢聯農魯黃");
        QHash<QChar, QChar> m;
        for (qsizetype i = 0; i < s.size(); ++i)
            m.insert(s[i], t[i]);
        return m;
    }();
    QString out = name;
    for (QChar& c : out)
        c = table.value(c, c);
    return ChineseVariants::isTraditionalVariant(out, name) ? out : QString();
}

// A twin look-alike (resources/lookalike_chars.tsv, use "twin": not folded in the name key) swapped in.
inline QString lookAlike(const QString& name) {
    static const QList<QString> groups = [] {
        QList<QString> g;
        QFile f(QStringLiteral(LUMING_RESOURCES_DIR "/lookalike_chars.tsv"));
        if (!f.open(QIODevice::ReadOnly))
            return g;
        for (const QByteArray& line : f.readAll().split('\n')) {
            const QList<QByteArray> cols = line.split('\t');
            if (cols.size() >= 2 && cols[1] == "twin")
                g.append(QString::fromUtf8(cols[0]));
        }
        return g;
    }();
    for (qsizetype i = 0; i + 1 < name.size(); ++i) { // never the last character (路, 街 …)
        for (const QString& group : groups) {
            const qsizetype at = group.indexOf(name[i]);
            if (at >= 0) {
                QString out = name;
                out[i] = group[(at + 1) % group.size()];
                return out;
            }
        }
    }
    return {};
}

inline QString streetSwap(const QString& name) {
    if (name.endsWith(u'路'))
        return name.chopped(1) + u'街';
    if (name.endsWith(u'街'))
        return name.chopped(1) + u'路';
    if (name.endsWith(u'道'))
        return name.chopped(1) + u'路';
    return {};
}

// start → a point off the middle → end, as long as factor × the line.
inline QList<QPointF> detour(const QList<QPointF>& line, double factor, double endShiftM) {
    const double target = factor * LayoutReport::polylineLength(line);
    // Ends moved sideways along the roads they touch (beyond the chaining gap, within the end check).
    const QPointF a = line.first() + endShiftM * perp(line[1] - line[0]);
    const QPointF b = line.last() + endShiftM * perp(line.last() - line[line.size() - 2]);
    const QPointF mid = (a + b) / 2;
    const QPointF n = perp(b - a);
    double lo = 0, hi = target;
    for (int k = 0; k < 60; ++k) {
        const double h = (lo + hi) / 2;
        const QPointF p = mid + h * n;
        (LayoutReport::polylineLength({a, p, b}) < target ? lo : hi) = h;
    }
    return {a, mid + lo * n, b};
}

inline QPointF nearestOn(const QList<QPointF>& line, QPointF p) {
    QPointF best = line.first();
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QPointF e = line[i + 1] - line[i];
        const double len2 = QPointF::dotProduct(e, e);
        const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - line[i], e) / len2, 0.0, 1.0) : 0.0;
        const QPointF q = line[i] + t * e;
        if (std::hypot(q.x() - p.x(), q.y() - p.y()) < std::hypot(best.x() - p.x(), best.y() - p.y()))
            best = q;
    }
    return best;
}

// Along the road's own chord, past its end: its ends leave the roads they touch.
inline QPointF alongShift(const QList<QPointF>& line) {
    const QPointF chord = line.last() - line.first();
    const double d = std::hypot(chord.x(), chord.y());
    return d > 0 ? (d + std::max(1000.0, 0.5 * d)) / d * chord : QPointF(1500, 0);
}

} // namespace city_detail

// The seed laid out, as the city's truth.
inline const SeedCity& seedCity() {
    static const SeedCity city = [] {
        using namespace city_detail;
        SeedCity c;
        ProjectBuild build = ProjectBuilder::fromNoticeFile(seedNoticePath());
        c.project = build.project;
        const Notice& notice = c.project.parse.notices.first();
        c.records = notice.roads;
        QStringList warnings;
        const AnchorTable anchors = loadAnchors(c.project.region, warnings);
        LayoutOptions options;
        options.region = c.project.region;
        const LayoutResult layout = LayoutSolver(options).solve(notice, anchors);
        auto gk = CrsTransformer::create(crs::cgcs2000Geographic(), c.project.region.metricCrs());
        auto metres = [&](const LonLatLine& line) {
            QList<QPointF> pts;
            for (const LonLat& p : line)
                pts.append(QPointF(p.lon, p.lat));
            return gk->forward(pts);
        };
        QList<QList<QPointF>> noticeLines;
        for (const RoadGeometry& g : layout.roads)
            noticeLines.append(metres(g.points));
        for (const ReferencedRoadLine& r : layout.referencedRoads) {
            QList<QPointF> line = metres(r.points);
            if (line.isEmpty())
                continue;
            if (line.size() == 1) { // one road meets it: across that road's end
                QPointF dir(1, 0);
                double best = 1e300;
                for (const QList<QPointF>& n : noticeLines) {
                    for (bool first : {true, false}) {
                        const QPointF e = first ? n.first() : n.last();
                        const double d = std::hypot(e.x() - line[0].x(), e.y() - line[0].y());
                        if (d < best) {
                            best = d;
                            dir = first ? n[1] - n[0] : n.last() - n[n.size() - 2];
                        }
                    }
                }
                line = {line[0] - 300 * perp(dir), line[0] + 300 * perp(dir)};
            } else { // real roads go on past their last junction
                const QPointF d0 = line[0] - line[1];
                const QPointF d1 = line.last() - line[line.size() - 2];
                line.prepend(line[0] + 100 / std::max(1e-9, std::hypot(d0.x(), d0.y())) * d0);
                line.append(line.last() + 100 / std::max(1e-9, std::hypot(d1.x(), d1.y())) * d1);
            }
            c.referenced.append({r.name, line, {}});
        }
        // A city is consistent where the text's numbers are not: an end the layout had to let go of its
        // road (a conflict of the text) is put on that road in the city.
        auto lineNamed = [&](const QString& name) -> std::optional<QList<QPointF>> {
            for (qsizetype i = 0; i < layout.roads.size(); ++i)
                if (NameKey::same(notice.roads[layout.roads[i].id.seq - 1].name, name))
                    return noticeLines[i];
            for (const NamedLine& r : c.referenced)
                if (NameKey::same(r.name, name))
                    return r.points;
            return std::nullopt;
        };
        for (qsizetype i = 0; i < layout.roads.size(); ++i) {
            const RoadRecord& r = notice.roads[layout.roads[i].id.seq - 1];
            QList<QPointF> line = noticeLines[i];
            if (const auto start = r.start.isEmpty() ? std::nullopt : lineNamed(r.start))
                line.first() = nearestOn(*start, line.first());
            if (const auto end = r.end.isEmpty() ? std::nullopt : lineNamed(r.end))
                line.last() = nearestOn(*end, line.last());
            c.truth.insert(r.seq, wiggled(line));
            for (const QList<QPointF>& p : cut(c.truth[r.seq]))
                c.pieces[r.seq].append({r.name, p, {}});
        }
        return c;
    }();
    return city;
}

// The seed road's decoy of one kind; nullopt when its name has no such variant.
inline std::optional<NamedLine> decoyOf(const SeedCity& c, int seq, Decoy kind) {
    using namespace city_detail;
    const QString name = c.records[seq - 1].name;
    const QList<QPointF>& line = c.truth[seq];
    switch (kind) {
    case Decoy::None:
        return std::nullopt;
    case Decoy::Traditional: {
        const QString t = traditional(name);
        if (t.isEmpty())
            return std::nullopt;
        QList<QPointF> moved;
        for (const QPointF& p : line) // 25 % longer, beyond its end
            moved.append(line.first() + 1.25 * (p - line.first()) + alongShift(line));
        return NamedLine{t, moved, {}};
    }
    case Decoy::LookAlike: {
        const QString l = lookAlike(name);
        return l.isEmpty() ? std::nullopt : std::optional(NamedLine{l, line, {}});
    }
    case Decoy::StreetSwap: {
        const QString s = streetSwap(name);
        return s.isEmpty() ? std::nullopt : std::optional(NamedLine{s, line, {}});
    }
    case Decoy::WrongLength:
        return NamedLine{name, detour(line, 1.2, 17), {}};
    case Decoy::Shifted: {
        QList<QPointF> moved;
        for (const QPointF& p : line)
            moved.append(p + alongShift(line));
        return NamedLine{name, moved, {}};
    }
    }
    return std::nullopt;
}

// filler: other named roads on a 150 m grid around the seed, one line per block (about `filler` lines).
inline QList<NamedLine> gridRoads(const SeedCity& c, int filler) {
    QList<NamedLine> out;
    if (filler <= 0)
        return out;
    QPointF centre;
    for (const QList<QPointF>& l : c.truth)
        centre += l.first();
    centre /= double(c.truth.size());
    const int k = std::max(1, int(std::ceil(std::sqrt(filler / 2.0))));
    const double step = 150;
    const QPointF origin = centre - QPointF(k * step / 2, k * step / 2);
    out.reserve(2 * k * k);
    for (int i = 0; i < k && out.size() < filler; ++i) {
        const QString ew = QStringLiteral("网格横%1路").arg(i + 1);
        const QString ns = QStringLiteral("网格纵%1路").arg(i + 1);
        for (int j = 0; j < k; ++j) {
            out.append(
                {ew, {origin + QPointF(j * step, i * step), origin + QPointF((j + 1) * step, i * step)}, {}});
            out.append(
                {ns, {origin + QPointF(i * step, j * step), origin + QPointF(i * step, (j + 1) * step)}, {}});
        }
    }
    out.resize(std::min<qsizetype>(out.size(), filler));
    return out;
}

// Writes lines (metres in EPSG:metricEpsg) to a GeoPackage in CGCS2000 lon/lat (EPSG:4490), field "name".
inline bool writeCity(const QString& path, const QList<NamedLine>& lines, int metricEpsg) {
    auto back = CrsTransformer::create(QStringLiteral("EPSG:%1").arg(metricEpsg), crs::cgcs2000Geographic());
    gdal::DatasetPtr ds = gdal::createVector(QStringLiteral("GPKG"), path);
    std::optional<OGRSpatialReference> srs = gdal::epsgTraditional(4490);
    if (!back || !ds || !srs)
        return false;
    OGRLayer* layer = ds->CreateLayer("roads", &*srs, wkbLineString, nullptr);
    OGRFieldDefn name("name", OFTString);
    if (!layer || layer->CreateField(&name) != OGRERR_NONE || layer->StartTransaction() != OGRERR_NONE)
        return false;
    for (const NamedLine& l : lines) {
        gdal::FeaturePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("name", l.name.toUtf8().constData());
        OGRLineString geometry;
        for (const QPointF& p : back->forward(l.points))
            geometry.addPoint(p.x(), p.y());
        f->SetGeometry(&geometry);
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    return layer->CommitTransaction() == OGRERR_NONE;
}

} // namespace luming::test
