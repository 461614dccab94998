#include "base/system_error.hpp"

#include <cerrno>
#include <cstring>

namespace mee {

std::string system_error_text(int error, Lang lang)
{
    struct Reason {
        int error;
        Msg text;
    };
    static const Reason k_reasons[] = {
        {ENOENT, {"het bestand of de map bestaat niet", "no such file or folder"}},
        {EACCES, {"geen toegang (rechten)", "permission denied"}},
        {EPERM, {"niet toegestaan", "operation not permitted"}},
        {ENOSPC, {"de schijf is vol", "no space left on the disk"}},
        {EDQUOT, {"de schijfruimte van de gebruiker is op", "disk quota exceeded"}},
        {EROFS, {"de schijf is alleen-lezen", "read-only file system"}},
        {EISDIR, {"het is een map", "it is a folder"}},
        {ENOTDIR, {"een deel van het pad is geen map", "a part of the path is not a folder"}},
        {EEXIST, {"het bestaat al", "it already exists"}},
        {ELOOP, {"te veel symbolische koppelingen (een lus?)", "too many symbolic links (a loop?)"}},
        {ENAMETOOLONG, {"de naam is te lang", "the name is too long"}},
        {EIO, {"invoer-/uitvoerfout van het apparaat", "input/output error"}},
        {EFBIG, {"het bestand is te groot", "the file is too large"}},
        {EPIPE, {"de ontvanger is gestopt", "the receiving end has stopped"}},
        {EMFILE, {"te veel open bestanden", "too many open files"}},
    };
    for (const Reason& r : k_reasons) {
        if (r.error == error) return say(lang, r.text);
    }
    return std::strerror(error);
}

}  // namespace mee
