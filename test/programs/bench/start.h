/* Minimal freestanding runtime for the CPU benchmarks: _start, write, exit, hex output. */
typedef unsigned long u64;
typedef unsigned int u32;
static long sys3(long n, long a, long b, long c) {
  register long x8 __asm__("x8") = n;
  register long x0 __asm__("x0") = a;
  register long x1 __asm__("x1") = b;
  register long x2 __asm__("x2") = c;
  __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
  return x0;
}
static void print_hex(const char *label, u64 v) {
  char buf[64];
  int n = 0;
  while (label[n]) { buf[n] = label[n]; n++; }
  for (int i = 15; i >= 0; i--) buf[n++] = "0123456789abcdef"[(v >> (i * 4)) & 15];
  buf[n++] = '\n';
  sys3(64, 1, (long)buf, n);
}
int main(void);
__attribute__((naked, noreturn)) void _start(void) {
  __asm__ volatile("bl main\n\tmov x8, #94\n\tsvc #0\n");
}
