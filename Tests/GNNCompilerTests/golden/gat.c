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
GNNC_INLINE float gnnc_leaky_relu(float x, float slope) { return x > 0.0f ? x : slope * x; }
GNNC_INLINE float gnnc_elu(float x, float alpha) { return x > 0.0f ? x : alpha * (expf(x) - 1.0f); }
GNNC_INLINE float gnnc_exp(float x) { return expf(x); }
/* program GAT: 29 buffers, 6 kernels */

/* matmul | rowsum | rowsum */
void k0_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b6 = (float*)buffers[6]; /* x */
  float* restrict b7 = (float*)buffers[7]; /* conv1.W */
  float* restrict b8 = (float*)buffers[8]; /* conv1.att_src */
  float* restrict b9 = (float*)buffers[9]; /* conv1.att_dst */
  float* restrict b11 = (float*)buffers[11]; /* t6 */
  float* restrict b12 = (float*)buffers[12]; /* t9 */
  float* restrict b13 = (float*)buffers[13]; /* t12 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b11[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = (training ? gnnc_dropout_mul(b6[(i_r * s_F + i_k)], seed, 0ULL, (uint64_t)((i_r * s_F + i_k)), 10066329ULL, 2.5f) : b6[(i_r * s_F + i_k)]);
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b11[(i_r * 64 + i_c)] = (b11[(i_r * 64 + i_c)] + (f_a * b7[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < 8; i_k++) {
          f_acc = (f_acc + (b11[(i_r * 64 + (i_j * 8 + i_k))] * b8[(i_j * 8 + i_k)]));
        }
        b12[(i_r * 8 + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < 8; i_k++) {
          f_acc = (f_acc + (b11[(i_r * 64 + (i_j * 8 + i_k))] * b9[(i_j * 8 + i_k)]));
        }
        b13[(i_r * 8 + i_j)] = f_acc;
      }
    }
  }
}

/* leaky_relu */
void k3_leaky_relu(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b12 = (float*)buffers[12]; /* t9 */
  float* restrict b13 = (float*)buffers[13]; /* t12 */
  float* restrict b14 = (float*)buffers[14]; /* conv1.s */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      b14[(i_r * 8 + i_j)] = gnnc_leaky_relu((b12[((int64_t)b0[i_r] * 8 + i_j)] + b13[((int64_t)b1[i_r] * 8 + i_j)]), 0.2f);
    }
  }
}

/* edge_softmax + aggregate.dst.sum (online softmax) | add | matmul | rowsum | rowsum */
void k4_edge_softmax_aggregate(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b10 = (float*)buffers[10]; /* conv1.b */
  float* restrict b11 = (float*)buffers[11]; /* t6 */
  float* restrict b14 = (float*)buffers[14]; /* conv1.s */
  float* restrict b15 = (float*)buffers[15]; /* t20 */
  float* restrict b16 = (float*)buffers[16]; /* h1 */
  float* restrict b17 = (float*)buffers[17]; /* conv2.W */
  float* restrict b18 = (float*)buffers[18]; /* conv2.att_src */
  float* restrict b19 = (float*)buffers[19]; /* conv2.att_dst */
  float* restrict b21 = (float*)buffers[21]; /* t29 */
  float* restrict b22 = (float*)buffers[22]; /* t32 */
  float* restrict b23 = (float*)buffers[23]; /* t35 */
  int32_t* restrict b28 = (int32_t*)buffers[28]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_h = 0; i_h < 8; i_h++) {
        float f_top = (-INFINITY);
        float f_total = 0.0f;
        for (int64_t i_f = 0; i_f < 8; i_f++) {
          b15[(i_v * 64 + (i_h * 8 + i_f))] = 0.0f;
        }
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          float f_score = b14[(i_e * 8 + (i_h % 8))];
          float f_next = fmaxf(f_top, f_score);
          float f_rescale = gnnc_exp((f_top - f_next));
          float f_weight = gnnc_exp((f_score - f_next));
          f_total = ((f_total * f_rescale) + f_weight);
          for (int64_t i_f = 0; i_f < 8; i_f++) {
            b15[(i_v * 64 + (i_h * 8 + i_f))] = ((b15[(i_v * 64 + (i_h * 8 + i_f))] * f_rescale) + ((training ? gnnc_dropout_mul(f_weight, seed, 1ULL, (uint64_t)((i_e * 8 + (((i_h * 8 + i_f) / 8) % 8))), 10066329ULL, 2.5f) : f_weight) * b11[((int64_t)b28[i_q] * 64 + (i_h * 8 + i_f))]));
          }
          f_top = f_next;
        }
        if (i_start < i_end) {
          for (int64_t i_f = 0; i_f < 8; i_f++) {
            b15[(i_v * 64 + (i_h * 8 + i_f))] = (b15[(i_v * 64 + (i_h * 8 + i_f))] / f_total);
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b16[(i_v * 64 + i_j)] = (b15[(i_v * 64 + i_j)] + b10[i_j]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b21[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = (training ? gnnc_dropout_mul(gnnc_elu(b16[(i_v * 64 + i_k)], 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + i_k)), 10066329ULL, 2.5f) : gnnc_elu(b16[(i_v * 64 + i_k)], 1.0f));
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b21[(i_v * s_C + i_c)] = (b21[(i_v * s_C + i_c)] + (f_a * b17[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < s_C; i_k++) {
          f_acc = (f_acc + (b21[(i_v * s_C + (i_j * s_C + i_k))] * b18[(i_j * s_C + i_k)]));
        }
        b22[(i_v + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < s_C; i_k++) {
          f_acc = (f_acc + (b21[(i_v * s_C + (i_j * s_C + i_k))] * b19[(i_j * s_C + i_k)]));
        }
        b23[(i_v + i_j)] = f_acc;
      }
    }
  }
}

/* leaky_relu */
void k9_leaky_relu(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b22 = (float*)buffers[22]; /* t32 */
  float* restrict b23 = (float*)buffers[23]; /* t35 */
  float* restrict b24 = (float*)buffers[24]; /* conv2.s */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b24[(i_r + i_j)] = gnnc_leaky_relu((b22[((int64_t)b0[i_r] + i_j)] + b23[((int64_t)b1[i_r] + i_j)]), 0.2f);
    }
  }
}

