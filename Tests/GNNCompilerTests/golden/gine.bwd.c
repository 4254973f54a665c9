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
/* program GINE: 85 buffers, 41 kernels */

/* matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) */
void k48_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b22 = (float*)buffers[22]; /* conv1.mlp.W1 */
  float* restrict b24 = (float*)buffers[24]; /* conv1.mlp.W2 */
  float* restrict b40 = (float*)buffers[40]; /* conv2.mlp.W1 */
  float* restrict b60 = (float*)buffers[60]; /* t63.wt */
  float* restrict b70 = (float*)buffers[70]; /* t77.wt */
  float* restrict b75 = (float*)buffers[75]; /* t81.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < 64; i_q++) {
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b75[(i_q * 64 + i_c)] = b22[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b70[(i_q * 64 + i_c)] = b24[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b60[(i_q * 64 + i_c)] = b40[(i_c * 64 + i_q)];
      }
    }
  }
}

/* matmul_nt (W^T) */
void k28_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b42 = (float*)buffers[42]; /* conv2.mlp.W2 */
  float* restrict b55 = (float*)buffers[55]; /* t59.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < s_C; i_q++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b55[(i_q * 64 + i_c)] = b42[(i_c * s_C + i_q)];
    }
  }
}

/* dropout | matmul | add | dropout */
void k0_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b6 = (float*)buffers[6]; /* x */
  float* restrict b8 = (float*)buffers[8]; /* W0 */
  float* restrict b9 = (float*)buffers[9]; /* b0 */
  float* restrict b10 = (float*)buffers[10]; /* t5 */
  float* restrict b11 = (float*)buffers[11]; /* t6 */
  float* restrict b12 = (float*)buffers[12]; /* t7 */
  float* restrict b13 = (float*)buffers[13]; /* h0 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b10[(i_r * s_F + i_j)] = (training ? gnnc_dropout_mul(b6[(i_r * s_F + i_j)], seed, 0ULL, (uint64_t)((i_r * s_F + i_j)), 8388608ULL, 2.0f) : b6[(i_r * s_F + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b11[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b10[(i_r * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b11[(i_r * 64 + i_c)] = (b11[(i_r * 64 + i_c)] + (f_a * b8[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b12[(i_r * 64 + i_j)] = (b11[(i_r * 64 + i_j)] + b9[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b13[(i_r * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_relu(b12[(i_r * 64 + i_j)]), seed, 1ULL, (uint64_t)((i_r * 64 + i_j)), 8388608ULL, 2.0f) : gnnc_relu(b12[(i_r * 64 + i_j)]));
      }
    }
  }
}

/* matmul | add */
void k4_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  float* restrict b7 = (float*)buffers[7]; /* e */
  float* restrict b13 = (float*)buffers[13]; /* h0 */
  float* restrict b15 = (float*)buffers[15]; /* conv1.We */
  float* restrict b16 = (float*)buffers[16]; /* conv1.be */
  float* restrict b17 = (float*)buffers[17]; /* t13 */
  float* restrict b18 = (float*)buffers[18]; /* t16 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b17[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_D; i_k++) {
        float f_a = b7[(i_r * s_D + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b17[(i_r * 64 + i_c)] = (b17[(i_r * 64 + i_c)] + (f_a * b15[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b18[(i_r * 64 + i_j)] = (b13[((int64_t)b0[i_r] * 64 + i_j)] + (b17[(i_r * 64 + i_j)] + b16[i_j]));
      }
    }
  }
}

/* aggregate.dst.sum */
void k6_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b18 = (float*)buffers[18]; /* t16 */
  float* restrict b19 = (float*)buffers[19]; /* conv1.agg */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r19_0 = 0.0f;
    float f_r19_1 = 0.0f;
    float f_r19_2 = 0.0f;
    float f_r19_3 = 0.0f;
    float f_r19_4 = 0.0f;
    float f_r19_5 = 0.0f;
    float f_r19_6 = 0.0f;
    float f_r19_7 = 0.0f;
    float f_r19_8 = 0.0f;
    float f_r19_9 = 0.0f;
    float f_r19_10 = 0.0f;
    float f_r19_11 = 0.0f;
    float f_r19_12 = 0.0f;
    float f_r19_13 = 0.0f;
    float f_r19_14 = 0.0f;
    float f_r19_15 = 0.0f;
    float f_r19_16 = 0.0f;
    float f_r19_17 = 0.0f;
    float f_r19_18 = 0.0f;
    float f_r19_19 = 0.0f;
    float f_r19_20 = 0.0f;
    float f_r19_21 = 0.0f;
    float f_r19_22 = 0.0f;
    float f_r19_23 = 0.0f;
    float f_r19_24 = 0.0f;
    float f_r19_25 = 0.0f;
    float f_r19_26 = 0.0f;
    float f_r19_27 = 0.0f;
    float f_r19_28 = 0.0f;
    float f_r19_29 = 0.0f;
    float f_r19_30 = 0.0f;
    float f_r19_31 = 0.0f;
    float f_r19_32 = 0.0f;
    float f_r19_33 = 0.0f;
    float f_r19_34 = 0.0f;
    float f_r19_35 = 0.0f;
    float f_r19_36 = 0.0f;
    float f_r19_37 = 0.0f;
    float f_r19_38 = 0.0f;
    float f_r19_39 = 0.0f;
    float f_r19_40 = 0.0f;
    float f_r19_41 = 0.0f;
    float f_r19_42 = 0.0f;
    float f_r19_43 = 0.0f;
    float f_r19_44 = 0.0f;
    float f_r19_45 = 0.0f;
    float f_r19_46 = 0.0f;
    float f_r19_47 = 0.0f;
    float f_r19_48 = 0.0f;
    float f_r19_49 = 0.0f;
    float f_r19_50 = 0.0f;
    float f_r19_51 = 0.0f;
    float f_r19_52 = 0.0f;
    float f_r19_53 = 0.0f;
    float f_r19_54 = 0.0f;
    float f_r19_55 = 0.0f;
    float f_r19_56 = 0.0f;
    float f_r19_57 = 0.0f;
    float f_r19_58 = 0.0f;
    float f_r19_59 = 0.0f;
    float f_r19_60 = 0.0f;
    float f_r19_61 = 0.0f;
    float f_r19_62 = 0.0f;
    float f_r19_63 = 0.0f;
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    f_r19_0 = 0.0f;
    f_r19_1 = 0.0f;
    f_r19_2 = 0.0f;
    f_r19_3 = 0.0f;
    f_r19_4 = 0.0f;
    f_r19_5 = 0.0f;
    f_r19_6 = 0.0f;
    f_r19_7 = 0.0f;
    f_r19_8 = 0.0f;
    f_r19_9 = 0.0f;
    f_r19_10 = 0.0f;
    f_r19_11 = 0.0f;
    f_r19_12 = 0.0f;
    f_r19_13 = 0.0f;
    f_r19_14 = 0.0f;
    f_r19_15 = 0.0f;
    f_r19_16 = 0.0f;
    f_r19_17 = 0.0f;
    f_r19_18 = 0.0f;
    f_r19_19 = 0.0f;
    f_r19_20 = 0.0f;
    f_r19_21 = 0.0f;
    f_r19_22 = 0.0f;
    f_r19_23 = 0.0f;
    f_r19_24 = 0.0f;
    f_r19_25 = 0.0f;
    f_r19_26 = 0.0f;
    f_r19_27 = 0.0f;
    f_r19_28 = 0.0f;
    f_r19_29 = 0.0f;
    f_r19_30 = 0.0f;
    f_r19_31 = 0.0f;
    f_r19_32 = 0.0f;
    f_r19_33 = 0.0f;
    f_r19_34 = 0.0f;
    f_r19_35 = 0.0f;
    f_r19_36 = 0.0f;
    f_r19_37 = 0.0f;
    f_r19_38 = 0.0f;
    f_r19_39 = 0.0f;
    f_r19_40 = 0.0f;
    f_r19_41 = 0.0f;
    f_r19_42 = 0.0f;
    f_r19_43 = 0.0f;
    f_r19_44 = 0.0f;
    f_r19_45 = 0.0f;
    f_r19_46 = 0.0f;
    f_r19_47 = 0.0f;
    f_r19_48 = 0.0f;
    f_r19_49 = 0.0f;
    f_r19_50 = 0.0f;
    f_r19_51 = 0.0f;
    f_r19_52 = 0.0f;
    f_r19_53 = 0.0f;
    f_r19_54 = 0.0f;
    f_r19_55 = 0.0f;
    f_r19_56 = 0.0f;
    f_r19_57 = 0.0f;
    f_r19_58 = 0.0f;
    f_r19_59 = 0.0f;
    f_r19_60 = 0.0f;
    f_r19_61 = 0.0f;
    f_r19_62 = 0.0f;
    f_r19_63 = 0.0f;
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      __asm__ volatile("");
      int64_t i_e = (int64_t)b3[i_q];
      f_r19_0 = (f_r19_0 + gnnc_relu(b18[(i_e * 64 + 0)]));
      f_r19_1 = (f_r19_1 + gnnc_relu(b18[(i_e * 64 + 1)]));
      f_r19_2 = (f_r19_2 + gnnc_relu(b18[(i_e * 64 + 2)]));
      f_r19_3 = (f_r19_3 + gnnc_relu(b18[(i_e * 64 + 3)]));
      f_r19_4 = (f_r19_4 + gnnc_relu(b18[(i_e * 64 + 4)]));
      f_r19_5 = (f_r19_5 + gnnc_relu(b18[(i_e * 64 + 5)]));
      f_r19_6 = (f_r19_6 + gnnc_relu(b18[(i_e * 64 + 6)]));
      f_r19_7 = (f_r19_7 + gnnc_relu(b18[(i_e * 64 + 7)]));
      f_r19_8 = (f_r19_8 + gnnc_relu(b18[(i_e * 64 + 8)]));
      f_r19_9 = (f_r19_9 + gnnc_relu(b18[(i_e * 64 + 9)]));
      f_r19_10 = (f_r19_10 + gnnc_relu(b18[(i_e * 64 + 10)]));
      f_r19_11 = (f_r19_11 + gnnc_relu(b18[(i_e * 64 + 11)]));
      f_r19_12 = (f_r19_12 + gnnc_relu(b18[(i_e * 64 + 12)]));
      f_r19_13 = (f_r19_13 + gnnc_relu(b18[(i_e * 64 + 13)]));
      f_r19_14 = (f_r19_14 + gnnc_relu(b18[(i_e * 64 + 14)]));
      f_r19_15 = (f_r19_15 + gnnc_relu(b18[(i_e * 64 + 15)]));
      f_r19_16 = (f_r19_16 + gnnc_relu(b18[(i_e * 64 + 16)]));
      f_r19_17 = (f_r19_17 + gnnc_relu(b18[(i_e * 64 + 17)]));
      f_r19_18 = (f_r19_18 + gnnc_relu(b18[(i_e * 64 + 18)]));
      f_r19_19 = (f_r19_19 + gnnc_relu(b18[(i_e * 64 + 19)]));
      f_r19_20 = (f_r19_20 + gnnc_relu(b18[(i_e * 64 + 20)]));
      f_r19_21 = (f_r19_21 + gnnc_relu(b18[(i_e * 64 + 21)]));
      f_r19_22 = (f_r19_22 + gnnc_relu(b18[(i_e * 64 + 22)]));
      f_r19_23 = (f_r19_23 + gnnc_relu(b18[(i_e * 64 + 23)]));
      f_r19_24 = (f_r19_24 + gnnc_relu(b18[(i_e * 64 + 24)]));
      f_r19_25 = (f_r19_25 + gnnc_relu(b18[(i_e * 64 + 25)]));
      f_r19_26 = (f_r19_26 + gnnc_relu(b18[(i_e * 64 + 26)]));
      f_r19_27 = (f_r19_27 + gnnc_relu(b18[(i_e * 64 + 27)]));
      f_r19_28 = (f_r19_28 + gnnc_relu(b18[(i_e * 64 + 28)]));
      f_r19_29 = (f_r19_29 + gnnc_relu(b18[(i_e * 64 + 29)]));
      f_r19_30 = (f_r19_30 + gnnc_relu(b18[(i_e * 64 + 30)]));
      f_r19_31 = (f_r19_31 + gnnc_relu(b18[(i_e * 64 + 31)]));
      f_r19_32 = (f_r19_32 + gnnc_relu(b18[(i_e * 64 + 32)]));
      f_r19_33 = (f_r19_33 + gnnc_relu(b18[(i_e * 64 + 33)]));
      f_r19_34 = (f_r19_34 + gnnc_relu(b18[(i_e * 64 + 34)]));
      f_r19_35 = (f_r19_35 + gnnc_relu(b18[(i_e * 64 + 35)]));
      f_r19_36 = (f_r19_36 + gnnc_relu(b18[(i_e * 64 + 36)]));
      f_r19_37 = (f_r19_37 + gnnc_relu(b18[(i_e * 64 + 37)]));
      f_r19_38 = (f_r19_38 + gnnc_relu(b18[(i_e * 64 + 38)]));
      f_r19_39 = (f_r19_39 + gnnc_relu(b18[(i_e * 64 + 39)]));
      f_r19_40 = (f_r19_40 + gnnc_relu(b18[(i_e * 64 + 40)]));
      f_r19_41 = (f_r19_41 + gnnc_relu(b18[(i_e * 64 + 41)]));
      f_r19_42 = (f_r19_42 + gnnc_relu(b18[(i_e * 64 + 42)]));
      f_r19_43 = (f_r19_43 + gnnc_relu(b18[(i_e * 64 + 43)]));
      f_r19_44 = (f_r19_44 + gnnc_relu(b18[(i_e * 64 + 44)]));
      f_r19_45 = (f_r19_45 + gnnc_relu(b18[(i_e * 64 + 45)]));
      f_r19_46 = (f_r19_46 + gnnc_relu(b18[(i_e * 64 + 46)]));
      f_r19_47 = (f_r19_47 + gnnc_relu(b18[(i_e * 64 + 47)]));
      f_r19_48 = (f_r19_48 + gnnc_relu(b18[(i_e * 64 + 48)]));
      f_r19_49 = (f_r19_49 + gnnc_relu(b18[(i_e * 64 + 49)]));
      f_r19_50 = (f_r19_50 + gnnc_relu(b18[(i_e * 64 + 50)]));
      f_r19_51 = (f_r19_51 + gnnc_relu(b18[(i_e * 64 + 51)]));
      f_r19_52 = (f_r19_52 + gnnc_relu(b18[(i_e * 64 + 52)]));
      f_r19_53 = (f_r19_53 + gnnc_relu(b18[(i_e * 64 + 53)]));
      f_r19_54 = (f_r19_54 + gnnc_relu(b18[(i_e * 64 + 54)]));
      f_r19_55 = (f_r19_55 + gnnc_relu(b18[(i_e * 64 + 55)]));
      f_r19_56 = (f_r19_56 + gnnc_relu(b18[(i_e * 64 + 56)]));
      f_r19_57 = (f_r19_57 + gnnc_relu(b18[(i_e * 64 + 57)]));
      f_r19_58 = (f_r19_58 + gnnc_relu(b18[(i_e * 64 + 58)]));
      f_r19_59 = (f_r19_59 + gnnc_relu(b18[(i_e * 64 + 59)]));
      f_r19_60 = (f_r19_60 + gnnc_relu(b18[(i_e * 64 + 60)]));
      f_r19_61 = (f_r19_61 + gnnc_relu(b18[(i_e * 64 + 61)]));
      f_r19_62 = (f_r19_62 + gnnc_relu(b18[(i_e * 64 + 62)]));
      f_r19_63 = (f_r19_63 + gnnc_relu(b18[(i_e * 64 + 63)]));
    }
    b19[(i_v * 64 + 0)] = f_r19_0;
    b19[(i_v * 64 + 1)] = f_r19_1;
    b19[(i_v * 64 + 2)] = f_r19_2;
    b19[(i_v * 64 + 3)] = f_r19_3;
    b19[(i_v * 64 + 4)] = f_r19_4;
    b19[(i_v * 64 + 5)] = f_r19_5;
    b19[(i_v * 64 + 6)] = f_r19_6;
    b19[(i_v * 64 + 7)] = f_r19_7;
    b19[(i_v * 64 + 8)] = f_r19_8;
    b19[(i_v * 64 + 9)] = f_r19_9;
    b19[(i_v * 64 + 10)] = f_r19_10;
    b19[(i_v * 64 + 11)] = f_r19_11;
    b19[(i_v * 64 + 12)] = f_r19_12;
    b19[(i_v * 64 + 13)] = f_r19_13;
    b19[(i_v * 64 + 14)] = f_r19_14;
    b19[(i_v * 64 + 15)] = f_r19_15;
    b19[(i_v * 64 + 16)] = f_r19_16;
    b19[(i_v * 64 + 17)] = f_r19_17;
    b19[(i_v * 64 + 18)] = f_r19_18;
    b19[(i_v * 64 + 19)] = f_r19_19;
    b19[(i_v * 64 + 20)] = f_r19_20;
    b19[(i_v * 64 + 21)] = f_r19_21;
    b19[(i_v * 64 + 22)] = f_r19_22;
    b19[(i_v * 64 + 23)] = f_r19_23;
    b19[(i_v * 64 + 24)] = f_r19_24;
    b19[(i_v * 64 + 25)] = f_r19_25;
    b19[(i_v * 64 + 26)] = f_r19_26;
    b19[(i_v * 64 + 27)] = f_r19_27;
    b19[(i_v * 64 + 28)] = f_r19_28;
    b19[(i_v * 64 + 29)] = f_r19_29;
    b19[(i_v * 64 + 30)] = f_r19_30;
    b19[(i_v * 64 + 31)] = f_r19_31;
    b19[(i_v * 64 + 32)] = f_r19_32;
    b19[(i_v * 64 + 33)] = f_r19_33;
    b19[(i_v * 64 + 34)] = f_r19_34;
    b19[(i_v * 64 + 35)] = f_r19_35;
    b19[(i_v * 64 + 36)] = f_r19_36;
    b19[(i_v * 64 + 37)] = f_r19_37;
    b19[(i_v * 64 + 38)] = f_r19_38;
    b19[(i_v * 64 + 39)] = f_r19_39;
    b19[(i_v * 64 + 40)] = f_r19_40;
    b19[(i_v * 64 + 41)] = f_r19_41;
    b19[(i_v * 64 + 42)] = f_r19_42;
    b19[(i_v * 64 + 43)] = f_r19_43;
    b19[(i_v * 64 + 44)] = f_r19_44;
    b19[(i_v * 64 + 45)] = f_r19_45;
    b19[(i_v * 64 + 46)] = f_r19_46;
    b19[(i_v * 64 + 47)] = f_r19_47;
    b19[(i_v * 64 + 48)] = f_r19_48;
    b19[(i_v * 64 + 49)] = f_r19_49;
    b19[(i_v * 64 + 50)] = f_r19_50;
    b19[(i_v * 64 + 51)] = f_r19_51;
    b19[(i_v * 64 + 52)] = f_r19_52;
    b19[(i_v * 64 + 53)] = f_r19_53;
    b19[(i_v * 64 + 54)] = f_r19_54;
    b19[(i_v * 64 + 55)] = f_r19_55;
    b19[(i_v * 64 + 56)] = f_r19_56;
    b19[(i_v * 64 + 57)] = f_r19_57;
    b19[(i_v * 64 + 58)] = f_r19_58;
    b19[(i_v * 64 + 59)] = f_r19_59;
    b19[(i_v * 64 + 60)] = f_r19_60;
    b19[(i_v * 64 + 61)] = f_r19_61;
    b19[(i_v * 64 + 62)] = f_r19_62;
    b19[(i_v * 64 + 63)] = f_r19_63;
  }
}

