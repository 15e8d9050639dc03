// A Vite plugin giving the live machine's worker the boot filesystem (build/user, packed by
// tools/mkbootfs.ts) as the module `virtual:viperos-bootfs`, so the built site needs no extra
// fetch and works offline. Its runs of zeros are counted rather than written (live/zero-runs.ts),
// then it is base64: `default` is that text and `size` the archive's length. It carries the root
// store and the book's test server identity too (chapter 47's SYS:certs/roots.der, chapter 48's
// SYS:certs/server.der and .key, never a secret), so that on a page's network one machine can
// serve HTTPS (the second, which has no disk) and another verify it (the page disk is built from
// this archive).
import { join } from "node:path";
import { rootStoreFiles, serverIdentityFiles, standardBootfs } from "../../../tools/mkbootfs.ts";
import { packZeroRuns } from "../live/zero-runs.ts";

const ID = "virtual:viperos-bootfs";

export function bootfsPlugin(root: string) {
  return {
    name: "viperos-bootfs",
    resolveId(id: string) {
      return id === ID ? `\0${ID}` : null;
    },
    load(id: string) {
      if (id !== `\0${ID}`) return null;
      const bytes = standardBootfs([...rootStoreFiles(join(root, "build/certs/roots.der")), ...serverIdentityFiles(join(root, "test/material/tls"))], join(root, "build/user"));
      const packed = Buffer.from(packZeroRuns(bytes)).toString("base64");
      return `export default ${JSON.stringify(packed)};\nexport const size = ${bytes.length};`;
    },
  };
}
