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
/* program GAT: 76 buffers, 38 kernels */

/* convert | convert */
void k0_convert(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b6 = (float*)buffers[6]; /* conv1.W */
  uint16_t* restrict b7 = (uint16_t*)buffers[7]; /* t1 */
  float* restrict b8 = (float*)buffers[8]; /* conv2.W */
  uint16_t* restrict b9 = (uint16_t*)buffers[9]; /* t3 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < 1; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 64*s_F; i_j++) {
        b7[(i_r * 64*s_F + i_j)] = gnnc_f32_to_f16(b6[i_j]);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64*s_C; i_j++) {
        b9[(i_r * 64*s_C + i_j)] = gnnc_f32_to_f16(b8[i_j]);
      }
    }
  }
}

/* dropout | matmul | rowsum | rowsum */
void k2_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b7 = (uint16_t*)buffers[7]; /* t1 */
  uint16_t* restrict b10 = (uint16_t*)buffers[10]; /* x */
  uint16_t* restrict b11 = (uint16_t*)buffers[11]; /* t5 */
  float* restrict b12 = (float*)buffers[12]; /* conv1.att_src */
  float* restrict b13 = (float*)buffers[13]; /* conv1.att_dst */
  uint16_t* restrict b15 = (uint16_t*)buffers[15]; /* t9 */
  float* restrict b16 = (float*)buffers[16]; /* t12 */
  float* restrict b17 = (float*)buffers[17]; /* t15 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    {
      for (int64_t i_j = 0; i_j < s_F; i_j++) {
        b11[(i_r * s_F + i_j)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b10[(i_r * s_F + i_j)]), seed, 0ULL, (uint64_t)((i_r * s_F + i_j)), 10066329ULL, 2.5f) : gnnc_f16_to_f32(b10[(i_r * s_F + i_j)])));
      }
    }
    {
      float f_acc0 = 0.0f;
      float f_acc1 = 0.0f;
      float f_acc2 = 0.0f;
      float f_acc3 = 0.0f;
      float f_acc4 = 0.0f;
      float f_acc5 = 0.0f;
      float f_acc6 = 0.0f;
      float f_acc7 = 0.0f;
      float f_acc8 = 0.0f;
      float f_acc9 = 0.0f;
      float f_acc10 = 0.0f;
      float f_acc11 = 0.0f;
      float f_acc12 = 0.0f;
      float f_acc13 = 0.0f;
      float f_acc14 = 0.0f;
      float f_acc15 = 0.0f;
      float f_acc16 = 0.0f;
      float f_acc17 = 0.0f;
      float f_acc18 = 0.0f;
      float f_acc19 = 0.0f;
      float f_acc20 = 0.0f;
      float f_acc21 = 0.0f;
      float f_acc22 = 0.0f;
      float f_acc23 = 0.0f;
      float f_acc24 = 0.0f;
      float f_acc25 = 0.0f;
      float f_acc26 = 0.0f;
      float f_acc27 = 0.0f;
      float f_acc28 = 0.0f;
      float f_acc29 = 0.0f;
      float f_acc30 = 0.0f;
      float f_acc31 = 0.0f;
      float f_acc32 = 0.0f;
      float f_acc33 = 0.0f;
      float f_acc34 = 0.0f;
      float f_acc35 = 0.0f;
      float f_acc36 = 0.0f;
      float f_acc37 = 0.0f;
      float f_acc38 = 0.0f;
      float f_acc39 = 0.0f;
      float f_acc40 = 0.0f;
      float f_acc41 = 0.0f;
      float f_acc42 = 0.0f;
      float f_acc43 = 0.0f;
      float f_acc44 = 0.0f;
      float f_acc45 = 0.0f;
      float f_acc46 = 0.0f;
      float f_acc47 = 0.0f;
      float f_acc48 = 0.0f;
      float f_acc49 = 0.0f;
      float f_acc50 = 0.0f;
      float f_acc51 = 0.0f;
      float f_acc52 = 0.0f;
      float f_acc53 = 0.0f;
      float f_acc54 = 0.0f;
      float f_acc55 = 0.0f;
      float f_acc56 = 0.0f;
      float f_acc57 = 0.0f;
      float f_acc58 = 0.0f;
      float f_acc59 = 0.0f;
      float f_acc60 = 0.0f;
      float f_acc61 = 0.0f;
      float f_acc62 = 0.0f;
      float f_acc63 = 0.0f;
      for (int64_t i_k = 0; i_k < s_F; i_k++) {
        float f_a = gnnc_f16_to_f32(b11[(i_r * s_F + i_k)]);
        if (f_a != 0.0f) {
          f_acc0 = (f_acc0 + (f_a * gnnc_f16_to_f32(b7[i_k * 64])));
          f_acc1 = (f_acc1 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 1)])));
          f_acc2 = (f_acc2 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 2)])));
          f_acc3 = (f_acc3 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 3)])));
          f_acc4 = (f_acc4 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 4)])));
          f_acc5 = (f_acc5 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 5)])));
          f_acc6 = (f_acc6 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 6)])));
          f_acc7 = (f_acc7 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 7)])));
          f_acc8 = (f_acc8 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 8)])));
          f_acc9 = (f_acc9 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 9)])));
          f_acc10 = (f_acc10 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 10)])));
          f_acc11 = (f_acc11 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 11)])));
          f_acc12 = (f_acc12 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 12)])));
          f_acc13 = (f_acc13 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 13)])));
          f_acc14 = (f_acc14 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 14)])));
          f_acc15 = (f_acc15 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 15)])));
          f_acc16 = (f_acc16 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 16)])));
          f_acc17 = (f_acc17 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 17)])));
          f_acc18 = (f_acc18 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 18)])));
          f_acc19 = (f_acc19 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 19)])));
          f_acc20 = (f_acc20 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 20)])));
          f_acc21 = (f_acc21 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 21)])));
          f_acc22 = (f_acc22 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 22)])));
          f_acc23 = (f_acc23 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 23)])));
          f_acc24 = (f_acc24 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 24)])));
          f_acc25 = (f_acc25 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 25)])));
          f_acc26 = (f_acc26 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 26)])));
          f_acc27 = (f_acc27 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 27)])));
          f_acc28 = (f_acc28 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 28)])));
          f_acc29 = (f_acc29 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 29)])));
          f_acc30 = (f_acc30 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 30)])));
          f_acc31 = (f_acc31 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 31)])));
          f_acc32 = (f_acc32 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 32)])));
          f_acc33 = (f_acc33 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 33)])));
          f_acc34 = (f_acc34 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 34)])));
          f_acc35 = (f_acc35 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 35)])));
          f_acc36 = (f_acc36 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 36)])));
          f_acc37 = (f_acc37 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 37)])));
          f_acc38 = (f_acc38 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 38)])));
          f_acc39 = (f_acc39 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 39)])));
          f_acc40 = (f_acc40 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 40)])));
          f_acc41 = (f_acc41 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 41)])));
          f_acc42 = (f_acc42 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 42)])));
          f_acc43 = (f_acc43 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 43)])));
          f_acc44 = (f_acc44 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 44)])));
          f_acc45 = (f_acc45 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 45)])));
          f_acc46 = (f_acc46 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 46)])));
          f_acc47 = (f_acc47 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 47)])));
          f_acc48 = (f_acc48 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 48)])));
          f_acc49 = (f_acc49 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 49)])));
          f_acc50 = (f_acc50 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 50)])));
          f_acc51 = (f_acc51 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 51)])));
          f_acc52 = (f_acc52 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 52)])));
          f_acc53 = (f_acc53 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 53)])));
          f_acc54 = (f_acc54 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 54)])));
          f_acc55 = (f_acc55 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 55)])));
          f_acc56 = (f_acc56 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 56)])));
          f_acc57 = (f_acc57 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 57)])));
          f_acc58 = (f_acc58 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 58)])));
          f_acc59 = (f_acc59 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 59)])));
          f_acc60 = (f_acc60 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 60)])));
          f_acc61 = (f_acc61 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 61)])));
          f_acc62 = (f_acc62 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 62)])));
          f_acc63 = (f_acc63 + (f_a * gnnc_f16_to_f32(b7[(i_k * 64 + 63)])));
        }
      }
      b15[i_r * 64] = gnnc_f32_to_f16(f_acc0);
      b15[(i_r * 64 + 1)] = gnnc_f32_to_f16(f_acc1);
      b15[(i_r * 64 + 2)] = gnnc_f32_to_f16(f_acc2);
      b15[(i_r * 64 + 3)] = gnnc_f32_to_f16(f_acc3);
      b15[(i_r * 64 + 4)] = gnnc_f32_to_f16(f_acc4);
      b15[(i_r * 64 + 5)] = gnnc_f32_to_f16(f_acc5);
      b15[(i_r * 64 + 6)] = gnnc_f32_to_f16(f_acc6);
      b15[(i_r * 64 + 7)] = gnnc_f32_to_f16(f_acc7);
      b15[(i_r * 64 + 8)] = gnnc_f32_to_f16(f_acc8);
      b15[(i_r * 64 + 9)] = gnnc_f32_to_f16(f_acc9);
      b15[(i_r * 64 + 10)] = gnnc_f32_to_f16(f_acc10);
      b15[(i_r * 64 + 11)] = gnnc_f32_to_f16(f_acc11);
      b15[(i_r * 64 + 12)] = gnnc_f32_to_f16(f_acc12);
      b15[(i_r * 64 + 13)] = gnnc_f32_to_f16(f_acc13);
      b15[(i_r * 64 + 14)] = gnnc_f32_to_f16(f_acc14);
      b15[(i_r * 64 + 15)] = gnnc_f32_to_f16(f_acc15);
      b15[(i_r * 64 + 16)] = gnnc_f32_to_f16(f_acc16);
      b15[(i_r * 64 + 17)] = gnnc_f32_to_f16(f_acc17);
      b15[(i_r * 64 + 18)] = gnnc_f32_to_f16(f_acc18);
      b15[(i_r * 64 + 19)] = gnnc_f32_to_f16(f_acc19);
      b15[(i_r * 64 + 20)] = gnnc_f32_to_f16(f_acc20);
      b15[(i_r * 64 + 21)] = gnnc_f32_to_f16(f_acc21);
      b15[(i_r * 64 + 22)] = gnnc_f32_to_f16(f_acc22);
      b15[(i_r * 64 + 23)] = gnnc_f32_to_f16(f_acc23);
      b15[(i_r * 64 + 24)] = gnnc_f32_to_f16(f_acc24);
      b15[(i_r * 64 + 25)] = gnnc_f32_to_f16(f_acc25);
      b15[(i_r * 64 + 26)] = gnnc_f32_to_f16(f_acc26);
      b15[(i_r * 64 + 27)] = gnnc_f32_to_f16(f_acc27);
      b15[(i_r * 64 + 28)] = gnnc_f32_to_f16(f_acc28);
      b15[(i_r * 64 + 29)] = gnnc_f32_to_f16(f_acc29);
      b15[(i_r * 64 + 30)] = gnnc_f32_to_f16(f_acc30);
      b15[(i_r * 64 + 31)] = gnnc_f32_to_f16(f_acc31);
      b15[(i_r * 64 + 32)] = gnnc_f32_to_f16(f_acc32);
      b15[(i_r * 64 + 33)] = gnnc_f32_to_f16(f_acc33);
      b15[(i_r * 64 + 34)] = gnnc_f32_to_f16(f_acc34);
      b15[(i_r * 64 + 35)] = gnnc_f32_to_f16(f_acc35);
      b15[(i_r * 64 + 36)] = gnnc_f32_to_f16(f_acc36);
      b15[(i_r * 64 + 37)] = gnnc_f32_to_f16(f_acc37);
      b15[(i_r * 64 + 38)] = gnnc_f32_to_f16(f_acc38);
      b15[(i_r * 64 + 39)] = gnnc_f32_to_f16(f_acc39);
      b15[(i_r * 64 + 40)] = gnnc_f32_to_f16(f_acc40);
      b15[(i_r * 64 + 41)] = gnnc_f32_to_f16(f_acc41);
      b15[(i_r * 64 + 42)] = gnnc_f32_to_f16(f_acc42);
      b15[(i_r * 64 + 43)] = gnnc_f32_to_f16(f_acc43);
      b15[(i_r * 64 + 44)] = gnnc_f32_to_f16(f_acc44);
      b15[(i_r * 64 + 45)] = gnnc_f32_to_f16(f_acc45);
      b15[(i_r * 64 + 46)] = gnnc_f32_to_f16(f_acc46);
      b15[(i_r * 64 + 47)] = gnnc_f32_to_f16(f_acc47);
      b15[(i_r * 64 + 48)] = gnnc_f32_to_f16(f_acc48);
      b15[(i_r * 64 + 49)] = gnnc_f32_to_f16(f_acc49);
      b15[(i_r * 64 + 50)] = gnnc_f32_to_f16(f_acc50);
      b15[(i_r * 64 + 51)] = gnnc_f32_to_f16(f_acc51);
      b15[(i_r * 64 + 52)] = gnnc_f32_to_f16(f_acc52);
      b15[(i_r * 64 + 53)] = gnnc_f32_to_f16(f_acc53);
      b15[(i_r * 64 + 54)] = gnnc_f32_to_f16(f_acc54);
      b15[(i_r * 64 + 55)] = gnnc_f32_to_f16(f_acc55);
      b15[(i_r * 64 + 56)] = gnnc_f32_to_f16(f_acc56);
      b15[(i_r * 64 + 57)] = gnnc_f32_to_f16(f_acc57);
      b15[(i_r * 64 + 58)] = gnnc_f32_to_f16(f_acc58);
      b15[(i_r * 64 + 59)] = gnnc_f32_to_f16(f_acc59);
      b15[(i_r * 64 + 60)] = gnnc_f32_to_f16(f_acc60);
      b15[(i_r * 64 + 61)] = gnnc_f32_to_f16(f_acc61);
      b15[(i_r * 64 + 62)] = gnnc_f32_to_f16(f_acc62);
      b15[(i_r * 64 + 63)] = gnnc_f32_to_f16(f_acc63);
    }
    {
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < 8; i_k++) {
          f_acc = (f_acc + (gnnc_f16_to_f32(b15[(i_r * 64 + (i_j * 8 + i_k))]) * b12[(i_j * 8 + i_k)]));
        }
        b16[(i_r * 8 + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < 8; i_k++) {
          f_acc = (f_acc + (gnnc_f16_to_f32(b15[(i_r * 64 + (i_j * 8 + i_k))]) * b13[(i_j * 8 + i_k)]));
        }
        b17[(i_r * 8 + i_j)] = f_acc;
      }
    }
  }
}

/* add | leaky_relu */
void k6_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b16 = (float*)buffers[16]; /* t12 */
  float* restrict b17 = (float*)buffers[17]; /* t15 */
  uint16_t* restrict b18 = (uint16_t*)buffers[18]; /* t17 */
  uint16_t* restrict b19 = (uint16_t*)buffers[19]; /* conv1.s */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        b18[(i_r * 8 + i_j)] = gnnc_f32_to_f16((b16[((int64_t)b0[i_r] * 8 + i_j)] + b17[((int64_t)b1[i_r] * 8 + i_j)]));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        b19[(i_r * 8 + i_j)] = gnnc_f32_to_f16(gnnc_leaky_relu(gnnc_f16_to_f32(b18[(i_r * 8 + i_j)]), 0.2f));
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
  uint16_t* restrict b19 = (uint16_t*)buffers[19]; /* conv1.s */
  uint16_t* restrict b20 = (uint16_t*)buffers[20]; /* t19 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      float f_top = (-INFINITY);
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_top = fmaxf(f_top, gnnc_f16_to_f32(b19[(i_e * 8 + i_j)]));
      }
      float f_total = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_total = (f_total + gnnc_exp((gnnc_f16_to_f32(b19[(i_e * 8 + i_j)]) - f_top)));
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        b20[(i_e * 8 + i_j)] = gnnc_f32_to_f16((gnnc_exp((gnnc_f16_to_f32(b19[(i_e * 8 + i_j)]) - f_top)) / f_total));
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
  uint16_t* restrict b20 = (uint16_t*)buffers[20]; /* t19 */
  uint16_t* restrict b21 = (uint16_t*)buffers[21]; /* conv1.a */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      b21[(i_r * 8 + i_j)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b20[(i_r * 8 + i_j)]), seed, 1ULL, (uint64_t)((i_r * 8 + i_j)), 10066329ULL, 2.5f) : gnnc_f16_to_f32(b20[(i_r * 8 + i_j)])));
    }
  }
}

