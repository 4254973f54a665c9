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
/* program GIN: 55 buffers, 21 kernels */

/* matmul_nt (W^T) | matmul_nt (W^T) */
void k30_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b12 = (float*)buffers[12]; /* conv1.mlp.W2 */
  float* restrict b22 = (float*)buffers[22]; /* conv2.mlp.W1 */
  float* restrict b42 = (float*)buffers[42]; /* t37.wt */
  float* restrict b48 = (float*)buffers[48]; /* t45.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < 64; i_q++) {
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b48[(i_q * 64 + i_c)] = b12[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b42[(i_q * 64 + i_c)] = b22[(i_c * 64 + i_q)];
      }
    }
  }
}

/* matmul_nt (W^T) */
void k19_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b24 = (float*)buffers[24]; /* conv2.mlp.W2 */
  float* restrict b37 = (float*)buffers[37]; /* t33.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < s_C; i_q++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b37[(i_q * 64 + i_c)] = b24[(i_c * s_C + i_q)];
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

/* aggregate.dst.sum | add | matmul | add | relu | matmul | add | dropout */
void k1_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* t1 */
  float* restrict b8 = (float*)buffers[8]; /* conv1.agg */
  float* restrict b9 = (float*)buffers[9]; /* t4 */
  float* restrict b10 = (float*)buffers[10]; /* conv1.mlp.W1 */
  float* restrict b11 = (float*)buffers[11]; /* conv1.mlp.b1 */
  float* restrict b12 = (float*)buffers[12]; /* conv1.mlp.W2 */
  float* restrict b13 = (float*)buffers[13]; /* conv1.mlp.b2 */
  float* restrict b14 = (float*)buffers[14]; /* t9 */
  float* restrict b15 = (float*)buffers[15]; /* t10 */
  float* restrict b16 = (float*)buffers[16]; /* t11 */
  float* restrict b17 = (float*)buffers[17]; /* t12 */
  float* restrict b18 = (float*)buffers[18]; /* t13 */
  float* restrict b19 = (float*)buffers[19]; /* h */
  int32_t* restrict b53 = (int32_t*)buffers[53]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b8[(i_v * s_F + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_F; i_j++) {
          b8[(i_v * s_F + i_j)] = (b8[(i_v * s_F + i_j)] + b7[((int64_t)b53[i_q] * s_F + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b9[(i_v * s_F + i_j)] = (b7[(i_v * s_F + i_j)] + b8[(i_v * s_F + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b14[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b9[(i_v * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b14[(i_v * 64 + i_c)] = (b14[(i_v * 64 + i_c)] + (f_a * b10[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b15[(i_v * 64 + i_j)] = (b14[(i_v * 64 + i_j)] + b11[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b16[(i_v * 64 + i_j)] = gnnc_relu(b15[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b17[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b16[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b17[(i_v * 64 + i_c)] = (b17[(i_v * 64 + i_c)] + (f_a * b12[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b18[(i_v * 64 + i_j)] = (b17[(i_v * 64 + i_j)] + b13[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b19[(i_v * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_relu(b18[(i_v * 64 + i_j)]), seed, 1ULL, (uint64_t)((i_v * 64 + i_j)), 8388608ULL, 2.0f) : gnnc_relu(b18[(i_v * 64 + i_j)]));
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add | relu | matmul | add */
void k9_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b19 = (float*)buffers[19]; /* h */
  float* restrict b21 = (float*)buffers[21]; /* t18 */
  float* restrict b22 = (float*)buffers[22]; /* conv2.mlp.W1 */
  float* restrict b23 = (float*)buffers[23]; /* conv2.mlp.b1 */
  float* restrict b24 = (float*)buffers[24]; /* conv2.mlp.W2 */
  float* restrict b25 = (float*)buffers[25]; /* conv2.mlp.b2 */
  float* restrict b26 = (float*)buffers[26]; /* t23 */
  float* restrict b27 = (float*)buffers[27]; /* t24 */
  float* restrict b28 = (float*)buffers[28]; /* t25 */
  float* restrict b29 = (float*)buffers[29]; /* t26 */
  float* restrict b30 = (float*)buffers[30]; /* t27 */
  int32_t* restrict b53 = (int32_t*)buffers[53]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r20_0 = 0.0f;
    float f_r20_1 = 0.0f;
    float f_r20_2 = 0.0f;
    float f_r20_3 = 0.0f;
    float f_r20_4 = 0.0f;
    float f_r20_5 = 0.0f;
    float f_r20_6 = 0.0f;
    float f_r20_7 = 0.0f;
    float f_r20_8 = 0.0f;
    float f_r20_9 = 0.0f;
    float f_r20_10 = 0.0f;
    float f_r20_11 = 0.0f;
    float f_r20_12 = 0.0f;
    float f_r20_13 = 0.0f;
    float f_r20_14 = 0.0f;
    float f_r20_15 = 0.0f;
    float f_r20_16 = 0.0f;
    float f_r20_17 = 0.0f;
    float f_r20_18 = 0.0f;
    float f_r20_19 = 0.0f;
    float f_r20_20 = 0.0f;
    float f_r20_21 = 0.0f;
    float f_r20_22 = 0.0f;
    float f_r20_23 = 0.0f;
    float f_r20_24 = 0.0f;
    float f_r20_25 = 0.0f;
    float f_r20_26 = 0.0f;
    float f_r20_27 = 0.0f;
    float f_r20_28 = 0.0f;
    float f_r20_29 = 0.0f;
    float f_r20_30 = 0.0f;
    float f_r20_31 = 0.0f;
    float f_r20_32 = 0.0f;
    float f_r20_33 = 0.0f;
    float f_r20_34 = 0.0f;
    float f_r20_35 = 0.0f;
    float f_r20_36 = 0.0f;
    float f_r20_37 = 0.0f;
    float f_r20_38 = 0.0f;
    float f_r20_39 = 0.0f;
    float f_r20_40 = 0.0f;
    float f_r20_41 = 0.0f;
    float f_r20_42 = 0.0f;
    float f_r20_43 = 0.0f;
    float f_r20_44 = 0.0f;
    float f_r20_45 = 0.0f;
    float f_r20_46 = 0.0f;
    float f_r20_47 = 0.0f;
    float f_r20_48 = 0.0f;
    float f_r20_49 = 0.0f;
    float f_r20_50 = 0.0f;
    float f_r20_51 = 0.0f;
    float f_r20_52 = 0.0f;
    float f_r20_53 = 0.0f;
    float f_r20_54 = 0.0f;
    float f_r20_55 = 0.0f;
    float f_r20_56 = 0.0f;
    float f_r20_57 = 0.0f;
    float f_r20_58 = 0.0f;
    float f_r20_59 = 0.0f;
    float f_r20_60 = 0.0f;
    float f_r20_61 = 0.0f;
    float f_r20_62 = 0.0f;
    float f_r20_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r20_0 = 0.0f;
      f_r20_1 = 0.0f;
      f_r20_2 = 0.0f;
      f_r20_3 = 0.0f;
      f_r20_4 = 0.0f;
      f_r20_5 = 0.0f;
      f_r20_6 = 0.0f;
      f_r20_7 = 0.0f;
      f_r20_8 = 0.0f;
      f_r20_9 = 0.0f;
      f_r20_10 = 0.0f;
      f_r20_11 = 0.0f;
      f_r20_12 = 0.0f;
      f_r20_13 = 0.0f;
      f_r20_14 = 0.0f;
      f_r20_15 = 0.0f;
      f_r20_16 = 0.0f;
      f_r20_17 = 0.0f;
      f_r20_18 = 0.0f;
      f_r20_19 = 0.0f;
      f_r20_20 = 0.0f;
      f_r20_21 = 0.0f;
      f_r20_22 = 0.0f;
      f_r20_23 = 0.0f;
      f_r20_24 = 0.0f;
      f_r20_25 = 0.0f;
      f_r20_26 = 0.0f;
      f_r20_27 = 0.0f;
      f_r20_28 = 0.0f;
      f_r20_29 = 0.0f;
      f_r20_30 = 0.0f;
      f_r20_31 = 0.0f;
      f_r20_32 = 0.0f;
      f_r20_33 = 0.0f;
      f_r20_34 = 0.0f;
      f_r20_35 = 0.0f;
      f_r20_36 = 0.0f;
      f_r20_37 = 0.0f;
      f_r20_38 = 0.0f;
      f_r20_39 = 0.0f;
      f_r20_40 = 0.0f;
      f_r20_41 = 0.0f;
      f_r20_42 = 0.0f;
      f_r20_43 = 0.0f;
      f_r20_44 = 0.0f;
      f_r20_45 = 0.0f;
      f_r20_46 = 0.0f;
      f_r20_47 = 0.0f;
      f_r20_48 = 0.0f;
      f_r20_49 = 0.0f;
      f_r20_50 = 0.0f;
      f_r20_51 = 0.0f;
      f_r20_52 = 0.0f;
      f_r20_53 = 0.0f;
      f_r20_54 = 0.0f;
      f_r20_55 = 0.0f;
      f_r20_56 = 0.0f;
      f_r20_57 = 0.0f;
      f_r20_58 = 0.0f;
      f_r20_59 = 0.0f;
      f_r20_60 = 0.0f;
      f_r20_61 = 0.0f;
      f_r20_62 = 0.0f;
      f_r20_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r20_0 = (f_r20_0 + b19[((int64_t)b53[i_q] * 64 + 0)]);
        f_r20_1 = (f_r20_1 + b19[((int64_t)b53[i_q] * 64 + 1)]);
        f_r20_2 = (f_r20_2 + b19[((int64_t)b53[i_q] * 64 + 2)]);
        f_r20_3 = (f_r20_3 + b19[((int64_t)b53[i_q] * 64 + 3)]);
        f_r20_4 = (f_r20_4 + b19[((int64_t)b53[i_q] * 64 + 4)]);
        f_r20_5 = (f_r20_5 + b19[((int64_t)b53[i_q] * 64 + 5)]);
        f_r20_6 = (f_r20_6 + b19[((int64_t)b53[i_q] * 64 + 6)]);
        f_r20_7 = (f_r20_7 + b19[((int64_t)b53[i_q] * 64 + 7)]);
        f_r20_8 = (f_r20_8 + b19[((int64_t)b53[i_q] * 64 + 8)]);
        f_r20_9 = (f_r20_9 + b19[((int64_t)b53[i_q] * 64 + 9)]);
        f_r20_10 = (f_r20_10 + b19[((int64_t)b53[i_q] * 64 + 10)]);
        f_r20_11 = (f_r20_11 + b19[((int64_t)b53[i_q] * 64 + 11)]);
        f_r20_12 = (f_r20_12 + b19[((int64_t)b53[i_q] * 64 + 12)]);
        f_r20_13 = (f_r20_13 + b19[((int64_t)b53[i_q] * 64 + 13)]);
        f_r20_14 = (f_r20_14 + b19[((int64_t)b53[i_q] * 64 + 14)]);
        f_r20_15 = (f_r20_15 + b19[((int64_t)b53[i_q] * 64 + 15)]);
        f_r20_16 = (f_r20_16 + b19[((int64_t)b53[i_q] * 64 + 16)]);
        f_r20_17 = (f_r20_17 + b19[((int64_t)b53[i_q] * 64 + 17)]);
        f_r20_18 = (f_r20_18 + b19[((int64_t)b53[i_q] * 64 + 18)]);
        f_r20_19 = (f_r20_19 + b19[((int64_t)b53[i_q] * 64 + 19)]);
        f_r20_20 = (f_r20_20 + b19[((int64_t)b53[i_q] * 64 + 20)]);
        f_r20_21 = (f_r20_21 + b19[((int64_t)b53[i_q] * 64 + 21)]);
        f_r20_22 = (f_r20_22 + b19[((int64_t)b53[i_q] * 64 + 22)]);
        f_r20_23 = (f_r20_23 + b19[((int64_t)b53[i_q] * 64 + 23)]);
        f_r20_24 = (f_r20_24 + b19[((int64_t)b53[i_q] * 64 + 24)]);
        f_r20_25 = (f_r20_25 + b19[((int64_t)b53[i_q] * 64 + 25)]);
        f_r20_26 = (f_r20_26 + b19[((int64_t)b53[i_q] * 64 + 26)]);
        f_r20_27 = (f_r20_27 + b19[((int64_t)b53[i_q] * 64 + 27)]);
        f_r20_28 = (f_r20_28 + b19[((int64_t)b53[i_q] * 64 + 28)]);
        f_r20_29 = (f_r20_29 + b19[((int64_t)b53[i_q] * 64 + 29)]);
        f_r20_30 = (f_r20_30 + b19[((int64_t)b53[i_q] * 64 + 30)]);
        f_r20_31 = (f_r20_31 + b19[((int64_t)b53[i_q] * 64 + 31)]);
        f_r20_32 = (f_r20_32 + b19[((int64_t)b53[i_q] * 64 + 32)]);
        f_r20_33 = (f_r20_33 + b19[((int64_t)b53[i_q] * 64 + 33)]);
        f_r20_34 = (f_r20_34 + b19[((int64_t)b53[i_q] * 64 + 34)]);
        f_r20_35 = (f_r20_35 + b19[((int64_t)b53[i_q] * 64 + 35)]);
        f_r20_36 = (f_r20_36 + b19[((int64_t)b53[i_q] * 64 + 36)]);
        f_r20_37 = (f_r20_37 + b19[((int64_t)b53[i_q] * 64 + 37)]);
        f_r20_38 = (f_r20_38 + b19[((int64_t)b53[i_q] * 64 + 38)]);
        f_r20_39 = (f_r20_39 + b19[((int64_t)b53[i_q] * 64 + 39)]);
        f_r20_40 = (f_r20_40 + b19[((int64_t)b53[i_q] * 64 + 40)]);
        f_r20_41 = (f_r20_41 + b19[((int64_t)b53[i_q] * 64 + 41)]);
        f_r20_42 = (f_r20_42 + b19[((int64_t)b53[i_q] * 64 + 42)]);
        f_r20_43 = (f_r20_43 + b19[((int64_t)b53[i_q] * 64 + 43)]);
        f_r20_44 = (f_r20_44 + b19[((int64_t)b53[i_q] * 64 + 44)]);
        f_r20_45 = (f_r20_45 + b19[((int64_t)b53[i_q] * 64 + 45)]);
        f_r20_46 = (f_r20_46 + b19[((int64_t)b53[i_q] * 64 + 46)]);
        f_r20_47 = (f_r20_47 + b19[((int64_t)b53[i_q] * 64 + 47)]);
        f_r20_48 = (f_r20_48 + b19[((int64_t)b53[i_q] * 64 + 48)]);
        f_r20_49 = (f_r20_49 + b19[((int64_t)b53[i_q] * 64 + 49)]);
        f_r20_50 = (f_r20_50 + b19[((int64_t)b53[i_q] * 64 + 50)]);
        f_r20_51 = (f_r20_51 + b19[((int64_t)b53[i_q] * 64 + 51)]);
        f_r20_52 = (f_r20_52 + b19[((int64_t)b53[i_q] * 64 + 52)]);
        f_r20_53 = (f_r20_53 + b19[((int64_t)b53[i_q] * 64 + 53)]);
        f_r20_54 = (f_r20_54 + b19[((int64_t)b53[i_q] * 64 + 54)]);
        f_r20_55 = (f_r20_55 + b19[((int64_t)b53[i_q] * 64 + 55)]);
        f_r20_56 = (f_r20_56 + b19[((int64_t)b53[i_q] * 64 + 56)]);
        f_r20_57 = (f_r20_57 + b19[((int64_t)b53[i_q] * 64 + 57)]);
        f_r20_58 = (f_r20_58 + b19[((int64_t)b53[i_q] * 64 + 58)]);
        f_r20_59 = (f_r20_59 + b19[((int64_t)b53[i_q] * 64 + 59)]);
        f_r20_60 = (f_r20_60 + b19[((int64_t)b53[i_q] * 64 + 60)]);
        f_r20_61 = (f_r20_61 + b19[((int64_t)b53[i_q] * 64 + 61)]);
        f_r20_62 = (f_r20_62 + b19[((int64_t)b53[i_q] * 64 + 62)]);
        f_r20_63 = (f_r20_63 + b19[((int64_t)b53[i_q] * 64 + 63)]);
      }
    }
    {
      b21[(i_v * 64 + 0)] = (b19[(i_v * 64 + 0)] + f_r20_0);
      b21[(i_v * 64 + 1)] = (b19[(i_v * 64 + 1)] + f_r20_1);
      b21[(i_v * 64 + 2)] = (b19[(i_v * 64 + 2)] + f_r20_2);
      b21[(i_v * 64 + 3)] = (b19[(i_v * 64 + 3)] + f_r20_3);
      b21[(i_v * 64 + 4)] = (b19[(i_v * 64 + 4)] + f_r20_4);
      b21[(i_v * 64 + 5)] = (b19[(i_v * 64 + 5)] + f_r20_5);
      b21[(i_v * 64 + 6)] = (b19[(i_v * 64 + 6)] + f_r20_6);
      b21[(i_v * 64 + 7)] = (b19[(i_v * 64 + 7)] + f_r20_7);
      b21[(i_v * 64 + 8)] = (b19[(i_v * 64 + 8)] + f_r20_8);
      b21[(i_v * 64 + 9)] = (b19[(i_v * 64 + 9)] + f_r20_9);
      b21[(i_v * 64 + 10)] = (b19[(i_v * 64 + 10)] + f_r20_10);
      b21[(i_v * 64 + 11)] = (b19[(i_v * 64 + 11)] + f_r20_11);
      b21[(i_v * 64 + 12)] = (b19[(i_v * 64 + 12)] + f_r20_12);
      b21[(i_v * 64 + 13)] = (b19[(i_v * 64 + 13)] + f_r20_13);
      b21[(i_v * 64 + 14)] = (b19[(i_v * 64 + 14)] + f_r20_14);
      b21[(i_v * 64 + 15)] = (b19[(i_v * 64 + 15)] + f_r20_15);
      b21[(i_v * 64 + 16)] = (b19[(i_v * 64 + 16)] + f_r20_16);
      b21[(i_v * 64 + 17)] = (b19[(i_v * 64 + 17)] + f_r20_17);
      b21[(i_v * 64 + 18)] = (b19[(i_v * 64 + 18)] + f_r20_18);
      b21[(i_v * 64 + 19)] = (b19[(i_v * 64 + 19)] + f_r20_19);
      b21[(i_v * 64 + 20)] = (b19[(i_v * 64 + 20)] + f_r20_20);
      b21[(i_v * 64 + 21)] = (b19[(i_v * 64 + 21)] + f_r20_21);
      b21[(i_v * 64 + 22)] = (b19[(i_v * 64 + 22)] + f_r20_22);
      b21[(i_v * 64 + 23)] = (b19[(i_v * 64 + 23)] + f_r20_23);
      b21[(i_v * 64 + 24)] = (b19[(i_v * 64 + 24)] + f_r20_24);
      b21[(i_v * 64 + 25)] = (b19[(i_v * 64 + 25)] + f_r20_25);
      b21[(i_v * 64 + 26)] = (b19[(i_v * 64 + 26)] + f_r20_26);
      b21[(i_v * 64 + 27)] = (b19[(i_v * 64 + 27)] + f_r20_27);
      b21[(i_v * 64 + 28)] = (b19[(i_v * 64 + 28)] + f_r20_28);
      b21[(i_v * 64 + 29)] = (b19[(i_v * 64 + 29)] + f_r20_29);
      b21[(i_v * 64 + 30)] = (b19[(i_v * 64 + 30)] + f_r20_30);
      b21[(i_v * 64 + 31)] = (b19[(i_v * 64 + 31)] + f_r20_31);
      b21[(i_v * 64 + 32)] = (b19[(i_v * 64 + 32)] + f_r20_32);
      b21[(i_v * 64 + 33)] = (b19[(i_v * 64 + 33)] + f_r20_33);
      b21[(i_v * 64 + 34)] = (b19[(i_v * 64 + 34)] + f_r20_34);
      b21[(i_v * 64 + 35)] = (b19[(i_v * 64 + 35)] + f_r20_35);
      b21[(i_v * 64 + 36)] = (b19[(i_v * 64 + 36)] + f_r20_36);
      b21[(i_v * 64 + 37)] = (b19[(i_v * 64 + 37)] + f_r20_37);
      b21[(i_v * 64 + 38)] = (b19[(i_v * 64 + 38)] + f_r20_38);
      b21[(i_v * 64 + 39)] = (b19[(i_v * 64 + 39)] + f_r20_39);
      b21[(i_v * 64 + 40)] = (b19[(i_v * 64 + 40)] + f_r20_40);
      b21[(i_v * 64 + 41)] = (b19[(i_v * 64 + 41)] + f_r20_41);
      b21[(i_v * 64 + 42)] = (b19[(i_v * 64 + 42)] + f_r20_42);
      b21[(i_v * 64 + 43)] = (b19[(i_v * 64 + 43)] + f_r20_43);
      b21[(i_v * 64 + 44)] = (b19[(i_v * 64 + 44)] + f_r20_44);
      b21[(i_v * 64 + 45)] = (b19[(i_v * 64 + 45)] + f_r20_45);
      b21[(i_v * 64 + 46)] = (b19[(i_v * 64 + 46)] + f_r20_46);
      b21[(i_v * 64 + 47)] = (b19[(i_v * 64 + 47)] + f_r20_47);
      b21[(i_v * 64 + 48)] = (b19[(i_v * 64 + 48)] + f_r20_48);
      b21[(i_v * 64 + 49)] = (b19[(i_v * 64 + 49)] + f_r20_49);
      b21[(i_v * 64 + 50)] = (b19[(i_v * 64 + 50)] + f_r20_50);
      b21[(i_v * 64 + 51)] = (b19[(i_v * 64 + 51)] + f_r20_51);
      b21[(i_v * 64 + 52)] = (b19[(i_v * 64 + 52)] + f_r20_52);
      b21[(i_v * 64 + 53)] = (b19[(i_v * 64 + 53)] + f_r20_53);
      b21[(i_v * 64 + 54)] = (b19[(i_v * 64 + 54)] + f_r20_54);
      b21[(i_v * 64 + 55)] = (b19[(i_v * 64 + 55)] + f_r20_55);
      b21[(i_v * 64 + 56)] = (b19[(i_v * 64 + 56)] + f_r20_56);
      b21[(i_v * 64 + 57)] = (b19[(i_v * 64 + 57)] + f_r20_57);
      b21[(i_v * 64 + 58)] = (b19[(i_v * 64 + 58)] + f_r20_58);
      b21[(i_v * 64 + 59)] = (b19[(i_v * 64 + 59)] + f_r20_59);
      b21[(i_v * 64 + 60)] = (b19[(i_v * 64 + 60)] + f_r20_60);
      b21[(i_v * 64 + 61)] = (b19[(i_v * 64 + 61)] + f_r20_61);
      b21[(i_v * 64 + 62)] = (b19[(i_v * 64 + 62)] + f_r20_62);
      b21[(i_v * 64 + 63)] = (b19[(i_v * 64 + 63)] + f_r20_63);
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b26[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b21[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b26[(i_v * 64 + i_c)] = (b26[(i_v * 64 + i_c)] + (f_a * b22[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b27[(i_v * 64 + i_j)] = (b26[(i_v * 64 + i_j)] + b23[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b28[(i_v * 64 + i_j)] = gnnc_relu(b27[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b29[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b28[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b29[(i_v * s_C + i_c)] = (b29[(i_v * s_C + i_c)] + (f_a * b24[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b30[(i_v * s_C + i_j)] = (b29[(i_v * s_C + i_j)] + b25[i_j]);
      }
    }
  }
}

/* cross_entropy */
void k16_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b30 = (float*)buffers[30]; /* t27 */
  int32_t* restrict b31 = (int32_t*)buffers[31]; /* labels */
  float* restrict b32 = (float*)buffers[32]; /* train_mask */
  float* restrict b33 = (float*)buffers[33]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b32[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    if (b32[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b30[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b30[(i_v * s_C + i_c)] - f_top)));
      }
      f_loss = (f_loss + (b32[i_v] * ((f_top + gnnc_log(f_total)) - b30[(i_v * s_C + (int64_t)b31[i_v])])));
    }
  }
  b33[0] = 0.0f;
  if (f_count > 0.0f) {
    b33[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k17_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b30 = (float*)buffers[30]; /* t27 */
  int32_t* restrict b31 = (int32_t*)buffers[31]; /* labels */
  float* restrict b32 = (float*)buffers[32]; /* train_mask */
  float* restrict b34 = (float*)buffers[34]; /* t31 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b32[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, b30[(i_v * s_C + i_c)]);
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + gnnc_exp((b30[(i_v * s_C + i_c)] - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b34[(i_v * s_C + i_c)] = ((b32[i_v] * ((gnnc_exp((b30[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b31[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
    }
  }
}

/* sum_to */
void k18_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b34 = (float*)buffers[34]; /* t31 */
  float* restrict b35 = (float*)buffers[35]; /* grad.conv2.mlp.b2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b34[(i_k0 * s_C + (i_t % s_C))]);
    }
    b35[i_t] = f_acc;
  }
}

/* matmul_nt */
void k20_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b34 = (float*)buffers[34]; /* t31 */
  float* restrict b36 = (float*)buffers[36]; /* t33 */
  float* restrict b37 = (float*)buffers[37]; /* t33.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b36[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b34[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b36[(i_r * 64 + i_c)] = (b36[(i_r * 64 + i_c)] + (f_a * b37[(i_q * 64 + i_c)]));
        }
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
  float* restrict b28 = (float*)buffers[28]; /* t25 */
  float* restrict b34 = (float*)buffers[34]; /* t31 */
  float* restrict b38 = (float*)buffers[38]; /* grad.conv2.mlp.W2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b38[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b28[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b38[(i_k * s_C + i_c)] = (b38[(i_k * s_C + i_c)] + (f_a * b34[(i_r * s_C + i_c)]));
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
  float* restrict b27 = (float*)buffers[27]; /* t24 */
  float* restrict b36 = (float*)buffers[36]; /* t33 */
  float* restrict b39 = (float*)buffers[39]; /* t35 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b39[(i_r * 64 + i_j)] = gnnc_relu_grad(b36[(i_r * 64 + i_j)], b27[(i_r * 64 + i_j)]);
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
  float* restrict b39 = (float*)buffers[39]; /* t35 */
  float* restrict b40 = (float*)buffers[40]; /* grad.conv2.mlp.b1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b39[(i_k0 * 64 + (i_t % 64))]);
    }
    b40[i_t] = f_acc;
  }
}

/* matmul_nt */
void k25_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b39 = (float*)buffers[39]; /* t35 */
  float* restrict b41 = (float*)buffers[41]; /* t37 */
  float* restrict b42 = (float*)buffers[42]; /* t37.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b41[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b39[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b41[(i_r * 64 + i_c)] = (b41[(i_r * 64 + i_c)] + (f_a * b42[(i_q * 64 + i_c)]));
        }
      }
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
  float* restrict b21 = (float*)buffers[21]; /* t18 */
  float* restrict b39 = (float*)buffers[39]; /* t35 */
  float* restrict b43 = (float*)buffers[43]; /* grad.conv2.mlp.W1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b43[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b21[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b43[(i_k * 64 + i_c)] = (b43[(i_k * 64 + i_c)] + (f_a * b39[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* aggregate.src.sum | relu_grad */
void k27_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  float* restrict b18 = (float*)buffers[18]; /* t13 */
  float* restrict b41 = (float*)buffers[41]; /* t37 */
  float* restrict b45 = (float*)buffers[45]; /* t43 */
  int32_t* restrict b54 = (int32_t*)buffers[54]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r44_0 = 0.0f;
    float f_r44_1 = 0.0f;
    float f_r44_2 = 0.0f;
    float f_r44_3 = 0.0f;
    float f_r44_4 = 0.0f;
    float f_r44_5 = 0.0f;
    float f_r44_6 = 0.0f;
    float f_r44_7 = 0.0f;
    float f_r44_8 = 0.0f;
    float f_r44_9 = 0.0f;
    float f_r44_10 = 0.0f;
    float f_r44_11 = 0.0f;
    float f_r44_12 = 0.0f;
    float f_r44_13 = 0.0f;
    float f_r44_14 = 0.0f;
    float f_r44_15 = 0.0f;
    float f_r44_16 = 0.0f;
    float f_r44_17 = 0.0f;
    float f_r44_18 = 0.0f;
    float f_r44_19 = 0.0f;
    float f_r44_20 = 0.0f;
    float f_r44_21 = 0.0f;
    float f_r44_22 = 0.0f;
    float f_r44_23 = 0.0f;
    float f_r44_24 = 0.0f;
    float f_r44_25 = 0.0f;
    float f_r44_26 = 0.0f;
    float f_r44_27 = 0.0f;
    float f_r44_28 = 0.0f;
    float f_r44_29 = 0.0f;
    float f_r44_30 = 0.0f;
    float f_r44_31 = 0.0f;
    float f_r44_32 = 0.0f;
    float f_r44_33 = 0.0f;
    float f_r44_34 = 0.0f;
    float f_r44_35 = 0.0f;
    float f_r44_36 = 0.0f;
    float f_r44_37 = 0.0f;
    float f_r44_38 = 0.0f;
    float f_r44_39 = 0.0f;
    float f_r44_40 = 0.0f;
    float f_r44_41 = 0.0f;
    float f_r44_42 = 0.0f;
    float f_r44_43 = 0.0f;
    float f_r44_44 = 0.0f;
    float f_r44_45 = 0.0f;
    float f_r44_46 = 0.0f;
    float f_r44_47 = 0.0f;
    float f_r44_48 = 0.0f;
    float f_r44_49 = 0.0f;
    float f_r44_50 = 0.0f;
    float f_r44_51 = 0.0f;
    float f_r44_52 = 0.0f;
    float f_r44_53 = 0.0f;
    float f_r44_54 = 0.0f;
    float f_r44_55 = 0.0f;
    float f_r44_56 = 0.0f;
    float f_r44_57 = 0.0f;
    float f_r44_58 = 0.0f;
    float f_r44_59 = 0.0f;
    float f_r44_60 = 0.0f;
    float f_r44_61 = 0.0f;
    float f_r44_62 = 0.0f;
    float f_r44_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      f_r44_0 = 0.0f;
      f_r44_1 = 0.0f;
      f_r44_2 = 0.0f;
      f_r44_3 = 0.0f;
      f_r44_4 = 0.0f;
      f_r44_5 = 0.0f;
      f_r44_6 = 0.0f;
      f_r44_7 = 0.0f;
      f_r44_8 = 0.0f;
      f_r44_9 = 0.0f;
      f_r44_10 = 0.0f;
      f_r44_11 = 0.0f;
      f_r44_12 = 0.0f;
      f_r44_13 = 0.0f;
      f_r44_14 = 0.0f;
      f_r44_15 = 0.0f;
      f_r44_16 = 0.0f;
      f_r44_17 = 0.0f;
      f_r44_18 = 0.0f;
      f_r44_19 = 0.0f;
      f_r44_20 = 0.0f;
      f_r44_21 = 0.0f;
      f_r44_22 = 0.0f;
      f_r44_23 = 0.0f;
      f_r44_24 = 0.0f;
      f_r44_25 = 0.0f;
      f_r44_26 = 0.0f;
      f_r44_27 = 0.0f;
      f_r44_28 = 0.0f;
      f_r44_29 = 0.0f;
      f_r44_30 = 0.0f;
      f_r44_31 = 0.0f;
      f_r44_32 = 0.0f;
      f_r44_33 = 0.0f;
      f_r44_34 = 0.0f;
      f_r44_35 = 0.0f;
      f_r44_36 = 0.0f;
      f_r44_37 = 0.0f;
      f_r44_38 = 0.0f;
      f_r44_39 = 0.0f;
      f_r44_40 = 0.0f;
      f_r44_41 = 0.0f;
      f_r44_42 = 0.0f;
      f_r44_43 = 0.0f;
      f_r44_44 = 0.0f;
      f_r44_45 = 0.0f;
      f_r44_46 = 0.0f;
      f_r44_47 = 0.0f;
      f_r44_48 = 0.0f;
      f_r44_49 = 0.0f;
      f_r44_50 = 0.0f;
      f_r44_51 = 0.0f;
      f_r44_52 = 0.0f;
      f_r44_53 = 0.0f;
      f_r44_54 = 0.0f;
      f_r44_55 = 0.0f;
      f_r44_56 = 0.0f;
      f_r44_57 = 0.0f;
      f_r44_58 = 0.0f;
      f_r44_59 = 0.0f;
      f_r44_60 = 0.0f;
      f_r44_61 = 0.0f;
      f_r44_62 = 0.0f;
      f_r44_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r44_0 = (f_r44_0 + b41[((int64_t)b54[i_q] * 64 + 0)]);
        f_r44_1 = (f_r44_1 + b41[((int64_t)b54[i_q] * 64 + 1)]);
        f_r44_2 = (f_r44_2 + b41[((int64_t)b54[i_q] * 64 + 2)]);
        f_r44_3 = (f_r44_3 + b41[((int64_t)b54[i_q] * 64 + 3)]);
        f_r44_4 = (f_r44_4 + b41[((int64_t)b54[i_q] * 64 + 4)]);
        f_r44_5 = (f_r44_5 + b41[((int64_t)b54[i_q] * 64 + 5)]);
        f_r44_6 = (f_r44_6 + b41[((int64_t)b54[i_q] * 64 + 6)]);
        f_r44_7 = (f_r44_7 + b41[((int64_t)b54[i_q] * 64 + 7)]);
        f_r44_8 = (f_r44_8 + b41[((int64_t)b54[i_q] * 64 + 8)]);
        f_r44_9 = (f_r44_9 + b41[((int64_t)b54[i_q] * 64 + 9)]);
        f_r44_10 = (f_r44_10 + b41[((int64_t)b54[i_q] * 64 + 10)]);
        f_r44_11 = (f_r44_11 + b41[((int64_t)b54[i_q] * 64 + 11)]);
        f_r44_12 = (f_r44_12 + b41[((int64_t)b54[i_q] * 64 + 12)]);
        f_r44_13 = (f_r44_13 + b41[((int64_t)b54[i_q] * 64 + 13)]);
        f_r44_14 = (f_r44_14 + b41[((int64_t)b54[i_q] * 64 + 14)]);
        f_r44_15 = (f_r44_15 + b41[((int64_t)b54[i_q] * 64 + 15)]);
        f_r44_16 = (f_r44_16 + b41[((int64_t)b54[i_q] * 64 + 16)]);
        f_r44_17 = (f_r44_17 + b41[((int64_t)b54[i_q] * 64 + 17)]);
        f_r44_18 = (f_r44_18 + b41[((int64_t)b54[i_q] * 64 + 18)]);
        f_r44_19 = (f_r44_19 + b41[((int64_t)b54[i_q] * 64 + 19)]);
        f_r44_20 = (f_r44_20 + b41[((int64_t)b54[i_q] * 64 + 20)]);
        f_r44_21 = (f_r44_21 + b41[((int64_t)b54[i_q] * 64 + 21)]);
        f_r44_22 = (f_r44_22 + b41[((int64_t)b54[i_q] * 64 + 22)]);
        f_r44_23 = (f_r44_23 + b41[((int64_t)b54[i_q] * 64 + 23)]);
        f_r44_24 = (f_r44_24 + b41[((int64_t)b54[i_q] * 64 + 24)]);
        f_r44_25 = (f_r44_25 + b41[((int64_t)b54[i_q] * 64 + 25)]);
        f_r44_26 = (f_r44_26 + b41[((int64_t)b54[i_q] * 64 + 26)]);
        f_r44_27 = (f_r44_27 + b41[((int64_t)b54[i_q] * 64 + 27)]);
        f_r44_28 = (f_r44_28 + b41[((int64_t)b54[i_q] * 64 + 28)]);
        f_r44_29 = (f_r44_29 + b41[((int64_t)b54[i_q] * 64 + 29)]);
        f_r44_30 = (f_r44_30 + b41[((int64_t)b54[i_q] * 64 + 30)]);
        f_r44_31 = (f_r44_31 + b41[((int64_t)b54[i_q] * 64 + 31)]);
        f_r44_32 = (f_r44_32 + b41[((int64_t)b54[i_q] * 64 + 32)]);
        f_r44_33 = (f_r44_33 + b41[((int64_t)b54[i_q] * 64 + 33)]);
        f_r44_34 = (f_r44_34 + b41[((int64_t)b54[i_q] * 64 + 34)]);
        f_r44_35 = (f_r44_35 + b41[((int64_t)b54[i_q] * 64 + 35)]);
        f_r44_36 = (f_r44_36 + b41[((int64_t)b54[i_q] * 64 + 36)]);
        f_r44_37 = (f_r44_37 + b41[((int64_t)b54[i_q] * 64 + 37)]);
        f_r44_38 = (f_r44_38 + b41[((int64_t)b54[i_q] * 64 + 38)]);
        f_r44_39 = (f_r44_39 + b41[((int64_t)b54[i_q] * 64 + 39)]);
        f_r44_40 = (f_r44_40 + b41[((int64_t)b54[i_q] * 64 + 40)]);
        f_r44_41 = (f_r44_41 + b41[((int64_t)b54[i_q] * 64 + 41)]);
        f_r44_42 = (f_r44_42 + b41[((int64_t)b54[i_q] * 64 + 42)]);
        f_r44_43 = (f_r44_43 + b41[((int64_t)b54[i_q] * 64 + 43)]);
        f_r44_44 = (f_r44_44 + b41[((int64_t)b54[i_q] * 64 + 44)]);
        f_r44_45 = (f_r44_45 + b41[((int64_t)b54[i_q] * 64 + 45)]);
        f_r44_46 = (f_r44_46 + b41[((int64_t)b54[i_q] * 64 + 46)]);
        f_r44_47 = (f_r44_47 + b41[((int64_t)b54[i_q] * 64 + 47)]);
        f_r44_48 = (f_r44_48 + b41[((int64_t)b54[i_q] * 64 + 48)]);
        f_r44_49 = (f_r44_49 + b41[((int64_t)b54[i_q] * 64 + 49)]);
        f_r44_50 = (f_r44_50 + b41[((int64_t)b54[i_q] * 64 + 50)]);
        f_r44_51 = (f_r44_51 + b41[((int64_t)b54[i_q] * 64 + 51)]);
        f_r44_52 = (f_r44_52 + b41[((int64_t)b54[i_q] * 64 + 52)]);
        f_r44_53 = (f_r44_53 + b41[((int64_t)b54[i_q] * 64 + 53)]);
        f_r44_54 = (f_r44_54 + b41[((int64_t)b54[i_q] * 64 + 54)]);
        f_r44_55 = (f_r44_55 + b41[((int64_t)b54[i_q] * 64 + 55)]);
        f_r44_56 = (f_r44_56 + b41[((int64_t)b54[i_q] * 64 + 56)]);
        f_r44_57 = (f_r44_57 + b41[((int64_t)b54[i_q] * 64 + 57)]);
        f_r44_58 = (f_r44_58 + b41[((int64_t)b54[i_q] * 64 + 58)]);
        f_r44_59 = (f_r44_59 + b41[((int64_t)b54[i_q] * 64 + 59)]);
        f_r44_60 = (f_r44_60 + b41[((int64_t)b54[i_q] * 64 + 60)]);
        f_r44_61 = (f_r44_61 + b41[((int64_t)b54[i_q] * 64 + 61)]);
        f_r44_62 = (f_r44_62 + b41[((int64_t)b54[i_q] * 64 + 62)]);
        f_r44_63 = (f_r44_63 + b41[((int64_t)b54[i_q] * 64 + 63)]);
      }
    }
    {
      b45[(i_v * 64 + 0)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 0)] + f_r44_0), seed, 1ULL, (uint64_t)((i_v * 64 + 0)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 0)] + f_r44_0)), b18[(i_v * 64 + 0)]);
      b45[(i_v * 64 + 1)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 1)] + f_r44_1), seed, 1ULL, (uint64_t)((i_v * 64 + 1)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 1)] + f_r44_1)), b18[(i_v * 64 + 1)]);
      b45[(i_v * 64 + 2)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 2)] + f_r44_2), seed, 1ULL, (uint64_t)((i_v * 64 + 2)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 2)] + f_r44_2)), b18[(i_v * 64 + 2)]);
      b45[(i_v * 64 + 3)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 3)] + f_r44_3), seed, 1ULL, (uint64_t)((i_v * 64 + 3)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 3)] + f_r44_3)), b18[(i_v * 64 + 3)]);
      b45[(i_v * 64 + 4)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 4)] + f_r44_4), seed, 1ULL, (uint64_t)((i_v * 64 + 4)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 4)] + f_r44_4)), b18[(i_v * 64 + 4)]);
      b45[(i_v * 64 + 5)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 5)] + f_r44_5), seed, 1ULL, (uint64_t)((i_v * 64 + 5)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 5)] + f_r44_5)), b18[(i_v * 64 + 5)]);
      b45[(i_v * 64 + 6)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 6)] + f_r44_6), seed, 1ULL, (uint64_t)((i_v * 64 + 6)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 6)] + f_r44_6)), b18[(i_v * 64 + 6)]);
      b45[(i_v * 64 + 7)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 7)] + f_r44_7), seed, 1ULL, (uint64_t)((i_v * 64 + 7)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 7)] + f_r44_7)), b18[(i_v * 64 + 7)]);
      b45[(i_v * 64 + 8)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 8)] + f_r44_8), seed, 1ULL, (uint64_t)((i_v * 64 + 8)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 8)] + f_r44_8)), b18[(i_v * 64 + 8)]);
      b45[(i_v * 64 + 9)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 9)] + f_r44_9), seed, 1ULL, (uint64_t)((i_v * 64 + 9)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 9)] + f_r44_9)), b18[(i_v * 64 + 9)]);
      b45[(i_v * 64 + 10)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 10)] + f_r44_10), seed, 1ULL, (uint64_t)((i_v * 64 + 10)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 10)] + f_r44_10)), b18[(i_v * 64 + 10)]);
      b45[(i_v * 64 + 11)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 11)] + f_r44_11), seed, 1ULL, (uint64_t)((i_v * 64 + 11)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 11)] + f_r44_11)), b18[(i_v * 64 + 11)]);
      b45[(i_v * 64 + 12)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 12)] + f_r44_12), seed, 1ULL, (uint64_t)((i_v * 64 + 12)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 12)] + f_r44_12)), b18[(i_v * 64 + 12)]);
      b45[(i_v * 64 + 13)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 13)] + f_r44_13), seed, 1ULL, (uint64_t)((i_v * 64 + 13)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 13)] + f_r44_13)), b18[(i_v * 64 + 13)]);
      b45[(i_v * 64 + 14)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 14)] + f_r44_14), seed, 1ULL, (uint64_t)((i_v * 64 + 14)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 14)] + f_r44_14)), b18[(i_v * 64 + 14)]);
      b45[(i_v * 64 + 15)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 15)] + f_r44_15), seed, 1ULL, (uint64_t)((i_v * 64 + 15)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 15)] + f_r44_15)), b18[(i_v * 64 + 15)]);
      b45[(i_v * 64 + 16)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 16)] + f_r44_16), seed, 1ULL, (uint64_t)((i_v * 64 + 16)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 16)] + f_r44_16)), b18[(i_v * 64 + 16)]);
      b45[(i_v * 64 + 17)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 17)] + f_r44_17), seed, 1ULL, (uint64_t)((i_v * 64 + 17)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 17)] + f_r44_17)), b18[(i_v * 64 + 17)]);
      b45[(i_v * 64 + 18)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 18)] + f_r44_18), seed, 1ULL, (uint64_t)((i_v * 64 + 18)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 18)] + f_r44_18)), b18[(i_v * 64 + 18)]);
      b45[(i_v * 64 + 19)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 19)] + f_r44_19), seed, 1ULL, (uint64_t)((i_v * 64 + 19)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 19)] + f_r44_19)), b18[(i_v * 64 + 19)]);
      b45[(i_v * 64 + 20)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 20)] + f_r44_20), seed, 1ULL, (uint64_t)((i_v * 64 + 20)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 20)] + f_r44_20)), b18[(i_v * 64 + 20)]);
      b45[(i_v * 64 + 21)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 21)] + f_r44_21), seed, 1ULL, (uint64_t)((i_v * 64 + 21)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 21)] + f_r44_21)), b18[(i_v * 64 + 21)]);
      b45[(i_v * 64 + 22)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 22)] + f_r44_22), seed, 1ULL, (uint64_t)((i_v * 64 + 22)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 22)] + f_r44_22)), b18[(i_v * 64 + 22)]);
      b45[(i_v * 64 + 23)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 23)] + f_r44_23), seed, 1ULL, (uint64_t)((i_v * 64 + 23)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 23)] + f_r44_23)), b18[(i_v * 64 + 23)]);
      b45[(i_v * 64 + 24)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 24)] + f_r44_24), seed, 1ULL, (uint64_t)((i_v * 64 + 24)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 24)] + f_r44_24)), b18[(i_v * 64 + 24)]);
      b45[(i_v * 64 + 25)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 25)] + f_r44_25), seed, 1ULL, (uint64_t)((i_v * 64 + 25)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 25)] + f_r44_25)), b18[(i_v * 64 + 25)]);
      b45[(i_v * 64 + 26)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 26)] + f_r44_26), seed, 1ULL, (uint64_t)((i_v * 64 + 26)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 26)] + f_r44_26)), b18[(i_v * 64 + 26)]);
      b45[(i_v * 64 + 27)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 27)] + f_r44_27), seed, 1ULL, (uint64_t)((i_v * 64 + 27)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 27)] + f_r44_27)), b18[(i_v * 64 + 27)]);
      b45[(i_v * 64 + 28)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 28)] + f_r44_28), seed, 1ULL, (uint64_t)((i_v * 64 + 28)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 28)] + f_r44_28)), b18[(i_v * 64 + 28)]);
      b45[(i_v * 64 + 29)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 29)] + f_r44_29), seed, 1ULL, (uint64_t)((i_v * 64 + 29)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 29)] + f_r44_29)), b18[(i_v * 64 + 29)]);
      b45[(i_v * 64 + 30)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 30)] + f_r44_30), seed, 1ULL, (uint64_t)((i_v * 64 + 30)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 30)] + f_r44_30)), b18[(i_v * 64 + 30)]);
      b45[(i_v * 64 + 31)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 31)] + f_r44_31), seed, 1ULL, (uint64_t)((i_v * 64 + 31)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 31)] + f_r44_31)), b18[(i_v * 64 + 31)]);
      b45[(i_v * 64 + 32)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 32)] + f_r44_32), seed, 1ULL, (uint64_t)((i_v * 64 + 32)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 32)] + f_r44_32)), b18[(i_v * 64 + 32)]);
      b45[(i_v * 64 + 33)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 33)] + f_r44_33), seed, 1ULL, (uint64_t)((i_v * 64 + 33)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 33)] + f_r44_33)), b18[(i_v * 64 + 33)]);
      b45[(i_v * 64 + 34)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 34)] + f_r44_34), seed, 1ULL, (uint64_t)((i_v * 64 + 34)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 34)] + f_r44_34)), b18[(i_v * 64 + 34)]);
      b45[(i_v * 64 + 35)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 35)] + f_r44_35), seed, 1ULL, (uint64_t)((i_v * 64 + 35)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 35)] + f_r44_35)), b18[(i_v * 64 + 35)]);
      b45[(i_v * 64 + 36)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 36)] + f_r44_36), seed, 1ULL, (uint64_t)((i_v * 64 + 36)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 36)] + f_r44_36)), b18[(i_v * 64 + 36)]);
      b45[(i_v * 64 + 37)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 37)] + f_r44_37), seed, 1ULL, (uint64_t)((i_v * 64 + 37)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 37)] + f_r44_37)), b18[(i_v * 64 + 37)]);
      b45[(i_v * 64 + 38)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 38)] + f_r44_38), seed, 1ULL, (uint64_t)((i_v * 64 + 38)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 38)] + f_r44_38)), b18[(i_v * 64 + 38)]);
      b45[(i_v * 64 + 39)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 39)] + f_r44_39), seed, 1ULL, (uint64_t)((i_v * 64 + 39)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 39)] + f_r44_39)), b18[(i_v * 64 + 39)]);
      b45[(i_v * 64 + 40)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 40)] + f_r44_40), seed, 1ULL, (uint64_t)((i_v * 64 + 40)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 40)] + f_r44_40)), b18[(i_v * 64 + 40)]);
      b45[(i_v * 64 + 41)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 41)] + f_r44_41), seed, 1ULL, (uint64_t)((i_v * 64 + 41)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 41)] + f_r44_41)), b18[(i_v * 64 + 41)]);
      b45[(i_v * 64 + 42)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 42)] + f_r44_42), seed, 1ULL, (uint64_t)((i_v * 64 + 42)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 42)] + f_r44_42)), b18[(i_v * 64 + 42)]);
      b45[(i_v * 64 + 43)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 43)] + f_r44_43), seed, 1ULL, (uint64_t)((i_v * 64 + 43)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 43)] + f_r44_43)), b18[(i_v * 64 + 43)]);
      b45[(i_v * 64 + 44)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 44)] + f_r44_44), seed, 1ULL, (uint64_t)((i_v * 64 + 44)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 44)] + f_r44_44)), b18[(i_v * 64 + 44)]);
      b45[(i_v * 64 + 45)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 45)] + f_r44_45), seed, 1ULL, (uint64_t)((i_v * 64 + 45)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 45)] + f_r44_45)), b18[(i_v * 64 + 45)]);
      b45[(i_v * 64 + 46)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 46)] + f_r44_46), seed, 1ULL, (uint64_t)((i_v * 64 + 46)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 46)] + f_r44_46)), b18[(i_v * 64 + 46)]);
      b45[(i_v * 64 + 47)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 47)] + f_r44_47), seed, 1ULL, (uint64_t)((i_v * 64 + 47)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 47)] + f_r44_47)), b18[(i_v * 64 + 47)]);
      b45[(i_v * 64 + 48)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 48)] + f_r44_48), seed, 1ULL, (uint64_t)((i_v * 64 + 48)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 48)] + f_r44_48)), b18[(i_v * 64 + 48)]);
      b45[(i_v * 64 + 49)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 49)] + f_r44_49), seed, 1ULL, (uint64_t)((i_v * 64 + 49)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 49)] + f_r44_49)), b18[(i_v * 64 + 49)]);
      b45[(i_v * 64 + 50)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 50)] + f_r44_50), seed, 1ULL, (uint64_t)((i_v * 64 + 50)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 50)] + f_r44_50)), b18[(i_v * 64 + 50)]);
      b45[(i_v * 64 + 51)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 51)] + f_r44_51), seed, 1ULL, (uint64_t)((i_v * 64 + 51)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 51)] + f_r44_51)), b18[(i_v * 64 + 51)]);
      b45[(i_v * 64 + 52)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 52)] + f_r44_52), seed, 1ULL, (uint64_t)((i_v * 64 + 52)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 52)] + f_r44_52)), b18[(i_v * 64 + 52)]);
      b45[(i_v * 64 + 53)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 53)] + f_r44_53), seed, 1ULL, (uint64_t)((i_v * 64 + 53)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 53)] + f_r44_53)), b18[(i_v * 64 + 53)]);
      b45[(i_v * 64 + 54)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 54)] + f_r44_54), seed, 1ULL, (uint64_t)((i_v * 64 + 54)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 54)] + f_r44_54)), b18[(i_v * 64 + 54)]);
      b45[(i_v * 64 + 55)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 55)] + f_r44_55), seed, 1ULL, (uint64_t)((i_v * 64 + 55)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 55)] + f_r44_55)), b18[(i_v * 64 + 55)]);
      b45[(i_v * 64 + 56)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 56)] + f_r44_56), seed, 1ULL, (uint64_t)((i_v * 64 + 56)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 56)] + f_r44_56)), b18[(i_v * 64 + 56)]);
      b45[(i_v * 64 + 57)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 57)] + f_r44_57), seed, 1ULL, (uint64_t)((i_v * 64 + 57)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 57)] + f_r44_57)), b18[(i_v * 64 + 57)]);
      b45[(i_v * 64 + 58)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 58)] + f_r44_58), seed, 1ULL, (uint64_t)((i_v * 64 + 58)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 58)] + f_r44_58)), b18[(i_v * 64 + 58)]);
      b45[(i_v * 64 + 59)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 59)] + f_r44_59), seed, 1ULL, (uint64_t)((i_v * 64 + 59)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 59)] + f_r44_59)), b18[(i_v * 64 + 59)]);
      b45[(i_v * 64 + 60)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 60)] + f_r44_60), seed, 1ULL, (uint64_t)((i_v * 64 + 60)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 60)] + f_r44_60)), b18[(i_v * 64 + 60)]);
      b45[(i_v * 64 + 61)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 61)] + f_r44_61), seed, 1ULL, (uint64_t)((i_v * 64 + 61)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 61)] + f_r44_61)), b18[(i_v * 64 + 61)]);
      b45[(i_v * 64 + 62)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 62)] + f_r44_62), seed, 1ULL, (uint64_t)((i_v * 64 + 62)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 62)] + f_r44_62)), b18[(i_v * 64 + 62)]);
      b45[(i_v * 64 + 63)] = gnnc_relu_grad((training ? gnnc_dropout_mul((b41[(i_v * 64 + 63)] + f_r44_63), seed, 1ULL, (uint64_t)((i_v * 64 + 63)), 8388608ULL, 2.0f) : (b41[(i_v * 64 + 63)] + f_r44_63)), b18[(i_v * 64 + 63)]);
    }
  }
}

