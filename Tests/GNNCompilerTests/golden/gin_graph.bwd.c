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
GNNC_INLINE float gnnc_rsqrt_grad(float g, float x) { return g * -0.5f / (x * sqrtf(x)); }
GNNC_INLINE float gnnc_neg(float x) { return -x; }
GNNC_INLINE float gnnc_square(float x) { return x * x; }
GNNC_INLINE float gnnc_square_grad(float g, float x) { return g * 2.0f * x; }
/* program GINGraph: 267 buffers, 148 kernels */

/* matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) | matmul_nt (W^T) */
void k195_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b15 = (float*)buffers[15]; /* conv1.mlp.W2 */
  float* restrict b40 = (float*)buffers[40]; /* convs.2.mlp.W1 */
  float* restrict b42 = (float*)buffers[42]; /* convs.2.mlp.W2 */
  float* restrict b67 = (float*)buffers[67]; /* convs.3.mlp.W1 */
  float* restrict b69 = (float*)buffers[69]; /* convs.3.mlp.W2 */
  float* restrict b94 = (float*)buffers[94]; /* convs.4.mlp.W1 */
  float* restrict b96 = (float*)buffers[96]; /* convs.4.mlp.W2 */
  float* restrict b121 = (float*)buffers[121]; /* convs.5.mlp.W1 */
  float* restrict b123 = (float*)buffers[123]; /* convs.5.mlp.W2 */
  float* restrict b145 = (float*)buffers[145]; /* W1 */
  float* restrict b166 = (float*)buffers[166]; /* t206.wt */
  float* restrict b171 = (float*)buffers[171]; /* t211.wt */
  float* restrict b185 = (float*)buffers[185]; /* t235.wt */
  float* restrict b191 = (float*)buffers[191]; /* t242.wt */
  float* restrict b205 = (float*)buffers[205]; /* t266.wt */
  float* restrict b211 = (float*)buffers[211]; /* t273.wt */
  float* restrict b225 = (float*)buffers[225]; /* t297.wt */
  float* restrict b231 = (float*)buffers[231]; /* t304.wt */
  float* restrict b245 = (float*)buffers[245]; /* t328.wt */
  float* restrict b251 = (float*)buffers[251]; /* t335.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < 64; i_q++) {
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b251[(i_q * 64 + i_c)] = b15[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b245[(i_q * 64 + i_c)] = b40[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b231[(i_q * 64 + i_c)] = b42[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b225[(i_q * 64 + i_c)] = b67[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b211[(i_q * 64 + i_c)] = b69[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b205[(i_q * 64 + i_c)] = b94[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b191[(i_q * 64 + i_c)] = b96[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b185[(i_q * 64 + i_c)] = b121[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b171[(i_q * 64 + i_c)] = b123[(i_c * 64 + i_q)];
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b166[(i_q * 64 + i_c)] = b145[(i_c * 64 + i_q)];
      }
    }
  }
}

/* matmul_nt (W^T) */
void k105_transpose(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b147 = (float*)buffers[147]; /* W2 */
  float* restrict b161 = (float*)buffers[161]; /* t201.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_q = 0; i_q < s_C; i_q++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b161[(i_q * 64 + i_c)] = b147[(i_c * s_C + i_q)];
    }
  }
}

/* sum_to */
void k0_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 1; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + 1.0f);
    }
    b8[i_t] = f_acc;
  }
}

