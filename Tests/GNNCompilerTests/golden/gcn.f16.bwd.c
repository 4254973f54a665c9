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
/* program GCN: 43 buffers, 16 kernels */

/* convert | convert */
void k0_convert(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b6 = (float*)buffers[6]; /* conv1.W */
  uint16_t* restrict b7 = (uint16_t*)buffers[7]; /* t1 */
  float* restrict b8 = (float*)buffers[8]; /* conv2.W */
  uint16_t* restrict b9 = (uint16_t*)buffers[9]; /* t3 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 16*s_F; i_j++) {
        b7[(i_r * 16*s_F + i_j)] = gnnc_f32_to_f16(b6[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 16*s_C; i_j++) {
        b9[(i_r * 16*s_C + i_j)] = gnnc_f32_to_f16(b8[i_j]);
      }
    }
  }
}

/* in_degree | rsqrt | dropout | matmul | mul */
void k2_in_degree(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  uint16_t* restrict b7 = (uint16_t*)buffers[7]; /* t1 */
  float* restrict b10 = (float*)buffers[10]; /* t4 */
  float* restrict b11 = (float*)buffers[11]; /* conv1.dn */
  uint16_t* restrict b12 = (uint16_t*)buffers[12]; /* x */
  uint16_t* restrict b13 = (uint16_t*)buffers[13]; /* t8 */
  uint16_t* restrict b15 = (uint16_t*)buffers[15]; /* t10 */
  uint16_t* restrict b16 = (uint16_t*)buffers[16]; /* t11 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      b10[i_v] = (float)(((int64_t)b2[(i_v + 1)] + (int64_t)b2[i_v] * -1));
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b11[(i_v + i_j)] = gnnc_rsqrt(b10[(i_v + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b13[(i_v * s_F + i_j)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b12[(i_v * s_F + i_j)]), seed, 0ULL, (uint64_t)((i_v * s_F + i_j)), 8388608ULL, 2.0f) : gnnc_f16_to_f32(b12[(i_v * s_F + i_j)])));
      }
    }
    {
      float f_acc0 = 0.0f;
      float f_acc1 = 0.0f;
      float f_acc2 = 0.0f;
      float f_acc3 = 0.0f;
      float f_acc4 = 0.0f;
      float f_acc5 = 0.0f;
      float f_acc6 = 0.0f;
      float f_acc7 = 0.0f;
      float f_acc8 = 0.0f;
      float f_acc9 = 0.0f;
      float f_acc10 = 0.0f;
      float f_acc11 = 0.0f;
      float f_acc12 = 0.0f;
      float f_acc13 = 0.0f;
      float f_acc14 = 0.0f;
      float f_acc15 = 0.0f;
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = gnnc_f16_to_f32(b13[(i_v * s_F + i_k)]);
        if (f_a != 0.0f) {
          f_acc0 = (f_acc0 + (f_a * gnnc_f16_to_f32(b7[i_k * 16])));
          f_acc1 = (f_acc1 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 1)])));
          f_acc2 = (f_acc2 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 2)])));
          f_acc3 = (f_acc3 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 3)])));
          f_acc4 = (f_acc4 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 4)])));
          f_acc5 = (f_acc5 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 5)])));
          f_acc6 = (f_acc6 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 6)])));
          f_acc7 = (f_acc7 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 7)])));
          f_acc8 = (f_acc8 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 8)])));
          f_acc9 = (f_acc9 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 9)])));
          f_acc10 = (f_acc10 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 10)])));
          f_acc11 = (f_acc11 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 11)])));
          f_acc12 = (f_acc12 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 12)])));
          f_acc13 = (f_acc13 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 13)])));
          f_acc14 = (f_acc14 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 14)])));
          f_acc15 = (f_acc15 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 15)])));
        }
      }
      b15[i_v * 16] = gnnc_f32_to_f16(f_acc0);
      b15[(i_v * 16 + 1)] = gnnc_f32_to_f16(f_acc1);
      b15[(i_v * 16 + 2)] = gnnc_f32_to_f16(f_acc2);
      b15[(i_v * 16 + 3)] = gnnc_f32_to_f16(f_acc3);
      b15[(i_v * 16 + 4)] = gnnc_f32_to_f16(f_acc4);
      b15[(i_v * 16 + 5)] = gnnc_f32_to_f16(f_acc5);
      b15[(i_v * 16 + 6)] = gnnc_f32_to_f16(f_acc6);
      b15[(i_v * 16 + 7)] = gnnc_f32_to_f16(f_acc7);
      b15[(i_v * 16 + 8)] = gnnc_f32_to_f16(f_acc8);
      b15[(i_v * 16 + 9)] = gnnc_f32_to_f16(f_acc9);
      b15[(i_v * 16 + 10)] = gnnc_f32_to_f16(f_acc10);
      b15[(i_v * 16 + 11)] = gnnc_f32_to_f16(f_acc11);
      b15[(i_v * 16 + 12)] = gnnc_f32_to_f16(f_acc12);
      b15[(i_v * 16 + 13)] = gnnc_f32_to_f16(f_acc13);
      b15[(i_v * 16 + 14)] = gnnc_f32_to_f16(f_acc14);
      b15[(i_v * 16 + 15)] = gnnc_f32_to_f16(f_acc15);
    }
    {
      for (int64_t i_j = 0; i_j < 16; i_j++) {
        b16[(i_v * 16 + i_j)] = gnnc_f32_to_f16((gnnc_f16_to_f32(b15[(i_v * 16 + i_j)]) * b11[i_v]));
      }
    }
  }
}

/* aggregate.dst.sum | add | dropout | matmul | mul */
void k7_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  uint16_t* restrict b9 = (uint16_t*)buffers[9]; /* t3 */
  float* restrict b11 = (float*)buffers[11]; /* conv1.dn */
  float* restrict b14 = (float*)buffers[14]; /* conv1.b */
  uint16_t* restrict b16 = (uint16_t*)buffers[16]; /* t11 */
  uint16_t* restrict b17 = (uint16_t*)buffers[17]; /* conv1.agg */
  uint16_t* restrict b18 = (uint16_t*)buffers[18]; /* t15 */
  uint16_t* restrict b19 = (uint16_t*)buffers[19]; /* h */
  uint16_t* restrict b21 = (uint16_t*)buffers[21]; /* t19 */
  uint16_t* restrict b22 = (uint16_t*)buffers[22]; /* t20 */
  int32_t* restrict b41 = (int32_t*)buffers[41]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 16; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          f_acc = (f_acc + gnnc_f16_to_f32(b16[((int64_t)b41[i_q] * 16 + i_j)]));
        }
        b17[(i_v * 16 + i_j)] = gnnc_f32_to_f16(f_acc);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 16; i_j++) {
        b18[(i_v * 16 + i_j)] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b17[(i_v * 16 + i_j)]) * b11[i_v]) + b14[i_j]));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 16; i_j++) {
        b19[(i_v * 16 + i_j)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + i_j)])), seed, 1ULL, (uint64_t)((i_v * 16 + i_j)), 8388608ULL, 2.0f) : gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + i_j)]))));
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < 16; i_k++) {
          float f_a = gnnc_f16_to_f32(b19[(i_v * 16 + i_k)]);
          if (f_a != 0.0f) {
            f_acc = (f_acc + (f_a * gnnc_f16_to_f32(b9[(i_k * s_C + i_c)])));
          }
        }
        b21[(i_v * s_C + i_c)] = gnnc_f32_to_f16(f_acc);
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b22[(i_v * s_C + i_j)] = gnnc_f32_to_f16((gnnc_f16_to_f32(b21[(i_v * s_C + i_j)]) * b11[i_v]));
      }
    }
  }
}

