/* bits.c — logical ops (register with every shift type, and bitmask immediates),
 * shifts and rotates by every amount (immediate and register forms), extends,
 * bitfield moves (ubfx/sbfx/bfi/bfxil/ubfiz/sbfiz), extr, clz/cls/rbit/rev*. */
#include "rt.h"

static u64 acc;
static void mix(u64 v) { acc = (acc ^ v) * 0x100000001b3ul; }
static void checkpoint(const char *what) {
  puts_(what);
  puts_(": ");
  put_hex(acc);
  putch('\n');
  acc = 0xcbf29ce484222325ul;
}

#define R8(M, b) M(b + 0) M(b + 1) M(b + 2) M(b + 3) M(b + 4) M(b + 5) M(b + 6) M(b + 7)
#define R32(M) R8(M, 0) R8(M, 8) R8(M, 16) R8(M, 24)
#define R64(M) R32(M) R8(M, 32) R8(M, 40) R8(M, 48) R8(M, 56)

#define ASM2(insn, a, b) ({ u64 _r; __asm__ volatile(insn : "=r"(_r) : "r"(a), "r"(b)); _r; })
#define ASM1(insn, a) ({ u64 _r; __asm__ volatile(insn : "=r"(_r) : "r"(a)); _r; })
#define ASM2F(insn, a, b) ({ u64 _r, _f; __asm__ volatile(insn "\n\tmrs %1, nzcv" : "=&r"(_r), "=r"(_f) : "r"(a), "r"(b) : "cc"); mix(_f); _r; })

