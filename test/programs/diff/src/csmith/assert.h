/* assert.h for csmith's runtime: its asserts are off, as in csmith_minimal.h. */
#ifndef CSMITH_SHIM_ASSERT_H
#define CSMITH_SHIM_ASSERT_H
#define assert(x) ((void)0)
#endif
