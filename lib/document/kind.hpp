#pragma once
// The three kinds of document (documents.md: the `soort` key).

#include <array>
#include <optional>
#include <string_view>

namespace mee {

enum class DocKind { plan, eindverslag, initiatief };

inline constexpr std::array<DocKind, 3> k_all_kinds = {DocKind::plan, DocKind::eindverslag, DocKind::initiatief};

constexpr std::string_view kind_name(DocKind kind)
{
    switch (kind) {
        case DocKind::plan:
            return "plan";
        case DocKind::eindverslag:
            return "eindverslag";
        case DocKind::initiatief:
            return "initiatief";
    }
    return "plan";
}

constexpr std::optional<DocKind> parse_kind(std::string_view s)
{
    for (DocKind kind : k_all_kinds) {
        if (kind_name(kind) == s) return kind;
    }
    return std::nullopt;
}

}  // namespace mee
