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
GNNC_INLINE float gnnc_elu(float x, float alpha) { return x > 0.0f ? x : alpha * (expf(x) - 1.0f); }
GNNC_INLINE float gnnc_elu_grad(float g, float x, float alpha) { return x > 0.0f ? g : g * alpha * expf(x); }
GNNC_INLINE float gnnc_exp(float x) { return expf(x); }
GNNC_INLINE float gnnc_log(float x) { return logf(x); }
GNNC_INLINE float gnnc_rsqrt(float x) { return 1.0f / sqrtf(x); }
/* program Transformer: 100 buffers, 47 kernels */

/* matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) */
void k54_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b32 = (float*)buffers[32]; /* conv2.W_q */
  float* restrict b34 = (float*)buffers[34]; /* conv2.W_k */
  float* restrict b36 = (float*)buffers[36]; /* conv2.W_v */
  float* restrict b38 = (float*)buffers[38]; /* conv2.W_skip */
  float* restrict b61 = (float*)buffers[61]; /* t78.wt */
  float* restrict b72 = (float*)buffers[72]; /* t99.wt */
  float* restrict b76 = (float*)buffers[76]; /* t104.wt */
  float* restrict b80 = (float*)buffers[80]; /* t109.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < s_C; i_q++) {
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b80[(i_q * 64 + i_c)] = b32[(i_c * s_C + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b76[(i_q * 64 + i_c)] = b34[(i_c * s_C + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b72[(i_q * 64 + i_c)] = b36[(i_c * s_C + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b61[(i_q * 64 + i_c)] = b38[(i_c * s_C + i_q)];
      }
    }
  }
}

/* rsqrt */
void k0_rsqrt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b6 = (float*)buffers[6]; /* t2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    float f_inv0 = gnnc_rsqrt((float)(s_C));
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b6[(i_r + i_j)] = f_inv0;
    }
  }
}

/* dropout | matmul | add | matmul | add | matmul | add */
void k1_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* x */
  float* restrict b8 = (float*)buffers[8]; /* t4 */
  float* restrict b9 = (float*)buffers[9]; /* conv1.W_q */
  float* restrict b10 = (float*)buffers[10]; /* conv1.b_q */
  float* restrict b11 = (float*)buffers[11]; /* conv1.W_k */
  float* restrict b12 = (float*)buffers[12]; /* conv1.b_k */
  float* restrict b13 = (float*)buffers[13]; /* conv1.W_v */
  float* restrict b14 = (float*)buffers[14]; /* conv1.b_v */
  float* restrict b17 = (float*)buffers[17]; /* t13 */
  float* restrict b18 = (float*)buffers[18]; /* t14 */
  float* restrict b19 = (float*)buffers[19]; /* t16 */
  float* restrict b20 = (float*)buffers[20]; /* t17 */
  float* restrict b21 = (float*)buffers[21]; /* t19 */
  float* restrict b22 = (float*)buffers[22]; /* t20 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b8[(i_r * s_F + i_j)] = (training ? gnnc_dropout_mul(b7[(i_r * s_F + i_j)], seed, 0ULL, (uint64_t)((i_r * s_F + i_j)), 10066329ULL, 2.5f) : b7[(i_r * s_F + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b17[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b8[(i_r * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b17[(i_r * 64 + i_c)] = (b17[(i_r * 64 + i_c)] + (f_a * b9[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b18[(i_r * 64 + i_j)] = (b17[(i_r * 64 + i_j)] + b10[i_j]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b19[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b8[(i_r * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b19[(i_r * 64 + i_c)] = (b19[(i_r * 64 + i_c)] + (f_a * b11[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b20[(i_r * 64 + i_j)] = (b19[(i_r * 64 + i_j)] + b12[i_j]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b21[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b8[(i_r * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b21[(i_r * 64 + i_c)] = (b21[(i_r * 64 + i_c)] + (f_a * b13[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b22[(i_r * 64 + i_j)] = (b21[(i_r * 64 + i_j)] + b14[i_j]);
      }
    }
  }
}

/* rowsum | mul */
void k8_rowsum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b18 = (float*)buffers[18]; /* t14 */
  float* restrict b20 = (float*)buffers[20]; /* t17 */
  float* restrict b23 = (float*)buffers[23]; /* t25 */
  float* restrict b24 = (float*)buffers[24]; /* conv1.s */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < 8; i_k++) {
          f_acc = (f_acc + (b18[((int64_t)b1[i_r] * 64 + (i_j * 8 + i_k))] * b20[((int64_t)b0[i_r] * 64 + (i_j * 8 + i_k))]));
        }
        b23[(i_r * 8 + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        b24[(i_r * 8 + i_j)] = (b23[(i_r * 8 + i_j)] * 0.35355338f);
      }
    }
  }
}

