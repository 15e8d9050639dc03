/* arith.c — add/sub/adc/sbc (and their flag-setting forms), cmp/cmn/neg/ngc,
 * at 32 and 64 bits, over edge-case operands, with the carry-in clear and set.
 * Every result is printed with its NZCV. */
#include "rt.h"

/* Run `insn dst, a, b` with NZCV preset to `fin`, return the result, store NZCV in *fout. */
#define OP64(name, insn)                                                                    \
  static NOINLINE u64 name(u64 a, u64 b, u64 fin, u64 *fout) {                              \
    u64 r, f;                                                                               \
    __asm__ volatile("msr nzcv, %3\n\t" insn " %0, %2, %4\n\tmrs %1, nzcv"                  \
                     : "=&r"(r), "=&r"(f)                                                   \
                     : "r"(a), "r"(fin), "r"(b)                                             \
                     : "cc");                                                               \
    *fout = f;                                                                              \
    return r;                                                                               \
  }
#define OP32(name, insn)                                                                    \
  static NOINLINE u64 name(u64 a, u64 b, u64 fin, u64 *fout) {                              \
    u64 r, f;                                                                               \
    __asm__ volatile("msr nzcv, %3\n\t" insn " %w0, %w2, %w4\n\tmrs %1, nzcv"               \
                     : "=&r"(r), "=&r"(f)                                                   \
                     : "r"(a), "r"(fin), "r"(b)                                             \
                     : "cc");                                                               \
    *fout = f;                                                                              \
    return r;                                                                               \
  }

OP64(add64, "add")
OP64(adds64, "adds")
OP64(sub64, "sub")
OP64(subs64, "subs")
OP64(adc64, "adc")
OP64(adcs64, "adcs")
OP64(sbc64, "sbc")
OP64(sbcs64, "sbcs")
OP32(add32, "add")
OP32(adds32, "adds")
OP32(sub32, "sub")
OP32(subs32, "subs")
OP32(adc32, "adc")
OP32(adcs32, "adcs")
OP32(sbc32, "sbc")
OP32(sbcs32, "sbcs")

typedef u64 (*binop)(u64, u64, u64, u64 *);
static const struct {
  const char *name;
  binop fn;
} ops[] = {
    {"add x", add64}, {"adds x", adds64}, {"sub x", sub64}, {"subs x", subs64}, {"adc x", adc64},
    {"adcs x", adcs64}, {"sbc x", sbc64}, {"sbcs x", sbcs64}, {"add w", add32}, {"adds w", adds32},
    {"sub w", sub32}, {"subs w", subs32}, {"adc w", adc32}, {"adcs w", adcs32}, {"sbc w", sbc32},
    {"sbcs w", sbcs32},
};

