#include "base/output_file.hpp"

#include "base/file_path.hpp"
#include "base/system_error.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <random>
#include <set>
#include <string>
#include <utility>

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

Failure cannot_write(const fs::path& path, int error, Lang lang)
{
    return Failure{say(lang, {"kan '{0}' niet schrijven: {1}", "cannot write '{0}': {1}"}, path.string(),
                       system_error_text(error, lang))};
}

// Writes all of `content` to `fd`; 0 or the errno value.
int write_all(int fd, std::string_view content)
{
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    return 0;
}

// The name of a temporary file: ".mee-PID-RANDOM.tmp", so that the next run
// can tell one whose process is gone.
fs::path temporary_name(const fs::path& folder)
{
    std::random_device rd;
    return folder / fmt::format(".mee-{}-{:08x}.tmp", ::getpid(), rd());
}

// Removes the temporary files that runs killed by SIGKILL (or a power cut)
// left in `folder`: those named by temporary_name whose process is gone.
// Once per folder and run.
void remove_stale_temporaries(const fs::path& folder)
{
    static std::mutex mutex;
    static std::set<fs::path> done;
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (!done.insert(folder).second) return;
    }
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with(".mee-") || !name.ends_with(".tmp")) continue;
        const std::string_view middle = std::string_view(name).substr(5, name.size() - 9);  // PID-RANDOM
        const auto dash = middle.find('-');
        if (dash == std::string_view::npos || dash == 0 || dash > 9 || middle.size() - dash - 1 != 8) continue;
        if (middle.substr(0, dash).find_first_not_of("0123456789") != std::string_view::npos) continue;
        if (middle.substr(dash + 1).find_first_not_of("0123456789abcdef") != std::string_view::npos) continue;
        const pid_t pid = static_cast<pid_t>(std::stol(std::string(middle.substr(0, dash))));
        if (pid == ::getpid() || (::kill(pid, 0) == 0 || errno != ESRCH)) continue;
        struct stat st {};
        if (::lstat(it->path().c_str(), &st) == 0 && S_ISREG(st.st_mode)) ::unlink(it->path().c_str());
    }
}

// Writes into an existing character device or FIFO, as a shell's `>` would.
Expected<bool> write_in_place(const fs::path& path, std::string_view content, Lang lang)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return cannot_write(path, errno, lang);
    int error = write_all(fd, content);
    if (::close(fd) != 0 && error == 0) error = errno;
    if (error != 0) return cannot_write(path, error, lang);
    return true;
}

}  // namespace

Expected<bool> check_output(const fs::path& path, const OutputGuard& guard, Lang lang)
{
    const std::string shown = path.string();
    struct stat link {};
    struct stat st {};
    const bool exists_as_link = ::lstat(path.c_str(), &link) == 0;
    const bool exists = ::stat(path.c_str(), &st) == 0;
    if (exists_as_link && !exists && S_ISLNK(link.st_mode)) {
        const int error = errno;
        if (error == ELOOP) {
            return Failure{say(lang,
                               {"'{0}' is een symbolische koppeling in een kring (die naar zichzelf terug leidt); "
                                "geef een ander bestand",
                                "'{0}' is a symbolic link in a loop (it leads back to itself); give another file"},
                               shown)};
        }
        return Failure{say(lang,
                           {"'{0}' is een symbolische koppeling naar iets dat niet bestaat; mee schrijft er niet "
                            "doorheen: verwijder de koppeling of geef een ander bestand",
                            "'{0}' is a symbolic link to something that does not exist; mee does not write through "
                            "it: remove the link or give another file"},
                           shown)};
    }
    if (exists && S_ISDIR(st.st_mode)) {
        return Failure{say(lang, {"'{0}' is een map, geen bestand", "'{0}' is a folder, not a file"}, shown)};
    }
    if (exists && (S_ISBLK(st.st_mode) || S_ISSOCK(st.st_mode))) {
        return Failure{say(lang,
                           {"'{0}' is een apparaat of socket, geen gewoon bestand; mee schrijft er niet in",
                            "'{0}' is a device or socket, not a regular file; mee does not write into it"},
                           shown)};
    }
    // Symbolic links (of the file or of a folder on the way) may not lead
    // from inside the project, or the current folder, to outside it: a
    // repository can hold a link "report.sarif -> ~/.bashrc".
    std::error_code ec;
    // The workspace's folders as written and with their links resolved (a
    // folder whose links cannot be resolved is left out).
    std::vector<std::pair<fs::path, fs::path>> folders;
    for (const fs::path& folder : guard.workspace) {
        fs::path real = fs::weakly_canonical(folder, ec);
        if (!ec) folders.emplace_back(folder, std::move(real));
    }
    const fs::path lexical = absolute_normal(path);
    const fs::path resolved = fs::weakly_canonical(lexical, ec);
    if (!ec && resolved != lexical) {
        for (const auto& [folder, real_folder] : folders) {
            if (!is_below(lexical, folder) || is_below(resolved, real_folder)) continue;
            return Failure{say(lang,
                               {"'{0}' leidt via een symbolische koppeling naar '{1}', buiten {2}; mee schrijft "
                                "daar niet: geef een pad zonder koppeling",
                                "'{0}' leads through a symbolic link to '{1}', outside {2}; mee does not write there: "
                                "give a path without a link"},
                               shown, resolved.string(), folder.string())};
        }
    }
    if (!exists || !S_ISREG(st.st_mode)) return true;
    for (const fs::path& input : guard.inputs) {
        if (fs::equivalent(path, input, ec)) {
            return Failure{say(lang,
                               {"'{0}' is een van de bestanden die mee leest (een document, .mee.yaml of het "
                                "profiel); mee schrijft er nooit overheen",
                                "'{0}' is one of the files mee reads (a document, .mee.yaml or the profile); mee "
                                "never writes over it"},
                               shown)};
        }
    }
    if (guard.documents) {
        const std::string extension = resolved.extension().string();
        const bool yaml = extension == ".yaml" || extension == ".yml" || resolved.filename() == ".meeignore";
        for (const auto& [folder, real_folder] : folders) {
            if (!yaml || !is_below(resolved, real_folder)) continue;
            return Failure{
                say(lang,
                    {"'{0}' is een YAML-bestand van het project (een document of de configuratie); mee schrijft er "
                     "nooit overheen: geef een ander bestand, zoals een .json, .sarif, .ics, .md of .html",
                     "'{0}' is a YAML file of the project (a document or the configuration); mee never writes over "
                     "it: give another file, such as a .json, .sarif, .ics, .md or .html"},
                    shown)};
        }
    }
    return true;
}

