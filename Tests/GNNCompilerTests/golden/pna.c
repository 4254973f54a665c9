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
GNNC_INLINE float gnnc_log(float x) { return logf(x); }
GNNC_INLINE float gnnc_sqrt(float x) { return sqrtf(x); }
GNNC_INLINE float gnnc_square(float x) { return x * x; }
/* program PNA: 62 buffers, 8 kernels */

/* in_degree | log */
void k0_in_degree(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b6 = (float*)buffers[6]; /* conv1.d */
  float* restrict b7 = (float*)buffers[7]; /* t4 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      b6[i_v] = (float)(((int64_t)b2[(i_v + 1)] + (int64_t)b2[i_v] * -1));
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b7[(i_v + i_j)] = gnnc_log((b6[(i_v + i_j)] + 1.0f));
      }
    }
  }
}

/* sum_to | sum_to */
void k2_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* t4 */
  float* restrict b8 = (float*)buffers[8]; /* t5 */
  float* restrict b9 = (float*)buffers[9]; /* t7 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 1; i_t++) {
    {
      float f_acc = 0.0f;
      for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
        f_acc = (f_acc + b7[i_k0]);
      }
      b8[i_t] = f_acc;
    }
    {
      float f_acc = 0.0f;
      for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
        f_acc = (f_acc + 1.0f);
      }
      b9[i_t] = f_acc;
    }
  }
}

/* div */
void k4_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b8 = (float*)buffers[8]; /* t5 */
  float* restrict b9 = (float*)buffers[9]; /* t7 */
  float* restrict b10 = (float*)buffers[10]; /* conv1.delta */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b10[(i_r + i_j)] = (b8[i_j] / b9[i_j]);
    }
  }
}

/* div | div | matmul | dropout | matmul | matmul */
void k5_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b6 = (float*)buffers[6]; /* conv1.d */
  float* restrict b7 = (float*)buffers[7]; /* t4 */
  float* restrict b10 = (float*)buffers[10]; /* conv1.delta */
  float* restrict b11 = (float*)buffers[11]; /* t9 */
  float* restrict b12 = (float*)buffers[12]; /* t13 */
  float* restrict b13 = (float*)buffers[13]; /* x */
  float* restrict b14 = (float*)buffers[14]; /* lin1.W */
  float* restrict b15 = (float*)buffers[15]; /* lin1.b */
  float* restrict b16 = (float*)buffers[16]; /* t18 */
  float* restrict b17 = (float*)buffers[17]; /* h0 */
  float* restrict b18 = (float*)buffers[18]; /* conv1.W_dst */
  float* restrict b19 = (float*)buffers[19]; /* conv1.W_src */
  float* restrict b21 = (float*)buffers[21]; /* t25 */
  float* restrict b22 = (float*)buffers[22]; /* t27 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b11[(i_r + i_j)] = (b7[(i_r + i_j)] / b10[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b12[(i_r + i_j)] = (b10[i_j] / gnnc_log((fmaxf(b6[(i_r + i_j)], 1.0f) + 1.0f)));
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b16[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = (training ? gnnc_dropout_mul(b13[(i_r * s_F + i_k)], seed, 0ULL, (uint64_t)((i_r * s_F + i_k)), 8388608ULL, 2.0f) : b13[(i_r * s_F + i_k)]);
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b16[(i_r * 64 + i_c)] = (b16[(i_r * 64 + i_c)] + (f_a * b14[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b17[(i_r * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_relu((b16[(i_r * 64 + i_j)] + b15[i_j])), seed, 1ULL, (uint64_t)((i_r * 64 + i_j)), 8388608ULL, 2.0f) : gnnc_relu((b16[(i_r * 64 + i_j)] + b15[i_j])));
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b21[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b17[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b21[(i_r * 64 + i_c)] = (b21[(i_r * 64 + i_c)] + (f_a * b18[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b22[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b17[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b22[(i_r * 64 + i_c)] = (b22[(i_r * 64 + i_c)] + (f_a * b19[(i_k * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* add */
void k11_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b20 = (float*)buffers[20]; /* conv1.b_pre */
  float* restrict b21 = (float*)buffers[21]; /* t25 */
  float* restrict b22 = (float*)buffers[22]; /* t27 */
  float* restrict b23 = (float*)buffers[23]; /* conv1.m */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b23[(i_r * 64 + i_j)] = ((b21[((int64_t)b1[i_r] * 64 + i_j)] + b22[((int64_t)b0[i_r] * 64 + i_j)]) + b20[i_j]);
    }
  }
}

