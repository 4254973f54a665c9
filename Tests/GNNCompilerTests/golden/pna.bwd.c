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
GNNC_INLINE float gnnc_neg(float x) { return -x; }
GNNC_INLINE float gnnc_sqrt(float x) { return sqrtf(x); }
GNNC_INLINE float gnnc_sqrt_grad(float g, float x) { return g * 0.5f / sqrtf(x); }
GNNC_INLINE float gnnc_square(float x) { return x * x; }
GNNC_INLINE float gnnc_square_grad(float g, float x) { return g * 2.0f * x; }
GNNC_INLINE float gnnc_step(float x) { return x > 0.0f ? 1.0f : (x < 0.0f ? 0.0f : 0.5f); }
/* program PNA: 148 buffers, 48 kernels */

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

/* div | div | in_degree */
void k5_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b6 = (float*)buffers[6]; /* conv1.d */
  float* restrict b7 = (float*)buffers[7]; /* t4 */
  float* restrict b10 = (float*)buffers[10]; /* conv1.delta */
  float* restrict b11 = (float*)buffers[11]; /* t9 */
  float* restrict b12 = (float*)buffers[12]; /* t13 */
  float* restrict b13 = (float*)buffers[13]; /* t14 */
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
      b13[i_r] = fmaxf((float)(((int64_t)b2[(i_r + 1)] + (int64_t)b2[i_r] * -1)), 1.0f);
    }
  }
}

/* broadcast_to | broadcast_to | broadcast_to | broadcast_to */
void k8_broadcast_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b14 = (float*)buffers[14]; /* grad.conv1.W_post */
  float* restrict b15 = (float*)buffers[15]; /* grad.conv1.b_post */
  float* restrict b16 = (float*)buffers[16]; /* grad.conv2.W_post */
  float* restrict b17 = (float*)buffers[17]; /* grad.conv2.b_post */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 53248; i_j++) {
        b14[(i_r * 53248 + i_j)] = 0.0f;
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b15[(i_r * 64 + i_j)] = 0.0f;
      }
    }
    {
      for (int64_t i_j = 0; i_j < 832*s_C; i_j++) {
        b16[(i_r * 832*s_C + i_j)] = 0.0f;
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b17[(i_r * s_C + i_j)] = 0.0f;
      }
    }
  }
}

/* dropout | matmul | add | relu | matmul | matmul */
void k12_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b18 = (float*)buffers[18]; /* x */
  float* restrict b19 = (float*)buffers[19]; /* t21 */
  float* restrict b20 = (float*)buffers[20]; /* lin1.W */
  float* restrict b21 = (float*)buffers[21]; /* lin1.b */
  float* restrict b22 = (float*)buffers[22]; /* t24 */
  float* restrict b23 = (float*)buffers[23]; /* t25 */
  float* restrict b24 = (float*)buffers[24]; /* h0 */
  float* restrict b25 = (float*)buffers[25]; /* conv1.W_dst */
  float* restrict b26 = (float*)buffers[26]; /* conv1.W_src */
  float* restrict b30 = (float*)buffers[30]; /* t32 */
  float* restrict b31 = (float*)buffers[31]; /* t34 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b19[(i_r * s_F + i_j)] = (training ? gnnc_dropout_mul(b18[(i_r * s_F + i_j)], seed, 0ULL, (uint64_t)((i_r * s_F + i_j)), 8388608ULL, 2.0f) : b18[(i_r * s_F + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b22[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b19[(i_r * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b22[(i_r * 64 + i_c)] = (b22[(i_r * 64 + i_c)] + (f_a * b20[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b23[(i_r * 64 + i_j)] = (b22[(i_r * 64 + i_j)] + b21[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b24[(i_r * 64 + i_j)] = gnnc_relu(b23[(i_r * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b30[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b24[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b30[(i_r * 64 + i_c)] = (b30[(i_r * 64 + i_c)] + (f_a * b25[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b31[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b24[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b31[(i_r * 64 + i_c)] = (b31[(i_r * 64 + i_c)] + (f_a * b26[(i_k * 64 + i_c)]));
          }
        }
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
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b27 = (float*)buffers[27]; /* conv1.b_pre */
  float* restrict b30 = (float*)buffers[30]; /* t32 */
  float* restrict b31 = (float*)buffers[31]; /* t34 */
  float* restrict b32 = (float*)buffers[32]; /* conv1.m */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b32[(i_r * 64 + i_j)] = ((b30[((int64_t)b1[i_r] * 64 + i_j)] + b31[((int64_t)b0[i_r] * 64 + i_j)]) + b27[i_j]);
    }
  }
}