/* aggregate.dst.sum | add | dropout | matmul | rowsum | rowsum */
void k10_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  uint16_t* restrict b9 = (uint16_t*)buffers[9]; /* t3 */
  float* restrict b14 = (float*)buffers[14]; /* conv1.b */
  uint16_t* restrict b15 = (uint16_t*)buffers[15]; /* t9 */
  uint16_t* restrict b21 = (uint16_t*)buffers[21]; /* conv1.a */
  uint16_t* restrict b22 = (uint16_t*)buffers[22]; /* t23 */
  uint16_t* restrict b23 = (uint16_t*)buffers[23]; /* h1 */
  uint16_t* restrict b24 = (uint16_t*)buffers[24]; /* h */
  float* restrict b25 = (float*)buffers[25]; /* conv2.att_src */
  float* restrict b26 = (float*)buffers[26]; /* conv2.att_dst */
  uint16_t* restrict b28 = (uint16_t*)buffers[28]; /* t31 */
  float* restrict b29 = (float*)buffers[29]; /* t34 */
  float* restrict b30 = (float*)buffers[30]; /* t37 */
  int32_t* restrict b74 = (int32_t*)buffers[74]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc = (f_acc + (gnnc_f16_to_f32(b21[(i_e * 8 + ((i_j / 8) % 8))]) * gnnc_f16_to_f32(b15[((int64_t)b74[i_q] * 64 + i_j)])));
        }
        b22[(i_v * 64 + i_j)] = gnnc_f32_to_f16(f_acc);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b23[(i_v * 64 + i_j)] = gnnc_f32_to_f16((gnnc_f16_to_f32(b22[(i_v * 64 + i_j)]) + b14[i_j]));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b24[(i_v * 64 + i_j)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + i_j)]), 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + i_j)]), 1.0f)));
      }
    }
    {
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < 64; i_k++) {
          float f_a = gnnc_f16_to_f32(b24[(i_v * 64 + i_k)]);
          if (f_a != 0.0f) {
            f_acc = (f_acc + (f_a * gnnc_f16_to_f32(b9[(i_k * s_C + i_c)])));
          }
        }
        b28[(i_v * s_C + i_c)] = gnnc_f32_to_f16(f_acc);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < s_C; i_k++) {
          f_acc = (f_acc + (gnnc_f16_to_f32(b28[(i_v * s_C + (i_j * s_C + i_k))]) * b25[(i_j * s_C + i_k)]));
        }
        b29[(i_v + i_j)] = f_acc;
      }
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_k = 0; i_k < s_C; i_k++) {
          f_acc = (f_acc + (gnnc_f16_to_f32(b28[(i_v * s_C + (i_j * s_C + i_k))]) * b26[(i_j * s_C + i_k)]));
        }
        b30[(i_v + i_j)] = f_acc;
      }
    }
  }
}

