// Panel kinds → their modules, loaded only when a page shows that panel.
import type { PanelDefinition } from "./api.ts";

export const panelModules: Record<string, () => Promise<{ default: PanelDefinition }>> = {
  boot: () => import("./boot.ts"),
  mmu: () => import("./mmu.ts"),
  scheduler: () => import("./scheduler.ts"),
  caps: () => import("./caps.ts"),
  ipc: () => import("./ipc.ts"),
  cpu: () => import("./cpu.ts"),
  syscalls: () => import("./syscalls.ts"),
  disk: () => import("./disk.ts"),
  journal: () => import("../live/journal-panel.ts"),
  packets: () => import("./packets.ts"),
  tcp: () => import("./tcp.ts"),
  tls: () => import("./tls.ts"),
};
