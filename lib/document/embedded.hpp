#pragma once
// Files compiled into the binary from schemas/ and profiles/ (one source of truth: the
// same files editors use). Defined in the generated document/embedded.cpp.

#include <string_view>

namespace mee::embedded {

extern const std::string_view k_plan_schema_json;
extern const std::string_view k_eindverslag_schema_json;
extern const std::string_view k_initiatief_schema_json;
extern const std::string_view k_profile_schema_json;
extern const std::string_view k_dalfsen_2025_yaml;

}  // namespace mee::embedded