/* add | leaky_relu */
void k16_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  float* restrict b29 = (float*)buffers[29]; /* t34 */
  float* restrict b30 = (float*)buffers[30]; /* t37 */
  uint16_t* restrict b31 = (uint16_t*)buffers[31]; /* t39 */
  uint16_t* restrict b32 = (uint16_t*)buffers[32]; /* conv2.s */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b31[(i_r + i_j)] = gnnc_f32_to_f16((b29[((int64_t)b0[i_r] + i_j)] + b30[((int64_t)b1[i_r] + i_j)]));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        b32[(i_r + i_j)] = gnnc_f32_to_f16(gnnc_leaky_relu(gnnc_f16_to_f32(b31[(i_r + i_j)]), 0.2f));
      }
    }
  }
}

/* edge_softmax */
void k18_edge_softmax(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  uint16_t* restrict b32 = (uint16_t*)buffers[32]; /* conv2.s */
  uint16_t* restrict b33 = (uint16_t*)buffers[33]; /* t41 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      float f_top = (-INFINITY);
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_top = fmaxf(f_top, gnnc_f16_to_f32(b32[(i_e + i_j)]));
      }
      float f_total = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_total = (f_total + gnnc_exp((gnnc_f16_to_f32(b32[(i_e + i_j)]) - f_top)));
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        b33[(i_e + i_j)] = gnnc_f32_to_f16((gnnc_exp((gnnc_f16_to_f32(b32[(i_e + i_j)]) - f_top)) / f_total));
      }
    }
  }
}

/* dropout */
void k19_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b33 = (uint16_t*)buffers[33]; /* t41 */
  uint16_t* restrict b34 = (uint16_t*)buffers[34]; /* conv2.a */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b34[(i_r + i_j)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b33[(i_r + i_j)]), seed, 3ULL, (uint64_t)((i_r + i_j)), 10066329ULL, 2.5f) : gnnc_f16_to_f32(b33[(i_r + i_j)])));
    }
  }
}