/* logical, shifted register, every shift type and amount */
#define LOG64(n) \
  mix(ASM2("and %0, %1, %2, lsl #" #n, a, b)); mix(ASM2("orr %0, %1, %2, lsr #" #n, a, b)); \
  mix(ASM2("eor %0, %1, %2, asr #" #n, a, b)); mix(ASM2("bic %0, %1, %2, ror #" #n, a, b)); \
  mix(ASM2("orn %0, %1, %2, lsl #" #n, a, b)); mix(ASM2("eon %0, %1, %2, ror #" #n, a, b)); \
  mix(ASM2F("ands %0, %1, %2, asr #" #n, a, b)); mix(ASM2F("bics %0, %1, %2, lsr #" #n, a, b));
#define LOG32(n) \
  mix(ASM2("and %w0, %w1, %w2, ror #" #n, a, b)); mix(ASM2("orr %w0, %w1, %w2, lsl #" #n, a, b)); \
  mix(ASM2("eor %w0, %w1, %w2, lsr #" #n, a, b)); mix(ASM2("bic %w0, %w1, %w2, asr #" #n, a, b)); \
  mix(ASM2("orn %w0, %w1, %w2, ror #" #n, a, b)); mix(ASM2("eon %w0, %w1, %w2, lsl #" #n, a, b)); \
  mix(ASM2F("ands %w0, %w1, %w2, lsr #" #n, a, b)); mix(ASM2F("bics %w0, %w1, %w2, ror #" #n, a, b));

static NOINLINE void logic(u64 a, u64 b) { R64(LOG64) R32(LOG32) }

/* immediate shifts (aliases of ubfm/sbfm/extr) */
#define SHI64(n) mix(ASM1("lsl %0, %1, #" #n, a)); mix(ASM1("lsr %0, %1, #" #n, a)); \
  mix(ASM1("asr %0, %1, #" #n, a)); mix(ASM1("ror %0, %1, #" #n, a));
#define SHI32(n) mix(ASM1("lsl %w0, %w1, #" #n, a)); mix(ASM1("lsr %w0, %w1, #" #n, a)); \
  mix(ASM1("asr %w0, %w1, #" #n, a)); mix(ASM1("ror %w0, %w1, #" #n, a));
static NOINLINE void shift_imm(u64 a) { R64(SHI64) R32(SHI32) }

/* register shifts: the amount is taken modulo the width */
static NOINLINE void shift_reg(u64 a) {
  for (u64 s = 0; s < 130; s++) {
    u64 b = s | (opaque(s) << 32) | 0xff00000000000000ul * (s & 1);
    mix(ASM2("lslv %0, %1, %2", a, b));
    mix(ASM2("lsrv %0, %1, %2", a, b));
    mix(ASM2("asrv %0, %1, %2", a, b));
    mix(ASM2("rorv %0, %1, %2", a, b));
    mix(ASM2("lslv %w0, %w1, %w2", a, b));
    mix(ASM2("lsrv %w0, %w1, %w2", a, b));
    mix(ASM2("asrv %w0, %w1, %w2", a, b));
    mix(ASM2("rorv %w0, %w1, %w2", a, b));
  }
}

/* bitfields: lsb x width over a grid */
#define BF64(l, w)                                                                       \
  mix(ASM1("ubfx %0, %1, #" #l ", #" #w, a)); mix(ASM1("sbfx %0, %1, #" #l ", #" #w, a)); \
  mix(ASM1("ubfiz %0, %1, #" #l ", #" #w, a)); mix(ASM1("sbfiz %0, %1, #" #l ", #" #w, a)); \
  { u64 d = b; __asm__ volatile("bfi %0, %1, #" #l ", #" #w : "+r"(d) : "r"(a)); mix(d); } \
  { u64 d = b; __asm__ volatile("bfxil %0, %1, #" #l ", #" #w : "+r"(d) : "r"(a)); mix(d); }
#define BF32(l, w)                                                                           \
  mix(ASM1("ubfx %w0, %w1, #" #l ", #" #w, a)); mix(ASM1("sbfx %w0, %w1, #" #l ", #" #w, a)); \
  mix(ASM1("ubfiz %w0, %w1, #" #l ", #" #w, a)); mix(ASM1("sbfiz %w0, %w1, #" #l ", #" #w, a)); \
  { u64 d = b; __asm__ volatile("bfi %w0, %w1, #" #l ", #" #w : "+r"(d) : "r"(a)); mix(d); } \
  { u64 d = b; __asm__ volatile("bfxil %w0, %w1, #" #l ", #" #w : "+r"(d) : "r"(a)); mix(d); }
static NOINLINE void bitfield(u64 a, u64 b) {
  BF64(0, 1) BF64(0, 8) BF64(0, 63) BF64(0, 64) BF64(1, 1) BF64(1, 62) BF64(1, 63) BF64(7, 9)
  BF64(13, 20) BF64(31, 1) BF64(31, 2) BF64(32, 32) BF64(33, 31) BF64(40, 24) BF64(62, 2) BF64(63, 1)
  BF32(0, 1) BF32(0, 8) BF32(0, 31) BF32(0, 32) BF32(1, 1) BF32(1, 30) BF32(1, 31) BF32(5, 11)
  BF32(15, 16) BF32(16, 16) BF32(24, 8) BF32(30, 2) BF32(31, 1)
  /* raw ubfm/sbfm/bfm with immr > imms and immr <= imms */
  mix(ASM1("ubfm %0, %1, #5, #3", a)); mix(ASM1("sbfm %0, %1, #60, #10", a));
  mix(ASM1("sbfm %w0, %w1, #31, #0", a)); mix(ASM1("ubfm %w0, %w1, #17, #17", a));
  { u64 d = b; __asm__ volatile("bfm %0, %1, #63, #62" : "+r"(d) : "r"(a)); mix(d); }
  { u64 d = b; __asm__ volatile("bfm %w0, %w1, #3, #29" : "+r"(d) : "r"(a)); mix(d); }
}

#define EXTR64(n) mix(ASM2("extr %0, %1, %2, #" #n, a, b));
#define EXTR32(n) mix(ASM2("extr %w0, %w1, %w2, #" #n, a, b));
static NOINLINE void extr(u64 a, u64 b) { R64(EXTR64) R32(EXTR32) }

static NOINLINE void unary(u64 a) {
  show("  clz x", ASM1("clz %0, %1", a));
  show("  cls x", ASM1("cls %0, %1", a));
  show("  rbit x", ASM1("rbit %0, %1", a));
  show("  rev x", ASM1("rev %0, %1", a));
  show("  rev16 x", ASM1("rev16 %0, %1", a));
  show("  rev32 x", ASM1("rev32 %0, %1", a));
  show("  clz w", ASM1("clz %w0, %w1", a));
  show("  cls w", ASM1("cls %w0, %w1", a));
  show("  rbit w", ASM1("rbit %w0, %w1", a));
  show("  rev w", ASM1("rev %w0, %w1", a));
  show("  rev16 w", ASM1("rev16 %w0, %w1", a));
  show("  sxtb x", ASM1("sxtb %0, %w1", a));
  show("  sxth x", ASM1("sxth %0, %w1", a));
  show("  sxtw x", ASM1("sxtw %0, %w1", a));
  show("  sxtb w", ASM1("sxtb %w0, %w1", a));
  show("  sxth w", ASM1("sxth %w0, %w1", a));
  show("  uxtb w", ASM1("uxtb %w0, %w1", a));
  show("  uxth w", ASM1("uxth %w0, %w1", a));
  show("  mov w (zero-extends)", ASM1("mov %w0, %w1", a));
}

/* logical immediates: a spread of element sizes and rotations */
static NOINLINE void logic_imm(u64 a) {
  mix(ASM1("and %0, %1, #0xff", a)); mix(ASM1("and %0, %1, #0xfffffffffffffffe", a));
  mix(ASM1("orr %0, %1, #0x5555555555555555", a)); mix(ASM1("eor %0, %1, #0x8000000000000001", a));
  mix(ASM1("and %0, %1, #0x0f0f0f0f0f0f0f0f", a)); mix(ASM1("orr %0, %1, #0x3333333333333333", a));
  mix(ASM1("eor %0, %1, #0x00ff00ff00ff00ff", a)); mix(ASM1("and %0, %1, #0x0000ffff0000ffff", a));
  mix(ASM1("orr %0, %1, #0x7ffffffffffffffe", a)); mix(ASM1("eor %0, %1, #0xffff00000000ffff", a));
  mix(ASM1("and %w0, %w1, #0xff00ff00", a)); mix(ASM1("orr %w0, %w1, #0x80000000", a));
  mix(ASM1("eor %w0, %w1, #0x7fffffff", a)); mix(ASM1("and %w0, %w1, #0xaaaaaaaa", a));
  mix(ASM1("orr %w0, %w1, #0xc3c3c3c3", a)); mix(ASM1("eor %w0, %w1, #0xfffe", a));
  { u64 r, f; __asm__ volatile("ands %0, %2, #0x8000000000000000\n\tmrs %1, nzcv" : "=&r"(r), "=r"(f) : "r"(a) : "cc"); mix(r); mix(f); }
  { u64 r, f; __asm__ volatile("ands %w0, %w2, #0x80000001\n\tmrs %1, nzcv" : "=&r"(r), "=r"(f) : "r"(a) : "cc"); mix(r); mix(f); }
  { u64 f; __asm__ volatile("tst %1, #0x1\n\tmrs %0, nzcv" : "=r"(f) : "r"(a) : "cc"); mix(f); }
  { u64 f; __asm__ volatile("tst %w1, %w2\n\tmrs %0, nzcv" : "=r"(f) : "r"(a), "r"(~a) : "cc"); mix(f); }
}

int main(void) {
  acc = 0xcbf29ce484222325ul;
  for (unsigned i = 0; i < NEDGE; i++) {
    puts_("a = ");
    put_hex(edge64[i]);
    putch('\n');
    unary(edge64[i]);
    logic_imm(edge64[i]);
    checkpoint("  logical immediates");
    shift_imm(edge64[i]);
    checkpoint("  immediate shifts");
    shift_reg(edge64[i]);
    checkpoint("  register shifts");
    for (unsigned j = 0; j < NEDGE; j += 3) {
      logic(edge64[i], edge64[j]);
      bitfield(edge64[i], edge64[j]);
      extr(edge64[i], edge64[j]);
    }
    checkpoint("  logical/bitfield/extr against the other operands");
  }
  for (int k = 0; k < 40; k++) {
    u64 a = rng(), b = rng();
    logic(a, b);
    bitfield(a, b);
    extr(a, b);
    shift_imm(a);
  }
  checkpoint("random operands");
  flush();
  return 0;
}
