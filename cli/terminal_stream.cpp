#include "terminal_stream.h"

#include <QString>

namespace luming::cli {

namespace {

void appendCodePoint(QByteArray& out, char32_t c) {
    out += QString::number(uint(c), 16)
               .toUpper()
               .rightJustified(4, u'0')
               .prepend(QStringLiteral("<U+"))
               .append(u'>')
               .toUtf8();
}

} // namespace

QByteArray withVisibleControls(QByteArrayView bytes) {
    QByteArray out;
    out.reserve(bytes.size());
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            // Control Pictures: U+2400 + c for C0, U+2421 for DEL.
            out += QString(QChar(c == 0x7F ? char16_t(0x2421) : char16_t(0x2400 + c))).toUtf8();
            continue;
        }
        // C1 controls, U+0080–U+009F: C2 80 … C2 9F.
        if (c == 0xC2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F) {
            appendCodePoint(out, p[i + 1]);
            ++i;
            continue;
        }
        // Bidirectional controls: U+200E/F (E2 80 8E/8F), U+202A–U+202E (E2 80 AA–AE),
        // U+2066–U+2069 (E2 81 A6–A9); U+061C (D8 9C).
        if (c == 0xE2 && i + 2 < n) {
            const unsigned char b = p[i + 1];
            const unsigned char d = p[i + 2];
            if ((b == 0x80 && (d == 0x8E || d == 0x8F || (d >= 0xAA && d <= 0xAE))) ||
                (b == 0x81 && d >= 0xA6 && d <= 0xA9)) {
                appendCodePoint(out, 0x2000 + ((b & 0x3F) << 6) + (d & 0x3F));
                i += 2;
                continue;
            }
        }
        if (c == 0xD8 && i + 1 < n && p[i + 1] == 0x9C) {
            appendCodePoint(out, 0x061C);
            ++i;
            continue;
        }
        out += char(c);
    }
    return out;
}

VisibleControlsDevice::VisibleControlsDevice(FILE* file) : file_(file) {
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

VisibleControlsDevice::~VisibleControlsDevice() {
    std::fflush(file_);
}

qint64 VisibleControlsDevice::writeData(const char* data, qint64 size) {
    const QByteArray visible = withVisibleControls(QByteArrayView(data, size));
    if (std::fwrite(visible.constData(), 1, size_t(visible.size()), file_) != size_t(visible.size()))
        return -1;
    std::fflush(file_);
    return size;
}

} // namespace luming::cli