/* aggregate.dst.sum | add */
void k20_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  float* restrict b27 = (float*)buffers[27]; /* conv2.b */
  uint16_t* restrict b28 = (uint16_t*)buffers[28]; /* t31 */
  uint16_t* restrict b34 = (uint16_t*)buffers[34]; /* conv2.a */
  uint16_t* restrict b35 = (uint16_t*)buffers[35]; /* t45 */
  uint16_t* restrict b36 = (uint16_t*)buffers[36]; /* t46 */
  int32_t* restrict b74 = (int32_t*)buffers[74]; /* in_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc = (f_acc + (gnnc_f16_to_f32(b34[i_e]) * gnnc_f16_to_f32(b28[((int64_t)b74[i_q] * s_C + i_j)])));
        }
        b35[(i_v * s_C + i_j)] = gnnc_f32_to_f16(f_acc);
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b36[(i_v * s_C + i_j)] = gnnc_f32_to_f16((gnnc_f16_to_f32(b35[(i_v * s_C + i_j)]) + b27[i_j]));
      }
    }
  }
}

/* mean_heads */
void k22_mean_heads(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b36 = (uint16_t*)buffers[36]; /* t46 */
  uint16_t* restrict b37 = (uint16_t*)buffers[37]; /* t47 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_C*s_N; i_r++) {
    float f_acc = 0.0f;
    for (int64_t i_k = 0; i_k < 1; i_k++) {
      f_acc = (f_acc + gnnc_f16_to_f32(b36[(((i_r / s_C) + i_k) * s_C + (i_r % s_C))]));
    }
    b37[i_r] = gnnc_f32_to_f16((f_acc / (float)(1)));
  }
}

/* cross_entropy */
void k23_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b37 = (uint16_t*)buffers[37]; /* t47 */
  int32_t* restrict b38 = (int32_t*)buffers[38]; /* labels */
  float* restrict b39 = (float*)buffers[39]; /* train_mask */
  float* restrict b40 = (float*)buffers[40]; /* loss */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b39[i_v]);
  }
  float f_loss = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    if (b39[i_v] > 0.0f) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, gnnc_f16_to_f32(b37[(i_v * s_C + i_c)]));
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((gnnc_f16_to_f32(b37[(i_v * s_C + i_c)]) - f_top)));
      }
      f_loss = (f_loss + (b39[i_v] * ((f_top + gnnc_log(f_total)) - gnnc_f16_to_f32(b37[(i_v * s_C + (int64_t)b38[i_v])]))));
    }
  }
  b40[0] = 0.0f;
  if (f_count > 0.0f) {
    b40[0] = (f_loss / f_count);
  }
}

