// The yardstick for bench/speed.py: the least a per-ID client has to do. N keep-alive HTTP/1.1
// connections on one thread (poll), one DELETE /v2/workflows/dlq/{id} in flight per
// connection, the next sent as soon as an answer is complete. No retries, no TLS, no pacing.
// Prints one JSON line: {"requests": n, "ok": n2xx, "failed": n, "elapsedMs": t}.
//
//   h1client HOST PORT CONNECTIONS IDS_FILE TOKEN
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace {

struct Connection
{
    int fd = -1;
    std::string in;
    bool busy = false;
};

int connectTo(const char *host, int port)
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    if (fd < 0 || inet_pton(AF_INET, host, &addr.sin_addr) != 1 ||
        connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        std::perror("connect");
        std::exit(2);
    }
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

// Length of one complete response at the start of `in` (headers + Content-Length body), or 0.
size_t completeResponse(const std::string &in, int *status)
{
    const size_t end = in.find("\r\n\r\n");
    if (end == std::string::npos)
        return 0;
    size_t length = 0;
    size_t at = 0;
    while ((at = in.find('\n', at)) != std::string::npos && at < end) {
        ++at;
        if (strncasecmp(in.c_str() + at, "content-length:", 15) == 0)
            length = std::strtoul(in.c_str() + at + 15, nullptr, 10);
    }
    if (in.size() < end + 4 + length)
        return 0;
    *status = std::atoi(in.c_str() + 9); // "HTTP/1.1 200"
    return end + 4 + length;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 6) {
        std::fprintf(stderr, "usage: %s HOST PORT CONNECTIONS IDS_FILE TOKEN\n", argv[0]);
        return 2;
    }
    const char *host = argv[1];
    const int port = std::atoi(argv[2]);
    const int count = std::atoi(argv[3]);
    std::vector<std::string> ids;
    std::ifstream file(argv[4]);
    for (std::string line; std::getline(file, line);) {
        if (!line.empty())
            ids.push_back(line);
    }
    const std::string tail = std::string(" HTTP/1.1\r\nHost: ") + host +
                             "\r\nAuthorization: Bearer " + argv[5] +
                             "\r\nAccept: application/json\r\n\r\n";

    const auto start = std::chrono::steady_clock::now();
    std::vector<Connection> connections(static_cast<size_t>(count));
    for (Connection &c : connections)
        c.fd = connectTo(host, port);
    size_t next = 0;
    size_t done = 0;
    size_t ok = 0;
    const auto sendNext = [&](Connection &c) {
        if (next >= ids.size())
            return;
        const std::string request = "DELETE /v2/workflows/dlq/" + ids[next++] + tail;
        if (write(c.fd, request.data(), request.size()) != static_cast<ssize_t>(request.size())) {
            std::perror("write");
            std::exit(2);
        }
        c.busy = true;
    };
    for (Connection &c : connections)
        sendNext(c);

    std::vector<pollfd> fds(connections.size());
    char buffer[65536];
    while (done < ids.size()) {
        for (size_t i = 0; i < connections.size(); ++i)
            fds[i] = pollfd{connections[i].fd, POLLIN, 0};
        if (poll(fds.data(), fds.size(), 30000) <= 0) {
            std::fprintf(stderr, "no answer for 30 s\n");
            return 2;
        }
        for (size_t i = 0; i < connections.size(); ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            Connection &c = connections[i];
            const ssize_t n = read(c.fd, buffer, sizeof buffer);
            if (n <= 0) {
                std::fprintf(stderr, "connection closed by the server\n");
                return 2;
            }
            c.in.append(buffer, static_cast<size_t>(n));
            int status = 0;
            while (const size_t used = completeResponse(c.in, &status)) {
                c.in.erase(0, used);
                ++done;
                ok += status >= 200 && status < 300;
                c.busy = false;
                sendNext(c);
            }
        }
    }
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::printf("{\"requests\": %zu, \"ok\": %zu, \"failed\": %zu, \"elapsedMs\": %.1f}\n", done,
                ok, done - ok, ms);
    return 0;
}
