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

/* matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) */
void k117_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b21 = (float*)buffers[21]; /* conv1.W_dst */
  float* restrict b22 = (float*)buffers[22]; /* conv1.W_src */
  float* restrict b38 = (float*)buffers[38]; /* conv1.post.W */
  float* restrict b42 = (float*)buffers[42]; /* conv1.lin.W */
  float* restrict b47 = (float*)buffers[47]; /* conv2.W_dst */
  float* restrict b48 = (float*)buffers[48]; /* conv2.W_src */
  float* restrict b104 = (float*)buffers[104]; /* t128.wt */
  float* restrict b108 = (float*)buffers[108]; /* t132.wt */
  float* restrict b113 = (float*)buffers[113]; /* t138.wt */
  float* restrict b117 = (float*)buffers[117]; /* t141.wt */
  float* restrict b139 = (float*)buffers[139]; /* t176.wt */
  float* restrict b143 = (float*)buffers[143]; /* t180.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < 64; i_q++) {
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b143[(i_q * 64 + i_c)] = b21[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b139[(i_q * 64 + i_c)] = b22[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 832; i_c++) {
        b117[(i_q * 832 + i_c)] = b38[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b113[(i_q * 64 + i_c)] = b42[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b108[(i_q * 64 + i_c)] = b47[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b104[(i_q * 64 + i_c)] = b48[(i_c * 64 + i_q)];
      }
    }
  }
}

/* matmul_nt (W^T) | matmul_nt (W^T) */
void k56_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b64 = (float*)buffers[64]; /* conv2.post.W */
  float* restrict b68 = (float*)buffers[68]; /* conv2.lin.W */
  float* restrict b78 = (float*)buffers[78]; /* t90.wt */
  float* restrict b82 = (float*)buffers[82]; /* t93.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < s_C; i_q++) {
    {
      for (int64_t i_c = 0; i_c < 832; i_c++) {
        b82[(i_q * 832 + i_c)] = b64[(i_c * s_C + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b78[(i_q * s_C + i_c)] = b68[(i_c * s_C + i_q)];
      }
    }
  }
}

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

/* div | div | in_degree | dropout | matmul | add | dropout | matmul | matmul */
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
  float* restrict b14 = (float*)buffers[14]; /* x */
  float* restrict b15 = (float*)buffers[15]; /* t16 */
  float* restrict b16 = (float*)buffers[16]; /* lin1.W */
  float* restrict b17 = (float*)buffers[17]; /* lin1.b */
  float* restrict b18 = (float*)buffers[18]; /* t19 */
  float* restrict b19 = (float*)buffers[19]; /* t20 */
  float* restrict b20 = (float*)buffers[20]; /* h0 */
  float* restrict b21 = (float*)buffers[21]; /* conv1.W_dst */
  float* restrict b22 = (float*)buffers[22]; /* conv1.W_src */
  float* restrict b24 = (float*)buffers[24]; /* t26 */
  float* restrict b25 = (float*)buffers[25]; /* t28 */
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
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b15[(i_r * s_F + i_j)] = (training ? gnnc_dropout_mul(b14[(i_r * s_F + i_j)], seed, 0ULL, (uint64_t)((i_r * s_F + i_j)), 8388608ULL, 2.0f) : b14[(i_r * s_F + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b18[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b15[(i_r * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b18[(i_r * 64 + i_c)] = (b18[(i_r * 64 + i_c)] + (f_a * b16[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b19[(i_r * 64 + i_j)] = (b18[(i_r * 64 + i_j)] + b17[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b20[(i_r * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_relu(b19[(i_r * 64 + i_j)]), seed, 1ULL, (uint64_t)((i_r * 64 + i_j)), 8388608ULL, 2.0f) : gnnc_relu(b19[(i_r * 64 + i_j)]));
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b24[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b20[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b24[(i_r * 64 + i_c)] = (b24[(i_r * 64 + i_c)] + (f_a * b21[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b25[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b20[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b25[(i_r * 64 + i_c)] = (b25[(i_r * 64 + i_c)] + (f_a * b22[(i_k * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* add */
void k14_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b23 = (float*)buffers[23]; /* conv1.b_pre */
  float* restrict b24 = (float*)buffers[24]; /* t26 */
  float* restrict b25 = (float*)buffers[25]; /* t28 */
  float* restrict b26 = (float*)buffers[26]; /* conv1.m */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b26[(i_r * 64 + i_j)] = ((b24[((int64_t)b1[i_r] * 64 + i_j)] + b25[((int64_t)b0[i_r] * 64 + i_j)]) + b23[i_j]);
    }
  }
}

/* aggregate.dst.mean | aggregate.dst.mean | sub | maximum | sqrt | aggregate.dst.min | aggregate.dst.max | concat | mul | mul | concat | matmul | add | matmul | add | dropout | matmul | matmul */
void k15_aggregate_dst_mean(void* const* buffers, const int64_t* sizes) {
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
  float* restrict b20 = (float*)buffers[20]; /* h0 */
  float* restrict b26 = (float*)buffers[26]; /* conv1.m */
  float* restrict b27 = (float*)buffers[27]; /* conv1.mean */
  float* restrict b28 = (float*)buffers[28]; /* t34 */
  float* restrict b29 = (float*)buffers[29]; /* t36 */
  float* restrict b30 = (float*)buffers[30]; /* t37 */
  float* restrict b31 = (float*)buffers[31]; /* conv1.std */
  float* restrict b32 = (float*)buffers[32]; /* t39 */
  float* restrict b33 = (float*)buffers[33]; /* t40 */
  float* restrict b34 = (float*)buffers[34]; /* conv1.a */
  float* restrict b35 = (float*)buffers[35]; /* conv1.amplified */
  float* restrict b36 = (float*)buffers[36]; /* conv1.attenuated */
  float* restrict b37 = (float*)buffers[37]; /* t44 */
  float* restrict b38 = (float*)buffers[38]; /* conv1.post.W */
  float* restrict b39 = (float*)buffers[39]; /* conv1.post.b */
  float* restrict b40 = (float*)buffers[40]; /* t47 */
  float* restrict b41 = (float*)buffers[41]; /* conv1.post */
  float* restrict b42 = (float*)buffers[42]; /* conv1.lin.W */
  float* restrict b43 = (float*)buffers[43]; /* conv1.lin.b */
  float* restrict b44 = (float*)buffers[44]; /* t51 */
  float* restrict b45 = (float*)buffers[45]; /* t52 */
  float* restrict b46 = (float*)buffers[46]; /* h1 */
  float* restrict b47 = (float*)buffers[47]; /* conv2.W_dst */
  float* restrict b48 = (float*)buffers[48]; /* conv2.W_src */
  float* restrict b50 = (float*)buffers[50]; /* t58 */
  float* restrict b51 = (float*)buffers[51]; /* t60 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r27_0 = 0.0f;
    float f_r27_1 = 0.0f;
    float f_r27_2 = 0.0f;
    float f_r27_3 = 0.0f;
    float f_r27_4 = 0.0f;
    float f_r27_5 = 0.0f;
    float f_r27_6 = 0.0f;
    float f_r27_7 = 0.0f;
    float f_r27_8 = 0.0f;
    float f_r27_9 = 0.0f;
    float f_r27_10 = 0.0f;
    float f_r27_11 = 0.0f;
    float f_r27_12 = 0.0f;
    float f_r27_13 = 0.0f;
    float f_r27_14 = 0.0f;
    float f_r27_15 = 0.0f;
    float f_r27_16 = 0.0f;
    float f_r27_17 = 0.0f;
    float f_r27_18 = 0.0f;
    float f_r27_19 = 0.0f;
    float f_r27_20 = 0.0f;
    float f_r27_21 = 0.0f;
    float f_r27_22 = 0.0f;
    float f_r27_23 = 0.0f;
    float f_r27_24 = 0.0f;
    float f_r27_25 = 0.0f;
    float f_r27_26 = 0.0f;
    float f_r27_27 = 0.0f;
    float f_r27_28 = 0.0f;
    float f_r27_29 = 0.0f;
    float f_r27_30 = 0.0f;
    float f_r27_31 = 0.0f;
    float f_r27_32 = 0.0f;
    float f_r27_33 = 0.0f;
    float f_r27_34 = 0.0f;
    float f_r27_35 = 0.0f;
    float f_r27_36 = 0.0f;
    float f_r27_37 = 0.0f;
    float f_r27_38 = 0.0f;
    float f_r27_39 = 0.0f;
    float f_r27_40 = 0.0f;
    float f_r27_41 = 0.0f;
    float f_r27_42 = 0.0f;
    float f_r27_43 = 0.0f;
    float f_r27_44 = 0.0f;
    float f_r27_45 = 0.0f;
    float f_r27_46 = 0.0f;
    float f_r27_47 = 0.0f;
    float f_r27_48 = 0.0f;
    float f_r27_49 = 0.0f;
    float f_r27_50 = 0.0f;
    float f_r27_51 = 0.0f;
    float f_r27_52 = 0.0f;
    float f_r27_53 = 0.0f;
    float f_r27_54 = 0.0f;
    float f_r27_55 = 0.0f;
    float f_r27_56 = 0.0f;
    float f_r27_57 = 0.0f;
    float f_r27_58 = 0.0f;
    float f_r27_59 = 0.0f;
    float f_r27_60 = 0.0f;
    float f_r27_61 = 0.0f;
    float f_r27_62 = 0.0f;
    float f_r27_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r27_0 = 0.0f;
      f_r27_1 = 0.0f;
      f_r27_2 = 0.0f;
      f_r27_3 = 0.0f;
      f_r27_4 = 0.0f;
      f_r27_5 = 0.0f;
      f_r27_6 = 0.0f;
      f_r27_7 = 0.0f;
      f_r27_8 = 0.0f;
      f_r27_9 = 0.0f;
      f_r27_10 = 0.0f;
      f_r27_11 = 0.0f;
      f_r27_12 = 0.0f;
      f_r27_13 = 0.0f;
      f_r27_14 = 0.0f;
      f_r27_15 = 0.0f;
      f_r27_16 = 0.0f;
      f_r27_17 = 0.0f;
      f_r27_18 = 0.0f;
      f_r27_19 = 0.0f;
      f_r27_20 = 0.0f;
      f_r27_21 = 0.0f;
      f_r27_22 = 0.0f;
      f_r27_23 = 0.0f;
      f_r27_24 = 0.0f;
      f_r27_25 = 0.0f;
      f_r27_26 = 0.0f;
      f_r27_27 = 0.0f;
      f_r27_28 = 0.0f;
      f_r27_29 = 0.0f;
      f_r27_30 = 0.0f;
      f_r27_31 = 0.0f;
      f_r27_32 = 0.0f;
      f_r27_33 = 0.0f;
      f_r27_34 = 0.0f;
      f_r27_35 = 0.0f;
      f_r27_36 = 0.0f;
      f_r27_37 = 0.0f;
      f_r27_38 = 0.0f;
      f_r27_39 = 0.0f;
      f_r27_40 = 0.0f;
      f_r27_41 = 0.0f;
      f_r27_42 = 0.0f;
      f_r27_43 = 0.0f;
      f_r27_44 = 0.0f;
      f_r27_45 = 0.0f;
      f_r27_46 = 0.0f;
      f_r27_47 = 0.0f;
      f_r27_48 = 0.0f;
      f_r27_49 = 0.0f;
      f_r27_50 = 0.0f;
      f_r27_51 = 0.0f;
      f_r27_52 = 0.0f;
      f_r27_53 = 0.0f;
      f_r27_54 = 0.0f;
      f_r27_55 = 0.0f;
      f_r27_56 = 0.0f;
      f_r27_57 = 0.0f;
      f_r27_58 = 0.0f;
      f_r27_59 = 0.0f;
      f_r27_60 = 0.0f;
      f_r27_61 = 0.0f;
      f_r27_62 = 0.0f;
      f_r27_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        int64_t i_e = (int64_t)b3[i_q];
        f_r27_0 = (f_r27_0 + b26[(i_e * 64 + 0)]);
        f_r27_1 = (f_r27_1 + b26[(i_e * 64 + 1)]);
        f_r27_2 = (f_r27_2 + b26[(i_e * 64 + 2)]);
        f_r27_3 = (f_r27_3 + b26[(i_e * 64 + 3)]);
        f_r27_4 = (f_r27_4 + b26[(i_e * 64 + 4)]);
        f_r27_5 = (f_r27_5 + b26[(i_e * 64 + 5)]);
        f_r27_6 = (f_r27_6 + b26[(i_e * 64 + 6)]);
        f_r27_7 = (f_r27_7 + b26[(i_e * 64 + 7)]);
        f_r27_8 = (f_r27_8 + b26[(i_e * 64 + 8)]);
        f_r27_9 = (f_r27_9 + b26[(i_e * 64 + 9)]);
        f_r27_10 = (f_r27_10 + b26[(i_e * 64 + 10)]);
        f_r27_11 = (f_r27_11 + b26[(i_e * 64 + 11)]);
        f_r27_12 = (f_r27_12 + b26[(i_e * 64 + 12)]);
        f_r27_13 = (f_r27_13 + b26[(i_e * 64 + 13)]);
        f_r27_14 = (f_r27_14 + b26[(i_e * 64 + 14)]);
        f_r27_15 = (f_r27_15 + b26[(i_e * 64 + 15)]);
        f_r27_16 = (f_r27_16 + b26[(i_e * 64 + 16)]);
        f_r27_17 = (f_r27_17 + b26[(i_e * 64 + 17)]);
        f_r27_18 = (f_r27_18 + b26[(i_e * 64 + 18)]);
        f_r27_19 = (f_r27_19 + b26[(i_e * 64 + 19)]);
        f_r27_20 = (f_r27_20 + b26[(i_e * 64 + 20)]);
        f_r27_21 = (f_r27_21 + b26[(i_e * 64 + 21)]);
        f_r27_22 = (f_r27_22 + b26[(i_e * 64 + 22)]);
        f_r27_23 = (f_r27_23 + b26[(i_e * 64 + 23)]);
        f_r27_24 = (f_r27_24 + b26[(i_e * 64 + 24)]);
        f_r27_25 = (f_r27_25 + b26[(i_e * 64 + 25)]);
        f_r27_26 = (f_r27_26 + b26[(i_e * 64 + 26)]);
        f_r27_27 = (f_r27_27 + b26[(i_e * 64 + 27)]);
        f_r27_28 = (f_r27_28 + b26[(i_e * 64 + 28)]);
        f_r27_29 = (f_r27_29 + b26[(i_e * 64 + 29)]);
        f_r27_30 = (f_r27_30 + b26[(i_e * 64 + 30)]);
        f_r27_31 = (f_r27_31 + b26[(i_e * 64 + 31)]);
        f_r27_32 = (f_r27_32 + b26[(i_e * 64 + 32)]);
        f_r27_33 = (f_r27_33 + b26[(i_e * 64 + 33)]);
        f_r27_34 = (f_r27_34 + b26[(i_e * 64 + 34)]);
        f_r27_35 = (f_r27_35 + b26[(i_e * 64 + 35)]);
        f_r27_36 = (f_r27_36 + b26[(i_e * 64 + 36)]);
        f_r27_37 = (f_r27_37 + b26[(i_e * 64 + 37)]);
        f_r27_38 = (f_r27_38 + b26[(i_e * 64 + 38)]);
        f_r27_39 = (f_r27_39 + b26[(i_e * 64 + 39)]);
        f_r27_40 = (f_r27_40 + b26[(i_e * 64 + 40)]);
        f_r27_41 = (f_r27_41 + b26[(i_e * 64 + 41)]);
        f_r27_42 = (f_r27_42 + b26[(i_e * 64 + 42)]);
        f_r27_43 = (f_r27_43 + b26[(i_e * 64 + 43)]);
        f_r27_44 = (f_r27_44 + b26[(i_e * 64 + 44)]);
        f_r27_45 = (f_r27_45 + b26[(i_e * 64 + 45)]);
        f_r27_46 = (f_r27_46 + b26[(i_e * 64 + 46)]);
        f_r27_47 = (f_r27_47 + b26[(i_e * 64 + 47)]);
        f_r27_48 = (f_r27_48 + b26[(i_e * 64 + 48)]);
        f_r27_49 = (f_r27_49 + b26[(i_e * 64 + 49)]);
        f_r27_50 = (f_r27_50 + b26[(i_e * 64 + 50)]);
        f_r27_51 = (f_r27_51 + b26[(i_e * 64 + 51)]);
        f_r27_52 = (f_r27_52 + b26[(i_e * 64 + 52)]);
        f_r27_53 = (f_r27_53 + b26[(i_e * 64 + 53)]);
        f_r27_54 = (f_r27_54 + b26[(i_e * 64 + 54)]);
        f_r27_55 = (f_r27_55 + b26[(i_e * 64 + 55)]);
        f_r27_56 = (f_r27_56 + b26[(i_e * 64 + 56)]);
        f_r27_57 = (f_r27_57 + b26[(i_e * 64 + 57)]);
        f_r27_58 = (f_r27_58 + b26[(i_e * 64 + 58)]);
        f_r27_59 = (f_r27_59 + b26[(i_e * 64 + 59)]);
        f_r27_60 = (f_r27_60 + b26[(i_e * 64 + 60)]);
        f_r27_61 = (f_r27_61 + b26[(i_e * 64 + 61)]);
        f_r27_62 = (f_r27_62 + b26[(i_e * 64 + 62)]);
        f_r27_63 = (f_r27_63 + b26[(i_e * 64 + 63)]);
      }
      f_r27_0 = (f_r27_0 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_1 = (f_r27_1 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_2 = (f_r27_2 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_3 = (f_r27_3 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_4 = (f_r27_4 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_5 = (f_r27_5 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_6 = (f_r27_6 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_7 = (f_r27_7 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_8 = (f_r27_8 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_9 = (f_r27_9 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_10 = (f_r27_10 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_11 = (f_r27_11 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_12 = (f_r27_12 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_13 = (f_r27_13 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_14 = (f_r27_14 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_15 = (f_r27_15 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_16 = (f_r27_16 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_17 = (f_r27_17 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_18 = (f_r27_18 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_19 = (f_r27_19 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_20 = (f_r27_20 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_21 = (f_r27_21 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_22 = (f_r27_22 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_23 = (f_r27_23 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_24 = (f_r27_24 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_25 = (f_r27_25 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_26 = (f_r27_26 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_27 = (f_r27_27 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_28 = (f_r27_28 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_29 = (f_r27_29 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_30 = (f_r27_30 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_31 = (f_r27_31 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_32 = (f_r27_32 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_33 = (f_r27_33 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_34 = (f_r27_34 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_35 = (f_r27_35 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_36 = (f_r27_36 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_37 = (f_r27_37 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_38 = (f_r27_38 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_39 = (f_r27_39 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_40 = (f_r27_40 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_41 = (f_r27_41 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_42 = (f_r27_42 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_43 = (f_r27_43 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_44 = (f_r27_44 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_45 = (f_r27_45 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_46 = (f_r27_46 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_47 = (f_r27_47 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_48 = (f_r27_48 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_49 = (f_r27_49 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_50 = (f_r27_50 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_51 = (f_r27_51 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_52 = (f_r27_52 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_53 = (f_r27_53 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_54 = (f_r27_54 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_55 = (f_r27_55 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_56 = (f_r27_56 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_57 = (f_r27_57 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_58 = (f_r27_58 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_59 = (f_r27_59 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_60 = (f_r27_60 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_61 = (f_r27_61 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_62 = (f_r27_62 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r27_63 = (f_r27_63 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b28[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b28[(i_v * 64 + i_j)] = (b28[(i_v * 64 + i_j)] + gnnc_square(b26[(i_e * 64 + i_j)]));
        }
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b28[(i_v * 64 + i_j)] = (b28[(i_v * 64 + i_j)] / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      }
    }
    {
      b29[(i_v * 64 + 0)] = (b28[(i_v * 64 + 0)] - gnnc_square(f_r27_0));
      b29[(i_v * 64 + 1)] = (b28[(i_v * 64 + 1)] - gnnc_square(f_r27_1));
      b29[(i_v * 64 + 2)] = (b28[(i_v * 64 + 2)] - gnnc_square(f_r27_2));
      b29[(i_v * 64 + 3)] = (b28[(i_v * 64 + 3)] - gnnc_square(f_r27_3));
      b29[(i_v * 64 + 4)] = (b28[(i_v * 64 + 4)] - gnnc_square(f_r27_4));
      b29[(i_v * 64 + 5)] = (b28[(i_v * 64 + 5)] - gnnc_square(f_r27_5));
      b29[(i_v * 64 + 6)] = (b28[(i_v * 64 + 6)] - gnnc_square(f_r27_6));
      b29[(i_v * 64 + 7)] = (b28[(i_v * 64 + 7)] - gnnc_square(f_r27_7));
      b29[(i_v * 64 + 8)] = (b28[(i_v * 64 + 8)] - gnnc_square(f_r27_8));
      b29[(i_v * 64 + 9)] = (b28[(i_v * 64 + 9)] - gnnc_square(f_r27_9));
      b29[(i_v * 64 + 10)] = (b28[(i_v * 64 + 10)] - gnnc_square(f_r27_10));
      b29[(i_v * 64 + 11)] = (b28[(i_v * 64 + 11)] - gnnc_square(f_r27_11));
      b29[(i_v * 64 + 12)] = (b28[(i_v * 64 + 12)] - gnnc_square(f_r27_12));
      b29[(i_v * 64 + 13)] = (b28[(i_v * 64 + 13)] - gnnc_square(f_r27_13));
      b29[(i_v * 64 + 14)] = (b28[(i_v * 64 + 14)] - gnnc_square(f_r27_14));
      b29[(i_v * 64 + 15)] = (b28[(i_v * 64 + 15)] - gnnc_square(f_r27_15));
      b29[(i_v * 64 + 16)] = (b28[(i_v * 64 + 16)] - gnnc_square(f_r27_16));
      b29[(i_v * 64 + 17)] = (b28[(i_v * 64 + 17)] - gnnc_square(f_r27_17));
      b29[(i_v * 64 + 18)] = (b28[(i_v * 64 + 18)] - gnnc_square(f_r27_18));
      b29[(i_v * 64 + 19)] = (b28[(i_v * 64 + 19)] - gnnc_square(f_r27_19));
      b29[(i_v * 64 + 20)] = (b28[(i_v * 64 + 20)] - gnnc_square(f_r27_20));
      b29[(i_v * 64 + 21)] = (b28[(i_v * 64 + 21)] - gnnc_square(f_r27_21));
      b29[(i_v * 64 + 22)] = (b28[(i_v * 64 + 22)] - gnnc_square(f_r27_22));
      b29[(i_v * 64 + 23)] = (b28[(i_v * 64 + 23)] - gnnc_square(f_r27_23));
      b29[(i_v * 64 + 24)] = (b28[(i_v * 64 + 24)] - gnnc_square(f_r27_24));
      b29[(i_v * 64 + 25)] = (b28[(i_v * 64 + 25)] - gnnc_square(f_r27_25));
      b29[(i_v * 64 + 26)] = (b28[(i_v * 64 + 26)] - gnnc_square(f_r27_26));
      b29[(i_v * 64 + 27)] = (b28[(i_v * 64 + 27)] - gnnc_square(f_r27_27));
      b29[(i_v * 64 + 28)] = (b28[(i_v * 64 + 28)] - gnnc_square(f_r27_28));
      b29[(i_v * 64 + 29)] = (b28[(i_v * 64 + 29)] - gnnc_square(f_r27_29));
      b29[(i_v * 64 + 30)] = (b28[(i_v * 64 + 30)] - gnnc_square(f_r27_30));
      b29[(i_v * 64 + 31)] = (b28[(i_v * 64 + 31)] - gnnc_square(f_r27_31));
      b29[(i_v * 64 + 32)] = (b28[(i_v * 64 + 32)] - gnnc_square(f_r27_32));
      b29[(i_v * 64 + 33)] = (b28[(i_v * 64 + 33)] - gnnc_square(f_r27_33));
      b29[(i_v * 64 + 34)] = (b28[(i_v * 64 + 34)] - gnnc_square(f_r27_34));
      b29[(i_v * 64 + 35)] = (b28[(i_v * 64 + 35)] - gnnc_square(f_r27_35));
      b29[(i_v * 64 + 36)] = (b28[(i_v * 64 + 36)] - gnnc_square(f_r27_36));
      b29[(i_v * 64 + 37)] = (b28[(i_v * 64 + 37)] - gnnc_square(f_r27_37));
      b29[(i_v * 64 + 38)] = (b28[(i_v * 64 + 38)] - gnnc_square(f_r27_38));
      b29[(i_v * 64 + 39)] = (b28[(i_v * 64 + 39)] - gnnc_square(f_r27_39));
      b29[(i_v * 64 + 40)] = (b28[(i_v * 64 + 40)] - gnnc_square(f_r27_40));
      b29[(i_v * 64 + 41)] = (b28[(i_v * 64 + 41)] - gnnc_square(f_r27_41));
      b29[(i_v * 64 + 42)] = (b28[(i_v * 64 + 42)] - gnnc_square(f_r27_42));
      b29[(i_v * 64 + 43)] = (b28[(i_v * 64 + 43)] - gnnc_square(f_r27_43));
      b29[(i_v * 64 + 44)] = (b28[(i_v * 64 + 44)] - gnnc_square(f_r27_44));
      b29[(i_v * 64 + 45)] = (b28[(i_v * 64 + 45)] - gnnc_square(f_r27_45));
      b29[(i_v * 64 + 46)] = (b28[(i_v * 64 + 46)] - gnnc_square(f_r27_46));
      b29[(i_v * 64 + 47)] = (b28[(i_v * 64 + 47)] - gnnc_square(f_r27_47));
      b29[(i_v * 64 + 48)] = (b28[(i_v * 64 + 48)] - gnnc_square(f_r27_48));
      b29[(i_v * 64 + 49)] = (b28[(i_v * 64 + 49)] - gnnc_square(f_r27_49));
      b29[(i_v * 64 + 50)] = (b28[(i_v * 64 + 50)] - gnnc_square(f_r27_50));
      b29[(i_v * 64 + 51)] = (b28[(i_v * 64 + 51)] - gnnc_square(f_r27_51));
      b29[(i_v * 64 + 52)] = (b28[(i_v * 64 + 52)] - gnnc_square(f_r27_52));
      b29[(i_v * 64 + 53)] = (b28[(i_v * 64 + 53)] - gnnc_square(f_r27_53));
      b29[(i_v * 64 + 54)] = (b28[(i_v * 64 + 54)] - gnnc_square(f_r27_54));
      b29[(i_v * 64 + 55)] = (b28[(i_v * 64 + 55)] - gnnc_square(f_r27_55));
      b29[(i_v * 64 + 56)] = (b28[(i_v * 64 + 56)] - gnnc_square(f_r27_56));
      b29[(i_v * 64 + 57)] = (b28[(i_v * 64 + 57)] - gnnc_square(f_r27_57));
      b29[(i_v * 64 + 58)] = (b28[(i_v * 64 + 58)] - gnnc_square(f_r27_58));
      b29[(i_v * 64 + 59)] = (b28[(i_v * 64 + 59)] - gnnc_square(f_r27_59));
      b29[(i_v * 64 + 60)] = (b28[(i_v * 64 + 60)] - gnnc_square(f_r27_60));
      b29[(i_v * 64 + 61)] = (b28[(i_v * 64 + 61)] - gnnc_square(f_r27_61));
      b29[(i_v * 64 + 62)] = (b28[(i_v * 64 + 62)] - gnnc_square(f_r27_62));
      b29[(i_v * 64 + 63)] = (b28[(i_v * 64 + 63)] - gnnc_square(f_r27_63));
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b30[(i_v * 64 + i_j)] = fmaxf(b29[(i_v * 64 + i_j)], 1e-05f);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b31[(i_v * 64 + i_j)] = gnnc_sqrt(b30[(i_v * 64 + i_j)]);
      }
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        float f_acc = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          f_acc = b26[(i_e * 64 + i_j)];
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            f_acc = fminf(f_acc, b26[(i_e * 64 + i_j)]);
          }
        }
        b32[(i_v * 64 + i_j)] = f_acc;
      }
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        float f_acc = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          f_acc = b26[(i_e * 64 + i_j)];
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            f_acc = fmaxf(f_acc, b26[(i_e * 64 + i_j)]);
          }
        }
        b33[(i_v * 64 + i_j)] = f_acc;
      }
    }
    {
      b34[(i_v * 256 + 0)] = f_r27_0;
      b34[(i_v * 256 + 1)] = f_r27_1;
      b34[(i_v * 256 + 2)] = f_r27_2;
      b34[(i_v * 256 + 3)] = f_r27_3;
      b34[(i_v * 256 + 4)] = f_r27_4;
      b34[(i_v * 256 + 5)] = f_r27_5;
      b34[(i_v * 256 + 6)] = f_r27_6;
      b34[(i_v * 256 + 7)] = f_r27_7;
      b34[(i_v * 256 + 8)] = f_r27_8;
      b34[(i_v * 256 + 9)] = f_r27_9;
      b34[(i_v * 256 + 10)] = f_r27_10;
      b34[(i_v * 256 + 11)] = f_r27_11;
      b34[(i_v * 256 + 12)] = f_r27_12;
      b34[(i_v * 256 + 13)] = f_r27_13;
      b34[(i_v * 256 + 14)] = f_r27_14;
      b34[(i_v * 256 + 15)] = f_r27_15;
      b34[(i_v * 256 + 16)] = f_r27_16;
      b34[(i_v * 256 + 17)] = f_r27_17;
      b34[(i_v * 256 + 18)] = f_r27_18;
      b34[(i_v * 256 + 19)] = f_r27_19;
      b34[(i_v * 256 + 20)] = f_r27_20;
      b34[(i_v * 256 + 21)] = f_r27_21;
      b34[(i_v * 256 + 22)] = f_r27_22;
      b34[(i_v * 256 + 23)] = f_r27_23;
      b34[(i_v * 256 + 24)] = f_r27_24;
      b34[(i_v * 256 + 25)] = f_r27_25;
      b34[(i_v * 256 + 26)] = f_r27_26;
      b34[(i_v * 256 + 27)] = f_r27_27;
      b34[(i_v * 256 + 28)] = f_r27_28;
      b34[(i_v * 256 + 29)] = f_r27_29;
      b34[(i_v * 256 + 30)] = f_r27_30;
      b34[(i_v * 256 + 31)] = f_r27_31;
      b34[(i_v * 256 + 32)] = f_r27_32;
      b34[(i_v * 256 + 33)] = f_r27_33;
      b34[(i_v * 256 + 34)] = f_r27_34;
      b34[(i_v * 256 + 35)] = f_r27_35;
      b34[(i_v * 256 + 36)] = f_r27_36;
      b34[(i_v * 256 + 37)] = f_r27_37;
      b34[(i_v * 256 + 38)] = f_r27_38;
      b34[(i_v * 256 + 39)] = f_r27_39;
      b34[(i_v * 256 + 40)] = f_r27_40;
      b34[(i_v * 256 + 41)] = f_r27_41;
      b34[(i_v * 256 + 42)] = f_r27_42;
      b34[(i_v * 256 + 43)] = f_r27_43;
      b34[(i_v * 256 + 44)] = f_r27_44;
      b34[(i_v * 256 + 45)] = f_r27_45;
      b34[(i_v * 256 + 46)] = f_r27_46;
      b34[(i_v * 256 + 47)] = f_r27_47;
      b34[(i_v * 256 + 48)] = f_r27_48;
      b34[(i_v * 256 + 49)] = f_r27_49;
      b34[(i_v * 256 + 50)] = f_r27_50;
      b34[(i_v * 256 + 51)] = f_r27_51;
      b34[(i_v * 256 + 52)] = f_r27_52;
      b34[(i_v * 256 + 53)] = f_r27_53;
      b34[(i_v * 256 + 54)] = f_r27_54;
      b34[(i_v * 256 + 55)] = f_r27_55;
      b34[(i_v * 256 + 56)] = f_r27_56;
      b34[(i_v * 256 + 57)] = f_r27_57;
      b34[(i_v * 256 + 58)] = f_r27_58;
      b34[(i_v * 256 + 59)] = f_r27_59;
      b34[(i_v * 256 + 60)] = f_r27_60;
      b34[(i_v * 256 + 61)] = f_r27_61;
      b34[(i_v * 256 + 62)] = f_r27_62;
      b34[(i_v * 256 + 63)] = f_r27_63;
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b34[((i_v * 256 + 64) + i_j)] = b32[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b34[((i_v * 256 + 128) + i_j)] = b33[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b34[((i_v * 256 + 192) + i_j)] = b31[(i_v * 64 + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b35[(i_v * 256 + i_j)] = (b34[(i_v * 256 + i_j)] * b11[i_v]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b36[(i_v * 256 + i_j)] = (b34[(i_v * 256 + i_j)] * b12[i_v]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b37[(i_v * 832 + i_j)] = b20[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b37[((i_v * 832 + 64) + i_j)] = b34[(i_v * 256 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b37[((i_v * 832 + 320) + i_j)] = b35[(i_v * 256 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b37[((i_v * 832 + 576) + i_j)] = b36[(i_v * 256 + i_j)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b40[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 832; i_k++) {
        float f_a = b37[(i_v * 832 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b40[(i_v * 64 + i_c)] = (b40[(i_v * 64 + i_c)] + (f_a * b38[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b41[(i_v * 64 + i_j)] = (b40[(i_v * 64 + i_j)] + b39[i_j]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b44[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b41[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b44[(i_v * 64 + i_c)] = (b44[(i_v * 64 + i_c)] + (f_a * b42[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b45[(i_v * 64 + i_j)] = (b44[(i_v * 64 + i_j)] + b43[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b46[(i_v * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_relu(b45[(i_v * 64 + i_j)]), seed, 2ULL, (uint64_t)((i_v * 64 + i_j)), 8388608ULL, 2.0f) : gnnc_relu(b45[(i_v * 64 + i_j)]));
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b50[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b46[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b50[(i_v * 64 + i_c)] = (b50[(i_v * 64 + i_c)] + (f_a * b47[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b51[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b46[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b51[(i_v * 64 + i_c)] = (b51[(i_v * 64 + i_c)] + (f_a * b48[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    b27[(i_v * 64 + 0)] = f_r27_0;
    b27[(i_v * 64 + 1)] = f_r27_1;
    b27[(i_v * 64 + 2)] = f_r27_2;
    b27[(i_v * 64 + 3)] = f_r27_3;
    b27[(i_v * 64 + 4)] = f_r27_4;
    b27[(i_v * 64 + 5)] = f_r27_5;
    b27[(i_v * 64 + 6)] = f_r27_6;
    b27[(i_v * 64 + 7)] = f_r27_7;
    b27[(i_v * 64 + 8)] = f_r27_8;
    b27[(i_v * 64 + 9)] = f_r27_9;
    b27[(i_v * 64 + 10)] = f_r27_10;
    b27[(i_v * 64 + 11)] = f_r27_11;
    b27[(i_v * 64 + 12)] = f_r27_12;
    b27[(i_v * 64 + 13)] = f_r27_13;
    b27[(i_v * 64 + 14)] = f_r27_14;
    b27[(i_v * 64 + 15)] = f_r27_15;
    b27[(i_v * 64 + 16)] = f_r27_16;
    b27[(i_v * 64 + 17)] = f_r27_17;
    b27[(i_v * 64 + 18)] = f_r27_18;
    b27[(i_v * 64 + 19)] = f_r27_19;
    b27[(i_v * 64 + 20)] = f_r27_20;
    b27[(i_v * 64 + 21)] = f_r27_21;
    b27[(i_v * 64 + 22)] = f_r27_22;
    b27[(i_v * 64 + 23)] = f_r27_23;
    b27[(i_v * 64 + 24)] = f_r27_24;
    b27[(i_v * 64 + 25)] = f_r27_25;
    b27[(i_v * 64 + 26)] = f_r27_26;
    b27[(i_v * 64 + 27)] = f_r27_27;
    b27[(i_v * 64 + 28)] = f_r27_28;
    b27[(i_v * 64 + 29)] = f_r27_29;
    b27[(i_v * 64 + 30)] = f_r27_30;
    b27[(i_v * 64 + 31)] = f_r27_31;
    b27[(i_v * 64 + 32)] = f_r27_32;
    b27[(i_v * 64 + 33)] = f_r27_33;
    b27[(i_v * 64 + 34)] = f_r27_34;
    b27[(i_v * 64 + 35)] = f_r27_35;
    b27[(i_v * 64 + 36)] = f_r27_36;
    b27[(i_v * 64 + 37)] = f_r27_37;
    b27[(i_v * 64 + 38)] = f_r27_38;
    b27[(i_v * 64 + 39)] = f_r27_39;
    b27[(i_v * 64 + 40)] = f_r27_40;
    b27[(i_v * 64 + 41)] = f_r27_41;
    b27[(i_v * 64 + 42)] = f_r27_42;
    b27[(i_v * 64 + 43)] = f_r27_43;
    b27[(i_v * 64 + 44)] = f_r27_44;
    b27[(i_v * 64 + 45)] = f_r27_45;
    b27[(i_v * 64 + 46)] = f_r27_46;
    b27[(i_v * 64 + 47)] = f_r27_47;
    b27[(i_v * 64 + 48)] = f_r27_48;
    b27[(i_v * 64 + 49)] = f_r27_49;
    b27[(i_v * 64 + 50)] = f_r27_50;
    b27[(i_v * 64 + 51)] = f_r27_51;
    b27[(i_v * 64 + 52)] = f_r27_52;
    b27[(i_v * 64 + 53)] = f_r27_53;
    b27[(i_v * 64 + 54)] = f_r27_54;
    b27[(i_v * 64 + 55)] = f_r27_55;
    b27[(i_v * 64 + 56)] = f_r27_56;
    b27[(i_v * 64 + 57)] = f_r27_57;
    b27[(i_v * 64 + 58)] = f_r27_58;
    b27[(i_v * 64 + 59)] = f_r27_59;
    b27[(i_v * 64 + 60)] = f_r27_60;
    b27[(i_v * 64 + 61)] = f_r27_61;
    b27[(i_v * 64 + 62)] = f_r27_62;
    b27[(i_v * 64 + 63)] = f_r27_63;
  }
}

/* add */
void k33_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b49 = (float*)buffers[49]; /* conv2.b_pre */
  float* restrict b50 = (float*)buffers[50]; /* t58 */
  float* restrict b51 = (float*)buffers[51]; /* t60 */
  float* restrict b52 = (float*)buffers[52]; /* conv2.m */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b52[(i_r * 64 + i_j)] = ((b50[((int64_t)b1[i_r] * 64 + i_j)] + b51[((int64_t)b0[i_r] * 64 + i_j)]) + b49[i_j]);
    }
  }
}

/* aggregate.dst.mean | aggregate.dst.mean | sub | maximum | sqrt | aggregate.dst.min | aggregate.dst.max | concat | mul | mul | concat | matmul | add | matmul | add */
void k34_aggregate_dst_mean(void* const* buffers, const int64_t* sizes) {
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
  float* restrict b46 = (float*)buffers[46]; /* h1 */
  float* restrict b52 = (float*)buffers[52]; /* conv2.m */
  float* restrict b53 = (float*)buffers[53]; /* conv2.mean */
  float* restrict b54 = (float*)buffers[54]; /* t66 */
  float* restrict b55 = (float*)buffers[55]; /* t68 */
  float* restrict b56 = (float*)buffers[56]; /* t69 */
  float* restrict b57 = (float*)buffers[57]; /* conv2.std */
  float* restrict b58 = (float*)buffers[58]; /* t71 */
  float* restrict b59 = (float*)buffers[59]; /* t72 */
  float* restrict b60 = (float*)buffers[60]; /* conv2.a */
  float* restrict b61 = (float*)buffers[61]; /* conv2.amplified */
  float* restrict b62 = (float*)buffers[62]; /* conv2.attenuated */
  float* restrict b63 = (float*)buffers[63]; /* t76 */
  float* restrict b64 = (float*)buffers[64]; /* conv2.post.W */
  float* restrict b65 = (float*)buffers[65]; /* conv2.post.b */
  float* restrict b66 = (float*)buffers[66]; /* t79 */
  float* restrict b67 = (float*)buffers[67]; /* conv2.post */
  float* restrict b68 = (float*)buffers[68]; /* conv2.lin.W */
  float* restrict b69 = (float*)buffers[69]; /* conv2.lin.b */
  float* restrict b70 = (float*)buffers[70]; /* t83 */
  float* restrict b71 = (float*)buffers[71]; /* t84 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r53_0 = 0.0f;
    float f_r53_1 = 0.0f;
    float f_r53_2 = 0.0f;
    float f_r53_3 = 0.0f;
    float f_r53_4 = 0.0f;
    float f_r53_5 = 0.0f;
    float f_r53_6 = 0.0f;
    float f_r53_7 = 0.0f;
    float f_r53_8 = 0.0f;
    float f_r53_9 = 0.0f;
    float f_r53_10 = 0.0f;
    float f_r53_11 = 0.0f;
    float f_r53_12 = 0.0f;
    float f_r53_13 = 0.0f;
    float f_r53_14 = 0.0f;
    float f_r53_15 = 0.0f;
    float f_r53_16 = 0.0f;
    float f_r53_17 = 0.0f;
    float f_r53_18 = 0.0f;
    float f_r53_19 = 0.0f;
    float f_r53_20 = 0.0f;
    float f_r53_21 = 0.0f;
    float f_r53_22 = 0.0f;
    float f_r53_23 = 0.0f;
    float f_r53_24 = 0.0f;
    float f_r53_25 = 0.0f;
    float f_r53_26 = 0.0f;
    float f_r53_27 = 0.0f;
    float f_r53_28 = 0.0f;
    float f_r53_29 = 0.0f;
    float f_r53_30 = 0.0f;
    float f_r53_31 = 0.0f;
    float f_r53_32 = 0.0f;
    float f_r53_33 = 0.0f;
    float f_r53_34 = 0.0f;
    float f_r53_35 = 0.0f;
    float f_r53_36 = 0.0f;
    float f_r53_37 = 0.0f;
    float f_r53_38 = 0.0f;
    float f_r53_39 = 0.0f;
    float f_r53_40 = 0.0f;
    float f_r53_41 = 0.0f;
    float f_r53_42 = 0.0f;
    float f_r53_43 = 0.0f;
    float f_r53_44 = 0.0f;
    float f_r53_45 = 0.0f;
    float f_r53_46 = 0.0f;
    float f_r53_47 = 0.0f;
    float f_r53_48 = 0.0f;
    float f_r53_49 = 0.0f;
    float f_r53_50 = 0.0f;
    float f_r53_51 = 0.0f;
    float f_r53_52 = 0.0f;
    float f_r53_53 = 0.0f;
    float f_r53_54 = 0.0f;
    float f_r53_55 = 0.0f;
    float f_r53_56 = 0.0f;
    float f_r53_57 = 0.0f;
    float f_r53_58 = 0.0f;
    float f_r53_59 = 0.0f;
    float f_r53_60 = 0.0f;
    float f_r53_61 = 0.0f;
    float f_r53_62 = 0.0f;
    float f_r53_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r53_0 = 0.0f;
      f_r53_1 = 0.0f;
      f_r53_2 = 0.0f;
      f_r53_3 = 0.0f;
      f_r53_4 = 0.0f;
      f_r53_5 = 0.0f;
      f_r53_6 = 0.0f;
      f_r53_7 = 0.0f;
      f_r53_8 = 0.0f;
      f_r53_9 = 0.0f;
      f_r53_10 = 0.0f;
      f_r53_11 = 0.0f;
      f_r53_12 = 0.0f;
      f_r53_13 = 0.0f;
      f_r53_14 = 0.0f;
      f_r53_15 = 0.0f;
      f_r53_16 = 0.0f;
      f_r53_17 = 0.0f;
      f_r53_18 = 0.0f;
      f_r53_19 = 0.0f;
      f_r53_20 = 0.0f;
      f_r53_21 = 0.0f;
      f_r53_22 = 0.0f;
      f_r53_23 = 0.0f;
      f_r53_24 = 0.0f;
      f_r53_25 = 0.0f;
      f_r53_26 = 0.0f;
      f_r53_27 = 0.0f;
      f_r53_28 = 0.0f;
      f_r53_29 = 0.0f;
      f_r53_30 = 0.0f;
      f_r53_31 = 0.0f;
      f_r53_32 = 0.0f;
      f_r53_33 = 0.0f;
      f_r53_34 = 0.0f;
      f_r53_35 = 0.0f;
      f_r53_36 = 0.0f;
      f_r53_37 = 0.0f;
      f_r53_38 = 0.0f;
      f_r53_39 = 0.0f;
      f_r53_40 = 0.0f;
      f_r53_41 = 0.0f;
      f_r53_42 = 0.0f;
      f_r53_43 = 0.0f;
      f_r53_44 = 0.0f;
      f_r53_45 = 0.0f;
      f_r53_46 = 0.0f;
      f_r53_47 = 0.0f;
      f_r53_48 = 0.0f;
      f_r53_49 = 0.0f;
      f_r53_50 = 0.0f;
      f_r53_51 = 0.0f;
      f_r53_52 = 0.0f;
      f_r53_53 = 0.0f;
      f_r53_54 = 0.0f;
      f_r53_55 = 0.0f;
      f_r53_56 = 0.0f;
      f_r53_57 = 0.0f;
      f_r53_58 = 0.0f;
      f_r53_59 = 0.0f;
      f_r53_60 = 0.0f;
      f_r53_61 = 0.0f;
      f_r53_62 = 0.0f;
      f_r53_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        int64_t i_e = (int64_t)b3[i_q];
        f_r53_0 = (f_r53_0 + b52[(i_e * 64 + 0)]);
        f_r53_1 = (f_r53_1 + b52[(i_e * 64 + 1)]);
        f_r53_2 = (f_r53_2 + b52[(i_e * 64 + 2)]);
        f_r53_3 = (f_r53_3 + b52[(i_e * 64 + 3)]);
        f_r53_4 = (f_r53_4 + b52[(i_e * 64 + 4)]);
        f_r53_5 = (f_r53_5 + b52[(i_e * 64 + 5)]);
        f_r53_6 = (f_r53_6 + b52[(i_e * 64 + 6)]);
        f_r53_7 = (f_r53_7 + b52[(i_e * 64 + 7)]);
        f_r53_8 = (f_r53_8 + b52[(i_e * 64 + 8)]);
        f_r53_9 = (f_r53_9 + b52[(i_e * 64 + 9)]);
        f_r53_10 = (f_r53_10 + b52[(i_e * 64 + 10)]);
        f_r53_11 = (f_r53_11 + b52[(i_e * 64 + 11)]);
        f_r53_12 = (f_r53_12 + b52[(i_e * 64 + 12)]);
        f_r53_13 = (f_r53_13 + b52[(i_e * 64 + 13)]);
        f_r53_14 = (f_r53_14 + b52[(i_e * 64 + 14)]);
        f_r53_15 = (f_r53_15 + b52[(i_e * 64 + 15)]);
        f_r53_16 = (f_r53_16 + b52[(i_e * 64 + 16)]);
        f_r53_17 = (f_r53_17 + b52[(i_e * 64 + 17)]);
        f_r53_18 = (f_r53_18 + b52[(i_e * 64 + 18)]);
        f_r53_19 = (f_r53_19 + b52[(i_e * 64 + 19)]);
        f_r53_20 = (f_r53_20 + b52[(i_e * 64 + 20)]);
        f_r53_21 = (f_r53_21 + b52[(i_e * 64 + 21)]);
        f_r53_22 = (f_r53_22 + b52[(i_e * 64 + 22)]);
        f_r53_23 = (f_r53_23 + b52[(i_e * 64 + 23)]);
        f_r53_24 = (f_r53_24 + b52[(i_e * 64 + 24)]);
        f_r53_25 = (f_r53_25 + b52[(i_e * 64 + 25)]);
        f_r53_26 = (f_r53_26 + b52[(i_e * 64 + 26)]);
        f_r53_27 = (f_r53_27 + b52[(i_e * 64 + 27)]);
        f_r53_28 = (f_r53_28 + b52[(i_e * 64 + 28)]);
        f_r53_29 = (f_r53_29 + b52[(i_e * 64 + 29)]);
        f_r53_30 = (f_r53_30 + b52[(i_e * 64 + 30)]);
        f_r53_31 = (f_r53_31 + b52[(i_e * 64 + 31)]);
        f_r53_32 = (f_r53_32 + b52[(i_e * 64 + 32)]);
        f_r53_33 = (f_r53_33 + b52[(i_e * 64 + 33)]);
        f_r53_34 = (f_r53_34 + b52[(i_e * 64 + 34)]);
        f_r53_35 = (f_r53_35 + b52[(i_e * 64 + 35)]);
        f_r53_36 = (f_r53_36 + b52[(i_e * 64 + 36)]);
        f_r53_37 = (f_r53_37 + b52[(i_e * 64 + 37)]);
        f_r53_38 = (f_r53_38 + b52[(i_e * 64 + 38)]);
        f_r53_39 = (f_r53_39 + b52[(i_e * 64 + 39)]);
        f_r53_40 = (f_r53_40 + b52[(i_e * 64 + 40)]);
        f_r53_41 = (f_r53_41 + b52[(i_e * 64 + 41)]);
        f_r53_42 = (f_r53_42 + b52[(i_e * 64 + 42)]);
        f_r53_43 = (f_r53_43 + b52[(i_e * 64 + 43)]);
        f_r53_44 = (f_r53_44 + b52[(i_e * 64 + 44)]);
        f_r53_45 = (f_r53_45 + b52[(i_e * 64 + 45)]);
        f_r53_46 = (f_r53_46 + b52[(i_e * 64 + 46)]);
        f_r53_47 = (f_r53_47 + b52[(i_e * 64 + 47)]);
        f_r53_48 = (f_r53_48 + b52[(i_e * 64 + 48)]);
        f_r53_49 = (f_r53_49 + b52[(i_e * 64 + 49)]);
        f_r53_50 = (f_r53_50 + b52[(i_e * 64 + 50)]);
        f_r53_51 = (f_r53_51 + b52[(i_e * 64 + 51)]);
        f_r53_52 = (f_r53_52 + b52[(i_e * 64 + 52)]);
        f_r53_53 = (f_r53_53 + b52[(i_e * 64 + 53)]);
        f_r53_54 = (f_r53_54 + b52[(i_e * 64 + 54)]);
        f_r53_55 = (f_r53_55 + b52[(i_e * 64 + 55)]);
        f_r53_56 = (f_r53_56 + b52[(i_e * 64 + 56)]);
        f_r53_57 = (f_r53_57 + b52[(i_e * 64 + 57)]);
        f_r53_58 = (f_r53_58 + b52[(i_e * 64 + 58)]);
        f_r53_59 = (f_r53_59 + b52[(i_e * 64 + 59)]);
        f_r53_60 = (f_r53_60 + b52[(i_e * 64 + 60)]);
        f_r53_61 = (f_r53_61 + b52[(i_e * 64 + 61)]);
        f_r53_62 = (f_r53_62 + b52[(i_e * 64 + 62)]);
        f_r53_63 = (f_r53_63 + b52[(i_e * 64 + 63)]);
      }
      f_r53_0 = (f_r53_0 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_1 = (f_r53_1 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_2 = (f_r53_2 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_3 = (f_r53_3 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_4 = (f_r53_4 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_5 = (f_r53_5 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_6 = (f_r53_6 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_7 = (f_r53_7 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_8 = (f_r53_8 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_9 = (f_r53_9 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_10 = (f_r53_10 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_11 = (f_r53_11 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_12 = (f_r53_12 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_13 = (f_r53_13 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_14 = (f_r53_14 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_15 = (f_r53_15 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_16 = (f_r53_16 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_17 = (f_r53_17 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_18 = (f_r53_18 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_19 = (f_r53_19 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_20 = (f_r53_20 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_21 = (f_r53_21 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_22 = (f_r53_22 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_23 = (f_r53_23 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_24 = (f_r53_24 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_25 = (f_r53_25 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_26 = (f_r53_26 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_27 = (f_r53_27 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_28 = (f_r53_28 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_29 = (f_r53_29 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_30 = (f_r53_30 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_31 = (f_r53_31 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_32 = (f_r53_32 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_33 = (f_r53_33 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_34 = (f_r53_34 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_35 = (f_r53_35 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_36 = (f_r53_36 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_37 = (f_r53_37 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_38 = (f_r53_38 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_39 = (f_r53_39 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_40 = (f_r53_40 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_41 = (f_r53_41 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_42 = (f_r53_42 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_43 = (f_r53_43 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_44 = (f_r53_44 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_45 = (f_r53_45 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_46 = (f_r53_46 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_47 = (f_r53_47 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_48 = (f_r53_48 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_49 = (f_r53_49 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_50 = (f_r53_50 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_51 = (f_r53_51 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_52 = (f_r53_52 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_53 = (f_r53_53 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_54 = (f_r53_54 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_55 = (f_r53_55 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_56 = (f_r53_56 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_57 = (f_r53_57 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_58 = (f_r53_58 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_59 = (f_r53_59 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_60 = (f_r53_60 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_61 = (f_r53_61 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_62 = (f_r53_62 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      f_r53_63 = (f_r53_63 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b54[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b54[(i_v * 64 + i_j)] = (b54[(i_v * 64 + i_j)] + gnnc_square(b52[(i_e * 64 + i_j)]));
        }
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b54[(i_v * 64 + i_j)] = (b54[(i_v * 64 + i_j)] / fmaxf((float)((i_end + i_start * -1)), 1.0f));
      }
    }
    {
      b55[(i_v * 64 + 0)] = (b54[(i_v * 64 + 0)] - gnnc_square(f_r53_0));
      b55[(i_v * 64 + 1)] = (b54[(i_v * 64 + 1)] - gnnc_square(f_r53_1));
      b55[(i_v * 64 + 2)] = (b54[(i_v * 64 + 2)] - gnnc_square(f_r53_2));
      b55[(i_v * 64 + 3)] = (b54[(i_v * 64 + 3)] - gnnc_square(f_r53_3));
      b55[(i_v * 64 + 4)] = (b54[(i_v * 64 + 4)] - gnnc_square(f_r53_4));
      b55[(i_v * 64 + 5)] = (b54[(i_v * 64 + 5)] - gnnc_square(f_r53_5));
      b55[(i_v * 64 + 6)] = (b54[(i_v * 64 + 6)] - gnnc_square(f_r53_6));
      b55[(i_v * 64 + 7)] = (b54[(i_v * 64 + 7)] - gnnc_square(f_r53_7));
      b55[(i_v * 64 + 8)] = (b54[(i_v * 64 + 8)] - gnnc_square(f_r53_8));
      b55[(i_v * 64 + 9)] = (b54[(i_v * 64 + 9)] - gnnc_square(f_r53_9));
      b55[(i_v * 64 + 10)] = (b54[(i_v * 64 + 10)] - gnnc_square(f_r53_10));
      b55[(i_v * 64 + 11)] = (b54[(i_v * 64 + 11)] - gnnc_square(f_r53_11));
      b55[(i_v * 64 + 12)] = (b54[(i_v * 64 + 12)] - gnnc_square(f_r53_12));
      b55[(i_v * 64 + 13)] = (b54[(i_v * 64 + 13)] - gnnc_square(f_r53_13));
      b55[(i_v * 64 + 14)] = (b54[(i_v * 64 + 14)] - gnnc_square(f_r53_14));
      b55[(i_v * 64 + 15)] = (b54[(i_v * 64 + 15)] - gnnc_square(f_r53_15));
      b55[(i_v * 64 + 16)] = (b54[(i_v * 64 + 16)] - gnnc_square(f_r53_16));
      b55[(i_v * 64 + 17)] = (b54[(i_v * 64 + 17)] - gnnc_square(f_r53_17));
      b55[(i_v * 64 + 18)] = (b54[(i_v * 64 + 18)] - gnnc_square(f_r53_18));
      b55[(i_v * 64 + 19)] = (b54[(i_v * 64 + 19)] - gnnc_square(f_r53_19));
      b55[(i_v * 64 + 20)] = (b54[(i_v * 64 + 20)] - gnnc_square(f_r53_20));
      b55[(i_v * 64 + 21)] = (b54[(i_v * 64 + 21)] - gnnc_square(f_r53_21));
      b55[(i_v * 64 + 22)] = (b54[(i_v * 64 + 22)] - gnnc_square(f_r53_22));
      b55[(i_v * 64 + 23)] = (b54[(i_v * 64 + 23)] - gnnc_square(f_r53_23));
      b55[(i_v * 64 + 24)] = (b54[(i_v * 64 + 24)] - gnnc_square(f_r53_24));
      b55[(i_v * 64 + 25)] = (b54[(i_v * 64 + 25)] - gnnc_square(f_r53_25));
      b55[(i_v * 64 + 26)] = (b54[(i_v * 64 + 26)] - gnnc_square(f_r53_26));
      b55[(i_v * 64 + 27)] = (b54[(i_v * 64 + 27)] - gnnc_square(f_r53_27));
      b55[(i_v * 64 + 28)] = (b54[(i_v * 64 + 28)] - gnnc_square(f_r53_28));
      b55[(i_v * 64 + 29)] = (b54[(i_v * 64 + 29)] - gnnc_square(f_r53_29));
      b55[(i_v * 64 + 30)] = (b54[(i_v * 64 + 30)] - gnnc_square(f_r53_30));
      b55[(i_v * 64 + 31)] = (b54[(i_v * 64 + 31)] - gnnc_square(f_r53_31));
      b55[(i_v * 64 + 32)] = (b54[(i_v * 64 + 32)] - gnnc_square(f_r53_32));
      b55[(i_v * 64 + 33)] = (b54[(i_v * 64 + 33)] - gnnc_square(f_r53_33));
      b55[(i_v * 64 + 34)] = (b54[(i_v * 64 + 34)] - gnnc_square(f_r53_34));
      b55[(i_v * 64 + 35)] = (b54[(i_v * 64 + 35)] - gnnc_square(f_r53_35));
      b55[(i_v * 64 + 36)] = (b54[(i_v * 64 + 36)] - gnnc_square(f_r53_36));
      b55[(i_v * 64 + 37)] = (b54[(i_v * 64 + 37)] - gnnc_square(f_r53_37));
      b55[(i_v * 64 + 38)] = (b54[(i_v * 64 + 38)] - gnnc_square(f_r53_38));
      b55[(i_v * 64 + 39)] = (b54[(i_v * 64 + 39)] - gnnc_square(f_r53_39));
      b55[(i_v * 64 + 40)] = (b54[(i_v * 64 + 40)] - gnnc_square(f_r53_40));
      b55[(i_v * 64 + 41)] = (b54[(i_v * 64 + 41)] - gnnc_square(f_r53_41));
      b55[(i_v * 64 + 42)] = (b54[(i_v * 64 + 42)] - gnnc_square(f_r53_42));
      b55[(i_v * 64 + 43)] = (b54[(i_v * 64 + 43)] - gnnc_square(f_r53_43));
      b55[(i_v * 64 + 44)] = (b54[(i_v * 64 + 44)] - gnnc_square(f_r53_44));
      b55[(i_v * 64 + 45)] = (b54[(i_v * 64 + 45)] - gnnc_square(f_r53_45));
      b55[(i_v * 64 + 46)] = (b54[(i_v * 64 + 46)] - gnnc_square(f_r53_46));
      b55[(i_v * 64 + 47)] = (b54[(i_v * 64 + 47)] - gnnc_square(f_r53_47));
      b55[(i_v * 64 + 48)] = (b54[(i_v * 64 + 48)] - gnnc_square(f_r53_48));
      b55[(i_v * 64 + 49)] = (b54[(i_v * 64 + 49)] - gnnc_square(f_r53_49));
      b55[(i_v * 64 + 50)] = (b54[(i_v * 64 + 50)] - gnnc_square(f_r53_50));
      b55[(i_v * 64 + 51)] = (b54[(i_v * 64 + 51)] - gnnc_square(f_r53_51));
      b55[(i_v * 64 + 52)] = (b54[(i_v * 64 + 52)] - gnnc_square(f_r53_52));
      b55[(i_v * 64 + 53)] = (b54[(i_v * 64 + 53)] - gnnc_square(f_r53_53));
      b55[(i_v * 64 + 54)] = (b54[(i_v * 64 + 54)] - gnnc_square(f_r53_54));
      b55[(i_v * 64 + 55)] = (b54[(i_v * 64 + 55)] - gnnc_square(f_r53_55));
      b55[(i_v * 64 + 56)] = (b54[(i_v * 64 + 56)] - gnnc_square(f_r53_56));
      b55[(i_v * 64 + 57)] = (b54[(i_v * 64 + 57)] - gnnc_square(f_r53_57));
      b55[(i_v * 64 + 58)] = (b54[(i_v * 64 + 58)] - gnnc_square(f_r53_58));
      b55[(i_v * 64 + 59)] = (b54[(i_v * 64 + 59)] - gnnc_square(f_r53_59));
      b55[(i_v * 64 + 60)] = (b54[(i_v * 64 + 60)] - gnnc_square(f_r53_60));
      b55[(i_v * 64 + 61)] = (b54[(i_v * 64 + 61)] - gnnc_square(f_r53_61));
      b55[(i_v * 64 + 62)] = (b54[(i_v * 64 + 62)] - gnnc_square(f_r53_62));
      b55[(i_v * 64 + 63)] = (b54[(i_v * 64 + 63)] - gnnc_square(f_r53_63));
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b56[(i_v * 64 + i_j)] = fmaxf(b55[(i_v * 64 + i_j)], 1e-05f);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b57[(i_v * 64 + i_j)] = gnnc_sqrt(b56[(i_v * 64 + i_j)]);
      }
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        float f_acc = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          f_acc = b52[(i_e * 64 + i_j)];
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            f_acc = fminf(f_acc, b52[(i_e * 64 + i_j)]);
          }
        }
        b58[(i_v * 64 + i_j)] = f_acc;
      }
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        float f_acc = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          f_acc = b52[(i_e * 64 + i_j)];
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            f_acc = fmaxf(f_acc, b52[(i_e * 64 + i_j)]);
          }
        }
        b59[(i_v * 64 + i_j)] = f_acc;
      }
    }
    {
      b60[(i_v * 256 + 0)] = f_r53_0;
      b60[(i_v * 256 + 1)] = f_r53_1;
      b60[(i_v * 256 + 2)] = f_r53_2;
      b60[(i_v * 256 + 3)] = f_r53_3;
      b60[(i_v * 256 + 4)] = f_r53_4;
      b60[(i_v * 256 + 5)] = f_r53_5;
      b60[(i_v * 256 + 6)] = f_r53_6;
      b60[(i_v * 256 + 7)] = f_r53_7;
      b60[(i_v * 256 + 8)] = f_r53_8;
      b60[(i_v * 256 + 9)] = f_r53_9;
      b60[(i_v * 256 + 10)] = f_r53_10;
      b60[(i_v * 256 + 11)] = f_r53_11;
      b60[(i_v * 256 + 12)] = f_r53_12;
      b60[(i_v * 256 + 13)] = f_r53_13;
      b60[(i_v * 256 + 14)] = f_r53_14;
      b60[(i_v * 256 + 15)] = f_r53_15;
      b60[(i_v * 256 + 16)] = f_r53_16;
      b60[(i_v * 256 + 17)] = f_r53_17;
      b60[(i_v * 256 + 18)] = f_r53_18;
      b60[(i_v * 256 + 19)] = f_r53_19;
      b60[(i_v * 256 + 20)] = f_r53_20;
      b60[(i_v * 256 + 21)] = f_r53_21;
      b60[(i_v * 256 + 22)] = f_r53_22;
      b60[(i_v * 256 + 23)] = f_r53_23;
      b60[(i_v * 256 + 24)] = f_r53_24;
      b60[(i_v * 256 + 25)] = f_r53_25;
      b60[(i_v * 256 + 26)] = f_r53_26;
      b60[(i_v * 256 + 27)] = f_r53_27;
      b60[(i_v * 256 + 28)] = f_r53_28;
      b60[(i_v * 256 + 29)] = f_r53_29;
      b60[(i_v * 256 + 30)] = f_r53_30;
      b60[(i_v * 256 + 31)] = f_r53_31;
      b60[(i_v * 256 + 32)] = f_r53_32;
      b60[(i_v * 256 + 33)] = f_r53_33;
      b60[(i_v * 256 + 34)] = f_r53_34;
      b60[(i_v * 256 + 35)] = f_r53_35;
      b60[(i_v * 256 + 36)] = f_r53_36;
      b60[(i_v * 256 + 37)] = f_r53_37;
      b60[(i_v * 256 + 38)] = f_r53_38;
      b60[(i_v * 256 + 39)] = f_r53_39;
      b60[(i_v * 256 + 40)] = f_r53_40;
      b60[(i_v * 256 + 41)] = f_r53_41;
      b60[(i_v * 256 + 42)] = f_r53_42;
      b60[(i_v * 256 + 43)] = f_r53_43;
      b60[(i_v * 256 + 44)] = f_r53_44;
      b60[(i_v * 256 + 45)] = f_r53_45;
      b60[(i_v * 256 + 46)] = f_r53_46;
      b60[(i_v * 256 + 47)] = f_r53_47;
      b60[(i_v * 256 + 48)] = f_r53_48;
      b60[(i_v * 256 + 49)] = f_r53_49;
      b60[(i_v * 256 + 50)] = f_r53_50;
      b60[(i_v * 256 + 51)] = f_r53_51;
      b60[(i_v * 256 + 52)] = f_r53_52;
      b60[(i_v * 256 + 53)] = f_r53_53;
      b60[(i_v * 256 + 54)] = f_r53_54;
      b60[(i_v * 256 + 55)] = f_r53_55;
      b60[(i_v * 256 + 56)] = f_r53_56;
      b60[(i_v * 256 + 57)] = f_r53_57;
      b60[(i_v * 256 + 58)] = f_r53_58;
      b60[(i_v * 256 + 59)] = f_r53_59;
      b60[(i_v * 256 + 60)] = f_r53_60;
      b60[(i_v * 256 + 61)] = f_r53_61;
      b60[(i_v * 256 + 62)] = f_r53_62;
      b60[(i_v * 256 + 63)] = f_r53_63;
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b60[((i_v * 256 + 64) + i_j)] = b58[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b60[((i_v * 256 + 128) + i_j)] = b59[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b60[((i_v * 256 + 192) + i_j)] = b57[(i_v * 64 + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b61[(i_v * 256 + i_j)] = (b60[(i_v * 256 + i_j)] * b11[i_v]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b62[(i_v * 256 + i_j)] = (b60[(i_v * 256 + i_j)] * b12[i_v]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b63[(i_v * 832 + i_j)] = b46[(i_v * 64 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b63[((i_v * 832 + 64) + i_j)] = b60[(i_v * 256 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b63[((i_v * 832 + 320) + i_j)] = b61[(i_v * 256 + i_j)];
      }
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b63[((i_v * 832 + 576) + i_j)] = b62[(i_v * 256 + i_j)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b66[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 832; i_k++) {
        float f_a = b63[(i_v * 832 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b66[(i_v * s_C + i_c)] = (b66[(i_v * s_C + i_c)] + (f_a * b64[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b67[(i_v * s_C + i_j)] = (b66[(i_v * s_C + i_j)] + b65[i_j]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b70[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_C; i_k++) {
        float f_a = b67[(i_v * s_C + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b70[(i_v * s_C + i_c)] = (b70[(i_v * s_C + i_c)] + (f_a * b68[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b71[(i_v * s_C + i_j)] = (b70[(i_v * s_C + i_j)] + b69[i_j]);
      }
    }
    b53[(i_v * 64 + 0)] = f_r53_0;
    b53[(i_v * 64 + 1)] = f_r53_1;
    b53[(i_v * 64 + 2)] = f_r53_2;
    b53[(i_v * 64 + 3)] = f_r53_3;
    b53[(i_v * 64 + 4)] = f_r53_4;
    b53[(i_v * 64 + 5)] = f_r53_5;
    b53[(i_v * 64 + 6)] = f_r53_6;
    b53[(i_v * 64 + 7)] = f_r53_7;
    b53[(i_v * 64 + 8)] = f_r53_8;
    b53[(i_v * 64 + 9)] = f_r53_9;
    b53[(i_v * 64 + 10)] = f_r53_10;
    b53[(i_v * 64 + 11)] = f_r53_11;
    b53[(i_v * 64 + 12)] = f_r53_12;
    b53[(i_v * 64 + 13)] = f_r53_13;
    b53[(i_v * 64 + 14)] = f_r53_14;
    b53[(i_v * 64 + 15)] = f_r53_15;
    b53[(i_v * 64 + 16)] = f_r53_16;
    b53[(i_v * 64 + 17)] = f_r53_17;
    b53[(i_v * 64 + 18)] = f_r53_18;
    b53[(i_v * 64 + 19)] = f_r53_19;
    b53[(i_v * 64 + 20)] = f_r53_20;
    b53[(i_v * 64 + 21)] = f_r53_21;
    b53[(i_v * 64 + 22)] = f_r53_22;
    b53[(i_v * 64 + 23)] = f_r53_23;
    b53[(i_v * 64 + 24)] = f_r53_24;
    b53[(i_v * 64 + 25)] = f_r53_25;
    b53[(i_v * 64 + 26)] = f_r53_26;
    b53[(i_v * 64 + 27)] = f_r53_27;
    b53[(i_v * 64 + 28)] = f_r53_28;
    b53[(i_v * 64 + 29)] = f_r53_29;
    b53[(i_v * 64 + 30)] = f_r53_30;
    b53[(i_v * 64 + 31)] = f_r53_31;
    b53[(i_v * 64 + 32)] = f_r53_32;
    b53[(i_v * 64 + 33)] = f_r53_33;
    b53[(i_v * 64 + 34)] = f_r53_34;
    b53[(i_v * 64 + 35)] = f_r53_35;
    b53[(i_v * 64 + 36)] = f_r53_36;
    b53[(i_v * 64 + 37)] = f_r53_37;
    b53[(i_v * 64 + 38)] = f_r53_38;
    b53[(i_v * 64 + 39)] = f_r53_39;
    b53[(i_v * 64 + 40)] = f_r53_40;
    b53[(i_v * 64 + 41)] = f_r53_41;
    b53[(i_v * 64 + 42)] = f_r53_42;
    b53[(i_v * 64 + 43)] = f_r53_43;
    b53[(i_v * 64 + 44)] = f_r53_44;
    b53[(i_v * 64 + 45)] = f_r53_45;
    b53[(i_v * 64 + 46)] = f_r53_46;
    b53[(i_v * 64 + 47)] = f_r53_47;
    b53[(i_v * 64 + 48)] = f_r53_48;
    b53[(i_v * 64 + 49)] = f_r53_49;
    b53[(i_v * 64 + 50)] = f_r53_50;
    b53[(i_v * 64 + 51)] = f_r53_51;
    b53[(i_v * 64 + 52)] = f_r53_52;
    b53[(i_v * 64 + 53)] = f_r53_53;
    b53[(i_v * 64 + 54)] = f_r53_54;
    b53[(i_v * 64 + 55)] = f_r53_55;
    b53[(i_v * 64 + 56)] = f_r53_56;
    b53[(i_v * 64 + 57)] = f_r53_57;
    b53[(i_v * 64 + 58)] = f_r53_58;
    b53[(i_v * 64 + 59)] = f_r53_59;
    b53[(i_v * 64 + 60)] = f_r53_60;
    b53[(i_v * 64 + 61)] = f_r53_61;
    b53[(i_v * 64 + 62)] = f_r53_62;
    b53[(i_v * 64 + 63)] = f_r53_63;
  }
}

/* cross_entropy */
void k49_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b71 = (float*)buffers[71]; /* t84 */
  int32_t* restrict b72 = (int32_t*)buffers[72]; /* labels */
  float* restrict b73 = (float*)buffers[73]; /* train_mask */
  float* restrict b74 = (float*)buffers[74]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b73[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    if (b73[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b71[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b71[(i_v * s_C + i_c)] - f_top)));
      }
      f_loss = (f_loss + (b73[i_v] * ((f_top + gnnc_log(f_total)) - b71[(i_v * s_C + (int64_t)b72[i_v])])));
    }
  }
  b74[0] = 0.0f;
  if (f_count > 0.0f) {
    b74[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k50_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b71 = (float*)buffers[71]; /* t84 */
  int32_t* restrict b72 = (int32_t*)buffers[72]; /* labels */
  float* restrict b73 = (float*)buffers[73]; /* train_mask */
  float* restrict b75 = (float*)buffers[75]; /* t88 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b73[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, b71[(i_v * s_C + i_c)]);
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + gnnc_exp((b71[(i_v * s_C + i_c)] - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b75[(i_v * s_C + i_c)] = ((b73[i_v] * ((gnnc_exp((b71[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b72[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
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
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b75 = (float*)buffers[75]; /* t88 */
  float* restrict b76 = (float*)buffers[76]; /* grad.conv2.lin.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b75[(i_k0 * s_C + (i_t % s_C))]);
    }
    b76[i_t] = f_acc;
  }
}

/* matmul_nt */
void k53_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b75 = (float*)buffers[75]; /* t88 */
  float* restrict b77 = (float*)buffers[77]; /* t90 */
  float* restrict b78 = (float*)buffers[78]; /* t90.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b77[(i_r * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b75[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b77[(i_r * s_C + i_c)] = (b77[(i_r * s_C + i_c)] + (f_a * b78[(i_q * s_C + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn | sum_to */
void k54_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b67 = (float*)buffers[67]; /* conv2.post */
  float* restrict b75 = (float*)buffers[75]; /* t88 */
  float* restrict b77 = (float*)buffers[77]; /* t90 */
  float* restrict b79 = (float*)buffers[79]; /* grad.conv2.lin.W */
  float* restrict b80 = (float*)buffers[80]; /* grad.conv2.post.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_C; i_k++) {
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b79[(i_k * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_r = 0; i_r < s_N; i_r++) {
        float f_a = b67[(i_r * s_C + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b79[(i_k * s_C + i_c)] = (b79[(i_k * s_C + i_c)] + (f_a * b75[(i_r * s_C + i_c)]));
          }
        }
      }
    }
    {
      float f_acc = 0.0f;
      for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
        f_acc = (f_acc + b77[(i_k0 * s_C + (i_k % s_C))]);
      }
      b80[i_k] = f_acc;
    }
  }
}

/* matmul_nt */
void k57_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b77 = (float*)buffers[77]; /* t90 */
  float* restrict b81 = (float*)buffers[81]; /* t93 */
  float* restrict b82 = (float*)buffers[82]; /* t93.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 832; i_c++) {
      b81[(i_r * 832 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b77[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 832; i_c++) {
          b81[(i_r * 832 + i_c)] = (b81[(i_r * 832 + i_c)] + (f_a * b82[(i_q * 832 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k58_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b63 = (float*)buffers[63]; /* t76 */
  float* restrict b77 = (float*)buffers[77]; /* t90 */
  float* restrict b83 = (float*)buffers[83]; /* grad.conv2.post.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 832; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b83[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b63[(i_r * 832 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b83[(i_k * s_C + i_c)] = (b83[(i_k * s_C + i_c)] + (f_a * b77[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* slice | slice | slice | slice | add | slice | slice | slice | slice | aggregate_arg.dst.max */
void k59_slice(void* const* buffers, const int64_t* sizes) {
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
  float* restrict b52 = (float*)buffers[52]; /* conv2.m */
  float* restrict b81 = (float*)buffers[81]; /* t93 */
  float* restrict b84 = (float*)buffers[84]; /* t95 */
  float* restrict b85 = (float*)buffers[85]; /* t96 */
  float* restrict b86 = (float*)buffers[86]; /* t97 */
  float* restrict b87 = (float*)buffers[87]; /* t98 */
  float* restrict b88 = (float*)buffers[88]; /* t102 */
  float* restrict b89 = (float*)buffers[89]; /* t103 */
  float* restrict b90 = (float*)buffers[90]; /* t104 */
  float* restrict b91 = (float*)buffers[91]; /* t105 */
  float* restrict b92 = (float*)buffers[92]; /* t106 */
  int32_t* restrict b93 = (int32_t*)buffers[93]; /* t107 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b84[(i_r * 64 + i_j)] = b81[(i_r * 832 + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b85[(i_r * 256 + i_j)] = b81[((i_r * 832 + 64) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b86[(i_r * 256 + i_j)] = b81[((i_r * 832 + 320) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b87[(i_r * 256 + i_j)] = b81[((i_r * 832 + 576) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b88[(i_r * 256 + i_j)] = ((b85[(i_r * 256 + i_j)] + (b87[(i_r * 256 + i_j)] * b12[i_r])) + (b86[(i_r * 256 + i_j)] * b11[i_r]));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b89[(i_r * 64 + i_j)] = b88[(i_r * 256 + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b90[(i_r * 64 + i_j)] = b88[((i_r * 256 + 64) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b91[(i_r * 64 + i_j)] = b88[((i_r * 256 + 128) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b92[(i_r * 64 + i_j)] = b88[((i_r * 256 + 192) + i_j)];
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
            f_best = b52[(i_e * 64 + i_j)];
          }
          if (b52[(i_e * 64 + i_j)] > f_best) {
            i_arg = i_e;
            f_best = b52[(i_e * 64 + i_j)];
          }
        }
        b93[(i_r * 64 + i_j)] = (int32_t)(i_arg);
      }
    }
  }
}

/* scatter_arg.dst */
void k69_scatter_arg_dst(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b91 = (float*)buffers[91]; /* t105 */
  int32_t* restrict b93 = (int32_t*)buffers[93]; /* t107 */
  float* restrict b94 = (float*)buffers[94]; /* t108 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_e = 0; i_e < s_E; i_e++) {
    int64_t i_v = (int64_t)b1[i_e];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b94[(i_e * 64 + i_j)] = ((int64_t)b93[(i_v * 64 + i_j)] == i_e ? b91[(i_v * 64 + i_j)] : 0.0f);
    }
  }
}

/* aggregate_arg.dst.min */
void k70_aggregate_arg_dst_min(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b52 = (float*)buffers[52]; /* conv2.m */
  int32_t* restrict b95 = (int32_t*)buffers[95]; /* t109 */
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
          f_best = b52[(i_e * 64 + i_j)];
        }
        if (f_best > b52[(i_e * 64 + i_j)]) {
          i_arg = i_e;
          f_best = b52[(i_e * 64 + i_j)];
        }
      }
      b95[(i_v * 64 + i_j)] = (int32_t)(i_arg);
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
  float* restrict b90 = (float*)buffers[90]; /* t104 */
  int32_t* restrict b95 = (int32_t*)buffers[95]; /* t109 */
  float* restrict b96 = (float*)buffers[96]; /* t110 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_e = 0; i_e < s_E; i_e++) {
    int64_t i_v = (int64_t)b1[i_e];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b96[(i_e * 64 + i_j)] = ((int64_t)b95[(i_v * 64 + i_j)] == i_e ? b90[(i_v * 64 + i_j)] : 0.0f);
    }
  }
}

/* mul | div | div */
void k72_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b13 = (float*)buffers[13]; /* t14 */
  float* restrict b53 = (float*)buffers[53]; /* conv2.mean */
  float* restrict b55 = (float*)buffers[55]; /* t68 */
  float* restrict b56 = (float*)buffers[56]; /* t69 */
  float* restrict b89 = (float*)buffers[89]; /* t103 */
  float* restrict b92 = (float*)buffers[92]; /* t106 */
  float* restrict b97 = (float*)buffers[97]; /* t115 */
  float* restrict b98 = (float*)buffers[98]; /* t119 */
  float* restrict b99 = (float*)buffers[99]; /* t123 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b97[(i_r * 64 + i_j)] = (gnnc_sqrt_grad(b92[(i_r * 64 + i_j)], b56[(i_r * 64 + i_j)]) * gnnc_step((b55[(i_r * 64 + i_j)] - 1e-05f)));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b98[(i_r * 64 + i_j)] = (b97[(i_r * 64 + i_j)] / b13[i_r]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b99[(i_r * 64 + i_j)] = ((b89[(i_r * 64 + i_j)] + gnnc_square_grad(gnnc_neg(b97[(i_r * 64 + i_j)]), b53[(i_r * 64 + i_j)])) / b13[i_r]);
      }
    }
  }
}

/* add */
void k75_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b52 = (float*)buffers[52]; /* conv2.m */
  float* restrict b94 = (float*)buffers[94]; /* t108 */
  float* restrict b96 = (float*)buffers[96]; /* t110 */
  float* restrict b98 = (float*)buffers[98]; /* t119 */
  float* restrict b99 = (float*)buffers[99]; /* t123 */
  float* restrict b100 = (float*)buffers[100]; /* t125 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b100[(i_r * 64 + i_j)] = (((b94[(i_r * 64 + i_j)] + b96[(i_r * 64 + i_j)]) + gnnc_square_grad(b98[((int64_t)b1[i_r] * 64 + i_j)], b52[(i_r * 64 + i_j)])) + b99[((int64_t)b1[i_r] * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k76_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b100 = (float*)buffers[100]; /* t125 */
  float* restrict b101 = (float*)buffers[101]; /* grad.conv2.b_pre */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_E; i_k0++) {
      f_acc = (f_acc + b100[(i_k0 * 64 + (i_t % 64))]);
    }
    b101[i_t] = f_acc;
  }
}

/* aggregate.src.sum | matmul_nt */
void k77_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b100 = (float*)buffers[100]; /* t125 */
  float* restrict b102 = (float*)buffers[102]; /* t127 */
  float* restrict b103 = (float*)buffers[103]; /* t128 */
  float* restrict b104 = (float*)buffers[104]; /* t128.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b102[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b102[(i_v * 64 + i_j)] = (b102[(i_v * 64 + i_j)] + b100[(i_e * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b103[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b102[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b103[(i_v * 64 + i_c)] = (b103[(i_v * 64 + i_c)] + (f_a * b104[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k80_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b46 = (float*)buffers[46]; /* h1 */
  float* restrict b102 = (float*)buffers[102]; /* t127 */
  float* restrict b105 = (float*)buffers[105]; /* grad.conv2.W_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b105[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b46[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b105[(i_k * 64 + i_c)] = (b105[(i_k * 64 + i_c)] + (f_a * b102[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* aggregate.dst.sum | matmul_nt */
void k81_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b100 = (float*)buffers[100]; /* t125 */
  float* restrict b106 = (float*)buffers[106]; /* t131 */
  float* restrict b107 = (float*)buffers[107]; /* t132 */
  float* restrict b108 = (float*)buffers[108]; /* t132.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b106[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b106[(i_v * 64 + i_j)] = (b106[(i_v * 64 + i_j)] + b100[(i_e * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b107[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b106[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b107[(i_v * 64 + i_c)] = (b107[(i_v * 64 + i_c)] + (f_a * b108[(i_q * 64 + i_c)]));
          }
        }
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
  float* restrict b46 = (float*)buffers[46]; /* h1 */
  float* restrict b106 = (float*)buffers[106]; /* t131 */
  float* restrict b109 = (float*)buffers[109]; /* grad.conv2.W_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b109[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b46[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b109[(i_k * 64 + i_c)] = (b109[(i_k * 64 + i_c)] + (f_a * b106[(i_r * 64 + i_c)]));
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
  float* restrict b45 = (float*)buffers[45]; /* t52 */
  float* restrict b84 = (float*)buffers[84]; /* t95 */
  float* restrict b103 = (float*)buffers[103]; /* t128 */
  float* restrict b107 = (float*)buffers[107]; /* t132 */
  float* restrict b110 = (float*)buffers[110]; /* t136 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b110[(i_r * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b84[(i_r * 64 + i_j)] + b103[(i_r * 64 + i_j)]) + b107[(i_r * 64 + i_j)]), seed, 2ULL, (uint64_t)((i_r * 64 + i_j)), 8388608ULL, 2.0f) : ((b84[(i_r * 64 + i_j)] + b103[(i_r * 64 + i_j)]) + b107[(i_r * 64 + i_j)])), b45[(i_r * 64 + i_j)]);
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
  float* restrict b110 = (float*)buffers[110]; /* t136 */
  float* restrict b111 = (float*)buffers[111]; /* grad.conv1.lin.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b110[(i_k0 * 64 + (i_t % 64))]);
    }
    b111[i_t] = f_acc;
  }
}

/* matmul_nt */
void k88_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b110 = (float*)buffers[110]; /* t136 */
  float* restrict b112 = (float*)buffers[112]; /* t138 */
  float* restrict b113 = (float*)buffers[113]; /* t138.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b112[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b110[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b112[(i_r * 64 + i_c)] = (b112[(i_r * 64 + i_c)] + (f_a * b113[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn | sum_to */
void k89_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b41 = (float*)buffers[41]; /* conv1.post */
  float* restrict b110 = (float*)buffers[110]; /* t136 */
  float* restrict b112 = (float*)buffers[112]; /* t138 */
  float* restrict b114 = (float*)buffers[114]; /* grad.conv1.lin.W */
  float* restrict b115 = (float*)buffers[115]; /* grad.conv1.post.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b114[(i_k * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_r = 0; i_r < s_N; i_r++) {
        float f_a = b41[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b114[(i_k * 64 + i_c)] = (b114[(i_k * 64 + i_c)] + (f_a * b110[(i_r * 64 + i_c)]));
          }
        }
      }
    }
    {
      float f_acc = 0.0f;
      for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
        f_acc = (f_acc + b112[(i_k0 * 64 + (i_k % 64))]);
      }
      b115[i_k] = f_acc;
    }
  }
}

/* matmul_nt */
void k92_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b112 = (float*)buffers[112]; /* t138 */
  float* restrict b116 = (float*)buffers[116]; /* t141 */
  float* restrict b117 = (float*)buffers[117]; /* t141.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 832; i_c++) {
      b116[(i_r * 832 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b112[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 832; i_c++) {
          b116[(i_r * 832 + i_c)] = (b116[(i_r * 832 + i_c)] + (f_a * b117[(i_q * 832 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k93_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b37 = (float*)buffers[37]; /* t44 */
  float* restrict b112 = (float*)buffers[112]; /* t138 */
  float* restrict b118 = (float*)buffers[118]; /* grad.conv1.post.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 832; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b118[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b37[(i_r * 832 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b118[(i_k * 64 + i_c)] = (b118[(i_k * 64 + i_c)] + (f_a * b112[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* slice | slice | slice | slice | add | slice | slice | slice | slice | aggregate_arg.dst.max */
void k94_slice(void* const* buffers, const int64_t* sizes) {
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
  float* restrict b26 = (float*)buffers[26]; /* conv1.m */
  float* restrict b116 = (float*)buffers[116]; /* t141 */
  float* restrict b119 = (float*)buffers[119]; /* t143 */
  float* restrict b120 = (float*)buffers[120]; /* t144 */
  float* restrict b121 = (float*)buffers[121]; /* t145 */
  float* restrict b122 = (float*)buffers[122]; /* t146 */
  float* restrict b123 = (float*)buffers[123]; /* t150 */
  float* restrict b124 = (float*)buffers[124]; /* t151 */
  float* restrict b125 = (float*)buffers[125]; /* t152 */
  float* restrict b126 = (float*)buffers[126]; /* t153 */
  float* restrict b127 = (float*)buffers[127]; /* t154 */
  int32_t* restrict b128 = (int32_t*)buffers[128]; /* t155 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b119[(i_r * 64 + i_j)] = b116[(i_r * 832 + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b120[(i_r * 256 + i_j)] = b116[((i_r * 832 + 64) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b121[(i_r * 256 + i_j)] = b116[((i_r * 832 + 320) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b122[(i_r * 256 + i_j)] = b116[((i_r * 832 + 576) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 256; i_j++) {
        b123[(i_r * 256 + i_j)] = ((b120[(i_r * 256 + i_j)] + (b122[(i_r * 256 + i_j)] * b12[i_r])) + (b121[(i_r * 256 + i_j)] * b11[i_r]));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b124[(i_r * 64 + i_j)] = b123[(i_r * 256 + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b125[(i_r * 64 + i_j)] = b123[((i_r * 256 + 64) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b126[(i_r * 64 + i_j)] = b123[((i_r * 256 + 128) + i_j)];
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b127[(i_r * 64 + i_j)] = b123[((i_r * 256 + 192) + i_j)];
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
            f_best = b26[(i_e * 64 + i_j)];
          }
          if (b26[(i_e * 64 + i_j)] > f_best) {
            i_arg = i_e;
            f_best = b26[(i_e * 64 + i_j)];
          }
        }
        b128[(i_r * 64 + i_j)] = (int32_t)(i_arg);
      }
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
  float* restrict b126 = (float*)buffers[126]; /* t153 */
  int32_t* restrict b128 = (int32_t*)buffers[128]; /* t155 */
  float* restrict b129 = (float*)buffers[129]; /* t156 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_e = 0; i_e < s_E; i_e++) {
    int64_t i_v = (int64_t)b1[i_e];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b129[(i_e * 64 + i_j)] = ((int64_t)b128[(i_v * 64 + i_j)] == i_e ? b126[(i_v * 64 + i_j)] : 0.0f);
    }
  }
}

/* aggregate_arg.dst.min */
void k105_aggregate_arg_dst_min(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b26 = (float*)buffers[26]; /* conv1.m */
  int32_t* restrict b130 = (int32_t*)buffers[130]; /* t157 */
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
          f_best = b26[(i_e * 64 + i_j)];
        }
        if (f_best > b26[(i_e * 64 + i_j)]) {
          i_arg = i_e;
          f_best = b26[(i_e * 64 + i_j)];
        }
      }
      b130[(i_v * 64 + i_j)] = (int32_t)(i_arg);
    }
  }
}

/* scatter_arg.dst */
void k106_scatter_arg_dst(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b125 = (float*)buffers[125]; /* t152 */
  int32_t* restrict b130 = (int32_t*)buffers[130]; /* t157 */
  float* restrict b131 = (float*)buffers[131]; /* t158 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_e = 0; i_e < s_E; i_e++) {
    int64_t i_v = (int64_t)b1[i_e];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b131[(i_e * 64 + i_j)] = ((int64_t)b130[(i_v * 64 + i_j)] == i_e ? b125[(i_v * 64 + i_j)] : 0.0f);
    }
  }
}

/* mul | div | div */
void k107_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b13 = (float*)buffers[13]; /* t14 */
  float* restrict b27 = (float*)buffers[27]; /* conv1.mean */
  float* restrict b29 = (float*)buffers[29]; /* t36 */
  float* restrict b30 = (float*)buffers[30]; /* t37 */
  float* restrict b124 = (float*)buffers[124]; /* t151 */
  float* restrict b127 = (float*)buffers[127]; /* t154 */
  float* restrict b132 = (float*)buffers[132]; /* t163 */
  float* restrict b133 = (float*)buffers[133]; /* t167 */
  float* restrict b134 = (float*)buffers[134]; /* t171 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b132[(i_r * 64 + i_j)] = (gnnc_sqrt_grad(b127[(i_r * 64 + i_j)], b30[(i_r * 64 + i_j)]) * gnnc_step((b29[(i_r * 64 + i_j)] - 1e-05f)));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b133[(i_r * 64 + i_j)] = (b132[(i_r * 64 + i_j)] / b13[i_r]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b134[(i_r * 64 + i_j)] = ((b124[(i_r * 64 + i_j)] + gnnc_square_grad(gnnc_neg(b132[(i_r * 64 + i_j)]), b27[(i_r * 64 + i_j)])) / b13[i_r]);
      }
    }
  }
}

/* add */
void k110_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b26 = (float*)buffers[26]; /* conv1.m */
  float* restrict b129 = (float*)buffers[129]; /* t156 */
  float* restrict b131 = (float*)buffers[131]; /* t158 */
  float* restrict b133 = (float*)buffers[133]; /* t167 */
  float* restrict b134 = (float*)buffers[134]; /* t171 */
  float* restrict b135 = (float*)buffers[135]; /* t173 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b135[(i_r * 64 + i_j)] = (((b129[(i_r * 64 + i_j)] + b131[(i_r * 64 + i_j)]) + gnnc_square_grad(b133[((int64_t)b1[i_r] * 64 + i_j)], b26[(i_r * 64 + i_j)])) + b134[((int64_t)b1[i_r] * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k111_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b135 = (float*)buffers[135]; /* t173 */
  float* restrict b136 = (float*)buffers[136]; /* grad.conv1.b_pre */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_E; i_k0++) {
      f_acc = (f_acc + b135[(i_k0 * 64 + (i_t % 64))]);
    }
    b136[i_t] = f_acc;
  }
}

/* aggregate.src.sum | matmul_nt */
void k112_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b135 = (float*)buffers[135]; /* t173 */
  float* restrict b137 = (float*)buffers[137]; /* t175 */
  float* restrict b138 = (float*)buffers[138]; /* t176 */
  float* restrict b139 = (float*)buffers[139]; /* t176.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b137[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b137[(i_v * 64 + i_j)] = (b137[(i_v * 64 + i_j)] + b135[(i_e * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b138[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b137[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b138[(i_v * 64 + i_c)] = (b138[(i_v * 64 + i_c)] + (f_a * b139[(i_q * 64 + i_c)]));
          }
        }
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
  float* restrict b20 = (float*)buffers[20]; /* h0 */
  float* restrict b137 = (float*)buffers[137]; /* t175 */
  float* restrict b140 = (float*)buffers[140]; /* grad.conv1.W_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b140[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b20[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b140[(i_k * 64 + i_c)] = (b140[(i_k * 64 + i_c)] + (f_a * b137[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* aggregate.dst.sum | matmul_nt */
void k116_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b135 = (float*)buffers[135]; /* t173 */
  float* restrict b141 = (float*)buffers[141]; /* t179 */
  float* restrict b142 = (float*)buffers[142]; /* t180 */
  float* restrict b143 = (float*)buffers[143]; /* t180.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b141[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b141[(i_v * 64 + i_j)] = (b141[(i_v * 64 + i_j)] + b135[(i_e * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b142[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        float f_a = b141[(i_v * 64 + i_q)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b142[(i_v * 64 + i_c)] = (b142[(i_v * 64 + i_c)] + (f_a * b143[(i_q * 64 + i_c)]));
          }
        }
      }
    }
  }
}

/* matmul_tn */
void k119_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b20 = (float*)buffers[20]; /* h0 */
  float* restrict b141 = (float*)buffers[141]; /* t179 */
  float* restrict b144 = (float*)buffers[144]; /* grad.conv1.W_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b144[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b20[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b144[(i_k * 64 + i_c)] = (b144[(i_k * 64 + i_c)] + (f_a * b141[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k120_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b19 = (float*)buffers[19]; /* t20 */
  float* restrict b119 = (float*)buffers[119]; /* t143 */
  float* restrict b138 = (float*)buffers[138]; /* t176 */
  float* restrict b142 = (float*)buffers[142]; /* t180 */
  float* restrict b145 = (float*)buffers[145]; /* t184 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b145[(i_r * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(((b119[(i_r * 64 + i_j)] + b138[(i_r * 64 + i_j)]) + b142[(i_r * 64 + i_j)]), seed, 1ULL, (uint64_t)((i_r * 64 + i_j)), 8388608ULL, 2.0f) : ((b119[(i_r * 64 + i_j)] + b138[(i_r * 64 + i_j)]) + b142[(i_r * 64 + i_j)])), b19[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k121_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b145 = (float*)buffers[145]; /* t184 */
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
void k122_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b15 = (float*)buffers[15]; /* t16 */
  float* restrict b145 = (float*)buffers[145]; /* t184 */
  float* restrict b147 = (float*)buffers[147]; /* grad.lin1.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b147[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b15[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b147[(i_k * 64 + i_c)] = (b147[(i_k * 64 + i_c)] + (f_a * b145[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}