/* edge_softmax */
void k10_edge_softmax(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b24 = (float*)buffers[24]; /* conv1.s */
  float* restrict b25 = (float*)buffers[25]; /* t27 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      float f_top = (-INFINITY);
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_top = fmaxf(f_top, b24[(i_e * 8 + i_j)]);
      }
      float f_total = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_total = (f_total + gnnc_exp((b24[(i_e * 8 + i_j)] - f_top)));
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        b25[(i_e * 8 + i_j)] = (gnnc_exp((b24[(i_e * 8 + i_j)] - f_top)) / f_total);
      }
    }
  }
}

/* dropout */
void k11_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b25 = (float*)buffers[25]; /* t27 */
  float* restrict b26 = (float*)buffers[26]; /* conv1.a */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      b26[(i_r * 8 + i_j)] = (training ? gnnc_dropout_mul(b25[(i_r * 8 + i_j)], seed, 1ULL, (uint64_t)((i_r * 8 + i_j)), 10066329ULL, 2.5f) : b25[(i_r * 8 + i_j)]);
    }
  }
}

/* aggregate.dst.sum | matmul | add | add | dropout | matmul | add | matmul | add | matmul | add */
void k12_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b8 = (float*)buffers[8]; /* t4 */
  float* restrict b15 = (float*)buffers[15]; /* conv1.W_skip */
  float* restrict b16 = (float*)buffers[16]; /* conv1.b_skip */
  float* restrict b22 = (float*)buffers[22]; /* t20 */
  float* restrict b26 = (float*)buffers[26]; /* conv1.a */
  float* restrict b27 = (float*)buffers[27]; /* t31 */
  float* restrict b28 = (float*)buffers[28]; /* t32 */
  float* restrict b29 = (float*)buffers[29]; /* t33 */
  float* restrict b30 = (float*)buffers[30]; /* h1 */
  float* restrict b31 = (float*)buffers[31]; /* h */
  float* restrict b32 = (float*)buffers[32]; /* conv2.W_q */
  float* restrict b33 = (float*)buffers[33]; /* conv2.b_q */
  float* restrict b34 = (float*)buffers[34]; /* conv2.W_k */
  float* restrict b35 = (float*)buffers[35]; /* conv2.b_k */
  float* restrict b36 = (float*)buffers[36]; /* conv2.W_v */
  float* restrict b37 = (float*)buffers[37]; /* conv2.b_v */
  float* restrict b40 = (float*)buffers[40]; /* t47 */
  float* restrict b41 = (float*)buffers[41]; /* t48 */
  float* restrict b42 = (float*)buffers[42]; /* t50 */
  float* restrict b43 = (float*)buffers[43]; /* t51 */
  float* restrict b44 = (float*)buffers[44]; /* t53 */
  float* restrict b45 = (float*)buffers[45]; /* t54 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b27[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b27[(i_v * 64 + i_j)] = (b27[(i_v * 64 + i_j)] + (b26[(i_e * 8 + ((i_j / 8) % 8))] * b22[((int64_t)b98[i_q] * 64 + i_j)]));
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b28[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b8[(i_v * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b28[(i_v * 64 + i_c)] = (b28[(i_v * 64 + i_c)] + (f_a * b15[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b29[(i_v * 64 + i_j)] = (b28[(i_v * 64 + i_j)] + b16[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b30[(i_v * 64 + i_j)] = (b27[(i_v * 64 + i_j)] + b29[(i_v * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b31[(i_v * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_elu(b30[(i_v * 64 + i_j)], 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_elu(b30[(i_v * 64 + i_j)], 1.0f));
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b40[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b31[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b40[(i_v * s_C + i_c)] = (b40[(i_v * s_C + i_c)] + (f_a * b32[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b41[(i_v * s_C + i_j)] = (b40[(i_v * s_C + i_j)] + b33[i_j]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b42[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b31[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b42[(i_v * s_C + i_c)] = (b42[(i_v * s_C + i_c)] + (f_a * b34[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b43[(i_v * s_C + i_j)] = (b42[(i_v * s_C + i_j)] + b35[i_j]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b44[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b31[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b44[(i_v * s_C + i_c)] = (b44[(i_v * s_C + i_c)] + (f_a * b36[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b45[(i_v * s_C + i_j)] = (b44[(i_v * s_C + i_j)] + b37[i_j]);
      }
    }
  }
}

/* rowsum | mul */
void k23_rowsum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b6 = (float*)buffers[6]; /* t2 */
  float* restrict b41 = (float*)buffers[41]; /* t48 */
  float* restrict b43 = (float*)buffers[43]; /* t51 */
  float* restrict b46 = (float*)buffers[46]; /* t59 */
  float* restrict b47 = (float*)buffers[47]; /* conv2.s */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < s_C; i_k++) {
          f_acc = (f_acc + (b41[((int64_t)b1[i_r] * s_C + (i_j * s_C + i_k))] * b43[((int64_t)b0[i_r] * s_C + (i_j * s_C + i_k))]));
        }
        b46[(i_r + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b47[(i_r + i_j)] = (b46[(i_r + i_j)] * b6[0]);
      }
    }
  }
}

