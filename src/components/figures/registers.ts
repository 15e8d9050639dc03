// Register maps drawn in two chapters each — where the board models a device and where the
// kernel drives it — from the one set of offsets and bits in the contract (src/machine/devices/),
// so the two pictures are the same picture and both are the code's.
import { GICC_BPR, GICC_CTLR, GICC_EOIR, GICC_HPPIR, GICC_IAR, GICC_PMR, GICC_RPR } from "../../machine/devices/gic.ts";
import {
  UART_CR,
  UART_DR,
  UART_FBRD,
  UART_FR,
  UART_FR_RXFE,
  UART_FR_RXFF,
  UART_FR_TXFE,
  UART_FR_TXFF,
  UART_IBRD,
  UART_ICR,
  UART_IFLS,
  UART_IMSC,
  UART_LCR_H,
  UART_MIS,
  UART_RIS,
  UART_RSR,
} from "../../machine/devices/pl011.ts";
import type { BitfieldField } from "./bitfield.ts";
import type { LayoutField } from "./layout.ts";

const word = (name: string, offset: number): LayoutField => ({ name, offset, size: 4 });

/** The PL011's registers up to ICR (the ID registers at 0xFE0 are left out). */
export const PL011_REGISTERS: LayoutField[] = [
  word("DR", UART_DR),
  word("RSR", UART_RSR),
  word("FR", UART_FR),
  word("IBRD", UART_IBRD),
  word("FBRD", UART_FBRD),
  word("LCR_H", UART_LCR_H),
  word("CR", UART_CR),
  word("IFLS", UART_IFLS),
  word("IMSC", UART_IMSC),
  word("RIS", UART_RIS),
  word("MIS", UART_MIS),
  word("ICR", UART_ICR),
];
export const PL011_REGISTERS_SIZE = UART_ICR + 4;

/** The flag register's bits that the model sets and the driver tests. */
export const PL011_FR_BITS: BitfieldField[] = [
  { name: "TXFE", mask: UART_FR_TXFE },
  { name: "RXFF", mask: UART_FR_RXFF },
  { name: "TXFF", mask: UART_FR_TXFF },
  { name: "RXFE", mask: UART_FR_RXFE },
];

/** The GICv2 CPU interface's registers. */
export const GICC_REGISTERS: LayoutField[] = [
  word("CTLR", GICC_CTLR),
  word("PMR", GICC_PMR),
  word("BPR", GICC_BPR),
  word("IAR", GICC_IAR),
  word("EOIR", GICC_EOIR),
  word("RPR", GICC_RPR),
  word("HPPIR", GICC_HPPIR),
];
export const GICC_REGISTERS_SIZE = GICC_HPPIR + 4;
