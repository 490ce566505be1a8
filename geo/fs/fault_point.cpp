#include "fs/fault_point.h"

#include <QByteArray>
#include <atomic>
#include <csignal>
#include <cstdlib>

namespace luming {
namespace {

struct FaultSpec {
    QByteArray name;
    int hit = 1; // which pass through the point kills
};

const FaultSpec& spec() {
    static const FaultSpec s = [] {
        FaultSpec f;
        const QByteArray value = qgetenv("LUMING_FAULT_STEP");
        const qsizetype hash = value.indexOf('#');
        f.name = hash < 0 ? value : value.left(hash);
        if (hash >= 0)
            f.hit = qMax(1, value.mid(hash + 1).toInt());
        return f;
    }();
    return s;
}

} // namespace

void faultPoint(const char* name) {
    const FaultSpec& s = spec();
    if (s.name.isEmpty() || s.name != name)
        return;
    static std::atomic<int> passes{0};
    if (++passes == s.hit)
        std::raise(SIGKILL);
}

} // namespace luming
