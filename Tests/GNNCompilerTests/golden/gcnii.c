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
GNNC_INLINE float gnnc_rsqrt(float x) { return 1.0f / sqrtf(x); }
/* program GCNII: 99 buffers, 17 kernels */

/* in_degree | rsqrt | matmul | relu | mul */
void k0_in_degree(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b6 = (float*)buffers[6]; /* t0 */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b8 = (float*)buffers[8]; /* x */
  float* restrict b9 = (float*)buffers[9]; /* lin1.W */
  float* restrict b10 = (float*)buffers[10]; /* lin1.b */
  float* restrict b11 = (float*)buffers[11]; /* t40 */
  float* restrict b12 = (float*)buffers[12]; /* h0 */
  float* restrict b14 = (float*)buffers[14]; /* t45 */
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
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b11[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = (training ? gnnc_dropout_mul(b8[(i_v * s_F + i_k)], seed, 0ULL, (uint64_t)((i_v * s_F + i_k)), 10066329ULL, 2.5f) : b8[(i_v * s_F + i_k)]);
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b11[(i_v * 64 + i_c)] = (b11[(i_v * 64 + i_c)] + (f_a * b9[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b12[(i_v * 64 + i_j)] = gnnc_relu((b11[(i_v * 64 + i_j)] + b10[i_j]));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b14[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(b12[(i_v * 64 + i_j)], seed, 1ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : b12[(i_v * 64 + i_j)]) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | mul | add | matmul | mul */
void k5_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b12 = (float*)buffers[12]; /* h0 */
  float* restrict b13 = (float*)buffers[13]; /* convs.1.W */
  float* restrict b14 = (float*)buffers[14]; /* t45 */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b17 = (float*)buffers[17]; /* convs.1.s */
  float* restrict b18 = (float*)buffers[18]; /* t53 */
  float* restrict b20 = (float*)buffers[20]; /* t59 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r15_0 = 0.0f;
    float f_r15_1 = 0.0f;
    float f_r15_2 = 0.0f;
    float f_r15_3 = 0.0f;
    float f_r15_4 = 0.0f;
    float f_r15_5 = 0.0f;
    float f_r15_6 = 0.0f;
    float f_r15_7 = 0.0f;
    float f_r15_8 = 0.0f;
    float f_r15_9 = 0.0f;
    float f_r15_10 = 0.0f;
    float f_r15_11 = 0.0f;
    float f_r15_12 = 0.0f;
    float f_r15_13 = 0.0f;
    float f_r15_14 = 0.0f;
    float f_r15_15 = 0.0f;
    float f_r15_16 = 0.0f;
    float f_r15_17 = 0.0f;
    float f_r15_18 = 0.0f;
    float f_r15_19 = 0.0f;
    float f_r15_20 = 0.0f;
    float f_r15_21 = 0.0f;
    float f_r15_22 = 0.0f;
    float f_r15_23 = 0.0f;
    float f_r15_24 = 0.0f;
    float f_r15_25 = 0.0f;
    float f_r15_26 = 0.0f;
    float f_r15_27 = 0.0f;
    float f_r15_28 = 0.0f;
    float f_r15_29 = 0.0f;
    float f_r15_30 = 0.0f;
    float f_r15_31 = 0.0f;
    float f_r15_32 = 0.0f;
    float f_r15_33 = 0.0f;
    float f_r15_34 = 0.0f;
    float f_r15_35 = 0.0f;
    float f_r15_36 = 0.0f;
    float f_r15_37 = 0.0f;
    float f_r15_38 = 0.0f;
    float f_r15_39 = 0.0f;
    float f_r15_40 = 0.0f;
    float f_r15_41 = 0.0f;
    float f_r15_42 = 0.0f;
    float f_r15_43 = 0.0f;
    float f_r15_44 = 0.0f;
    float f_r15_45 = 0.0f;
    float f_r15_46 = 0.0f;
    float f_r15_47 = 0.0f;
    float f_r15_48 = 0.0f;
    float f_r15_49 = 0.0f;
    float f_r15_50 = 0.0f;
    float f_r15_51 = 0.0f;
    float f_r15_52 = 0.0f;
    float f_r15_53 = 0.0f;
    float f_r15_54 = 0.0f;
    float f_r15_55 = 0.0f;
    float f_r15_56 = 0.0f;
    float f_r15_57 = 0.0f;
    float f_r15_58 = 0.0f;
    float f_r15_59 = 0.0f;
    float f_r15_60 = 0.0f;
    float f_r15_61 = 0.0f;
    float f_r15_62 = 0.0f;
    float f_r15_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r15_0 = 0.0f;
      f_r15_1 = 0.0f;
      f_r15_2 = 0.0f;
      f_r15_3 = 0.0f;
      f_r15_4 = 0.0f;
      f_r15_5 = 0.0f;
      f_r15_6 = 0.0f;
      f_r15_7 = 0.0f;
      f_r15_8 = 0.0f;
      f_r15_9 = 0.0f;
      f_r15_10 = 0.0f;
      f_r15_11 = 0.0f;
      f_r15_12 = 0.0f;
      f_r15_13 = 0.0f;
      f_r15_14 = 0.0f;
      f_r15_15 = 0.0f;
      f_r15_16 = 0.0f;
      f_r15_17 = 0.0f;
      f_r15_18 = 0.0f;
      f_r15_19 = 0.0f;
      f_r15_20 = 0.0f;
      f_r15_21 = 0.0f;
      f_r15_22 = 0.0f;
      f_r15_23 = 0.0f;
      f_r15_24 = 0.0f;
      f_r15_25 = 0.0f;
      f_r15_26 = 0.0f;
      f_r15_27 = 0.0f;
      f_r15_28 = 0.0f;
      f_r15_29 = 0.0f;
      f_r15_30 = 0.0f;
      f_r15_31 = 0.0f;
      f_r15_32 = 0.0f;
      f_r15_33 = 0.0f;
      f_r15_34 = 0.0f;
      f_r15_35 = 0.0f;
      f_r15_36 = 0.0f;
      f_r15_37 = 0.0f;
      f_r15_38 = 0.0f;
      f_r15_39 = 0.0f;
      f_r15_40 = 0.0f;
      f_r15_41 = 0.0f;
      f_r15_42 = 0.0f;
      f_r15_43 = 0.0f;
      f_r15_44 = 0.0f;
      f_r15_45 = 0.0f;
      f_r15_46 = 0.0f;
      f_r15_47 = 0.0f;
      f_r15_48 = 0.0f;
      f_r15_49 = 0.0f;
      f_r15_50 = 0.0f;
      f_r15_51 = 0.0f;
      f_r15_52 = 0.0f;
      f_r15_53 = 0.0f;
      f_r15_54 = 0.0f;
      f_r15_55 = 0.0f;
      f_r15_56 = 0.0f;
      f_r15_57 = 0.0f;
      f_r15_58 = 0.0f;
      f_r15_59 = 0.0f;
      f_r15_60 = 0.0f;
      f_r15_61 = 0.0f;
      f_r15_62 = 0.0f;
      f_r15_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r15_0 = (f_r15_0 + b14[((int64_t)b98[i_q] * 64 + 0)]);
        f_r15_1 = (f_r15_1 + b14[((int64_t)b98[i_q] * 64 + 1)]);
        f_r15_2 = (f_r15_2 + b14[((int64_t)b98[i_q] * 64 + 2)]);
        f_r15_3 = (f_r15_3 + b14[((int64_t)b98[i_q] * 64 + 3)]);
        f_r15_4 = (f_r15_4 + b14[((int64_t)b98[i_q] * 64 + 4)]);
        f_r15_5 = (f_r15_5 + b14[((int64_t)b98[i_q] * 64 + 5)]);
        f_r15_6 = (f_r15_6 + b14[((int64_t)b98[i_q] * 64 + 6)]);
        f_r15_7 = (f_r15_7 + b14[((int64_t)b98[i_q] * 64 + 7)]);
        f_r15_8 = (f_r15_8 + b14[((int64_t)b98[i_q] * 64 + 8)]);
        f_r15_9 = (f_r15_9 + b14[((int64_t)b98[i_q] * 64 + 9)]);
        f_r15_10 = (f_r15_10 + b14[((int64_t)b98[i_q] * 64 + 10)]);
        f_r15_11 = (f_r15_11 + b14[((int64_t)b98[i_q] * 64 + 11)]);
        f_r15_12 = (f_r15_12 + b14[((int64_t)b98[i_q] * 64 + 12)]);
        f_r15_13 = (f_r15_13 + b14[((int64_t)b98[i_q] * 64 + 13)]);
        f_r15_14 = (f_r15_14 + b14[((int64_t)b98[i_q] * 64 + 14)]);
        f_r15_15 = (f_r15_15 + b14[((int64_t)b98[i_q] * 64 + 15)]);
        f_r15_16 = (f_r15_16 + b14[((int64_t)b98[i_q] * 64 + 16)]);
        f_r15_17 = (f_r15_17 + b14[((int64_t)b98[i_q] * 64 + 17)]);
        f_r15_18 = (f_r15_18 + b14[((int64_t)b98[i_q] * 64 + 18)]);
        f_r15_19 = (f_r15_19 + b14[((int64_t)b98[i_q] * 64 + 19)]);
        f_r15_20 = (f_r15_20 + b14[((int64_t)b98[i_q] * 64 + 20)]);
        f_r15_21 = (f_r15_21 + b14[((int64_t)b98[i_q] * 64 + 21)]);
        f_r15_22 = (f_r15_22 + b14[((int64_t)b98[i_q] * 64 + 22)]);
        f_r15_23 = (f_r15_23 + b14[((int64_t)b98[i_q] * 64 + 23)]);
        f_r15_24 = (f_r15_24 + b14[((int64_t)b98[i_q] * 64 + 24)]);
        f_r15_25 = (f_r15_25 + b14[((int64_t)b98[i_q] * 64 + 25)]);
        f_r15_26 = (f_r15_26 + b14[((int64_t)b98[i_q] * 64 + 26)]);
        f_r15_27 = (f_r15_27 + b14[((int64_t)b98[i_q] * 64 + 27)]);
        f_r15_28 = (f_r15_28 + b14[((int64_t)b98[i_q] * 64 + 28)]);
        f_r15_29 = (f_r15_29 + b14[((int64_t)b98[i_q] * 64 + 29)]);
        f_r15_30 = (f_r15_30 + b14[((int64_t)b98[i_q] * 64 + 30)]);
        f_r15_31 = (f_r15_31 + b14[((int64_t)b98[i_q] * 64 + 31)]);
        f_r15_32 = (f_r15_32 + b14[((int64_t)b98[i_q] * 64 + 32)]);
        f_r15_33 = (f_r15_33 + b14[((int64_t)b98[i_q] * 64 + 33)]);
        f_r15_34 = (f_r15_34 + b14[((int64_t)b98[i_q] * 64 + 34)]);
        f_r15_35 = (f_r15_35 + b14[((int64_t)b98[i_q] * 64 + 35)]);
        f_r15_36 = (f_r15_36 + b14[((int64_t)b98[i_q] * 64 + 36)]);
        f_r15_37 = (f_r15_37 + b14[((int64_t)b98[i_q] * 64 + 37)]);
        f_r15_38 = (f_r15_38 + b14[((int64_t)b98[i_q] * 64 + 38)]);
        f_r15_39 = (f_r15_39 + b14[((int64_t)b98[i_q] * 64 + 39)]);
        f_r15_40 = (f_r15_40 + b14[((int64_t)b98[i_q] * 64 + 40)]);
        f_r15_41 = (f_r15_41 + b14[((int64_t)b98[i_q] * 64 + 41)]);
        f_r15_42 = (f_r15_42 + b14[((int64_t)b98[i_q] * 64 + 42)]);
        f_r15_43 = (f_r15_43 + b14[((int64_t)b98[i_q] * 64 + 43)]);
        f_r15_44 = (f_r15_44 + b14[((int64_t)b98[i_q] * 64 + 44)]);
        f_r15_45 = (f_r15_45 + b14[((int64_t)b98[i_q] * 64 + 45)]);
        f_r15_46 = (f_r15_46 + b14[((int64_t)b98[i_q] * 64 + 46)]);
        f_r15_47 = (f_r15_47 + b14[((int64_t)b98[i_q] * 64 + 47)]);
        f_r15_48 = (f_r15_48 + b14[((int64_t)b98[i_q] * 64 + 48)]);
        f_r15_49 = (f_r15_49 + b14[((int64_t)b98[i_q] * 64 + 49)]);
        f_r15_50 = (f_r15_50 + b14[((int64_t)b98[i_q] * 64 + 50)]);
        f_r15_51 = (f_r15_51 + b14[((int64_t)b98[i_q] * 64 + 51)]);
        f_r15_52 = (f_r15_52 + b14[((int64_t)b98[i_q] * 64 + 52)]);
        f_r15_53 = (f_r15_53 + b14[((int64_t)b98[i_q] * 64 + 53)]);
        f_r15_54 = (f_r15_54 + b14[((int64_t)b98[i_q] * 64 + 54)]);
        f_r15_55 = (f_r15_55 + b14[((int64_t)b98[i_q] * 64 + 55)]);
        f_r15_56 = (f_r15_56 + b14[((int64_t)b98[i_q] * 64 + 56)]);
        f_r15_57 = (f_r15_57 + b14[((int64_t)b98[i_q] * 64 + 57)]);
        f_r15_58 = (f_r15_58 + b14[((int64_t)b98[i_q] * 64 + 58)]);
        f_r15_59 = (f_r15_59 + b14[((int64_t)b98[i_q] * 64 + 59)]);
        f_r15_60 = (f_r15_60 + b14[((int64_t)b98[i_q] * 64 + 60)]);
        f_r15_61 = (f_r15_61 + b14[((int64_t)b98[i_q] * 64 + 61)]);
        f_r15_62 = (f_r15_62 + b14[((int64_t)b98[i_q] * 64 + 62)]);
        f_r15_63 = (f_r15_63 + b14[((int64_t)b98[i_q] * 64 + 63)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b16[(i_v * 64 + i_j)] = (b12[(i_v * 64 + i_j)] * 0.1f);
      }
    }
    {
      b17[(i_v * 64 + 0)] = (((f_r15_0 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 0)]);
      b17[(i_v * 64 + 1)] = (((f_r15_1 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 1)]);
      b17[(i_v * 64 + 2)] = (((f_r15_2 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 2)]);
      b17[(i_v * 64 + 3)] = (((f_r15_3 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 3)]);
      b17[(i_v * 64 + 4)] = (((f_r15_4 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 4)]);
      b17[(i_v * 64 + 5)] = (((f_r15_5 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 5)]);
      b17[(i_v * 64 + 6)] = (((f_r15_6 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 6)]);
      b17[(i_v * 64 + 7)] = (((f_r15_7 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 7)]);
      b17[(i_v * 64 + 8)] = (((f_r15_8 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 8)]);
      b17[(i_v * 64 + 9)] = (((f_r15_9 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 9)]);
      b17[(i_v * 64 + 10)] = (((f_r15_10 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 10)]);
      b17[(i_v * 64 + 11)] = (((f_r15_11 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 11)]);
      b17[(i_v * 64 + 12)] = (((f_r15_12 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 12)]);
      b17[(i_v * 64 + 13)] = (((f_r15_13 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 13)]);
      b17[(i_v * 64 + 14)] = (((f_r15_14 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 14)]);
      b17[(i_v * 64 + 15)] = (((f_r15_15 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 15)]);
      b17[(i_v * 64 + 16)] = (((f_r15_16 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 16)]);
      b17[(i_v * 64 + 17)] = (((f_r15_17 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 17)]);
      b17[(i_v * 64 + 18)] = (((f_r15_18 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 18)]);
      b17[(i_v * 64 + 19)] = (((f_r15_19 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 19)]);
      b17[(i_v * 64 + 20)] = (((f_r15_20 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 20)]);
      b17[(i_v * 64 + 21)] = (((f_r15_21 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 21)]);
      b17[(i_v * 64 + 22)] = (((f_r15_22 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 22)]);
      b17[(i_v * 64 + 23)] = (((f_r15_23 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 23)]);
      b17[(i_v * 64 + 24)] = (((f_r15_24 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 24)]);
      b17[(i_v * 64 + 25)] = (((f_r15_25 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 25)]);
      b17[(i_v * 64 + 26)] = (((f_r15_26 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 26)]);
      b17[(i_v * 64 + 27)] = (((f_r15_27 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 27)]);
      b17[(i_v * 64 + 28)] = (((f_r15_28 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 28)]);
      b17[(i_v * 64 + 29)] = (((f_r15_29 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 29)]);
      b17[(i_v * 64 + 30)] = (((f_r15_30 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 30)]);
      b17[(i_v * 64 + 31)] = (((f_r15_31 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 31)]);
      b17[(i_v * 64 + 32)] = (((f_r15_32 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 32)]);
      b17[(i_v * 64 + 33)] = (((f_r15_33 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 33)]);
      b17[(i_v * 64 + 34)] = (((f_r15_34 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 34)]);
      b17[(i_v * 64 + 35)] = (((f_r15_35 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 35)]);
      b17[(i_v * 64 + 36)] = (((f_r15_36 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 36)]);
      b17[(i_v * 64 + 37)] = (((f_r15_37 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 37)]);
      b17[(i_v * 64 + 38)] = (((f_r15_38 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 38)]);
      b17[(i_v * 64 + 39)] = (((f_r15_39 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 39)]);
      b17[(i_v * 64 + 40)] = (((f_r15_40 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 40)]);
      b17[(i_v * 64 + 41)] = (((f_r15_41 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 41)]);
      b17[(i_v * 64 + 42)] = (((f_r15_42 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 42)]);
      b17[(i_v * 64 + 43)] = (((f_r15_43 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 43)]);
      b17[(i_v * 64 + 44)] = (((f_r15_44 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 44)]);
      b17[(i_v * 64 + 45)] = (((f_r15_45 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 45)]);
      b17[(i_v * 64 + 46)] = (((f_r15_46 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 46)]);
      b17[(i_v * 64 + 47)] = (((f_r15_47 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 47)]);
      b17[(i_v * 64 + 48)] = (((f_r15_48 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 48)]);
      b17[(i_v * 64 + 49)] = (((f_r15_49 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 49)]);
      b17[(i_v * 64 + 50)] = (((f_r15_50 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 50)]);
      b17[(i_v * 64 + 51)] = (((f_r15_51 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 51)]);
      b17[(i_v * 64 + 52)] = (((f_r15_52 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 52)]);
      b17[(i_v * 64 + 53)] = (((f_r15_53 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 53)]);
      b17[(i_v * 64 + 54)] = (((f_r15_54 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 54)]);
      b17[(i_v * 64 + 55)] = (((f_r15_55 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 55)]);
      b17[(i_v * 64 + 56)] = (((f_r15_56 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 56)]);
      b17[(i_v * 64 + 57)] = (((f_r15_57 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 57)]);
      b17[(i_v * 64 + 58)] = (((f_r15_58 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 58)]);
      b17[(i_v * 64 + 59)] = (((f_r15_59 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 59)]);
      b17[(i_v * 64 + 60)] = (((f_r15_60 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 60)]);
      b17[(i_v * 64 + 61)] = (((f_r15_61 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 61)]);
      b17[(i_v * 64 + 62)] = (((f_r15_62 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 62)]);
      b17[(i_v * 64 + 63)] = (((f_r15_63 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 63)]);
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
        b20[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(((b17[(i_v * 64 + i_j)] * 0.5945349f) + (b18[(i_v * 64 + i_j)] * 0.4054651f))), seed, 2ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(((b17[(i_v * 64 + i_j)] * 0.5945349f) + (b18[(i_v * 64 + i_j)] * 0.4054651f)))) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | mul */
void k10_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b19 = (float*)buffers[19]; /* convs.2.W */
  float* restrict b20 = (float*)buffers[20]; /* t59 */
  float* restrict b22 = (float*)buffers[22]; /* convs.2.s */
  float* restrict b23 = (float*)buffers[23]; /* t66 */
  float* restrict b25 = (float*)buffers[25]; /* t72 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r21_0 = 0.0f;
    float f_r21_1 = 0.0f;
    float f_r21_2 = 0.0f;
    float f_r21_3 = 0.0f;
    float f_r21_4 = 0.0f;
    float f_r21_5 = 0.0f;
    float f_r21_6 = 0.0f;
    float f_r21_7 = 0.0f;
    float f_r21_8 = 0.0f;
    float f_r21_9 = 0.0f;
    float f_r21_10 = 0.0f;
    float f_r21_11 = 0.0f;
    float f_r21_12 = 0.0f;
    float f_r21_13 = 0.0f;
    float f_r21_14 = 0.0f;
    float f_r21_15 = 0.0f;
    float f_r21_16 = 0.0f;
    float f_r21_17 = 0.0f;
    float f_r21_18 = 0.0f;
    float f_r21_19 = 0.0f;
    float f_r21_20 = 0.0f;
    float f_r21_21 = 0.0f;
    float f_r21_22 = 0.0f;
    float f_r21_23 = 0.0f;
    float f_r21_24 = 0.0f;
    float f_r21_25 = 0.0f;
    float f_r21_26 = 0.0f;
    float f_r21_27 = 0.0f;
    float f_r21_28 = 0.0f;
    float f_r21_29 = 0.0f;
    float f_r21_30 = 0.0f;
    float f_r21_31 = 0.0f;
    float f_r21_32 = 0.0f;
    float f_r21_33 = 0.0f;
    float f_r21_34 = 0.0f;
    float f_r21_35 = 0.0f;
    float f_r21_36 = 0.0f;
    float f_r21_37 = 0.0f;
    float f_r21_38 = 0.0f;
    float f_r21_39 = 0.0f;
    float f_r21_40 = 0.0f;
    float f_r21_41 = 0.0f;
    float f_r21_42 = 0.0f;
    float f_r21_43 = 0.0f;
    float f_r21_44 = 0.0f;
    float f_r21_45 = 0.0f;
    float f_r21_46 = 0.0f;
    float f_r21_47 = 0.0f;
    float f_r21_48 = 0.0f;
    float f_r21_49 = 0.0f;
    float f_r21_50 = 0.0f;
    float f_r21_51 = 0.0f;
    float f_r21_52 = 0.0f;
    float f_r21_53 = 0.0f;
    float f_r21_54 = 0.0f;
    float f_r21_55 = 0.0f;
    float f_r21_56 = 0.0f;
    float f_r21_57 = 0.0f;
    float f_r21_58 = 0.0f;
    float f_r21_59 = 0.0f;
    float f_r21_60 = 0.0f;
    float f_r21_61 = 0.0f;
    float f_r21_62 = 0.0f;
    float f_r21_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r21_0 = 0.0f;
      f_r21_1 = 0.0f;
      f_r21_2 = 0.0f;
      f_r21_3 = 0.0f;
      f_r21_4 = 0.0f;
      f_r21_5 = 0.0f;
      f_r21_6 = 0.0f;
      f_r21_7 = 0.0f;
      f_r21_8 = 0.0f;
      f_r21_9 = 0.0f;
      f_r21_10 = 0.0f;
      f_r21_11 = 0.0f;
      f_r21_12 = 0.0f;
      f_r21_13 = 0.0f;
      f_r21_14 = 0.0f;
      f_r21_15 = 0.0f;
      f_r21_16 = 0.0f;
      f_r21_17 = 0.0f;
      f_r21_18 = 0.0f;
      f_r21_19 = 0.0f;
      f_r21_20 = 0.0f;
      f_r21_21 = 0.0f;
      f_r21_22 = 0.0f;
      f_r21_23 = 0.0f;
      f_r21_24 = 0.0f;
      f_r21_25 = 0.0f;
      f_r21_26 = 0.0f;
      f_r21_27 = 0.0f;
      f_r21_28 = 0.0f;
      f_r21_29 = 0.0f;
      f_r21_30 = 0.0f;
      f_r21_31 = 0.0f;
      f_r21_32 = 0.0f;
      f_r21_33 = 0.0f;
      f_r21_34 = 0.0f;
      f_r21_35 = 0.0f;
      f_r21_36 = 0.0f;
      f_r21_37 = 0.0f;
      f_r21_38 = 0.0f;
      f_r21_39 = 0.0f;
      f_r21_40 = 0.0f;
      f_r21_41 = 0.0f;
      f_r21_42 = 0.0f;
      f_r21_43 = 0.0f;
      f_r21_44 = 0.0f;
      f_r21_45 = 0.0f;
      f_r21_46 = 0.0f;
      f_r21_47 = 0.0f;
      f_r21_48 = 0.0f;
      f_r21_49 = 0.0f;
      f_r21_50 = 0.0f;
      f_r21_51 = 0.0f;
      f_r21_52 = 0.0f;
      f_r21_53 = 0.0f;
      f_r21_54 = 0.0f;
      f_r21_55 = 0.0f;
      f_r21_56 = 0.0f;
      f_r21_57 = 0.0f;
      f_r21_58 = 0.0f;
      f_r21_59 = 0.0f;
      f_r21_60 = 0.0f;
      f_r21_61 = 0.0f;
      f_r21_62 = 0.0f;
      f_r21_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r21_0 = (f_r21_0 + b20[((int64_t)b98[i_q] * 64 + 0)]);
        f_r21_1 = (f_r21_1 + b20[((int64_t)b98[i_q] * 64 + 1)]);
        f_r21_2 = (f_r21_2 + b20[((int64_t)b98[i_q] * 64 + 2)]);
        f_r21_3 = (f_r21_3 + b20[((int64_t)b98[i_q] * 64 + 3)]);
        f_r21_4 = (f_r21_4 + b20[((int64_t)b98[i_q] * 64 + 4)]);
        f_r21_5 = (f_r21_5 + b20[((int64_t)b98[i_q] * 64 + 5)]);
        f_r21_6 = (f_r21_6 + b20[((int64_t)b98[i_q] * 64 + 6)]);
        f_r21_7 = (f_r21_7 + b20[((int64_t)b98[i_q] * 64 + 7)]);
        f_r21_8 = (f_r21_8 + b20[((int64_t)b98[i_q] * 64 + 8)]);
        f_r21_9 = (f_r21_9 + b20[((int64_t)b98[i_q] * 64 + 9)]);
        f_r21_10 = (f_r21_10 + b20[((int64_t)b98[i_q] * 64 + 10)]);
        f_r21_11 = (f_r21_11 + b20[((int64_t)b98[i_q] * 64 + 11)]);
        f_r21_12 = (f_r21_12 + b20[((int64_t)b98[i_q] * 64 + 12)]);
        f_r21_13 = (f_r21_13 + b20[((int64_t)b98[i_q] * 64 + 13)]);
        f_r21_14 = (f_r21_14 + b20[((int64_t)b98[i_q] * 64 + 14)]);
        f_r21_15 = (f_r21_15 + b20[((int64_t)b98[i_q] * 64 + 15)]);
        f_r21_16 = (f_r21_16 + b20[((int64_t)b98[i_q] * 64 + 16)]);
        f_r21_17 = (f_r21_17 + b20[((int64_t)b98[i_q] * 64 + 17)]);
        f_r21_18 = (f_r21_18 + b20[((int64_t)b98[i_q] * 64 + 18)]);
        f_r21_19 = (f_r21_19 + b20[((int64_t)b98[i_q] * 64 + 19)]);
        f_r21_20 = (f_r21_20 + b20[((int64_t)b98[i_q] * 64 + 20)]);
        f_r21_21 = (f_r21_21 + b20[((int64_t)b98[i_q] * 64 + 21)]);
        f_r21_22 = (f_r21_22 + b20[((int64_t)b98[i_q] * 64 + 22)]);
        f_r21_23 = (f_r21_23 + b20[((int64_t)b98[i_q] * 64 + 23)]);
        f_r21_24 = (f_r21_24 + b20[((int64_t)b98[i_q] * 64 + 24)]);
        f_r21_25 = (f_r21_25 + b20[((int64_t)b98[i_q] * 64 + 25)]);
        f_r21_26 = (f_r21_26 + b20[((int64_t)b98[i_q] * 64 + 26)]);
        f_r21_27 = (f_r21_27 + b20[((int64_t)b98[i_q] * 64 + 27)]);
        f_r21_28 = (f_r21_28 + b20[((int64_t)b98[i_q] * 64 + 28)]);
        f_r21_29 = (f_r21_29 + b20[((int64_t)b98[i_q] * 64 + 29)]);
        f_r21_30 = (f_r21_30 + b20[((int64_t)b98[i_q] * 64 + 30)]);
        f_r21_31 = (f_r21_31 + b20[((int64_t)b98[i_q] * 64 + 31)]);
        f_r21_32 = (f_r21_32 + b20[((int64_t)b98[i_q] * 64 + 32)]);
        f_r21_33 = (f_r21_33 + b20[((int64_t)b98[i_q] * 64 + 33)]);
        f_r21_34 = (f_r21_34 + b20[((int64_t)b98[i_q] * 64 + 34)]);
        f_r21_35 = (f_r21_35 + b20[((int64_t)b98[i_q] * 64 + 35)]);
        f_r21_36 = (f_r21_36 + b20[((int64_t)b98[i_q] * 64 + 36)]);
        f_r21_37 = (f_r21_37 + b20[((int64_t)b98[i_q] * 64 + 37)]);
        f_r21_38 = (f_r21_38 + b20[((int64_t)b98[i_q] * 64 + 38)]);
        f_r21_39 = (f_r21_39 + b20[((int64_t)b98[i_q] * 64 + 39)]);
        f_r21_40 = (f_r21_40 + b20[((int64_t)b98[i_q] * 64 + 40)]);
        f_r21_41 = (f_r21_41 + b20[((int64_t)b98[i_q] * 64 + 41)]);
        f_r21_42 = (f_r21_42 + b20[((int64_t)b98[i_q] * 64 + 42)]);
        f_r21_43 = (f_r21_43 + b20[((int64_t)b98[i_q] * 64 + 43)]);
        f_r21_44 = (f_r21_44 + b20[((int64_t)b98[i_q] * 64 + 44)]);
        f_r21_45 = (f_r21_45 + b20[((int64_t)b98[i_q] * 64 + 45)]);
        f_r21_46 = (f_r21_46 + b20[((int64_t)b98[i_q] * 64 + 46)]);
        f_r21_47 = (f_r21_47 + b20[((int64_t)b98[i_q] * 64 + 47)]);
        f_r21_48 = (f_r21_48 + b20[((int64_t)b98[i_q] * 64 + 48)]);
        f_r21_49 = (f_r21_49 + b20[((int64_t)b98[i_q] * 64 + 49)]);
        f_r21_50 = (f_r21_50 + b20[((int64_t)b98[i_q] * 64 + 50)]);
        f_r21_51 = (f_r21_51 + b20[((int64_t)b98[i_q] * 64 + 51)]);
        f_r21_52 = (f_r21_52 + b20[((int64_t)b98[i_q] * 64 + 52)]);
        f_r21_53 = (f_r21_53 + b20[((int64_t)b98[i_q] * 64 + 53)]);
        f_r21_54 = (f_r21_54 + b20[((int64_t)b98[i_q] * 64 + 54)]);
        f_r21_55 = (f_r21_55 + b20[((int64_t)b98[i_q] * 64 + 55)]);
        f_r21_56 = (f_r21_56 + b20[((int64_t)b98[i_q] * 64 + 56)]);
        f_r21_57 = (f_r21_57 + b20[((int64_t)b98[i_q] * 64 + 57)]);
        f_r21_58 = (f_r21_58 + b20[((int64_t)b98[i_q] * 64 + 58)]);
        f_r21_59 = (f_r21_59 + b20[((int64_t)b98[i_q] * 64 + 59)]);
        f_r21_60 = (f_r21_60 + b20[((int64_t)b98[i_q] * 64 + 60)]);
        f_r21_61 = (f_r21_61 + b20[((int64_t)b98[i_q] * 64 + 61)]);
        f_r21_62 = (f_r21_62 + b20[((int64_t)b98[i_q] * 64 + 62)]);
        f_r21_63 = (f_r21_63 + b20[((int64_t)b98[i_q] * 64 + 63)]);
      }
    }
    {
      b22[(i_v * 64 + 0)] = (((f_r21_0 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 0)]);
      b22[(i_v * 64 + 1)] = (((f_r21_1 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 1)]);
      b22[(i_v * 64 + 2)] = (((f_r21_2 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 2)]);
      b22[(i_v * 64 + 3)] = (((f_r21_3 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 3)]);
      b22[(i_v * 64 + 4)] = (((f_r21_4 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 4)]);
      b22[(i_v * 64 + 5)] = (((f_r21_5 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 5)]);
      b22[(i_v * 64 + 6)] = (((f_r21_6 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 6)]);
      b22[(i_v * 64 + 7)] = (((f_r21_7 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 7)]);
      b22[(i_v * 64 + 8)] = (((f_r21_8 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 8)]);
      b22[(i_v * 64 + 9)] = (((f_r21_9 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 9)]);
      b22[(i_v * 64 + 10)] = (((f_r21_10 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 10)]);
      b22[(i_v * 64 + 11)] = (((f_r21_11 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 11)]);
      b22[(i_v * 64 + 12)] = (((f_r21_12 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 12)]);
      b22[(i_v * 64 + 13)] = (((f_r21_13 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 13)]);
      b22[(i_v * 64 + 14)] = (((f_r21_14 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 14)]);
      b22[(i_v * 64 + 15)] = (((f_r21_15 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 15)]);
      b22[(i_v * 64 + 16)] = (((f_r21_16 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 16)]);
      b22[(i_v * 64 + 17)] = (((f_r21_17 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 17)]);
      b22[(i_v * 64 + 18)] = (((f_r21_18 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 18)]);
      b22[(i_v * 64 + 19)] = (((f_r21_19 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 19)]);
      b22[(i_v * 64 + 20)] = (((f_r21_20 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 20)]);
      b22[(i_v * 64 + 21)] = (((f_r21_21 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 21)]);
      b22[(i_v * 64 + 22)] = (((f_r21_22 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 22)]);
      b22[(i_v * 64 + 23)] = (((f_r21_23 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 23)]);
      b22[(i_v * 64 + 24)] = (((f_r21_24 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 24)]);
      b22[(i_v * 64 + 25)] = (((f_r21_25 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 25)]);
      b22[(i_v * 64 + 26)] = (((f_r21_26 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 26)]);
      b22[(i_v * 64 + 27)] = (((f_r21_27 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 27)]);
      b22[(i_v * 64 + 28)] = (((f_r21_28 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 28)]);
      b22[(i_v * 64 + 29)] = (((f_r21_29 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 29)]);
      b22[(i_v * 64 + 30)] = (((f_r21_30 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 30)]);
      b22[(i_v * 64 + 31)] = (((f_r21_31 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 31)]);
      b22[(i_v * 64 + 32)] = (((f_r21_32 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 32)]);
      b22[(i_v * 64 + 33)] = (((f_r21_33 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 33)]);
      b22[(i_v * 64 + 34)] = (((f_r21_34 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 34)]);
      b22[(i_v * 64 + 35)] = (((f_r21_35 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 35)]);
      b22[(i_v * 64 + 36)] = (((f_r21_36 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 36)]);
      b22[(i_v * 64 + 37)] = (((f_r21_37 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 37)]);
      b22[(i_v * 64 + 38)] = (((f_r21_38 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 38)]);
      b22[(i_v * 64 + 39)] = (((f_r21_39 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 39)]);
      b22[(i_v * 64 + 40)] = (((f_r21_40 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 40)]);
      b22[(i_v * 64 + 41)] = (((f_r21_41 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 41)]);
      b22[(i_v * 64 + 42)] = (((f_r21_42 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 42)]);
      b22[(i_v * 64 + 43)] = (((f_r21_43 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 43)]);
      b22[(i_v * 64 + 44)] = (((f_r21_44 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 44)]);
      b22[(i_v * 64 + 45)] = (((f_r21_45 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 45)]);
      b22[(i_v * 64 + 46)] = (((f_r21_46 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 46)]);
      b22[(i_v * 64 + 47)] = (((f_r21_47 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 47)]);
      b22[(i_v * 64 + 48)] = (((f_r21_48 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 48)]);
      b22[(i_v * 64 + 49)] = (((f_r21_49 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 49)]);
      b22[(i_v * 64 + 50)] = (((f_r21_50 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 50)]);
      b22[(i_v * 64 + 51)] = (((f_r21_51 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 51)]);
      b22[(i_v * 64 + 52)] = (((f_r21_52 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 52)]);
      b22[(i_v * 64 + 53)] = (((f_r21_53 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 53)]);
      b22[(i_v * 64 + 54)] = (((f_r21_54 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 54)]);
      b22[(i_v * 64 + 55)] = (((f_r21_55 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 55)]);
      b22[(i_v * 64 + 56)] = (((f_r21_56 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 56)]);
      b22[(i_v * 64 + 57)] = (((f_r21_57 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 57)]);
      b22[(i_v * 64 + 58)] = (((f_r21_58 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 58)]);
      b22[(i_v * 64 + 59)] = (((f_r21_59 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 59)]);
      b22[(i_v * 64 + 60)] = (((f_r21_60 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 60)]);
      b22[(i_v * 64 + 61)] = (((f_r21_61 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 61)]);
      b22[(i_v * 64 + 62)] = (((f_r21_62 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 62)]);
      b22[(i_v * 64 + 63)] = (((f_r21_63 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 63)]);
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b23[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b22[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b23[(i_v * 64 + i_c)] = (b23[(i_v * 64 + i_c)] + (f_a * b19[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b25[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(((b22[(i_v * 64 + i_j)] * 0.7768564f) + (b23[(i_v * 64 + i_j)] * 0.22314355f))), seed, 3ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(((b22[(i_v * 64 + i_j)] * 0.7768564f) + (b23[(i_v * 64 + i_j)] * 0.22314355f)))) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | mul */
void k14_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b24 = (float*)buffers[24]; /* convs.3.W */
  float* restrict b25 = (float*)buffers[25]; /* t72 */
  float* restrict b27 = (float*)buffers[27]; /* convs.3.s */
  float* restrict b28 = (float*)buffers[28]; /* t79 */
  float* restrict b30 = (float*)buffers[30]; /* t85 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r26_0 = 0.0f;
    float f_r26_1 = 0.0f;
    float f_r26_2 = 0.0f;
    float f_r26_3 = 0.0f;
    float f_r26_4 = 0.0f;
    float f_r26_5 = 0.0f;
    float f_r26_6 = 0.0f;
    float f_r26_7 = 0.0f;
    float f_r26_8 = 0.0f;
    float f_r26_9 = 0.0f;
    float f_r26_10 = 0.0f;
    float f_r26_11 = 0.0f;
    float f_r26_12 = 0.0f;
    float f_r26_13 = 0.0f;
    float f_r26_14 = 0.0f;
    float f_r26_15 = 0.0f;
    float f_r26_16 = 0.0f;
    float f_r26_17 = 0.0f;
    float f_r26_18 = 0.0f;
    float f_r26_19 = 0.0f;
    float f_r26_20 = 0.0f;
    float f_r26_21 = 0.0f;
    float f_r26_22 = 0.0f;
    float f_r26_23 = 0.0f;
    float f_r26_24 = 0.0f;
    float f_r26_25 = 0.0f;
    float f_r26_26 = 0.0f;
    float f_r26_27 = 0.0f;
    float f_r26_28 = 0.0f;
    float f_r26_29 = 0.0f;
    float f_r26_30 = 0.0f;
    float f_r26_31 = 0.0f;
    float f_r26_32 = 0.0f;
    float f_r26_33 = 0.0f;
    float f_r26_34 = 0.0f;
    float f_r26_35 = 0.0f;
    float f_r26_36 = 0.0f;
    float f_r26_37 = 0.0f;
    float f_r26_38 = 0.0f;
    float f_r26_39 = 0.0f;
    float f_r26_40 = 0.0f;
    float f_r26_41 = 0.0f;
    float f_r26_42 = 0.0f;
    float f_r26_43 = 0.0f;
    float f_r26_44 = 0.0f;
    float f_r26_45 = 0.0f;
    float f_r26_46 = 0.0f;
    float f_r26_47 = 0.0f;
    float f_r26_48 = 0.0f;
    float f_r26_49 = 0.0f;
    float f_r26_50 = 0.0f;
    float f_r26_51 = 0.0f;
    float f_r26_52 = 0.0f;
    float f_r26_53 = 0.0f;
    float f_r26_54 = 0.0f;
    float f_r26_55 = 0.0f;
    float f_r26_56 = 0.0f;
    float f_r26_57 = 0.0f;
    float f_r26_58 = 0.0f;
    float f_r26_59 = 0.0f;
    float f_r26_60 = 0.0f;
    float f_r26_61 = 0.0f;
    float f_r26_62 = 0.0f;
    float f_r26_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r26_0 = 0.0f;
      f_r26_1 = 0.0f;
      f_r26_2 = 0.0f;
      f_r26_3 = 0.0f;
      f_r26_4 = 0.0f;
      f_r26_5 = 0.0f;
      f_r26_6 = 0.0f;
      f_r26_7 = 0.0f;
      f_r26_8 = 0.0f;
      f_r26_9 = 0.0f;
      f_r26_10 = 0.0f;
      f_r26_11 = 0.0f;
      f_r26_12 = 0.0f;
      f_r26_13 = 0.0f;
      f_r26_14 = 0.0f;
      f_r26_15 = 0.0f;
      f_r26_16 = 0.0f;
      f_r26_17 = 0.0f;
      f_r26_18 = 0.0f;
      f_r26_19 = 0.0f;
      f_r26_20 = 0.0f;
      f_r26_21 = 0.0f;
      f_r26_22 = 0.0f;
      f_r26_23 = 0.0f;
      f_r26_24 = 0.0f;
      f_r26_25 = 0.0f;
      f_r26_26 = 0.0f;
      f_r26_27 = 0.0f;
      f_r26_28 = 0.0f;
      f_r26_29 = 0.0f;
      f_r26_30 = 0.0f;
      f_r26_31 = 0.0f;
      f_r26_32 = 0.0f;
      f_r26_33 = 0.0f;
      f_r26_34 = 0.0f;
      f_r26_35 = 0.0f;
      f_r26_36 = 0.0f;
      f_r26_37 = 0.0f;
      f_r26_38 = 0.0f;
      f_r26_39 = 0.0f;
      f_r26_40 = 0.0f;
      f_r26_41 = 0.0f;
      f_r26_42 = 0.0f;
      f_r26_43 = 0.0f;
      f_r26_44 = 0.0f;
      f_r26_45 = 0.0f;
      f_r26_46 = 0.0f;
      f_r26_47 = 0.0f;
      f_r26_48 = 0.0f;
      f_r26_49 = 0.0f;
      f_r26_50 = 0.0f;
      f_r26_51 = 0.0f;
      f_r26_52 = 0.0f;
      f_r26_53 = 0.0f;
      f_r26_54 = 0.0f;
      f_r26_55 = 0.0f;
      f_r26_56 = 0.0f;
      f_r26_57 = 0.0f;
      f_r26_58 = 0.0f;
      f_r26_59 = 0.0f;
      f_r26_60 = 0.0f;
      f_r26_61 = 0.0f;
      f_r26_62 = 0.0f;
      f_r26_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r26_0 = (f_r26_0 + b25[((int64_t)b98[i_q] * 64 + 0)]);
        f_r26_1 = (f_r26_1 + b25[((int64_t)b98[i_q] * 64 + 1)]);
        f_r26_2 = (f_r26_2 + b25[((int64_t)b98[i_q] * 64 + 2)]);
        f_r26_3 = (f_r26_3 + b25[((int64_t)b98[i_q] * 64 + 3)]);
        f_r26_4 = (f_r26_4 + b25[((int64_t)b98[i_q] * 64 + 4)]);
        f_r26_5 = (f_r26_5 + b25[((int64_t)b98[i_q] * 64 + 5)]);
        f_r26_6 = (f_r26_6 + b25[((int64_t)b98[i_q] * 64 + 6)]);
        f_r26_7 = (f_r26_7 + b25[((int64_t)b98[i_q] * 64 + 7)]);
        f_r26_8 = (f_r26_8 + b25[((int64_t)b98[i_q] * 64 + 8)]);
        f_r26_9 = (f_r26_9 + b25[((int64_t)b98[i_q] * 64 + 9)]);
        f_r26_10 = (f_r26_10 + b25[((int64_t)b98[i_q] * 64 + 10)]);
        f_r26_11 = (f_r26_11 + b25[((int64_t)b98[i_q] * 64 + 11)]);
        f_r26_12 = (f_r26_12 + b25[((int64_t)b98[i_q] * 64 + 12)]);
        f_r26_13 = (f_r26_13 + b25[((int64_t)b98[i_q] * 64 + 13)]);
        f_r26_14 = (f_r26_14 + b25[((int64_t)b98[i_q] * 64 + 14)]);
        f_r26_15 = (f_r26_15 + b25[((int64_t)b98[i_q] * 64 + 15)]);
        f_r26_16 = (f_r26_16 + b25[((int64_t)b98[i_q] * 64 + 16)]);
        f_r26_17 = (f_r26_17 + b25[((int64_t)b98[i_q] * 64 + 17)]);
        f_r26_18 = (f_r26_18 + b25[((int64_t)b98[i_q] * 64 + 18)]);
        f_r26_19 = (f_r26_19 + b25[((int64_t)b98[i_q] * 64 + 19)]);
        f_r26_20 = (f_r26_20 + b25[((int64_t)b98[i_q] * 64 + 20)]);
        f_r26_21 = (f_r26_21 + b25[((int64_t)b98[i_q] * 64 + 21)]);
        f_r26_22 = (f_r26_22 + b25[((int64_t)b98[i_q] * 64 + 22)]);
        f_r26_23 = (f_r26_23 + b25[((int64_t)b98[i_q] * 64 + 23)]);
        f_r26_24 = (f_r26_24 + b25[((int64_t)b98[i_q] * 64 + 24)]);
        f_r26_25 = (f_r26_25 + b25[((int64_t)b98[i_q] * 64 + 25)]);
        f_r26_26 = (f_r26_26 + b25[((int64_t)b98[i_q] * 64 + 26)]);
        f_r26_27 = (f_r26_27 + b25[((int64_t)b98[i_q] * 64 + 27)]);
        f_r26_28 = (f_r26_28 + b25[((int64_t)b98[i_q] * 64 + 28)]);
        f_r26_29 = (f_r26_29 + b25[((int64_t)b98[i_q] * 64 + 29)]);
        f_r26_30 = (f_r26_30 + b25[((int64_t)b98[i_q] * 64 + 30)]);
        f_r26_31 = (f_r26_31 + b25[((int64_t)b98[i_q] * 64 + 31)]);
        f_r26_32 = (f_r26_32 + b25[((int64_t)b98[i_q] * 64 + 32)]);
        f_r26_33 = (f_r26_33 + b25[((int64_t)b98[i_q] * 64 + 33)]);
        f_r26_34 = (f_r26_34 + b25[((int64_t)b98[i_q] * 64 + 34)]);
        f_r26_35 = (f_r26_35 + b25[((int64_t)b98[i_q] * 64 + 35)]);
        f_r26_36 = (f_r26_36 + b25[((int64_t)b98[i_q] * 64 + 36)]);
        f_r26_37 = (f_r26_37 + b25[((int64_t)b98[i_q] * 64 + 37)]);
        f_r26_38 = (f_r26_38 + b25[((int64_t)b98[i_q] * 64 + 38)]);
        f_r26_39 = (f_r26_39 + b25[((int64_t)b98[i_q] * 64 + 39)]);
        f_r26_40 = (f_r26_40 + b25[((int64_t)b98[i_q] * 64 + 40)]);
        f_r26_41 = (f_r26_41 + b25[((int64_t)b98[i_q] * 64 + 41)]);
        f_r26_42 = (f_r26_42 + b25[((int64_t)b98[i_q] * 64 + 42)]);
        f_r26_43 = (f_r26_43 + b25[((int64_t)b98[i_q] * 64 + 43)]);
        f_r26_44 = (f_r26_44 + b25[((int64_t)b98[i_q] * 64 + 44)]);
        f_r26_45 = (f_r26_45 + b25[((int64_t)b98[i_q] * 64 + 45)]);
        f_r26_46 = (f_r26_46 + b25[((int64_t)b98[i_q] * 64 + 46)]);
        f_r26_47 = (f_r26_47 + b25[((int64_t)b98[i_q] * 64 + 47)]);
        f_r26_48 = (f_r26_48 + b25[((int64_t)b98[i_q] * 64 + 48)]);
        f_r26_49 = (f_r26_49 + b25[((int64_t)b98[i_q] * 64 + 49)]);
        f_r26_50 = (f_r26_50 + b25[((int64_t)b98[i_q] * 64 + 50)]);
        f_r26_51 = (f_r26_51 + b25[((int64_t)b98[i_q] * 64 + 51)]);
        f_r26_52 = (f_r26_52 + b25[((int64_t)b98[i_q] * 64 + 52)]);
        f_r26_53 = (f_r26_53 + b25[((int64_t)b98[i_q] * 64 + 53)]);
        f_r26_54 = (f_r26_54 + b25[((int64_t)b98[i_q] * 64 + 54)]);
        f_r26_55 = (f_r26_55 + b25[((int64_t)b98[i_q] * 64 + 55)]);
        f_r26_56 = (f_r26_56 + b25[((int64_t)b98[i_q] * 64 + 56)]);
        f_r26_57 = (f_r26_57 + b25[((int64_t)b98[i_q] * 64 + 57)]);
        f_r26_58 = (f_r26_58 + b25[((int64_t)b98[i_q] * 64 + 58)]);
        f_r26_59 = (f_r26_59 + b25[((int64_t)b98[i_q] * 64 + 59)]);
        f_r26_60 = (f_r26_60 + b25[((int64_t)b98[i_q] * 64 + 60)]);
        f_r26_61 = (f_r26_61 + b25[((int64_t)b98[i_q] * 64 + 61)]);
        f_r26_62 = (f_r26_62 + b25[((int64_t)b98[i_q] * 64 + 62)]);
        f_r26_63 = (f_r26_63 + b25[((int64_t)b98[i_q] * 64 + 63)]);
      }
    }
    {
      b27[(i_v * 64 + 0)] = (((f_r26_0 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 0)]);
      b27[(i_v * 64 + 1)] = (((f_r26_1 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 1)]);
      b27[(i_v * 64 + 2)] = (((f_r26_2 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 2)]);
      b27[(i_v * 64 + 3)] = (((f_r26_3 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 3)]);
      b27[(i_v * 64 + 4)] = (((f_r26_4 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 4)]);
      b27[(i_v * 64 + 5)] = (((f_r26_5 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 5)]);
      b27[(i_v * 64 + 6)] = (((f_r26_6 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 6)]);
      b27[(i_v * 64 + 7)] = (((f_r26_7 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 7)]);
      b27[(i_v * 64 + 8)] = (((f_r26_8 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 8)]);
      b27[(i_v * 64 + 9)] = (((f_r26_9 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 9)]);
      b27[(i_v * 64 + 10)] = (((f_r26_10 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 10)]);
      b27[(i_v * 64 + 11)] = (((f_r26_11 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 11)]);
      b27[(i_v * 64 + 12)] = (((f_r26_12 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 12)]);
      b27[(i_v * 64 + 13)] = (((f_r26_13 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 13)]);
      b27[(i_v * 64 + 14)] = (((f_r26_14 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 14)]);
      b27[(i_v * 64 + 15)] = (((f_r26_15 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 15)]);
      b27[(i_v * 64 + 16)] = (((f_r26_16 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 16)]);
      b27[(i_v * 64 + 17)] = (((f_r26_17 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 17)]);
      b27[(i_v * 64 + 18)] = (((f_r26_18 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 18)]);
      b27[(i_v * 64 + 19)] = (((f_r26_19 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 19)]);
      b27[(i_v * 64 + 20)] = (((f_r26_20 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 20)]);
      b27[(i_v * 64 + 21)] = (((f_r26_21 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 21)]);
      b27[(i_v * 64 + 22)] = (((f_r26_22 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 22)]);
      b27[(i_v * 64 + 23)] = (((f_r26_23 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 23)]);
      b27[(i_v * 64 + 24)] = (((f_r26_24 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 24)]);
      b27[(i_v * 64 + 25)] = (((f_r26_25 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 25)]);
      b27[(i_v * 64 + 26)] = (((f_r26_26 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 26)]);
      b27[(i_v * 64 + 27)] = (((f_r26_27 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 27)]);
      b27[(i_v * 64 + 28)] = (((f_r26_28 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 28)]);
      b27[(i_v * 64 + 29)] = (((f_r26_29 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 29)]);
      b27[(i_v * 64 + 30)] = (((f_r26_30 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 30)]);
      b27[(i_v * 64 + 31)] = (((f_r26_31 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 31)]);
      b27[(i_v * 64 + 32)] = (((f_r26_32 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 32)]);
      b27[(i_v * 64 + 33)] = (((f_r26_33 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 33)]);
      b27[(i_v * 64 + 34)] = (((f_r26_34 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 34)]);
      b27[(i_v * 64 + 35)] = (((f_r26_35 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 35)]);
      b27[(i_v * 64 + 36)] = (((f_r26_36 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 36)]);
      b27[(i_v * 64 + 37)] = (((f_r26_37 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 37)]);
      b27[(i_v * 64 + 38)] = (((f_r26_38 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 38)]);
      b27[(i_v * 64 + 39)] = (((f_r26_39 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 39)]);
      b27[(i_v * 64 + 40)] = (((f_r26_40 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 40)]);
      b27[(i_v * 64 + 41)] = (((f_r26_41 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 41)]);
      b27[(i_v * 64 + 42)] = (((f_r26_42 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 42)]);
      b27[(i_v * 64 + 43)] = (((f_r26_43 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 43)]);
      b27[(i_v * 64 + 44)] = (((f_r26_44 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 44)]);
      b27[(i_v * 64 + 45)] = (((f_r26_45 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 45)]);
      b27[(i_v * 64 + 46)] = (((f_r26_46 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 46)]);
      b27[(i_v * 64 + 47)] = (((f_r26_47 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 47)]);
      b27[(i_v * 64 + 48)] = (((f_r26_48 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 48)]);
      b27[(i_v * 64 + 49)] = (((f_r26_49 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 49)]);
      b27[(i_v * 64 + 50)] = (((f_r26_50 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 50)]);
      b27[(i_v * 64 + 51)] = (((f_r26_51 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 51)]);
      b27[(i_v * 64 + 52)] = (((f_r26_52 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 52)]);
      b27[(i_v * 64 + 53)] = (((f_r26_53 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 53)]);
      b27[(i_v * 64 + 54)] = (((f_r26_54 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 54)]);
      b27[(i_v * 64 + 55)] = (((f_r26_55 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 55)]);
      b27[(i_v * 64 + 56)] = (((f_r26_56 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 56)]);
      b27[(i_v * 64 + 57)] = (((f_r26_57 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 57)]);
      b27[(i_v * 64 + 58)] = (((f_r26_58 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 58)]);
      b27[(i_v * 64 + 59)] = (((f_r26_59 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 59)]);
      b27[(i_v * 64 + 60)] = (((f_r26_60 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 60)]);
      b27[(i_v * 64 + 61)] = (((f_r26_61 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 61)]);
      b27[(i_v * 64 + 62)] = (((f_r26_62 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 62)]);
      b27[(i_v * 64 + 63)] = (((f_r26_63 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 63)]);
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b28[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b27[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b28[(i_v * 64 + i_c)] = (b28[(i_v * 64 + i_c)] + (f_a * b24[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b30[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(((b27[(i_v * 64 + i_j)] * 0.84584934f) + (b28[(i_v * 64 + i_j)] * 0.15415068f))), seed, 4ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(((b27[(i_v * 64 + i_j)] * 0.84584934f) + (b28[(i_v * 64 + i_j)] * 0.15415068f)))) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | mul */
void k18_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b29 = (float*)buffers[29]; /* convs.4.W */
  float* restrict b30 = (float*)buffers[30]; /* t85 */
  float* restrict b32 = (float*)buffers[32]; /* convs.4.s */
  float* restrict b33 = (float*)buffers[33]; /* t92 */
  float* restrict b35 = (float*)buffers[35]; /* t98 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r31_0 = 0.0f;
    float f_r31_1 = 0.0f;
    float f_r31_2 = 0.0f;
    float f_r31_3 = 0.0f;
    float f_r31_4 = 0.0f;
    float f_r31_5 = 0.0f;
    float f_r31_6 = 0.0f;
    float f_r31_7 = 0.0f;
    float f_r31_8 = 0.0f;
    float f_r31_9 = 0.0f;
    float f_r31_10 = 0.0f;
    float f_r31_11 = 0.0f;
    float f_r31_12 = 0.0f;
    float f_r31_13 = 0.0f;
    float f_r31_14 = 0.0f;
    float f_r31_15 = 0.0f;
    float f_r31_16 = 0.0f;
    float f_r31_17 = 0.0f;
    float f_r31_18 = 0.0f;
    float f_r31_19 = 0.0f;
    float f_r31_20 = 0.0f;
    float f_r31_21 = 0.0f;
    float f_r31_22 = 0.0f;
    float f_r31_23 = 0.0f;
    float f_r31_24 = 0.0f;
    float f_r31_25 = 0.0f;
    float f_r31_26 = 0.0f;
    float f_r31_27 = 0.0f;
    float f_r31_28 = 0.0f;
    float f_r31_29 = 0.0f;
    float f_r31_30 = 0.0f;
    float f_r31_31 = 0.0f;
    float f_r31_32 = 0.0f;
    float f_r31_33 = 0.0f;
    float f_r31_34 = 0.0f;
    float f_r31_35 = 0.0f;
    float f_r31_36 = 0.0f;
    float f_r31_37 = 0.0f;
    float f_r31_38 = 0.0f;
    float f_r31_39 = 0.0f;
    float f_r31_40 = 0.0f;
    float f_r31_41 = 0.0f;
    float f_r31_42 = 0.0f;
    float f_r31_43 = 0.0f;
    float f_r31_44 = 0.0f;
    float f_r31_45 = 0.0f;
    float f_r31_46 = 0.0f;
    float f_r31_47 = 0.0f;
    float f_r31_48 = 0.0f;
    float f_r31_49 = 0.0f;
    float f_r31_50 = 0.0f;
    float f_r31_51 = 0.0f;
    float f_r31_52 = 0.0f;
    float f_r31_53 = 0.0f;
    float f_r31_54 = 0.0f;
    float f_r31_55 = 0.0f;
    float f_r31_56 = 0.0f;
    float f_r31_57 = 0.0f;
    float f_r31_58 = 0.0f;
    float f_r31_59 = 0.0f;
    float f_r31_60 = 0.0f;
    float f_r31_61 = 0.0f;
    float f_r31_62 = 0.0f;
    float f_r31_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r31_0 = 0.0f;
      f_r31_1 = 0.0f;
      f_r31_2 = 0.0f;
      f_r31_3 = 0.0f;
      f_r31_4 = 0.0f;
      f_r31_5 = 0.0f;
      f_r31_6 = 0.0f;
      f_r31_7 = 0.0f;
      f_r31_8 = 0.0f;
      f_r31_9 = 0.0f;
      f_r31_10 = 0.0f;
      f_r31_11 = 0.0f;
      f_r31_12 = 0.0f;
      f_r31_13 = 0.0f;
      f_r31_14 = 0.0f;
      f_r31_15 = 0.0f;
      f_r31_16 = 0.0f;
      f_r31_17 = 0.0f;
      f_r31_18 = 0.0f;
      f_r31_19 = 0.0f;
      f_r31_20 = 0.0f;
      f_r31_21 = 0.0f;
      f_r31_22 = 0.0f;
      f_r31_23 = 0.0f;
      f_r31_24 = 0.0f;
      f_r31_25 = 0.0f;
      f_r31_26 = 0.0f;
      f_r31_27 = 0.0f;
      f_r31_28 = 0.0f;
      f_r31_29 = 0.0f;
      f_r31_30 = 0.0f;
      f_r31_31 = 0.0f;
      f_r31_32 = 0.0f;
      f_r31_33 = 0.0f;
      f_r31_34 = 0.0f;
      f_r31_35 = 0.0f;
      f_r31_36 = 0.0f;
      f_r31_37 = 0.0f;
      f_r31_38 = 0.0f;
      f_r31_39 = 0.0f;
      f_r31_40 = 0.0f;
      f_r31_41 = 0.0f;
      f_r31_42 = 0.0f;
      f_r31_43 = 0.0f;
      f_r31_44 = 0.0f;
      f_r31_45 = 0.0f;
      f_r31_46 = 0.0f;
      f_r31_47 = 0.0f;
      f_r31_48 = 0.0f;
      f_r31_49 = 0.0f;
      f_r31_50 = 0.0f;
      f_r31_51 = 0.0f;
      f_r31_52 = 0.0f;
      f_r31_53 = 0.0f;
      f_r31_54 = 0.0f;
      f_r31_55 = 0.0f;
      f_r31_56 = 0.0f;
      f_r31_57 = 0.0f;
      f_r31_58 = 0.0f;
      f_r31_59 = 0.0f;
      f_r31_60 = 0.0f;
      f_r31_61 = 0.0f;
      f_r31_62 = 0.0f;
      f_r31_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r31_0 = (f_r31_0 + b30[((int64_t)b98[i_q] * 64 + 0)]);
        f_r31_1 = (f_r31_1 + b30[((int64_t)b98[i_q] * 64 + 1)]);
        f_r31_2 = (f_r31_2 + b30[((int64_t)b98[i_q] * 64 + 2)]);
        f_r31_3 = (f_r31_3 + b30[((int64_t)b98[i_q] * 64 + 3)]);
        f_r31_4 = (f_r31_4 + b30[((int64_t)b98[i_q] * 64 + 4)]);
        f_r31_5 = (f_r31_5 + b30[((int64_t)b98[i_q] * 64 + 5)]);
        f_r31_6 = (f_r31_6 + b30[((int64_t)b98[i_q] * 64 + 6)]);
        f_r31_7 = (f_r31_7 + b30[((int64_t)b98[i_q] * 64 + 7)]);
        f_r31_8 = (f_r31_8 + b30[((int64_t)b98[i_q] * 64 + 8)]);
        f_r31_9 = (f_r31_9 + b30[((int64_t)b98[i_q] * 64 + 9)]);
        f_r31_10 = (f_r31_10 + b30[((int64_t)b98[i_q] * 64 + 10)]);
        f_r31_11 = (f_r31_11 + b30[((int64_t)b98[i_q] * 64 + 11)]);
        f_r31_12 = (f_r31_12 + b30[((int64_t)b98[i_q] * 64 + 12)]);
        f_r31_13 = (f_r31_13 + b30[((int64_t)b98[i_q] * 64 + 13)]);
        f_r31_14 = (f_r31_14 + b30[((int64_t)b98[i_q] * 64 + 14)]);
        f_r31_15 = (f_r31_15 + b30[((int64_t)b98[i_q] * 64 + 15)]);
        f_r31_16 = (f_r31_16 + b30[((int64_t)b98[i_q] * 64 + 16)]);
        f_r31_17 = (f_r31_17 + b30[((int64_t)b98[i_q] * 64 + 17)]);
        f_r31_18 = (f_r31_18 + b30[((int64_t)b98[i_q] * 64 + 18)]);
        f_r31_19 = (f_r31_19 + b30[((int64_t)b98[i_q] * 64 + 19)]);
        f_r31_20 = (f_r31_20 + b30[((int64_t)b98[i_q] * 64 + 20)]);
        f_r31_21 = (f_r31_21 + b30[((int64_t)b98[i_q] * 64 + 21)]);
        f_r31_22 = (f_r31_22 + b30[((int64_t)b98[i_q] * 64 + 22)]);
        f_r31_23 = (f_r31_23 + b30[((int64_t)b98[i_q] * 64 + 23)]);
        f_r31_24 = (f_r31_24 + b30[((int64_t)b98[i_q] * 64 + 24)]);
        f_r31_25 = (f_r31_25 + b30[((int64_t)b98[i_q] * 64 + 25)]);
        f_r31_26 = (f_r31_26 + b30[((int64_t)b98[i_q] * 64 + 26)]);
        f_r31_27 = (f_r31_27 + b30[((int64_t)b98[i_q] * 64 + 27)]);
        f_r31_28 = (f_r31_28 + b30[((int64_t)b98[i_q] * 64 + 28)]);
        f_r31_29 = (f_r31_29 + b30[((int64_t)b98[i_q] * 64 + 29)]);
        f_r31_30 = (f_r31_30 + b30[((int64_t)b98[i_q] * 64 + 30)]);
        f_r31_31 = (f_r31_31 + b30[((int64_t)b98[i_q] * 64 + 31)]);
        f_r31_32 = (f_r31_32 + b30[((int64_t)b98[i_q] * 64 + 32)]);
        f_r31_33 = (f_r31_33 + b30[((int64_t)b98[i_q] * 64 + 33)]);
        f_r31_34 = (f_r31_34 + b30[((int64_t)b98[i_q] * 64 + 34)]);
        f_r31_35 = (f_r31_35 + b30[((int64_t)b98[i_q] * 64 + 35)]);
        f_r31_36 = (f_r31_36 + b30[((int64_t)b98[i_q] * 64 + 36)]);
        f_r31_37 = (f_r31_37 + b30[((int64_t)b98[i_q] * 64 + 37)]);
        f_r31_38 = (f_r31_38 + b30[((int64_t)b98[i_q] * 64 + 38)]);
        f_r31_39 = (f_r31_39 + b30[((int64_t)b98[i_q] * 64 + 39)]);
        f_r31_40 = (f_r31_40 + b30[((int64_t)b98[i_q] * 64 + 40)]);
        f_r31_41 = (f_r31_41 + b30[((int64_t)b98[i_q] * 64 + 41)]);
        f_r31_42 = (f_r31_42 + b30[((int64_t)b98[i_q] * 64 + 42)]);
        f_r31_43 = (f_r31_43 + b30[((int64_t)b98[i_q] * 64 + 43)]);
        f_r31_44 = (f_r31_44 + b30[((int64_t)b98[i_q] * 64 + 44)]);
        f_r31_45 = (f_r31_45 + b30[((int64_t)b98[i_q] * 64 + 45)]);
        f_r31_46 = (f_r31_46 + b30[((int64_t)b98[i_q] * 64 + 46)]);
        f_r31_47 = (f_r31_47 + b30[((int64_t)b98[i_q] * 64 + 47)]);
        f_r31_48 = (f_r31_48 + b30[((int64_t)b98[i_q] * 64 + 48)]);
        f_r31_49 = (f_r31_49 + b30[((int64_t)b98[i_q] * 64 + 49)]);
        f_r31_50 = (f_r31_50 + b30[((int64_t)b98[i_q] * 64 + 50)]);
        f_r31_51 = (f_r31_51 + b30[((int64_t)b98[i_q] * 64 + 51)]);
        f_r31_52 = (f_r31_52 + b30[((int64_t)b98[i_q] * 64 + 52)]);
        f_r31_53 = (f_r31_53 + b30[((int64_t)b98[i_q] * 64 + 53)]);
        f_r31_54 = (f_r31_54 + b30[((int64_t)b98[i_q] * 64 + 54)]);
        f_r31_55 = (f_r31_55 + b30[((int64_t)b98[i_q] * 64 + 55)]);
        f_r31_56 = (f_r31_56 + b30[((int64_t)b98[i_q] * 64 + 56)]);
        f_r31_57 = (f_r31_57 + b30[((int64_t)b98[i_q] * 64 + 57)]);
        f_r31_58 = (f_r31_58 + b30[((int64_t)b98[i_q] * 64 + 58)]);
        f_r31_59 = (f_r31_59 + b30[((int64_t)b98[i_q] * 64 + 59)]);
        f_r31_60 = (f_r31_60 + b30[((int64_t)b98[i_q] * 64 + 60)]);
        f_r31_61 = (f_r31_61 + b30[((int64_t)b98[i_q] * 64 + 61)]);
        f_r31_62 = (f_r31_62 + b30[((int64_t)b98[i_q] * 64 + 62)]);
        f_r31_63 = (f_r31_63 + b30[((int64_t)b98[i_q] * 64 + 63)]);
      }
    }
    {
      b32[(i_v * 64 + 0)] = (((f_r31_0 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 0)]);
      b32[(i_v * 64 + 1)] = (((f_r31_1 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 1)]);
      b32[(i_v * 64 + 2)] = (((f_r31_2 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 2)]);
      b32[(i_v * 64 + 3)] = (((f_r31_3 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 3)]);
      b32[(i_v * 64 + 4)] = (((f_r31_4 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 4)]);
      b32[(i_v * 64 + 5)] = (((f_r31_5 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 5)]);
      b32[(i_v * 64 + 6)] = (((f_r31_6 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 6)]);
      b32[(i_v * 64 + 7)] = (((f_r31_7 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 7)]);
      b32[(i_v * 64 + 8)] = (((f_r31_8 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 8)]);
      b32[(i_v * 64 + 9)] = (((f_r31_9 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 9)]);
      b32[(i_v * 64 + 10)] = (((f_r31_10 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 10)]);
      b32[(i_v * 64 + 11)] = (((f_r31_11 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 11)]);
      b32[(i_v * 64 + 12)] = (((f_r31_12 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 12)]);
      b32[(i_v * 64 + 13)] = (((f_r31_13 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 13)]);
      b32[(i_v * 64 + 14)] = (((f_r31_14 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 14)]);
      b32[(i_v * 64 + 15)] = (((f_r31_15 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 15)]);
      b32[(i_v * 64 + 16)] = (((f_r31_16 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 16)]);
      b32[(i_v * 64 + 17)] = (((f_r31_17 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 17)]);
      b32[(i_v * 64 + 18)] = (((f_r31_18 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 18)]);
      b32[(i_v * 64 + 19)] = (((f_r31_19 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 19)]);
      b32[(i_v * 64 + 20)] = (((f_r31_20 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 20)]);
      b32[(i_v * 64 + 21)] = (((f_r31_21 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 21)]);
      b32[(i_v * 64 + 22)] = (((f_r31_22 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 22)]);
      b32[(i_v * 64 + 23)] = (((f_r31_23 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 23)]);
      b32[(i_v * 64 + 24)] = (((f_r31_24 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 24)]);
      b32[(i_v * 64 + 25)] = (((f_r31_25 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 25)]);
      b32[(i_v * 64 + 26)] = (((f_r31_26 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 26)]);
      b32[(i_v * 64 + 27)] = (((f_r31_27 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 27)]);
      b32[(i_v * 64 + 28)] = (((f_r31_28 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 28)]);
      b32[(i_v * 64 + 29)] = (((f_r31_29 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 29)]);
      b32[(i_v * 64 + 30)] = (((f_r31_30 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 30)]);
      b32[(i_v * 64 + 31)] = (((f_r31_31 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 31)]);
      b32[(i_v * 64 + 32)] = (((f_r31_32 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 32)]);
      b32[(i_v * 64 + 33)] = (((f_r31_33 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 33)]);
      b32[(i_v * 64 + 34)] = (((f_r31_34 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 34)]);
      b32[(i_v * 64 + 35)] = (((f_r31_35 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 35)]);
      b32[(i_v * 64 + 36)] = (((f_r31_36 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 36)]);
      b32[(i_v * 64 + 37)] = (((f_r31_37 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 37)]);
      b32[(i_v * 64 + 38)] = (((f_r31_38 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 38)]);
      b32[(i_v * 64 + 39)] = (((f_r31_39 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 39)]);
      b32[(i_v * 64 + 40)] = (((f_r31_40 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 40)]);
      b32[(i_v * 64 + 41)] = (((f_r31_41 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 41)]);
      b32[(i_v * 64 + 42)] = (((f_r31_42 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 42)]);
      b32[(i_v * 64 + 43)] = (((f_r31_43 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 43)]);
      b32[(i_v * 64 + 44)] = (((f_r31_44 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 44)]);
      b32[(i_v * 64 + 45)] = (((f_r31_45 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 45)]);
      b32[(i_v * 64 + 46)] = (((f_r31_46 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 46)]);
      b32[(i_v * 64 + 47)] = (((f_r31_47 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 47)]);
      b32[(i_v * 64 + 48)] = (((f_r31_48 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 48)]);
      b32[(i_v * 64 + 49)] = (((f_r31_49 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 49)]);
      b32[(i_v * 64 + 50)] = (((f_r31_50 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 50)]);
      b32[(i_v * 64 + 51)] = (((f_r31_51 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 51)]);
      b32[(i_v * 64 + 52)] = (((f_r31_52 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 52)]);
      b32[(i_v * 64 + 53)] = (((f_r31_53 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 53)]);
      b32[(i_v * 64 + 54)] = (((f_r31_54 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 54)]);
      b32[(i_v * 64 + 55)] = (((f_r31_55 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 55)]);
      b32[(i_v * 64 + 56)] = (((f_r31_56 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 56)]);
      b32[(i_v * 64 + 57)] = (((f_r31_57 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 57)]);
      b32[(i_v * 64 + 58)] = (((f_r31_58 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 58)]);
      b32[(i_v * 64 + 59)] = (((f_r31_59 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 59)]);
      b32[(i_v * 64 + 60)] = (((f_r31_60 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 60)]);
      b32[(i_v * 64 + 61)] = (((f_r31_61 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 61)]);
      b32[(i_v * 64 + 62)] = (((f_r31_62 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 62)]);
      b32[(i_v * 64 + 63)] = (((f_r31_63 * b7[i_v]) * 0.9f) + b16[(i_v * 64 + 63)]);
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b33[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b32[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b33[(i_v * 64 + i_c)] = (b33[(i_v * 64 + i_c)] + (f_a * b29[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b35[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(((b32[(i_v * 64 + i_j)] * 0.882217f) + (b33[(i_v * 64 + i_j)] * 0.11778303f))), seed, 5ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(((b32[(i_v * 64 + i_j)] * 0.882217f) + (b33[(i_v * 64 + i_j)] * 0.11778303f)))) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | mul */
void k22_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b34 = (float*)buffers[34]; /* convs.5.W */
  float* restrict b35 = (float*)buffers[35]; /* t98 */
  float* restrict b36 = (float*)buffers[36]; /* t100 */
  float* restrict b37 = (float*)buffers[37]; /* convs.5.s */
  float* restrict b38 = (float*)buffers[38]; /* t105 */
  float* restrict b40 = (float*)buffers[40]; /* t111 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b36[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b36[(i_v * 64 + i_j)] = (b36[(i_v * 64 + i_j)] + b35[((int64_t)b98[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b37[(i_v * 64 + i_j)] = (((b36[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b16[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b38[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b37[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b38[(i_v * 64 + i_c)] = (b38[(i_v * 64 + i_c)] + (f_a * b34[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b40[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(((b37[(i_v * 64 + i_j)] * 0.90468985f) + (b38[(i_v * 64 + i_j)] * 0.09531018f))), seed, 6ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(((b37[(i_v * 64 + i_j)] * 0.90468985f) + (b38[(i_v * 64 + i_j)] * 0.09531018f)))) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | mul */
void k26_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b39 = (float*)buffers[39]; /* convs.6.W */
  float* restrict b40 = (float*)buffers[40]; /* t111 */
  float* restrict b41 = (float*)buffers[41]; /* t113 */
  float* restrict b42 = (float*)buffers[42]; /* convs.6.s */
  float* restrict b43 = (float*)buffers[43]; /* t118 */
  float* restrict b45 = (float*)buffers[45]; /* t124 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b41[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b41[(i_v * 64 + i_j)] = (b41[(i_v * 64 + i_j)] + b40[((int64_t)b98[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b42[(i_v * 64 + i_j)] = (((b41[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b16[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b43[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b42[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b43[(i_v * 64 + i_c)] = (b43[(i_v * 64 + i_c)] + (f_a * b39[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b45[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(((b42[(i_v * 64 + i_j)] * 0.9199573f) + (b43[(i_v * 64 + i_j)] * 0.080042705f))), seed, 7ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(((b42[(i_v * 64 + i_j)] * 0.9199573f) + (b43[(i_v * 64 + i_j)] * 0.080042705f)))) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | mul */
void k30_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b44 = (float*)buffers[44]; /* convs.7.W */
  float* restrict b45 = (float*)buffers[45]; /* t124 */
  float* restrict b46 = (float*)buffers[46]; /* t126 */
  float* restrict b47 = (float*)buffers[47]; /* convs.7.s */
  float* restrict b48 = (float*)buffers[48]; /* t131 */
  float* restrict b50 = (float*)buffers[50]; /* t137 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b46[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b46[(i_v * 64 + i_j)] = (b46[(i_v * 64 + i_j)] + b45[((int64_t)b98[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b47[(i_v * 64 + i_j)] = (((b46[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b16[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b48[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b47[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b48[(i_v * 64 + i_c)] = (b48[(i_v * 64 + i_c)] + (f_a * b44[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b50[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(((b47[(i_v * 64 + i_j)] * 0.93100715f) + (b48[(i_v * 64 + i_j)] * 0.06899287f))), seed, 8ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(((b47[(i_v * 64 + i_j)] * 0.93100715f) + (b48[(i_v * 64 + i_j)] * 0.06899287f)))) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | mul */
void k34_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b49 = (float*)buffers[49]; /* convs.8.W */
  float* restrict b50 = (float*)buffers[50]; /* t137 */
  float* restrict b51 = (float*)buffers[51]; /* t139 */
  float* restrict b52 = (float*)buffers[52]; /* convs.8.s */
  float* restrict b53 = (float*)buffers[53]; /* t144 */
  float* restrict b55 = (float*)buffers[55]; /* t150 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b51[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b51[(i_v * 64 + i_j)] = (b51[(i_v * 64 + i_j)] + b50[((int64_t)b98[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b52[(i_v * 64 + i_j)] = (((b51[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b16[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b53[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b52[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b53[(i_v * 64 + i_c)] = (b53[(i_v * 64 + i_c)] + (f_a * b49[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b55[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(((b52[(i_v * 64 + i_j)] * 0.9393754f) + (b53[(i_v * 64 + i_j)] * 0.06062462f))), seed, 9ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(((b52[(i_v * 64 + i_j)] * 0.9393754f) + (b53[(i_v * 64 + i_j)] * 0.06062462f)))) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | mul */
void k38_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b54 = (float*)buffers[54]; /* convs.9.W */
  float* restrict b55 = (float*)buffers[55]; /* t150 */
  float* restrict b56 = (float*)buffers[56]; /* t152 */
  float* restrict b57 = (float*)buffers[57]; /* convs.9.s */
  float* restrict b58 = (float*)buffers[58]; /* t157 */
  float* restrict b60 = (float*)buffers[60]; /* t163 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b56[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b56[(i_v * 64 + i_j)] = (b56[(i_v * 64 + i_j)] + b55[((int64_t)b98[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b57[(i_v * 64 + i_j)] = (((b56[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b16[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b58[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b57[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b58[(i_v * 64 + i_c)] = (b58[(i_v * 64 + i_c)] + (f_a * b54[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b60[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(((b57[(i_v * 64 + i_j)] * 0.9459328f) + (b58[(i_v * 64 + i_j)] * 0.05406722f))), seed, 10ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(((b57[(i_v * 64 + i_j)] * 0.9459328f) + (b58[(i_v * 64 + i_j)] * 0.05406722f)))) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | mul */
void k42_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b59 = (float*)buffers[59]; /* convs.10.W */
  float* restrict b60 = (float*)buffers[60]; /* t163 */
  float* restrict b61 = (float*)buffers[61]; /* t165 */
  float* restrict b62 = (float*)buffers[62]; /* convs.10.s */
  float* restrict b63 = (float*)buffers[63]; /* t170 */
  float* restrict b65 = (float*)buffers[65]; /* t176 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b61[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b61[(i_v * 64 + i_j)] = (b61[(i_v * 64 + i_j)] + b60[((int64_t)b98[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b62[(i_v * 64 + i_j)] = (((b61[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b16[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b63[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b62[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b63[(i_v * 64 + i_c)] = (b63[(i_v * 64 + i_c)] + (f_a * b59[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b65[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(((b62[(i_v * 64 + i_j)] * 0.95120984f) + (b63[(i_v * 64 + i_j)] * 0.048790164f))), seed, 11ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(((b62[(i_v * 64 + i_j)] * 0.95120984f) + (b63[(i_v * 64 + i_j)] * 0.048790164f)))) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | mul */
void k46_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b64 = (float*)buffers[64]; /* convs.11.W */
  float* restrict b65 = (float*)buffers[65]; /* t176 */
  float* restrict b66 = (float*)buffers[66]; /* t178 */
  float* restrict b67 = (float*)buffers[67]; /* convs.11.s */
  float* restrict b68 = (float*)buffers[68]; /* t183 */
  float* restrict b70 = (float*)buffers[70]; /* t189 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b66[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b66[(i_v * 64 + i_j)] = (b66[(i_v * 64 + i_j)] + b65[((int64_t)b98[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b67[(i_v * 64 + i_j)] = (((b66[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b16[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b68[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b67[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b68[(i_v * 64 + i_c)] = (b68[(i_v * 64 + i_c)] + (f_a * b64[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b70[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(((b67[(i_v * 64 + i_j)] * 0.9555482f) + (b68[(i_v * 64 + i_j)] * 0.044451762f))), seed, 12ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(((b67[(i_v * 64 + i_j)] * 0.9555482f) + (b68[(i_v * 64 + i_j)] * 0.044451762f)))) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | mul */
void k50_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b69 = (float*)buffers[69]; /* convs.12.W */
  float* restrict b70 = (float*)buffers[70]; /* t189 */
  float* restrict b71 = (float*)buffers[71]; /* t191 */
  float* restrict b72 = (float*)buffers[72]; /* convs.12.s */
  float* restrict b73 = (float*)buffers[73]; /* t196 */
  float* restrict b75 = (float*)buffers[75]; /* t202 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b71[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b71[(i_v * 64 + i_j)] = (b71[(i_v * 64 + i_j)] + b70[((int64_t)b98[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b72[(i_v * 64 + i_j)] = (((b71[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b16[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b73[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b72[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b73[(i_v * 64 + i_c)] = (b73[(i_v * 64 + i_c)] + (f_a * b69[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b75[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(((b72[(i_v * 64 + i_j)] * 0.95917803f) + (b73[(i_v * 64 + i_j)] * 0.040821996f))), seed, 13ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(((b72[(i_v * 64 + i_j)] * 0.95917803f) + (b73[(i_v * 64 + i_j)] * 0.040821996f)))) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | mul */
void k54_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b74 = (float*)buffers[74]; /* convs.13.W */
  float* restrict b75 = (float*)buffers[75]; /* t202 */
  float* restrict b76 = (float*)buffers[76]; /* t204 */
  float* restrict b77 = (float*)buffers[77]; /* convs.13.s */
  float* restrict b78 = (float*)buffers[78]; /* t209 */
  float* restrict b80 = (float*)buffers[80]; /* t215 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b76[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b76[(i_v * 64 + i_j)] = (b76[(i_v * 64 + i_j)] + b75[((int64_t)b98[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b77[(i_v * 64 + i_j)] = (((b76[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b16[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b78[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b77[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b78[(i_v * 64 + i_c)] = (b78[(i_v * 64 + i_c)] + (f_a * b74[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b80[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(((b77[(i_v * 64 + i_j)] * 0.96225965f) + (b78[(i_v * 64 + i_j)] * 0.037740327f))), seed, 14ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(((b77[(i_v * 64 + i_j)] * 0.96225965f) + (b78[(i_v * 64 + i_j)] * 0.037740327f)))) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | mul */
void k58_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b79 = (float*)buffers[79]; /* convs.14.W */
  float* restrict b80 = (float*)buffers[80]; /* t215 */
  float* restrict b81 = (float*)buffers[81]; /* t217 */
  float* restrict b82 = (float*)buffers[82]; /* convs.14.s */
  float* restrict b83 = (float*)buffers[83]; /* t222 */
  float* restrict b85 = (float*)buffers[85]; /* t228 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b81[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b81[(i_v * 64 + i_j)] = (b81[(i_v * 64 + i_j)] + b80[((int64_t)b98[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b82[(i_v * 64 + i_j)] = (((b81[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b16[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b83[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b82[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b83[(i_v * 64 + i_c)] = (b83[(i_v * 64 + i_c)] + (f_a * b79[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b85[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(((b82[(i_v * 64 + i_j)] * 0.96490866f) + (b83[(i_v * 64 + i_j)] * 0.03509132f))), seed, 15ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(((b82[(i_v * 64 + i_j)] * 0.96490866f) + (b83[(i_v * 64 + i_j)] * 0.03509132f)))) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | mul */
void k62_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b84 = (float*)buffers[84]; /* convs.15.W */
  float* restrict b85 = (float*)buffers[85]; /* t228 */
  float* restrict b86 = (float*)buffers[86]; /* t230 */
  float* restrict b87 = (float*)buffers[87]; /* convs.15.s */
  float* restrict b88 = (float*)buffers[88]; /* t235 */
  float* restrict b90 = (float*)buffers[90]; /* t241 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b86[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b86[(i_v * 64 + i_j)] = (b86[(i_v * 64 + i_j)] + b85[((int64_t)b98[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b87[(i_v * 64 + i_j)] = (((b86[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b16[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b88[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b87[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b88[(i_v * 64 + i_c)] = (b88[(i_v * 64 + i_c)] + (f_a * b84[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b90[(i_v * 64 + i_j)] = ((training ? gnnc_dropout_mul(gnnc_relu(((b87[(i_v * 64 + i_j)] * 0.9672102f) + (b88[(i_v * 64 + i_j)] * 0.032789823f))), seed, 16ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_relu(((b87[(i_v * 64 + i_j)] * 0.9672102f) + (b88[(i_v * 64 + i_j)] * 0.032789823f)))) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | matmul | add */
void k66_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b89 = (float*)buffers[89]; /* convs.16.W */
  float* restrict b90 = (float*)buffers[90]; /* t241 */
  float* restrict b91 = (float*)buffers[91]; /* t243 */
  float* restrict b92 = (float*)buffers[92]; /* convs.16.s */
  float* restrict b93 = (float*)buffers[93]; /* t248 */
  float* restrict b94 = (float*)buffers[94]; /* lin2.W */
  float* restrict b95 = (float*)buffers[95]; /* lin2.b */
  float* restrict b96 = (float*)buffers[96]; /* t255 */
  float* restrict b97 = (float*)buffers[97]; /* t256 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b91[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b91[(i_v * 64 + i_j)] = (b91[(i_v * 64 + i_j)] + b90[((int64_t)b98[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b92[(i_v * 64 + i_j)] = (((b91[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b16[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b93[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b92[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b93[(i_v * 64 + i_c)] = (b93[(i_v * 64 + i_c)] + (f_a * b89[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b96[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = (training ? gnnc_dropout_mul(gnnc_relu(((b92[(i_v * 64 + i_k)] * 0.9692283f) + (b93[(i_v * 64 + i_k)] * 0.030771658f))), seed, 17ULL, (uint64_t)((i_v * 64 + i_k)), 10066329ULL, 2.5f) : gnnc_relu(((b92[(i_v * 64 + i_k)] * 0.9692283f) + (b93[(i_v * 64 + i_k)] * 0.030771658f))));
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b96[(i_v * s_C + i_c)] = (b96[(i_v * s_C + i_c)] + (f_a * b94[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b97[(i_v * s_C + i_j)] = (b96[(i_v * s_C + i_j)] + b95[i_j]);
      }
    }
  }
}
