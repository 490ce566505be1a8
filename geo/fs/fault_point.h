// Named points in every write sequence where a test may kill the process, to prove that a kill at any
// step leaves the target either as it was or complete (tests/tst_fault_injection.cpp).
//
// LUMING_FAULT_STEP=<name>[#n] makes the n-th (default first) pass through faultPoint(<name>) end the
// process with SIGKILL: no destructors, no atexit, no flush — as a crash or `kill -9` would. Compiled
// in always; without the variable a pass costs one comparison of a cached empty string.
#pragma once

namespace luming {

void faultPoint(const char* name);

} // namespace luming
