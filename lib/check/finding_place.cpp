#include "check/finding_place.hpp"
#include "base/file_path.hpp"

#include "check/walk.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <tuple>

namespace mee {

namespace fs = std::filesystem;

std::string portable_path(std::string_view shown)
{
    fs::path p{std::string(shown)};
    if (p.is_absolute()) {
        const fs::path cwd = absolute_normal(".");
        const fs::path rel = p.lexically_normal().lexically_relative(cwd);
        if (!rel.empty() && !rel.generic_string().starts_with("..")) p = rel;
    }
    std::string out = p.lexically_normal().generic_string();
    while (out.starts_with("./"))
        out.erase(0, 2);
    return out.empty() ? std::string(shown) : out;
}

std::vector<std::string> finding_node_paths(const CheckResult& result)
{
    std::vector<std::string> out;
    out.reserve(result.findings.size());
    for (const Finding& f : result.findings)
        out.push_back(f.node);
    return out;
}

std::string fingerprint(std::string_view path, std::string_view code, std::string_view node, std::size_t occurrence)
{
    // NUL separates the parts: it cannot occur in any of them.
    std::string key;
    key.append(path).push_back('\0');
    key.append(code).push_back('\0');
    key.append(node);
    if (occurrence > 0) {
        key.push_back('\0');
        key.append("#" + std::to_string(occurrence));
    }
    return fmt::format("{:016x}", fnv1a64(key));
}

std::vector<std::string> finding_fingerprints(const CheckResult& result)
{
    const std::vector<std::string> nodes = finding_node_paths(result);
    std::map<std::tuple<std::string, std::string, std::string>, std::size_t> seen;
    std::vector<std::string> out;
    out.reserve(nodes.size());
    for (std::size_t i = 0; i < result.findings.size(); ++i) {
        const Finding& f = result.findings[i];
        const std::string path = portable_path(f.path);
        std::size_t& n = seen[{path, f.code, nodes[i]}];
        out.push_back(fingerprint(path, f.code, nodes[i], n));
        ++n;
    }
    return out;
}

}  // namespace mee
