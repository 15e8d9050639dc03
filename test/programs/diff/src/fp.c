/* fp.c — ordinary C with double and float (built without -mgeneral-regs-only): arithmetic,
 * square roots, conversions between integers, floats and doubles, comparisons, a Newton
 * iteration, a numerical integration, and a hand-written decimal printer (this program has no
 * printf). Every result is printed as its bits too, so a NaN's payload or a last-bit rounding
 * difference shows. The loops are built without vectorisation: the CPU's first floating-point
 * slice has the scalar instructions only. */
#include "rt.h"

typedef union {
  double d;
  u64 u;
} dbits;
typedef union {
  float f;
  unsigned int u;
} fbits;

static u64 bits_of(double d) {
  dbits b = {.d = d};
  return b.u;
}
static double from_bits(u64 u) {
  dbits b = {.u = u};
  return b.d;
}
static unsigned int fbits_of(float f) {
  fbits b = {.f = f};
  return b.u;
}
static double opaque_d(double d) {
  __asm__ volatile("" : "+w"(d));
  return d;
}
static double sqrt_d(double d) {
  double r;
  __asm__("fsqrt %d0, %d1" : "=w"(r) : "w"(d));
  return r;
}

/* A double as [-]integer.dddddd, rounded by hand (enough for the magnitudes printed here). */
static void put_fixed(double d) {
  if (d != d) {
    puts_("nan");
    return;
  }
  if (d < 0) {
    putch('-');
    d = -d;
  }
  u64 scaled = (u64)(d * 1000000.0 + 0.5);
  put_udec(scaled / 1000000);
  putch('.');
  u64 frac = scaled % 1000000;
  for (u64 p = 100000; p; p /= 10) putch((char)('0' + (frac / p) % 10));
}

static void line(const char *name, double d) {
  puts_(name);
  puts_(" = ");
  put_fixed(d);
  puts_("  ");
  put_hex(bits_of(d));
  putch('\n');
}

static const u64 specials[] = {
    0x0000000000000000, 0x8000000000000000, 0x3ff0000000000000, 0xbff8000000000000,
    0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000, 0x7ff4000000000001,
    0x0000000000000001, 0x000fffffffffffff, 0x0010000000000000, 0x7fefffffffffffff,
    0x4024000000000000, 0x3fb999999999999a, 0x41dfffffffc00000, 0xc3e0000000000000,
};
#define NSPEC (sizeof specials / sizeof specials[0])

int main(void) {
  line("0.1 + 0.2", opaque_d(0.1) + opaque_d(0.2));
  line("1 / 3", opaque_d(1.0) / opaque_d(3.0));
  line("sqrt(2)", sqrt_d(opaque_d(2.0)));
  /* Newton's method for the cube root of 10. */
  double x = opaque_d(2.0);
  for (int i = 0; i < 8; i++) x = x - (x * x * x - 10.0) / (3.0 * x * x);
  line("cbrt(10)", x);
  /* The midpoint rule for the integral of 4/(1+t^2) over [0,1]: pi. */
  double sum = 0;
  int n = (int)opaque(1000);
  for (int i = 0; i < n; i++) {
    double t = (i + 0.5) / n;
    sum += 4.0 / (1.0 + t * t);
  }
  line("pi", sum / n);
  /* Every pair of special operands through +, -, *, /, and the comparisons. */
  u64 h = 0;
  for (unsigned i = 0; i < NSPEC; i++) {
    for (unsigned j = 0; j < NSPEC; j++) {
      double a = from_bits(opaque(specials[i]));
      double b = from_bits(opaque(specials[j]));
      h = h * 31 + bits_of(a + b);
      h = h * 31 + bits_of(a - b);
      h = h * 31 + bits_of(a * b);
      h = h * 31 + bits_of(a / b);
      h = h * 31 + (u64)((a < b) | (a == b) << 1 | (a > b) << 2 | (a != a || b != b) << 3);
      h = h * 31 + fbits_of((float)a * (float)b);
    }
    double a = from_bits(opaque(specials[i]));
    show("bits(sqrt)", bits_of(sqrt_d(a)));
    show("bits((float)x)", fbits_of((float)a));
    show("(long)x", (u64)(long)a);
    show("(unsigned long)x", (u64)(unsigned long)a);
    show("(int)x", (u64)(unsigned)(int)a);
  }
  show("hash of the special pairs", h);
  for (int i = 0; i < 20; i++) {
    long v = (long)rng();
    line("(double)long", (double)(v >> (i * 3)));
    show("bits((float)unsigned long)", fbits_of((float)(rng() >> i)));
  }
  flush();
  return 0;
}
