// The notice grammar in one place: every pattern the finder and the item parser use, as data.
// Extending Luming to a new layout means adding rows here, not new parsing code paths.
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace luming {

// A kind of notice title ("…关于…道路命名的通知") and the actions its items default to.
struct TitlePattern {
    QRegularExpression regex; // named groups: subject, kind
    QString description;
};

// A field-bearing clause inside an item ("长447米", "宽15-25米", "位于…辖区内").
struct ClausePattern {
    QString field; // "length", "width", "location"
    QRegularExpression regex;
};

class NoticeGrammar {
public:
    static const NoticeGrammar& instance();

    // Titles of notices that name roads. Matched on normalised text.
    QList<TitlePattern> titles;
    // Words that end an issuer name right before 关于 ("人民政府", "民政局", …).
    QRegularExpression issuerBeforeGuanyu;
    // Document number right after a title: 济政字〔2021〕62号 (any bracket OCR produces).
    QRegularExpression docNumber;
    // A table-of-contents entry: title, "(doc number)", leader, "(page)".
    QRegularExpression tocTail;
    // The gazette's issue line: 2021年第19期(总第353期).
    QRegularExpression gazetteIssue;
    // Declared total in the preamble: "确定命名祈福街等59条新建道路".
    QRegularExpression declaredTotal;
    // Section heading: "一、市中区(9条)".
    QRegularExpression sectionHeading;
    // Item marker: "(一)" … "(五十九)".
    QRegularExpression itemMarker;
    // The item's name sentence: "祈福街。" (name up to the first 。).
    QRegularExpression itemName;
    // A line that closes the notice body: signature with date, "(2021年9月3日印发)", 特此通知.
    QRegularExpression trailerLine;
    QRegularExpression date;
    QList<ClausePattern> clauses;
    // Location clause parts.
    QRegularExpression district;    // leading 区/县 name
    QRegularExpression subdistrict; // one 街道/镇/乡
    // Endpoint grammar tokens, see endpoint_parser.cpp.
    QRegularExpression endpointToken;
    QRegularExpression shapeMarker;   // "L"型, 呈Z字型, 环状
    QRegularExpression plannedSuffix; // trailing "(规划)"

private:
    NoticeGrammar();
};

} // namespace luming
