#include "region_picker.h"

#include "region/region_assigner.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace luming::app {

namespace {
// The translation context of these texts.
struct RegionPicker {
    Q_DECLARE_TR_FUNCTIONS(RegionPicker)
};

// "济南市 370100" for every city-level unit (and the four municipalities' provinces).
QStringList cityChoices() {
    QStringList out;
    const Result<Gazetteer>& gazetteer = defaultGazetteer();
    if (!gazetteer)
        return out;
    for (const AdminUnit& u : gazetteer->units())
        if (u.kind == AdminKind::City || (u.kind == AdminKind::Province && u.name.endsWith(u'市')))
            out << QStringLiteral("%1 %2").arg(u.name, u.code);
    return out;
}
} // namespace

std::optional<NoticeRegion> askRegion(QWidget* parent, const NoticeRegion& current) {
    const QStringList choices = cityChoices();
    if (choices.isEmpty()) {
        QMessageBox::warning(parent, RegionPicker::tr("Region"),
                             RegionPicker::tr("The gazetteer is not installed: run tools/install-deps.sh."));
        return std::nullopt;
    }
    const qsizetype at =
        current.known() ? choices.indexOf(QStringLiteral("%1 %2").arg(current.name, current.code)) : -1;
    bool ok = false;
    const QString answer = QInputDialog::getItem(
        parent, RegionPicker::tr("Region"),
        RegionPicker::tr("The city this notice is about (its roads are laid out there; type to filter, or a "
                         "GB/T 2260 code):"),
        choices, int(std::max<qsizetype>(at, 0)), true, &ok);
    if (!ok || answer.trimmed().isEmpty())
        return std::nullopt;
    // "济南市 370100" → the code; anything typed → as typed (a name or a code).
    const QString typed = answer.trimmed();
    const QString codeOrName = typed.contains(u' ') ? typed.section(u' ', -1) : typed;
    const Result<NoticeRegion> region = chooseRegion(codeOrName);
    if (!region) {
        QMessageBox::warning(parent, RegionPicker::tr("Region"), region.errorString());
        return std::nullopt;
    }
    return *region;
}

} // namespace luming::app
