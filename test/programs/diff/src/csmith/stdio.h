/* stdio.h for csmith's runtime (csmith.h, platform_generic.h) on rt.h: the printf it calls —
 * %d, %u, %X, %x, %s, %c with an optional l — written through rt.h's buffer, flushed each call. */
#ifndef CSMITH_SHIM_STDIO_H
#define CSMITH_SHIM_STDIO_H
#include "../rt.h"

static int printf(const char *fmt, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, fmt);
  for (const char *p = fmt; *p; p++) {
    if (*p != '%') {
      putch(*p);
      continue;
    }
    int isLong = 0;
    while (*++p == 'l') isLong = 1;
    switch (*p) {
      case 'd': put_dec(isLong ? __builtin_va_arg(ap, long) : __builtin_va_arg(ap, int)); break;
      case 'u': put_udec(isLong ? __builtin_va_arg(ap, unsigned long) : __builtin_va_arg(ap, unsigned)); break;
      case 'x':
      case 'X': {
        u64 v = isLong ? __builtin_va_arg(ap, unsigned long) : __builtin_va_arg(ap, unsigned);
        char tmp[17];
        int n = 0;
        do tmp[n++] = (*p == 'X' ? "0123456789ABCDEF" : "0123456789abcdef")[v & 15]; while (v >>= 4);
        while (n) putch(tmp[--n]);
        break;
      }
      case 's': puts_(__builtin_va_arg(ap, const char *)); break;
      case 'c': putch((char)__builtin_va_arg(ap, int)); break;
      default: putch(*p);
    }
  }
  __builtin_va_end(ap);
  flush(); /* csmith's main returns without a hook of ours, so each printf writes at once */
  return 0;
}
#endif
