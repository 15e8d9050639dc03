declare module "virtual:viperos-bootfs" {
  /** The boot filesystem archive (cpio newc), its zero runs counted (zero-runs.ts), as base64. */
  const base64: string;
  export default base64;
  /** The archive's length in bytes. */
  export const size: number;
}
