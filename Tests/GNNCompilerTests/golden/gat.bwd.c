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
/* program GAT: 73 buffers, 37 kernels */

/* matmul_nt (W^T) */
void k36_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b22 = (float*)buffers[22]; /* conv2.W */
  float* restrict b54 = (float*)buffers[54]; /* t77.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < s_C; i_q++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b54[(i_q * 64 + i_c)] = b22[(i_c * s_C + i_q)];
    }
  }
}

/* dropout | matmul | rowsum | rowsum */
void k0_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b6 = (float*)buffers[6]; /* x */
  float* restrict b7 = (float*)buffers[7]; /* t1 */
  float* restrict b8 = (float*)buffers[8]; /* conv1.W */
  float* restrict b9 = (float*)buffers[9]; /* conv1.att_src */
  float* restrict b10 = (float*)buffers[10]; /* conv1.att_dst */
  float* restrict b12 = (float*)buffers[12]; /* t6 */
  float* restrict b13 = (float*)buffers[13]; /* t9 */
  float* restrict b14 = (float*)buffers[14]; /* t12 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b7[(i_r * s_F + i_j)] = (training ? gnnc_dropout_mul(b6[(i_r * s_F + i_j)], seed, 0ULL, (uint64_t)((i_r * s_F + i_j)), 10066329ULL, 2.5f) : b6[(i_r * s_F + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b12[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b7[(i_r * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b12[(i_r * 64 + i_c)] = (b12[(i_r * 64 + i_c)] + (f_a * b8[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < 8; i_k++) {
          f_acc = (f_acc + (b12[(i_r * 64 + (i_j * 8 + i_k))] * b9[(i_j * 8 + i_k)]));
        }
        b13[(i_r * 8 + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < 8; i_k++) {
          f_acc = (f_acc + (b12[(i_r * 64 + (i_j * 8 + i_k))] * b10[(i_j * 8 + i_k)]));
        }
        b14[(i_r * 8 + i_j)] = f_acc;
      }
    }
  }
}

/* add | leaky_relu */
void k4_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b13 = (float*)buffers[13]; /* t9 */
  float* restrict b14 = (float*)buffers[14]; /* t12 */
  float* restrict b15 = (float*)buffers[15]; /* t14 */
  float* restrict b16 = (float*)buffers[16]; /* conv1.s */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        b15[(i_r * 8 + i_j)] = (b13[((int64_t)b0[i_r] * 8 + i_j)] + b14[((int64_t)b1[i_r] * 8 + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        b16[(i_r * 8 + i_j)] = gnnc_leaky_relu(b15[(i_r * 8 + i_j)], 0.2f);
      }
    }
  }
}

/* edge_softmax */
void k6_edge_softmax(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b16 = (float*)buffers[16]; /* conv1.s */
  float* restrict b17 = (float*)buffers[17]; /* t16 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      float f_top = (-INFINITY);
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_top = fmaxf(f_top, b16[(i_e * 8 + i_j)]);
      }
      float f_total = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_total = (f_total + gnnc_exp((b16[(i_e * 8 + i_j)] - f_top)));
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        b17[(i_e * 8 + i_j)] = (gnnc_exp((b16[(i_e * 8 + i_j)] - f_top)) / f_total);
      }
    }
  }
}

/* dropout */
void k7_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b17 = (float*)buffers[17]; /* t16 */
  float* restrict b18 = (float*)buffers[18]; /* conv1.a */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      b18[(i_r * 8 + i_j)] = (training ? gnnc_dropout_mul(b17[(i_r * 8 + i_j)], seed, 1ULL, (uint64_t)((i_r * 8 + i_j)), 10066329ULL, 2.5f) : b17[(i_r * 8 + i_j)]);
    }
  }
}

