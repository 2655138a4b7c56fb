/**
 * One H.264 picture of 16×16 pixels, encoded without an encoder: Baseline profile, one IDR slice
 * holding one I_PCM macroblock (raw samples), so a decoder shows exactly the colour given. Returns
 * the SPS, the PPS and the slice as NAL units without start codes, for an `avcC` box and a sample.
 */

class BitWriter {
  private bits: number[] = [];
  u(n: number, value: number) {
    for (let i = n - 1; i >= 0; i--) this.bits.push((value >>> i) & 1);
    return this;
  }
  /** Exp-Golomb, unsigned. */
  ue(value: number) {
    const code = value + 1;
    const length = Math.floor(Math.log2(code));
    return this.u(length, 0).u(length + 1, code);
  }
  se(value: number) {
    return this.ue(value <= 0 ? -2 * value : 2 * value - 1);
  }
  align(bit: 0 | 1 = 0) {
    while (this.bits.length % 8 !== 0) this.bits.push(bit);
    return this;
  }
  /** rbsp_trailing_bits: a one, then zeros to the byte boundary. */
  trail() {
    return this.u(1, 1).align();
  }
  bytes(): Buffer {
    const out = Buffer.alloc(this.bits.length / 8);
    this.bits.forEach((bit, i) => {
      out[i >> 3]! |= bit << (7 - (i % 8));
    });
    return out;
  }
}

/** Emulation prevention: no 00 00 0x (x ≤ 3) inside a NAL unit. */
function escapeRbsp(rbsp: Buffer): Buffer {
  const out: number[] = [];
  let zeros = 0;
  for (const byte of rbsp) {
    if (zeros >= 2 && byte <= 3) {
      out.push(3);
      zeros = 0;
    }
    out.push(byte);
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return Buffer.from(out);
}

const nal = (header: number, rbsp: Buffer) =>
  Buffer.concat([Buffer.from([header]), escapeRbsp(rbsp)]);

export const H264_PROFILE = 66; // Baseline
export const H264_CONSTRAINTS = 0xc0; // constraint_set0 and set1: Constrained Baseline
export const H264_LEVEL = 10;

export function tinyH264(yuv: readonly [number, number, number]) {
  const sps = new BitWriter()
    .u(8, H264_PROFILE)
    .u(8, H264_CONSTRAINTS)
    .u(8, H264_LEVEL)
    .ue(0) // seq_parameter_set_id
    .ue(0) // log2_max_frame_num_minus4
    .ue(2) // pic_order_cnt_type: output order is decode order
    .ue(1) // max_num_ref_frames
    .u(1, 0) // gaps_in_frame_num_value_allowed_flag
    .ue(0) // pic_width_in_mbs_minus1: 16 px
    .ue(0) // pic_height_in_map_units_minus1: 16 px
    .u(1, 1) // frame_mbs_only_flag
    .u(1, 1) // direct_8x8_inference_flag
    .u(1, 0) // frame_cropping_flag
    .u(1, 0) // vui_parameters_present_flag
    .trail()
    .bytes();
  const pps = new BitWriter()
    .ue(0) // pic_parameter_set_id
    .ue(0) // seq_parameter_set_id
    .u(1, 0) // entropy_coding_mode_flag: CAVLC
    .u(1, 0) // bottom_field_pic_order_in_frame_present_flag
    .ue(0) // num_slice_groups_minus1
    .ue(0) // num_ref_idx_l0_default_active_minus1
    .ue(0) // num_ref_idx_l1_default_active_minus1
    .u(1, 0) // weighted_pred_flag
    .u(2, 0) // weighted_bipred_idc
    .se(0) // pic_init_qp_minus26
    .se(0) // pic_init_qs_minus26
    .se(0) // chroma_qp_index_offset
    .u(1, 0) // deblocking_filter_control_present_flag
    .u(1, 0) // constrained_intra_pred_flag
    .u(1, 0) // redundant_pic_cnt_present_flag
    .trail()
    .bytes();
  // Samples of 0 could form start codes; the escape handles them, but a colour never needs them.
  const [y, u, v] = yuv.map((c) => Math.min(235, Math.max(16, Math.round(c))));
  const slice = new BitWriter()
    .ue(0) // first_mb_in_slice
    .ue(7) // slice_type: I (all slices)
    .ue(0) // pic_parameter_set_id
    .u(4, 0) // frame_num
    .ue(0) // idr_pic_id
    .u(1, 0) // no_output_of_prior_pics_flag
    .u(1, 0) // long_term_reference_flag
    .se(0) // slice_qp_delta
    .ue(25) // mb_type: I_PCM
    .align(); // pcm_alignment_zero_bits
  for (let i = 0; i < 256; i++) slice.u(8, y!);
  for (let i = 0; i < 64; i++) slice.u(8, u!);
  for (let i = 0; i < 64; i++) slice.u(8, v!);
  return {
    sps: nal(0x67, sps), // nal_ref_idc 3, type 7
    pps: nal(0x68, pps), // nal_ref_idc 3, type 8
    idr: nal(0x65, slice.trail().bytes()), // nal_ref_idc 3, type 5
  };
}
