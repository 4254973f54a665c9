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
GNNC_INLINE float gnnc_leaky_relu(float x, float slope) { return x > 0.0f ? x : slope * x; }
GNNC_INLINE float gnnc_leaky_relu_grad(float g, float x, float slope) { return x > 0.0f ? g : slope * g; }
GNNC_INLINE float gnnc_elu(float x, float alpha) { return x > 0.0f ? x : alpha * (expf(x) - 1.0f); }
GNNC_INLINE float gnnc_elu_grad(float g, float x, float alpha) { return x > 0.0f ? g : g * alpha * expf(x); }
GNNC_INLINE float gnnc_exp(float x) { return expf(x); }
GNNC_INLINE float gnnc_log(float x) { return logf(x); }
/* program GATv2: 85 buffers, 42 kernels */

/* matmul_nt (W^T) | matmul_nt (W^T) */
void k43_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b26 = (float*)buffers[26]; /* conv2.W_l */
  float* restrict b28 = (float*)buffers[28]; /* conv2.W_r */
  float* restrict b61 = (float*)buffers[61]; /* t79.wt */
  float* restrict b65 = (float*)buffers[65]; /* t83.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < s_C; i_q++) {
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b65[(i_q * 64 + i_c)] = b26[(i_c * s_C + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b61[(i_q * 64 + i_c)] = b28[(i_c * s_C + i_q)];
      }
    }
  }
}

/* dropout | matmul | add | matmul | add */
void k0_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b6 = (float*)buffers[6]; /* x */
  float* restrict b7 = (float*)buffers[7]; /* t1 */
  float* restrict b8 = (float*)buffers[8]; /* conv1.W_l */
  float* restrict b9 = (float*)buffers[9]; /* conv1.b_l */
  float* restrict b10 = (float*)buffers[10]; /* conv1.W_r */
  float* restrict b11 = (float*)buffers[11]; /* conv1.b_r */
  float* restrict b14 = (float*)buffers[14]; /* t8 */
  float* restrict b15 = (float*)buffers[15]; /* t9 */
  float* restrict b16 = (float*)buffers[16]; /* t11 */
  float* restrict b17 = (float*)buffers[17]; /* t12 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b7[(i_r * s_F + i_j)] = (training ? gnnc_dropout_mul(b6[(i_r * s_F + i_j)], seed, 0ULL, (uint64_t)((i_r * s_F + i_j)), 10066329ULL, 2.5f) : b6[(i_r * s_F + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b14[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b7[(i_r * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b14[(i_r * 64 + i_c)] = (b14[(i_r * 64 + i_c)] + (f_a * b8[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b15[(i_r * 64 + i_j)] = (b14[(i_r * 64 + i_j)] + b9[i_j]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b16[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b7[(i_r * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b16[(i_r * 64 + i_c)] = (b16[(i_r * 64 + i_c)] + (f_a * b10[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b17[(i_r * 64 + i_j)] = (b16[(i_r * 64 + i_j)] + b11[i_j]);
      }
    }
  }
}

/* add | leaky_relu | rowsum */
void k5_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b12 = (float*)buffers[12]; /* conv1.att */
  float* restrict b15 = (float*)buffers[15]; /* t9 */
  float* restrict b17 = (float*)buffers[17]; /* t12 */
  float* restrict b18 = (float*)buffers[18]; /* t16 */
  float* restrict b19 = (float*)buffers[19]; /* t17 */
  float* restrict b20 = (float*)buffers[20]; /* conv1.s */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b18[(i_r * 64 + i_j)] = (b15[((int64_t)b0[i_r] * 64 + i_j)] + b17[((int64_t)b1[i_r] * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b19[(i_r * 64 + i_j)] = gnnc_leaky_relu(b18[(i_r * 64 + i_j)], 0.2f);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < 8; i_k++) {
          f_acc = (f_acc + (b19[(i_r * 64 + (i_j * 8 + i_k))] * b12[(i_j * 8 + i_k)]));
        }
        b20[(i_r * 8 + i_j)] = f_acc;
      }
    }
  }
}

/* edge_softmax */
void k8_edge_softmax(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b20 = (float*)buffers[20]; /* conv1.s */
  float* restrict b21 = (float*)buffers[21]; /* t20 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      float f_top = (-INFINITY);
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_top = fmaxf(f_top, b20[(i_e * 8 + i_j)]);
      }
      float f_total = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_total = (f_total + gnnc_exp((b20[(i_e * 8 + i_j)] - f_top)));
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        b21[(i_e * 8 + i_j)] = (gnnc_exp((b20[(i_e * 8 + i_j)] - f_top)) / f_total);
      }
    }
  }
}

/* dropout */
void k9_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b21 = (float*)buffers[21]; /* t20 */
  float* restrict b22 = (float*)buffers[22]; /* conv1.a */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      b22[(i_r * 8 + i_j)] = (training ? gnnc_dropout_mul(b21[(i_r * 8 + i_j)], seed, 1ULL, (uint64_t)((i_r * 8 + i_j)), 10066329ULL, 2.5f) : b21[(i_r * 8 + i_j)]);
    }
  }
}

