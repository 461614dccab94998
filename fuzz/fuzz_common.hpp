#pragma once
// What the fuzz targets share: the input bytes as a file, because
// load_document reads a path (size, encoding, YAML, kind, schema) and the
// fuzzer should go through exactly that door.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace mee::fuzz {

// A file of this process's own, rewritten for every input; removed at exit.
// The path is never destroyed: a static object's destructor would be
// registered after the atexit handler and so run before it, leaving the
// handler to unlink through freed memory (and the file behind).
inline const std::filesystem::path& input_file()
{
    static const std::filesystem::path* const path = [] {
        const char* dir = std::getenv("TMPDIR");
        const auto* p = new std::filesystem::path(std::filesystem::path(dir != nullptr && *dir != '\0' ? dir : "/tmp") /
                                                  ("mee-fuzz-" + std::to_string(::getpid()) + ".yaml"));
        std::atexit([] { std::remove(input_file().c_str()); });
        return p;
    }();
    return *path;
}

// Writes `data` to input_file() and returns its path.
inline const std::filesystem::path& write_input(const std::uint8_t* data, std::size_t size)
{
    const auto& path = input_file();
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) std::abort();
    if (size != 0 && std::fwrite(data, 1, size, f) != size) std::abort();
    std::fclose(f);
    return path;
}

}  // namespace mee::fuzz