/* add */
void k7_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b14 = (float*)buffers[14]; /* conv1.eps */
  float* restrict b20 = (float*)buffers[20]; /* t19 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b20[(i_r + i_j)] = (b14[i_j] + 1.0f);
    }
  }
}

/* add | matmul | add | relu | matmul | add | dropout */
void k8_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b13 = (float*)buffers[13]; /* h0 */
  float* restrict b19 = (float*)buffers[19]; /* conv1.agg */
  float* restrict b20 = (float*)buffers[20]; /* t19 */
  float* restrict b21 = (float*)buffers[21]; /* t21 */
  float* restrict b22 = (float*)buffers[22]; /* conv1.mlp.W1 */
  float* restrict b23 = (float*)buffers[23]; /* conv1.mlp.b1 */
  float* restrict b24 = (float*)buffers[24]; /* conv1.mlp.W2 */
  float* restrict b25 = (float*)buffers[25]; /* conv1.mlp.b2 */
  float* restrict b26 = (float*)buffers[26]; /* t26 */
  float* restrict b27 = (float*)buffers[27]; /* t27 */
  float* restrict b28 = (float*)buffers[28]; /* t28 */
  float* restrict b29 = (float*)buffers[29]; /* t29 */
  float* restrict b30 = (float*)buffers[30]; /* t30 */
  float* restrict b31 = (float*)buffers[31]; /* h1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b21[(i_r * 64 + i_j)] = ((b20[0] * b13[(i_r * 64 + i_j)]) + b19[(i_r * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b26[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b21[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b26[(i_r * 64 + i_c)] = (b26[(i_r * 64 + i_c)] + (f_a * b22[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b27[(i_r * 64 + i_j)] = (b26[(i_r * 64 + i_j)] + b23[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b28[(i_r * 64 + i_j)] = gnnc_relu(b27[(i_r * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b29[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b28[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b29[(i_r * 64 + i_c)] = (b29[(i_r * 64 + i_c)] + (f_a * b24[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b30[(i_r * 64 + i_j)] = (b29[(i_r * 64 + i_j)] + b25[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b31[(i_r * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_relu(b30[(i_r * 64 + i_j)]), seed, 2ULL, (uint64_t)((i_r * 64 + i_j)), 8388608ULL, 2.0f) : gnnc_relu(b30[(i_r * 64 + i_j)]));
      }
    }
  }
}

/* matmul | add */
void k15_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  float* restrict b7 = (float*)buffers[7]; /* e */
  float* restrict b31 = (float*)buffers[31]; /* h1 */
  float* restrict b33 = (float*)buffers[33]; /* conv2.We */
  float* restrict b34 = (float*)buffers[34]; /* conv2.be */
  float* restrict b35 = (float*)buffers[35]; /* t36 */
  float* restrict b36 = (float*)buffers[36]; /* t39 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b35[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_D; i_k++) {
        float f_a = b7[(i_r * s_D + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b35[(i_r * 64 + i_c)] = (b35[(i_r * 64 + i_c)] + (f_a * b33[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b36[(i_r * 64 + i_j)] = (b31[((int64_t)b0[i_r] * 64 + i_j)] + (b35[(i_r * 64 + i_j)] + b34[i_j]));
      }
    }
  }
}

/* aggregate.dst.sum */
void k17_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b36 = (float*)buffers[36]; /* t39 */
  float* restrict b37 = (float*)buffers[37]; /* conv2.agg */
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
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
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
      int64_t i_e = (int64_t)b3[i_q];
      f_r37_0 = (f_r37_0 + gnnc_relu(b36[(i_e * 64 + 0)]));
      f_r37_1 = (f_r37_1 + gnnc_relu(b36[(i_e * 64 + 1)]));
      f_r37_2 = (f_r37_2 + gnnc_relu(b36[(i_e * 64 + 2)]));
      f_r37_3 = (f_r37_3 + gnnc_relu(b36[(i_e * 64 + 3)]));
      f_r37_4 = (f_r37_4 + gnnc_relu(b36[(i_e * 64 + 4)]));
      f_r37_5 = (f_r37_5 + gnnc_relu(b36[(i_e * 64 + 5)]));
      f_r37_6 = (f_r37_6 + gnnc_relu(b36[(i_e * 64 + 6)]));
      f_r37_7 = (f_r37_7 + gnnc_relu(b36[(i_e * 64 + 7)]));
      f_r37_8 = (f_r37_8 + gnnc_relu(b36[(i_e * 64 + 8)]));
      f_r37_9 = (f_r37_9 + gnnc_relu(b36[(i_e * 64 + 9)]));
      f_r37_10 = (f_r37_10 + gnnc_relu(b36[(i_e * 64 + 10)]));
      f_r37_11 = (f_r37_11 + gnnc_relu(b36[(i_e * 64 + 11)]));
      f_r37_12 = (f_r37_12 + gnnc_relu(b36[(i_e * 64 + 12)]));
      f_r37_13 = (f_r37_13 + gnnc_relu(b36[(i_e * 64 + 13)]));
      f_r37_14 = (f_r37_14 + gnnc_relu(b36[(i_e * 64 + 14)]));
      f_r37_15 = (f_r37_15 + gnnc_relu(b36[(i_e * 64 + 15)]));
      f_r37_16 = (f_r37_16 + gnnc_relu(b36[(i_e * 64 + 16)]));
      f_r37_17 = (f_r37_17 + gnnc_relu(b36[(i_e * 64 + 17)]));
      f_r37_18 = (f_r37_18 + gnnc_relu(b36[(i_e * 64 + 18)]));
      f_r37_19 = (f_r37_19 + gnnc_relu(b36[(i_e * 64 + 19)]));
      f_r37_20 = (f_r37_20 + gnnc_relu(b36[(i_e * 64 + 20)]));
      f_r37_21 = (f_r37_21 + gnnc_relu(b36[(i_e * 64 + 21)]));
      f_r37_22 = (f_r37_22 + gnnc_relu(b36[(i_e * 64 + 22)]));
      f_r37_23 = (f_r37_23 + gnnc_relu(b36[(i_e * 64 + 23)]));
      f_r37_24 = (f_r37_24 + gnnc_relu(b36[(i_e * 64 + 24)]));
      f_r37_25 = (f_r37_25 + gnnc_relu(b36[(i_e * 64 + 25)]));
      f_r37_26 = (f_r37_26 + gnnc_relu(b36[(i_e * 64 + 26)]));
      f_r37_27 = (f_r37_27 + gnnc_relu(b36[(i_e * 64 + 27)]));
      f_r37_28 = (f_r37_28 + gnnc_relu(b36[(i_e * 64 + 28)]));
      f_r37_29 = (f_r37_29 + gnnc_relu(b36[(i_e * 64 + 29)]));
      f_r37_30 = (f_r37_30 + gnnc_relu(b36[(i_e * 64 + 30)]));
      f_r37_31 = (f_r37_31 + gnnc_relu(b36[(i_e * 64 + 31)]));
      f_r37_32 = (f_r37_32 + gnnc_relu(b36[(i_e * 64 + 32)]));
      f_r37_33 = (f_r37_33 + gnnc_relu(b36[(i_e * 64 + 33)]));
      f_r37_34 = (f_r37_34 + gnnc_relu(b36[(i_e * 64 + 34)]));
      f_r37_35 = (f_r37_35 + gnnc_relu(b36[(i_e * 64 + 35)]));
      f_r37_36 = (f_r37_36 + gnnc_relu(b36[(i_e * 64 + 36)]));
      f_r37_37 = (f_r37_37 + gnnc_relu(b36[(i_e * 64 + 37)]));
      f_r37_38 = (f_r37_38 + gnnc_relu(b36[(i_e * 64 + 38)]));
      f_r37_39 = (f_r37_39 + gnnc_relu(b36[(i_e * 64 + 39)]));
      f_r37_40 = (f_r37_40 + gnnc_relu(b36[(i_e * 64 + 40)]));
      f_r37_41 = (f_r37_41 + gnnc_relu(b36[(i_e * 64 + 41)]));
      f_r37_42 = (f_r37_42 + gnnc_relu(b36[(i_e * 64 + 42)]));
      f_r37_43 = (f_r37_43 + gnnc_relu(b36[(i_e * 64 + 43)]));
      f_r37_44 = (f_r37_44 + gnnc_relu(b36[(i_e * 64 + 44)]));
      f_r37_45 = (f_r37_45 + gnnc_relu(b36[(i_e * 64 + 45)]));
      f_r37_46 = (f_r37_46 + gnnc_relu(b36[(i_e * 64 + 46)]));
      f_r37_47 = (f_r37_47 + gnnc_relu(b36[(i_e * 64 + 47)]));
      f_r37_48 = (f_r37_48 + gnnc_relu(b36[(i_e * 64 + 48)]));
      f_r37_49 = (f_r37_49 + gnnc_relu(b36[(i_e * 64 + 49)]));
      f_r37_50 = (f_r37_50 + gnnc_relu(b36[(i_e * 64 + 50)]));
      f_r37_51 = (f_r37_51 + gnnc_relu(b36[(i_e * 64 + 51)]));
      f_r37_52 = (f_r37_52 + gnnc_relu(b36[(i_e * 64 + 52)]));
      f_r37_53 = (f_r37_53 + gnnc_relu(b36[(i_e * 64 + 53)]));
      f_r37_54 = (f_r37_54 + gnnc_relu(b36[(i_e * 64 + 54)]));
      f_r37_55 = (f_r37_55 + gnnc_relu(b36[(i_e * 64 + 55)]));
      f_r37_56 = (f_r37_56 + gnnc_relu(b36[(i_e * 64 + 56)]));
      f_r37_57 = (f_r37_57 + gnnc_relu(b36[(i_e * 64 + 57)]));
      f_r37_58 = (f_r37_58 + gnnc_relu(b36[(i_e * 64 + 58)]));
      f_r37_59 = (f_r37_59 + gnnc_relu(b36[(i_e * 64 + 59)]));
      f_r37_60 = (f_r37_60 + gnnc_relu(b36[(i_e * 64 + 60)]));
      f_r37_61 = (f_r37_61 + gnnc_relu(b36[(i_e * 64 + 61)]));
      f_r37_62 = (f_r37_62 + gnnc_relu(b36[(i_e * 64 + 62)]));
      f_r37_63 = (f_r37_63 + gnnc_relu(b36[(i_e * 64 + 63)]));
    }
    b37[(i_v * 64 + 0)] = f_r37_0;
    b37[(i_v * 64 + 1)] = f_r37_1;
    b37[(i_v * 64 + 2)] = f_r37_2;
    b37[(i_v * 64 + 3)] = f_r37_3;
    b37[(i_v * 64 + 4)] = f_r37_4;
    b37[(i_v * 64 + 5)] = f_r37_5;
    b37[(i_v * 64 + 6)] = f_r37_6;
    b37[(i_v * 64 + 7)] = f_r37_7;
    b37[(i_v * 64 + 8)] = f_r37_8;
    b37[(i_v * 64 + 9)] = f_r37_9;
    b37[(i_v * 64 + 10)] = f_r37_10;
    b37[(i_v * 64 + 11)] = f_r37_11;
    b37[(i_v * 64 + 12)] = f_r37_12;
    b37[(i_v * 64 + 13)] = f_r37_13;
    b37[(i_v * 64 + 14)] = f_r37_14;
    b37[(i_v * 64 + 15)] = f_r37_15;
    b37[(i_v * 64 + 16)] = f_r37_16;
    b37[(i_v * 64 + 17)] = f_r37_17;
    b37[(i_v * 64 + 18)] = f_r37_18;
    b37[(i_v * 64 + 19)] = f_r37_19;
    b37[(i_v * 64 + 20)] = f_r37_20;
    b37[(i_v * 64 + 21)] = f_r37_21;
    b37[(i_v * 64 + 22)] = f_r37_22;
    b37[(i_v * 64 + 23)] = f_r37_23;
    b37[(i_v * 64 + 24)] = f_r37_24;
    b37[(i_v * 64 + 25)] = f_r37_25;
    b37[(i_v * 64 + 26)] = f_r37_26;
    b37[(i_v * 64 + 27)] = f_r37_27;
    b37[(i_v * 64 + 28)] = f_r37_28;
    b37[(i_v * 64 + 29)] = f_r37_29;
    b37[(i_v * 64 + 30)] = f_r37_30;
    b37[(i_v * 64 + 31)] = f_r37_31;
    b37[(i_v * 64 + 32)] = f_r37_32;
    b37[(i_v * 64 + 33)] = f_r37_33;
    b37[(i_v * 64 + 34)] = f_r37_34;
    b37[(i_v * 64 + 35)] = f_r37_35;
    b37[(i_v * 64 + 36)] = f_r37_36;
    b37[(i_v * 64 + 37)] = f_r37_37;
    b37[(i_v * 64 + 38)] = f_r37_38;
    b37[(i_v * 64 + 39)] = f_r37_39;
    b37[(i_v * 64 + 40)] = f_r37_40;
    b37[(i_v * 64 + 41)] = f_r37_41;
    b37[(i_v * 64 + 42)] = f_r37_42;
    b37[(i_v * 64 + 43)] = f_r37_43;
    b37[(i_v * 64 + 44)] = f_r37_44;
    b37[(i_v * 64 + 45)] = f_r37_45;
    b37[(i_v * 64 + 46)] = f_r37_46;
    b37[(i_v * 64 + 47)] = f_r37_47;
    b37[(i_v * 64 + 48)] = f_r37_48;
    b37[(i_v * 64 + 49)] = f_r37_49;
    b37[(i_v * 64 + 50)] = f_r37_50;
    b37[(i_v * 64 + 51)] = f_r37_51;
    b37[(i_v * 64 + 52)] = f_r37_52;
    b37[(i_v * 64 + 53)] = f_r37_53;
    b37[(i_v * 64 + 54)] = f_r37_54;
    b37[(i_v * 64 + 55)] = f_r37_55;
    b37[(i_v * 64 + 56)] = f_r37_56;
    b37[(i_v * 64 + 57)] = f_r37_57;
    b37[(i_v * 64 + 58)] = f_r37_58;
    b37[(i_v * 64 + 59)] = f_r37_59;
    b37[(i_v * 64 + 60)] = f_r37_60;
    b37[(i_v * 64 + 61)] = f_r37_61;
    b37[(i_v * 64 + 62)] = f_r37_62;
    b37[(i_v * 64 + 63)] = f_r37_63;
  }
}