/* div */
void k1_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b9 = (float*)buffers[9]; /* t8 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b9[(i_r + i_j)] = (b8[i_j] / fmaxf((b8[i_j] - 1.0f), 1.0f));
    }
  }
}

/* aggregate.dst.sum | add | matmul | add */
void k2_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b10 = (float*)buffers[10]; /* x */
  float* restrict b11 = (float*)buffers[11]; /* t11 */
  float* restrict b12 = (float*)buffers[12]; /* t12 */
  float* restrict b13 = (float*)buffers[13]; /* conv1.mlp.W1 */
  float* restrict b14 = (float*)buffers[14]; /* conv1.mlp.b1 */
  float* restrict b17 = (float*)buffers[17]; /* t17 */
  float* restrict b18 = (float*)buffers[18]; /* t18 */
  int32_t* restrict b265 = (int32_t*)buffers[265]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b11[(i_v * s_F + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < s_F; i_j++) {
          b11[(i_v * s_F + i_j)] = (b11[(i_v * s_F + i_j)] + b10[((int64_t)b265[i_q] * s_F + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b12[(i_v * s_F + i_j)] = (b10[(i_v * s_F + i_j)] + b11[(i_v * s_F + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b17[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = b12[(i_v * s_F + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b17[(i_v * 64 + i_c)] = (b17[(i_v * 64 + i_c)] + (f_a * b13[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b18[(i_v * 64 + i_j)] = (b17[(i_v * 64 + i_j)] + b14[i_j]);
      }
    }
  }
}

/* sum_to */
void k6_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b18 = (float*)buffers[18]; /* t18 */
  float* restrict b21 = (float*)buffers[21]; /* t21 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b18[(i_k0 * 64 + (i_t % 64))]);
    }
    b21[i_t] = f_acc;
  }
}

/* div */
void k7_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b21 = (float*)buffers[21]; /* t21 */
  float* restrict b22 = (float*)buffers[22]; /* t22 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b22[(i_r * 64 + i_j)] = (b21[i_j] / b8[0]);
    }
  }
}

/* sub */
void k8_sub(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b18 = (float*)buffers[18]; /* t18 */
  float* restrict b22 = (float*)buffers[22]; /* t22 */
  float* restrict b23 = (float*)buffers[23]; /* t23 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b23[(i_r * 64 + i_j)] = (b18[(i_r * 64 + i_j)] - b22[i_j]);
    }
  }
}

/* sum_to */
void k9_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b23 = (float*)buffers[23]; /* t23 */
  float* restrict b24 = (float*)buffers[24]; /* t25 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + gnnc_square(b23[(i_k0 * 64 + (i_t % 64))]));
    }
    b24[i_t] = f_acc;
  }
}

/* div */
void k10_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b24 = (float*)buffers[24]; /* t25 */
  float* restrict b25 = (float*)buffers[25]; /* t26 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b25[(i_r * 64 + i_j)] = (b24[i_j] / b8[0]);
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
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b25 = (float*)buffers[25]; /* t26 */
  float* restrict b28 = (float*)buffers[28]; /* t29 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b28[(i_r * 64 + i_j)] = (b25[i_j] + 1e-05f);
    }
  }
}

/* rsqrt */
void k12_rsqrt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b28 = (float*)buffers[28]; /* t29 */
  float* restrict b29 = (float*)buffers[29]; /* t30 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b29[(i_r * 64 + i_j)] = gnnc_rsqrt(b28[i_j]);
    }
  }
}

/* mul */
void k13_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b23 = (float*)buffers[23]; /* t23 */
  float* restrict b29 = (float*)buffers[29]; /* t30 */
  float* restrict b30 = (float*)buffers[30]; /* t31 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b30[(i_r * 64 + i_j)] = (b23[(i_r * 64 + i_j)] * b29[i_j]);
    }
  }
}

/* add | add */
void k14_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b9 = (float*)buffers[9]; /* t8 */
  float* restrict b22 = (float*)buffers[22]; /* t22 */
  float* restrict b25 = (float*)buffers[25]; /* t26 */
  float* restrict b26 = (float*)buffers[26]; /* conv1.mlp.bn.running_mean */
  float* restrict b27 = (float*)buffers[27]; /* conv1.mlp.bn.running_var */
  float* restrict b31 = (float*)buffers[31]; /* t34 */
  float* restrict b32 = (float*)buffers[32]; /* t38 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b31[(i_r * 64 + i_j)] = ((b26[i_j] * 0.9f) + (b22[i_j] * 0.1f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b32[(i_r * 64 + i_j)] = ((b27[i_j] * 0.9f) + ((b25[i_j] * b9[0]) * 0.1f));
      }
    }
  }
}

/* add | relu | matmul | add | relu */
void k16_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b15 = (float*)buffers[15]; /* conv1.mlp.W2 */
  float* restrict b16 = (float*)buffers[16]; /* conv1.mlp.b2 */
  float* restrict b19 = (float*)buffers[19]; /* conv1.mlp.bn.weight */
  float* restrict b20 = (float*)buffers[20]; /* conv1.mlp.bn.bias */
  float* restrict b30 = (float*)buffers[30]; /* t31 */
  float* restrict b33 = (float*)buffers[33]; /* t40 */
  float* restrict b34 = (float*)buffers[34]; /* t41 */
  float* restrict b35 = (float*)buffers[35]; /* t42 */
  float* restrict b36 = (float*)buffers[36]; /* t43 */
  float* restrict b37 = (float*)buffers[37]; /* h */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b33[(i_r * 64 + i_j)] = ((b30[(i_r * 64 + i_j)] * b19[i_j]) + b20[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b34[(i_r * 64 + i_j)] = gnnc_relu(b33[(i_r * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b35[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b34[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b35[(i_r * 64 + i_c)] = (b35[(i_r * 64 + i_c)] + (f_a * b15[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b36[(i_r * 64 + i_j)] = (b35[(i_r * 64 + i_j)] + b16[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b37[(i_r * 64 + i_j)] = gnnc_relu(b36[(i_r * 64 + i_j)]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add */
void k21_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b37 = (float*)buffers[37]; /* h */
  float* restrict b39 = (float*)buffers[39]; /* t47 */
  float* restrict b40 = (float*)buffers[40]; /* convs.2.mlp.W1 */
  float* restrict b41 = (float*)buffers[41]; /* convs.2.mlp.b1 */
  float* restrict b44 = (float*)buffers[44]; /* t52 */
  float* restrict b45 = (float*)buffers[45]; /* t53 */
  int32_t* restrict b265 = (int32_t*)buffers[265]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r38_0 = 0.0f;
    float f_r38_1 = 0.0f;
    float f_r38_2 = 0.0f;
    float f_r38_3 = 0.0f;
    float f_r38_4 = 0.0f;
    float f_r38_5 = 0.0f;
    float f_r38_6 = 0.0f;
    float f_r38_7 = 0.0f;
    float f_r38_8 = 0.0f;
    float f_r38_9 = 0.0f;
    float f_r38_10 = 0.0f;
    float f_r38_11 = 0.0f;
    float f_r38_12 = 0.0f;
    float f_r38_13 = 0.0f;
    float f_r38_14 = 0.0f;
    float f_r38_15 = 0.0f;
    float f_r38_16 = 0.0f;
    float f_r38_17 = 0.0f;
    float f_r38_18 = 0.0f;
    float f_r38_19 = 0.0f;
    float f_r38_20 = 0.0f;
    float f_r38_21 = 0.0f;
    float f_r38_22 = 0.0f;
    float f_r38_23 = 0.0f;
    float f_r38_24 = 0.0f;
    float f_r38_25 = 0.0f;
    float f_r38_26 = 0.0f;
    float f_r38_27 = 0.0f;
    float f_r38_28 = 0.0f;
    float f_r38_29 = 0.0f;
    float f_r38_30 = 0.0f;
    float f_r38_31 = 0.0f;
    float f_r38_32 = 0.0f;
    float f_r38_33 = 0.0f;
    float f_r38_34 = 0.0f;
    float f_r38_35 = 0.0f;
    float f_r38_36 = 0.0f;
    float f_r38_37 = 0.0f;
    float f_r38_38 = 0.0f;
    float f_r38_39 = 0.0f;
    float f_r38_40 = 0.0f;
    float f_r38_41 = 0.0f;
    float f_r38_42 = 0.0f;
    float f_r38_43 = 0.0f;
    float f_r38_44 = 0.0f;
    float f_r38_45 = 0.0f;
    float f_r38_46 = 0.0f;
    float f_r38_47 = 0.0f;
    float f_r38_48 = 0.0f;
    float f_r38_49 = 0.0f;
    float f_r38_50 = 0.0f;
    float f_r38_51 = 0.0f;
    float f_r38_52 = 0.0f;
    float f_r38_53 = 0.0f;
    float f_r38_54 = 0.0f;
    float f_r38_55 = 0.0f;
    float f_r38_56 = 0.0f;
    float f_r38_57 = 0.0f;
    float f_r38_58 = 0.0f;
    float f_r38_59 = 0.0f;
    float f_r38_60 = 0.0f;
    float f_r38_61 = 0.0f;
    float f_r38_62 = 0.0f;
    float f_r38_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r38_0 = 0.0f;
      f_r38_1 = 0.0f;
      f_r38_2 = 0.0f;
      f_r38_3 = 0.0f;
      f_r38_4 = 0.0f;
      f_r38_5 = 0.0f;
      f_r38_6 = 0.0f;
      f_r38_7 = 0.0f;
      f_r38_8 = 0.0f;
      f_r38_9 = 0.0f;
      f_r38_10 = 0.0f;
      f_r38_11 = 0.0f;
      f_r38_12 = 0.0f;
      f_r38_13 = 0.0f;
      f_r38_14 = 0.0f;
      f_r38_15 = 0.0f;
      f_r38_16 = 0.0f;
      f_r38_17 = 0.0f;
      f_r38_18 = 0.0f;
      f_r38_19 = 0.0f;
      f_r38_20 = 0.0f;
      f_r38_21 = 0.0f;
      f_r38_22 = 0.0f;
      f_r38_23 = 0.0f;
      f_r38_24 = 0.0f;
      f_r38_25 = 0.0f;
      f_r38_26 = 0.0f;
      f_r38_27 = 0.0f;
      f_r38_28 = 0.0f;
      f_r38_29 = 0.0f;
      f_r38_30 = 0.0f;
      f_r38_31 = 0.0f;
      f_r38_32 = 0.0f;
      f_r38_33 = 0.0f;
      f_r38_34 = 0.0f;
      f_r38_35 = 0.0f;
      f_r38_36 = 0.0f;
      f_r38_37 = 0.0f;
      f_r38_38 = 0.0f;
      f_r38_39 = 0.0f;
      f_r38_40 = 0.0f;
      f_r38_41 = 0.0f;
      f_r38_42 = 0.0f;
      f_r38_43 = 0.0f;
      f_r38_44 = 0.0f;
      f_r38_45 = 0.0f;
      f_r38_46 = 0.0f;
      f_r38_47 = 0.0f;
      f_r38_48 = 0.0f;
      f_r38_49 = 0.0f;
      f_r38_50 = 0.0f;
      f_r38_51 = 0.0f;
      f_r38_52 = 0.0f;
      f_r38_53 = 0.0f;
      f_r38_54 = 0.0f;
      f_r38_55 = 0.0f;
      f_r38_56 = 0.0f;
      f_r38_57 = 0.0f;
      f_r38_58 = 0.0f;
      f_r38_59 = 0.0f;
      f_r38_60 = 0.0f;
      f_r38_61 = 0.0f;
      f_r38_62 = 0.0f;
      f_r38_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r38_0 = (f_r38_0 + b37[((int64_t)b265[i_q] * 64 + 0)]);
        f_r38_1 = (f_r38_1 + b37[((int64_t)b265[i_q] * 64 + 1)]);
        f_r38_2 = (f_r38_2 + b37[((int64_t)b265[i_q] * 64 + 2)]);
        f_r38_3 = (f_r38_3 + b37[((int64_t)b265[i_q] * 64 + 3)]);
        f_r38_4 = (f_r38_4 + b37[((int64_t)b265[i_q] * 64 + 4)]);
        f_r38_5 = (f_r38_5 + b37[((int64_t)b265[i_q] * 64 + 5)]);
        f_r38_6 = (f_r38_6 + b37[((int64_t)b265[i_q] * 64 + 6)]);
        f_r38_7 = (f_r38_7 + b37[((int64_t)b265[i_q] * 64 + 7)]);
        f_r38_8 = (f_r38_8 + b37[((int64_t)b265[i_q] * 64 + 8)]);
        f_r38_9 = (f_r38_9 + b37[((int64_t)b265[i_q] * 64 + 9)]);
        f_r38_10 = (f_r38_10 + b37[((int64_t)b265[i_q] * 64 + 10)]);
        f_r38_11 = (f_r38_11 + b37[((int64_t)b265[i_q] * 64 + 11)]);
        f_r38_12 = (f_r38_12 + b37[((int64_t)b265[i_q] * 64 + 12)]);
        f_r38_13 = (f_r38_13 + b37[((int64_t)b265[i_q] * 64 + 13)]);
        f_r38_14 = (f_r38_14 + b37[((int64_t)b265[i_q] * 64 + 14)]);
        f_r38_15 = (f_r38_15 + b37[((int64_t)b265[i_q] * 64 + 15)]);
        f_r38_16 = (f_r38_16 + b37[((int64_t)b265[i_q] * 64 + 16)]);
        f_r38_17 = (f_r38_17 + b37[((int64_t)b265[i_q] * 64 + 17)]);
        f_r38_18 = (f_r38_18 + b37[((int64_t)b265[i_q] * 64 + 18)]);
        f_r38_19 = (f_r38_19 + b37[((int64_t)b265[i_q] * 64 + 19)]);
        f_r38_20 = (f_r38_20 + b37[((int64_t)b265[i_q] * 64 + 20)]);
        f_r38_21 = (f_r38_21 + b37[((int64_t)b265[i_q] * 64 + 21)]);
        f_r38_22 = (f_r38_22 + b37[((int64_t)b265[i_q] * 64 + 22)]);
        f_r38_23 = (f_r38_23 + b37[((int64_t)b265[i_q] * 64 + 23)]);
        f_r38_24 = (f_r38_24 + b37[((int64_t)b265[i_q] * 64 + 24)]);
        f_r38_25 = (f_r38_25 + b37[((int64_t)b265[i_q] * 64 + 25)]);
        f_r38_26 = (f_r38_26 + b37[((int64_t)b265[i_q] * 64 + 26)]);
        f_r38_27 = (f_r38_27 + b37[((int64_t)b265[i_q] * 64 + 27)]);
        f_r38_28 = (f_r38_28 + b37[((int64_t)b265[i_q] * 64 + 28)]);
        f_r38_29 = (f_r38_29 + b37[((int64_t)b265[i_q] * 64 + 29)]);
        f_r38_30 = (f_r38_30 + b37[((int64_t)b265[i_q] * 64 + 30)]);
        f_r38_31 = (f_r38_31 + b37[((int64_t)b265[i_q] * 64 + 31)]);
        f_r38_32 = (f_r38_32 + b37[((int64_t)b265[i_q] * 64 + 32)]);
        f_r38_33 = (f_r38_33 + b37[((int64_t)b265[i_q] * 64 + 33)]);
        f_r38_34 = (f_r38_34 + b37[((int64_t)b265[i_q] * 64 + 34)]);
        f_r38_35 = (f_r38_35 + b37[((int64_t)b265[i_q] * 64 + 35)]);
        f_r38_36 = (f_r38_36 + b37[((int64_t)b265[i_q] * 64 + 36)]);
        f_r38_37 = (f_r38_37 + b37[((int64_t)b265[i_q] * 64 + 37)]);
        f_r38_38 = (f_r38_38 + b37[((int64_t)b265[i_q] * 64 + 38)]);
        f_r38_39 = (f_r38_39 + b37[((int64_t)b265[i_q] * 64 + 39)]);
        f_r38_40 = (f_r38_40 + b37[((int64_t)b265[i_q] * 64 + 40)]);
        f_r38_41 = (f_r38_41 + b37[((int64_t)b265[i_q] * 64 + 41)]);
        f_r38_42 = (f_r38_42 + b37[((int64_t)b265[i_q] * 64 + 42)]);
        f_r38_43 = (f_r38_43 + b37[((int64_t)b265[i_q] * 64 + 43)]);
        f_r38_44 = (f_r38_44 + b37[((int64_t)b265[i_q] * 64 + 44)]);
        f_r38_45 = (f_r38_45 + b37[((int64_t)b265[i_q] * 64 + 45)]);
        f_r38_46 = (f_r38_46 + b37[((int64_t)b265[i_q] * 64 + 46)]);
        f_r38_47 = (f_r38_47 + b37[((int64_t)b265[i_q] * 64 + 47)]);
        f_r38_48 = (f_r38_48 + b37[((int64_t)b265[i_q] * 64 + 48)]);
        f_r38_49 = (f_r38_49 + b37[((int64_t)b265[i_q] * 64 + 49)]);
        f_r38_50 = (f_r38_50 + b37[((int64_t)b265[i_q] * 64 + 50)]);
        f_r38_51 = (f_r38_51 + b37[((int64_t)b265[i_q] * 64 + 51)]);
        f_r38_52 = (f_r38_52 + b37[((int64_t)b265[i_q] * 64 + 52)]);
        f_r38_53 = (f_r38_53 + b37[((int64_t)b265[i_q] * 64 + 53)]);
        f_r38_54 = (f_r38_54 + b37[((int64_t)b265[i_q] * 64 + 54)]);
        f_r38_55 = (f_r38_55 + b37[((int64_t)b265[i_q] * 64 + 55)]);
        f_r38_56 = (f_r38_56 + b37[((int64_t)b265[i_q] * 64 + 56)]);
        f_r38_57 = (f_r38_57 + b37[((int64_t)b265[i_q] * 64 + 57)]);
        f_r38_58 = (f_r38_58 + b37[((int64_t)b265[i_q] * 64 + 58)]);
        f_r38_59 = (f_r38_59 + b37[((int64_t)b265[i_q] * 64 + 59)]);
        f_r38_60 = (f_r38_60 + b37[((int64_t)b265[i_q] * 64 + 60)]);
        f_r38_61 = (f_r38_61 + b37[((int64_t)b265[i_q] * 64 + 61)]);
        f_r38_62 = (f_r38_62 + b37[((int64_t)b265[i_q] * 64 + 62)]);
        f_r38_63 = (f_r38_63 + b37[((int64_t)b265[i_q] * 64 + 63)]);
      }
    }
    {
      b39[(i_v * 64 + 0)] = (b37[(i_v * 64 + 0)] + f_r38_0);
      b39[(i_v * 64 + 1)] = (b37[(i_v * 64 + 1)] + f_r38_1);
      b39[(i_v * 64 + 2)] = (b37[(i_v * 64 + 2)] + f_r38_2);
      b39[(i_v * 64 + 3)] = (b37[(i_v * 64 + 3)] + f_r38_3);
      b39[(i_v * 64 + 4)] = (b37[(i_v * 64 + 4)] + f_r38_4);
      b39[(i_v * 64 + 5)] = (b37[(i_v * 64 + 5)] + f_r38_5);
      b39[(i_v * 64 + 6)] = (b37[(i_v * 64 + 6)] + f_r38_6);
      b39[(i_v * 64 + 7)] = (b37[(i_v * 64 + 7)] + f_r38_7);
      b39[(i_v * 64 + 8)] = (b37[(i_v * 64 + 8)] + f_r38_8);
      b39[(i_v * 64 + 9)] = (b37[(i_v * 64 + 9)] + f_r38_9);
      b39[(i_v * 64 + 10)] = (b37[(i_v * 64 + 10)] + f_r38_10);
      b39[(i_v * 64 + 11)] = (b37[(i_v * 64 + 11)] + f_r38_11);
      b39[(i_v * 64 + 12)] = (b37[(i_v * 64 + 12)] + f_r38_12);
      b39[(i_v * 64 + 13)] = (b37[(i_v * 64 + 13)] + f_r38_13);
      b39[(i_v * 64 + 14)] = (b37[(i_v * 64 + 14)] + f_r38_14);
      b39[(i_v * 64 + 15)] = (b37[(i_v * 64 + 15)] + f_r38_15);
      b39[(i_v * 64 + 16)] = (b37[(i_v * 64 + 16)] + f_r38_16);
      b39[(i_v * 64 + 17)] = (b37[(i_v * 64 + 17)] + f_r38_17);
      b39[(i_v * 64 + 18)] = (b37[(i_v * 64 + 18)] + f_r38_18);
      b39[(i_v * 64 + 19)] = (b37[(i_v * 64 + 19)] + f_r38_19);
      b39[(i_v * 64 + 20)] = (b37[(i_v * 64 + 20)] + f_r38_20);
      b39[(i_v * 64 + 21)] = (b37[(i_v * 64 + 21)] + f_r38_21);
      b39[(i_v * 64 + 22)] = (b37[(i_v * 64 + 22)] + f_r38_22);
      b39[(i_v * 64 + 23)] = (b37[(i_v * 64 + 23)] + f_r38_23);
      b39[(i_v * 64 + 24)] = (b37[(i_v * 64 + 24)] + f_r38_24);
      b39[(i_v * 64 + 25)] = (b37[(i_v * 64 + 25)] + f_r38_25);
      b39[(i_v * 64 + 26)] = (b37[(i_v * 64 + 26)] + f_r38_26);
      b39[(i_v * 64 + 27)] = (b37[(i_v * 64 + 27)] + f_r38_27);
      b39[(i_v * 64 + 28)] = (b37[(i_v * 64 + 28)] + f_r38_28);
      b39[(i_v * 64 + 29)] = (b37[(i_v * 64 + 29)] + f_r38_29);
      b39[(i_v * 64 + 30)] = (b37[(i_v * 64 + 30)] + f_r38_30);
      b39[(i_v * 64 + 31)] = (b37[(i_v * 64 + 31)] + f_r38_31);
      b39[(i_v * 64 + 32)] = (b37[(i_v * 64 + 32)] + f_r38_32);
      b39[(i_v * 64 + 33)] = (b37[(i_v * 64 + 33)] + f_r38_33);
      b39[(i_v * 64 + 34)] = (b37[(i_v * 64 + 34)] + f_r38_34);
      b39[(i_v * 64 + 35)] = (b37[(i_v * 64 + 35)] + f_r38_35);
      b39[(i_v * 64 + 36)] = (b37[(i_v * 64 + 36)] + f_r38_36);
      b39[(i_v * 64 + 37)] = (b37[(i_v * 64 + 37)] + f_r38_37);
      b39[(i_v * 64 + 38)] = (b37[(i_v * 64 + 38)] + f_r38_38);
      b39[(i_v * 64 + 39)] = (b37[(i_v * 64 + 39)] + f_r38_39);
      b39[(i_v * 64 + 40)] = (b37[(i_v * 64 + 40)] + f_r38_40);
      b39[(i_v * 64 + 41)] = (b37[(i_v * 64 + 41)] + f_r38_41);
      b39[(i_v * 64 + 42)] = (b37[(i_v * 64 + 42)] + f_r38_42);
      b39[(i_v * 64 + 43)] = (b37[(i_v * 64 + 43)] + f_r38_43);
      b39[(i_v * 64 + 44)] = (b37[(i_v * 64 + 44)] + f_r38_44);
      b39[(i_v * 64 + 45)] = (b37[(i_v * 64 + 45)] + f_r38_45);
      b39[(i_v * 64 + 46)] = (b37[(i_v * 64 + 46)] + f_r38_46);
      b39[(i_v * 64 + 47)] = (b37[(i_v * 64 + 47)] + f_r38_47);
      b39[(i_v * 64 + 48)] = (b37[(i_v * 64 + 48)] + f_r38_48);
      b39[(i_v * 64 + 49)] = (b37[(i_v * 64 + 49)] + f_r38_49);
      b39[(i_v * 64 + 50)] = (b37[(i_v * 64 + 50)] + f_r38_50);
      b39[(i_v * 64 + 51)] = (b37[(i_v * 64 + 51)] + f_r38_51);
      b39[(i_v * 64 + 52)] = (b37[(i_v * 64 + 52)] + f_r38_52);
      b39[(i_v * 64 + 53)] = (b37[(i_v * 64 + 53)] + f_r38_53);
      b39[(i_v * 64 + 54)] = (b37[(i_v * 64 + 54)] + f_r38_54);
      b39[(i_v * 64 + 55)] = (b37[(i_v * 64 + 55)] + f_r38_55);
      b39[(i_v * 64 + 56)] = (b37[(i_v * 64 + 56)] + f_r38_56);
      b39[(i_v * 64 + 57)] = (b37[(i_v * 64 + 57)] + f_r38_57);
      b39[(i_v * 64 + 58)] = (b37[(i_v * 64 + 58)] + f_r38_58);
      b39[(i_v * 64 + 59)] = (b37[(i_v * 64 + 59)] + f_r38_59);
      b39[(i_v * 64 + 60)] = (b37[(i_v * 64 + 60)] + f_r38_60);
      b39[(i_v * 64 + 61)] = (b37[(i_v * 64 + 61)] + f_r38_61);
      b39[(i_v * 64 + 62)] = (b37[(i_v * 64 + 62)] + f_r38_62);
      b39[(i_v * 64 + 63)] = (b37[(i_v * 64 + 63)] + f_r38_63);
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b44[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b39[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b44[(i_v * 64 + i_c)] = (b44[(i_v * 64 + i_c)] + (f_a * b40[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b45[(i_v * 64 + i_j)] = (b44[(i_v * 64 + i_j)] + b41[i_j]);
      }
    }
  }
}

/* sum_to */
void k25_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b45 = (float*)buffers[45]; /* t53 */
  float* restrict b48 = (float*)buffers[48]; /* t56 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b45[(i_k0 * 64 + (i_t % 64))]);
    }
    b48[i_t] = f_acc;
  }
}

/* div */
void k26_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b48 = (float*)buffers[48]; /* t56 */
  float* restrict b49 = (float*)buffers[49]; /* t57 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b49[(i_r * 64 + i_j)] = (b48[i_j] / b8[0]);
    }
  }
}

/* sub */
void k27_sub(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b45 = (float*)buffers[45]; /* t53 */
  float* restrict b49 = (float*)buffers[49]; /* t57 */
  float* restrict b50 = (float*)buffers[50]; /* t58 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b50[(i_r * 64 + i_j)] = (b45[(i_r * 64 + i_j)] - b49[i_j]);
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
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b50 = (float*)buffers[50]; /* t58 */
  float* restrict b51 = (float*)buffers[51]; /* t60 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + gnnc_square(b50[(i_k0 * 64 + (i_t % 64))]));
    }
    b51[i_t] = f_acc;
  }
}

/* div */
void k29_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b51 = (float*)buffers[51]; /* t60 */
  float* restrict b52 = (float*)buffers[52]; /* t61 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b52[(i_r * 64 + i_j)] = (b51[i_j] / b8[0]);
    }
  }
}

/* add */
void k30_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b52 = (float*)buffers[52]; /* t61 */
  float* restrict b55 = (float*)buffers[55]; /* t64 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b55[(i_r * 64 + i_j)] = (b52[i_j] + 1e-05f);
    }
  }
}

/* rsqrt */
void k31_rsqrt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b55 = (float*)buffers[55]; /* t64 */
  float* restrict b56 = (float*)buffers[56]; /* t65 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b56[(i_r * 64 + i_j)] = gnnc_rsqrt(b55[i_j]);
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
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b50 = (float*)buffers[50]; /* t58 */
  float* restrict b56 = (float*)buffers[56]; /* t65 */
  float* restrict b57 = (float*)buffers[57]; /* t66 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b57[(i_r * 64 + i_j)] = (b50[(i_r * 64 + i_j)] * b56[i_j]);
    }
  }
}

/* add | add */
void k33_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b9 = (float*)buffers[9]; /* t8 */
  float* restrict b49 = (float*)buffers[49]; /* t57 */
  float* restrict b52 = (float*)buffers[52]; /* t61 */
  float* restrict b53 = (float*)buffers[53]; /* convs.2.mlp.bn.running_mean */
  float* restrict b54 = (float*)buffers[54]; /* convs.2.mlp.bn.running_var */
  float* restrict b58 = (float*)buffers[58]; /* t69 */
  float* restrict b59 = (float*)buffers[59]; /* t73 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b58[(i_r * 64 + i_j)] = ((b53[i_j] * 0.9f) + (b49[i_j] * 0.1f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b59[(i_r * 64 + i_j)] = ((b54[i_j] * 0.9f) + ((b52[i_j] * b9[0]) * 0.1f));
      }
    }
  }
}

/* add | relu | matmul | add | relu */
void k35_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b42 = (float*)buffers[42]; /* convs.2.mlp.W2 */
  float* restrict b43 = (float*)buffers[43]; /* convs.2.mlp.b2 */
  float* restrict b46 = (float*)buffers[46]; /* convs.2.mlp.bn.weight */
  float* restrict b47 = (float*)buffers[47]; /* convs.2.mlp.bn.bias */
  float* restrict b57 = (float*)buffers[57]; /* t66 */
  float* restrict b60 = (float*)buffers[60]; /* t75 */
  float* restrict b61 = (float*)buffers[61]; /* t76 */
  float* restrict b62 = (float*)buffers[62]; /* t77 */
  float* restrict b63 = (float*)buffers[63]; /* t78 */
  float* restrict b64 = (float*)buffers[64]; /* h.1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b60[(i_r * 64 + i_j)] = ((b57[(i_r * 64 + i_j)] * b46[i_j]) + b47[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b61[(i_r * 64 + i_j)] = gnnc_relu(b60[(i_r * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b62[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b61[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b62[(i_r * 64 + i_c)] = (b62[(i_r * 64 + i_c)] + (f_a * b42[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b63[(i_r * 64 + i_j)] = (b62[(i_r * 64 + i_j)] + b43[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b64[(i_r * 64 + i_j)] = gnnc_relu(b63[(i_r * 64 + i_j)]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add */
void k40_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b64 = (float*)buffers[64]; /* h.1 */
  float* restrict b66 = (float*)buffers[66]; /* t82 */
  float* restrict b67 = (float*)buffers[67]; /* convs.3.mlp.W1 */
  float* restrict b68 = (float*)buffers[68]; /* convs.3.mlp.b1 */
  float* restrict b71 = (float*)buffers[71]; /* t87 */
  float* restrict b72 = (float*)buffers[72]; /* t88 */
  int32_t* restrict b265 = (int32_t*)buffers[265]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r65_0 = 0.0f;
    float f_r65_1 = 0.0f;
    float f_r65_2 = 0.0f;
    float f_r65_3 = 0.0f;
    float f_r65_4 = 0.0f;
    float f_r65_5 = 0.0f;
    float f_r65_6 = 0.0f;
    float f_r65_7 = 0.0f;
    float f_r65_8 = 0.0f;
    float f_r65_9 = 0.0f;
    float f_r65_10 = 0.0f;
    float f_r65_11 = 0.0f;
    float f_r65_12 = 0.0f;
    float f_r65_13 = 0.0f;
    float f_r65_14 = 0.0f;
    float f_r65_15 = 0.0f;
    float f_r65_16 = 0.0f;
    float f_r65_17 = 0.0f;
    float f_r65_18 = 0.0f;
    float f_r65_19 = 0.0f;
    float f_r65_20 = 0.0f;
    float f_r65_21 = 0.0f;
    float f_r65_22 = 0.0f;
    float f_r65_23 = 0.0f;
    float f_r65_24 = 0.0f;
    float f_r65_25 = 0.0f;
    float f_r65_26 = 0.0f;
    float f_r65_27 = 0.0f;
    float f_r65_28 = 0.0f;
    float f_r65_29 = 0.0f;
    float f_r65_30 = 0.0f;
    float f_r65_31 = 0.0f;
    float f_r65_32 = 0.0f;
    float f_r65_33 = 0.0f;
    float f_r65_34 = 0.0f;
    float f_r65_35 = 0.0f;
    float f_r65_36 = 0.0f;
    float f_r65_37 = 0.0f;
    float f_r65_38 = 0.0f;
    float f_r65_39 = 0.0f;
    float f_r65_40 = 0.0f;
    float f_r65_41 = 0.0f;
    float f_r65_42 = 0.0f;
    float f_r65_43 = 0.0f;
    float f_r65_44 = 0.0f;
    float f_r65_45 = 0.0f;
    float f_r65_46 = 0.0f;
    float f_r65_47 = 0.0f;
    float f_r65_48 = 0.0f;
    float f_r65_49 = 0.0f;
    float f_r65_50 = 0.0f;
    float f_r65_51 = 0.0f;
    float f_r65_52 = 0.0f;
    float f_r65_53 = 0.0f;
    float f_r65_54 = 0.0f;
    float f_r65_55 = 0.0f;
    float f_r65_56 = 0.0f;
    float f_r65_57 = 0.0f;
    float f_r65_58 = 0.0f;
    float f_r65_59 = 0.0f;
    float f_r65_60 = 0.0f;
    float f_r65_61 = 0.0f;
    float f_r65_62 = 0.0f;
    float f_r65_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r65_0 = 0.0f;
      f_r65_1 = 0.0f;
      f_r65_2 = 0.0f;
      f_r65_3 = 0.0f;
      f_r65_4 = 0.0f;
      f_r65_5 = 0.0f;
      f_r65_6 = 0.0f;
      f_r65_7 = 0.0f;
      f_r65_8 = 0.0f;
      f_r65_9 = 0.0f;
      f_r65_10 = 0.0f;
      f_r65_11 = 0.0f;
      f_r65_12 = 0.0f;
      f_r65_13 = 0.0f;
      f_r65_14 = 0.0f;
      f_r65_15 = 0.0f;
      f_r65_16 = 0.0f;
      f_r65_17 = 0.0f;
      f_r65_18 = 0.0f;
      f_r65_19 = 0.0f;
      f_r65_20 = 0.0f;
      f_r65_21 = 0.0f;
      f_r65_22 = 0.0f;
      f_r65_23 = 0.0f;
      f_r65_24 = 0.0f;
      f_r65_25 = 0.0f;
      f_r65_26 = 0.0f;
      f_r65_27 = 0.0f;
      f_r65_28 = 0.0f;
      f_r65_29 = 0.0f;
      f_r65_30 = 0.0f;
      f_r65_31 = 0.0f;
      f_r65_32 = 0.0f;
      f_r65_33 = 0.0f;
      f_r65_34 = 0.0f;
      f_r65_35 = 0.0f;
      f_r65_36 = 0.0f;
      f_r65_37 = 0.0f;
      f_r65_38 = 0.0f;
      f_r65_39 = 0.0f;
      f_r65_40 = 0.0f;
      f_r65_41 = 0.0f;
      f_r65_42 = 0.0f;
      f_r65_43 = 0.0f;
      f_r65_44 = 0.0f;
      f_r65_45 = 0.0f;
      f_r65_46 = 0.0f;
      f_r65_47 = 0.0f;
      f_r65_48 = 0.0f;
      f_r65_49 = 0.0f;
      f_r65_50 = 0.0f;
      f_r65_51 = 0.0f;
      f_r65_52 = 0.0f;
      f_r65_53 = 0.0f;
      f_r65_54 = 0.0f;
      f_r65_55 = 0.0f;
      f_r65_56 = 0.0f;
      f_r65_57 = 0.0f;
      f_r65_58 = 0.0f;
      f_r65_59 = 0.0f;
      f_r65_60 = 0.0f;
      f_r65_61 = 0.0f;
      f_r65_62 = 0.0f;
      f_r65_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r65_0 = (f_r65_0 + b64[((int64_t)b265[i_q] * 64 + 0)]);
        f_r65_1 = (f_r65_1 + b64[((int64_t)b265[i_q] * 64 + 1)]);
        f_r65_2 = (f_r65_2 + b64[((int64_t)b265[i_q] * 64 + 2)]);
        f_r65_3 = (f_r65_3 + b64[((int64_t)b265[i_q] * 64 + 3)]);
        f_r65_4 = (f_r65_4 + b64[((int64_t)b265[i_q] * 64 + 4)]);
        f_r65_5 = (f_r65_5 + b64[((int64_t)b265[i_q] * 64 + 5)]);
        f_r65_6 = (f_r65_6 + b64[((int64_t)b265[i_q] * 64 + 6)]);
        f_r65_7 = (f_r65_7 + b64[((int64_t)b265[i_q] * 64 + 7)]);
        f_r65_8 = (f_r65_8 + b64[((int64_t)b265[i_q] * 64 + 8)]);
        f_r65_9 = (f_r65_9 + b64[((int64_t)b265[i_q] * 64 + 9)]);
        f_r65_10 = (f_r65_10 + b64[((int64_t)b265[i_q] * 64 + 10)]);
        f_r65_11 = (f_r65_11 + b64[((int64_t)b265[i_q] * 64 + 11)]);
        f_r65_12 = (f_r65_12 + b64[((int64_t)b265[i_q] * 64 + 12)]);
        f_r65_13 = (f_r65_13 + b64[((int64_t)b265[i_q] * 64 + 13)]);
        f_r65_14 = (f_r65_14 + b64[((int64_t)b265[i_q] * 64 + 14)]);
        f_r65_15 = (f_r65_15 + b64[((int64_t)b265[i_q] * 64 + 15)]);
        f_r65_16 = (f_r65_16 + b64[((int64_t)b265[i_q] * 64 + 16)]);
        f_r65_17 = (f_r65_17 + b64[((int64_t)b265[i_q] * 64 + 17)]);
        f_r65_18 = (f_r65_18 + b64[((int64_t)b265[i_q] * 64 + 18)]);
        f_r65_19 = (f_r65_19 + b64[((int64_t)b265[i_q] * 64 + 19)]);
        f_r65_20 = (f_r65_20 + b64[((int64_t)b265[i_q] * 64 + 20)]);
        f_r65_21 = (f_r65_21 + b64[((int64_t)b265[i_q] * 64 + 21)]);
        f_r65_22 = (f_r65_22 + b64[((int64_t)b265[i_q] * 64 + 22)]);
        f_r65_23 = (f_r65_23 + b64[((int64_t)b265[i_q] * 64 + 23)]);
        f_r65_24 = (f_r65_24 + b64[((int64_t)b265[i_q] * 64 + 24)]);
        f_r65_25 = (f_r65_25 + b64[((int64_t)b265[i_q] * 64 + 25)]);
        f_r65_26 = (f_r65_26 + b64[((int64_t)b265[i_q] * 64 + 26)]);
        f_r65_27 = (f_r65_27 + b64[((int64_t)b265[i_q] * 64 + 27)]);
        f_r65_28 = (f_r65_28 + b64[((int64_t)b265[i_q] * 64 + 28)]);
        f_r65_29 = (f_r65_29 + b64[((int64_t)b265[i_q] * 64 + 29)]);
        f_r65_30 = (f_r65_30 + b64[((int64_t)b265[i_q] * 64 + 30)]);
        f_r65_31 = (f_r65_31 + b64[((int64_t)b265[i_q] * 64 + 31)]);
        f_r65_32 = (f_r65_32 + b64[((int64_t)b265[i_q] * 64 + 32)]);
        f_r65_33 = (f_r65_33 + b64[((int64_t)b265[i_q] * 64 + 33)]);
        f_r65_34 = (f_r65_34 + b64[((int64_t)b265[i_q] * 64 + 34)]);
        f_r65_35 = (f_r65_35 + b64[((int64_t)b265[i_q] * 64 + 35)]);
        f_r65_36 = (f_r65_36 + b64[((int64_t)b265[i_q] * 64 + 36)]);
        f_r65_37 = (f_r65_37 + b64[((int64_t)b265[i_q] * 64 + 37)]);
        f_r65_38 = (f_r65_38 + b64[((int64_t)b265[i_q] * 64 + 38)]);
        f_r65_39 = (f_r65_39 + b64[((int64_t)b265[i_q] * 64 + 39)]);
        f_r65_40 = (f_r65_40 + b64[((int64_t)b265[i_q] * 64 + 40)]);
        f_r65_41 = (f_r65_41 + b64[((int64_t)b265[i_q] * 64 + 41)]);
        f_r65_42 = (f_r65_42 + b64[((int64_t)b265[i_q] * 64 + 42)]);
        f_r65_43 = (f_r65_43 + b64[((int64_t)b265[i_q] * 64 + 43)]);
        f_r65_44 = (f_r65_44 + b64[((int64_t)b265[i_q] * 64 + 44)]);
        f_r65_45 = (f_r65_45 + b64[((int64_t)b265[i_q] * 64 + 45)]);
        f_r65_46 = (f_r65_46 + b64[((int64_t)b265[i_q] * 64 + 46)]);
        f_r65_47 = (f_r65_47 + b64[((int64_t)b265[i_q] * 64 + 47)]);
        f_r65_48 = (f_r65_48 + b64[((int64_t)b265[i_q] * 64 + 48)]);
        f_r65_49 = (f_r65_49 + b64[((int64_t)b265[i_q] * 64 + 49)]);
        f_r65_50 = (f_r65_50 + b64[((int64_t)b265[i_q] * 64 + 50)]);
        f_r65_51 = (f_r65_51 + b64[((int64_t)b265[i_q] * 64 + 51)]);
        f_r65_52 = (f_r65_52 + b64[((int64_t)b265[i_q] * 64 + 52)]);
        f_r65_53 = (f_r65_53 + b64[((int64_t)b265[i_q] * 64 + 53)]);
        f_r65_54 = (f_r65_54 + b64[((int64_t)b265[i_q] * 64 + 54)]);
        f_r65_55 = (f_r65_55 + b64[((int64_t)b265[i_q] * 64 + 55)]);
        f_r65_56 = (f_r65_56 + b64[((int64_t)b265[i_q] * 64 + 56)]);
        f_r65_57 = (f_r65_57 + b64[((int64_t)b265[i_q] * 64 + 57)]);
        f_r65_58 = (f_r65_58 + b64[((int64_t)b265[i_q] * 64 + 58)]);
        f_r65_59 = (f_r65_59 + b64[((int64_t)b265[i_q] * 64 + 59)]);
        f_r65_60 = (f_r65_60 + b64[((int64_t)b265[i_q] * 64 + 60)]);
        f_r65_61 = (f_r65_61 + b64[((int64_t)b265[i_q] * 64 + 61)]);
        f_r65_62 = (f_r65_62 + b64[((int64_t)b265[i_q] * 64 + 62)]);
        f_r65_63 = (f_r65_63 + b64[((int64_t)b265[i_q] * 64 + 63)]);
      }
    }
    {
      b66[(i_v * 64 + 0)] = (b64[(i_v * 64 + 0)] + f_r65_0);
      b66[(i_v * 64 + 1)] = (b64[(i_v * 64 + 1)] + f_r65_1);
      b66[(i_v * 64 + 2)] = (b64[(i_v * 64 + 2)] + f_r65_2);
      b66[(i_v * 64 + 3)] = (b64[(i_v * 64 + 3)] + f_r65_3);
      b66[(i_v * 64 + 4)] = (b64[(i_v * 64 + 4)] + f_r65_4);
      b66[(i_v * 64 + 5)] = (b64[(i_v * 64 + 5)] + f_r65_5);
      b66[(i_v * 64 + 6)] = (b64[(i_v * 64 + 6)] + f_r65_6);
      b66[(i_v * 64 + 7)] = (b64[(i_v * 64 + 7)] + f_r65_7);
      b66[(i_v * 64 + 8)] = (b64[(i_v * 64 + 8)] + f_r65_8);
      b66[(i_v * 64 + 9)] = (b64[(i_v * 64 + 9)] + f_r65_9);
      b66[(i_v * 64 + 10)] = (b64[(i_v * 64 + 10)] + f_r65_10);
      b66[(i_v * 64 + 11)] = (b64[(i_v * 64 + 11)] + f_r65_11);
      b66[(i_v * 64 + 12)] = (b64[(i_v * 64 + 12)] + f_r65_12);
      b66[(i_v * 64 + 13)] = (b64[(i_v * 64 + 13)] + f_r65_13);
      b66[(i_v * 64 + 14)] = (b64[(i_v * 64 + 14)] + f_r65_14);
      b66[(i_v * 64 + 15)] = (b64[(i_v * 64 + 15)] + f_r65_15);
      b66[(i_v * 64 + 16)] = (b64[(i_v * 64 + 16)] + f_r65_16);
      b66[(i_v * 64 + 17)] = (b64[(i_v * 64 + 17)] + f_r65_17);
      b66[(i_v * 64 + 18)] = (b64[(i_v * 64 + 18)] + f_r65_18);
      b66[(i_v * 64 + 19)] = (b64[(i_v * 64 + 19)] + f_r65_19);
      b66[(i_v * 64 + 20)] = (b64[(i_v * 64 + 20)] + f_r65_20);
      b66[(i_v * 64 + 21)] = (b64[(i_v * 64 + 21)] + f_r65_21);
      b66[(i_v * 64 + 22)] = (b64[(i_v * 64 + 22)] + f_r65_22);
      b66[(i_v * 64 + 23)] = (b64[(i_v * 64 + 23)] + f_r65_23);
      b66[(i_v * 64 + 24)] = (b64[(i_v * 64 + 24)] + f_r65_24);
      b66[(i_v * 64 + 25)] = (b64[(i_v * 64 + 25)] + f_r65_25);
      b66[(i_v * 64 + 26)] = (b64[(i_v * 64 + 26)] + f_r65_26);
      b66[(i_v * 64 + 27)] = (b64[(i_v * 64 + 27)] + f_r65_27);
      b66[(i_v * 64 + 28)] = (b64[(i_v * 64 + 28)] + f_r65_28);
      b66[(i_v * 64 + 29)] = (b64[(i_v * 64 + 29)] + f_r65_29);
      b66[(i_v * 64 + 30)] = (b64[(i_v * 64 + 30)] + f_r65_30);
      b66[(i_v * 64 + 31)] = (b64[(i_v * 64 + 31)] + f_r65_31);
      b66[(i_v * 64 + 32)] = (b64[(i_v * 64 + 32)] + f_r65_32);
      b66[(i_v * 64 + 33)] = (b64[(i_v * 64 + 33)] + f_r65_33);
      b66[(i_v * 64 + 34)] = (b64[(i_v * 64 + 34)] + f_r65_34);
      b66[(i_v * 64 + 35)] = (b64[(i_v * 64 + 35)] + f_r65_35);
      b66[(i_v * 64 + 36)] = (b64[(i_v * 64 + 36)] + f_r65_36);
      b66[(i_v * 64 + 37)] = (b64[(i_v * 64 + 37)] + f_r65_37);
      b66[(i_v * 64 + 38)] = (b64[(i_v * 64 + 38)] + f_r65_38);
      b66[(i_v * 64 + 39)] = (b64[(i_v * 64 + 39)] + f_r65_39);
      b66[(i_v * 64 + 40)] = (b64[(i_v * 64 + 40)] + f_r65_40);
      b66[(i_v * 64 + 41)] = (b64[(i_v * 64 + 41)] + f_r65_41);
      b66[(i_v * 64 + 42)] = (b64[(i_v * 64 + 42)] + f_r65_42);
      b66[(i_v * 64 + 43)] = (b64[(i_v * 64 + 43)] + f_r65_43);
      b66[(i_v * 64 + 44)] = (b64[(i_v * 64 + 44)] + f_r65_44);
      b66[(i_v * 64 + 45)] = (b64[(i_v * 64 + 45)] + f_r65_45);
      b66[(i_v * 64 + 46)] = (b64[(i_v * 64 + 46)] + f_r65_46);
      b66[(i_v * 64 + 47)] = (b64[(i_v * 64 + 47)] + f_r65_47);
      b66[(i_v * 64 + 48)] = (b64[(i_v * 64 + 48)] + f_r65_48);
      b66[(i_v * 64 + 49)] = (b64[(i_v * 64 + 49)] + f_r65_49);
      b66[(i_v * 64 + 50)] = (b64[(i_v * 64 + 50)] + f_r65_50);
      b66[(i_v * 64 + 51)] = (b64[(i_v * 64 + 51)] + f_r65_51);
      b66[(i_v * 64 + 52)] = (b64[(i_v * 64 + 52)] + f_r65_52);
      b66[(i_v * 64 + 53)] = (b64[(i_v * 64 + 53)] + f_r65_53);
      b66[(i_v * 64 + 54)] = (b64[(i_v * 64 + 54)] + f_r65_54);
      b66[(i_v * 64 + 55)] = (b64[(i_v * 64 + 55)] + f_r65_55);
      b66[(i_v * 64 + 56)] = (b64[(i_v * 64 + 56)] + f_r65_56);
      b66[(i_v * 64 + 57)] = (b64[(i_v * 64 + 57)] + f_r65_57);
      b66[(i_v * 64 + 58)] = (b64[(i_v * 64 + 58)] + f_r65_58);
      b66[(i_v * 64 + 59)] = (b64[(i_v * 64 + 59)] + f_r65_59);
      b66[(i_v * 64 + 60)] = (b64[(i_v * 64 + 60)] + f_r65_60);
      b66[(i_v * 64 + 61)] = (b64[(i_v * 64 + 61)] + f_r65_61);
      b66[(i_v * 64 + 62)] = (b64[(i_v * 64 + 62)] + f_r65_62);
      b66[(i_v * 64 + 63)] = (b64[(i_v * 64 + 63)] + f_r65_63);
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b71[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b66[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b71[(i_v * 64 + i_c)] = (b71[(i_v * 64 + i_c)] + (f_a * b67[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b72[(i_v * 64 + i_j)] = (b71[(i_v * 64 + i_j)] + b68[i_j]);
      }
    }
  }
}

/* sum_to */
void k44_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b72 = (float*)buffers[72]; /* t88 */
  float* restrict b75 = (float*)buffers[75]; /* t91 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b72[(i_k0 * 64 + (i_t % 64))]);
    }
    b75[i_t] = f_acc;
  }
}

/* div */
void k45_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b75 = (float*)buffers[75]; /* t91 */
  float* restrict b76 = (float*)buffers[76]; /* t92 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b76[(i_r * 64 + i_j)] = (b75[i_j] / b8[0]);
    }
  }
}

/* sub */
void k46_sub(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b72 = (float*)buffers[72]; /* t88 */
  float* restrict b76 = (float*)buffers[76]; /* t92 */
  float* restrict b77 = (float*)buffers[77]; /* t93 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b77[(i_r * 64 + i_j)] = (b72[(i_r * 64 + i_j)] - b76[i_j]);
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
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b77 = (float*)buffers[77]; /* t93 */
  float* restrict b78 = (float*)buffers[78]; /* t95 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + gnnc_square(b77[(i_k0 * 64 + (i_t % 64))]));
    }
    b78[i_t] = f_acc;
  }
}

/* div */
void k48_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b78 = (float*)buffers[78]; /* t95 */
  float* restrict b79 = (float*)buffers[79]; /* t96 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b79[(i_r * 64 + i_j)] = (b78[i_j] / b8[0]);
    }
  }
}

/* add */
void k49_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b79 = (float*)buffers[79]; /* t96 */
  float* restrict b82 = (float*)buffers[82]; /* t99 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b82[(i_r * 64 + i_j)] = (b79[i_j] + 1e-05f);
    }
  }
}

/* rsqrt */
void k50_rsqrt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b82 = (float*)buffers[82]; /* t99 */
  float* restrict b83 = (float*)buffers[83]; /* t100 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b83[(i_r * 64 + i_j)] = gnnc_rsqrt(b82[i_j]);
    }
  }
}

/* mul */
void k51_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b77 = (float*)buffers[77]; /* t93 */
  float* restrict b83 = (float*)buffers[83]; /* t100 */
  float* restrict b84 = (float*)buffers[84]; /* t101 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b84[(i_r * 64 + i_j)] = (b77[(i_r * 64 + i_j)] * b83[i_j]);
    }
  }
}

/* add | add */
void k52_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b9 = (float*)buffers[9]; /* t8 */
  float* restrict b76 = (float*)buffers[76]; /* t92 */
  float* restrict b79 = (float*)buffers[79]; /* t96 */
  float* restrict b80 = (float*)buffers[80]; /* convs.3.mlp.bn.running_mean */
  float* restrict b81 = (float*)buffers[81]; /* convs.3.mlp.bn.running_var */
  float* restrict b85 = (float*)buffers[85]; /* t104 */
  float* restrict b86 = (float*)buffers[86]; /* t108 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b85[(i_r * 64 + i_j)] = ((b80[i_j] * 0.9f) + (b76[i_j] * 0.1f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b86[(i_r * 64 + i_j)] = ((b81[i_j] * 0.9f) + ((b79[i_j] * b9[0]) * 0.1f));
      }
    }
  }
}

/* add | relu | matmul | add | relu */
void k54_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b69 = (float*)buffers[69]; /* convs.3.mlp.W2 */
  float* restrict b70 = (float*)buffers[70]; /* convs.3.mlp.b2 */
  float* restrict b73 = (float*)buffers[73]; /* convs.3.mlp.bn.weight */
  float* restrict b74 = (float*)buffers[74]; /* convs.3.mlp.bn.bias */
  float* restrict b84 = (float*)buffers[84]; /* t101 */
  float* restrict b87 = (float*)buffers[87]; /* t110 */
  float* restrict b88 = (float*)buffers[88]; /* t111 */
  float* restrict b89 = (float*)buffers[89]; /* t112 */
  float* restrict b90 = (float*)buffers[90]; /* t113 */
  float* restrict b91 = (float*)buffers[91]; /* h.2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b87[(i_r * 64 + i_j)] = ((b84[(i_r * 64 + i_j)] * b73[i_j]) + b74[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b88[(i_r * 64 + i_j)] = gnnc_relu(b87[(i_r * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b89[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b88[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b89[(i_r * 64 + i_c)] = (b89[(i_r * 64 + i_c)] + (f_a * b69[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b90[(i_r * 64 + i_j)] = (b89[(i_r * 64 + i_j)] + b70[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b91[(i_r * 64 + i_j)] = gnnc_relu(b90[(i_r * 64 + i_j)]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add */
void k59_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b91 = (float*)buffers[91]; /* h.2 */
  float* restrict b93 = (float*)buffers[93]; /* t117 */
  float* restrict b94 = (float*)buffers[94]; /* convs.4.mlp.W1 */
  float* restrict b95 = (float*)buffers[95]; /* convs.4.mlp.b1 */
  float* restrict b98 = (float*)buffers[98]; /* t122 */
  float* restrict b99 = (float*)buffers[99]; /* t123 */
  int32_t* restrict b265 = (int32_t*)buffers[265]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r92_0 = 0.0f;
    float f_r92_1 = 0.0f;
    float f_r92_2 = 0.0f;
    float f_r92_3 = 0.0f;
    float f_r92_4 = 0.0f;
    float f_r92_5 = 0.0f;
    float f_r92_6 = 0.0f;
    float f_r92_7 = 0.0f;
    float f_r92_8 = 0.0f;
    float f_r92_9 = 0.0f;
    float f_r92_10 = 0.0f;
    float f_r92_11 = 0.0f;
    float f_r92_12 = 0.0f;
    float f_r92_13 = 0.0f;
    float f_r92_14 = 0.0f;
    float f_r92_15 = 0.0f;
    float f_r92_16 = 0.0f;
    float f_r92_17 = 0.0f;
    float f_r92_18 = 0.0f;
    float f_r92_19 = 0.0f;
    float f_r92_20 = 0.0f;
    float f_r92_21 = 0.0f;
    float f_r92_22 = 0.0f;
    float f_r92_23 = 0.0f;
    float f_r92_24 = 0.0f;
    float f_r92_25 = 0.0f;
    float f_r92_26 = 0.0f;
    float f_r92_27 = 0.0f;
    float f_r92_28 = 0.0f;
    float f_r92_29 = 0.0f;
    float f_r92_30 = 0.0f;
    float f_r92_31 = 0.0f;
    float f_r92_32 = 0.0f;
    float f_r92_33 = 0.0f;
    float f_r92_34 = 0.0f;
    float f_r92_35 = 0.0f;
    float f_r92_36 = 0.0f;
    float f_r92_37 = 0.0f;
    float f_r92_38 = 0.0f;
    float f_r92_39 = 0.0f;
    float f_r92_40 = 0.0f;
    float f_r92_41 = 0.0f;
    float f_r92_42 = 0.0f;
    float f_r92_43 = 0.0f;
    float f_r92_44 = 0.0f;
    float f_r92_45 = 0.0f;
    float f_r92_46 = 0.0f;
    float f_r92_47 = 0.0f;
    float f_r92_48 = 0.0f;
    float f_r92_49 = 0.0f;
    float f_r92_50 = 0.0f;
    float f_r92_51 = 0.0f;
    float f_r92_52 = 0.0f;
    float f_r92_53 = 0.0f;
    float f_r92_54 = 0.0f;
    float f_r92_55 = 0.0f;
    float f_r92_56 = 0.0f;
    float f_r92_57 = 0.0f;
    float f_r92_58 = 0.0f;
    float f_r92_59 = 0.0f;
    float f_r92_60 = 0.0f;
    float f_r92_61 = 0.0f;
    float f_r92_62 = 0.0f;
    float f_r92_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r92_0 = 0.0f;
      f_r92_1 = 0.0f;
      f_r92_2 = 0.0f;
      f_r92_3 = 0.0f;
      f_r92_4 = 0.0f;
      f_r92_5 = 0.0f;
      f_r92_6 = 0.0f;
      f_r92_7 = 0.0f;
      f_r92_8 = 0.0f;
      f_r92_9 = 0.0f;
      f_r92_10 = 0.0f;
      f_r92_11 = 0.0f;
      f_r92_12 = 0.0f;
      f_r92_13 = 0.0f;
      f_r92_14 = 0.0f;
      f_r92_15 = 0.0f;
      f_r92_16 = 0.0f;
      f_r92_17 = 0.0f;
      f_r92_18 = 0.0f;
      f_r92_19 = 0.0f;
      f_r92_20 = 0.0f;
      f_r92_21 = 0.0f;
      f_r92_22 = 0.0f;
      f_r92_23 = 0.0f;
      f_r92_24 = 0.0f;
      f_r92_25 = 0.0f;
      f_r92_26 = 0.0f;
      f_r92_27 = 0.0f;
      f_r92_28 = 0.0f;
      f_r92_29 = 0.0f;
      f_r92_30 = 0.0f;
      f_r92_31 = 0.0f;
      f_r92_32 = 0.0f;
      f_r92_33 = 0.0f;
      f_r92_34 = 0.0f;
      f_r92_35 = 0.0f;
      f_r92_36 = 0.0f;
      f_r92_37 = 0.0f;
      f_r92_38 = 0.0f;
      f_r92_39 = 0.0f;
      f_r92_40 = 0.0f;
      f_r92_41 = 0.0f;
      f_r92_42 = 0.0f;
      f_r92_43 = 0.0f;
      f_r92_44 = 0.0f;
      f_r92_45 = 0.0f;
      f_r92_46 = 0.0f;
      f_r92_47 = 0.0f;
      f_r92_48 = 0.0f;
      f_r92_49 = 0.0f;
      f_r92_50 = 0.0f;
      f_r92_51 = 0.0f;
      f_r92_52 = 0.0f;
      f_r92_53 = 0.0f;
      f_r92_54 = 0.0f;
      f_r92_55 = 0.0f;
      f_r92_56 = 0.0f;
      f_r92_57 = 0.0f;
      f_r92_58 = 0.0f;
      f_r92_59 = 0.0f;
      f_r92_60 = 0.0f;
      f_r92_61 = 0.0f;
      f_r92_62 = 0.0f;
      f_r92_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r92_0 = (f_r92_0 + b91[((int64_t)b265[i_q] * 64 + 0)]);
        f_r92_1 = (f_r92_1 + b91[((int64_t)b265[i_q] * 64 + 1)]);
        f_r92_2 = (f_r92_2 + b91[((int64_t)b265[i_q] * 64 + 2)]);
        f_r92_3 = (f_r92_3 + b91[((int64_t)b265[i_q] * 64 + 3)]);
        f_r92_4 = (f_r92_4 + b91[((int64_t)b265[i_q] * 64 + 4)]);
        f_r92_5 = (f_r92_5 + b91[((int64_t)b265[i_q] * 64 + 5)]);
        f_r92_6 = (f_r92_6 + b91[((int64_t)b265[i_q] * 64 + 6)]);
        f_r92_7 = (f_r92_7 + b91[((int64_t)b265[i_q] * 64 + 7)]);
        f_r92_8 = (f_r92_8 + b91[((int64_t)b265[i_q] * 64 + 8)]);
        f_r92_9 = (f_r92_9 + b91[((int64_t)b265[i_q] * 64 + 9)]);
        f_r92_10 = (f_r92_10 + b91[((int64_t)b265[i_q] * 64 + 10)]);
        f_r92_11 = (f_r92_11 + b91[((int64_t)b265[i_q] * 64 + 11)]);
        f_r92_12 = (f_r92_12 + b91[((int64_t)b265[i_q] * 64 + 12)]);
        f_r92_13 = (f_r92_13 + b91[((int64_t)b265[i_q] * 64 + 13)]);
        f_r92_14 = (f_r92_14 + b91[((int64_t)b265[i_q] * 64 + 14)]);
        f_r92_15 = (f_r92_15 + b91[((int64_t)b265[i_q] * 64 + 15)]);
        f_r92_16 = (f_r92_16 + b91[((int64_t)b265[i_q] * 64 + 16)]);
        f_r92_17 = (f_r92_17 + b91[((int64_t)b265[i_q] * 64 + 17)]);
        f_r92_18 = (f_r92_18 + b91[((int64_t)b265[i_q] * 64 + 18)]);
        f_r92_19 = (f_r92_19 + b91[((int64_t)b265[i_q] * 64 + 19)]);
        f_r92_20 = (f_r92_20 + b91[((int64_t)b265[i_q] * 64 + 20)]);
        f_r92_21 = (f_r92_21 + b91[((int64_t)b265[i_q] * 64 + 21)]);
        f_r92_22 = (f_r92_22 + b91[((int64_t)b265[i_q] * 64 + 22)]);
        f_r92_23 = (f_r92_23 + b91[((int64_t)b265[i_q] * 64 + 23)]);
        f_r92_24 = (f_r92_24 + b91[((int64_t)b265[i_q] * 64 + 24)]);
        f_r92_25 = (f_r92_25 + b91[((int64_t)b265[i_q] * 64 + 25)]);
        f_r92_26 = (f_r92_26 + b91[((int64_t)b265[i_q] * 64 + 26)]);
        f_r92_27 = (f_r92_27 + b91[((int64_t)b265[i_q] * 64 + 27)]);
        f_r92_28 = (f_r92_28 + b91[((int64_t)b265[i_q] * 64 + 28)]);
        f_r92_29 = (f_r92_29 + b91[((int64_t)b265[i_q] * 64 + 29)]);
        f_r92_30 = (f_r92_30 + b91[((int64_t)b265[i_q] * 64 + 30)]);
        f_r92_31 = (f_r92_31 + b91[((int64_t)b265[i_q] * 64 + 31)]);
        f_r92_32 = (f_r92_32 + b91[((int64_t)b265[i_q] * 64 + 32)]);
        f_r92_33 = (f_r92_33 + b91[((int64_t)b265[i_q] * 64 + 33)]);
        f_r92_34 = (f_r92_34 + b91[((int64_t)b265[i_q] * 64 + 34)]);
        f_r92_35 = (f_r92_35 + b91[((int64_t)b265[i_q] * 64 + 35)]);
        f_r92_36 = (f_r92_36 + b91[((int64_t)b265[i_q] * 64 + 36)]);
        f_r92_37 = (f_r92_37 + b91[((int64_t)b265[i_q] * 64 + 37)]);
        f_r92_38 = (f_r92_38 + b91[((int64_t)b265[i_q] * 64 + 38)]);
        f_r92_39 = (f_r92_39 + b91[((int64_t)b265[i_q] * 64 + 39)]);
        f_r92_40 = (f_r92_40 + b91[((int64_t)b265[i_q] * 64 + 40)]);
        f_r92_41 = (f_r92_41 + b91[((int64_t)b265[i_q] * 64 + 41)]);
        f_r92_42 = (f_r92_42 + b91[((int64_t)b265[i_q] * 64 + 42)]);
        f_r92_43 = (f_r92_43 + b91[((int64_t)b265[i_q] * 64 + 43)]);
        f_r92_44 = (f_r92_44 + b91[((int64_t)b265[i_q] * 64 + 44)]);
        f_r92_45 = (f_r92_45 + b91[((int64_t)b265[i_q] * 64 + 45)]);
        f_r92_46 = (f_r92_46 + b91[((int64_t)b265[i_q] * 64 + 46)]);
        f_r92_47 = (f_r92_47 + b91[((int64_t)b265[i_q] * 64 + 47)]);
        f_r92_48 = (f_r92_48 + b91[((int64_t)b265[i_q] * 64 + 48)]);
        f_r92_49 = (f_r92_49 + b91[((int64_t)b265[i_q] * 64 + 49)]);
        f_r92_50 = (f_r92_50 + b91[((int64_t)b265[i_q] * 64 + 50)]);
        f_r92_51 = (f_r92_51 + b91[((int64_t)b265[i_q] * 64 + 51)]);
        f_r92_52 = (f_r92_52 + b91[((int64_t)b265[i_q] * 64 + 52)]);
        f_r92_53 = (f_r92_53 + b91[((int64_t)b265[i_q] * 64 + 53)]);
        f_r92_54 = (f_r92_54 + b91[((int64_t)b265[i_q] * 64 + 54)]);
        f_r92_55 = (f_r92_55 + b91[((int64_t)b265[i_q] * 64 + 55)]);
        f_r92_56 = (f_r92_56 + b91[((int64_t)b265[i_q] * 64 + 56)]);
        f_r92_57 = (f_r92_57 + b91[((int64_t)b265[i_q] * 64 + 57)]);
        f_r92_58 = (f_r92_58 + b91[((int64_t)b265[i_q] * 64 + 58)]);
        f_r92_59 = (f_r92_59 + b91[((int64_t)b265[i_q] * 64 + 59)]);
        f_r92_60 = (f_r92_60 + b91[((int64_t)b265[i_q] * 64 + 60)]);
        f_r92_61 = (f_r92_61 + b91[((int64_t)b265[i_q] * 64 + 61)]);
        f_r92_62 = (f_r92_62 + b91[((int64_t)b265[i_q] * 64 + 62)]);
        f_r92_63 = (f_r92_63 + b91[((int64_t)b265[i_q] * 64 + 63)]);
      }
    }
    {
      b93[(i_v * 64 + 0)] = (b91[(i_v * 64 + 0)] + f_r92_0);
      b93[(i_v * 64 + 1)] = (b91[(i_v * 64 + 1)] + f_r92_1);
      b93[(i_v * 64 + 2)] = (b91[(i_v * 64 + 2)] + f_r92_2);
      b93[(i_v * 64 + 3)] = (b91[(i_v * 64 + 3)] + f_r92_3);
      b93[(i_v * 64 + 4)] = (b91[(i_v * 64 + 4)] + f_r92_4);
      b93[(i_v * 64 + 5)] = (b91[(i_v * 64 + 5)] + f_r92_5);
      b93[(i_v * 64 + 6)] = (b91[(i_v * 64 + 6)] + f_r92_6);
      b93[(i_v * 64 + 7)] = (b91[(i_v * 64 + 7)] + f_r92_7);
      b93[(i_v * 64 + 8)] = (b91[(i_v * 64 + 8)] + f_r92_8);
      b93[(i_v * 64 + 9)] = (b91[(i_v * 64 + 9)] + f_r92_9);
      b93[(i_v * 64 + 10)] = (b91[(i_v * 64 + 10)] + f_r92_10);
      b93[(i_v * 64 + 11)] = (b91[(i_v * 64 + 11)] + f_r92_11);
      b93[(i_v * 64 + 12)] = (b91[(i_v * 64 + 12)] + f_r92_12);
      b93[(i_v * 64 + 13)] = (b91[(i_v * 64 + 13)] + f_r92_13);
      b93[(i_v * 64 + 14)] = (b91[(i_v * 64 + 14)] + f_r92_14);
      b93[(i_v * 64 + 15)] = (b91[(i_v * 64 + 15)] + f_r92_15);
      b93[(i_v * 64 + 16)] = (b91[(i_v * 64 + 16)] + f_r92_16);
      b93[(i_v * 64 + 17)] = (b91[(i_v * 64 + 17)] + f_r92_17);
      b93[(i_v * 64 + 18)] = (b91[(i_v * 64 + 18)] + f_r92_18);
      b93[(i_v * 64 + 19)] = (b91[(i_v * 64 + 19)] + f_r92_19);
      b93[(i_v * 64 + 20)] = (b91[(i_v * 64 + 20)] + f_r92_20);
      b93[(i_v * 64 + 21)] = (b91[(i_v * 64 + 21)] + f_r92_21);
      b93[(i_v * 64 + 22)] = (b91[(i_v * 64 + 22)] + f_r92_22);
      b93[(i_v * 64 + 23)] = (b91[(i_v * 64 + 23)] + f_r92_23);
      b93[(i_v * 64 + 24)] = (b91[(i_v * 64 + 24)] + f_r92_24);
      b93[(i_v * 64 + 25)] = (b91[(i_v * 64 + 25)] + f_r92_25);
      b93[(i_v * 64 + 26)] = (b91[(i_v * 64 + 26)] + f_r92_26);
      b93[(i_v * 64 + 27)] = (b91[(i_v * 64 + 27)] + f_r92_27);
      b93[(i_v * 64 + 28)] = (b91[(i_v * 64 + 28)] + f_r92_28);
      b93[(i_v * 64 + 29)] = (b91[(i_v * 64 + 29)] + f_r92_29);
      b93[(i_v * 64 + 30)] = (b91[(i_v * 64 + 30)] + f_r92_30);
      b93[(i_v * 64 + 31)] = (b91[(i_v * 64 + 31)] + f_r92_31);
      b93[(i_v * 64 + 32)] = (b91[(i_v * 64 + 32)] + f_r92_32);
      b93[(i_v * 64 + 33)] = (b91[(i_v * 64 + 33)] + f_r92_33);
      b93[(i_v * 64 + 34)] = (b91[(i_v * 64 + 34)] + f_r92_34);
      b93[(i_v * 64 + 35)] = (b91[(i_v * 64 + 35)] + f_r92_35);
      b93[(i_v * 64 + 36)] = (b91[(i_v * 64 + 36)] + f_r92_36);
      b93[(i_v * 64 + 37)] = (b91[(i_v * 64 + 37)] + f_r92_37);
      b93[(i_v * 64 + 38)] = (b91[(i_v * 64 + 38)] + f_r92_38);
      b93[(i_v * 64 + 39)] = (b91[(i_v * 64 + 39)] + f_r92_39);
      b93[(i_v * 64 + 40)] = (b91[(i_v * 64 + 40)] + f_r92_40);
      b93[(i_v * 64 + 41)] = (b91[(i_v * 64 + 41)] + f_r92_41);
      b93[(i_v * 64 + 42)] = (b91[(i_v * 64 + 42)] + f_r92_42);
      b93[(i_v * 64 + 43)] = (b91[(i_v * 64 + 43)] + f_r92_43);
      b93[(i_v * 64 + 44)] = (b91[(i_v * 64 + 44)] + f_r92_44);
      b93[(i_v * 64 + 45)] = (b91[(i_v * 64 + 45)] + f_r92_45);
      b93[(i_v * 64 + 46)] = (b91[(i_v * 64 + 46)] + f_r92_46);
      b93[(i_v * 64 + 47)] = (b91[(i_v * 64 + 47)] + f_r92_47);
      b93[(i_v * 64 + 48)] = (b91[(i_v * 64 + 48)] + f_r92_48);
      b93[(i_v * 64 + 49)] = (b91[(i_v * 64 + 49)] + f_r92_49);
      b93[(i_v * 64 + 50)] = (b91[(i_v * 64 + 50)] + f_r92_50);
      b93[(i_v * 64 + 51)] = (b91[(i_v * 64 + 51)] + f_r92_51);
      b93[(i_v * 64 + 52)] = (b91[(i_v * 64 + 52)] + f_r92_52);
      b93[(i_v * 64 + 53)] = (b91[(i_v * 64 + 53)] + f_r92_53);
      b93[(i_v * 64 + 54)] = (b91[(i_v * 64 + 54)] + f_r92_54);
      b93[(i_v * 64 + 55)] = (b91[(i_v * 64 + 55)] + f_r92_55);
      b93[(i_v * 64 + 56)] = (b91[(i_v * 64 + 56)] + f_r92_56);
      b93[(i_v * 64 + 57)] = (b91[(i_v * 64 + 57)] + f_r92_57);
      b93[(i_v * 64 + 58)] = (b91[(i_v * 64 + 58)] + f_r92_58);
      b93[(i_v * 64 + 59)] = (b91[(i_v * 64 + 59)] + f_r92_59);
      b93[(i_v * 64 + 60)] = (b91[(i_v * 64 + 60)] + f_r92_60);
      b93[(i_v * 64 + 61)] = (b91[(i_v * 64 + 61)] + f_r92_61);
      b93[(i_v * 64 + 62)] = (b91[(i_v * 64 + 62)] + f_r92_62);
      b93[(i_v * 64 + 63)] = (b91[(i_v * 64 + 63)] + f_r92_63);
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b98[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b93[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b98[(i_v * 64 + i_c)] = (b98[(i_v * 64 + i_c)] + (f_a * b94[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b99[(i_v * 64 + i_j)] = (b98[(i_v * 64 + i_j)] + b95[i_j]);
      }
    }
  }
}

/* sum_to */
void k63_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b99 = (float*)buffers[99]; /* t123 */
  float* restrict b102 = (float*)buffers[102]; /* t126 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b99[(i_k0 * 64 + (i_t % 64))]);
    }
    b102[i_t] = f_acc;
  }
}

/* div */
void k64_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b102 = (float*)buffers[102]; /* t126 */
  float* restrict b103 = (float*)buffers[103]; /* t127 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b103[(i_r * 64 + i_j)] = (b102[i_j] / b8[0]);
    }
  }
}

/* sub */
void k65_sub(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b99 = (float*)buffers[99]; /* t123 */
  float* restrict b103 = (float*)buffers[103]; /* t127 */
  float* restrict b104 = (float*)buffers[104]; /* t128 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b104[(i_r * 64 + i_j)] = (b99[(i_r * 64 + i_j)] - b103[i_j]);
    }
  }
}

/* sum_to */
void k66_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b104 = (float*)buffers[104]; /* t128 */
  float* restrict b105 = (float*)buffers[105]; /* t130 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + gnnc_square(b104[(i_k0 * 64 + (i_t % 64))]));
    }
    b105[i_t] = f_acc;
  }
}

/* div */
void k67_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b105 = (float*)buffers[105]; /* t130 */
  float* restrict b106 = (float*)buffers[106]; /* t131 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b106[(i_r * 64 + i_j)] = (b105[i_j] / b8[0]);
    }
  }
}

/* add */
void k68_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b106 = (float*)buffers[106]; /* t131 */
  float* restrict b109 = (float*)buffers[109]; /* t134 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b109[(i_r * 64 + i_j)] = (b106[i_j] + 1e-05f);
    }
  }
}

/* rsqrt */
void k69_rsqrt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b109 = (float*)buffers[109]; /* t134 */
  float* restrict b110 = (float*)buffers[110]; /* t135 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b110[(i_r * 64 + i_j)] = gnnc_rsqrt(b109[i_j]);
    }
  }
}

/* mul */
void k70_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b104 = (float*)buffers[104]; /* t128 */
  float* restrict b110 = (float*)buffers[110]; /* t135 */
  float* restrict b111 = (float*)buffers[111]; /* t136 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b111[(i_r * 64 + i_j)] = (b104[(i_r * 64 + i_j)] * b110[i_j]);
    }
  }
}

/* add | add */
void k71_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b9 = (float*)buffers[9]; /* t8 */
  float* restrict b103 = (float*)buffers[103]; /* t127 */
  float* restrict b106 = (float*)buffers[106]; /* t131 */
  float* restrict b107 = (float*)buffers[107]; /* convs.4.mlp.bn.running_mean */
  float* restrict b108 = (float*)buffers[108]; /* convs.4.mlp.bn.running_var */
  float* restrict b112 = (float*)buffers[112]; /* t139 */
  float* restrict b113 = (float*)buffers[113]; /* t143 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b112[(i_r * 64 + i_j)] = ((b107[i_j] * 0.9f) + (b103[i_j] * 0.1f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b113[(i_r * 64 + i_j)] = ((b108[i_j] * 0.9f) + ((b106[i_j] * b9[0]) * 0.1f));
      }
    }
  }
}

/* add | relu | matmul | add | relu */
void k73_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b96 = (float*)buffers[96]; /* convs.4.mlp.W2 */
  float* restrict b97 = (float*)buffers[97]; /* convs.4.mlp.b2 */
  float* restrict b100 = (float*)buffers[100]; /* convs.4.mlp.bn.weight */
  float* restrict b101 = (float*)buffers[101]; /* convs.4.mlp.bn.bias */
  float* restrict b111 = (float*)buffers[111]; /* t136 */
  float* restrict b114 = (float*)buffers[114]; /* t145 */
  float* restrict b115 = (float*)buffers[115]; /* t146 */
  float* restrict b116 = (float*)buffers[116]; /* t147 */
  float* restrict b117 = (float*)buffers[117]; /* t148 */
  float* restrict b118 = (float*)buffers[118]; /* h.3 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b114[(i_r * 64 + i_j)] = ((b111[(i_r * 64 + i_j)] * b100[i_j]) + b101[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b115[(i_r * 64 + i_j)] = gnnc_relu(b114[(i_r * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b116[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b115[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b116[(i_r * 64 + i_c)] = (b116[(i_r * 64 + i_c)] + (f_a * b96[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b117[(i_r * 64 + i_j)] = (b116[(i_r * 64 + i_j)] + b97[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b118[(i_r * 64 + i_j)] = gnnc_relu(b117[(i_r * 64 + i_j)]);
      }
    }
  }
}

/* aggregate.dst.sum | add | matmul | add */
void k78_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* restrict b118 = (float*)buffers[118]; /* h.3 */
  float* restrict b120 = (float*)buffers[120]; /* t152 */
  float* restrict b121 = (float*)buffers[121]; /* convs.5.mlp.W1 */
  float* restrict b122 = (float*)buffers[122]; /* convs.5.mlp.b1 */
  float* restrict b125 = (float*)buffers[125]; /* t157 */
  float* restrict b126 = (float*)buffers[126]; /* t158 */
  int32_t* restrict b265 = (int32_t*)buffers[265]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_r119_0 = 0.0f;
    float f_r119_1 = 0.0f;
    float f_r119_2 = 0.0f;
    float f_r119_3 = 0.0f;
    float f_r119_4 = 0.0f;
    float f_r119_5 = 0.0f;
    float f_r119_6 = 0.0f;
    float f_r119_7 = 0.0f;
    float f_r119_8 = 0.0f;
    float f_r119_9 = 0.0f;
    float f_r119_10 = 0.0f;
    float f_r119_11 = 0.0f;
    float f_r119_12 = 0.0f;
    float f_r119_13 = 0.0f;
    float f_r119_14 = 0.0f;
    float f_r119_15 = 0.0f;
    float f_r119_16 = 0.0f;
    float f_r119_17 = 0.0f;
    float f_r119_18 = 0.0f;
    float f_r119_19 = 0.0f;
    float f_r119_20 = 0.0f;
    float f_r119_21 = 0.0f;
    float f_r119_22 = 0.0f;
    float f_r119_23 = 0.0f;
    float f_r119_24 = 0.0f;
    float f_r119_25 = 0.0f;
    float f_r119_26 = 0.0f;
    float f_r119_27 = 0.0f;
    float f_r119_28 = 0.0f;
    float f_r119_29 = 0.0f;
    float f_r119_30 = 0.0f;
    float f_r119_31 = 0.0f;
    float f_r119_32 = 0.0f;
    float f_r119_33 = 0.0f;
    float f_r119_34 = 0.0f;
    float f_r119_35 = 0.0f;
    float f_r119_36 = 0.0f;
    float f_r119_37 = 0.0f;
    float f_r119_38 = 0.0f;
    float f_r119_39 = 0.0f;
    float f_r119_40 = 0.0f;
    float f_r119_41 = 0.0f;
    float f_r119_42 = 0.0f;
    float f_r119_43 = 0.0f;
    float f_r119_44 = 0.0f;
    float f_r119_45 = 0.0f;
    float f_r119_46 = 0.0f;
    float f_r119_47 = 0.0f;
    float f_r119_48 = 0.0f;
    float f_r119_49 = 0.0f;
    float f_r119_50 = 0.0f;
    float f_r119_51 = 0.0f;
    float f_r119_52 = 0.0f;
    float f_r119_53 = 0.0f;
    float f_r119_54 = 0.0f;
    float f_r119_55 = 0.0f;
    float f_r119_56 = 0.0f;
    float f_r119_57 = 0.0f;
    float f_r119_58 = 0.0f;
    float f_r119_59 = 0.0f;
    float f_r119_60 = 0.0f;
    float f_r119_61 = 0.0f;
    float f_r119_62 = 0.0f;
    float f_r119_63 = 0.0f;
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      f_r119_0 = 0.0f;
      f_r119_1 = 0.0f;
      f_r119_2 = 0.0f;
      f_r119_3 = 0.0f;
      f_r119_4 = 0.0f;
      f_r119_5 = 0.0f;
      f_r119_6 = 0.0f;
      f_r119_7 = 0.0f;
      f_r119_8 = 0.0f;
      f_r119_9 = 0.0f;
      f_r119_10 = 0.0f;
      f_r119_11 = 0.0f;
      f_r119_12 = 0.0f;
      f_r119_13 = 0.0f;
      f_r119_14 = 0.0f;
      f_r119_15 = 0.0f;
      f_r119_16 = 0.0f;
      f_r119_17 = 0.0f;
      f_r119_18 = 0.0f;
      f_r119_19 = 0.0f;
      f_r119_20 = 0.0f;
      f_r119_21 = 0.0f;
      f_r119_22 = 0.0f;
      f_r119_23 = 0.0f;
      f_r119_24 = 0.0f;
      f_r119_25 = 0.0f;
      f_r119_26 = 0.0f;
      f_r119_27 = 0.0f;
      f_r119_28 = 0.0f;
      f_r119_29 = 0.0f;
      f_r119_30 = 0.0f;
      f_r119_31 = 0.0f;
      f_r119_32 = 0.0f;
      f_r119_33 = 0.0f;
      f_r119_34 = 0.0f;
      f_r119_35 = 0.0f;
      f_r119_36 = 0.0f;
      f_r119_37 = 0.0f;
      f_r119_38 = 0.0f;
      f_r119_39 = 0.0f;
      f_r119_40 = 0.0f;
      f_r119_41 = 0.0f;
      f_r119_42 = 0.0f;
      f_r119_43 = 0.0f;
      f_r119_44 = 0.0f;
      f_r119_45 = 0.0f;
      f_r119_46 = 0.0f;
      f_r119_47 = 0.0f;
      f_r119_48 = 0.0f;
      f_r119_49 = 0.0f;
      f_r119_50 = 0.0f;
      f_r119_51 = 0.0f;
      f_r119_52 = 0.0f;
      f_r119_53 = 0.0f;
      f_r119_54 = 0.0f;
      f_r119_55 = 0.0f;
      f_r119_56 = 0.0f;
      f_r119_57 = 0.0f;
      f_r119_58 = 0.0f;
      f_r119_59 = 0.0f;
      f_r119_60 = 0.0f;
      f_r119_61 = 0.0f;
      f_r119_62 = 0.0f;
      f_r119_63 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        __asm__ volatile("");
        f_r119_0 = (f_r119_0 + b118[((int64_t)b265[i_q] * 64 + 0)]);
        f_r119_1 = (f_r119_1 + b118[((int64_t)b265[i_q] * 64 + 1)]);
        f_r119_2 = (f_r119_2 + b118[((int64_t)b265[i_q] * 64 + 2)]);
        f_r119_3 = (f_r119_3 + b118[((int64_t)b265[i_q] * 64 + 3)]);
        f_r119_4 = (f_r119_4 + b118[((int64_t)b265[i_q] * 64 + 4)]);
        f_r119_5 = (f_r119_5 + b118[((int64_t)b265[i_q] * 64 + 5)]);
        f_r119_6 = (f_r119_6 + b118[((int64_t)b265[i_q] * 64 + 6)]);
        f_r119_7 = (f_r119_7 + b118[((int64_t)b265[i_q] * 64 + 7)]);
        f_r119_8 = (f_r119_8 + b118[((int64_t)b265[i_q] * 64 + 8)]);
        f_r119_9 = (f_r119_9 + b118[((int64_t)b265[i_q] * 64 + 9)]);
        f_r119_10 = (f_r119_10 + b118[((int64_t)b265[i_q] * 64 + 10)]);
        f_r119_11 = (f_r119_11 + b118[((int64_t)b265[i_q] * 64 + 11)]);
        f_r119_12 = (f_r119_12 + b118[((int64_t)b265[i_q] * 64 + 12)]);
        f_r119_13 = (f_r119_13 + b118[((int64_t)b265[i_q] * 64 + 13)]);
        f_r119_14 = (f_r119_14 + b118[((int64_t)b265[i_q] * 64 + 14)]);
        f_r119_15 = (f_r119_15 + b118[((int64_t)b265[i_q] * 64 + 15)]);
        f_r119_16 = (f_r119_16 + b118[((int64_t)b265[i_q] * 64 + 16)]);
        f_r119_17 = (f_r119_17 + b118[((int64_t)b265[i_q] * 64 + 17)]);
        f_r119_18 = (f_r119_18 + b118[((int64_t)b265[i_q] * 64 + 18)]);
        f_r119_19 = (f_r119_19 + b118[((int64_t)b265[i_q] * 64 + 19)]);
        f_r119_20 = (f_r119_20 + b118[((int64_t)b265[i_q] * 64 + 20)]);
        f_r119_21 = (f_r119_21 + b118[((int64_t)b265[i_q] * 64 + 21)]);
        f_r119_22 = (f_r119_22 + b118[((int64_t)b265[i_q] * 64 + 22)]);
        f_r119_23 = (f_r119_23 + b118[((int64_t)b265[i_q] * 64 + 23)]);
        f_r119_24 = (f_r119_24 + b118[((int64_t)b265[i_q] * 64 + 24)]);
        f_r119_25 = (f_r119_25 + b118[((int64_t)b265[i_q] * 64 + 25)]);
        f_r119_26 = (f_r119_26 + b118[((int64_t)b265[i_q] * 64 + 26)]);
        f_r119_27 = (f_r119_27 + b118[((int64_t)b265[i_q] * 64 + 27)]);
        f_r119_28 = (f_r119_28 + b118[((int64_t)b265[i_q] * 64 + 28)]);
        f_r119_29 = (f_r119_29 + b118[((int64_t)b265[i_q] * 64 + 29)]);
        f_r119_30 = (f_r119_30 + b118[((int64_t)b265[i_q] * 64 + 30)]);
        f_r119_31 = (f_r119_31 + b118[((int64_t)b265[i_q] * 64 + 31)]);
        f_r119_32 = (f_r119_32 + b118[((int64_t)b265[i_q] * 64 + 32)]);
        f_r119_33 = (f_r119_33 + b118[((int64_t)b265[i_q] * 64 + 33)]);
        f_r119_34 = (f_r119_34 + b118[((int64_t)b265[i_q] * 64 + 34)]);
        f_r119_35 = (f_r119_35 + b118[((int64_t)b265[i_q] * 64 + 35)]);
        f_r119_36 = (f_r119_36 + b118[((int64_t)b265[i_q] * 64 + 36)]);
        f_r119_37 = (f_r119_37 + b118[((int64_t)b265[i_q] * 64 + 37)]);
        f_r119_38 = (f_r119_38 + b118[((int64_t)b265[i_q] * 64 + 38)]);
        f_r119_39 = (f_r119_39 + b118[((int64_t)b265[i_q] * 64 + 39)]);
        f_r119_40 = (f_r119_40 + b118[((int64_t)b265[i_q] * 64 + 40)]);
        f_r119_41 = (f_r119_41 + b118[((int64_t)b265[i_q] * 64 + 41)]);
        f_r119_42 = (f_r119_42 + b118[((int64_t)b265[i_q] * 64 + 42)]);
        f_r119_43 = (f_r119_43 + b118[((int64_t)b265[i_q] * 64 + 43)]);
        f_r119_44 = (f_r119_44 + b118[((int64_t)b265[i_q] * 64 + 44)]);
        f_r119_45 = (f_r119_45 + b118[((int64_t)b265[i_q] * 64 + 45)]);
        f_r119_46 = (f_r119_46 + b118[((int64_t)b265[i_q] * 64 + 46)]);
        f_r119_47 = (f_r119_47 + b118[((int64_t)b265[i_q] * 64 + 47)]);
        f_r119_48 = (f_r119_48 + b118[((int64_t)b265[i_q] * 64 + 48)]);
        f_r119_49 = (f_r119_49 + b118[((int64_t)b265[i_q] * 64 + 49)]);
        f_r119_50 = (f_r119_50 + b118[((int64_t)b265[i_q] * 64 + 50)]);
        f_r119_51 = (f_r119_51 + b118[((int64_t)b265[i_q] * 64 + 51)]);
        f_r119_52 = (f_r119_52 + b118[((int64_t)b265[i_q] * 64 + 52)]);
        f_r119_53 = (f_r119_53 + b118[((int64_t)b265[i_q] * 64 + 53)]);
        f_r119_54 = (f_r119_54 + b118[((int64_t)b265[i_q] * 64 + 54)]);
        f_r119_55 = (f_r119_55 + b118[((int64_t)b265[i_q] * 64 + 55)]);
        f_r119_56 = (f_r119_56 + b118[((int64_t)b265[i_q] * 64 + 56)]);
        f_r119_57 = (f_r119_57 + b118[((int64_t)b265[i_q] * 64 + 57)]);
        f_r119_58 = (f_r119_58 + b118[((int64_t)b265[i_q] * 64 + 58)]);
        f_r119_59 = (f_r119_59 + b118[((int64_t)b265[i_q] * 64 + 59)]);
        f_r119_60 = (f_r119_60 + b118[((int64_t)b265[i_q] * 64 + 60)]);
        f_r119_61 = (f_r119_61 + b118[((int64_t)b265[i_q] * 64 + 61)]);
        f_r119_62 = (f_r119_62 + b118[((int64_t)b265[i_q] * 64 + 62)]);
        f_r119_63 = (f_r119_63 + b118[((int64_t)b265[i_q] * 64 + 63)]);
      }
    }
    {
      b120[(i_v * 64 + 0)] = (b118[(i_v * 64 + 0)] + f_r119_0);
      b120[(i_v * 64 + 1)] = (b118[(i_v * 64 + 1)] + f_r119_1);
      b120[(i_v * 64 + 2)] = (b118[(i_v * 64 + 2)] + f_r119_2);
      b120[(i_v * 64 + 3)] = (b118[(i_v * 64 + 3)] + f_r119_3);
      b120[(i_v * 64 + 4)] = (b118[(i_v * 64 + 4)] + f_r119_4);
      b120[(i_v * 64 + 5)] = (b118[(i_v * 64 + 5)] + f_r119_5);
      b120[(i_v * 64 + 6)] = (b118[(i_v * 64 + 6)] + f_r119_6);
      b120[(i_v * 64 + 7)] = (b118[(i_v * 64 + 7)] + f_r119_7);
      b120[(i_v * 64 + 8)] = (b118[(i_v * 64 + 8)] + f_r119_8);
      b120[(i_v * 64 + 9)] = (b118[(i_v * 64 + 9)] + f_r119_9);
      b120[(i_v * 64 + 10)] = (b118[(i_v * 64 + 10)] + f_r119_10);
      b120[(i_v * 64 + 11)] = (b118[(i_v * 64 + 11)] + f_r119_11);
      b120[(i_v * 64 + 12)] = (b118[(i_v * 64 + 12)] + f_r119_12);
      b120[(i_v * 64 + 13)] = (b118[(i_v * 64 + 13)] + f_r119_13);
      b120[(i_v * 64 + 14)] = (b118[(i_v * 64 + 14)] + f_r119_14);
      b120[(i_v * 64 + 15)] = (b118[(i_v * 64 + 15)] + f_r119_15);
      b120[(i_v * 64 + 16)] = (b118[(i_v * 64 + 16)] + f_r119_16);
      b120[(i_v * 64 + 17)] = (b118[(i_v * 64 + 17)] + f_r119_17);
      b120[(i_v * 64 + 18)] = (b118[(i_v * 64 + 18)] + f_r119_18);
      b120[(i_v * 64 + 19)] = (b118[(i_v * 64 + 19)] + f_r119_19);
      b120[(i_v * 64 + 20)] = (b118[(i_v * 64 + 20)] + f_r119_20);
      b120[(i_v * 64 + 21)] = (b118[(i_v * 64 + 21)] + f_r119_21);
      b120[(i_v * 64 + 22)] = (b118[(i_v * 64 + 22)] + f_r119_22);
      b120[(i_v * 64 + 23)] = (b118[(i_v * 64 + 23)] + f_r119_23);
      b120[(i_v * 64 + 24)] = (b118[(i_v * 64 + 24)] + f_r119_24);
      b120[(i_v * 64 + 25)] = (b118[(i_v * 64 + 25)] + f_r119_25);
      b120[(i_v * 64 + 26)] = (b118[(i_v * 64 + 26)] + f_r119_26);
      b120[(i_v * 64 + 27)] = (b118[(i_v * 64 + 27)] + f_r119_27);
      b120[(i_v * 64 + 28)] = (b118[(i_v * 64 + 28)] + f_r119_28);
      b120[(i_v * 64 + 29)] = (b118[(i_v * 64 + 29)] + f_r119_29);
      b120[(i_v * 64 + 30)] = (b118[(i_v * 64 + 30)] + f_r119_30);
      b120[(i_v * 64 + 31)] = (b118[(i_v * 64 + 31)] + f_r119_31);
      b120[(i_v * 64 + 32)] = (b118[(i_v * 64 + 32)] + f_r119_32);
      b120[(i_v * 64 + 33)] = (b118[(i_v * 64 + 33)] + f_r119_33);
      b120[(i_v * 64 + 34)] = (b118[(i_v * 64 + 34)] + f_r119_34);
      b120[(i_v * 64 + 35)] = (b118[(i_v * 64 + 35)] + f_r119_35);
      b120[(i_v * 64 + 36)] = (b118[(i_v * 64 + 36)] + f_r119_36);
      b120[(i_v * 64 + 37)] = (b118[(i_v * 64 + 37)] + f_r119_37);
      b120[(i_v * 64 + 38)] = (b118[(i_v * 64 + 38)] + f_r119_38);
      b120[(i_v * 64 + 39)] = (b118[(i_v * 64 + 39)] + f_r119_39);
      b120[(i_v * 64 + 40)] = (b118[(i_v * 64 + 40)] + f_r119_40);
      b120[(i_v * 64 + 41)] = (b118[(i_v * 64 + 41)] + f_r119_41);
      b120[(i_v * 64 + 42)] = (b118[(i_v * 64 + 42)] + f_r119_42);
      b120[(i_v * 64 + 43)] = (b118[(i_v * 64 + 43)] + f_r119_43);
      b120[(i_v * 64 + 44)] = (b118[(i_v * 64 + 44)] + f_r119_44);
      b120[(i_v * 64 + 45)] = (b118[(i_v * 64 + 45)] + f_r119_45);
      b120[(i_v * 64 + 46)] = (b118[(i_v * 64 + 46)] + f_r119_46);
      b120[(i_v * 64 + 47)] = (b118[(i_v * 64 + 47)] + f_r119_47);
      b120[(i_v * 64 + 48)] = (b118[(i_v * 64 + 48)] + f_r119_48);
      b120[(i_v * 64 + 49)] = (b118[(i_v * 64 + 49)] + f_r119_49);
      b120[(i_v * 64 + 50)] = (b118[(i_v * 64 + 50)] + f_r119_50);
      b120[(i_v * 64 + 51)] = (b118[(i_v * 64 + 51)] + f_r119_51);
      b120[(i_v * 64 + 52)] = (b118[(i_v * 64 + 52)] + f_r119_52);
      b120[(i_v * 64 + 53)] = (b118[(i_v * 64 + 53)] + f_r119_53);
      b120[(i_v * 64 + 54)] = (b118[(i_v * 64 + 54)] + f_r119_54);
      b120[(i_v * 64 + 55)] = (b118[(i_v * 64 + 55)] + f_r119_55);
      b120[(i_v * 64 + 56)] = (b118[(i_v * 64 + 56)] + f_r119_56);
      b120[(i_v * 64 + 57)] = (b118[(i_v * 64 + 57)] + f_r119_57);
      b120[(i_v * 64 + 58)] = (b118[(i_v * 64 + 58)] + f_r119_58);
      b120[(i_v * 64 + 59)] = (b118[(i_v * 64 + 59)] + f_r119_59);
      b120[(i_v * 64 + 60)] = (b118[(i_v * 64 + 60)] + f_r119_60);
      b120[(i_v * 64 + 61)] = (b118[(i_v * 64 + 61)] + f_r119_61);
      b120[(i_v * 64 + 62)] = (b118[(i_v * 64 + 62)] + f_r119_62);
      b120[(i_v * 64 + 63)] = (b118[(i_v * 64 + 63)] + f_r119_63);
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b125[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b120[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b125[(i_v * 64 + i_c)] = (b125[(i_v * 64 + i_c)] + (f_a * b121[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b126[(i_v * 64 + i_j)] = (b125[(i_v * 64 + i_j)] + b122[i_j]);
      }
    }
  }
}

/* sum_to */
void k82_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b126 = (float*)buffers[126]; /* t158 */
  float* restrict b129 = (float*)buffers[129]; /* t161 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b126[(i_k0 * 64 + (i_t % 64))]);
    }
    b129[i_t] = f_acc;
  }
}

/* div */
void k83_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b129 = (float*)buffers[129]; /* t161 */
  float* restrict b130 = (float*)buffers[130]; /* t162 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b130[(i_r * 64 + i_j)] = (b129[i_j] / b8[0]);
    }
  }
}

/* sub */
void k84_sub(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b126 = (float*)buffers[126]; /* t158 */
  float* restrict b130 = (float*)buffers[130]; /* t162 */
  float* restrict b131 = (float*)buffers[131]; /* t163 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b131[(i_r * 64 + i_j)] = (b126[(i_r * 64 + i_j)] - b130[i_j]);
    }
  }
}

/* sum_to */
void k85_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b131 = (float*)buffers[131]; /* t163 */
  float* restrict b132 = (float*)buffers[132]; /* t165 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + gnnc_square(b131[(i_k0 * 64 + (i_t % 64))]));
    }
    b132[i_t] = f_acc;
  }
}

/* div */
void k86_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b132 = (float*)buffers[132]; /* t165 */
  float* restrict b133 = (float*)buffers[133]; /* t166 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b133[(i_r * 64 + i_j)] = (b132[i_j] / b8[0]);
    }
  }
}

/* add */
void k87_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b133 = (float*)buffers[133]; /* t166 */
  float* restrict b136 = (float*)buffers[136]; /* t169 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b136[(i_r * 64 + i_j)] = (b133[i_j] + 1e-05f);
    }
  }
}

/* rsqrt */
void k88_rsqrt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b136 = (float*)buffers[136]; /* t169 */
  float* restrict b137 = (float*)buffers[137]; /* t170 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b137[(i_r * 64 + i_j)] = gnnc_rsqrt(b136[i_j]);
    }
  }
}

/* mul */
void k89_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b131 = (float*)buffers[131]; /* t163 */
  float* restrict b137 = (float*)buffers[137]; /* t170 */
  float* restrict b138 = (float*)buffers[138]; /* t171 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b138[(i_r * 64 + i_j)] = (b131[(i_r * 64 + i_j)] * b137[i_j]);
    }
  }
}

/* add | add */
void k90_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b9 = (float*)buffers[9]; /* t8 */
  float* restrict b130 = (float*)buffers[130]; /* t162 */
  float* restrict b133 = (float*)buffers[133]; /* t166 */
  float* restrict b134 = (float*)buffers[134]; /* convs.5.mlp.bn.running_mean */
  float* restrict b135 = (float*)buffers[135]; /* convs.5.mlp.bn.running_var */
  float* restrict b139 = (float*)buffers[139]; /* t174 */
  float* restrict b140 = (float*)buffers[140]; /* t178 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b139[(i_r * 64 + i_j)] = ((b134[i_j] * 0.9f) + (b130[i_j] * 0.1f));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b140[(i_r * 64 + i_j)] = ((b135[i_j] * 0.9f) + ((b133[i_j] * b9[0]) * 0.1f));
      }
    }
  }
}

/* add | relu | matmul | add */
void k92_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b123 = (float*)buffers[123]; /* convs.5.mlp.W2 */
  float* restrict b124 = (float*)buffers[124]; /* convs.5.mlp.b2 */
  float* restrict b127 = (float*)buffers[127]; /* convs.5.mlp.bn.weight */
  float* restrict b128 = (float*)buffers[128]; /* convs.5.mlp.bn.bias */
  float* restrict b138 = (float*)buffers[138]; /* t171 */
  float* restrict b141 = (float*)buffers[141]; /* t180 */
  float* restrict b142 = (float*)buffers[142]; /* t181 */
  float* restrict b143 = (float*)buffers[143]; /* t182 */
  float* restrict b144 = (float*)buffers[144]; /* t183 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b141[(i_r * 64 + i_j)] = ((b138[(i_r * 64 + i_j)] * b127[i_j]) + b128[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b142[(i_r * 64 + i_j)] = gnnc_relu(b141[(i_r * 64 + i_j)]);
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b143[(i_r * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b142[(i_r * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b143[(i_r * 64 + i_c)] = (b143[(i_r * 64 + i_c)] + (f_a * b123[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b144[(i_r * 64 + i_j)] = (b143[(i_r * 64 + i_j)] + b124[i_j]);
      }
    }
  }
}

/* aggregate.graph.sum | matmul | add | dropout | matmul | add */
void k96_aggregate_graph_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b6 = (int32_t*)buffers[6]; /* graph_ptr */
  float* restrict b144 = (float*)buffers[144]; /* t183 */
  float* restrict b145 = (float*)buffers[145]; /* W1 */
  float* restrict b146 = (float*)buffers[146]; /* b1 */
  float* restrict b147 = (float*)buffers[147]; /* W2 */
  float* restrict b148 = (float*)buffers[148]; /* b2 */
  float* restrict b149 = (float*)buffers[149]; /* g */
  float* restrict b150 = (float*)buffers[150]; /* t190 */
  float* restrict b151 = (float*)buffers[151]; /* t191 */
  float* restrict b152 = (float*)buffers[152]; /* t193 */
  float* restrict b153 = (float*)buffers[153]; /* t194 */
  float* restrict b154 = (float*)buffers[154]; /* t195 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_G; i_v++) {
    {
      int64_t i_start = (int64_t)b6[i_v];
      int64_t i_end = (int64_t)b6[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b149[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = i_q;
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b149[(i_v * 64 + i_j)] = (b149[(i_v * 64 + i_j)] + gnnc_relu(b144[(i_e * 64 + i_j)]));
        }
      }
    }
    {
      for (int64_t i_c = 0; i_c < 64; i_c++) {
        b150[(i_v * 64 + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b149[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < 64; i_c++) {
            b150[(i_v * 64 + i_c)] = (b150[(i_v * 64 + i_c)] + (f_a * b145[(i_k * 64 + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b151[(i_v * 64 + i_j)] = (b150[(i_v * 64 + i_j)] + b146[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b152[(i_v * 64 + i_j)] = (training ? gnnc_dropout_mul(gnnc_relu(b151[(i_v * 64 + i_j)]), seed, 0ULL, (uint64_t)((i_v * 64 + i_j)), 8388608ULL, 2.0f) : gnnc_relu(b151[(i_v * 64 + i_j)]));
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b153[(i_v * s_C + i_c)] = 0.0f;
      }
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = b152[(i_v * 64 + i_k)];
        if (f_a != 0.0f) {
          for (int64_t i_c = 0; i_c < s_C; i_c++) {
            b153[(i_v * s_C + i_c)] = (b153[(i_v * s_C + i_c)] + (f_a * b147[(i_k * s_C + i_c)]));
          }
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b154[(i_v * s_C + i_j)] = (b153[(i_v * s_C + i_j)] + b148[i_j]);
      }
    }
  }
}

/* cross_entropy */
void k102_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b154 = (float*)buffers[154]; /* t195 */
  int32_t* restrict b155 = (int32_t*)buffers[155]; /* labels */
  float* restrict b156 = (float*)buffers[156]; /* train_mask */
  float* restrict b157 = (float*)buffers[157]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_G; i_v++) {
    f_count = (f_count + b156[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_G; i_v++) {
    if (b156[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b154[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b154[(i_v * s_C + i_c)] - f_top)));
      }
      f_loss = (f_loss + (b156[i_v] * ((f_top + gnnc_log(f_total)) - b154[(i_v * s_C + (int64_t)b155[i_v])])));
    }
  }
  b157[0] = 0.0f;
  if (f_count > 0.0f) {
    b157[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k103_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b154 = (float*)buffers[154]; /* t195 */
  int32_t* restrict b155 = (int32_t*)buffers[155]; /* labels */
  float* restrict b156 = (float*)buffers[156]; /* train_mask */
  float* restrict b158 = (float*)buffers[158]; /* t199 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_G; i_v++) {
    f_count = (f_count + b156[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_G; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, b154[(i_v * s_C + i_c)]);
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + gnnc_exp((b154[(i_v * s_C + i_c)] - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b158[(i_v * s_C + i_c)] = ((b156[i_v] * ((gnnc_exp((b154[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b155[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
    }
  }
}

/* sum_to */
void k104_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b158 = (float*)buffers[158]; /* t199 */
  float* restrict b159 = (float*)buffers[159]; /* grad.b2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_G; i_k0++) {
      f_acc = (f_acc + b158[(i_k0 * s_C + (i_t % s_C))]);
    }
    b159[i_t] = f_acc;
  }
}

/* matmul_nt */
void k106_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b158 = (float*)buffers[158]; /* t199 */
  float* restrict b160 = (float*)buffers[160]; /* t201 */
  float* restrict b161 = (float*)buffers[161]; /* t201.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_G; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b160[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < s_C; i_q++) {
      float f_a = b158[(i_r * s_C + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b160[(i_r * 64 + i_c)] = (b160[(i_r * 64 + i_c)] + (f_a * b161[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k107_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b152 = (float*)buffers[152]; /* t193 */
  float* restrict b158 = (float*)buffers[158]; /* t199 */
  float* restrict b162 = (float*)buffers[162]; /* grad.W2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b162[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_G; i_r++) {
      float f_a = b152[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b162[(i_k * s_C + i_c)] = (b162[(i_k * s_C + i_c)] + (f_a * b158[(i_r * s_C + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k108_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b151 = (float*)buffers[151]; /* t191 */
  float* restrict b160 = (float*)buffers[160]; /* t201 */
  float* restrict b163 = (float*)buffers[163]; /* t204 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_G; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b163[(i_r * 64 + i_j)] = gnnc_relu_grad((training ? gnnc_dropout_mul(b160[(i_r * 64 + i_j)], seed, 0ULL, (uint64_t)((i_r * 64 + i_j)), 8388608ULL, 2.0f) : b160[(i_r * 64 + i_j)]), b151[(i_r * 64 + i_j)]);
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
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b163 = (float*)buffers[163]; /* t204 */
  float* restrict b164 = (float*)buffers[164]; /* grad.b1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_G; i_k0++) {
      f_acc = (f_acc + b163[(i_k0 * 64 + (i_t % 64))]);
    }
    b164[i_t] = f_acc;
  }
}

/* matmul_nt */
void k111_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b163 = (float*)buffers[163]; /* t204 */
  float* restrict b165 = (float*)buffers[165]; /* t206 */
  float* restrict b166 = (float*)buffers[166]; /* t206.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_G; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b165[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b163[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b165[(i_r * 64 + i_c)] = (b165[(i_r * 64 + i_c)] + (f_a * b166[(i_q * 64 + i_c)]));
        }
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
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b149 = (float*)buffers[149]; /* g */
  float* restrict b163 = (float*)buffers[163]; /* t204 */
  float* restrict b167 = (float*)buffers[167]; /* grad.W1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b167[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_G; i_r++) {
      float f_a = b149[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b167[(i_k * 64 + i_c)] = (b167[(i_k * 64 + i_c)] + (f_a * b163[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k113_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b7 = (int32_t*)buffers[7]; /* graph_of */
  float* restrict b144 = (float*)buffers[144]; /* t183 */
  float* restrict b165 = (float*)buffers[165]; /* t206 */
  float* restrict b168 = (float*)buffers[168]; /* t209 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b168[(i_r * 64 + i_j)] = gnnc_relu_grad(b165[((int64_t)b7[i_r] * 64 + i_j)], b144[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k114_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b168 = (float*)buffers[168]; /* t209 */
  float* restrict b169 = (float*)buffers[169]; /* grad.convs.5.mlp.b2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b168[(i_k0 * 64 + (i_t % 64))]);
    }
    b169[i_t] = f_acc;
  }
}

/* matmul_nt */
void k116_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b168 = (float*)buffers[168]; /* t209 */
  float* restrict b170 = (float*)buffers[170]; /* t211 */
  float* restrict b171 = (float*)buffers[171]; /* t211.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b170[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b168[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b170[(i_r * 64 + i_c)] = (b170[(i_r * 64 + i_c)] + (f_a * b171[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k117_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b142 = (float*)buffers[142]; /* t181 */
  float* restrict b168 = (float*)buffers[168]; /* t209 */
  float* restrict b172 = (float*)buffers[172]; /* grad.convs.5.mlp.W2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b172[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b142[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b172[(i_k * 64 + i_c)] = (b172[(i_k * 64 + i_c)] + (f_a * b168[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k118_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b141 = (float*)buffers[141]; /* t180 */
  float* restrict b170 = (float*)buffers[170]; /* t211 */
  float* restrict b173 = (float*)buffers[173]; /* t213 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b173[(i_r * 64 + i_j)] = gnnc_relu_grad(b170[(i_r * 64 + i_j)], b141[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k119_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b173 = (float*)buffers[173]; /* t213 */
  float* restrict b174 = (float*)buffers[174]; /* grad.convs.5.mlp.bn.bias */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b173[(i_k0 * 64 + (i_t % 64))]);
    }
    b174[i_t] = f_acc;
  }
}

/* mul */
void k120_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b127 = (float*)buffers[127]; /* convs.5.mlp.bn.weight */
  float* restrict b173 = (float*)buffers[173]; /* t213 */
  float* restrict b175 = (float*)buffers[175]; /* t215 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b175[(i_r * 64 + i_j)] = (b173[(i_r * 64 + i_j)] * b127[i_j]);
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
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b138 = (float*)buffers[138]; /* t171 */
  float* restrict b173 = (float*)buffers[173]; /* t213 */
  float* restrict b176 = (float*)buffers[176]; /* grad.convs.5.mlp.bn.weight */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + (b173[(i_k0 * 64 + (i_t % 64))] * b138[(i_k0 * 64 + (i_t % 64))]));
    }
    b176[i_t] = f_acc;
  }
}

/* mul */
void k122_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b137 = (float*)buffers[137]; /* t170 */
  float* restrict b175 = (float*)buffers[175]; /* t215 */
  float* restrict b177 = (float*)buffers[177]; /* t218 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b177[(i_r * 64 + i_j)] = (b175[(i_r * 64 + i_j)] * b137[i_j]);
    }
  }
}

/* sum_to | sum_to */
void k123_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b131 = (float*)buffers[131]; /* t163 */
  float* restrict b175 = (float*)buffers[175]; /* t215 */
  float* restrict b177 = (float*)buffers[177]; /* t218 */
  float* restrict b178 = (float*)buffers[178]; /* t220 */
  float* restrict b179 = (float*)buffers[179]; /* t223 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    {
      float f_acc = 0.0f;
      for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
        f_acc = (f_acc + (b175[(i_k0 * 64 + (i_t % 64))] * b131[(i_k0 * 64 + (i_t % 64))]));
      }
      b178[i_t] = f_acc;
    }
    {
      float f_acc = 0.0f;
      for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
        f_acc = (f_acc + gnnc_neg(b177[(i_k0 * 64 + (i_t % 64))]));
      }
      b179[i_t] = f_acc;
    }
  }
}

/* square_grad */
void k125_square_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b131 = (float*)buffers[131]; /* t163 */
  float* restrict b136 = (float*)buffers[136]; /* t169 */
  float* restrict b178 = (float*)buffers[178]; /* t220 */
  float* restrict b180 = (float*)buffers[180]; /* t226 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b180[(i_r * 64 + i_j)] = gnnc_square_grad((gnnc_rsqrt_grad(b178[i_j], b136[i_j]) / b8[0]), b131[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k126_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b180 = (float*)buffers[180]; /* t226 */
  float* restrict b181 = (float*)buffers[181]; /* t229 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + gnnc_neg(b180[(i_k0 * 64 + (i_t % 64))]));
    }
    b181[i_t] = f_acc;
  }
}

/* add */
void k127_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b177 = (float*)buffers[177]; /* t218 */
  float* restrict b179 = (float*)buffers[179]; /* t223 */
  float* restrict b180 = (float*)buffers[180]; /* t226 */
  float* restrict b181 = (float*)buffers[181]; /* t229 */
  float* restrict b182 = (float*)buffers[182]; /* t233 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b182[(i_r * 64 + i_j)] = ((b177[(i_r * 64 + i_j)] + b180[(i_r * 64 + i_j)]) + ((b179[i_j] + b181[i_j]) / b8[0]));
    }
  }
}

/* sum_to */
void k128_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b182 = (float*)buffers[182]; /* t233 */
  float* restrict b183 = (float*)buffers[183]; /* grad.convs.5.mlp.b1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b182[(i_k0 * 64 + (i_t % 64))]);
    }
    b183[i_t] = f_acc;
  }
}

/* matmul_nt */
void k130_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b182 = (float*)buffers[182]; /* t233 */
  float* restrict b184 = (float*)buffers[184]; /* t235 */
  float* restrict b185 = (float*)buffers[185]; /* t235.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b184[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b182[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b184[(i_r * 64 + i_c)] = (b184[(i_r * 64 + i_c)] + (f_a * b185[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k131_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b120 = (float*)buffers[120]; /* t152 */
  float* restrict b182 = (float*)buffers[182]; /* t233 */
  float* restrict b186 = (float*)buffers[186]; /* grad.convs.5.mlp.W1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b186[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b120[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b186[(i_k * 64 + i_c)] = (b186[(i_k * 64 + i_c)] + (f_a * b182[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* aggregate.src.sum | relu_grad */
void k132_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  float* restrict b117 = (float*)buffers[117]; /* t148 */
  float* restrict b184 = (float*)buffers[184]; /* t235 */
  float* restrict b187 = (float*)buffers[187]; /* t238 */
  float* restrict b188 = (float*)buffers[188]; /* t240 */
  int32_t* restrict b266 = (int32_t*)buffers[266]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b187[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b187[(i_v * 64 + i_j)] = (b187[(i_v * 64 + i_j)] + b184[((int64_t)b266[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b188[(i_v * 64 + i_j)] = gnnc_relu_grad((b184[(i_v * 64 + i_j)] + b187[(i_v * 64 + i_j)]), b117[(i_v * 64 + i_j)]);
      }
    }
  }
}

/* sum_to */
void k134_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b188 = (float*)buffers[188]; /* t240 */
  float* restrict b189 = (float*)buffers[189]; /* grad.convs.4.mlp.b2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b188[(i_k0 * 64 + (i_t % 64))]);
    }
    b189[i_t] = f_acc;
  }
}

/* matmul_nt */
void k136_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b188 = (float*)buffers[188]; /* t240 */
  float* restrict b190 = (float*)buffers[190]; /* t242 */
  float* restrict b191 = (float*)buffers[191]; /* t242.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b190[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b188[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b190[(i_r * 64 + i_c)] = (b190[(i_r * 64 + i_c)] + (f_a * b191[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k137_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b115 = (float*)buffers[115]; /* t146 */
  float* restrict b188 = (float*)buffers[188]; /* t240 */
  float* restrict b192 = (float*)buffers[192]; /* grad.convs.4.mlp.W2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b192[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b115[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b192[(i_k * 64 + i_c)] = (b192[(i_k * 64 + i_c)] + (f_a * b188[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k138_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b114 = (float*)buffers[114]; /* t145 */
  float* restrict b190 = (float*)buffers[190]; /* t242 */
  float* restrict b193 = (float*)buffers[193]; /* t244 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b193[(i_r * 64 + i_j)] = gnnc_relu_grad(b190[(i_r * 64 + i_j)], b114[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k139_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b193 = (float*)buffers[193]; /* t244 */
  float* restrict b194 = (float*)buffers[194]; /* grad.convs.4.mlp.bn.bias */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b193[(i_k0 * 64 + (i_t % 64))]);
    }
    b194[i_t] = f_acc;
  }
}

/* mul */
void k140_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b100 = (float*)buffers[100]; /* convs.4.mlp.bn.weight */
  float* restrict b193 = (float*)buffers[193]; /* t244 */
  float* restrict b195 = (float*)buffers[195]; /* t246 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b195[(i_r * 64 + i_j)] = (b193[(i_r * 64 + i_j)] * b100[i_j]);
    }
  }
}

/* sum_to */
void k141_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b111 = (float*)buffers[111]; /* t136 */
  float* restrict b193 = (float*)buffers[193]; /* t244 */
  float* restrict b196 = (float*)buffers[196]; /* grad.convs.4.mlp.bn.weight */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + (b193[(i_k0 * 64 + (i_t % 64))] * b111[(i_k0 * 64 + (i_t % 64))]));
    }
    b196[i_t] = f_acc;
  }
}

/* mul */
void k142_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b110 = (float*)buffers[110]; /* t135 */
  float* restrict b195 = (float*)buffers[195]; /* t246 */
  float* restrict b197 = (float*)buffers[197]; /* t249 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b197[(i_r * 64 + i_j)] = (b195[(i_r * 64 + i_j)] * b110[i_j]);
    }
  }
}

/* sum_to | sum_to */
void k143_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b104 = (float*)buffers[104]; /* t128 */
  float* restrict b195 = (float*)buffers[195]; /* t246 */
  float* restrict b197 = (float*)buffers[197]; /* t249 */
  float* restrict b198 = (float*)buffers[198]; /* t251 */
  float* restrict b199 = (float*)buffers[199]; /* t254 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    {
      float f_acc = 0.0f;
      for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
        f_acc = (f_acc + (b195[(i_k0 * 64 + (i_t % 64))] * b104[(i_k0 * 64 + (i_t % 64))]));
      }
      b198[i_t] = f_acc;
    }
    {
      float f_acc = 0.0f;
      for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
        f_acc = (f_acc + gnnc_neg(b197[(i_k0 * 64 + (i_t % 64))]));
      }
      b199[i_t] = f_acc;
    }
  }
}

/* square_grad */
void k145_square_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b104 = (float*)buffers[104]; /* t128 */
  float* restrict b109 = (float*)buffers[109]; /* t134 */
  float* restrict b198 = (float*)buffers[198]; /* t251 */
  float* restrict b200 = (float*)buffers[200]; /* t257 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b200[(i_r * 64 + i_j)] = gnnc_square_grad((gnnc_rsqrt_grad(b198[i_j], b109[i_j]) / b8[0]), b104[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k146_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b200 = (float*)buffers[200]; /* t257 */
  float* restrict b201 = (float*)buffers[201]; /* t260 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + gnnc_neg(b200[(i_k0 * 64 + (i_t % 64))]));
    }
    b201[i_t] = f_acc;
  }
}

/* add */
void k147_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b197 = (float*)buffers[197]; /* t249 */
  float* restrict b199 = (float*)buffers[199]; /* t254 */
  float* restrict b200 = (float*)buffers[200]; /* t257 */
  float* restrict b201 = (float*)buffers[201]; /* t260 */
  float* restrict b202 = (float*)buffers[202]; /* t264 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b202[(i_r * 64 + i_j)] = ((b197[(i_r * 64 + i_j)] + b200[(i_r * 64 + i_j)]) + ((b199[i_j] + b201[i_j]) / b8[0]));
    }
  }
}

/* sum_to */
void k148_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b202 = (float*)buffers[202]; /* t264 */
  float* restrict b203 = (float*)buffers[203]; /* grad.convs.4.mlp.b1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b202[(i_k0 * 64 + (i_t % 64))]);
    }
    b203[i_t] = f_acc;
  }
}

/* matmul_nt */
void k150_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b202 = (float*)buffers[202]; /* t264 */
  float* restrict b204 = (float*)buffers[204]; /* t266 */
  float* restrict b205 = (float*)buffers[205]; /* t266.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b204[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b202[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b204[(i_r * 64 + i_c)] = (b204[(i_r * 64 + i_c)] + (f_a * b205[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k151_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b93 = (float*)buffers[93]; /* t117 */
  float* restrict b202 = (float*)buffers[202]; /* t264 */
  float* restrict b206 = (float*)buffers[206]; /* grad.convs.4.mlp.W1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b206[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b93[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b206[(i_k * 64 + i_c)] = (b206[(i_k * 64 + i_c)] + (f_a * b202[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* aggregate.src.sum | relu_grad */
void k152_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  float* restrict b90 = (float*)buffers[90]; /* t113 */
  float* restrict b204 = (float*)buffers[204]; /* t266 */
  float* restrict b207 = (float*)buffers[207]; /* t269 */
  float* restrict b208 = (float*)buffers[208]; /* t271 */
  int32_t* restrict b266 = (int32_t*)buffers[266]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b207[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b207[(i_v * 64 + i_j)] = (b207[(i_v * 64 + i_j)] + b204[((int64_t)b266[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b208[(i_v * 64 + i_j)] = gnnc_relu_grad((b204[(i_v * 64 + i_j)] + b207[(i_v * 64 + i_j)]), b90[(i_v * 64 + i_j)]);
      }
    }
  }
}

/* sum_to */
void k154_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b208 = (float*)buffers[208]; /* t271 */
  float* restrict b209 = (float*)buffers[209]; /* grad.convs.3.mlp.b2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b208[(i_k0 * 64 + (i_t % 64))]);
    }
    b209[i_t] = f_acc;
  }
}

/* matmul_nt */
void k156_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b208 = (float*)buffers[208]; /* t271 */
  float* restrict b210 = (float*)buffers[210]; /* t273 */
  float* restrict b211 = (float*)buffers[211]; /* t273.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b210[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b208[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b210[(i_r * 64 + i_c)] = (b210[(i_r * 64 + i_c)] + (f_a * b211[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k157_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b88 = (float*)buffers[88]; /* t111 */
  float* restrict b208 = (float*)buffers[208]; /* t271 */
  float* restrict b212 = (float*)buffers[212]; /* grad.convs.3.mlp.W2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b212[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b88[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b212[(i_k * 64 + i_c)] = (b212[(i_k * 64 + i_c)] + (f_a * b208[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k158_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b87 = (float*)buffers[87]; /* t110 */
  float* restrict b210 = (float*)buffers[210]; /* t273 */
  float* restrict b213 = (float*)buffers[213]; /* t275 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b213[(i_r * 64 + i_j)] = gnnc_relu_grad(b210[(i_r * 64 + i_j)], b87[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k159_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b213 = (float*)buffers[213]; /* t275 */
  float* restrict b214 = (float*)buffers[214]; /* grad.convs.3.mlp.bn.bias */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b213[(i_k0 * 64 + (i_t % 64))]);
    }
    b214[i_t] = f_acc;
  }
}

/* mul */
void k160_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b73 = (float*)buffers[73]; /* convs.3.mlp.bn.weight */
  float* restrict b213 = (float*)buffers[213]; /* t275 */
  float* restrict b215 = (float*)buffers[215]; /* t277 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b215[(i_r * 64 + i_j)] = (b213[(i_r * 64 + i_j)] * b73[i_j]);
    }
  }
}

/* sum_to */
void k161_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b84 = (float*)buffers[84]; /* t101 */
  float* restrict b213 = (float*)buffers[213]; /* t275 */
  float* restrict b216 = (float*)buffers[216]; /* grad.convs.3.mlp.bn.weight */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + (b213[(i_k0 * 64 + (i_t % 64))] * b84[(i_k0 * 64 + (i_t % 64))]));
    }
    b216[i_t] = f_acc;
  }
}

/* mul */
void k162_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b83 = (float*)buffers[83]; /* t100 */
  float* restrict b215 = (float*)buffers[215]; /* t277 */
  float* restrict b217 = (float*)buffers[217]; /* t280 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b217[(i_r * 64 + i_j)] = (b215[(i_r * 64 + i_j)] * b83[i_j]);
    }
  }
}

/* sum_to | sum_to */
void k163_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b77 = (float*)buffers[77]; /* t93 */
  float* restrict b215 = (float*)buffers[215]; /* t277 */
  float* restrict b217 = (float*)buffers[217]; /* t280 */
  float* restrict b218 = (float*)buffers[218]; /* t282 */
  float* restrict b219 = (float*)buffers[219]; /* t285 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    {
      float f_acc = 0.0f;
      for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
        f_acc = (f_acc + (b215[(i_k0 * 64 + (i_t % 64))] * b77[(i_k0 * 64 + (i_t % 64))]));
      }
      b218[i_t] = f_acc;
    }
    {
      float f_acc = 0.0f;
      for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
        f_acc = (f_acc + gnnc_neg(b217[(i_k0 * 64 + (i_t % 64))]));
      }
      b219[i_t] = f_acc;
    }
  }
}

/* square_grad */
void k165_square_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b77 = (float*)buffers[77]; /* t93 */
  float* restrict b82 = (float*)buffers[82]; /* t99 */
  float* restrict b218 = (float*)buffers[218]; /* t282 */
  float* restrict b220 = (float*)buffers[220]; /* t288 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b220[(i_r * 64 + i_j)] = gnnc_square_grad((gnnc_rsqrt_grad(b218[i_j], b82[i_j]) / b8[0]), b77[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k166_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b220 = (float*)buffers[220]; /* t288 */
  float* restrict b221 = (float*)buffers[221]; /* t291 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + gnnc_neg(b220[(i_k0 * 64 + (i_t % 64))]));
    }
    b221[i_t] = f_acc;
  }
}

/* add */
void k167_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b217 = (float*)buffers[217]; /* t280 */
  float* restrict b219 = (float*)buffers[219]; /* t285 */
  float* restrict b220 = (float*)buffers[220]; /* t288 */
  float* restrict b221 = (float*)buffers[221]; /* t291 */
  float* restrict b222 = (float*)buffers[222]; /* t295 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b222[(i_r * 64 + i_j)] = ((b217[(i_r * 64 + i_j)] + b220[(i_r * 64 + i_j)]) + ((b219[i_j] + b221[i_j]) / b8[0]));
    }
  }
}

/* sum_to */
void k168_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b222 = (float*)buffers[222]; /* t295 */
  float* restrict b223 = (float*)buffers[223]; /* grad.convs.3.mlp.b1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b222[(i_k0 * 64 + (i_t % 64))]);
    }
    b223[i_t] = f_acc;
  }
}

/* matmul_nt */
void k170_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b222 = (float*)buffers[222]; /* t295 */
  float* restrict b224 = (float*)buffers[224]; /* t297 */
  float* restrict b225 = (float*)buffers[225]; /* t297.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b224[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b222[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b224[(i_r * 64 + i_c)] = (b224[(i_r * 64 + i_c)] + (f_a * b225[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k171_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b66 = (float*)buffers[66]; /* t82 */
  float* restrict b222 = (float*)buffers[222]; /* t295 */
  float* restrict b226 = (float*)buffers[226]; /* grad.convs.3.mlp.W1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b226[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b66[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b226[(i_k * 64 + i_c)] = (b226[(i_k * 64 + i_c)] + (f_a * b222[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* aggregate.src.sum | relu_grad */
void k172_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  float* restrict b63 = (float*)buffers[63]; /* t78 */
  float* restrict b224 = (float*)buffers[224]; /* t297 */
  float* restrict b227 = (float*)buffers[227]; /* t300 */
  float* restrict b228 = (float*)buffers[228]; /* t302 */
  int32_t* restrict b266 = (int32_t*)buffers[266]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b227[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b227[(i_v * 64 + i_j)] = (b227[(i_v * 64 + i_j)] + b224[((int64_t)b266[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b228[(i_v * 64 + i_j)] = gnnc_relu_grad((b224[(i_v * 64 + i_j)] + b227[(i_v * 64 + i_j)]), b63[(i_v * 64 + i_j)]);
      }
    }
  }
}

/* sum_to */
void k174_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b228 = (float*)buffers[228]; /* t302 */
  float* restrict b229 = (float*)buffers[229]; /* grad.convs.2.mlp.b2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b228[(i_k0 * 64 + (i_t % 64))]);
    }
    b229[i_t] = f_acc;
  }
}

/* matmul_nt */
void k176_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b228 = (float*)buffers[228]; /* t302 */
  float* restrict b230 = (float*)buffers[230]; /* t304 */
  float* restrict b231 = (float*)buffers[231]; /* t304.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b230[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b228[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b230[(i_r * 64 + i_c)] = (b230[(i_r * 64 + i_c)] + (f_a * b231[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k177_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b61 = (float*)buffers[61]; /* t76 */
  float* restrict b228 = (float*)buffers[228]; /* t302 */
  float* restrict b232 = (float*)buffers[232]; /* grad.convs.2.mlp.W2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b232[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b61[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b232[(i_k * 64 + i_c)] = (b232[(i_k * 64 + i_c)] + (f_a * b228[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k178_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b60 = (float*)buffers[60]; /* t75 */
  float* restrict b230 = (float*)buffers[230]; /* t304 */
  float* restrict b233 = (float*)buffers[233]; /* t306 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b233[(i_r * 64 + i_j)] = gnnc_relu_grad(b230[(i_r * 64 + i_j)], b60[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k179_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b233 = (float*)buffers[233]; /* t306 */
  float* restrict b234 = (float*)buffers[234]; /* grad.convs.2.mlp.bn.bias */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b233[(i_k0 * 64 + (i_t % 64))]);
    }
    b234[i_t] = f_acc;
  }
}

/* mul */
void k180_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b46 = (float*)buffers[46]; /* convs.2.mlp.bn.weight */
  float* restrict b233 = (float*)buffers[233]; /* t306 */
  float* restrict b235 = (float*)buffers[235]; /* t308 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b235[(i_r * 64 + i_j)] = (b233[(i_r * 64 + i_j)] * b46[i_j]);
    }
  }
}

/* sum_to */
void k181_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b57 = (float*)buffers[57]; /* t66 */
  float* restrict b233 = (float*)buffers[233]; /* t306 */
  float* restrict b236 = (float*)buffers[236]; /* grad.convs.2.mlp.bn.weight */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + (b233[(i_k0 * 64 + (i_t % 64))] * b57[(i_k0 * 64 + (i_t % 64))]));
    }
    b236[i_t] = f_acc;
  }
}

