#include "crs_question.h"

#include "layer_report_text.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace luming::app {

namespace {
// The translation context of these texts.
struct CrsQuestion {
    Q_DECLARE_TR_FUNCTIONS(CrsQuestion)
};
} // namespace

CrsAnswer askAboutCrs(QWidget* parent, const QString& path, const QList<LayerReadReport>& doubtful) {
    QStringList lines;
    bool swapped = false;
    int suggested = 0;
    WebDatum datum = WebDatum::None;
    for (const LayerReadReport& r : doubtful) {
        lines << QStringLiteral("• %1: %2").arg(r.layer, crsProblemText(r.crs));
        swapped = swapped || r.crs.problem == CrsProblem::AxesSwapped;
        if (suggested == 0)
            suggested = r.crs.suggestedEpsg;
        if (datum == WebDatum::None)
            datum = r.crs.webDatum;
    }
    QMessageBox box(
        QMessageBox::Warning, CrsQuestion::tr("Coordinate system"),
        CrsQuestion::tr(
            "The coordinates of %1 do not fit its coordinate system; drawn as declared, the layer "
            "would be a speck or land far from the map.")
            .arg(QFileInfo(path).fileName()),
        QMessageBox::Cancel, parent);
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton* swap =
        swapped ? box.addButton(CrsQuestion::tr("Swap axes"), QMessageBox::AcceptRole) : nullptr;
    QPushButton* useSuggested =
        suggested > 0 ? box.addButton(CrsQuestion::tr("Use EPSG:%1").arg(suggested), QMessageBox::AcceptRole)
                      : nullptr;
    QPushButton* unshift = datum != WebDatum::None
                               ? box.addButton(CrsQuestion::tr("Convert from %1").arg(webDatumName(datum)),
                                               QMessageBox::AcceptRole)
                               : nullptr;
    QPushButton* choose = box.addButton(CrsQuestion::tr("Choose CRS…"), QMessageBox::ActionRole);
    QPushButton* anyway = box.addButton(CrsQuestion::tr("Load anyway"), QMessageBox::DestructiveRole);
    box.setDefaultButton(swap ? swap : useSuggested ? useSuggested : unshift ? unshift : choose);
    box.exec();

    CrsAnswer answer;
    if (box.clickedButton() == swap && swap) {
        answer.choice = CrsAnswer::Choice::SwapAxes;
    } else if (box.clickedButton() == useSuggested && useSuggested) {
        answer.choice = CrsAnswer::Choice::UseCrs;
        answer.crs = QStringLiteral("EPSG:%1").arg(suggested);
    } else if (box.clickedButton() == unshift && unshift) {
        answer.choice = CrsAnswer::Choice::FromWebDatum;
        answer.webDatum = datum;
    } else if (box.clickedButton() == choose) {
        bool ok = false;
        const QString crs =
            QInputDialog::getText(parent, CrsQuestion::tr("Coordinate system"),
                                  CrsQuestion::tr("The layer's coordinate system (e.g. EPSG:4548):"),
                                  QLineEdit::Normal, QStringLiteral("EPSG:4548"), &ok)
                .trimmed();
        if (ok && !crs.isEmpty()) {
            answer.choice = CrsAnswer::Choice::UseCrs;
            answer.crs = crs;
        }
    } else if (box.clickedButton() == anyway) {
        answer.choice = CrsAnswer::Choice::LoadAnyway;
    }
    return answer;
}

} // namespace luming::app
