// The pipeline's one step for regions: every notice gets its region (the user's choice, else detected)
// and the region and place findings (region_detector.h, place_check.h). Re-running replaces what an
// earlier run added, so a parse can be assigned, then laid out, without doubled findings.
#pragma once

#include "core/notice.h"
#include "core/result.h"
#include "region/gazetteer.h"

#include <QStringList>

namespace luming {

// The gazetteer at Gazetteer::defaultPath(), read once per process and shared (it is immutable); an
// error naming tools/install-data.sh when there is none.
[[nodiscard]] const Result<Gazetteer>& defaultGazetteer();

// `chosen` known: every notice gets it (basis Chosen); else each notice's own region is detected.
// Returns warnings for the caller to show (no gazetteer: every region stays unknown).
QStringList assignRegions(QList<Notice>& notices, const NoticeRegion& chosen = {});

// The user's `--region CODE|NAME` through the default gazetteer.
[[nodiscard]] Result<NoticeRegion> chooseRegion(const QString& codeOrName);

} // namespace luming