/* mul */
void k182_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b56 = (float*)buffers[56]; /* t65 */
  float* restrict b235 = (float*)buffers[235]; /* t308 */
  float* restrict b237 = (float*)buffers[237]; /* t311 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b237[(i_r * 64 + i_j)] = (b235[(i_r * 64 + i_j)] * b56[i_j]);
    }
  }
}

/* sum_to | sum_to */
void k183_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b50 = (float*)buffers[50]; /* t58 */
  float* restrict b235 = (float*)buffers[235]; /* t308 */
  float* restrict b237 = (float*)buffers[237]; /* t311 */
  float* restrict b238 = (float*)buffers[238]; /* t313 */
  float* restrict b239 = (float*)buffers[239]; /* t316 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    {
      float f_acc = 0.0f;
      for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
        f_acc = (f_acc + (b235[(i_k0 * 64 + (i_t % 64))] * b50[(i_k0 * 64 + (i_t % 64))]));
      }
      b238[i_t] = f_acc;
    }
    {
      float f_acc = 0.0f;
      for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
        f_acc = (f_acc + gnnc_neg(b237[(i_k0 * 64 + (i_t % 64))]));
      }
      b239[i_t] = f_acc;
    }
  }
}

/* square_grad */
void k185_square_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b50 = (float*)buffers[50]; /* t58 */
  float* restrict b55 = (float*)buffers[55]; /* t64 */
  float* restrict b238 = (float*)buffers[238]; /* t313 */
  float* restrict b240 = (float*)buffers[240]; /* t319 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b240[(i_r * 64 + i_j)] = gnnc_square_grad((gnnc_rsqrt_grad(b238[i_j], b55[i_j]) / b8[0]), b50[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k186_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b240 = (float*)buffers[240]; /* t319 */
  float* restrict b241 = (float*)buffers[241]; /* t322 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + gnnc_neg(b240[(i_k0 * 64 + (i_t % 64))]));
    }
    b241[i_t] = f_acc;
  }
}

/* add */
void k187_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b237 = (float*)buffers[237]; /* t311 */
  float* restrict b239 = (float*)buffers[239]; /* t316 */
  float* restrict b240 = (float*)buffers[240]; /* t319 */
  float* restrict b241 = (float*)buffers[241]; /* t322 */
  float* restrict b242 = (float*)buffers[242]; /* t326 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b242[(i_r * 64 + i_j)] = ((b237[(i_r * 64 + i_j)] + b240[(i_r * 64 + i_j)]) + ((b239[i_j] + b241[i_j]) / b8[0]));
    }
  }
}

/* sum_to */
void k188_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b242 = (float*)buffers[242]; /* t326 */
  float* restrict b243 = (float*)buffers[243]; /* grad.convs.2.mlp.b1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b242[(i_k0 * 64 + (i_t % 64))]);
    }
    b243[i_t] = f_acc;
  }
}

/* matmul_nt */
void k190_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b242 = (float*)buffers[242]; /* t326 */
  float* restrict b244 = (float*)buffers[244]; /* t328 */
  float* restrict b245 = (float*)buffers[245]; /* t328.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b244[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b242[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b244[(i_r * 64 + i_c)] = (b244[(i_r * 64 + i_c)] + (f_a * b245[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k191_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b39 = (float*)buffers[39]; /* t47 */
  float* restrict b242 = (float*)buffers[242]; /* t326 */
  float* restrict b246 = (float*)buffers[246]; /* grad.convs.2.mlp.W1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b246[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b39[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b246[(i_k * 64 + i_c)] = (b246[(i_k * 64 + i_c)] + (f_a * b242[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* aggregate.src.sum | relu_grad */
