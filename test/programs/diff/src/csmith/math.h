/* math.h for csmith's safe_math.h: the functions it calls, as clang's builtins (fabs, fabsf,
 * ldexpf), so that -fno-builtin does not turn them into calls to a library there is not. */
#ifndef CSMITH_SHIM_MATH_H
#define CSMITH_SHIM_MATH_H
#define fabs __builtin_fabs
#define fabsf __builtin_fabsf
#define ldexpf __builtin_ldexpf
#endif
