#include "render/markdown.hpp"

#include "base/filled.hpp"
#include "base/html.hpp"
#include "base/text.hpp"
#include "yaml/access.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace mee {

std::string md_text(std::string_view text)
{
    return escape_markdown(one_line_text(text));
}

std::string md_web_link(std::string_view url)
{
    const std::string u = one_line_text(url);
    const bool web = u.starts_with("https://") || u.starts_with("http://");
    const bool plain = u.size() <= 500 && std::all_of(u.begin(), u.end(), [](char c) {
                           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                  std::string_view("-._~/:%?=&#+,;@").find(c) != std::string_view::npos;
                       });
    const std::size_t host = u.find("://");
    const bool has_host = host != std::string::npos && host + 3 < u.size() && u[host + 3] != '/';
    if (!web || !plain || !has_host) return md_text(url);
    return "[" + md_text(u) + "](<" + u + ">)";
}

std::string md_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows)
{
    const auto line = [&](const std::vector<std::string>& cells) {
        std::string out = "|";
        for (std::size_t i = 0; i < header.size(); ++i) {
            const std::string& cell = i < cells.size() ? cells[i] : std::string();
            out += " " + (cell.empty() ? std::string("—") : cell) + " |";
        }
        return out + "\n";
    };
    std::string out = line(header) + "|";
    for (std::size_t i = 0; i < header.size(); ++i)
        out += "---|";
    out += "\n";
    for (const auto& row : rows)
        out += line(row);
    return out;
}

std::string md_field(std::string_view label, const std::string& value)
{
    return value.empty() ? std::string() : fmt::format("- **{}:** {}\n", label, value);
}

std::string md_labelled(std::string_view label, const std::string& value)
{
    return value.empty() ? std::string() : fmt::format("**{}:** {}\n\n", label, value);
}

std::string md_text_at(const Node* node, std::string_view key)
{
    const auto t = scalar_text(child(node, key));
    return t && has_content(*t) ? md_text(*t) : std::string();
}

std::string werkvorm_name(std::string_view key)
{
    std::string out(key);
    std::replace(out.begin(), out.end(), '-', ' ');
    return out;
}

}  // namespace mee
