// A Vite plugin giving the live machine's worker the boot filesystem (build/user, packed by
// tools/mkbootfs.ts) as the module `virtual:viperos-bootfs` (base64), so the built site needs
// no extra fetch and works offline.
import { join } from "node:path";
import { standardBootfs } from "../../../tools/mkbootfs.ts";

const ID = "virtual:viperos-bootfs";

export function bootfsPlugin(root: string) {
  return {
    name: "viperos-bootfs",
    resolveId(id: string) {
      return id === ID ? `\0${ID}` : null;
    },
    load(id: string) {
      if (id !== `\0${ID}`) return null;
      const bytes = standardBootfs([], join(root, "build/user"));
      return `export default ${JSON.stringify(Buffer.from(bytes).toString("base64"))};`;
    },
  };
}