/* aggregate.dst.sum | add | dropout | matmul | rowsum | rowsum */
void k8_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b11 = (float*)buffers[11]; /* conv1.b */
  float* restrict b12 = (float*)buffers[12]; /* t6 */
  float* restrict b18 = (float*)buffers[18]; /* conv1.a */
  float* restrict b19 = (float*)buffers[19]; /* t20 */
  float* restrict b20 = (float*)buffers[20]; /* h1 */
  float* restrict b21 = (float*)buffers[21]; /* h */
  float* restrict b22 = (float*)buffers[22]; /* conv2.W */
  float* restrict b23 = (float*)buffers[23]; /* conv2.att_src */
  float* restrict b24 = (float*)buffers[24]; /* conv2.att_dst */
  float* restrict b26 = (float*)buffers[26]; /* t29 */
  float* restrict b27 = (float*)buffers[27]; /* t32 */
  float* restrict b28 = (float*)buffers[28]; /* t35 */
  int32_t* restrict b71 = (int32_t*)buffers[71]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b19[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b19[(i_v * 64 + i_j)] = (b19[(i_v * 64 + i_j)] + (b18[(i_e * 8 + ((i_j / 8) % 8))] * b12[((int64_t)b71[i_q] * 64 + i_j)]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b20[(i_v * 64 + i_j)] = (b19[(i_v * 64 + i_j)] + b11[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b21[(i_v * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_elu(b20[(i_v * 64 + i_j)], 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_elu(b20[(i_v * 64 + i_j)], 1.0f));
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b26[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b21[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b26[(i_v * s_C + i_c)] = (b26[(i_v * s_C + i_c)] + (f_a * b22[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < s_C; i_k++) {
          f_acc = (f_acc + (b26[(i_v * s_C + (i_j * s_C + i_k))] * b23[(i_j * s_C + i_k)]));
        }
        b27[(i_v + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < s_C; i_k++) {
          f_acc = (f_acc + (b26[(i_v * s_C + (i_j * s_C + i_k))] * b24[(i_j * s_C + i_k)]));
        }
        b28[(i_v + i_j)] = f_acc;
      }
    }
  }
}

/* add | leaky_relu */
void k14_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b27 = (float*)buffers[27]; /* t32 */
  float* restrict b28 = (float*)buffers[28]; /* t35 */
  float* restrict b29 = (float*)buffers[29]; /* t37 */
  float* restrict b30 = (float*)buffers[30]; /* conv2.s */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b29[(i_r + i_j)] = (b27[((int64_t)b0[i_r] + i_j)] + b28[((int64_t)b1[i_r] + i_j)]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b30[(i_r + i_j)] = gnnc_leaky_relu(b29[(i_r + i_j)], 0.2f);
      }
    }
  }
}

/* edge_softmax */
void k16_edge_softmax(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b30 = (float*)buffers[30]; /* conv2.s */
  float* restrict b31 = (float*)buffers[31]; /* t39 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      float f_top = (-INFINITY);
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_top = fmaxf(f_top, b30[(i_e + i_j)]);
      }
      float f_total = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_total = (f_total + gnnc_exp((b30[(i_e + i_j)] - f_top)));
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        b31[(i_e + i_j)] = (gnnc_exp((b30[(i_e + i_j)] - f_top)) / f_total);
      }
    }
  }
}

/* dropout */
void k17_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b31 = (float*)buffers[31]; /* t39 */
  float* restrict b32 = (float*)buffers[32]; /* conv2.a */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b32[(i_r + i_j)] = (training ? gnnc_dropout_mul(b31[(i_r + i_j)], seed, 3ULL, (uint64_t)((i_r + i_j)), 10066329ULL, 2.5f) : b31[(i_r + i_j)]);
    }
  }
}

/* aggregate.dst.sum | add */
void k18_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b25 = (float*)buffers[25]; /* conv2.b */
  float* restrict b26 = (float*)buffers[26]; /* t29 */
  float* restrict b32 = (float*)buffers[32]; /* conv2.a */
  float* restrict b33 = (float*)buffers[33]; /* t43 */
  float* restrict b34 = (float*)buffers[34]; /* t44 */
  int32_t* restrict b71 = (int32_t*)buffers[71]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b33[(i_v * s_C + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < s_C; i_j++) {
          b33[(i_v * s_C + i_j)] = (b33[(i_v * s_C + i_j)] + (b32[i_e] * b26[((int64_t)b71[i_q] * s_C + i_j)]));
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b34[(i_v * s_C + i_j)] = (b33[(i_v * s_C + i_j)] + b25[i_j]);
      }
    }
  }
}

/* mean_heads */
void k20_mean_heads(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b34 = (float*)buffers[34]; /* t44 */
  float* restrict b35 = (float*)buffers[35]; /* t45 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_C*s_N; i_r++) {
    float f_acc = 0.0f;
    for (int64_t i_k = 0; i_k < 1; i_k++) {
      f_acc = (f_acc + b34[(((i_r / s_C) + i_k) * s_C + (i_r % s_C))]);
    }
    b35[i_r] = (f_acc / (float)(1));
  }
}

/* cross_entropy */
void k21_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b35 = (float*)buffers[35]; /* t45 */
  int32_t* restrict b36 = (int32_t*)buffers[36]; /* labels */
  float* restrict b37 = (float*)buffers[37]; /* train_mask */
  float* restrict b38 = (float*)buffers[38]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b37[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    if (b37[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b35[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b35[(i_v * s_C + i_c)] - f_top)));
      }
      f_loss = (f_loss + (b37[i_v] * ((f_top + gnnc_log(f_total)) - b35[(i_v * s_C + (int64_t)b36[i_v])])));
    }
  }
  b38[0] = 0.0f;
  if (f_count > 0.0f) {
    b38[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k22_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b35 = (float*)buffers[35]; /* t45 */
  int32_t* restrict b36 = (int32_t*)buffers[36]; /* labels */
  float* restrict b37 = (float*)buffers[37]; /* train_mask */
  float* restrict b39 = (float*)buffers[39]; /* t49 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b37[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, b35[(i_v * s_C + i_c)]);
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + gnnc_exp((b35[(i_v * s_C + i_c)] - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b39[(i_v * s_C + i_c)] = ((b37[i_v] * ((gnnc_exp((b35[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b36[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
    }
  }
}

/* sum_to */
void k23_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b39 = (float*)buffers[39]; /* t49 */
  float* restrict b40 = (float*)buffers[40]; /* grad.conv2.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b39[(i_k0 * s_C + (i_t % s_C))]);
    }
    b40[i_t] = f_acc;
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b26 = (float*)buffers[26]; /* t29 */
  float* restrict b39 = (float*)buffers[39]; /* t49 */
  float* restrict b41 = (float*)buffers[41]; /* t54 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_E; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k2 = 0; i_k2 < s_C; i_k2++) {
      f_acc = (f_acc + (b39[((int64_t)b1[(i_t % s_E)] * s_C + i_k2)] * b26[((int64_t)b0[(i_t % s_E)] * s_C + i_k2)]));
    }
    b41[i_t] = f_acc;
  }
}

/* aggregate.src.sum */
void k25_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b32 = (float*)buffers[32]; /* conv2.a */
  float* restrict b39 = (float*)buffers[39]; /* t49 */
  float* restrict b42 = (float*)buffers[42]; /* t56 */
  int32_t* restrict b72 = (int32_t*)buffers[72]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_j = 0; i_j < s_C; i_j++) {
      b42[(i_v * s_C + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b5[i_q];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b42[(i_v * s_C + i_j)] = (b42[(i_v * s_C + i_j)] + (b39[((int64_t)b72[i_q] * s_C + i_j)] * b32[i_e]));
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
  float* restrict b41 = (float*)buffers[41]; /* t54 */
  float* restrict b43 = (float*)buffers[43]; /* t57 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b43[(i_r + i_j)] = (training ? gnnc_dropout_mul(b41[(i_r + i_j)], seed, 3ULL, (uint64_t)((i_r + i_j)), 10066329ULL, 2.5f) : b41[(i_r + i_j)]);
    }
  }
}

/* aggregate.dst.sum */
void k27_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b31 = (float*)buffers[31]; /* t39 */
  float* restrict b43 = (float*)buffers[43]; /* t57 */
  float* restrict b44 = (float*)buffers[44]; /* t59 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b44[(i_v + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b3[i_q];
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b44[(i_v + i_j)] = (b44[(i_v + i_j)] + (b43[(i_e + i_j)] * b31[(i_e + i_j)]));
      }
    }
  }
}

/* leaky_relu_grad */
void k28_leaky_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b29 = (float*)buffers[29]; /* t37 */
  float* restrict b31 = (float*)buffers[31]; /* t39 */
  float* restrict b43 = (float*)buffers[43]; /* t57 */
  float* restrict b44 = (float*)buffers[44]; /* t59 */
  float* restrict b45 = (float*)buffers[45]; /* t63 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b45[(i_r + i_j)] = gnnc_leaky_relu_grad((b31[(i_r + i_j)] * (b43[(i_r + i_j)] - b44[((int64_t)b1[i_r] + i_j)])), b29[(i_r + i_j)], 0.2f);
    }
  }
}

/* aggregate.dst.sum | broadcast_to */
void k29_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b45 = (float*)buffers[45]; /* t63 */
  float* restrict b46 = (float*)buffers[46]; /* t64 */
  float* restrict b47 = (float*)buffers[47]; /* t65 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b46[(i_v + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 1; i_j++) {
          b46[(i_v + i_j)] = (b46[(i_v + i_j)] + b45[(i_e + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b47[(i_v * s_C + i_j)] = b46[i_v];
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
  float* restrict b26 = (float*)buffers[26]; /* t29 */
  float* restrict b47 = (float*)buffers[47]; /* t65 */
  float* restrict b48 = (float*)buffers[48]; /* grad.conv2.att_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + (b47[(i_k0 * s_C + (i_t % s_C))] * b26[(i_k0 * s_C + (i_t % s_C))]));
    }
    b48[i_t] = f_acc;
  }
}

/* aggregate.src.sum | broadcast_to | add */
void k32_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b23 = (float*)buffers[23]; /* conv2.att_src */
  float* restrict b24 = (float*)buffers[24]; /* conv2.att_dst */
  float* restrict b42 = (float*)buffers[42]; /* t56 */
  float* restrict b45 = (float*)buffers[45]; /* t63 */
  float* restrict b47 = (float*)buffers[47]; /* t65 */
  float* restrict b49 = (float*)buffers[49]; /* t70 */
  float* restrict b50 = (float*)buffers[50]; /* t71 */
  float* restrict b51 = (float*)buffers[51]; /* t73 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b49[(i_v + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 1; i_j++) {
          b49[(i_v + i_j)] = (b49[(i_v + i_j)] + b45[(i_e + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b50[(i_v * s_C + i_j)] = b49[i_v];
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b51[(i_v * s_C + i_j)] = ((b42[(i_v * s_C + i_j)] + (b47[(i_v * s_C + i_j)] * b24[i_j])) + (b50[(i_v * s_C + i_j)] * b23[i_j]));
      }
    }
  }
}

/* sum_to */
void k35_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b26 = (float*)buffers[26]; /* t29 */
  float* restrict b50 = (float*)buffers[50]; /* t71 */
  float* restrict b52 = (float*)buffers[52]; /* grad.conv2.att_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + (b50[(i_k0 * s_C + (i_t % s_C))] * b26[(i_k0 * s_C + (i_t % s_C))]));
    }
    b52[i_t] = f_acc;
  }
}

/* matmul_nt */
void k37_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b51 = (float*)buffers[51]; /* t73 */
  float* restrict b53 = (float*)buffers[53]; /* t77 */
  float* restrict b54 = (float*)buffers[54]; /* t77.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b53[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b51[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b53[(i_r * 64 + i_c)] = (b53[(i_r * 64 + i_c)] + (f_a * b54[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k38_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b21 = (float*)buffers[21]; /* h */
  float* restrict b51 = (float*)buffers[51]; /* t73 */
  float* restrict b55 = (float*)buffers[55]; /* grad.conv2.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b55[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b21[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b55[(i_k * s_C + i_c)] = (b55[(i_k * s_C + i_c)] + (f_a * b51[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* elu_grad */
void k39_elu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b20 = (float*)buffers[20]; /* h1 */
  float* restrict b53 = (float*)buffers[53]; /* t77 */
  float* restrict b56 = (float*)buffers[56]; /* t80 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b56[(i_r * 64 + i_j)] = gnnc_elu_grad((training ? gnnc_dropout_mul(b53[(i_r * 64 + i_j)], seed, 2ULL, (uint64_t)((i_r * 64 + i_j)), 10066329ULL, 2.5f) : b53[(i_r * 64 + i_j)]), b20[(i_r * 64 + i_j)], 1.0f);
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
  float* restrict b56 = (float*)buffers[56]; /* t80 */
  float* restrict b57 = (float*)buffers[57]; /* grad.conv1.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b56[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))]);
    }
    b57[i_t] = f_acc;
  }
}

/* sum_to */
void k41_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b12 = (float*)buffers[12]; /* t6 */
  float* restrict b56 = (float*)buffers[56]; /* t80 */
  float* restrict b58 = (float*)buffers[58]; /* t85 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 8*s_E; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k2 = 0; i_k2 < 8; i_k2++) {
      f_acc = (f_acc + (b56[((int64_t)b1[((i_t / 8) % s_E)] * 64 + (i_k2 + (i_t % 8) * 8))] * b12[((int64_t)b0[((i_t / 8) % s_E)] * 64 + (i_k2 + (i_t % 8) * 8))]));
    }
    b58[i_t] = f_acc;
  }
}

/* aggregate.src.sum */
void k42_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b18 = (float*)buffers[18]; /* conv1.a */
  float* restrict b56 = (float*)buffers[56]; /* t80 */
  float* restrict b59 = (float*)buffers[59]; /* t87 */
  int32_t* restrict b72 = (int32_t*)buffers[72]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b59[(i_v * 64 + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b5[i_q];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b59[(i_v * 64 + i_j)] = (b59[(i_v * 64 + i_j)] + (b56[((int64_t)b72[i_q] * 64 + i_j)] * b18[(i_e * 8 + ((i_j / 8) % 8))]));
      }
    }
  }
}

/* dropout */
void k43_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b58 = (float*)buffers[58]; /* t85 */
  float* restrict b60 = (float*)buffers[60]; /* t88 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      b60[(i_r * 8 + i_j)] = (training ? gnnc_dropout_mul(b58[(i_r * 8 + i_j)], seed, 1ULL, (uint64_t)((i_r * 8 + i_j)), 10066329ULL, 2.5f) : b58[(i_r * 8 + i_j)]);
    }
  }
}

/* aggregate.dst.sum */
void k44_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b17 = (float*)buffers[17]; /* t16 */
  float* restrict b60 = (float*)buffers[60]; /* t88 */
  float* restrict b61 = (float*)buffers[61]; /* t90 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      b61[(i_v * 8 + i_j)] = 0.0f;
    }
    for (int64_t i_q = i_start; i_q < i_end; i_q++) {
      int64_t i_e = (int64_t)b3[i_q];
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        b61[(i_v * 8 + i_j)] = (b61[(i_v * 8 + i_j)] + (b60[(i_e * 8 + i_j)] * b17[(i_e * 8 + i_j)]));
      }
    }
  }
}

/* leaky_relu_grad */
void k45_leaky_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b15 = (float*)buffers[15]; /* t14 */
  float* restrict b17 = (float*)buffers[17]; /* t16 */
  float* restrict b60 = (float*)buffers[60]; /* t88 */
  float* restrict b61 = (float*)buffers[61]; /* t90 */
  float* restrict b62 = (float*)buffers[62]; /* t94 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      b62[(i_r * 8 + i_j)] = gnnc_leaky_relu_grad((b17[(i_r * 8 + i_j)] * (b60[(i_r * 8 + i_j)] - b61[((int64_t)b1[i_r] * 8 + i_j)])), b15[(i_r * 8 + i_j)], 0.2f);
    }
  }
}

/* aggregate.dst.sum | broadcast_to */
void k46_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b62 = (float*)buffers[62]; /* t94 */
  float* restrict b63 = (float*)buffers[63]; /* t95 */
  float* restrict b64 = (float*)buffers[64]; /* t96 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        b63[(i_v * 8 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 8; i_j++) {
          b63[(i_v * 8 + i_j)] = (b63[(i_v * 8 + i_j)] + b62[(i_e * 8 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b64[(i_v * 64 + i_j)] = b63[(i_v * 8 + ((i_j / 8) % 8))];
      }
    }
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
  float* restrict b12 = (float*)buffers[12]; /* t6 */
  float* restrict b64 = (float*)buffers[64]; /* t96 */
  float* restrict b65 = (float*)buffers[65]; /* grad.conv1.att_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + (b64[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))] * b12[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))]));
    }
    b65[i_t] = f_acc;
  }
}

/* aggregate.src.sum | broadcast_to | add */
void k49_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b9 = (float*)buffers[9]; /* conv1.att_src */
  float* restrict b10 = (float*)buffers[10]; /* conv1.att_dst */
  float* restrict b59 = (float*)buffers[59]; /* t87 */
  float* restrict b62 = (float*)buffers[62]; /* t94 */
  float* restrict b64 = (float*)buffers[64]; /* t96 */
  float* restrict b66 = (float*)buffers[66]; /* t101 */
  float* restrict b67 = (float*)buffers[67]; /* t102 */
  float* restrict b68 = (float*)buffers[68]; /* t104 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        b66[(i_v * 8 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 8; i_j++) {
          b66[(i_v * 8 + i_j)] = (b66[(i_v * 8 + i_j)] + b62[(i_e * 8 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b67[(i_v * 64 + i_j)] = b66[(i_v * 8 + ((i_j / 8) % 8))];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b68[(i_v * 64 + i_j)] = ((b59[(i_v * 64 + i_j)] + (b64[(i_v * 64 + i_j)] * b10[i_j])) + (b67[(i_v * 64 + i_j)] * b9[i_j]));
      }
    }
  }
}

/* sum_to */
void k52_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b12 = (float*)buffers[12]; /* t6 */
  float* restrict b67 = (float*)buffers[67]; /* t102 */
  float* restrict b69 = (float*)buffers[69]; /* grad.conv1.att_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + (b67[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))] * b12[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))]));
    }
    b69[i_t] = f_acc;
  }
}

/* matmul_tn */
void k53_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b7 = (float*)buffers[7]; /* t1 */
  float* restrict b68 = (float*)buffers[68]; /* t104 */
  float* restrict b70 = (float*)buffers[70]; /* grad.conv1.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b70[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b7[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b70[(i_k * 64 + i_c)] = (b70[(i_k * 64 + i_c)] + (f_a * b68[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}