/* aggregate.dst.mean | aggregate.dst.mean | sqrt | aggregate.dst.min | aggregate.dst.max | concat | mul | mul | concat | matmul | matmul | dropout | matmul | matmul */
void k12_aggregate_dst_mean(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b11 = (float*)buffers[11]; /* t9 */
  float* restrict b12 = (float*)buffers[12]; /* t13 */
  float* restrict b17 = (float*)buffers[17]; /* h0 */
  float* restrict b23 = (float*)buffers[23]; /* conv1.m */
  float* restrict b25 = (float*)buffers[25]; /* t33 */
  float* restrict b26 = (float*)buffers[26]; /* conv1.std */
  float* restrict b27 = (float*)buffers[27]; /* t38 */
  float* restrict b28 = (float*)buffers[28]; /* t39 */
  float* restrict b29 = (float*)buffers[29]; /* conv1.a */
  float* restrict b30 = (float*)buffers[30]; /* conv1.amplified */
  float* restrict b31 = (float*)buffers[31]; /* conv1.attenuated */
  float* restrict b32 = (float*)buffers[32]; /* t43 */
  float* restrict b33 = (float*)buffers[33]; /* conv1.post.W */
  float* restrict b34 = (float*)buffers[34]; /* conv1.post.b */
  float* restrict b35 = (float*)buffers[35]; /* t46 */
  float* restrict b36 = (float*)buffers[36]; /* conv1.lin.W */
  float* restrict b37 = (float*)buffers[37]; /* conv1.lin.b */
  float* restrict b38 = (float*)buffers[38]; /* t50 */
  float* restrict b39 = (float*)buffers[39]; /* h1 */
  float* restrict b40 = (float*)buffers[40]; /* conv2.W_dst */
  float* restrict b41 = (float*)buffers[41]; /* conv2.W_src */
  float* restrict b43 = (float*)buffers[43]; /* t57 */
  float* restrict b44 = (float*)buffers[44]; /* t59 */
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
        int64_t i_e = (int64_t)b3[i_q];
        f_r24_0 = (f_r24_0 + b23[(i_e * 64 + 0)]);
        f_r24_1 = (f_r24_1 + b23[(i_e * 64 + 1)]);
        f_r24_2 = (f_r24_2 + b23[(i_e * 64 + 2)]);
        f_r24_3 = (f_r24_3 + b23[(i_e * 64 + 3)]);
        f_r24_4 = (f_r24_4 + b23[(i_e * 64 + 4)]);
        f_r24_5 = (f_r24_5 + b23[(i_e * 64 + 5)]);
        f_r24_6 = (f_r24_6 + b23[(i_e * 64 + 6)]);
        f_r24_7 = (f_r24_7 + b23[(i_e * 64 + 7)]);
        f_r24_8 = (f_r24_8 + b23[(i_e * 64 + 8)]);
        f_r24_9 = (f_r24_9 + b23[(i_e * 64 + 9)]);
        f_r24_10 = (f_r24_10 + b23[(i_e * 64 + 10)]);
        f_r24_11 = (f_r24_11 + b23[(i_e * 64 + 11)]);
        f_r24_12 = (f_r24_12 + b23[(i_e * 64 + 12)]);
        f_r24_13 = (f_r24_13 + b23[(i_e * 64 + 13)]);
        f_r24_14 = (f_r24_14 + b23[(i_e * 64 + 14)]);
        f_r24_15 = (f_r24_15 + b23[(i_e * 64 + 15)]);
        f_r24_16 = (f_r24_16 + b23[(i_e * 64 + 16)]);
        f_r24_17 = (f_r24_17 + b23[(i_e * 64 + 17)]);
        f_r24_18 = (f_r24_18 + b23[(i_e * 64 + 18)]);
        f_r24_19 = (f_r24_19 + b23[(i_e * 64 + 19)]);
        f_r24_20 = (f_r24_20 + b23[(i_e * 64 + 20)]);
        f_r24_21 = (f_r24_21 + b23[(i_e * 64 + 21)]);
        f_r24_22 = (f_r24_22 + b23[(i_e * 64 + 22)]);
        f_r24_23 = (f_r24_23 + b23[(i_e * 64 + 23)]);
        f_r24_24 = (f_r24_24 + b23[(i_e * 64 + 24)]);
        f_r24_25 = (f_r24_25 + b23[(i_e * 64 + 25)]);
        f_r24_26 = (f_r24_26 + b23[(i_e * 64 + 26)]);
        f_r24_27 = (f_r24_27 + b23[(i_e * 64 + 27)]);
        f_r24_28 = (f_r24_28 + b23[(i_e * 64 + 28)]);
        f_r24_29 = (f_r24_29 + b23[(i_e * 64 + 29)]);
        f_r24_30 = (f_r24_30 + b23[(i_e * 64 + 30)]);
        f_r24_31 = (f_r24_31 + b23[(i_e * 64 + 31)]);
        f_r24_32 = (f_r24_32 + b23[(i_e * 64 + 32)]);
        f_r24_33 = (f_r24_33 + b23[(i_e * 64 + 33)]);
        f_r24_34 = (f_r24_34 + b23[(i_e * 64 + 34)]);
        f_r24_35 = (f_r24_35 + b23[(i_e * 64 + 35)]);
        f_r24_36 = (f_r24_36 + b23[(i_e * 64 + 36)]);
        f_r24_37 = (f_r24_37 + b23[(i_e * 64 + 37)]);
        f_r24_38 = (f_r24_38 + b23[(i_e * 64 + 38)]);
        f_r24_39 = (f_r24_39 + b23[(i_e * 64 + 39)]);
        f_r24_40 = (f_r24_40 + b23[(i_e * 64 + 40)]);
        f_r24_41 = (f_r24_41 + b23[(i_e * 64 + 41)]);
        f_r24_42 = (f_r24_42 + b23[(i_e * 64 + 42)]);
        f_r24_43 = (f_r24_43 + b23[(i_e * 64 + 43)]);
        f_r24_44 = (f_r24_44 + b23[(i_e * 64 + 44)]);
        f_r24_45 = (f_r24_45 + b23[(i_e * 64 + 45)]);
        f_r24_46 = (f_r24_46 + b23[(i_e * 64 + 46)]);
        f_r24_47 = (f_r24_47 + b23[(i_e * 64 + 47)]);
        f_r24_48 = (f_r24_48 + b23[(i_e * 64 + 48)]);
        f_r24_49 = (f_r24_49 + b23[(i_e * 64 + 49)]);
        f_r24_50 = (f_r24_50 + b23[(i_e * 64 + 50)]);
        f_r24_51 = (f_r24_51 + b23[(i_e * 64 + 51)]);
        f_r24_52 = (f_r24_52 + b23[(i_e * 64 + 52)]);
        f_r24_53 = (f_r24_53 + b23[(i_e * 64 + 53)]);
        f_r24_54 = (f_r24_54 + b23[(i_e * 64 + 54)]);
        f_r24_55 = (f_r24_55 + b23[(i_e * 64 + 55)]);
        f_r24_56 = (f_r24_56 + b23[(i_e * 64 + 56)]);
        f_r24_57 = (f_r24_57 + b23[(i_e * 64 + 57)]);
        f_r24_58 = (f_r24_58 + b23[(i_e * 64 + 58)]);
        f_r24_59 = (f_r24_59 + b23[(i_e * 64 + 59)]);
        f_r24_60 = (f_r24_60 + b23[(i_e * 64 + 60)]);
        f_r24_61 = (f_r24_61 + b23[(i_e * 64 + 61)]);
        f_r24_62 = (f_r24_62 + b23[(i_e * 64 + 62)]);
        f_r24_63 = (f_r24_63 + b23[(i_e * 64 + 63)]);
      }
      f_r24_0 = (f_r24_0 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_1 = (f_r24_1 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_2 = (f_r24_2 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_3 = (f_r24_3 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_4 = (f_r24_4 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_5 = (f_r24_5 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_6 = (f_r24_6 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_7 = (f_r24_7 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_8 = (f_r24_8 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_9 = (f_r24_9 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_10 = (f_r24_10 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_11 = (f_r24_11 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_12 = (f_r24_12 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_13 = (f_r24_13 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_14 = (f_r24_14 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_15 = (f_r24_15 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_16 = (f_r24_16 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_17 = (f_r24_17 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_18 = (f_r24_18 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_19 = (f_r24_19 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_20 = (f_r24_20 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_21 = (f_r24_21 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_22 = (f_r24_22 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_23 = (f_r24_23 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_24 = (f_r24_24 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_25 = (f_r24_25 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_26 = (f_r24_26 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_27 = (f_r24_27 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_28 = (f_r24_28 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_29 = (f_r24_29 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_30 = (f_r24_30 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_31 = (f_r24_31 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_32 = (f_r24_32 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_33 = (f_r24_33 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_34 = (f_r24_34 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_35 = (f_r24_35 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_36 = (f_r24_36 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_37 = (f_r24_37 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_38 = (f_r24_38 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_39 = (f_r24_39 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_40 = (f_r24_40 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_41 = (f_r24_41 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_42 = (f_r24_42 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_43 = (f_r24_43 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_44 = (f_r24_44 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_45 = (f_r24_45 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_46 = (f_r24_46 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_47 = (f_r24_47 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_48 = (f_r24_48 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_49 = (f_r24_49 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_50 = (f_r24_50 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_51 = (f_r24_51 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_52 = (f_r24_52 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_53 = (f_r24_53 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_54 = (f_r24_54 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_55 = (f_r24_55 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_56 = (f_r24_56 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_57 = (f_r24_57 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_58 = (f_r24_58 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_59 = (f_r24_59 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_60 = (f_r24_60 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_61 = (f_r24_61 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_62 = (f_r24_62 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r24_63 = (f_r24_63 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b25[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b25[(i_v * 64 + i_j)] = (b25[(i_v * 64 + i_j)] + gnnc_square(b23[(i_e * 64 + i_j)]));
        }
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b25[(i_v * 64 + i_j)] = (b25[(i_v * 64 + i_j)] / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      }
    }
    {
      b26[(i_v * 64 + 0)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 0)] - gnnc_square(f_r24_0)), 1e-05f));
      b26[(i_v * 64 + 1)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 1)] - gnnc_square(f_r24_1)), 1e-05f));
      b26[(i_v * 64 + 2)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 2)] - gnnc_square(f_r24_2)), 1e-05f));
      b26[(i_v * 64 + 3)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 3)] - gnnc_square(f_r24_3)), 1e-05f));
      b26[(i_v * 64 + 4)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 4)] - gnnc_square(f_r24_4)), 1e-05f));
      b26[(i_v * 64 + 5)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 5)] - gnnc_square(f_r24_5)), 1e-05f));
      b26[(i_v * 64 + 6)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 6)] - gnnc_square(f_r24_6)), 1e-05f));
      b26[(i_v * 64 + 7)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 7)] - gnnc_square(f_r24_7)), 1e-05f));
      b26[(i_v * 64 + 8)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 8)] - gnnc_square(f_r24_8)), 1e-05f));
      b26[(i_v * 64 + 9)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 9)] - gnnc_square(f_r24_9)), 1e-05f));
      b26[(i_v * 64 + 10)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 10)] - gnnc_square(f_r24_10)), 1e-05f));
      b26[(i_v * 64 + 11)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 11)] - gnnc_square(f_r24_11)), 1e-05f));
      b26[(i_v * 64 + 12)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 12)] - gnnc_square(f_r24_12)), 1e-05f));
      b26[(i_v * 64 + 13)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 13)] - gnnc_square(f_r24_13)), 1e-05f));
      b26[(i_v * 64 + 14)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 14)] - gnnc_square(f_r24_14)), 1e-05f));
      b26[(i_v * 64 + 15)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 15)] - gnnc_square(f_r24_15)), 1e-05f));
      b26[(i_v * 64 + 16)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 16)] - gnnc_square(f_r24_16)), 1e-05f));
      b26[(i_v * 64 + 17)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 17)] - gnnc_square(f_r24_17)), 1e-05f));
      b26[(i_v * 64 + 18)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 18)] - gnnc_square(f_r24_18)), 1e-05f));
      b26[(i_v * 64 + 19)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 19)] - gnnc_square(f_r24_19)), 1e-05f));
      b26[(i_v * 64 + 20)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 20)] - gnnc_square(f_r24_20)), 1e-05f));
      b26[(i_v * 64 + 21)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 21)] - gnnc_square(f_r24_21)), 1e-05f));
      b26[(i_v * 64 + 22)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 22)] - gnnc_square(f_r24_22)), 1e-05f));
      b26[(i_v * 64 + 23)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 23)] - gnnc_square(f_r24_23)), 1e-05f));
      b26[(i_v * 64 + 24)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 24)] - gnnc_square(f_r24_24)), 1e-05f));
      b26[(i_v * 64 + 25)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 25)] - gnnc_square(f_r24_25)), 1e-05f));
      b26[(i_v * 64 + 26)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 26)] - gnnc_square(f_r24_26)), 1e-05f));
      b26[(i_v * 64 + 27)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 27)] - gnnc_square(f_r24_27)), 1e-05f));
      b26[(i_v * 64 + 28)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 28)] - gnnc_square(f_r24_28)), 1e-05f));
      b26[(i_v * 64 + 29)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 29)] - gnnc_square(f_r24_29)), 1e-05f));
      b26[(i_v * 64 + 30)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 30)] - gnnc_square(f_r24_30)), 1e-05f));
      b26[(i_v * 64 + 31)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 31)] - gnnc_square(f_r24_31)), 1e-05f));
      b26[(i_v * 64 + 32)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 32)] - gnnc_square(f_r24_32)), 1e-05f));
      b26[(i_v * 64 + 33)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 33)] - gnnc_square(f_r24_33)), 1e-05f));
      b26[(i_v * 64 + 34)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 34)] - gnnc_square(f_r24_34)), 1e-05f));
      b26[(i_v * 64 + 35)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 35)] - gnnc_square(f_r24_35)), 1e-05f));
      b26[(i_v * 64 + 36)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 36)] - gnnc_square(f_r24_36)), 1e-05f));
      b26[(i_v * 64 + 37)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 37)] - gnnc_square(f_r24_37)), 1e-05f));
      b26[(i_v * 64 + 38)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 38)] - gnnc_square(f_r24_38)), 1e-05f));
      b26[(i_v * 64 + 39)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 39)] - gnnc_square(f_r24_39)), 1e-05f));
      b26[(i_v * 64 + 40)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 40)] - gnnc_square(f_r24_40)), 1e-05f));
      b26[(i_v * 64 + 41)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 41)] - gnnc_square(f_r24_41)), 1e-05f));
      b26[(i_v * 64 + 42)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 42)] - gnnc_square(f_r24_42)), 1e-05f));
      b26[(i_v * 64 + 43)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 43)] - gnnc_square(f_r24_43)), 1e-05f));
      b26[(i_v * 64 + 44)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 44)] - gnnc_square(f_r24_44)), 1e-05f));
      b26[(i_v * 64 + 45)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 45)] - gnnc_square(f_r24_45)), 1e-05f));
      b26[(i_v * 64 + 46)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 46)] - gnnc_square(f_r24_46)), 1e-05f));
      b26[(i_v * 64 + 47)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 47)] - gnnc_square(f_r24_47)), 1e-05f));
      b26[(i_v * 64 + 48)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 48)] - gnnc_square(f_r24_48)), 1e-05f));
      b26[(i_v * 64 + 49)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 49)] - gnnc_square(f_r24_49)), 1e-05f));
      b26[(i_v * 64 + 50)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 50)] - gnnc_square(f_r24_50)), 1e-05f));
      b26[(i_v * 64 + 51)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 51)] - gnnc_square(f_r24_51)), 1e-05f));
      b26[(i_v * 64 + 52)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 52)] - gnnc_square(f_r24_52)), 1e-05f));
      b26[(i_v * 64 + 53)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 53)] - gnnc_square(f_r24_53)), 1e-05f));
      b26[(i_v * 64 + 54)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 54)] - gnnc_square(f_r24_54)), 1e-05f));
      b26[(i_v * 64 + 55)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 55)] - gnnc_square(f_r24_55)), 1e-05f));
      b26[(i_v * 64 + 56)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 56)] - gnnc_square(f_r24_56)), 1e-05f));
      b26[(i_v * 64 + 57)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 57)] - gnnc_square(f_r24_57)), 1e-05f));
      b26[(i_v * 64 + 58)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 58)] - gnnc_square(f_r24_58)), 1e-05f));
      b26[(i_v * 64 + 59)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 59)] - gnnc_square(f_r24_59)), 1e-05f));
      b26[(i_v * 64 + 60)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 60)] - gnnc_square(f_r24_60)), 1e-05f));
      b26[(i_v * 64 + 61)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 61)] - gnnc_square(f_r24_61)), 1e-05f));
      b26[(i_v * 64 + 62)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 62)] - gnnc_square(f_r24_62)), 1e-05f));
      b26[(i_v * 64 + 63)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + 63)] - gnnc_square(f_r24_63)), 1e-05f));
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        float f_acc = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          f_acc = b23[(i_e * 64 + i_j)];
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            f_acc = fminf(f_acc, b23[(i_e * 64 + i_j)]);
          }
        }
        b27[(i_v * 64 + i_j)] = f_acc;
      }
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        float f_acc = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          f_acc = b23[(i_e * 64 + i_j)];
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            f_acc = fmaxf(f_acc, b23[(i_e * 64 + i_j)]);
          }
        }
        b28[(i_v * 64 + i_j)] = f_acc;
      }
    }
    {
      b29[(i_v * 256 + 0)] = f_r24_0;
      b29[(i_v * 256 + 1)] = f_r24_1;
      b29[(i_v * 256 + 2)] = f_r24_2;
      b29[(i_v * 256 + 3)] = f_r24_3;
      b29[(i_v * 256 + 4)] = f_r24_4;
      b29[(i_v * 256 + 5)] = f_r24_5;
      b29[(i_v * 256 + 6)] = f_r24_6;
      b29[(i_v * 256 + 7)] = f_r24_7;
      b29[(i_v * 256 + 8)] = f_r24_8;
      b29[(i_v * 256 + 9)] = f_r24_9;
      b29[(i_v * 256 + 10)] = f_r24_10;
      b29[(i_v * 256 + 11)] = f_r24_11;
      b29[(i_v * 256 + 12)] = f_r24_12;
      b29[(i_v * 256 + 13)] = f_r24_13;
      b29[(i_v * 256 + 14)] = f_r24_14;
      b29[(i_v * 256 + 15)] = f_r24_15;
      b29[(i_v * 256 + 16)] = f_r24_16;
      b29[(i_v * 256 + 17)] = f_r24_17;
      b29[(i_v * 256 + 18)] = f_r24_18;
      b29[(i_v * 256 + 19)] = f_r24_19;
      b29[(i_v * 256 + 20)] = f_r24_20;
      b29[(i_v * 256 + 21)] = f_r24_21;
      b29[(i_v * 256 + 22)] = f_r24_22;
      b29[(i_v * 256 + 23)] = f_r24_23;
      b29[(i_v * 256 + 24)] = f_r24_24;
      b29[(i_v * 256 + 25)] = f_r24_25;
      b29[(i_v * 256 + 26)] = f_r24_26;
      b29[(i_v * 256 + 27)] = f_r24_27;
      b29[(i_v * 256 + 28)] = f_r24_28;
      b29[(i_v * 256 + 29)] = f_r24_29;
      b29[(i_v * 256 + 30)] = f_r24_30;
      b29[(i_v * 256 + 31)] = f_r24_31;
      b29[(i_v * 256 + 32)] = f_r24_32;
      b29[(i_v * 256 + 33)] = f_r24_33;
      b29[(i_v * 256 + 34)] = f_r24_34;
      b29[(i_v * 256 + 35)] = f_r24_35;
      b29[(i_v * 256 + 36)] = f_r24_36;
      b29[(i_v * 256 + 37)] = f_r24_37;
      b29[(i_v * 256 + 38)] = f_r24_38;
      b29[(i_v * 256 + 39)] = f_r24_39;
      b29[(i_v * 256 + 40)] = f_r24_40;
      b29[(i_v * 256 + 41)] = f_r24_41;
      b29[(i_v * 256 + 42)] = f_r24_42;
      b29[(i_v * 256 + 43)] = f_r24_43;
      b29[(i_v * 256 + 44)] = f_r24_44;
      b29[(i_v * 256 + 45)] = f_r24_45;
      b29[(i_v * 256 + 46)] = f_r24_46;
      b29[(i_v * 256 + 47)] = f_r24_47;
      b29[(i_v * 256 + 48)] = f_r24_48;
      b29[(i_v * 256 + 49)] = f_r24_49;
      b29[(i_v * 256 + 50)] = f_r24_50;
      b29[(i_v * 256 + 51)] = f_r24_51;
      b29[(i_v * 256 + 52)] = f_r24_52;
      b29[(i_v * 256 + 53)] = f_r24_53;
      b29[(i_v * 256 + 54)] = f_r24_54;
      b29[(i_v * 256 + 55)] = f_r24_55;
      b29[(i_v * 256 + 56)] = f_r24_56;
      b29[(i_v * 256 + 57)] = f_r24_57;
      b29[(i_v * 256 + 58)] = f_r24_58;
      b29[(i_v * 256 + 59)] = f_r24_59;
      b29[(i_v * 256 + 60)] = f_r24_60;
      b29[(i_v * 256 + 61)] = f_r24_61;
      b29[(i_v * 256 + 62)] = f_r24_62;
      b29[(i_v * 256 + 63)] = f_r24_63;
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b29[((i_v * 256 + 64) + i_j)] = b27[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b29[((i_v * 256 + 128) + i_j)] = b28[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b29[((i_v * 256 + 192) + i_j)] = b26[(i_v * 64 + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b30[(i_v * 256 + i_j)] = (b29[(i_v * 256 + i_j)] * b11[i_v]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b31[(i_v * 256 + i_j)] = (b29[(i_v * 256 + i_j)] * b12[i_v]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b32[(i_v * 832 + i_j)] = b17[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b32[((i_v * 832 + 64) + i_j)] = b29[(i_v * 256 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b32[((i_v * 832 + 320) + i_j)] = b30[(i_v * 256 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b32[((i_v * 832 + 576) + i_j)] = b31[(i_v * 256 + i_j)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b35[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 832; i_k++) {
        float f_a = b32[(i_v * 832 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b35[(i_v * 64 + i_c)] = (b35[(i_v * 64 + i_c)] + (f_a * b33[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b38[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = (b35[(i_v * 64 + i_k)] + b34[i_k]);
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b38[(i_v * 64 + i_c)] = (b38[(i_v * 64 + i_c)] + (f_a * b36[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b39[(i_v * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_relu((b38[(i_v * 64 + i_j)] + b37[i_j])), seed, 2ULL, (uint64_t)((i_v * 64 + i_j)), 8388608ULL, 2.0f) : gnnc_relu((b38[(i_v * 64 + i_j)] + b37[i_j])));
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b43[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b39[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b43[(i_v * 64 + i_c)] = (b43[(i_v * 64 + i_c)] + (f_a * b40[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b44[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b39[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b44[(i_v * 64 + i_c)] = (b44[(i_v * 64 + i_c)] + (f_a * b41[(i_k * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* add */
void k26_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b42 = (float*)buffers[42]; /* conv2.b_pre */
  float* restrict b43 = (float*)buffers[43]; /* t57 */
  float* restrict b44 = (float*)buffers[44]; /* t59 */
  float* restrict b45 = (float*)buffers[45]; /* conv2.m */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b45[(i_r * 64 + i_j)] = ((b43[((int64_t)b1[i_r] * 64 + i_j)] + b44[((int64_t)b0[i_r] * 64 + i_j)]) + b42[i_j]);
    }
  }
}

/* aggregate.dst.mean | aggregate.dst.mean | sqrt | aggregate.dst.min | aggregate.dst.max | concat | mul | mul | concat | matmul | matmul | add */
void k27_aggregate_dst_mean(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b11 = (float*)buffers[11]; /* t9 */
  float* restrict b12 = (float*)buffers[12]; /* t13 */
  float* restrict b39 = (float*)buffers[39]; /* h1 */
  float* restrict b45 = (float*)buffers[45]; /* conv2.m */
  float* restrict b47 = (float*)buffers[47]; /* t65 */
  float* restrict b48 = (float*)buffers[48]; /* conv2.std */
  float* restrict b49 = (float*)buffers[49]; /* t70 */
  float* restrict b50 = (float*)buffers[50]; /* t71 */
  float* restrict b51 = (float*)buffers[51]; /* conv2.a */
  float* restrict b52 = (float*)buffers[52]; /* conv2.amplified */
  float* restrict b53 = (float*)buffers[53]; /* conv2.attenuated */
  float* restrict b54 = (float*)buffers[54]; /* t75 */
  float* restrict b55 = (float*)buffers[55]; /* conv2.post.W */
  float* restrict b56 = (float*)buffers[56]; /* conv2.post.b */
  float* restrict b57 = (float*)buffers[57]; /* t78 */
  float* restrict b58 = (float*)buffers[58]; /* conv2.lin.W */
  float* restrict b59 = (float*)buffers[59]; /* conv2.lin.b */
  float* restrict b60 = (float*)buffers[60]; /* t82 */
  float* restrict b61 = (float*)buffers[61]; /* t83 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r46_0 = 0.0f;
    float f_r46_1 = 0.0f;
    float f_r46_2 = 0.0f;
    float f_r46_3 = 0.0f;
    float f_r46_4 = 0.0f;
    float f_r46_5 = 0.0f;
    float f_r46_6 = 0.0f;
    float f_r46_7 = 0.0f;
    float f_r46_8 = 0.0f;
    float f_r46_9 = 0.0f;
    float f_r46_10 = 0.0f;
    float f_r46_11 = 0.0f;
    float f_r46_12 = 0.0f;
    float f_r46_13 = 0.0f;
    float f_r46_14 = 0.0f;
    float f_r46_15 = 0.0f;
    float f_r46_16 = 0.0f;
    float f_r46_17 = 0.0f;
    float f_r46_18 = 0.0f;
    float f_r46_19 = 0.0f;
    float f_r46_20 = 0.0f;
    float f_r46_21 = 0.0f;
    float f_r46_22 = 0.0f;
    float f_r46_23 = 0.0f;
    float f_r46_24 = 0.0f;
    float f_r46_25 = 0.0f;
    float f_r46_26 = 0.0f;
    float f_r46_27 = 0.0f;
    float f_r46_28 = 0.0f;
    float f_r46_29 = 0.0f;
    float f_r46_30 = 0.0f;
    float f_r46_31 = 0.0f;
    float f_r46_32 = 0.0f;
    float f_r46_33 = 0.0f;
    float f_r46_34 = 0.0f;
    float f_r46_35 = 0.0f;
    float f_r46_36 = 0.0f;
    float f_r46_37 = 0.0f;
    float f_r46_38 = 0.0f;
    float f_r46_39 = 0.0f;
    float f_r46_40 = 0.0f;
    float f_r46_41 = 0.0f;
    float f_r46_42 = 0.0f;
    float f_r46_43 = 0.0f;
    float f_r46_44 = 0.0f;
    float f_r46_45 = 0.0f;
    float f_r46_46 = 0.0f;
    float f_r46_47 = 0.0f;
    float f_r46_48 = 0.0f;
    float f_r46_49 = 0.0f;
    float f_r46_50 = 0.0f;
    float f_r46_51 = 0.0f;
    float f_r46_52 = 0.0f;
    float f_r46_53 = 0.0f;
    float f_r46_54 = 0.0f;
    float f_r46_55 = 0.0f;
    float f_r46_56 = 0.0f;
    float f_r46_57 = 0.0f;
    float f_r46_58 = 0.0f;
    float f_r46_59 = 0.0f;
    float f_r46_60 = 0.0f;
    float f_r46_61 = 0.0f;
    float f_r46_62 = 0.0f;
    float f_r46_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r46_0 = 0.0f;
      f_r46_1 = 0.0f;
      f_r46_2 = 0.0f;
      f_r46_3 = 0.0f;
      f_r46_4 = 0.0f;
      f_r46_5 = 0.0f;
      f_r46_6 = 0.0f;
      f_r46_7 = 0.0f;
      f_r46_8 = 0.0f;
      f_r46_9 = 0.0f;
      f_r46_10 = 0.0f;
      f_r46_11 = 0.0f;
      f_r46_12 = 0.0f;
      f_r46_13 = 0.0f;
      f_r46_14 = 0.0f;
      f_r46_15 = 0.0f;
      f_r46_16 = 0.0f;
      f_r46_17 = 0.0f;
      f_r46_18 = 0.0f;
      f_r46_19 = 0.0f;
      f_r46_20 = 0.0f;
      f_r46_21 = 0.0f;
      f_r46_22 = 0.0f;
      f_r46_23 = 0.0f;
      f_r46_24 = 0.0f;
      f_r46_25 = 0.0f;
      f_r46_26 = 0.0f;
      f_r46_27 = 0.0f;
      f_r46_28 = 0.0f;
      f_r46_29 = 0.0f;
      f_r46_30 = 0.0f;
      f_r46_31 = 0.0f;
      f_r46_32 = 0.0f;
      f_r46_33 = 0.0f;
      f_r46_34 = 0.0f;
      f_r46_35 = 0.0f;
      f_r46_36 = 0.0f;
      f_r46_37 = 0.0f;
      f_r46_38 = 0.0f;
      f_r46_39 = 0.0f;
      f_r46_40 = 0.0f;
      f_r46_41 = 0.0f;
      f_r46_42 = 0.0f;
      f_r46_43 = 0.0f;
      f_r46_44 = 0.0f;
      f_r46_45 = 0.0f;
      f_r46_46 = 0.0f;
      f_r46_47 = 0.0f;
      f_r46_48 = 0.0f;
      f_r46_49 = 0.0f;
      f_r46_50 = 0.0f;
      f_r46_51 = 0.0f;
      f_r46_52 = 0.0f;
      f_r46_53 = 0.0f;
      f_r46_54 = 0.0f;
      f_r46_55 = 0.0f;
      f_r46_56 = 0.0f;
      f_r46_57 = 0.0f;
      f_r46_58 = 0.0f;
      f_r46_59 = 0.0f;
      f_r46_60 = 0.0f;
      f_r46_61 = 0.0f;
      f_r46_62 = 0.0f;
      f_r46_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        int64_t i_e = (int64_t)b3[i_q];
        f_r46_0 = (f_r46_0 + b45[(i_e * 64 + 0)]);
        f_r46_1 = (f_r46_1 + b45[(i_e * 64 + 1)]);
        f_r46_2 = (f_r46_2 + b45[(i_e * 64 + 2)]);
        f_r46_3 = (f_r46_3 + b45[(i_e * 64 + 3)]);
        f_r46_4 = (f_r46_4 + b45[(i_e * 64 + 4)]);
        f_r46_5 = (f_r46_5 + b45[(i_e * 64 + 5)]);
        f_r46_6 = (f_r46_6 + b45[(i_e * 64 + 6)]);
        f_r46_7 = (f_r46_7 + b45[(i_e * 64 + 7)]);
        f_r46_8 = (f_r46_8 + b45[(i_e * 64 + 8)]);
        f_r46_9 = (f_r46_9 + b45[(i_e * 64 + 9)]);
        f_r46_10 = (f_r46_10 + b45[(i_e * 64 + 10)]);
        f_r46_11 = (f_r46_11 + b45[(i_e * 64 + 11)]);
        f_r46_12 = (f_r46_12 + b45[(i_e * 64 + 12)]);
        f_r46_13 = (f_r46_13 + b45[(i_e * 64 + 13)]);
        f_r46_14 = (f_r46_14 + b45[(i_e * 64 + 14)]);
        f_r46_15 = (f_r46_15 + b45[(i_e * 64 + 15)]);
        f_r46_16 = (f_r46_16 + b45[(i_e * 64 + 16)]);
        f_r46_17 = (f_r46_17 + b45[(i_e * 64 + 17)]);
        f_r46_18 = (f_r46_18 + b45[(i_e * 64 + 18)]);
        f_r46_19 = (f_r46_19 + b45[(i_e * 64 + 19)]);
        f_r46_20 = (f_r46_20 + b45[(i_e * 64 + 20)]);
        f_r46_21 = (f_r46_21 + b45[(i_e * 64 + 21)]);
        f_r46_22 = (f_r46_22 + b45[(i_e * 64 + 22)]);
        f_r46_23 = (f_r46_23 + b45[(i_e * 64 + 23)]);
        f_r46_24 = (f_r46_24 + b45[(i_e * 64 + 24)]);
        f_r46_25 = (f_r46_25 + b45[(i_e * 64 + 25)]);
        f_r46_26 = (f_r46_26 + b45[(i_e * 64 + 26)]);
        f_r46_27 = (f_r46_27 + b45[(i_e * 64 + 27)]);
        f_r46_28 = (f_r46_28 + b45[(i_e * 64 + 28)]);
        f_r46_29 = (f_r46_29 + b45[(i_e * 64 + 29)]);
        f_r46_30 = (f_r46_30 + b45[(i_e * 64 + 30)]);
        f_r46_31 = (f_r46_31 + b45[(i_e * 64 + 31)]);
        f_r46_32 = (f_r46_32 + b45[(i_e * 64 + 32)]);
        f_r46_33 = (f_r46_33 + b45[(i_e * 64 + 33)]);
        f_r46_34 = (f_r46_34 + b45[(i_e * 64 + 34)]);
        f_r46_35 = (f_r46_35 + b45[(i_e * 64 + 35)]);
        f_r46_36 = (f_r46_36 + b45[(i_e * 64 + 36)]);
        f_r46_37 = (f_r46_37 + b45[(i_e * 64 + 37)]);
        f_r46_38 = (f_r46_38 + b45[(i_e * 64 + 38)]);
        f_r46_39 = (f_r46_39 + b45[(i_e * 64 + 39)]);
        f_r46_40 = (f_r46_40 + b45[(i_e * 64 + 40)]);
        f_r46_41 = (f_r46_41 + b45[(i_e * 64 + 41)]);
        f_r46_42 = (f_r46_42 + b45[(i_e * 64 + 42)]);
        f_r46_43 = (f_r46_43 + b45[(i_e * 64 + 43)]);
        f_r46_44 = (f_r46_44 + b45[(i_e * 64 + 44)]);
        f_r46_45 = (f_r46_45 + b45[(i_e * 64 + 45)]);
        f_r46_46 = (f_r46_46 + b45[(i_e * 64 + 46)]);
        f_r46_47 = (f_r46_47 + b45[(i_e * 64 + 47)]);
        f_r46_48 = (f_r46_48 + b45[(i_e * 64 + 48)]);
        f_r46_49 = (f_r46_49 + b45[(i_e * 64 + 49)]);
        f_r46_50 = (f_r46_50 + b45[(i_e * 64 + 50)]);
        f_r46_51 = (f_r46_51 + b45[(i_e * 64 + 51)]);
        f_r46_52 = (f_r46_52 + b45[(i_e * 64 + 52)]);
        f_r46_53 = (f_r46_53 + b45[(i_e * 64 + 53)]);
        f_r46_54 = (f_r46_54 + b45[(i_e * 64 + 54)]);
        f_r46_55 = (f_r46_55 + b45[(i_e * 64 + 55)]);
        f_r46_56 = (f_r46_56 + b45[(i_e * 64 + 56)]);
        f_r46_57 = (f_r46_57 + b45[(i_e * 64 + 57)]);
        f_r46_58 = (f_r46_58 + b45[(i_e * 64 + 58)]);
        f_r46_59 = (f_r46_59 + b45[(i_e * 64 + 59)]);
        f_r46_60 = (f_r46_60 + b45[(i_e * 64 + 60)]);
        f_r46_61 = (f_r46_61 + b45[(i_e * 64 + 61)]);
        f_r46_62 = (f_r46_62 + b45[(i_e * 64 + 62)]);
        f_r46_63 = (f_r46_63 + b45[(i_e * 64 + 63)]);
      }
      f_r46_0 = (f_r46_0 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_1 = (f_r46_1 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_2 = (f_r46_2 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_3 = (f_r46_3 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_4 = (f_r46_4 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_5 = (f_r46_5 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_6 = (f_r46_6 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_7 = (f_r46_7 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_8 = (f_r46_8 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_9 = (f_r46_9 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_10 = (f_r46_10 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_11 = (f_r46_11 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_12 = (f_r46_12 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_13 = (f_r46_13 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_14 = (f_r46_14 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_15 = (f_r46_15 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_16 = (f_r46_16 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_17 = (f_r46_17 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_18 = (f_r46_18 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_19 = (f_r46_19 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_20 = (f_r46_20 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_21 = (f_r46_21 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_22 = (f_r46_22 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_23 = (f_r46_23 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_24 = (f_r46_24 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_25 = (f_r46_25 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_26 = (f_r46_26 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_27 = (f_r46_27 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_28 = (f_r46_28 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_29 = (f_r46_29 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_30 = (f_r46_30 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_31 = (f_r46_31 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_32 = (f_r46_32 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_33 = (f_r46_33 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_34 = (f_r46_34 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_35 = (f_r46_35 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_36 = (f_r46_36 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_37 = (f_r46_37 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_38 = (f_r46_38 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_39 = (f_r46_39 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_40 = (f_r46_40 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_41 = (f_r46_41 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_42 = (f_r46_42 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_43 = (f_r46_43 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_44 = (f_r46_44 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_45 = (f_r46_45 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_46 = (f_r46_46 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_47 = (f_r46_47 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_48 = (f_r46_48 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_49 = (f_r46_49 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_50 = (f_r46_50 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_51 = (f_r46_51 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_52 = (f_r46_52 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_53 = (f_r46_53 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_54 = (f_r46_54 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_55 = (f_r46_55 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_56 = (f_r46_56 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_57 = (f_r46_57 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_58 = (f_r46_58 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_59 = (f_r46_59 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_60 = (f_r46_60 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_61 = (f_r46_61 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_62 = (f_r46_62 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r46_63 = (f_r46_63 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b47[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b47[(i_v * 64 + i_j)] = (b47[(i_v * 64 + i_j)] + gnnc_square(b45[(i_e * 64 + i_j)]));
        }
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b47[(i_v * 64 + i_j)] = (b47[(i_v * 64 + i_j)] / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      }
    }
    {
      b48[(i_v * 64 + 0)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 0)] - gnnc_square(f_r46_0)), 1e-05f));
      b48[(i_v * 64 + 1)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 1)] - gnnc_square(f_r46_1)), 1e-05f));
      b48[(i_v * 64 + 2)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 2)] - gnnc_square(f_r46_2)), 1e-05f));
      b48[(i_v * 64 + 3)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 3)] - gnnc_square(f_r46_3)), 1e-05f));
      b48[(i_v * 64 + 4)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 4)] - gnnc_square(f_r46_4)), 1e-05f));
      b48[(i_v * 64 + 5)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 5)] - gnnc_square(f_r46_5)), 1e-05f));
      b48[(i_v * 64 + 6)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 6)] - gnnc_square(f_r46_6)), 1e-05f));
      b48[(i_v * 64 + 7)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 7)] - gnnc_square(f_r46_7)), 1e-05f));
      b48[(i_v * 64 + 8)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 8)] - gnnc_square(f_r46_8)), 1e-05f));
      b48[(i_v * 64 + 9)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 9)] - gnnc_square(f_r46_9)), 1e-05f));
      b48[(i_v * 64 + 10)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 10)] - gnnc_square(f_r46_10)), 1e-05f));
      b48[(i_v * 64 + 11)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 11)] - gnnc_square(f_r46_11)), 1e-05f));
      b48[(i_v * 64 + 12)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 12)] - gnnc_square(f_r46_12)), 1e-05f));
      b48[(i_v * 64 + 13)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 13)] - gnnc_square(f_r46_13)), 1e-05f));
      b48[(i_v * 64 + 14)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 14)] - gnnc_square(f_r46_14)), 1e-05f));
      b48[(i_v * 64 + 15)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 15)] - gnnc_square(f_r46_15)), 1e-05f));
      b48[(i_v * 64 + 16)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 16)] - gnnc_square(f_r46_16)), 1e-05f));
      b48[(i_v * 64 + 17)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 17)] - gnnc_square(f_r46_17)), 1e-05f));
      b48[(i_v * 64 + 18)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 18)] - gnnc_square(f_r46_18)), 1e-05f));
      b48[(i_v * 64 + 19)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 19)] - gnnc_square(f_r46_19)), 1e-05f));
      b48[(i_v * 64 + 20)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 20)] - gnnc_square(f_r46_20)), 1e-05f));
      b48[(i_v * 64 + 21)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 21)] - gnnc_square(f_r46_21)), 1e-05f));
      b48[(i_v * 64 + 22)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 22)] - gnnc_square(f_r46_22)), 1e-05f));
      b48[(i_v * 64 + 23)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 23)] - gnnc_square(f_r46_23)), 1e-05f));
      b48[(i_v * 64 + 24)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 24)] - gnnc_square(f_r46_24)), 1e-05f));
      b48[(i_v * 64 + 25)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 25)] - gnnc_square(f_r46_25)), 1e-05f));
      b48[(i_v * 64 + 26)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 26)] - gnnc_square(f_r46_26)), 1e-05f));
      b48[(i_v * 64 + 27)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 27)] - gnnc_square(f_r46_27)), 1e-05f));
      b48[(i_v * 64 + 28)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 28)] - gnnc_square(f_r46_28)), 1e-05f));
      b48[(i_v * 64 + 29)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 29)] - gnnc_square(f_r46_29)), 1e-05f));
      b48[(i_v * 64 + 30)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 30)] - gnnc_square(f_r46_30)), 1e-05f));
      b48[(i_v * 64 + 31)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 31)] - gnnc_square(f_r46_31)), 1e-05f));
      b48[(i_v * 64 + 32)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 32)] - gnnc_square(f_r46_32)), 1e-05f));
      b48[(i_v * 64 + 33)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 33)] - gnnc_square(f_r46_33)), 1e-05f));
      b48[(i_v * 64 + 34)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 34)] - gnnc_square(f_r46_34)), 1e-05f));
      b48[(i_v * 64 + 35)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 35)] - gnnc_square(f_r46_35)), 1e-05f));
      b48[(i_v * 64 + 36)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 36)] - gnnc_square(f_r46_36)), 1e-05f));
      b48[(i_v * 64 + 37)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 37)] - gnnc_square(f_r46_37)), 1e-05f));
      b48[(i_v * 64 + 38)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 38)] - gnnc_square(f_r46_38)), 1e-05f));
      b48[(i_v * 64 + 39)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 39)] - gnnc_square(f_r46_39)), 1e-05f));
      b48[(i_v * 64 + 40)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 40)] - gnnc_square(f_r46_40)), 1e-05f));
      b48[(i_v * 64 + 41)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 41)] - gnnc_square(f_r46_41)), 1e-05f));
      b48[(i_v * 64 + 42)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 42)] - gnnc_square(f_r46_42)), 1e-05f));
      b48[(i_v * 64 + 43)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 43)] - gnnc_square(f_r46_43)), 1e-05f));
      b48[(i_v * 64 + 44)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 44)] - gnnc_square(f_r46_44)), 1e-05f));
      b48[(i_v * 64 + 45)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 45)] - gnnc_square(f_r46_45)), 1e-05f));
      b48[(i_v * 64 + 46)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 46)] - gnnc_square(f_r46_46)), 1e-05f));
      b48[(i_v * 64 + 47)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 47)] - gnnc_square(f_r46_47)), 1e-05f));
      b48[(i_v * 64 + 48)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 48)] - gnnc_square(f_r46_48)), 1e-05f));
      b48[(i_v * 64 + 49)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 49)] - gnnc_square(f_r46_49)), 1e-05f));
      b48[(i_v * 64 + 50)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 50)] - gnnc_square(f_r46_50)), 1e-05f));
      b48[(i_v * 64 + 51)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 51)] - gnnc_square(f_r46_51)), 1e-05f));
      b48[(i_v * 64 + 52)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 52)] - gnnc_square(f_r46_52)), 1e-05f));
      b48[(i_v * 64 + 53)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 53)] - gnnc_square(f_r46_53)), 1e-05f));
      b48[(i_v * 64 + 54)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 54)] - gnnc_square(f_r46_54)), 1e-05f));
      b48[(i_v * 64 + 55)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 55)] - gnnc_square(f_r46_55)), 1e-05f));
      b48[(i_v * 64 + 56)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 56)] - gnnc_square(f_r46_56)), 1e-05f));
      b48[(i_v * 64 + 57)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 57)] - gnnc_square(f_r46_57)), 1e-05f));
      b48[(i_v * 64 + 58)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 58)] - gnnc_square(f_r46_58)), 1e-05f));
      b48[(i_v * 64 + 59)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 59)] - gnnc_square(f_r46_59)), 1e-05f));
      b48[(i_v * 64 + 60)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 60)] - gnnc_square(f_r46_60)), 1e-05f));
      b48[(i_v * 64 + 61)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 61)] - gnnc_square(f_r46_61)), 1e-05f));
      b48[(i_v * 64 + 62)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 62)] - gnnc_square(f_r46_62)), 1e-05f));
      b48[(i_v * 64 + 63)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + 63)] - gnnc_square(f_r46_63)), 1e-05f));
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        float f_acc = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          f_acc = b45[(i_e * 64 + i_j)];
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            f_acc = fminf(f_acc, b45[(i_e * 64 + i_j)]);
          }
        }
        b49[(i_v * 64 + i_j)] = f_acc;
      }
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        float f_acc = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          f_acc = b45[(i_e * 64 + i_j)];
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            f_acc = fmaxf(f_acc, b45[(i_e * 64 + i_j)]);
          }
        }
        b50[(i_v * 64 + i_j)] = f_acc;
      }
    }
    {
      b51[(i_v * 256 + 0)] = f_r46_0;
      b51[(i_v * 256 + 1)] = f_r46_1;
      b51[(i_v * 256 + 2)] = f_r46_2;
      b51[(i_v * 256 + 3)] = f_r46_3;
      b51[(i_v * 256 + 4)] = f_r46_4;
      b51[(i_v * 256 + 5)] = f_r46_5;
      b51[(i_v * 256 + 6)] = f_r46_6;
      b51[(i_v * 256 + 7)] = f_r46_7;
      b51[(i_v * 256 + 8)] = f_r46_8;
      b51[(i_v * 256 + 9)] = f_r46_9;
      b51[(i_v * 256 + 10)] = f_r46_10;
      b51[(i_v * 256 + 11)] = f_r46_11;
      b51[(i_v * 256 + 12)] = f_r46_12;
      b51[(i_v * 256 + 13)] = f_r46_13;
      b51[(i_v * 256 + 14)] = f_r46_14;
      b51[(i_v * 256 + 15)] = f_r46_15;
      b51[(i_v * 256 + 16)] = f_r46_16;
      b51[(i_v * 256 + 17)] = f_r46_17;
      b51[(i_v * 256 + 18)] = f_r46_18;
      b51[(i_v * 256 + 19)] = f_r46_19;
      b51[(i_v * 256 + 20)] = f_r46_20;
      b51[(i_v * 256 + 21)] = f_r46_21;
      b51[(i_v * 256 + 22)] = f_r46_22;
      b51[(i_v * 256 + 23)] = f_r46_23;
      b51[(i_v * 256 + 24)] = f_r46_24;
      b51[(i_v * 256 + 25)] = f_r46_25;
      b51[(i_v * 256 + 26)] = f_r46_26;
      b51[(i_v * 256 + 27)] = f_r46_27;
      b51[(i_v * 256 + 28)] = f_r46_28;
      b51[(i_v * 256 + 29)] = f_r46_29;
      b51[(i_v * 256 + 30)] = f_r46_30;
      b51[(i_v * 256 + 31)] = f_r46_31;
      b51[(i_v * 256 + 32)] = f_r46_32;
      b51[(i_v * 256 + 33)] = f_r46_33;
      b51[(i_v * 256 + 34)] = f_r46_34;
      b51[(i_v * 256 + 35)] = f_r46_35;
      b51[(i_v * 256 + 36)] = f_r46_36;
      b51[(i_v * 256 + 37)] = f_r46_37;
      b51[(i_v * 256 + 38)] = f_r46_38;
      b51[(i_v * 256 + 39)] = f_r46_39;
      b51[(i_v * 256 + 40)] = f_r46_40;
      b51[(i_v * 256 + 41)] = f_r46_41;
      b51[(i_v * 256 + 42)] = f_r46_42;
      b51[(i_v * 256 + 43)] = f_r46_43;
      b51[(i_v * 256 + 44)] = f_r46_44;
      b51[(i_v * 256 + 45)] = f_r46_45;
      b51[(i_v * 256 + 46)] = f_r46_46;
      b51[(i_v * 256 + 47)] = f_r46_47;
      b51[(i_v * 256 + 48)] = f_r46_48;
      b51[(i_v * 256 + 49)] = f_r46_49;
      b51[(i_v * 256 + 50)] = f_r46_50;
      b51[(i_v * 256 + 51)] = f_r46_51;
      b51[(i_v * 256 + 52)] = f_r46_52;
      b51[(i_v * 256 + 53)] = f_r46_53;
      b51[(i_v * 256 + 54)] = f_r46_54;
      b51[(i_v * 256 + 55)] = f_r46_55;
      b51[(i_v * 256 + 56)] = f_r46_56;
      b51[(i_v * 256 + 57)] = f_r46_57;
      b51[(i_v * 256 + 58)] = f_r46_58;
      b51[(i_v * 256 + 59)] = f_r46_59;
      b51[(i_v * 256 + 60)] = f_r46_60;
      b51[(i_v * 256 + 61)] = f_r46_61;
      b51[(i_v * 256 + 62)] = f_r46_62;
      b51[(i_v * 256 + 63)] = f_r46_63;
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b51[((i_v * 256 + 64) + i_j)] = b49[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b51[((i_v * 256 + 128) + i_j)] = b50[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b51[((i_v * 256 + 192) + i_j)] = b48[(i_v * 64 + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b52[(i_v * 256 + i_j)] = (b51[(i_v * 256 + i_j)] * b11[i_v]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b53[(i_v * 256 + i_j)] = (b51[(i_v * 256 + i_j)] * b12[i_v]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b54[(i_v * 832 + i_j)] = b39[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b54[((i_v * 832 + 64) + i_j)] = b51[(i_v * 256 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b54[((i_v * 832 + 320) + i_j)] = b52[(i_v * 256 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b54[((i_v * 832 + 576) + i_j)] = b53[(i_v * 256 + i_j)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b57[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 832; i_k++) {
        float f_a = b54[(i_v * 832 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b57[(i_v * s_C + i_c)] = (b57[(i_v * s_C + i_c)] + (f_a * b55[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b60[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_C; i_k++) {
        float f_a = (b57[(i_v * s_C + i_k)] + b56[i_k]);
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b60[(i_v * s_C + i_c)] = (b60[(i_v * s_C + i_c)] + (f_a * b58[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b61[(i_v * s_C + i_j)] = (b60[(i_v * s_C + i_j)] + b59[i_j]);
      }
    }
  }
}