/* aggregate.dst.sum | add | dropout | matmul | add | matmul | add */
void k10_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b13 = (float*)buffers[13]; /* conv1.b */
  float* restrict b15 = (float*)buffers[15]; /* t9 */
  float* restrict b22 = (float*)buffers[22]; /* conv1.a */
  float* restrict b23 = (float*)buffers[23]; /* t23 */
  float* restrict b24 = (float*)buffers[24]; /* h1 */
  float* restrict b25 = (float*)buffers[25]; /* h */
  float* restrict b26 = (float*)buffers[26]; /* conv2.W_l */
  float* restrict b27 = (float*)buffers[27]; /* conv2.b_l */
  float* restrict b28 = (float*)buffers[28]; /* conv2.W_r */
  float* restrict b29 = (float*)buffers[29]; /* conv2.b_r */
  float* restrict b32 = (float*)buffers[32]; /* t34 */
  float* restrict b33 = (float*)buffers[33]; /* t35 */
  float* restrict b34 = (float*)buffers[34]; /* t37 */
  float* restrict b35 = (float*)buffers[35]; /* t38 */
  int32_t* restrict b83 = (int32_t*)buffers[83]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b23[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b23[(i_v * 64 + i_j)] = (b23[(i_v * 64 + i_j)] + (b22[(i_e * 8 + ((i_j / 8) % 8))] * b15[((int64_t)b83[i_q] * 64 + i_j)]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b24[(i_v * 64 + i_j)] = (b23[(i_v * 64 + i_j)] + b13[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b25[(i_v * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_elu(b24[(i_v * 64 + i_j)], 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_elu(b24[(i_v * 64 + i_j)], 1.0f));
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b32[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b25[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b32[(i_v * s_C + i_c)] = (b32[(i_v * s_C + i_c)] + (f_a * b26[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b33[(i_v * s_C + i_j)] = (b32[(i_v * s_C + i_j)] + b27[i_j]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b34[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b25[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b34[(i_v * s_C + i_c)] = (b34[(i_v * s_C + i_c)] + (f_a * b28[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b35[(i_v * s_C + i_j)] = (b34[(i_v * s_C + i_j)] + b29[i_j]);
      }
    }
  }
}

/* add | leaky_relu | rowsum */
void k17_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b30 = (float*)buffers[30]; /* conv2.att */
  float* restrict b33 = (float*)buffers[33]; /* t35 */
  float* restrict b35 = (float*)buffers[35]; /* t38 */
  float* restrict b36 = (float*)buffers[36]; /* t42 */
  float* restrict b37 = (float*)buffers[37]; /* t43 */
  float* restrict b38 = (float*)buffers[38]; /* conv2.s */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b36[(i_r * s_C + i_j)] = (b33[((int64_t)b0[i_r] * s_C + i_j)] + b35[((int64_t)b1[i_r] * s_C + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b37[(i_r * s_C + i_j)] = gnnc_leaky_relu(b36[(i_r * s_C + i_j)], 0.2f);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < s_C; i_k++) {
          f_acc = (f_acc + (b37[(i_r * s_C + (i_j * s_C + i_k))] * b30[(i_j * s_C + i_k)]));
        }
        b38[(i_r + i_j)] = f_acc;
      }
    }
  }
}

/* edge_softmax */
void k20_edge_softmax(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b38 = (float*)buffers[38]; /* conv2.s */
  float* restrict b39 = (float*)buffers[39]; /* t46 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      float f_top = (-INFINITY);
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_top = fmaxf(f_top, b38[(i_e + i_j)]);
      }
      float f_total = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_total = (f_total + gnnc_exp((b38[(i_e + i_j)] - f_top)));
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        b39[(i_e + i_j)] = (gnnc_exp((b38[(i_e + i_j)] - f_top)) / f_total);
      }
    }
  }
}

/* dropout */
void k21_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b39 = (float*)buffers[39]; /* t46 */
  float* restrict b40 = (float*)buffers[40]; /* conv2.a */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b40[(i_r + i_j)] = (training ? gnnc_dropout_mul(b39[(i_r + i_j)], seed, 3ULL, (uint64_t)((i_r + i_j)), 10066329ULL, 2.5f) : b39[(i_r + i_j)]);
    }
  }
}

/* aggregate.dst.sum | add */
void k22_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b31 = (float*)buffers[31]; /* conv2.b */
  float* restrict b33 = (float*)buffers[33]; /* t35 */
  float* restrict b40 = (float*)buffers[40]; /* conv2.a */
  float* restrict b41 = (float*)buffers[41]; /* t49 */
  float* restrict b42 = (float*)buffers[42]; /* t50 */
  int32_t* restrict b83 = (int32_t*)buffers[83]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b41[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b41[(i_v * s_C + i_j)] = (b41[(i_v * s_C + i_j)] + (b40[i_e] * b33[((int64_t)b83[i_q] * s_C + i_j)]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b42[(i_v * s_C + i_j)] = (b41[(i_v * s_C + i_j)] + b31[i_j]);
      }
    }
  }
}

/* mean_heads */
void k24_mean_heads(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b42 = (float*)buffers[42]; /* t50 */
  float* restrict b43 = (float*)buffers[43]; /* t51 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_C*s_N; i_r++) {
    float f_acc = 0.0f;
    for (int64_t i_k = 0; i_k < 1; i_k++) {
      f_acc = (f_acc + b42[(((i_r / s_C) + i_k) * s_C + (i_r % s_C))]);
    }
    b43[i_r] = (f_acc / (float)(1));
  }
}

/* cross_entropy */
void k25_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b43 = (float*)buffers[43]; /* t51 */
  int32_t* restrict b44 = (int32_t*)buffers[44]; /* labels */
  float* restrict b45 = (float*)buffers[45]; /* train_mask */
  float* restrict b46 = (float*)buffers[46]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b45[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    if (b45[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b43[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b43[(i_v * s_C + i_c)] - f_top)));
      }
      f_loss = (f_loss + (b45[i_v] * ((f_top + gnnc_log(f_total)) - b43[(i_v * s_C + (int64_t)b44[i_v])])));
    }
  }
  b46[0] = 0.0f;
  if (f_count > 0.0f) {
    b46[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k26_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b43 = (float*)buffers[43]; /* t51 */
  int32_t* restrict b44 = (int32_t*)buffers[44]; /* labels */
  float* restrict b45 = (float*)buffers[45]; /* train_mask */
  float* restrict b47 = (float*)buffers[47]; /* t55 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b45[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, b43[(i_v * s_C + i_c)]);
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + gnnc_exp((b43[(i_v * s_C + i_c)] - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b47[(i_v * s_C + i_c)] = ((b45[i_v] * ((gnnc_exp((b43[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b44[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
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
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b47 = (float*)buffers[47]; /* t55 */
  float* restrict b48 = (float*)buffers[48]; /* grad.conv2.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b47[(i_k0 * s_C + (i_t % s_C))]);
    }
    b48[i_t] = f_acc;
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b33 = (float*)buffers[33]; /* t35 */
  float* restrict b47 = (float*)buffers[47]; /* t55 */
  float* restrict b49 = (float*)buffers[49]; /* t60 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_E; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k2 = 0; i_k2 < s_C; i_k2++) {
      f_acc = (f_acc + (b47[((int64_t)b1[(i_t % s_E)] * s_C + i_k2)] * b33[((int64_t)b0[(i_t % s_E)] * s_C + i_k2)]));
    }
    b49[i_t] = f_acc;
  }
}

/* aggregate.src.sum */
void k29_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b40 = (float*)buffers[40]; /* conv2.a */
  float* restrict b47 = (float*)buffers[47]; /* t55 */
  float* restrict b50 = (float*)buffers[50]; /* t62 */
  int32_t* restrict b84 = (int32_t*)buffers[84]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_j = 0; i_j < s_C; i_j++) {
      b50[(i_v * s_C + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b5[i_q];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b50[(i_v * s_C + i_j)] = (b50[(i_v * s_C + i_j)] + (b47[((int64_t)b84[i_q] * s_C + i_j)] * b40[i_e]));
      }
    }
  }
}

/* dropout */
void k30_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b49 = (float*)buffers[49]; /* t60 */
  float* restrict b51 = (float*)buffers[51]; /* t63 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b51[(i_r + i_j)] = (training ? gnnc_dropout_mul(b49[(i_r + i_j)], seed, 3ULL, (uint64_t)((i_r + i_j)), 10066329ULL, 2.5f) : b49[(i_r + i_j)]);
    }
  }
}

/* aggregate.dst.sum */
void k31_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b39 = (float*)buffers[39]; /* t46 */
  float* restrict b51 = (float*)buffers[51]; /* t63 */
  float* restrict b52 = (float*)buffers[52]; /* t65 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b52[(i_v + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b3[i_q];
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b52[(i_v + i_j)] = (b52[(i_v + i_j)] + (b51[(i_e + i_j)] * b39[(i_e + i_j)]));
      }
    }
  }
}

/* broadcast_to */
void k32_broadcast_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b39 = (float*)buffers[39]; /* t46 */
  float* restrict b51 = (float*)buffers[51]; /* t63 */
  float* restrict b52 = (float*)buffers[52]; /* t65 */
  float* restrict b53 = (float*)buffers[53]; /* t69 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < s_C; i_j++) {
      b53[(i_r * s_C + i_j)] = (b39[i_r] * (b51[i_r] - b52[(int64_t)b1[i_r]]));
    }
  }
}

/* sum_to */
void k33_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b37 = (float*)buffers[37]; /* t43 */
  float* restrict b53 = (float*)buffers[53]; /* t69 */
  float* restrict b54 = (float*)buffers[54]; /* grad.conv2.att */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_E; i_k0++) {
      f_acc = (f_acc + (b53[(i_k0 * s_C + (i_t % s_C))] * b37[(i_k0 * s_C + (i_t % s_C))]));
    }
    b54[i_t] = f_acc;
  }
}

/* leaky_relu_grad */
void k34_leaky_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b30 = (float*)buffers[30]; /* conv2.att */
  float* restrict b36 = (float*)buffers[36]; /* t42 */
  float* restrict b53 = (float*)buffers[53]; /* t69 */
  float* restrict b55 = (float*)buffers[55]; /* t73 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < s_C; i_j++) {
      b55[(i_r * s_C + i_j)] = gnnc_leaky_relu_grad((b53[(i_r * s_C + i_j)] * b30[i_j]), b36[(i_r * s_C + i_j)], 0.2f);
    }
  }
}

/* aggregate.dst.sum | aggregate.src.sum | add */
void k35_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
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
  float* restrict b50 = (float*)buffers[50]; /* t62 */
  float* restrict b55 = (float*)buffers[55]; /* t73 */
  float* restrict b56 = (float*)buffers[56]; /* t74 */
  float* restrict b57 = (float*)buffers[57]; /* t75 */
  float* restrict b58 = (float*)buffers[58]; /* t76 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b56[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b56[(i_v * s_C + i_j)] = (b56[(i_v * s_C + i_j)] + b55[(i_e * s_C + i_j)]);
        }
      }
    }
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b57[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b57[(i_v * s_C + i_j)] = (b57[(i_v * s_C + i_j)] + b55[(i_e * s_C + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b58[(i_v * s_C + i_j)] = (b50[(i_v * s_C + i_j)] + b57[(i_v * s_C + i_j)]);
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
  float* restrict b56 = (float*)buffers[56]; /* t74 */
  float* restrict b59 = (float*)buffers[59]; /* grad.conv2.b_r */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b56[(i_k0 * s_C + (i_t % s_C))]);
    }
    b59[i_t] = f_acc;
  }
}

/* matmul_nt */
void k40_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b56 = (float*)buffers[56]; /* t74 */
  float* restrict b60 = (float*)buffers[60]; /* t79 */
  float* restrict b61 = (float*)buffers[61]; /* t79.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b60[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b56[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b60[(i_r * 64 + i_c)] = (b60[(i_r * 64 + i_c)] + (f_a * b61[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k41_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b25 = (float*)buffers[25]; /* h */
  float* restrict b56 = (float*)buffers[56]; /* t74 */
  float* restrict b62 = (float*)buffers[62]; /* grad.conv2.W_r */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b62[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b25[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b62[(i_k * s_C + i_c)] = (b62[(i_k * s_C + i_c)] + (f_a * b56[(i_r * s_C + i_c)]));
        }
      }
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
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b58 = (float*)buffers[58]; /* t76 */
  float* restrict b63 = (float*)buffers[63]; /* grad.conv2.b_l */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b58[(i_k0 * s_C + (i_t % s_C))]);
    }
    b63[i_t] = f_acc;
  }
}

