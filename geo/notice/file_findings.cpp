#include "notice/file_findings.h"

#include <QFileInfo>

namespace luming {

namespace {

Finding fileWarning(FindingCode code, QString message) {
    return {defaultSeverity(code), code, std::move(message), {}, {}, {}};
}

} // namespace

QList<Finding> decodingFindings(const DecodedText& decoded, const QString& fileName) {
    const QString file = QFileInfo(fileName).fileName();
    QList<Finding> out;
    if (decoded.nulBytesRemoved > 0)
        out.append(fileWarning(
            FindingCode::NulBytes,
            QStringLiteral("%1: %2 NUL byte(s) removed (first on line %3); the file may be damaged.")
                .arg(file)
                .arg(decoded.nulBytesRemoved)
                .arg(decoded.firstNulLine)));
    for (const ReplacedRun& run : decoded.replacedRuns)
        out.append(
            fileWarning(FindingCode::UndecodableBytes,
                        QStringLiteral("%1, line %2: %3 character(s) could not be decoded as %4 and were "
                                       "replaced by \uFFFD; what that line says may be misread.")
                            .arg(file)
                            .arg(run.line)
                            .arg(run.characters)
                            .arg(decoded.encoding)));
    if (decoded.replacedRunCount > decoded.replacedRuns.size())
        out.append(
            fileWarning(FindingCode::UndecodableBytes,
                        QStringLiteral("%1: %2 more place(s) with undecodable bytes are not listed (%3 "
                                       "character(s) replaced in all).")
                            .arg(file)
                            .arg(decoded.replacedRunCount - decoded.replacedRuns.size())
                            .arg(decoded.replacedCharacters)));
    return out;
}

QList<Finding> normalisingFindings(const NormalizedText& norm, const QString& fileName) {
    if (norm.bidiControlsRemoved() == 0)
        return {};
    return {fileWarning(
        FindingCode::BidiControl,
        QStringLiteral("%1: %2 bidirectional control character(s) (such as U+202E) removed, first "
                       "on line %3: they make a name display other than it reads.")
            .arg(QFileInfo(fileName).fileName())
            .arg(norm.bidiControlsRemoved())
            .arg(norm.firstBidiControlLine()))};
}

} // namespace luming
