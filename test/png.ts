// Reads the 8-bit RGB and RGBA PNG images a browser screenshot is, after the PNG specification (W3C, 2003), so
// that screenshots compare pixel by pixel with no image library.
import { inflateSync } from "node:zlib";

/** An image as rows of RGBA bytes. */
export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const SIGNATURE = "89504e470d0a1a0a";

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
}

/** Decodes a non-interlaced 8-bit RGB or RGBA PNG; throws on anything else. */
export function decodePng(file: Uint8Array): Pixels {
  const bytes = Buffer.from(file);
  if (bytes.subarray(0, 8).toString("hex") !== SIGNATURE) throw new Error("not a PNG file");
  let width = 0, height = 0, channels = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === "IDAT") data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? rows[y * stride + x - channels]! : 0;
      const up = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const upLeft = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG row filter ${filter}`);
      rows[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: rows };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < rows.length; i += 3, j += 4) rgba.set([rows[i]!, rows[i + 1]!, rows[i + 2]!, 255], j);
  return { width, height, rgba };
}

/**
 * Share of 8×8 blocks whose mean luminance differs by more than `tolerance` (of 255); 1 when the sizes
 * differ. Averaging over blocks forgives what moves between browser versions and machines (a pixel of
 * anti-aliasing or of text position) and keeps what a broken page changes (a section gone, a line of
 * text more or less).
 */
export function differingBlockShare(a: Pixels, b: Pixels, tolerance = 24, block = 8): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  const luminance = (p: Pixels, x: number, y: number): number => {
    const i = (y * p.width + x) * 4;
    return 0.299 * p.rgba[i]! + 0.587 * p.rgba[i + 1]! + 0.114 * p.rgba[i + 2]!;
  };
  let blocks = 0;
  let differing = 0;
  for (let by = 0; by < a.height; by += block) {
    for (let bx = 0; bx < a.width; bx += block) {
      let sumA = 0;
      let sumB = 0;
      let count = 0;
      for (let y = by; y < Math.min(by + block, a.height); y++) {
        for (let x = bx; x < Math.min(bx + block, a.width); x++) {
          sumA += luminance(a, x, y);
          sumB += luminance(b, x, y);
          count++;
        }
      }
      blocks++;
      if (Math.abs(sumA - sumB) / count > tolerance) differing++;
    }
  }
  return differing / blocks;
}