/* Unary and compare forms, each returning the result and the flags. */
static NOINLINE u64 misc(int which, u64 a, u64 b, u64 fin, u64 *fout) {
  u64 r = 0, f;
  switch (which) {
  case 0: __asm__ volatile("msr nzcv, %2\n\tcmp %3, %4\n\tmrs %1, nzcv" : "=r"(r), "=r"(f) : "r"(fin), "r"(a), "r"(b) : "cc"); break;
  case 1: __asm__ volatile("msr nzcv, %2\n\tcmn %3, %4\n\tmrs %1, nzcv" : "=r"(r), "=r"(f) : "r"(fin), "r"(a), "r"(b) : "cc"); break;
  case 2: __asm__ volatile("msr nzcv, %2\n\tcmp %w3, %w4\n\tmrs %1, nzcv" : "=r"(r), "=r"(f) : "r"(fin), "r"(a), "r"(b) : "cc"); break;
  case 3: __asm__ volatile("msr nzcv, %2\n\tcmn %w3, %w4\n\tmrs %1, nzcv" : "=r"(r), "=r"(f) : "r"(fin), "r"(a), "r"(b) : "cc"); break;
  case 4: __asm__ volatile("msr nzcv, %2\n\tnegs %0, %3\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a) : "cc"); break;
  case 5: __asm__ volatile("msr nzcv, %2\n\tnegs %w0, %w3\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a) : "cc"); break;
  case 6: __asm__ volatile("msr nzcv, %2\n\tngcs %0, %3\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a) : "cc"); break;
  case 7: __asm__ volatile("msr nzcv, %2\n\tngcs %w0, %w3\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a) : "cc"); break;
  /* shifted and extended register operands */
  case 8: __asm__ volatile("msr nzcv, %2\n\tadds %0, %3, %4, lsl #12\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a), "r"(b) : "cc"); break;
  case 9: __asm__ volatile("msr nzcv, %2\n\tsubs %0, %3, %4, asr #63\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a), "r"(b) : "cc"); break;
  case 10: __asm__ volatile("msr nzcv, %2\n\tadds %w0, %w3, %w4, lsr #31\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a), "r"(b) : "cc"); break;
  case 11: __asm__ volatile("msr nzcv, %2\n\tadds %0, %3, %w4, sxtb #2\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a), "r"(b) : "cc"); break;
  case 12: __asm__ volatile("msr nzcv, %2\n\tsubs %0, %3, %w4, uxth #4\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a), "r"(b) : "cc"); break;
  case 13: __asm__ volatile("msr nzcv, %2\n\tadds %0, %3, %w4, sxtw\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a), "r"(b) : "cc"); break;
  case 14: __asm__ volatile("msr nzcv, %2\n\tsubs %0, %3, %4, sxtx #3\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a), "r"(b) : "cc"); break;
  case 15: __asm__ volatile("msr nzcv, %2\n\tadds %w0, %w3, %w4, uxtb #1\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a), "r"(b) : "cc"); break;
  case 16: __asm__ volatile("msr nzcv, %2\n\tsubs %w0, %w3, %w4, sxth\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a), "r"(b) : "cc"); break;
  /* immediates, including the shifted-by-12 form */
  case 17: __asm__ volatile("msr nzcv, %2\n\tadds %0, %3, #4095\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a) : "cc"); break;
  case 18: __asm__ volatile("msr nzcv, %2\n\tsubs %0, %3, #1, lsl #12\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a) : "cc"); break;
  case 19: __asm__ volatile("msr nzcv, %2\n\tadds %w0, %w3, #1\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a) : "cc"); break;
  case 20: __asm__ volatile("msr nzcv, %2\n\tsubs %w0, %w3, #4095, lsl #12\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(fin), "r"(a) : "cc"); break;
  case 21: __asm__ volatile("msr nzcv, %2\n\tcmp %3, #0\n\tmrs %1, nzcv" : "=r"(r), "=r"(f) : "r"(fin), "r"(a) : "cc"); break;
  case 22: __asm__ volatile("msr nzcv, %2\n\tcmn %w3, #1\n\tmrs %1, nzcv" : "=r"(r), "=r"(f) : "r"(fin), "r"(a) : "cc"); break;
  /* add/sub involving the stack pointer */
  case 23: __asm__ volatile("mov %1, sp\n\tadd %0, sp, %w2, uxtb #0\n\tsub %0, %0, %1" : "=&r"(r), "=&r"(f) : "r"(a)); f = 0; break;
  case 24: __asm__ volatile("mov %1, sp\n\tadds %0, %1, #16\n\tsub %0, %0, %1\n\tmov %1, #0" : "=&r"(r), "=&r"(f)); break;
  }
  *fout = f;
  return r;
}
#define NMISC 25

int main(void) {
  u64 flagsets[2] = {0, 0xf0000000};
  for (unsigned o = 0; o < sizeof ops / sizeof ops[0]; o++) {
    for (int c = 0; c < 2; c++) {
      puts_(ops[o].name);
      puts_(c ? " (NZCV in 1111)\n" : " (NZCV in 0000)\n");
      /* every pair goes into the hash; pairs from a spread of 8 operands are printed */
      u64 h = 0xcbf29ce484222325ul;
      for (unsigned i = 0; i < NEDGE; i++) {
        for (unsigned j = 0; j < NEDGE; j++) {
          u64 f;
          u64 r = ops[o].fn(edge64[i], edge64[j], flagsets[c], &f);
          h = (h ^ r ^ (f << 4)) * 0x100000001b3ul;
          if (i % 3 != 0 || j % 3 != 0) continue;
          put_hex(r);
          putch(' ');
          put_flags(f);
          putch(j == 18 ? '\n' : ' ');
        }
      }
      show("  all pairs", h);
    }
  }
  for (int m = 0; m < NMISC; m++) {
    puts_("misc ");
    put_dec(m);
    putch('\n');
    for (unsigned i = 0; i < NEDGE; i++) {
      for (unsigned j = 0; j < NEDGE; j += 5) {
        u64 f;
        u64 r = misc(m, edge64[i], edge64[j], flagsets[(i + j) & 1], &f);
        put_hex(r);
        putch(' ');
        put_flags(f);
        putch('\n');
      }
    }
  }
  flush();
  return 0;
}
