/* vec.c — loops clang vectorises at -O2 and -O3 (built with floating point and vectorisation on):
 * integer sums, dot products and widening multiply-adds, byte copies, a strlen-like scan and byte
 * counting, absolute differences, min/max reductions, interleaved structures (ld2/ld3/st2),
 * shifts and selects, integer/float conversions, float saxpy, double arithmetic and square roots,
 * table-driven byte maps, and a sort built from vector min/max (an odd-even merge network).
 * Every result is printed as hexadecimal bits, so the last bit and NaN payloads show. */
#include "rt.h"

#define N 1000
static i32 a32[N + 8], b32[N + 8], c32[N + 8];
static i16 a16[N + 8], b16[N + 8];
static u8 a8[4 * N + 64], b8[4 * N + 64];
static float fa[N + 8], fb[N + 8], fc[N + 8];
static double da[N + 8], db[N + 8], dc[N + 8];
static i64 a64[N + 8], b64[N + 8];

typedef union { float f; u32 u; } fb_;
typedef union { double d; u64 u; } db_;
static u32 fbits(float f) { fb_ b = {.f = f}; return b.u; }
static u64 dbits(double d) { db_ b = {.d = d}; return b.u; }

static u64 hash_bytes(const void *p, size_t n) {
  const u8 *s = p;
  u64 h = 0xcbf29ce484222325ul;
  for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 0x100000001b3ul;
  return h;
}
#define HASH(x) hash_bytes((x), sizeof(x))

NOINLINE static i32 sum32(const i32 *x, int n) { i32 s = 0; for (int i = 0; i < n; i++) s += x[i]; return s; }
NOINLINE static i64 sum64(const i64 *x, int n) { i64 s = 0; for (int i = 0; i < n; i++) s += x[i]; return s; }
NOINLINE static i64 dot32(const i32 *x, const i32 *y, int n) { i64 s = 0; for (int i = 0; i < n; i++) s += (i64)x[i] * y[i]; return s; }
NOINLINE static i32 dot16(const i16 *x, const i16 *y, int n) { i32 s = 0; for (int i = 0; i < n; i++) s += x[i] * y[i]; return s; }
NOINLINE static u32 sum8(const u8 *x, int n) { u32 s = 0; for (int i = 0; i < n; i++) s += x[i]; return s; }
NOINLINE static u32 sad8(const u8 *x, const u8 *y, int n) {
  u32 s = 0;
  for (int i = 0; i < n; i++) s += x[i] > y[i] ? x[i] - y[i] : y[i] - x[i];
  return s;
}
NOINLINE static void copy8(u8 *d, const u8 *s, int n) { for (int i = 0; i < n; i++) d[i] = s[i]; }
NOINLINE static size_t len8(const u8 *s) { size_t n = 0; while (s[n]) n++; return n; }
NOINLINE static int count8(const u8 *s, int n, u8 c) { int k = 0; for (int i = 0; i < n; i++) k += s[i] == c; return k; }
NOINLINE static i32 max32(const i32 *x, int n) { i32 m = x[0]; for (int i = 1; i < n; i++) m = x[i] > m ? x[i] : m; return m; }
NOINLINE static u16 minu16(const u16 *x, int n) { u16 m = 0xffff; for (int i = 0; i < n; i++) m = x[i] < m ? x[i] : m; return m; }
NOINLINE static i8 maxi8(const i8 *x, int n) { i8 m = -128; for (int i = 0; i < n; i++) m = x[i] > m ? x[i] : m; return m; }

