// Private: owning handles for PROJ's C objects. Only .cpp files of geo/crs include this (proj.h stays
// out of public headers).
#pragma once

#include <memory>
#include <proj.h>

namespace luming::detail {

struct ProjContextDeleter {
    void operator()(PJ_CONTEXT* ctx) const { proj_context_destroy(ctx); }
};
using ProjContextPtr = std::unique_ptr<PJ_CONTEXT, ProjContextDeleter>;

struct ProjDeleter {
    void operator()(PJ* pj) const { proj_destroy(pj); }
};
using ProjPtr = std::unique_ptr<PJ, ProjDeleter>;

} // namespace luming::detail