Expected<bool> write_file_atomically(const fs::path& path, std::string_view content, Overwrite overwrite, Lang lang)
{
    struct stat st {};
    const bool exists = ::stat(path.c_str(), &st) == 0;
    const int stat_error = exists ? 0 : errno;
    if (!exists && stat_error != ENOENT) return cannot_write(path, stat_error, lang);  // a loop, no access …
    struct stat link {};
    if (!exists && ::lstat(path.c_str(), &link) == 0) return cannot_write(path, ENOENT, lang);  // a link to nothing
    if (exists && overwrite == Overwrite::no) {
        return Failure{say(lang,
                           {"'{0}' bestaat al; gebruik --force om het te overschrijven",
                            "'{0}' already exists; use --force to overwrite it"},
                           path.string())};
    }
    if (exists && S_ISDIR(st.st_mode)) {
        return Failure{say(lang, {"'{0}' is een map, geen bestand", "'{0}' is a folder, not a file"}, path.string())};
    }
    if (exists && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) return write_in_place(path, content, lang);
    if (exists && !S_ISREG(st.st_mode)) return cannot_write(path, EINVAL, lang);

    // A symbolic link to a regular file stays a link: the file it leads to
    // is replaced.
    std::error_code ec;
    fs::path target = path;
    if (exists && fs::is_symlink(path, ec)) {
        target = fs::canonical(path, ec);
        if (ec) return cannot_write(path, ec.value(), lang);
    }
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    remove_stale_temporaries(folder);
    const fs::path temporary = temporary_name(folder);
    remove_temporary_on_signals();
    const bool tracked = temporary.native().size() < sizeof g_temporary;
    if (tracked) {
        g_has_temporary = 0;
        std::memcpy(g_temporary, temporary.c_str(), temporary.native().size() + 1);
    }
    // A new file gets the mode the umask gives (as a shell's `>`); an
    // existing one keeps its mode, and its owner as far as mee may set it.
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0 && tracked) g_has_temporary = 1;
    if (fd < 0) return cannot_write(path, errno, lang);
    if (exists) {
        // Where the owner is not the writer's to give, the file becomes the
        // writer's, as with any editor.
        [[maybe_unused]] const int owned = ::fchown(fd, st.st_uid, st.st_gid);
        [[maybe_unused]] const int moded = ::fchmod(fd, st.st_mode & 07777);
    }
    int error = write_all(fd, content);
    if (error == 0 && ::fsync(fd) != 0) error = errno;
    if (::close(fd) != 0 && error == 0) error = errno;
    if (error == 0 && std::rename(temporary.c_str(), target.c_str()) != 0) error = errno;
    if (error != 0) ::unlink(temporary.c_str());
    g_has_temporary = 0;
    if (error != 0) return cannot_write(path, error, lang);
    return true;
}

Expected<bool> write_output(const fs::path& path, std::string_view content, Overwrite overwrite,
                            const OutputGuard& guard, Lang lang)
{
    if (auto checked = check_output(path, guard, lang); !checked) return checked;
    return write_file_atomically(path, content, overwrite, lang);
}

}  // namespace mee
