/* algo.c — the everyday mix compiled code produces: string handling,
 * memcpy-like copy loops, quicksort and insertion sort, FNV-1a and a bitwise
 * CRC-32, a sieve, and integer-to-text conversion. Built at -O0 and -O2. */
#include "rt.h"

static size_t str_len(const char *s) {
  size_t n = 0;
  while (s[n]) n++;
  return n;
}
static int str_cmp(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return (u8)*a - (u8)*b;
}
static void str_rev(char *s) {
  size_t n = str_len(s);
  for (size_t i = 0; i < n / 2; i++) {
    char t = s[i];
    s[i] = s[n - 1 - i];
    s[n - 1 - i] = t;
  }
}
static void copy_words(u64 *d, const u64 *s, size_t n) {
  for (size_t i = 0; i < n; i++) d[i] = s[i];
}
static void copy_bytes_back(u8 *d, const u8 *s, size_t n) {
  while (n--) d[n] = s[n];
}

static void insertion_sort(i32 *a, int n) {
  for (int i = 1; i < n; i++) {
    i32 v = a[i];
    int j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}
static void quick_sort(i64 *a, int lo, int hi) {
  while (lo < hi) {
    i64 p = a[(lo + hi) / 2];
    int i = lo, j = hi;
    while (i <= j) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i <= j) {
        i64 t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (j - lo < hi - i) {
      quick_sort(a, lo, j);
      lo = i;
    } else {
      quick_sort(a, i, hi);
      hi = j;
    }
  }
}

static u64 fnv1a(const u8 *p, size_t n) {
  u64 h = 0xcbf29ce484222325ul;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ul;
  return h;
}
static u32 crc32(const u8 *p, size_t n) {
  u32 c = 0xffffffffu;
  for (size_t i = 0; i < n; i++) {
    c ^= p[i];
    for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1)));
  }
  return ~c;
}

static i64 arr64[600];
static i32 arr32[150];
static u8 sieve[5000];
static u64 src[128], dst[128];

int main(void) {
  char s[64] = "The quick brown fox jumps over the lazy dog";
  puts_(s);
  putch('\n');
  str_rev(s);
  puts_(s);
  putch('\n');
  put_dec(str_len(s));
  putch(' ');
  put_dec(str_cmp("apple", "apricot"));
  putch(' ');
  put_dec(str_cmp("same", "same"));
  putch(' ');
  put_dec(str_cmp("zz", "z"));
  putch('\n');

  for (int i = 0; i < 128; i++) src[i] = rng();
  copy_words(dst, src, 128);
  copy_bytes_back((u8 *)dst + 3, (u8 *)dst, 1000);
  show("copies fnv", fnv1a((u8 *)dst, sizeof dst));
  show("crc32", crc32((u8 *)src, sizeof src));
  show("crc32 of text", crc32((const u8 *)"123456789", 9));

  for (int i = 0; i < 600; i++) arr64[i] = (i64)rng() >> (i % 60);
  quick_sort(arr64, 0, 599);
  int sorted = 1;
  for (int i = 1; i < 600; i++) sorted &= arr64[i - 1] <= arr64[i];
  show("quicksort ok", (u64)sorted);
  show("quicksort fnv", fnv1a((u8 *)arr64, sizeof arr64));
  for (int i = 0; i < 150; i++) arr32[i] = (i32)rng();
  insertion_sort(arr32, 150);
  show("insertion sort min", (u64)(i64)arr32[0]);
  show("insertion sort max", (u64)(i64)arr32[149]);
  show("insertion sort fnv", fnv1a((u8 *)arr32, sizeof arr32));

  int primes = 0;
  for (int i = 2; i < 5000; i++) {
    if (sieve[i]) continue;
    primes++;
    for (int j = i * 2; j < 5000; j += i) sieve[j] = 1;
  }
  puts_("primes below 5000: ");
  put_dec(primes);
  putch('\n');
  for (int i = -5; i <= 5; i++) {
    put_dec(i * 1234567891011l);
    putch(i == 5 ? '\n' : ',');
  }
  flush();
  return 42;
}
