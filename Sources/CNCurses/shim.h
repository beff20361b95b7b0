#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, so ask for the wide API ourselves. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

/* C globals and macros Swift cannot import (or rejects under strict concurrency). */
static inline WINDOW *sf_stdscr(void) { return stdscr; }
static inline int sf_lines(void) { return LINES; }
static inline int sf_cols(void) { return COLS; }
static inline int sf_colors(void) { return COLORS; }
static inline int sf_color_pairs(void) { return COLOR_PAIRS; }
static inline int sf_key_f(int n) { return KEY_F(n); }

static inline attr_t sf_a_normal(void) { return A_NORMAL; }
static inline attr_t sf_a_bold(void) { return A_BOLD; }
static inline attr_t sf_a_underline(void) { return A_UNDERLINE; }
static inline attr_t sf_a_reverse(void) { return A_REVERSE; }
static inline attr_t sf_a_dim(void) { return A_DIM; }

/* Key codes (macros in curses.h). */
static inline int sf_key_code_yes(void) { return KEY_CODE_YES; }
static inline int sf_key_resize(void) { return KEY_RESIZE; }
static inline int sf_key_up(void) { return KEY_UP; }
static inline int sf_key_down(void) { return KEY_DOWN; }
static inline int sf_key_left(void) { return KEY_LEFT; }
static inline int sf_key_right(void) { return KEY_RIGHT; }
static inline int sf_key_home(void) { return KEY_HOME; }
static inline int sf_key_end(void) { return KEY_END; }
static inline int sf_key_ppage(void) { return KEY_PPAGE; }
static inline int sf_key_npage(void) { return KEY_NPAGE; }
static inline int sf_key_dc(void) { return KEY_DC; }
static inline int sf_key_backspace(void) { return KEY_BACKSPACE; }
static inline int sf_key_enter(void) { return KEY_ENTER; }
static inline int sf_key_btab(void) { return KEY_BTAB; }

/* wcwidth is hidden by Swift's Glibc module; ncurses measures every cell with it (per the locale),
   so the backend asks it what curses will think a cell's text is. */
extern int wcwidth(wchar_t c);
static inline int sf_wcwidth(unsigned int code) { return wcwidth((wchar_t)code); }

/* The most code points one curses cell holds (a spacing character and its combining marks). */
static inline int sf_cchar_max(void) { return CCHARW_MAX; }

/* get_wch: returns the kind (OK, KEY_CODE_YES or ERR) and stores the code. */
static inline int sf_get_wch(unsigned int *code) {
  wint_t ch = 0;
  int kind = get_wch(&ch);
  *code = (unsigned int)ch;
  return kind;
}

/* Writes one cell at (y, x): up to 5 code points (a base and its combining marks), attributes and an
   (extended) colour pair. */
static inline int sf_mvadd_cell(int y, int x, const unsigned int *codes, int count, attr_t attrs, int pair) {
  wchar_t text[CCHARW_MAX + 1];
  int n = count < CCHARW_MAX ? count : CCHARW_MAX;
  for (int i = 0; i < n; i++) text[i] = (wchar_t)codes[i];
  text[n] = 0;
  cchar_t cell;
  int extended = pair;
  if (setcchar(&cell, text, attrs, (short)(pair < 32767 ? pair : 0), &extended) != OK) return ERR;
  return mvadd_wch(y, x, &cell);
}

static inline int sf_init_pair(int pair, int fg, int bg) {
#if NCURSES_EXT_COLORS
  return init_extended_pair(pair, fg, bg);
#else
  return init_pair((short)pair, (short)fg, (short)bg);
#endif
}

/* Colour components are 0…1000 in curses. */
static inline int sf_init_color(int color, int r, int g, int b) {
#if NCURSES_EXT_COLORS
  return init_extended_color(color, r, g, b);
#else
  return init_color((short)color, (short)r, (short)g, (short)b);
#endif
}

/* The locale's character set, e.g. "UTF-8" or "ANSI_X3.4-1968". */
static inline const char *sf_codeset(void) { return nl_langinfo(CODESET); }

/* Dispositions as they were before we installed ours (the Swift runtime's backtracer for crash
   signals, SIG_IGN for an inherited ignore), put back by sf_restore_handler.
   (Function-local statics: Swift's importer emits header globals that are arrays as external
   references. Only Signals.swift calls the signal functions, so there is one copy of each.) */
static inline struct sigaction *sf_previous_actions(void) {
  static struct sigaction previous[65];
  return previous;
}
static inline volatile sig_atomic_t *sf_saved_flags(void) {
  static volatile sig_atomic_t saved[65];
  return saved;
}
#define sf_previous (sf_previous_actions())
#define sf_saved (sf_saved_flags())

