// The page's network (`<LiveMachine net={2}>`): which machines it has and what the lab host
// (chapter 32) calls them. Shared by the page (terminal labels) and the worker (the machines).

export interface PageNetMachine {
  /** The shell's prompt box is labelled with it; the lab host's DNS answers `<name>.viper`. */
  name: string;
  ip: string;
  mac: string;
}

export const PAGE_NET_MACHINES: readonly PageNetMachine[] = [
  { name: "alpha", ip: "10.0.2.15", mac: "52:54:00:12:34:56" },
  { name: "beta", ip: "10.0.2.16", mac: "52:54:00:12:34:57" },
];

/** The lab host's address: the network's router, DHCP and DNS server. */
export const LAB_HOST_IP = "10.0.2.2";
