/* string.h for csmith's runtime: strcmp (rt.h has memcpy and memset, which clang may call). */
#ifndef CSMITH_SHIM_STRING_H
#define CSMITH_SHIM_STRING_H
#include "../rt.h"
static int strcmp(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return (unsigned char)*a - (unsigned char)*b;
}
#endif
