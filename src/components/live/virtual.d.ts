declare module "virtual:viperos-bootfs" {
  /** The boot filesystem archive (cpio newc), base64. */
  const base64: string;
  export default base64;
}
