// Fuzz target: a .meeignore pattern and a path, as `PATTERN\nPATH`, through
// glob_match. Matching takes time linear in pattern × path (lib/check/ignore.cpp);
// libFuzzer's -timeout turns a pattern that backtracks into a finding.

#include "check/ignore.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    if (newline == std::string_view::npos) return 0;
    (void)mee::glob_match(input.substr(0, newline), input.substr(newline + 1));
    return 0;
}