/* Interleaved structures: RGB to grey (ld3), complex multiply (ld2, st2). */
NOINLINE static void grey(u8 *out, const u8 *rgb, int n) {
  for (int i = 0; i < n; i++) out[i] = (u8)((77 * rgb[3 * i] + 150 * rgb[3 * i + 1] + 29 * rgb[3 * i + 2]) >> 8);
}
NOINLINE static void cmul(i32 *out, const i32 *x, const i32 *y, int n) {
  for (int i = 0; i < n; i++) {
    out[2 * i] = x[2 * i] * y[2 * i] - x[2 * i + 1] * y[2 * i + 1];
    out[2 * i + 1] = x[2 * i] * y[2 * i + 1] + x[2 * i + 1] * y[2 * i];
  }
}
NOINLINE static void shifts(u32 *out, const i32 *x, int n) {
  for (int i = 0; i < n; i++) out[i] = ((u32)x[i] >> 3) ^ (u32)(x[i] >> 5) ^ ((u32)x[i] << 7) ^ (x[i] < 0 ? 0x55u : 0xaau);
}
NOINLINE static void widen(i32 *out, const i16 *x, const u8 *y, int n) {
  for (int i = 0; i < n; i++) out[i] = x[i] * 3 + y[i] - (x[i] >> 2);
}
NOINLINE static void narrow(u8 *out, const i32 *x, int n) { for (int i = 0; i < n; i++) out[i] = (u8)(x[i] >> 4); }
NOINLINE static void clamp8(u8 *out, const i16 *x, int n) {
  for (int i = 0; i < n; i++) out[i] = x[i] < 0 ? 0 : x[i] > 255 ? 255 : (u8)x[i];
}
NOINLINE static void mapbytes(u8 *d, const u8 *s, int n) {
  for (int i = 0; i < n; i++) d[i] = (u8)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
}
NOINLINE static void reverse32(i32 *d, const i32 *s, int n) { for (int i = 0; i < n; i++) d[i] = s[n - 1 - i]; }

/* Floating point: elementwise (vectorised without -ffast-math) and conversions. */
NOINLINE static void saxpy(float *y, const float *x, float a, int n) { for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i]; }
NOINLINE static void daxpy(double *y, const double *x, double a, int n) { for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i]; }
NOINLINE static void dops(double *d, const double *x, const double *y, int n) {
  for (int i = 0; i < n; i++) d[i] = __builtin_sqrt(x[i] * x[i] + y[i] * y[i]) / (y[i] - 0.5) - x[i];
}
NOINLINE static void fops(float *d, const float *x, const float *y, int n) {
  for (int i = 0; i < n; i++) d[i] = __builtin_fmaxf(x[i], y[i]) - __builtin_fminf(x[i] * 0.25f, y[i]) + __builtin_fabsf(x[i] - y[i]);
}
NOINLINE static void i2f(float *d, const i32 *x, int n) { for (int i = 0; i < n; i++) d[i] = (float)x[i] * 0.125f; }
NOINLINE static void f2i(i32 *d, const float *x, int n) { for (int i = 0; i < n; i++) d[i] = (i32)(x[i] * 3.5f); }
NOINLINE static void f2d(double *d, const float *x, int n) { for (int i = 0; i < n; i++) d[i] = (double)x[i] * 1.5; }
NOINLINE static void d2f(float *d, const double *x, int n) { for (int i = 0; i < n; i++) d[i] = (float)(x[i] / 3.0); }
NOINLINE static void fcmp(i32 *d, const float *x, const float *y, int n) {
  for (int i = 0; i < n; i++) d[i] = x[i] < y[i] ? 1 : x[i] == y[i] ? 2 : x[i] >= y[i] ? 3 : 4;
}
NOINLINE static void dround(double *d, const double *x, int n) {
  for (int i = 0; i < n; i++) d[i] = __builtin_floor(x[i]) + __builtin_ceil(x[i] * 2) + __builtin_trunc(x[i] * 3) + __builtin_round(x[i]);
}

/* A sort: odd-even transposition passes, each a vectorisable min/max over the whole array. */
NOINLINE static void sort32(i32 *x, int n) {
  static i32 lo[N / 2 + 8], hi[N / 2 + 8];
  for (int pass = 0; pass < n; pass++) {
    int off = pass & 1;
    int m = (n - off) / 2;
    for (int i = 0; i < m; i++) {
      i32 p = x[off + 2 * i], q = x[off + 2 * i + 1];
      lo[i] = p < q ? p : q;
      hi[i] = p < q ? q : p;
    }
    for (int i = 0; i < m; i++) {
      x[off + 2 * i] = lo[i];
      x[off + 2 * i + 1] = hi[i];
    }
  }
}

