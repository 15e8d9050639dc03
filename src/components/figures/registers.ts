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
import { FW_CFG_DATA, FW_CFG_DMA, FW_CFG_SELECTOR } from "../../machine/devices/fw-cfg.ts";
import { RTC_CR, RTC_DR, RTC_ICR, RTC_IMSC, RTC_LR, RTC_MIS, RTC_MR, RTC_RIS } from "../../machine/devices/pl031.ts";
import * as V from "../../machine/devices/virtio.ts";
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

/** The PL031's registers up to ICR (the ID registers at 0xFE0 are left out). */
export const PL031_REGISTERS: LayoutField[] = [
  word("DR", RTC_DR),
  word("MR", RTC_MR),
  word("LR", RTC_LR),
  word("CR", RTC_CR),
  word("IMSC", RTC_IMSC),
  word("RIS", RTC_RIS),
  word("MIS", RTC_MIS),
  word("ICR", RTC_ICR),
];
export const PL031_REGISTERS_SIZE = RTC_ICR + 4;

/** fw_cfg's MMIO window: 8 bytes of data, a 2-byte selector, the 8-byte DMA address. */
export const FW_CFG_REGISTERS: LayoutField[] = [
  { name: "DATA", offset: FW_CFG_DATA, size: 8 },
  { name: "SELECTOR", offset: FW_CFG_SELECTOR, size: 2 },
  { name: "DMA", offset: FW_CFG_DMA, size: 8 },
];
export const FW_CFG_REGISTERS_SIZE = FW_CFG_DMA + 8;

/** A virtio-mmio slot's registers, up to the configuration space (virtio 1.2 §4.2.2). */
export const VIRTIO_MMIO_REGISTERS: LayoutField[] = [
  word("Magic", V.VIRTIO_MMIO_MAGIC_VALUE),
  word("Version", V.VIRTIO_MMIO_VERSION),
  word("DeviceID", V.VIRTIO_MMIO_DEVICE_ID),
  word("VendorID", V.VIRTIO_MMIO_VENDOR_ID),
  word("DevFeatures", V.VIRTIO_MMIO_DEVICE_FEATURES),
  word("DevFeatSel", V.VIRTIO_MMIO_DEVICE_FEATURES_SEL),
  word("DrvFeatures", V.VIRTIO_MMIO_DRIVER_FEATURES),
  word("DrvFeatSel", V.VIRTIO_MMIO_DRIVER_FEATURES_SEL),
  word("QueueSel", V.VIRTIO_MMIO_QUEUE_SEL),
  word("QueueNumMax", V.VIRTIO_MMIO_QUEUE_NUM_MAX),
  word("QueueNum", V.VIRTIO_MMIO_QUEUE_NUM),
  word("QueueReady", V.VIRTIO_MMIO_QUEUE_READY),
  word("QueueNotify", V.VIRTIO_MMIO_QUEUE_NOTIFY),
  word("IntStatus", V.VIRTIO_MMIO_INTERRUPT_STATUS),
  word("IntAck", V.VIRTIO_MMIO_INTERRUPT_ACK),
  word("Status", V.VIRTIO_MMIO_STATUS),
  word("DescLow", V.VIRTIO_MMIO_QUEUE_DESC_LOW),
  word("DescHigh", V.VIRTIO_MMIO_QUEUE_DESC_HIGH),
  word("DriverLow", V.VIRTIO_MMIO_QUEUE_DRIVER_LOW),
  word("DriverHigh", V.VIRTIO_MMIO_QUEUE_DRIVER_HIGH),
  word("DeviceLow", V.VIRTIO_MMIO_QUEUE_DEVICE_LOW),
  word("DeviceHigh", V.VIRTIO_MMIO_QUEUE_DEVICE_HIGH),
  word("ConfigGen", V.VIRTIO_MMIO_CONFIG_GENERATION),
];
export const VIRTIO_MMIO_REGISTERS_SIZE = V.VIRTIO_MMIO_CONFIG;
