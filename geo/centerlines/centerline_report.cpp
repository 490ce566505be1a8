#include "centerlines/centerline_report.h"

#include "core/finding_messages.h"

#include <cmath>

namespace luming {

namespace {

QString fmt(double v, int decimals = 1) {
    return QString::number(v, 'f', decimals);
}

QString endWord(bool start) {
    return start ? QStringLiteral("start") : QStringLiteral("end");
}

constexpr CenterlineCheck kFailures[] = {
    CenterlineCheck::NoLine,       CenterlineCheck::NotChained, CenterlineCheck::EndRoadMissing,
    CenterlineCheck::StartOff,     CenterlineCheck::EndOff,     CenterlineCheck::LengthOff,
    CenterlineCheck::DirectionOff,
};

// The residuals of a line, as a report row says them: phrases of the findings' table, joined by ", "
// so a viewer translates each one.
QString residualText(const RoadRecord& r, const CenterlineMatch& m) {
    QStringList parts;
    if (m.startGapM)
        parts << findingMessage(FindingMessage::ReportResidualStart, {fmt(*m.startGapM), r.start});
    if (m.endGapM)
        parts << findingMessage(FindingMessage::ReportResidualEnd, {fmt(*m.endGapM), r.end});
    if (m.lengthErrorM && r.lengthM)
        parts << findingMessage(
            FindingMessage::ReportResidualLengthStated,
            {fmt(m.lengthM), fmt(*r.lengthM), fmt(*m.lengthErrorM / *r.lengthM * 100, 2)});
    else
        parts << findingMessage(FindingMessage::ReportResidualLength, {fmt(m.lengthM)});
    if (m.directionOffDeg)
        parts << findingMessage(FindingMessage::ReportResidualDirection, {fmt(*m.directionOffDeg)});
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString centerlineCheckText(CenterlineCheck check) {
    switch (check) {
    case CenterlineCheck::Passed:
        return QStringLiteral("taken");
    case CenterlineCheck::NoLine:
        return QStringLiteral("no line of the name");
    case CenterlineCheck::NotChained:
        return QStringLiteral("not one line");
    case CenterlineCheck::EndRoadMissing:
        return QStringLiteral("end road not in the layer");
    case CenterlineCheck::StartOff:
        return QStringLiteral("start off its road");
    case CenterlineCheck::EndOff:
        return QStringLiteral("end off its road");
    case CenterlineCheck::LengthOff:
        return QStringLiteral("length off");
    case CenterlineCheck::DirectionOff:
        return QStringLiteral("direction off");
    }
    return {};
}

LayoutReportRow centerlineRow(const NoticeId& notice, const RoadRecord& r, const CenterlineMatch& m,
                              const CenterlineOptions& o, const QString& fileName) {
    LayoutReportRow row{notice, r.seq, r.name, ReportKind::Centerline, {}, 0};
    row.valueM = std::max(m.startGapM.value_or(0), m.endGapM.value_or(0));
    if (m.matched()) {
        row.detail = findingMessage(FindingMessage::ReportCenterlineTaken,
                                    {fileName, QString::number(m.pieces), residualText(r, m)});
        return row;
    }
    const QString why = centerlineCheckText(m.outcome);
    if (m.outcome == CenterlineCheck::NotChained)
        row.detail = findingMessage(FindingMessage::ReportCenterlineNotChained,
                                    {why, QString::number(m.pieces), fmt(o.chainGapM)});
    else if (m.outcome == CenterlineCheck::EndRoadMissing)
        row.detail = findingMessage(FindingMessage::ReportCenterlineEndRoadMissing, {why, m.missingRoad});
    else if (m.outcome != CenterlineCheck::NoLine)
        row.detail = findingMessage(FindingMessage::ReportCenterlineClosest, {why, residualText(r, m)});
    else
        row.detail = findingMessage(FindingMessage::ReportCenterlineSchematic, {why});
    return row;
}

Finding centerlineFinding(const RoadRecord& r, const CenterlineMatch& m, const CenterlineOptions& o,
                          const QString& fileName) {
    const QString seq = QString::number(r.seq);
    FindingMessage message = FindingMessage::CenterlineNoLine;
    QStringList args{seq, r.name, fileName};
    switch (m.outcome) {
    case CenterlineCheck::Passed:
    case CenterlineCheck::NoLine:
        break;
    case CenterlineCheck::NotChained:
        message = FindingMessage::CenterlineNotChained;
        args << QString::number(m.pieces) << fmt(o.chainGapM, 0);
        break;
    case CenterlineCheck::EndRoadMissing:
        message = FindingMessage::CenterlineEndRoadMissing;
        args << m.missingRoad << endWord(m.missingAtStart);
        break;
    case CenterlineCheck::StartOff:
    case CenterlineCheck::EndOff: {
        const bool start = m.outcome == CenterlineCheck::StartOff;
        message = FindingMessage::CenterlineEndOff;
        args << endWord(start) << fmt((start ? m.startGapM : m.endGapM).value_or(0))
             << (start ? r.start : r.end) << fmt(o.endGapM, 0);
        break;
    }
    case CenterlineCheck::LengthOff:
        message = FindingMessage::CenterlineLengthOff;
        args << fmt(m.lengthM) << fmt(std::abs(m.lengthErrorM.value_or(0)) / r.lengthM.value_or(1) * 100)
             << fmt(r.lengthM.value_or(0), 0) << fmt(o.lengthTolerance * 100, 0);
        break;
    case CenterlineCheck::DirectionOff: {
        const bool straight = r.shape == Shape::None || r.shape == Shape::Straight;
        message = FindingMessage::CenterlineDirectionOff;
        args << fmt(m.directionOffDeg.value_or(0))
             << fmt(straight ? o.straightDirectionLimitDeg : o.bentDirectionLimitDeg, 0);
        break;
    }
    }
    const FindingCode code = FindingCode::CenterlineRejected;
    return {defaultSeverity(code), code, findingMessage(message, args), {r.seq}, r.name, {}};
}

LayoutReportRow centerlineSummaryRow(const NoticeId& notice, int matched,
                                     const QHash<CenterlineCheck, int>& failedBy, const QString& fileName) {
    int failed = 0;
    QStringList reasons;
    for (CenterlineCheck check : kFailures) {
        const int n = failedBy.value(check);
        failed += n;
        if (n > 0)
            reasons << findingMessage(FindingMessage::ReportCenterlineReason,
                                      {centerlineCheckText(check), QString::number(n)});
    }
    const QStringList args{fileName, QString::number(matched), QString::number(failed),
                           reasons.join(QStringLiteral(", "))};
    const QString detail = findingMessage(reasons.isEmpty() ? FindingMessage::ReportCenterlineSummary
                                                            : FindingMessage::ReportCenterlineSummaryReasons,
                                          args);
    return {notice, 0, QString(), ReportKind::Centerline, detail, double(matched)};
}

} // namespace luming