/* cross_entropy_grad */
void k24_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b37 = (uint16_t*)buffers[37]; /* t47 */
  int32_t* restrict b38 = (int32_t*)buffers[38]; /* labels */
  float* restrict b39 = (float*)buffers[39]; /* train_mask */
  float* restrict b41 = (float*)buffers[41]; /* t51 */
  float f_count = 0.0f;
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    f_count = (f_count + b39[i_v]);
  }
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    float f_top = (-INFINITY);
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_top = fmaxf(f_top, gnnc_f16_to_f32(b37[(i_v * s_C + i_c)]));
    }
    float f_total = 0.0f;
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      f_total = (f_total + gnnc_exp((gnnc_f16_to_f32(b37[(i_v * s_C + i_c)]) - f_top)));
    }
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b41[(i_v * s_C + i_c)] = ((b39[i_v] * ((gnnc_exp((gnnc_f16_to_f32(b37[(i_v * s_C + i_c)]) - f_top)) / f_total) - (i_c == (int64_t)b38[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
    }
  }
}

/* mul */
void k25_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b41 = (float*)buffers[41]; /* t51 */
  float* restrict b42 = (float*)buffers[42]; /* loss_scale */
  uint16_t* restrict b43 = (uint16_t*)buffers[43]; /* t53 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < s_C; i_j++) {
      b43[(i_r * s_C + i_j)] = gnnc_f32_to_f16((b41[(i_r * s_C + i_j)] * b42[0]));
    }
  }
}

/* sum_to */
void k26_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b43 = (uint16_t*)buffers[43]; /* t53 */
  float* restrict b44 = (float*)buffers[44]; /* grad.conv2.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + gnnc_f16_to_f32(b43[(i_k0 * s_C + (i_t % s_C))]));
    }
    b44[i_t] = f_acc;
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
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  uint16_t* restrict b28 = (uint16_t*)buffers[28]; /* t31 */
  uint16_t* restrict b43 = (uint16_t*)buffers[43]; /* t53 */
  float* restrict b45 = (float*)buffers[45]; /* t58 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_E; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k2 = 0; i_k2 < s_C; i_k2++) {
      f_acc = (f_acc + (gnnc_f16_to_f32(b43[((int64_t)b1[(i_t % s_E)] * s_C + i_k2)]) * gnnc_f16_to_f32(b28[((int64_t)b0[(i_t % s_E)] * s_C + i_k2)])));
    }
    b45[i_t] = f_acc;
  }
}

/* aggregate.src.sum */
void k28_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  uint16_t* restrict b34 = (uint16_t*)buffers[34]; /* conv2.a */
  uint16_t* restrict b43 = (uint16_t*)buffers[43]; /* t53 */
  uint16_t* restrict b46 = (uint16_t*)buffers[46]; /* t60 */
  int32_t* restrict b75 = (int32_t*)buffers[75]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_j = 0; i_j < s_C; i_j++) {
      float f_acc = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        f_acc = (f_acc + (gnnc_f16_to_f32(b43[((int64_t)b75[i_q] * s_C + i_j)]) * gnnc_f16_to_f32(b34[i_e])));
      }
      b46[(i_v * s_C + i_j)] = gnnc_f32_to_f16(f_acc);
    }
  }
}

