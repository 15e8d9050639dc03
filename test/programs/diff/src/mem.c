/* mem.c — mmap, mprotect, munmap and brk as Linux gives them to a program: an address hint is
 * taken when the range is free, MAP_FIXED replaces what was there, mprotect and munmap work page by
 * page, brk grows the heap with zeroed pages. Prints what it finds; addresses that depend on the
 * emulator's layout are printed only relative to a fixed one. */
#include "mem.h"

static const u64 HINT = 0x02000000ul; /* 32 MiB: inside the runner's RAM (64 MiB in the tests), free under qemu */
static const u64 FIXED = 0x02400000ul;

int main(void) {
  u64 a = sys_mmap(HINT, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS);
  show("hint taken", a == HINT);
  volatile u8 *p = (volatile u8 *)a;
  p[0] = 1;
  p[3 * PAGE - 1] = 2;
  show("zeroed", p[PAGE] == 0 && p[2 * PAGE] == 0);
  /* MAP_FIXED over the middle page replaces it with a fresh, zeroed one. */
  p[PAGE] = 7;
  u64 f = sys_mmap(a + PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED);
  show("fixed at the address", f == a + PAGE);
  show("fixed page fresh", p[PAGE] == 0 && p[0] == 1 && p[3 * PAGE - 1] == 2);
  /* A hint on an occupied range is moved, not honoured. */
  u64 b = sys_mmap(HINT, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS);
  show("occupied hint moved", b != HINT && (i64)b > 0);
  /* MAP_FIXED on a free range. */
  u64 g = sys_mmap(FIXED, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED);
  show("fixed on free range", g == FIXED);
  show("unaligned fixed refused", (i64)sys_mmap(FIXED + 8, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED) == -22);
  show("zero length refused", (i64)sys_mmap(0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS) == -22);
  /* mprotect to read-only keeps the contents readable. */
  show("mprotect", sys_mprotect(a, PAGE, PROT_READ) == 0);
  show("still readable", p[0] == 1);
  show("munmap", sys_munmap(a + 2 * PAGE, PAGE) == 0);
  show("munmap again", sys_munmap(a + 2 * PAGE, PAGE) == 0);
  show("unaligned munmap refused", sys_munmap(a + 1, PAGE) == -22);
  /* brk: zero asks where it is; growing by a megabyte gives zeroed memory; shrinking is allowed. */
  u64 start = sys_brk(0);
  u64 grown = sys_brk(start + (1ul << 20));
  show("brk grows", grown == start + (1ul << 20));
  volatile u8 *h = (volatile u8 *)start;
  show("heap zeroed", h[0] == 0 && h[(1ul << 20) - 1] == 0);
  h[(1ul << 20) - 1] = 9;
  show("brk shrinks", sys_brk(start + PAGE) == start + PAGE);
  show("brk regrows zeroed", sys_brk(start + (1ul << 20)) == start + (1ul << 20) && h[(1ul << 20) - 1] == 0);
  show("brk below start ignored", sys_brk(start - PAGE) == start + (1ul << 20));
  flush();
  return 0;
}
