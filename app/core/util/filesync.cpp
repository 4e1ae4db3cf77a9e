#include "util/filesync.h"

#include <QFile>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace dlq {

bool syncFile(int fd)
{
    if (fd < 0)
        return false;
#if defined(Q_OS_LINUX)
    return ::fdatasync(fd) == 0;
#elif defined(Q_OS_UNIX)
    return ::fsync(fd) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(fd) == 0;
#else
    return true;
#endif
}

void syncDirectory(const QString &path)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    // Windows has no directory handle to flush; MoveFileEx under QSaveFile is what it offers.
    Q_UNUSED(path);
#endif
}

} // namespace dlq
