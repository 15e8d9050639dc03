/* Test-only: the sys_ wrappers libc uses, implemented with Linux system calls, so that libc
 * can be exercised under qemu-aarch64 (user-mode) without a ViperOS kernel. */
#include <viper.h>

static long linux_call(long n, long a, long b, long c) {
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    register long x8 __asm__("x8") = n;
    __asm__ volatile("svc #0" : "+r"(x0) : "r"(x1), "r"(x2), "r"(x8) : "memory");
    return x0;
}
#define L_READ 63
#define L_WRITE 64
#define L_EXIT_GROUP 94
#define L_BRK 214
#define L_GETPID 172

static unsigned long cur_brk;

_Noreturn void sys_exit(int code) {
    linux_call(L_EXIT_GROUP, code, 0, 0);
    for (;;) {}
}
long sys_write(int fd, const void *buf, size_t len) { return linux_call(L_WRITE, fd, (long)buf, (long)len); }
long sys_read(int fd, void *buf, size_t len) { long r = linux_call(L_READ, fd, (long)buf, (long)len); return r < 0 ? VERR_IO : r; }
long sys_putchar(int c) { char ch = (char)c; return sys_write(1, &ch, 1) < 0 ? -1 : 0; }
long sys_getchar(void) {
    unsigned char c;
    return linux_call(L_READ, 0, (long)&c, 1) == 1 ? c : VERR_IO;
}
long sys_task_current(void) { return linux_call(L_GETPID, 0, 0, 0); }
long sys_sbrk(long inc) {
    if (!cur_brk) cur_brk = (unsigned long)linux_call(L_BRK, 0, 0, 0);
    unsigned long old = cur_brk;
    if (inc) {
        unsigned long got = (unsigned long)linux_call(L_BRK, (long)(old + inc), 0, 0);
        if (got != old + inc) return VERR_NO_MEMORY;
        cur_brk = got;
    }
    return (long)old;
}
long sys_sleep(unsigned long ms) { return 0; }
const char *viper_strerror(long status) { return status == VERR_NOT_FOUND ? "not found" : "error"; }
long sys_debug_print(const char *s) { return VERR_NOT_SUPPORTED; }
/* stdio asks at start-up whether descriptor 1 is open (a console); under Linux it always is. */
long sys_fstat(int fd, Stat *st) {
    (void)st;
    return fd >= 0 && fd <= 2 ? 0 : VERR_INVALID_HANDLE;
}