static void fill(void) {
  for (int i = 0; i < N + 8; i++) {
    u64 r = rng();
    a32[i] = (i32)r;
    b32[i] = (i32)(r >> 32) >> (i & 15);
    a16[i] = (i16)(r >> 7);
    b16[i] = (i16)(r >> 23);
    a64[i] = (i64)rng();
    b64[i] = (i64)(r >> 3);
    fa[i] = (float)(i32)(r >> 40) / 1024.0f;
    fb[i] = (float)(i16)r / 7.0f;
    da[i] = (double)(i64)rng() / 1e12;
    db[i] = (double)(i32)r / 3.0;
  }
  fa[5] = 0.0f / 0.0f * (float)opaque(1);
  fb[9] = -0.0f;
  db[17] = 1e308 * (double)opaque(10);
  for (int i = 0; i < 4 * N + 64; i++) a8[i] = (u8)(rng() >> 13);
  for (int i = 0; i < 4 * N + 64; i++) b8[i] = (u8)(a8[i] ? a8[i] : 'q');
  b8[N + 333] = 0;
}

int main(void) {
  fill();
  show("sum32", (u32)sum32(a32, N));
  show("sum32 odd", (u32)sum32(a32 + 1, N - 3));
  show("sum64", (u64)sum64(a64, N));
  show("dot32", (u64)dot32(a32, b32, N));
  show("dot16", (u32)dot16(a16, b16, N));
  show("sum8", sum8(a8, 4 * N));
  show("sad8", sad8(a8, a8 + 1001, 3 * N));
  copy8(b8 + 4000, a8 + 3, 61);
  copy8(a8 + 7, a8 + 2000, 1500);
  show("copy8", HASH(a8) ^ HASH(b8));
  show("len8", len8(b8));
  show("count8", (u64)count8(a8, 4 * N, 'q'));
  show("max32", (u32)max32(a32, N));
  show("minu16", minu16((const u16 *)a16, N));
  show("maxi8", (u8)maxi8((const i8 *)a8, 4 * N));
  grey(b8, a8, N);
  show("grey", HASH(b8));
  cmul(c32, a32, b32, N / 2);
  show("cmul", HASH(c32));
  shifts((u32 *)c32, a32, N);
  show("shifts", HASH(c32));
  widen(c32, a16, a8, N);
  show("widen", HASH(c32));
  narrow(b8, a32, N);
  clamp8(b8 + N, a16, N);
  mapbytes(b8 + 2 * N, a8, N);
  show("narrow clamp map", HASH(b8));
  reverse32(c32, a32, N - 1);
  show("reverse32", HASH(c32));
  saxpy(fc, fa, 1.75f, N);
  saxpy(fc, fb, -0.3f, N);
  show("saxpy", HASH(fc));
  show("saxpy[5]", fbits(fc[5]));
  daxpy(dc, da, 2.5, N);
  daxpy(dc, db, 1e-3, N);
  show("daxpy", HASH(dc));
  dops(dc, da, db, N);
  show("dops", HASH(dc));
  show("dops[17]", dbits(dc[17]));
  fops(fc, fa, fb, N);
  show("fops", HASH(fc));
  i2f(fc, a32, N);
  f2i(c32, fc, N);
  show("i2f f2i", HASH(fc) ^ HASH(c32));
  f2d(dc, fa, N);
  d2f(fc, db, N);
  show("f2d d2f", HASH(dc) ^ HASH(fc));
  fcmp(c32, fa, fb, N);
  show("fcmp", HASH(c32));
  dround(dc, da, N);
  show("dround", HASH(dc));
  for (int i = 0; i < N; i++) c32[i] = a32[i] >> 8;
  sort32(c32, 301);
  show("sort32", HASH(c32));
  int sorted = 1;
  for (int i = 1; i < 301; i++) sorted &= c32[i - 1] <= c32[i];
  show("sorted", (u64)sorted);
  flush();
  return 0;
}
