// Fuzz target: the bytes as a policy profile (--profile FILE, or `profile:`
// in .mee.yaml): the YAML, the profile schema, the consistency checks, and,
// when it is a good profile, the document schemas built from its lists.

#include "policy/profile.hpp"
#include "document/schema.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace mee;
    std::string text(reinterpret_cast<const char*>(data), size);
    auto profile = profile_from_text(std::move(text), "fuzz-profile.yaml", Lang::en);
    if (!profile) return 0;
    (void)schemas_for_profile(*profile);
    (void)profile->places();
    return 0;
}
