// misc.S — what C will not emit reliably: move-wide at every shift (movz,
// movn, movk at both widths), adr/adrp, bl/blr/br/ret through other
// registers, backward conditional branches, literal loads of every width,
// writes to xzr/wzr, mrs/msr nzcv, hints, and exit_group with a status.
// Results are stored to `out` and written as raw bytes (8 per value).

    .text
    .globl _start
_start:
    adrp x19, out
    add x19, x19, :lo12:out      // x19: output cursor

    // move wide
    movz x0, #0xffff, lsl #48
    movz x1, #0x1234, lsl #32
    movz w2, #0xabcd, lsl #16
    movn x3, #0x0
    movn x4, #0x1234, lsl #16
    movn w5, #0x1
    movn w6, #0xffff, lsl #16
    mov x7, #-1
    movk x7, #0x1111, lsl #0
    movk x7, #0x2222, lsl #16
    movk x7, #0x3333, lsl #32
    movk x7, #0x4444, lsl #48
    mov x8, #-1
    movk w8, #0x5555, lsl #16      // the 32-bit form clears the top half
    stp x0, x1, [x19], #16
    stp x2, x3, [x19], #16
    stp x4, x5, [x19], #16
    stp x6, x7, [x19], #16
    str x8, [x19], #8

    // PC-relative addresses, measured against each other
    adr x0, _start
    adrp x1, _start
    adr x2, here
here:
    sub x3, x2, x0
    and x4, x0, #0xfff
    sub x5, x0, x1
    stp x3, x5, [x19], #16

    // calls and returns through several registers
    mov x20, #0
    bl add_one
    adr x9, add_one
    blr x9
    adr x10, 1f
    br x10
    mov x20, #999               // skipped
1:  adr x11, 2f
    mov x21, x30
    adr x30, add_one            // call through x11 as the return register
    mov x12, x11
    mov x13, x30
    mov x30, x12
    br x13
2:  mov x30, x21
    bl via_x5
    str x20, [x19], #8

    // a backward loop: sum 1..100 with subs / b.ne
    mov x0, #100
    mov x1, #0
3:  add x1, x1, x0
    subs x0, x0, #1
    b.ne 3b
    // a backward loop with cbnz and a tbz exit
    mov x2, #0
    mov x3, #37
4:  add x2, x2, x3, lsl #1
    sub x3, x3, #1
    tbz x3, #5, 5f
    cbnz x3, 4b
5:  stp x1, x2, [x19], #16

    // literals
    ldr x0, lit64
    ldr w1, lit64
    ldrsw x2, lit32
    ldr x3, =0x0123456789abcdef
    stp x0, x1, [x19], #16
    stp x2, x3, [x19], #16

    // the zero register as a destination discards, as a source reads zero
    mov x0, #5
    add xzr, x0, x0, lsl #1
    adds xzr, x0, x0
    mrs x1, nzcv
    orr x2, xzr, x0
    madd x3, x0, x0, xzr
    stp x1, x2, [x19], #16
    str x3, [x19], #8

    // msr/mrs nzcv round trip, and flags surviving unrelated instructions
    mov x0, #0xf0000000
    msr nzcv, x0
    add x1, x1, #1
    mrs x2, nzcv
    mov x0, #0x50000000
    msr nzcv, x0
    cset x3, eq
    cset x4, vs
    cset x5, cs
    stp x2, x3, [x19], #16
    stp x4, x5, [x19], #16

    // hints and barriers are no-ops at EL0
    nop
    yield
    sevl
    dmb ish
    dsb ish
    isb
    hint #0x22
    csdb

    // write(1, out, cursor - out)
    adrp x1, out
    add x1, x1, :lo12:out
    sub x2, x19, x1
    mov x0, #1
    mov x8, #64
    svc #0
    // exit_group(7)
    mov x0, #7
    mov x8, #94
    svc #0
    brk #0

add_one:
    add x20, x20, #1
    ret

via_x5:
    mov x5, x30
    bl add_one
    add x20, x20, #10
    ret x5

    .p2align 3
lit64:
    .quad 0x8899aabbccddeeff
lit32:
    .word 0x80000000

    .bss
    .p2align 4
out:
    .space 1024
