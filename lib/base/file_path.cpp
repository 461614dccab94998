#include "base/file_path.hpp"

namespace mee {

namespace fs = std::filesystem;

fs::path absolute_normal(const fs::path& p)
{
    std::error_code ec;
    fs::path abs = fs::absolute(p, ec);
    if (ec) abs = p;
    abs = abs.lexically_normal();
    if (abs.has_filename() == false && abs != abs.root_path()) abs = abs.parent_path();
    return abs;
}

bool is_below(const fs::path& path, const fs::path& folder)
{
    const fs::path relative = path.lexically_relative(folder);
    return !relative.empty() && *relative.begin() != "..";
}

}  // namespace mee