/* add */
void k18_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b32 = (float*)buffers[32]; /* conv2.eps */
  float* restrict b38 = (float*)buffers[38]; /* t42 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b38[(i_r + i_j)] = (b32[i_j] + 1.0f);
    }
  }
}

/* add | matmul | add | relu | matmul | add */
void k19_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b31 = (float*)buffers[31]; /* h1 */
  float* restrict b37 = (float*)buffers[37]; /* conv2.agg */
  float* restrict b38 = (float*)buffers[38]; /* t42 */
  float* restrict b39 = (float*)buffers[39]; /* t44 */
  float* restrict b40 = (float*)buffers[40]; /* conv2.mlp.W1 */
  float* restrict b41 = (float*)buffers[41]; /* conv2.mlp.b1 */
  float* restrict b42 = (float*)buffers[42]; /* conv2.mlp.W2 */
  float* restrict b43 = (float*)buffers[43]; /* conv2.mlp.b2 */
  float* restrict b44 = (float*)buffers[44]; /* t49 */
  float* restrict b45 = (float*)buffers[45]; /* t50 */
  float* restrict b46 = (float*)buffers[46]; /* t51 */
  float* restrict b47 = (float*)buffers[47]; /* t52 */
  float* restrict b48 = (float*)buffers[48]; /* t53 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b39[(i_r * 64 + i_j)] = ((b38[0] * b31[(i_r * 64 + i_j)]) + b37[(i_r * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b44[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b39[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b44[(i_r * 64 + i_c)] = (b44[(i_r * 64 + i_c)] + (f_a * b40[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b45[(i_r * 64 + i_j)] = (b44[(i_r * 64 + i_j)] + b41[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b46[(i_r * 64 + i_j)] = gnnc_relu(b45[(i_r * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b47[(i_r * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b46[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b47[(i_r * s_C + i_c)] = (b47[(i_r * s_C + i_c)] + (f_a * b42[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b48[(i_r * s_C + i_j)] = (b47[(i_r * s_C + i_j)] + b43[i_j]);
      }
    }
  }
}

/* cross_entropy */
void k25_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b48 = (float*)buffers[48]; /* t53 */
  int32_t* restrict b49 = (int32_t*)buffers[49]; /* labels */
  float* restrict b50 = (float*)buffers[50]; /* train_mask */
  float* restrict b51 = (float*)buffers[51]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b50[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    if (b50[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b48[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b48[(i_v * s_C + i_c)] - f_top)));
      }
      f_loss = (f_loss + (b50[i_v] * ((f_top + gnnc_log(f_total)) - b48[(i_v * s_C + (int64_t)b49[i_v])])));
    }
  }
  b51[0] = 0.0f;
  if (f_count > 0.0f) {
    b51[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k26_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b48 = (float*)buffers[48]; /* t53 */
  int32_t* restrict b49 = (int32_t*)buffers[49]; /* labels */
  float* restrict b50 = (float*)buffers[50]; /* train_mask */
  float* restrict b52 = (float*)buffers[52]; /* t57 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b50[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, b48[(i_v * s_C + i_c)]);
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + gnnc_exp((b48[(i_v * s_C + i_c)] - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b52[(i_v * s_C + i_c)] = ((b50[i_v] * ((gnnc_exp((b48[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b49[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
    }
  }
}

/* sum_to */
void k27_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b52 = (float*)buffers[52]; /* t57 */
  float* restrict b53 = (float*)buffers[53]; /* grad.conv2.mlp.b2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b52[(i_k0 * s_C + (i_t % s_C))]);
    }
    b53[i_t] = f_acc;
  }
}

/* matmul_nt */
void k29_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b52 = (float*)buffers[52]; /* t57 */
  float* restrict b54 = (float*)buffers[54]; /* t59 */
  float* restrict b55 = (float*)buffers[55]; /* t59.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b54[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b52[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b54[(i_r * 64 + i_c)] = (b54[(i_r * 64 + i_c)] + (f_a * b55[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k30_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b46 = (float*)buffers[46]; /* t51 */
  float* restrict b52 = (float*)buffers[52]; /* t57 */
  float* restrict b56 = (float*)buffers[56]; /* grad.conv2.mlp.W2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b56[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b46[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b56[(i_k * s_C + i_c)] = (b56[(i_k * s_C + i_c)] + (f_a * b52[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k31_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b45 = (float*)buffers[45]; /* t50 */
  float* restrict b54 = (float*)buffers[54]; /* t59 */
  float* restrict b57 = (float*)buffers[57]; /* t61 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b57[(i_r * 64 + i_j)] = gnnc_relu_grad(b54[(i_r * 64 + i_j)], b45[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k32_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b57 = (float*)buffers[57]; /* t61 */
  float* restrict b58 = (float*)buffers[58]; /* grad.conv2.mlp.b1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b57[(i_k0 * 64 + (i_t % 64))]);
    }
    b58[i_t] = f_acc;
  }
}

/* matmul_nt */
void k34_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b57 = (float*)buffers[57]; /* t61 */
  float* restrict b59 = (float*)buffers[59]; /* t63 */
  float* restrict b60 = (float*)buffers[60]; /* t63.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b59[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b57[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b59[(i_r * 64 + i_c)] = (b59[(i_r * 64 + i_c)] + (f_a * b60[(i_q * 64 + i_c)]));
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
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b39 = (float*)buffers[39]; /* t44 */
  float* restrict b57 = (float*)buffers[57]; /* t61 */
  float* restrict b61 = (float*)buffers[61]; /* grad.conv2.mlp.W1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b61[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b39[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b61[(i_k * 64 + i_c)] = (b61[(i_k * 64 + i_c)] + (f_a * b57[(i_r * 64 + i_c)]));
        }
      }
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
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b31 = (float*)buffers[31]; /* h1 */
  float* restrict b59 = (float*)buffers[59]; /* t63 */
  float* restrict b62 = (float*)buffers[62]; /* grad.conv2.eps */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 1; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      for (int64_t i_k1 = 0; i_k1 < 64; i_k1++) {
        f_acc = (f_acc + (b59[(i_k0 * 64 + i_k1)] * b31[(i_k0 * 64 + i_k1)]));
      }
    }
    b62[i_t] = f_acc;
  }
}

