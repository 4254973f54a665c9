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
/* program SAGEMax: 43 buffers, 18 kernels */

/* matmul_nt (W^T) | matmul_nt (W^T) */
void k17_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b16 = (float*)buffers[16]; /* conv2.W_neigh */
  float* restrict b18 = (float*)buffers[18]; /* conv2.W_self */
  float* restrict b29 = (float*)buffers[29]; /* t26.wt */
  float* restrict b33 = (float*)buffers[33]; /* t29.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < s_C; i_q++) {
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b33[(i_q * 64 + i_c)] = b16[(i_c * s_C + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b29[(i_q * 64 + i_c)] = b18[(i_c * s_C + i_q)];
      }
    }
  }
}

/* dropout */
void k0_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b6 = (float*)buffers[6]; /* x */
  float* restrict b7 = (float*)buffers[7]; /* t1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < s_F; i_j++) {
      b7[(i_r * s_F + i_j)] = (training ? gnnc_dropout_mul(b6[(i_r * s_F + i_j)], seed, 0ULL, (uint64_t)((i_r * s_F + i_j)), 8388608ULL, 2.0f) : b6[(i_r * s_F + i_j)]);
    }
  }
}

/* aggregate.dst.max | matmul | matmul | add | dropout */
void k1_aggregate_dst_max(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* t1 */
  float* restrict b8 = (float*)buffers[8]; /* conv1.W_neigh */
  float* restrict b9 = (float*)buffers[9]; /* conv1.b */
  float* restrict b10 = (float*)buffers[10]; /* conv1.W_self */
  float* restrict b11 = (float*)buffers[11]; /* t6 */
  float* restrict b12 = (float*)buffers[12]; /* t7 */
  float* restrict b13 = (float*)buffers[13]; /* t9 */
  float* restrict b14 = (float*)buffers[14]; /* t10 */
  float* restrict b15 = (float*)buffers[15]; /* h */
  int32_t* restrict b42 = (int32_t*)buffers[42]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        float f_acc = 0.0f;
        if (i_start < i_end) {
          f_acc = b7[((int64_t)b42[i_start] * s_F + i_j)];
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            f_acc = fmaxf(f_acc, b7[((int64_t)b42[i_q] * s_F + i_j)]);
          }
        }
        b11[(i_v * s_F + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b12[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b11[(i_v * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b12[(i_v * 64 + i_c)] = (b12[(i_v * 64 + i_c)] + (f_a * b8[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b13[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b7[(i_v * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b13[(i_v * 64 + i_c)] = (b13[(i_v * 64 + i_c)] + (f_a * b10[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b14[(i_v * 64 + i_j)] = ((b12[(i_v * 64 + i_j)] + b9[i_j]) + b13[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b15[(i_v * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_relu(b14[(i_v * 64 + i_j)]), seed, 1ULL, (uint64_t)((i_v * 64 + i_j)), 8388608ULL, 2.0f) : gnnc_relu(b14[(i_v * 64 + i_j)]));
      }
    }
  }
}

/* gather.src */
void k6_gather_src(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  float* restrict b15 = (float*)buffers[15]; /* h */
  float* restrict b19 = (float*)buffers[19]; /* t16 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b19[(i_r * 64 + i_j)] = b15[((int64_t)b0[i_r] * 64 + i_j)];
    }
  }
}

/* aggregate.dst.max | matmul | matmul | add */
void k7_aggregate_dst_max(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b15 = (float*)buffers[15]; /* h */
  float* restrict b16 = (float*)buffers[16]; /* conv2.W_neigh */
  float* restrict b17 = (float*)buffers[17]; /* conv2.b */
  float* restrict b18 = (float*)buffers[18]; /* conv2.W_self */
  float* restrict b19 = (float*)buffers[19]; /* t16 */
  float* restrict b20 = (float*)buffers[20]; /* t17 */
  float* restrict b21 = (float*)buffers[21]; /* t18 */
  float* restrict b22 = (float*)buffers[22]; /* t20 */
  float* restrict b23 = (float*)buffers[23]; /* t21 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        float f_acc = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          f_acc = b19[(i_e * 64 + i_j)];
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            f_acc = fmaxf(f_acc, b19[(i_e * 64 + i_j)]);
          }
        }
        b20[(i_v * 64 + i_j)] = f_acc;
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
            b21[(i_v * s_C + i_c)] = (b21[(i_v * s_C + i_c)] + (f_a * b16[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b22[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b15[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b22[(i_v * s_C + i_c)] = (b22[(i_v * s_C + i_c)] + (f_a * b18[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b23[(i_v * s_C + i_j)] = ((b21[(i_v * s_C + i_j)] + b17[i_j]) + b22[(i_v * s_C + i_j)]);
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
  float* restrict b23 = (float*)buffers[23]; /* t21 */
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
  float* restrict b23 = (float*)buffers[23]; /* t21 */
  int32_t* restrict b24 = (int32_t*)buffers[24]; /* labels */
  float* restrict b25 = (float*)buffers[25]; /* train_mask */
  float* restrict b27 = (float*)buffers[27]; /* t25 */
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

/* matmul_nt */
void k14_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b27 = (float*)buffers[27]; /* t25 */
  float* restrict b28 = (float*)buffers[28]; /* t26 */
  float* restrict b29 = (float*)buffers[29]; /* t26.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b28[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b27[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b28[(i_r * 64 + i_c)] = (b28[(i_r * 64 + i_c)] + (f_a * b29[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k15_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b15 = (float*)buffers[15]; /* h */
  float* restrict b27 = (float*)buffers[27]; /* t25 */
  float* restrict b30 = (float*)buffers[30]; /* grad.conv2.W_self */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b30[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b15[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b30[(i_k * s_C + i_c)] = (b30[(i_k * s_C + i_c)] + (f_a * b27[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* sum_to */
void k16_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b27 = (float*)buffers[27]; /* t25 */
  float* restrict b31 = (float*)buffers[31]; /* grad.conv2.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b27[(i_k0 * s_C + (i_t % s_C))]);
    }
    b31[i_t] = f_acc;
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
  float* restrict b27 = (float*)buffers[27]; /* t25 */
  float* restrict b32 = (float*)buffers[32]; /* t29 */
  float* restrict b33 = (float*)buffers[33]; /* t29.wt */
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
  float* restrict b20 = (float*)buffers[20]; /* t17 */
  float* restrict b27 = (float*)buffers[27]; /* t25 */
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

/* aggregate_arg.dst.max */
void k20_aggregate_arg_dst_max(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b19 = (float*)buffers[19]; /* t16 */
  int32_t* restrict b35 = (int32_t*)buffers[35]; /* t31 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      int64_t i_arg = -1;
      float f_best = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        if (i_arg == -1) {
          i_arg = i_e;
          f_best = b19[(i_e * 64 + i_j)];
        }
        if (b19[(i_e * 64 + i_j)] > f_best) {
          i_arg = i_e;
          f_best = b19[(i_e * 64 + i_j)];
        }
      }
      b35[(i_v * 64 + i_j)] = (int32_t)(i_arg);
    }
  }
}

/* scatter_arg.dst */
void k21_scatter_arg_dst(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b32 = (float*)buffers[32]; /* t29 */
  int32_t* restrict b35 = (int32_t*)buffers[35]; /* t31 */
  float* restrict b36 = (float*)buffers[36]; /* t32 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_e = 0; i_e < s_E; i_e++) {
    int64_t i_v = (int64_t)b1[i_e];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b36[(i_e * 64 + i_j)] = ((int64_t)b35[(i_v * 64 + i_j)] == i_e ? b32[(i_v * 64 + i_j)] : 0.0f);
    }
  }
}

/* aggregate.src.sum | relu_grad */
void k22_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b14 = (float*)buffers[14]; /* t10 */
  float* restrict b28 = (float*)buffers[28]; /* t26 */
  float* restrict b36 = (float*)buffers[36]; /* t32 */
  float* restrict b38 = (float*)buffers[38]; /* t36 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r37_0 = 0.0f;
    float f_r37_1 = 0.0f;
    float f_r37_2 = 0.0f;
    float f_r37_3 = 0.0f;
    float f_r37_4 = 0.0f;
    float f_r37_5 = 0.0f;
    float f_r37_6 = 0.0f;
    float f_r37_7 = 0.0f;
    float f_r37_8 = 0.0f;
    float f_r37_9 = 0.0f;
    float f_r37_10 = 0.0f;
    float f_r37_11 = 0.0f;
    float f_r37_12 = 0.0f;
    float f_r37_13 = 0.0f;
    float f_r37_14 = 0.0f;
    float f_r37_15 = 0.0f;
    float f_r37_16 = 0.0f;
    float f_r37_17 = 0.0f;
    float f_r37_18 = 0.0f;
    float f_r37_19 = 0.0f;
    float f_r37_20 = 0.0f;
    float f_r37_21 = 0.0f;
    float f_r37_22 = 0.0f;
    float f_r37_23 = 0.0f;
    float f_r37_24 = 0.0f;
    float f_r37_25 = 0.0f;
    float f_r37_26 = 0.0f;
    float f_r37_27 = 0.0f;
    float f_r37_28 = 0.0f;
    float f_r37_29 = 0.0f;
    float f_r37_30 = 0.0f;
    float f_r37_31 = 0.0f;
    float f_r37_32 = 0.0f;
    float f_r37_33 = 0.0f;
    float f_r37_34 = 0.0f;
    float f_r37_35 = 0.0f;
    float f_r37_36 = 0.0f;
    float f_r37_37 = 0.0f;
    float f_r37_38 = 0.0f;
    float f_r37_39 = 0.0f;
    float f_r37_40 = 0.0f;
    float f_r37_41 = 0.0f;
    float f_r37_42 = 0.0f;
    float f_r37_43 = 0.0f;
    float f_r37_44 = 0.0f;
    float f_r37_45 = 0.0f;
    float f_r37_46 = 0.0f;
    float f_r37_47 = 0.0f;
    float f_r37_48 = 0.0f;
    float f_r37_49 = 0.0f;
    float f_r37_50 = 0.0f;
    float f_r37_51 = 0.0f;
    float f_r37_52 = 0.0f;
    float f_r37_53 = 0.0f;
    float f_r37_54 = 0.0f;
    float f_r37_55 = 0.0f;
    float f_r37_56 = 0.0f;
    float f_r37_57 = 0.0f;
    float f_r37_58 = 0.0f;
    float f_r37_59 = 0.0f;
    float f_r37_60 = 0.0f;
    float f_r37_61 = 0.0f;
    float f_r37_62 = 0.0f;
    float f_r37_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      f_r37_0 = 0.0f;
      f_r37_1 = 0.0f;
      f_r37_2 = 0.0f;
      f_r37_3 = 0.0f;
      f_r37_4 = 0.0f;
      f_r37_5 = 0.0f;
      f_r37_6 = 0.0f;
      f_r37_7 = 0.0f;
      f_r37_8 = 0.0f;
      f_r37_9 = 0.0f;
      f_r37_10 = 0.0f;
      f_r37_11 = 0.0f;
      f_r37_12 = 0.0f;
      f_r37_13 = 0.0f;
      f_r37_14 = 0.0f;
      f_r37_15 = 0.0f;
      f_r37_16 = 0.0f;
      f_r37_17 = 0.0f;
      f_r37_18 = 0.0f;
      f_r37_19 = 0.0f;
      f_r37_20 = 0.0f;
      f_r37_21 = 0.0f;
      f_r37_22 = 0.0f;
      f_r37_23 = 0.0f;
      f_r37_24 = 0.0f;
      f_r37_25 = 0.0f;
      f_r37_26 = 0.0f;
      f_r37_27 = 0.0f;
      f_r37_28 = 0.0f;
      f_r37_29 = 0.0f;
      f_r37_30 = 0.0f;
      f_r37_31 = 0.0f;
      f_r37_32 = 0.0f;
      f_r37_33 = 0.0f;
      f_r37_34 = 0.0f;
      f_r37_35 = 0.0f;
      f_r37_36 = 0.0f;
      f_r37_37 = 0.0f;
      f_r37_38 = 0.0f;
      f_r37_39 = 0.0f;
      f_r37_40 = 0.0f;
      f_r37_41 = 0.0f;
      f_r37_42 = 0.0f;
      f_r37_43 = 0.0f;
      f_r37_44 = 0.0f;
      f_r37_45 = 0.0f;
      f_r37_46 = 0.0f;
      f_r37_47 = 0.0f;
      f_r37_48 = 0.0f;
      f_r37_49 = 0.0f;
      f_r37_50 = 0.0f;
      f_r37_51 = 0.0f;
      f_r37_52 = 0.0f;
      f_r37_53 = 0.0f;
      f_r37_54 = 0.0f;
      f_r37_55 = 0.0f;
      f_r37_56 = 0.0f;
      f_r37_57 = 0.0f;
      f_r37_58 = 0.0f;
      f_r37_59 = 0.0f;
      f_r37_60 = 0.0f;
      f_r37_61 = 0.0f;
      f_r37_62 = 0.0f;
      f_r37_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        int64_t i_e = (int64_t)b5[i_q];
        f_r37_0 = (f_r37_0 + b36[(i_e * 64 + 0)]);
        f_r37_1 = (f_r37_1 + b36[(i_e * 64 + 1)]);
        f_r37_2 = (f_r37_2 + b36[(i_e * 64 + 2)]);
        f_r37_3 = (f_r37_3 + b36[(i_e * 64 + 3)]);
        f_r37_4 = (f_r37_4 + b36[(i_e * 64 + 4)]);
        f_r37_5 = (f_r37_5 + b36[(i_e * 64 + 5)]);
        f_r37_6 = (f_r37_6 + b36[(i_e * 64 + 6)]);
        f_r37_7 = (f_r37_7 + b36[(i_e * 64 + 7)]);
        f_r37_8 = (f_r37_8 + b36[(i_e * 64 + 8)]);
        f_r37_9 = (f_r37_9 + b36[(i_e * 64 + 9)]);
        f_r37_10 = (f_r37_10 + b36[(i_e * 64 + 10)]);
        f_r37_11 = (f_r37_11 + b36[(i_e * 64 + 11)]);
        f_r37_12 = (f_r37_12 + b36[(i_e * 64 + 12)]);
        f_r37_13 = (f_r37_13 + b36[(i_e * 64 + 13)]);
        f_r37_14 = (f_r37_14 + b36[(i_e * 64 + 14)]);
        f_r37_15 = (f_r37_15 + b36[(i_e * 64 + 15)]);
        f_r37_16 = (f_r37_16 + b36[(i_e * 64 + 16)]);
        f_r37_17 = (f_r37_17 + b36[(i_e * 64 + 17)]);
        f_r37_18 = (f_r37_18 + b36[(i_e * 64 + 18)]);
        f_r37_19 = (f_r37_19 + b36[(i_e * 64 + 19)]);
        f_r37_20 = (f_r37_20 + b36[(i_e * 64 + 20)]);
        f_r37_21 = (f_r37_21 + b36[(i_e * 64 + 21)]);
        f_r37_22 = (f_r37_22 + b36[(i_e * 64 + 22)]);
        f_r37_23 = (f_r37_23 + b36[(i_e * 64 + 23)]);
        f_r37_24 = (f_r37_24 + b36[(i_e * 64 + 24)]);
        f_r37_25 = (f_r37_25 + b36[(i_e * 64 + 25)]);
        f_r37_26 = (f_r37_26 + b36[(i_e * 64 + 26)]);
        f_r37_27 = (f_r37_27 + b36[(i_e * 64 + 27)]);
        f_r37_28 = (f_r37_28 + b36[(i_e * 64 + 28)]);
        f_r37_29 = (f_r37_29 + b36[(i_e * 64 + 29)]);
        f_r37_30 = (f_r37_30 + b36[(i_e * 64 + 30)]);
        f_r37_31 = (f_r37_31 + b36[(i_e * 64 + 31)]);
        f_r37_32 = (f_r37_32 + b36[(i_e * 64 + 32)]);
        f_r37_33 = (f_r37_33 + b36[(i_e * 64 + 33)]);
        f_r37_34 = (f_r37_34 + b36[(i_e * 64 + 34)]);
        f_r37_35 = (f_r37_35 + b36[(i_e * 64 + 35)]);
        f_r37_36 = (f_r37_36 + b36[(i_e * 64 + 36)]);
        f_r37_37 = (f_r37_37 + b36[(i_e * 64 + 37)]);
        f_r37_38 = (f_r37_38 + b36[(i_e * 64 + 38)]);
        f_r37_39 = (f_r37_39 + b36[(i_e * 64 + 39)]);
        f_r37_40 = (f_r37_40 + b36[(i_e * 64 + 40)]);
        f_r37_41 = (f_r37_41 + b36[(i_e * 64 + 41)]);
        f_r37_42 = (f_r37_42 + b36[(i_e * 64 + 42)]);
        f_r37_43 = (f_r37_43 + b36[(i_e * 64 + 43)]);
        f_r37_44 = (f_r37_44 + b36[(i_e * 64 + 44)]);
        f_r37_45 = (f_r37_45 + b36[(i_e * 64 + 45)]);
        f_r37_46 = (f_r37_46 + b36[(i_e * 64 + 46)]);
        f_r37_47 = (f_r37_47 + b36[(i_e * 64 + 47)]);
        f_r37_48 = (f_r37_48 + b36[(i_e * 64 + 48)]);
        f_r37_49 = (f_r37_49 + b36[(i_e * 64 + 49)]);
        f_r37_50 = (f_r37_50 + b36[(i_e * 64 + 50)]);
        f_r37_51 = (f_r37_51 + b36[(i_e * 64 + 51)]);
        f_r37_52 = (f_r37_52 + b36[(i_e * 64 + 52)]);
        f_r37_53 = (f_r37_53 + b36[(i_e * 64 + 53)]);
        f_r37_54 = (f_r37_54 + b36[(i_e * 64 + 54)]);
        f_r37_55 = (f_r37_55 + b36[(i_e * 64 + 55)]);
        f_r37_56 = (f_r37_56 + b36[(i_e * 64 + 56)]);
        f_r37_57 = (f_r37_57 + b36[(i_e * 64 + 57)]);
        f_r37_58 = (f_r37_58 + b36[(i_e * 64 + 58)]);
        f_r37_59 = (f_r37_59 + b36[(i_e * 64 + 59)]);
        f_r37_60 = (f_r37_60 + b36[(i_e * 64 + 60)]);
        f_r37_61 = (f_r37_61 + b36[(i_e * 64 + 61)]);
        f_r37_62 = (f_r37_62 + b36[(i_e * 64 + 62)]);
        f_r37_63 = (f_r37_63 + b36[(i_e * 64 + 63)]);
      }
    }
    {
      b38[(i_v * 64 + 0)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 0)] + f_r37_0), seed, 1ULL, (uint64_t)((i_v * 64 + 0)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 0)] + f_r37_0)), b14[(i_v * 64 + 0)]);
      b38[(i_v * 64 + 1)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 1)] + f_r37_1), seed, 1ULL, (uint64_t)((i_v * 64 + 1)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 1)] + f_r37_1)), b14[(i_v * 64 + 1)]);
      b38[(i_v * 64 + 2)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 2)] + f_r37_2), seed, 1ULL, (uint64_t)((i_v * 64 + 2)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 2)] + f_r37_2)), b14[(i_v * 64 + 2)]);
      b38[(i_v * 64 + 3)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 3)] + f_r37_3), seed, 1ULL, (uint64_t)((i_v * 64 + 3)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 3)] + f_r37_3)), b14[(i_v * 64 + 3)]);
      b38[(i_v * 64 + 4)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 4)] + f_r37_4), seed, 1ULL, (uint64_t)((i_v * 64 + 4)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 4)] + f_r37_4)), b14[(i_v * 64 + 4)]);
      b38[(i_v * 64 + 5)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 5)] + f_r37_5), seed, 1ULL, (uint64_t)((i_v * 64 + 5)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 5)] + f_r37_5)), b14[(i_v * 64 + 5)]);
      b38[(i_v * 64 + 6)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 6)] + f_r37_6), seed, 1ULL, (uint64_t)((i_v * 64 + 6)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 6)] + f_r37_6)), b14[(i_v * 64 + 6)]);
      b38[(i_v * 64 + 7)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 7)] + f_r37_7), seed, 1ULL, (uint64_t)((i_v * 64 + 7)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 7)] + f_r37_7)), b14[(i_v * 64 + 7)]);
      b38[(i_v * 64 + 8)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 8)] + f_r37_8), seed, 1ULL, (uint64_t)((i_v * 64 + 8)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 8)] + f_r37_8)), b14[(i_v * 64 + 8)]);
      b38[(i_v * 64 + 9)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 9)] + f_r37_9), seed, 1ULL, (uint64_t)((i_v * 64 + 9)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 9)] + f_r37_9)), b14[(i_v * 64 + 9)]);
      b38[(i_v * 64 + 10)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 10)] + f_r37_10), seed, 1ULL, (uint64_t)((i_v * 64 + 10)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 10)] + f_r37_10)), b14[(i_v * 64 + 10)]);
      b38[(i_v * 64 + 11)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 11)] + f_r37_11), seed, 1ULL, (uint64_t)((i_v * 64 + 11)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 11)] + f_r37_11)), b14[(i_v * 64 + 11)]);
      b38[(i_v * 64 + 12)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 12)] + f_r37_12), seed, 1ULL, (uint64_t)((i_v * 64 + 12)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 12)] + f_r37_12)), b14[(i_v * 64 + 12)]);
      b38[(i_v * 64 + 13)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 13)] + f_r37_13), seed, 1ULL, (uint64_t)((i_v * 64 + 13)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 13)] + f_r37_13)), b14[(i_v * 64 + 13)]);
      b38[(i_v * 64 + 14)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 14)] + f_r37_14), seed, 1ULL, (uint64_t)((i_v * 64 + 14)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 14)] + f_r37_14)), b14[(i_v * 64 + 14)]);
      b38[(i_v * 64 + 15)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 15)] + f_r37_15), seed, 1ULL, (uint64_t)((i_v * 64 + 15)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 15)] + f_r37_15)), b14[(i_v * 64 + 15)]);
      b38[(i_v * 64 + 16)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 16)] + f_r37_16), seed, 1ULL, (uint64_t)((i_v * 64 + 16)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 16)] + f_r37_16)), b14[(i_v * 64 + 16)]);
      b38[(i_v * 64 + 17)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 17)] + f_r37_17), seed, 1ULL, (uint64_t)((i_v * 64 + 17)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 17)] + f_r37_17)), b14[(i_v * 64 + 17)]);
      b38[(i_v * 64 + 18)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 18)] + f_r37_18), seed, 1ULL, (uint64_t)((i_v * 64 + 18)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 18)] + f_r37_18)), b14[(i_v * 64 + 18)]);
      b38[(i_v * 64 + 19)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 19)] + f_r37_19), seed, 1ULL, (uint64_t)((i_v * 64 + 19)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 19)] + f_r37_19)), b14[(i_v * 64 + 19)]);
      b38[(i_v * 64 + 20)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 20)] + f_r37_20), seed, 1ULL, (uint64_t)((i_v * 64 + 20)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 20)] + f_r37_20)), b14[(i_v * 64 + 20)]);
      b38[(i_v * 64 + 21)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 21)] + f_r37_21), seed, 1ULL, (uint64_t)((i_v * 64 + 21)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 21)] + f_r37_21)), b14[(i_v * 64 + 21)]);
      b38[(i_v * 64 + 22)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 22)] + f_r37_22), seed, 1ULL, (uint64_t)((i_v * 64 + 22)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 22)] + f_r37_22)), b14[(i_v * 64 + 22)]);
      b38[(i_v * 64 + 23)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 23)] + f_r37_23), seed, 1ULL, (uint64_t)((i_v * 64 + 23)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 23)] + f_r37_23)), b14[(i_v * 64 + 23)]);
      b38[(i_v * 64 + 24)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 24)] + f_r37_24), seed, 1ULL, (uint64_t)((i_v * 64 + 24)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 24)] + f_r37_24)), b14[(i_v * 64 + 24)]);
      b38[(i_v * 64 + 25)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 25)] + f_r37_25), seed, 1ULL, (uint64_t)((i_v * 64 + 25)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 25)] + f_r37_25)), b14[(i_v * 64 + 25)]);
      b38[(i_v * 64 + 26)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 26)] + f_r37_26), seed, 1ULL, (uint64_t)((i_v * 64 + 26)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 26)] + f_r37_26)), b14[(i_v * 64 + 26)]);
      b38[(i_v * 64 + 27)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 27)] + f_r37_27), seed, 1ULL, (uint64_t)((i_v * 64 + 27)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 27)] + f_r37_27)), b14[(i_v * 64 + 27)]);
      b38[(i_v * 64 + 28)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 28)] + f_r37_28), seed, 1ULL, (uint64_t)((i_v * 64 + 28)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 28)] + f_r37_28)), b14[(i_v * 64 + 28)]);
      b38[(i_v * 64 + 29)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 29)] + f_r37_29), seed, 1ULL, (uint64_t)((i_v * 64 + 29)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 29)] + f_r37_29)), b14[(i_v * 64 + 29)]);
      b38[(i_v * 64 + 30)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 30)] + f_r37_30), seed, 1ULL, (uint64_t)((i_v * 64 + 30)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 30)] + f_r37_30)), b14[(i_v * 64 + 30)]);
      b38[(i_v * 64 + 31)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 31)] + f_r37_31), seed, 1ULL, (uint64_t)((i_v * 64 + 31)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 31)] + f_r37_31)), b14[(i_v * 64 + 31)]);
      b38[(i_v * 64 + 32)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 32)] + f_r37_32), seed, 1ULL, (uint64_t)((i_v * 64 + 32)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 32)] + f_r37_32)), b14[(i_v * 64 + 32)]);
      b38[(i_v * 64 + 33)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 33)] + f_r37_33), seed, 1ULL, (uint64_t)((i_v * 64 + 33)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 33)] + f_r37_33)), b14[(i_v * 64 + 33)]);
      b38[(i_v * 64 + 34)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 34)] + f_r37_34), seed, 1ULL, (uint64_t)((i_v * 64 + 34)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 34)] + f_r37_34)), b14[(i_v * 64 + 34)]);
      b38[(i_v * 64 + 35)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 35)] + f_r37_35), seed, 1ULL, (uint64_t)((i_v * 64 + 35)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 35)] + f_r37_35)), b14[(i_v * 64 + 35)]);
      b38[(i_v * 64 + 36)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 36)] + f_r37_36), seed, 1ULL, (uint64_t)((i_v * 64 + 36)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 36)] + f_r37_36)), b14[(i_v * 64 + 36)]);
      b38[(i_v * 64 + 37)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 37)] + f_r37_37), seed, 1ULL, (uint64_t)((i_v * 64 + 37)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 37)] + f_r37_37)), b14[(i_v * 64 + 37)]);
      b38[(i_v * 64 + 38)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 38)] + f_r37_38), seed, 1ULL, (uint64_t)((i_v * 64 + 38)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 38)] + f_r37_38)), b14[(i_v * 64 + 38)]);
      b38[(i_v * 64 + 39)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 39)] + f_r37_39), seed, 1ULL, (uint64_t)((i_v * 64 + 39)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 39)] + f_r37_39)), b14[(i_v * 64 + 39)]);
      b38[(i_v * 64 + 40)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 40)] + f_r37_40), seed, 1ULL, (uint64_t)((i_v * 64 + 40)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 40)] + f_r37_40)), b14[(i_v * 64 + 40)]);
      b38[(i_v * 64 + 41)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 41)] + f_r37_41), seed, 1ULL, (uint64_t)((i_v * 64 + 41)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 41)] + f_r37_41)), b14[(i_v * 64 + 41)]);
      b38[(i_v * 64 + 42)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 42)] + f_r37_42), seed, 1ULL, (uint64_t)((i_v * 64 + 42)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 42)] + f_r37_42)), b14[(i_v * 64 + 42)]);
      b38[(i_v * 64 + 43)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 43)] + f_r37_43), seed, 1ULL, (uint64_t)((i_v * 64 + 43)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 43)] + f_r37_43)), b14[(i_v * 64 + 43)]);
      b38[(i_v * 64 + 44)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 44)] + f_r37_44), seed, 1ULL, (uint64_t)((i_v * 64 + 44)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 44)] + f_r37_44)), b14[(i_v * 64 + 44)]);
      b38[(i_v * 64 + 45)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 45)] + f_r37_45), seed, 1ULL, (uint64_t)((i_v * 64 + 45)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 45)] + f_r37_45)), b14[(i_v * 64 + 45)]);
      b38[(i_v * 64 + 46)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 46)] + f_r37_46), seed, 1ULL, (uint64_t)((i_v * 64 + 46)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 46)] + f_r37_46)), b14[(i_v * 64 + 46)]);
      b38[(i_v * 64 + 47)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 47)] + f_r37_47), seed, 1ULL, (uint64_t)((i_v * 64 + 47)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 47)] + f_r37_47)), b14[(i_v * 64 + 47)]);
      b38[(i_v * 64 + 48)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 48)] + f_r37_48), seed, 1ULL, (uint64_t)((i_v * 64 + 48)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 48)] + f_r37_48)), b14[(i_v * 64 + 48)]);
      b38[(i_v * 64 + 49)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 49)] + f_r37_49), seed, 1ULL, (uint64_t)((i_v * 64 + 49)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 49)] + f_r37_49)), b14[(i_v * 64 + 49)]);
      b38[(i_v * 64 + 50)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 50)] + f_r37_50), seed, 1ULL, (uint64_t)((i_v * 64 + 50)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 50)] + f_r37_50)), b14[(i_v * 64 + 50)]);
      b38[(i_v * 64 + 51)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 51)] + f_r37_51), seed, 1ULL, (uint64_t)((i_v * 64 + 51)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 51)] + f_r37_51)), b14[(i_v * 64 + 51)]);
      b38[(i_v * 64 + 52)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 52)] + f_r37_52), seed, 1ULL, (uint64_t)((i_v * 64 + 52)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 52)] + f_r37_52)), b14[(i_v * 64 + 52)]);
      b38[(i_v * 64 + 53)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 53)] + f_r37_53), seed, 1ULL, (uint64_t)((i_v * 64 + 53)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 53)] + f_r37_53)), b14[(i_v * 64 + 53)]);
      b38[(i_v * 64 + 54)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 54)] + f_r37_54), seed, 1ULL, (uint64_t)((i_v * 64 + 54)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 54)] + f_r37_54)), b14[(i_v * 64 + 54)]);
      b38[(i_v * 64 + 55)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 55)] + f_r37_55), seed, 1ULL, (uint64_t)((i_v * 64 + 55)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 55)] + f_r37_55)), b14[(i_v * 64 + 55)]);
      b38[(i_v * 64 + 56)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 56)] + f_r37_56), seed, 1ULL, (uint64_t)((i_v * 64 + 56)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 56)] + f_r37_56)), b14[(i_v * 64 + 56)]);
      b38[(i_v * 64 + 57)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 57)] + f_r37_57), seed, 1ULL, (uint64_t)((i_v * 64 + 57)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 57)] + f_r37_57)), b14[(i_v * 64 + 57)]);
      b38[(i_v * 64 + 58)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 58)] + f_r37_58), seed, 1ULL, (uint64_t)((i_v * 64 + 58)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 58)] + f_r37_58)), b14[(i_v * 64 + 58)]);
      b38[(i_v * 64 + 59)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 59)] + f_r37_59), seed, 1ULL, (uint64_t)((i_v * 64 + 59)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 59)] + f_r37_59)), b14[(i_v * 64 + 59)]);
      b38[(i_v * 64 + 60)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 60)] + f_r37_60), seed, 1ULL, (uint64_t)((i_v * 64 + 60)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 60)] + f_r37_60)), b14[(i_v * 64 + 60)]);
      b38[(i_v * 64 + 61)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 61)] + f_r37_61), seed, 1ULL, (uint64_t)((i_v * 64 + 61)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 61)] + f_r37_61)), b14[(i_v * 64 + 61)]);
      b38[(i_v * 64 + 62)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 62)] + f_r37_62), seed, 1ULL, (uint64_t)((i_v * 64 + 62)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 62)] + f_r37_62)), b14[(i_v * 64 + 62)]);
      b38[(i_v * 64 + 63)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b28[(i_v * 64 + 63)] + f_r37_63), seed, 1ULL, (uint64_t)((i_v * 64 + 63)), 8388608ULL, 2.0f) : (b28[(i_v * 64 + 63)] + f_r37_63)), b14[(i_v * 64 + 63)]);
    }
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
  float* restrict b7 = (float*)buffers[7]; /* t1 */
  float* restrict b38 = (float*)buffers[38]; /* t36 */
  float* restrict b39 = (float*)buffers[39]; /* grad.conv1.W_self */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b39[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b7[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b39[(i_k * 64 + i_c)] = (b39[(i_k * 64 + i_c)] + (f_a * b38[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* sum_to */
void k25_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b38 = (float*)buffers[38]; /* t36 */
  float* restrict b40 = (float*)buffers[40]; /* grad.conv1.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b38[(i_k0 * 64 + (i_t % 64))]);
    }
    b40[i_t] = f_acc;
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
  float* restrict b11 = (float*)buffers[11]; /* t6 */
  float* restrict b38 = (float*)buffers[38]; /* t36 */
  float* restrict b41 = (float*)buffers[41]; /* grad.conv1.W_neigh */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b41[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b11[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b41[(i_k * 64 + i_c)] = (b41[(i_k * 64 + i_c)] + (f_a * b38[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}
