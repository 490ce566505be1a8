// ctest-label: system
// links: luming_app_core
// Roads drawn outside their 区 (issue 10 point 4), per road, checked against the layout's containment
// rows (geo/districts/district_containment.cpp, GDAL/GEOS in EPSG:4548) on the real seed notice: a 街道
// whose roads all lie inside has none marked, and where roads leave, the farthest mark equals the row's
// farthest distance (1 m tolerance: the scene keeps vertices as floats, ~4 mm, and both measure the
// same vertices to the same polygon edges).
#include "districts/district_containment.h"
#include "project_loader.h"
#include "roads_outside_district.h"
#include "test_support.h"

#include <QtTest>

using namespace luming;
using namespace luming::app;

class TestRoadsOutsideDistrict : public QObject {
    Q_OBJECT

    std::optional<ProjectLoad> load_;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        load_ = ProjectLoader::load(test::seedNoticePath(), CacheUse::Off);
        QVERIFY2(load_->project && load_->scene, qPrintable(load_->error));
        QVERIFY(!load_->project->districts.isEmpty());
    }

    void agreesWithTheContainmentRows() {
        const Project& project = *load_->project;
        const QHash<RoadKey, double> outside = roadsOutsideDistrict(project, *load_->scene);
        int rowsWithRoadsOutside = 0;
        for (const LayoutReportRow& row : districtContainment(project)) {
            // The roads of this row's 街道 (row.name) in its notice.
            double farthest = 0;
            int marked = 0;
            for (const Notice& n : project.parse.notices)
                for (const RoadRecord& r : n.roads)
                    if (n.id == row.notice && (r.subdistricts.contains(row.name) || r.district == row.name))
                        if (outside.contains({n.id, r.seq})) {
                            ++marked;
                            farthest = std::max(farthest, outside.value({n.id, r.seq}));
                        }
            if (row.valueM > 0)
                ++rowsWithRoadsOutside;
            QVERIFY2(std::abs(farthest - row.valueM) < 1.0,
                     qPrintable(QStringLiteral("%1: marked %2 road(s), farthest %3 m; row: %4")
                                    .arg(row.name)
                                    .arg(marked)
                                    .arg(farthest)
                                    .arg(row.detail)));
        }
        // The seed's 港沟街道 has roads drawn into 历下区 (luming layout: 6 of 23, farthest 687 m, 风集路).
        QVERIFY(rowsWithRoadsOutside >= 1);
    }
};

QTEST_MAIN(TestRoadsOutsideDistrict)
#include "tst_roads_outside_district.moc"