/* edge_softmax */
void k25_edge_softmax(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b47 = (float*)buffers[47]; /* conv2.s */
  float* restrict b48 = (float*)buffers[48]; /* t61 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      float f_top = (-INFINITY);
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_top = fmaxf(f_top, b47[(i_e + i_j)]);
      }
      float f_total = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_total = (f_total + gnnc_exp((b47[(i_e + i_j)] - f_top)));
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        b48[(i_e + i_j)] = (gnnc_exp((b47[(i_e + i_j)] - f_top)) / f_total);
      }
    }
  }
}

/* dropout */
void k26_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b48 = (float*)buffers[48]; /* t61 */
  float* restrict b49 = (float*)buffers[49]; /* conv2.a */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b49[(i_r + i_j)] = (training ? gnnc_dropout_mul(b48[(i_r + i_j)], seed, 3ULL, (uint64_t)((i_r + i_j)), 10066329ULL, 2.5f) : b48[(i_r + i_j)]);
    }
  }
}

/* aggregate.dst.sum | matmul | add | add */
void k27_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b31 = (float*)buffers[31]; /* h */
  float* restrict b38 = (float*)buffers[38]; /* conv2.W_skip */
  float* restrict b39 = (float*)buffers[39]; /* conv2.b_skip */
  float* restrict b45 = (float*)buffers[45]; /* t54 */
  float* restrict b49 = (float*)buffers[49]; /* conv2.a */
  float* restrict b50 = (float*)buffers[50]; /* t65 */
  float* restrict b51 = (float*)buffers[51]; /* t66 */
  float* restrict b52 = (float*)buffers[52]; /* t67 */
  float* restrict b53 = (float*)buffers[53]; /* t69 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b50[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b50[(i_v * s_C + i_j)] = (b50[(i_v * s_C + i_j)] + (b49[i_e] * b45[((int64_t)b98[i_q] * s_C + i_j)]));
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b51[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b31[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b51[(i_v * s_C + i_c)] = (b51[(i_v * s_C + i_c)] + (f_a * b38[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b52[(i_v * s_C + i_j)] = (b51[(i_v * s_C + i_j)] + b39[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b53[(i_v * s_C + i_j)] = (b50[(i_v * s_C + i_j)] + b52[(i_v * s_C + i_j)]);
      }
    }
  }
}

/* mean_heads */
void k31_mean_heads(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b53 = (float*)buffers[53]; /* t69 */
  float* restrict b54 = (float*)buffers[54]; /* t70 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_C*s_N; i_r++) {
    float f_acc = 0.0f;
    for (int64_t i_k = 0; i_k < 1; i_k++) {
      f_acc = (f_acc + b53[(((i_r / s_C) + i_k) * s_C + (i_r % s_C))]);
    }
    b54[i_r] = (f_acc / (float)(1));
  }
}

/* cross_entropy */
void k32_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b54 = (float*)buffers[54]; /* t70 */
  int32_t* restrict b55 = (int32_t*)buffers[55]; /* labels */
  float* restrict b56 = (float*)buffers[56]; /* train_mask */
  float* restrict b57 = (float*)buffers[57]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b56[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    if (b56[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b54[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b54[(i_v * s_C + i_c)] - f_top)));
      }
      f_loss = (f_loss + (b56[i_v] * ((f_top + gnnc_log(f_total)) - b54[(i_v * s_C + (int64_t)b55[i_v])])));
    }
  }
  b57[0] = 0.0f;
  if (f_count > 0.0f) {
    b57[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k33_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b54 = (float*)buffers[54]; /* t70 */
  int32_t* restrict b55 = (int32_t*)buffers[55]; /* labels */
  float* restrict b56 = (float*)buffers[56]; /* train_mask */
  float* restrict b58 = (float*)buffers[58]; /* t74 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b56[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, b54[(i_v * s_C + i_c)]);
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + gnnc_exp((b54[(i_v * s_C + i_c)] - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b58[(i_v * s_C + i_c)] = ((b56[i_v] * ((gnnc_exp((b54[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b55[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
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
  float* restrict b58 = (float*)buffers[58]; /* t74 */
  float* restrict b59 = (float*)buffers[59]; /* grad.conv2.b_skip */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b58[(i_k0 * s_C + (i_t % s_C))]);
    }
    b59[i_t] = f_acc;
  }
}

