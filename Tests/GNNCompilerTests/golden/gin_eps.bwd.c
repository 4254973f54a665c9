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
/* program GINEps: 62 buffers, 26 kernels */

/* matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) */
void k37_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b11 = (float*)buffers[11]; /* conv1.mlp.W1 */
  float* restrict b13 = (float*)buffers[13]; /* conv1.mlp.W2 */
  float* restrict b25 = (float*)buffers[25]; /* conv2.mlp.W1 */
  float* restrict b45 = (float*)buffers[45]; /* t44.wt */
  float* restrict b52 = (float*)buffers[52]; /* t55.wt */
  float* restrict b57 = (float*)buffers[57]; /* t59.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < 64; i_q++) {
    {
      for (int64_t i_c = 0; i_c < s_F; i_c++) {
        b57[(i_q * s_F + i_c)] = b11[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b52[(i_q * 64 + i_c)] = b13[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b45[(i_q * 64 + i_c)] = b25[(i_c * 64 + i_q)];
      }
    }
  }
}

/* matmul_nt (W^T) */
void k20_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b27 = (float*)buffers[27]; /* conv2.mlp.W2 */
  float* restrict b40 = (float*)buffers[40]; /* t40.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < s_C; i_q++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b40[(i_q * 64 + i_c)] = b27[(i_c * s_C + i_q)];
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
  float* restrict b7 = (float*)buffers[7]; /* t2 */
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
  float* restrict b7 = (float*)buffers[7]; /* t2 */
  float* restrict b8 = (float*)buffers[8]; /* conv1.eps */
  float* restrict b9 = (float*)buffers[9]; /* conv1.agg */
  float* restrict b10 = (float*)buffers[10]; /* t8 */
  float* restrict b11 = (float*)buffers[11]; /* conv1.mlp.W1 */
  float* restrict b12 = (float*)buffers[12]; /* conv1.mlp.b1 */
  float* restrict b13 = (float*)buffers[13]; /* conv1.mlp.W2 */
  float* restrict b14 = (float*)buffers[14]; /* conv1.mlp.b2 */
  float* restrict b15 = (float*)buffers[15]; /* t13 */
  float* restrict b16 = (float*)buffers[16]; /* t14 */
  float* restrict b17 = (float*)buffers[17]; /* t15 */
  float* restrict b18 = (float*)buffers[18]; /* t16 */
  float* restrict b19 = (float*)buffers[19]; /* t17 */
  float* restrict b20 = (float*)buffers[20]; /* h */
  int32_t* restrict b60 = (int32_t*)buffers[60]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b9[(i_v * s_F + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_F; i_j++) {
          b9[(i_v * s_F + i_j)] = (b9[(i_v * s_F + i_j)] + b7[((int64_t)b60[i_q] * s_F + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b10[(i_v * s_F + i_j)] = (((b8[0] + 1.0f) * b7[(i_v * s_F + i_j)]) + b9[(i_v * s_F + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b15[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b10[(i_v * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b15[(i_v * 64 + i_c)] = (b15[(i_v * 64 + i_c)] + (f_a * b11[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b16[(i_v * 64 + i_j)] = (b15[(i_v * 64 + i_j)] + b12[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b17[(i_v * 64 + i_j)] = gnnc_relu(b16[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b18[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b17[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b18[(i_v * 64 + i_c)] = (b18[(i_v * 64 + i_c)] + (f_a * b13[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b19[(i_v * 64 + i_j)] = (b18[(i_v * 64 + i_j)] + b14[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b20[(i_v * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_relu(b19[(i_v * 64 + i_j)]), seed, 1ULL, (uint64_t)((i_v * 64 + i_j)), 8388608ULL, 2.0f) : gnnc_relu(b19[(i_v * 64 + i_j)]));
      }
    }
  }
}

/* aggregate.dst.sum */
void k9_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b20 = (float*)buffers[20]; /* h */
  float* restrict b22 = (float*)buffers[22]; /* conv2.agg */
  int32_t* restrict b60 = (int32_t*)buffers[60]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r22_0 = 0.0f;
    float f_r22_1 = 0.0f;
    float f_r22_2 = 0.0f;
    float f_r22_3 = 0.0f;
    float f_r22_4 = 0.0f;
    float f_r22_5 = 0.0f;
    float f_r22_6 = 0.0f;
    float f_r22_7 = 0.0f;
    float f_r22_8 = 0.0f;
    float f_r22_9 = 0.0f;
    float f_r22_10 = 0.0f;
    float f_r22_11 = 0.0f;
    float f_r22_12 = 0.0f;
    float f_r22_13 = 0.0f;
    float f_r22_14 = 0.0f;
    float f_r22_15 = 0.0f;
    float f_r22_16 = 0.0f;
    float f_r22_17 = 0.0f;
    float f_r22_18 = 0.0f;
    float f_r22_19 = 0.0f;
    float f_r22_20 = 0.0f;
    float f_r22_21 = 0.0f;
    float f_r22_22 = 0.0f;
    float f_r22_23 = 0.0f;
    float f_r22_24 = 0.0f;
    float f_r22_25 = 0.0f;
    float f_r22_26 = 0.0f;
    float f_r22_27 = 0.0f;
    float f_r22_28 = 0.0f;
    float f_r22_29 = 0.0f;
    float f_r22_30 = 0.0f;
    float f_r22_31 = 0.0f;
    float f_r22_32 = 0.0f;
    float f_r22_33 = 0.0f;
    float f_r22_34 = 0.0f;
    float f_r22_35 = 0.0f;
    float f_r22_36 = 0.0f;
    float f_r22_37 = 0.0f;
    float f_r22_38 = 0.0f;
    float f_r22_39 = 0.0f;
    float f_r22_40 = 0.0f;
    float f_r22_41 = 0.0f;
    float f_r22_42 = 0.0f;
    float f_r22_43 = 0.0f;
    float f_r22_44 = 0.0f;
    float f_r22_45 = 0.0f;
    float f_r22_46 = 0.0f;
    float f_r22_47 = 0.0f;
    float f_r22_48 = 0.0f;
    float f_r22_49 = 0.0f;
    float f_r22_50 = 0.0f;
    float f_r22_51 = 0.0f;
    float f_r22_52 = 0.0f;
    float f_r22_53 = 0.0f;
    float f_r22_54 = 0.0f;
    float f_r22_55 = 0.0f;
    float f_r22_56 = 0.0f;
    float f_r22_57 = 0.0f;
    float f_r22_58 = 0.0f;
    float f_r22_59 = 0.0f;
    float f_r22_60 = 0.0f;
    float f_r22_61 = 0.0f;
    float f_r22_62 = 0.0f;
    float f_r22_63 = 0.0f;
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    f_r22_0 = 0.0f;
    f_r22_1 = 0.0f;
    f_r22_2 = 0.0f;
    f_r22_3 = 0.0f;
    f_r22_4 = 0.0f;
    f_r22_5 = 0.0f;
    f_r22_6 = 0.0f;
    f_r22_7 = 0.0f;
    f_r22_8 = 0.0f;
    f_r22_9 = 0.0f;
    f_r22_10 = 0.0f;
    f_r22_11 = 0.0f;
    f_r22_12 = 0.0f;
    f_r22_13 = 0.0f;
    f_r22_14 = 0.0f;
    f_r22_15 = 0.0f;
    f_r22_16 = 0.0f;
    f_r22_17 = 0.0f;
    f_r22_18 = 0.0f;
    f_r22_19 = 0.0f;
    f_r22_20 = 0.0f;
    f_r22_21 = 0.0f;
    f_r22_22 = 0.0f;
    f_r22_23 = 0.0f;
    f_r22_24 = 0.0f;
    f_r22_25 = 0.0f;
    f_r22_26 = 0.0f;
    f_r22_27 = 0.0f;
    f_r22_28 = 0.0f;
    f_r22_29 = 0.0f;
    f_r22_30 = 0.0f;
    f_r22_31 = 0.0f;
    f_r22_32 = 0.0f;
    f_r22_33 = 0.0f;
    f_r22_34 = 0.0f;
    f_r22_35 = 0.0f;
    f_r22_36 = 0.0f;
    f_r22_37 = 0.0f;
    f_r22_38 = 0.0f;
    f_r22_39 = 0.0f;
    f_r22_40 = 0.0f;
    f_r22_41 = 0.0f;
    f_r22_42 = 0.0f;
    f_r22_43 = 0.0f;
    f_r22_44 = 0.0f;
    f_r22_45 = 0.0f;
    f_r22_46 = 0.0f;
    f_r22_47 = 0.0f;
    f_r22_48 = 0.0f;
    f_r22_49 = 0.0f;
    f_r22_50 = 0.0f;
    f_r22_51 = 0.0f;
    f_r22_52 = 0.0f;
    f_r22_53 = 0.0f;
    f_r22_54 = 0.0f;
    f_r22_55 = 0.0f;
    f_r22_56 = 0.0f;
    f_r22_57 = 0.0f;
    f_r22_58 = 0.0f;
    f_r22_59 = 0.0f;
    f_r22_60 = 0.0f;
    f_r22_61 = 0.0f;
    f_r22_62 = 0.0f;
    f_r22_63 = 0.0f;
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      __asm__ volatile("");
      f_r22_0 = (f_r22_0 + b20[((int64_t)b60[i_q] * 64 + 0)]);
      f_r22_1 = (f_r22_1 + b20[((int64_t)b60[i_q] * 64 + 1)]);
      f_r22_2 = (f_r22_2 + b20[((int64_t)b60[i_q] * 64 + 2)]);
      f_r22_3 = (f_r22_3 + b20[((int64_t)b60[i_q] * 64 + 3)]);
      f_r22_4 = (f_r22_4 + b20[((int64_t)b60[i_q] * 64 + 4)]);
      f_r22_5 = (f_r22_5 + b20[((int64_t)b60[i_q] * 64 + 5)]);
      f_r22_6 = (f_r22_6 + b20[((int64_t)b60[i_q] * 64 + 6)]);
      f_r22_7 = (f_r22_7 + b20[((int64_t)b60[i_q] * 64 + 7)]);
      f_r22_8 = (f_r22_8 + b20[((int64_t)b60[i_q] * 64 + 8)]);
      f_r22_9 = (f_r22_9 + b20[((int64_t)b60[i_q] * 64 + 9)]);
      f_r22_10 = (f_r22_10 + b20[((int64_t)b60[i_q] * 64 + 10)]);
      f_r22_11 = (f_r22_11 + b20[((int64_t)b60[i_q] * 64 + 11)]);
      f_r22_12 = (f_r22_12 + b20[((int64_t)b60[i_q] * 64 + 12)]);
      f_r22_13 = (f_r22_13 + b20[((int64_t)b60[i_q] * 64 + 13)]);
      f_r22_14 = (f_r22_14 + b20[((int64_t)b60[i_q] * 64 + 14)]);
      f_r22_15 = (f_r22_15 + b20[((int64_t)b60[i_q] * 64 + 15)]);
      f_r22_16 = (f_r22_16 + b20[((int64_t)b60[i_q] * 64 + 16)]);
      f_r22_17 = (f_r22_17 + b20[((int64_t)b60[i_q] * 64 + 17)]);
      f_r22_18 = (f_r22_18 + b20[((int64_t)b60[i_q] * 64 + 18)]);
      f_r22_19 = (f_r22_19 + b20[((int64_t)b60[i_q] * 64 + 19)]);
      f_r22_20 = (f_r22_20 + b20[((int64_t)b60[i_q] * 64 + 20)]);
      f_r22_21 = (f_r22_21 + b20[((int64_t)b60[i_q] * 64 + 21)]);
      f_r22_22 = (f_r22_22 + b20[((int64_t)b60[i_q] * 64 + 22)]);
      f_r22_23 = (f_r22_23 + b20[((int64_t)b60[i_q] * 64 + 23)]);
      f_r22_24 = (f_r22_24 + b20[((int64_t)b60[i_q] * 64 + 24)]);
      f_r22_25 = (f_r22_25 + b20[((int64_t)b60[i_q] * 64 + 25)]);
      f_r22_26 = (f_r22_26 + b20[((int64_t)b60[i_q] * 64 + 26)]);
      f_r22_27 = (f_r22_27 + b20[((int64_t)b60[i_q] * 64 + 27)]);
      f_r22_28 = (f_r22_28 + b20[((int64_t)b60[i_q] * 64 + 28)]);
      f_r22_29 = (f_r22_29 + b20[((int64_t)b60[i_q] * 64 + 29)]);
      f_r22_30 = (f_r22_30 + b20[((int64_t)b60[i_q] * 64 + 30)]);
      f_r22_31 = (f_r22_31 + b20[((int64_t)b60[i_q] * 64 + 31)]);
      f_r22_32 = (f_r22_32 + b20[((int64_t)b60[i_q] * 64 + 32)]);
      f_r22_33 = (f_r22_33 + b20[((int64_t)b60[i_q] * 64 + 33)]);
      f_r22_34 = (f_r22_34 + b20[((int64_t)b60[i_q] * 64 + 34)]);
      f_r22_35 = (f_r22_35 + b20[((int64_t)b60[i_q] * 64 + 35)]);
      f_r22_36 = (f_r22_36 + b20[((int64_t)b60[i_q] * 64 + 36)]);
      f_r22_37 = (f_r22_37 + b20[((int64_t)b60[i_q] * 64 + 37)]);
      f_r22_38 = (f_r22_38 + b20[((int64_t)b60[i_q] * 64 + 38)]);
      f_r22_39 = (f_r22_39 + b20[((int64_t)b60[i_q] * 64 + 39)]);
      f_r22_40 = (f_r22_40 + b20[((int64_t)b60[i_q] * 64 + 40)]);
      f_r22_41 = (f_r22_41 + b20[((int64_t)b60[i_q] * 64 + 41)]);
      f_r22_42 = (f_r22_42 + b20[((int64_t)b60[i_q] * 64 + 42)]);
      f_r22_43 = (f_r22_43 + b20[((int64_t)b60[i_q] * 64 + 43)]);
      f_r22_44 = (f_r22_44 + b20[((int64_t)b60[i_q] * 64 + 44)]);
      f_r22_45 = (f_r22_45 + b20[((int64_t)b60[i_q] * 64 + 45)]);
      f_r22_46 = (f_r22_46 + b20[((int64_t)b60[i_q] * 64 + 46)]);
      f_r22_47 = (f_r22_47 + b20[((int64_t)b60[i_q] * 64 + 47)]);
      f_r22_48 = (f_r22_48 + b20[((int64_t)b60[i_q] * 64 + 48)]);
      f_r22_49 = (f_r22_49 + b20[((int64_t)b60[i_q] * 64 + 49)]);
      f_r22_50 = (f_r22_50 + b20[((int64_t)b60[i_q] * 64 + 50)]);
      f_r22_51 = (f_r22_51 + b20[((int64_t)b60[i_q] * 64 + 51)]);
      f_r22_52 = (f_r22_52 + b20[((int64_t)b60[i_q] * 64 + 52)]);
      f_r22_53 = (f_r22_53 + b20[((int64_t)b60[i_q] * 64 + 53)]);
      f_r22_54 = (f_r22_54 + b20[((int64_t)b60[i_q] * 64 + 54)]);
      f_r22_55 = (f_r22_55 + b20[((int64_t)b60[i_q] * 64 + 55)]);
      f_r22_56 = (f_r22_56 + b20[((int64_t)b60[i_q] * 64 + 56)]);
      f_r22_57 = (f_r22_57 + b20[((int64_t)b60[i_q] * 64 + 57)]);
      f_r22_58 = (f_r22_58 + b20[((int64_t)b60[i_q] * 64 + 58)]);
      f_r22_59 = (f_r22_59 + b20[((int64_t)b60[i_q] * 64 + 59)]);
      f_r22_60 = (f_r22_60 + b20[((int64_t)b60[i_q] * 64 + 60)]);
      f_r22_61 = (f_r22_61 + b20[((int64_t)b60[i_q] * 64 + 61)]);
      f_r22_62 = (f_r22_62 + b20[((int64_t)b60[i_q] * 64 + 62)]);
      f_r22_63 = (f_r22_63 + b20[((int64_t)b60[i_q] * 64 + 63)]);
    }
    b22[(i_v * 64 + 0)] = f_r22_0;
    b22[(i_v * 64 + 1)] = f_r22_1;
    b22[(i_v * 64 + 2)] = f_r22_2;
    b22[(i_v * 64 + 3)] = f_r22_3;
    b22[(i_v * 64 + 4)] = f_r22_4;
    b22[(i_v * 64 + 5)] = f_r22_5;
    b22[(i_v * 64 + 6)] = f_r22_6;
    b22[(i_v * 64 + 7)] = f_r22_7;
    b22[(i_v * 64 + 8)] = f_r22_8;
    b22[(i_v * 64 + 9)] = f_r22_9;
    b22[(i_v * 64 + 10)] = f_r22_10;
    b22[(i_v * 64 + 11)] = f_r22_11;
    b22[(i_v * 64 + 12)] = f_r22_12;
    b22[(i_v * 64 + 13)] = f_r22_13;
    b22[(i_v * 64 + 14)] = f_r22_14;
    b22[(i_v * 64 + 15)] = f_r22_15;
    b22[(i_v * 64 + 16)] = f_r22_16;
    b22[(i_v * 64 + 17)] = f_r22_17;
    b22[(i_v * 64 + 18)] = f_r22_18;
    b22[(i_v * 64 + 19)] = f_r22_19;
    b22[(i_v * 64 + 20)] = f_r22_20;
    b22[(i_v * 64 + 21)] = f_r22_21;
    b22[(i_v * 64 + 22)] = f_r22_22;
    b22[(i_v * 64 + 23)] = f_r22_23;
    b22[(i_v * 64 + 24)] = f_r22_24;
    b22[(i_v * 64 + 25)] = f_r22_25;
    b22[(i_v * 64 + 26)] = f_r22_26;
    b22[(i_v * 64 + 27)] = f_r22_27;
    b22[(i_v * 64 + 28)] = f_r22_28;
    b22[(i_v * 64 + 29)] = f_r22_29;
    b22[(i_v * 64 + 30)] = f_r22_30;
    b22[(i_v * 64 + 31)] = f_r22_31;
    b22[(i_v * 64 + 32)] = f_r22_32;
    b22[(i_v * 64 + 33)] = f_r22_33;
    b22[(i_v * 64 + 34)] = f_r22_34;
    b22[(i_v * 64 + 35)] = f_r22_35;
    b22[(i_v * 64 + 36)] = f_r22_36;
    b22[(i_v * 64 + 37)] = f_r22_37;
    b22[(i_v * 64 + 38)] = f_r22_38;
    b22[(i_v * 64 + 39)] = f_r22_39;
    b22[(i_v * 64 + 40)] = f_r22_40;
    b22[(i_v * 64 + 41)] = f_r22_41;
    b22[(i_v * 64 + 42)] = f_r22_42;
    b22[(i_v * 64 + 43)] = f_r22_43;
    b22[(i_v * 64 + 44)] = f_r22_44;
    b22[(i_v * 64 + 45)] = f_r22_45;
    b22[(i_v * 64 + 46)] = f_r22_46;
    b22[(i_v * 64 + 47)] = f_r22_47;
    b22[(i_v * 64 + 48)] = f_r22_48;
    b22[(i_v * 64 + 49)] = f_r22_49;
    b22[(i_v * 64 + 50)] = f_r22_50;
    b22[(i_v * 64 + 51)] = f_r22_51;
    b22[(i_v * 64 + 52)] = f_r22_52;
    b22[(i_v * 64 + 53)] = f_r22_53;
    b22[(i_v * 64 + 54)] = f_r22_54;
    b22[(i_v * 64 + 55)] = f_r22_55;
    b22[(i_v * 64 + 56)] = f_r22_56;
    b22[(i_v * 64 + 57)] = f_r22_57;
    b22[(i_v * 64 + 58)] = f_r22_58;
    b22[(i_v * 64 + 59)] = f_r22_59;
    b22[(i_v * 64 + 60)] = f_r22_60;
    b22[(i_v * 64 + 61)] = f_r22_61;
    b22[(i_v * 64 + 62)] = f_r22_62;
    b22[(i_v * 64 + 63)] = f_r22_63;
  }
}

/* add */
void k10_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b21 = (float*)buffers[21]; /* conv2.eps */
  float* restrict b23 = (float*)buffers[23]; /* t23 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b23[(i_r + i_j)] = (b21[i_j] + 1.0f);
    }
  }
}

/* add | matmul | add | relu | matmul | add */
void k11_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b20 = (float*)buffers[20]; /* h */
  float* restrict b22 = (float*)buffers[22]; /* conv2.agg */
  float* restrict b23 = (float*)buffers[23]; /* t23 */
  float* restrict b24 = (float*)buffers[24]; /* t25 */
  float* restrict b25 = (float*)buffers[25]; /* conv2.mlp.W1 */
  float* restrict b26 = (float*)buffers[26]; /* conv2.mlp.b1 */
  float* restrict b27 = (float*)buffers[27]; /* conv2.mlp.W2 */
  float* restrict b28 = (float*)buffers[28]; /* conv2.mlp.b2 */
  float* restrict b29 = (float*)buffers[29]; /* t30 */
  float* restrict b30 = (float*)buffers[30]; /* t31 */
  float* restrict b31 = (float*)buffers[31]; /* t32 */
  float* restrict b32 = (float*)buffers[32]; /* t33 */
  float* restrict b33 = (float*)buffers[33]; /* t34 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b24[(i_r * 64 + i_j)] = ((b23[0] * b20[(i_r * 64 + i_j)]) + b22[(i_r * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b29[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b24[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b29[(i_r * 64 + i_c)] = (b29[(i_r * 64 + i_c)] + (f_a * b25[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b30[(i_r * 64 + i_j)] = (b29[(i_r * 64 + i_j)] + b26[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b31[(i_r * 64 + i_j)] = gnnc_relu(b30[(i_r * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b32[(i_r * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b31[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b32[(i_r * s_C + i_c)] = (b32[(i_r * s_C + i_c)] + (f_a * b27[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b33[(i_r * s_C + i_j)] = (b32[(i_r * s_C + i_j)] + b28[i_j]);
      }
    }
  }
}

/* cross_entropy */
void k17_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b33 = (float*)buffers[33]; /* t34 */
  int32_t* restrict b34 = (int32_t*)buffers[34]; /* labels */
  float* restrict b35 = (float*)buffers[35]; /* train_mask */
  float* restrict b36 = (float*)buffers[36]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b35[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    if (b35[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b33[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b33[(i_v * s_C + i_c)] - f_top)));
      }
      f_loss = (f_loss + (b35[i_v] * ((f_top + gnnc_log(f_total)) - b33[(i_v * s_C + (int64_t)b34[i_v])])));
    }
  }
  b36[0] = 0.0f;
  if (f_count > 0.0f) {
    b36[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k18_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b33 = (float*)buffers[33]; /* t34 */
  int32_t* restrict b34 = (int32_t*)buffers[34]; /* labels */
  float* restrict b35 = (float*)buffers[35]; /* train_mask */
  float* restrict b37 = (float*)buffers[37]; /* t38 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b35[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, b33[(i_v * s_C + i_c)]);
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + gnnc_exp((b33[(i_v * s_C + i_c)] - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b37[(i_v * s_C + i_c)] = ((b35[i_v] * ((gnnc_exp((b33[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b34[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
    }
  }
}

/* sum_to */
void k19_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b37 = (float*)buffers[37]; /* t38 */
  float* restrict b38 = (float*)buffers[38]; /* grad.conv2.mlp.b2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b37[(i_k0 * s_C + (i_t % s_C))]);
    }
    b38[i_t] = f_acc;
  }
}

/* matmul_nt */
void k21_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b37 = (float*)buffers[37]; /* t38 */
  float* restrict b39 = (float*)buffers[39]; /* t40 */
  float* restrict b40 = (float*)buffers[40]; /* t40.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b39[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b37[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b39[(i_r * 64 + i_c)] = (b39[(i_r * 64 + i_c)] + (f_a * b40[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k22_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b31 = (float*)buffers[31]; /* t32 */
  float* restrict b37 = (float*)buffers[37]; /* t38 */
  float* restrict b41 = (float*)buffers[41]; /* grad.conv2.mlp.W2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b41[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b31[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b41[(i_k * s_C + i_c)] = (b41[(i_k * s_C + i_c)] + (f_a * b37[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k23_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b30 = (float*)buffers[30]; /* t31 */
  float* restrict b39 = (float*)buffers[39]; /* t40 */
  float* restrict b42 = (float*)buffers[42]; /* t42 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b42[(i_r * 64 + i_j)] = gnnc_relu_grad(b39[(i_r * 64 + i_j)], b30[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k24_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b42 = (float*)buffers[42]; /* t42 */
  float* restrict b43 = (float*)buffers[43]; /* grad.conv2.mlp.b1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b42[(i_k0 * 64 + (i_t % 64))]);
    }
    b43[i_t] = f_acc;
  }
}

/* matmul_nt */
void k26_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b42 = (float*)buffers[42]; /* t42 */
  float* restrict b44 = (float*)buffers[44]; /* t44 */
  float* restrict b45 = (float*)buffers[45]; /* t44.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b44[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b42[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b44[(i_r * 64 + i_c)] = (b44[(i_r * 64 + i_c)] + (f_a * b45[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k27_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b24 = (float*)buffers[24]; /* t25 */
  float* restrict b42 = (float*)buffers[42]; /* t42 */
  float* restrict b46 = (float*)buffers[46]; /* grad.conv2.mlp.W1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b46[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b24[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b46[(i_k * 64 + i_c)] = (b46[(i_k * 64 + i_c)] + (f_a * b42[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* sum_to */
void k28_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b20 = (float*)buffers[20]; /* h */
  float* restrict b44 = (float*)buffers[44]; /* t44 */
  float* restrict b47 = (float*)buffers[47]; /* grad.conv2.eps */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 1; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      for (int64_t i_k1 = 0; i_k1 < 64; i_k1++) {
        f_acc = (f_acc + (b44[(i_k0 * 64 + i_k1)] * b20[(i_k0 * 64 + i_k1)]));
      }
    }
    b47[i_t] = f_acc;
  }
}

/* aggregate.src.sum | relu_grad */
void k29_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  float* restrict b19 = (float*)buffers[19]; /* t17 */
  float* restrict b23 = (float*)buffers[23]; /* t23 */
  float* restrict b44 = (float*)buffers[44]; /* t44 */
  float* restrict b49 = (float*)buffers[49]; /* t53 */
  int32_t* restrict b61 = (int32_t*)buffers[61]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r48_0 = 0.0f;
    float f_r48_1 = 0.0f;
    float f_r48_2 = 0.0f;
    float f_r48_3 = 0.0f;
    float f_r48_4 = 0.0f;
    float f_r48_5 = 0.0f;
    float f_r48_6 = 0.0f;
    float f_r48_7 = 0.0f;
    float f_r48_8 = 0.0f;
    float f_r48_9 = 0.0f;
    float f_r48_10 = 0.0f;
    float f_r48_11 = 0.0f;
    float f_r48_12 = 0.0f;
    float f_r48_13 = 0.0f;
    float f_r48_14 = 0.0f;
    float f_r48_15 = 0.0f;
    float f_r48_16 = 0.0f;
    float f_r48_17 = 0.0f;
    float f_r48_18 = 0.0f;
    float f_r48_19 = 0.0f;
    float f_r48_20 = 0.0f;
    float f_r48_21 = 0.0f;
    float f_r48_22 = 0.0f;
    float f_r48_23 = 0.0f;
    float f_r48_24 = 0.0f;
    float f_r48_25 = 0.0f;
    float f_r48_26 = 0.0f;
    float f_r48_27 = 0.0f;
    float f_r48_28 = 0.0f;
    float f_r48_29 = 0.0f;
    float f_r48_30 = 0.0f;
    float f_r48_31 = 0.0f;
    float f_r48_32 = 0.0f;
    float f_r48_33 = 0.0f;
    float f_r48_34 = 0.0f;
    float f_r48_35 = 0.0f;
    float f_r48_36 = 0.0f;
    float f_r48_37 = 0.0f;
    float f_r48_38 = 0.0f;
    float f_r48_39 = 0.0f;
    float f_r48_40 = 0.0f;
    float f_r48_41 = 0.0f;
    float f_r48_42 = 0.0f;
    float f_r48_43 = 0.0f;
    float f_r48_44 = 0.0f;
    float f_r48_45 = 0.0f;
    float f_r48_46 = 0.0f;
    float f_r48_47 = 0.0f;
    float f_r48_48 = 0.0f;
    float f_r48_49 = 0.0f;
    float f_r48_50 = 0.0f;
    float f_r48_51 = 0.0f;
    float f_r48_52 = 0.0f;
    float f_r48_53 = 0.0f;
    float f_r48_54 = 0.0f;
    float f_r48_55 = 0.0f;
    float f_r48_56 = 0.0f;
    float f_r48_57 = 0.0f;
    float f_r48_58 = 0.0f;
    float f_r48_59 = 0.0f;
    float f_r48_60 = 0.0f;
    float f_r48_61 = 0.0f;
    float f_r48_62 = 0.0f;
    float f_r48_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      f_r48_0 = 0.0f;
      f_r48_1 = 0.0f;
      f_r48_2 = 0.0f;
      f_r48_3 = 0.0f;
      f_r48_4 = 0.0f;
      f_r48_5 = 0.0f;
      f_r48_6 = 0.0f;
      f_r48_7 = 0.0f;
      f_r48_8 = 0.0f;
      f_r48_9 = 0.0f;
      f_r48_10 = 0.0f;
      f_r48_11 = 0.0f;
      f_r48_12 = 0.0f;
      f_r48_13 = 0.0f;
      f_r48_14 = 0.0f;
      f_r48_15 = 0.0f;
      f_r48_16 = 0.0f;
      f_r48_17 = 0.0f;
      f_r48_18 = 0.0f;
      f_r48_19 = 0.0f;
      f_r48_20 = 0.0f;
      f_r48_21 = 0.0f;
      f_r48_22 = 0.0f;
      f_r48_23 = 0.0f;
      f_r48_24 = 0.0f;
      f_r48_25 = 0.0f;
      f_r48_26 = 0.0f;
      f_r48_27 = 0.0f;
      f_r48_28 = 0.0f;
      f_r48_29 = 0.0f;
      f_r48_30 = 0.0f;
      f_r48_31 = 0.0f;
      f_r48_32 = 0.0f;
      f_r48_33 = 0.0f;
      f_r48_34 = 0.0f;
      f_r48_35 = 0.0f;
      f_r48_36 = 0.0f;
      f_r48_37 = 0.0f;
      f_r48_38 = 0.0f;
      f_r48_39 = 0.0f;
      f_r48_40 = 0.0f;
      f_r48_41 = 0.0f;
      f_r48_42 = 0.0f;
      f_r48_43 = 0.0f;
      f_r48_44 = 0.0f;
      f_r48_45 = 0.0f;
      f_r48_46 = 0.0f;
      f_r48_47 = 0.0f;
      f_r48_48 = 0.0f;
      f_r48_49 = 0.0f;
      f_r48_50 = 0.0f;
      f_r48_51 = 0.0f;
      f_r48_52 = 0.0f;
      f_r48_53 = 0.0f;
      f_r48_54 = 0.0f;
      f_r48_55 = 0.0f;
      f_r48_56 = 0.0f;
      f_r48_57 = 0.0f;
      f_r48_58 = 0.0f;
      f_r48_59 = 0.0f;
      f_r48_60 = 0.0f;
      f_r48_61 = 0.0f;
      f_r48_62 = 0.0f;
      f_r48_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r48_0 = (f_r48_0 + b44[((int64_t)b61[i_q] * 64 + 0)]);
        f_r48_1 = (f_r48_1 + b44[((int64_t)b61[i_q] * 64 + 1)]);
        f_r48_2 = (f_r48_2 + b44[((int64_t)b61[i_q] * 64 + 2)]);
        f_r48_3 = (f_r48_3 + b44[((int64_t)b61[i_q] * 64 + 3)]);
        f_r48_4 = (f_r48_4 + b44[((int64_t)b61[i_q] * 64 + 4)]);
        f_r48_5 = (f_r48_5 + b44[((int64_t)b61[i_q] * 64 + 5)]);
        f_r48_6 = (f_r48_6 + b44[((int64_t)b61[i_q] * 64 + 6)]);
        f_r48_7 = (f_r48_7 + b44[((int64_t)b61[i_q] * 64 + 7)]);
        f_r48_8 = (f_r48_8 + b44[((int64_t)b61[i_q] * 64 + 8)]);
        f_r48_9 = (f_r48_9 + b44[((int64_t)b61[i_q] * 64 + 9)]);
        f_r48_10 = (f_r48_10 + b44[((int64_t)b61[i_q] * 64 + 10)]);
        f_r48_11 = (f_r48_11 + b44[((int64_t)b61[i_q] * 64 + 11)]);
        f_r48_12 = (f_r48_12 + b44[((int64_t)b61[i_q] * 64 + 12)]);
        f_r48_13 = (f_r48_13 + b44[((int64_t)b61[i_q] * 64 + 13)]);
        f_r48_14 = (f_r48_14 + b44[((int64_t)b61[i_q] * 64 + 14)]);
        f_r48_15 = (f_r48_15 + b44[((int64_t)b61[i_q] * 64 + 15)]);
        f_r48_16 = (f_r48_16 + b44[((int64_t)b61[i_q] * 64 + 16)]);
        f_r48_17 = (f_r48_17 + b44[((int64_t)b61[i_q] * 64 + 17)]);
        f_r48_18 = (f_r48_18 + b44[((int64_t)b61[i_q] * 64 + 18)]);
        f_r48_19 = (f_r48_19 + b44[((int64_t)b61[i_q] * 64 + 19)]);
        f_r48_20 = (f_r48_20 + b44[((int64_t)b61[i_q] * 64 + 20)]);
        f_r48_21 = (f_r48_21 + b44[((int64_t)b61[i_q] * 64 + 21)]);
        f_r48_22 = (f_r48_22 + b44[((int64_t)b61[i_q] * 64 + 22)]);
        f_r48_23 = (f_r48_23 + b44[((int64_t)b61[i_q] * 64 + 23)]);
        f_r48_24 = (f_r48_24 + b44[((int64_t)b61[i_q] * 64 + 24)]);
        f_r48_25 = (f_r48_25 + b44[((int64_t)b61[i_q] * 64 + 25)]);
        f_r48_26 = (f_r48_26 + b44[((int64_t)b61[i_q] * 64 + 26)]);
        f_r48_27 = (f_r48_27 + b44[((int64_t)b61[i_q] * 64 + 27)]);
        f_r48_28 = (f_r48_28 + b44[((int64_t)b61[i_q] * 64 + 28)]);
        f_r48_29 = (f_r48_29 + b44[((int64_t)b61[i_q] * 64 + 29)]);
        f_r48_30 = (f_r48_30 + b44[((int64_t)b61[i_q] * 64 + 30)]);
        f_r48_31 = (f_r48_31 + b44[((int64_t)b61[i_q] * 64 + 31)]);
        f_r48_32 = (f_r48_32 + b44[((int64_t)b61[i_q] * 64 + 32)]);
        f_r48_33 = (f_r48_33 + b44[((int64_t)b61[i_q] * 64 + 33)]);
        f_r48_34 = (f_r48_34 + b44[((int64_t)b61[i_q] * 64 + 34)]);
        f_r48_35 = (f_r48_35 + b44[((int64_t)b61[i_q] * 64 + 35)]);
        f_r48_36 = (f_r48_36 + b44[((int64_t)b61[i_q] * 64 + 36)]);
        f_r48_37 = (f_r48_37 + b44[((int64_t)b61[i_q] * 64 + 37)]);
        f_r48_38 = (f_r48_38 + b44[((int64_t)b61[i_q] * 64 + 38)]);
        f_r48_39 = (f_r48_39 + b44[((int64_t)b61[i_q] * 64 + 39)]);
        f_r48_40 = (f_r48_40 + b44[((int64_t)b61[i_q] * 64 + 40)]);
        f_r48_41 = (f_r48_41 + b44[((int64_t)b61[i_q] * 64 + 41)]);
        f_r48_42 = (f_r48_42 + b44[((int64_t)b61[i_q] * 64 + 42)]);
        f_r48_43 = (f_r48_43 + b44[((int64_t)b61[i_q] * 64 + 43)]);
        f_r48_44 = (f_r48_44 + b44[((int64_t)b61[i_q] * 64 + 44)]);
        f_r48_45 = (f_r48_45 + b44[((int64_t)b61[i_q] * 64 + 45)]);
        f_r48_46 = (f_r48_46 + b44[((int64_t)b61[i_q] * 64 + 46)]);
        f_r48_47 = (f_r48_47 + b44[((int64_t)b61[i_q] * 64 + 47)]);
        f_r48_48 = (f_r48_48 + b44[((int64_t)b61[i_q] * 64 + 48)]);
        f_r48_49 = (f_r48_49 + b44[((int64_t)b61[i_q] * 64 + 49)]);
        f_r48_50 = (f_r48_50 + b44[((int64_t)b61[i_q] * 64 + 50)]);
        f_r48_51 = (f_r48_51 + b44[((int64_t)b61[i_q] * 64 + 51)]);
        f_r48_52 = (f_r48_52 + b44[((int64_t)b61[i_q] * 64 + 52)]);
        f_r48_53 = (f_r48_53 + b44[((int64_t)b61[i_q] * 64 + 53)]);
        f_r48_54 = (f_r48_54 + b44[((int64_t)b61[i_q] * 64 + 54)]);
        f_r48_55 = (f_r48_55 + b44[((int64_t)b61[i_q] * 64 + 55)]);
        f_r48_56 = (f_r48_56 + b44[((int64_t)b61[i_q] * 64 + 56)]);
        f_r48_57 = (f_r48_57 + b44[((int64_t)b61[i_q] * 64 + 57)]);
        f_r48_58 = (f_r48_58 + b44[((int64_t)b61[i_q] * 64 + 58)]);
        f_r48_59 = (f_r48_59 + b44[((int64_t)b61[i_q] * 64 + 59)]);
        f_r48_60 = (f_r48_60 + b44[((int64_t)b61[i_q] * 64 + 60)]);
        f_r48_61 = (f_r48_61 + b44[((int64_t)b61[i_q] * 64 + 61)]);
        f_r48_62 = (f_r48_62 + b44[((int64_t)b61[i_q] * 64 + 62)]);
        f_r48_63 = (f_r48_63 + b44[((int64_t)b61[i_q] * 64 + 63)]);
      }
    }
    {
      b49[(i_v * 64 + 0)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 0)] * b23[0]) + f_r48_0), seed, 1ULL, (uint64_t)((i_v * 64 + 0)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 0)] * b23[0]) + f_r48_0)), b19[(i_v * 64 + 0)]);
      b49[(i_v * 64 + 1)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 1)] * b23[0]) + f_r48_1), seed, 1ULL, (uint64_t)((i_v * 64 + 1)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 1)] * b23[0]) + f_r48_1)), b19[(i_v * 64 + 1)]);
      b49[(i_v * 64 + 2)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 2)] * b23[0]) + f_r48_2), seed, 1ULL, (uint64_t)((i_v * 64 + 2)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 2)] * b23[0]) + f_r48_2)), b19[(i_v * 64 + 2)]);
      b49[(i_v * 64 + 3)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 3)] * b23[0]) + f_r48_3), seed, 1ULL, (uint64_t)((i_v * 64 + 3)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 3)] * b23[0]) + f_r48_3)), b19[(i_v * 64 + 3)]);
      b49[(i_v * 64 + 4)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 4)] * b23[0]) + f_r48_4), seed, 1ULL, (uint64_t)((i_v * 64 + 4)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 4)] * b23[0]) + f_r48_4)), b19[(i_v * 64 + 4)]);
      b49[(i_v * 64 + 5)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 5)] * b23[0]) + f_r48_5), seed, 1ULL, (uint64_t)((i_v * 64 + 5)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 5)] * b23[0]) + f_r48_5)), b19[(i_v * 64 + 5)]);
      b49[(i_v * 64 + 6)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 6)] * b23[0]) + f_r48_6), seed, 1ULL, (uint64_t)((i_v * 64 + 6)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 6)] * b23[0]) + f_r48_6)), b19[(i_v * 64 + 6)]);
      b49[(i_v * 64 + 7)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 7)] * b23[0]) + f_r48_7), seed, 1ULL, (uint64_t)((i_v * 64 + 7)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 7)] * b23[0]) + f_r48_7)), b19[(i_v * 64 + 7)]);
      b49[(i_v * 64 + 8)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 8)] * b23[0]) + f_r48_8), seed, 1ULL, (uint64_t)((i_v * 64 + 8)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 8)] * b23[0]) + f_r48_8)), b19[(i_v * 64 + 8)]);
      b49[(i_v * 64 + 9)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 9)] * b23[0]) + f_r48_9), seed, 1ULL, (uint64_t)((i_v * 64 + 9)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 9)] * b23[0]) + f_r48_9)), b19[(i_v * 64 + 9)]);
      b49[(i_v * 64 + 10)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 10)] * b23[0]) + f_r48_10), seed, 1ULL, (uint64_t)((i_v * 64 + 10)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 10)] * b23[0]) + f_r48_10)), b19[(i_v * 64 + 10)]);
      b49[(i_v * 64 + 11)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 11)] * b23[0]) + f_r48_11), seed, 1ULL, (uint64_t)((i_v * 64 + 11)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 11)] * b23[0]) + f_r48_11)), b19[(i_v * 64 + 11)]);
      b49[(i_v * 64 + 12)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 12)] * b23[0]) + f_r48_12), seed, 1ULL, (uint64_t)((i_v * 64 + 12)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 12)] * b23[0]) + f_r48_12)), b19[(i_v * 64 + 12)]);
      b49[(i_v * 64 + 13)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 13)] * b23[0]) + f_r48_13), seed, 1ULL, (uint64_t)((i_v * 64 + 13)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 13)] * b23[0]) + f_r48_13)), b19[(i_v * 64 + 13)]);
      b49[(i_v * 64 + 14)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 14)] * b23[0]) + f_r48_14), seed, 1ULL, (uint64_t)((i_v * 64 + 14)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 14)] * b23[0]) + f_r48_14)), b19[(i_v * 64 + 14)]);
      b49[(i_v * 64 + 15)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 15)] * b23[0]) + f_r48_15), seed, 1ULL, (uint64_t)((i_v * 64 + 15)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 15)] * b23[0]) + f_r48_15)), b19[(i_v * 64 + 15)]);
      b49[(i_v * 64 + 16)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 16)] * b23[0]) + f_r48_16), seed, 1ULL, (uint64_t)((i_v * 64 + 16)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 16)] * b23[0]) + f_r48_16)), b19[(i_v * 64 + 16)]);
      b49[(i_v * 64 + 17)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 17)] * b23[0]) + f_r48_17), seed, 1ULL, (uint64_t)((i_v * 64 + 17)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 17)] * b23[0]) + f_r48_17)), b19[(i_v * 64 + 17)]);
      b49[(i_v * 64 + 18)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 18)] * b23[0]) + f_r48_18), seed, 1ULL, (uint64_t)((i_v * 64 + 18)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 18)] * b23[0]) + f_r48_18)), b19[(i_v * 64 + 18)]);
      b49[(i_v * 64 + 19)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 19)] * b23[0]) + f_r48_19), seed, 1ULL, (uint64_t)((i_v * 64 + 19)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 19)] * b23[0]) + f_r48_19)), b19[(i_v * 64 + 19)]);
      b49[(i_v * 64 + 20)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 20)] * b23[0]) + f_r48_20), seed, 1ULL, (uint64_t)((i_v * 64 + 20)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 20)] * b23[0]) + f_r48_20)), b19[(i_v * 64 + 20)]);
      b49[(i_v * 64 + 21)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 21)] * b23[0]) + f_r48_21), seed, 1ULL, (uint64_t)((i_v * 64 + 21)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 21)] * b23[0]) + f_r48_21)), b19[(i_v * 64 + 21)]);
      b49[(i_v * 64 + 22)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 22)] * b23[0]) + f_r48_22), seed, 1ULL, (uint64_t)((i_v * 64 + 22)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 22)] * b23[0]) + f_r48_22)), b19[(i_v * 64 + 22)]);
      b49[(i_v * 64 + 23)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 23)] * b23[0]) + f_r48_23), seed, 1ULL, (uint64_t)((i_v * 64 + 23)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 23)] * b23[0]) + f_r48_23)), b19[(i_v * 64 + 23)]);
      b49[(i_v * 64 + 24)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 24)] * b23[0]) + f_r48_24), seed, 1ULL, (uint64_t)((i_v * 64 + 24)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 24)] * b23[0]) + f_r48_24)), b19[(i_v * 64 + 24)]);
      b49[(i_v * 64 + 25)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 25)] * b23[0]) + f_r48_25), seed, 1ULL, (uint64_t)((i_v * 64 + 25)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 25)] * b23[0]) + f_r48_25)), b19[(i_v * 64 + 25)]);
      b49[(i_v * 64 + 26)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 26)] * b23[0]) + f_r48_26), seed, 1ULL, (uint64_t)((i_v * 64 + 26)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 26)] * b23[0]) + f_r48_26)), b19[(i_v * 64 + 26)]);
      b49[(i_v * 64 + 27)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 27)] * b23[0]) + f_r48_27), seed, 1ULL, (uint64_t)((i_v * 64 + 27)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 27)] * b23[0]) + f_r48_27)), b19[(i_v * 64 + 27)]);
      b49[(i_v * 64 + 28)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 28)] * b23[0]) + f_r48_28), seed, 1ULL, (uint64_t)((i_v * 64 + 28)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 28)] * b23[0]) + f_r48_28)), b19[(i_v * 64 + 28)]);
      b49[(i_v * 64 + 29)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 29)] * b23[0]) + f_r48_29), seed, 1ULL, (uint64_t)((i_v * 64 + 29)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 29)] * b23[0]) + f_r48_29)), b19[(i_v * 64 + 29)]);
      b49[(i_v * 64 + 30)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 30)] * b23[0]) + f_r48_30), seed, 1ULL, (uint64_t)((i_v * 64 + 30)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 30)] * b23[0]) + f_r48_30)), b19[(i_v * 64 + 30)]);
      b49[(i_v * 64 + 31)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 31)] * b23[0]) + f_r48_31), seed, 1ULL, (uint64_t)((i_v * 64 + 31)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 31)] * b23[0]) + f_r48_31)), b19[(i_v * 64 + 31)]);
      b49[(i_v * 64 + 32)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 32)] * b23[0]) + f_r48_32), seed, 1ULL, (uint64_t)((i_v * 64 + 32)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 32)] * b23[0]) + f_r48_32)), b19[(i_v * 64 + 32)]);
      b49[(i_v * 64 + 33)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 33)] * b23[0]) + f_r48_33), seed, 1ULL, (uint64_t)((i_v * 64 + 33)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 33)] * b23[0]) + f_r48_33)), b19[(i_v * 64 + 33)]);
      b49[(i_v * 64 + 34)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 34)] * b23[0]) + f_r48_34), seed, 1ULL, (uint64_t)((i_v * 64 + 34)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 34)] * b23[0]) + f_r48_34)), b19[(i_v * 64 + 34)]);
      b49[(i_v * 64 + 35)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 35)] * b23[0]) + f_r48_35), seed, 1ULL, (uint64_t)((i_v * 64 + 35)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 35)] * b23[0]) + f_r48_35)), b19[(i_v * 64 + 35)]);
      b49[(i_v * 64 + 36)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 36)] * b23[0]) + f_r48_36), seed, 1ULL, (uint64_t)((i_v * 64 + 36)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 36)] * b23[0]) + f_r48_36)), b19[(i_v * 64 + 36)]);
      b49[(i_v * 64 + 37)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 37)] * b23[0]) + f_r48_37), seed, 1ULL, (uint64_t)((i_v * 64 + 37)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 37)] * b23[0]) + f_r48_37)), b19[(i_v * 64 + 37)]);
      b49[(i_v * 64 + 38)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 38)] * b23[0]) + f_r48_38), seed, 1ULL, (uint64_t)((i_v * 64 + 38)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 38)] * b23[0]) + f_r48_38)), b19[(i_v * 64 + 38)]);
      b49[(i_v * 64 + 39)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 39)] * b23[0]) + f_r48_39), seed, 1ULL, (uint64_t)((i_v * 64 + 39)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 39)] * b23[0]) + f_r48_39)), b19[(i_v * 64 + 39)]);
      b49[(i_v * 64 + 40)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 40)] * b23[0]) + f_r48_40), seed, 1ULL, (uint64_t)((i_v * 64 + 40)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 40)] * b23[0]) + f_r48_40)), b19[(i_v * 64 + 40)]);
      b49[(i_v * 64 + 41)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 41)] * b23[0]) + f_r48_41), seed, 1ULL, (uint64_t)((i_v * 64 + 41)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 41)] * b23[0]) + f_r48_41)), b19[(i_v * 64 + 41)]);
      b49[(i_v * 64 + 42)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 42)] * b23[0]) + f_r48_42), seed, 1ULL, (uint64_t)((i_v * 64 + 42)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 42)] * b23[0]) + f_r48_42)), b19[(i_v * 64 + 42)]);
      b49[(i_v * 64 + 43)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 43)] * b23[0]) + f_r48_43), seed, 1ULL, (uint64_t)((i_v * 64 + 43)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 43)] * b23[0]) + f_r48_43)), b19[(i_v * 64 + 43)]);
      b49[(i_v * 64 + 44)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 44)] * b23[0]) + f_r48_44), seed, 1ULL, (uint64_t)((i_v * 64 + 44)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 44)] * b23[0]) + f_r48_44)), b19[(i_v * 64 + 44)]);
      b49[(i_v * 64 + 45)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 45)] * b23[0]) + f_r48_45), seed, 1ULL, (uint64_t)((i_v * 64 + 45)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 45)] * b23[0]) + f_r48_45)), b19[(i_v * 64 + 45)]);
      b49[(i_v * 64 + 46)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 46)] * b23[0]) + f_r48_46), seed, 1ULL, (uint64_t)((i_v * 64 + 46)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 46)] * b23[0]) + f_r48_46)), b19[(i_v * 64 + 46)]);
      b49[(i_v * 64 + 47)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 47)] * b23[0]) + f_r48_47), seed, 1ULL, (uint64_t)((i_v * 64 + 47)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 47)] * b23[0]) + f_r48_47)), b19[(i_v * 64 + 47)]);
      b49[(i_v * 64 + 48)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 48)] * b23[0]) + f_r48_48), seed, 1ULL, (uint64_t)((i_v * 64 + 48)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 48)] * b23[0]) + f_r48_48)), b19[(i_v * 64 + 48)]);
      b49[(i_v * 64 + 49)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 49)] * b23[0]) + f_r48_49), seed, 1ULL, (uint64_t)((i_v * 64 + 49)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 49)] * b23[0]) + f_r48_49)), b19[(i_v * 64 + 49)]);
      b49[(i_v * 64 + 50)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 50)] * b23[0]) + f_r48_50), seed, 1ULL, (uint64_t)((i_v * 64 + 50)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 50)] * b23[0]) + f_r48_50)), b19[(i_v * 64 + 50)]);
      b49[(i_v * 64 + 51)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 51)] * b23[0]) + f_r48_51), seed, 1ULL, (uint64_t)((i_v * 64 + 51)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 51)] * b23[0]) + f_r48_51)), b19[(i_v * 64 + 51)]);
      b49[(i_v * 64 + 52)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 52)] * b23[0]) + f_r48_52), seed, 1ULL, (uint64_t)((i_v * 64 + 52)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 52)] * b23[0]) + f_r48_52)), b19[(i_v * 64 + 52)]);
      b49[(i_v * 64 + 53)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 53)] * b23[0]) + f_r48_53), seed, 1ULL, (uint64_t)((i_v * 64 + 53)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 53)] * b23[0]) + f_r48_53)), b19[(i_v * 64 + 53)]);
      b49[(i_v * 64 + 54)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 54)] * b23[0]) + f_r48_54), seed, 1ULL, (uint64_t)((i_v * 64 + 54)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 54)] * b23[0]) + f_r48_54)), b19[(i_v * 64 + 54)]);
      b49[(i_v * 64 + 55)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 55)] * b23[0]) + f_r48_55), seed, 1ULL, (uint64_t)((i_v * 64 + 55)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 55)] * b23[0]) + f_r48_55)), b19[(i_v * 64 + 55)]);
      b49[(i_v * 64 + 56)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 56)] * b23[0]) + f_r48_56), seed, 1ULL, (uint64_t)((i_v * 64 + 56)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 56)] * b23[0]) + f_r48_56)), b19[(i_v * 64 + 56)]);
      b49[(i_v * 64 + 57)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 57)] * b23[0]) + f_r48_57), seed, 1ULL, (uint64_t)((i_v * 64 + 57)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 57)] * b23[0]) + f_r48_57)), b19[(i_v * 64 + 57)]);
      b49[(i_v * 64 + 58)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 58)] * b23[0]) + f_r48_58), seed, 1ULL, (uint64_t)((i_v * 64 + 58)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 58)] * b23[0]) + f_r48_58)), b19[(i_v * 64 + 58)]);
      b49[(i_v * 64 + 59)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 59)] * b23[0]) + f_r48_59), seed, 1ULL, (uint64_t)((i_v * 64 + 59)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 59)] * b23[0]) + f_r48_59)), b19[(i_v * 64 + 59)]);
      b49[(i_v * 64 + 60)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 60)] * b23[0]) + f_r48_60), seed, 1ULL, (uint64_t)((i_v * 64 + 60)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 60)] * b23[0]) + f_r48_60)), b19[(i_v * 64 + 60)]);
      b49[(i_v * 64 + 61)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 61)] * b23[0]) + f_r48_61), seed, 1ULL, (uint64_t)((i_v * 64 + 61)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 61)] * b23[0]) + f_r48_61)), b19[(i_v * 64 + 61)]);
      b49[(i_v * 64 + 62)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 62)] * b23[0]) + f_r48_62), seed, 1ULL, (uint64_t)((i_v * 64 + 62)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 62)] * b23[0]) + f_r48_62)), b19[(i_v * 64 + 62)]);
      b49[(i_v * 64 + 63)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + 63)] * b23[0]) + f_r48_63), seed, 1ULL, (uint64_t)((i_v * 64 + 63)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + 63)] * b23[0]) + f_r48_63)), b19[(i_v * 64 + 63)]);
    }
  }
}

