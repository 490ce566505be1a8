#include "road_details_html.h"

#include "app_translator.h"
#include "core/finding_messages.h"
#include "core/project.h"
#include "core/road_fields.h"
#include "field_text.h"
#include "register/road_register.h"

#include <QFileInfo>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace luming::app {

namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString metres(double m) {
    return QLocale().toString(m, 'f', m == std::floor(m) ? 0 : 1) + QStringLiteral(" m");
}

QString row(const QString& label, const QString& valueHtml) {
    return QStringLiteral("<tr><th align=left valign=top>%1</th><td>%2</td></tr>").arg(esc(label), valueHtml);
}

// Why the field holds its value, shown on hover ("why 东起经十路: rule start.dir_qi, line 12"); empty
// when the record has no evidence for it (an older project, a field no text gave).
QString evidenceTip(const RoadRecord& road, FieldId id) {
    const auto it = road.evidence.constFind(id);
    if (it == road.evidence.constEnd())
        return {};
    QString tip =
        RoadDetailsHtml::tr("why %1: rule %2, line %3").arg(it->text.simplified(), it->rule).arg(it->line);
    if (!it->lexicon.isEmpty())
        tip += RoadDetailsHtml::tr(" (lexicon row %1)").arg(it->lexicon);
    return tip;
}

// A value with its evidence as the hover text (the rich text's title attribute is a tooltip).
QString withTip(const QString& valueHtml, const QString& tip) {
    if (tip.isEmpty())
        return valueHtml;
    return QStringLiteral("<span title=\"%1\">%2</span>").arg(esc(tip), valueHtml);
}

QString orDash(const QString& s) {
    return s.isEmpty() ? QStringLiteral("—") : esc(s);
}
QString list(const QStringList& l) {
    return l.isEmpty() ? QStringLiteral("—") : esc(l.join(QStringLiteral("、")));
}

QString actionText(RoadAction a) {
    switch (a) {
    case RoadAction::Name:
        return RoadDetailsHtml::tr("name (命名)");
    case RoadAction::Rename:
        return RoadDetailsHtml::tr("rename (更名)");
    case RoadAction::Adjust:
        return RoadDetailsHtml::tr("adjust ends (调整起止点)");
    case RoadAction::Cancel:
        return RoadDetailsHtml::tr("cancel (注销)");
    }
    return {};
}

QString severityText(Severity s) {
    switch (s) {
    case Severity::Error:
        return RoadDetailsHtml::tr("error");
    case Severity::Warning:
        return RoadDetailsHtml::tr("warning");
    case Severity::Info:
        return RoadDetailsHtml::tr("info");
    }
    return {};
}

QString shapeText(Shape shape) {
    switch (shape) {
    case Shape::None:
        return {};
    case Shape::Straight:
        return RoadDetailsHtml::tr("straight");
    case Shape::L:
        return RoadDetailsHtml::tr("L-shaped");
    case Shape::Z:
        return RoadDetailsHtml::tr("Z-shaped");
    case Shape::Loop:
        return RoadDetailsHtml::tr("loop");
    case Shape::Turn:
        return RoadDetailsHtml::tr("turning");
    }
    return {};
}

QString widthText(const RoadRecord& r) {
    if (!r.widthMinM && !r.widthMaxM)
        return QStringLiteral("—");
    QString text;
    if (r.widthMinM && r.widthMaxM && *r.widthMinM != *r.widthMaxM)
        text = metres(*r.widthMinM) + QStringLiteral(" – ") + metres(*r.widthMaxM);
    else
        text = metres(r.widthMinM ? *r.widthMinM : *r.widthMaxM);
    if (!r.widthParts.isEmpty()) {
        QStringList parts;
        for (double p : r.widthParts)
            parts << QLocale().toString(p);
        text += QStringLiteral(" (%1)").arg(parts.join(QLatin1Char('+')));
    }
    return esc(text);
}