/* aggregate.dst.mean | aggregate.dst.mean | sub | maximum | sqrt | aggregate.dst.min | aggregate.dst.max | concat | mul | mul | concat | matmul | add | matmul | add | dropout | matmul | matmul */
void k19_aggregate_dst_mean(void* const* buffers, const int64_t* sizes) {
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
  float* restrict b24 = (float*)buffers[24]; /* h0 */
  float* restrict b32 = (float*)buffers[32]; /* conv1.m */
  float* restrict b33 = (float*)buffers[33]; /* conv1.mean */
  float* restrict b34 = (float*)buffers[34]; /* t40 */
  float* restrict b35 = (float*)buffers[35]; /* t42 */
  float* restrict b36 = (float*)buffers[36]; /* t43 */
  float* restrict b37 = (float*)buffers[37]; /* conv1.std */
  float* restrict b38 = (float*)buffers[38]; /* t45 */
  float* restrict b39 = (float*)buffers[39]; /* t46 */
  float* restrict b40 = (float*)buffers[40]; /* conv1.a */
  float* restrict b41 = (float*)buffers[41]; /* conv1.amplified */
  float* restrict b42 = (float*)buffers[42]; /* conv1.attenuated */
  float* restrict b43 = (float*)buffers[43]; /* t50 */
  float* restrict b44 = (float*)buffers[44]; /* conv1.post.W */
  float* restrict b45 = (float*)buffers[45]; /* conv1.post.b */
  float* restrict b46 = (float*)buffers[46]; /* t53 */
  float* restrict b47 = (float*)buffers[47]; /* conv1.post */
  float* restrict b48 = (float*)buffers[48]; /* conv1.lin.W */
  float* restrict b49 = (float*)buffers[49]; /* conv1.lin.b */
  float* restrict b50 = (float*)buffers[50]; /* t57 */
  float* restrict b51 = (float*)buffers[51]; /* t58 */
  float* restrict b52 = (float*)buffers[52]; /* h1 */
  float* restrict b53 = (float*)buffers[53]; /* conv2.W_dst */
  float* restrict b54 = (float*)buffers[54]; /* conv2.W_src */
  float* restrict b58 = (float*)buffers[58]; /* t66 */
  float* restrict b59 = (float*)buffers[59]; /* t68 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b33[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b33[(i_v * 64 + i_j)] = (b33[(i_v * 64 + i_j)] + b32[(i_e * 64 + i_j)]);
        }
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b33[(i_v * 64 + i_j)] = (b33[(i_v * 64 + i_j)] / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      }
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b34[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b34[(i_v * 64 + i_j)] = (b34[(i_v * 64 + i_j)] + gnnc_square(b32[(i_e * 64 + i_j)]));
        }
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b34[(i_v * 64 + i_j)] = (b34[(i_v * 64 + i_j)] / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b35[(i_v * 64 + i_j)] = (b34[(i_v * 64 + i_j)] - gnnc_square(b33[(i_v * 64 + i_j)]));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b36[(i_v * 64 + i_j)] = fmaxf(b35[(i_v * 64 + i_j)], 1e-05f);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b37[(i_v * 64 + i_j)] = gnnc_sqrt(b36[(i_v * 64 + i_j)]);
      }
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        float f_acc = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          f_acc = b32[(i_e * 64 + i_j)];
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            f_acc = fminf(f_acc, b32[(i_e * 64 + i_j)]);
          }
        }
        b38[(i_v * 64 + i_j)] = f_acc;
      }
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        float f_acc = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          f_acc = b32[(i_e * 64 + i_j)];
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            f_acc = fmaxf(f_acc, b32[(i_e * 64 + i_j)]);
          }
        }
        b39[(i_v * 64 + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b40[(i_v * 256 + i_j)] = b33[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b40[((i_v * 256 + 64) + i_j)] = b38[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b40[((i_v * 256 + 128) + i_j)] = b39[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b40[((i_v * 256 + 192) + i_j)] = b37[(i_v * 64 + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b41[(i_v * 256 + i_j)] = (b40[(i_v * 256 + i_j)] * b11[i_v]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b42[(i_v * 256 + i_j)] = (b40[(i_v * 256 + i_j)] * b12[i_v]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b43[(i_v * 832 + i_j)] = b24[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b43[((i_v * 832 + 64) + i_j)] = b40[(i_v * 256 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b43[((i_v * 832 + 320) + i_j)] = b41[(i_v * 256 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b43[((i_v * 832 + 576) + i_j)] = b42[(i_v * 256 + i_j)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b46[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 832; i_k++) {
        float f_a = b43[(i_v * 832 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b46[(i_v * 64 + i_c)] = (b46[(i_v * 64 + i_c)] + (f_a * b44[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b47[(i_v * 64 + i_j)] = (b46[(i_v * 64 + i_j)] + b45[i_j]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b50[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b47[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b50[(i_v * 64 + i_c)] = (b50[(i_v * 64 + i_c)] + (f_a * b48[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b51[(i_v * 64 + i_j)] = (b50[(i_v * 64 + i_j)] + b49[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b52[(i_v * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_relu(b51[(i_v * 64 + i_j)]), seed, 1ULL, (uint64_t)((i_v * 64 + i_j)), 8388608ULL, 2.0f) : gnnc_relu(b51[(i_v * 64 + i_j)]));
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b58[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b52[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b58[(i_v * 64 + i_c)] = (b58[(i_v * 64 + i_c)] + (f_a * b53[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b59[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b52[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b59[(i_v * 64 + i_c)] = (b59[(i_v * 64 + i_c)] + (f_a * b54[(i_k * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* add */
void k37_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b55 = (float*)buffers[55]; /* conv2.b_pre */
  float* restrict b58 = (float*)buffers[58]; /* t66 */
  float* restrict b59 = (float*)buffers[59]; /* t68 */
  float* restrict b60 = (float*)buffers[60]; /* conv2.m */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b60[(i_r * 64 + i_j)] = ((b58[((int64_t)b1[i_r] * 64 + i_j)] + b59[((int64_t)b0[i_r] * 64 + i_j)]) + b55[i_j]);
    }
  }
}

