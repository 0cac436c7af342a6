#pragma once
// Crash tests' child processes: forked with a pipe back to the parent, and
// killed for real with SIGKILL.

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>

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

}  // namespace homeward::testing
