/* Branch-heavy: a tiny bytecode interpreter (switch dispatch) and Collatz walks. */
#include "start.h"
static const unsigned char prog[] = {1, 2, 3, 1, 4, 2, 5, 3, 1, 6, 4, 7, 0};
int main(void) {
  u64 acc = 1, steps = 0;
  for (u32 n = 1; n < 300000; n++) {
    u64 v = n;
    while (v != 1) { v = (v & 1) ? 3 * v + 1 : v >> 1; steps++; }
  }
  for (u32 r = 0; r < 400000; r++) {
    for (const unsigned char *p = prog; *p; p++) {
      switch (*p) {
        case 1: acc += r; break;
        case 2: acc ^= acc >> 3; break;
        case 3: acc *= 3; break;
        case 4: if (acc & 1) acc++; else acc--; break;
        case 5: acc = (acc << 1) | (acc >> 63); break;
        case 6: acc -= steps; break;
        default: acc += 7; break;
      }
    }
  }
  print_hex("branch: ", acc ^ steps);
  return 0;
}