/* aggregate.dst.mean | aggregate.dst.mean | sub | maximum | sqrt | aggregate.dst.min | aggregate.dst.max | concat | mul | mul | concat | matmul | add | matmul | add */
void k38_aggregate_dst_mean(void* const* buffers, const int64_t* sizes) {
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
  float* restrict b52 = (float*)buffers[52]; /* h1 */
  float* restrict b60 = (float*)buffers[60]; /* conv2.m */
  float* restrict b61 = (float*)buffers[61]; /* conv2.mean */
  float* restrict b62 = (float*)buffers[62]; /* t74 */
  float* restrict b63 = (float*)buffers[63]; /* t76 */
  float* restrict b64 = (float*)buffers[64]; /* t77 */
  float* restrict b65 = (float*)buffers[65]; /* conv2.std */
  float* restrict b66 = (float*)buffers[66]; /* t79 */
  float* restrict b67 = (float*)buffers[67]; /* t80 */
  float* restrict b68 = (float*)buffers[68]; /* conv2.a */
  float* restrict b69 = (float*)buffers[69]; /* conv2.amplified */
  float* restrict b70 = (float*)buffers[70]; /* conv2.attenuated */
  float* restrict b71 = (float*)buffers[71]; /* t84 */
  float* restrict b72 = (float*)buffers[72]; /* conv2.post.W */
  float* restrict b73 = (float*)buffers[73]; /* conv2.post.b */
  float* restrict b74 = (float*)buffers[74]; /* t87 */
  float* restrict b75 = (float*)buffers[75]; /* conv2.post */
  float* restrict b76 = (float*)buffers[76]; /* conv2.lin.W */
  float* restrict b77 = (float*)buffers[77]; /* conv2.lin.b */
  float* restrict b78 = (float*)buffers[78]; /* t91 */
  float* restrict b79 = (float*)buffers[79]; /* t92 */
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
          b61[(i_v * 64 + i_j)] = (b61[(i_v * 64 + i_j)] + b60[(i_e * 64 + i_j)]);
        }
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b61[(i_v * 64 + i_j)] = (b61[(i_v * 64 + i_j)] / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      }
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b62[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b62[(i_v * 64 + i_j)] = (b62[(i_v * 64 + i_j)] + gnnc_square(b60[(i_e * 64 + i_j)]));
        }
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b62[(i_v * 64 + i_j)] = (b62[(i_v * 64 + i_j)] / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b63[(i_v * 64 + i_j)] = (b62[(i_v * 64 + i_j)] - gnnc_square(b61[(i_v * 64 + i_j)]));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b64[(i_v * 64 + i_j)] = fmaxf(b63[(i_v * 64 + i_j)], 1e-05f);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b65[(i_v * 64 + i_j)] = gnnc_sqrt(b64[(i_v * 64 + i_j)]);
      }
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        float f_acc = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          f_acc = b60[(i_e * 64 + i_j)];
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            f_acc = fminf(f_acc, b60[(i_e * 64 + i_j)]);
          }
        }
        b66[(i_v * 64 + i_j)] = f_acc;
      }
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        float f_acc = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          f_acc = b60[(i_e * 64 + i_j)];
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            f_acc = fmaxf(f_acc, b60[(i_e * 64 + i_j)]);
          }
        }
        b67[(i_v * 64 + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b68[(i_v * 256 + i_j)] = b61[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b68[((i_v * 256 + 64) + i_j)] = b66[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b68[((i_v * 256 + 128) + i_j)] = b67[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b68[((i_v * 256 + 192) + i_j)] = b65[(i_v * 64 + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b69[(i_v * 256 + i_j)] = (b68[(i_v * 256 + i_j)] * b11[i_v]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b70[(i_v * 256 + i_j)] = (b68[(i_v * 256 + i_j)] * b12[i_v]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b71[(i_v * 832 + i_j)] = b52[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b71[((i_v * 832 + 64) + i_j)] = b68[(i_v * 256 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b71[((i_v * 832 + 320) + i_j)] = b69[(i_v * 256 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b71[((i_v * 832 + 576) + i_j)] = b70[(i_v * 256 + i_j)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b74[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 832; i_k++) {
        float f_a = b71[(i_v * 832 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b74[(i_v * s_C + i_c)] = (b74[(i_v * s_C + i_c)] + (f_a * b72[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b75[(i_v * s_C + i_j)] = (b74[(i_v * s_C + i_j)] + b73[i_j]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b78[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_C; i_k++) {
        float f_a = b75[(i_v * s_C + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b78[(i_v * s_C + i_c)] = (b78[(i_v * s_C + i_c)] + (f_a * b76[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b79[(i_v * s_C + i_j)] = (b78[(i_v * s_C + i_j)] + b77[i_j]);
      }
    }
  }
}

/* cross_entropy */
void k53_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b79 = (float*)buffers[79]; /* t92 */
  int32_t* restrict b80 = (int32_t*)buffers[80]; /* labels */
  float* restrict b81 = (float*)buffers[81]; /* train_mask */
  float* restrict b82 = (float*)buffers[82]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b81[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    if (b81[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b79[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b79[(i_v * s_C + i_c)] - f_top)));
      }
      f_loss = (f_loss + (b81[i_v] * ((f_top + gnnc_log(f_total)) - b79[(i_v * s_C + (int64_t)b80[i_v])])));
    }
  }
  b82[0] = 0.0f;
  if (f_count > 0.0f) {
    b82[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k54_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b79 = (float*)buffers[79]; /* t92 */
  int32_t* restrict b80 = (int32_t*)buffers[80]; /* labels */
  float* restrict b81 = (float*)buffers[81]; /* train_mask */
  float* restrict b83 = (float*)buffers[83]; /* t96 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b81[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, b79[(i_v * s_C + i_c)]);
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + gnnc_exp((b79[(i_v * s_C + i_c)] - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b83[(i_v * s_C + i_c)] = ((b81[i_v] * ((gnnc_exp((b79[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b80[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
    }
  }
}

/* sum_to */
void k55_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b83 = (float*)buffers[83]; /* t96 */
  float* restrict b84 = (float*)buffers[84]; /* grad.conv2.lin.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b83[(i_k0 * s_C + (i_t % s_C))]);
    }
    b84[i_t] = f_acc;
  }
}

/* matmul_nt */
void k56_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b76 = (float*)buffers[76]; /* conv2.lin.W */
  float* restrict b83 = (float*)buffers[83]; /* t96 */
  float* restrict b85 = (float*)buffers[85]; /* t98 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      float f_acc = 0.0f;
      for (int64_t i_q = 0; i_q < s_C; i_q++) {
        f_acc = (f_acc + (b83[(i_r * s_C + i_q)] * b76[(i_c * s_C + i_q)]));
      }
      b85[(i_r * s_C + i_c)] = f_acc;
    }
  }
}

/* matmul_tn | sum_to */
void k57_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b75 = (float*)buffers[75]; /* conv2.post */
  float* restrict b83 = (float*)buffers[83]; /* t96 */
  float* restrict b85 = (float*)buffers[85]; /* t98 */
  float* restrict b86 = (float*)buffers[86]; /* grad.conv2.lin.W */
  float* restrict b87 = (float*)buffers[87]; /* grad.conv2.post.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_C; i_k++) {
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b86[(i_k * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_r = 0; i_r < s_N; i_r++) {
        float f_a = b75[(i_r * s_C + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b86[(i_k * s_C + i_c)] = (b86[(i_k * s_C + i_c)] + (f_a * b83[(i_r * s_C + i_c)]));
          }
        }
      }
    }
    {
      float f_acc = 0.0f;
      for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
        f_acc = (f_acc + b85[(i_k0 * s_C + (i_k % s_C))]);
      }
      b87[i_k] = f_acc;
    }
  }
}

/* matmul_nt */
void k59_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b72 = (float*)buffers[72]; /* conv2.post.W */
  float* restrict b85 = (float*)buffers[85]; /* t98 */
  float* restrict b88 = (float*)buffers[88]; /* t101 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 832; i_c++) {
      float f_acc = 0.0f;
      for (int64_t i_q = 0; i_q < s_C; i_q++) {
        f_acc = (f_acc + (b85[(i_r * s_C + i_q)] * b72[(i_c * s_C + i_q)]));
      }
      b88[(i_r * 832 + i_c)] = f_acc;
    }
  }
}

/* matmul_tn */
void k60_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b71 = (float*)buffers[71]; /* t84 */
  float* restrict b85 = (float*)buffers[85]; /* t98 */
  float* restrict b89 = (float*)buffers[89]; /* grad.conv2.post.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 832; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b89[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b71[(i_r * 832 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b89[(i_k * s_C + i_c)] = (b89[(i_k * s_C + i_c)] + (f_a * b85[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* slice | slice | slice | slice | add | slice | slice | slice | slice | aggregate_arg.dst.max */
void k61_slice(void* const* buffers, const int64_t* sizes) {
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
  float* restrict b60 = (float*)buffers[60]; /* conv2.m */
  float* restrict b88 = (float*)buffers[88]; /* t101 */
  float* restrict b90 = (float*)buffers[90]; /* t103 */
  float* restrict b91 = (float*)buffers[91]; /* t104 */
  float* restrict b92 = (float*)buffers[92]; /* t105 */
  float* restrict b93 = (float*)buffers[93]; /* t106 */
  float* restrict b94 = (float*)buffers[94]; /* t110 */
  float* restrict b95 = (float*)buffers[95]; /* t111 */
  float* restrict b96 = (float*)buffers[96]; /* t112 */
  float* restrict b97 = (float*)buffers[97]; /* t113 */
  float* restrict b98 = (float*)buffers[98]; /* t114 */
  int32_t* restrict b99 = (int32_t*)buffers[99]; /* t115 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b90[(i_r * 64 + i_j)] = b88[(i_r * 832 + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b91[(i_r * 256 + i_j)] = b88[((i_r * 832 + 64) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b92[(i_r * 256 + i_j)] = b88[((i_r * 832 + 320) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b93[(i_r * 256 + i_j)] = b88[((i_r * 832 + 576) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b94[(i_r * 256 + i_j)] = ((b91[(i_r * 256 + i_j)] + (b93[(i_r * 256 + i_j)] * b12[i_r])) + (b92[(i_r * 256 + i_j)] * b11[i_r]));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b95[(i_r * 64 + i_j)] = b94[(i_r * 256 + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b96[(i_r * 64 + i_j)] = b94[((i_r * 256 + 64) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b97[(i_r * 64 + i_j)] = b94[((i_r * 256 + 128) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b98[(i_r * 64 + i_j)] = b94[((i_r * 256 + 192) + i_j)];
      }
    }
    {
      int64_t i_start = (int64_t)b2[i_r];
      int64_t i_end = (int64_t)b2[(i_r + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        int64_t i_arg = -1;
        float f_best = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          if (i_arg == -1) {
            i_arg = i_e;
            f_best = b60[(i_e * 64 + i_j)];
          }
          if (b60[(i_e * 64 + i_j)] > f_best) {
            i_arg = i_e;
            f_best = b60[(i_e * 64 + i_j)];
          }
        }
        b99[(i_r * 64 + i_j)] = (int32_t)(i_arg);
      }
    }
  }
}

/* scatter_arg.dst */
void k71_scatter_arg_dst(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b97 = (float*)buffers[97]; /* t113 */
  int32_t* restrict b99 = (int32_t*)buffers[99]; /* t115 */
  float* restrict b100 = (float*)buffers[100]; /* t116 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_e = 0; i_e < s_E; i_e++) {
    int64_t i_v = (int64_t)b1[i_e];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b100[(i_e * 64 + i_j)] = ((int64_t)b99[(i_v * 64 + i_j)] == i_e ? b97[(i_v * 64 + i_j)] : 0.0f);
    }
  }
}

/* aggregate_arg.dst.min */
void k72_aggregate_arg_dst_min(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b60 = (float*)buffers[60]; /* conv2.m */
  int32_t* restrict b101 = (int32_t*)buffers[101]; /* t117 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      int64_t i_arg = -1;
      float f_best = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        if (i_arg == -1) {
          i_arg = i_e;
          f_best = b60[(i_e * 64 + i_j)];
        }
        if (f_best > b60[(i_e * 64 + i_j)]) {
          i_arg = i_e;
          f_best = b60[(i_e * 64 + i_j)];
        }
      }
      b101[(i_v * 64 + i_j)] = (int32_t)(i_arg);
    }
  }
}

/* scatter_arg.dst */
void k73_scatter_arg_dst(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b96 = (float*)buffers[96]; /* t112 */
  int32_t* restrict b101 = (int32_t*)buffers[101]; /* t117 */
  float* restrict b102 = (float*)buffers[102]; /* t118 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_e = 0; i_e < s_E; i_e++) {
    int64_t i_v = (int64_t)b1[i_e];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b102[(i_e * 64 + i_j)] = ((int64_t)b101[(i_v * 64 + i_j)] == i_e ? b96[(i_v * 64 + i_j)] : 0.0f);
    }
  }
}

/* mul | div | div */
void k74_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b13 = (float*)buffers[13]; /* t14 */
  float* restrict b61 = (float*)buffers[61]; /* conv2.mean */
  float* restrict b63 = (float*)buffers[63]; /* t76 */
  float* restrict b64 = (float*)buffers[64]; /* t77 */
  float* restrict b95 = (float*)buffers[95]; /* t111 */
  float* restrict b98 = (float*)buffers[98]; /* t114 */
  float* restrict b103 = (float*)buffers[103]; /* t123 */
  float* restrict b104 = (float*)buffers[104]; /* t127 */
  float* restrict b105 = (float*)buffers[105]; /* t131 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b103[(i_r * 64 + i_j)] = (gnnc_sqrt_grad(b98[(i_r * 64 + i_j)], b64[(i_r * 64 + i_j)]) * gnnc_step((b63[(i_r * 64 + i_j)] - 1e-05f)));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b104[(i_r * 64 + i_j)] = (b103[(i_r * 64 + i_j)] / b13[i_r]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b105[(i_r * 64 + i_j)] = ((b95[(i_r * 64 + i_j)] + gnnc_square_grad(gnnc_neg(b103[(i_r * 64 + i_j)]), b61[(i_r * 64 + i_j)])) / b13[i_r]);
      }
    }
  }
}

/* add */
void k77_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b60 = (float*)buffers[60]; /* conv2.m */
  float* restrict b100 = (float*)buffers[100]; /* t116 */
  float* restrict b102 = (float*)buffers[102]; /* t118 */
  float* restrict b104 = (float*)buffers[104]; /* t127 */
  float* restrict b105 = (float*)buffers[105]; /* t131 */
  float* restrict b106 = (float*)buffers[106]; /* t133 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b106[(i_r * 64 + i_j)] = (((b100[(i_r * 64 + i_j)] + b102[(i_r * 64 + i_j)]) + gnnc_square_grad(b104[((int64_t)b1[i_r] * 64 + i_j)], b60[(i_r * 64 + i_j)])) + b105[((int64_t)b1[i_r] * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k78_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b106 = (float*)buffers[106]; /* t133 */
  float* restrict b107 = (float*)buffers[107]; /* grad.conv2.b_pre */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_E; i_k0++) {
      f_acc = (f_acc + b106[(i_k0 * 64 + (i_t % 64))]);
    }
    b107[i_t] = f_acc;
  }
}

/* aggregate.src.sum | matmul_nt */
void k79_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b54 = (float*)buffers[54]; /* conv2.W_src */
  float* restrict b106 = (float*)buffers[106]; /* t133 */
  float* restrict b108 = (float*)buffers[108]; /* t135 */
  float* restrict b109 = (float*)buffers[109]; /* t136 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b108[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b108[(i_v * 64 + i_j)] = (b108[(i_v * 64 + i_j)] + b106[(i_e * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        float f_acc = 0.0f;
        for (int64_t i_q = 0; i_q < 64; i_q++) {
          f_acc = (f_acc + (b108[(i_v * 64 + i_q)] * b54[(i_c * 64 + i_q)]));
        }
        b109[(i_v * 64 + i_c)] = f_acc;
      }
    }
  }
}

/* matmul_tn */
void k81_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b52 = (float*)buffers[52]; /* h1 */
  float* restrict b108 = (float*)buffers[108]; /* t135 */
  float* restrict b110 = (float*)buffers[110]; /* grad.conv2.W_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b110[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b52[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b110[(i_k * 64 + i_c)] = (b110[(i_k * 64 + i_c)] + (f_a * b108[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* aggregate.dst.sum | matmul_nt */
void k82_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b53 = (float*)buffers[53]; /* conv2.W_dst */
  float* restrict b106 = (float*)buffers[106]; /* t133 */
  float* restrict b111 = (float*)buffers[111]; /* t139 */
  float* restrict b112 = (float*)buffers[112]; /* t140 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b111[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b111[(i_v * 64 + i_j)] = (b111[(i_v * 64 + i_j)] + b106[(i_e * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        float f_acc = 0.0f;
        for (int64_t i_q = 0; i_q < 64; i_q++) {
          f_acc = (f_acc + (b111[(i_v * 64 + i_q)] * b53[(i_c * 64 + i_q)]));
        }
        b112[(i_v * 64 + i_c)] = f_acc;
      }
    }
  }
}

/* matmul_tn */
void k84_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b52 = (float*)buffers[52]; /* h1 */
  float* restrict b111 = (float*)buffers[111]; /* t139 */
  float* restrict b113 = (float*)buffers[113]; /* grad.conv2.W_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b113[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b52[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b113[(i_k * 64 + i_c)] = (b113[(i_k * 64 + i_c)] + (f_a * b111[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k85_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b51 = (float*)buffers[51]; /* t58 */
  float* restrict b90 = (float*)buffers[90]; /* t103 */
  float* restrict b109 = (float*)buffers[109]; /* t136 */
  float* restrict b112 = (float*)buffers[112]; /* t140 */
  float* restrict b114 = (float*)buffers[114]; /* t144 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b114[(i_r * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b90[(i_r * 64 + i_j)] + b109[(i_r * 64 + i_j)]) + b112[(i_r * 64 + i_j)]), seed, 1ULL, (uint64_t)((i_r * 64 + i_j)), 8388608ULL, 2.0f) : ((b90[(i_r * 64 + i_j)] + b109[(i_r * 64 + i_j)]) + b112[(i_r * 64 + i_j)])), b51[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k86_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b114 = (float*)buffers[114]; /* t144 */
  float* restrict b115 = (float*)buffers[115]; /* grad.conv1.lin.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b114[(i_k0 * 64 + (i_t % 64))]);
    }
    b115[i_t] = f_acc;
  }
}

/* matmul_nt */
void k87_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b48 = (float*)buffers[48]; /* conv1.lin.W */
  float* restrict b114 = (float*)buffers[114]; /* t144 */
  float* restrict b116 = (float*)buffers[116]; /* t146 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      float f_acc = 0.0f;
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        f_acc = (f_acc + (b114[(i_r * 64 + i_q)] * b48[(i_c * 64 + i_q)]));
      }
      b116[(i_r * 64 + i_c)] = f_acc;
    }
  }
}

/* matmul_tn | sum_to */
void k88_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b47 = (float*)buffers[47]; /* conv1.post */
  float* restrict b114 = (float*)buffers[114]; /* t144 */
  float* restrict b116 = (float*)buffers[116]; /* t146 */
  float* restrict b117 = (float*)buffers[117]; /* grad.conv1.lin.W */
  float* restrict b118 = (float*)buffers[118]; /* grad.conv1.post.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b117[(i_k * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_r = 0; i_r < s_N; i_r++) {
        float f_a = b47[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b117[(i_k * 64 + i_c)] = (b117[(i_k * 64 + i_c)] + (f_a * b114[(i_r * 64 + i_c)]));
          }
        }
      }
    }
    {
      float f_acc = 0.0f;
      for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
        f_acc = (f_acc + b116[(i_k0 * 64 + (i_k % 64))]);
      }
      b118[i_k] = f_acc;
    }
  }
}

/* matmul_nt */
void k90_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b44 = (float*)buffers[44]; /* conv1.post.W */
  float* restrict b116 = (float*)buffers[116]; /* t146 */
  float* restrict b119 = (float*)buffers[119]; /* t149 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 832; i_c++) {
      float f_acc = 0.0f;
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        f_acc = (f_acc + (b116[(i_r * 64 + i_q)] * b44[(i_c * 64 + i_q)]));
      }
      b119[(i_r * 832 + i_c)] = f_acc;
    }
  }
}

/* matmul_tn */
void k91_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b43 = (float*)buffers[43]; /* t50 */
  float* restrict b116 = (float*)buffers[116]; /* t146 */
  float* restrict b120 = (float*)buffers[120]; /* grad.conv1.post.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 832; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b120[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b43[(i_r * 832 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b120[(i_k * 64 + i_c)] = (b120[(i_k * 64 + i_c)] + (f_a * b116[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* slice | slice | slice | slice | add | slice | slice | slice | slice | aggregate_arg.dst.max */
void k92_slice(void* const* buffers, const int64_t* sizes) {
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
  float* restrict b32 = (float*)buffers[32]; /* conv1.m */
  float* restrict b119 = (float*)buffers[119]; /* t149 */
  float* restrict b121 = (float*)buffers[121]; /* t151 */
  float* restrict b122 = (float*)buffers[122]; /* t152 */
  float* restrict b123 = (float*)buffers[123]; /* t153 */
  float* restrict b124 = (float*)buffers[124]; /* t154 */
  float* restrict b125 = (float*)buffers[125]; /* t158 */
  float* restrict b126 = (float*)buffers[126]; /* t159 */
  float* restrict b127 = (float*)buffers[127]; /* t160 */
  float* restrict b128 = (float*)buffers[128]; /* t161 */
  float* restrict b129 = (float*)buffers[129]; /* t162 */
  int32_t* restrict b130 = (int32_t*)buffers[130]; /* t163 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b121[(i_r * 64 + i_j)] = b119[(i_r * 832 + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b122[(i_r * 256 + i_j)] = b119[((i_r * 832 + 64) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b123[(i_r * 256 + i_j)] = b119[((i_r * 832 + 320) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b124[(i_r * 256 + i_j)] = b119[((i_r * 832 + 576) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b125[(i_r * 256 + i_j)] = ((b122[(i_r * 256 + i_j)] + (b124[(i_r * 256 + i_j)] * b12[i_r])) + (b123[(i_r * 256 + i_j)] * b11[i_r]));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b126[(i_r * 64 + i_j)] = b125[(i_r * 256 + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b127[(i_r * 64 + i_j)] = b125[((i_r * 256 + 64) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b128[(i_r * 64 + i_j)] = b125[((i_r * 256 + 128) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b129[(i_r * 64 + i_j)] = b125[((i_r * 256 + 192) + i_j)];
      }
    }
    {
      int64_t i_start = (int64_t)b2[i_r];
      int64_t i_end = (int64_t)b2[(i_r + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        int64_t i_arg = -1;
        float f_best = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          if (i_arg == -1) {
            i_arg = i_e;
            f_best = b32[(i_e * 64 + i_j)];
          }
          if (b32[(i_e * 64 + i_j)] > f_best) {
            i_arg = i_e;
            f_best = b32[(i_e * 64 + i_j)];
          }
        }
        b130[(i_r * 64 + i_j)] = (int32_t)(i_arg);
      }
    }
  }
}

/* scatter_arg.dst */
void k102_scatter_arg_dst(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b128 = (float*)buffers[128]; /* t161 */
  int32_t* restrict b130 = (int32_t*)buffers[130]; /* t163 */
  float* restrict b131 = (float*)buffers[131]; /* t164 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_e = 0; i_e < s_E; i_e++) {
    int64_t i_v = (int64_t)b1[i_e];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b131[(i_e * 64 + i_j)] = ((int64_t)b130[(i_v * 64 + i_j)] == i_e ? b128[(i_v * 64 + i_j)] : 0.0f);
    }
  }
}

/* aggregate_arg.dst.min */
void k103_aggregate_arg_dst_min(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b32 = (float*)buffers[32]; /* conv1.m */
  int32_t* restrict b132 = (int32_t*)buffers[132]; /* t165 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      int64_t i_arg = -1;
      float f_best = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        if (i_arg == -1) {
          i_arg = i_e;
          f_best = b32[(i_e * 64 + i_j)];
        }
        if (f_best > b32[(i_e * 64 + i_j)]) {
          i_arg = i_e;
          f_best = b32[(i_e * 64 + i_j)];
        }
      }
      b132[(i_v * 64 + i_j)] = (int32_t)(i_arg);
    }
  }
}

/* scatter_arg.dst */
void k104_scatter_arg_dst(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b127 = (float*)buffers[127]; /* t160 */
  int32_t* restrict b132 = (int32_t*)buffers[132]; /* t165 */
  float* restrict b133 = (float*)buffers[133]; /* t166 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_e = 0; i_e < s_E; i_e++) {
    int64_t i_v = (int64_t)b1[i_e];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b133[(i_e * 64 + i_j)] = ((int64_t)b132[(i_v * 64 + i_j)] == i_e ? b127[(i_v * 64 + i_j)] : 0.0f);
    }
  }
}

/* mul | div | div */
void k105_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b13 = (float*)buffers[13]; /* t14 */
  float* restrict b33 = (float*)buffers[33]; /* conv1.mean */
  float* restrict b35 = (float*)buffers[35]; /* t42 */
  float* restrict b36 = (float*)buffers[36]; /* t43 */
  float* restrict b126 = (float*)buffers[126]; /* t159 */
  float* restrict b129 = (float*)buffers[129]; /* t162 */
  float* restrict b134 = (float*)buffers[134]; /* t171 */
  float* restrict b135 = (float*)buffers[135]; /* t175 */
  float* restrict b136 = (float*)buffers[136]; /* t179 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b134[(i_r * 64 + i_j)] = (gnnc_sqrt_grad(b129[(i_r * 64 + i_j)], b36[(i_r * 64 + i_j)]) * gnnc_step((b35[(i_r * 64 + i_j)] - 1e-05f)));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b135[(i_r * 64 + i_j)] = (b134[(i_r * 64 + i_j)] / b13[i_r]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b136[(i_r * 64 + i_j)] = ((b126[(i_r * 64 + i_j)] + gnnc_square_grad(gnnc_neg(b134[(i_r * 64 + i_j)]), b33[(i_r * 64 + i_j)])) / b13[i_r]);
      }
    }
  }
}

/* add */
void k108_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b32 = (float*)buffers[32]; /* conv1.m */
  float* restrict b131 = (float*)buffers[131]; /* t164 */
  float* restrict b133 = (float*)buffers[133]; /* t166 */
  float* restrict b135 = (float*)buffers[135]; /* t175 */
  float* restrict b136 = (float*)buffers[136]; /* t179 */
  float* restrict b137 = (float*)buffers[137]; /* t181 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b137[(i_r * 64 + i_j)] = (((b131[(i_r * 64 + i_j)] + b133[(i_r * 64 + i_j)]) + gnnc_square_grad(b135[((int64_t)b1[i_r] * 64 + i_j)], b32[(i_r * 64 + i_j)])) + b136[((int64_t)b1[i_r] * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k109_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b137 = (float*)buffers[137]; /* t181 */
  float* restrict b138 = (float*)buffers[138]; /* grad.conv1.b_pre */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_E; i_k0++) {
      f_acc = (f_acc + b137[(i_k0 * 64 + (i_t % 64))]);
    }
    b138[i_t] = f_acc;
  }
}

/* aggregate.src.sum | matmul_nt */
void k110_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b26 = (float*)buffers[26]; /* conv1.W_src */
  float* restrict b137 = (float*)buffers[137]; /* t181 */
  float* restrict b139 = (float*)buffers[139]; /* t183 */
  float* restrict b140 = (float*)buffers[140]; /* t184 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b139[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b139[(i_v * 64 + i_j)] = (b139[(i_v * 64 + i_j)] + b137[(i_e * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        float f_acc = 0.0f;
        for (int64_t i_q = 0; i_q < 64; i_q++) {
          f_acc = (f_acc + (b139[(i_v * 64 + i_q)] * b26[(i_c * 64 + i_q)]));
        }
        b140[(i_v * 64 + i_c)] = f_acc;
      }
    }
  }
}

/* matmul_tn */
void k112_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b24 = (float*)buffers[24]; /* h0 */
  float* restrict b139 = (float*)buffers[139]; /* t183 */
  float* restrict b141 = (float*)buffers[141]; /* grad.conv1.W_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b141[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b24[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b141[(i_k * 64 + i_c)] = (b141[(i_k * 64 + i_c)] + (f_a * b139[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* aggregate.dst.sum | matmul_nt */
void k113_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b25 = (float*)buffers[25]; /* conv1.W_dst */
  float* restrict b137 = (float*)buffers[137]; /* t181 */
  float* restrict b142 = (float*)buffers[142]; /* t187 */
  float* restrict b143 = (float*)buffers[143]; /* t188 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b142[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b142[(i_v * 64 + i_j)] = (b142[(i_v * 64 + i_j)] + b137[(i_e * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        float f_acc = 0.0f;
        for (int64_t i_q = 0; i_q < 64; i_q++) {
          f_acc = (f_acc + (b142[(i_v * 64 + i_q)] * b25[(i_c * 64 + i_q)]));
        }
        b143[(i_v * 64 + i_c)] = f_acc;
      }
    }
  }
}

/* matmul_tn */
void k115_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b24 = (float*)buffers[24]; /* h0 */
  float* restrict b142 = (float*)buffers[142]; /* t187 */
  float* restrict b144 = (float*)buffers[144]; /* grad.conv1.W_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b144[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b24[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b144[(i_k * 64 + i_c)] = (b144[(i_k * 64 + i_c)] + (f_a * b142[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k116_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b23 = (float*)buffers[23]; /* t25 */
  float* restrict b121 = (float*)buffers[121]; /* t151 */
  float* restrict b140 = (float*)buffers[140]; /* t184 */
  float* restrict b143 = (float*)buffers[143]; /* t188 */
  float* restrict b145 = (float*)buffers[145]; /* t191 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b145[(i_r * 64 + i_j)] = gnnc_relu_grad(((b121[(i_r * 64 + i_j)] + b140[(i_r * 64 + i_j)]) + b143[(i_r * 64 + i_j)]), b23[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k117_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b145 = (float*)buffers[145]; /* t191 */
  float* restrict b146 = (float*)buffers[146]; /* grad.lin1.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b145[(i_k0 * 64 + (i_t % 64))]);
    }
    b146[i_t] = f_acc;
  }
}

/* matmul_tn */
void k118_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b19 = (float*)buffers[19]; /* t21 */
  float* restrict b145 = (float*)buffers[145]; /* t191 */
  float* restrict b147 = (float*)buffers[147]; /* grad.lin1.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b147[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b19[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b147[(i_k * 64 + i_c)] = (b147[(i_k * 64 + i_c)] + (f_a * b145[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}
