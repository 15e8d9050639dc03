/* idregs.c — what a Linux process can learn about the CPU it runs on, as qemu-aarch64's
 * default CPU ("max") answers it: the identity registers (MIDR_EL1, MPIDR_EL1, REVIDR_EL1,
 * CTR_EL0, DCZID_EL0), the ID registers Linux lets EL0 read (it traps the mrs and answers with
 * the fields it exports; Documentation/arch/arm64/cpu-feature-registers.rst), and the size and
 * alignment of the block `dc zva` zeroes, measured.
 *
 * Left out, because they describe features qemu's "max" implements and our CPU does not (a
 * known difference; "Two identities" in the CPU chapter): the FP, AdvSIMD, SVE and DIT fields
 * of ID_AA64PFR0_EL1 (printed masked out), ID_AA64PFR1_EL1 (BTI, SSBS, MTE, SME),
 * ID_AA64ZFR0_EL1 (SVE), ID_AA64SMFR0_EL1 (SME), ID_AA64ISAR0_EL1 and ID_AA64ISAR1_EL1 (AES,
 * SHA, CRC32, the atomics, pointer authentication…), and AT_HWCAP/AT_HWCAP2 in the auxiliary
 * vector (Linux derives them from those registers).
 */
#include "rt.h"

#define MRS(reg)                                      \
  ({                                                  \
    u64 v_;                                           \
    __asm__ volatile("mrs %0, " reg : "=r"(v_));      \
    v_;                                               \
  })

/* ID_AA64PFR0_EL1 fields for features our CPU does not implement: FP, AdvSIMD, SVE, DIT. */
#define PFR0_UNIMPLEMENTED 0x000f000f00ff0000ul

static u8 zbuf[4096] __attribute__((aligned(2048)));

int main(void) {
  show("MIDR_EL1", MRS("midr_el1"));
  show("MPIDR_EL1", MRS("mpidr_el1"));
  show("REVIDR_EL1", MRS("revidr_el1"));
  show("CTR_EL0", MRS("ctr_el0"));
  u64 dczid = MRS("dczid_el0");
  show("DCZID_EL0", dczid);
  show("ID_AA64PFR0_EL1 & ~(FP|AdvSIMD|SVE|DIT)", MRS("s3_0_c0_c4_0") & ~PFR0_UNIMPLEMENTED);
  show("S3_0_C0_C4_2", MRS("s3_0_c0_c4_2"));
  show("S3_0_C0_C4_3", MRS("s3_0_c0_c4_3"));
  show("S3_0_C0_C4_6", MRS("s3_0_c0_c4_6"));
  show("S3_0_C0_C4_7", MRS("s3_0_c0_c4_7"));
  show("ID_AA64DFR0_EL1", MRS("s3_0_c0_c5_0"));
  show("ID_AA64DFR1_EL1", MRS("s3_0_c0_c5_1"));
  show("S3_0_C0_C5_2", MRS("s3_0_c0_c5_2"));
  show("S3_0_C0_C5_3", MRS("s3_0_c0_c5_3"));
  show("ID_AA64AFR0_EL1", MRS("s3_0_c0_c5_4"));
  show("ID_AA64AFR1_EL1", MRS("s3_0_c0_c5_5"));
  show("S3_0_C0_C5_6", MRS("s3_0_c0_c5_6"));
  show("S3_0_C0_C5_7", MRS("s3_0_c0_c5_7"));
  show("ID_AA64ISAR2_EL1", MRS("s3_0_c0_c6_2"));
  show("S3_0_C0_C6_3", MRS("s3_0_c0_c6_3"));
  show("S3_0_C0_C6_4", MRS("s3_0_c0_c6_4"));
  show("S3_0_C0_C6_5", MRS("s3_0_c0_c6_5"));
  show("S3_0_C0_C6_6", MRS("s3_0_c0_c6_6"));
  show("S3_0_C0_C6_7", MRS("s3_0_c0_c6_7"));
  show("ID_AA64MMFR0_EL1", MRS("s3_0_c0_c7_0"));
  show("ID_AA64MMFR1_EL1", MRS("s3_0_c0_c7_1"));
  show("ID_AA64MMFR2_EL1", MRS("s3_0_c0_c7_2"));
  show("S3_0_C0_C7_3", MRS("s3_0_c0_c7_3"));
  show("S3_0_C0_C7_4", MRS("s3_0_c0_c7_4"));
  show("S3_0_C0_C7_5", MRS("s3_0_c0_c7_5"));
  show("S3_0_C0_C7_6", MRS("s3_0_c0_c7_6"));
  show("S3_0_C0_C7_7", MRS("s3_0_c0_c7_7"));

  /* dc zva in the middle of a buffer of ones: which bytes became zero? (BS is at most 9:
   * 2 KiB blocks, so a 2 KiB-aligned 4 KiB buffer holds any block.) */
  for (size_t i = 0; i < sizeof zbuf; i++) zbuf[i] = 0xff;
  __asm__ volatile("dc zva, %0" : : "r"(zbuf + 2048 + 100) : "memory");
  size_t first = sizeof zbuf, count = 0;
  for (size_t i = 0; i < sizeof zbuf; i++) {
    if (zbuf[i] == 0) {
      if (first == sizeof zbuf) first = i;
      count++;
    }
  }
  puts_("dc zva zeroed ");
  put_udec(count);
  puts_(" bytes from offset ");
  put_udec(first);
  puts_(count == (4ul << (dczid & 15)) ? ", as DCZID_EL0.BS says\n" : ", not what DCZID_EL0.BS says\n");
  flush();
  return 0;
}
