#include "summary_printer.h"

#include <QFileInfo>
#include <QMap>

namespace luming::cli {

namespace {

QString districtCounts(const QList<QPair<QString, int>>& counts) {
    QStringList parts;
    for (const auto& [district, n] : counts)
        parts.append(QStringLiteral("%1 %2").arg(district).arg(n));
    return parts.join(QStringLiteral(", "));
}

// Parsed counts per district, in the order the notice declares them, then any others.
QList<QPair<QString, int>> parsedCounts(const Notice& n) {
    QMap<QString, int> byDistrict;
    QStringList order;
    for (const auto& [district, declared] : n.declaredByDistrict)
        order.append(district);
    for (const auto& r : n.roads) {
        if (!order.contains(r.district))
            order.append(r.district);
        byDistrict[r.district] += 1;
    }
    QList<QPair<QString, int>> out;
    for (const auto& d : order)
        out.append({d.isEmpty() ? QStringLiteral("(no district)") : d, byDistrict.value(d)});
    return out;
}

} // namespace

void printSummary(QTextStream& out, const ParseResult& result, bool verbose) {
    out << QFileInfo(result.file).fileName() << " (" << result.encoding << ")\n";
    for (const auto& f : result.fileFindings)
        out << "  " << severityCode(f.severity) << ": " << f.message << "\n";
    for (const auto& n : result.notices) {
        // Untitled texts (news reposts, excerpts) have no title to show; say so rather than print nothing.
        out << "  " << (n.title.isEmpty() ? QStringLiteral("(untitled notice)") : n.title) << "\n";
        QStringList facts;
        if (!n.docNumber.isEmpty())
            facts.append(n.docNumber);
        if (n.date.isValid())
            facts.append(n.date.toString(Qt::ISODate));
        if (!n.gazette.issue.isEmpty())
            facts.append(QStringLiteral("gazette %1%2")
                             .arg(n.gazette.issue,
                                  n.gazette.page ? QStringLiteral(" p.%1").arg(*n.gazette.page) : QString()));
        if (!facts.isEmpty())
            out << "  " << facts.join(QStringLiteral(", ")) << "\n";
        out << "  region: "
            << (n.region.known() ? QStringLiteral("%1 %2 (%3)")
                                       .arg(n.region.code, n.region.name, regionBasisCode(n.region.basis))
                                 : QStringLiteral("unknown"))
            << "\n";
        out << "  " << n.roads.size() << " roads: " << districtCounts(parsedCounts(n));
        if (n.declaredTotal || !n.declaredByDistrict.isEmpty()) {
            out << " (declared "
                << (n.declaredTotal ? QString::number(*n.declaredTotal) : QStringLiteral("?"));
            if (!n.declaredByDistrict.isEmpty())
                out << ": " << districtCounts(n.declaredByDistrict);
            out << ")";
        }
        out << "\n";

        int counts[3] = {0, 0, 0};
        QStringList external;
        for (const auto& f : n.findings) {
            counts[int(f.severity)] += 1;
            if (f.code == FindingCode::ExternalEndpoint)
                external.append(f.message.section(u' ', 0, 0));
        }
        out << "  findings: " << counts[0] << " error(s), " << counts[1] << " warning(s), " << counts[2]
            << " note(s)\n";
        for (const auto& f : n.findings) {
            if (f.code == FindingCode::ExternalEndpoint && !verbose)
                continue;
            out << "    " << severityCode(f.severity) << " [" << findingCodeText(f) << "] " << f.message
                << "\n";
        }
        if (!external.isEmpty() && !verbose)
            out << "    note [external_endpoint] " << external.size()
                << " endpoint names are not roads of this notice: " << external.join(QStringLiteral("、"))
                << "\n";
    }
}

} // namespace luming::cli
