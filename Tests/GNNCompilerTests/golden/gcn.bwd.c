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
/* program GCN: 40 buffers, 15 kernels */

/* matmul_nt (W^T) */
void k17_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b17 = (float*)buffers[17]; /* conv2.W */
  float* restrict b31 = (float*)buffers[31]; /* t32.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < s_C; i_q++) {
    for (int64_t i_c = 0; i_c < 16; i_c++) {
      b31[(i_q * 16 + i_c)] = b17[(i_c * s_C + i_q)];
    }
  }
}

/* in_degree | rsqrt | dropout | matmul | mul */
void k0_in_degree(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b6 = (float*)buffers[6]; /* t0 */
  float* restrict b7 = (float*)buffers[7]; /* conv1.dn */
  float* restrict b8 = (float*)buffers[8]; /* x */
  float* restrict b9 = (float*)buffers[9]; /* t4 */
  float* restrict b10 = (float*)buffers[10]; /* conv1.W */
  float* restrict b12 = (float*)buffers[12]; /* t7 */
  float* restrict b13 = (float*)buffers[13]; /* t8 */
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
        b9[(i_v * s_F + i_j)] = (training ? gnnc_dropout_mul(b8[(i_v * s_F + i_j)], seed, 0ULL, (uint64_t)((i_v * s_F + i_j)), 8388608ULL, 2.0f) : b8[(i_v * s_F + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 16; i_c++) {
        b12[(i_v * 16 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b9[(i_v * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 16; i_c++) {
            b12[(i_v * 16 + i_c)] = (b12[(i_v * 16 + i_c)] + (f_a * b10[(i_k * 16 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 16; i_j++) {
        b13[(i_v * 16 + i_j)] = (b12[(i_v * 16 + i_j)] * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | dropout | matmul | mul */
void k5_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* conv1.dn */
  float* restrict b11 = (float*)buffers[11]; /* conv1.b */
  float* restrict b13 = (float*)buffers[13]; /* t8 */
  float* restrict b15 = (float*)buffers[15]; /* t12 */
  float* restrict b16 = (float*)buffers[16]; /* h */
  float* restrict b17 = (float*)buffers[17]; /* conv2.W */
  float* restrict b19 = (float*)buffers[19]; /* t17 */
  float* restrict b20 = (float*)buffers[20]; /* t18 */
  int32_t* restrict b38 = (int32_t*)buffers[38]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r14_0 = 0.0f;
    float f_r14_1 = 0.0f;
    float f_r14_2 = 0.0f;
    float f_r14_3 = 0.0f;
    float f_r14_4 = 0.0f;
    float f_r14_5 = 0.0f;
    float f_r14_6 = 0.0f;
    float f_r14_7 = 0.0f;
    float f_r14_8 = 0.0f;
    float f_r14_9 = 0.0f;
    float f_r14_10 = 0.0f;
    float f_r14_11 = 0.0f;
    float f_r14_12 = 0.0f;
    float f_r14_13 = 0.0f;
    float f_r14_14 = 0.0f;
    float f_r14_15 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r14_0 = 0.0f;
      f_r14_1 = 0.0f;
      f_r14_2 = 0.0f;
      f_r14_3 = 0.0f;
      f_r14_4 = 0.0f;
      f_r14_5 = 0.0f;
      f_r14_6 = 0.0f;
      f_r14_7 = 0.0f;
      f_r14_8 = 0.0f;
      f_r14_9 = 0.0f;
      f_r14_10 = 0.0f;
      f_r14_11 = 0.0f;
      f_r14_12 = 0.0f;
      f_r14_13 = 0.0f;
      f_r14_14 = 0.0f;
      f_r14_15 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r14_0 = (f_r14_0 + b13[((int64_t)b38[i_q] * 16 + 0)]);
        f_r14_1 = (f_r14_1 + b13[((int64_t)b38[i_q] * 16 + 1)]);
        f_r14_2 = (f_r14_2 + b13[((int64_t)b38[i_q] * 16 + 2)]);
        f_r14_3 = (f_r14_3 + b13[((int64_t)b38[i_q] * 16 + 3)]);
        f_r14_4 = (f_r14_4 + b13[((int64_t)b38[i_q] * 16 + 4)]);
        f_r14_5 = (f_r14_5 + b13[((int64_t)b38[i_q] * 16 + 5)]);
        f_r14_6 = (f_r14_6 + b13[((int64_t)b38[i_q] * 16 + 6)]);
        f_r14_7 = (f_r14_7 + b13[((int64_t)b38[i_q] * 16 + 7)]);
        f_r14_8 = (f_r14_8 + b13[((int64_t)b38[i_q] * 16 + 8)]);
        f_r14_9 = (f_r14_9 + b13[((int64_t)b38[i_q] * 16 + 9)]);
        f_r14_10 = (f_r14_10 + b13[((int64_t)b38[i_q] * 16 + 10)]);
        f_r14_11 = (f_r14_11 + b13[((int64_t)b38[i_q] * 16 + 11)]);
        f_r14_12 = (f_r14_12 + b13[((int64_t)b38[i_q] * 16 + 12)]);
        f_r14_13 = (f_r14_13 + b13[((int64_t)b38[i_q] * 16 + 13)]);
        f_r14_14 = (f_r14_14 + b13[((int64_t)b38[i_q] * 16 + 14)]);
        f_r14_15 = (f_r14_15 + b13[((int64_t)b38[i_q] * 16 + 15)]);
      }
    }
    {
      b15[(i_v * 16 + 0)] = ((f_r14_0 * b7[i_v]) + b11[0]);
      b15[(i_v * 16 + 1)] = ((f_r14_1 * b7[i_v]) + b11[1]);
      b15[(i_v * 16 + 2)] = ((f_r14_2 * b7[i_v]) + b11[2]);
      b15[(i_v * 16 + 3)] = ((f_r14_3 * b7[i_v]) + b11[3]);
      b15[(i_v * 16 + 4)] = ((f_r14_4 * b7[i_v]) + b11[4]);
      b15[(i_v * 16 + 5)] = ((f_r14_5 * b7[i_v]) + b11[5]);
      b15[(i_v * 16 + 6)] = ((f_r14_6 * b7[i_v]) + b11[6]);
      b15[(i_v * 16 + 7)] = ((f_r14_7 * b7[i_v]) + b11[7]);
      b15[(i_v * 16 + 8)] = ((f_r14_8 * b7[i_v]) + b11[8]);
      b15[(i_v * 16 + 9)] = ((f_r14_9 * b7[i_v]) + b11[9]);
      b15[(i_v * 16 + 10)] = ((f_r14_10 * b7[i_v]) + b11[10]);
      b15[(i_v * 16 + 11)] = ((f_r14_11 * b7[i_v]) + b11[11]);
      b15[(i_v * 16 + 12)] = ((f_r14_12 * b7[i_v]) + b11[12]);
      b15[(i_v * 16 + 13)] = ((f_r14_13 * b7[i_v]) + b11[13]);
      b15[(i_v * 16 + 14)] = ((f_r14_14 * b7[i_v]) + b11[14]);
      b15[(i_v * 16 + 15)] = ((f_r14_15 * b7[i_v]) + b11[15]);
    }
    {
      for (int64_t i_j = 0; i_j < 16; i_j++) {
        b16[(i_v * 16 + i_j)] = (training ? gnnc_dropout_mul(gnnc_relu(b15[(i_v * 16 + i_j)]), seed, 1ULL, (uint64_t)((i_v * 16 + i_j)), 8388608ULL, 2.0f) : gnnc_relu(b15[(i_v * 16 + i_j)]));
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b19[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 16; i_k++) {
        float f_a = b16[(i_v * 16 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b19[(i_v * s_C + i_c)] = (b19[(i_v * s_C + i_c)] + (f_a * b17[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b20[(i_v * s_C + i_j)] = (b19[(i_v * s_C + i_j)] * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add */
void k10_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* conv1.dn */
  float* restrict b18 = (float*)buffers[18]; /* conv2.b */
  float* restrict b20 = (float*)buffers[20]; /* t18 */
  float* restrict b21 = (float*)buffers[21]; /* conv2.agg */
  float* restrict b22 = (float*)buffers[22]; /* t22 */
  int32_t* restrict b38 = (int32_t*)buffers[38]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b21[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b21[(i_v * s_C + i_j)] = (b21[(i_v * s_C + i_j)] + b20[((int64_t)b38[i_q] * s_C + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b22[(i_v * s_C + i_j)] = ((b21[(i_v * s_C + i_j)] * b7[i_v]) + b18[i_j]);
      }
    }
  }
}

/* cross_entropy */
void k12_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b22 = (float*)buffers[22]; /* t22 */
  int32_t* restrict b23 = (int32_t*)buffers[23]; /* labels */
  float* restrict b24 = (float*)buffers[24]; /* train_mask */
  float* restrict b25 = (float*)buffers[25]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b24[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    if (b24[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b22[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b22[(i_v * s_C + i_c)] - f_top)));
      }
      f_loss = (f_loss + (b24[i_v] * ((f_top + gnnc_log(f_total)) - b22[(i_v * s_C + (int64_t)b23[i_v])])));
    }
  }
  b25[0] = 0.0f;
  if (f_count > 0.0f) {
    b25[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k13_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b22 = (float*)buffers[22]; /* t22 */
  int32_t* restrict b23 = (int32_t*)buffers[23]; /* labels */
  float* restrict b24 = (float*)buffers[24]; /* train_mask */
  float* restrict b26 = (float*)buffers[26]; /* t26 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b24[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, b22[(i_v * s_C + i_c)]);
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + gnnc_exp((b22[(i_v * s_C + i_c)] - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b26[(i_v * s_C + i_c)] = ((b24[i_v] * ((gnnc_exp((b22[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b23[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
    }
  }
}

/* sum_to */
void k14_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b26 = (float*)buffers[26]; /* t26 */
  float* restrict b27 = (float*)buffers[27]; /* grad.conv2.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b26[(i_k0 * s_C + (i_t % s_C))]);
    }
    b27[i_t] = f_acc;
  }
}

/* mul */
void k15_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* conv1.dn */
  float* restrict b26 = (float*)buffers[26]; /* t26 */
  float* restrict b28 = (float*)buffers[28]; /* t28 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < s_C; i_j++) {
      b28[(i_r * s_C + i_j)] = (b26[(i_r * s_C + i_j)] * b7[i_r]);
    }
  }
}

/* aggregate.src.sum | matmul_nt */
void k16_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* conv1.dn */
  float* restrict b28 = (float*)buffers[28]; /* t28 */
  float* restrict b29 = (float*)buffers[29]; /* t31 */
  float* restrict b30 = (float*)buffers[30]; /* t32 */
  float* restrict b31 = (float*)buffers[31]; /* t32.wt */
  int32_t* restrict b39 = (int32_t*)buffers[39]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b29[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b29[(i_v * s_C + i_j)] = (b29[(i_v * s_C + i_j)] + (b28[((int64_t)b39[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 16; i_c++) {
        b30[(i_v * 16 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < s_C; i_q++) {
        float f_a = b29[(i_v * s_C + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 16; i_c++) {
            b30[(i_v * 16 + i_c)] = (b30[(i_v * 16 + i_c)] + (f_a * b31[(i_q * 16 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k19_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b16 = (float*)buffers[16]; /* h */
  float* restrict b29 = (float*)buffers[29]; /* t31 */
  float* restrict b32 = (float*)buffers[32]; /* grad.conv2.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 16; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b32[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b16[(i_r * 16 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b32[(i_k * s_C + i_c)] = (b32[(i_k * s_C + i_c)] + (f_a * b29[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k20_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b15 = (float*)buffers[15]; /* t12 */
  float* restrict b30 = (float*)buffers[30]; /* t32 */
  float* restrict b33 = (float*)buffers[33]; /* t35 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 16; i_j++) {
      b33[(i_r * 16 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b30[(i_r * 16 + i_j)], seed, 1ULL, (uint64_t)((i_r * 16 + i_j)), 8388608ULL, 2.0f) : b30[(i_r * 16 + i_j)]), b15[(i_r * 16 + i_j)]);
    }
  }
}

/* sum_to */
void k21_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b33 = (float*)buffers[33]; /* t35 */
  float* restrict b34 = (float*)buffers[34]; /* grad.conv1.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 16; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b33[(i_k0 * 16 + (i_t % 16))]);
    }
    b34[i_t] = f_acc;
  }
}

/* mul */
void k22_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* conv1.dn */
  float* restrict b33 = (float*)buffers[33]; /* t35 */
  float* restrict b35 = (float*)buffers[35]; /* t37 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 16; i_j++) {
      b35[(i_r * 16 + i_j)] = (b33[(i_r * 16 + i_j)] * b7[i_r]);
    }
  }
}

/* aggregate.src.sum */
void k23_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* conv1.dn */
  float* restrict b35 = (float*)buffers[35]; /* t37 */
  float* restrict b36 = (float*)buffers[36]; /* t40 */
  int32_t* restrict b39 = (int32_t*)buffers[39]; /* out_dst */
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
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
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
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      __asm__ volatile("");
      int64_t i_e = (int64_t)b5[i_q];
      f_r36_0 = (f_r36_0 + (b35[((int64_t)b39[i_q] * 16 + 0)] * b7[(int64_t)b0[i_e]]));
      f_r36_1 = (f_r36_1 + (b35[((int64_t)b39[i_q] * 16 + 1)] * b7[(int64_t)b0[i_e]]));
      f_r36_2 = (f_r36_2 + (b35[((int64_t)b39[i_q] * 16 + 2)] * b7[(int64_t)b0[i_e]]));
      f_r36_3 = (f_r36_3 + (b35[((int64_t)b39[i_q] * 16 + 3)] * b7[(int64_t)b0[i_e]]));
      f_r36_4 = (f_r36_4 + (b35[((int64_t)b39[i_q] * 16 + 4)] * b7[(int64_t)b0[i_e]]));
      f_r36_5 = (f_r36_5 + (b35[((int64_t)b39[i_q] * 16 + 5)] * b7[(int64_t)b0[i_e]]));
      f_r36_6 = (f_r36_6 + (b35[((int64_t)b39[i_q] * 16 + 6)] * b7[(int64_t)b0[i_e]]));
      f_r36_7 = (f_r36_7 + (b35[((int64_t)b39[i_q] * 16 + 7)] * b7[(int64_t)b0[i_e]]));
      f_r36_8 = (f_r36_8 + (b35[((int64_t)b39[i_q] * 16 + 8)] * b7[(int64_t)b0[i_e]]));
      f_r36_9 = (f_r36_9 + (b35[((int64_t)b39[i_q] * 16 + 9)] * b7[(int64_t)b0[i_e]]));
      f_r36_10 = (f_r36_10 + (b35[((int64_t)b39[i_q] * 16 + 10)] * b7[(int64_t)b0[i_e]]));
      f_r36_11 = (f_r36_11 + (b35[((int64_t)b39[i_q] * 16 + 11)] * b7[(int64_t)b0[i_e]]));
      f_r36_12 = (f_r36_12 + (b35[((int64_t)b39[i_q] * 16 + 12)] * b7[(int64_t)b0[i_e]]));
      f_r36_13 = (f_r36_13 + (b35[((int64_t)b39[i_q] * 16 + 13)] * b7[(int64_t)b0[i_e]]));
      f_r36_14 = (f_r36_14 + (b35[((int64_t)b39[i_q] * 16 + 14)] * b7[(int64_t)b0[i_e]]));
      f_r36_15 = (f_r36_15 + (b35[((int64_t)b39[i_q] * 16 + 15)] * b7[(int64_t)b0[i_e]]));
    }
    b36[(i_v * 16 + 0)] = f_r36_0;
    b36[(i_v * 16 + 1)] = f_r36_1;
    b36[(i_v * 16 + 2)] = f_r36_2;
    b36[(i_v * 16 + 3)] = f_r36_3;
    b36[(i_v * 16 + 4)] = f_r36_4;
    b36[(i_v * 16 + 5)] = f_r36_5;
    b36[(i_v * 16 + 6)] = f_r36_6;
    b36[(i_v * 16 + 7)] = f_r36_7;
    b36[(i_v * 16 + 8)] = f_r36_8;
    b36[(i_v * 16 + 9)] = f_r36_9;
    b36[(i_v * 16 + 10)] = f_r36_10;
    b36[(i_v * 16 + 11)] = f_r36_11;
    b36[(i_v * 16 + 12)] = f_r36_12;
    b36[(i_v * 16 + 13)] = f_r36_13;
    b36[(i_v * 16 + 14)] = f_r36_14;
    b36[(i_v * 16 + 15)] = f_r36_15;
  }
}

/* matmul_tn */
void k24_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b9 = (float*)buffers[9]; /* t4 */
  float* restrict b36 = (float*)buffers[36]; /* t40 */
  float* restrict b37 = (float*)buffers[37]; /* grad.conv1.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 16; i_c++) {
      b37[(i_k * 16 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b9[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 16; i_c++) {
          b37[(i_k * 16 + i_c)] = (b37[(i_k * 16 + i_c)] + (f_a * b36[(i_r * 16 + i_c)]));
        }
      }
    }
  }
}
