#ifndef CUTF8PROC_SHIM_H
#define CUTF8PROC_SHIM_H
/* utf8proc: Unicode character widths and grapheme cluster breaks, updated with each Unicode release
   by the distribution (Debian's libutf8proc-dev), so SalesFloorUI keeps no hand-copied tables. */
#include <utf8proc.h>

/* Whether a break is allowed between two scalars, carrying UAX #29's state across a text
   (emoji ZWJ sequences, regional indicator pairs). *state starts at 0 for each text. */
static inline int sf_grapheme_break(int previous, int next, int *state) {
  return utf8proc_grapheme_break_stateful(previous, next, state) ? 1 : 0;
}

/* The scalar's grapheme break class (UTF8PROC_BOUNDCLASS_*), for the fast path's "never joins". */
static inline int sf_boundclass(int scalar) { return utf8proc_get_property(scalar)->boundclass; }
#endif
