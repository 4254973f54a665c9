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
/* program APPNP: 75 buffers, 31 kernels */

/* matmul_nt (W^T) */
void k54_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b15 = (float*)buffers[15]; /* lin2.W */
  float* restrict b68 = (float*)buffers[68]; /* t153.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < s_C; i_q++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b68[(i_q * 64 + i_c)] = b15[(i_c * s_C + i_q)];
    }
  }
}

/* in_degree | rsqrt | dropout | matmul | add | dropout | matmul | add | mul */
void k0_in_degree(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b6 = (float*)buffers[6]; /* t0 */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b8 = (float*)buffers[8]; /* x */
  float* restrict b9 = (float*)buffers[9]; /* t6 */
  float* restrict b10 = (float*)buffers[10]; /* lin1.W */
  float* restrict b11 = (float*)buffers[11]; /* lin1.b */
  float* restrict b12 = (float*)buffers[12]; /* t9 */
  float* restrict b13 = (float*)buffers[13]; /* t10 */
  float* restrict b14 = (float*)buffers[14]; /* hidden */
  float* restrict b15 = (float*)buffers[15]; /* lin2.W */
  float* restrict b16 = (float*)buffers[16]; /* lin2.b */
  float* restrict b17 = (float*)buffers[17]; /* t15 */
  float* restrict b18 = (float*)buffers[18]; /* h0 */
  float* restrict b19 = (float*)buffers[19]; /* t17 */
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
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b9[(i_v * s_F + i_j)] = (training ? gnnc_dropout_mul(b8[(i_v * s_F + i_j)], seed, 0ULL, (uint64_t)((i_v * s_F + i_j)), 8388608ULL, 2.0f) : b8[(i_v * s_F + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b12[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b9[(i_v * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b12[(i_v * 64 + i_c)] = (b12[(i_v * 64 + i_c)] + (f_a * b10[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b13[(i_v * 64 + i_j)] = (b12[(i_v * 64 + i_j)] + b11[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b14[(i_v * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_relu(b13[(i_v * 64 + i_j)]), seed, 1ULL, (uint64_t)((i_v * 64 + i_j)), 8388608ULL, 2.0f) : gnnc_relu(b13[(i_v * 64 + i_j)]));
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b17[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b14[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b17[(i_v * s_C + i_c)] = (b17[(i_v * s_C + i_c)] + (f_a * b15[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b18[(i_v * s_C + i_j)] = (b17[(i_v * s_C + i_j)] + b16[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b19[(i_v * s_C + i_j)] = (b18[(i_v * s_C + i_j)] * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | mul | mul */
void k9_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b18 = (float*)buffers[18]; /* h0 */
  float* restrict b19 = (float*)buffers[19]; /* t17 */
  float* restrict b20 = (float*)buffers[20]; /* t19 */
  float* restrict b21 = (float*)buffers[21]; /* t22 */
  float* restrict b22 = (float*)buffers[22]; /* t24 */
  int32_t* restrict b73 = (int32_t*)buffers[73]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b20[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b20[(i_v * s_C + i_j)] = (b20[(i_v * s_C + i_j)] + b19[((int64_t)b73[i_q] * s_C + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b21[(i_v * s_C + i_j)] = (b18[(i_v * s_C + i_j)] * 0.1f);
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b22[(i_v * s_C + i_j)] = ((((b20[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | mul */
void k12_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b21 = (float*)buffers[21]; /* t22 */
  float* restrict b22 = (float*)buffers[22]; /* t24 */
  float* restrict b23 = (float*)buffers[23]; /* t26 */
  float* restrict b24 = (float*)buffers[24]; /* t30 */
  int32_t* restrict b73 = (int32_t*)buffers[73]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b23[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b23[(i_v * s_C + i_j)] = (b23[(i_v * s_C + i_j)] + b22[((int64_t)b73[i_q] * s_C + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b24[(i_v * s_C + i_j)] = ((((b23[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | mul */
void k14_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b21 = (float*)buffers[21]; /* t22 */
  float* restrict b24 = (float*)buffers[24]; /* t30 */
  float* restrict b25 = (float*)buffers[25]; /* t32 */
  float* restrict b26 = (float*)buffers[26]; /* t36 */
  int32_t* restrict b73 = (int32_t*)buffers[73]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b25[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b25[(i_v * s_C + i_j)] = (b25[(i_v * s_C + i_j)] + b24[((int64_t)b73[i_q] * s_C + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b26[(i_v * s_C + i_j)] = ((((b25[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | mul */
void k16_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b21 = (float*)buffers[21]; /* t22 */
  float* restrict b26 = (float*)buffers[26]; /* t36 */
  float* restrict b27 = (float*)buffers[27]; /* t38 */
  float* restrict b28 = (float*)buffers[28]; /* t42 */
  int32_t* restrict b73 = (int32_t*)buffers[73]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b27[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b27[(i_v * s_C + i_j)] = (b27[(i_v * s_C + i_j)] + b26[((int64_t)b73[i_q] * s_C + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b28[(i_v * s_C + i_j)] = ((((b27[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | mul */
void k18_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b21 = (float*)buffers[21]; /* t22 */
  float* restrict b28 = (float*)buffers[28]; /* t42 */
  float* restrict b29 = (float*)buffers[29]; /* t44 */
  float* restrict b30 = (float*)buffers[30]; /* t48 */
  int32_t* restrict b73 = (int32_t*)buffers[73]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b29[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b29[(i_v * s_C + i_j)] = (b29[(i_v * s_C + i_j)] + b28[((int64_t)b73[i_q] * s_C + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b30[(i_v * s_C + i_j)] = ((((b29[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | mul */
void k20_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b21 = (float*)buffers[21]; /* t22 */
  float* restrict b30 = (float*)buffers[30]; /* t48 */
  float* restrict b31 = (float*)buffers[31]; /* t50 */
  float* restrict b32 = (float*)buffers[32]; /* t54 */
  int32_t* restrict b73 = (int32_t*)buffers[73]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b31[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b31[(i_v * s_C + i_j)] = (b31[(i_v * s_C + i_j)] + b30[((int64_t)b73[i_q] * s_C + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b32[(i_v * s_C + i_j)] = ((((b31[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | mul */
void k22_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b21 = (float*)buffers[21]; /* t22 */
  float* restrict b32 = (float*)buffers[32]; /* t54 */
  float* restrict b33 = (float*)buffers[33]; /* t56 */
  float* restrict b34 = (float*)buffers[34]; /* t60 */
  int32_t* restrict b73 = (int32_t*)buffers[73]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b33[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b33[(i_v * s_C + i_j)] = (b33[(i_v * s_C + i_j)] + b32[((int64_t)b73[i_q] * s_C + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b34[(i_v * s_C + i_j)] = ((((b33[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | mul */
void k24_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b21 = (float*)buffers[21]; /* t22 */
  float* restrict b34 = (float*)buffers[34]; /* t60 */
  float* restrict b35 = (float*)buffers[35]; /* t62 */
  float* restrict b36 = (float*)buffers[36]; /* t66 */
  int32_t* restrict b73 = (int32_t*)buffers[73]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b35[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b35[(i_v * s_C + i_j)] = (b35[(i_v * s_C + i_j)] + b34[((int64_t)b73[i_q] * s_C + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b36[(i_v * s_C + i_j)] = ((((b35[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | mul */
void k26_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b21 = (float*)buffers[21]; /* t22 */
  float* restrict b36 = (float*)buffers[36]; /* t66 */
  float* restrict b37 = (float*)buffers[37]; /* t68 */
  float* restrict b38 = (float*)buffers[38]; /* t72 */
  int32_t* restrict b73 = (int32_t*)buffers[73]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b37[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b37[(i_v * s_C + i_j)] = (b37[(i_v * s_C + i_j)] + b36[((int64_t)b73[i_q] * s_C + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b38[(i_v * s_C + i_j)] = ((((b37[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
    }
  }
}

/* aggregate.dst.sum | add */
void k28_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b21 = (float*)buffers[21]; /* t22 */
  float* restrict b38 = (float*)buffers[38]; /* t72 */
  float* restrict b39 = (float*)buffers[39]; /* t74 */
  float* restrict b40 = (float*)buffers[40]; /* h.9 */
  int32_t* restrict b73 = (int32_t*)buffers[73]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b39[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b39[(i_v * s_C + i_j)] = (b39[(i_v * s_C + i_j)] + b38[((int64_t)b73[i_q] * s_C + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b40[(i_v * s_C + i_j)] = (((b39[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]);
      }
    }
  }
}

/* cross_entropy */
void k30_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b40 = (float*)buffers[40]; /* h.9 */
  int32_t* restrict b41 = (int32_t*)buffers[41]; /* labels */
  float* restrict b42 = (float*)buffers[42]; /* train_mask */
  float* restrict b43 = (float*)buffers[43]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b42[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    if (b42[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b40[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b40[(i_v * s_C + i_c)] - f_top)));
      }
      f_loss = (f_loss + (b42[i_v] * ((f_top + gnnc_log(f_total)) - b40[(i_v * s_C + (int64_t)b41[i_v])])));
    }
  }
  b43[0] = 0.0f;
  if (f_count > 0.0f) {
    b43[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k31_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b40 = (float*)buffers[40]; /* h.9 */
  int32_t* restrict b41 = (int32_t*)buffers[41]; /* labels */
  float* restrict b42 = (float*)buffers[42]; /* train_mask */
  float* restrict b44 = (float*)buffers[44]; /* t81 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b42[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, b40[(i_v * s_C + i_c)]);
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + gnnc_exp((b40[(i_v * s_C + i_c)] - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b44[(i_v * s_C + i_c)] = ((b42[i_v] * ((gnnc_exp((b40[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b41[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
    }
  }
}

/* mul */
void k32_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b44 = (float*)buffers[44]; /* t81 */
  float* restrict b45 = (float*)buffers[45]; /* t84 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < s_C; i_j++) {
      b45[(i_r * s_C + i_j)] = ((b44[(i_r * s_C + i_j)] * 0.9f) * b7[i_r]);
    }
  }
}

/* aggregate.src.sum | mul */
void k33_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b45 = (float*)buffers[45]; /* t84 */
  float* restrict b46 = (float*)buffers[46]; /* t87 */
  float* restrict b47 = (float*)buffers[47]; /* t91 */
  int32_t* restrict b74 = (int32_t*)buffers[74]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b46[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b46[(i_v * s_C + i_j)] = (b46[(i_v * s_C + i_j)] + (b45[((int64_t)b74[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b47[(i_v * s_C + i_j)] = ((b46[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | mul */
void k35_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b47 = (float*)buffers[47]; /* t91 */
  float* restrict b48 = (float*)buffers[48]; /* t94 */
  float* restrict b49 = (float*)buffers[49]; /* t98 */
  int32_t* restrict b74 = (int32_t*)buffers[74]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b48[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b48[(i_v * s_C + i_j)] = (b48[(i_v * s_C + i_j)] + (b47[((int64_t)b74[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b49[(i_v * s_C + i_j)] = ((b48[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
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
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b49 = (float*)buffers[49]; /* t98 */
  float* restrict b50 = (float*)buffers[50]; /* t101 */
  float* restrict b51 = (float*)buffers[51]; /* t105 */
  int32_t* restrict b74 = (int32_t*)buffers[74]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b50[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b50[(i_v * s_C + i_j)] = (b50[(i_v * s_C + i_j)] + (b49[((int64_t)b74[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b51[(i_v * s_C + i_j)] = ((b50[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | mul */
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
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b51 = (float*)buffers[51]; /* t105 */
  float* restrict b52 = (float*)buffers[52]; /* t108 */
  float* restrict b53 = (float*)buffers[53]; /* t112 */
  int32_t* restrict b74 = (int32_t*)buffers[74]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b52[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b52[(i_v * s_C + i_j)] = (b52[(i_v * s_C + i_j)] + (b51[((int64_t)b74[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b53[(i_v * s_C + i_j)] = ((b52[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | mul */
void k41_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b53 = (float*)buffers[53]; /* t112 */
  float* restrict b54 = (float*)buffers[54]; /* t115 */
  float* restrict b55 = (float*)buffers[55]; /* t119 */
  int32_t* restrict b74 = (int32_t*)buffers[74]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b54[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b54[(i_v * s_C + i_j)] = (b54[(i_v * s_C + i_j)] + (b53[((int64_t)b74[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b55[(i_v * s_C + i_j)] = ((b54[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | mul */
void k43_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b55 = (float*)buffers[55]; /* t119 */
  float* restrict b56 = (float*)buffers[56]; /* t122 */
  float* restrict b57 = (float*)buffers[57]; /* t126 */
  int32_t* restrict b74 = (int32_t*)buffers[74]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b56[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b56[(i_v * s_C + i_j)] = (b56[(i_v * s_C + i_j)] + (b55[((int64_t)b74[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b57[(i_v * s_C + i_j)] = ((b56[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | mul */
void k45_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b57 = (float*)buffers[57]; /* t126 */
  float* restrict b58 = (float*)buffers[58]; /* t129 */
  float* restrict b59 = (float*)buffers[59]; /* t133 */
  int32_t* restrict b74 = (int32_t*)buffers[74]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b58[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b58[(i_v * s_C + i_j)] = (b58[(i_v * s_C + i_j)] + (b57[((int64_t)b74[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b59[(i_v * s_C + i_j)] = ((b58[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | mul */
void k47_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b59 = (float*)buffers[59]; /* t133 */
  float* restrict b60 = (float*)buffers[60]; /* t136 */
  float* restrict b61 = (float*)buffers[61]; /* t140 */
  int32_t* restrict b74 = (int32_t*)buffers[74]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b60[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b60[(i_v * s_C + i_j)] = (b60[(i_v * s_C + i_j)] + (b59[((int64_t)b74[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b61[(i_v * s_C + i_j)] = ((b60[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | mul */
void k49_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b61 = (float*)buffers[61]; /* t140 */
  float* restrict b62 = (float*)buffers[62]; /* t143 */
  float* restrict b63 = (float*)buffers[63]; /* t147 */
  int32_t* restrict b74 = (int32_t*)buffers[74]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b62[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b62[(i_v * s_C + i_j)] = (b62[(i_v * s_C + i_j)] + (b61[((int64_t)b74[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b63[(i_v * s_C + i_j)] = ((b62[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
    }
  }
}

/* aggregate.src.sum | add */
void k51_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* restrict b44 = (float*)buffers[44]; /* t81 */
  float* restrict b46 = (float*)buffers[46]; /* t87 */
  float* restrict b48 = (float*)buffers[48]; /* t94 */
  float* restrict b50 = (float*)buffers[50]; /* t101 */
  float* restrict b52 = (float*)buffers[52]; /* t108 */
  float* restrict b54 = (float*)buffers[54]; /* t115 */
  float* restrict b56 = (float*)buffers[56]; /* t122 */
  float* restrict b58 = (float*)buffers[58]; /* t129 */
  float* restrict b60 = (float*)buffers[60]; /* t136 */
  float* restrict b62 = (float*)buffers[62]; /* t143 */
  float* restrict b63 = (float*)buffers[63]; /* t147 */
  float* restrict b64 = (float*)buffers[64]; /* t150 */
  float* restrict b65 = (float*)buffers[65]; /* t151 */
  int32_t* restrict b74 = (int32_t*)buffers[74]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b64[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b64[(i_v * s_C + i_j)] = (b64[(i_v * s_C + i_j)] + (b63[((int64_t)b74[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b65[(i_v * s_C + i_j)] = (((((((((((b44[(i_v * s_C + i_j)] * 0.1f) + (b46[(i_v * s_C + i_j)] * 0.1f)) + (b48[(i_v * s_C + i_j)] * 0.1f)) + (b50[(i_v * s_C + i_j)] * 0.1f)) + (b52[(i_v * s_C + i_j)] * 0.1f)) + (b54[(i_v * s_C + i_j)] * 0.1f)) + (b56[(i_v * s_C + i_j)] * 0.1f)) + (b58[(i_v * s_C + i_j)] * 0.1f)) + (b60[(i_v * s_C + i_j)] * 0.1f)) + (b62[(i_v * s_C + i_j)] * 0.1f)) + b64[(i_v * s_C + i_j)]);
      }
    }
  }
}

/* sum_to */
void k53_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b65 = (float*)buffers[65]; /* t151 */
  float* restrict b66 = (float*)buffers[66]; /* grad.lin2.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b65[(i_k0 * s_C + (i_t % s_C))]);
    }
    b66[i_t] = f_acc;
  }
}

/* matmul_nt */
void k55_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b65 = (float*)buffers[65]; /* t151 */
  float* restrict b67 = (float*)buffers[67]; /* t153 */
  float* restrict b68 = (float*)buffers[68]; /* t153.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b67[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b65[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b67[(i_r * 64 + i_c)] = (b67[(i_r * 64 + i_c)] + (f_a * b68[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k56_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b14 = (float*)buffers[14]; /* hidden */
  float* restrict b65 = (float*)buffers[65]; /* t151 */
  float* restrict b69 = (float*)buffers[69]; /* grad.lin2.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b69[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b14[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b69[(i_k * s_C + i_c)] = (b69[(i_k * s_C + i_c)] + (f_a * b65[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k57_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b13 = (float*)buffers[13]; /* t10 */
  float* restrict b67 = (float*)buffers[67]; /* t153 */
  float* restrict b70 = (float*)buffers[70]; /* t156 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b70[(i_r * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b67[(i_r * 64 + i_j)], seed, 1ULL, (uint64_t)((i_r * 64 + i_j)), 8388608ULL, 2.0f) : b67[(i_r * 64 + i_j)]), b13[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k58_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b70 = (float*)buffers[70]; /* t156 */
  float* restrict b71 = (float*)buffers[71]; /* grad.lin1.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b70[(i_k0 * 64 + (i_t % 64))]);
    }
    b71[i_t] = f_acc;
  }
}

/* matmul_tn */
void k59_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b9 = (float*)buffers[9]; /* t6 */
  float* restrict b70 = (float*)buffers[70]; /* t156 */
  float* restrict b72 = (float*)buffers[72]; /* grad.lin1.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b72[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b9[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b72[(i_k * 64 + i_c)] = (b72[(i_k * 64 + i_c)] + (f_a * b70[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}