/* matmul_nt */
void k44_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b58 = (float*)buffers[58]; /* t76 */
  float* restrict b64 = (float*)buffers[64]; /* t83 */
  float* restrict b65 = (float*)buffers[65]; /* t83.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b64[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b58[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b64[(i_r * 64 + i_c)] = (b64[(i_r * 64 + i_c)] + (f_a * b65[(i_q * 64 + i_c)]));
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
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b25 = (float*)buffers[25]; /* h */
  float* restrict b58 = (float*)buffers[58]; /* t76 */
  float* restrict b66 = (float*)buffers[66]; /* grad.conv2.W_l */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b66[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b25[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b66[(i_k * s_C + i_c)] = (b66[(i_k * s_C + i_c)] + (f_a * b58[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* elu_grad */
void k46_elu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b24 = (float*)buffers[24]; /* h1 */
  float* restrict b60 = (float*)buffers[60]; /* t79 */
  float* restrict b64 = (float*)buffers[64]; /* t83 */
  float* restrict b67 = (float*)buffers[67]; /* t87 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b67[(i_r * 64 + i_j)] = gnnc_elu_grad((training ? gnnc_dropout_mul((b60[(i_r * 64 + i_j)] + b64[(i_r * 64 + i_j)]), seed, 2ULL, (uint64_t)((i_r * 64 + i_j)), 10066329ULL, 2.5f) : (b60[(i_r * 64 + i_j)] + b64[(i_r * 64 + i_j)])), b24[(i_r * 64 + i_j)], 1.0f);
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
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b67 = (float*)buffers[67]; /* t87 */
  float* restrict b68 = (float*)buffers[68]; /* grad.conv1.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b67[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))]);
    }
    b68[i_t] = f_acc;
  }
}

/* sum_to */
void k48_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b15 = (float*)buffers[15]; /* t9 */
  float* restrict b67 = (float*)buffers[67]; /* t87 */
  float* restrict b69 = (float*)buffers[69]; /* t92 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 8*s_E; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k2 = 0; i_k2 < 8; i_k2++) {
      f_acc = (f_acc + (b67[((int64_t)b1[((i_t / 8) % s_E)] * 64 + (i_k2 + (i_t % 8) * 8))] * b15[((int64_t)b0[((i_t / 8) % s_E)] * 64 + (i_k2 + (i_t % 8) * 8))]));
    }
    b69[i_t] = f_acc;
  }
}

/* aggregate.src.sum */
void k49_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b22 = (float*)buffers[22]; /* conv1.a */
  float* restrict b67 = (float*)buffers[67]; /* t87 */
  float* restrict b70 = (float*)buffers[70]; /* t94 */
  int32_t* restrict b84 = (int32_t*)buffers[84]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b70[(i_v * 64 + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b5[i_q];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b70[(i_v * 64 + i_j)] = (b70[(i_v * 64 + i_j)] + (b67[((int64_t)b84[i_q] * 64 + i_j)] * b22[(i_e * 8 + ((i_j / 8) % 8))]));
      }
    }
  }
}

/* dropout */
void k50_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b69 = (float*)buffers[69]; /* t92 */
  float* restrict b71 = (float*)buffers[71]; /* t95 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      b71[(i_r * 8 + i_j)] = (training ? gnnc_dropout_mul(b69[(i_r * 8 + i_j)], seed, 1ULL, (uint64_t)((i_r * 8 + i_j)), 10066329ULL, 2.5f) : b69[(i_r * 8 + i_j)]);
    }
  }
}

/* aggregate.dst.sum */
void k51_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b21 = (float*)buffers[21]; /* t20 */
  float* restrict b71 = (float*)buffers[71]; /* t95 */
  float* restrict b72 = (float*)buffers[72]; /* t97 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      b72[(i_v * 8 + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b3[i_q];
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        b72[(i_v * 8 + i_j)] = (b72[(i_v * 8 + i_j)] + (b71[(i_e * 8 + i_j)] * b21[(i_e * 8 + i_j)]));
      }
    }
  }
}

/* broadcast_to */
void k52_broadcast_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b21 = (float*)buffers[21]; /* t20 */
  float* restrict b71 = (float*)buffers[71]; /* t95 */
  float* restrict b72 = (float*)buffers[72]; /* t97 */
  float* restrict b73 = (float*)buffers[73]; /* t101 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b73[(i_r * 64 + i_j)] = (b21[(i_r * 8 + ((i_j / 8) % 8))] * (b71[(i_r * 8 + ((i_j / 8) % 8))] - b72[((int64_t)b1[i_r] * 8 + ((i_j / 8) % 8))]));
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
  float* restrict b19 = (float*)buffers[19]; /* t17 */
  float* restrict b73 = (float*)buffers[73]; /* t101 */
  float* restrict b74 = (float*)buffers[74]; /* grad.conv1.att */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_E; i_k0++) {
      f_acc = (f_acc + (b73[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))] * b19[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))]));
    }
    b74[i_t] = f_acc;
  }
}