/* aggregate.dst.sum | add */
void k12_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b11 = (float*)buffers[11]; /* conv1.dn */
  float* restrict b20 = (float*)buffers[20]; /* conv2.b */
  uint16_t* restrict b22 = (uint16_t*)buffers[22]; /* t20 */
  uint16_t* restrict b23 = (uint16_t*)buffers[23]; /* conv2.agg */
  uint16_t* restrict b24 = (uint16_t*)buffers[24]; /* t24 */
  int32_t* restrict b41 = (int32_t*)buffers[41]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          f_acc = (f_acc + gnnc_f16_to_f32(b22[((int64_t)b41[i_q] * s_C + i_j)]));
        }
        b23[(i_v * s_C + i_j)] = gnnc_f32_to_f16(f_acc);
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b24[(i_v * s_C + i_j)] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b23[(i_v * s_C + i_j)]) * b11[i_v]) + b20[i_j]));
      }
    }
  }
}

/* cross_entropy */
void k14_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b24 = (uint16_t*)buffers[24]; /* t24 */
  int32_t* restrict b25 = (int32_t*)buffers[25]; /* labels */
  float* restrict b26 = (float*)buffers[26]; /* train_mask */
  float* restrict b27 = (float*)buffers[27]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b26[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    if (b26[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, gnnc_f16_to_f32(b24[(i_v * s_C + i_c)]));
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((gnnc_f16_to_f32(b24[(i_v * s_C + i_c)]) - f_top)));
      }
      f_loss = (f_loss + (b26[i_v] * ((f_top + gnnc_log(f_total)) - gnnc_f16_to_f32(b24[(i_v * s_C + (int64_t)b25[i_v])]))));
    }
  }
  b27[0] = 0.0f;
  if (f_count > 0.0f) {
    b27[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k15_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b24 = (uint16_t*)buffers[24]; /* t24 */
  int32_t* restrict b25 = (int32_t*)buffers[25]; /* labels */
  float* restrict b26 = (float*)buffers[26]; /* train_mask */
  float* restrict b28 = (float*)buffers[28]; /* t28 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b26[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, gnnc_f16_to_f32(b24[(i_v * s_C + i_c)]));
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + gnnc_exp((gnnc_f16_to_f32(b24[(i_v * s_C + i_c)]) - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b28[(i_v * s_C + i_c)] = ((b26[i_v] * ((gnnc_exp((gnnc_f16_to_f32(b24[(i_v * s_C + i_c)]) - f_top)) / f_total) - (i_c == (int64_t)b25[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
    }
  }
}

/* mul */
void k16_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b28 = (float*)buffers[28]; /* t28 */
  float* restrict b29 = (float*)buffers[29]; /* loss_scale */
  uint16_t* restrict b30 = (uint16_t*)buffers[30]; /* t30 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < s_C; i_j++) {
      b30[(i_r * s_C + i_j)] = gnnc_f32_to_f16((b28[(i_r * s_C + i_j)] * b29[0]));
    }
  }
}

/* sum_to */
void k17_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b30 = (uint16_t*)buffers[30]; /* t30 */
  float* restrict b31 = (float*)buffers[31]; /* grad.conv2.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + gnnc_f16_to_f32(b30[(i_k0 * s_C + (i_t % s_C))]));
    }
    b31[i_t] = f_acc;
  }
}

/* mul */
void k18_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b11 = (float*)buffers[11]; /* conv1.dn */
  uint16_t* restrict b30 = (uint16_t*)buffers[30]; /* t30 */
  uint16_t* restrict b32 = (uint16_t*)buffers[32]; /* t32 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < s_C; i_j++) {
      b32[(i_r * s_C + i_j)] = gnnc_f32_to_f16((gnnc_f16_to_f32(b30[(i_r * s_C + i_j)]) * b11[i_r]));
    }
  }
}

/* aggregate.src.sum | matmul_nt */
void k19_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  uint16_t* restrict b9 = (uint16_t*)buffers[9]; /* t3 */
  float* restrict b11 = (float*)buffers[11]; /* conv1.dn */
  uint16_t* restrict b32 = (uint16_t*)buffers[32]; /* t32 */
  uint16_t* restrict b33 = (uint16_t*)buffers[33]; /* t35 */
  uint16_t* restrict b34 = (uint16_t*)buffers[34]; /* t36 */
  int32_t* restrict b42 = (int32_t*)buffers[42]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (gnnc_f16_to_f32(b32[((int64_t)b42[i_q] * s_C + i_j)]) * b11[(int64_t)b0[i_e]]));
        }
        b33[(i_v * s_C + i_j)] = gnnc_f32_to_f16(f_acc);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 16; i_c++) {
        float f_acc = 0.0f;
        for (int64_t i_q = 0; i_q < s_C; i_q++) {
          f_acc = (f_acc + (gnnc_f16_to_f32(b33[(i_v * s_C + i_q)]) * gnnc_f16_to_f32(b9[(i_c * s_C + i_q)])));
        }
        b34[(i_v * 16 + i_c)] = gnnc_f32_to_f16(f_acc);
      }
    }
  }
}

