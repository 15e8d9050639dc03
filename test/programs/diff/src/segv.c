/* segv.c — one way to break Linux's memory protection per build (-DBREAK=n). Each prints what it
 * is about to do, then does it: under Linux and qemu-aarch64 the program dies of SIGSEGV (exit
 * status 139) and prints nothing more. */
#include "mem.h"

static const char message[] = "constant";
static int function(int x) { return x + 1; }

int main(void) {
  volatile u8 *p;
  puts_("about to fault: ");
#if BREAK == 1
  puts_("write to the null page\n");
  flush();
  p = (volatile u8 *)opaque(0);
  *p = 1;
#elif BREAK == 2
  puts_("read the null page\n");
  flush();
  p = (volatile u8 *)opaque(8);
  show("read", *p);
#elif BREAK == 3
  puts_("write .rodata\n");
  flush();
  p = (volatile u8 *)opaque((u64)message);
  *p = 'C';
#elif BREAK == 4
  puts_("write .text\n");
  flush();
  p = (volatile u8 *)opaque((u64)&function);
  *p = 0;
#elif BREAK == 5
  puts_("execute a page mapped without PROT_EXEC\n");
  flush();
  u64 a = sys_mmap(0, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS);
  *(volatile u32 *)a = 0xd65f03c0; /* ret */
  ((void (*)(void))opaque(a))();
#elif BREAK == 6
  puts_("touch a page after munmap\n");
  flush();
  u64 a = sys_mmap(0, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS);
  sys_munmap(a + PAGE, PAGE);
  ((volatile u8 *)a)[0] = 1;
  ((volatile u8 *)opaque(a))[PAGE] = 1;
#elif BREAK == 7
  puts_("write a page made read-only by mprotect\n");
  flush();
  u64 a = sys_mmap(0, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS);
  sys_mprotect(a, PAGE, PROT_READ);
  *(volatile u8 *)opaque(a) = 1;
#endif
  puts_("still running\n");
  flush();
  return function(0);
}