/* sum_to */
void k31_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b49 = (float*)buffers[49]; /* t53 */
  float* restrict b50 = (float*)buffers[50]; /* grad.conv1.mlp.b2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b49[(i_k0 * 64 + (i_t % 64))]);
    }
    b50[i_t] = f_acc;
  }
}

/* matmul_nt */
void k33_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b49 = (float*)buffers[49]; /* t53 */
  float* restrict b51 = (float*)buffers[51]; /* t55 */
  float* restrict b52 = (float*)buffers[52]; /* t55.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b51[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b49[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b51[(i_r * 64 + i_c)] = (b51[(i_r * 64 + i_c)] + (f_a * b52[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k34_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b17 = (float*)buffers[17]; /* t15 */
  float* restrict b49 = (float*)buffers[49]; /* t53 */
  float* restrict b53 = (float*)buffers[53]; /* grad.conv1.mlp.W2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b53[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b17[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b53[(i_k * 64 + i_c)] = (b53[(i_k * 64 + i_c)] + (f_a * b49[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k35_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b16 = (float*)buffers[16]; /* t14 */
  float* restrict b51 = (float*)buffers[51]; /* t55 */
  float* restrict b54 = (float*)buffers[54]; /* t57 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b54[(i_r * 64 + i_j)] = gnnc_relu_grad(b51[(i_r * 64 + i_j)], b16[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k36_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b54 = (float*)buffers[54]; /* t57 */
  float* restrict b55 = (float*)buffers[55]; /* grad.conv1.mlp.b1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b54[(i_k0 * 64 + (i_t % 64))]);
    }
    b55[i_t] = f_acc;
  }
}

/* matmul_nt */
void k38_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b54 = (float*)buffers[54]; /* t57 */
  float* restrict b56 = (float*)buffers[56]; /* t59 */
  float* restrict b57 = (float*)buffers[57]; /* t59.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < s_F; i_c++) {
      b56[(i_r * s_F + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b54[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_F; i_c++) {
          b56[(i_r * s_F + i_c)] = (b56[(i_r * s_F + i_c)] + (f_a * b57[(i_q * s_F + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k39_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b10 = (float*)buffers[10]; /* t8 */
  float* restrict b54 = (float*)buffers[54]; /* t57 */
  float* restrict b58 = (float*)buffers[58]; /* grad.conv1.mlp.W1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b58[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b10[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b58[(i_k * 64 + i_c)] = (b58[(i_k * 64 + i_c)] + (f_a * b54[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* sum_to */
void k40_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* t2 */
  float* restrict b56 = (float*)buffers[56]; /* t59 */
  float* restrict b59 = (float*)buffers[59]; /* grad.conv1.eps */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 1; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      for (int64_t i_k1 = 0; i_k1 < s_F; i_k1++) {
        f_acc = (f_acc + (b56[(i_k0 * s_F + i_k1)] * b7[(i_k0 * s_F + i_k1)]));
      }
    }
    b59[i_t] = f_acc;
  }
}
