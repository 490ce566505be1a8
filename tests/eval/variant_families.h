// The template families of the variant generator: each varies one dimension of the baseline layout
// (variant_layout.h). Data only; the renderers give each choice its text.
#pragma once

#include "eval/variant_layout.h"

#include <QList>

namespace luming::eval {

// Every variant of every family, the baseline first, in a fixed order (the ratchet's row order).
const QList<Variant>& variantFamilies();
// The wrappers applied to the negative samples (family "negatives"): each must still give no record.
const QList<Variant>& negativeVariants();

} // namespace luming::eval
