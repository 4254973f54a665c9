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
/* program GINGraph: 77 buffers, 6 kernels */

/* aggregate.dst.sum | matmul | matmul | relu */
void k0_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b8 = (float*)buffers[8]; /* x */
  float* restrict b9 = (float*)buffers[9]; /* t3 */
  float* restrict b10 = (float*)buffers[10]; /* conv1.mlp.W1 */
  float* restrict b11 = (float*)buffers[11]; /* conv1.mlp.b1 */
  float* restrict b12 = (float*)buffers[12]; /* conv1.mlp.W2 */
  float* restrict b13 = (float*)buffers[13]; /* conv1.mlp.b2 */
  float* restrict b14 = (float*)buffers[14]; /* t9 */
  float* restrict b15 = (float*)buffers[15]; /* conv1.mlp.bn.weight */
  float* restrict b16 = (float*)buffers[16]; /* conv1.mlp.bn.bias */
  float* restrict b17 = (float*)buffers[17]; /* conv1.mlp.bn.running_mean */
  float* restrict b18 = (float*)buffers[18]; /* conv1.mlp.bn.running_var */
  float* restrict b19 = (float*)buffers[19]; /* t22 */
  float* restrict b20 = (float*)buffers[20]; /* h */
  int32_t* restrict b76 = (int32_t*)buffers[76]; /* in_src */
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
          b9[(i_v * s_F + i_j)] = (b9[(i_v * s_F + i_j)] + b8[((int64_t)b76[i_q] * s_F + i_j)]);
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b14[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = (b8[(i_v * s_F + i_k)] + b9[(i_v * s_F + i_k)]);
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b14[(i_v * 64 + i_c)] = (b14[(i_v * 64 + i_c)] + (f_a * b10[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b19[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = gnnc_relu((((((b14[(i_v * 64 + i_k)] + b11[i_k]) - b17[i_k]) * gnnc_rsqrt((b18[i_k] + 1e-05f))) * b15[i_k]) + b16[i_k]));
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b19[(i_v * 64 + i_c)] = (b19[(i_v * 64 + i_c)] + (f_a * b12[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b20[(i_v * 64 + i_j)] = gnnc_relu((b19[(i_v * 64 + i_j)] + b13[i_j]));
      }
    }
  }
}

/* aggregate.dst.sum | matmul | matmul | relu */
void k4_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b20 = (float*)buffers[20]; /* h */
  float* restrict b21 = (float*)buffers[21]; /* t26 */
  float* restrict b22 = (float*)buffers[22]; /* convs.2.mlp.W1 */
  float* restrict b23 = (float*)buffers[23]; /* convs.2.mlp.b1 */
  float* restrict b24 = (float*)buffers[24]; /* convs.2.mlp.W2 */
  float* restrict b25 = (float*)buffers[25]; /* convs.2.mlp.b2 */
  float* restrict b26 = (float*)buffers[26]; /* t32 */
  float* restrict b27 = (float*)buffers[27]; /* convs.2.mlp.bn.weight */
  float* restrict b28 = (float*)buffers[28]; /* convs.2.mlp.bn.bias */
  float* restrict b29 = (float*)buffers[29]; /* convs.2.mlp.bn.running_mean */
  float* restrict b30 = (float*)buffers[30]; /* convs.2.mlp.bn.running_var */
  float* restrict b31 = (float*)buffers[31]; /* t45 */
  float* restrict b32 = (float*)buffers[32]; /* h.1 */
  int32_t* restrict b76 = (int32_t*)buffers[76]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b21[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b21[(i_v * 64 + i_j)] = (b21[(i_v * 64 + i_j)] + b20[((int64_t)b76[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b26[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = (b20[(i_v * 64 + i_k)] + b21[(i_v * 64 + i_k)]);
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b26[(i_v * 64 + i_c)] = (b26[(i_v * 64 + i_c)] + (f_a * b22[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b31[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = gnnc_relu((((((b26[(i_v * 64 + i_k)] + b23[i_k]) - b29[i_k]) * gnnc_rsqrt((b30[i_k] + 1e-05f))) * b27[i_k]) + b28[i_k]));
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b31[(i_v * 64 + i_c)] = (b31[(i_v * 64 + i_c)] + (f_a * b24[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b32[(i_v * 64 + i_j)] = gnnc_relu((b31[(i_v * 64 + i_j)] + b25[i_j]));
      }
    }
  }
}

/* aggregate.dst.sum | matmul | matmul | relu */
void k8_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b32 = (float*)buffers[32]; /* h.1 */
  float* restrict b33 = (float*)buffers[33]; /* t49 */
  float* restrict b34 = (float*)buffers[34]; /* convs.3.mlp.W1 */
  float* restrict b35 = (float*)buffers[35]; /* convs.3.mlp.b1 */
  float* restrict b36 = (float*)buffers[36]; /* convs.3.mlp.W2 */
  float* restrict b37 = (float*)buffers[37]; /* convs.3.mlp.b2 */
  float* restrict b38 = (float*)buffers[38]; /* t55 */
  float* restrict b39 = (float*)buffers[39]; /* convs.3.mlp.bn.weight */
  float* restrict b40 = (float*)buffers[40]; /* convs.3.mlp.bn.bias */
  float* restrict b41 = (float*)buffers[41]; /* convs.3.mlp.bn.running_mean */
  float* restrict b42 = (float*)buffers[42]; /* convs.3.mlp.bn.running_var */
  float* restrict b43 = (float*)buffers[43]; /* t68 */
  float* restrict b44 = (float*)buffers[44]; /* h.2 */
  int32_t* restrict b76 = (int32_t*)buffers[76]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b33[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b33[(i_v * 64 + i_j)] = (b33[(i_v * 64 + i_j)] + b32[((int64_t)b76[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b38[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = (b32[(i_v * 64 + i_k)] + b33[(i_v * 64 + i_k)]);
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b38[(i_v * 64 + i_c)] = (b38[(i_v * 64 + i_c)] + (f_a * b34[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b43[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = gnnc_relu((((((b38[(i_v * 64 + i_k)] + b35[i_k]) - b41[i_k]) * gnnc_rsqrt((b42[i_k] + 1e-05f))) * b39[i_k]) + b40[i_k]));
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b43[(i_v * 64 + i_c)] = (b43[(i_v * 64 + i_c)] + (f_a * b36[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b44[(i_v * 64 + i_j)] = gnnc_relu((b43[(i_v * 64 + i_j)] + b37[i_j]));
      }
    }
  }
}

/* aggregate.dst.sum | matmul | matmul | relu */
void k12_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b44 = (float*)buffers[44]; /* h.2 */
  float* restrict b45 = (float*)buffers[45]; /* t72 */
  float* restrict b46 = (float*)buffers[46]; /* convs.4.mlp.W1 */
  float* restrict b47 = (float*)buffers[47]; /* convs.4.mlp.b1 */
  float* restrict b48 = (float*)buffers[48]; /* convs.4.mlp.W2 */
  float* restrict b49 = (float*)buffers[49]; /* convs.4.mlp.b2 */
  float* restrict b50 = (float*)buffers[50]; /* t78 */
  float* restrict b51 = (float*)buffers[51]; /* convs.4.mlp.bn.weight */
  float* restrict b52 = (float*)buffers[52]; /* convs.4.mlp.bn.bias */
  float* restrict b53 = (float*)buffers[53]; /* convs.4.mlp.bn.running_mean */
  float* restrict b54 = (float*)buffers[54]; /* convs.4.mlp.bn.running_var */
  float* restrict b55 = (float*)buffers[55]; /* t91 */
  float* restrict b56 = (float*)buffers[56]; /* h.3 */
  int32_t* restrict b76 = (int32_t*)buffers[76]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b45[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b45[(i_v * 64 + i_j)] = (b45[(i_v * 64 + i_j)] + b44[((int64_t)b76[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b50[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = (b44[(i_v * 64 + i_k)] + b45[(i_v * 64 + i_k)]);
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b50[(i_v * 64 + i_c)] = (b50[(i_v * 64 + i_c)] + (f_a * b46[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b55[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = gnnc_relu((((((b50[(i_v * 64 + i_k)] + b47[i_k]) - b53[i_k]) * gnnc_rsqrt((b54[i_k] + 1e-05f))) * b51[i_k]) + b52[i_k]));
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b55[(i_v * 64 + i_c)] = (b55[(i_v * 64 + i_c)] + (f_a * b48[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b56[(i_v * 64 + i_j)] = gnnc_relu((b55[(i_v * 64 + i_j)] + b49[i_j]));
      }
    }
  }
}

/* aggregate.dst.sum | matmul | matmul */
void k16_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b56 = (float*)buffers[56]; /* h.3 */
  float* restrict b57 = (float*)buffers[57]; /* t95 */
  float* restrict b58 = (float*)buffers[58]; /* convs.5.mlp.W1 */
  float* restrict b59 = (float*)buffers[59]; /* convs.5.mlp.b1 */
  float* restrict b60 = (float*)buffers[60]; /* convs.5.mlp.W2 */
  float* restrict b62 = (float*)buffers[62]; /* t101 */
  float* restrict b63 = (float*)buffers[63]; /* convs.5.mlp.bn.weight */
  float* restrict b64 = (float*)buffers[64]; /* convs.5.mlp.bn.bias */
  float* restrict b65 = (float*)buffers[65]; /* convs.5.mlp.bn.running_mean */
  float* restrict b66 = (float*)buffers[66]; /* convs.5.mlp.bn.running_var */
  float* restrict b67 = (float*)buffers[67]; /* t114 */
  int32_t* restrict b76 = (int32_t*)buffers[76]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b57[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b57[(i_v * 64 + i_j)] = (b57[(i_v * 64 + i_j)] + b56[((int64_t)b76[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b62[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = (b56[(i_v * 64 + i_k)] + b57[(i_v * 64 + i_k)]);
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b62[(i_v * 64 + i_c)] = (b62[(i_v * 64 + i_c)] + (f_a * b58[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b67[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = gnnc_relu((((((b62[(i_v * 64 + i_k)] + b59[i_k]) - b65[i_k]) * gnnc_rsqrt((b66[i_k] + 1e-05f))) * b63[i_k]) + b64[i_k]));
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b67[(i_v * 64 + i_c)] = (b67[(i_v * 64 + i_c)] + (f_a * b60[(i_k * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* aggregate.graph.sum | matmul | matmul | add */
void k19_aggregate_graph_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b6 = (int32_t*)buffers[6]; /* graph_ptr */
  float* restrict b61 = (float*)buffers[61]; /* convs.5.mlp.b2 */
  float* restrict b67 = (float*)buffers[67]; /* t114 */
  float* restrict b68 = (float*)buffers[68]; /* W1 */
  float* restrict b69 = (float*)buffers[69]; /* b1 */
  float* restrict b70 = (float*)buffers[70]; /* W2 */
  float* restrict b71 = (float*)buffers[71]; /* b2 */
  float* restrict b72 = (float*)buffers[72]; /* g */
  float* restrict b73 = (float*)buffers[73]; /* t122 */
  float* restrict b74 = (float*)buffers[74]; /* t126 */
  float* restrict b75 = (float*)buffers[75]; /* t127 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_G; i_v++) {
    {
      int64_t i_start = (int64_t)b6[i_v];
      int64_t i_end = (int64_t)b6[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b72[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = i_q;
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b72[(i_v * 64 + i_j)] = (b72[(i_v * 64 + i_j)] + gnnc_relu((b67[(i_e * 64 + i_j)] + b61[i_j])));
        }
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
            b73[(i_v * 64 + i_c)] = (b73[(i_v * 64 + i_c)] + (f_a * b68[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b74[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = (training ? gnnc_dropout_mul(gnnc_relu((b73[(i_v * 64 + i_k)] + b69[i_k])), seed, 0ULL, (uint64_t)((i_v * 64 + i_k)), 8388608ULL, 2.0f) : gnnc_relu((b73[(i_v * 64 + i_k)] + b69[i_k])));
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b74[(i_v * s_C + i_c)] = (b74[(i_v * s_C + i_c)] + (f_a * b70[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b75[(i_v * s_C + i_j)] = (b74[(i_v * s_C + i_j)] + b71[i_j]);
      }
    }
  }
}