/* leaky_relu_grad */
void k54_leaky_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b12 = (float*)buffers[12]; /* conv1.att */
  float* restrict b18 = (float*)buffers[18]; /* t16 */
  float* restrict b73 = (float*)buffers[73]; /* t101 */
  float* restrict b75 = (float*)buffers[75]; /* t105 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b75[(i_r * 64 + i_j)] = gnnc_leaky_relu_grad((b73[(i_r * 64 + i_j)] * b12[i_j]), b18[(i_r * 64 + i_j)], 0.2f);
    }
  }
}

/* aggregate.dst.sum | aggregate.src.sum | add */
void k55_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
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
  float* restrict b70 = (float*)buffers[70]; /* t94 */
  float* restrict b75 = (float*)buffers[75]; /* t105 */
  float* restrict b76 = (float*)buffers[76]; /* t106 */
  float* restrict b77 = (float*)buffers[77]; /* t107 */
  float* restrict b78 = (float*)buffers[78]; /* t108 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r76_0 = 0.0f;
    float f_r76_1 = 0.0f;
    float f_r76_2 = 0.0f;
    float f_r76_3 = 0.0f;
    float f_r76_4 = 0.0f;
    float f_r76_5 = 0.0f;
    float f_r76_6 = 0.0f;
    float f_r76_7 = 0.0f;
    float f_r76_8 = 0.0f;
    float f_r76_9 = 0.0f;
    float f_r76_10 = 0.0f;
    float f_r76_11 = 0.0f;
    float f_r76_12 = 0.0f;
    float f_r76_13 = 0.0f;
    float f_r76_14 = 0.0f;
    float f_r76_15 = 0.0f;
    float f_r76_16 = 0.0f;
    float f_r76_17 = 0.0f;
    float f_r76_18 = 0.0f;
    float f_r76_19 = 0.0f;
    float f_r76_20 = 0.0f;
    float f_r76_21 = 0.0f;
    float f_r76_22 = 0.0f;
    float f_r76_23 = 0.0f;
    float f_r76_24 = 0.0f;
    float f_r76_25 = 0.0f;
    float f_r76_26 = 0.0f;
    float f_r76_27 = 0.0f;
    float f_r76_28 = 0.0f;
    float f_r76_29 = 0.0f;
    float f_r76_30 = 0.0f;
    float f_r76_31 = 0.0f;
    float f_r76_32 = 0.0f;
    float f_r76_33 = 0.0f;
    float f_r76_34 = 0.0f;
    float f_r76_35 = 0.0f;
    float f_r76_36 = 0.0f;
    float f_r76_37 = 0.0f;
    float f_r76_38 = 0.0f;
    float f_r76_39 = 0.0f;
    float f_r76_40 = 0.0f;
    float f_r76_41 = 0.0f;
    float f_r76_42 = 0.0f;
    float f_r76_43 = 0.0f;
    float f_r76_44 = 0.0f;
    float f_r76_45 = 0.0f;
    float f_r76_46 = 0.0f;
    float f_r76_47 = 0.0f;
    float f_r76_48 = 0.0f;
    float f_r76_49 = 0.0f;
    float f_r76_50 = 0.0f;
    float f_r76_51 = 0.0f;
    float f_r76_52 = 0.0f;
    float f_r76_53 = 0.0f;
    float f_r76_54 = 0.0f;
    float f_r76_55 = 0.0f;
    float f_r76_56 = 0.0f;
    float f_r76_57 = 0.0f;
    float f_r76_58 = 0.0f;
    float f_r76_59 = 0.0f;
    float f_r76_60 = 0.0f;
    float f_r76_61 = 0.0f;
    float f_r76_62 = 0.0f;
    float f_r76_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r76_0 = 0.0f;
      f_r76_1 = 0.0f;
      f_r76_2 = 0.0f;
      f_r76_3 = 0.0f;
      f_r76_4 = 0.0f;
      f_r76_5 = 0.0f;
      f_r76_6 = 0.0f;
      f_r76_7 = 0.0f;
      f_r76_8 = 0.0f;
      f_r76_9 = 0.0f;
      f_r76_10 = 0.0f;
      f_r76_11 = 0.0f;
      f_r76_12 = 0.0f;
      f_r76_13 = 0.0f;
      f_r76_14 = 0.0f;
      f_r76_15 = 0.0f;
      f_r76_16 = 0.0f;
      f_r76_17 = 0.0f;
      f_r76_18 = 0.0f;
      f_r76_19 = 0.0f;
      f_r76_20 = 0.0f;
      f_r76_21 = 0.0f;
      f_r76_22 = 0.0f;
      f_r76_23 = 0.0f;
      f_r76_24 = 0.0f;
      f_r76_25 = 0.0f;
      f_r76_26 = 0.0f;
      f_r76_27 = 0.0f;
      f_r76_28 = 0.0f;
      f_r76_29 = 0.0f;
      f_r76_30 = 0.0f;
      f_r76_31 = 0.0f;
      f_r76_32 = 0.0f;
      f_r76_33 = 0.0f;
      f_r76_34 = 0.0f;
      f_r76_35 = 0.0f;
      f_r76_36 = 0.0f;
      f_r76_37 = 0.0f;
      f_r76_38 = 0.0f;
      f_r76_39 = 0.0f;
      f_r76_40 = 0.0f;
      f_r76_41 = 0.0f;
      f_r76_42 = 0.0f;
      f_r76_43 = 0.0f;
      f_r76_44 = 0.0f;
      f_r76_45 = 0.0f;
      f_r76_46 = 0.0f;
      f_r76_47 = 0.0f;
      f_r76_48 = 0.0f;
      f_r76_49 = 0.0f;
      f_r76_50 = 0.0f;
      f_r76_51 = 0.0f;
      f_r76_52 = 0.0f;
      f_r76_53 = 0.0f;
      f_r76_54 = 0.0f;
      f_r76_55 = 0.0f;
      f_r76_56 = 0.0f;
      f_r76_57 = 0.0f;
      f_r76_58 = 0.0f;
      f_r76_59 = 0.0f;
      f_r76_60 = 0.0f;
      f_r76_61 = 0.0f;
      f_r76_62 = 0.0f;
      f_r76_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        int64_t i_e = (int64_t)b3[i_q];
        f_r76_0 = (f_r76_0 + b75[(i_e * 64 + 0)]);
        f_r76_1 = (f_r76_1 + b75[(i_e * 64 + 1)]);
        f_r76_2 = (f_r76_2 + b75[(i_e * 64 + 2)]);
        f_r76_3 = (f_r76_3 + b75[(i_e * 64 + 3)]);
        f_r76_4 = (f_r76_4 + b75[(i_e * 64 + 4)]);
        f_r76_5 = (f_r76_5 + b75[(i_e * 64 + 5)]);
        f_r76_6 = (f_r76_6 + b75[(i_e * 64 + 6)]);
        f_r76_7 = (f_r76_7 + b75[(i_e * 64 + 7)]);
        f_r76_8 = (f_r76_8 + b75[(i_e * 64 + 8)]);
        f_r76_9 = (f_r76_9 + b75[(i_e * 64 + 9)]);
        f_r76_10 = (f_r76_10 + b75[(i_e * 64 + 10)]);
        f_r76_11 = (f_r76_11 + b75[(i_e * 64 + 11)]);
        f_r76_12 = (f_r76_12 + b75[(i_e * 64 + 12)]);
        f_r76_13 = (f_r76_13 + b75[(i_e * 64 + 13)]);
        f_r76_14 = (f_r76_14 + b75[(i_e * 64 + 14)]);
        f_r76_15 = (f_r76_15 + b75[(i_e * 64 + 15)]);
        f_r76_16 = (f_r76_16 + b75[(i_e * 64 + 16)]);
        f_r76_17 = (f_r76_17 + b75[(i_e * 64 + 17)]);
        f_r76_18 = (f_r76_18 + b75[(i_e * 64 + 18)]);
        f_r76_19 = (f_r76_19 + b75[(i_e * 64 + 19)]);
        f_r76_20 = (f_r76_20 + b75[(i_e * 64 + 20)]);
        f_r76_21 = (f_r76_21 + b75[(i_e * 64 + 21)]);
        f_r76_22 = (f_r76_22 + b75[(i_e * 64 + 22)]);
        f_r76_23 = (f_r76_23 + b75[(i_e * 64 + 23)]);
        f_r76_24 = (f_r76_24 + b75[(i_e * 64 + 24)]);
        f_r76_25 = (f_r76_25 + b75[(i_e * 64 + 25)]);
        f_r76_26 = (f_r76_26 + b75[(i_e * 64 + 26)]);
        f_r76_27 = (f_r76_27 + b75[(i_e * 64 + 27)]);
        f_r76_28 = (f_r76_28 + b75[(i_e * 64 + 28)]);
        f_r76_29 = (f_r76_29 + b75[(i_e * 64 + 29)]);
        f_r76_30 = (f_r76_30 + b75[(i_e * 64 + 30)]);
        f_r76_31 = (f_r76_31 + b75[(i_e * 64 + 31)]);
        f_r76_32 = (f_r76_32 + b75[(i_e * 64 + 32)]);
        f_r76_33 = (f_r76_33 + b75[(i_e * 64 + 33)]);
        f_r76_34 = (f_r76_34 + b75[(i_e * 64 + 34)]);
        f_r76_35 = (f_r76_35 + b75[(i_e * 64 + 35)]);
        f_r76_36 = (f_r76_36 + b75[(i_e * 64 + 36)]);
        f_r76_37 = (f_r76_37 + b75[(i_e * 64 + 37)]);
        f_r76_38 = (f_r76_38 + b75[(i_e * 64 + 38)]);
        f_r76_39 = (f_r76_39 + b75[(i_e * 64 + 39)]);
        f_r76_40 = (f_r76_40 + b75[(i_e * 64 + 40)]);
        f_r76_41 = (f_r76_41 + b75[(i_e * 64 + 41)]);
        f_r76_42 = (f_r76_42 + b75[(i_e * 64 + 42)]);
        f_r76_43 = (f_r76_43 + b75[(i_e * 64 + 43)]);
        f_r76_44 = (f_r76_44 + b75[(i_e * 64 + 44)]);
        f_r76_45 = (f_r76_45 + b75[(i_e * 64 + 45)]);
        f_r76_46 = (f_r76_46 + b75[(i_e * 64 + 46)]);
        f_r76_47 = (f_r76_47 + b75[(i_e * 64 + 47)]);
        f_r76_48 = (f_r76_48 + b75[(i_e * 64 + 48)]);
        f_r76_49 = (f_r76_49 + b75[(i_e * 64 + 49)]);
        f_r76_50 = (f_r76_50 + b75[(i_e * 64 + 50)]);
        f_r76_51 = (f_r76_51 + b75[(i_e * 64 + 51)]);
        f_r76_52 = (f_r76_52 + b75[(i_e * 64 + 52)]);
        f_r76_53 = (f_r76_53 + b75[(i_e * 64 + 53)]);
        f_r76_54 = (f_r76_54 + b75[(i_e * 64 + 54)]);
        f_r76_55 = (f_r76_55 + b75[(i_e * 64 + 55)]);
        f_r76_56 = (f_r76_56 + b75[(i_e * 64 + 56)]);
        f_r76_57 = (f_r76_57 + b75[(i_e * 64 + 57)]);
        f_r76_58 = (f_r76_58 + b75[(i_e * 64 + 58)]);
        f_r76_59 = (f_r76_59 + b75[(i_e * 64 + 59)]);
        f_r76_60 = (f_r76_60 + b75[(i_e * 64 + 60)]);
        f_r76_61 = (f_r76_61 + b75[(i_e * 64 + 61)]);
        f_r76_62 = (f_r76_62 + b75[(i_e * 64 + 62)]);
        f_r76_63 = (f_r76_63 + b75[(i_e * 64 + 63)]);
      }
    }
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b77[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b77[(i_v * 64 + i_j)] = (b77[(i_v * 64 + i_j)] + b75[(i_e * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b78[(i_v * 64 + i_j)] = (b70[(i_v * 64 + i_j)] + b77[(i_v * 64 + i_j)]);
      }
    }
    b76[(i_v * 64 + 0)] = f_r76_0;
    b76[(i_v * 64 + 1)] = f_r76_1;
    b76[(i_v * 64 + 2)] = f_r76_2;
    b76[(i_v * 64 + 3)] = f_r76_3;
    b76[(i_v * 64 + 4)] = f_r76_4;
    b76[(i_v * 64 + 5)] = f_r76_5;
    b76[(i_v * 64 + 6)] = f_r76_6;
    b76[(i_v * 64 + 7)] = f_r76_7;
    b76[(i_v * 64 + 8)] = f_r76_8;
    b76[(i_v * 64 + 9)] = f_r76_9;
    b76[(i_v * 64 + 10)] = f_r76_10;
    b76[(i_v * 64 + 11)] = f_r76_11;
    b76[(i_v * 64 + 12)] = f_r76_12;
    b76[(i_v * 64 + 13)] = f_r76_13;
    b76[(i_v * 64 + 14)] = f_r76_14;
    b76[(i_v * 64 + 15)] = f_r76_15;
    b76[(i_v * 64 + 16)] = f_r76_16;
    b76[(i_v * 64 + 17)] = f_r76_17;
    b76[(i_v * 64 + 18)] = f_r76_18;
    b76[(i_v * 64 + 19)] = f_r76_19;
    b76[(i_v * 64 + 20)] = f_r76_20;
    b76[(i_v * 64 + 21)] = f_r76_21;
    b76[(i_v * 64 + 22)] = f_r76_22;
    b76[(i_v * 64 + 23)] = f_r76_23;
    b76[(i_v * 64 + 24)] = f_r76_24;
    b76[(i_v * 64 + 25)] = f_r76_25;
    b76[(i_v * 64 + 26)] = f_r76_26;
    b76[(i_v * 64 + 27)] = f_r76_27;
    b76[(i_v * 64 + 28)] = f_r76_28;
    b76[(i_v * 64 + 29)] = f_r76_29;
    b76[(i_v * 64 + 30)] = f_r76_30;
    b76[(i_v * 64 + 31)] = f_r76_31;
    b76[(i_v * 64 + 32)] = f_r76_32;
    b76[(i_v * 64 + 33)] = f_r76_33;
    b76[(i_v * 64 + 34)] = f_r76_34;
    b76[(i_v * 64 + 35)] = f_r76_35;
    b76[(i_v * 64 + 36)] = f_r76_36;
    b76[(i_v * 64 + 37)] = f_r76_37;
    b76[(i_v * 64 + 38)] = f_r76_38;
    b76[(i_v * 64 + 39)] = f_r76_39;
    b76[(i_v * 64 + 40)] = f_r76_40;
    b76[(i_v * 64 + 41)] = f_r76_41;
    b76[(i_v * 64 + 42)] = f_r76_42;
    b76[(i_v * 64 + 43)] = f_r76_43;
    b76[(i_v * 64 + 44)] = f_r76_44;
    b76[(i_v * 64 + 45)] = f_r76_45;
    b76[(i_v * 64 + 46)] = f_r76_46;
    b76[(i_v * 64 + 47)] = f_r76_47;
    b76[(i_v * 64 + 48)] = f_r76_48;
    b76[(i_v * 64 + 49)] = f_r76_49;
    b76[(i_v * 64 + 50)] = f_r76_50;
    b76[(i_v * 64 + 51)] = f_r76_51;
    b76[(i_v * 64 + 52)] = f_r76_52;
    b76[(i_v * 64 + 53)] = f_r76_53;
    b76[(i_v * 64 + 54)] = f_r76_54;
    b76[(i_v * 64 + 55)] = f_r76_55;
    b76[(i_v * 64 + 56)] = f_r76_56;
    b76[(i_v * 64 + 57)] = f_r76_57;
    b76[(i_v * 64 + 58)] = f_r76_58;
    b76[(i_v * 64 + 59)] = f_r76_59;
    b76[(i_v * 64 + 60)] = f_r76_60;
    b76[(i_v * 64 + 61)] = f_r76_61;
    b76[(i_v * 64 + 62)] = f_r76_62;
    b76[(i_v * 64 + 63)] = f_r76_63;
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
  float* restrict b76 = (float*)buffers[76]; /* t106 */
  float* restrict b79 = (float*)buffers[79]; /* grad.conv1.b_r */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b76[(i_k0 * 64 + (i_t % 64))]);
    }
    b79[i_t] = f_acc;
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
  float* restrict b7 = (float*)buffers[7]; /* t1 */
  float* restrict b76 = (float*)buffers[76]; /* t106 */
  float* restrict b80 = (float*)buffers[80]; /* grad.conv1.W_r */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b80[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b7[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b80[(i_k * 64 + i_c)] = (b80[(i_k * 64 + i_c)] + (f_a * b76[(i_r * 64 + i_c)]));
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
  float* restrict b78 = (float*)buffers[78]; /* t108 */
  float* restrict b81 = (float*)buffers[81]; /* grad.conv1.b_l */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b78[(i_k0 * 64 + (i_t % 64))]);
    }
    b81[i_t] = f_acc;
  }
}

/* matmul_tn */
void k61_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* t1 */
  float* restrict b78 = (float*)buffers[78]; /* t108 */
  float* restrict b82 = (float*)buffers[82]; /* grad.conv1.W_l */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b82[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b7[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b82[(i_k * 64 + i_c)] = (b82[(i_k * 64 + i_c)] + (f_a * b78[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}
