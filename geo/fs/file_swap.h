// Replacing a set of files (a shapefile and its sidecars) as one step, crash-safe at every point.
//
// The new files are complete and checked in a staging folder beside the target before anything in the
// target folder changes. A journal naming the swap is then written into the staging folder (atomically:
// temp + fsync + rename), and only after that are the old files moved aside (into <staging>/.previous)
// and the new ones renamed in, one rename(2) each. A crash between two renames leaves a journal; the next
// run that looks at the folder (cleanLeftovers) finishes the swap from whatever step it reached
// (roll forward), or — when a live run had started undoing a failed swap and said so in the journal —
// finishes the undo. Either way the folder ends with the complete old set or the complete new set.
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace luming {

struct FileSwap {
    QString stagingDir;   // holds the new files, the journal and .previous/
    QString targetDir;    // where the files go
    QStringList newFiles; // names (no folder) of the files in stagingDir that replace those in targetDir
    QStringList oldOnly;  // names of the old set with no new counterpart: moved aside, not replaced
};

enum class SwapDirection { Forward, Back };

// Writes the journal (durably) with the given direction; from then on a crash is recovered.
[[nodiscard]] Status writeSwapJournal(const FileSwap& swap, SwapDirection direction);
// The journal of a staging folder, if it has a complete one.
[[nodiscard]] Result<std::pair<FileSwap, SwapDirection>> readSwapJournal(const QString& stagingDir,
                                                                         const QString& targetDir);
// Completes the swap (Forward) or undoes it (Back) from any intermediate state. Idempotent. Removes the
// journal only on success.
[[nodiscard]] Status finishSwap(const FileSwap& swap, SwapDirection direction);

// The name of the journal inside a staging folder.
[[nodiscard]] QString swapJournalName();

} // namespace luming
