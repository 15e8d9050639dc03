// sysregs.S — the EL0-visible system registers and cache maintenance a Linux
// program may use: tpidr_el0 (write, read back), tpidrro_el0, dczid_el0,
// cntfrq_el0, ctr_el0, and dc zva zeroing one block of a buffer of ones.
// DCZID_EL0 and CTR_EL0 are IMPLEMENTATION DEFINED: the runner's CPU reports
// those of qemu-aarch64's default CPU, "max" (512-byte dc zva blocks), as
// "Two identities" in the CPU chapter explains. buf is aligned to 2 KiB, the
// largest block DCZID_EL0 can announce, so the zeroed block lies inside it.
    .text
    .globl _start
_start:
    adrp x19, out
    add x19, x19, :lo12:out
    mov x0, #0x1234
    movk x0, #0xabcd, lsl #48
    msr tpidr_el0, x0
    mrs x1, tpidr_el0
    mrs x2, dczid_el0
    mrs x3, cntfrq_el0
    mrs x4, ctr_el0
    stp x1, x2, [x19], #16
    stp x3, x4, [x19], #16
    // dc zva on a 64-byte-aligned block of ones
    adrp x5, buf
    add x5, x5, :lo12:buf
    mov x6, #-1
    mov x7, #0
1:  str x6, [x5, x7, lsl #3]
    add x7, x7, #1
    cmp x7, #32
    b.ne 1b
    add x8, x5, #72
    dc zva, x8
    mov x7, #0
    mov x9, #0
2:  ldr x10, [x5, x7, lsl #3]
    and x11, x10, #1
    lsl x11, x11, x7
    orr x9, x9, x11
    add x7, x7, #1
    cmp x7, #32
    b.ne 2b
    str x9, [x19], #8
    mrs x12, tpidrro_el0
    str x12, [x19], #8
    adrp x1, out
    add x1, x1, :lo12:out
    sub x2, x19, x1
    mov x0, #1
    mov x8, #64
    svc #0
    mov x0, #0
    mov x8, #93
    svc #0
    .bss
    .p2align 11
buf: .space 512
out: .space 256
