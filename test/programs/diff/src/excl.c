/* excl.c — exclusives (ldxr/stxr retry loops at every width, ldaxr/stlxr,
 * ldxp/stxp, clrex making the next store-exclusive fail), load-acquire /
 * store-release (ldar/stlr of every width), and the barriers. */
#include "rt.h"

static u64 words[8] __attribute__((aligned(16)));
static u64 acc;
static void mix(u64 v) { acc = (acc ^ v) * 0x100000001b3ul; }

#define XADD(suffix, reg)                                                                          \
  static NOINLINE u64 xadd##suffix(void *p, u64 v) {                                               \
    u64 old, tmp;                                                                                  \
    u32 fail;                                                                                      \
    __asm__ volatile("1:\tldxr" #suffix " %" reg "0, [%3]\n\t"                                     \
                     "add %" reg "1, %" reg "0, %" reg "4\n\t"                                     \
                     "stxr" #suffix " %w2, %" reg "1, [%3]\n\t"                                    \
                     "cbnz %w2, 1b"                                                                \
                     : "=&r"(old), "=&r"(tmp), "=&r"(fail)                                         \
                     : "r"(p), "r"(v)                                                              \
                     : "memory");                                                                  \
    return old;                                                                                    \
  }
XADD(b, "w")
XADD(h, "w")
XADD(, "x")

static NOINLINE u64 xadd_w(void *p, u64 v) {
  u64 old, tmp;
  u32 fail;
  __asm__ volatile("1:\tldaxr %w0, [%3]\n\tadd %w1, %w0, %w4\n\tstlxr %w2, %w1, [%3]\n\tcbnz %w2, 1b"
                   : "=&r"(old), "=&r"(tmp), "=&r"(fail) : "r"(p), "r"(v) : "memory");
  return old;
}

int main(void) {
  for (int i = 0; i < 8; i++) words[i] = 0x0101010101010101ul * (u64)(i + 1);
  for (int k = 0; k < 300; k++) {
    mix(xaddb((u8 *)words + (k & 15), (u64)k));
    mix(xaddh((u8 *)words + 16 + 2 * (k & 7), 0xfff0u + (u64)k));
    mix(xadd_w((u8 *)words + 32 + 4 * (k & 3), 0x7fffffffu + (u64)k));
    mix(xadd((u8 *)words + 48 + 8 * (k & 1), 0x8000000000000001ul * (u64)k));
  }
  show("exclusive add loops", acc);

  /* a store-exclusive with no reservation fails; after a load it succeeds */
  u64 status1, status2, status3, v;
  __asm__ volatile("clrex\n\tstxr %w0, %5, [%4]\n\tldxr %1, [%4]\n\tstxr %w2, %1, [%4]\n\t"
                   "ldaxr %1, [%4]\n\tclrex\n\tstlxr %w3, %1, [%4]"
                   : "=&r"(status1), "=&r"(v), "=&r"(status2), "=&r"(status3)
                   : "r"(words), "r"(123ul)
                   : "memory");
  show("stxr after clrex", status1);
  show("stxr after ldxr", status2);
  show("stlxr after ldaxr; clrex", status3);

  /* pairs */
  u64 lo, hi, st;
  __asm__ volatile("1:\tldxp %0, %1, [%3]\n\tadd %0, %0, #1\n\tsub %1, %1, #1\n\tstxp %w2, %0, %1, [%3]\n\tcbnz %w2, 1b"
                   : "=&r"(lo), "=&r"(hi), "=&r"(st) : "r"(words + 2) : "memory");
  mix(lo); mix(hi);
  __asm__ volatile("1:\tldaxp %w0, %w1, [%3]\n\teor %w0, %w0, %w1\n\tstlxp %w2, %w1, %w0, [%3]\n\tcbnz %w2, 1b"
                   : "=&r"(lo), "=&r"(hi), "=&r"(st) : "r"(words + 4) : "memory");
  mix(lo); mix(hi);

  /* acquire/release */
  u64 r1, r2, r3, r4;
  __asm__ volatile("stlrb %w4, [%5]\n\tstlrh %w4, [%6]\n\tstlr %w4, [%7]\n\tstlr %4, [%8]\n\t"
                   "ldarb %w0, [%5]\n\tldarh %w1, [%6]\n\tldar %w2, [%7]\n\tldar %3, [%8]"
                   : "=&r"(r1), "=&r"(r2), "=&r"(r3), "=&r"(r4)
                   : "r"(0xfedcba9876543210ul), "r"((u8 *)words + 57), "r"((u8 *)words + 58), "r"((u8 *)words + 60), "r"(words + 6)
                   : "memory");
  mix(r1); mix(r2); mix(r3); mix(r4);
  __asm__ volatile("dmb ish\n\tdmb ishld\n\tdsb sy\n\tisb\n\tdmb oshst\n\tnop\n\tyield" ::: "memory");
  for (int i = 0; i < 8; i++) mix(words[i]);
  show("pairs, acquire/release, barriers", acc);
  /* compiled atomics (armv8.0: exclusive loops) */
  static long counter;
  for (int i = 0; i < 100; i++) {
    __atomic_fetch_add(&counter, i, __ATOMIC_SEQ_CST);
    long expected = counter;
    __atomic_compare_exchange_n(&counter, &expected, expected * 3, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
    __atomic_exchange_n(&counter, counter ^ 0x55, __ATOMIC_RELEASE);
  }
  show("compiled atomics", (u64)__atomic_load_n(&counter, __ATOMIC_ACQUIRE));
  flush();
  return 0;
}
