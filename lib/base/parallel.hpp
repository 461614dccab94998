#pragma once
// Work spread over threads: what `mee check` and `mee agenda` use to read
// many documents at once.

#include <cstddef>
#include <functional>

namespace mee {

// Runs `work(i)` for i in [0, count) on `jobs` threads (at most `count`).
void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work);

}  // namespace mee
