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
GNNC_INLINE float gnnc_neg(float x) { return -x; }
/* program Cheb: 64 buffers, 20 kernels */

/* matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) */
void k33_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b25 = (float*)buffers[25]; /* conv2.W0 */
  float* restrict b26 = (float*)buffers[26]; /* conv2.W1 */
  float* restrict b27 = (float*)buffers[27]; /* conv2.W2 */
  float* restrict b45 = (float*)buffers[45]; /* t59.wt */
  float* restrict b48 = (float*)buffers[48]; /* t61.wt */
  float* restrict b51 = (float*)buffers[51]; /* t63.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < s_C; i_q++) {
    {
      for (int64_t i_c = 0; i_c < 16; i_c++) {
        b51[(i_q * 16 + i_c)] = b25[(i_c * s_C + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 16; i_c++) {
        b48[(i_q * 16 + i_c)] = b26[(i_c * s_C + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 16; i_c++) {
        b45[(i_q * 16 + i_c)] = b27[(i_c * s_C + i_q)];
      }
    }
  }
}

/* out_degree | rsqrt | dropout | mul */
void k0_out_degree(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  float* restrict b6 = (float*)buffers[6]; /* t0 */
  float* restrict b7 = (float*)buffers[7]; /* conv1.scaled_laplacian_0.dn */
  float* restrict b8 = (float*)buffers[8]; /* x */
  float* restrict b9 = (float*)buffers[9]; /* t7 */
  float* restrict b14 = (float*)buffers[14]; /* t12 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      b6[i_v] = (float)(((int64_t)b4[(i_v + 1)] + (int64_t)b4[i_v] * -1));
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b7[(i_v + i_j)] = gnnc_rsqrt(fmaxf(b6[(i_v + i_j)], 1.0f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b9[(i_v * s_F + i_j)] = (training ? gnnc_dropout_mul(b8[(i_v * s_F + i_j)], seed, 0ULL, (uint64_t)((i_v * s_F + i_j)), 8388608ULL, 2.0f) : b8[(i_v * s_F + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b14[(i_v * s_F + i_j)] = (b9[(i_v * s_F + i_j)] * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | neg | mul */
void k4_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* conv1.scaled_laplacian_0.dn */
  float* restrict b14 = (float*)buffers[14]; /* t12 */
  float* restrict b15 = (float*)buffers[15]; /* t14 */
  float* restrict b16 = (float*)buffers[16]; /* conv1.t1 */
  float* restrict b17 = (float*)buffers[17]; /* t17 */
  int32_t* restrict b62 = (int32_t*)buffers[62]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b15[(i_v * s_F + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_F; i_j++) {
          b15[(i_v * s_F + i_j)] = (b15[(i_v * s_F + i_j)] + b14[((int64_t)b62[i_q] * s_F + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b16[(i_v * s_F + i_j)] = gnnc_neg((b15[(i_v * s_F + i_j)] * b7[i_v]));
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b17[(i_v * s_F + i_j)] = (b16[(i_v * s_F + i_j)] * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | sub | matmul | matmul | matmul | add | dropout | mul */
void k7_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* conv1.scaled_laplacian_0.dn */
  float* restrict b9 = (float*)buffers[9]; /* t7 */
  float* restrict b10 = (float*)buffers[10]; /* conv1.W0 */
  float* restrict b11 = (float*)buffers[11]; /* conv1.W1 */
  float* restrict b12 = (float*)buffers[12]; /* conv1.W2 */
  float* restrict b13 = (float*)buffers[13]; /* conv1.b */
  float* restrict b16 = (float*)buffers[16]; /* conv1.t1 */
  float* restrict b17 = (float*)buffers[17]; /* t17 */
  float* restrict b18 = (float*)buffers[18]; /* t19 */
  float* restrict b19 = (float*)buffers[19]; /* conv1.t2 */
  float* restrict b20 = (float*)buffers[20]; /* t24 */
  float* restrict b21 = (float*)buffers[21]; /* t25 */
  float* restrict b22 = (float*)buffers[22]; /* t27 */
  float* restrict b23 = (float*)buffers[23]; /* t29 */
  float* restrict b24 = (float*)buffers[24]; /* h */
  float* restrict b29 = (float*)buffers[29]; /* t36 */
  int32_t* restrict b62 = (int32_t*)buffers[62]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b18[(i_v * s_F + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_F; i_j++) {
          b18[(i_v * s_F + i_j)] = (b18[(i_v * s_F + i_j)] + b17[((int64_t)b62[i_q] * s_F + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b19[(i_v * s_F + i_j)] = ((gnnc_neg((b18[(i_v * s_F + i_j)] * b7[i_v])) * 2.0f) - b9[(i_v * s_F + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 16; i_c++) {
        b20[(i_v * 16 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b9[(i_v * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 16; i_c++) {
            b20[(i_v * 16 + i_c)] = (b20[(i_v * 16 + i_c)] + (f_a * b10[(i_k * 16 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 16; i_c++) {
        b21[(i_v * 16 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b16[(i_v * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 16; i_c++) {
            b21[(i_v * 16 + i_c)] = (b21[(i_v * 16 + i_c)] + (f_a * b11[(i_k * 16 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 16; i_c++) {
        b22[(i_v * 16 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b19[(i_v * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 16; i_c++) {
            b22[(i_v * 16 + i_c)] = (b22[(i_v * 16 + i_c)] + (f_a * b12[(i_k * 16 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 16; i_j++) {
        b23[(i_v * 16 + i_j)] = (((b20[(i_v * 16 + i_j)] + b21[(i_v * 16 + i_j)]) + b22[(i_v * 16 + i_j)]) + b13[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 16; i_j++) {
        b24[(i_v * 16 + i_j)] = (training ? gnnc_dropout_mul(gnnc_relu(b23[(i_v * 16 + i_j)]), seed, 1ULL, (uint64_t)((i_v * 16 + i_j)), 8388608ULL, 2.0f) : gnnc_relu(b23[(i_v * 16 + i_j)]));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 16; i_j++) {
        b29[(i_v * 16 + i_j)] = (b24[(i_v * 16 + i_j)] * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | neg | mul */
void k15_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* conv1.scaled_laplacian_0.dn */
  float* restrict b29 = (float*)buffers[29]; /* t36 */
  float* restrict b31 = (float*)buffers[31]; /* conv2.t1 */
  float* restrict b32 = (float*)buffers[32]; /* t41 */
  int32_t* restrict b62 = (int32_t*)buffers[62]; /* in_src */
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
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r30_0 = (f_r30_0 + b29[((int64_t)b62[i_q] * 16 + 0)]);
        f_r30_1 = (f_r30_1 + b29[((int64_t)b62[i_q] * 16 + 1)]);
        f_r30_2 = (f_r30_2 + b29[((int64_t)b62[i_q] * 16 + 2)]);
        f_r30_3 = (f_r30_3 + b29[((int64_t)b62[i_q] * 16 + 3)]);
        f_r30_4 = (f_r30_4 + b29[((int64_t)b62[i_q] * 16 + 4)]);
        f_r30_5 = (f_r30_5 + b29[((int64_t)b62[i_q] * 16 + 5)]);
        f_r30_6 = (f_r30_6 + b29[((int64_t)b62[i_q] * 16 + 6)]);
        f_r30_7 = (f_r30_7 + b29[((int64_t)b62[i_q] * 16 + 7)]);
        f_r30_8 = (f_r30_8 + b29[((int64_t)b62[i_q] * 16 + 8)]);
        f_r30_9 = (f_r30_9 + b29[((int64_t)b62[i_q] * 16 + 9)]);
        f_r30_10 = (f_r30_10 + b29[((int64_t)b62[i_q] * 16 + 10)]);
        f_r30_11 = (f_r30_11 + b29[((int64_t)b62[i_q] * 16 + 11)]);
        f_r30_12 = (f_r30_12 + b29[((int64_t)b62[i_q] * 16 + 12)]);
        f_r30_13 = (f_r30_13 + b29[((int64_t)b62[i_q] * 16 + 13)]);
        f_r30_14 = (f_r30_14 + b29[((int64_t)b62[i_q] * 16 + 14)]);
        f_r30_15 = (f_r30_15 + b29[((int64_t)b62[i_q] * 16 + 15)]);
      }
    }
    {
      b31[(i_v * 16 + 0)] = gnnc_neg((f_r30_0 * b7[i_v]));
      b31[(i_v * 16 + 1)] = gnnc_neg((f_r30_1 * b7[i_v]));
      b31[(i_v * 16 + 2)] = gnnc_neg((f_r30_2 * b7[i_v]));
      b31[(i_v * 16 + 3)] = gnnc_neg((f_r30_3 * b7[i_v]));
      b31[(i_v * 16 + 4)] = gnnc_neg((f_r30_4 * b7[i_v]));
      b31[(i_v * 16 + 5)] = gnnc_neg((f_r30_5 * b7[i_v]));
      b31[(i_v * 16 + 6)] = gnnc_neg((f_r30_6 * b7[i_v]));
      b31[(i_v * 16 + 7)] = gnnc_neg((f_r30_7 * b7[i_v]));
      b31[(i_v * 16 + 8)] = gnnc_neg((f_r30_8 * b7[i_v]));
      b31[(i_v * 16 + 9)] = gnnc_neg((f_r30_9 * b7[i_v]));
      b31[(i_v * 16 + 10)] = gnnc_neg((f_r30_10 * b7[i_v]));
      b31[(i_v * 16 + 11)] = gnnc_neg((f_r30_11 * b7[i_v]));
      b31[(i_v * 16 + 12)] = gnnc_neg((f_r30_12 * b7[i_v]));
      b31[(i_v * 16 + 13)] = gnnc_neg((f_r30_13 * b7[i_v]));
      b31[(i_v * 16 + 14)] = gnnc_neg((f_r30_14 * b7[i_v]));
      b31[(i_v * 16 + 15)] = gnnc_neg((f_r30_15 * b7[i_v]));
    }
    {
      for (int64_t i_j = 0; i_j < 16; i_j++) {
        b32[(i_v * 16 + i_j)] = (b31[(i_v * 16 + i_j)] * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | sub | matmul | matmul | matmul | add */
void k18_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* conv1.scaled_laplacian_0.dn */
  float* restrict b24 = (float*)buffers[24]; /* h */
  float* restrict b25 = (float*)buffers[25]; /* conv2.W0 */
  float* restrict b26 = (float*)buffers[26]; /* conv2.W1 */
  float* restrict b27 = (float*)buffers[27]; /* conv2.W2 */
  float* restrict b28 = (float*)buffers[28]; /* conv2.b */
  float* restrict b31 = (float*)buffers[31]; /* conv2.t1 */
  float* restrict b32 = (float*)buffers[32]; /* t41 */
  float* restrict b34 = (float*)buffers[34]; /* conv2.t2 */
  float* restrict b35 = (float*)buffers[35]; /* t48 */
  float* restrict b36 = (float*)buffers[36]; /* t49 */
  float* restrict b37 = (float*)buffers[37]; /* t51 */
  float* restrict b38 = (float*)buffers[38]; /* t53 */
  int32_t* restrict b62 = (int32_t*)buffers[62]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r33_0 = 0.0f;
    float f_r33_1 = 0.0f;
    float f_r33_2 = 0.0f;
    float f_r33_3 = 0.0f;
    float f_r33_4 = 0.0f;
    float f_r33_5 = 0.0f;
    float f_r33_6 = 0.0f;
    float f_r33_7 = 0.0f;
    float f_r33_8 = 0.0f;
    float f_r33_9 = 0.0f;
    float f_r33_10 = 0.0f;
    float f_r33_11 = 0.0f;
    float f_r33_12 = 0.0f;
    float f_r33_13 = 0.0f;
    float f_r33_14 = 0.0f;
    float f_r33_15 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r33_0 = 0.0f;
      f_r33_1 = 0.0f;
      f_r33_2 = 0.0f;
      f_r33_3 = 0.0f;
      f_r33_4 = 0.0f;
      f_r33_5 = 0.0f;
      f_r33_6 = 0.0f;
      f_r33_7 = 0.0f;
      f_r33_8 = 0.0f;
      f_r33_9 = 0.0f;
      f_r33_10 = 0.0f;
      f_r33_11 = 0.0f;
      f_r33_12 = 0.0f;
      f_r33_13 = 0.0f;
      f_r33_14 = 0.0f;
      f_r33_15 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r33_0 = (f_r33_0 + b32[((int64_t)b62[i_q] * 16 + 0)]);
        f_r33_1 = (f_r33_1 + b32[((int64_t)b62[i_q] * 16 + 1)]);
        f_r33_2 = (f_r33_2 + b32[((int64_t)b62[i_q] * 16 + 2)]);
        f_r33_3 = (f_r33_3 + b32[((int64_t)b62[i_q] * 16 + 3)]);
        f_r33_4 = (f_r33_4 + b32[((int64_t)b62[i_q] * 16 + 4)]);
        f_r33_5 = (f_r33_5 + b32[((int64_t)b62[i_q] * 16 + 5)]);
        f_r33_6 = (f_r33_6 + b32[((int64_t)b62[i_q] * 16 + 6)]);
        f_r33_7 = (f_r33_7 + b32[((int64_t)b62[i_q] * 16 + 7)]);
        f_r33_8 = (f_r33_8 + b32[((int64_t)b62[i_q] * 16 + 8)]);
        f_r33_9 = (f_r33_9 + b32[((int64_t)b62[i_q] * 16 + 9)]);
        f_r33_10 = (f_r33_10 + b32[((int64_t)b62[i_q] * 16 + 10)]);
        f_r33_11 = (f_r33_11 + b32[((int64_t)b62[i_q] * 16 + 11)]);
        f_r33_12 = (f_r33_12 + b32[((int64_t)b62[i_q] * 16 + 12)]);
        f_r33_13 = (f_r33_13 + b32[((int64_t)b62[i_q] * 16 + 13)]);
        f_r33_14 = (f_r33_14 + b32[((int64_t)b62[i_q] * 16 + 14)]);
        f_r33_15 = (f_r33_15 + b32[((int64_t)b62[i_q] * 16 + 15)]);
      }
    }
    {
      b34[(i_v * 16 + 0)] = ((gnnc_neg((f_r33_0 * b7[i_v])) * 2.0f) - b24[(i_v * 16 + 0)]);
      b34[(i_v * 16 + 1)] = ((gnnc_neg((f_r33_1 * b7[i_v])) * 2.0f) - b24[(i_v * 16 + 1)]);
      b34[(i_v * 16 + 2)] = ((gnnc_neg((f_r33_2 * b7[i_v])) * 2.0f) - b24[(i_v * 16 + 2)]);
      b34[(i_v * 16 + 3)] = ((gnnc_neg((f_r33_3 * b7[i_v])) * 2.0f) - b24[(i_v * 16 + 3)]);
      b34[(i_v * 16 + 4)] = ((gnnc_neg((f_r33_4 * b7[i_v])) * 2.0f) - b24[(i_v * 16 + 4)]);
      b34[(i_v * 16 + 5)] = ((gnnc_neg((f_r33_5 * b7[i_v])) * 2.0f) - b24[(i_v * 16 + 5)]);
      b34[(i_v * 16 + 6)] = ((gnnc_neg((f_r33_6 * b7[i_v])) * 2.0f) - b24[(i_v * 16 + 6)]);
      b34[(i_v * 16 + 7)] = ((gnnc_neg((f_r33_7 * b7[i_v])) * 2.0f) - b24[(i_v * 16 + 7)]);
      b34[(i_v * 16 + 8)] = ((gnnc_neg((f_r33_8 * b7[i_v])) * 2.0f) - b24[(i_v * 16 + 8)]);
      b34[(i_v * 16 + 9)] = ((gnnc_neg((f_r33_9 * b7[i_v])) * 2.0f) - b24[(i_v * 16 + 9)]);
      b34[(i_v * 16 + 10)] = ((gnnc_neg((f_r33_10 * b7[i_v])) * 2.0f) - b24[(i_v * 16 + 10)]);
      b34[(i_v * 16 + 11)] = ((gnnc_neg((f_r33_11 * b7[i_v])) * 2.0f) - b24[(i_v * 16 + 11)]);
      b34[(i_v * 16 + 12)] = ((gnnc_neg((f_r33_12 * b7[i_v])) * 2.0f) - b24[(i_v * 16 + 12)]);
      b34[(i_v * 16 + 13)] = ((gnnc_neg((f_r33_13 * b7[i_v])) * 2.0f) - b24[(i_v * 16 + 13)]);
      b34[(i_v * 16 + 14)] = ((gnnc_neg((f_r33_14 * b7[i_v])) * 2.0f) - b24[(i_v * 16 + 14)]);
      b34[(i_v * 16 + 15)] = ((gnnc_neg((f_r33_15 * b7[i_v])) * 2.0f) - b24[(i_v * 16 + 15)]);
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b35[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 16; i_k++) {
        float f_a = b24[(i_v * 16 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b35[(i_v * s_C + i_c)] = (b35[(i_v * s_C + i_c)] + (f_a * b25[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b36[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 16; i_k++) {
        float f_a = b31[(i_v * 16 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b36[(i_v * s_C + i_c)] = (b36[(i_v * s_C + i_c)] + (f_a * b26[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b37[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 16; i_k++) {
        float f_a = b34[(i_v * 16 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b37[(i_v * s_C + i_c)] = (b37[(i_v * s_C + i_c)] + (f_a * b27[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b38[(i_v * s_C + i_j)] = (((b35[(i_v * s_C + i_j)] + b36[(i_v * s_C + i_j)]) + b37[(i_v * s_C + i_j)]) + b28[i_j]);
      }
    }
  }
}

/* cross_entropy */
void k24_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b38 = (float*)buffers[38]; /* t53 */
  int32_t* restrict b39 = (int32_t*)buffers[39]; /* labels */
  float* restrict b40 = (float*)buffers[40]; /* train_mask */
  float* restrict b41 = (float*)buffers[41]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b40[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    if (b40[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b38[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b38[(i_v * s_C + i_c)] - f_top)));
      }
      f_loss = (f_loss + (b40[i_v] * ((f_top + gnnc_log(f_total)) - b38[(i_v * s_C + (int64_t)b39[i_v])])));
    }
  }
  b41[0] = 0.0f;
  if (f_count > 0.0f) {
    b41[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k25_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b38 = (float*)buffers[38]; /* t53 */
  int32_t* restrict b39 = (int32_t*)buffers[39]; /* labels */
  float* restrict b40 = (float*)buffers[40]; /* train_mask */
  float* restrict b42 = (float*)buffers[42]; /* t57 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b40[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, b38[(i_v * s_C + i_c)]);
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + gnnc_exp((b38[(i_v * s_C + i_c)] - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b42[(i_v * s_C + i_c)] = ((b40[i_v] * ((gnnc_exp((b38[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b39[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
    }
  }
}

/* sum_to */
void k26_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b42 = (float*)buffers[42]; /* t57 */
  float* restrict b43 = (float*)buffers[43]; /* grad.conv2.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b42[(i_k0 * s_C + (i_t % s_C))]);
    }
    b43[i_t] = f_acc;
  }
}

/* matmul_nt */
void k28_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b42 = (float*)buffers[42]; /* t57 */
  float* restrict b44 = (float*)buffers[44]; /* t59 */
  float* restrict b45 = (float*)buffers[45]; /* t59.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 16; i_c++) {
      b44[(i_r * 16 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b42[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 16; i_c++) {
          b44[(i_r * 16 + i_c)] = (b44[(i_r * 16 + i_c)] + (f_a * b45[(i_q * 16 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k29_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b34 = (float*)buffers[34]; /* conv2.t2 */
  float* restrict b42 = (float*)buffers[42]; /* t57 */
  float* restrict b46 = (float*)buffers[46]; /* grad.conv2.W2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 16; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b46[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b34[(i_r * 16 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b46[(i_k * s_C + i_c)] = (b46[(i_k * s_C + i_c)] + (f_a * b42[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* matmul_nt */
void k31_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b42 = (float*)buffers[42]; /* t57 */
  float* restrict b47 = (float*)buffers[47]; /* t61 */
  float* restrict b48 = (float*)buffers[48]; /* t61.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 16; i_c++) {
      b47[(i_r * 16 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b42[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 16; i_c++) {
          b47[(i_r * 16 + i_c)] = (b47[(i_r * 16 + i_c)] + (f_a * b48[(i_q * 16 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k32_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b31 = (float*)buffers[31]; /* conv2.t1 */
  float* restrict b42 = (float*)buffers[42]; /* t57 */
  float* restrict b49 = (float*)buffers[49]; /* grad.conv2.W1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 16; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b49[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b31[(i_r * 16 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b49[(i_k * s_C + i_c)] = (b49[(i_k * s_C + i_c)] + (f_a * b42[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* matmul_nt */
void k34_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b42 = (float*)buffers[42]; /* t57 */
  float* restrict b50 = (float*)buffers[50]; /* t63 */
  float* restrict b51 = (float*)buffers[51]; /* t63.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 16; i_c++) {
      b50[(i_r * 16 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b42[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 16; i_c++) {
          b50[(i_r * 16 + i_c)] = (b50[(i_r * 16 + i_c)] + (f_a * b51[(i_q * 16 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k35_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b24 = (float*)buffers[24]; /* h */
  float* restrict b42 = (float*)buffers[42]; /* t57 */
  float* restrict b52 = (float*)buffers[52]; /* grad.conv2.W0 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 16; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b52[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b24[(i_r * 16 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b52[(i_k * s_C + i_c)] = (b52[(i_k * s_C + i_c)] + (f_a * b42[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* mul */
void k36_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* conv1.scaled_laplacian_0.dn */
  float* restrict b44 = (float*)buffers[44]; /* t59 */
  float* restrict b53 = (float*)buffers[53]; /* t69 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 16; i_j++) {
      b53[(i_r * 16 + i_j)] = (gnnc_neg((b44[(i_r * 16 + i_j)] * 2.0f)) * b7[i_r]);
    }
  }
}

/* aggregate.src.sum | mul */
void k37_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* conv1.scaled_laplacian_0.dn */
  float* restrict b47 = (float*)buffers[47]; /* t61 */
  float* restrict b53 = (float*)buffers[53]; /* t69 */
  float* restrict b55 = (float*)buffers[55]; /* t75 */
  int32_t* restrict b63 = (int32_t*)buffers[63]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r54_0 = 0.0f;
    float f_r54_1 = 0.0f;
    float f_r54_2 = 0.0f;
    float f_r54_3 = 0.0f;
    float f_r54_4 = 0.0f;
    float f_r54_5 = 0.0f;
    float f_r54_6 = 0.0f;
    float f_r54_7 = 0.0f;
    float f_r54_8 = 0.0f;
    float f_r54_9 = 0.0f;
    float f_r54_10 = 0.0f;
    float f_r54_11 = 0.0f;
    float f_r54_12 = 0.0f;
    float f_r54_13 = 0.0f;
    float f_r54_14 = 0.0f;
    float f_r54_15 = 0.0f;
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      f_r54_0 = 0.0f;
      f_r54_1 = 0.0f;
      f_r54_2 = 0.0f;
      f_r54_3 = 0.0f;
      f_r54_4 = 0.0f;
      f_r54_5 = 0.0f;
      f_r54_6 = 0.0f;
      f_r54_7 = 0.0f;
      f_r54_8 = 0.0f;
      f_r54_9 = 0.0f;
      f_r54_10 = 0.0f;
      f_r54_11 = 0.0f;
      f_r54_12 = 0.0f;
      f_r54_13 = 0.0f;
      f_r54_14 = 0.0f;
      f_r54_15 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        int64_t i_e = (int64_t)b5[i_q];
        f_r54_0 = (f_r54_0 + (b53[((int64_t)b63[i_q] * 16 + 0)] * b7[(int64_t)b0[i_e]]));
        f_r54_1 = (f_r54_1 + (b53[((int64_t)b63[i_q] * 16 + 1)] * b7[(int64_t)b0[i_e]]));
        f_r54_2 = (f_r54_2 + (b53[((int64_t)b63[i_q] * 16 + 2)] * b7[(int64_t)b0[i_e]]));
        f_r54_3 = (f_r54_3 + (b53[((int64_t)b63[i_q] * 16 + 3)] * b7[(int64_t)b0[i_e]]));
        f_r54_4 = (f_r54_4 + (b53[((int64_t)b63[i_q] * 16 + 4)] * b7[(int64_t)b0[i_e]]));
        f_r54_5 = (f_r54_5 + (b53[((int64_t)b63[i_q] * 16 + 5)] * b7[(int64_t)b0[i_e]]));
        f_r54_6 = (f_r54_6 + (b53[((int64_t)b63[i_q] * 16 + 6)] * b7[(int64_t)b0[i_e]]));
        f_r54_7 = (f_r54_7 + (b53[((int64_t)b63[i_q] * 16 + 7)] * b7[(int64_t)b0[i_e]]));
        f_r54_8 = (f_r54_8 + (b53[((int64_t)b63[i_q] * 16 + 8)] * b7[(int64_t)b0[i_e]]));
        f_r54_9 = (f_r54_9 + (b53[((int64_t)b63[i_q] * 16 + 9)] * b7[(int64_t)b0[i_e]]));
        f_r54_10 = (f_r54_10 + (b53[((int64_t)b63[i_q] * 16 + 10)] * b7[(int64_t)b0[i_e]]));
        f_r54_11 = (f_r54_11 + (b53[((int64_t)b63[i_q] * 16 + 11)] * b7[(int64_t)b0[i_e]]));
        f_r54_12 = (f_r54_12 + (b53[((int64_t)b63[i_q] * 16 + 12)] * b7[(int64_t)b0[i_e]]));
        f_r54_13 = (f_r54_13 + (b53[((int64_t)b63[i_q] * 16 + 13)] * b7[(int64_t)b0[i_e]]));
        f_r54_14 = (f_r54_14 + (b53[((int64_t)b63[i_q] * 16 + 14)] * b7[(int64_t)b0[i_e]]));
        f_r54_15 = (f_r54_15 + (b53[((int64_t)b63[i_q] * 16 + 15)] * b7[(int64_t)b0[i_e]]));
      }
    }
    {
      b55[(i_v * 16 + 0)] = (gnnc_neg((b47[(i_v * 16 + 0)] + f_r54_0)) * b7[i_v]);
      b55[(i_v * 16 + 1)] = (gnnc_neg((b47[(i_v * 16 + 1)] + f_r54_1)) * b7[i_v]);
      b55[(i_v * 16 + 2)] = (gnnc_neg((b47[(i_v * 16 + 2)] + f_r54_2)) * b7[i_v]);
      b55[(i_v * 16 + 3)] = (gnnc_neg((b47[(i_v * 16 + 3)] + f_r54_3)) * b7[i_v]);
      b55[(i_v * 16 + 4)] = (gnnc_neg((b47[(i_v * 16 + 4)] + f_r54_4)) * b7[i_v]);
      b55[(i_v * 16 + 5)] = (gnnc_neg((b47[(i_v * 16 + 5)] + f_r54_5)) * b7[i_v]);
      b55[(i_v * 16 + 6)] = (gnnc_neg((b47[(i_v * 16 + 6)] + f_r54_6)) * b7[i_v]);
      b55[(i_v * 16 + 7)] = (gnnc_neg((b47[(i_v * 16 + 7)] + f_r54_7)) * b7[i_v]);
      b55[(i_v * 16 + 8)] = (gnnc_neg((b47[(i_v * 16 + 8)] + f_r54_8)) * b7[i_v]);
      b55[(i_v * 16 + 9)] = (gnnc_neg((b47[(i_v * 16 + 9)] + f_r54_9)) * b7[i_v]);
      b55[(i_v * 16 + 10)] = (gnnc_neg((b47[(i_v * 16 + 10)] + f_r54_10)) * b7[i_v]);
      b55[(i_v * 16 + 11)] = (gnnc_neg((b47[(i_v * 16 + 11)] + f_r54_11)) * b7[i_v]);
      b55[(i_v * 16 + 12)] = (gnnc_neg((b47[(i_v * 16 + 12)] + f_r54_12)) * b7[i_v]);
      b55[(i_v * 16 + 13)] = (gnnc_neg((b47[(i_v * 16 + 13)] + f_r54_13)) * b7[i_v]);
      b55[(i_v * 16 + 14)] = (gnnc_neg((b47[(i_v * 16 + 14)] + f_r54_14)) * b7[i_v]);
      b55[(i_v * 16 + 15)] = (gnnc_neg((b47[(i_v * 16 + 15)] + f_r54_15)) * b7[i_v]);
    }
  }
}

/* aggregate.src.sum | relu_grad */
void k39_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* conv1.scaled_laplacian_0.dn */
  float* restrict b23 = (float*)buffers[23]; /* t29 */
  float* restrict b44 = (float*)buffers[44]; /* t59 */
  float* restrict b50 = (float*)buffers[50]; /* t63 */
  float* restrict b55 = (float*)buffers[55]; /* t75 */
  float* restrict b57 = (float*)buffers[57]; /* t81 */
  int32_t* restrict b63 = (int32_t*)buffers[63]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r56_0 = 0.0f;
    float f_r56_1 = 0.0f;
    float f_r56_2 = 0.0f;
    float f_r56_3 = 0.0f;
    float f_r56_4 = 0.0f;
    float f_r56_5 = 0.0f;
    float f_r56_6 = 0.0f;
    float f_r56_7 = 0.0f;
    float f_r56_8 = 0.0f;
    float f_r56_9 = 0.0f;
    float f_r56_10 = 0.0f;
    float f_r56_11 = 0.0f;
    float f_r56_12 = 0.0f;
    float f_r56_13 = 0.0f;
    float f_r56_14 = 0.0f;
    float f_r56_15 = 0.0f;
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      f_r56_0 = 0.0f;
      f_r56_1 = 0.0f;
      f_r56_2 = 0.0f;
      f_r56_3 = 0.0f;
      f_r56_4 = 0.0f;
      f_r56_5 = 0.0f;
      f_r56_6 = 0.0f;
      f_r56_7 = 0.0f;
      f_r56_8 = 0.0f;
      f_r56_9 = 0.0f;
      f_r56_10 = 0.0f;
      f_r56_11 = 0.0f;
      f_r56_12 = 0.0f;
      f_r56_13 = 0.0f;
      f_r56_14 = 0.0f;
      f_r56_15 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        int64_t i_e = (int64_t)b5[i_q];
        f_r56_0 = (f_r56_0 + (b55[((int64_t)b63[i_q] * 16 + 0)] * b7[(int64_t)b0[i_e]]));
        f_r56_1 = (f_r56_1 + (b55[((int64_t)b63[i_q] * 16 + 1)] * b7[(int64_t)b0[i_e]]));
        f_r56_2 = (f_r56_2 + (b55[((int64_t)b63[i_q] * 16 + 2)] * b7[(int64_t)b0[i_e]]));
        f_r56_3 = (f_r56_3 + (b55[((int64_t)b63[i_q] * 16 + 3)] * b7[(int64_t)b0[i_e]]));
        f_r56_4 = (f_r56_4 + (b55[((int64_t)b63[i_q] * 16 + 4)] * b7[(int64_t)b0[i_e]]));
        f_r56_5 = (f_r56_5 + (b55[((int64_t)b63[i_q] * 16 + 5)] * b7[(int64_t)b0[i_e]]));
        f_r56_6 = (f_r56_6 + (b55[((int64_t)b63[i_q] * 16 + 6)] * b7[(int64_t)b0[i_e]]));
        f_r56_7 = (f_r56_7 + (b55[((int64_t)b63[i_q] * 16 + 7)] * b7[(int64_t)b0[i_e]]));
        f_r56_8 = (f_r56_8 + (b55[((int64_t)b63[i_q] * 16 + 8)] * b7[(int64_t)b0[i_e]]));
        f_r56_9 = (f_r56_9 + (b55[((int64_t)b63[i_q] * 16 + 9)] * b7[(int64_t)b0[i_e]]));
        f_r56_10 = (f_r56_10 + (b55[((int64_t)b63[i_q] * 16 + 10)] * b7[(int64_t)b0[i_e]]));
        f_r56_11 = (f_r56_11 + (b55[((int64_t)b63[i_q] * 16 + 11)] * b7[(int64_t)b0[i_e]]));
        f_r56_12 = (f_r56_12 + (b55[((int64_t)b63[i_q] * 16 + 12)] * b7[(int64_t)b0[i_e]]));
        f_r56_13 = (f_r56_13 + (b55[((int64_t)b63[i_q] * 16 + 13)] * b7[(int64_t)b0[i_e]]));
        f_r56_14 = (f_r56_14 + (b55[((int64_t)b63[i_q] * 16 + 14)] * b7[(int64_t)b0[i_e]]));
        f_r56_15 = (f_r56_15 + (b55[((int64_t)b63[i_q] * 16 + 15)] * b7[(int64_t)b0[i_e]]));
      }
    }
    {
      b57[(i_v * 16 + 0)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b50[(i_v * 16 + 0)] + gnnc_neg(b44[(i_v * 16 + 0)])) + f_r56_0), seed, 1ULL, (uint64_t)((i_v * 16 + 0)), 8388608ULL, 2.0f) : ((b50[(i_v * 16 + 0)] + gnnc_neg(b44[(i_v * 16 + 0)])) + f_r56_0)), b23[(i_v * 16 + 0)]);
      b57[(i_v * 16 + 1)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b50[(i_v * 16 + 1)] + gnnc_neg(b44[(i_v * 16 + 1)])) + f_r56_1), seed, 1ULL, (uint64_t)((i_v * 16 + 1)), 8388608ULL, 2.0f) : ((b50[(i_v * 16 + 1)] + gnnc_neg(b44[(i_v * 16 + 1)])) + f_r56_1)), b23[(i_v * 16 + 1)]);
      b57[(i_v * 16 + 2)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b50[(i_v * 16 + 2)] + gnnc_neg(b44[(i_v * 16 + 2)])) + f_r56_2), seed, 1ULL, (uint64_t)((i_v * 16 + 2)), 8388608ULL, 2.0f) : ((b50[(i_v * 16 + 2)] + gnnc_neg(b44[(i_v * 16 + 2)])) + f_r56_2)), b23[(i_v * 16 + 2)]);
      b57[(i_v * 16 + 3)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b50[(i_v * 16 + 3)] + gnnc_neg(b44[(i_v * 16 + 3)])) + f_r56_3), seed, 1ULL, (uint64_t)((i_v * 16 + 3)), 8388608ULL, 2.0f) : ((b50[(i_v * 16 + 3)] + gnnc_neg(b44[(i_v * 16 + 3)])) + f_r56_3)), b23[(i_v * 16 + 3)]);
      b57[(i_v * 16 + 4)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b50[(i_v * 16 + 4)] + gnnc_neg(b44[(i_v * 16 + 4)])) + f_r56_4), seed, 1ULL, (uint64_t)((i_v * 16 + 4)), 8388608ULL, 2.0f) : ((b50[(i_v * 16 + 4)] + gnnc_neg(b44[(i_v * 16 + 4)])) + f_r56_4)), b23[(i_v * 16 + 4)]);
      b57[(i_v * 16 + 5)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b50[(i_v * 16 + 5)] + gnnc_neg(b44[(i_v * 16 + 5)])) + f_r56_5), seed, 1ULL, (uint64_t)((i_v * 16 + 5)), 8388608ULL, 2.0f) : ((b50[(i_v * 16 + 5)] + gnnc_neg(b44[(i_v * 16 + 5)])) + f_r56_5)), b23[(i_v * 16 + 5)]);
      b57[(i_v * 16 + 6)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b50[(i_v * 16 + 6)] + gnnc_neg(b44[(i_v * 16 + 6)])) + f_r56_6), seed, 1ULL, (uint64_t)((i_v * 16 + 6)), 8388608ULL, 2.0f) : ((b50[(i_v * 16 + 6)] + gnnc_neg(b44[(i_v * 16 + 6)])) + f_r56_6)), b23[(i_v * 16 + 6)]);
      b57[(i_v * 16 + 7)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b50[(i_v * 16 + 7)] + gnnc_neg(b44[(i_v * 16 + 7)])) + f_r56_7), seed, 1ULL, (uint64_t)((i_v * 16 + 7)), 8388608ULL, 2.0f) : ((b50[(i_v * 16 + 7)] + gnnc_neg(b44[(i_v * 16 + 7)])) + f_r56_7)), b23[(i_v * 16 + 7)]);
      b57[(i_v * 16 + 8)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b50[(i_v * 16 + 8)] + gnnc_neg(b44[(i_v * 16 + 8)])) + f_r56_8), seed, 1ULL, (uint64_t)((i_v * 16 + 8)), 8388608ULL, 2.0f) : ((b50[(i_v * 16 + 8)] + gnnc_neg(b44[(i_v * 16 + 8)])) + f_r56_8)), b23[(i_v * 16 + 8)]);
      b57[(i_v * 16 + 9)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b50[(i_v * 16 + 9)] + gnnc_neg(b44[(i_v * 16 + 9)])) + f_r56_9), seed, 1ULL, (uint64_t)((i_v * 16 + 9)), 8388608ULL, 2.0f) : ((b50[(i_v * 16 + 9)] + gnnc_neg(b44[(i_v * 16 + 9)])) + f_r56_9)), b23[(i_v * 16 + 9)]);
      b57[(i_v * 16 + 10)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b50[(i_v * 16 + 10)] + gnnc_neg(b44[(i_v * 16 + 10)])) + f_r56_10), seed, 1ULL, (uint64_t)((i_v * 16 + 10)), 8388608ULL, 2.0f) : ((b50[(i_v * 16 + 10)] + gnnc_neg(b44[(i_v * 16 + 10)])) + f_r56_10)), b23[(i_v * 16 + 10)]);
      b57[(i_v * 16 + 11)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b50[(i_v * 16 + 11)] + gnnc_neg(b44[(i_v * 16 + 11)])) + f_r56_11), seed, 1ULL, (uint64_t)((i_v * 16 + 11)), 8388608ULL, 2.0f) : ((b50[(i_v * 16 + 11)] + gnnc_neg(b44[(i_v * 16 + 11)])) + f_r56_11)), b23[(i_v * 16 + 11)]);
      b57[(i_v * 16 + 12)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b50[(i_v * 16 + 12)] + gnnc_neg(b44[(i_v * 16 + 12)])) + f_r56_12), seed, 1ULL, (uint64_t)((i_v * 16 + 12)), 8388608ULL, 2.0f) : ((b50[(i_v * 16 + 12)] + gnnc_neg(b44[(i_v * 16 + 12)])) + f_r56_12)), b23[(i_v * 16 + 12)]);
      b57[(i_v * 16 + 13)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b50[(i_v * 16 + 13)] + gnnc_neg(b44[(i_v * 16 + 13)])) + f_r56_13), seed, 1ULL, (uint64_t)((i_v * 16 + 13)), 8388608ULL, 2.0f) : ((b50[(i_v * 16 + 13)] + gnnc_neg(b44[(i_v * 16 + 13)])) + f_r56_13)), b23[(i_v * 16 + 13)]);
      b57[(i_v * 16 + 14)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b50[(i_v * 16 + 14)] + gnnc_neg(b44[(i_v * 16 + 14)])) + f_r56_14), seed, 1ULL, (uint64_t)((i_v * 16 + 14)), 8388608ULL, 2.0f) : ((b50[(i_v * 16 + 14)] + gnnc_neg(b44[(i_v * 16 + 14)])) + f_r56_14)), b23[(i_v * 16 + 14)]);
      b57[(i_v * 16 + 15)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b50[(i_v * 16 + 15)] + gnnc_neg(b44[(i_v * 16 + 15)])) + f_r56_15), seed, 1ULL, (uint64_t)((i_v * 16 + 15)), 8388608ULL, 2.0f) : ((b50[(i_v * 16 + 15)] + gnnc_neg(b44[(i_v * 16 + 15)])) + f_r56_15)), b23[(i_v * 16 + 15)]);
    }
  }
}

