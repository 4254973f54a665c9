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
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b19[(i_v * 64 + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b3[i_q];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b19[(i_v * 64 + i_j)] = (b19[(i_v * 64 + i_j)] + gnnc_relu(b18[(i_e * 64 + i_j)]));
      }
    }
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
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b37[(i_v * 64 + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b3[i_q];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b37[(i_v * 64 + i_j)] = (b37[(i_v * 64 + i_j)] + gnnc_relu(b36[(i_e * 64 + i_j)]));
      }
    }
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
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b64[(i_v * 64 + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b5[i_q];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b64[(i_v * 64 + i_j)] = (b64[(i_v * 64 + i_j)] + b63[(i_e * 64 + i_j)]);
      }
    }
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
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b79[(i_v * 64 + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b5[i_q];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b79[(i_v * 64 + i_j)] = (b79[(i_v * 64 + i_j)] + b78[(i_e * 64 + i_j)]);
      }
    }
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
