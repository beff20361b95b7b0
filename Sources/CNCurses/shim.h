#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, so ask for the wide API ourselves. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
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

/* A signal handler without SA_RESTART, so a blocking read returns and the loop sees the flag. */
static inline int sf_install_handler(int sig, void (*handler)(int)) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  return sigaction(sig, &action, NULL);
}

/* The last terminating/stop signal received, read by the event loop (handlers only store it). */
static volatile sig_atomic_t sf_pending_signal = 0;
static void sf_on_signal(int sig) { sf_pending_signal = sig; }
static inline int sf_take_pending_signal(void) {
  int sig = sf_pending_signal;
  sf_pending_signal = 0;
  return sig;
}
static inline int sf_install_flag_handler(int sig) { return sf_install_handler(sig, sf_on_signal); }

/* Crash: give the terminal back (not strictly async-signal-safe, but the process is dying anyway and a
   wrecked terminal is worse), then die of the same signal so core dumps and exit status stay right. */
static void sf_on_crash(int sig) {
  endwin();
  signal(sig, SIG_DFL);
  raise(sig);
}
static inline int sf_install_crash_handler(int sig) { return sf_install_handler(sig, sf_on_crash); }

static inline int sf_default_handler(int sig) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  return sigaction(sig, &action, NULL);
}
#endif
