#pragma once
// A stable hash of bytes, the same on every machine and in every run: for
// ids and names mee derives from text (finding fingerprints, calendar UIDs,
// shortened file names), never for security.

#include <cstdint>
#include <string_view>

namespace mee {

// 64-bit FNV-1a of `text`.
inline std::uint64_t fnv1a64(std::string_view text)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

}  // namespace mee