QString endText(Direction dir, const QString& name) {
    if (name.isEmpty())
        return QStringLiteral("—");
    return esc(dir == Direction::None ? name : QStringLiteral("%1: %2").arg(directionCode(dir), name));
}

// A value of the field table shown plainly (for fields the panel has no presentation of its own).
QString plainValue(const RoadField& field, const QVariant& v) {
    return orDash(fieldText(field, v, AppTranslator::labelLanguage()));
}

} // namespace

// The record's rows, in the field table's order (geo/core/road_fields.h). Most fields have a
// presentation here: a planner reads "15 m – 25 m" rather than two width fields, "北: 熙和街" rather
// than a direction and a name. Fields shown inside another's row or elsewhere in the panel are named
// as such; a field the table gains and this function does not know gets a plain row with the table's
// label, so nothing the record holds is left out by omission.
QString RoadDetailsHtml::recordRows(const RoadRecord& road) {
    const LabelLanguage language = AppTranslator::labelLanguage();
    QString html;
    for (const RoadField& field : roadFields()) {
        const QString& k = field.key;
        const auto row = [&road, &field](const QString& label, const QString& valueHtml) {
            return luming::app::row(label, withTip(valueHtml, evidenceTip(road, field.id)));
        };
        if (k == u"seq")
            html += row(tr("Item"), QString::number(road.seq));
        else if (k == u"action")
            html += row(tr("Action"), esc(actionText(road.action)));
        else if (k == u"old_name") {
            if (road.oldName)
                html += row(tr("Former name"), esc(*road.oldName));
        } else if (k == u"district")
            html += row(tr("District"), orDash(road.district));
        else if (k == u"subdistricts")
            html += row(tr("Subdistricts"), list(road.subdistricts));
        else if (k == u"length_m")
            html += row(tr("Length"), road.lengthM ? esc((road.lengthApprox ? tr("about ") : QString()) +
                                                         metres(*road.lengthM))
                                                   : QStringLiteral("—"));
        else if (k == u"width_min_m")
            html += row(tr("Width"), widthText(road));
        else if (k == u"start")
            html += row(tr("Start"), endText(road.startDir, road.start));
        else if (k == u"end")
            html += row(tr("End"), endText(road.endDir, road.end));
        else if (k == u"via")
            html += row(tr("Via"), list(road.via));
        else if (k == u"shape")
            html += row(tr("Shape"), orDash(shapeText(road.shape)));
        else if (k == u"planned_refs")
            html += row(tr("Planned references"), list(road.plannedRefs));
        else if (k == u"old_start") {
            if (!road.oldStart.isEmpty() || !road.oldEnd.isEmpty())
                html += row(tr("Former ends"), esc(road.oldStart + QStringLiteral(" – ") + road.oldEnd));
        } else if (k == u"pinyin") {
            if (!road.pinyin.isEmpty())
                html += row(tr("Pinyin"), esc(road.pinyin));
        } else if (k == u"note") {
            if (!road.note.isEmpty())
                html += row(tr("Note"), esc(road.note));
        } else if (k == u"name" || k == u"length_approx" || k == u"width_max_m" || k == u"width_parts" ||
                   k == u"start_dir" || k == u"end_dir" || k == u"old_end" || k.startsWith(u"source_")) {
            // The heading (name), part of another row, or the "As printed" section (source_*).
        } else {
            html += row(fieldLabel(field, language), plainValue(field, field.get(road)));
        }
    }
    return html;
}

// What put the road where it is drawn (RoadGeometry::placement).
QString RoadDetailsHtml::placementText(Placement placement) {
    switch (placement) {
    case Placement::Anchor:
        return tr("the anchor of its 街道");
    case Placement::District:
        return tr("a point inside its 区 (no anchor)");
    case Placement::City:
        return tr("the region's centre (its 区 has no boundary)");
    case Placement::Layer:
        return tr("the roads of its cluster taken from a centerline layer");
    case Placement::None:
        break;
    }
    return QStringLiteral("—");
}

