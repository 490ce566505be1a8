// libFuzzer target: bytes → text reader (encoding, damaged bytes) → notice parser → records →
// validator, the path every notice file takes. Built by tools/fuzz.sh (LUMING_FUZZ=ON, clang).
#include "notice/notice_parser.h"
#include "text/text_reader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const luming::ReadOutcome read = luming::TextReader::decode(bytes, QStringLiteral("fuzz.txt"));
    if (read.status != luming::ReadStatus::Ok || !read.decoded)
        return 0;
    const luming::ParseOutcome parsed = luming::NoticeParser::parseText(
        read.decoded->text, QStringLiteral("fuzz.txt"), read.decoded->encoding);
    // Touch the results so nothing is optimised away.
    qsizetype roads = 0;
    for (const auto& notice : parsed.result.notices)
        roads += notice.roads.size() + notice.findings.size();
    return roads < 0 ? 1 : 0;
}
