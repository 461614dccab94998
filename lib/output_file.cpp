#include "output_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>

namespace mee {

namespace fs = std::filesystem;

Expected<bool> write_file_atomically(const fs::path& path, std::string_view content, Overwrite overwrite, Lang lang)
{
    std::error_code ec;
    if (overwrite == Overwrite::no && fs::exists(path, ec)) {
        return Failure{say(lang, {"'{0}' bestaat al; gebruik --force om het te overschrijven",
                                  "'{0}' already exists; use --force to overwrite it"},
                           path.string())};
    }
    if (fs::is_directory(path, ec)) {
        return Failure{say(lang, {"'{0}' is een map, geen bestand", "'{0}' is a folder, not a file"}, path.string())};
    }
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::random_device rd;
    const fs::path temporary = folder / fmt::format(".{}.mee-{:08x}.tmp", path.filename().string(), rd());
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        return Failure{say(lang, {"kan '{0}' niet schrijven: {1}", "cannot write '{0}': {1}"}, path.string(),
                           std::strerror(errno))};
    }
    const char* data = content.data();
    std::size_t left = content.size();
    int error = 0;
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR) continue;
            error = errno;
            break;
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    if (error == 0 && ::fsync(fd) != 0) error = errno;
    if (::close(fd) != 0 && error == 0) error = errno;
    if (error == 0 && std::rename(temporary.c_str(), path.c_str()) != 0) error = errno;
    if (error != 0) {
        ::unlink(temporary.c_str());
        return Failure{say(lang, {"kan '{0}' niet schrijven: {1}", "cannot write '{0}': {1}"}, path.string(),
                           std::strerror(error))};
    }
    return true;
}

Expected<bool> refuse_input_as_output(const fs::path& path, const std::vector<fs::path>& inputs, Lang lang)
{
    std::error_code ec;
    for (const fs::path& input : inputs) {
        if (fs::exists(path, ec) && fs::equivalent(path, input, ec)) {
            return Failure{say(lang, {"'{0}' is een van de documenten die mee leest; mee schrijft er nooit overheen",
                                      "'{0}' is one of the documents mee reads; mee never writes over it"},
                               path.string())};
        }
    }
    return true;
}

}  // namespace mee