QString RoadDetailsHtml::build(const Project& project, const RoadKey& key) {
    const RoadRecord* road = project.recordOf(key);
    const Notice* notice = project.noticeOf(key.notice);
    if (!road || !notice)
        return {};
    const RoadGeometry* geometry = project.geometryOf(key);

    QString html =
        QStringLiteral("<h2>%1</h2>").arg(withTip(esc(road->name), evidenceTip(*road, FieldId::Name)));
    html += QStringLiteral("<table cellspacing=2 cellpadding=1>");
    html += recordRows(*road);
    if (geometry) {
        html += row(tr("Geometry"), geometry->source == GeometrySource::Schematic
                                        ? tr("schematic, derived from the notice text")
                                        : esc(geometrySourceText(geometry->source, geometry->sourceFile)));
        html += row(tr("Drawn length"), esc(metres(geometry->drawnLengthM)));
        html += row(tr("Placed by"), placementText(geometry->placement));
    } else {
        html +=
            row(tr("Geometry"), project.region.isKnown() ? tr("not placed")
                                                         : tr("not placed: the notice's region is unknown"));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(tr("As printed"));
    html += QStringLiteral("<p style='background:#f4f1e8'>%1</p>").arg(esc(road->source.text.trimmed()));
    QString where = tr("line %1").arg(road->source.line);
    if (!notice->sourceFile.isEmpty())
        where = QStringLiteral("%1, %2").arg(QFileInfo(notice->sourceFile).fileName(), where);
    html += QStringLiteral("<p><small>%1</small></p>").arg(esc(where));

    html += QStringLiteral("<h3>%1</h3><table cellspacing=2 cellpadding=1>").arg(tr("Provenance"));
    html += row(tr("Notice"), orDash(notice->title));
    html += row(tr("Document number"), orDash(notice->docNumber));
    html += row(tr("Issuer"), orDash(notice->issuer));
    html +=
        row(tr("Date"), notice->date.isValid() ? notice->date.toString(Qt::ISODate) : QStringLiteral("—"));
    html += row(tr("Gazette issue"), orDash(notice->gazette.issue));
    html += row(tr("Gazette page"),
                notice->gazette.page ? QString::number(*notice->gazette.page) : QStringLiteral("—"));
    html += QStringLiteral("</table>");

    // What every notice in the project did to this name, oldest first (a project .gpkg keeps them all).
    html += QStringLiteral("<h3>%1</h3>").arg(tr("History"));
    QStringList events;
    for (const RegisterEntry& entry : RoadRegister::build(project.parse.notices).lookup(road->name)) {
        for (const RegisterEvent& e : entry.events) {
            const QString what =
                e.action == RoadAction::Rename
                    ? tr("%1: %2 → %3").arg(actionText(e.action), esc(e.oldName), esc(e.name))
                    : QStringLiteral("%1: %2").arg(actionText(e.action), esc(e.name));
            events << QStringLiteral("<li>%1 — %2 (%3)</li>")
                          .arg(e.date.isValid() ? e.date.toString(Qt::ISODate) : tr("undated"), what,
                               esc(e.docNumber.isEmpty() ? e.title : e.docNumber));
        }
        if (entry.status != RoadStatus::Named)
            events << QStringLiteral("<li><b>%1</b></li>")
                          .arg(entry.status == RoadStatus::Cancelled
                                   ? tr("Cancelled")
                                   : tr("Renamed to %1").arg(esc(entry.renamedTo)));
    }
    html += events.isEmpty() ? QStringLiteral("<p>—</p>")
                             : QStringLiteral("<ul>%1</ul>").arg(events.join(QString()));

    QStringList findings;
    for (const Finding& f : notice->findings)
        if (f.seqs.contains(road->seq))
            findings << QStringLiteral("<li><b>%1</b> [%2] %3</li>")
                            .arg(esc(severityText(f.severity)), esc(findingCodeLabel(findingCodeText(f))),
                                 esc(translateFindingMessage(f.message)));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Findings"));
    html += findings.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("None concern this road."))
                               : QStringLiteral("<ul>%1</ul>").arg(findings.join(QString()));

    QStringList misfits;
    for (const LayoutReportRow& r : project.layoutReport)
        if (r.notice == key.notice && r.seq == key.seq)
            misfits << QStringLiteral("<li><b>%1</b> %2 (%3)</li>")
                           .arg(esc(reportKindText(r.kind)), esc(translateFindingMessage(r.detail)),
                                esc(metres(r.valueM)));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Layout report"));
    html += misfits.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("No rows for this road."))
                              : QStringLiteral("<ul>%1</ul>").arg(misfits.join(QString()));
    return html;
}