/* dropout */
void k29_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b45 = (float*)buffers[45]; /* t58 */
  uint16_t* restrict b47 = (uint16_t*)buffers[47]; /* t61 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b47[(i_r + i_j)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(b45[(i_r + i_j)], seed, 3ULL, (uint64_t)((i_r + i_j)), 10066329ULL, 2.5f) : b45[(i_r + i_j)]));
    }
  }
}

/* aggregate.dst.sum */
void k30_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  uint16_t* restrict b33 = (uint16_t*)buffers[33]; /* t41 */
  uint16_t* restrict b47 = (uint16_t*)buffers[47]; /* t61 */
  uint16_t* restrict b48 = (uint16_t*)buffers[48]; /* t63 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      float f_acc = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_acc = (f_acc + (gnnc_f16_to_f32(b47[(i_e + i_j)]) * gnnc_f16_to_f32(b33[(i_e + i_j)])));
      }
      b48[(i_v + i_j)] = gnnc_f32_to_f16(f_acc);
    }
  }
}

/* leaky_relu_grad */
void k31_leaky_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  uint16_t* restrict b31 = (uint16_t*)buffers[31]; /* t39 */
  uint16_t* restrict b33 = (uint16_t*)buffers[33]; /* t41 */
  uint16_t* restrict b47 = (uint16_t*)buffers[47]; /* t61 */
  uint16_t* restrict b48 = (uint16_t*)buffers[48]; /* t63 */
  uint16_t* restrict b49 = (uint16_t*)buffers[49]; /* t67 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b49[(i_r + i_j)] = gnnc_f32_to_f16(gnnc_leaky_relu_grad((gnnc_f16_to_f32(b33[(i_r + i_j)]) * (gnnc_f16_to_f32(b47[(i_r + i_j)]) - gnnc_f16_to_f32(b48[((int64_t)b1[i_r] + i_j)]))), gnnc_f16_to_f32(b31[(i_r + i_j)]), 0.2f));
    }
  }
}

/* aggregate.dst.sum | broadcast_to */
void k32_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  uint16_t* restrict b49 = (uint16_t*)buffers[49]; /* t67 */
  uint16_t* restrict b50 = (uint16_t*)buffers[50]; /* t68 */
  uint16_t* restrict b51 = (uint16_t*)buffers[51]; /* t69 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc = (f_acc + gnnc_f16_to_f32(b49[(i_e + i_j)]));
        }
        b50[(i_v + i_j)] = gnnc_f32_to_f16(f_acc);
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b51[(i_v * s_C + i_j)] = gnnc_f32_to_f16(gnnc_f16_to_f32(b50[i_v]));
      }
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
  uint16_t* restrict b28 = (uint16_t*)buffers[28]; /* t31 */
  uint16_t* restrict b51 = (uint16_t*)buffers[51]; /* t69 */
  float* restrict b52 = (float*)buffers[52]; /* grad.conv2.att_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + (gnnc_f16_to_f32(b51[(i_k0 * s_C + (i_t % s_C))]) * gnnc_f16_to_f32(b28[(i_k0 * s_C + (i_t % s_C))])));
    }
    b52[i_t] = f_acc;
  }
}

/* aggregate.src.sum | broadcast_to | add */
void k35_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b25 = (float*)buffers[25]; /* conv2.att_src */
  float* restrict b26 = (float*)buffers[26]; /* conv2.att_dst */
  uint16_t* restrict b46 = (uint16_t*)buffers[46]; /* t60 */
  uint16_t* restrict b49 = (uint16_t*)buffers[49]; /* t67 */
  uint16_t* restrict b51 = (uint16_t*)buffers[51]; /* t69 */
  uint16_t* restrict b53 = (uint16_t*)buffers[53]; /* t74 */
  uint16_t* restrict b54 = (uint16_t*)buffers[54]; /* t75 */
  uint16_t* restrict b55 = (uint16_t*)buffers[55]; /* t77 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + gnnc_f16_to_f32(b49[(i_e + i_j)]));
        }
        b53[(i_v + i_j)] = gnnc_f32_to_f16(f_acc);
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b54[(i_v * s_C + i_j)] = gnnc_f32_to_f16(gnnc_f16_to_f32(b53[i_v]));
      }
    }
    {
      for (int64_t i_j = 0; i_j < s_C; i_j++) {
        b55[(i_v * s_C + i_j)] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b46[(i_v * s_C + i_j)]) + (gnnc_f16_to_f32(b51[(i_v * s_C + i_j)]) * b26[i_j])) + (gnnc_f16_to_f32(b54[(i_v * s_C + i_j)]) * b25[i_j])));
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
  uint16_t* restrict b28 = (uint16_t*)buffers[28]; /* t31 */
  uint16_t* restrict b54 = (uint16_t*)buffers[54]; /* t75 */
  float* restrict b56 = (float*)buffers[56]; /* grad.conv2.att_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < s_C; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + (gnnc_f16_to_f32(b54[(i_k0 * s_C + (i_t % s_C))]) * gnnc_f16_to_f32(b28[(i_k0 * s_C + (i_t % s_C))])));
    }
    b56[i_t] = f_acc;
  }
}

/* matmul_nt */
void k39_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b9 = (uint16_t*)buffers[9]; /* t3 */
  uint16_t* restrict b55 = (uint16_t*)buffers[55]; /* t77 */
  uint16_t* restrict b57 = (uint16_t*)buffers[57]; /* t81 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      float f_acc = 0.0f;
      for (int64_t i_q = 0; i_q < s_C; i_q++) {
        f_acc = (f_acc + (gnnc_f16_to_f32(b55[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[(i_c * s_C + i_q)])));
      }
      b57[(i_r * 64 + i_c)] = gnnc_f32_to_f16(f_acc);
    }
  }
}

/* matmul_tn */
void k40_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b24 = (uint16_t*)buffers[24]; /* h */
  uint16_t* restrict b55 = (uint16_t*)buffers[55]; /* t77 */
  float* restrict b58 = (float*)buffers[58]; /* grad.conv2.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < 64; i_k++) {
    for (int64_t i_c = 0; i_c < s_C; i_c++) {
      b58[(i_k * s_C + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = gnnc_f16_to_f32(b24[(i_r * 64 + i_k)]);
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          b58[(i_k * s_C + i_c)] = (b58[(i_k * s_C + i_c)] + (f_a * gnnc_f16_to_f32(b55[(i_r * s_C + i_c)])));
        }
      }
    }
  }
}

/* elu_grad */
void k41_elu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b23 = (uint16_t*)buffers[23]; /* h1 */
  uint16_t* restrict b57 = (uint16_t*)buffers[57]; /* t81 */
  uint16_t* restrict b59 = (uint16_t*)buffers[59]; /* t84 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_N; i_r++) {
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      b59[(i_r * 64 + i_j)] = gnnc_f32_to_f16(gnnc_elu_grad((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b57[(i_r * 64 + i_j)]), seed, 2ULL, (uint64_t)((i_r * 64 + i_j)), 10066329ULL, 2.5f) : gnnc_f16_to_f32(b57[(i_r * 64 + i_j)])), gnnc_f16_to_f32(b23[(i_r * 64 + i_j)]), 1.0f));
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
  uint16_t* restrict b59 = (uint16_t*)buffers[59]; /* t84 */
  float* restrict b60 = (float*)buffers[60]; /* grad.conv1.b */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + gnnc_f16_to_f32(b59[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))]));
    }
    b60[i_t] = f_acc;
  }
}

