#pragma once
// Crash tests' child processes: forked with a pipe back to the parent, and
// killed for real with SIGKILL.

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <functional>
#include <string>
#include <vector>

namespace homeward::testing {

// A running child and the read end of the pipe it writes to.
struct ChildProcess {
  pid_t pid;
  int from_child;
};

// Forks a child that runs `body(write_fd)`, which must end the child with
// `_exit` and never return; the parent gets the child and the pipe's read end
// (its own copy of the write end closed, so a read sees end of file once the
// child is gone).
template <typename Body>
ChildProcess ForkWithPipe(Body body) {
  int fds[2];
  BOOST_REQUIRE(pipe(fds) == 0);
  const pid_t child = fork();
  BOOST_REQUIRE(child >= 0);
  if (child == 0) {
    close(fds[0]);
    body(fds[1]);
    _exit(99);  // a body that returned
  }
  close(fds[1]);
  return ChildProcess{child, fds[0]};
}

// Kills `pid` with SIGKILL and waits for it; returns its wait status.
inline int KillAndReap(pid_t pid) {
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

// Children forked before the test opens any store, each waiting for a line
// of text, then running `body(line, write_fd)` (which must end with `_exit`).
// A process that has opened a store keeps RocksDB's background threads for
// good; a child forked from it would inherit none of them (its flushes would
// never run) and any lock one of them held at the fork (it could hang opening
// the store). Those not started are killed with this object.
class WaitingChildren {
 public:
  WaitingChildren(int n, const std::function<void(const std::string&, int)>& body) {
    for (int i = 0; i < n; ++i) {
      int go[2];
      BOOST_REQUIRE(pipe(go) == 0);
      const ChildProcess child = ForkWithPipe([&](int fd) {
        close(go[1]);
        std::string line;
        char c = 0;
        while (read(go[0], &c, 1) == 1 && c != '\n') line += c;
        if (c != '\n') _exit(0);  // never started
        body(line, fd);
      });
      close(go[0]);
      waiting_.push_back({child, go[1]});
    }
  }
  ~WaitingChildren() {
    for (const Waiting& w : waiting_) {
      close(w.go);
      close(w.child.from_child);
      KillAndReap(w.child.pid);
    }
  }
  WaitingChildren(const WaitingChildren&) = delete;
  WaitingChildren& operator=(const WaitingChildren&) = delete;

  // Starts the next child with `line` (no newline in it); the caller kills
  // it and closes its pipe.
  ChildProcess Start(const std::string& line) {
    BOOST_REQUIRE(!waiting_.empty());
    const Waiting w = waiting_.front();
    waiting_.erase(waiting_.begin());
    const std::string sent = line + "\n";
    BOOST_REQUIRE(write(w.go, sent.data(), sent.size()) == static_cast<ssize_t>(sent.size()));
    close(w.go);
    return w.child;
  }

 private:
  struct Waiting {
    ChildProcess child;
    int go;
  };
  std::vector<Waiting> waiting_;
};

}  // namespace homeward::testing
