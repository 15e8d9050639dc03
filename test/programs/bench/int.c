/* Integer-heavy: hashing, multiply, shifts, divides over registers. */
#include "start.h"
int main(void) {
  u64 h = 0xcbf29ce484222325ul, x = 88172645463325252ul, s = 0;
  for (u32 i = 0; i < 20000000; i++) {
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    h = (h ^ (x & 0xff)) * 0x100000001b3ul;
    s += (x >> 3) + (h & 0xffff) / ((i & 7) + 1);
    s = (s << 5) | (s >> 59);
  }
  print_hex("int: ", h ^ s);
  return 0;
}
