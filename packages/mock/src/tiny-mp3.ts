/**
 * A real short MP3: MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz, mono) whose side information and
 * main data are all zero, which decoders play as silence. Served for an audio output declared as MP3.
 */

const FRAME_BYTES = 417; // 144 × 128000 / 44100, no padding
const HEADER = [0xff, 0xfb, 0x90, 0xc4]; // sync, MPEG-1, layer III, no CRC; 128k, 44.1k; mono, original

export function tinyMp3(frames = 12): Buffer {
  const frame = Buffer.alloc(FRAME_BYTES);
  frame.set(HEADER, 0);
  return Buffer.concat(Array.from({ length: frames }, () => frame));
}
