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
