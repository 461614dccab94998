#pragma once

namespace mee::cli {

// Parses the command line, runs the command and returns the exit status:
// 0 done, 1 findings at or above the threshold (check), 2 usage error or
// nothing could be judged.
int run(int argc, char** argv);

}  // namespace mee::cli
