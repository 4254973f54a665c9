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
/* program GCNII: 98 buffers, 17 kernels */

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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b12 = (float*)buffers[12]; /* h0 */
  float* restrict b13 = (float*)buffers[13]; /* convs.1.W */
  float* restrict b14 = (float*)buffers[14]; /* t45 */
  float* restrict b15 = (float*)buffers[15]; /* t47 */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b17 = (float*)buffers[17]; /* convs.1.s */
  float* restrict b18 = (float*)buffers[18]; /* t53 */
  float* restrict b20 = (float*)buffers[20]; /* t59 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b15[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b15[(i_v * 64 + i_j)] = (b15[(i_v * 64 + i_j)] + b14[((int64_t)b0[i_e] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b16[(i_v * 64 + i_j)] = (b12[(i_v * 64 + i_j)] * 0.1f);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b17[(i_v * 64 + i_j)] = (((b15[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b16[(i_v * 64 + i_j)]);
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b19 = (float*)buffers[19]; /* convs.2.W */
  float* restrict b20 = (float*)buffers[20]; /* t59 */
  float* restrict b21 = (float*)buffers[21]; /* t61 */
  float* restrict b22 = (float*)buffers[22]; /* convs.2.s */
  float* restrict b23 = (float*)buffers[23]; /* t66 */
  float* restrict b25 = (float*)buffers[25]; /* t72 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b21[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b21[(i_v * 64 + i_j)] = (b21[(i_v * 64 + i_j)] + b20[((int64_t)b0[i_e] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b22[(i_v * 64 + i_j)] = (((b21[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b16[(i_v * 64 + i_j)]);
      }
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b24 = (float*)buffers[24]; /* convs.3.W */
  float* restrict b25 = (float*)buffers[25]; /* t72 */
  float* restrict b26 = (float*)buffers[26]; /* t74 */
  float* restrict b27 = (float*)buffers[27]; /* convs.3.s */
  float* restrict b28 = (float*)buffers[28]; /* t79 */
  float* restrict b30 = (float*)buffers[30]; /* t85 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b26[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b26[(i_v * 64 + i_j)] = (b26[(i_v * 64 + i_j)] + b25[((int64_t)b0[i_e] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b27[(i_v * 64 + i_j)] = (((b26[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b16[(i_v * 64 + i_j)]);
      }
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b29 = (float*)buffers[29]; /* convs.4.W */
  float* restrict b30 = (float*)buffers[30]; /* t85 */
  float* restrict b31 = (float*)buffers[31]; /* t87 */
  float* restrict b32 = (float*)buffers[32]; /* convs.4.s */
  float* restrict b33 = (float*)buffers[33]; /* t92 */
  float* restrict b35 = (float*)buffers[35]; /* t98 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b31[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b31[(i_v * 64 + i_j)] = (b31[(i_v * 64 + i_j)] + b30[((int64_t)b0[i_e] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b32[(i_v * 64 + i_j)] = (((b31[(i_v * 64 + i_j)] * b7[i_v]) * 0.9f) + b16[(i_v * 64 + i_j)]);
      }
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b34 = (float*)buffers[34]; /* convs.5.W */
  float* restrict b35 = (float*)buffers[35]; /* t98 */
  float* restrict b36 = (float*)buffers[36]; /* t100 */
  float* restrict b37 = (float*)buffers[37]; /* convs.5.s */
  float* restrict b38 = (float*)buffers[38]; /* t105 */
  float* restrict b40 = (float*)buffers[40]; /* t111 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b36[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b36[(i_v * 64 + i_j)] = (b36[(i_v * 64 + i_j)] + b35[((int64_t)b0[i_e] * 64 + i_j)]);
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b39 = (float*)buffers[39]; /* convs.6.W */
  float* restrict b40 = (float*)buffers[40]; /* t111 */
  float* restrict b41 = (float*)buffers[41]; /* t113 */
  float* restrict b42 = (float*)buffers[42]; /* convs.6.s */
  float* restrict b43 = (float*)buffers[43]; /* t118 */
  float* restrict b45 = (float*)buffers[45]; /* t124 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b41[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b41[(i_v * 64 + i_j)] = (b41[(i_v * 64 + i_j)] + b40[((int64_t)b0[i_e] * 64 + i_j)]);
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b44 = (float*)buffers[44]; /* convs.7.W */
  float* restrict b45 = (float*)buffers[45]; /* t124 */
  float* restrict b46 = (float*)buffers[46]; /* t126 */
  float* restrict b47 = (float*)buffers[47]; /* convs.7.s */
  float* restrict b48 = (float*)buffers[48]; /* t131 */
  float* restrict b50 = (float*)buffers[50]; /* t137 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b46[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b46[(i_v * 64 + i_j)] = (b46[(i_v * 64 + i_j)] + b45[((int64_t)b0[i_e] * 64 + i_j)]);
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b49 = (float*)buffers[49]; /* convs.8.W */
  float* restrict b50 = (float*)buffers[50]; /* t137 */
  float* restrict b51 = (float*)buffers[51]; /* t139 */
  float* restrict b52 = (float*)buffers[52]; /* convs.8.s */
  float* restrict b53 = (float*)buffers[53]; /* t144 */
  float* restrict b55 = (float*)buffers[55]; /* t150 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b51[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b51[(i_v * 64 + i_j)] = (b51[(i_v * 64 + i_j)] + b50[((int64_t)b0[i_e] * 64 + i_j)]);
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b54 = (float*)buffers[54]; /* convs.9.W */
  float* restrict b55 = (float*)buffers[55]; /* t150 */
  float* restrict b56 = (float*)buffers[56]; /* t152 */
  float* restrict b57 = (float*)buffers[57]; /* convs.9.s */
  float* restrict b58 = (float*)buffers[58]; /* t157 */
  float* restrict b60 = (float*)buffers[60]; /* t163 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b56[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b56[(i_v * 64 + i_j)] = (b56[(i_v * 64 + i_j)] + b55[((int64_t)b0[i_e] * 64 + i_j)]);
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b59 = (float*)buffers[59]; /* convs.10.W */
  float* restrict b60 = (float*)buffers[60]; /* t163 */
  float* restrict b61 = (float*)buffers[61]; /* t165 */
  float* restrict b62 = (float*)buffers[62]; /* convs.10.s */
  float* restrict b63 = (float*)buffers[63]; /* t170 */
  float* restrict b65 = (float*)buffers[65]; /* t176 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b61[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b61[(i_v * 64 + i_j)] = (b61[(i_v * 64 + i_j)] + b60[((int64_t)b0[i_e] * 64 + i_j)]);
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b64 = (float*)buffers[64]; /* convs.11.W */
  float* restrict b65 = (float*)buffers[65]; /* t176 */
  float* restrict b66 = (float*)buffers[66]; /* t178 */
  float* restrict b67 = (float*)buffers[67]; /* convs.11.s */
  float* restrict b68 = (float*)buffers[68]; /* t183 */
  float* restrict b70 = (float*)buffers[70]; /* t189 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b66[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b66[(i_v * 64 + i_j)] = (b66[(i_v * 64 + i_j)] + b65[((int64_t)b0[i_e] * 64 + i_j)]);
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b69 = (float*)buffers[69]; /* convs.12.W */
  float* restrict b70 = (float*)buffers[70]; /* t189 */
  float* restrict b71 = (float*)buffers[71]; /* t191 */
  float* restrict b72 = (float*)buffers[72]; /* convs.12.s */
  float* restrict b73 = (float*)buffers[73]; /* t196 */
  float* restrict b75 = (float*)buffers[75]; /* t202 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b71[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b71[(i_v * 64 + i_j)] = (b71[(i_v * 64 + i_j)] + b70[((int64_t)b0[i_e] * 64 + i_j)]);
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b74 = (float*)buffers[74]; /* convs.13.W */
  float* restrict b75 = (float*)buffers[75]; /* t202 */
  float* restrict b76 = (float*)buffers[76]; /* t204 */
  float* restrict b77 = (float*)buffers[77]; /* convs.13.s */
  float* restrict b78 = (float*)buffers[78]; /* t209 */
  float* restrict b80 = (float*)buffers[80]; /* t215 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b76[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b76[(i_v * 64 + i_j)] = (b76[(i_v * 64 + i_j)] + b75[((int64_t)b0[i_e] * 64 + i_j)]);
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b79 = (float*)buffers[79]; /* convs.14.W */
  float* restrict b80 = (float*)buffers[80]; /* t215 */
  float* restrict b81 = (float*)buffers[81]; /* t217 */
  float* restrict b82 = (float*)buffers[82]; /* convs.14.s */
  float* restrict b83 = (float*)buffers[83]; /* t222 */
  float* restrict b85 = (float*)buffers[85]; /* t228 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b81[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b81[(i_v * 64 + i_j)] = (b81[(i_v * 64 + i_j)] + b80[((int64_t)b0[i_e] * 64 + i_j)]);
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b7 = (float*)buffers[7]; /* convs.1.dn */
  float* restrict b16 = (float*)buffers[16]; /* t50 */
  float* restrict b84 = (float*)buffers[84]; /* convs.15.W */
  float* restrict b85 = (float*)buffers[85]; /* t228 */
  float* restrict b86 = (float*)buffers[86]; /* t230 */
  float* restrict b87 = (float*)buffers[87]; /* convs.15.s */
  float* restrict b88 = (float*)buffers[88]; /* t235 */
  float* restrict b90 = (float*)buffers[90]; /* t241 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b86[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b86[(i_v * 64 + i_j)] = (b86[(i_v * 64 + i_j)] + b85[((int64_t)b0[i_e] * 64 + i_j)]);
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
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
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b91[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b91[(i_v * 64 + i_j)] = (b91[(i_v * 64 + i_j)] + b90[((int64_t)b0[i_e] * 64 + i_j)]);
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
