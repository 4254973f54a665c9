/* gnnc C prelude: scalar helpers and the dropout hash (see GNNIR DropoutMask). */
#include <stdint.h>
#include <math.h>
#define GNNC_INLINE static inline

GNNC_INLINE uint64_t gnnc_mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}
/* 1/(1-p) when element `index` of dropout stream `stream` survives step `seed`, else 0. */
GNNC_INLINE float gnnc_dropout(uint64_t seed, uint64_t stream, uint64_t index, uint64_t threshold, float scale) {
  uint64_t base = gnnc_mix64(seed + 0x9E3779B97F4A7C15ULL * (stream + 1));
  uint64_t r = gnnc_mix64(base ^ (index * 0xD1B54A32D192ED03ULL));
  return (r >> 40) >= threshold ? scale : 0.0f;
}
/* x * gnnc_dropout(...), without hashing when x is zero (the product is x either way). */
GNNC_INLINE float gnnc_dropout_mul(float x, uint64_t seed, uint64_t stream, uint64_t index, uint64_t threshold, float scale) {
  return x == 0.0f ? x : x * gnnc_dropout(seed, stream, index, threshold, scale);
}
GNNC_INLINE float gnnc_lanes_sum(float* p, int n) {
  for (int m = n / 2; m >= 1; m /= 2) {
    float t[32];
    for (int i = 0; i < n; i++) t[i] = p[i] + p[i ^ m];
    for (int i = 0; i < n; i++) p[i] = t[i];
  }
  return p[0];
}
GNNC_INLINE float gnnc_lanes_max(float* p, int n) {
  for (int m = n / 2; m >= 1; m /= 2) {
    float t[32];
    for (int i = 0; i < n; i++) t[i] = fmaxf(p[i], p[i ^ m]);
    for (int i = 0; i < n; i++) p[i] = t[i];
  }
  return p[0];
}
#include <string.h>
GNNC_INLINE float gnnc_bf16_to_f32(uint16_t h) { uint32_t u = (uint32_t)h << 16; float f; memcpy(&f, &u, 4); return f; }
GNNC_INLINE uint16_t gnnc_f32_to_bf16(float f) {
  uint32_t u; memcpy(&u, &f, 4);
  if ((u & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((u >> 16) | 0x40);
  return (uint16_t)((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
}
#if defined(__FLT16_MAX__)
GNNC_INLINE float gnnc_f16_to_f32(uint16_t h) { _Float16 x; memcpy(&x, &h, 2); return (float)x; }
GNNC_INLINE uint16_t gnnc_f32_to_f16(float f) { _Float16 x = (_Float16)f; uint16_t h; memcpy(&h, &x, 2); return h; }
#else
GNNC_INLINE float gnnc_f16_to_f32(uint16_t h) {
  uint32_t sign = (uint32_t)(h & 0x8000u) << 16, e = (h >> 10) & 0x1fu, m = h & 0x3ffu, u;
  if (e == 0x1fu) u = sign | 0x7f800000u | (m << 13);
  else if (e != 0) u = sign | ((e + 112u) << 23) | (m << 13);
  else if (m == 0) u = sign;
  else { e = 113u; while (!(m & 0x400u)) { m <<= 1; e--; } u = sign | (e << 23) | ((m & 0x3ffu) << 13); }
  float f; memcpy(&f, &u, 4); return f;
}
GNNC_INLINE uint16_t gnnc_f32_to_f16(float f) {
  uint32_t u; memcpy(&u, &f, 4);
  uint32_t sign = (u >> 16) & 0x8000u, a = u & 0x7fffffffu;
  if (a > 0x7f800000u) return (uint16_t)(sign | 0x7e00u);
  if (a >= 0x477ff000u) return (uint16_t)(sign | 0x7c00u);
  if (a < 0x38800000u) {
    if (a < 0x33000000u) return (uint16_t)sign;
    uint32_t e = a >> 23, m = (a & 0x7fffffu) | 0x800000u, shift = 126u - e;
    uint32_t h = m >> shift, rest = m & ((1u << shift) - 1u), half = 1u << (shift - 1u);
    if (rest > half || (rest == half && (h & 1u))) h++;
    return (uint16_t)(sign | h);
  }
  uint32_t h = ((a >> 13) - (112u << 10)), rest = a & 0x1fffu;
  if (rest > 0x1000u || (rest == 0x1000u && (h & 1u))) h++;
  return (uint16_t)(sign | h);
}
#endif
/* element-wise functions (from the op table) */
GNNC_INLINE float gnnc_relu(float x) { return x > 0.0f ? x : 0.0f; }
GNNC_INLINE float gnnc_relu_grad(float g, float x) { return x > 0.0f ? g : 0.0f; }
GNNC_INLINE float gnnc_exp(float x) { return expf(x); }
GNNC_INLINE float gnnc_log(float x) { return logf(x); }
GNNC_INLINE float gnnc_rsqrt(float x) { return 1.0f / sqrtf(x); }
/* program GCNII: 258 buffers, 75 kernels */

/* matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) */
void k218_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b15 = (float*)buffers[15]; /* convs.1.W */
  float* restrict b22 = (float*)buffers[22]; /* convs.2.W */
  float* restrict b28 = (float*)buffers[28]; /* convs.3.W */
  float* restrict b34 = (float*)buffers[34]; /* convs.4.W */
  float* restrict b40 = (float*)buffers[40]; /* convs.5.W */
  float* restrict b46 = (float*)buffers[46]; /* convs.6.W */
  float* restrict b52 = (float*)buffers[52]; /* convs.7.W */
  float* restrict b58 = (float*)buffers[58]; /* convs.8.W */
  float* restrict b64 = (float*)buffers[64]; /* convs.9.W */
  float* restrict b70 = (float*)buffers[70]; /* convs.10.W */
  float* restrict b76 = (float*)buffers[76]; /* convs.11.W */
  float* restrict b82 = (float*)buffers[82]; /* convs.12.W */
  float* restrict b88 = (float*)buffers[88]; /* convs.13.W */
  float* restrict b94 = (float*)buffers[94]; /* convs.14.W */
  float* restrict b100 = (float*)buffers[100]; /* convs.15.W */
  float* restrict b106 = (float*)buffers[106]; /* convs.16.W */
  float* restrict b128 = (float*)buffers[128]; /* t268.wt */
  float* restrict b136 = (float*)buffers[136]; /* t281.wt */
  float* restrict b144 = (float*)buffers[144]; /* t295.wt */
  float* restrict b152 = (float*)buffers[152]; /* t309.wt */
  float* restrict b160 = (float*)buffers[160]; /* t323.wt */
  float* restrict b168 = (float*)buffers[168]; /* t337.wt */
  float* restrict b176 = (float*)buffers[176]; /* t351.wt */
  float* restrict b184 = (float*)buffers[184]; /* t365.wt */
  float* restrict b192 = (float*)buffers[192]; /* t379.wt */
  float* restrict b200 = (float*)buffers[200]; /* t393.wt */
  float* restrict b208 = (float*)buffers[208]; /* t407.wt */
  float* restrict b216 = (float*)buffers[216]; /* t421.wt */
  float* restrict b224 = (float*)buffers[224]; /* t435.wt */
  float* restrict b232 = (float*)buffers[232]; /* t449.wt */
  float* restrict b240 = (float*)buffers[240]; /* t463.wt */
  float* restrict b248 = (float*)buffers[248]; /* t477.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < 64; i_q++) {
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b248[(i_q * 64 + i_c)] = b15[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b240[(i_q * 64 + i_c)] = b22[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b232[(i_q * 64 + i_c)] = b28[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b224[(i_q * 64 + i_c)] = b34[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b216[(i_q * 64 + i_c)] = b40[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b208[(i_q * 64 + i_c)] = b46[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b200[(i_q * 64 + i_c)] = b52[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b192[(i_q * 64 + i_c)] = b58[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b184[(i_q * 64 + i_c)] = b64[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b176[(i_q * 64 + i_c)] = b70[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b168[(i_q * 64 + i_c)] = b76[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b160[(i_q * 64 + i_c)] = b82[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b152[(i_q * 64 + i_c)] = b88[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b144[(i_q * 64 + i_c)] = b94[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b136[(i_q * 64 + i_c)] = b100[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b128[(i_q * 64 + i_c)] = b106[(i_c * 64 + i_q)];
      }
    }
  }
}

/* matmul_nt (W^T) */
void k93_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b113 = (float*)buffers[113]; /* lin2.W */
  float* restrict b123 = (float*)buffers[123]; /* t263.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < s_C; i_q++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b123[(i_q * 64 + i_c)] = b113[(i_c * s_C + i_q)];
    }
  }
}

/* in_degree | rsqrt | dropout | matmul | add | relu | mul */
void k0_in_degree(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b6 = (float*)buffers[6]; /* t0 */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b8 = (float*)buffers[8]; /* x */
  float* restrict b9 = (float*)buffers[9]; /* t38 */
  float* restrict b10 = (float*)buffers[10]; /* lin1.W */
  float* restrict b11 = (float*)buffers[11]; /* lin1.b */
  float* restrict b12 = (float*)buffers[12]; /* t41 */
  float* restrict b13 = (float*)buffers[13]; /* t42 */
  float* restrict b14 = (float*)buffers[14]; /* h0 */
  float* restrict b16 = (float*)buffers[16]; /* t46 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      b6[i_v] = (float)(((int64_t)b2[(i_v + 1)] + (int64_t)b2[i_v] * -1));
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b7[(i_v + i_j)] = gnnc_rsqrt(b6[(i_v + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b9[(i_v * s_F + i_j)] = (training ? gnnc_dropout_mul(b8[(i_v * s_F + i_j)], seed, 0ULL, (uint64_t)((i_v * s_F + i_j)), 10066329ULL, 2.5f) : b8[(i_v * s_F + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b12[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b9[(i_v * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b12[(i_v * 64 + i_c)] = (b12[(i_v * 64 + i_c)] + (f_a * b10[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b13[(i_v * 64 + i_j)] = (b12[(i_v * 64 + i_j)] + b11[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b14[(i_v * 64 + i_j)] = gnnc_relu(b13[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b16[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(b14[(i_v * 64 + i_j)], seed, 1ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b14[(i_v * 64 + i_j)]) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | mul | add | matmul | add | mul */
void k7_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b14 = (float*)buffers[14]; /* h0 */
  float* restrict b15 = (float*)buffers[15]; /* convs.1.W */
  float* restrict b16 = (float*)buffers[16]; /* t46 */
  float* restrict b18 = (float*)buffers[18]; /* t51 */
  float* restrict b19 = (float*)buffers[19]; /* convs.1.s */
  float* restrict b20 = (float*)buffers[20]; /* t54 */
  float* restrict b21 = (float*)buffers[21]; /* t56 */
  float* restrict b23 = (float*)buffers[23]; /* t60 */
  int32_t* restrict b256 = (int32_t*)buffers[256]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r17_0 = 0.0f;
    float f_r17_1 = 0.0f;
    float f_r17_2 = 0.0f;
    float f_r17_3 = 0.0f;
    float f_r17_4 = 0.0f;
    float f_r17_5 = 0.0f;
    float f_r17_6 = 0.0f;
    float f_r17_7 = 0.0f;
    float f_r17_8 = 0.0f;
    float f_r17_9 = 0.0f;
    float f_r17_10 = 0.0f;
    float f_r17_11 = 0.0f;
    float f_r17_12 = 0.0f;
    float f_r17_13 = 0.0f;
    float f_r17_14 = 0.0f;
    float f_r17_15 = 0.0f;
    float f_r17_16 = 0.0f;
    float f_r17_17 = 0.0f;
    float f_r17_18 = 0.0f;
    float f_r17_19 = 0.0f;
    float f_r17_20 = 0.0f;
    float f_r17_21 = 0.0f;
    float f_r17_22 = 0.0f;
    float f_r17_23 = 0.0f;
    float f_r17_24 = 0.0f;
    float f_r17_25 = 0.0f;
    float f_r17_26 = 0.0f;
    float f_r17_27 = 0.0f;
    float f_r17_28 = 0.0f;
    float f_r17_29 = 0.0f;
    float f_r17_30 = 0.0f;
    float f_r17_31 = 0.0f;
    float f_r17_32 = 0.0f;
    float f_r17_33 = 0.0f;
    float f_r17_34 = 0.0f;
    float f_r17_35 = 0.0f;
    float f_r17_36 = 0.0f;
    float f_r17_37 = 0.0f;
    float f_r17_38 = 0.0f;
    float f_r17_39 = 0.0f;
    float f_r17_40 = 0.0f;
    float f_r17_41 = 0.0f;
    float f_r17_42 = 0.0f;
    float f_r17_43 = 0.0f;
    float f_r17_44 = 0.0f;
    float f_r17_45 = 0.0f;
    float f_r17_46 = 0.0f;
    float f_r17_47 = 0.0f;
    float f_r17_48 = 0.0f;
    float f_r17_49 = 0.0f;
    float f_r17_50 = 0.0f;
    float f_r17_51 = 0.0f;
    float f_r17_52 = 0.0f;
    float f_r17_53 = 0.0f;
    float f_r17_54 = 0.0f;
    float f_r17_55 = 0.0f;
    float f_r17_56 = 0.0f;
    float f_r17_57 = 0.0f;
    float f_r17_58 = 0.0f;
    float f_r17_59 = 0.0f;
    float f_r17_60 = 0.0f;
    float f_r17_61 = 0.0f;
    float f_r17_62 = 0.0f;
    float f_r17_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r17_0 = 0.0f;
      f_r17_1 = 0.0f;
      f_r17_2 = 0.0f;
      f_r17_3 = 0.0f;
      f_r17_4 = 0.0f;
      f_r17_5 = 0.0f;
      f_r17_6 = 0.0f;
      f_r17_7 = 0.0f;
      f_r17_8 = 0.0f;
      f_r17_9 = 0.0f;
      f_r17_10 = 0.0f;
      f_r17_11 = 0.0f;
      f_r17_12 = 0.0f;
      f_r17_13 = 0.0f;
      f_r17_14 = 0.0f;
      f_r17_15 = 0.0f;
      f_r17_16 = 0.0f;
      f_r17_17 = 0.0f;
      f_r17_18 = 0.0f;
      f_r17_19 = 0.0f;
      f_r17_20 = 0.0f;
      f_r17_21 = 0.0f;
      f_r17_22 = 0.0f;
      f_r17_23 = 0.0f;
      f_r17_24 = 0.0f;
      f_r17_25 = 0.0f;
      f_r17_26 = 0.0f;
      f_r17_27 = 0.0f;
      f_r17_28 = 0.0f;
      f_r17_29 = 0.0f;
      f_r17_30 = 0.0f;
      f_r17_31 = 0.0f;
      f_r17_32 = 0.0f;
      f_r17_33 = 0.0f;
      f_r17_34 = 0.0f;
      f_r17_35 = 0.0f;
      f_r17_36 = 0.0f;
      f_r17_37 = 0.0f;
      f_r17_38 = 0.0f;
      f_r17_39 = 0.0f;
      f_r17_40 = 0.0f;
      f_r17_41 = 0.0f;
      f_r17_42 = 0.0f;
      f_r17_43 = 0.0f;
      f_r17_44 = 0.0f;
      f_r17_45 = 0.0f;
      f_r17_46 = 0.0f;
      f_r17_47 = 0.0f;
      f_r17_48 = 0.0f;
      f_r17_49 = 0.0f;
      f_r17_50 = 0.0f;
      f_r17_51 = 0.0f;
      f_r17_52 = 0.0f;
      f_r17_53 = 0.0f;
      f_r17_54 = 0.0f;
      f_r17_55 = 0.0f;
      f_r17_56 = 0.0f;
      f_r17_57 = 0.0f;
      f_r17_58 = 0.0f;
      f_r17_59 = 0.0f;
      f_r17_60 = 0.0f;
      f_r17_61 = 0.0f;
      f_r17_62 = 0.0f;
      f_r17_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r17_0 = (f_r17_0 + b16[((int64_t)b256[i_q] * 64 + 0)]);
        f_r17_1 = (f_r17_1 + b16[((int64_t)b256[i_q] * 64 + 1)]);
        f_r17_2 = (f_r17_2 + b16[((int64_t)b256[i_q] * 64 + 2)]);
        f_r17_3 = (f_r17_3 + b16[((int64_t)b256[i_q] * 64 + 3)]);
        f_r17_4 = (f_r17_4 + b16[((int64_t)b256[i_q] * 64 + 4)]);
        f_r17_5 = (f_r17_5 + b16[((int64_t)b256[i_q] * 64 + 5)]);
        f_r17_6 = (f_r17_6 + b16[((int64_t)b256[i_q] * 64 + 6)]);
        f_r17_7 = (f_r17_7 + b16[((int64_t)b256[i_q] * 64 + 7)]);
        f_r17_8 = (f_r17_8 + b16[((int64_t)b256[i_q] * 64 + 8)]);
        f_r17_9 = (f_r17_9 + b16[((int64_t)b256[i_q] * 64 + 9)]);
        f_r17_10 = (f_r17_10 + b16[((int64_t)b256[i_q] * 64 + 10)]);
        f_r17_11 = (f_r17_11 + b16[((int64_t)b256[i_q] * 64 + 11)]);
        f_r17_12 = (f_r17_12 + b16[((int64_t)b256[i_q] * 64 + 12)]);
        f_r17_13 = (f_r17_13 + b16[((int64_t)b256[i_q] * 64 + 13)]);
        f_r17_14 = (f_r17_14 + b16[((int64_t)b256[i_q] * 64 + 14)]);
        f_r17_15 = (f_r17_15 + b16[((int64_t)b256[i_q] * 64 + 15)]);
        f_r17_16 = (f_r17_16 + b16[((int64_t)b256[i_q] * 64 + 16)]);
        f_r17_17 = (f_r17_17 + b16[((int64_t)b256[i_q] * 64 + 17)]);
        f_r17_18 = (f_r17_18 + b16[((int64_t)b256[i_q] * 64 + 18)]);
        f_r17_19 = (f_r17_19 + b16[((int64_t)b256[i_q] * 64 + 19)]);
        f_r17_20 = (f_r17_20 + b16[((int64_t)b256[i_q] * 64 + 20)]);
        f_r17_21 = (f_r17_21 + b16[((int64_t)b256[i_q] * 64 + 21)]);
        f_r17_22 = (f_r17_22 + b16[((int64_t)b256[i_q] * 64 + 22)]);
        f_r17_23 = (f_r17_23 + b16[((int64_t)b256[i_q] * 64 + 23)]);
        f_r17_24 = (f_r17_24 + b16[((int64_t)b256[i_q] * 64 + 24)]);
        f_r17_25 = (f_r17_25 + b16[((int64_t)b256[i_q] * 64 + 25)]);
        f_r17_26 = (f_r17_26 + b16[((int64_t)b256[i_q] * 64 + 26)]);
        f_r17_27 = (f_r17_27 + b16[((int64_t)b256[i_q] * 64 + 27)]);
        f_r17_28 = (f_r17_28 + b16[((int64_t)b256[i_q] * 64 + 28)]);
        f_r17_29 = (f_r17_29 + b16[((int64_t)b256[i_q] * 64 + 29)]);
        f_r17_30 = (f_r17_30 + b16[((int64_t)b256[i_q] * 64 + 30)]);
        f_r17_31 = (f_r17_31 + b16[((int64_t)b256[i_q] * 64 + 31)]);
        f_r17_32 = (f_r17_32 + b16[((int64_t)b256[i_q] * 64 + 32)]);
        f_r17_33 = (f_r17_33 + b16[((int64_t)b256[i_q] * 64 + 33)]);
        f_r17_34 = (f_r17_34 + b16[((int64_t)b256[i_q] * 64 + 34)]);
        f_r17_35 = (f_r17_35 + b16[((int64_t)b256[i_q] * 64 + 35)]);
        f_r17_36 = (f_r17_36 + b16[((int64_t)b256[i_q] * 64 + 36)]);
        f_r17_37 = (f_r17_37 + b16[((int64_t)b256[i_q] * 64 + 37)]);
        f_r17_38 = (f_r17_38 + b16[((int64_t)b256[i_q] * 64 + 38)]);
        f_r17_39 = (f_r17_39 + b16[((int64_t)b256[i_q] * 64 + 39)]);
        f_r17_40 = (f_r17_40 + b16[((int64_t)b256[i_q] * 64 + 40)]);
        f_r17_41 = (f_r17_41 + b16[((int64_t)b256[i_q] * 64 + 41)]);
        f_r17_42 = (f_r17_42 + b16[((int64_t)b256[i_q] * 64 + 42)]);
        f_r17_43 = (f_r17_43 + b16[((int64_t)b256[i_q] * 64 + 43)]);
        f_r17_44 = (f_r17_44 + b16[((int64_t)b256[i_q] * 64 + 44)]);
        f_r17_45 = (f_r17_45 + b16[((int64_t)b256[i_q] * 64 + 45)]);
        f_r17_46 = (f_r17_46 + b16[((int64_t)b256[i_q] * 64 + 46)]);
        f_r17_47 = (f_r17_47 + b16[((int64_t)b256[i_q] * 64 + 47)]);
        f_r17_48 = (f_r17_48 + b16[((int64_t)b256[i_q] * 64 + 48)]);
        f_r17_49 = (f_r17_49 + b16[((int64_t)b256[i_q] * 64 + 49)]);
        f_r17_50 = (f_r17_50 + b16[((int64_t)b256[i_q] * 64 + 50)]);
        f_r17_51 = (f_r17_51 + b16[((int64_t)b256[i_q] * 64 + 51)]);
        f_r17_52 = (f_r17_52 + b16[((int64_t)b256[i_q] * 64 + 52)]);
        f_r17_53 = (f_r17_53 + b16[((int64_t)b256[i_q] * 64 + 53)]);
        f_r17_54 = (f_r17_54 + b16[((int64_t)b256[i_q] * 64 + 54)]);
        f_r17_55 = (f_r17_55 + b16[((int64_t)b256[i_q] * 64 + 55)]);
        f_r17_56 = (f_r17_56 + b16[((int64_t)b256[i_q] * 64 + 56)]);
        f_r17_57 = (f_r17_57 + b16[((int64_t)b256[i_q] * 64 + 57)]);
        f_r17_58 = (f_r17_58 + b16[((int64_t)b256[i_q] * 64 + 58)]);
        f_r17_59 = (f_r17_59 + b16[((int64_t)b256[i_q] * 64 + 59)]);
        f_r17_60 = (f_r17_60 + b16[((int64_t)b256[i_q] * 64 + 60)]);
        f_r17_61 = (f_r17_61 + b16[((int64_t)b256[i_q] * 64 + 61)]);
        f_r17_62 = (f_r17_62 + b16[((int64_t)b256[i_q] * 64 + 62)]);
        f_r17_63 = (f_r17_63 + b16[((int64_t)b256[i_q] * 64 + 63)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b18[(i_v * 64 + i_j)] = (b14[(i_v * 64 + i_j)] * 0.1f);
      }
    }
    {
      b19[(i_v * 64 + 0)] = (((f_r17_0 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 0)]);
      b19[(i_v * 64 + 1)] = (((f_r17_1 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 1)]);
      b19[(i_v * 64 + 2)] = (((f_r17_2 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 2)]);
      b19[(i_v * 64 + 3)] = (((f_r17_3 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 3)]);
      b19[(i_v * 64 + 4)] = (((f_r17_4 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 4)]);
      b19[(i_v * 64 + 5)] = (((f_r17_5 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 5)]);
      b19[(i_v * 64 + 6)] = (((f_r17_6 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 6)]);
      b19[(i_v * 64 + 7)] = (((f_r17_7 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 7)]);
      b19[(i_v * 64 + 8)] = (((f_r17_8 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 8)]);
      b19[(i_v * 64 + 9)] = (((f_r17_9 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 9)]);
      b19[(i_v * 64 + 10)] = (((f_r17_10 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 10)]);
      b19[(i_v * 64 + 11)] = (((f_r17_11 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 11)]);
      b19[(i_v * 64 + 12)] = (((f_r17_12 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 12)]);
      b19[(i_v * 64 + 13)] = (((f_r17_13 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 13)]);
      b19[(i_v * 64 + 14)] = (((f_r17_14 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 14)]);
      b19[(i_v * 64 + 15)] = (((f_r17_15 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 15)]);
      b19[(i_v * 64 + 16)] = (((f_r17_16 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 16)]);
      b19[(i_v * 64 + 17)] = (((f_r17_17 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 17)]);
      b19[(i_v * 64 + 18)] = (((f_r17_18 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 18)]);
      b19[(i_v * 64 + 19)] = (((f_r17_19 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 19)]);
      b19[(i_v * 64 + 20)] = (((f_r17_20 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 20)]);
      b19[(i_v * 64 + 21)] = (((f_r17_21 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 21)]);
      b19[(i_v * 64 + 22)] = (((f_r17_22 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 22)]);
      b19[(i_v * 64 + 23)] = (((f_r17_23 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 23)]);
      b19[(i_v * 64 + 24)] = (((f_r17_24 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 24)]);
      b19[(i_v * 64 + 25)] = (((f_r17_25 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 25)]);
      b19[(i_v * 64 + 26)] = (((f_r17_26 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 26)]);
      b19[(i_v * 64 + 27)] = (((f_r17_27 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 27)]);
      b19[(i_v * 64 + 28)] = (((f_r17_28 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 28)]);
      b19[(i_v * 64 + 29)] = (((f_r17_29 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 29)]);
      b19[(i_v * 64 + 30)] = (((f_r17_30 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 30)]);
      b19[(i_v * 64 + 31)] = (((f_r17_31 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 31)]);
      b19[(i_v * 64 + 32)] = (((f_r17_32 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 32)]);
      b19[(i_v * 64 + 33)] = (((f_r17_33 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 33)]);
      b19[(i_v * 64 + 34)] = (((f_r17_34 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 34)]);
      b19[(i_v * 64 + 35)] = (((f_r17_35 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 35)]);
      b19[(i_v * 64 + 36)] = (((f_r17_36 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 36)]);
      b19[(i_v * 64 + 37)] = (((f_r17_37 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 37)]);
      b19[(i_v * 64 + 38)] = (((f_r17_38 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 38)]);
      b19[(i_v * 64 + 39)] = (((f_r17_39 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 39)]);
      b19[(i_v * 64 + 40)] = (((f_r17_40 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 40)]);
      b19[(i_v * 64 + 41)] = (((f_r17_41 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 41)]);
      b19[(i_v * 64 + 42)] = (((f_r17_42 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 42)]);
      b19[(i_v * 64 + 43)] = (((f_r17_43 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 43)]);
      b19[(i_v * 64 + 44)] = (((f_r17_44 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 44)]);
      b19[(i_v * 64 + 45)] = (((f_r17_45 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 45)]);
      b19[(i_v * 64 + 46)] = (((f_r17_46 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 46)]);
      b19[(i_v * 64 + 47)] = (((f_r17_47 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 47)]);
      b19[(i_v * 64 + 48)] = (((f_r17_48 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 48)]);
      b19[(i_v * 64 + 49)] = (((f_r17_49 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 49)]);
      b19[(i_v * 64 + 50)] = (((f_r17_50 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 50)]);
      b19[(i_v * 64 + 51)] = (((f_r17_51 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 51)]);
      b19[(i_v * 64 + 52)] = (((f_r17_52 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 52)]);
      b19[(i_v * 64 + 53)] = (((f_r17_53 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 53)]);
      b19[(i_v * 64 + 54)] = (((f_r17_54 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 54)]);
      b19[(i_v * 64 + 55)] = (((f_r17_55 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 55)]);
      b19[(i_v * 64 + 56)] = (((f_r17_56 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 56)]);
      b19[(i_v * 64 + 57)] = (((f_r17_57 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 57)]);
      b19[(i_v * 64 + 58)] = (((f_r17_58 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 58)]);
      b19[(i_v * 64 + 59)] = (((f_r17_59 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 59)]);
      b19[(i_v * 64 + 60)] = (((f_r17_60 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 60)]);
      b19[(i_v * 64 + 61)] = (((f_r17_61 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 61)]);
      b19[(i_v * 64 + 62)] = (((f_r17_62 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 62)]);
      b19[(i_v * 64 + 63)] = (((f_r17_63 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 63)]);
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b20[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b19[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b20[(i_v * 64 + i_c)] = (b20[(i_v * 64 + i_c)] + (f_a * b15[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b21[(i_v * 64 + i_j)] = ((b19[(i_v * 64 + i_j)] * 0.5945349f) + (b20[(i_v * 64 + i_j)] * 0.4054651f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b23[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(b21[(i_v * 64 + i_j)]), seed, 2ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(b21[(i_v * 64 + i_j)])) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add | mul */
void k13_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b18 = (float*)buffers[18]; /* t51 */
  float* restrict b22 = (float*)buffers[22]; /* convs.2.W */
  float* restrict b23 = (float*)buffers[23]; /* t60 */
  float* restrict b25 = (float*)buffers[25]; /* convs.2.s */
  float* restrict b26 = (float*)buffers[26]; /* t67 */
  float* restrict b27 = (float*)buffers[27]; /* t69 */
  float* restrict b29 = (float*)buffers[29]; /* t73 */
  int32_t* restrict b256 = (int32_t*)buffers[256]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r24_0 = 0.0f;
    float f_r24_1 = 0.0f;
    float f_r24_2 = 0.0f;
    float f_r24_3 = 0.0f;
    float f_r24_4 = 0.0f;
    float f_r24_5 = 0.0f;
    float f_r24_6 = 0.0f;
    float f_r24_7 = 0.0f;
    float f_r24_8 = 0.0f;
    float f_r24_9 = 0.0f;
    float f_r24_10 = 0.0f;
    float f_r24_11 = 0.0f;
    float f_r24_12 = 0.0f;
    float f_r24_13 = 0.0f;
    float f_r24_14 = 0.0f;
    float f_r24_15 = 0.0f;
    float f_r24_16 = 0.0f;
    float f_r24_17 = 0.0f;
    float f_r24_18 = 0.0f;
    float f_r24_19 = 0.0f;
    float f_r24_20 = 0.0f;
    float f_r24_21 = 0.0f;
    float f_r24_22 = 0.0f;
    float f_r24_23 = 0.0f;
    float f_r24_24 = 0.0f;
    float f_r24_25 = 0.0f;
    float f_r24_26 = 0.0f;
    float f_r24_27 = 0.0f;
    float f_r24_28 = 0.0f;
    float f_r24_29 = 0.0f;
    float f_r24_30 = 0.0f;
    float f_r24_31 = 0.0f;
    float f_r24_32 = 0.0f;
    float f_r24_33 = 0.0f;
    float f_r24_34 = 0.0f;
    float f_r24_35 = 0.0f;
    float f_r24_36 = 0.0f;
    float f_r24_37 = 0.0f;
    float f_r24_38 = 0.0f;
    float f_r24_39 = 0.0f;
    float f_r24_40 = 0.0f;
    float f_r24_41 = 0.0f;
    float f_r24_42 = 0.0f;
    float f_r24_43 = 0.0f;
    float f_r24_44 = 0.0f;
    float f_r24_45 = 0.0f;
    float f_r24_46 = 0.0f;
    float f_r24_47 = 0.0f;
    float f_r24_48 = 0.0f;
    float f_r24_49 = 0.0f;
    float f_r24_50 = 0.0f;
    float f_r24_51 = 0.0f;
    float f_r24_52 = 0.0f;
    float f_r24_53 = 0.0f;
    float f_r24_54 = 0.0f;
    float f_r24_55 = 0.0f;
    float f_r24_56 = 0.0f;
    float f_r24_57 = 0.0f;
    float f_r24_58 = 0.0f;
    float f_r24_59 = 0.0f;
    float f_r24_60 = 0.0f;
    float f_r24_61 = 0.0f;
    float f_r24_62 = 0.0f;
    float f_r24_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r24_0 = 0.0f;
      f_r24_1 = 0.0f;
      f_r24_2 = 0.0f;
      f_r24_3 = 0.0f;
      f_r24_4 = 0.0f;
      f_r24_5 = 0.0f;
      f_r24_6 = 0.0f;
      f_r24_7 = 0.0f;
      f_r24_8 = 0.0f;
      f_r24_9 = 0.0f;
      f_r24_10 = 0.0f;
      f_r24_11 = 0.0f;
      f_r24_12 = 0.0f;
      f_r24_13 = 0.0f;
      f_r24_14 = 0.0f;
      f_r24_15 = 0.0f;
      f_r24_16 = 0.0f;
      f_r24_17 = 0.0f;
      f_r24_18 = 0.0f;
      f_r24_19 = 0.0f;
      f_r24_20 = 0.0f;
      f_r24_21 = 0.0f;
      f_r24_22 = 0.0f;
      f_r24_23 = 0.0f;
      f_r24_24 = 0.0f;
      f_r24_25 = 0.0f;
      f_r24_26 = 0.0f;
      f_r24_27 = 0.0f;
      f_r24_28 = 0.0f;
      f_r24_29 = 0.0f;
      f_r24_30 = 0.0f;
      f_r24_31 = 0.0f;
      f_r24_32 = 0.0f;
      f_r24_33 = 0.0f;
      f_r24_34 = 0.0f;
      f_r24_35 = 0.0f;
      f_r24_36 = 0.0f;
      f_r24_37 = 0.0f;
      f_r24_38 = 0.0f;
      f_r24_39 = 0.0f;
      f_r24_40 = 0.0f;
      f_r24_41 = 0.0f;
      f_r24_42 = 0.0f;
      f_r24_43 = 0.0f;
      f_r24_44 = 0.0f;
      f_r24_45 = 0.0f;
      f_r24_46 = 0.0f;
      f_r24_47 = 0.0f;
      f_r24_48 = 0.0f;
      f_r24_49 = 0.0f;
      f_r24_50 = 0.0f;
      f_r24_51 = 0.0f;
      f_r24_52 = 0.0f;
      f_r24_53 = 0.0f;
      f_r24_54 = 0.0f;
      f_r24_55 = 0.0f;
      f_r24_56 = 0.0f;
      f_r24_57 = 0.0f;
      f_r24_58 = 0.0f;
      f_r24_59 = 0.0f;
      f_r24_60 = 0.0f;
      f_r24_61 = 0.0f;
      f_r24_62 = 0.0f;
      f_r24_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r24_0 = (f_r24_0 + b23[((int64_t)b256[i_q] * 64 + 0)]);
        f_r24_1 = (f_r24_1 + b23[((int64_t)b256[i_q] * 64 + 1)]);
        f_r24_2 = (f_r24_2 + b23[((int64_t)b256[i_q] * 64 + 2)]);
        f_r24_3 = (f_r24_3 + b23[((int64_t)b256[i_q] * 64 + 3)]);
        f_r24_4 = (f_r24_4 + b23[((int64_t)b256[i_q] * 64 + 4)]);
        f_r24_5 = (f_r24_5 + b23[((int64_t)b256[i_q] * 64 + 5)]);
        f_r24_6 = (f_r24_6 + b23[((int64_t)b256[i_q] * 64 + 6)]);
        f_r24_7 = (f_r24_7 + b23[((int64_t)b256[i_q] * 64 + 7)]);
        f_r24_8 = (f_r24_8 + b23[((int64_t)b256[i_q] * 64 + 8)]);
        f_r24_9 = (f_r24_9 + b23[((int64_t)b256[i_q] * 64 + 9)]);
        f_r24_10 = (f_r24_10 + b23[((int64_t)b256[i_q] * 64 + 10)]);
        f_r24_11 = (f_r24_11 + b23[((int64_t)b256[i_q] * 64 + 11)]);
        f_r24_12 = (f_r24_12 + b23[((int64_t)b256[i_q] * 64 + 12)]);
        f_r24_13 = (f_r24_13 + b23[((int64_t)b256[i_q] * 64 + 13)]);
        f_r24_14 = (f_r24_14 + b23[((int64_t)b256[i_q] * 64 + 14)]);
        f_r24_15 = (f_r24_15 + b23[((int64_t)b256[i_q] * 64 + 15)]);
        f_r24_16 = (f_r24_16 + b23[((int64_t)b256[i_q] * 64 + 16)]);
        f_r24_17 = (f_r24_17 + b23[((int64_t)b256[i_q] * 64 + 17)]);
        f_r24_18 = (f_r24_18 + b23[((int64_t)b256[i_q] * 64 + 18)]);
        f_r24_19 = (f_r24_19 + b23[((int64_t)b256[i_q] * 64 + 19)]);
        f_r24_20 = (f_r24_20 + b23[((int64_t)b256[i_q] * 64 + 20)]);
        f_r24_21 = (f_r24_21 + b23[((int64_t)b256[i_q] * 64 + 21)]);
        f_r24_22 = (f_r24_22 + b23[((int64_t)b256[i_q] * 64 + 22)]);
        f_r24_23 = (f_r24_23 + b23[((int64_t)b256[i_q] * 64 + 23)]);
        f_r24_24 = (f_r24_24 + b23[((int64_t)b256[i_q] * 64 + 24)]);
        f_r24_25 = (f_r24_25 + b23[((int64_t)b256[i_q] * 64 + 25)]);
        f_r24_26 = (f_r24_26 + b23[((int64_t)b256[i_q] * 64 + 26)]);
        f_r24_27 = (f_r24_27 + b23[((int64_t)b256[i_q] * 64 + 27)]);
        f_r24_28 = (f_r24_28 + b23[((int64_t)b256[i_q] * 64 + 28)]);
        f_r24_29 = (f_r24_29 + b23[((int64_t)b256[i_q] * 64 + 29)]);
        f_r24_30 = (f_r24_30 + b23[((int64_t)b256[i_q] * 64 + 30)]);
        f_r24_31 = (f_r24_31 + b23[((int64_t)b256[i_q] * 64 + 31)]);
        f_r24_32 = (f_r24_32 + b23[((int64_t)b256[i_q] * 64 + 32)]);
        f_r24_33 = (f_r24_33 + b23[((int64_t)b256[i_q] * 64 + 33)]);
        f_r24_34 = (f_r24_34 + b23[((int64_t)b256[i_q] * 64 + 34)]);
        f_r24_35 = (f_r24_35 + b23[((int64_t)b256[i_q] * 64 + 35)]);
        f_r24_36 = (f_r24_36 + b23[((int64_t)b256[i_q] * 64 + 36)]);
        f_r24_37 = (f_r24_37 + b23[((int64_t)b256[i_q] * 64 + 37)]);
        f_r24_38 = (f_r24_38 + b23[((int64_t)b256[i_q] * 64 + 38)]);
        f_r24_39 = (f_r24_39 + b23[((int64_t)b256[i_q] * 64 + 39)]);
        f_r24_40 = (f_r24_40 + b23[((int64_t)b256[i_q] * 64 + 40)]);
        f_r24_41 = (f_r24_41 + b23[((int64_t)b256[i_q] * 64 + 41)]);
        f_r24_42 = (f_r24_42 + b23[((int64_t)b256[i_q] * 64 + 42)]);
        f_r24_43 = (f_r24_43 + b23[((int64_t)b256[i_q] * 64 + 43)]);
        f_r24_44 = (f_r24_44 + b23[((int64_t)b256[i_q] * 64 + 44)]);
        f_r24_45 = (f_r24_45 + b23[((int64_t)b256[i_q] * 64 + 45)]);
        f_r24_46 = (f_r24_46 + b23[((int64_t)b256[i_q] * 64 + 46)]);
        f_r24_47 = (f_r24_47 + b23[((int64_t)b256[i_q] * 64 + 47)]);
        f_r24_48 = (f_r24_48 + b23[((int64_t)b256[i_q] * 64 + 48)]);
        f_r24_49 = (f_r24_49 + b23[((int64_t)b256[i_q] * 64 + 49)]);
        f_r24_50 = (f_r24_50 + b23[((int64_t)b256[i_q] * 64 + 50)]);
        f_r24_51 = (f_r24_51 + b23[((int64_t)b256[i_q] * 64 + 51)]);
        f_r24_52 = (f_r24_52 + b23[((int64_t)b256[i_q] * 64 + 52)]);
        f_r24_53 = (f_r24_53 + b23[((int64_t)b256[i_q] * 64 + 53)]);
        f_r24_54 = (f_r24_54 + b23[((int64_t)b256[i_q] * 64 + 54)]);
        f_r24_55 = (f_r24_55 + b23[((int64_t)b256[i_q] * 64 + 55)]);
        f_r24_56 = (f_r24_56 + b23[((int64_t)b256[i_q] * 64 + 56)]);
        f_r24_57 = (f_r24_57 + b23[((int64_t)b256[i_q] * 64 + 57)]);
        f_r24_58 = (f_r24_58 + b23[((int64_t)b256[i_q] * 64 + 58)]);
        f_r24_59 = (f_r24_59 + b23[((int64_t)b256[i_q] * 64 + 59)]);
        f_r24_60 = (f_r24_60 + b23[((int64_t)b256[i_q] * 64 + 60)]);
        f_r24_61 = (f_r24_61 + b23[((int64_t)b256[i_q] * 64 + 61)]);
        f_r24_62 = (f_r24_62 + b23[((int64_t)b256[i_q] * 64 + 62)]);
        f_r24_63 = (f_r24_63 + b23[((int64_t)b256[i_q] * 64 + 63)]);
      }
    }
    {
      b25[(i_v * 64 + 0)] = (((f_r24_0 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 0)]);
      b25[(i_v * 64 + 1)] = (((f_r24_1 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 1)]);
      b25[(i_v * 64 + 2)] = (((f_r24_2 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 2)]);
      b25[(i_v * 64 + 3)] = (((f_r24_3 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 3)]);
      b25[(i_v * 64 + 4)] = (((f_r24_4 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 4)]);
      b25[(i_v * 64 + 5)] = (((f_r24_5 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 5)]);
      b25[(i_v * 64 + 6)] = (((f_r24_6 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 6)]);
      b25[(i_v * 64 + 7)] = (((f_r24_7 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 7)]);
      b25[(i_v * 64 + 8)] = (((f_r24_8 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 8)]);
      b25[(i_v * 64 + 9)] = (((f_r24_9 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 9)]);
      b25[(i_v * 64 + 10)] = (((f_r24_10 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 10)]);
      b25[(i_v * 64 + 11)] = (((f_r24_11 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 11)]);
      b25[(i_v * 64 + 12)] = (((f_r24_12 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 12)]);
      b25[(i_v * 64 + 13)] = (((f_r24_13 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 13)]);
      b25[(i_v * 64 + 14)] = (((f_r24_14 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 14)]);
      b25[(i_v * 64 + 15)] = (((f_r24_15 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 15)]);
      b25[(i_v * 64 + 16)] = (((f_r24_16 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 16)]);
      b25[(i_v * 64 + 17)] = (((f_r24_17 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 17)]);
      b25[(i_v * 64 + 18)] = (((f_r24_18 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 18)]);
      b25[(i_v * 64 + 19)] = (((f_r24_19 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 19)]);
      b25[(i_v * 64 + 20)] = (((f_r24_20 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 20)]);
      b25[(i_v * 64 + 21)] = (((f_r24_21 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 21)]);
      b25[(i_v * 64 + 22)] = (((f_r24_22 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 22)]);
      b25[(i_v * 64 + 23)] = (((f_r24_23 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 23)]);
      b25[(i_v * 64 + 24)] = (((f_r24_24 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 24)]);
      b25[(i_v * 64 + 25)] = (((f_r24_25 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 25)]);
      b25[(i_v * 64 + 26)] = (((f_r24_26 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 26)]);
      b25[(i_v * 64 + 27)] = (((f_r24_27 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 27)]);
      b25[(i_v * 64 + 28)] = (((f_r24_28 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 28)]);
      b25[(i_v * 64 + 29)] = (((f_r24_29 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 29)]);
      b25[(i_v * 64 + 30)] = (((f_r24_30 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 30)]);
      b25[(i_v * 64 + 31)] = (((f_r24_31 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 31)]);
      b25[(i_v * 64 + 32)] = (((f_r24_32 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 32)]);
      b25[(i_v * 64 + 33)] = (((f_r24_33 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 33)]);
      b25[(i_v * 64 + 34)] = (((f_r24_34 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 34)]);
      b25[(i_v * 64 + 35)] = (((f_r24_35 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 35)]);
      b25[(i_v * 64 + 36)] = (((f_r24_36 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 36)]);
      b25[(i_v * 64 + 37)] = (((f_r24_37 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 37)]);
      b25[(i_v * 64 + 38)] = (((f_r24_38 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 38)]);
      b25[(i_v * 64 + 39)] = (((f_r24_39 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 39)]);
      b25[(i_v * 64 + 40)] = (((f_r24_40 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 40)]);
      b25[(i_v * 64 + 41)] = (((f_r24_41 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 41)]);
      b25[(i_v * 64 + 42)] = (((f_r24_42 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 42)]);
      b25[(i_v * 64 + 43)] = (((f_r24_43 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 43)]);
      b25[(i_v * 64 + 44)] = (((f_r24_44 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 44)]);
      b25[(i_v * 64 + 45)] = (((f_r24_45 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 45)]);
      b25[(i_v * 64 + 46)] = (((f_r24_46 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 46)]);
      b25[(i_v * 64 + 47)] = (((f_r24_47 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 47)]);
      b25[(i_v * 64 + 48)] = (((f_r24_48 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 48)]);
      b25[(i_v * 64 + 49)] = (((f_r24_49 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 49)]);
      b25[(i_v * 64 + 50)] = (((f_r24_50 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 50)]);
      b25[(i_v * 64 + 51)] = (((f_r24_51 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 51)]);
      b25[(i_v * 64 + 52)] = (((f_r24_52 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 52)]);
      b25[(i_v * 64 + 53)] = (((f_r24_53 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 53)]);
      b25[(i_v * 64 + 54)] = (((f_r24_54 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 54)]);
      b25[(i_v * 64 + 55)] = (((f_r24_55 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 55)]);
      b25[(i_v * 64 + 56)] = (((f_r24_56 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 56)]);
      b25[(i_v * 64 + 57)] = (((f_r24_57 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 57)]);
      b25[(i_v * 64 + 58)] = (((f_r24_58 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 58)]);
      b25[(i_v * 64 + 59)] = (((f_r24_59 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 59)]);
      b25[(i_v * 64 + 60)] = (((f_r24_60 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 60)]);
      b25[(i_v * 64 + 61)] = (((f_r24_61 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 61)]);
      b25[(i_v * 64 + 62)] = (((f_r24_62 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 62)]);
      b25[(i_v * 64 + 63)] = (((f_r24_63 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 63)]);
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b26[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b25[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b26[(i_v * 64 + i_c)] = (b26[(i_v * 64 + i_c)] + (f_a * b22[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b27[(i_v * 64 + i_j)] = ((b25[(i_v * 64 + i_j)] * 0.7768564f) + (b26[(i_v * 64 + i_j)] * 0.22314355f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b29[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(b27[(i_v * 64 + i_j)]), seed, 3ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(b27[(i_v * 64 + i_j)])) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add | mul */
void k18_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b18 = (float*)buffers[18]; /* t51 */
  float* restrict b28 = (float*)buffers[28]; /* convs.3.W */
  float* restrict b29 = (float*)buffers[29]; /* t73 */
  float* restrict b31 = (float*)buffers[31]; /* convs.3.s */
  float* restrict b32 = (float*)buffers[32]; /* t80 */
  float* restrict b33 = (float*)buffers[33]; /* t82 */
  float* restrict b35 = (float*)buffers[35]; /* t86 */
  int32_t* restrict b256 = (int32_t*)buffers[256]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r30_0 = 0.0f;
    float f_r30_1 = 0.0f;
    float f_r30_2 = 0.0f;
    float f_r30_3 = 0.0f;
    float f_r30_4 = 0.0f;
    float f_r30_5 = 0.0f;
    float f_r30_6 = 0.0f;
    float f_r30_7 = 0.0f;
    float f_r30_8 = 0.0f;
    float f_r30_9 = 0.0f;
    float f_r30_10 = 0.0f;
    float f_r30_11 = 0.0f;
    float f_r30_12 = 0.0f;
    float f_r30_13 = 0.0f;
    float f_r30_14 = 0.0f;
    float f_r30_15 = 0.0f;
    float f_r30_16 = 0.0f;
    float f_r30_17 = 0.0f;
    float f_r30_18 = 0.0f;
    float f_r30_19 = 0.0f;
    float f_r30_20 = 0.0f;
    float f_r30_21 = 0.0f;
    float f_r30_22 = 0.0f;
    float f_r30_23 = 0.0f;
    float f_r30_24 = 0.0f;
    float f_r30_25 = 0.0f;
    float f_r30_26 = 0.0f;
    float f_r30_27 = 0.0f;
    float f_r30_28 = 0.0f;
    float f_r30_29 = 0.0f;
    float f_r30_30 = 0.0f;
    float f_r30_31 = 0.0f;
    float f_r30_32 = 0.0f;
    float f_r30_33 = 0.0f;
    float f_r30_34 = 0.0f;
    float f_r30_35 = 0.0f;
    float f_r30_36 = 0.0f;
    float f_r30_37 = 0.0f;
    float f_r30_38 = 0.0f;
    float f_r30_39 = 0.0f;
    float f_r30_40 = 0.0f;
    float f_r30_41 = 0.0f;
    float f_r30_42 = 0.0f;
    float f_r30_43 = 0.0f;
    float f_r30_44 = 0.0f;
    float f_r30_45 = 0.0f;
    float f_r30_46 = 0.0f;
    float f_r30_47 = 0.0f;
    float f_r30_48 = 0.0f;
    float f_r30_49 = 0.0f;
    float f_r30_50 = 0.0f;
    float f_r30_51 = 0.0f;
    float f_r30_52 = 0.0f;
    float f_r30_53 = 0.0f;
    float f_r30_54 = 0.0f;
    float f_r30_55 = 0.0f;
    float f_r30_56 = 0.0f;
    float f_r30_57 = 0.0f;
    float f_r30_58 = 0.0f;
    float f_r30_59 = 0.0f;
    float f_r30_60 = 0.0f;
    float f_r30_61 = 0.0f;
    float f_r30_62 = 0.0f;
    float f_r30_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r30_0 = 0.0f;
      f_r30_1 = 0.0f;
      f_r30_2 = 0.0f;
      f_r30_3 = 0.0f;
      f_r30_4 = 0.0f;
      f_r30_5 = 0.0f;
      f_r30_6 = 0.0f;
      f_r30_7 = 0.0f;
      f_r30_8 = 0.0f;
      f_r30_9 = 0.0f;
      f_r30_10 = 0.0f;
      f_r30_11 = 0.0f;
      f_r30_12 = 0.0f;
      f_r30_13 = 0.0f;
      f_r30_14 = 0.0f;
      f_r30_15 = 0.0f;
      f_r30_16 = 0.0f;
      f_r30_17 = 0.0f;
      f_r30_18 = 0.0f;
      f_r30_19 = 0.0f;
      f_r30_20 = 0.0f;
      f_r30_21 = 0.0f;
      f_r30_22 = 0.0f;
      f_r30_23 = 0.0f;
      f_r30_24 = 0.0f;
      f_r30_25 = 0.0f;
      f_r30_26 = 0.0f;
      f_r30_27 = 0.0f;
      f_r30_28 = 0.0f;
      f_r30_29 = 0.0f;
      f_r30_30 = 0.0f;
      f_r30_31 = 0.0f;
      f_r30_32 = 0.0f;
      f_r30_33 = 0.0f;
      f_r30_34 = 0.0f;
      f_r30_35 = 0.0f;
      f_r30_36 = 0.0f;
      f_r30_37 = 0.0f;
      f_r30_38 = 0.0f;
      f_r30_39 = 0.0f;
      f_r30_40 = 0.0f;
      f_r30_41 = 0.0f;
      f_r30_42 = 0.0f;
      f_r30_43 = 0.0f;
      f_r30_44 = 0.0f;
      f_r30_45 = 0.0f;
      f_r30_46 = 0.0f;
      f_r30_47 = 0.0f;
      f_r30_48 = 0.0f;
      f_r30_49 = 0.0f;
      f_r30_50 = 0.0f;
      f_r30_51 = 0.0f;
      f_r30_52 = 0.0f;
      f_r30_53 = 0.0f;
      f_r30_54 = 0.0f;
      f_r30_55 = 0.0f;
      f_r30_56 = 0.0f;
      f_r30_57 = 0.0f;
      f_r30_58 = 0.0f;
      f_r30_59 = 0.0f;
      f_r30_60 = 0.0f;
      f_r30_61 = 0.0f;
      f_r30_62 = 0.0f;
      f_r30_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r30_0 = (f_r30_0 + b29[((int64_t)b256[i_q] * 64 + 0)]);
        f_r30_1 = (f_r30_1 + b29[((int64_t)b256[i_q] * 64 + 1)]);
        f_r30_2 = (f_r30_2 + b29[((int64_t)b256[i_q] * 64 + 2)]);
        f_r30_3 = (f_r30_3 + b29[((int64_t)b256[i_q] * 64 + 3)]);
        f_r30_4 = (f_r30_4 + b29[((int64_t)b256[i_q] * 64 + 4)]);
        f_r30_5 = (f_r30_5 + b29[((int64_t)b256[i_q] * 64 + 5)]);
        f_r30_6 = (f_r30_6 + b29[((int64_t)b256[i_q] * 64 + 6)]);
        f_r30_7 = (f_r30_7 + b29[((int64_t)b256[i_q] * 64 + 7)]);
        f_r30_8 = (f_r30_8 + b29[((int64_t)b256[i_q] * 64 + 8)]);
        f_r30_9 = (f_r30_9 + b29[((int64_t)b256[i_q] * 64 + 9)]);
        f_r30_10 = (f_r30_10 + b29[((int64_t)b256[i_q] * 64 + 10)]);
        f_r30_11 = (f_r30_11 + b29[((int64_t)b256[i_q] * 64 + 11)]);
        f_r30_12 = (f_r30_12 + b29[((int64_t)b256[i_q] * 64 + 12)]);
        f_r30_13 = (f_r30_13 + b29[((int64_t)b256[i_q] * 64 + 13)]);
        f_r30_14 = (f_r30_14 + b29[((int64_t)b256[i_q] * 64 + 14)]);
        f_r30_15 = (f_r30_15 + b29[((int64_t)b256[i_q] * 64 + 15)]);
        f_r30_16 = (f_r30_16 + b29[((int64_t)b256[i_q] * 64 + 16)]);
        f_r30_17 = (f_r30_17 + b29[((int64_t)b256[i_q] * 64 + 17)]);
        f_r30_18 = (f_r30_18 + b29[((int64_t)b256[i_q] * 64 + 18)]);
        f_r30_19 = (f_r30_19 + b29[((int64_t)b256[i_q] * 64 + 19)]);
        f_r30_20 = (f_r30_20 + b29[((int64_t)b256[i_q] * 64 + 20)]);
        f_r30_21 = (f_r30_21 + b29[((int64_t)b256[i_q] * 64 + 21)]);
        f_r30_22 = (f_r30_22 + b29[((int64_t)b256[i_q] * 64 + 22)]);
        f_r30_23 = (f_r30_23 + b29[((int64_t)b256[i_q] * 64 + 23)]);
        f_r30_24 = (f_r30_24 + b29[((int64_t)b256[i_q] * 64 + 24)]);
        f_r30_25 = (f_r30_25 + b29[((int64_t)b256[i_q] * 64 + 25)]);
        f_r30_26 = (f_r30_26 + b29[((int64_t)b256[i_q] * 64 + 26)]);
        f_r30_27 = (f_r30_27 + b29[((int64_t)b256[i_q] * 64 + 27)]);
        f_r30_28 = (f_r30_28 + b29[((int64_t)b256[i_q] * 64 + 28)]);
        f_r30_29 = (f_r30_29 + b29[((int64_t)b256[i_q] * 64 + 29)]);
        f_r30_30 = (f_r30_30 + b29[((int64_t)b256[i_q] * 64 + 30)]);
        f_r30_31 = (f_r30_31 + b29[((int64_t)b256[i_q] * 64 + 31)]);
        f_r30_32 = (f_r30_32 + b29[((int64_t)b256[i_q] * 64 + 32)]);
        f_r30_33 = (f_r30_33 + b29[((int64_t)b256[i_q] * 64 + 33)]);
        f_r30_34 = (f_r30_34 + b29[((int64_t)b256[i_q] * 64 + 34)]);
        f_r30_35 = (f_r30_35 + b29[((int64_t)b256[i_q] * 64 + 35)]);
        f_r30_36 = (f_r30_36 + b29[((int64_t)b256[i_q] * 64 + 36)]);
        f_r30_37 = (f_r30_37 + b29[((int64_t)b256[i_q] * 64 + 37)]);
        f_r30_38 = (f_r30_38 + b29[((int64_t)b256[i_q] * 64 + 38)]);
        f_r30_39 = (f_r30_39 + b29[((int64_t)b256[i_q] * 64 + 39)]);
        f_r30_40 = (f_r30_40 + b29[((int64_t)b256[i_q] * 64 + 40)]);
        f_r30_41 = (f_r30_41 + b29[((int64_t)b256[i_q] * 64 + 41)]);
        f_r30_42 = (f_r30_42 + b29[((int64_t)b256[i_q] * 64 + 42)]);
        f_r30_43 = (f_r30_43 + b29[((int64_t)b256[i_q] * 64 + 43)]);
        f_r30_44 = (f_r30_44 + b29[((int64_t)b256[i_q] * 64 + 44)]);
        f_r30_45 = (f_r30_45 + b29[((int64_t)b256[i_q] * 64 + 45)]);
        f_r30_46 = (f_r30_46 + b29[((int64_t)b256[i_q] * 64 + 46)]);
        f_r30_47 = (f_r30_47 + b29[((int64_t)b256[i_q] * 64 + 47)]);
        f_r30_48 = (f_r30_48 + b29[((int64_t)b256[i_q] * 64 + 48)]);
        f_r30_49 = (f_r30_49 + b29[((int64_t)b256[i_q] * 64 + 49)]);
        f_r30_50 = (f_r30_50 + b29[((int64_t)b256[i_q] * 64 + 50)]);
        f_r30_51 = (f_r30_51 + b29[((int64_t)b256[i_q] * 64 + 51)]);
        f_r30_52 = (f_r30_52 + b29[((int64_t)b256[i_q] * 64 + 52)]);
        f_r30_53 = (f_r30_53 + b29[((int64_t)b256[i_q] * 64 + 53)]);
        f_r30_54 = (f_r30_54 + b29[((int64_t)b256[i_q] * 64 + 54)]);
        f_r30_55 = (f_r30_55 + b29[((int64_t)b256[i_q] * 64 + 55)]);
        f_r30_56 = (f_r30_56 + b29[((int64_t)b256[i_q] * 64 + 56)]);
        f_r30_57 = (f_r30_57 + b29[((int64_t)b256[i_q] * 64 + 57)]);
        f_r30_58 = (f_r30_58 + b29[((int64_t)b256[i_q] * 64 + 58)]);
        f_r30_59 = (f_r30_59 + b29[((int64_t)b256[i_q] * 64 + 59)]);
        f_r30_60 = (f_r30_60 + b29[((int64_t)b256[i_q] * 64 + 60)]);
        f_r30_61 = (f_r30_61 + b29[((int64_t)b256[i_q] * 64 + 61)]);
        f_r30_62 = (f_r30_62 + b29[((int64_t)b256[i_q] * 64 + 62)]);
        f_r30_63 = (f_r30_63 + b29[((int64_t)b256[i_q] * 64 + 63)]);
      }
    }
    {
      b31[(i_v * 64 + 0)] = (((f_r30_0 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 0)]);
      b31[(i_v * 64 + 1)] = (((f_r30_1 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 1)]);
      b31[(i_v * 64 + 2)] = (((f_r30_2 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 2)]);
      b31[(i_v * 64 + 3)] = (((f_r30_3 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 3)]);
      b31[(i_v * 64 + 4)] = (((f_r30_4 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 4)]);
      b31[(i_v * 64 + 5)] = (((f_r30_5 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 5)]);
      b31[(i_v * 64 + 6)] = (((f_r30_6 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 6)]);
      b31[(i_v * 64 + 7)] = (((f_r30_7 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 7)]);
      b31[(i_v * 64 + 8)] = (((f_r30_8 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 8)]);
      b31[(i_v * 64 + 9)] = (((f_r30_9 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 9)]);
      b31[(i_v * 64 + 10)] = (((f_r30_10 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 10)]);
      b31[(i_v * 64 + 11)] = (((f_r30_11 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 11)]);
      b31[(i_v * 64 + 12)] = (((f_r30_12 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 12)]);
      b31[(i_v * 64 + 13)] = (((f_r30_13 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 13)]);
      b31[(i_v * 64 + 14)] = (((f_r30_14 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 14)]);
      b31[(i_v * 64 + 15)] = (((f_r30_15 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 15)]);
      b31[(i_v * 64 + 16)] = (((f_r30_16 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 16)]);
      b31[(i_v * 64 + 17)] = (((f_r30_17 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 17)]);
      b31[(i_v * 64 + 18)] = (((f_r30_18 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 18)]);
      b31[(i_v * 64 + 19)] = (((f_r30_19 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 19)]);
      b31[(i_v * 64 + 20)] = (((f_r30_20 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 20)]);
      b31[(i_v * 64 + 21)] = (((f_r30_21 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 21)]);
      b31[(i_v * 64 + 22)] = (((f_r30_22 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 22)]);
      b31[(i_v * 64 + 23)] = (((f_r30_23 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 23)]);
      b31[(i_v * 64 + 24)] = (((f_r30_24 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 24)]);
      b31[(i_v * 64 + 25)] = (((f_r30_25 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 25)]);
      b31[(i_v * 64 + 26)] = (((f_r30_26 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 26)]);
      b31[(i_v * 64 + 27)] = (((f_r30_27 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 27)]);
      b31[(i_v * 64 + 28)] = (((f_r30_28 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 28)]);
      b31[(i_v * 64 + 29)] = (((f_r30_29 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 29)]);
      b31[(i_v * 64 + 30)] = (((f_r30_30 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 30)]);
      b31[(i_v * 64 + 31)] = (((f_r30_31 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 31)]);
      b31[(i_v * 64 + 32)] = (((f_r30_32 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 32)]);
      b31[(i_v * 64 + 33)] = (((f_r30_33 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 33)]);
      b31[(i_v * 64 + 34)] = (((f_r30_34 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 34)]);
      b31[(i_v * 64 + 35)] = (((f_r30_35 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 35)]);
      b31[(i_v * 64 + 36)] = (((f_r30_36 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 36)]);
      b31[(i_v * 64 + 37)] = (((f_r30_37 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 37)]);
      b31[(i_v * 64 + 38)] = (((f_r30_38 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 38)]);
      b31[(i_v * 64 + 39)] = (((f_r30_39 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 39)]);
      b31[(i_v * 64 + 40)] = (((f_r30_40 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 40)]);
      b31[(i_v * 64 + 41)] = (((f_r30_41 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 41)]);
      b31[(i_v * 64 + 42)] = (((f_r30_42 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 42)]);
      b31[(i_v * 64 + 43)] = (((f_r30_43 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 43)]);
      b31[(i_v * 64 + 44)] = (((f_r30_44 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 44)]);
      b31[(i_v * 64 + 45)] = (((f_r30_45 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 45)]);
      b31[(i_v * 64 + 46)] = (((f_r30_46 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 46)]);
      b31[(i_v * 64 + 47)] = (((f_r30_47 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 47)]);
      b31[(i_v * 64 + 48)] = (((f_r30_48 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 48)]);
      b31[(i_v * 64 + 49)] = (((f_r30_49 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 49)]);
      b31[(i_v * 64 + 50)] = (((f_r30_50 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 50)]);
      b31[(i_v * 64 + 51)] = (((f_r30_51 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 51)]);
      b31[(i_v * 64 + 52)] = (((f_r30_52 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 52)]);
      b31[(i_v * 64 + 53)] = (((f_r30_53 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 53)]);
      b31[(i_v * 64 + 54)] = (((f_r30_54 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 54)]);
      b31[(i_v * 64 + 55)] = (((f_r30_55 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 55)]);
      b31[(i_v * 64 + 56)] = (((f_r30_56 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 56)]);
      b31[(i_v * 64 + 57)] = (((f_r30_57 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 57)]);
      b31[(i_v * 64 + 58)] = (((f_r30_58 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 58)]);
      b31[(i_v * 64 + 59)] = (((f_r30_59 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 59)]);
      b31[(i_v * 64 + 60)] = (((f_r30_60 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 60)]);
      b31[(i_v * 64 + 61)] = (((f_r30_61 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 61)]);
      b31[(i_v * 64 + 62)] = (((f_r30_62 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 62)]);
      b31[(i_v * 64 + 63)] = (((f_r30_63 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 63)]);
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b32[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b31[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b32[(i_v * 64 + i_c)] = (b32[(i_v * 64 + i_c)] + (f_a * b28[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b33[(i_v * 64 + i_j)] = ((b31[(i_v * 64 + i_j)] * 0.84584934f) + (b32[(i_v * 64 + i_j)] * 0.15415068f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b35[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(b33[(i_v * 64 + i_j)]), seed, 4ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(b33[(i_v * 64 + i_j)])) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add | mul */
void k23_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b18 = (float*)buffers[18]; /* t51 */
  float* restrict b34 = (float*)buffers[34]; /* convs.4.W */
  float* restrict b35 = (float*)buffers[35]; /* t86 */
  float* restrict b37 = (float*)buffers[37]; /* convs.4.s */
  float* restrict b38 = (float*)buffers[38]; /* t93 */
  float* restrict b39 = (float*)buffers[39]; /* t95 */
  float* restrict b41 = (float*)buffers[41]; /* t99 */
  int32_t* restrict b256 = (int32_t*)buffers[256]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r36_0 = 0.0f;
    float f_r36_1 = 0.0f;
    float f_r36_2 = 0.0f;
    float f_r36_3 = 0.0f;
    float f_r36_4 = 0.0f;
    float f_r36_5 = 0.0f;
    float f_r36_6 = 0.0f;
    float f_r36_7 = 0.0f;
    float f_r36_8 = 0.0f;
    float f_r36_9 = 0.0f;
    float f_r36_10 = 0.0f;
    float f_r36_11 = 0.0f;
    float f_r36_12 = 0.0f;
    float f_r36_13 = 0.0f;
    float f_r36_14 = 0.0f;
    float f_r36_15 = 0.0f;
    float f_r36_16 = 0.0f;
    float f_r36_17 = 0.0f;
    float f_r36_18 = 0.0f;
    float f_r36_19 = 0.0f;
    float f_r36_20 = 0.0f;
    float f_r36_21 = 0.0f;
    float f_r36_22 = 0.0f;
    float f_r36_23 = 0.0f;
    float f_r36_24 = 0.0f;
    float f_r36_25 = 0.0f;
    float f_r36_26 = 0.0f;
    float f_r36_27 = 0.0f;
    float f_r36_28 = 0.0f;
    float f_r36_29 = 0.0f;
    float f_r36_30 = 0.0f;
    float f_r36_31 = 0.0f;
    float f_r36_32 = 0.0f;
    float f_r36_33 = 0.0f;
    float f_r36_34 = 0.0f;
    float f_r36_35 = 0.0f;
    float f_r36_36 = 0.0f;
    float f_r36_37 = 0.0f;
    float f_r36_38 = 0.0f;
    float f_r36_39 = 0.0f;
    float f_r36_40 = 0.0f;
    float f_r36_41 = 0.0f;
    float f_r36_42 = 0.0f;
    float f_r36_43 = 0.0f;
    float f_r36_44 = 0.0f;
    float f_r36_45 = 0.0f;
    float f_r36_46 = 0.0f;
    float f_r36_47 = 0.0f;
    float f_r36_48 = 0.0f;
    float f_r36_49 = 0.0f;
    float f_r36_50 = 0.0f;
    float f_r36_51 = 0.0f;
    float f_r36_52 = 0.0f;
    float f_r36_53 = 0.0f;
    float f_r36_54 = 0.0f;
    float f_r36_55 = 0.0f;
    float f_r36_56 = 0.0f;
    float f_r36_57 = 0.0f;
    float f_r36_58 = 0.0f;
    float f_r36_59 = 0.0f;
    float f_r36_60 = 0.0f;
    float f_r36_61 = 0.0f;
    float f_r36_62 = 0.0f;
    float f_r36_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r36_0 = 0.0f;
      f_r36_1 = 0.0f;
      f_r36_2 = 0.0f;
      f_r36_3 = 0.0f;
      f_r36_4 = 0.0f;
      f_r36_5 = 0.0f;
      f_r36_6 = 0.0f;
      f_r36_7 = 0.0f;
      f_r36_8 = 0.0f;
      f_r36_9 = 0.0f;
      f_r36_10 = 0.0f;
      f_r36_11 = 0.0f;
      f_r36_12 = 0.0f;
      f_r36_13 = 0.0f;
      f_r36_14 = 0.0f;
      f_r36_15 = 0.0f;
      f_r36_16 = 0.0f;
      f_r36_17 = 0.0f;
      f_r36_18 = 0.0f;
      f_r36_19 = 0.0f;
      f_r36_20 = 0.0f;
      f_r36_21 = 0.0f;
      f_r36_22 = 0.0f;
      f_r36_23 = 0.0f;
      f_r36_24 = 0.0f;
      f_r36_25 = 0.0f;
      f_r36_26 = 0.0f;
      f_r36_27 = 0.0f;
      f_r36_28 = 0.0f;
      f_r36_29 = 0.0f;
      f_r36_30 = 0.0f;
      f_r36_31 = 0.0f;
      f_r36_32 = 0.0f;
      f_r36_33 = 0.0f;
      f_r36_34 = 0.0f;
      f_r36_35 = 0.0f;
      f_r36_36 = 0.0f;
      f_r36_37 = 0.0f;
      f_r36_38 = 0.0f;
      f_r36_39 = 0.0f;
      f_r36_40 = 0.0f;
      f_r36_41 = 0.0f;
      f_r36_42 = 0.0f;
      f_r36_43 = 0.0f;
      f_r36_44 = 0.0f;
      f_r36_45 = 0.0f;
      f_r36_46 = 0.0f;
      f_r36_47 = 0.0f;
      f_r36_48 = 0.0f;
      f_r36_49 = 0.0f;
      f_r36_50 = 0.0f;
      f_r36_51 = 0.0f;
      f_r36_52 = 0.0f;
      f_r36_53 = 0.0f;
      f_r36_54 = 0.0f;
      f_r36_55 = 0.0f;
      f_r36_56 = 0.0f;
      f_r36_57 = 0.0f;
      f_r36_58 = 0.0f;
      f_r36_59 = 0.0f;
      f_r36_60 = 0.0f;
      f_r36_61 = 0.0f;
      f_r36_62 = 0.0f;
      f_r36_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r36_0 = (f_r36_0 + b35[((int64_t)b256[i_q] * 64 + 0)]);
        f_r36_1 = (f_r36_1 + b35[((int64_t)b256[i_q] * 64 + 1)]);
        f_r36_2 = (f_r36_2 + b35[((int64_t)b256[i_q] * 64 + 2)]);
        f_r36_3 = (f_r36_3 + b35[((int64_t)b256[i_q] * 64 + 3)]);
        f_r36_4 = (f_r36_4 + b35[((int64_t)b256[i_q] * 64 + 4)]);
        f_r36_5 = (f_r36_5 + b35[((int64_t)b256[i_q] * 64 + 5)]);
        f_r36_6 = (f_r36_6 + b35[((int64_t)b256[i_q] * 64 + 6)]);
        f_r36_7 = (f_r36_7 + b35[((int64_t)b256[i_q] * 64 + 7)]);
        f_r36_8 = (f_r36_8 + b35[((int64_t)b256[i_q] * 64 + 8)]);
        f_r36_9 = (f_r36_9 + b35[((int64_t)b256[i_q] * 64 + 9)]);
        f_r36_10 = (f_r36_10 + b35[((int64_t)b256[i_q] * 64 + 10)]);
        f_r36_11 = (f_r36_11 + b35[((int64_t)b256[i_q] * 64 + 11)]);
        f_r36_12 = (f_r36_12 + b35[((int64_t)b256[i_q] * 64 + 12)]);
        f_r36_13 = (f_r36_13 + b35[((int64_t)b256[i_q] * 64 + 13)]);
        f_r36_14 = (f_r36_14 + b35[((int64_t)b256[i_q] * 64 + 14)]);
        f_r36_15 = (f_r36_15 + b35[((int64_t)b256[i_q] * 64 + 15)]);
        f_r36_16 = (f_r36_16 + b35[((int64_t)b256[i_q] * 64 + 16)]);
        f_r36_17 = (f_r36_17 + b35[((int64_t)b256[i_q] * 64 + 17)]);
        f_r36_18 = (f_r36_18 + b35[((int64_t)b256[i_q] * 64 + 18)]);
        f_r36_19 = (f_r36_19 + b35[((int64_t)b256[i_q] * 64 + 19)]);
        f_r36_20 = (f_r36_20 + b35[((int64_t)b256[i_q] * 64 + 20)]);
        f_r36_21 = (f_r36_21 + b35[((int64_t)b256[i_q] * 64 + 21)]);
        f_r36_22 = (f_r36_22 + b35[((int64_t)b256[i_q] * 64 + 22)]);
        f_r36_23 = (f_r36_23 + b35[((int64_t)b256[i_q] * 64 + 23)]);
        f_r36_24 = (f_r36_24 + b35[((int64_t)b256[i_q] * 64 + 24)]);
        f_r36_25 = (f_r36_25 + b35[((int64_t)b256[i_q] * 64 + 25)]);
        f_r36_26 = (f_r36_26 + b35[((int64_t)b256[i_q] * 64 + 26)]);
        f_r36_27 = (f_r36_27 + b35[((int64_t)b256[i_q] * 64 + 27)]);
        f_r36_28 = (f_r36_28 + b35[((int64_t)b256[i_q] * 64 + 28)]);
        f_r36_29 = (f_r36_29 + b35[((int64_t)b256[i_q] * 64 + 29)]);
        f_r36_30 = (f_r36_30 + b35[((int64_t)b256[i_q] * 64 + 30)]);
        f_r36_31 = (f_r36_31 + b35[((int64_t)b256[i_q] * 64 + 31)]);
        f_r36_32 = (f_r36_32 + b35[((int64_t)b256[i_q] * 64 + 32)]);
        f_r36_33 = (f_r36_33 + b35[((int64_t)b256[i_q] * 64 + 33)]);
        f_r36_34 = (f_r36_34 + b35[((int64_t)b256[i_q] * 64 + 34)]);
        f_r36_35 = (f_r36_35 + b35[((int64_t)b256[i_q] * 64 + 35)]);
        f_r36_36 = (f_r36_36 + b35[((int64_t)b256[i_q] * 64 + 36)]);
        f_r36_37 = (f_r36_37 + b35[((int64_t)b256[i_q] * 64 + 37)]);
        f_r36_38 = (f_r36_38 + b35[((int64_t)b256[i_q] * 64 + 38)]);
        f_r36_39 = (f_r36_39 + b35[((int64_t)b256[i_q] * 64 + 39)]);
        f_r36_40 = (f_r36_40 + b35[((int64_t)b256[i_q] * 64 + 40)]);
        f_r36_41 = (f_r36_41 + b35[((int64_t)b256[i_q] * 64 + 41)]);
        f_r36_42 = (f_r36_42 + b35[((int64_t)b256[i_q] * 64 + 42)]);
        f_r36_43 = (f_r36_43 + b35[((int64_t)b256[i_q] * 64 + 43)]);
        f_r36_44 = (f_r36_44 + b35[((int64_t)b256[i_q] * 64 + 44)]);
        f_r36_45 = (f_r36_45 + b35[((int64_t)b256[i_q] * 64 + 45)]);
        f_r36_46 = (f_r36_46 + b35[((int64_t)b256[i_q] * 64 + 46)]);
        f_r36_47 = (f_r36_47 + b35[((int64_t)b256[i_q] * 64 + 47)]);
        f_r36_48 = (f_r36_48 + b35[((int64_t)b256[i_q] * 64 + 48)]);
        f_r36_49 = (f_r36_49 + b35[((int64_t)b256[i_q] * 64 + 49)]);
        f_r36_50 = (f_r36_50 + b35[((int64_t)b256[i_q] * 64 + 50)]);
        f_r36_51 = (f_r36_51 + b35[((int64_t)b256[i_q] * 64 + 51)]);
        f_r36_52 = (f_r36_52 + b35[((int64_t)b256[i_q] * 64 + 52)]);
        f_r36_53 = (f_r36_53 + b35[((int64_t)b256[i_q] * 64 + 53)]);
        f_r36_54 = (f_r36_54 + b35[((int64_t)b256[i_q] * 64 + 54)]);
        f_r36_55 = (f_r36_55 + b35[((int64_t)b256[i_q] * 64 + 55)]);
        f_r36_56 = (f_r36_56 + b35[((int64_t)b256[i_q] * 64 + 56)]);
        f_r36_57 = (f_r36_57 + b35[((int64_t)b256[i_q] * 64 + 57)]);
        f_r36_58 = (f_r36_58 + b35[((int64_t)b256[i_q] * 64 + 58)]);
        f_r36_59 = (f_r36_59 + b35[((int64_t)b256[i_q] * 64 + 59)]);
        f_r36_60 = (f_r36_60 + b35[((int64_t)b256[i_q] * 64 + 60)]);
        f_r36_61 = (f_r36_61 + b35[((int64_t)b256[i_q] * 64 + 61)]);
        f_r36_62 = (f_r36_62 + b35[((int64_t)b256[i_q] * 64 + 62)]);
        f_r36_63 = (f_r36_63 + b35[((int64_t)b256[i_q] * 64 + 63)]);
      }
    }
    {
      b37[(i_v * 64 + 0)] = (((f_r36_0 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 0)]);
      b37[(i_v * 64 + 1)] = (((f_r36_1 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 1)]);
      b37[(i_v * 64 + 2)] = (((f_r36_2 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 2)]);
      b37[(i_v * 64 + 3)] = (((f_r36_3 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 3)]);
      b37[(i_v * 64 + 4)] = (((f_r36_4 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 4)]);
      b37[(i_v * 64 + 5)] = (((f_r36_5 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 5)]);
      b37[(i_v * 64 + 6)] = (((f_r36_6 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 6)]);
      b37[(i_v * 64 + 7)] = (((f_r36_7 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 7)]);
      b37[(i_v * 64 + 8)] = (((f_r36_8 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 8)]);
      b37[(i_v * 64 + 9)] = (((f_r36_9 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 9)]);
      b37[(i_v * 64 + 10)] = (((f_r36_10 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 10)]);
      b37[(i_v * 64 + 11)] = (((f_r36_11 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 11)]);
      b37[(i_v * 64 + 12)] = (((f_r36_12 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 12)]);
      b37[(i_v * 64 + 13)] = (((f_r36_13 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 13)]);
      b37[(i_v * 64 + 14)] = (((f_r36_14 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 14)]);
      b37[(i_v * 64 + 15)] = (((f_r36_15 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 15)]);
      b37[(i_v * 64 + 16)] = (((f_r36_16 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 16)]);
      b37[(i_v * 64 + 17)] = (((f_r36_17 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 17)]);
      b37[(i_v * 64 + 18)] = (((f_r36_18 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 18)]);
      b37[(i_v * 64 + 19)] = (((f_r36_19 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 19)]);
      b37[(i_v * 64 + 20)] = (((f_r36_20 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 20)]);
      b37[(i_v * 64 + 21)] = (((f_r36_21 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 21)]);
      b37[(i_v * 64 + 22)] = (((f_r36_22 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 22)]);
      b37[(i_v * 64 + 23)] = (((f_r36_23 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 23)]);
      b37[(i_v * 64 + 24)] = (((f_r36_24 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 24)]);
      b37[(i_v * 64 + 25)] = (((f_r36_25 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 25)]);
      b37[(i_v * 64 + 26)] = (((f_r36_26 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 26)]);
      b37[(i_v * 64 + 27)] = (((f_r36_27 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 27)]);
      b37[(i_v * 64 + 28)] = (((f_r36_28 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 28)]);
      b37[(i_v * 64 + 29)] = (((f_r36_29 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 29)]);
      b37[(i_v * 64 + 30)] = (((f_r36_30 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 30)]);
      b37[(i_v * 64 + 31)] = (((f_r36_31 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 31)]);
      b37[(i_v * 64 + 32)] = (((f_r36_32 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 32)]);
      b37[(i_v * 64 + 33)] = (((f_r36_33 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 33)]);
      b37[(i_v * 64 + 34)] = (((f_r36_34 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 34)]);
      b37[(i_v * 64 + 35)] = (((f_r36_35 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 35)]);
      b37[(i_v * 64 + 36)] = (((f_r36_36 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 36)]);
      b37[(i_v * 64 + 37)] = (((f_r36_37 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 37)]);
      b37[(i_v * 64 + 38)] = (((f_r36_38 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 38)]);
      b37[(i_v * 64 + 39)] = (((f_r36_39 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 39)]);
      b37[(i_v * 64 + 40)] = (((f_r36_40 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 40)]);
      b37[(i_v * 64 + 41)] = (((f_r36_41 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 41)]);
      b37[(i_v * 64 + 42)] = (((f_r36_42 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 42)]);
      b37[(i_v * 64 + 43)] = (((f_r36_43 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 43)]);
      b37[(i_v * 64 + 44)] = (((f_r36_44 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 44)]);
      b37[(i_v * 64 + 45)] = (((f_r36_45 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 45)]);
      b37[(i_v * 64 + 46)] = (((f_r36_46 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 46)]);
      b37[(i_v * 64 + 47)] = (((f_r36_47 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 47)]);
      b37[(i_v * 64 + 48)] = (((f_r36_48 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 48)]);
      b37[(i_v * 64 + 49)] = (((f_r36_49 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 49)]);
      b37[(i_v * 64 + 50)] = (((f_r36_50 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 50)]);
      b37[(i_v * 64 + 51)] = (((f_r36_51 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 51)]);
      b37[(i_v * 64 + 52)] = (((f_r36_52 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 52)]);
      b37[(i_v * 64 + 53)] = (((f_r36_53 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 53)]);
      b37[(i_v * 64 + 54)] = (((f_r36_54 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 54)]);
      b37[(i_v * 64 + 55)] = (((f_r36_55 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 55)]);
      b37[(i_v * 64 + 56)] = (((f_r36_56 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 56)]);
      b37[(i_v * 64 + 57)] = (((f_r36_57 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 57)]);
      b37[(i_v * 64 + 58)] = (((f_r36_58 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 58)]);
      b37[(i_v * 64 + 59)] = (((f_r36_59 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 59)]);
      b37[(i_v * 64 + 60)] = (((f_r36_60 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 60)]);
      b37[(i_v * 64 + 61)] = (((f_r36_61 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 61)]);
      b37[(i_v * 64 + 62)] = (((f_r36_62 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 62)]);
      b37[(i_v * 64 + 63)] = (((f_r36_63 * b7[i_v]) * 0.9f) + b18[(i_v * 64 + 63)]);
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b38[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b37[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b38[(i_v * 64 + i_c)] = (b38[(i_v * 64 + i_c)] + (f_a * b34[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b39[(i_v * 64 + i_j)] = ((b37[(i_v * 64 + i_j)] * 0.882217f) + (b38[(i_v * 64 + i_j)] * 0.11778303f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b41[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(b39[(i_v * 64 + i_j)]), seed, 5ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(b39[(i_v * 64 + i_j)])) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add | mul */
void k28_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b18 = (float*)buffers[18]; /* t51 */
  float* restrict b40 = (float*)buffers[40]; /* convs.5.W */
  float* restrict b41 = (float*)buffers[41]; /* t99 */
  float* restrict b42 = (float*)buffers[42]; /* t101 */
  float* restrict b43 = (float*)buffers[43]; /* convs.5.s */
  float* restrict b44 = (float*)buffers[44]; /* t106 */
  float* restrict b45 = (float*)buffers[45]; /* t108 */
  float* restrict b47 = (float*)buffers[47]; /* t112 */
  int32_t* restrict b256 = (int32_t*)buffers[256]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b42[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b42[(i_v * 64 + i_j)] = (b42[(i_v * 64 + i_j)] + b41[((int64_t)b256[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b43[(i_v * 64 + i_j)] = (((b42[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b18[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b44[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b43[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b44[(i_v * 64 + i_c)] = (b44[(i_v * 64 + i_c)] + (f_a * b40[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b45[(i_v * 64 + i_j)] = ((b43[(i_v * 64 + i_j)] * 0.90468985f) + (b44[(i_v * 64 + i_j)] * 0.09531018f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b47[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(b45[(i_v * 64 + i_j)]), seed, 6ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(b45[(i_v * 64 + i_j)])) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add | mul */
void k33_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b18 = (float*)buffers[18]; /* t51 */
  float* restrict b46 = (float*)buffers[46]; /* convs.6.W */
  float* restrict b47 = (float*)buffers[47]; /* t112 */
  float* restrict b48 = (float*)buffers[48]; /* t114 */
  float* restrict b49 = (float*)buffers[49]; /* convs.6.s */
  float* restrict b50 = (float*)buffers[50]; /* t119 */
  float* restrict b51 = (float*)buffers[51]; /* t121 */
  float* restrict b53 = (float*)buffers[53]; /* t125 */
  int32_t* restrict b256 = (int32_t*)buffers[256]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b48[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b48[(i_v * 64 + i_j)] = (b48[(i_v * 64 + i_j)] + b47[((int64_t)b256[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b49[(i_v * 64 + i_j)] = (((b48[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b18[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b50[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b49[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b50[(i_v * 64 + i_c)] = (b50[(i_v * 64 + i_c)] + (f_a * b46[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b51[(i_v * 64 + i_j)] = ((b49[(i_v * 64 + i_j)] * 0.9199573f) + (b50[(i_v * 64 + i_j)] * 0.080042705f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b53[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(b51[(i_v * 64 + i_j)]), seed, 7ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(b51[(i_v * 64 + i_j)])) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add | mul */
void k38_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b18 = (float*)buffers[18]; /* t51 */
  float* restrict b52 = (float*)buffers[52]; /* convs.7.W */
  float* restrict b53 = (float*)buffers[53]; /* t125 */
  float* restrict b54 = (float*)buffers[54]; /* t127 */
  float* restrict b55 = (float*)buffers[55]; /* convs.7.s */
  float* restrict b56 = (float*)buffers[56]; /* t132 */
  float* restrict b57 = (float*)buffers[57]; /* t134 */
  float* restrict b59 = (float*)buffers[59]; /* t138 */
  int32_t* restrict b256 = (int32_t*)buffers[256]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b54[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b54[(i_v * 64 + i_j)] = (b54[(i_v * 64 + i_j)] + b53[((int64_t)b256[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b55[(i_v * 64 + i_j)] = (((b54[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b18[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b56[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b55[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b56[(i_v * 64 + i_c)] = (b56[(i_v * 64 + i_c)] + (f_a * b52[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b57[(i_v * 64 + i_j)] = ((b55[(i_v * 64 + i_j)] * 0.93100715f) + (b56[(i_v * 64 + i_j)] * 0.06899287f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b59[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(b57[(i_v * 64 + i_j)]), seed, 8ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(b57[(i_v * 64 + i_j)])) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add | mul */
void k43_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b18 = (float*)buffers[18]; /* t51 */
  float* restrict b58 = (float*)buffers[58]; /* convs.8.W */
  float* restrict b59 = (float*)buffers[59]; /* t138 */
  float* restrict b60 = (float*)buffers[60]; /* t140 */
  float* restrict b61 = (float*)buffers[61]; /* convs.8.s */
  float* restrict b62 = (float*)buffers[62]; /* t145 */
  float* restrict b63 = (float*)buffers[63]; /* t147 */
  float* restrict b65 = (float*)buffers[65]; /* t151 */
  int32_t* restrict b256 = (int32_t*)buffers[256]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b60[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b60[(i_v * 64 + i_j)] = (b60[(i_v * 64 + i_j)] + b59[((int64_t)b256[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b61[(i_v * 64 + i_j)] = (((b60[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b18[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b62[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b61[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b62[(i_v * 64 + i_c)] = (b62[(i_v * 64 + i_c)] + (f_a * b58[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b63[(i_v * 64 + i_j)] = ((b61[(i_v * 64 + i_j)] * 0.9393754f) + (b62[(i_v * 64 + i_j)] * 0.06062462f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b65[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(b63[(i_v * 64 + i_j)]), seed, 9ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(b63[(i_v * 64 + i_j)])) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add | mul */
void k48_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b18 = (float*)buffers[18]; /* t51 */
  float* restrict b64 = (float*)buffers[64]; /* convs.9.W */
  float* restrict b65 = (float*)buffers[65]; /* t151 */
  float* restrict b66 = (float*)buffers[66]; /* t153 */
  float* restrict b67 = (float*)buffers[67]; /* convs.9.s */
  float* restrict b68 = (float*)buffers[68]; /* t158 */
  float* restrict b69 = (float*)buffers[69]; /* t160 */
  float* restrict b71 = (float*)buffers[71]; /* t164 */
  int32_t* restrict b256 = (int32_t*)buffers[256]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b66[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b66[(i_v * 64 + i_j)] = (b66[(i_v * 64 + i_j)] + b65[((int64_t)b256[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b67[(i_v * 64 + i_j)] = (((b66[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b18[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b68[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b67[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b68[(i_v * 64 + i_c)] = (b68[(i_v * 64 + i_c)] + (f_a * b64[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b69[(i_v * 64 + i_j)] = ((b67[(i_v * 64 + i_j)] * 0.9459328f) + (b68[(i_v * 64 + i_j)] * 0.05406722f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b71[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(b69[(i_v * 64 + i_j)]), seed, 10ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(b69[(i_v * 64 + i_j)])) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add | mul */
void k53_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b18 = (float*)buffers[18]; /* t51 */
  float* restrict b70 = (float*)buffers[70]; /* convs.10.W */
  float* restrict b71 = (float*)buffers[71]; /* t164 */
  float* restrict b72 = (float*)buffers[72]; /* t166 */
  float* restrict b73 = (float*)buffers[73]; /* convs.10.s */
  float* restrict b74 = (float*)buffers[74]; /* t171 */
  float* restrict b75 = (float*)buffers[75]; /* t173 */
  float* restrict b77 = (float*)buffers[77]; /* t177 */
  int32_t* restrict b256 = (int32_t*)buffers[256]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b72[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b72[(i_v * 64 + i_j)] = (b72[(i_v * 64 + i_j)] + b71[((int64_t)b256[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b73[(i_v * 64 + i_j)] = (((b72[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b18[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b74[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b73[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b74[(i_v * 64 + i_c)] = (b74[(i_v * 64 + i_c)] + (f_a * b70[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b75[(i_v * 64 + i_j)] = ((b73[(i_v * 64 + i_j)] * 0.95120984f) + (b74[(i_v * 64 + i_j)] * 0.048790164f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b77[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(b75[(i_v * 64 + i_j)]), seed, 11ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(b75[(i_v * 64 + i_j)])) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add | mul */
void k58_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b18 = (float*)buffers[18]; /* t51 */
  float* restrict b76 = (float*)buffers[76]; /* convs.11.W */
  float* restrict b77 = (float*)buffers[77]; /* t177 */
  float* restrict b78 = (float*)buffers[78]; /* t179 */
  float* restrict b79 = (float*)buffers[79]; /* convs.11.s */
  float* restrict b80 = (float*)buffers[80]; /* t184 */
  float* restrict b81 = (float*)buffers[81]; /* t186 */
  float* restrict b83 = (float*)buffers[83]; /* t190 */
  int32_t* restrict b256 = (int32_t*)buffers[256]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b78[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b78[(i_v * 64 + i_j)] = (b78[(i_v * 64 + i_j)] + b77[((int64_t)b256[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b79[(i_v * 64 + i_j)] = (((b78[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b18[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b80[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b79[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b80[(i_v * 64 + i_c)] = (b80[(i_v * 64 + i_c)] + (f_a * b76[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b81[(i_v * 64 + i_j)] = ((b79[(i_v * 64 + i_j)] * 0.9555482f) + (b80[(i_v * 64 + i_j)] * 0.044451762f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b83[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(b81[(i_v * 64 + i_j)]), seed, 12ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(b81[(i_v * 64 + i_j)])) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add | mul */
void k63_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b18 = (float*)buffers[18]; /* t51 */
  float* restrict b82 = (float*)buffers[82]; /* convs.12.W */
  float* restrict b83 = (float*)buffers[83]; /* t190 */
  float* restrict b84 = (float*)buffers[84]; /* t192 */
  float* restrict b85 = (float*)buffers[85]; /* convs.12.s */
  float* restrict b86 = (float*)buffers[86]; /* t197 */
  float* restrict b87 = (float*)buffers[87]; /* t199 */
  float* restrict b89 = (float*)buffers[89]; /* t203 */
  int32_t* restrict b256 = (int32_t*)buffers[256]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b84[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b84[(i_v * 64 + i_j)] = (b84[(i_v * 64 + i_j)] + b83[((int64_t)b256[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b85[(i_v * 64 + i_j)] = (((b84[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b18[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b86[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b85[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b86[(i_v * 64 + i_c)] = (b86[(i_v * 64 + i_c)] + (f_a * b82[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b87[(i_v * 64 + i_j)] = ((b85[(i_v * 64 + i_j)] * 0.95917803f) + (b86[(i_v * 64 + i_j)] * 0.040821996f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b89[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(b87[(i_v * 64 + i_j)]), seed, 13ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(b87[(i_v * 64 + i_j)])) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add | mul */
void k68_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b18 = (float*)buffers[18]; /* t51 */
  float* restrict b88 = (float*)buffers[88]; /* convs.13.W */
  float* restrict b89 = (float*)buffers[89]; /* t203 */
  float* restrict b90 = (float*)buffers[90]; /* t205 */
  float* restrict b91 = (float*)buffers[91]; /* convs.13.s */
  float* restrict b92 = (float*)buffers[92]; /* t210 */
  float* restrict b93 = (float*)buffers[93]; /* t212 */
  float* restrict b95 = (float*)buffers[95]; /* t216 */
  int32_t* restrict b256 = (int32_t*)buffers[256]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b90[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b90[(i_v * 64 + i_j)] = (b90[(i_v * 64 + i_j)] + b89[((int64_t)b256[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b91[(i_v * 64 + i_j)] = (((b90[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b18[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b92[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b91[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b92[(i_v * 64 + i_c)] = (b92[(i_v * 64 + i_c)] + (f_a * b88[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b93[(i_v * 64 + i_j)] = ((b91[(i_v * 64 + i_j)] * 0.96225965f) + (b92[(i_v * 64 + i_j)] * 0.037740327f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b95[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(b93[(i_v * 64 + i_j)]), seed, 14ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(b93[(i_v * 64 + i_j)])) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add | mul */
void k73_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b18 = (float*)buffers[18]; /* t51 */
  float* restrict b94 = (float*)buffers[94]; /* convs.14.W */
  float* restrict b95 = (float*)buffers[95]; /* t216 */
  float* restrict b96 = (float*)buffers[96]; /* t218 */
  float* restrict b97 = (float*)buffers[97]; /* convs.14.s */
  float* restrict b98 = (float*)buffers[98]; /* t223 */
  float* restrict b99 = (float*)buffers[99]; /* t225 */
  float* restrict b101 = (float*)buffers[101]; /* t229 */
  int32_t* restrict b256 = (int32_t*)buffers[256]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b96[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b96[(i_v * 64 + i_j)] = (b96[(i_v * 64 + i_j)] + b95[((int64_t)b256[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b97[(i_v * 64 + i_j)] = (((b96[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b18[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b98[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b97[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b98[(i_v * 64 + i_c)] = (b98[(i_v * 64 + i_c)] + (f_a * b94[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b99[(i_v * 64 + i_j)] = ((b97[(i_v * 64 + i_j)] * 0.96490866f) + (b98[(i_v * 64 + i_j)] * 0.03509132f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b101[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(b99[(i_v * 64 + i_j)]), seed, 15ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(b99[(i_v * 64 + i_j)])) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add | mul */
void k78_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b18 = (float*)buffers[18]; /* t51 */
  float* restrict b100 = (float*)buffers[100]; /* convs.15.W */
  float* restrict b101 = (float*)buffers[101]; /* t229 */
  float* restrict b102 = (float*)buffers[102]; /* t231 */
  float* restrict b103 = (float*)buffers[103]; /* convs.15.s */
  float* restrict b104 = (float*)buffers[104]; /* t236 */
  float* restrict b105 = (float*)buffers[105]; /* t238 */
  float* restrict b107 = (float*)buffers[107]; /* t242 */
  int32_t* restrict b256 = (int32_t*)buffers[256]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b102[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b102[(i_v * 64 + i_j)] = (b102[(i_v * 64 + i_j)] + b101[((int64_t)b256[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b103[(i_v * 64 + i_j)] = (((b102[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b18[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b104[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b103[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b104[(i_v * 64 + i_c)] = (b104[(i_v * 64 + i_c)] + (f_a * b100[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b105[(i_v * 64 + i_j)] = ((b103[(i_v * 64 + i_j)] * 0.9672102f) + (b104[(i_v * 64 + i_j)] * 0.032789823f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b107[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(b105[(i_v * 64 + i_j)]), seed, 16ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(b105[(i_v * 64 + i_j)])) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add | dropout | matmul | add */
void k83_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b18 = (float*)buffers[18]; /* t51 */
  float* restrict b106 = (float*)buffers[106]; /* convs.16.W */
  float* restrict b107 = (float*)buffers[107]; /* t242 */
  float* restrict b108 = (float*)buffers[108]; /* t244 */
  float* restrict b109 = (float*)buffers[109]; /* convs.16.s */
  float* restrict b110 = (float*)buffers[110]; /* t249 */
  float* restrict b111 = (float*)buffers[111]; /* t251 */
  float* restrict b112 = (float*)buffers[112]; /* t253 */
  float* restrict b113 = (float*)buffers[113]; /* lin2.W */
  float* restrict b114 = (float*)buffers[114]; /* lin2.b */
  float* restrict b115 = (float*)buffers[115]; /* t256 */
  float* restrict b116 = (float*)buffers[116]; /* t257 */
  int32_t* restrict b256 = (int32_t*)buffers[256]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b108[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b108[(i_v * 64 + i_j)] = (b108[(i_v * 64 + i_j)] + b107[((int64_t)b256[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b109[(i_v * 64 + i_j)] = (((b108[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b18[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b110[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b109[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b110[(i_v * 64 + i_c)] = (b110[(i_v * 64 + i_c)] + (f_a * b106[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b111[(i_v * 64 + i_j)] = ((b109[(i_v * 64 + i_j)] * 0.9692283f) + (b110[(i_v * 64 + i_j)] * 0.030771658f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b112[(i_v * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_relu(b111[(i_v * 64 + i_j)]), seed, 17ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(b111[(i_v * 64 + i_j)]));
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b115[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b112[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b115[(i_v * s_C + i_c)] = (b115[(i_v * s_C + i_c)] + (f_a * b113[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b116[(i_v * s_C + i_j)] = (b115[(i_v * s_C + i_j)] + b114[i_j]);
      }
    }
  }
}

/* cross_entropy */
void k90_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b116 = (float*)buffers[116]; /* t257 */
  int32_t* restrict b117 = (int32_t*)buffers[117]; /* labels */
  float* restrict b118 = (float*)buffers[118]; /* train_mask */
  float* restrict b119 = (float*)buffers[119]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b118[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    if (b118[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b116[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b116[(i_v * s_C + i_c)] - f_top)));
      }
      f_loss = (f_loss + (b118[i_v] * ((f_top + gnnc_log(f_total)) - b116[(i_v * s_C + (int64_t)b117[i_v])])));
    }
  }
  b119[0] = 0.0f;
  if (f_count > 0.0f) {
    b119[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k91_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b116 = (float*)buffers[116]; /* t257 */
  int32_t* restrict b117 = (int32_t*)buffers[117]; /* labels */
  float* restrict b118 = (float*)buffers[118]; /* train_mask */
  float* restrict b120 = (float*)buffers[120]; /* t261 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b118[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, b116[(i_v * s_C + i_c)]);
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + gnnc_exp((b116[(i_v * s_C + i_c)] - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b120[(i_v * s_C + i_c)] = ((b118[i_v] * ((gnnc_exp((b116[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b117[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
    }
  }
}

/* sum_to */
void k92_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b120 = (float*)buffers[120]; /* t261 */
  float* restrict b121 = (float*)buffers[121]; /* grad.lin2.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b120[(i_k0 * s_C + (i_t % s_C))]);
    }
    b121[i_t] = f_acc;
  }
}

/* matmul_nt */
void k94_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b120 = (float*)buffers[120]; /* t261 */
  float* restrict b122 = (float*)buffers[122]; /* t263 */
  float* restrict b123 = (float*)buffers[123]; /* t263.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b122[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b120[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b122[(i_r * 64 + i_c)] = (b122[(i_r * 64 + i_c)] + (f_a * b123[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k95_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b112 = (float*)buffers[112]; /* t253 */
  float* restrict b120 = (float*)buffers[120]; /* t261 */
  float* restrict b124 = (float*)buffers[124]; /* grad.lin2.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b124[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b112[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b124[(i_k * s_C + i_c)] = (b124[(i_k * s_C + i_c)] + (f_a * b120[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* relu_grad | mul | matmul_nt */
void k96_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b111 = (float*)buffers[111]; /* t251 */
  float* restrict b122 = (float*)buffers[122]; /* t263 */
  float* restrict b125 = (float*)buffers[125]; /* t266 */
  float* restrict b126 = (float*)buffers[126]; /* t267 */
  float* restrict b127 = (float*)buffers[127]; /* t268 */
  float* restrict b128 = (float*)buffers[128]; /* t268.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b125[(i_r * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b122[(i_r * 64 + i_j)], seed, 17ULL, (uint64_t)((i_r * 64 + i_j)), 10066329ULL, 2.5f) : b122[(i_r * 64 + i_j)]), b111[(i_r * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b126[(i_r * 64 + i_j)] = (b125[(i_r * 64 + i_j)] * 0.030771658f);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b127[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b126[(i_r * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b127[(i_r * 64 + i_c)] = (b127[(i_r * 64 + i_c)] + (f_a * b128[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k100_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b109 = (float*)buffers[109]; /* convs.16.s */
  float* restrict b126 = (float*)buffers[126]; /* t267 */
  float* restrict b129 = (float*)buffers[129]; /* grad.convs.16.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b129[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b109[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b129[(i_k * 64 + i_c)] = (b129[(i_k * 64 + i_c)] + (f_a * b126[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* add | mul */
void k101_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b125 = (float*)buffers[125]; /* t266 */
  float* restrict b127 = (float*)buffers[127]; /* t268 */
  float* restrict b130 = (float*)buffers[130]; /* t271 */
  float* restrict b131 = (float*)buffers[131]; /* t274 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b130[(i_r * 64 + i_j)] = (b127[(i_r * 64 + i_j)] + (b125[(i_r * 64 + i_j)] * 0.9692283f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b131[(i_r * 64 + i_j)] = ((b130[(i_r * 64 + i_j)] * 0.9f) * b7[i_r]);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad | mul | matmul_nt */
void k103_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b105 = (float*)buffers[105]; /* t238 */
  float* restrict b131 = (float*)buffers[131]; /* t274 */
  float* restrict b132 = (float*)buffers[132]; /* t277 */
  float* restrict b133 = (float*)buffers[133]; /* t279 */
  float* restrict b134 = (float*)buffers[134]; /* t280 */
  float* restrict b135 = (float*)buffers[135]; /* t281 */
  float* restrict b136 = (float*)buffers[136]; /* t281.wt */
  int32_t* restrict b257 = (int32_t*)buffers[257]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b132[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b132[(i_v * 64 + i_j)] = (b132[(i_v * 64 + i_j)] + (b131[((int64_t)b257[i_q] * 64 + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b133[(i_v * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b132[(i_v * 64 + i_j)], seed, 16ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b132[(i_v * 64 + i_j)]), b105[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b134[(i_v * 64 + i_j)] = (b133[(i_v * 64 + i_j)] * 0.032789823f);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b135[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b134[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b135[(i_v * 64 + i_c)] = (b135[(i_v * 64 + i_c)] + (f_a * b136[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k108_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b103 = (float*)buffers[103]; /* convs.15.s */
  float* restrict b134 = (float*)buffers[134]; /* t280 */
  float* restrict b137 = (float*)buffers[137]; /* grad.convs.15.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b137[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b103[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b137[(i_k * 64 + i_c)] = (b137[(i_k * 64 + i_c)] + (f_a * b134[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* add | mul */
void k109_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b133 = (float*)buffers[133]; /* t279 */
  float* restrict b135 = (float*)buffers[135]; /* t281 */
  float* restrict b138 = (float*)buffers[138]; /* t284 */
  float* restrict b139 = (float*)buffers[139]; /* t288 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b138[(i_r * 64 + i_j)] = (b135[(i_r * 64 + i_j)] + (b133[(i_r * 64 + i_j)] * 0.9672102f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b139[(i_r * 64 + i_j)] = ((b138[(i_r * 64 + i_j)] * 0.9f) * b7[i_r]);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad | mul | matmul_nt */
void k111_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b99 = (float*)buffers[99]; /* t225 */
  float* restrict b139 = (float*)buffers[139]; /* t288 */
  float* restrict b140 = (float*)buffers[140]; /* t291 */
  float* restrict b141 = (float*)buffers[141]; /* t293 */
  float* restrict b142 = (float*)buffers[142]; /* t294 */
  float* restrict b143 = (float*)buffers[143]; /* t295 */
  float* restrict b144 = (float*)buffers[144]; /* t295.wt */
  int32_t* restrict b257 = (int32_t*)buffers[257]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b140[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b140[(i_v * 64 + i_j)] = (b140[(i_v * 64 + i_j)] + (b139[((int64_t)b257[i_q] * 64 + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b141[(i_v * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b140[(i_v * 64 + i_j)], seed, 15ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b140[(i_v * 64 + i_j)]), b99[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b142[(i_v * 64 + i_j)] = (b141[(i_v * 64 + i_j)] * 0.03509132f);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b143[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b142[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b143[(i_v * 64 + i_c)] = (b143[(i_v * 64 + i_c)] + (f_a * b144[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k116_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b97 = (float*)buffers[97]; /* convs.14.s */
  float* restrict b142 = (float*)buffers[142]; /* t294 */
  float* restrict b145 = (float*)buffers[145]; /* grad.convs.14.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b145[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b97[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b145[(i_k * 64 + i_c)] = (b145[(i_k * 64 + i_c)] + (f_a * b142[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* add | mul */
void k117_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b141 = (float*)buffers[141]; /* t293 */
  float* restrict b143 = (float*)buffers[143]; /* t295 */
  float* restrict b146 = (float*)buffers[146]; /* t298 */
  float* restrict b147 = (float*)buffers[147]; /* t302 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b146[(i_r * 64 + i_j)] = (b143[(i_r * 64 + i_j)] + (b141[(i_r * 64 + i_j)] * 0.96490866f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b147[(i_r * 64 + i_j)] = ((b146[(i_r * 64 + i_j)] * 0.9f) * b7[i_r]);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad | mul | matmul_nt */
void k119_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b93 = (float*)buffers[93]; /* t212 */
  float* restrict b147 = (float*)buffers[147]; /* t302 */
  float* restrict b148 = (float*)buffers[148]; /* t305 */
  float* restrict b149 = (float*)buffers[149]; /* t307 */
  float* restrict b150 = (float*)buffers[150]; /* t308 */
  float* restrict b151 = (float*)buffers[151]; /* t309 */
  float* restrict b152 = (float*)buffers[152]; /* t309.wt */
  int32_t* restrict b257 = (int32_t*)buffers[257]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b148[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b148[(i_v * 64 + i_j)] = (b148[(i_v * 64 + i_j)] + (b147[((int64_t)b257[i_q] * 64 + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b149[(i_v * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b148[(i_v * 64 + i_j)], seed, 14ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b148[(i_v * 64 + i_j)]), b93[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b150[(i_v * 64 + i_j)] = (b149[(i_v * 64 + i_j)] * 0.037740327f);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b151[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b150[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b151[(i_v * 64 + i_c)] = (b151[(i_v * 64 + i_c)] + (f_a * b152[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k124_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b91 = (float*)buffers[91]; /* convs.13.s */
  float* restrict b150 = (float*)buffers[150]; /* t308 */
  float* restrict b153 = (float*)buffers[153]; /* grad.convs.13.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b153[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b91[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b153[(i_k * 64 + i_c)] = (b153[(i_k * 64 + i_c)] + (f_a * b150[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* add | mul */
void k125_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b149 = (float*)buffers[149]; /* t307 */
  float* restrict b151 = (float*)buffers[151]; /* t309 */
  float* restrict b154 = (float*)buffers[154]; /* t312 */
  float* restrict b155 = (float*)buffers[155]; /* t316 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b154[(i_r * 64 + i_j)] = (b151[(i_r * 64 + i_j)] + (b149[(i_r * 64 + i_j)] * 0.96225965f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b155[(i_r * 64 + i_j)] = ((b154[(i_r * 64 + i_j)] * 0.9f) * b7[i_r]);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad | mul | matmul_nt */
void k127_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b87 = (float*)buffers[87]; /* t199 */
  float* restrict b155 = (float*)buffers[155]; /* t316 */
  float* restrict b156 = (float*)buffers[156]; /* t319 */
  float* restrict b157 = (float*)buffers[157]; /* t321 */
  float* restrict b158 = (float*)buffers[158]; /* t322 */
  float* restrict b159 = (float*)buffers[159]; /* t323 */
  float* restrict b160 = (float*)buffers[160]; /* t323.wt */
  int32_t* restrict b257 = (int32_t*)buffers[257]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b156[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b156[(i_v * 64 + i_j)] = (b156[(i_v * 64 + i_j)] + (b155[((int64_t)b257[i_q] * 64 + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b157[(i_v * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b156[(i_v * 64 + i_j)], seed, 13ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b156[(i_v * 64 + i_j)]), b87[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b158[(i_v * 64 + i_j)] = (b157[(i_v * 64 + i_j)] * 0.040821996f);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b159[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b158[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b159[(i_v * 64 + i_c)] = (b159[(i_v * 64 + i_c)] + (f_a * b160[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k132_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b85 = (float*)buffers[85]; /* convs.12.s */
  float* restrict b158 = (float*)buffers[158]; /* t322 */
  float* restrict b161 = (float*)buffers[161]; /* grad.convs.12.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b161[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b85[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b161[(i_k * 64 + i_c)] = (b161[(i_k * 64 + i_c)] + (f_a * b158[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* add | mul */
void k133_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b157 = (float*)buffers[157]; /* t321 */
  float* restrict b159 = (float*)buffers[159]; /* t323 */
  float* restrict b162 = (float*)buffers[162]; /* t326 */
  float* restrict b163 = (float*)buffers[163]; /* t330 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b162[(i_r * 64 + i_j)] = (b159[(i_r * 64 + i_j)] + (b157[(i_r * 64 + i_j)] * 0.95917803f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b163[(i_r * 64 + i_j)] = ((b162[(i_r * 64 + i_j)] * 0.9f) * b7[i_r]);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad | mul | matmul_nt */
void k135_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b81 = (float*)buffers[81]; /* t186 */
  float* restrict b163 = (float*)buffers[163]; /* t330 */
  float* restrict b164 = (float*)buffers[164]; /* t333 */
  float* restrict b165 = (float*)buffers[165]; /* t335 */
  float* restrict b166 = (float*)buffers[166]; /* t336 */
  float* restrict b167 = (float*)buffers[167]; /* t337 */
  float* restrict b168 = (float*)buffers[168]; /* t337.wt */
  int32_t* restrict b257 = (int32_t*)buffers[257]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b164[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b164[(i_v * 64 + i_j)] = (b164[(i_v * 64 + i_j)] + (b163[((int64_t)b257[i_q] * 64 + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b165[(i_v * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b164[(i_v * 64 + i_j)], seed, 12ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b164[(i_v * 64 + i_j)]), b81[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b166[(i_v * 64 + i_j)] = (b165[(i_v * 64 + i_j)] * 0.044451762f);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b167[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b166[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b167[(i_v * 64 + i_c)] = (b167[(i_v * 64 + i_c)] + (f_a * b168[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k140_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b79 = (float*)buffers[79]; /* convs.11.s */
  float* restrict b166 = (float*)buffers[166]; /* t336 */
  float* restrict b169 = (float*)buffers[169]; /* grad.convs.11.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b169[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b79[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b169[(i_k * 64 + i_c)] = (b169[(i_k * 64 + i_c)] + (f_a * b166[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* add | mul */
void k141_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b165 = (float*)buffers[165]; /* t335 */
  float* restrict b167 = (float*)buffers[167]; /* t337 */
  float* restrict b170 = (float*)buffers[170]; /* t340 */
  float* restrict b171 = (float*)buffers[171]; /* t344 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b170[(i_r * 64 + i_j)] = (b167[(i_r * 64 + i_j)] + (b165[(i_r * 64 + i_j)] * 0.9555482f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b171[(i_r * 64 + i_j)] = ((b170[(i_r * 64 + i_j)] * 0.9f) * b7[i_r]);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad | mul | matmul_nt */
void k143_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b75 = (float*)buffers[75]; /* t173 */
  float* restrict b171 = (float*)buffers[171]; /* t344 */
  float* restrict b172 = (float*)buffers[172]; /* t347 */
  float* restrict b173 = (float*)buffers[173]; /* t349 */
  float* restrict b174 = (float*)buffers[174]; /* t350 */
  float* restrict b175 = (float*)buffers[175]; /* t351 */
  float* restrict b176 = (float*)buffers[176]; /* t351.wt */
  int32_t* restrict b257 = (int32_t*)buffers[257]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b172[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b172[(i_v * 64 + i_j)] = (b172[(i_v * 64 + i_j)] + (b171[((int64_t)b257[i_q] * 64 + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b173[(i_v * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b172[(i_v * 64 + i_j)], seed, 11ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b172[(i_v * 64 + i_j)]), b75[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b174[(i_v * 64 + i_j)] = (b173[(i_v * 64 + i_j)] * 0.048790164f);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b175[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b174[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b175[(i_v * 64 + i_c)] = (b175[(i_v * 64 + i_c)] + (f_a * b176[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k148_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b73 = (float*)buffers[73]; /* convs.10.s */
  float* restrict b174 = (float*)buffers[174]; /* t350 */
  float* restrict b177 = (float*)buffers[177]; /* grad.convs.10.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b177[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b73[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b177[(i_k * 64 + i_c)] = (b177[(i_k * 64 + i_c)] + (f_a * b174[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* add | mul */
void k149_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b173 = (float*)buffers[173]; /* t349 */
  float* restrict b175 = (float*)buffers[175]; /* t351 */
  float* restrict b178 = (float*)buffers[178]; /* t354 */
  float* restrict b179 = (float*)buffers[179]; /* t358 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b178[(i_r * 64 + i_j)] = (b175[(i_r * 64 + i_j)] + (b173[(i_r * 64 + i_j)] * 0.95120984f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b179[(i_r * 64 + i_j)] = ((b178[(i_r * 64 + i_j)] * 0.9f) * b7[i_r]);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad | mul | matmul_nt */
void k151_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b69 = (float*)buffers[69]; /* t160 */
  float* restrict b179 = (float*)buffers[179]; /* t358 */
  float* restrict b180 = (float*)buffers[180]; /* t361 */
  float* restrict b181 = (float*)buffers[181]; /* t363 */
  float* restrict b182 = (float*)buffers[182]; /* t364 */
  float* restrict b183 = (float*)buffers[183]; /* t365 */
  float* restrict b184 = (float*)buffers[184]; /* t365.wt */
  int32_t* restrict b257 = (int32_t*)buffers[257]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b180[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b180[(i_v * 64 + i_j)] = (b180[(i_v * 64 + i_j)] + (b179[((int64_t)b257[i_q] * 64 + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b181[(i_v * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b180[(i_v * 64 + i_j)], seed, 10ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b180[(i_v * 64 + i_j)]), b69[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b182[(i_v * 64 + i_j)] = (b181[(i_v * 64 + i_j)] * 0.05406722f);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b183[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b182[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b183[(i_v * 64 + i_c)] = (b183[(i_v * 64 + i_c)] + (f_a * b184[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k156_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b67 = (float*)buffers[67]; /* convs.9.s */
  float* restrict b182 = (float*)buffers[182]; /* t364 */
  float* restrict b185 = (float*)buffers[185]; /* grad.convs.9.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b185[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b67[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b185[(i_k * 64 + i_c)] = (b185[(i_k * 64 + i_c)] + (f_a * b182[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* add | mul */
void k157_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b181 = (float*)buffers[181]; /* t363 */
  float* restrict b183 = (float*)buffers[183]; /* t365 */
  float* restrict b186 = (float*)buffers[186]; /* t368 */
  float* restrict b187 = (float*)buffers[187]; /* t372 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b186[(i_r * 64 + i_j)] = (b183[(i_r * 64 + i_j)] + (b181[(i_r * 64 + i_j)] * 0.9459328f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b187[(i_r * 64 + i_j)] = ((b186[(i_r * 64 + i_j)] * 0.9f) * b7[i_r]);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad | mul | matmul_nt */
void k159_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b63 = (float*)buffers[63]; /* t147 */
  float* restrict b187 = (float*)buffers[187]; /* t372 */
  float* restrict b188 = (float*)buffers[188]; /* t375 */
  float* restrict b189 = (float*)buffers[189]; /* t377 */
  float* restrict b190 = (float*)buffers[190]; /* t378 */
  float* restrict b191 = (float*)buffers[191]; /* t379 */
  float* restrict b192 = (float*)buffers[192]; /* t379.wt */
  int32_t* restrict b257 = (int32_t*)buffers[257]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b188[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b188[(i_v * 64 + i_j)] = (b188[(i_v * 64 + i_j)] + (b187[((int64_t)b257[i_q] * 64 + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b189[(i_v * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b188[(i_v * 64 + i_j)], seed, 9ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b188[(i_v * 64 + i_j)]), b63[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b190[(i_v * 64 + i_j)] = (b189[(i_v * 64 + i_j)] * 0.06062462f);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b191[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b190[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b191[(i_v * 64 + i_c)] = (b191[(i_v * 64 + i_c)] + (f_a * b192[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k164_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b61 = (float*)buffers[61]; /* convs.8.s */
  float* restrict b190 = (float*)buffers[190]; /* t378 */
  float* restrict b193 = (float*)buffers[193]; /* grad.convs.8.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b193[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b61[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b193[(i_k * 64 + i_c)] = (b193[(i_k * 64 + i_c)] + (f_a * b190[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* add | mul */
void k165_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b189 = (float*)buffers[189]; /* t377 */
  float* restrict b191 = (float*)buffers[191]; /* t379 */
  float* restrict b194 = (float*)buffers[194]; /* t382 */
  float* restrict b195 = (float*)buffers[195]; /* t386 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b194[(i_r * 64 + i_j)] = (b191[(i_r * 64 + i_j)] + (b189[(i_r * 64 + i_j)] * 0.9393754f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b195[(i_r * 64 + i_j)] = ((b194[(i_r * 64 + i_j)] * 0.9f) * b7[i_r]);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad | mul | matmul_nt */
void k167_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b57 = (float*)buffers[57]; /* t134 */
  float* restrict b195 = (float*)buffers[195]; /* t386 */
  float* restrict b196 = (float*)buffers[196]; /* t389 */
  float* restrict b197 = (float*)buffers[197]; /* t391 */
  float* restrict b198 = (float*)buffers[198]; /* t392 */
  float* restrict b199 = (float*)buffers[199]; /* t393 */
  float* restrict b200 = (float*)buffers[200]; /* t393.wt */
  int32_t* restrict b257 = (int32_t*)buffers[257]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b196[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b196[(i_v * 64 + i_j)] = (b196[(i_v * 64 + i_j)] + (b195[((int64_t)b257[i_q] * 64 + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b197[(i_v * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b196[(i_v * 64 + i_j)], seed, 8ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b196[(i_v * 64 + i_j)]), b57[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b198[(i_v * 64 + i_j)] = (b197[(i_v * 64 + i_j)] * 0.06899287f);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b199[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b198[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b199[(i_v * 64 + i_c)] = (b199[(i_v * 64 + i_c)] + (f_a * b200[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k172_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b55 = (float*)buffers[55]; /* convs.7.s */
  float* restrict b198 = (float*)buffers[198]; /* t392 */
  float* restrict b201 = (float*)buffers[201]; /* grad.convs.7.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b201[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b55[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b201[(i_k * 64 + i_c)] = (b201[(i_k * 64 + i_c)] + (f_a * b198[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* add | mul */
void k173_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b197 = (float*)buffers[197]; /* t391 */
  float* restrict b199 = (float*)buffers[199]; /* t393 */
  float* restrict b202 = (float*)buffers[202]; /* t396 */
  float* restrict b203 = (float*)buffers[203]; /* t400 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b202[(i_r * 64 + i_j)] = (b199[(i_r * 64 + i_j)] + (b197[(i_r * 64 + i_j)] * 0.93100715f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b203[(i_r * 64 + i_j)] = ((b202[(i_r * 64 + i_j)] * 0.9f) * b7[i_r]);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad | mul | matmul_nt */
void k175_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b51 = (float*)buffers[51]; /* t121 */
  float* restrict b203 = (float*)buffers[203]; /* t400 */
  float* restrict b204 = (float*)buffers[204]; /* t403 */
  float* restrict b205 = (float*)buffers[205]; /* t405 */
  float* restrict b206 = (float*)buffers[206]; /* t406 */
  float* restrict b207 = (float*)buffers[207]; /* t407 */
  float* restrict b208 = (float*)buffers[208]; /* t407.wt */
  int32_t* restrict b257 = (int32_t*)buffers[257]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b204[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b204[(i_v * 64 + i_j)] = (b204[(i_v * 64 + i_j)] + (b203[((int64_t)b257[i_q] * 64 + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b205[(i_v * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b204[(i_v * 64 + i_j)], seed, 7ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b204[(i_v * 64 + i_j)]), b51[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b206[(i_v * 64 + i_j)] = (b205[(i_v * 64 + i_j)] * 0.080042705f);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b207[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b206[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b207[(i_v * 64 + i_c)] = (b207[(i_v * 64 + i_c)] + (f_a * b208[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k180_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b49 = (float*)buffers[49]; /* convs.6.s */
  float* restrict b206 = (float*)buffers[206]; /* t406 */
  float* restrict b209 = (float*)buffers[209]; /* grad.convs.6.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b209[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b49[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b209[(i_k * 64 + i_c)] = (b209[(i_k * 64 + i_c)] + (f_a * b206[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* add | mul */
void k181_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b205 = (float*)buffers[205]; /* t405 */
  float* restrict b207 = (float*)buffers[207]; /* t407 */
  float* restrict b210 = (float*)buffers[210]; /* t410 */
  float* restrict b211 = (float*)buffers[211]; /* t414 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b210[(i_r * 64 + i_j)] = (b207[(i_r * 64 + i_j)] + (b205[(i_r * 64 + i_j)] * 0.9199573f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b211[(i_r * 64 + i_j)] = ((b210[(i_r * 64 + i_j)] * 0.9f) * b7[i_r]);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad | mul | matmul_nt */
void k183_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b45 = (float*)buffers[45]; /* t108 */
  float* restrict b211 = (float*)buffers[211]; /* t414 */
  float* restrict b212 = (float*)buffers[212]; /* t417 */
  float* restrict b213 = (float*)buffers[213]; /* t419 */
  float* restrict b214 = (float*)buffers[214]; /* t420 */
  float* restrict b215 = (float*)buffers[215]; /* t421 */
  float* restrict b216 = (float*)buffers[216]; /* t421.wt */
  int32_t* restrict b257 = (int32_t*)buffers[257]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b212[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b212[(i_v * 64 + i_j)] = (b212[(i_v * 64 + i_j)] + (b211[((int64_t)b257[i_q] * 64 + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b213[(i_v * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b212[(i_v * 64 + i_j)], seed, 6ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b212[(i_v * 64 + i_j)]), b45[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b214[(i_v * 64 + i_j)] = (b213[(i_v * 64 + i_j)] * 0.09531018f);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b215[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b214[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b215[(i_v * 64 + i_c)] = (b215[(i_v * 64 + i_c)] + (f_a * b216[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k188_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b43 = (float*)buffers[43]; /* convs.5.s */
  float* restrict b214 = (float*)buffers[214]; /* t420 */
  float* restrict b217 = (float*)buffers[217]; /* grad.convs.5.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b217[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b43[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b217[(i_k * 64 + i_c)] = (b217[(i_k * 64 + i_c)] + (f_a * b214[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* add | mul */
void k189_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b213 = (float*)buffers[213]; /* t419 */
  float* restrict b215 = (float*)buffers[215]; /* t421 */
  float* restrict b218 = (float*)buffers[218]; /* t424 */
  float* restrict b219 = (float*)buffers[219]; /* t428 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b218[(i_r * 64 + i_j)] = (b215[(i_r * 64 + i_j)] + (b213[(i_r * 64 + i_j)] * 0.90468985f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b219[(i_r * 64 + i_j)] = ((b218[(i_r * 64 + i_j)] * 0.9f) * b7[i_r]);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad | mul | matmul_nt */
void k191_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b39 = (float*)buffers[39]; /* t95 */
  float* restrict b219 = (float*)buffers[219]; /* t428 */
  float* restrict b220 = (float*)buffers[220]; /* t431 */
  float* restrict b221 = (float*)buffers[221]; /* t433 */
  float* restrict b222 = (float*)buffers[222]; /* t434 */
  float* restrict b223 = (float*)buffers[223]; /* t435 */
  float* restrict b224 = (float*)buffers[224]; /* t435.wt */
  int32_t* restrict b257 = (int32_t*)buffers[257]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b220[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b220[(i_v * 64 + i_j)] = (b220[(i_v * 64 + i_j)] + (b219[((int64_t)b257[i_q] * 64 + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b221[(i_v * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b220[(i_v * 64 + i_j)], seed, 5ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b220[(i_v * 64 + i_j)]), b39[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b222[(i_v * 64 + i_j)] = (b221[(i_v * 64 + i_j)] * 0.11778303f);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b223[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b222[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b223[(i_v * 64 + i_c)] = (b223[(i_v * 64 + i_c)] + (f_a * b224[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k196_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b37 = (float*)buffers[37]; /* convs.4.s */
  float* restrict b222 = (float*)buffers[222]; /* t434 */
  float* restrict b225 = (float*)buffers[225]; /* grad.convs.4.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b225[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b37[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b225[(i_k * 64 + i_c)] = (b225[(i_k * 64 + i_c)] + (f_a * b222[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* add | mul */
void k197_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b221 = (float*)buffers[221]; /* t433 */
  float* restrict b223 = (float*)buffers[223]; /* t435 */
  float* restrict b226 = (float*)buffers[226]; /* t438 */
  float* restrict b227 = (float*)buffers[227]; /* t442 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b226[(i_r * 64 + i_j)] = (b223[(i_r * 64 + i_j)] + (b221[(i_r * 64 + i_j)] * 0.882217f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b227[(i_r * 64 + i_j)] = ((b226[(i_r * 64 + i_j)] * 0.9f) * b7[i_r]);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad | mul | matmul_nt */
void k199_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b33 = (float*)buffers[33]; /* t82 */
  float* restrict b227 = (float*)buffers[227]; /* t442 */
  float* restrict b228 = (float*)buffers[228]; /* t445 */
  float* restrict b229 = (float*)buffers[229]; /* t447 */
  float* restrict b230 = (float*)buffers[230]; /* t448 */
  float* restrict b231 = (float*)buffers[231]; /* t449 */
  float* restrict b232 = (float*)buffers[232]; /* t449.wt */
  int32_t* restrict b257 = (int32_t*)buffers[257]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b228[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b228[(i_v * 64 + i_j)] = (b228[(i_v * 64 + i_j)] + (b227[((int64_t)b257[i_q] * 64 + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b229[(i_v * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b228[(i_v * 64 + i_j)], seed, 4ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b228[(i_v * 64 + i_j)]), b33[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b230[(i_v * 64 + i_j)] = (b229[(i_v * 64 + i_j)] * 0.15415068f);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b231[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b230[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b231[(i_v * 64 + i_c)] = (b231[(i_v * 64 + i_c)] + (f_a * b232[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k204_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b31 = (float*)buffers[31]; /* convs.3.s */
  float* restrict b230 = (float*)buffers[230]; /* t448 */
  float* restrict b233 = (float*)buffers[233]; /* grad.convs.3.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b233[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b31[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b233[(i_k * 64 + i_c)] = (b233[(i_k * 64 + i_c)] + (f_a * b230[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* add | mul */
void k205_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b229 = (float*)buffers[229]; /* t447 */
  float* restrict b231 = (float*)buffers[231]; /* t449 */
  float* restrict b234 = (float*)buffers[234]; /* t452 */
  float* restrict b235 = (float*)buffers[235]; /* t456 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b234[(i_r * 64 + i_j)] = (b231[(i_r * 64 + i_j)] + (b229[(i_r * 64 + i_j)] * 0.84584934f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b235[(i_r * 64 + i_j)] = ((b234[(i_r * 64 + i_j)] * 0.9f) * b7[i_r]);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad | mul | matmul_nt */
void k207_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b27 = (float*)buffers[27]; /* t69 */
  float* restrict b235 = (float*)buffers[235]; /* t456 */
  float* restrict b236 = (float*)buffers[236]; /* t459 */
  float* restrict b237 = (float*)buffers[237]; /* t461 */
  float* restrict b238 = (float*)buffers[238]; /* t462 */
  float* restrict b239 = (float*)buffers[239]; /* t463 */
  float* restrict b240 = (float*)buffers[240]; /* t463.wt */
  int32_t* restrict b257 = (int32_t*)buffers[257]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b236[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b236[(i_v * 64 + i_j)] = (b236[(i_v * 64 + i_j)] + (b235[((int64_t)b257[i_q] * 64 + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b237[(i_v * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b236[(i_v * 64 + i_j)], seed, 3ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b236[(i_v * 64 + i_j)]), b27[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b238[(i_v * 64 + i_j)] = (b237[(i_v * 64 + i_j)] * 0.22314355f);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b239[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b238[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b239[(i_v * 64 + i_c)] = (b239[(i_v * 64 + i_c)] + (f_a * b240[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k212_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b25 = (float*)buffers[25]; /* convs.2.s */
  float* restrict b238 = (float*)buffers[238]; /* t462 */
  float* restrict b241 = (float*)buffers[241]; /* grad.convs.2.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b241[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b25[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b241[(i_k * 64 + i_c)] = (b241[(i_k * 64 + i_c)] + (f_a * b238[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* add | mul */
void k213_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b237 = (float*)buffers[237]; /* t461 */
  float* restrict b239 = (float*)buffers[239]; /* t463 */
  float* restrict b242 = (float*)buffers[242]; /* t466 */
  float* restrict b243 = (float*)buffers[243]; /* t470 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b242[(i_r * 64 + i_j)] = (b239[(i_r * 64 + i_j)] + (b237[(i_r * 64 + i_j)] * 0.7768564f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b243[(i_r * 64 + i_j)] = ((b242[(i_r * 64 + i_j)] * 0.9f) * b7[i_r]);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad | mul | matmul_nt */
void k215_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b21 = (float*)buffers[21]; /* t56 */
  float* restrict b243 = (float*)buffers[243]; /* t470 */
  float* restrict b244 = (float*)buffers[244]; /* t473 */
  float* restrict b245 = (float*)buffers[245]; /* t475 */
  float* restrict b246 = (float*)buffers[246]; /* t476 */
  float* restrict b247 = (float*)buffers[247]; /* t477 */
  float* restrict b248 = (float*)buffers[248]; /* t477.wt */
  int32_t* restrict b257 = (int32_t*)buffers[257]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b244[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b244[(i_v * 64 + i_j)] = (b244[(i_v * 64 + i_j)] + (b243[((int64_t)b257[i_q] * 64 + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b245[(i_v * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b244[(i_v * 64 + i_j)], seed, 2ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b244[(i_v * 64 + i_j)]), b21[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b246[(i_v * 64 + i_j)] = (b245[(i_v * 64 + i_j)] * 0.4054651f);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b247[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b246[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b247[(i_v * 64 + i_c)] = (b247[(i_v * 64 + i_c)] + (f_a * b248[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k220_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b19 = (float*)buffers[19]; /* convs.1.s */
  float* restrict b246 = (float*)buffers[246]; /* t476 */
  float* restrict b249 = (float*)buffers[249]; /* grad.convs.1.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b249[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b19[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b249[(i_k * 64 + i_c)] = (b249[(i_k * 64 + i_c)] + (f_a * b246[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* add | mul */
void k221_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b245 = (float*)buffers[245]; /* t475 */
  float* restrict b247 = (float*)buffers[247]; /* t477 */
  float* restrict b250 = (float*)buffers[250]; /* t480 */
  float* restrict b251 = (float*)buffers[251]; /* t484 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b250[(i_r * 64 + i_j)] = (b247[(i_r * 64 + i_j)] + (b245[(i_r * 64 + i_j)] * 0.5945349f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b251[(i_r * 64 + i_j)] = ((b250[(i_r * 64 + i_j)] * 0.9f) * b7[i_r]);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad */
void k223_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b13 = (float*)buffers[13]; /* t42 */
  float* restrict b130 = (float*)buffers[130]; /* t271 */
  float* restrict b138 = (float*)buffers[138]; /* t284 */
  float* restrict b146 = (float*)buffers[146]; /* t298 */
  float* restrict b154 = (float*)buffers[154]; /* t312 */
  float* restrict b162 = (float*)buffers[162]; /* t326 */
  float* restrict b170 = (float*)buffers[170]; /* t340 */
  float* restrict b178 = (float*)buffers[178]; /* t354 */
  float* restrict b186 = (float*)buffers[186]; /* t368 */
  float* restrict b194 = (float*)buffers[194]; /* t382 */
  float* restrict b202 = (float*)buffers[202]; /* t396 */
  float* restrict b210 = (float*)buffers[210]; /* t410 */
  float* restrict b218 = (float*)buffers[218]; /* t424 */
  float* restrict b226 = (float*)buffers[226]; /* t438 */
  float* restrict b234 = (float*)buffers[234]; /* t452 */
  float* restrict b242 = (float*)buffers[242]; /* t466 */
  float* restrict b250 = (float*)buffers[250]; /* t480 */
  float* restrict b251 = (float*)buffers[251]; /* t484 */
  float* restrict b252 = (float*)buffers[252]; /* t487 */
  float* restrict b253 = (float*)buffers[253]; /* t490 */
  int32_t* restrict b257 = (int32_t*)buffers[257]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b252[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b252[(i_v * 64 + i_j)] = (b252[(i_v * 64 + i_j)] + (b251[((int64_t)b257[i_q] * 64 + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b253[(i_v * 64 + i_j)] = gnnc_relu_grad((((((((((((((((((b130[(i_v * 64 + i_j)] * 0.1f) + (b138[(i_v * 64 + i_j)] * 0.1f)) + (b146[(i_v * 64 + i_j)] * 0.1f)) + (b154[(i_v * 64 + i_j)] * 0.1f)) + (b162[(i_v * 64 + i_j)] * 0.1f)) + (b170[(i_v * 64 + i_j)] * 0.1f)) + (b178[(i_v * 64 + i_j)] * 0.1f)) + (b186[(i_v * 64 + i_j)] * 0.1f)) + (b194[(i_v * 64 + i_j)] * 0.1f)) + (b202[(i_v * 64 + i_j)] * 0.1f)) + (b210[(i_v * 64 + i_j)] * 0.1f)) + (b218[(i_v * 64 + i_j)] * 0.1f)) + (b226[(i_v * 64 + i_j)] * 0.1f)) + (b234[(i_v * 64 + i_j)] * 0.1f)) + (b242[(i_v * 64 + i_j)] * 0.1f)) + (b250[(i_v * 64 + i_j)] * 0.1f)) + (training ? gnnc_dropout_mul(b252[(i_v * 64 + i_j)], seed, 1ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b252[(i_v * 64 + i_j)])), b13[(i_v * 64 + i_j)]);
      }
    }
  }
}

/* sum_to */
void k225_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b253 = (float*)buffers[253]; /* t490 */
  float* restrict b254 = (float*)buffers[254]; /* grad.lin1.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b253[(i_k0 * 64 + (i_t % 64))]);
    }
    b254[i_t] = f_acc;
  }
}

/* matmul_tn */
void k226_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b9 = (float*)buffers[9]; /* t38 */
  float* restrict b253 = (float*)buffers[253]; /* t490 */
  float* restrict b255 = (float*)buffers[255]; /* grad.lin1.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b255[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b9[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b255[(i_k * 64 + i_c)] = (b255[(i_k * 64 + i_c)] + (f_a * b253[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}