/* matmul_nt */
void k36_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b58 = (float*)buffers[58]; /* t74 */
  float* restrict b60 = (float*)buffers[60]; /* t78 */
  float* restrict b61 = (float*)buffers[61]; /* t78.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b60[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b58[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b60[(i_r * 64 + i_c)] = (b60[(i_r * 64 + i_c)] + (f_a * b61[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k37_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b31 = (float*)buffers[31]; /* h */
  float* restrict b58 = (float*)buffers[58]; /* t74 */
  float* restrict b62 = (float*)buffers[62]; /* grad.conv2.W_skip */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b62[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b31[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b62[(i_k * s_C + i_c)] = (b62[(i_k * s_C + i_c)] + (f_a * b58[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* sum_to */
void k38_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b45 = (float*)buffers[45]; /* t54 */
  float* restrict b58 = (float*)buffers[58]; /* t74 */
  float* restrict b63 = (float*)buffers[63]; /* t82 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_E; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k2 = 0; i_k2 < s_C; i_k2++) {
      f_acc = (f_acc + (b58[((int64_t)b1[(i_t % s_E)] * s_C + i_k2)] * b45[((int64_t)b0[(i_t % s_E)] * s_C + i_k2)]));
    }
    b63[i_t] = f_acc;
  }
}

/* aggregate.src.sum */
void k39_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b49 = (float*)buffers[49]; /* conv2.a */
  float* restrict b58 = (float*)buffers[58]; /* t74 */
  float* restrict b64 = (float*)buffers[64]; /* t84 */
  int32_t* restrict b99 = (int32_t*)buffers[99]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_j = 0; i_j < s_C; i_j++) {
      b64[(i_v * s_C + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b5[i_q];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b64[(i_v * s_C + i_j)] = (b64[(i_v * s_C + i_j)] + (b58[((int64_t)b99[i_q] * s_C + i_j)] * b49[i_e]));
      }
    }
  }
}

/* dropout */
void k40_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b63 = (float*)buffers[63]; /* t82 */
  float* restrict b65 = (float*)buffers[65]; /* t85 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b65[(i_r + i_j)] = (training ? gnnc_dropout_mul(b63[(i_r + i_j)], seed, 3ULL, (uint64_t)((i_r + i_j)), 10066329ULL, 2.5f) : b63[(i_r + i_j)]);
    }
  }
}

/* aggregate.dst.sum */
void k41_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b48 = (float*)buffers[48]; /* t61 */
  float* restrict b65 = (float*)buffers[65]; /* t85 */
  float* restrict b66 = (float*)buffers[66]; /* t87 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b66[(i_v + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b3[i_q];
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b66[(i_v + i_j)] = (b66[(i_v + i_j)] + (b65[(i_e + i_j)] * b48[(i_e + i_j)]));
      }
    }
  }
}

/* broadcast_to */
void k42_broadcast_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b6 = (float*)buffers[6]; /* t2 */
  float* restrict b48 = (float*)buffers[48]; /* t61 */
  float* restrict b65 = (float*)buffers[65]; /* t85 */
  float* restrict b66 = (float*)buffers[66]; /* t87 */
  float* restrict b67 = (float*)buffers[67]; /* t92 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < s_C; i_j++) {
      b67[(i_r * s_C + i_j)] = ((b48[i_r] * (b65[i_r] - b66[(int64_t)b1[i_r]])) * b6[0]);
    }
  }
}

/* aggregate.src.sum | aggregate.dst.sum */
void k43_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b41 = (float*)buffers[41]; /* t48 */
  float* restrict b43 = (float*)buffers[43]; /* t51 */
  float* restrict b67 = (float*)buffers[67]; /* t92 */
  float* restrict b68 = (float*)buffers[68]; /* t95 */
  float* restrict b69 = (float*)buffers[69]; /* t96 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  int32_t* restrict b99 = (int32_t*)buffers[99]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b68[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b68[(i_v * s_C + i_j)] = (b68[(i_v * s_C + i_j)] + (b67[(i_e * s_C + i_j)] * b41[((int64_t)b99[i_q] * s_C + i_j)]));
        }
      }
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b69[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b69[(i_v * s_C + i_j)] = (b69[(i_v * s_C + i_j)] + (b67[(i_e * s_C + i_j)] * b43[((int64_t)b98[i_q] * s_C + i_j)]));
        }
      }
    }
  }
}

/* sum_to */
void k45_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b64 = (float*)buffers[64]; /* t84 */
  float* restrict b70 = (float*)buffers[70]; /* grad.conv2.b_v */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b64[(i_k0 * s_C + (i_t % s_C))]);
    }
    b70[i_t] = f_acc;
  }
}

