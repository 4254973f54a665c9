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
/* program SAGE: 43 buffers, 15 kernels */

/* matmul_nt (W^T) | matmul_nt (W^T) */
void k17_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b17 = (float*)buffers[17]; /* conv2.W_neigh */
  float* restrict b18 = (float*)buffers[18]; /* conv2.W_self */
  float* restrict b30 = (float*)buffers[30]; /* t28.wt */
  float* restrict b33 = (float*)buffers[33]; /* t30.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < s_C; i_q++) {
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b33[(i_q * 64 + i_c)] = b17[(i_c * s_C + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b30[(i_q * 64 + i_c)] = b18[(i_c * s_C + i_q)];
      }
    }
  }
}

/* in_degree | dropout */
void k0_in_degree(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b6 = (float*)buffers[6]; /* t0 */
  float* restrict b7 = (float*)buffers[7]; /* x */
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      b6[i_v] = fmaxf((float)(((int64_t)b2[(i_v + 1)] + (int64_t)b2[i_v] * -1)), 1.0f);
    }
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b8[(i_v * s_F + i_j)] = (training ? gnnc_dropout_mul(b7[(i_v * s_F + i_j)], seed, 0ULL, (uint64_t)((i_v * s_F + i_j)), 8388608ULL, 2.0f) : b7[(i_v * s_F + i_j)]);
      }
    }
  }
}

