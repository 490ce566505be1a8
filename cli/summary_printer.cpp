#include "summary_printer.h"

#include "core/finding_messages.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>

namespace luming::cli {

namespace {

// The translation context of the summary's sentences (cli/translations).
struct Summary {
    Q_DECLARE_TR_FUNCTIONS(Summary)
};

QString severityWord(Severity s) {
    switch (s) {
    case Severity::Error:
        return Summary::tr("error");
    case Severity::Warning:
        return Summary::tr("warning");
    case Severity::Info:
        return Summary::tr("note");
    }
    return {};
}

QString districtCounts(const QList<QPair<QString, int>>& counts) {
    QStringList parts;
    for (const auto& [district, n] : counts)
        parts.append(QStringLiteral("%1 %2").arg(district).arg(n));
    return parts.join(Summary::tr(", "));
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
        out.append({d.isEmpty() ? Summary::tr("(no district)") : d, byDistrict.value(d)});
    return out;
}

} // namespace

void printSummary(QTextStream& out, const ParseResult& result, bool verbose) {
    out << QFileInfo(result.file).fileName() << " (" << result.encoding << ")\n";
    for (const auto& f : result.fileFindings)
        out << "  " << severityWord(f.severity) << ": " << translateFindingMessage(f.message) << "\n";
    for (const auto& n : result.notices) {
        // Untitled texts (news reposts, excerpts) have no title to show; say so rather than print nothing.
        out << "  " << (n.title.isEmpty() ? Summary::tr("(untitled notice)") : n.title) << "\n";
        QStringList facts;
        if (!n.docNumber.isEmpty())
            facts.append(n.docNumber);
        if (n.date.isValid())
            facts.append(n.date.toString(Qt::ISODate));
        if (!n.gazette.issue.isEmpty())
            facts.append(n.gazette.page
                             ? Summary::tr("gazette %1 p.%2").arg(n.gazette.issue).arg(*n.gazette.page)
                             : Summary::tr("gazette %1").arg(n.gazette.issue));
        if (!facts.isEmpty())
            out << "  " << facts.join(Summary::tr(", ")) << "\n";
        out << "  " << Summary::tr("%1 roads: %2").arg(n.roads.size()).arg(districtCounts(parsedCounts(n)));
        if (n.declaredTotal || !n.declaredByDistrict.isEmpty()) {
            const QString total = n.declaredTotal ? QString::number(*n.declaredTotal) : QStringLiteral("?");
            out << (n.declaredByDistrict.isEmpty()
                        ? Summary::tr(" (declared %1)").arg(total)
                        : Summary::tr(" (declared %1: %2)").arg(total, districtCounts(n.declaredByDistrict)));
        }
        out << "\n";

        int counts[3] = {0, 0, 0};
        QStringList external;
        for (const auto& f : n.findings) {
            counts[int(f.severity)] += 1;
            if (f.code == FindingCode::ExternalEndpoint)
                external.append(f.message.section(u' ', 0, 0));
        }
        out << "  "
            << Summary::tr("findings: %1 error(s), %2 warning(s), %3 note(s)")
                   .arg(counts[0])
                   .arg(counts[1])
                   .arg(counts[2])
            << "\n";
        for (const auto& f : n.findings) {
            if (f.code == FindingCode::ExternalEndpoint && !verbose)
                continue;
            out << "    " << severityWord(f.severity) << " [" << findingCodeText(f) << "] "
                << translateFindingMessage(f.message) << "\n";
        }
        if (!external.isEmpty() && !verbose)
            out << "    " << severityWord(Severity::Info) << " [external_endpoint] "
                << Summary::tr("%1 endpoint names are not roads of this notice: %2")
                       .arg(external.size())
                       .arg(external.join(QStringLiteral("、")))
                << "\n";
    }
}

} // namespace luming::cli