void k192_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  float* restrict b36 = (float*)buffers[36]; /* t43 */
  float* restrict b244 = (float*)buffers[244]; /* t328 */
  float* restrict b247 = (float*)buffers[247]; /* t331 */
  float* restrict b248 = (float*)buffers[248]; /* t333 */
  int32_t* restrict b266 = (int32_t*)buffers[266]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b247[(i_v * 64 + i_j)] = 0.0f;
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        for (int64_t i_j = 0; i_j < 64; i_j++) {
          b247[(i_v * 64 + i_j)] = (b247[(i_v * 64 + i_j)] + b244[((int64_t)b266[i_q] * 64 + i_j)]);
        }
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b248[(i_v * 64 + i_j)] = gnnc_relu_grad((b244[(i_v * 64 + i_j)] + b247[(i_v * 64 + i_j)]), b36[(i_v * 64 + i_j)]);
      }
    }
  }
}

/* sum_to */
void k194_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b248 = (float*)buffers[248]; /* t333 */
  float* restrict b249 = (float*)buffers[249]; /* grad.conv1.mlp.b2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b248[(i_k0 * 64 + (i_t % 64))]);
    }
    b249[i_t] = f_acc;
  }
}

/* matmul_nt */
void k196_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b248 = (float*)buffers[248]; /* t333 */
  float* restrict b250 = (float*)buffers[250]; /* t335 */
  float* restrict b251 = (float*)buffers[251]; /* t335.wt */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b250[(i_r * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_q = 0; i_q < 64; i_q++) {
      float f_a = b248[(i_r * 64 + i_q)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b250[(i_r * 64 + i_c)] = (b250[(i_r * 64 + i_c)] + (f_a * b251[(i_q * 64 + i_c)]));
        }
      }
    }
  }
}