/* sum_to */
void k43_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b0 = (int32_t*)buffers[0]; /* src */
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  uint16_t* restrict b15 = (uint16_t*)buffers[15]; /* t9 */
  uint16_t* restrict b59 = (uint16_t*)buffers[59]; /* t84 */
  float* restrict b61 = (float*)buffers[61]; /* t89 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 8*s_E; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k2 = 0; i_k2 < 8; i_k2++) {
      f_acc = (f_acc + (gnnc_f16_to_f32(b59[((int64_t)b1[((i_t / 8) % s_E)] * 64 + (i_k2 + (i_t % 8) * 8))]) * gnnc_f16_to_f32(b15[((int64_t)b0[((i_t / 8) % s_E)] * 64 + (i_k2 + (i_t % 8) * 8))])));
    }
    b61[i_t] = f_acc;
  }
}

/* aggregate.src.sum */
void k44_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  uint16_t* restrict b21 = (uint16_t*)buffers[21]; /* conv1.a */
  uint16_t* restrict b59 = (uint16_t*)buffers[59]; /* t84 */
  uint16_t* restrict b62 = (uint16_t*)buffers[62]; /* t91 */
  int32_t* restrict b75 = (int32_t*)buffers[75]; /* out_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 64; i_j++) {
      float f_acc = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        f_acc = (f_acc + (gnnc_f16_to_f32(b59[((int64_t)b75[i_q] * 64 + i_j)]) * gnnc_f16_to_f32(b21[(i_e * 8 + ((i_j / 8) % 8))])));
      }
      b62[(i_v * 64 + i_j)] = gnnc_f32_to_f16(f_acc);
    }
  }
}

/* dropout */
void k45_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* restrict b61 = (float*)buffers[61]; /* t89 */
  uint16_t* restrict b63 = (uint16_t*)buffers[63]; /* t92 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      b63[(i_r * 8 + i_j)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(b61[(i_r * 8 + i_j)], seed, 1ULL, (uint64_t)((i_r * 8 + i_j)), 10066329ULL, 2.5f) : b61[(i_r * 8 + i_j)]));
    }
  }
}

/* aggregate.dst.sum */
void k46_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  uint16_t* restrict b20 = (uint16_t*)buffers[20]; /* t19 */
  uint16_t* restrict b63 = (uint16_t*)buffers[63]; /* t92 */
  uint16_t* restrict b64 = (uint16_t*)buffers[64]; /* t94 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      float f_acc = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_acc = (f_acc + (gnnc_f16_to_f32(b63[(i_e * 8 + i_j)]) * gnnc_f16_to_f32(b20[(i_e * 8 + i_j)])));
      }
      b64[(i_v * 8 + i_j)] = gnnc_f32_to_f16(f_acc);
    }
  }
}

/* leaky_relu_grad */
void k47_leaky_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b1 = (int32_t*)buffers[1]; /* dst */
  uint16_t* restrict b18 = (uint16_t*)buffers[18]; /* t17 */
  uint16_t* restrict b20 = (uint16_t*)buffers[20]; /* t19 */
  uint16_t* restrict b63 = (uint16_t*)buffers[63]; /* t92 */
  uint16_t* restrict b64 = (uint16_t*)buffers[64]; /* t94 */
  uint16_t* restrict b65 = (uint16_t*)buffers[65]; /* t98 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_r = 0; i_r < s_E; i_r++) {
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      b65[(i_r * 8 + i_j)] = gnnc_f32_to_f16(gnnc_leaky_relu_grad((gnnc_f16_to_f32(b20[(i_r * 8 + i_j)]) * (gnnc_f16_to_f32(b63[(i_r * 8 + i_j)]) - gnnc_f16_to_f32(b64[((int64_t)b1[i_r] * 8 + i_j)]))), gnnc_f16_to_f32(b18[(i_r * 8 + i_j)]), 0.2f));
    }
  }
}

/* aggregate.dst.sum | broadcast_to */
void k48_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* restrict b3 = (int32_t*)buffers[3]; /* in_edge */
  uint16_t* restrict b65 = (uint16_t*)buffers[65]; /* t98 */
  uint16_t* restrict b66 = (uint16_t*)buffers[66]; /* t99 */
  uint16_t* restrict b67 = (uint16_t*)buffers[67]; /* t100 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc = (f_acc + gnnc_f16_to_f32(b65[(i_e * 8 + i_j)]));
        }
        b66[(i_v * 8 + i_j)] = gnnc_f32_to_f16(f_acc);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b67[(i_v * 64 + i_j)] = gnnc_f32_to_f16(gnnc_f16_to_f32(b66[(i_v * 8 + ((i_j / 8) % 8))]));
      }
    }
  }
}

/* sum_to */
void k50_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b15 = (uint16_t*)buffers[15]; /* t9 */
  uint16_t* restrict b67 = (uint16_t*)buffers[67]; /* t100 */
  float* restrict b68 = (float*)buffers[68]; /* grad.conv1.att_dst */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + (gnnc_f16_to_f32(b67[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))]) * gnnc_f16_to_f32(b15[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))])));
    }
    b68[i_t] = f_acc;
  }
}

