#include "eval/course_phrasing.h"

namespace luming::eval {
namespace {

QString startClause(const LabelRecord& r, EndsStyle style) {
    if (r.start.isEmpty())
        return {};
    switch (style) {
    case EndsStyle::DirQiZhi:
        return r.startDir.isEmpty() ? QStringLiteral("起于") + r.start
                                    : r.startDir + QStringLiteral("起") + r.start;
    case EndsStyle::DirQiYuZhiYu:
        return r.startDir + QStringLiteral("起于") + r.start;
    default:
        return QStringLiteral("起于") + r.start;
    }
}

QString endClause(const LabelRecord& r, EndsStyle style) {
    if (r.end.isEmpty())
        return {};
    switch (style) {
    case EndsStyle::DirQiZhi:
        return r.endDir + QStringLiteral("至") + r.end;
    case EndsStyle::DirQiYuZhiYu:
        return r.endDir + QStringLiteral("止于") + r.end;
    default:
        return QStringLiteral("止于") + r.end;
    }
}

// 自A至B, 由A至B, A至B段: only with both ends; otherwise the item falls back to 起于/止于.
QString pairClause(const LabelRecord& r, EndsStyle style) {
    if (r.start.isEmpty() || r.end.isEmpty())
        return {};
    switch (style) {
    case EndsStyle::ZiAZhiB:
        return QStringLiteral("自%1至%2").arg(r.start, r.end);
    case EndsStyle::YouAZhiB:
        return QStringLiteral("由%1至%2").arg(r.start, r.end);
    case EndsStyle::ADuanB:
        return QStringLiteral("%1至%2段").arg(r.start, r.end);
    default:
        return {};
    }
}

} // namespace

bool keepsDirections(EndsStyle style) {
    return style == EndsStyle::DirQiZhi || style == EndsStyle::DirQiYuZhiYu;
}

QStringList courseClauses(const LabelRecord& r, EndsStyle style, ClauseOrder order) {
    const QString via =
        r.via.isEmpty() ? QString() : QStringLiteral("途经") + r.via.join(QStringLiteral("、"));
    QStringList out;
    if (const QString pair = pairClause(r, style); !pair.isEmpty())
        out = {pair, via};
    // End first only where both ends carry their compass word (西至B,东起A); a bare 至B first is not a
    // phrasing notices use.
    else if (order == ClauseOrder::EndBeforeStart && !r.startDir.isEmpty() && !r.endDir.isEmpty())
        out = {endClause(r, style), startClause(r, style), via};
    else
        out = {startClause(r, style), via, endClause(r, style)};
    out.removeAll(QString());
    return out;
}

QString metres(double v) {
    return QString::number(v, 'g', 12);
}

QStringList measureClauses(const LabelRecord& r) {
    QStringList out;
    if (r.lengthM)
        out.append(QStringLiteral("长%1%2米")
                       .arg(r.lengthApprox ? QStringLiteral("约") : QString(), metres(*r.lengthM)));
    if (r.widthMinM && r.widthMaxM && *r.widthMinM != *r.widthMaxM)
        out.append(QStringLiteral("宽%1~%2米").arg(metres(*r.widthMinM), metres(*r.widthMaxM)));
    else if (r.widthMinM)
        out.append(QStringLiteral("宽%1米").arg(metres(*r.widthMinM)));
    return out;
}

} // namespace luming::eval
