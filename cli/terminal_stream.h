// The commands' stdout and stderr. What luming prints quotes notices, and a notice may hold control
// characters: an ESC sequence would recolour, move or retitle the user's terminal, a U+202E would
// reverse what follows. Those are printed as visible stand-ins (␛, <U+202E>) instead.
#pragma once

#include <QIODevice>
#include <QTextStream>
#include <cstdio>

namespace luming::cli {

// Bytes to a C stream with control characters made visible (UTF-8 in, UTF-8 out); line breaks and
// tabs pass.
class VisibleControlsDevice : public QIODevice {
public:
    explicit VisibleControlsDevice(FILE* file);
    ~VisibleControlsDevice() override;
    [[nodiscard]] bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    FILE* file_;
};

// Holds the device so it is built before, and destroyed after, the QTextStream that writes to it.
struct VisibleControlsDeviceHolder {
    explicit VisibleControlsDeviceHolder(FILE* file) : visibleDevice(file) {}
    VisibleControlsDevice visibleDevice;
};

class TerminalStream : private VisibleControlsDeviceHolder, public QTextStream {
public:
    explicit TerminalStream(FILE* file) : VisibleControlsDeviceHolder(file), QTextStream(&visibleDevice) {}
    ~TerminalStream() override { flush(); }
};

// `bytes` (UTF-8) with C0 controls but line break and tab shown as control pictures (ESC → ␛),
// DEL as ␡, C1 controls and bidirectional controls as <U+XXXX>.
[[nodiscard]] QByteArray withVisibleControls(QByteArrayView bytes);

} // namespace luming::cli