/* matmul_tn */
void k21_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b19 = (uint16_t*)buffers[19]; /* h */
  uint16_t* restrict b33 = (uint16_t*)buffers[33]; /* t35 */
  float* restrict b35 = (float*)buffers[35]; /* grad.conv2.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 16; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b35[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = gnnc_f16_to_f32(b19[(i_r * 16 + i_k)]);
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b35[(i_k * s_C + i_c)] = (b35[(i_k * s_C + i_c)] + (f_a * gnnc_f16_to_f32(b33[(i_r * s_C + i_c)])));
        }
      }
    }
  }
}

/* relu_grad */
void k22_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b18 = (uint16_t*)buffers[18]; /* t15 */
  uint16_t* restrict b34 = (uint16_t*)buffers[34]; /* t36 */
  uint16_t* restrict b36 = (uint16_t*)buffers[36]; /* t39 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 16; i_j++) {
      b36[(i_r * 16 + i_j)] = gnnc_f32_to_f16(gnnc_relu_grad((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b34[(i_r * 16 + i_j)]), seed, 1ULL, (uint64_t)((i_r * 16 + i_j)), 8388608ULL, 2.0f) : gnnc_f16_to_f32(b34[(i_r * 16 + i_j)])), gnnc_f16_to_f32(b18[(i_r * 16 + i_j)])));
    }
  }
}

/* sum_to */
void k23_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b36 = (uint16_t*)buffers[36]; /* t39 */
  float* restrict b37 = (float*)buffers[37]; /* grad.conv1.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 16; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + gnnc_f16_to_f32(b36[(i_k0 * 16 + (i_t % 16))]));
    }
    b37[i_t] = f_acc;
  }
}

/* mul */
void k24_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b11 = (float*)buffers[11]; /* conv1.dn */
  uint16_t* restrict b36 = (uint16_t*)buffers[36]; /* t39 */
  uint16_t* restrict b38 = (uint16_t*)buffers[38]; /* t41 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 16; i_j++) {
      b38[(i_r * 16 + i_j)] = gnnc_f32_to_f16((gnnc_f16_to_f32(b36[(i_r * 16 + i_j)]) * b11[i_r]));
    }
  }
}

/* aggregate.src.sum */
void k25_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b11 = (float*)buffers[11]; /* conv1.dn */
  uint16_t* restrict b38 = (uint16_t*)buffers[38]; /* t41 */
  uint16_t* restrict b39 = (uint16_t*)buffers[39]; /* t44 */
  int32_t* restrict b42 = (int32_t*)buffers[42]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 16; i_j++) {
      float f_acc = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        f_acc = (f_acc + (gnnc_f16_to_f32(b38[((int64_t)b42[i_q] * 16 + i_j)]) * b11[(int64_t)b0[i_e]]));
      }
      b39[(i_v * 16 + i_j)] = gnnc_f32_to_f16(f_acc);
    }
  }
}

/* matmul_tn */
void k26_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b13 = (uint16_t*)buffers[13]; /* t8 */
  uint16_t* restrict b39 = (uint16_t*)buffers[39]; /* t44 */
  float* restrict b40 = (float*)buffers[40]; /* grad.conv1.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 16; i_c++) {
      b40[(i_k * 16 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = gnnc_f16_to_f32(b13[(i_r * s_F + i_k)]);
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 16; i_c++) {
          b40[(i_k * 16 + i_c)] = (b40[(i_k * 16 + i_c)] + (f_a * gnnc_f16_to_f32(b39[(i_r * 16 + i_c)])));
        }
      }
    }
  }
}