/* matmul_tn */
void k197_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b34 = (float*)buffers[34]; /* t41 */
  float* restrict b248 = (float*)buffers[248]; /* t333 */
  float* restrict b252 = (float*)buffers[252]; /* grad.conv1.mlp.W2 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b252[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b34[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b252[(i_k * 64 + i_c)] = (b252[(i_k * 64 + i_c)] + (f_a * b248[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}

/* relu_grad */
void k198_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b33 = (float*)buffers[33]; /* t40 */
  float* restrict b250 = (float*)buffers[250]; /* t335 */
  float* restrict b253 = (float*)buffers[253]; /* t337 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b253[(i_r * 64 + i_j)] = gnnc_relu_grad(b250[(i_r * 64 + i_j)], b33[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k199_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b253 = (float*)buffers[253]; /* t337 */
  float* restrict b254 = (float*)buffers[254]; /* grad.conv1.mlp.bn.bias */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b253[(i_k0 * 64 + (i_t % 64))]);
    }
    b254[i_t] = f_acc;
  }
}

/* mul */
void k200_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b19 = (float*)buffers[19]; /* conv1.mlp.bn.weight */
  float* restrict b253 = (float*)buffers[253]; /* t337 */
  float* restrict b255 = (float*)buffers[255]; /* t339 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b255[(i_r * 64 + i_j)] = (b253[(i_r * 64 + i_j)] * b19[i_j]);
    }
  }
}

/* sum_to */
void k201_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b30 = (float*)buffers[30]; /* t31 */
  float* restrict b253 = (float*)buffers[253]; /* t337 */
  float* restrict b256 = (float*)buffers[256]; /* grad.conv1.mlp.bn.weight */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + (b253[(i_k0 * 64 + (i_t % 64))] * b30[(i_k0 * 64 + (i_t % 64))]));
    }
    b256[i_t] = f_acc;
  }
}

