#include "notice/file_findings.h"

#include "core/finding_messages.h"

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
        out.append(
            fileWarning(FindingCode::NulBytes, findingMessage(FindingMessage::NulBytes,
                                                              {file, QString::number(decoded.nulBytesRemoved),
                                                               QString::number(decoded.firstNulLine)})));
    for (const ReplacedRun& run : decoded.replacedRuns)
        out.append(fileWarning(FindingCode::UndecodableBytes,
                               findingMessage(FindingMessage::UndecodableLine,
                                              {file, QString::number(run.line),
                                               QString::number(run.characters), decoded.encoding})));
    if (decoded.replacedRunCount > decoded.replacedRuns.size())
        out.append(fileWarning(
            FindingCode::UndecodableBytes,
            findingMessage(FindingMessage::UndecodableMore,
                           {file, QString::number(decoded.replacedRunCount - decoded.replacedRuns.size()),
                            QString::number(decoded.replacedCharacters)})));
    return out;
}

QList<Finding> normalisingFindings(const NormalizedText& norm, const QString& fileName) {
    if (norm.bidiControlsRemoved() == 0)
        return {};
    return {fileWarning(
        FindingCode::BidiControl,
        findingMessage(FindingMessage::BidiControls,
                       {QFileInfo(fileName).fileName(), QString::number(norm.bidiControlsRemoved()),
                        QString::number(norm.firstBidiControlLine())}))};
}

} // namespace luming
