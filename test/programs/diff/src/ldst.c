/* ldst.c — every load/store addressing mode and width: unsigned offset,
 * unscaled (ldur/stur), pre- and post-index with writeback, register offset
 * with lsl/uxtw/sxtw/sxtx (scaled and not), literal loads, pairs (ldp/stp,
 * ldpsw, ldnp/stnp, pre/post), signed loads into w and x, unaligned access. */
#include "rt.h"

static u8 buf[512] __attribute__((aligned(16)));
static u64 acc;
static void mix(u64 v) { acc = (acc ^ v) * 0x100000001b3ul; }

static void fill(void) {
  for (int i = 0; i < 512; i++) buf[i] = (u8)(i * 37 + 0x81);
}
static void dump(const char *what) {
  u64 h = 0xcbf29ce484222325ul;
  for (int i = 0; i < 512; i++) h = (h ^ buf[i]) * 0x100000001b3ul;
  puts_(what);
  puts_(": regs ");
  put_hex(acc);
  puts_(" memory ");
  put_hex(h);
  putch('\n');
  acc = 0;
}

#define LD(insn, off)                                                                    \
  {                                                                                      \
    u64 r;                                                                               \
    __asm__ volatile(insn : "=r"(r) : "r"(buf + 256), "i"(off) : "memory");              \
    mix(r);                                                                              \
    puts_("  " insn " [" #off "] ");                                                     \
    put_hex(r);                                                                          \
    putch('\n');                                                                         \
  }

static NOINLINE void loads(void) {
  /* unsigned scaled offsets, largest the buffer allows */
  LD("ldrb %w0, [%1, %2]", 255) LD("ldrh %w0, [%1, %2]", 254) LD("ldr %w0, [%1, %2]", 252)
  LD("ldr %0, [%1, %2]", 248) LD("ldrsb %w0, [%1, %2]", 1) LD("ldrsb %0, [%1, %2]", 2)
  LD("ldrsh %w0, [%1, %2]", 4) LD("ldrsh %0, [%1, %2]", 6) LD("ldrsw %0, [%1, %2]", 8)
  LD("ldrsb %0, [%1, %2]", 0) LD("ldrsh %0, [%1, %2]", 0) LD("ldrsw %0, [%1, %2]", 0)
  /* unscaled, negative, unaligned */
  LD("ldurb %w0, [%1, %2]", -256) LD("ldurh %w0, [%1, %2]", -255) LD("ldur %w0, [%1, %2]", -3)
  LD("ldur %0, [%1, %2]", 255) LD("ldursb %w0, [%1, %2]", -1) LD("ldursb %0, [%1, %2]", -2)
  LD("ldursh %w0, [%1, %2]", -5) LD("ldursh %0, [%1, %2]", 7) LD("ldursw %0, [%1, %2]", -9)
  LD("ldr %0, [%1, %2]", 1) LD("ldr %w0, [%1, %2]", 3) LD("ldrh %w0, [%1, %2]", 5)
  LD("ldtr %0, [%1, %2]", -16) LD("ldtrsb %0, [%1, %2]", 17) LD("ldtrh %w0, [%1, %2]", -100)
}

/* register-offset forms */
#define LDR(insn, idx)                                                                   \
  {                                                                                      \
    u64 r;                                                                               \
    __asm__ volatile(insn : "=r"(r) : "r"(buf + 256), "r"((u64)(idx)) : "memory");       \
    mix(r);                                                                              \
    puts_("  " insn " idx=" #idx " ");                                                   \
    put_hex(r);                                                                          \
    putch('\n');                                                                         \
  }
static NOINLINE void reg_offsets(void) {
  LDR("ldr %0, [%1, %2]", 17) LDR("ldr %0, [%1, %2, lsl #3]", -3) LDR("ldr %0, [%1, %w2, sxtw]", -100)
  LDR("ldr %0, [%1, %w2, sxtw #3]", -31) LDR("ldr %0, [%1, %w2, uxtw #3]", 0xffffffff00000005)
  LDR("ldr %0, [%1, %2, sxtx]", -255) LDR("ldr %0, [%1, %2, sxtx #3]", 30)
  LDR("ldr %w0, [%1, %2, lsl #2]", -64) LDR("ldr %w0, [%1, %w2, uxtw]", 0x123400000007)
  LDR("ldr %w0, [%1, %w2, sxtw #2]", -1) LDR("ldrh %w0, [%1, %2, lsl #1]", 127)
  LDR("ldrh %w0, [%1, %w2, sxtw]", -77) LDR("ldrb %w0, [%1, %2]", -256) LDR("ldrb %w0, [%1, %w2, uxtw]", 255)
  LDR("ldrb %w0, [%1, %2, lsl #0]", 3) LDR("ldrsb %0, [%1, %w2, sxtw]", -129) LDR("ldrsh %w0, [%1, %2, lsl #1]", 99)
  LDR("ldrsw %0, [%1, %w2, sxtw #2]", -60) LDR("ldrsh %0, [%1, %w2, uxtw #1]", 3)
}

static NOINLINE void stores(void) {
  u64 v = 0x8877665544332211ul, p;
  u8 *b = buf + 256;
  __asm__ volatile("strb %w0, [%1, #255]\n\tstrh %w0, [%1, #2]\n\tstr %w0, [%1, #4]\n\tstr %0, [%1, #8]"
                   : : "r"(v), "r"(b) : "memory");
  __asm__ volatile("sturb %w0, [%1, #-1]\n\tsturh %w0, [%1, #-3]\n\tstur %w0, [%1, #-9]\n\tstur %0, [%1, #-17]"
                   : : "r"(v), "r"(b) : "memory");
  __asm__ volatile("sttr %0, [%1, #-40]\n\tsttrb %w0, [%1, #33]\n\tsttrh %w0, [%1, #-47]" : : "r"(v), "r"(b) : "memory");
  __asm__ volatile("str %0, [%1, %2, lsl #3]\n\tstr %w0, [%1, %w3, sxtw #2]\n\tstrh %w0, [%1, %w4, uxtw #1]"
                   : : "r"(v), "r"(b), "r"(-20l), "r"(-7l), "r"(40l) : "memory");
  /* pre- and post-index: the base register changes */
  p = (u64)b;
  __asm__ volatile("str %1, [%0, #-64]!" : "+r"(p) : "r"(v) : "memory");
  mix(p - (u64)b);
  __asm__ volatile("strb %w1, [%0], #-3" : "+r"(p) : "r"(v) : "memory");
  mix(p - (u64)b);
  __asm__ volatile("strh %w1, [%0, #255]!" : "+r"(p) : "r"(v) : "memory");
  mix(p - (u64)b);
  __asm__ volatile("str %w1, [%0], #-256" : "+r"(p) : "r"(v) : "memory");
  mix(p - (u64)b);
  u64 r1, r2, r3;
  p = (u64)b;
  __asm__ volatile("ldr %1, [%0, #8]!\n\tldrsh %2, [%0], #-2\n\tldrsb %w3, [%0, #-1]!" : "+r"(p), "=&r"(r1), "=&r"(r2), "=&r"(r3) : : "memory");
  mix(p - (u64)b); mix(r1); mix(r2); mix(r3);
  __asm__ volatile("ldrsw %1, [%0], #4\n\tldrh %w2, [%0, #-7]!\n\tldrb %w3, [%0], #100" : "+r"(p), "=&r"(r1), "=&r"(r2), "=&r"(r3) : : "memory");
  mix(p - (u64)b); mix(r1); mix(r2); mix(r3);
}

static NOINLINE void pairs(void) {
  u64 a = 0x0102030405060708ul, c = 0xf1f2f3f4f5f6f7f8ul, r1, r2, p;
  u8 *b = buf + 256;
  __asm__ volatile("stp %0, %1, [%2, #-512 / 2]\n\tstp %w1, %w0, [%2, #252]\n\tstnp %0, %1, [%2, #16]\n\tstnp %w0, %w1, [%2, #-4]"
                   : : "r"(a), "r"(c), "r"(b) : "memory");
  __asm__ volatile("ldp %0, %1, [%2, #-256]" : "=&r"(r1), "=&r"(r2) : "r"(b) : "memory");
  mix(r1); mix(r2);
  __asm__ volatile("ldp %w0, %w1, [%2, #252]" : "=&r"(r1), "=&r"(r2) : "r"(b) : "memory");
  mix(r1); mix(r2);
  __asm__ volatile("ldpsw %0, %1, [%2, #252]" : "=&r"(r1), "=&r"(r2) : "r"(b) : "memory");
  mix(r1); mix(r2);
  __asm__ volatile("ldpsw %0, %1, [%2, #-8]" : "=&r"(r1), "=&r"(r2) : "r"(b) : "memory");
  mix(r1); mix(r2);
  __asm__ volatile("ldnp %0, %1, [%2, #16]" : "=&r"(r1), "=&r"(r2) : "r"(b) : "memory");
  mix(r1); mix(r2);
  __asm__ volatile("ldnp %w0, %w1, [%2, #-4]" : "=&r"(r1), "=&r"(r2) : "r"(b) : "memory");
  mix(r1); mix(r2);
  p = (u64)b;
  __asm__ volatile("stp %1, %2, [%0, #-16]!\n\tstp %w2, %w1, [%0], #24" : "+r"(p) : "r"(a), "r"(c) : "memory");
  mix(p - (u64)b);
  __asm__ volatile("ldp %1, %2, [%0, #-24]!" : "+r"(p), "=&r"(r1), "=&r"(r2) : : "memory");
  mix(p - (u64)b); mix(r1); mix(r2);
  __asm__ volatile("ldp %w1, %w2, [%0], #-8" : "+r"(p), "=&r"(r1), "=&r"(r2) : : "memory");
  mix(p - (u64)b); mix(r1); mix(r2);
  __asm__ volatile("ldpsw %1, %2, [%0, #8]!" : "+r"(p), "=&r"(r1), "=&r"(r2) : : "memory");
  mix(p - (u64)b); mix(r1); mix(r2);
  __asm__ volatile("ldpsw %1, %2, [%0], #-256" : "+r"(p), "=&r"(r1), "=&r"(r2) : : "memory");
  mix(p - (u64)b); mix(r1); mix(r2);
}

static const u64 pool[4] = {0x1122334455667788ul, 0x99aabbccddeeff00ul, 0xfffffffe80000001ul, 7};
static NOINLINE void literals(void) {
  u64 r1, r2, r3, r4;
  __asm__ volatile("ldr %0, 1f\n\tldr %w1, 1f\n\tldrsw %2, 2f\n\tadr %3, 1f\n\tb 3f\n\t.p2align 3\n1:\t.quad 0x8000000012345678\n2:\t.word 0x80000001\n\t.word 0\n3:"
                   : "=r"(r1), "=r"(r2), "=r"(r3), "=r"(r4));
  mix(r1); mix(r2); mix(r3);
  mix(pool[opaque(1)] + pool[opaque(2)]);
  __asm__ volatile("prfm pldl1keep, [%0]\n\tprfm pstl2strm, [%0, #8]\n\tprfm plil3keep, 1f\n1:" : : "r"(buf));
}

/* compiled code: struct and array traffic of every width */
struct rec {
  i8 a;
  u8 b;
  i16 c;
  u16 d;
  i32 e;
  u32 f;
  i64 g;
};
static struct rec recs[16];
static NOINLINE void compiled(void) {
  for (int i = 0; i < 16; i++) {
    recs[i].a = (i8)rng();
    recs[i].b = (u8)rng();
    recs[i].c = (i16)rng();
    recs[i].d = (u16)rng();
    recs[i].e = (i32)rng();
    recs[i].f = (u32)rng();
    recs[i].g = (i64)rng();
  }
  i64 s = 0;
  for (int i = 0; i < 16; i++) {
    struct rec r = recs[opaque(15 - i)];
    s += r.a + r.b + r.c + r.d + r.e + (i64)r.f + (r.g >> 3);
    recs[i] = r;
  }
  mix((u64)s);
}

int main(void) {
  fill();
  loads();
  dump("loads");
  reg_offsets();
  dump("register offsets");
  stores();
  dump("stores");
  pairs();
  dump("pairs");
  literals();
  dump("literals");
  compiled();
  dump("compiled");
  flush();
  return 0;
}