QString RoadDetailsHtml::summary(const Project& project) {
    QString html;
    for (const Notice& notice : project.parse.notices) {
        html +=
            QStringLiteral("<h2>%1</h2>").arg(esc(notice.title.isEmpty() ? notice.docNumber : notice.title));
        html += QStringLiteral("<table cellspacing=2 cellpadding=1>");
        html += row(tr("Document number"), orDash(notice.docNumber));
        html += row(tr("Issuer"), orDash(notice.issuer));
        html +=
            row(tr("Region"),
                notice.region.known()
                    ? esc(tr("%1 %2 (%3: %4)")
                              .arg(notice.region.name, notice.region.code,
                                   notice.region.basis == RegionBasis::Chosen ? tr("chosen") : tr("detected"),
                                   notice.region.evidence))
                    : esc(tr("unknown: no coordinates until a region is chosen")));
        html +=
            row(tr("Date"), notice.date.isValid() ? notice.date.toString(Qt::ISODate) : QStringLiteral("—"));
        html += row(tr("Gazette issue"), orDash(notice.gazette.issue));
        html += row(tr("Gazette page"),
                    notice.gazette.page ? QString::number(*notice.gazette.page) : QStringLiteral("—"));
        // Roads read per district, against the count the notice declares for it.
        QList<QPair<QString, int>> read;
        for (const RoadRecord& r : notice.roads) {
            auto it =
                std::find_if(read.begin(), read.end(), [&](const auto& p) { return p.first == r.district; });
            if (it == read.end())
                read.append({r.district, 1});
            else
                ++it->second;
        }
        QStringList counts;
        for (const auto& [district, n] : read) {
            const auto declared =
                std::find_if(notice.declaredByDistrict.begin(), notice.declaredByDistrict.end(),
                             [&d = district](const auto& p) { return p.first == d; });
            counts << (declared != notice.declaredByDistrict.end() && declared->second != n
                           ? tr("%1 %2 (declared %3)").arg(district).arg(n).arg(declared->second)
                           : QStringLiteral("%1 %2").arg(district).arg(n));
        }
        QString total = QString::number(notice.roads.size());
        if (notice.declaredTotal && *notice.declaredTotal != notice.roads.size())
            total = tr("%1 (declared %2)").arg(notice.roads.size()).arg(*notice.declaredTotal);
        html += row(tr("Roads"), esc(total + QStringLiteral(": ") + counts.join(QStringLiteral(", "))));
        html += QStringLiteral("</table>");
        // Counted here, listed in the Findings panel (grouped by severity, many of one kind folded).
        int bySeverity[3] = {0, 0, 0};
        for (const Finding& f : notice.findings)
            ++bySeverity[int(f.severity)];
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Findings"));
        html += notice.findings.isEmpty()
                    ? QStringLiteral("<p>%1</p>").arg(tr("None."))
                    : QStringLiteral("<p>%1</p>")
                          .arg(esc(tr("%1 error(s), %2 warning(s), %3 note(s) — see the Findings panel.")
                                       .arg(bySeverity[int(Severity::Error)])
                                       .arg(bySeverity[int(Severity::Warning)])
                                       .arg(bySeverity[int(Severity::Info)])));
    }
    return html;
}

} // namespace luming::app
