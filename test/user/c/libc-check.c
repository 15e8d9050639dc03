/* Test-only: prints libc results; test/user/libc.test.ts compares them with expectations. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

typedef struct { int key; char payload[300]; } Big; /* larger than any fixed swap buffer */
static int by_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

#define P(...) do { char b[128]; int n = snprintf(b, sizeof b, __VA_ARGS__); printf("[%s] %d\n", b, n); } while (0)

int main(void) {
    P("%d|%5d|%-5d|%05d|%+d|% d", 42, 42, 42, 42, 42, 42);
    P("%d %ld %lld", -2147483647 - 1, -9223372036854775807L - 1, 123456789012LL);
    P("%u %x %X %#x %o %#o", 4294967295u, 0xbeef, 0xbeef, 255, 8, 8);
    P("%lx %zu %hhd %hu", 0xdeadbeefcafeUL, (size_t)77, 300, 70000);
    P("%s|%8s|%-8s|%.2s|%c|%%", "abc", "abc", "abc", "abc", 'Z');
    P("%*d|%-*d|%.*s", 6, 7, 6, 7, 3, "abcdef");
    P("%p %p", (void *)0x80001000, (void *)0);
    P("%.3d|%5.3d|%x", 5, 5, 0);
    P("%s", (char *)0);
    char small[8];
    int n = snprintf(small, sizeof small, "%s", "truncated text");
    printf("[%s] %d\n", small, n);
    char *end;
    long v = strtol("  -0x1F rest", &end, 0);
    printf("strtol %ld [%s]\n", v, end);
    printf("strtol %ld %ld %ld\n", strtol("0755", 0, 0), strtol("12abc", 0, 10), strtol("z", 0, 36));
    errno = 0;
    v = strtol("99999999999999999999", &end, 10);
    printf("strtol %ld erange=%d\n", v, errno == ERANGE);
    v = strtol("-9223372036854775808", 0, 10);
    printf("strtol %ld\n", v);
    v = strtol("xyz", &end, 10);
    printf("strtol %ld [%s]\n", v, end);
    printf("strtoul %lu\n", strtoul("18446744073709551615", 0, 10));
    printf("cmp %d %d %d %d\n", strcmp("abc", "abd") < 0, strncmp("abcX", "abcY", 3), strcasecmp("HeLLo", "hello"), strncasecmp("Dir", "DIRECTORY", 3));
    char buf[32] = "hello";
    strcat(buf, ", world");
    printf("str %s %lu %s %s %s\n", buf, (unsigned long)strlen(buf), strchr(buf, 'o'), strrchr(buf, 'o'), strstr(buf, "wor"));
    char tok[] = "  Run   /hello  x ";
    char *save, *t = strtok_r(tok, " ", &save);
    while (t) { printf("tok <%s>\n", t); t = strtok_r(0, " ", &save); }
    memmove(buf + 2, buf, 5);
    printf("memmove %.7s\n", buf);
    printf("ctype %d%d%d%d %c%c\n", isdigit('7'), isspace('\t'), isalpha('_'), isxdigit('F'), toupper('q'), tolower('Q'));
    int nums[7] = {5, 3, 9, 1, 3, 7, 0};
    qsort(nums, 7, sizeof nums[0], by_int);
    printf("qsort %d %d %d %d %d %d %d\n", nums[0], nums[1], nums[2], nums[3], nums[4], nums[5], nums[6]);
    static Big big[4];
    int keys[4] = {40, 10, 30, 20};
    for (int i = 0; i < 4; i++) { big[i].key = keys[i]; memset(big[i].payload, 'a' + i, sizeof big[i].payload); }
    qsort(big, 4, sizeof big[0], by_int);
    printf("qsort big %d%c %d%c %d%c %d%c\n", big[0].key, big[0].payload[299], big[1].key, big[1].payload[299],
           big[2].key, big[2].payload[299], big[3].key, big[3].payload[299]);
    /* malloc */
    void *ptrs[100];
    for (int i = 0; i < 100; i++) { ptrs[i] = malloc((size_t)i * 13 + 1); memset(ptrs[i], i, (size_t)i * 13 + 1); }
    int ok = 1;
    for (int i = 0; i < 100; i++) for (int j = 0; j < i * 13 + 1; j++) if (((unsigned char *)ptrs[i])[j] != i) ok = 0;
    for (int i = 0; i < 100; i++) if ((unsigned long)ptrs[i] & 15) ok = 0;
    for (int i = 0; i < 100; i += 3) free(ptrs[i]);
    for (int i = 0; i < 100; i += 3) ptrs[i] = malloc(5);
    for (int i = 1; i < 100; i += 3) for (int j = 0; j < i * 13 + 1; j++) if (((unsigned char *)ptrs[i])[j] != i) ok = 0;
    char *r = malloc(10);
    strcpy(r, "realloc!");
    r = realloc(r, 100000);
    ok &= strcmp(r, "realloc!") == 0;
    int *z = calloc(1000, sizeof(int));
    for (int i = 0; i < 1000; i++) ok &= z[i] == 0;
    ok &= calloc((size_t)1 << 62, 16) == 0;
    for (int i = 0; i < 100; i++) free(ptrs[i]);
    free(r);
    free(z);
    void *again = malloc(64);
    printf("malloc ok=%d used=%lu\n", ok, (unsigned long)malloc_used());
    free(again);
    printf("malloc used=%lu\n", (unsigned long)malloc_used());
    return 7;
}
