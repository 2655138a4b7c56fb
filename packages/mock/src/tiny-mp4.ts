/**
 * A real MP4 (ISO BMFF, `moov` before `mdat`) with one H.264 video track of one 16×16 frame shown
 * for one second: what the mock serves for a video output.
 */
import { H264_CONSTRAINTS, H264_LEVEL, H264_PROFILE, tinyH264 } from './tiny-h264.js';

const SIDE = 16;
const TIMESCALE = 1000;
const DURATION = 1000;

const u8 = (n: number) => Buffer.from([n]);
function u16(n: number) {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}
function u32(n: number) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}
const zeros = (n: number) => Buffer.alloc(n);

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  return Buffer.concat([u32(8 + body.length), Buffer.from(type, 'latin1'), body]);
}
const fullBox = (type: string, version: number, flags: number, ...parts: Buffer[]) =>
  box(type, u32((version << 24) | flags), ...parts);

/** The identity transform every track and movie header carries. */
const MATRIX = Buffer.concat([0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000].map(u32));

function sampleTable(avcC: Buffer, sampleBytes: number, chunkOffset: number) {
  const avc1 = box(
    'avc1',
    zeros(6),
    u16(1), // data_reference_index
    zeros(16), // pre_defined, reserved
    u16(SIDE),
    u16(SIDE),
    u32(0x00480000), // 72 dpi
    u32(0x00480000),
    zeros(4),
    u16(1), // frame_count
    zeros(32), // compressorname
    u16(0x0018), // depth
    u16(0xffff), // pre_defined = -1
    avcC,
  );
  return box(
    'stbl',
    fullBox('stsd', 0, 0, u32(1), avc1),
    fullBox('stts', 0, 0, u32(1), u32(1), u32(DURATION)),
    fullBox('stss', 0, 0, u32(1), u32(1)),
    fullBox('stsc', 0, 0, u32(1), u32(1), u32(1), u32(1)),
    fullBox('stsz', 0, 0, u32(0), u32(1), u32(sampleBytes)),
    fullBox('stco', 0, 0, u32(1), u32(chunkOffset)),
  );
}

function movie(avcC: Buffer, sampleBytes: number, chunkOffset: number) {
  const mvhd = fullBox(
    'mvhd',
    0,
    0,
    u32(0),
    u32(0),
    u32(TIMESCALE),
    u32(DURATION),
    u32(0x00010000), // rate 1.0
    u16(0x0100), // volume 1.0
    zeros(10),
    MATRIX,
    zeros(24),
    u32(2), // next_track_ID
  );
  const tkhd = fullBox(
    'tkhd',
    0,
    3, // enabled, in movie
    u32(0),
    u32(0),
    u32(1), // track_ID
    zeros(4),
    u32(DURATION),
    zeros(8),
    u16(0), // layer
    u16(0), // alternate_group
    u16(0), // volume: video
    zeros(2),
    MATRIX,
    u32(SIDE << 16),
    u32(SIDE << 16),
  );
  const mdhd = fullBox(
    'mdhd',
    0,
    0,
    u32(0),
    u32(0),
    u32(TIMESCALE),
    u32(DURATION),
    u16(0x55c4), // language: und
    u16(0),
  );
  const hdlr = fullBox(
    'hdlr',
    0,
    0,
    u32(0),
    Buffer.from('vide', 'latin1'),
    zeros(12),
    Buffer.from('VideoHandler\0', 'latin1'),
  );
  const minf = box(
    'minf',
    fullBox('vmhd', 0, 1, zeros(8)),
    box('dinf', fullBox('dref', 0, 0, u32(1), fullBox('url ', 0, 1))),
    sampleTable(avcC, sampleBytes, chunkOffset),
  );
  return box('moov', mvhd, box('trak', tkhd, box('mdia', mdhd, hdlr, minf)));
}

/** `yuv`: the frame's colour (BT.601 limited range), so each job's video differs. */
export function tinyMp4(yuv: readonly [number, number, number]): Buffer {
  const { sps, pps, idr } = tinyH264(yuv);
  const avcC = box(
    'avcC',
    u8(1),
    u8(H264_PROFILE),
    u8(H264_CONSTRAINTS),
    u8(H264_LEVEL),
    u8(0xff), // lengthSizeMinusOne = 3
    u8(0xe1), // one SPS
    u16(sps.length),
    sps,
    u8(1), // one PPS
    u16(pps.length),
    pps,
  );
  const sample = Buffer.concat([u32(idr.length), idr]);
  const ftyp = box(
    'ftyp',
    Buffer.from('isom', 'latin1'),
    u32(0x200),
    Buffer.from('isomiso2avc1mp41', 'latin1'),
  );
  // The chunk offset is a fixed-width field, so the movie box's size does not depend on it.
  const size = movie(avcC, sample.length, 0).length;
  const offset = ftyp.length + size + 8;
  return Buffer.concat([ftyp, movie(avcC, sample.length, offset), box('mdat', sample)]);
}
