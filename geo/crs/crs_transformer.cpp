#include "crs/crs_transformer.h"

#include "crs/proj_raii_p.h"

#include <QCoreApplication>
#include <cmath>
#include <utility>
#include <vector>

namespace luming {

namespace {

// PROJ's messages on one context (its default logger would print them on stderr, one per failed point
// under a moving cursor): the first kMessagesKept, then only counted.
struct ProjLog {
    static constexpr qsizetype kMessagesKept = 100;
    QStringList messages;
    qsizetype dropped = 0;
};

void collectProjMessage(void* data, int level, const char* message) {
    auto* log = static_cast<ProjLog*>(data);
    if (!log || level > PJ_LOG_ERROR) // debug and trace chatter: dropped
        return;
    if (log->messages.size() < ProjLog::kMessagesKept)
        log->messages.append(QString::fromUtf8(message ? message : "").trimmed());
    else
        ++log->dropped;
}

} // namespace

struct CrsTransformer::Impl {
    // Declaration order matters: the transformation is destroyed before the context it lives in, and
    // the log after both (PROJ writes to it until the context is gone).
    ProjLog log;
    detail::ProjContextPtr ctx;
    detail::ProjPtr pj;
    QString from;
    QString to;
};

namespace {

QString contextError(PJ_CONTEXT* ctx) {
    const int err = proj_context_errno(ctx);
    const char* text = err != 0 ? proj_context_errno_string(ctx, err) : nullptr;
    return text ? QString::fromUtf8(text) : QCoreApplication::translate("luming::Geo", "unknown PROJ error");
}

QPointF transformOne(PJ* pj, PJ_DIRECTION direction, QPointF point) {
    // A failed point comes back as HUGE_VAL; the errno is reset so the next point starts clean.
    const PJ_COORD out = proj_trans(pj, direction, proj_coord(point.x(), point.y(), 0, 0));
    if (proj_errno(pj) != 0) {
        proj_errno_reset(pj);
        return {HUGE_VAL, HUGE_VAL};
    }
    return {out.xy.x, out.xy.y};
}

QList<QPointF> transformMany(PJ* pj, PJ_DIRECTION direction, const QList<QPointF>& points) {
    std::vector<double> xs(points.size());
    std::vector<double> ys(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        xs[i] = points[i].x();
        ys[i] = points[i].y();
    }
    const auto n = static_cast<size_t>(points.size());
    proj_trans_generic(pj, direction, xs.data(), sizeof(double), n, ys.data(), sizeof(double), n, nullptr, 0,
                       0, nullptr, 0, 0);
    proj_errno_reset(pj);
    QList<QPointF> out;
    out.reserve(points.size());
    for (size_t i = 0; i < n; ++i)
        out.append(QPointF(xs[i], ys[i]));
    return out;
}

} // namespace

Result<CrsTransformer> CrsTransformer::create(const QString& fromCrs, const QString& toCrs) {
    auto impl = std::make_unique<Impl>();
    impl->ctx.reset(proj_context_create());
    if (!impl->ctx)
        return fail(QCoreApplication::translate("luming::Geo", "cannot create a PROJ context"));
    // No network grids: results must not depend on what happens to be downloadable.
    proj_context_set_enable_network(impl->ctx.get(), 0);
    proj_log_func(impl->ctx.get(), &impl->log, &collectProjMessage);
    const QByteArray from = fromCrs.toUtf8();
    const QByteArray to = toCrs.toUtf8();
    detail::ProjPtr raw(proj_create_crs_to_crs(impl->ctx.get(), from.constData(), to.constData(), nullptr));
    if (!raw)
        return fail(QCoreApplication::translate("luming::Geo", "no transformation from %1 to %2: %3")
                        .arg(fromCrs, toCrs, contextError(impl->ctx.get())));
    // EPSG:4490/4326 are lat/lon and the Gauss–Krüger zones northing/easting; normalise to lon/lat,
    // easting/northing.
    impl->pj.reset(proj_normalize_for_visualization(impl->ctx.get(), raw.get()));
    if (!impl->pj)
        return fail(QCoreApplication::translate("luming::Geo", "cannot normalise axis order for %1 → %2: %3")
                        .arg(fromCrs, toCrs, contextError(impl->ctx.get())));
    impl->from = fromCrs;
    impl->to = toCrs;
    return CrsTransformer(std::move(impl));
}

CrsTransformer::CrsTransformer(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
CrsTransformer::CrsTransformer(CrsTransformer&& other) noexcept = default;
CrsTransformer& CrsTransformer::operator=(CrsTransformer&& other) noexcept = default;
CrsTransformer::~CrsTransformer() = default;

QStringList CrsTransformer::takeMessages() {
    if (!d)
        return {};
    QStringList out = std::exchange(d->log.messages, {});
    if (d->log.dropped > 0)
        out.append(QCoreApplication::translate("luming::Geo", "(%1 more PROJ messages)")
                       .arg(std::exchange(d->log.dropped, 0)));
    return out;
}

QString CrsTransformer::fromCrs() const {
    return d ? d->from : QString();
}
QString CrsTransformer::toCrs() const {
    return d ? d->to : QString();
}

QPointF CrsTransformer::forward(QPointF point) const {
    return d ? transformOne(d->pj.get(), PJ_FWD, point) : QPointF(HUGE_VAL, HUGE_VAL);
}

QPointF CrsTransformer::inverse(QPointF point) const {
    return d ? transformOne(d->pj.get(), PJ_INV, point) : QPointF(HUGE_VAL, HUGE_VAL);
}

QList<QPointF> CrsTransformer::forward(const QList<QPointF>& points) const {
    return d ? transformMany(d->pj.get(), PJ_FWD, points)
             : QList<QPointF>(points.size(), {HUGE_VAL, HUGE_VAL});
}

QList<QPointF> CrsTransformer::inverse(const QList<QPointF>& points) const {
    return d ? transformMany(d->pj.get(), PJ_INV, points)
             : QList<QPointF>(points.size(), {HUGE_VAL, HUGE_VAL});
}

bool CrsTransformer::isFinite(QPointF point) {
    return std::isfinite(point.x()) && std::isfinite(point.y());
}

} // namespace luming
