#include "base/source.hpp"

#include <algorithm>

namespace mee {

Source::Source(std::string text) : text_(std::move(text))
{
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
}

std::string_view Source::line(int line) const
{
    if (line < 1 || static_cast<std::size_t>(line) > line_starts_.size()) return {};
    const std::size_t begin = line_starts_[line - 1];
    std::size_t end = static_cast<std::size_t>(line) < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
    std::string_view view(text_.data() + begin, end - begin);
    if (!view.empty() && view.back() == '\r') view.remove_suffix(1);
    return view;
}

Mark Source::mark_at(std::size_t offset) const
{
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line_index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
    const std::size_t begin = line_starts_[line_index];
    const auto column = count_code_points(std::string_view(text_).substr(begin, offset - begin));
    return Mark{static_cast<int>(line_index) + 1, static_cast<int>(column) + 1};
}

std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& code_point)
{
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        code_point = c;
        return 1;
    }
    std::size_t len = 0;
    char32_t min = 0;
    char32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4, min = 0x10000, cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto next = static_cast<unsigned char>(s[i + k]);
        if ((next & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (next & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    code_point = cp;
    return len;
}

std::optional<std::size_t> first_invalid_utf8(std::string_view s)
{
    char32_t ignored = 0;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = decode_utf8(s, i, ignored);
        if (len == 0) return i;
        i += len;
    }
    return std::nullopt;
}

std::size_t count_code_points(std::string_view s)
{
    std::size_t count = 0;
    for (char c : s) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    }
    return count;
}

}  // namespace mee