/* mul */
void k202_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b29 = (float*)buffers[29]; /* t30 */
  float* restrict b255 = (float*)buffers[255]; /* t339 */
  float* restrict b257 = (float*)buffers[257]; /* t342 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b257[(i_r * 64 + i_j)] = (b255[(i_r * 64 + i_j)] * b29[i_j]);
    }
  }
}

/* sum_to | sum_to */
void k203_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b23 = (float*)buffers[23]; /* t23 */
  float* restrict b255 = (float*)buffers[255]; /* t339 */
  float* restrict b257 = (float*)buffers[257]; /* t342 */
  float* restrict b258 = (float*)buffers[258]; /* t344 */
  float* restrict b259 = (float*)buffers[259]; /* t347 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    {
      float f_acc = 0.0f;
      for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
        f_acc = (f_acc + (b255[(i_k0 * 64 + (i_t % 64))] * b23[(i_k0 * 64 + (i_t % 64))]));
      }
      b258[i_t] = f_acc;
    }
    {
      float f_acc = 0.0f;
      for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
        f_acc = (f_acc + gnnc_neg(b257[(i_k0 * 64 + (i_t % 64))]));
      }
      b259[i_t] = f_acc;
    }
  }
}

/* square_grad */
void k205_square_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b23 = (float*)buffers[23]; /* t23 */
  float* restrict b28 = (float*)buffers[28]; /* t29 */
  float* restrict b258 = (float*)buffers[258]; /* t344 */
  float* restrict b260 = (float*)buffers[260]; /* t350 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b260[(i_r * 64 + i_j)] = gnnc_square_grad((gnnc_rsqrt_grad(b258[i_j], b28[i_j]) / b8[0]), b23[(i_r * 64 + i_j)]);
    }
  }
}

/* sum_to */
void k206_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b260 = (float*)buffers[260]; /* t350 */
  float* restrict b261 = (float*)buffers[261]; /* t353 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + gnnc_neg(b260[(i_k0 * 64 + (i_t % 64))]));
    }
    b261[i_t] = f_acc;
  }
}

/* add */
void k207_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b8 = (float*)buffers[8]; /* t2 */
  float* restrict b257 = (float*)buffers[257]; /* t342 */
  float* restrict b259 = (float*)buffers[259]; /* t347 */
  float* restrict b260 = (float*)buffers[260]; /* t350 */
  float* restrict b261 = (float*)buffers[261]; /* t353 */
  float* restrict b262 = (float*)buffers[262]; /* t357 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b262[(i_r * 64 + i_j)] = ((b257[(i_r * 64 + i_j)] + b260[(i_r * 64 + i_j)]) + ((b259[i_j] + b261[i_j]) / b8[0]));
    }
  }
}

/* sum_to */
void k208_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b262 = (float*)buffers[262]; /* t357 */
  float* restrict b263 = (float*)buffers[263]; /* grad.conv1.mlp.b1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + b262[(i_k0 * 64 + (i_t % 64))]);
    }
    b263[i_t] = f_acc;
  }
}

/* matmul_tn */
void k209_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  const int64_t s_G = sizes[6];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C; (void)s_G;
  float* restrict b12 = (float*)buffers[12]; /* t12 */
  float* restrict b262 = (float*)buffers[262]; /* t357 */
  float* restrict b264 = (float*)buffers[264]; /* grad.conv1.mlp.W1 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b264[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b12[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b264[(i_k * 64 + i_c)] = (b264[(i_k * 64 + i_c)] + (f_a * b262[(i_r * 64 + i_c)]));
        }
      }
    }
  }
}