/* aggregate.dst.mean | matmul | matmul | add | dropout */
void k2_aggregate_dst_mean(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b9 = (float*)buffers[9]; /* conv1.W_neigh */
  float* restrict b10 = (float*)buffers[10]; /* conv1.W_self */
  float* restrict b11 = (float*)buffers[11]; /* conv1.b */
  float* restrict b12 = (float*)buffers[12]; /* t7 */
  float* restrict b13 = (float*)buffers[13]; /* t8 */
  float* restrict b14 = (float*)buffers[14]; /* t9 */
  float* restrict b15 = (float*)buffers[15]; /* t11 */
  float* restrict b16 = (float*)buffers[16]; /* h */
  int32_t* restrict b41 = (int32_t*)buffers[41]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b12[(i_v * s_F + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_F; i_j++) {
          b12[(i_v * s_F + i_j)] = (b12[(i_v * s_F + i_j)] + b8[((int64_t)b41[i_q] * s_F + i_j)]);
        }
      }
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b12[(i_v * s_F + i_j)] = (b12[(i_v * s_F + i_j)] / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b13[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b12[(i_v * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b13[(i_v * 64 + i_c)] = (b13[(i_v * 64 + i_c)] + (f_a * b9[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b14[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b8[(i_v * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b14[(i_v * 64 + i_c)] = (b14[(i_v * 64 + i_c)] + (f_a * b10[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b15[(i_v * 64 + i_j)] = ((b13[(i_v * 64 + i_j)] + b14[(i_v * 64 + i_j)]) + b11[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b16[(i_v * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_relu(b15[(i_v * 64 + i_j)]), seed, 1ULL, (uint64_t)((i_v * 64 + i_j)), 8388608ULL, 2.0f) : gnnc_relu(b15[(i_v * 64 + i_j)]));
      }
    }
  }
}

/* aggregate.dst.mean | matmul | matmul | add */
void k7_aggregate_dst_mean(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b16 = (float*)buffers[16]; /* h */
  float* restrict b17 = (float*)buffers[17]; /* conv2.W_neigh */
  float* restrict b18 = (float*)buffers[18]; /* conv2.W_self */
  float* restrict b19 = (float*)buffers[19]; /* conv2.b */
  float* restrict b20 = (float*)buffers[20]; /* t18 */
  float* restrict b21 = (float*)buffers[21]; /* t19 */
  float* restrict b22 = (float*)buffers[22]; /* t20 */
  float* restrict b23 = (float*)buffers[23]; /* t22 */
  int32_t* restrict b41 = (int32_t*)buffers[41]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b20[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b20[(i_v * 64 + i_j)] = (b20[(i_v * 64 + i_j)] + b16[((int64_t)b41[i_q] * 64 + i_j)]);
        }
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b20[(i_v * 64 + i_j)] = (b20[(i_v * 64 + i_j)] / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b21[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b20[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b21[(i_v * s_C + i_c)] = (b21[(i_v * s_C + i_c)] + (f_a * b17[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b22[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b16[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b22[(i_v * s_C + i_c)] = (b22[(i_v * s_C + i_c)] + (f_a * b18[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b23[(i_v * s_C + i_j)] = ((b21[(i_v * s_C + i_j)] + b22[(i_v * s_C + i_j)]) + b19[i_j]);
      }
    }
  }
}

/* cross_entropy */
void k11_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b23 = (float*)buffers[23]; /* t22 */
  int32_t* restrict b24 = (int32_t*)buffers[24]; /* labels */
  float* restrict b25 = (float*)buffers[25]; /* train_mask */
  float* restrict b26 = (float*)buffers[26]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b25[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    if (b25[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b23[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b23[(i_v * s_C + i_c)] - f_top)));
      }
      f_loss = (f_loss + (b25[i_v] * ((f_top + gnnc_log(f_total)) - b23[(i_v * s_C + (int64_t)b24[i_v])])));
    }
  }
  b26[0] = 0.0f;
  if (f_count > 0.0f) {
    b26[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k12_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b23 = (float*)buffers[23]; /* t22 */
  int32_t* restrict b24 = (int32_t*)buffers[24]; /* labels */
  float* restrict b25 = (float*)buffers[25]; /* train_mask */
  float* restrict b27 = (float*)buffers[27]; /* t26 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b25[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, b23[(i_v * s_C + i_c)]);
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + gnnc_exp((b23[(i_v * s_C + i_c)] - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b27[(i_v * s_C + i_c)] = ((b25[i_v] * ((gnnc_exp((b23[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b24[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
    }
  }
}

/* sum_to */
void k13_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b27 = (float*)buffers[27]; /* t26 */
  float* restrict b28 = (float*)buffers[28]; /* grad.conv2.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b27[(i_k0 * s_C + (i_t % s_C))]);
    }
    b28[i_t] = f_acc;
  }
}

/* matmul_nt */
void k15_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b27 = (float*)buffers[27]; /* t26 */
  float* restrict b29 = (float*)buffers[29]; /* t28 */
  float* restrict b30 = (float*)buffers[30]; /* t28.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b29[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b27[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b29[(i_r * 64 + i_c)] = (b29[(i_r * 64 + i_c)] + (f_a * b30[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k16_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b16 = (float*)buffers[16]; /* h */
  float* restrict b27 = (float*)buffers[27]; /* t26 */
  float* restrict b31 = (float*)buffers[31]; /* grad.conv2.W_self */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b31[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b16[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b31[(i_k * s_C + i_c)] = (b31[(i_k * s_C + i_c)] + (f_a * b27[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* matmul_nt */
void k18_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b27 = (float*)buffers[27]; /* t26 */
  float* restrict b32 = (float*)buffers[32]; /* t30 */
  float* restrict b33 = (float*)buffers[33]; /* t30.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b32[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b27[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b32[(i_r * 64 + i_c)] = (b32[(i_r * 64 + i_c)] + (f_a * b33[(i_q * 64 + i_c)]));
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
  float* restrict b20 = (float*)buffers[20]; /* t18 */
  float* restrict b27 = (float*)buffers[27]; /* t26 */
  float* restrict b34 = (float*)buffers[34]; /* grad.conv2.W_neigh */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b34[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b20[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b34[(i_k * s_C + i_c)] = (b34[(i_k * s_C + i_c)] + (f_a * b27[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* div */
void k20_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b6 = (float*)buffers[6]; /* t0 */
  float* restrict b32 = (float*)buffers[32]; /* t30 */
  float* restrict b35 = (float*)buffers[35]; /* t32 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b35[(i_r * 64 + i_j)] = (b32[(i_r * 64 + i_j)] / b6[i_r]);
    }
  }
}

/* aggregate.src.sum | relu_grad */
void k21_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  float* restrict b15 = (float*)buffers[15]; /* t11 */
  float* restrict b29 = (float*)buffers[29]; /* t28 */
  float* restrict b35 = (float*)buffers[35]; /* t32 */
  float* restrict b37 = (float*)buffers[37]; /* t37 */
  int32_t* restrict b42 = (int32_t*)buffers[42]; /* out_dst */
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
        f_r36_0 = (f_r36_0 + b35[((int64_t)b42[i_q] * 64 + 0)]);
        f_r36_1 = (f_r36_1 + b35[((int64_t)b42[i_q] * 64 + 1)]);
        f_r36_2 = (f_r36_2 + b35[((int64_t)b42[i_q] * 64 + 2)]);
        f_r36_3 = (f_r36_3 + b35[((int64_t)b42[i_q] * 64 + 3)]);
        f_r36_4 = (f_r36_4 + b35[((int64_t)b42[i_q] * 64 + 4)]);
        f_r36_5 = (f_r36_5 + b35[((int64_t)b42[i_q] * 64 + 5)]);
        f_r36_6 = (f_r36_6 + b35[((int64_t)b42[i_q] * 64 + 6)]);
        f_r36_7 = (f_r36_7 + b35[((int64_t)b42[i_q] * 64 + 7)]);
        f_r36_8 = (f_r36_8 + b35[((int64_t)b42[i_q] * 64 + 8)]);
        f_r36_9 = (f_r36_9 + b35[((int64_t)b42[i_q] * 64 + 9)]);
        f_r36_10 = (f_r36_10 + b35[((int64_t)b42[i_q] * 64 + 10)]);
        f_r36_11 = (f_r36_11 + b35[((int64_t)b42[i_q] * 64 + 11)]);
        f_r36_12 = (f_r36_12 + b35[((int64_t)b42[i_q] * 64 + 12)]);
        f_r36_13 = (f_r36_13 + b35[((int64_t)b42[i_q] * 64 + 13)]);
        f_r36_14 = (f_r36_14 + b35[((int64_t)b42[i_q] * 64 + 14)]);
        f_r36_15 = (f_r36_15 + b35[((int64_t)b42[i_q] * 64 + 15)]);
        f_r36_16 = (f_r36_16 + b35[((int64_t)b42[i_q] * 64 + 16)]);
        f_r36_17 = (f_r36_17 + b35[((int64_t)b42[i_q] * 64 + 17)]);
        f_r36_18 = (f_r36_18 + b35[((int64_t)b42[i_q] * 64 + 18)]);
        f_r36_19 = (f_r36_19 + b35[((int64_t)b42[i_q] * 64 + 19)]);
        f_r36_20 = (f_r36_20 + b35[((int64_t)b42[i_q] * 64 + 20)]);
        f_r36_21 = (f_r36_21 + b35[((int64_t)b42[i_q] * 64 + 21)]);
        f_r36_22 = (f_r36_22 + b35[((int64_t)b42[i_q] * 64 + 22)]);
        f_r36_23 = (f_r36_23 + b35[((int64_t)b42[i_q] * 64 + 23)]);
        f_r36_24 = (f_r36_24 + b35[((int64_t)b42[i_q] * 64 + 24)]);
        f_r36_25 = (f_r36_25 + b35[((int64_t)b42[i_q] * 64 + 25)]);
        f_r36_26 = (f_r36_26 + b35[((int64_t)b42[i_q] * 64 + 26)]);
        f_r36_27 = (f_r36_27 + b35[((int64_t)b42[i_q] * 64 + 27)]);
        f_r36_28 = (f_r36_28 + b35[((int64_t)b42[i_q] * 64 + 28)]);
        f_r36_29 = (f_r36_29 + b35[((int64_t)b42[i_q] * 64 + 29)]);
        f_r36_30 = (f_r36_30 + b35[((int64_t)b42[i_q] * 64 + 30)]);
        f_r36_31 = (f_r36_31 + b35[((int64_t)b42[i_q] * 64 + 31)]);
        f_r36_32 = (f_r36_32 + b35[((int64_t)b42[i_q] * 64 + 32)]);
        f_r36_33 = (f_r36_33 + b35[((int64_t)b42[i_q] * 64 + 33)]);
        f_r36_34 = (f_r36_34 + b35[((int64_t)b42[i_q] * 64 + 34)]);
        f_r36_35 = (f_r36_35 + b35[((int64_t)b42[i_q] * 64 + 35)]);
        f_r36_36 = (f_r36_36 + b35[((int64_t)b42[i_q] * 64 + 36)]);
        f_r36_37 = (f_r36_37 + b35[((int64_t)b42[i_q] * 64 + 37)]);
        f_r36_38 = (f_r36_38 + b35[((int64_t)b42[i_q] * 64 + 38)]);
        f_r36_39 = (f_r36_39 + b35[((int64_t)b42[i_q] * 64 + 39)]);
        f_r36_40 = (f_r36_40 + b35[((int64_t)b42[i_q] * 64 + 40)]);
        f_r36_41 = (f_r36_41 + b35[((int64_t)b42[i_q] * 64 + 41)]);
        f_r36_42 = (f_r36_42 + b35[((int64_t)b42[i_q] * 64 + 42)]);
        f_r36_43 = (f_r36_43 + b35[((int64_t)b42[i_q] * 64 + 43)]);
        f_r36_44 = (f_r36_44 + b35[((int64_t)b42[i_q] * 64 + 44)]);
        f_r36_45 = (f_r36_45 + b35[((int64_t)b42[i_q] * 64 + 45)]);
        f_r36_46 = (f_r36_46 + b35[((int64_t)b42[i_q] * 64 + 46)]);
        f_r36_47 = (f_r36_47 + b35[((int64_t)b42[i_q] * 64 + 47)]);
        f_r36_48 = (f_r36_48 + b35[((int64_t)b42[i_q] * 64 + 48)]);
        f_r36_49 = (f_r36_49 + b35[((int64_t)b42[i_q] * 64 + 49)]);
        f_r36_50 = (f_r36_50 + b35[((int64_t)b42[i_q] * 64 + 50)]);
        f_r36_51 = (f_r36_51 + b35[((int64_t)b42[i_q] * 64 + 51)]);
        f_r36_52 = (f_r36_52 + b35[((int64_t)b42[i_q] * 64 + 52)]);
        f_r36_53 = (f_r36_53 + b35[((int64_t)b42[i_q] * 64 + 53)]);
        f_r36_54 = (f_r36_54 + b35[((int64_t)b42[i_q] * 64 + 54)]);
        f_r36_55 = (f_r36_55 + b35[((int64_t)b42[i_q] * 64 + 55)]);
        f_r36_56 = (f_r36_56 + b35[((int64_t)b42[i_q] * 64 + 56)]);
        f_r36_57 = (f_r36_57 + b35[((int64_t)b42[i_q] * 64 + 57)]);
        f_r36_58 = (f_r36_58 + b35[((int64_t)b42[i_q] * 64 + 58)]);
        f_r36_59 = (f_r36_59 + b35[((int64_t)b42[i_q] * 64 + 59)]);
        f_r36_60 = (f_r36_60 + b35[((int64_t)b42[i_q] * 64 + 60)]);
        f_r36_61 = (f_r36_61 + b35[((int64_t)b42[i_q] * 64 + 61)]);
        f_r36_62 = (f_r36_62 + b35[((int64_t)b42[i_q] * 64 + 62)]);
        f_r36_63 = (f_r36_63 + b35[((int64_t)b42[i_q] * 64 + 63)]);
      }
    }
    {
      b37[(i_v * 64 + 0)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 0)] + f_r36_0), seed, 1ULL, (uint64_t)((i_v * 64 + 0)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 0)] + f_r36_0)), b15[(i_v * 64 + 0)]);
      b37[(i_v * 64 + 1)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 1)] + f_r36_1), seed, 1ULL, (uint64_t)((i_v * 64 + 1)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 1)] + f_r36_1)), b15[(i_v * 64 + 1)]);
      b37[(i_v * 64 + 2)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 2)] + f_r36_2), seed, 1ULL, (uint64_t)((i_v * 64 + 2)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 2)] + f_r36_2)), b15[(i_v * 64 + 2)]);
      b37[(i_v * 64 + 3)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 3)] + f_r36_3), seed, 1ULL, (uint64_t)((i_v * 64 + 3)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 3)] + f_r36_3)), b15[(i_v * 64 + 3)]);
      b37[(i_v * 64 + 4)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 4)] + f_r36_4), seed, 1ULL, (uint64_t)((i_v * 64 + 4)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 4)] + f_r36_4)), b15[(i_v * 64 + 4)]);
      b37[(i_v * 64 + 5)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 5)] + f_r36_5), seed, 1ULL, (uint64_t)((i_v * 64 + 5)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 5)] + f_r36_5)), b15[(i_v * 64 + 5)]);
      b37[(i_v * 64 + 6)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 6)] + f_r36_6), seed, 1ULL, (uint64_t)((i_v * 64 + 6)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 6)] + f_r36_6)), b15[(i_v * 64 + 6)]);
      b37[(i_v * 64 + 7)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 7)] + f_r36_7), seed, 1ULL, (uint64_t)((i_v * 64 + 7)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 7)] + f_r36_7)), b15[(i_v * 64 + 7)]);
      b37[(i_v * 64 + 8)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 8)] + f_r36_8), seed, 1ULL, (uint64_t)((i_v * 64 + 8)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 8)] + f_r36_8)), b15[(i_v * 64 + 8)]);
      b37[(i_v * 64 + 9)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 9)] + f_r36_9), seed, 1ULL, (uint64_t)((i_v * 64 + 9)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 9)] + f_r36_9)), b15[(i_v * 64 + 9)]);
      b37[(i_v * 64 + 10)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 10)] + f_r36_10), seed, 1ULL, (uint64_t)((i_v * 64 + 10)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 10)] + f_r36_10)), b15[(i_v * 64 + 10)]);
      b37[(i_v * 64 + 11)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 11)] + f_r36_11), seed, 1ULL, (uint64_t)((i_v * 64 + 11)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 11)] + f_r36_11)), b15[(i_v * 64 + 11)]);
      b37[(i_v * 64 + 12)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 12)] + f_r36_12), seed, 1ULL, (uint64_t)((i_v * 64 + 12)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 12)] + f_r36_12)), b15[(i_v * 64 + 12)]);
      b37[(i_v * 64 + 13)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 13)] + f_r36_13), seed, 1ULL, (uint64_t)((i_v * 64 + 13)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 13)] + f_r36_13)), b15[(i_v * 64 + 13)]);
      b37[(i_v * 64 + 14)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 14)] + f_r36_14), seed, 1ULL, (uint64_t)((i_v * 64 + 14)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 14)] + f_r36_14)), b15[(i_v * 64 + 14)]);
      b37[(i_v * 64 + 15)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 15)] + f_r36_15), seed, 1ULL, (uint64_t)((i_v * 64 + 15)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 15)] + f_r36_15)), b15[(i_v * 64 + 15)]);
      b37[(i_v * 64 + 16)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 16)] + f_r36_16), seed, 1ULL, (uint64_t)((i_v * 64 + 16)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 16)] + f_r36_16)), b15[(i_v * 64 + 16)]);
      b37[(i_v * 64 + 17)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 17)] + f_r36_17), seed, 1ULL, (uint64_t)((i_v * 64 + 17)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 17)] + f_r36_17)), b15[(i_v * 64 + 17)]);
      b37[(i_v * 64 + 18)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 18)] + f_r36_18), seed, 1ULL, (uint64_t)((i_v * 64 + 18)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 18)] + f_r36_18)), b15[(i_v * 64 + 18)]);
      b37[(i_v * 64 + 19)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 19)] + f_r36_19), seed, 1ULL, (uint64_t)((i_v * 64 + 19)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 19)] + f_r36_19)), b15[(i_v * 64 + 19)]);
      b37[(i_v * 64 + 20)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 20)] + f_r36_20), seed, 1ULL, (uint64_t)((i_v * 64 + 20)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 20)] + f_r36_20)), b15[(i_v * 64 + 20)]);
      b37[(i_v * 64 + 21)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 21)] + f_r36_21), seed, 1ULL, (uint64_t)((i_v * 64 + 21)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 21)] + f_r36_21)), b15[(i_v * 64 + 21)]);
      b37[(i_v * 64 + 22)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 22)] + f_r36_22), seed, 1ULL, (uint64_t)((i_v * 64 + 22)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 22)] + f_r36_22)), b15[(i_v * 64 + 22)]);
      b37[(i_v * 64 + 23)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 23)] + f_r36_23), seed, 1ULL, (uint64_t)((i_v * 64 + 23)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 23)] + f_r36_23)), b15[(i_v * 64 + 23)]);
      b37[(i_v * 64 + 24)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 24)] + f_r36_24), seed, 1ULL, (uint64_t)((i_v * 64 + 24)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 24)] + f_r36_24)), b15[(i_v * 64 + 24)]);
      b37[(i_v * 64 + 25)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 25)] + f_r36_25), seed, 1ULL, (uint64_t)((i_v * 64 + 25)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 25)] + f_r36_25)), b15[(i_v * 64 + 25)]);
      b37[(i_v * 64 + 26)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 26)] + f_r36_26), seed, 1ULL, (uint64_t)((i_v * 64 + 26)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 26)] + f_r36_26)), b15[(i_v * 64 + 26)]);
      b37[(i_v * 64 + 27)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 27)] + f_r36_27), seed, 1ULL, (uint64_t)((i_v * 64 + 27)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 27)] + f_r36_27)), b15[(i_v * 64 + 27)]);
      b37[(i_v * 64 + 28)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 28)] + f_r36_28), seed, 1ULL, (uint64_t)((i_v * 64 + 28)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 28)] + f_r36_28)), b15[(i_v * 64 + 28)]);
      b37[(i_v * 64 + 29)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 29)] + f_r36_29), seed, 1ULL, (uint64_t)((i_v * 64 + 29)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 29)] + f_r36_29)), b15[(i_v * 64 + 29)]);
      b37[(i_v * 64 + 30)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 30)] + f_r36_30), seed, 1ULL, (uint64_t)((i_v * 64 + 30)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 30)] + f_r36_30)), b15[(i_v * 64 + 30)]);
      b37[(i_v * 64 + 31)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 31)] + f_r36_31), seed, 1ULL, (uint64_t)((i_v * 64 + 31)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 31)] + f_r36_31)), b15[(i_v * 64 + 31)]);
      b37[(i_v * 64 + 32)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 32)] + f_r36_32), seed, 1ULL, (uint64_t)((i_v * 64 + 32)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 32)] + f_r36_32)), b15[(i_v * 64 + 32)]);
      b37[(i_v * 64 + 33)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 33)] + f_r36_33), seed, 1ULL, (uint64_t)((i_v * 64 + 33)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 33)] + f_r36_33)), b15[(i_v * 64 + 33)]);
      b37[(i_v * 64 + 34)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 34)] + f_r36_34), seed, 1ULL, (uint64_t)((i_v * 64 + 34)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 34)] + f_r36_34)), b15[(i_v * 64 + 34)]);
      b37[(i_v * 64 + 35)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 35)] + f_r36_35), seed, 1ULL, (uint64_t)((i_v * 64 + 35)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 35)] + f_r36_35)), b15[(i_v * 64 + 35)]);
      b37[(i_v * 64 + 36)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 36)] + f_r36_36), seed, 1ULL, (uint64_t)((i_v * 64 + 36)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 36)] + f_r36_36)), b15[(i_v * 64 + 36)]);
      b37[(i_v * 64 + 37)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 37)] + f_r36_37), seed, 1ULL, (uint64_t)((i_v * 64 + 37)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 37)] + f_r36_37)), b15[(i_v * 64 + 37)]);
      b37[(i_v * 64 + 38)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 38)] + f_r36_38), seed, 1ULL, (uint64_t)((i_v * 64 + 38)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 38)] + f_r36_38)), b15[(i_v * 64 + 38)]);
      b37[(i_v * 64 + 39)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 39)] + f_r36_39), seed, 1ULL, (uint64_t)((i_v * 64 + 39)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 39)] + f_r36_39)), b15[(i_v * 64 + 39)]);
      b37[(i_v * 64 + 40)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 40)] + f_r36_40), seed, 1ULL, (uint64_t)((i_v * 64 + 40)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 40)] + f_r36_40)), b15[(i_v * 64 + 40)]);
      b37[(i_v * 64 + 41)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 41)] + f_r36_41), seed, 1ULL, (uint64_t)((i_v * 64 + 41)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 41)] + f_r36_41)), b15[(i_v * 64 + 41)]);
      b37[(i_v * 64 + 42)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 42)] + f_r36_42), seed, 1ULL, (uint64_t)((i_v * 64 + 42)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 42)] + f_r36_42)), b15[(i_v * 64 + 42)]);
      b37[(i_v * 64 + 43)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 43)] + f_r36_43), seed, 1ULL, (uint64_t)((i_v * 64 + 43)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 43)] + f_r36_43)), b15[(i_v * 64 + 43)]);
      b37[(i_v * 64 + 44)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 44)] + f_r36_44), seed, 1ULL, (uint64_t)((i_v * 64 + 44)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 44)] + f_r36_44)), b15[(i_v * 64 + 44)]);
      b37[(i_v * 64 + 45)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 45)] + f_r36_45), seed, 1ULL, (uint64_t)((i_v * 64 + 45)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 45)] + f_r36_45)), b15[(i_v * 64 + 45)]);
      b37[(i_v * 64 + 46)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 46)] + f_r36_46), seed, 1ULL, (uint64_t)((i_v * 64 + 46)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 46)] + f_r36_46)), b15[(i_v * 64 + 46)]);
      b37[(i_v * 64 + 47)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 47)] + f_r36_47), seed, 1ULL, (uint64_t)((i_v * 64 + 47)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 47)] + f_r36_47)), b15[(i_v * 64 + 47)]);
      b37[(i_v * 64 + 48)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 48)] + f_r36_48), seed, 1ULL, (uint64_t)((i_v * 64 + 48)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 48)] + f_r36_48)), b15[(i_v * 64 + 48)]);
      b37[(i_v * 64 + 49)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 49)] + f_r36_49), seed, 1ULL, (uint64_t)((i_v * 64 + 49)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 49)] + f_r36_49)), b15[(i_v * 64 + 49)]);
      b37[(i_v * 64 + 50)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 50)] + f_r36_50), seed, 1ULL, (uint64_t)((i_v * 64 + 50)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 50)] + f_r36_50)), b15[(i_v * 64 + 50)]);
      b37[(i_v * 64 + 51)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 51)] + f_r36_51), seed, 1ULL, (uint64_t)((i_v * 64 + 51)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 51)] + f_r36_51)), b15[(i_v * 64 + 51)]);
      b37[(i_v * 64 + 52)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 52)] + f_r36_52), seed, 1ULL, (uint64_t)((i_v * 64 + 52)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 52)] + f_r36_52)), b15[(i_v * 64 + 52)]);
      b37[(i_v * 64 + 53)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 53)] + f_r36_53), seed, 1ULL, (uint64_t)((i_v * 64 + 53)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 53)] + f_r36_53)), b15[(i_v * 64 + 53)]);
      b37[(i_v * 64 + 54)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 54)] + f_r36_54), seed, 1ULL, (uint64_t)((i_v * 64 + 54)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 54)] + f_r36_54)), b15[(i_v * 64 + 54)]);
      b37[(i_v * 64 + 55)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 55)] + f_r36_55), seed, 1ULL, (uint64_t)((i_v * 64 + 55)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 55)] + f_r36_55)), b15[(i_v * 64 + 55)]);
      b37[(i_v * 64 + 56)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 56)] + f_r36_56), seed, 1ULL, (uint64_t)((i_v * 64 + 56)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 56)] + f_r36_56)), b15[(i_v * 64 + 56)]);
      b37[(i_v * 64 + 57)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 57)] + f_r36_57), seed, 1ULL, (uint64_t)((i_v * 64 + 57)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 57)] + f_r36_57)), b15[(i_v * 64 + 57)]);
      b37[(i_v * 64 + 58)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 58)] + f_r36_58), seed, 1ULL, (uint64_t)((i_v * 64 + 58)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 58)] + f_r36_58)), b15[(i_v * 64 + 58)]);
      b37[(i_v * 64 + 59)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 59)] + f_r36_59), seed, 1ULL, (uint64_t)((i_v * 64 + 59)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 59)] + f_r36_59)), b15[(i_v * 64 + 59)]);
      b37[(i_v * 64 + 60)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 60)] + f_r36_60), seed, 1ULL, (uint64_t)((i_v * 64 + 60)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 60)] + f_r36_60)), b15[(i_v * 64 + 60)]);
      b37[(i_v * 64 + 61)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 61)] + f_r36_61), seed, 1ULL, (uint64_t)((i_v * 64 + 61)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 61)] + f_r36_61)), b15[(i_v * 64 + 61)]);
      b37[(i_v * 64 + 62)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 62)] + f_r36_62), seed, 1ULL, (uint64_t)((i_v * 64 + 62)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 62)] + f_r36_62)), b15[(i_v * 64 + 62)]);
      b37[(i_v * 64 + 63)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b29[(i_v * 64 + 63)] + f_r36_63), seed, 1ULL, (uint64_t)((i_v * 64 + 63)), 8388608ULL, 2.0f) : (b29[(i_v * 64 + 63)] + f_r36_63)), b15[(i_v * 64 + 63)]);
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
  float* restrict b37 = (float*)buffers[37]; /* t37 */
  float* restrict b38 = (float*)buffers[38]; /* grad.conv1.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b37[(i_k0 * 64 + (i_t % 64))]);
    }
    b38[i_t] = f_acc;
  }
}

/* matmul_tn | matmul_tn */
void k24_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b12 = (float*)buffers[12]; /* t7 */
  float* restrict b37 = (float*)buffers[37]; /* t37 */
  float* restrict b39 = (float*)buffers[39]; /* grad.conv1.W_self */
  float* restrict b40 = (float*)buffers[40]; /* grad.conv1.W_neigh */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b39[(i_k * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_r = 0; i_r < s_N; i_r++) {
        float f_a = b8[(i_r * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b39[(i_k * 64 + i_c)] = (b39[(i_k * 64 + i_c)] + (f_a * b37[(i_r * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b40[(i_k * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_r = 0; i_r < s_N; i_r++) {
        float f_a = b12[(i_r * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b40[(i_k * 64 + i_c)] = (b40[(i_k * 64 + i_c)] + (f_a * b37[(i_r * 64 + i_c)]));
          }
        }
      }
    }
  }
}
