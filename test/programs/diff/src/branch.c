/* branch.c — tbz/tbnz on every bit, cbz/cbnz at both widths, recursion
 * (deep and mutual), jump tables from switch, indirect calls (blr), computed
 * returns, and loops whose exit depends on flags. */
#include "rt.h"

#define R8(M, b) M(b + 0) M(b + 1) M(b + 2) M(b + 3) M(b + 4) M(b + 5) M(b + 6) M(b + 7)
#define R64(M) R8(M, 0) R8(M, 8) R8(M, 16) R8(M, 24) R8(M, 32) R8(M, 40) R8(M, 48) R8(M, 56)
#define TB(n)                                                                                            \
  {                                                                                                      \
    u64 t;                                                                                               \
    __asm__ volatile("mov %0, #0\n\ttbz %1, #" #n ", 1f\n\torr %0, %0, #1\n1:\ttbnz %1, #" #n ", 2f\n\t" \
                     "orr %0, %0, #2\n2:"                                                                \
                     : "=&r"(t) : "r"(a));                                                               \
    r = r * 3 + t;                                                                                       \
  }
static NOINLINE u64 tbits(u64 a) {
  u64 r = 0;
  R64(TB)
  return r;
}

static NOINLINE u64 cb(u64 a) {
  u64 t;
  __asm__ volatile("mov %0, #0\n\tcbz %1, 1f\n\torr %0, %0, #1\n1:\tcbnz %1, 2f\n\torr %0, %0, #2\n2:\t"
                   "cbz %w1, 3f\n\torr %0, %0, #4\n3:\tcbnz %w1, 4f\n\torr %0, %0, #8\n4:"
                   : "=&r"(t) : "r"(a));
  return t;
}

static NOINLINE u64 fib(u64 n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static NOINLINE u64 ack(u64 m, u64 n) {
  if (m == 0) return n + 1;
  if (n == 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
static NOINLINE int is_odd(u64 n);
static NOINLINE int is_even(u64 n) { return n == 0 ? 1 : is_odd(n - 1); }
static NOINLINE int is_odd(u64 n) { return n == 0 ? 0 : is_even(n - 1); }

static NOINLINE u64 jump(u64 k, u64 x) {
  switch (k) {
  case 0: return x + 1;
  case 1: return x * 3;
  case 2: return x ^ 0xdeadbeef;
  case 3: return x >> 7;
  case 4: return ~x;
  case 5: return x << 13 | x >> 51;
  case 6: return x - 0x1000;
  case 7: return x & 0xff00ff;
  case 8: return x | 1;
  case 9: return (u64)(-(i64)x);
  case 10: return x / 3;
  case 11: return x % 1000;
  case 12: return x * x;
  case 13: return x + k;
  case 14: return x ^ (x >> 31);
  case 15: return x * 0x9e3779b97f4a7c15ul;
  default: return x + 0x55;
  }
}

static u64 op_add(u64 a, u64 b) { return a + b; }
static u64 op_xor(u64 a, u64 b) { return a ^ b; }
static u64 op_mul(u64 a, u64 b) { return a * b; }
static u64 op_sub(u64 a, u64 b) { return a - b; }
static u64 (*const table[4])(u64, u64) = {op_add, op_xor, op_mul, op_sub};

int main(void) {
  for (unsigned i = 0; i < NEDGE; i++) {
    puts_("tbz/tbnz ");
    put_hex(edge64[i]);
    putch(' ');
    put_hex(tbits(edge64[i]));
    puts_(" cbz/cbnz ");
    put_dec((i64)cb(edge64[i]));
    putch('\n');
  }
  show("fib(18)", fib(opaque(18)));
  show("ack(2, 60)", ack(2, opaque(60)));
  show("is_even(3001)", (u64)is_even(opaque(3001)));
  u64 x = 1;
  for (int k = 0; k < 500; k++) x = jump(opaque((u64)k * 7 % 19), x);
  show("jump table", x);
  u64 y = 5;
  for (int k = 0; k < 1000; k++) y = table[k & 3](y, (u64)k + 0x10001);
  show("indirect calls", y);
  /* a loop that counts down through zero with subs/b.ne and one with b.ge */
  i64 n = 0, m = 100;
  do {
    n += m;
  } while (--m);
  for (i64 q = 50; q >= -50; q -= 3) n += q * q;
  show("flag loops", (u64)n);
  flush();
  return 0;
}
