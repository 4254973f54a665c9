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
/* program GINEps: 60 buffers, 26 kernels */

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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
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
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b9[(i_v * s_F + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < s_F; i_j++) {
          b9[(i_v * s_F + i_j)] = (b9[(i_v * s_F + i_j)] + b7[((int64_t)b0[i_e] * s_F + i_j)]);
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b20 = (float*)buffers[20]; /* h */
  float* restrict b22 = (float*)buffers[22]; /* conv2.agg */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b22[(i_v * 64 + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b3[i_q];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b22[(i_v * 64 + i_j)] = (b22[(i_v * 64 + i_j)] + b20[((int64_t)b0[i_e] * 64 + i_j)]);
      }
    }
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
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b19 = (float*)buffers[19]; /* t17 */
  float* restrict b23 = (float*)buffers[23]; /* t23 */
  float* restrict b44 = (float*)buffers[44]; /* t44 */
  float* restrict b48 = (float*)buffers[48]; /* t50 */
  float* restrict b49 = (float*)buffers[49]; /* t53 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b48[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b48[(i_v * 64 + i_j)] = (b48[(i_v * 64 + i_j)] + b44[((int64_t)b1[i_e] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b49[(i_v * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b44[(i_v * 64 + i_j)] * b23[0]) + b48[(i_v * 64 + i_j)]), seed, 1ULL, (uint64_t)((i_v * 64 + i_j)), 8388608ULL, 2.0f) : ((b44[(i_v * 64 + i_j)] * b23[0]) + b48[(i_v * 64 + i_j)])), b19[(i_v * 64 + i_j)]);
      }
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
