// ctest-label: gui
// links: luming_app_core
// Findings that guide (issue 10 point 4): grouped by severity with errors and warnings first, the 31
// external_endpoint notes of the seed folded into one line that opens into the list, and a click on a
// finding selecting its roads. Counts are the hand oracle's (seed_expected.json: 31 external_endpoint,
// one name_variant, one traditional_character), each at its code's default severity.
#include "findings_model.h"
#include "findings_panel.h"
#include "gui_test_window.h"
#include "map_canvas.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace luming;
using namespace luming::app;

namespace {

// The oracle lists codes only; a real reading grades each by its code's table severity.
Project seedWithSeverities() {
    Project project = test::seedOracleProject();
    for (Notice& n : project.parse.notices)
        for (Finding& f : n.findings)
            f.severity = defaultSeverity(f.code);
    return project;
}

using Kind = FindingsModel::NodeKind;

Kind kindOf(const QModelIndex& index) {
    return Kind(index.data(FindingsModel::NodeKindRole).toInt());
}

} // namespace

class TestGuiFindingsPanel : public QObject {
    Q_OBJECT

private slots:
    void init() { test::useThrowAwaySettings(); }

    void groupsBySeverityWarningsFirst() {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(seedWithSeverities());
        // No errors in the seed: warnings come first, then the notes.
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex warnings = model.index(0, 0);
        const QModelIndex notes = model.index(1, 0);
        QCOMPARE(Severity(warnings.data(FindingsModel::SeverityRole).toInt()), Severity::Warning);
        QCOMPARE(Severity(notes.data(FindingsModel::SeverityRole).toInt()), Severity::Info);
        QCOMPARE(warnings.data(FindingsModel::CountRole).toInt(), 2);
        QCOMPARE(notes.data(FindingsModel::CountRole).toInt(), 31);
        QCOMPARE(model.groupIndex(Severity::Error), QModelIndex());
        QCOMPARE(model.groupIndex(Severity::Warning), warnings);

        // Two warnings of two codes: each its own line, unfolded.
        QCOMPARE(model.rowCount(warnings), 2);
        for (int r = 0; r < 2; ++r)
            QCOMPARE(kindOf(model.index(r, 0, warnings)), Kind::Finding);
        // 31 notes of one code: one fold line holding all 31.
        QCOMPARE(model.rowCount(notes), 1);
        const QModelIndex fold = model.index(0, 0, notes);
        QCOMPARE(kindOf(fold), Kind::Fold);
        QCOMPARE(fold.data(FindingsModel::CountRole).toInt(), 31);
        QCOMPARE(model.rowCount(fold), 31);
        QVERIFY2(fold.data().toString().contains(QStringLiteral("external_endpoint")),
                 qPrintable(fold.data().toString()));
        QCOMPARE(kindOf(model.index(30, 0, fold)), Kind::Finding);
    }

    void fewFindingsOfACodeAreNotFolded() {
        Project project = seedWithSeverities();
        QList<Finding>& findings = project.parse.notices.first().findings;
        // Keep three external_endpoint notes: under kFoldFrom, so each stays its own line.
        int kept = 0;
        findings.erase(std::remove_if(findings.begin(), findings.end(),
                                      [&kept](const Finding& f) {
                                          return f.code == FindingCode::ExternalEndpoint && ++kept > 3;
                                      }),
                       findings.end());
        FindingsModel model;
        model.setProject(project);
        const QModelIndex notes = model.groupIndex(Severity::Info);
        QCOMPARE(model.rowCount(notes), FindingsModel::kFoldFrom - 1);
        for (int r = 0; r < model.rowCount(notes); ++r)
            QCOMPARE(kindOf(model.index(r, 0, notes)), Kind::Finding);
    }

    void clickingAFindingSelectsItsRoads() {
        const std::unique_ptr<MainWindow> window = test::openWindow(seedWithSeverities());
        QVERIFY(window);
        FindingsPanel* panel = window->findingsPanel();
        FindingsModel* model = panel->findingsModel();
        // Groups open, the fold closed: the warnings are in sight.
        const QModelIndex warnings = model->groupIndex(Severity::Warning);
        const QModelIndex fold = model->index(0, 0, model->groupIndex(Severity::Info));
        QVERIFY(panel->isExpanded(warnings));
        QVERIFY(!panel->isExpanded(fold));

        // The name_variant warning concerns items 12–15, 17, 19–21, 23 and 32 (the oracle's seqs).
        QModelIndex variant;
        for (int r = 0; r < model->rowCount(warnings); ++r)
            if (model->index(r, 0, warnings).data().toString().contains(QStringLiteral("name_variant")))
                variant = model->index(r, 0, warnings);
        QVERIFY(variant.isValid());
        const QRect rect = panel->visualRect(variant);
        QVERIFY(!rect.isEmpty());
        QTest::mouseClick(panel->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QList<int> seqs;
        for (const RoadKey& k : window->selectedRoads())
            seqs << k.seq;
        QCOMPARE(seqs, (QList<int>{12, 13, 14, 15, 17, 19, 20, 21, 23, 32}));
        QCOMPARE(window->canvas()->selectedRoads().size(), 10);

        // The fold line selects every road its findings name.
        panel->setCurrentIndex(fold);
        QCOMPARE(window->selectedRoads(), model->roadsAt(fold));
        QVERIFY(window->selectedRoads().size() > 10);
    }
};

QTEST_MAIN(TestGuiFindingsPanel)
#include "tst_gui_findings_panel.moc"