/* aggregate.src.sum | broadcast_to | add */
void k51_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* restrict b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* restrict b5 = (int32_t*)buffers[5]; /* out_edge */
  float* restrict b12 = (float*)buffers[12]; /* conv1.att_src */
  float* restrict b13 = (float*)buffers[13]; /* conv1.att_dst */
  uint16_t* restrict b62 = (uint16_t*)buffers[62]; /* t91 */
  uint16_t* restrict b65 = (uint16_t*)buffers[65]; /* t98 */
  uint16_t* restrict b67 = (uint16_t*)buffers[67]; /* t100 */
  uint16_t* restrict b69 = (uint16_t*)buffers[69]; /* t105 */
  uint16_t* restrict b70 = (uint16_t*)buffers[70]; /* t106 */
  uint16_t* restrict b71 = (uint16_t*)buffers[71]; /* t108 */
  #pragma omp parallel for schedule(static)
  for (int64_t i_v = 0; i_v < s_N; i_v++) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 8; i_j++) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + gnnc_f16_to_f32(b65[(i_e * 8 + i_j)]));
        }
        b69[(i_v * 8 + i_j)] = gnnc_f32_to_f16(f_acc);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b70[(i_v * 64 + i_j)] = gnnc_f32_to_f16(gnnc_f16_to_f32(b69[(i_v * 8 + ((i_j / 8) % 8))]));
      }
    }
    {
      for (int64_t i_j = 0; i_j < 64; i_j++) {
        b71[(i_v * 64 + i_j)] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b62[(i_v * 64 + i_j)]) + (gnnc_f16_to_f32(b67[(i_v * 64 + i_j)]) * b13[i_j])) + (gnnc_f16_to_f32(b70[(i_v * 64 + i_j)]) * b12[i_j])));
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
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b15 = (uint16_t*)buffers[15]; /* t9 */
  uint16_t* restrict b70 = (uint16_t*)buffers[70]; /* t106 */
  float* restrict b72 = (float*)buffers[72]; /* grad.conv1.att_src */
  #pragma omp parallel for schedule(static)
  for (int64_t i_t = 0; i_t < 64; i_t++) {
    float f_acc = 0.0f;
    for (int64_t i_k0 = 0; i_k0 < s_N; i_k0++) {
      f_acc = (f_acc + (gnnc_f16_to_f32(b70[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))]) * gnnc_f16_to_f32(b15[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))])));
    }
    b72[i_t] = f_acc;
  }
}

/* matmul_tn */
void k55_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* restrict b11 = (uint16_t*)buffers[11]; /* t5 */
  uint16_t* restrict b71 = (uint16_t*)buffers[71]; /* t108 */
  float* restrict b73 = (float*)buffers[73]; /* grad.conv1.W */
  #pragma omp parallel for schedule(static)
  for (int64_t i_k = 0; i_k < s_F; i_k++) {
    for (int64_t i_c = 0; i_c < 64; i_c++) {
      b73[(i_k * 64 + i_c)] = 0.0f;
    }
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = gnnc_f16_to_f32(b11[(i_r * s_F + i_k)]);
      if (f_a != 0.0f) {
        for (int64_t i_c = 0; i_c < 64; i_c++) {
          b73[(i_k * 64 + i_c)] = (b73[(i_k * 64 + i_c)] + (f_a * gnnc_f16_to_f32(b71[(i_r * 64 + i_c)])));
        }
      }
    }
  }
}
