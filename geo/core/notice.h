// A road-naming notice found in a gazette or a stand-alone text, with its records and findings.
#pragma once

#include "core/finding_code.h"
#include "core/notice_id.h"
#include "core/notice_region.h"
#include "core/road_record.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace luming {

// A validation result: data to show and store, not a log line.
struct Finding {
    Severity severity = Severity::Warning;
    FindingCode code = FindingCode::Other;
    QString message;   // one sentence a planner understands
    QList<int> seqs;   // items concerned (may be empty)
    QString subject;   // the name the finding is about (a road or an endpoint), if any
    QString otherCode; // the code as read when code is Other (a newer file's), written back as is
};

// The code as written to files and summaries: the table's text, or otherCode for Other.
QString findingCodeText(const Finding& finding);
// Reads a code from a file: a known code, else Other keeping the text.
void setFindingCode(Finding& finding, const QString& text);

struct GazetteInfo {
    QString issue;           // "2021年第19期(总第353期)"
    std::optional<int> page; // from the table of contents
};

struct Notice {
    NoticeId id; // the key of this notice in a project (see notice_id.h); set by the reader
    QString title;
    QString issuer;
    QString docNumber; // "济政字〔2021〕62号"
    QDate date;
    std::optional<int> declaredTotal;
    QList<QPair<QString, int>> declaredByDistrict; // in printed order
    // Declared counts per action ("6条道路进行命名,16条道路更名"), in printed order.
    QList<QPair<RoadAction, int>> declaredByAction;
    GazetteInfo gazette;
    NoticeRegion region; // the city it is about; unknown → no coordinates (region/region_detector.h)
    QList<RoadRecord> roads;
    QList<Finding> findings;
    QString sourceFile;
    int sourceLine = 0; // line of the title in the source file
    // The headline and introduction as printed (the text before the first item, its first lines only).
    // Read-time only, not stored in a project: region detection weighs the cities it names, which is
    // where a news report or an untitled repost says where it is ("襄阳这10条新路", "来源:诸城新闻网").
    QString lead;
};

// What reading one file produced.
struct ParseResult {
    QString file;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "GB18030", …
    QList<Notice> notices;
    QList<Finding> fileFindings; // about the file itself (NUL bytes stripped, …)
};

} // namespace luming
