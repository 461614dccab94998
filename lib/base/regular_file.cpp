#include "base/regular_file.hpp"

#include "base/system_error.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace mee {

Expected<std::string> read_regular_file(const std::filesystem::path& file, std::uintmax_t max_size, Lang lang)
{
    // O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever.
    const int fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return Failure{system_error_text(errno, lang)};
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int error = errno;
        ::close(fd);
        return Failure{system_error_text(error, lang)};
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return Failure{S_ISDIR(st.st_mode) ? system_error_text(EISDIR, lang)
                                           : say(lang, {"geen gewoon bestand", "not a regular file"})};
    }
    std::string bytes;
    char buffer[65536];
    while (bytes.size() <= max_size) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            const int error = errno;
            ::close(fd);
            return Failure{system_error_text(error, lang)};
        }
        bytes.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    if (bytes.size() > max_size + 1) bytes.resize(max_size + 1);
    return bytes;
}

}  // namespace mee
