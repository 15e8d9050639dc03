/* cond.c — every condition code under every NZCV value: b.cond, csel, csinc,
 * csinv, csneg, cset, csetm, cinc, cneg; ccmp/ccmn (immediate and register)
 * in both the "condition holds" and "condition fails" branches. */
#include "rt.h"

#define CONDS(M) M(eq) M(ne) M(cs) M(cc) M(mi) M(pl) M(vs) M(vc) M(hi) M(ls) M(ge) M(lt) M(gt) M(le) M(al) M(nv)

#define SEL(c)                                                                                                 \
  {                                                                                                            \
    u64 r1, r2, r3, r4, r5, r6, t;                                                                             \
    __asm__ volatile("msr nzcv, %6\n\t"                                                                        \
                     "csel %0, %7, %8, " #c "\n\t"                                                             \
                     "csinc %1, %7, %8, " #c "\n\t"                                                            \
                     "csinv %w2, %w7, %w8, " #c "\n\t"                                                         \
                     "csneg %3, %7, %8, " #c "\n\t"                                                            \
                     "csinc %w4, wzr, wzr, " #c "\n\t"                                                                    \
                     "csinv %5, xzr, xzr, " #c "\n\t"                                                                    \
                     : "=&r"(r1), "=&r"(r2), "=&r"(r3), "=&r"(r4), "=&r"(r5), "=&r"(r6)                         \
                     : "r"(f), "r"(a), "r"(b)                                                                  \
                     : "cc");                                                                                  \
    t = 0;                                                                                                     \
    __asm__ volatile("msr nzcv, %1\n\tb." #c " 1f\n\tmov %0, #1\n\tb 2f\n1:\tmov %0, #2\n2:" : "=r"(t) : "r"(f) : "cc"); \
    puts_(#c " ");                                                                                             \
    put_hex(r1 ^ (r2 << 1) ^ (r3 << 2) ^ (r4 << 3) ^ (r5 << 4) ^ (r6 << 5));                                  \
    putch(' ');                                                                                                \
    put_dec((i64)t);                                                                                           \
    putch(r4 ? '+' : '.');                                                                                     \
    putch('\n');                                                                                               \
  }

static NOINLINE void selects(u64 f, u64 a, u64 b) { CONDS(SEL) }

#define CCMP(c)                                                                                      \
  {                                                                                                  \
    u64 f1, f2, f3, f4;                                                                              \
    __asm__ volatile("msr nzcv, %4\n\tccmp %5, %6, #5, " #c "\n\tmrs %0, nzcv\n\t"                   \
                     "msr nzcv, %4\n\tccmn %5, %6, #10, " #c "\n\tmrs %1, nzcv\n\t"                  \
                     "msr nzcv, %4\n\tccmp %w5, #31, #0, " #c "\n\tmrs %2, nzcv\n\t"                 \
                     "msr nzcv, %4\n\tccmn %w5, #1, #15, " #c "\n\tmrs %3, nzcv\n\t"                 \
                     : "=&r"(f1), "=&r"(f2), "=&r"(f3), "=&r"(f4)                                    \
                     : "r"(f), "r"(a), "r"(b)                                                        \
                     : "cc");                                                                        \
    puts_("  " #c " ");                                                                              \
    put_flags(f1); putch(' '); put_flags(f2); putch(' '); put_flags(f3); putch(' '); put_flags(f4); \
    putch('\n');                                                                                     \
  }
static NOINLINE void ccmps(u64 f, u64 a, u64 b) { CONDS(CCMP) }

int main(void) {
  for (u64 nzcv = 0; nzcv < 16; nzcv++) {
    u64 f = nzcv << 28;
    puts_("NZCV = ");
    put_flags(f);
    putch('\n');
    selects(f, 0x1111222233334444ul, 0x8000000000000000ul);
    selects(f, 5, 0xffffffff);
    ccmps(f, 31, 31);
    ccmps(f, 0x7fffffffffffffff, 0xffffffffffffffff);
    ccmps(f, 0x80000000, 0x80000000);
    ccmps(f, 0, 1);
  }
  /* compiler-generated conditional code on signed and unsigned comparisons */
  u64 acc = 0;
  for (unsigned i = 0; i < NEDGE; i++)
    for (unsigned j = 0; j < NEDGE; j++) {
      u64 a = opaque(edge64[i]), b = opaque(edge64[j]);
      acc = acc * 31 + ((i64)a < (i64)b) + 2 * (a < b) + 4 * ((i32)a <= (i32)b) + 8 * ((u32)a > (u32)b);
      acc += (i64)a > (i64)b ? a : b;
      acc ^= a == b ? 0x1234 : acc >> 3;
    }
  show("compiled comparisons", acc);
  flush();
  return 0;
}
