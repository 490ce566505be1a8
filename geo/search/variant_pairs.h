// The roads the validator flagged as one road printed two ways (name_variant: "item 32 is printed 风集路,
// but 9 items refer to 凤集路"), so search and history treat the pair as one road. Read from the findings
// and the items they name, never from a list of names.
#pragma once

#include "core/notice.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace luming {

struct ItemNames {
    int seq = 0;
    QString name;
    QStringList refs; // start, turn points, end as printed
};

struct VariantPair {
    int seq = 0;   // the road printed one way
    QString twin;  // the name the other items use for it
    int items = 0; // how many items use it
};

// `items`: every road of one notice; `findings`: that notice's findings. The twin of a flagged road is the
// name every referring item shares, closest in characters to the printed one; a finding whose items share
// none gives no pair.
QList<VariantPair> variantPairs(const QList<ItemNames>& items, const QList<Finding>& findings);

} // namespace luming
