/* Test-only: file calls for the Linux shim (see linux-shim.c), enough for the shell's Dir,
 * Type, Cd and path completion under qemu-aarch64. Linked with --allow-multiple-definition
 * ahead of sys.c, so every call not defined here reaches Linux as an unknown number. */
#include <string.h>
#include <viper.h>

static long lc(long n, long a, long b, long c, long d) {
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    register long x3 __asm__("x3") = d;
    register long x8 __asm__("x8") = n;
    __asm__ volatile("svc #0" : "+r"(x0) : "r"(x1), "r"(x2), "r"(x3), "r"(x8) : "memory");
    return x0;
}
#define AT_FDCWD (-100)
static long st(long r) { return r == -2 ? VERR_NOT_FOUND : r == -20 ? VERR_INVALID_ARG : r < 0 ? VERR_IO : r; }

long sys_open(const char *path, int flags) { return st(lc(56, AT_FDCWD, (long)path, flags & 3, 0)); }
long sys_close(int fd) { return st(lc(57, fd, 0, 0, 0)); }
long sys_chdir(const char *p) { return st(lc(49, (long)p, 0, 0, 0)); }

struct linux_stat { unsigned long dev, ino; unsigned mode, nlink, uid, gid; unsigned long rdev, pad; long size; int blksize, pad2; long blocks; long t[6]; unsigned u[2]; };
static void conv(struct linux_stat *l, Stat *s) {
    memset(s, 0, sizeof *s);
    s->ino = l->ino;
    s->mode = (l->mode & 0170000) | 0555;
    s->size = (uint64_t)l->size;
}
long sys_stat(const char *p, Stat *s) {
    struct linux_stat l;
    long r = lc(79, AT_FDCWD, (long)p, (long)&l, 0);
    if (r < 0) return st(r);
    conv(&l, s);
    return 0;
}
long sys_fstat(int fd, Stat *s) {
    struct linux_stat l;
    long r = lc(80, fd, (long)&l, 0, 0);
    if (r < 0) return st(r);
    conv(&l, s);
    return 0;
}
long sys_readdir(int fd, void *buf, size_t len) {
    static char tmp[2048];
    long got = lc(61, fd, (long)tmp, sizeof tmp, 0);
    if (got <= 0) return st(got);
    long out = 0;
    for (long at = 0; at < got;) {
        unsigned short reclen = *(unsigned short *)(tmp + at + 16);
        unsigned char type = *(unsigned char *)(tmp + at + 18);
        char *name = tmp + at + 19;
        size_t n = strlen(name);
        size_t rl = (12 + n + 1 + 7) & ~(size_t)7;
        if (out + (long)rl > (long)len) break;
        DirEnt *e = (DirEnt *)((char *)buf + out);
        e->ino = 1;
        e->reclen = (uint16_t)rl;
        e->type = type == 4 ? DT_DIR : DT_FILE;
        e->namelen = (uint8_t)n;
        memcpy(e->name, name, n + 1);
        out += (long)rl;
        at += reclen;
    }
    return out;
}
