// An advisory flock(2) on a file, held for the life of this object: it marks a temp file or staging
// folder as owned by a running save or export. The kernel drops it when the owner dies in any way, so a
// later run that gets the lock knows the owner is gone and may clean up or finish its work. flock is
// independent of the fcntl locks SQLite uses, so neither disturbs the other.
#pragma once

#include <QString>

namespace luming {

class OwnerLock {
public:
    OwnerLock() = default;
    ~OwnerLock();
    OwnerLock(OwnerLock&& other) noexcept;
    OwnerLock& operator=(OwnerLock&& other) noexcept;
    OwnerLock(const OwnerLock&) = delete;
    OwnerLock& operator=(const OwnerLock&) = delete;

    // Opens (creating when `create`) and locks `path` without waiting; isHeld() says whether it worked.
    enum class Create { Yes, No };
    [[nodiscard]] static OwnerLock tryLock(const QString& path, Create create);
    [[nodiscard]] bool isHeld() const { return fd_ >= 0; }

private:
    int fd_ = -1;
};

} // namespace luming
