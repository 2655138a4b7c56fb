/** The mock's output files are valid, checked structure by structure (no decoder needed). */
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tinyH264 } from './tiny-h264.js';
import { tinyMp3 } from './tiny-mp3.js';
import { tinyMp4 } from './tiny-mp4.js';
import { tinyPng } from './tiny-png.js';
import { tinyWav } from './tiny-wav.js';

interface Box {
  type: string;
  start: number;
  end: number;
}

function boxes(bytes: Buffer, start = 0, end = bytes.length): Box[] {
  const out: Box[] = [];
  for (let at = start; at < end; ) {
    const size = bytes.readUInt32BE(at);
    expect(size).toBeGreaterThanOrEqual(8);
    out.push({ type: bytes.toString('latin1', at + 4, at + 8), start: at, end: at + size });
    at += size;
  }
  return out;
}

function child(bytes: Buffer, parent: Box, type: string, skip = 0): Box {
  const found = boxes(bytes, parent.start + 8 + skip, parent.end).find((b) => b.type === type);
  expect(found, type).toBeDefined();
  return found!;
}

/** Reads bits and Exp-Golomb codes, to parse the SPS back. */
function bitReader(bytes: Buffer) {
  let bit = 0;
  const u = (n: number) => {
    let v = 0;
    for (let i = 0; i < n; i++, bit++) v = (v << 1) | ((bytes[bit >> 3]! >> (7 - (bit % 8))) & 1);
    return v;
  };
  const ue = () => {
    let zeros = 0;
    while (u(1) === 0) zeros++;
    return (1 << zeros) - 1 + u(zeros);
  };
  return { u, ue };
}

describe('tinyPng', () => {
  it('has valid chunk CRCs and 8×8 RGB pixels of the colour given', () => {
    const png = tinyPng([10, 20, 30]);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const chunks: Record<string, Buffer> = {};
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      const type = png.toString('latin1', at + 4, at + 8);
      const data = png.subarray(at + 8, at + 8 + length);
      expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
      chunks[type] = data;
      at += 12 + length;
    }
    expect(Object.keys(chunks)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunks.IHDR!.readUInt32BE(0)).toBe(8);
    const pixels = inflateSync(chunks.IDAT!);
    expect(pixels.length).toBe(8 * (1 + 8 * 3));
    expect([...pixels.subarray(1, 4)]).toEqual([10, 20, 30]);
  });
});

describe('tinyWav', () => {
  it('is PCM whose chunk sizes add up', () => {
    const wav = tinyWav(440, 100);
    expect(wav.toString('latin1', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.toString('latin1', 8, 16)).toBe('WAVEfmt ');
    expect(wav.readUInt16LE(20)).toBe(1);
    expect(wav.readUInt32LE(40)).toBe(wav.length - 44);
    expect(wav.readUInt32LE(40)).toBe(800 * 2);
  });
});

describe('tinyMp3', () => {
  it('is whole MPEG-1 layer III frames, each starting with the sync word', () => {
    const mp3 = tinyMp3(5);
    expect(mp3.length).toBe(5 * 417);
    for (let at = 0; at < mp3.length; at += 417)
      expect(mp3.subarray(at, at + 4).toString('hex')).toBe('fffb90c4');
  });
});

describe('tinyH264', () => {
  it('writes a Baseline SPS for one 16×16 macroblock and an IDR slice', () => {
    const { sps, pps, idr } = tinyH264([100, 128, 128]);
    expect([sps[0], pps[0], idr[0]]).toEqual([0x67, 0x68, 0x65]);
    const r = bitReader(sps.subarray(1));
    expect([r.u(8), r.u(8), r.u(8)]).toEqual([66, 0xc0, 10]);
    expect([r.ue(), r.ue(), r.ue(), r.ue(), r.u(1), r.ue(), r.ue(), r.u(1)]).toEqual([
      0, 0, 2, 1, 0, 0, 0, 1,
    ]);
    // No start code can appear inside a NAL unit.
    for (const unit of [sps, pps, idr]) expect(unit.includes(Buffer.from([0, 0, 1]))).toBe(false);
    // The I_PCM samples are the colour given.
    expect(idr.includes(Buffer.alloc(256, 100))).toBe(true);
  });
});

describe('tinyMp4', () => {
  it('has ftyp, a moov whose stco points at the mdat sample, and an avcC with the SPS', () => {
    const mp4 = tinyMp4([100, 128, 128]);
    const top = boxes(mp4);
    expect(top.map((b) => b.type)).toEqual(['ftyp', 'moov', 'mdat']);
    expect(mp4.toString('latin1', 8, 12)).toBe('isom');
    const stbl = ['trak', 'mdia', 'minf', 'stbl'].reduce((at, t) => child(mp4, at, t), top[1]!);
    const stsd = child(mp4, stbl, 'stsd');
    const avc1 = child(mp4, stsd, 'avc1', 8);
    const avcC = child(mp4, avc1, 'avcC', 78);
    const { sps, idr } = tinyH264([100, 128, 128]);
    expect(mp4.includes(sps, avcC.start)).toBe(true);
    const stco = child(mp4, stbl, 'stco');
    const offset = mp4.readUInt32BE(stco.start + 16);
    const stsz = child(mp4, stbl, 'stsz');
    const size = mp4.readUInt32BE(stsz.start + 20);
    expect(offset).toBe(top[2]!.start + 8);
    expect(mp4.readUInt32BE(offset)).toBe(idr.length);
    expect(size).toBe(idr.length + 4);
    expect(offset + size).toBe(mp4.length);
  });
});
