/* Memory-heavy: sieve, array copies, strided sums over a few hundred KiB. */
#include "start.h"
static unsigned char sieve[1 << 20];
static u32 a[1 << 16], b[1 << 16];
int main(void) {
  u64 count = 0;
  for (int round = 0; round < 12; round++) {
    for (u32 i = 0; i < sizeof sieve; i++) sieve[i] = 1;
    for (u32 i = 2; i * i < sizeof sieve; i++)
      if (sieve[i]) for (u32 j = i * i; j < sizeof sieve; j += i) sieve[j] = 0;
    for (u32 i = 2; i < sizeof sieve; i++) count += sieve[i];
  }
  for (u32 i = 0; i < (1 << 16); i++) a[i] = i * 2654435761u;
  u64 sum = 0;
  for (int round = 0; round < 200; round++) {
    for (u32 i = 0; i < (1 << 16); i++) b[(i * 17) & 0xffff] = a[i] + round;
    for (u32 i = 0; i < (1 << 16); i += 4) sum += b[i] ^ a[i + 1];
  }
  print_hex("mem: ", count * 1000003 + sum);
  return 0;
}
