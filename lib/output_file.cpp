#include "output_file.hpp"

#include "system_error.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <random>

namespace mee {

namespace fs = std::filesystem;

namespace {

// The temporary file being written, for the handler of SIGINT, SIGTERM and
// SIGHUP to remove before the process dies of the signal: an interrupted
// run leaves neither a half file nor a temporary one.
char g_temporary[4096];
volatile std::sig_atomic_t g_has_temporary = 0;

extern "C" void remove_temporary_and_die(int sig)
{
    if (g_has_temporary != 0) ::unlink(g_temporary);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void remove_temporary_on_signals()
{
    static const bool installed = [] {
        for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
            struct sigaction old {};
            if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler != SIG_DFL) continue;  // ignored or taken
            struct sigaction action {};
            action.sa_handler = remove_temporary_and_die;
            sigemptyset(&action.sa_mask);
            ::sigaction(sig, &action, nullptr);
        }
        return true;
    }();
    (void)installed;
}

}  // namespace

Expected<bool> write_file_atomically(const fs::path& path, std::string_view content, Overwrite overwrite, Lang lang)
{
    std::error_code ec;
    if (overwrite == Overwrite::no && fs::exists(path, ec)) {
        return Failure{say(lang,
                           {"'{0}' bestaat al; gebruik --force om het te overschrijven",
                            "'{0}' already exists; use --force to overwrite it"},
                           path.string())};
    }
    if (fs::is_directory(path, ec)) {
        return Failure{say(lang, {"'{0}' is een map, geen bestand", "'{0}' is a folder, not a file"}, path.string())};
    }
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::random_device rd;
    const fs::path temporary = folder / fmt::format(".{}.mee-{:08x}.tmp", path.filename().string(), rd());
    remove_temporary_on_signals();
    const bool tracked = temporary.native().size() < sizeof g_temporary;
    if (tracked) {
        g_has_temporary = 0;
        std::memcpy(g_temporary, temporary.c_str(), temporary.native().size() + 1);
    }
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd >= 0 && tracked) g_has_temporary = 1;
    if (fd < 0) {
        return Failure{say(lang, {"kan '{0}' niet schrijven: {1}", "cannot write '{0}': {1}"}, path.string(),
                           system_error_text(errno, lang))};
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
    if (error != 0) ::unlink(temporary.c_str());
    g_has_temporary = 0;
    if (error != 0) {
        return Failure{say(lang, {"kan '{0}' niet schrijven: {1}", "cannot write '{0}': {1}"}, path.string(),
                           system_error_text(error, lang))};
    }
    return true;
}

Expected<bool> refuse_input_as_output(const fs::path& path, const std::vector<fs::path>& inputs, Lang lang)
{
    std::error_code ec;
    for (const fs::path& input : inputs) {
        if (fs::exists(path, ec) && fs::equivalent(path, input, ec)) {
            return Failure{say(lang,
                               {"'{0}' is een van de documenten die mee leest; mee schrijft er nooit overheen",
                                "'{0}' is one of the documents mee reads; mee never writes over it"},
                               path.string())};
        }
    }
    return true;
}

}  // namespace mee