/* relu_grad */
void k37_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b36 = (float*)buffers[36]; /* t39 */
  float* restrict b59 = (float*)buffers[59]; /* t63 */
  float* restrict b63 = (float*)buffers[63]; /* t69 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b63[(i_r * 64 + i_j)] = gnnc_relu_grad(b59[((int64_t)b1[i_r] * 64 + i_j)], b36[(i_r * 64 + i_j)]);
    }
  }
}

/* aggregate.src.sum */
void k38_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b63 = (float*)buffers[63]; /* t69 */
  float* restrict b64 = (float*)buffers[64]; /* t70 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r64_0 = 0.0f;
    float f_r64_1 = 0.0f;
    float f_r64_2 = 0.0f;
    float f_r64_3 = 0.0f;
    float f_r64_4 = 0.0f;
    float f_r64_5 = 0.0f;
    float f_r64_6 = 0.0f;
    float f_r64_7 = 0.0f;
    float f_r64_8 = 0.0f;
    float f_r64_9 = 0.0f;
    float f_r64_10 = 0.0f;
    float f_r64_11 = 0.0f;
    float f_r64_12 = 0.0f;
    float f_r64_13 = 0.0f;
    float f_r64_14 = 0.0f;
    float f_r64_15 = 0.0f;
    float f_r64_16 = 0.0f;
    float f_r64_17 = 0.0f;
    float f_r64_18 = 0.0f;
    float f_r64_19 = 0.0f;
    float f_r64_20 = 0.0f;
    float f_r64_21 = 0.0f;
    float f_r64_22 = 0.0f;
    float f_r64_23 = 0.0f;
    float f_r64_24 = 0.0f;
    float f_r64_25 = 0.0f;
    float f_r64_26 = 0.0f;
    float f_r64_27 = 0.0f;
    float f_r64_28 = 0.0f;
    float f_r64_29 = 0.0f;
    float f_r64_30 = 0.0f;
    float f_r64_31 = 0.0f;
    float f_r64_32 = 0.0f;
    float f_r64_33 = 0.0f;
    float f_r64_34 = 0.0f;
    float f_r64_35 = 0.0f;
    float f_r64_36 = 0.0f;
    float f_r64_37 = 0.0f;
    float f_r64_38 = 0.0f;
    float f_r64_39 = 0.0f;
    float f_r64_40 = 0.0f;
    float f_r64_41 = 0.0f;
    float f_r64_42 = 0.0f;
    float f_r64_43 = 0.0f;
    float f_r64_44 = 0.0f;
    float f_r64_45 = 0.0f;
    float f_r64_46 = 0.0f;
    float f_r64_47 = 0.0f;
    float f_r64_48 = 0.0f;
    float f_r64_49 = 0.0f;
    float f_r64_50 = 0.0f;
    float f_r64_51 = 0.0f;
    float f_r64_52 = 0.0f;
    float f_r64_53 = 0.0f;
    float f_r64_54 = 0.0f;
    float f_r64_55 = 0.0f;
    float f_r64_56 = 0.0f;
    float f_r64_57 = 0.0f;
    float f_r64_58 = 0.0f;
    float f_r64_59 = 0.0f;
    float f_r64_60 = 0.0f;
    float f_r64_61 = 0.0f;
    float f_r64_62 = 0.0f;
    float f_r64_63 = 0.0f;
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    f_r64_0 = 0.0f;
    f_r64_1 = 0.0f;
    f_r64_2 = 0.0f;
    f_r64_3 = 0.0f;
    f_r64_4 = 0.0f;
    f_r64_5 = 0.0f;
    f_r64_6 = 0.0f;
    f_r64_7 = 0.0f;
    f_r64_8 = 0.0f;
    f_r64_9 = 0.0f;
    f_r64_10 = 0.0f;
    f_r64_11 = 0.0f;
    f_r64_12 = 0.0f;
    f_r64_13 = 0.0f;
    f_r64_14 = 0.0f;
    f_r64_15 = 0.0f;
    f_r64_16 = 0.0f;
    f_r64_17 = 0.0f;
    f_r64_18 = 0.0f;
    f_r64_19 = 0.0f;
    f_r64_20 = 0.0f;
    f_r64_21 = 0.0f;
    f_r64_22 = 0.0f;
    f_r64_23 = 0.0f;
    f_r64_24 = 0.0f;
    f_r64_25 = 0.0f;
    f_r64_26 = 0.0f;
    f_r64_27 = 0.0f;
    f_r64_28 = 0.0f;
    f_r64_29 = 0.0f;
    f_r64_30 = 0.0f;
    f_r64_31 = 0.0f;
    f_r64_32 = 0.0f;
    f_r64_33 = 0.0f;
    f_r64_34 = 0.0f;
    f_r64_35 = 0.0f;
    f_r64_36 = 0.0f;
    f_r64_37 = 0.0f;
    f_r64_38 = 0.0f;
    f_r64_39 = 0.0f;
    f_r64_40 = 0.0f;
    f_r64_41 = 0.0f;
    f_r64_42 = 0.0f;
    f_r64_43 = 0.0f;
    f_r64_44 = 0.0f;
    f_r64_45 = 0.0f;
    f_r64_46 = 0.0f;
    f_r64_47 = 0.0f;
    f_r64_48 = 0.0f;
    f_r64_49 = 0.0f;
    f_r64_50 = 0.0f;
    f_r64_51 = 0.0f;
    f_r64_52 = 0.0f;
    f_r64_53 = 0.0f;
    f_r64_54 = 0.0f;
    f_r64_55 = 0.0f;
    f_r64_56 = 0.0f;
    f_r64_57 = 0.0f;
    f_r64_58 = 0.0f;
    f_r64_59 = 0.0f;
    f_r64_60 = 0.0f;
    f_r64_61 = 0.0f;
    f_r64_62 = 0.0f;
    f_r64_63 = 0.0f;
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      __asm__ volatile("");
      int64_t i_e = (int64_t)b5[i_q];
      f_r64_0 = (f_r64_0 + b63[(i_e * 64 + 0)]);
      f_r64_1 = (f_r64_1 + b63[(i_e * 64 + 1)]);
      f_r64_2 = (f_r64_2 + b63[(i_e * 64 + 2)]);
      f_r64_3 = (f_r64_3 + b63[(i_e * 64 + 3)]);
      f_r64_4 = (f_r64_4 + b63[(i_e * 64 + 4)]);
      f_r64_5 = (f_r64_5 + b63[(i_e * 64 + 5)]);
      f_r64_6 = (f_r64_6 + b63[(i_e * 64 + 6)]);
      f_r64_7 = (f_r64_7 + b63[(i_e * 64 + 7)]);
      f_r64_8 = (f_r64_8 + b63[(i_e * 64 + 8)]);
      f_r64_9 = (f_r64_9 + b63[(i_e * 64 + 9)]);
      f_r64_10 = (f_r64_10 + b63[(i_e * 64 + 10)]);
      f_r64_11 = (f_r64_11 + b63[(i_e * 64 + 11)]);
      f_r64_12 = (f_r64_12 + b63[(i_e * 64 + 12)]);
      f_r64_13 = (f_r64_13 + b63[(i_e * 64 + 13)]);
      f_r64_14 = (f_r64_14 + b63[(i_e * 64 + 14)]);
      f_r64_15 = (f_r64_15 + b63[(i_e * 64 + 15)]);
      f_r64_16 = (f_r64_16 + b63[(i_e * 64 + 16)]);
      f_r64_17 = (f_r64_17 + b63[(i_e * 64 + 17)]);
      f_r64_18 = (f_r64_18 + b63[(i_e * 64 + 18)]);
      f_r64_19 = (f_r64_19 + b63[(i_e * 64 + 19)]);
      f_r64_20 = (f_r64_20 + b63[(i_e * 64 + 20)]);
      f_r64_21 = (f_r64_21 + b63[(i_e * 64 + 21)]);
      f_r64_22 = (f_r64_22 + b63[(i_e * 64 + 22)]);
      f_r64_23 = (f_r64_23 + b63[(i_e * 64 + 23)]);
      f_r64_24 = (f_r64_24 + b63[(i_e * 64 + 24)]);
      f_r64_25 = (f_r64_25 + b63[(i_e * 64 + 25)]);
      f_r64_26 = (f_r64_26 + b63[(i_e * 64 + 26)]);
      f_r64_27 = (f_r64_27 + b63[(i_e * 64 + 27)]);
      f_r64_28 = (f_r64_28 + b63[(i_e * 64 + 28)]);
      f_r64_29 = (f_r64_29 + b63[(i_e * 64 + 29)]);
      f_r64_30 = (f_r64_30 + b63[(i_e * 64 + 30)]);
      f_r64_31 = (f_r64_31 + b63[(i_e * 64 + 31)]);
      f_r64_32 = (f_r64_32 + b63[(i_e * 64 + 32)]);
      f_r64_33 = (f_r64_33 + b63[(i_e * 64 + 33)]);
      f_r64_34 = (f_r64_34 + b63[(i_e * 64 + 34)]);
      f_r64_35 = (f_r64_35 + b63[(i_e * 64 + 35)]);
      f_r64_36 = (f_r64_36 + b63[(i_e * 64 + 36)]);
      f_r64_37 = (f_r64_37 + b63[(i_e * 64 + 37)]);
      f_r64_38 = (f_r64_38 + b63[(i_e * 64 + 38)]);
      f_r64_39 = (f_r64_39 + b63[(i_e * 64 + 39)]);
      f_r64_40 = (f_r64_40 + b63[(i_e * 64 + 40)]);
      f_r64_41 = (f_r64_41 + b63[(i_e * 64 + 41)]);
      f_r64_42 = (f_r64_42 + b63[(i_e * 64 + 42)]);
      f_r64_43 = (f_r64_43 + b63[(i_e * 64 + 43)]);
      f_r64_44 = (f_r64_44 + b63[(i_e * 64 + 44)]);
      f_r64_45 = (f_r64_45 + b63[(i_e * 64 + 45)]);
      f_r64_46 = (f_r64_46 + b63[(i_e * 64 + 46)]);
      f_r64_47 = (f_r64_47 + b63[(i_e * 64 + 47)]);
      f_r64_48 = (f_r64_48 + b63[(i_e * 64 + 48)]);
      f_r64_49 = (f_r64_49 + b63[(i_e * 64 + 49)]);
      f_r64_50 = (f_r64_50 + b63[(i_e * 64 + 50)]);
      f_r64_51 = (f_r64_51 + b63[(i_e * 64 + 51)]);
      f_r64_52 = (f_r64_52 + b63[(i_e * 64 + 52)]);
      f_r64_53 = (f_r64_53 + b63[(i_e * 64 + 53)]);
      f_r64_54 = (f_r64_54 + b63[(i_e * 64 + 54)]);
      f_r64_55 = (f_r64_55 + b63[(i_e * 64 + 55)]);
      f_r64_56 = (f_r64_56 + b63[(i_e * 64 + 56)]);
      f_r64_57 = (f_r64_57 + b63[(i_e * 64 + 57)]);
      f_r64_58 = (f_r64_58 + b63[(i_e * 64 + 58)]);
      f_r64_59 = (f_r64_59 + b63[(i_e * 64 + 59)]);
      f_r64_60 = (f_r64_60 + b63[(i_e * 64 + 60)]);
      f_r64_61 = (f_r64_61 + b63[(i_e * 64 + 61)]);
      f_r64_62 = (f_r64_62 + b63[(i_e * 64 + 62)]);
      f_r64_63 = (f_r64_63 + b63[(i_e * 64 + 63)]);
    }
    b64[(i_v * 64 + 0)] = f_r64_0;
    b64[(i_v * 64 + 1)] = f_r64_1;
    b64[(i_v * 64 + 2)] = f_r64_2;
    b64[(i_v * 64 + 3)] = f_r64_3;
    b64[(i_v * 64 + 4)] = f_r64_4;
    b64[(i_v * 64 + 5)] = f_r64_5;
    b64[(i_v * 64 + 6)] = f_r64_6;
    b64[(i_v * 64 + 7)] = f_r64_7;
    b64[(i_v * 64 + 8)] = f_r64_8;
    b64[(i_v * 64 + 9)] = f_r64_9;
    b64[(i_v * 64 + 10)] = f_r64_10;
    b64[(i_v * 64 + 11)] = f_r64_11;
    b64[(i_v * 64 + 12)] = f_r64_12;
    b64[(i_v * 64 + 13)] = f_r64_13;
    b64[(i_v * 64 + 14)] = f_r64_14;
    b64[(i_v * 64 + 15)] = f_r64_15;
    b64[(i_v * 64 + 16)] = f_r64_16;
    b64[(i_v * 64 + 17)] = f_r64_17;
    b64[(i_v * 64 + 18)] = f_r64_18;
    b64[(i_v * 64 + 19)] = f_r64_19;
    b64[(i_v * 64 + 20)] = f_r64_20;
    b64[(i_v * 64 + 21)] = f_r64_21;
    b64[(i_v * 64 + 22)] = f_r64_22;
    b64[(i_v * 64 + 23)] = f_r64_23;
    b64[(i_v * 64 + 24)] = f_r64_24;
    b64[(i_v * 64 + 25)] = f_r64_25;
    b64[(i_v * 64 + 26)] = f_r64_26;
    b64[(i_v * 64 + 27)] = f_r64_27;
    b64[(i_v * 64 + 28)] = f_r64_28;
    b64[(i_v * 64 + 29)] = f_r64_29;
    b64[(i_v * 64 + 30)] = f_r64_30;
    b64[(i_v * 64 + 31)] = f_r64_31;
    b64[(i_v * 64 + 32)] = f_r64_32;
    b64[(i_v * 64 + 33)] = f_r64_33;
    b64[(i_v * 64 + 34)] = f_r64_34;
    b64[(i_v * 64 + 35)] = f_r64_35;
    b64[(i_v * 64 + 36)] = f_r64_36;
    b64[(i_v * 64 + 37)] = f_r64_37;
    b64[(i_v * 64 + 38)] = f_r64_38;
    b64[(i_v * 64 + 39)] = f_r64_39;
    b64[(i_v * 64 + 40)] = f_r64_40;
    b64[(i_v * 64 + 41)] = f_r64_41;
    b64[(i_v * 64 + 42)] = f_r64_42;
    b64[(i_v * 64 + 43)] = f_r64_43;
    b64[(i_v * 64 + 44)] = f_r64_44;
    b64[(i_v * 64 + 45)] = f_r64_45;
    b64[(i_v * 64 + 46)] = f_r64_46;
    b64[(i_v * 64 + 47)] = f_r64_47;
    b64[(i_v * 64 + 48)] = f_r64_48;
    b64[(i_v * 64 + 49)] = f_r64_49;
    b64[(i_v * 64 + 50)] = f_r64_50;
    b64[(i_v * 64 + 51)] = f_r64_51;
    b64[(i_v * 64 + 52)] = f_r64_52;
    b64[(i_v * 64 + 53)] = f_r64_53;
    b64[(i_v * 64 + 54)] = f_r64_54;
    b64[(i_v * 64 + 55)] = f_r64_55;
    b64[(i_v * 64 + 56)] = f_r64_56;
    b64[(i_v * 64 + 57)] = f_r64_57;
    b64[(i_v * 64 + 58)] = f_r64_58;
    b64[(i_v * 64 + 59)] = f_r64_59;
    b64[(i_v * 64 + 60)] = f_r64_60;
    b64[(i_v * 64 + 61)] = f_r64_61;
    b64[(i_v * 64 + 62)] = f_r64_62;
    b64[(i_v * 64 + 63)] = f_r64_63;
  }
}

/* sum_to */
void k39_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b63 = (float*)buffers[63]; /* t69 */
  float* restrict b65 = (float*)buffers[65]; /* grad.conv2.be */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_E; i_k0++) {
      f_acc = (f_acc + b63[(i_k0 * 64 + (i_t % 64))]);
    }
    b65[i_t] = f_acc;
  }
}

