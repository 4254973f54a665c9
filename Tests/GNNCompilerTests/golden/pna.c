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
  float* restrict b24 = (float*)buffers[24]; /* conv1.mean */
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
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b24[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b24[(i_v * 64 + i_j)] = (b24[(i_v * 64 + i_j)] + b23[(i_e * 64 + i_j)]);
        }
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b24[(i_v * 64 + i_j)] = (b24[(i_v * 64 + i_j)] / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      }
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
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b26[(i_v * 64 + i_j)] = gnnc_sqrt(fmaxf((b25[(i_v * 64 + i_j)] - gnnc_square(b24[(i_v * 64 + i_j)])), 1e-05f));
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
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b29[(i_v * 256 + i_j)] = b24[(i_v * 64 + i_j)];
      }
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
  float* restrict b46 = (float*)buffers[46]; /* conv2.mean */
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
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b46[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b46[(i_v * 64 + i_j)] = (b46[(i_v * 64 + i_j)] + b45[(i_e * 64 + i_j)]);
        }
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b46[(i_v * 64 + i_j)] = (b46[(i_v * 64 + i_j)] / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      }
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
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b48[(i_v * 64 + i_j)] = gnnc_sqrt(fmaxf((b47[(i_v * 64 + i_j)] - gnnc_square(b46[(i_v * 64 + i_j)])), 1e-05f));
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
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b51[(i_v * 256 + i_j)] = b46[(i_v * 64 + i_j)];
      }
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
