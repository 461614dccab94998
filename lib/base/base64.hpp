#pragma once
// Base64 (RFC 4648, the standard alphabet, with padding), for images that a
// report carries inside itself as data: URIs.

#include <string>
#include <string_view>

namespace mee {

// `bytes` in base64: four characters for every three bytes, padded with '='.
std::string base64_encode(std::string_view bytes);

}  // namespace mee