/* matmul_tn */
void k40_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b7 = (float*)buffers[7]; /* e */
  float* restrict b63 = (float*)buffers[63]; /* t69 */
  float* restrict b66 = (float*)buffers[66]; /* grad.conv2.We */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_D; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b66[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_E; i_r++) {
      float f_a = b7[(i_r * s_D + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b66[(i_k * 64 + i_c)] = (b66[(i_k * 64 + i_c)] + (f_a * b63[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k41_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b30 = (float*)buffers[30]; /* t30 */
  float* restrict b38 = (float*)buffers[38]; /* t42 */
  float* restrict b59 = (float*)buffers[59]; /* t63 */
  float* restrict b64 = (float*)buffers[64]; /* t70 */
  float* restrict b67 = (float*)buffers[67]; /* t75 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b67[(i_r * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b59[(i_r * 64 + i_j)] * b38[0]) + b64[(i_r * 64 + i_j)]), seed, 2ULL, (uint64_t)((i_r * 64 + i_j)), 8388608ULL, 2.0f) : ((b59[(i_r * 64 + i_j)] * b38[0]) + b64[(i_r * 64 + i_j)])), b30[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k42_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b67 = (float*)buffers[67]; /* t75 */
  float* restrict b68 = (float*)buffers[68]; /* grad.conv1.mlp.b2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b67[(i_k0 * 64 + (i_t % 64))]);
    }
    b68[i_t] = f_acc;
  }
}

/* matmul_nt */
void k44_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b67 = (float*)buffers[67]; /* t75 */
  float* restrict b69 = (float*)buffers[69]; /* t77 */
  float* restrict b70 = (float*)buffers[70]; /* t77.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b69[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b67[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b69[(i_r * 64 + i_c)] = (b69[(i_r * 64 + i_c)] + (f_a * b70[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k45_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b28 = (float*)buffers[28]; /* t28 */
  float* restrict b67 = (float*)buffers[67]; /* t75 */
  float* restrict b71 = (float*)buffers[71]; /* grad.conv1.mlp.W2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b71[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b28[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b71[(i_k * 64 + i_c)] = (b71[(i_k * 64 + i_c)] + (f_a * b67[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k46_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b27 = (float*)buffers[27]; /* t27 */
  float* restrict b69 = (float*)buffers[69]; /* t77 */
  float* restrict b72 = (float*)buffers[72]; /* t79 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b72[(i_r * 64 + i_j)] = gnnc_relu_grad(b69[(i_r * 64 + i_j)], b27[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k47_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b72 = (float*)buffers[72]; /* t79 */
  float* restrict b73 = (float*)buffers[73]; /* grad.conv1.mlp.b1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b72[(i_k0 * 64 + (i_t % 64))]);
    }
    b73[i_t] = f_acc;
  }
}

/* matmul_nt */
void k49_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b72 = (float*)buffers[72]; /* t79 */
  float* restrict b74 = (float*)buffers[74]; /* t81 */
  float* restrict b75 = (float*)buffers[75]; /* t81.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b74[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b72[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b74[(i_r * 64 + i_c)] = (b74[(i_r * 64 + i_c)] + (f_a * b75[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k50_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b21 = (float*)buffers[21]; /* t21 */
  float* restrict b72 = (float*)buffers[72]; /* t79 */
  float* restrict b76 = (float*)buffers[76]; /* grad.conv1.mlp.W1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b76[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b21[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b76[(i_k * 64 + i_c)] = (b76[(i_k * 64 + i_c)] + (f_a * b72[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* sum_to */
void k51_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b13 = (float*)buffers[13]; /* h0 */
  float* restrict b74 = (float*)buffers[74]; /* t81 */
  float* restrict b77 = (float*)buffers[77]; /* grad.conv1.eps */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 1; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      for (int64_t i_k1 = 0; i_k1 < 64; i_k1++) {
        f_acc = (f_acc + (b74[(i_k0 * 64 + i_k1)] * b13[(i_k0 * 64 + i_k1)]));
      }
    }
    b77[i_t] = f_acc;
  }
}

/* relu_grad */
void k52_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b18 = (float*)buffers[18]; /* t16 */
  float* restrict b74 = (float*)buffers[74]; /* t81 */
  float* restrict b78 = (float*)buffers[78]; /* t87 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b78[(i_r * 64 + i_j)] = gnnc_relu_grad(b74[((int64_t)b1[i_r] * 64 + i_j)], b18[(i_r * 64 + i_j)]);
    }
  }
}

/* aggregate.src.sum */
void k53_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b78 = (float*)buffers[78]; /* t87 */
  float* restrict b79 = (float*)buffers[79]; /* t88 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r79_0 = 0.0f;
    float f_r79_1 = 0.0f;
    float f_r79_2 = 0.0f;
    float f_r79_3 = 0.0f;
    float f_r79_4 = 0.0f;
    float f_r79_5 = 0.0f;
    float f_r79_6 = 0.0f;
    float f_r79_7 = 0.0f;
    float f_r79_8 = 0.0f;
    float f_r79_9 = 0.0f;
    float f_r79_10 = 0.0f;
    float f_r79_11 = 0.0f;
    float f_r79_12 = 0.0f;
    float f_r79_13 = 0.0f;
    float f_r79_14 = 0.0f;
    float f_r79_15 = 0.0f;
    float f_r79_16 = 0.0f;
    float f_r79_17 = 0.0f;
    float f_r79_18 = 0.0f;
    float f_r79_19 = 0.0f;
    float f_r79_20 = 0.0f;
    float f_r79_21 = 0.0f;
    float f_r79_22 = 0.0f;
    float f_r79_23 = 0.0f;
    float f_r79_24 = 0.0f;
    float f_r79_25 = 0.0f;
    float f_r79_26 = 0.0f;
    float f_r79_27 = 0.0f;
    float f_r79_28 = 0.0f;
    float f_r79_29 = 0.0f;
    float f_r79_30 = 0.0f;
    float f_r79_31 = 0.0f;
    float f_r79_32 = 0.0f;
    float f_r79_33 = 0.0f;
    float f_r79_34 = 0.0f;
    float f_r79_35 = 0.0f;
    float f_r79_36 = 0.0f;
    float f_r79_37 = 0.0f;
    float f_r79_38 = 0.0f;
    float f_r79_39 = 0.0f;
    float f_r79_40 = 0.0f;
    float f_r79_41 = 0.0f;
    float f_r79_42 = 0.0f;
    float f_r79_43 = 0.0f;
    float f_r79_44 = 0.0f;
    float f_r79_45 = 0.0f;
    float f_r79_46 = 0.0f;
    float f_r79_47 = 0.0f;
    float f_r79_48 = 0.0f;
    float f_r79_49 = 0.0f;
    float f_r79_50 = 0.0f;
    float f_r79_51 = 0.0f;
    float f_r79_52 = 0.0f;
    float f_r79_53 = 0.0f;
    float f_r79_54 = 0.0f;
    float f_r79_55 = 0.0f;
    float f_r79_56 = 0.0f;
    float f_r79_57 = 0.0f;
    float f_r79_58 = 0.0f;
    float f_r79_59 = 0.0f;
    float f_r79_60 = 0.0f;
    float f_r79_61 = 0.0f;
    float f_r79_62 = 0.0f;
    float f_r79_63 = 0.0f;
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    f_r79_0 = 0.0f;
    f_r79_1 = 0.0f;
    f_r79_2 = 0.0f;
    f_r79_3 = 0.0f;
    f_r79_4 = 0.0f;
    f_r79_5 = 0.0f;
    f_r79_6 = 0.0f;
    f_r79_7 = 0.0f;
    f_r79_8 = 0.0f;
    f_r79_9 = 0.0f;
    f_r79_10 = 0.0f;
    f_r79_11 = 0.0f;
    f_r79_12 = 0.0f;
    f_r79_13 = 0.0f;
    f_r79_14 = 0.0f;
    f_r79_15 = 0.0f;
    f_r79_16 = 0.0f;
    f_r79_17 = 0.0f;
    f_r79_18 = 0.0f;
    f_r79_19 = 0.0f;
    f_r79_20 = 0.0f;
    f_r79_21 = 0.0f;
    f_r79_22 = 0.0f;
    f_r79_23 = 0.0f;
    f_r79_24 = 0.0f;
    f_r79_25 = 0.0f;
    f_r79_26 = 0.0f;
    f_r79_27 = 0.0f;
    f_r79_28 = 0.0f;
    f_r79_29 = 0.0f;
    f_r79_30 = 0.0f;
    f_r79_31 = 0.0f;
    f_r79_32 = 0.0f;
    f_r79_33 = 0.0f;
    f_r79_34 = 0.0f;
    f_r79_35 = 0.0f;
    f_r79_36 = 0.0f;
    f_r79_37 = 0.0f;
    f_r79_38 = 0.0f;
    f_r79_39 = 0.0f;
    f_r79_40 = 0.0f;
    f_r79_41 = 0.0f;
    f_r79_42 = 0.0f;
    f_r79_43 = 0.0f;
    f_r79_44 = 0.0f;
    f_r79_45 = 0.0f;
    f_r79_46 = 0.0f;
    f_r79_47 = 0.0f;
    f_r79_48 = 0.0f;
    f_r79_49 = 0.0f;
    f_r79_50 = 0.0f;
    f_r79_51 = 0.0f;
    f_r79_52 = 0.0f;
    f_r79_53 = 0.0f;
    f_r79_54 = 0.0f;
    f_r79_55 = 0.0f;
    f_r79_56 = 0.0f;
    f_r79_57 = 0.0f;
    f_r79_58 = 0.0f;
    f_r79_59 = 0.0f;
    f_r79_60 = 0.0f;
    f_r79_61 = 0.0f;
    f_r79_62 = 0.0f;
    f_r79_63 = 0.0f;
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      __asm__ volatile("");
      int64_t i_e = (int64_t)b5[i_q];
      f_r79_0 = (f_r79_0 + b78[(i_e * 64 + 0)]);
      f_r79_1 = (f_r79_1 + b78[(i_e * 64 + 1)]);
      f_r79_2 = (f_r79_2 + b78[(i_e * 64 + 2)]);
      f_r79_3 = (f_r79_3 + b78[(i_e * 64 + 3)]);
      f_r79_4 = (f_r79_4 + b78[(i_e * 64 + 4)]);
      f_r79_5 = (f_r79_5 + b78[(i_e * 64 + 5)]);
      f_r79_6 = (f_r79_6 + b78[(i_e * 64 + 6)]);
      f_r79_7 = (f_r79_7 + b78[(i_e * 64 + 7)]);
      f_r79_8 = (f_r79_8 + b78[(i_e * 64 + 8)]);
      f_r79_9 = (f_r79_9 + b78[(i_e * 64 + 9)]);
      f_r79_10 = (f_r79_10 + b78[(i_e * 64 + 10)]);
      f_r79_11 = (f_r79_11 + b78[(i_e * 64 + 11)]);
      f_r79_12 = (f_r79_12 + b78[(i_e * 64 + 12)]);
      f_r79_13 = (f_r79_13 + b78[(i_e * 64 + 13)]);
      f_r79_14 = (f_r79_14 + b78[(i_e * 64 + 14)]);
      f_r79_15 = (f_r79_15 + b78[(i_e * 64 + 15)]);
      f_r79_16 = (f_r79_16 + b78[(i_e * 64 + 16)]);
      f_r79_17 = (f_r79_17 + b78[(i_e * 64 + 17)]);
      f_r79_18 = (f_r79_18 + b78[(i_e * 64 + 18)]);
      f_r79_19 = (f_r79_19 + b78[(i_e * 64 + 19)]);
      f_r79_20 = (f_r79_20 + b78[(i_e * 64 + 20)]);
      f_r79_21 = (f_r79_21 + b78[(i_e * 64 + 21)]);
      f_r79_22 = (f_r79_22 + b78[(i_e * 64 + 22)]);
      f_r79_23 = (f_r79_23 + b78[(i_e * 64 + 23)]);
      f_r79_24 = (f_r79_24 + b78[(i_e * 64 + 24)]);
      f_r79_25 = (f_r79_25 + b78[(i_e * 64 + 25)]);
      f_r79_26 = (f_r79_26 + b78[(i_e * 64 + 26)]);
      f_r79_27 = (f_r79_27 + b78[(i_e * 64 + 27)]);
      f_r79_28 = (f_r79_28 + b78[(i_e * 64 + 28)]);
      f_r79_29 = (f_r79_29 + b78[(i_e * 64 + 29)]);
      f_r79_30 = (f_r79_30 + b78[(i_e * 64 + 30)]);
      f_r79_31 = (f_r79_31 + b78[(i_e * 64 + 31)]);
      f_r79_32 = (f_r79_32 + b78[(i_e * 64 + 32)]);
      f_r79_33 = (f_r79_33 + b78[(i_e * 64 + 33)]);
      f_r79_34 = (f_r79_34 + b78[(i_e * 64 + 34)]);
      f_r79_35 = (f_r79_35 + b78[(i_e * 64 + 35)]);
      f_r79_36 = (f_r79_36 + b78[(i_e * 64 + 36)]);
      f_r79_37 = (f_r79_37 + b78[(i_e * 64 + 37)]);
      f_r79_38 = (f_r79_38 + b78[(i_e * 64 + 38)]);
      f_r79_39 = (f_r79_39 + b78[(i_e * 64 + 39)]);
      f_r79_40 = (f_r79_40 + b78[(i_e * 64 + 40)]);
      f_r79_41 = (f_r79_41 + b78[(i_e * 64 + 41)]);
      f_r79_42 = (f_r79_42 + b78[(i_e * 64 + 42)]);
      f_r79_43 = (f_r79_43 + b78[(i_e * 64 + 43)]);
      f_r79_44 = (f_r79_44 + b78[(i_e * 64 + 44)]);
      f_r79_45 = (f_r79_45 + b78[(i_e * 64 + 45)]);
      f_r79_46 = (f_r79_46 + b78[(i_e * 64 + 46)]);
      f_r79_47 = (f_r79_47 + b78[(i_e * 64 + 47)]);
      f_r79_48 = (f_r79_48 + b78[(i_e * 64 + 48)]);
      f_r79_49 = (f_r79_49 + b78[(i_e * 64 + 49)]);
      f_r79_50 = (f_r79_50 + b78[(i_e * 64 + 50)]);
      f_r79_51 = (f_r79_51 + b78[(i_e * 64 + 51)]);
      f_r79_52 = (f_r79_52 + b78[(i_e * 64 + 52)]);
      f_r79_53 = (f_r79_53 + b78[(i_e * 64 + 53)]);
      f_r79_54 = (f_r79_54 + b78[(i_e * 64 + 54)]);
      f_r79_55 = (f_r79_55 + b78[(i_e * 64 + 55)]);
      f_r79_56 = (f_r79_56 + b78[(i_e * 64 + 56)]);
      f_r79_57 = (f_r79_57 + b78[(i_e * 64 + 57)]);
      f_r79_58 = (f_r79_58 + b78[(i_e * 64 + 58)]);
      f_r79_59 = (f_r79_59 + b78[(i_e * 64 + 59)]);
      f_r79_60 = (f_r79_60 + b78[(i_e * 64 + 60)]);
      f_r79_61 = (f_r79_61 + b78[(i_e * 64 + 61)]);
      f_r79_62 = (f_r79_62 + b78[(i_e * 64 + 62)]);
      f_r79_63 = (f_r79_63 + b78[(i_e * 64 + 63)]);
    }
    b79[(i_v * 64 + 0)] = f_r79_0;
    b79[(i_v * 64 + 1)] = f_r79_1;
    b79[(i_v * 64 + 2)] = f_r79_2;
    b79[(i_v * 64 + 3)] = f_r79_3;
    b79[(i_v * 64 + 4)] = f_r79_4;
    b79[(i_v * 64 + 5)] = f_r79_5;
    b79[(i_v * 64 + 6)] = f_r79_6;
    b79[(i_v * 64 + 7)] = f_r79_7;
    b79[(i_v * 64 + 8)] = f_r79_8;
    b79[(i_v * 64 + 9)] = f_r79_9;
    b79[(i_v * 64 + 10)] = f_r79_10;
    b79[(i_v * 64 + 11)] = f_r79_11;
    b79[(i_v * 64 + 12)] = f_r79_12;
    b79[(i_v * 64 + 13)] = f_r79_13;
    b79[(i_v * 64 + 14)] = f_r79_14;
    b79[(i_v * 64 + 15)] = f_r79_15;
    b79[(i_v * 64 + 16)] = f_r79_16;
    b79[(i_v * 64 + 17)] = f_r79_17;
    b79[(i_v * 64 + 18)] = f_r79_18;
    b79[(i_v * 64 + 19)] = f_r79_19;
    b79[(i_v * 64 + 20)] = f_r79_20;
    b79[(i_v * 64 + 21)] = f_r79_21;
    b79[(i_v * 64 + 22)] = f_r79_22;
    b79[(i_v * 64 + 23)] = f_r79_23;
    b79[(i_v * 64 + 24)] = f_r79_24;
    b79[(i_v * 64 + 25)] = f_r79_25;
    b79[(i_v * 64 + 26)] = f_r79_26;
    b79[(i_v * 64 + 27)] = f_r79_27;
    b79[(i_v * 64 + 28)] = f_r79_28;
    b79[(i_v * 64 + 29)] = f_r79_29;
    b79[(i_v * 64 + 30)] = f_r79_30;
    b79[(i_v * 64 + 31)] = f_r79_31;
    b79[(i_v * 64 + 32)] = f_r79_32;
    b79[(i_v * 64 + 33)] = f_r79_33;
    b79[(i_v * 64 + 34)] = f_r79_34;
    b79[(i_v * 64 + 35)] = f_r79_35;
    b79[(i_v * 64 + 36)] = f_r79_36;
    b79[(i_v * 64 + 37)] = f_r79_37;
    b79[(i_v * 64 + 38)] = f_r79_38;
    b79[(i_v * 64 + 39)] = f_r79_39;
    b79[(i_v * 64 + 40)] = f_r79_40;
    b79[(i_v * 64 + 41)] = f_r79_41;
    b79[(i_v * 64 + 42)] = f_r79_42;
    b79[(i_v * 64 + 43)] = f_r79_43;
    b79[(i_v * 64 + 44)] = f_r79_44;
    b79[(i_v * 64 + 45)] = f_r79_45;
    b79[(i_v * 64 + 46)] = f_r79_46;
    b79[(i_v * 64 + 47)] = f_r79_47;
    b79[(i_v * 64 + 48)] = f_r79_48;
    b79[(i_v * 64 + 49)] = f_r79_49;
    b79[(i_v * 64 + 50)] = f_r79_50;
    b79[(i_v * 64 + 51)] = f_r79_51;
    b79[(i_v * 64 + 52)] = f_r79_52;
    b79[(i_v * 64 + 53)] = f_r79_53;
    b79[(i_v * 64 + 54)] = f_r79_54;
    b79[(i_v * 64 + 55)] = f_r79_55;
    b79[(i_v * 64 + 56)] = f_r79_56;
    b79[(i_v * 64 + 57)] = f_r79_57;
    b79[(i_v * 64 + 58)] = f_r79_58;
    b79[(i_v * 64 + 59)] = f_r79_59;
    b79[(i_v * 64 + 60)] = f_r79_60;
    b79[(i_v * 64 + 61)] = f_r79_61;
    b79[(i_v * 64 + 62)] = f_r79_62;
    b79[(i_v * 64 + 63)] = f_r79_63;
  }
}

/* sum_to */
void k54_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b78 = (float*)buffers[78]; /* t87 */
  float* restrict b80 = (float*)buffers[80]; /* grad.conv1.be */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_E; i_k0++) {
      f_acc = (f_acc + b78[(i_k0 * 64 + (i_t % 64))]);
    }
    b80[i_t] = f_acc;
  }
}

