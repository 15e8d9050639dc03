/* muldiv.c — madd/msub/mul/mneg at both widths, smaddl/smsubl/umaddl/umsubl,
 * smulh/umulh, udiv/sdiv including division by zero and INT_MIN / -1. */
#include "rt.h"

#define A3(insn, a, b, c) ({ u64 _r; __asm__ volatile(insn : "=r"(_r) : "r"(a), "r"(b), "r"(c)); _r; })
#define A2(insn, a, b) ({ u64 _r; __asm__ volatile(insn : "=r"(_r) : "r"(a), "r"(b)); _r; })

static NOINLINE void row(u64 a, u64 b, u64 c) {
  put_hex(A3("madd %0, %1, %2, %3", a, b, c)); putch(' ');
  put_hex(A3("msub %0, %1, %2, %3", a, b, c)); putch(' ');
  put_hex(A3("madd %w0, %w1, %w2, %w3", a, b, c)); putch(' ');
  put_hex(A3("msub %w0, %w1, %w2, %w3", a, b, c)); putch('\n');
  put_hex(A3("smaddl %0, %w1, %w2, %3", a, b, c)); putch(' ');
  put_hex(A3("smsubl %0, %w1, %w2, %3", a, b, c)); putch(' ');
  put_hex(A3("umaddl %0, %w1, %w2, %3", a, b, c)); putch(' ');
  put_hex(A3("umsubl %0, %w1, %w2, %3", a, b, c)); putch('\n');
  put_hex(A2("smulh %0, %1, %2", a, b)); putch(' ');
  put_hex(A2("umulh %0, %1, %2", a, b)); putch(' ');
  put_hex(A2("mneg %0, %1, %2", a, b)); putch(' ');
  put_hex(A2("mul %w0, %w1, %w2", a, b)); putch('\n');
  put_hex(A2("udiv %0, %1, %2", a, b)); putch(' ');
  put_hex(A2("sdiv %0, %1, %2", a, b)); putch(' ');
  put_hex(A2("udiv %w0, %w1, %w2", a, b)); putch(' ');
  put_hex(A2("sdiv %w0, %w1, %w2", a, b)); putch('\n');
}

int main(void) {
  for (unsigned i = 0; i < NEDGE; i++)
    for (unsigned j = (i * 7) % 3; j < NEDGE; j += 3) {
      puts_("a=");
      put_hex(edge64[i]);
      puts_(" b=");
      put_hex(edge64[j]);
      putch('\n');
      row(edge64[i], edge64[j], edge64[(i + j) % NEDGE]);
    }
  /* compiled division and remainder, the way C code uses them */
  i64 s = 0;
  u64 u = 0;
  for (int k = 0; k < 300; k++) {
    i64 a = (i64)rng(), b = (i64)(rng() >> (k % 64));
    if (b == 0) b = 7;
    if (!(a == (i64)0x8000000000000000ul && b == -1)) s += a / b + a % b;
    u += (u64)a / (u64)b + (u64)a % (u64)b + (u32)a / ((u32)b | 1) + (i32)a % ((i32)b | 1);
  }
  show("compiled signed", (u64)s);
  show("compiled unsigned", u);
  u64 p = 1;
  for (int k = 1; k < 40; k++) p = p * (u64)k + (u64)((__int128)(i64)p * (i64)rng() >> 64);
  show("128-bit products", p);
  flush();
  return 0;
}
