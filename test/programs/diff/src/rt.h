/* rt.h — the whole "C library" of the differential-test programs.
 *
 * Built with: clang --target=aarch64-linux-gnu -static -nostdlib -ffreestanding
 *             -mgeneral-regs-only -fuse-ld=lld -fno-builtin
 * Each program is one translation unit that includes this header and defines
 * `int main(void)`. Output goes through the raw Linux write(2) syscall; the exit
 * status is main's return value. Nothing here may depend on the initial stack
 * contents (argv, envp, auxv), so qemu-aarch64 and our runner agree without
 * matching the kernel's process start-up exactly.
 */
#ifndef DIFF_RT_H
#define DIFF_RT_H

typedef unsigned long u64;
typedef long i64;
typedef unsigned int u32;
typedef int i32;
typedef unsigned short u16;
typedef short i16;
typedef unsigned char u8;
typedef signed char i8;
typedef unsigned long size_t;

#define NOINLINE __attribute__((noinline))

/* Linux AArch64 syscall numbers (include/uapi/asm-generic/unistd.h). */
#define SYS_write 64
#define SYS_exit 93

static inline i64 sys_write(int fd, const void *buf, size_t len) {
  register i64 x0 __asm__("x0") = fd;
  register const void *x1 __asm__("x1") = buf;
  register size_t x2 __asm__("x2") = len;
  register i64 x8 __asm__("x8") = SYS_write;
  __asm__ volatile("svc #0" : "+r"(x0) : "r"(x1), "r"(x2), "r"(x8) : "memory");
  return x0;
}

static inline __attribute__((noreturn)) void sys_exit(int status) {
  register i64 x0 __asm__("x0") = status;
  register i64 x8 __asm__("x8") = SYS_exit;
  __asm__ volatile("svc #0" : : "r"(x0), "r"(x8) : "memory");
  __builtin_unreachable();
}

int main(void);

/* The entry point: align the stack, call main, exit with its result. */
__asm__(".text\n"
        ".globl _start\n"
        ".type _start, %function\n"
        "_start:\n"
        "  mov x29, #0\n"
        "  mov x30, #0\n"
        "  mov x0, sp\n"
        "  and x0, x0, #-16\n"
        "  mov sp, x0\n"
        "  bl main\n"
        "  mov x8, #93\n"
        "  svc #0\n");

/* clang may lower struct copies and loops to these even when freestanding. */
__attribute__((no_builtin("memcpy"))) void *memcpy(void *d, const void *s, size_t n) {
  u8 *dp = d;
  const u8 *sp = s;
  while (n--) *dp++ = *sp++;
  return d;
}
__attribute__((no_builtin("memset"))) void *memset(void *d, int c, size_t n) {
  u8 *dp = d;
  while (n--) *dp++ = (u8)c;
  return d;
}
__attribute__((no_builtin("memmove"))) void *memmove(void *d, const void *s, size_t n) {
  u8 *dp = d;
  const u8 *sp = s;
  if (dp < sp) {
    while (n--) *dp++ = *sp++;
  } else {
    while (n--) dp[n] = sp[n];
  }
  return d;
}

/* A small output buffer, flushed by flush() and at the end of main's callers. */
static char out_buf[4096];
static size_t out_len;

static void flush(void) {
  size_t off = 0;
  while (off < out_len) {
    i64 r = sys_write(1, out_buf + off, out_len - off);
    if (r <= 0) break;
    off += (size_t)r;
  }
  out_len = 0;
}

static void putch(char c) {
  if (out_len == sizeof out_buf) flush();
  out_buf[out_len++] = c;
}

static void puts_(const char *s) {
  while (*s) putch(*s++);
}

static void put_hex(u64 v) {
  static const char digits[] = "0123456789abcdef";
  puts_("0x");
  for (int i = 60; i >= 0; i -= 4) putch(digits[(v >> i) & 15]);
}

static void put_udec(u64 v) {
  char tmp[24];
  int n = 0;
  do {
    tmp[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  while (n) putch(tmp[--n]);
}

static void put_dec(i64 v) {
  if (v < 0) {
    putch('-');
    put_udec(0 - (u64)v);
  } else {
    put_udec((u64)v);
  }
}

/* "name = 0x...\n" */
static void show(const char *name, u64 v) {
  puts_(name);
  puts_(" = ");
  put_hex(v);
  putch('\n');
}

/* NZCV as four letters, e.g. "N-C-". */
static void put_flags(u64 nzcv) {
  putch(nzcv & (1ul << 31) ? 'N' : '-');
  putch(nzcv & (1ul << 30) ? 'Z' : '-');
  putch(nzcv & (1ul << 29) ? 'C' : '-');
  putch(nzcv & (1ul << 28) ? 'V' : '-');
}

/* Edge-case operands shared by the arithmetic tests. */
static const u64 edge64[] = {
    0,
    1,
    2,
    0x7f,
    0x80,
    0xff,
    0x7fff,
    0x8000,
    0xffff,
    0x7fffffff,
    0x80000000,
    0xffffffff,
    0x100000000,
    0x7fffffffffffffff,
    0x8000000000000000,
    0xfffffffffffffffe,
    0xffffffffffffffff,
    0x0123456789abcdef,
    0xfedcba9876543210,
    0x5555555555555555,
};
#define NEDGE (sizeof edge64 / sizeof edge64[0])

/* A deterministic generator for test data (xorshift64*). */
static u64 rng_state = 0x9e3779b97f4a7c15ul;
static u64 rng(void) {
  u64 x = rng_state;
  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  rng_state = x;
  return x * 0x2545f4914f6cdd1dul;
}

/* Opaque to the optimiser, so constant folding cannot hide an instruction. */
static inline u64 opaque(u64 v) {
  __asm__ volatile("" : "+r"(v));
  return v;
}

#endif