/* matmul_tn */
void k55_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b7 = (float*)buffers[7]; /* e */
  float* restrict b78 = (float*)buffers[78]; /* t87 */
  float* restrict b81 = (float*)buffers[81]; /* grad.conv1.We */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_D; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b81[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_E; i_r++) {
      float f_a = b7[(i_r * s_D + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b81[(i_k * 64 + i_c)] = (b81[(i_k * 64 + i_c)] + (f_a * b78[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k56_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b12 = (float*)buffers[12]; /* t7 */
  float* restrict b20 = (float*)buffers[20]; /* t19 */
  float* restrict b74 = (float*)buffers[74]; /* t81 */
  float* restrict b79 = (float*)buffers[79]; /* t88 */
  float* restrict b82 = (float*)buffers[82]; /* t93 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b82[(i_r * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b74[(i_r * 64 + i_j)] * b20[0]) + b79[(i_r * 64 + i_j)]), seed, 1ULL, (uint64_t)((i_r * 64 + i_j)), 8388608ULL, 2.0f) : ((b74[(i_r * 64 + i_j)] * b20[0]) + b79[(i_r * 64 + i_j)])), b12[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k57_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b82 = (float*)buffers[82]; /* t93 */
  float* restrict b83 = (float*)buffers[83]; /* grad.b0 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b82[(i_k0 * 64 + (i_t % 64))]);
    }
    b83[i_t] = f_acc;
  }
}

/* matmul_tn */
void k58_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_D = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_D;
  float* restrict b10 = (float*)buffers[10]; /* t5 */
  float* restrict b82 = (float*)buffers[82]; /* t93 */
  float* restrict b84 = (float*)buffers[84]; /* grad.W0 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b84[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b10[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b84[(i_k * 64 + i_c)] = (b84[(i_k * 64 + i_c)] + (f_a * b82[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}