/* sum_to */
void k41_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b57 = (float*)buffers[57]; /* t81 */
  float* restrict b58 = (float*)buffers[58]; /* grad.conv1.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 16; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b57[(i_k0 * 16 + (i_t % 16))]);
    }
    b58[i_t] = f_acc;
  }
}

/* matmul_tn | matmul_tn | matmul_tn */
void k42_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b9 = (float*)buffers[9]; /* t7 */
  float* restrict b16 = (float*)buffers[16]; /* conv1.t1 */
  float* restrict b19 = (float*)buffers[19]; /* conv1.t2 */
  float* restrict b57 = (float*)buffers[57]; /* t81 */
  float* restrict b59 = (float*)buffers[59]; /* grad.conv1.W2 */
  float* restrict b60 = (float*)buffers[60]; /* grad.conv1.W1 */
  float* restrict b61 = (float*)buffers[61]; /* grad.conv1.W0 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    {
      for (int64_t i_c = 0; i_c < 16; i_c++) {
        b59[(i_k * 16 + i_c)] = 0.0f;
      }
      for (int64_t i_r = 0; i_r < s_N; i_r++) {
        float f_a = b19[(i_r * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 16; i_c++) {
            b59[(i_k * 16 + i_c)] = (b59[(i_k * 16 + i_c)] + (f_a * b57[(i_r * 16 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 16; i_c++) {
        b60[(i_k * 16 + i_c)] = 0.0f;
      }
      for (int64_t i_r = 0; i_r < s_N; i_r++) {
        float f_a = b16[(i_r * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 16; i_c++) {
            b60[(i_k * 16 + i_c)] = (b60[(i_k * 16 + i_c)] + (f_a * b57[(i_r * 16 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 16; i_c++) {
        b61[(i_k * 16 + i_c)] = 0.0f;
      }
      for (int64_t i_r = 0; i_r < s_N; i_r++) {
        float f_a = b9[(i_r * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 16; i_c++) {
            b61[(i_k * 16 + i_c)] = (b61[(i_k * 16 + i_c)] + (f_a * b57[(i_r * 16 + i_c)]));
          }
        }
      }
    }
  }
}