/* Installs a handler without SA_RESTART (so a blocking read or wait returns and the loop sees the
   flag), remembering the previous disposition the first time. */
static inline int sf_install_action(int sig, void (*action)(int, siginfo_t *, void *)) {
  struct sigaction act;
  memset(&act, 0, sizeof act);
  act.sa_sigaction = action;
  sigemptyset(&act.sa_mask);
  act.sa_flags = SA_SIGINFO;
  if (sig <= 0 || sig >= 65) return -1;
  if (!sf_saved[sig]) {
    if (sigaction(sig, &act, &sf_previous[sig]) != 0) return -1;
    sf_saved[sig] = 1;
    return 0;
  }
  return sigaction(sig, &act, NULL);
}

/* The last terminating/stop signal received, read by the event loop (handlers only store it), and
   whether the terminal sent it (a key like Ctrl-C: si_code SI_KERNEL) rather than kill(2). */
static volatile sig_atomic_t sf_pending_signal = 0;
static volatile sig_atomic_t sf_pending_from_terminal = 0;
static void sf_on_signal(int sig, siginfo_t *info, void *context) {
  (void)context;
  sf_pending_from_terminal = info != NULL && info->si_code == SI_KERNEL;
  sf_pending_signal = sig;
}
/* Returns the pending signal (0 if none) and clears it; *from_terminal tells who sent it. */
static inline int sf_take_pending_signal(int *from_terminal) {
  int sig = sf_pending_signal;
  *from_terminal = sf_pending_from_terminal;
  sf_pending_signal = 0;
  sf_pending_from_terminal = 0;
  return sig;
}
static inline int sf_install_flag_handler(int sig) { return sf_install_action(sig, sf_on_signal); }

/* Crash: give the terminal back (not strictly async-signal-safe, but the process is dying anyway and a
   wrecked terminal is worse), then run whoever had the signal before (the Swift runtime's
   backtracer, which writes the crash log), then die of the signal with the default action, so core
   dumps and the exit status stay right even for a signal sent with kill(2). Runs on the alternate
   signal stack the runtime set up, so a stack overflow still gets here. */
static void sf_on_crash(int sig, siginfo_t *info, void *context) {
  endwin();
  if (sf_saved[sig]) {
    struct sigaction previous = sf_previous[sig];
    if ((previous.sa_flags & SA_SIGINFO) && previous.sa_sigaction != NULL) {
      previous.sa_sigaction(sig, info, context);
    } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
      previous.sa_handler(sig);
    }
  }
  signal(sig, SIG_DFL);
  raise(sig);
}
static inline int sf_install_crash_handler(int sig) {
  int result = sf_install_action(sig, sf_on_crash);
  struct sigaction act;
  if (result == 0 && sigaction(sig, NULL, &act) == 0) {
    act.sa_flags |= SA_ONSTACK;
    result = sigaction(sig, &act, NULL);
  }
  return result;
}

/* Puts back the disposition that was there before the first sf_install_*. */
static inline int sf_restore_handler(int sig) {
  if (sig <= 0 || sig >= 65 || !sf_saved[sig]) return 0;
  sf_saved[sig] = 0;
  return sigaction(sig, &sf_previous[sig], NULL);
}

static inline int sf_default_handler(int sig) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  return sigaction(sig, &action, NULL);
}

/* Waits up to timeout_ms for the terminal: 1 readable, 0 nothing, 2 interrupted by a signal,
   -1 gone (hang-up, error, closed descriptor). */
static inline int sf_wait_input(int fd, int timeout_ms) {
  struct pollfd p;
  p.fd = fd;
  p.events = POLLIN;
  p.revents = 0;
  int n = poll(&p, 1, timeout_ms);
  if (n < 0) return errno == EINTR ? 2 : -1;
  if (n == 0) return 0;
  if (p.revents & (POLLHUP | POLLERR | POLLNVAL)) return -1;
  return 1;
}

/* Bytes waiting to be read on a terminal (0 on a terminal at EOF that poll calls readable). */
static inline int sf_pending_bytes(int fd) {
  int count = 0;
  return ioctl(fd, FIONREAD, &count) == 0 ? count : 0;
}

/* Wait-status decoding (macros in <sys/wait.h>). */
static inline int sf_wifexited(int status) { return WIFEXITED(status); }
static inline int sf_wexitstatus(int status) { return WEXITSTATUS(status); }
static inline int sf_wifsignaled(int status) { return WIFSIGNALED(status); }
static inline int sf_wtermsig(int status) { return WTERMSIG(status); }
static inline int sf_wifstopped(int status) { return WIFSTOPPED(status); }
#endif