/* edge_softmax + aggregate.dst.sum (online softmax) | add */
void k10_edge_softmax_aggregate(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b20 = (float*)buffers[20]; /* conv2.b */
  float* restrict b21 = (float*)buffers[21]; /* t29 */
  float* restrict b24 = (float*)buffers[24]; /* conv2.s */
  float* restrict b25 = (float*)buffers[25]; /* t43 */
  float* restrict b26 = (float*)buffers[26]; /* t44 */
  int32_t* restrict b28 = (int32_t*)buffers[28]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_h = 0; i_h < 1; i_h++) {
        float f_top = (-INFINITY);
        float f_total = 0.0f;
        for (int64_t i_f = 0; i_f < s_C; i_f++) {
          b25[(i_v * s_C + (i_h * s_C + i_f))] = 0.0f;
        }
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          float f_score = b24[i_e];
          float f_next = fmaxf(f_top, f_score);
          float f_rescale = gnnc_exp((f_top - f_next));
          float f_weight = gnnc_exp((f_score - f_next));
          f_total = ((f_total * f_rescale) + f_weight);
          for (int64_t i_f = 0; i_f < s_C; i_f++) {
            b25[(i_v * s_C + (i_h * s_C + i_f))] = ((b25[(i_v * s_C + (i_h * s_C + i_f))] * f_rescale) + ((training ? gnnc_dropout_mul(f_weight, seed, 3ULL, (uint64_t)(i_e), 10066329ULL, 2.5f) : f_weight) * b21[((int64_t)b28[i_q] * s_C + (i_h * s_C + i_f))]));
          }
          f_top = f_next;
        }
        if (i_start < i_end) {
          for (int64_t i_f = 0; i_f < s_C; i_f++) {
            b25[(i_v * s_C + (i_h * s_C + i_f))] = (b25[(i_v * s_C + (i_h * s_C + i_f))] / f_total);
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b26[(i_v * s_C + i_j)] = (b25[(i_v * s_C + i_j)] + b20[i_j]);
      }
    }
  }
}

/* mean_heads */
void k12_mean_heads(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b26 = (float*)buffers[26]; /* t44 */
  float* restrict b27 = (float*)buffers[27]; /* t45 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_C*s_N; i_r++) {
    float f_acc = 0.0f;
    for (int64_t i_k = 0; i_k < 1; i_k++) {
      f_acc = (f_acc + b26[(((i_r / s_C) + i_k) * s_C + (i_r % s_C))]);
    }
    b27[i_r] = (f_acc / (float)(1));
  }
}
