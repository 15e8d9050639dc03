/* mem.h — the memory system calls the Linux runner must honour as Linux does (mmap with hints and
 * MAP_FIXED, mprotect, munmap, brk), for mem.c and segv.c. */
#ifndef DIFF_MEM_H
#define DIFF_MEM_H
#include "rt.h"

#define PROT_NONE 0
#define PROT_READ 1
#define PROT_WRITE 2
#define PROT_EXEC 4
#define MAP_PRIVATE 0x02
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
#define PAGE 4096ul

static inline i64 svc6(i64 nr, u64 a, u64 b, u64 c, u64 d, u64 e, u64 f) {
  register u64 x0 __asm__("x0") = a;
  register u64 x1 __asm__("x1") = b;
  register u64 x2 __asm__("x2") = c;
  register u64 x3 __asm__("x3") = d;
  register u64 x4 __asm__("x4") = e;
  register u64 x5 __asm__("x5") = f;
  register i64 x8 __asm__("x8") = nr;
  __asm__ volatile("svc #0" : "+r"(x0) : "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5), "r"(x8) : "memory");
  return (i64)x0;
}

static u64 sys_mmap(u64 addr, u64 len, int prot, int flags) {
  return (u64)svc6(222, addr, len, (u64)prot, (u64)flags, (u64)-1, 0);
}
static i64 sys_munmap(u64 addr, u64 len) { return svc6(215, addr, len, 0, 0, 0, 0); }
static i64 sys_mprotect(u64 addr, u64 len, int prot) { return svc6(226, addr, len, (u64)prot, 0, 0, 0); }
static u64 sys_brk(u64 to) { return (u64)svc6(214, to, 0, 0, 0, 0, 0); }
#endif
