/* gnnc CUDA prelude: scalar helpers and the dropout hash (see GNNIR DropoutMask). */
typedef long long int64_t;
typedef unsigned long long uint64_t;
typedef int int32_t;
typedef unsigned short uint16_t;
#define INFINITY __int_as_float(0x7f800000)
#define NAN __int_as_float(0x7fffffff)
#define GNNC_INLINE static __device__ __forceinline__

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
struct __attribute__((aligned(16))) gnnc_float4 { float x, y, z, w; };
GNNC_INLINE gnnc_float4 gnnc_make_float4(float x, float y, float z, float w) {
  gnnc_float4 v; v.x = x; v.y = y; v.z = z; v.w = w; return v;
}
GNNC_INLINE float gnnc_group_sum(float x, unsigned mask, int lanes) {
  for (int m = lanes / 2; m >= 1; m >>= 1) x += __shfl_xor_sync(mask, x, m, lanes);
  return x;
}
GNNC_INLINE float gnnc_group_max(float x, unsigned mask, int lanes) {
  for (int m = lanes / 2; m >= 1; m >>= 1) x = fmaxf(x, __shfl_xor_sync(mask, x, m, lanes));
  return x;
}
/* Across the edge slots of a warp-wide row (lane = slot * lanes + feature lane). */
GNNC_INLINE float gnnc_slots_sum(float x, int lanes) {
  for (int m = 16; m >= lanes; m >>= 1) x += __shfl_xor_sync(0xffffffffu, x, m);
  return x;
}
GNNC_INLINE float gnnc_slots_max(float x, int lanes) {
  for (int m = 16; m >= lanes; m >>= 1) x = fmaxf(x, __shfl_xor_sync(0xffffffffu, x, m));
  return x;
}
GNNC_INLINE float gnnc_atomic_add(float* p, float x) { return atomicAdd(p, x); }
GNNC_INLINE float gnnc_atomic_max(float* p, float x) {
  /* Non-negative floats order like their signed bits, negative ones in reverse like unsigned. */
  return x >= 0.0f ? __int_as_float(atomicMax((int*)p, __float_as_int(x)))
                   : __uint_as_float(atomicMin((unsigned int*)p, __float_as_uint(x)));
}
GNNC_INLINE float gnnc_f16_to_f32(uint16_t h) {
  float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f;
}
GNNC_INLINE uint16_t gnnc_f32_to_f16(float f) {
  uint16_t h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h;
}
GNNC_INLINE float gnnc_bf16_to_f32(uint16_t h) { return __uint_as_float(((unsigned int)h) << 16); }
GNNC_INLINE uint16_t gnnc_f32_to_bf16(float f) {
#if __CUDA_ARCH__ >= 800
  uint16_t h; asm("cvt.rn.bf16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h;
#else
  unsigned int u = __float_as_uint(f);
  if ((u & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((u >> 16) | 0x40u); /* NaN stays NaN */
  return (uint16_t)((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
#endif
}