/* matmul_nt */
void k47_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b64 = (float*)buffers[64]; /* t84 */
  float* restrict b71 = (float*)buffers[71]; /* t99 */
  float* restrict b72 = (float*)buffers[72]; /* t99.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b71[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b64[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b71[(i_r * 64 + i_c)] = (b71[(i_r * 64 + i_c)] + (f_a * b72[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k48_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b31 = (float*)buffers[31]; /* h */
  float* restrict b64 = (float*)buffers[64]; /* t84 */
  float* restrict b73 = (float*)buffers[73]; /* grad.conv2.W_v */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b73[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b31[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b73[(i_k * s_C + i_c)] = (b73[(i_k * s_C + i_c)] + (f_a * b64[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* sum_to */
void k49_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b68 = (float*)buffers[68]; /* t95 */
  float* restrict b74 = (float*)buffers[74]; /* grad.conv2.b_k */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b68[(i_k0 * s_C + (i_t % s_C))]);
    }
    b74[i_t] = f_acc;
  }
}

/* matmul_nt */
void k51_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b68 = (float*)buffers[68]; /* t95 */
  float* restrict b75 = (float*)buffers[75]; /* t104 */
  float* restrict b76 = (float*)buffers[76]; /* t104.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b75[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b68[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b75[(i_r * 64 + i_c)] = (b75[(i_r * 64 + i_c)] + (f_a * b76[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k52_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b31 = (float*)buffers[31]; /* h */
  float* restrict b68 = (float*)buffers[68]; /* t95 */
  float* restrict b77 = (float*)buffers[77]; /* grad.conv2.W_k */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b77[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b31[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b77[(i_k * s_C + i_c)] = (b77[(i_k * s_C + i_c)] + (f_a * b68[(i_r * s_C + i_c)]));
        }
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
  float* restrict b69 = (float*)buffers[69]; /* t96 */
  float* restrict b78 = (float*)buffers[78]; /* grad.conv2.b_q */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b69[(i_k0 * s_C + (i_t % s_C))]);
    }
    b78[i_t] = f_acc;
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
  float* restrict b69 = (float*)buffers[69]; /* t96 */
  float* restrict b79 = (float*)buffers[79]; /* t109 */
  float* restrict b80 = (float*)buffers[80]; /* t109.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b79[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b69[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b79[(i_r * 64 + i_c)] = (b79[(i_r * 64 + i_c)] + (f_a * b80[(i_q * 64 + i_c)]));
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
  float* restrict b31 = (float*)buffers[31]; /* h */
  float* restrict b69 = (float*)buffers[69]; /* t96 */
  float* restrict b81 = (float*)buffers[81]; /* grad.conv2.W_q */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b81[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b31[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b81[(i_k * s_C + i_c)] = (b81[(i_k * s_C + i_c)] + (f_a * b69[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* elu_grad */
void k57_elu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b30 = (float*)buffers[30]; /* h1 */
  float* restrict b60 = (float*)buffers[60]; /* t78 */
  float* restrict b71 = (float*)buffers[71]; /* t99 */
  float* restrict b75 = (float*)buffers[75]; /* t104 */
  float* restrict b79 = (float*)buffers[79]; /* t109 */
  float* restrict b82 = (float*)buffers[82]; /* t113 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b82[(i_r * 64 + i_j)] = gnnc_elu_grad((training ? gnnc_dropout_mul((((b60[(i_r * 64 + i_j)] + b71[(i_r * 64 + i_j)]) + b75[(i_r * 64 + i_j)]) + b79[(i_r * 64 + i_j)]), seed, 2ULL, (uint64_t)((i_r * 64 + i_j)), 10066329ULL, 2.5f) : (((b60[(i_r * 64 + i_j)] + b71[(i_r * 64 + i_j)]) + b75[(i_r * 64 + i_j)]) + b79[(i_r * 64 + i_j)])), b30[(i_r * 64 + i_j)], 1.0f);
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
  float* restrict b82 = (float*)buffers[82]; /* t113 */
  float* restrict b83 = (float*)buffers[83]; /* grad.conv1.b_skip */
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
void k59_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b8 = (float*)buffers[8]; /* t4 */
  float* restrict b82 = (float*)buffers[82]; /* t113 */
  float* restrict b84 = (float*)buffers[84]; /* grad.conv1.W_skip */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b84[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b8[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b84[(i_k * 64 + i_c)] = (b84[(i_k * 64 + i_c)] + (f_a * b82[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* sum_to */
void k60_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b22 = (float*)buffers[22]; /* t20 */
  float* restrict b82 = (float*)buffers[82]; /* t113 */
  float* restrict b85 = (float*)buffers[85]; /* t120 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 8*s_E; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k2 = 0; i_k2 < 8; i_k2++) {
      f_acc = (f_acc + (b82[((int64_t)b1[((i_t / 8) % s_E)] * 64 + (i_k2 + (i_t % 8) * 8))] * b22[((int64_t)b0[((i_t / 8) % s_E)] * 64 + (i_k2 + (i_t % 8) * 8))]));
    }
    b85[i_t] = f_acc;
  }
}

/* aggregate.src.sum */
void k61_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b26 = (float*)buffers[26]; /* conv1.a */
  float* restrict b82 = (float*)buffers[82]; /* t113 */
  float* restrict b86 = (float*)buffers[86]; /* t122 */
  int32_t* restrict b99 = (int32_t*)buffers[99]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b86[(i_v * 64 + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b5[i_q];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b86[(i_v * 64 + i_j)] = (b86[(i_v * 64 + i_j)] + (b82[((int64_t)b99[i_q] * 64 + i_j)] * b26[(i_e * 8 + ((i_j / 8) % 8))]));
      }
    }
  }
}

/* dropout */
void k62_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b85 = (float*)buffers[85]; /* t120 */
  float* restrict b87 = (float*)buffers[87]; /* t123 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      b87[(i_r * 8 + i_j)] = (training ? gnnc_dropout_mul(b85[(i_r * 8 + i_j)], seed, 1ULL, (uint64_t)((i_r * 8 + i_j)), 10066329ULL, 2.5f) : b85[(i_r * 8 + i_j)]);
    }
  }
}

/* aggregate.dst.sum */
void k63_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b25 = (float*)buffers[25]; /* t27 */
  float* restrict b87 = (float*)buffers[87]; /* t123 */
  float* restrict b88 = (float*)buffers[88]; /* t125 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      b88[(i_v * 8 + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b3[i_q];
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        b88[(i_v * 8 + i_j)] = (b88[(i_v * 8 + i_j)] + (b87[(i_e * 8 + i_j)] * b25[(i_e * 8 + i_j)]));
      }
    }
  }
}

/* broadcast_to */
void k64_broadcast_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b25 = (float*)buffers[25]; /* t27 */
  float* restrict b87 = (float*)buffers[87]; /* t123 */
  float* restrict b88 = (float*)buffers[88]; /* t125 */
  float* restrict b89 = (float*)buffers[89]; /* t130 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b89[(i_r * 64 + i_j)] = ((b25[(i_r * 8 + ((i_j / 8) % 8))] * (b87[(i_r * 8 + ((i_j / 8) % 8))] - b88[((int64_t)b1[i_r] * 8 + ((i_j / 8) % 8))])) * 0.35355338f);
    }
  }
}

/* aggregate.src.sum | aggregate.dst.sum */
void k65_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b18 = (float*)buffers[18]; /* t14 */
  float* restrict b20 = (float*)buffers[20]; /* t17 */
  float* restrict b89 = (float*)buffers[89]; /* t130 */
  float* restrict b90 = (float*)buffers[90]; /* t133 */
  float* restrict b91 = (float*)buffers[91]; /* t134 */
  int32_t* restrict b98 = (int32_t*)buffers[98]; /* in_src */
  int32_t* restrict b99 = (int32_t*)buffers[99]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b90[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b90[(i_v * 64 + i_j)] = (b90[(i_v * 64 + i_j)] + (b89[(i_e * 64 + i_j)] * b18[((int64_t)b99[i_q] * 64 + i_j)]));
        }
      }
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b91[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b91[(i_v * 64 + i_j)] = (b91[(i_v * 64 + i_j)] + (b89[(i_e * 64 + i_j)] * b20[((int64_t)b98[i_q] * 64 + i_j)]));
        }
      }
    }
  }
}

/* sum_to */
void k67_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b86 = (float*)buffers[86]; /* t122 */
  float* restrict b92 = (float*)buffers[92]; /* grad.conv1.b_v */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b86[(i_k0 * 64 + (i_t % 64))]);
    }
    b92[i_t] = f_acc;
  }
}