/* sum_to */
void k29_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b45 = (float*)buffers[45]; /* t43 */
  float* restrict b46 = (float*)buffers[46]; /* grad.conv1.mlp.b2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b45[(i_k0 * 64 + (i_t % 64))]);
    }
    b46[i_t] = f_acc;
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
  float* restrict b45 = (float*)buffers[45]; /* t43 */
  float* restrict b47 = (float*)buffers[47]; /* t45 */
  float* restrict b48 = (float*)buffers[48]; /* t45.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b47[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b45[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b47[(i_r * 64 + i_c)] = (b47[(i_r * 64 + i_c)] + (f_a * b48[(i_q * 64 + i_c)]));
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
  float* restrict b16 = (float*)buffers[16]; /* t11 */
  float* restrict b45 = (float*)buffers[45]; /* t43 */
  float* restrict b49 = (float*)buffers[49]; /* grad.conv1.mlp.W2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b49[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b16[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b49[(i_k * 64 + i_c)] = (b49[(i_k * 64 + i_c)] + (f_a * b45[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k33_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b15 = (float*)buffers[15]; /* t10 */
  float* restrict b47 = (float*)buffers[47]; /* t45 */
  float* restrict b50 = (float*)buffers[50]; /* t47 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b50[(i_r * 64 + i_j)] = gnnc_relu_grad(b47[(i_r * 64 + i_j)], b15[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k34_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b50 = (float*)buffers[50]; /* t47 */
  float* restrict b51 = (float*)buffers[51]; /* grad.conv1.mlp.b1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b50[(i_k0 * 64 + (i_t % 64))]);
    }
    b51[i_t] = f_acc;
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
  float* restrict b9 = (float*)buffers[9]; /* t4 */
  float* restrict b50 = (float*)buffers[50]; /* t47 */
  float* restrict b52 = (float*)buffers[52]; /* grad.conv1.mlp.W1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b52[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b9[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b52[(i_k * 64 + i_c)] = (b52[(i_k * 64 + i_c)] + (f_a * b50[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}