/* matmul_tn */
void k68_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b8 = (float*)buffers[8]; /* t4 */
  float* restrict b86 = (float*)buffers[86]; /* t122 */
  float* restrict b93 = (float*)buffers[93]; /* grad.conv1.W_v */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b93[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b8[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b93[(i_k * 64 + i_c)] = (b93[(i_k * 64 + i_c)] + (f_a * b86[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* sum_to */
void k69_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b90 = (float*)buffers[90]; /* t133 */
  float* restrict b94 = (float*)buffers[94]; /* grad.conv1.b_k */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b90[(i_k0 * 64 + (i_t % 64))]);
    }
    b94[i_t] = f_acc;
  }
}

/* matmul_tn */
void k70_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b8 = (float*)buffers[8]; /* t4 */
  float* restrict b90 = (float*)buffers[90]; /* t133 */
  float* restrict b95 = (float*)buffers[95]; /* grad.conv1.W_k */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b95[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b8[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b95[(i_k * 64 + i_c)] = (b95[(i_k * 64 + i_c)] + (f_a * b90[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* sum_to */
void k71_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b91 = (float*)buffers[91]; /* t134 */
  float* restrict b96 = (float*)buffers[96]; /* grad.conv1.b_q */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b91[(i_k0 * 64 + (i_t % 64))]);
    }
    b96[i_t] = f_acc;
  }
}

/* matmul_tn */
void k72_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b8 = (float*)buffers[8]; /* t4 */
  float* restrict b91 = (float*)buffers[91]; /* t134 */
  float* restrict b97 = (float*)buffers[97]; /* grad.conv1.W_q */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b97[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b8[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b97[(i_k * 64 + i_c)] = (b97[(i_k * 64 + i_c)] + (f_a * b91[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}
