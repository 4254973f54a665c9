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
/* element-wise functions (from the op table) */
GNNC_INLINE float gnnc_leaky_relu(float x, float slope) { return x > 0.0f ? x : slope * x; }
GNNC_INLINE float gnnc_leaky_relu_grad(float g, float x, float slope) { return x > 0.0f ? g : slope * g; }
GNNC_INLINE float gnnc_elu(float x, float alpha) { return x > 0.0f ? x : alpha * (expf(x) - 1.0f); }
GNNC_INLINE float gnnc_elu_grad(float g, float x, float alpha) { return x > 0.0f ? g : g * alpha * expf(x); }
GNNC_INLINE float gnnc_exp(float x) { return expf(x); }
GNNC_INLINE float gnnc_log(float x) { return logf(x); }
/* program GAT: 76 buffers, 42 kernels */

/* convert | convert */
extern "C" __global__ void k0_convert(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b6 = (float*)buffers[6]; /* conv1.W */
  uint16_t* __restrict__ b7 = (uint16_t*)buffers[7]; /* t1 */
  float* __restrict__ b8 = (float*)buffers[8]; /* conv2.W */
  uint16_t* __restrict__ b9 = (uint16_t*)buffers[9]; /* t3 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < 1; i_r += groups) {
    {
      for (int64_t i_j = 0 + lane; i_j < 64*s_F; i_j += 32) {
        b7[(i_r * 64*s_F + i_j)] = gnnc_f32_to_f16(b6[i_j]);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < 64*s_C; i_j += 32) {
        b9[(i_r * 64*s_C + i_j)] = gnnc_f32_to_f16(b8[i_j]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* dropout */
extern "C" __global__ void k2_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b10 = (uint16_t*)buffers[10]; /* x */
  uint16_t* __restrict__ b11 = (uint16_t*)buffers[11]; /* t5 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_j = 0 + lane; i_j < s_F; i_j += 32) {
      b11[(i_r * s_F + i_j)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b10[(i_r * s_F + i_j)]), seed, 0ULL, (uint64_t)((i_r * s_F + i_j)), 10066329ULL, 2.5f) : gnnc_f16_to_f32(b10[(i_r * s_F + i_j)])));
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul */
/* GEMM t9 = t5 @ t1: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k3_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b7 = (uint16_t*)buffers[7]; /* t1 */
  uint16_t* __restrict__ b11 = (uint16_t*)buffers[11]; /* t5 */
  uint16_t* __restrict__ b15 = (uint16_t*)buffers[15]; /* t9 */
  for (int64_t i_r = 0 + (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i_r < s_N; i_r += (int64_t)blockDim.x * gridDim.x) {
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
}

/* rowsum | rowsum */
extern "C" __global__ void k4_rowsum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b12 = (float*)buffers[12]; /* conv1.att_src */
  float* __restrict__ b13 = (float*)buffers[13]; /* conv1.att_dst */
  uint16_t* __restrict__ b15 = (uint16_t*)buffers[15]; /* t9 */
  float* __restrict__ b16 = (float*)buffers[16]; /* t12 */
  float* __restrict__ b17 = (float*)buffers[17]; /* t15 */
  const int64_t lane = threadIdx.x % 2;
  const unsigned lanes_mask = 0x3u << (threadIdx.x % 32 / 2 * 2);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 2;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 2;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    {
      for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        for (int64_t i_k = 0; i_k < 8; i_k++) {
          f_acc_0 = (f_acc_0 + (gnnc_f16_to_f32(b15[(i_r * 64 + (i_jv * 4 * 8 + i_k))]) * b12[(i_jv * 4 * 8 + i_k)]));
          f_acc_1 = (f_acc_1 + (gnnc_f16_to_f32(b15[(i_r * 64 + ((i_jv * 4 + 1) * 8 + i_k))]) * b12[((i_jv * 4 + 1) * 8 + i_k)]));
          f_acc_2 = (f_acc_2 + (gnnc_f16_to_f32(b15[(i_r * 64 + ((i_jv * 4 + 2) * 8 + i_k))]) * b12[((i_jv * 4 + 2) * 8 + i_k)]));
          f_acc_3 = (f_acc_3 + (gnnc_f16_to_f32(b15[(i_r * 64 + ((i_jv * 4 + 3) * 8 + i_k))]) * b12[((i_jv * 4 + 3) * 8 + i_k)]));
        }
        *(gnnc_float4*)(b16 + (i_r * 8 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        for (int64_t i_k = 0; i_k < 8; i_k++) {
          f_acc_0 = (f_acc_0 + (gnnc_f16_to_f32(b15[(i_r * 64 + (i_jv * 4 * 8 + i_k))]) * b13[(i_jv * 4 * 8 + i_k)]));
          f_acc_1 = (f_acc_1 + (gnnc_f16_to_f32(b15[(i_r * 64 + ((i_jv * 4 + 1) * 8 + i_k))]) * b13[((i_jv * 4 + 1) * 8 + i_k)]));
          f_acc_2 = (f_acc_2 + (gnnc_f16_to_f32(b15[(i_r * 64 + ((i_jv * 4 + 2) * 8 + i_k))]) * b13[((i_jv * 4 + 2) * 8 + i_k)]));
          f_acc_3 = (f_acc_3 + (gnnc_f16_to_f32(b15[(i_r * 64 + ((i_jv * 4 + 3) * 8 + i_k))]) * b13[((i_jv * 4 + 3) * 8 + i_k)]));
        }
        *(gnnc_float4*)(b17 + (i_r * 8 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* add | leaky_relu */
extern "C" __global__ void k6_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b16 = (float*)buffers[16]; /* t12 */
  float* __restrict__ b17 = (float*)buffers[17]; /* t15 */
  uint16_t* __restrict__ b18 = (uint16_t*)buffers[18]; /* t17 */
  uint16_t* __restrict__ b19 = (uint16_t*)buffers[19]; /* conv1.s */
  const int64_t lane = threadIdx.x % 2;
  const unsigned lanes_mask = 0x3u << (threadIdx.x % 32 / 2 * 2);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 2;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 2;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_E; i_r += groups) {
    {
      for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b16 + ((int64_t)b0[i_r] * 8 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b17 + ((int64_t)b1[i_r] * 8 + i_jv * 4));
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        b18[(i_r * 8 + i_jv * 4)] = gnnc_f32_to_f16((f_jvec1_0 + f_jvec2_0));
        b18[(i_r * 8 + (i_jv * 4 + 1))] = gnnc_f32_to_f16((f_jvec1_1 + f_jvec2_1));
        b18[(i_r * 8 + (i_jv * 4 + 2))] = gnnc_f32_to_f16((f_jvec1_2 + f_jvec2_2));
        b18[(i_r * 8 + (i_jv * 4 + 3))] = gnnc_f32_to_f16((f_jvec1_3 + f_jvec2_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
        b19[(i_r * 8 + i_jv * 4)] = gnnc_f32_to_f16(gnnc_leaky_relu(gnnc_f16_to_f32(b18[(i_r * 8 + i_jv * 4)]), 0.2f));
        b19[(i_r * 8 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(gnnc_leaky_relu(gnnc_f16_to_f32(b18[(i_r * 8 + (i_jv * 4 + 1))]), 0.2f));
        b19[(i_r * 8 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(gnnc_leaky_relu(gnnc_f16_to_f32(b18[(i_r * 8 + (i_jv * 4 + 2))]), 0.2f));
        b19[(i_r * 8 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(gnnc_leaky_relu(gnnc_f16_to_f32(b18[(i_r * 8 + (i_jv * 4 + 3))]), 0.2f));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* edge_softmax */
extern "C" __global__ void k8_edge_softmax(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  uint16_t* __restrict__ b19 = (uint16_t*)buffers[19]; /* conv1.s */
  uint16_t* __restrict__ b20 = (uint16_t*)buffers[20]; /* t19 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 8; i_j++) {
      float f_top = (-INFINITY);
      {
        float f_top_lane1 = (-INFINITY);
        for (int64_t i_q = i_start + lane; i_q < i_end; i_q += 32) {
          int64_t i_e = (int64_t)b3[i_q];
          f_top_lane1 = fmaxf(f_top_lane1, gnnc_f16_to_f32(b19[(i_e * 8 + i_j)]));
        }
        f_top = fmaxf(f_top, gnnc_group_max(f_top_lane1, lanes_mask, 32));
      }
      float f_total = 0.0f;
      {
        float f_total_lane2 = 0.0f;
        for (int64_t i_q = i_start + lane; i_q < i_end; i_q += 32) {
          int64_t i_e = (int64_t)b3[i_q];
          f_total_lane2 = (f_total_lane2 + gnnc_exp((gnnc_f16_to_f32(b19[(i_e * 8 + i_j)]) - f_top)));
        }
        f_total = (f_total + gnnc_group_sum(f_total_lane2, lanes_mask, 32));
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        if (lane == 0) {
          b20[(i_e * 8 + i_j)] = gnnc_f32_to_f16((gnnc_exp((gnnc_f16_to_f32(b19[(i_e * 8 + i_j)]) - f_top)) / f_total));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* dropout */
extern "C" __global__ void k9_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b20 = (uint16_t*)buffers[20]; /* t19 */
  uint16_t* __restrict__ b21 = (uint16_t*)buffers[21]; /* conv1.a */
  const int64_t lane = threadIdx.x % 2;
  const unsigned lanes_mask = 0x3u << (threadIdx.x % 32 / 2 * 2);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 2;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 2;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_E; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
      b21[(i_r * 8 + i_jv * 4)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b20[(i_r * 8 + i_jv * 4)]), seed, 1ULL, (uint64_t)((i_r * 8 + i_jv * 4)), 10066329ULL, 2.5f) : gnnc_f16_to_f32(b20[(i_r * 8 + i_jv * 4)])));
      b21[(i_r * 8 + (i_jv * 4 + 1))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b20[(i_r * 8 + (i_jv * 4 + 1))]), seed, 1ULL, (uint64_t)((i_r * 8 + (i_jv * 4 + 1))), 10066329ULL, 2.5f) : gnnc_f16_to_f32(b20[(i_r * 8 + (i_jv * 4 + 1))])));
      b21[(i_r * 8 + (i_jv * 4 + 2))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b20[(i_r * 8 + (i_jv * 4 + 2))]), seed, 1ULL, (uint64_t)((i_r * 8 + (i_jv * 4 + 2))), 10066329ULL, 2.5f) : gnnc_f16_to_f32(b20[(i_r * 8 + (i_jv * 4 + 2))])));
      b21[(i_r * 8 + (i_jv * 4 + 3))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b20[(i_r * 8 + (i_jv * 4 + 3))]), seed, 1ULL, (uint64_t)((i_r * 8 + (i_jv * 4 + 3))), 10066329ULL, 2.5f) : gnnc_f16_to_f32(b20[(i_r * 8 + (i_jv * 4 + 3))])));
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.dst.sum | add | dropout */
extern "C" __global__ void k10_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b14 = (float*)buffers[14]; /* conv1.b */
  uint16_t* __restrict__ b15 = (uint16_t*)buffers[15]; /* t9 */
  uint16_t* __restrict__ b21 = (uint16_t*)buffers[21]; /* conv1.a */
  uint16_t* __restrict__ b22 = (uint16_t*)buffers[22]; /* t23 */
  uint16_t* __restrict__ b23 = (uint16_t*)buffers[23]; /* h1 */
  uint16_t* __restrict__ b24 = (uint16_t*)buffers[24]; /* h */
  int32_t* __restrict__ b74 = (int32_t*)buffers[74]; /* in_src */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc_0 = (f_acc_0 + (gnnc_f16_to_f32(b21[(i_e * 8 + ((i_jv * 4 / 8) % 8))]) * gnnc_f16_to_f32(b15[((int64_t)b74[i_q] * 64 + i_jv * 4)])));
          f_acc_1 = (f_acc_1 + (gnnc_f16_to_f32(b21[(i_e * 8 + (((i_jv * 4 + 1) / 8) % 8))]) * gnnc_f16_to_f32(b15[((int64_t)b74[i_q] * 64 + (i_jv * 4 + 1))])));
          f_acc_2 = (f_acc_2 + (gnnc_f16_to_f32(b21[(i_e * 8 + (((i_jv * 4 + 2) / 8) % 8))]) * gnnc_f16_to_f32(b15[((int64_t)b74[i_q] * 64 + (i_jv * 4 + 2))])));
          f_acc_3 = (f_acc_3 + (gnnc_f16_to_f32(b21[(i_e * 8 + (((i_jv * 4 + 3) / 8) % 8))]) * gnnc_f16_to_f32(b15[((int64_t)b74[i_q] * 64 + (i_jv * 4 + 3))])));
        }
        b22[(i_v * 64 + i_jv * 4)] = gnnc_f32_to_f16(f_acc_0);
        b22[(i_v * 64 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(f_acc_1);
        b22[(i_v * 64 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(f_acc_2);
        b22[(i_v * 64 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b14 + i_jv * 4);
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        b23[(i_v * 64 + i_jv * 4)] = gnnc_f32_to_f16((gnnc_f16_to_f32(b22[(i_v * 64 + i_jv * 4)]) + f_jvec1_0));
        b23[(i_v * 64 + (i_jv * 4 + 1))] = gnnc_f32_to_f16((gnnc_f16_to_f32(b22[(i_v * 64 + (i_jv * 4 + 1))]) + f_jvec1_1));
        b23[(i_v * 64 + (i_jv * 4 + 2))] = gnnc_f32_to_f16((gnnc_f16_to_f32(b22[(i_v * 64 + (i_jv * 4 + 2))]) + f_jvec1_2));
        b23[(i_v * 64 + (i_jv * 4 + 3))] = gnnc_f32_to_f16((gnnc_f16_to_f32(b22[(i_v * 64 + (i_jv * 4 + 3))]) + f_jvec1_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        b24[(i_v * 64 + i_jv * 4)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + i_jv * 4)]), 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + i_jv * 4)), 10066329ULL, 2.5f) : gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + i_jv * 4)]), 1.0f)));
        b24[(i_v * 64 + (i_jv * 4 + 1))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + (i_jv * 4 + 1))]), 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 1))), 10066329ULL, 2.5f) : gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + (i_jv * 4 + 1))]), 1.0f)));
        b24[(i_v * 64 + (i_jv * 4 + 2))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + (i_jv * 4 + 2))]), 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 2))), 10066329ULL, 2.5f) : gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + (i_jv * 4 + 2))]), 1.0f)));
        b24[(i_v * 64 + (i_jv * 4 + 3))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + (i_jv * 4 + 3))]), 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 3))), 10066329ULL, 2.5f) : gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + (i_jv * 4 + 3))]), 1.0f)));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.dst.sum | add | dropout (edges split over slots) */
extern "C" __global__ void k10_aggregate_dst_sum_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b14 = (float*)buffers[14]; /* conv1.b */
  uint16_t* __restrict__ b15 = (uint16_t*)buffers[15]; /* t9 */
  uint16_t* __restrict__ b21 = (uint16_t*)buffers[21]; /* conv1.a */
  uint16_t* __restrict__ b22 = (uint16_t*)buffers[22]; /* t23 */
  uint16_t* __restrict__ b23 = (uint16_t*)buffers[23]; /* h1 */
  uint16_t* __restrict__ b24 = (uint16_t*)buffers[24]; /* h */
  int32_t* __restrict__ b74 = (int32_t*)buffers[74]; /* in_src */
  const int64_t lane = threadIdx.x % 16;
  const int64_t slot = threadIdx.x % 32 / 16;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        {
          float f_acc_0_lane1 = 0.0f;
          float f_acc_1_lane2 = 0.0f;
          float f_acc_2_lane3 = 0.0f;
          float f_acc_3_lane4 = 0.0f;
          for (int64_t i_q = i_start + slot; i_q < i_end; i_q += 2) {
            int64_t i_e = (int64_t)b3[i_q];
            f_acc_0_lane1 = (f_acc_0_lane1 + (gnnc_f16_to_f32(b21[(i_e * 8 + ((i_jv * 4 / 8) % 8))]) * gnnc_f16_to_f32(b15[((int64_t)b74[i_q] * 64 + i_jv * 4)])));
            f_acc_1_lane2 = (f_acc_1_lane2 + (gnnc_f16_to_f32(b21[(i_e * 8 + (((i_jv * 4 + 1) / 8) % 8))]) * gnnc_f16_to_f32(b15[((int64_t)b74[i_q] * 64 + (i_jv * 4 + 1))])));
            f_acc_2_lane3 = (f_acc_2_lane3 + (gnnc_f16_to_f32(b21[(i_e * 8 + (((i_jv * 4 + 2) / 8) % 8))]) * gnnc_f16_to_f32(b15[((int64_t)b74[i_q] * 64 + (i_jv * 4 + 2))])));
            f_acc_3_lane4 = (f_acc_3_lane4 + (gnnc_f16_to_f32(b21[(i_e * 8 + (((i_jv * 4 + 3) / 8) % 8))]) * gnnc_f16_to_f32(b15[((int64_t)b74[i_q] * 64 + (i_jv * 4 + 3))])));
          }
          f_acc_0 = (f_acc_0 + gnnc_slots_sum(f_acc_0_lane1, 16));
          f_acc_1 = (f_acc_1 + gnnc_slots_sum(f_acc_1_lane2, 16));
          f_acc_2 = (f_acc_2 + gnnc_slots_sum(f_acc_2_lane3, 16));
          f_acc_3 = (f_acc_3 + gnnc_slots_sum(f_acc_3_lane4, 16));
        }
        if (slot == 0) b22[(i_v * 64 + i_jv * 4)] = gnnc_f32_to_f16(f_acc_0);
        if (slot == 0) b22[(i_v * 64 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(f_acc_1);
        if (slot == 0) b22[(i_v * 64 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(f_acc_2);
        if (slot == 0) b22[(i_v * 64 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b14 + i_jv * 4);
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        if (slot == 0) b23[(i_v * 64 + i_jv * 4)] = gnnc_f32_to_f16((gnnc_f16_to_f32(b22[(i_v * 64 + i_jv * 4)]) + f_jvec1_0));
        if (slot == 0) b23[(i_v * 64 + (i_jv * 4 + 1))] = gnnc_f32_to_f16((gnnc_f16_to_f32(b22[(i_v * 64 + (i_jv * 4 + 1))]) + f_jvec1_1));
        if (slot == 0) b23[(i_v * 64 + (i_jv * 4 + 2))] = gnnc_f32_to_f16((gnnc_f16_to_f32(b22[(i_v * 64 + (i_jv * 4 + 2))]) + f_jvec1_2));
        if (slot == 0) b23[(i_v * 64 + (i_jv * 4 + 3))] = gnnc_f32_to_f16((gnnc_f16_to_f32(b22[(i_v * 64 + (i_jv * 4 + 3))]) + f_jvec1_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        if (slot == 0) b24[(i_v * 64 + i_jv * 4)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + i_jv * 4)]), 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + i_jv * 4)), 10066329ULL, 2.5f) : gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + i_jv * 4)]), 1.0f)));
        if (slot == 0) b24[(i_v * 64 + (i_jv * 4 + 1))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + (i_jv * 4 + 1))]), 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 1))), 10066329ULL, 2.5f) : gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + (i_jv * 4 + 1))]), 1.0f)));
        if (slot == 0) b24[(i_v * 64 + (i_jv * 4 + 2))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + (i_jv * 4 + 2))]), 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 2))), 10066329ULL, 2.5f) : gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + (i_jv * 4 + 2))]), 1.0f)));
        if (slot == 0) b24[(i_v * 64 + (i_jv * 4 + 3))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + (i_jv * 4 + 3))]), 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 3))), 10066329ULL, 2.5f) : gnnc_elu(gnnc_f16_to_f32(b23[(i_v * 64 + (i_jv * 4 + 3))]), 1.0f)));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* matmul */
/* GEMM t31 = h @ t3: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k13_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b9 = (uint16_t*)buffers[9]; /* t3 */
  uint16_t* __restrict__ b24 = (uint16_t*)buffers[24]; /* h */
  uint16_t* __restrict__ b28 = (uint16_t*)buffers[28]; /* t31 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      float f_acc = 0.0f;
      for (int64_t i_k = 0; i_k < 64; i_k++) {
        float f_a = gnnc_f16_to_f32(b24[(i_r * 64 + i_k)]);
        if (f_a != 0.0f) {
          f_acc = (f_acc + (f_a * gnnc_f16_to_f32(b9[(i_k * s_C + i_c)])));
        }
      }
      b28[(i_r * s_C + i_c)] = gnnc_f32_to_f16(f_acc);
    }
    __syncwarp(lanes_mask);
  }
}

/* rowsum | rowsum */
extern "C" __global__ void k14_rowsum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b25 = (float*)buffers[25]; /* conv2.att_src */
  float* __restrict__ b26 = (float*)buffers[26]; /* conv2.att_dst */
  uint16_t* __restrict__ b28 = (uint16_t*)buffers[28]; /* t31 */
  float* __restrict__ b29 = (float*)buffers[29]; /* t34 */
  float* __restrict__ b30 = (float*)buffers[30]; /* t37 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        {
          float f_acc_lane1 = 0.0f;
          for (int64_t i_k = 0 + lane; i_k < s_C; i_k += 32) {
            f_acc_lane1 = (f_acc_lane1 + (gnnc_f16_to_f32(b28[(i_r * s_C + (i_j * s_C + i_k))]) * b25[(i_j * s_C + i_k)]));
          }
          f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
        }
        if (lane == 0) {
          b29[(i_r + i_j)] = f_acc;
        }
        __syncwarp(lanes_mask);
      }
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        {
          float f_acc_lane2 = 0.0f;
          for (int64_t i_k = 0 + lane; i_k < s_C; i_k += 32) {
            f_acc_lane2 = (f_acc_lane2 + (gnnc_f16_to_f32(b28[(i_r * s_C + (i_j * s_C + i_k))]) * b26[(i_j * s_C + i_k)]));
          }
          f_acc = (f_acc + gnnc_group_sum(f_acc_lane2, lanes_mask, 32));
        }
        if (lane == 0) {
          b30[(i_r + i_j)] = f_acc;
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add | leaky_relu */
extern "C" __global__ void k16_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b29 = (float*)buffers[29]; /* t34 */
  float* __restrict__ b30 = (float*)buffers[30]; /* t37 */
  uint16_t* __restrict__ b31 = (uint16_t*)buffers[31]; /* t39 */
  uint16_t* __restrict__ b32 = (uint16_t*)buffers[32]; /* conv2.s */
  for (int64_t i_r = 0 + (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i_r < s_E; i_r += (int64_t)blockDim.x * gridDim.x) {
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
extern "C" __global__ void k18_edge_softmax(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  uint16_t* __restrict__ b32 = (uint16_t*)buffers[32]; /* conv2.s */
  uint16_t* __restrict__ b33 = (uint16_t*)buffers[33]; /* t41 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      float f_top = (-INFINITY);
      {
        float f_top_lane1 = (-INFINITY);
        for (int64_t i_q = i_start + lane; i_q < i_end; i_q += 32) {
          int64_t i_e = (int64_t)b3[i_q];
          f_top_lane1 = fmaxf(f_top_lane1, gnnc_f16_to_f32(b32[(i_e + i_j)]));
        }
        f_top = fmaxf(f_top, gnnc_group_max(f_top_lane1, lanes_mask, 32));
      }
      float f_total = 0.0f;
      {
        float f_total_lane2 = 0.0f;
        for (int64_t i_q = i_start + lane; i_q < i_end; i_q += 32) {
          int64_t i_e = (int64_t)b3[i_q];
          f_total_lane2 = (f_total_lane2 + gnnc_exp((gnnc_f16_to_f32(b32[(i_e + i_j)]) - f_top)));
        }
        f_total = (f_total + gnnc_group_sum(f_total_lane2, lanes_mask, 32));
      }
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        if (lane == 0) {
          b33[(i_e + i_j)] = gnnc_f32_to_f16((gnnc_exp((gnnc_f16_to_f32(b32[(i_e + i_j)]) - f_top)) / f_total));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* dropout */
extern "C" __global__ void k19_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b33 = (uint16_t*)buffers[33]; /* t41 */
  uint16_t* __restrict__ b34 = (uint16_t*)buffers[34]; /* conv2.a */
  for (int64_t i_r = 0 + (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i_r < s_E; i_r += (int64_t)blockDim.x * gridDim.x) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b34[(i_r + i_j)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b33[(i_r + i_j)]), seed, 3ULL, (uint64_t)((i_r + i_j)), 10066329ULL, 2.5f) : gnnc_f16_to_f32(b33[(i_r + i_j)])));
    }
  }
}

/* aggregate.dst.sum | add */
extern "C" __global__ void k20_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b27 = (float*)buffers[27]; /* conv2.b */
  uint16_t* __restrict__ b28 = (uint16_t*)buffers[28]; /* t31 */
  uint16_t* __restrict__ b34 = (uint16_t*)buffers[34]; /* conv2.a */
  uint16_t* __restrict__ b35 = (uint16_t*)buffers[35]; /* t45 */
  uint16_t* __restrict__ b36 = (uint16_t*)buffers[36]; /* t46 */
  int32_t* __restrict__ b74 = (int32_t*)buffers[74]; /* in_src */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc = (f_acc + (gnnc_f16_to_f32(b34[i_e]) * gnnc_f16_to_f32(b28[((int64_t)b74[i_q] * s_C + i_j)])));
        }
        b35[(i_v * s_C + i_j)] = gnnc_f32_to_f16(f_acc);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b36[(i_v * s_C + i_j)] = gnnc_f32_to_f16((gnnc_f16_to_f32(b35[(i_v * s_C + i_j)]) + b27[i_j]));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* mean_heads */
extern "C" __global__ void k22_mean_heads(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b36 = (uint16_t*)buffers[36]; /* t46 */
  uint16_t* __restrict__ b37 = (uint16_t*)buffers[37]; /* t47 */
  for (int64_t i_r = 0 + (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i_r < s_C*s_N; i_r += (int64_t)blockDim.x * gridDim.x) {
    float f_acc = 0.0f;
    for (int64_t i_k = 0; i_k < 1; i_k++) {
      f_acc = (f_acc + gnnc_f16_to_f32(b36[(((i_r / s_C) + i_k) * s_C + (i_r % s_C))]));
    }
    b37[i_r] = gnnc_f32_to_f16((f_acc / (float)(1)));
  }
}

/* cross_entropy */
extern "C" __global__ void k23_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b37 = (uint16_t*)buffers[37]; /* t47 */
  int32_t* __restrict__ b38 = (int32_t*)buffers[38]; /* labels */
  float* __restrict__ b39 = (float*)buffers[39]; /* train_mask */
  float* __restrict__ b40 = (float*)buffers[40]; /* loss */
  if (blockIdx.x == 0 && threadIdx.x == 0) {
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
}

/* cross_entropy_grad */
extern "C" __global__ void k24_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b37 = (uint16_t*)buffers[37]; /* t47 */
  int32_t* __restrict__ b38 = (int32_t*)buffers[38]; /* labels */
  float* __restrict__ b39 = (float*)buffers[39]; /* train_mask */
  float* __restrict__ b41 = (float*)buffers[41]; /* t51 */
  if (blockIdx.x == 0 && threadIdx.x == 0) {
    float f_count = 0.0f;
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      f_count = (f_count + b39[i_v]);
    }
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
}

/* mul */
extern "C" __global__ void k25_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b41 = (float*)buffers[41]; /* t51 */
  float* __restrict__ b42 = (float*)buffers[42]; /* loss_scale */
  uint16_t* __restrict__ b43 = (uint16_t*)buffers[43]; /* t53 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
      b43[(i_r * s_C + i_j)] = gnnc_f32_to_f16((b41[(i_r * s_C + i_j)] * b42[0]));
    }
    __syncwarp(lanes_mask);
  }
}

/* sum_to */
extern "C" __global__ void k26_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b43 = (uint16_t*)buffers[43]; /* t53 */
  float* __restrict__ b44 = (float*)buffers[44]; /* grad.conv2.b */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < s_C; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k0 = 0 + lane; i_k0 < s_N; i_k0 += 32) {
        f_acc_lane1 = (f_acc_lane1 + gnnc_f16_to_f32(b43[(i_k0 * s_C + (i_t % s_C))]));
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b44[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* sum_to */
extern "C" __global__ void k27_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  uint16_t* __restrict__ b28 = (uint16_t*)buffers[28]; /* t31 */
  uint16_t* __restrict__ b43 = (uint16_t*)buffers[43]; /* t53 */
  float* __restrict__ b45 = (float*)buffers[45]; /* t58 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < s_E; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k2 = 0 + lane; i_k2 < s_C; i_k2 += 32) {
        f_acc_lane1 = (f_acc_lane1 + (gnnc_f16_to_f32(b43[((int64_t)b1[(i_t % s_E)] * s_C + i_k2)]) * gnnc_f16_to_f32(b28[((int64_t)b0[(i_t % s_E)] * s_C + i_k2)])));
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b45[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum */
extern "C" __global__ void k28_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  uint16_t* __restrict__ b34 = (uint16_t*)buffers[34]; /* conv2.a */
  uint16_t* __restrict__ b43 = (uint16_t*)buffers[43]; /* t53 */
  uint16_t* __restrict__ b46 = (uint16_t*)buffers[46]; /* t60 */
  int32_t* __restrict__ b75 = (int32_t*)buffers[75]; /* out_dst */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
      float f_acc = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        f_acc = (f_acc + (gnnc_f16_to_f32(b43[((int64_t)b75[i_q] * s_C + i_j)]) * gnnc_f16_to_f32(b34[i_e])));
      }
      b46[(i_v * s_C + i_j)] = gnnc_f32_to_f16(f_acc);
    }
    __syncwarp(lanes_mask);
  }
}

/* dropout */
extern "C" __global__ void k29_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b45 = (float*)buffers[45]; /* t58 */
  uint16_t* __restrict__ b47 = (uint16_t*)buffers[47]; /* t61 */
  for (int64_t i_r = 0 + (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i_r < s_E; i_r += (int64_t)blockDim.x * gridDim.x) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b47[(i_r + i_j)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(b45[(i_r + i_j)], seed, 3ULL, (uint64_t)((i_r + i_j)), 10066329ULL, 2.5f) : b45[(i_r + i_j)]));
    }
  }
}

/* aggregate.dst.sum */
extern "C" __global__ void k30_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  uint16_t* __restrict__ b33 = (uint16_t*)buffers[33]; /* t41 */
  uint16_t* __restrict__ b47 = (uint16_t*)buffers[47]; /* t61 */
  uint16_t* __restrict__ b48 = (uint16_t*)buffers[48]; /* t63 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      float f_acc = 0.0f;
      {
        float f_acc_lane1 = 0.0f;
        for (int64_t i_q = i_start + lane; i_q < i_end; i_q += 32) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc_lane1 = (f_acc_lane1 + (gnnc_f16_to_f32(b47[(i_e + i_j)]) * gnnc_f16_to_f32(b33[(i_e + i_j)])));
        }
        f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
      }
      if (lane == 0) {
        b48[(i_v + i_j)] = gnnc_f32_to_f16(f_acc);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* leaky_relu_grad */
extern "C" __global__ void k31_leaky_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  uint16_t* __restrict__ b31 = (uint16_t*)buffers[31]; /* t39 */
  uint16_t* __restrict__ b33 = (uint16_t*)buffers[33]; /* t41 */
  uint16_t* __restrict__ b47 = (uint16_t*)buffers[47]; /* t61 */
  uint16_t* __restrict__ b48 = (uint16_t*)buffers[48]; /* t63 */
  uint16_t* __restrict__ b49 = (uint16_t*)buffers[49]; /* t67 */
  for (int64_t i_r = 0 + (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i_r < s_E; i_r += (int64_t)blockDim.x * gridDim.x) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b49[(i_r + i_j)] = gnnc_f32_to_f16(gnnc_leaky_relu_grad((gnnc_f16_to_f32(b33[(i_r + i_j)]) * (gnnc_f16_to_f32(b47[(i_r + i_j)]) - gnnc_f16_to_f32(b48[((int64_t)b1[i_r] + i_j)]))), gnnc_f16_to_f32(b31[(i_r + i_j)]), 0.2f));
    }
  }
}

/* aggregate.dst.sum | broadcast_to */
extern "C" __global__ void k32_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  uint16_t* __restrict__ b49 = (uint16_t*)buffers[49]; /* t67 */
  uint16_t* __restrict__ b50 = (uint16_t*)buffers[50]; /* t68 */
  uint16_t* __restrict__ b51 = (uint16_t*)buffers[51]; /* t69 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        {
          float f_acc_lane1 = 0.0f;
          for (int64_t i_q = i_start + lane; i_q < i_end; i_q += 32) {
            int64_t i_e = (int64_t)b3[i_q];
            f_acc_lane1 = (f_acc_lane1 + gnnc_f16_to_f32(b49[(i_e + i_j)]));
          }
          f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
        }
        if (lane == 0) {
          b50[(i_v + i_j)] = gnnc_f32_to_f16(f_acc);
        }
        __syncwarp(lanes_mask);
      }
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b51[(i_v * s_C + i_j)] = gnnc_f32_to_f16(gnnc_f16_to_f32(b50[i_v]));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* sum_to */
extern "C" __global__ void k34_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b28 = (uint16_t*)buffers[28]; /* t31 */
  uint16_t* __restrict__ b51 = (uint16_t*)buffers[51]; /* t69 */
  float* __restrict__ b52 = (float*)buffers[52]; /* grad.conv2.att_dst */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < s_C; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k0 = 0 + lane; i_k0 < s_N; i_k0 += 32) {
        f_acc_lane1 = (f_acc_lane1 + (gnnc_f16_to_f32(b51[(i_k0 * s_C + (i_t % s_C))]) * gnnc_f16_to_f32(b28[(i_k0 * s_C + (i_t % s_C))])));
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b52[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum | broadcast_to | add */
extern "C" __global__ void k35_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b25 = (float*)buffers[25]; /* conv2.att_src */
  float* __restrict__ b26 = (float*)buffers[26]; /* conv2.att_dst */
  uint16_t* __restrict__ b46 = (uint16_t*)buffers[46]; /* t60 */
  uint16_t* __restrict__ b49 = (uint16_t*)buffers[49]; /* t67 */
  uint16_t* __restrict__ b51 = (uint16_t*)buffers[51]; /* t69 */
  uint16_t* __restrict__ b53 = (uint16_t*)buffers[53]; /* t74 */
  uint16_t* __restrict__ b54 = (uint16_t*)buffers[54]; /* t75 */
  uint16_t* __restrict__ b55 = (uint16_t*)buffers[55]; /* t77 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        float f_acc = 0.0f;
        {
          float f_acc_lane1 = 0.0f;
          for (int64_t i_q = i_start + lane; i_q < i_end; i_q += 32) {
            int64_t i_e = (int64_t)b5[i_q];
            f_acc_lane1 = (f_acc_lane1 + gnnc_f16_to_f32(b49[(i_e + i_j)]));
          }
          f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
        }
        if (lane == 0) {
          b53[(i_v + i_j)] = gnnc_f32_to_f16(f_acc);
        }
        __syncwarp(lanes_mask);
      }
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b54[(i_v * s_C + i_j)] = gnnc_f32_to_f16(gnnc_f16_to_f32(b53[i_v]));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b55[(i_v * s_C + i_j)] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b46[(i_v * s_C + i_j)]) + (gnnc_f16_to_f32(b51[(i_v * s_C + i_j)]) * b26[i_j])) + (gnnc_f16_to_f32(b54[(i_v * s_C + i_j)]) * b25[i_j])));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* sum_to */
extern "C" __global__ void k38_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b28 = (uint16_t*)buffers[28]; /* t31 */
  uint16_t* __restrict__ b54 = (uint16_t*)buffers[54]; /* t75 */
  float* __restrict__ b56 = (float*)buffers[56]; /* grad.conv2.att_src */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < s_C; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k0 = 0 + lane; i_k0 < s_N; i_k0 += 32) {
        f_acc_lane1 = (f_acc_lane1 + (gnnc_f16_to_f32(b54[(i_k0 * s_C + (i_t % s_C))]) * gnnc_f16_to_f32(b28[(i_k0 * s_C + (i_t % s_C))])));
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b56[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt */
/* GEMM t81 = t77 @ t3^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k39_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b9 = (uint16_t*)buffers[9]; /* t3 */
  uint16_t* __restrict__ b55 = (uint16_t*)buffers[55]; /* t77 */
  uint16_t* __restrict__ b57 = (uint16_t*)buffers[57]; /* t81 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      for (int64_t i_q = 0; i_q < s_C; i_q++) {
        f_acc_0 = (f_acc_0 + (gnnc_f16_to_f32(b55[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[(i_cv * 4 * s_C + i_q)])));
        f_acc_1 = (f_acc_1 + (gnnc_f16_to_f32(b55[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[((i_cv * 4 + 1) * s_C + i_q)])));
        f_acc_2 = (f_acc_2 + (gnnc_f16_to_f32(b55[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[((i_cv * 4 + 2) * s_C + i_q)])));
        f_acc_3 = (f_acc_3 + (gnnc_f16_to_f32(b55[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[((i_cv * 4 + 3) * s_C + i_q)])));
      }
      b57[(i_r * 64 + i_cv * 4)] = gnnc_f32_to_f16(f_acc_0);
      b57[(i_r * 64 + (i_cv * 4 + 1))] = gnnc_f32_to_f16(f_acc_1);
      b57[(i_r * 64 + (i_cv * 4 + 2))] = gnnc_f32_to_f16(f_acc_2);
      b57[(i_r * 64 + (i_cv * 4 + 3))] = gnnc_f32_to_f16(f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt (edges split over slots) */
/* GEMM t81 = t77 @ t3^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k39_matmul_nt_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b9 = (uint16_t*)buffers[9]; /* t3 */
  uint16_t* __restrict__ b55 = (uint16_t*)buffers[55]; /* t77 */
  uint16_t* __restrict__ b57 = (uint16_t*)buffers[57]; /* t81 */
  const int64_t lane = threadIdx.x % 16;
  const int64_t slot = threadIdx.x % 32 / 16;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      {
        float f_acc_0_lane1 = 0.0f;
        float f_acc_1_lane2 = 0.0f;
        float f_acc_2_lane3 = 0.0f;
        float f_acc_3_lane4 = 0.0f;
        for (int64_t i_q = 0 + slot; i_q < s_C; i_q += 2) {
          f_acc_0_lane1 = (f_acc_0_lane1 + (gnnc_f16_to_f32(b55[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[(i_cv * 4 * s_C + i_q)])));
          f_acc_1_lane2 = (f_acc_1_lane2 + (gnnc_f16_to_f32(b55[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[((i_cv * 4 + 1) * s_C + i_q)])));
          f_acc_2_lane3 = (f_acc_2_lane3 + (gnnc_f16_to_f32(b55[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[((i_cv * 4 + 2) * s_C + i_q)])));
          f_acc_3_lane4 = (f_acc_3_lane4 + (gnnc_f16_to_f32(b55[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[((i_cv * 4 + 3) * s_C + i_q)])));
        }
        f_acc_0 = (f_acc_0 + gnnc_slots_sum(f_acc_0_lane1, 16));
        f_acc_1 = (f_acc_1 + gnnc_slots_sum(f_acc_1_lane2, 16));
        f_acc_2 = (f_acc_2 + gnnc_slots_sum(f_acc_2_lane3, 16));
        f_acc_3 = (f_acc_3 + gnnc_slots_sum(f_acc_3_lane4, 16));
      }
      if (slot == 0) b57[(i_r * 64 + i_cv * 4)] = gnnc_f32_to_f16(f_acc_0);
      if (slot == 0) b57[(i_r * 64 + (i_cv * 4 + 1))] = gnnc_f32_to_f16(f_acc_1);
      if (slot == 0) b57[(i_r * 64 + (i_cv * 4 + 2))] = gnnc_f32_to_f16(f_acc_2);
      if (slot == 0) b57[(i_r * 64 + (i_cv * 4 + 3))] = gnnc_f32_to_f16(f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv2.W = h^T @ t77: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k40_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b24 = (uint16_t*)buffers[24]; /* h */
  uint16_t* __restrict__ b55 = (uint16_t*)buffers[55]; /* t77 */
  float* __restrict__ b58 = (float*)buffers[58]; /* grad.conv2.W */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < 64; i_k += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      b58[(i_k * s_C + i_c)] = 0.0f;
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = gnnc_f16_to_f32(b24[(i_r * 64 + i_k)]);
      if (f_a != 0.0f) {
        for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
          b58[(i_k * s_C + i_c)] = (b58[(i_k * s_C + i_c)] + (f_a * gnnc_f16_to_f32(b55[(i_r * s_C + i_c)])));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* elu_grad */
extern "C" __global__ void k41_elu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b23 = (uint16_t*)buffers[23]; /* h1 */
  uint16_t* __restrict__ b57 = (uint16_t*)buffers[57]; /* t81 */
  uint16_t* __restrict__ b59 = (uint16_t*)buffers[59]; /* t84 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      b59[(i_r * 64 + i_jv * 4)] = gnnc_f32_to_f16(gnnc_elu_grad((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b57[(i_r * 64 + i_jv * 4)]), seed, 2ULL, (uint64_t)((i_r * 64 + i_jv * 4)), 10066329ULL, 2.5f) : gnnc_f16_to_f32(b57[(i_r * 64 + i_jv * 4)])), gnnc_f16_to_f32(b23[(i_r * 64 + i_jv * 4)]), 1.0f));
      b59[(i_r * 64 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(gnnc_elu_grad((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b57[(i_r * 64 + (i_jv * 4 + 1))]), seed, 2ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 1))), 10066329ULL, 2.5f) : gnnc_f16_to_f32(b57[(i_r * 64 + (i_jv * 4 + 1))])), gnnc_f16_to_f32(b23[(i_r * 64 + (i_jv * 4 + 1))]), 1.0f));
      b59[(i_r * 64 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(gnnc_elu_grad((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b57[(i_r * 64 + (i_jv * 4 + 2))]), seed, 2ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 2))), 10066329ULL, 2.5f) : gnnc_f16_to_f32(b57[(i_r * 64 + (i_jv * 4 + 2))])), gnnc_f16_to_f32(b23[(i_r * 64 + (i_jv * 4 + 2))]), 1.0f));
      b59[(i_r * 64 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(gnnc_elu_grad((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b57[(i_r * 64 + (i_jv * 4 + 3))]), seed, 2ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 3))), 10066329ULL, 2.5f) : gnnc_f16_to_f32(b57[(i_r * 64 + (i_jv * 4 + 3))])), gnnc_f16_to_f32(b23[(i_r * 64 + (i_jv * 4 + 3))]), 1.0f));
    }
    __syncwarp(lanes_mask);
  }
}

/* sum_to */
extern "C" __global__ void k42_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b59 = (uint16_t*)buffers[59]; /* t84 */
  float* __restrict__ b60 = (float*)buffers[60]; /* grad.conv1.b */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < 64; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k0 = 0 + lane; i_k0 < s_N; i_k0 += 32) {
        f_acc_lane1 = (f_acc_lane1 + gnnc_f16_to_f32(b59[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))]));
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b60[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* sum_to */
extern "C" __global__ void k43_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  uint16_t* __restrict__ b15 = (uint16_t*)buffers[15]; /* t9 */
  uint16_t* __restrict__ b59 = (uint16_t*)buffers[59]; /* t84 */
  float* __restrict__ b61 = (float*)buffers[61]; /* t89 */
  const int64_t lane = threadIdx.x % 8;
  const unsigned lanes_mask = 0xffu << (threadIdx.x % 32 / 8 * 8);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 8;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 8;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < 8*s_E; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k2 = 0 + lane; i_k2 < 8; i_k2 += 8) {
        f_acc_lane1 = (f_acc_lane1 + (gnnc_f16_to_f32(b59[((int64_t)b1[((i_t / 8) % s_E)] * 64 + (i_k2 + (i_t % 8) * 8))]) * gnnc_f16_to_f32(b15[((int64_t)b0[((i_t / 8) % s_E)] * 64 + (i_k2 + (i_t % 8) * 8))])));
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 8));
    }
    if (lane == 0) {
      b61[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum */
extern "C" __global__ void k44_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  uint16_t* __restrict__ b21 = (uint16_t*)buffers[21]; /* conv1.a */
  uint16_t* __restrict__ b59 = (uint16_t*)buffers[59]; /* t84 */
  uint16_t* __restrict__ b62 = (uint16_t*)buffers[62]; /* t91 */
  int32_t* __restrict__ b75 = (int32_t*)buffers[75]; /* out_dst */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        f_acc_0 = (f_acc_0 + (gnnc_f16_to_f32(b59[((int64_t)b75[i_q] * 64 + i_jv * 4)]) * gnnc_f16_to_f32(b21[(i_e * 8 + ((i_jv * 4 / 8) % 8))])));
        f_acc_1 = (f_acc_1 + (gnnc_f16_to_f32(b59[((int64_t)b75[i_q] * 64 + (i_jv * 4 + 1))]) * gnnc_f16_to_f32(b21[(i_e * 8 + (((i_jv * 4 + 1) / 8) % 8))])));
        f_acc_2 = (f_acc_2 + (gnnc_f16_to_f32(b59[((int64_t)b75[i_q] * 64 + (i_jv * 4 + 2))]) * gnnc_f16_to_f32(b21[(i_e * 8 + (((i_jv * 4 + 2) / 8) % 8))])));
        f_acc_3 = (f_acc_3 + (gnnc_f16_to_f32(b59[((int64_t)b75[i_q] * 64 + (i_jv * 4 + 3))]) * gnnc_f16_to_f32(b21[(i_e * 8 + (((i_jv * 4 + 3) / 8) % 8))])));
      }
      b62[(i_v * 64 + i_jv * 4)] = gnnc_f32_to_f16(f_acc_0);
      b62[(i_v * 64 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(f_acc_1);
      b62[(i_v * 64 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(f_acc_2);
      b62[(i_v * 64 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum (edges split over slots) */
extern "C" __global__ void k44_aggregate_src_sum_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  uint16_t* __restrict__ b21 = (uint16_t*)buffers[21]; /* conv1.a */
  uint16_t* __restrict__ b59 = (uint16_t*)buffers[59]; /* t84 */
  uint16_t* __restrict__ b62 = (uint16_t*)buffers[62]; /* t91 */
  int32_t* __restrict__ b75 = (int32_t*)buffers[75]; /* out_dst */
  const int64_t lane = threadIdx.x % 16;
  const int64_t slot = threadIdx.x % 32 / 16;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      {
        float f_acc_0_lane1 = 0.0f;
        float f_acc_1_lane2 = 0.0f;
        float f_acc_2_lane3 = 0.0f;
        float f_acc_3_lane4 = 0.0f;
        for (int64_t i_q = i_start + slot; i_q < i_end; i_q += 2) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc_0_lane1 = (f_acc_0_lane1 + (gnnc_f16_to_f32(b59[((int64_t)b75[i_q] * 64 + i_jv * 4)]) * gnnc_f16_to_f32(b21[(i_e * 8 + ((i_jv * 4 / 8) % 8))])));
          f_acc_1_lane2 = (f_acc_1_lane2 + (gnnc_f16_to_f32(b59[((int64_t)b75[i_q] * 64 + (i_jv * 4 + 1))]) * gnnc_f16_to_f32(b21[(i_e * 8 + (((i_jv * 4 + 1) / 8) % 8))])));
          f_acc_2_lane3 = (f_acc_2_lane3 + (gnnc_f16_to_f32(b59[((int64_t)b75[i_q] * 64 + (i_jv * 4 + 2))]) * gnnc_f16_to_f32(b21[(i_e * 8 + (((i_jv * 4 + 2) / 8) % 8))])));
          f_acc_3_lane4 = (f_acc_3_lane4 + (gnnc_f16_to_f32(b59[((int64_t)b75[i_q] * 64 + (i_jv * 4 + 3))]) * gnnc_f16_to_f32(b21[(i_e * 8 + (((i_jv * 4 + 3) / 8) % 8))])));
        }
        f_acc_0 = (f_acc_0 + gnnc_slots_sum(f_acc_0_lane1, 16));
        f_acc_1 = (f_acc_1 + gnnc_slots_sum(f_acc_1_lane2, 16));
        f_acc_2 = (f_acc_2 + gnnc_slots_sum(f_acc_2_lane3, 16));
        f_acc_3 = (f_acc_3 + gnnc_slots_sum(f_acc_3_lane4, 16));
      }
      if (slot == 0) b62[(i_v * 64 + i_jv * 4)] = gnnc_f32_to_f16(f_acc_0);
      if (slot == 0) b62[(i_v * 64 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(f_acc_1);
      if (slot == 0) b62[(i_v * 64 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(f_acc_2);
      if (slot == 0) b62[(i_v * 64 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* dropout */
extern "C" __global__ void k45_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b61 = (float*)buffers[61]; /* t89 */
  uint16_t* __restrict__ b63 = (uint16_t*)buffers[63]; /* t92 */
  const int64_t lane = threadIdx.x % 2;
  const unsigned lanes_mask = 0x3u << (threadIdx.x % 32 / 2 * 2);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 2;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 2;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_E; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b61 + (i_r * 8 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      b63[(i_r * 8 + i_jv * 4)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(f_jvec1_0, seed, 1ULL, (uint64_t)((i_r * 8 + i_jv * 4)), 10066329ULL, 2.5f) : f_jvec1_0));
      b63[(i_r * 8 + (i_jv * 4 + 1))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(f_jvec1_1, seed, 1ULL, (uint64_t)((i_r * 8 + (i_jv * 4 + 1))), 10066329ULL, 2.5f) : f_jvec1_1));
      b63[(i_r * 8 + (i_jv * 4 + 2))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(f_jvec1_2, seed, 1ULL, (uint64_t)((i_r * 8 + (i_jv * 4 + 2))), 10066329ULL, 2.5f) : f_jvec1_2));
      b63[(i_r * 8 + (i_jv * 4 + 3))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(f_jvec1_3, seed, 1ULL, (uint64_t)((i_r * 8 + (i_jv * 4 + 3))), 10066329ULL, 2.5f) : f_jvec1_3));
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.dst.sum */
extern "C" __global__ void k46_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  uint16_t* __restrict__ b20 = (uint16_t*)buffers[20]; /* t19 */
  uint16_t* __restrict__ b63 = (uint16_t*)buffers[63]; /* t92 */
  uint16_t* __restrict__ b64 = (uint16_t*)buffers[64]; /* t94 */
  const int64_t lane = threadIdx.x % 2;
  const unsigned lanes_mask = 0x3u << (threadIdx.x % 32 / 2 * 2);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 2;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 2;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        f_acc_0 = (f_acc_0 + (gnnc_f16_to_f32(b63[(i_e * 8 + i_jv * 4)]) * gnnc_f16_to_f32(b20[(i_e * 8 + i_jv * 4)])));
        f_acc_1 = (f_acc_1 + (gnnc_f16_to_f32(b63[(i_e * 8 + (i_jv * 4 + 1))]) * gnnc_f16_to_f32(b20[(i_e * 8 + (i_jv * 4 + 1))])));
        f_acc_2 = (f_acc_2 + (gnnc_f16_to_f32(b63[(i_e * 8 + (i_jv * 4 + 2))]) * gnnc_f16_to_f32(b20[(i_e * 8 + (i_jv * 4 + 2))])));
        f_acc_3 = (f_acc_3 + (gnnc_f16_to_f32(b63[(i_e * 8 + (i_jv * 4 + 3))]) * gnnc_f16_to_f32(b20[(i_e * 8 + (i_jv * 4 + 3))])));
      }
      b64[(i_v * 8 + i_jv * 4)] = gnnc_f32_to_f16(f_acc_0);
      b64[(i_v * 8 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(f_acc_1);
      b64[(i_v * 8 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(f_acc_2);
      b64[(i_v * 8 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.dst.sum (edges split over slots) */
extern "C" __global__ void k46_aggregate_dst_sum_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  uint16_t* __restrict__ b20 = (uint16_t*)buffers[20]; /* t19 */
  uint16_t* __restrict__ b63 = (uint16_t*)buffers[63]; /* t92 */
  uint16_t* __restrict__ b64 = (uint16_t*)buffers[64]; /* t94 */
  const int64_t lane = threadIdx.x % 2;
  const int64_t slot = threadIdx.x % 32 / 2;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      {
        float f_acc_0_lane1 = 0.0f;
        float f_acc_1_lane2 = 0.0f;
        float f_acc_2_lane3 = 0.0f;
        float f_acc_3_lane4 = 0.0f;
        for (int64_t i_q = i_start + slot; i_q < i_end; i_q += 16) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc_0_lane1 = (f_acc_0_lane1 + (gnnc_f16_to_f32(b63[(i_e * 8 + i_jv * 4)]) * gnnc_f16_to_f32(b20[(i_e * 8 + i_jv * 4)])));
          f_acc_1_lane2 = (f_acc_1_lane2 + (gnnc_f16_to_f32(b63[(i_e * 8 + (i_jv * 4 + 1))]) * gnnc_f16_to_f32(b20[(i_e * 8 + (i_jv * 4 + 1))])));
          f_acc_2_lane3 = (f_acc_2_lane3 + (gnnc_f16_to_f32(b63[(i_e * 8 + (i_jv * 4 + 2))]) * gnnc_f16_to_f32(b20[(i_e * 8 + (i_jv * 4 + 2))])));
          f_acc_3_lane4 = (f_acc_3_lane4 + (gnnc_f16_to_f32(b63[(i_e * 8 + (i_jv * 4 + 3))]) * gnnc_f16_to_f32(b20[(i_e * 8 + (i_jv * 4 + 3))])));
        }
        f_acc_0 = (f_acc_0 + gnnc_slots_sum(f_acc_0_lane1, 2));
        f_acc_1 = (f_acc_1 + gnnc_slots_sum(f_acc_1_lane2, 2));
        f_acc_2 = (f_acc_2 + gnnc_slots_sum(f_acc_2_lane3, 2));
        f_acc_3 = (f_acc_3 + gnnc_slots_sum(f_acc_3_lane4, 2));
      }
      if (slot == 0) b64[(i_v * 8 + i_jv * 4)] = gnnc_f32_to_f16(f_acc_0);
      if (slot == 0) b64[(i_v * 8 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(f_acc_1);
      if (slot == 0) b64[(i_v * 8 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(f_acc_2);
      if (slot == 0) b64[(i_v * 8 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* leaky_relu_grad */
extern "C" __global__ void k47_leaky_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  uint16_t* __restrict__ b18 = (uint16_t*)buffers[18]; /* t17 */
  uint16_t* __restrict__ b20 = (uint16_t*)buffers[20]; /* t19 */
  uint16_t* __restrict__ b63 = (uint16_t*)buffers[63]; /* t92 */
  uint16_t* __restrict__ b64 = (uint16_t*)buffers[64]; /* t94 */
  uint16_t* __restrict__ b65 = (uint16_t*)buffers[65]; /* t98 */
  const int64_t lane = threadIdx.x % 2;
  const unsigned lanes_mask = 0x3u << (threadIdx.x % 32 / 2 * 2);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 2;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 2;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_E; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
      b65[(i_r * 8 + i_jv * 4)] = gnnc_f32_to_f16(gnnc_leaky_relu_grad((gnnc_f16_to_f32(b20[(i_r * 8 + i_jv * 4)]) * (gnnc_f16_to_f32(b63[(i_r * 8 + i_jv * 4)]) - gnnc_f16_to_f32(b64[((int64_t)b1[i_r] * 8 + i_jv * 4)]))), gnnc_f16_to_f32(b18[(i_r * 8 + i_jv * 4)]), 0.2f));
      b65[(i_r * 8 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(gnnc_leaky_relu_grad((gnnc_f16_to_f32(b20[(i_r * 8 + (i_jv * 4 + 1))]) * (gnnc_f16_to_f32(b63[(i_r * 8 + (i_jv * 4 + 1))]) - gnnc_f16_to_f32(b64[((int64_t)b1[i_r] * 8 + (i_jv * 4 + 1))]))), gnnc_f16_to_f32(b18[(i_r * 8 + (i_jv * 4 + 1))]), 0.2f));
      b65[(i_r * 8 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(gnnc_leaky_relu_grad((gnnc_f16_to_f32(b20[(i_r * 8 + (i_jv * 4 + 2))]) * (gnnc_f16_to_f32(b63[(i_r * 8 + (i_jv * 4 + 2))]) - gnnc_f16_to_f32(b64[((int64_t)b1[i_r] * 8 + (i_jv * 4 + 2))]))), gnnc_f16_to_f32(b18[(i_r * 8 + (i_jv * 4 + 2))]), 0.2f));
      b65[(i_r * 8 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(gnnc_leaky_relu_grad((gnnc_f16_to_f32(b20[(i_r * 8 + (i_jv * 4 + 3))]) * (gnnc_f16_to_f32(b63[(i_r * 8 + (i_jv * 4 + 3))]) - gnnc_f16_to_f32(b64[((int64_t)b1[i_r] * 8 + (i_jv * 4 + 3))]))), gnnc_f16_to_f32(b18[(i_r * 8 + (i_jv * 4 + 3))]), 0.2f));
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.dst.sum | broadcast_to */
extern "C" __global__ void k48_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  uint16_t* __restrict__ b65 = (uint16_t*)buffers[65]; /* t98 */
  uint16_t* __restrict__ b66 = (uint16_t*)buffers[66]; /* t99 */
  uint16_t* __restrict__ b67 = (uint16_t*)buffers[67]; /* t100 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 16) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          f_acc_0 = (f_acc_0 + gnnc_f16_to_f32(b65[(i_e * 8 + i_jv * 4)]));
          f_acc_1 = (f_acc_1 + gnnc_f16_to_f32(b65[(i_e * 8 + (i_jv * 4 + 1))]));
          f_acc_2 = (f_acc_2 + gnnc_f16_to_f32(b65[(i_e * 8 + (i_jv * 4 + 2))]));
          f_acc_3 = (f_acc_3 + gnnc_f16_to_f32(b65[(i_e * 8 + (i_jv * 4 + 3))]));
        }
        b66[(i_v * 8 + i_jv * 4)] = gnnc_f32_to_f16(f_acc_0);
        b66[(i_v * 8 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(f_acc_1);
        b66[(i_v * 8 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(f_acc_2);
        b66[(i_v * 8 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        b67[(i_v * 64 + i_jv * 4)] = gnnc_f32_to_f16(gnnc_f16_to_f32(b66[(i_v * 8 + ((i_jv * 4 / 8) % 8))]));
        b67[(i_v * 64 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(gnnc_f16_to_f32(b66[(i_v * 8 + (((i_jv * 4 + 1) / 8) % 8))]));
        b67[(i_v * 64 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(gnnc_f16_to_f32(b66[(i_v * 8 + (((i_jv * 4 + 2) / 8) % 8))]));
        b67[(i_v * 64 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(gnnc_f16_to_f32(b66[(i_v * 8 + (((i_jv * 4 + 3) / 8) % 8))]));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* sum_to */
extern "C" __global__ void k50_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b15 = (uint16_t*)buffers[15]; /* t9 */
  uint16_t* __restrict__ b67 = (uint16_t*)buffers[67]; /* t100 */
  float* __restrict__ b68 = (float*)buffers[68]; /* grad.conv1.att_dst */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < 64; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k0 = 0 + lane; i_k0 < s_N; i_k0 += 32) {
        f_acc_lane1 = (f_acc_lane1 + (gnnc_f16_to_f32(b67[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))]) * gnnc_f16_to_f32(b15[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))])));
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b68[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum | broadcast_to | add */
extern "C" __global__ void k51_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b12 = (float*)buffers[12]; /* conv1.att_src */
  float* __restrict__ b13 = (float*)buffers[13]; /* conv1.att_dst */
  uint16_t* __restrict__ b62 = (uint16_t*)buffers[62]; /* t91 */
  uint16_t* __restrict__ b65 = (uint16_t*)buffers[65]; /* t98 */
  uint16_t* __restrict__ b67 = (uint16_t*)buffers[67]; /* t100 */
  uint16_t* __restrict__ b69 = (uint16_t*)buffers[69]; /* t105 */
  uint16_t* __restrict__ b70 = (uint16_t*)buffers[70]; /* t106 */
  uint16_t* __restrict__ b71 = (uint16_t*)buffers[71]; /* t108 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 16) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc_0 = (f_acc_0 + gnnc_f16_to_f32(b65[(i_e * 8 + i_jv * 4)]));
          f_acc_1 = (f_acc_1 + gnnc_f16_to_f32(b65[(i_e * 8 + (i_jv * 4 + 1))]));
          f_acc_2 = (f_acc_2 + gnnc_f16_to_f32(b65[(i_e * 8 + (i_jv * 4 + 2))]));
          f_acc_3 = (f_acc_3 + gnnc_f16_to_f32(b65[(i_e * 8 + (i_jv * 4 + 3))]));
        }
        b69[(i_v * 8 + i_jv * 4)] = gnnc_f32_to_f16(f_acc_0);
        b69[(i_v * 8 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(f_acc_1);
        b69[(i_v * 8 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(f_acc_2);
        b69[(i_v * 8 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        b70[(i_v * 64 + i_jv * 4)] = gnnc_f32_to_f16(gnnc_f16_to_f32(b69[(i_v * 8 + ((i_jv * 4 / 8) % 8))]));
        b70[(i_v * 64 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(gnnc_f16_to_f32(b69[(i_v * 8 + (((i_jv * 4 + 1) / 8) % 8))]));
        b70[(i_v * 64 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(gnnc_f16_to_f32(b69[(i_v * 8 + (((i_jv * 4 + 2) / 8) % 8))]));
        b70[(i_v * 64 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(gnnc_f16_to_f32(b69[(i_v * 8 + (((i_jv * 4 + 3) / 8) % 8))]));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b13 + i_jv * 4);
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b12 + i_jv * 4);
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        b71[(i_v * 64 + i_jv * 4)] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b62[(i_v * 64 + i_jv * 4)]) + (gnnc_f16_to_f32(b67[(i_v * 64 + i_jv * 4)]) * f_jvec1_0)) + (gnnc_f16_to_f32(b70[(i_v * 64 + i_jv * 4)]) * f_jvec2_0)));
        b71[(i_v * 64 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b62[(i_v * 64 + (i_jv * 4 + 1))]) + (gnnc_f16_to_f32(b67[(i_v * 64 + (i_jv * 4 + 1))]) * f_jvec1_1)) + (gnnc_f16_to_f32(b70[(i_v * 64 + (i_jv * 4 + 1))]) * f_jvec2_1)));
        b71[(i_v * 64 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b62[(i_v * 64 + (i_jv * 4 + 2))]) + (gnnc_f16_to_f32(b67[(i_v * 64 + (i_jv * 4 + 2))]) * f_jvec1_2)) + (gnnc_f16_to_f32(b70[(i_v * 64 + (i_jv * 4 + 2))]) * f_jvec2_2)));
        b71[(i_v * 64 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b62[(i_v * 64 + (i_jv * 4 + 3))]) + (gnnc_f16_to_f32(b67[(i_v * 64 + (i_jv * 4 + 3))]) * f_jvec1_3)) + (gnnc_f16_to_f32(b70[(i_v * 64 + (i_jv * 4 + 3))]) * f_jvec2_3)));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* sum_to */
extern "C" __global__ void k54_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b15 = (uint16_t*)buffers[15]; /* t9 */
  uint16_t* __restrict__ b70 = (uint16_t*)buffers[70]; /* t106 */
  float* __restrict__ b72 = (float*)buffers[72]; /* grad.conv1.att_src */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < 64; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k0 = 0 + lane; i_k0 < s_N; i_k0 += 32) {
        f_acc_lane1 = (f_acc_lane1 + (gnnc_f16_to_f32(b70[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))]) * gnnc_f16_to_f32(b15[(i_k0 * 64 + ((i_t % 8) + ((i_t / 8) % 8) * 8))])));
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b72[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv1.W = t5^T @ t108: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k55_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b11 = (uint16_t*)buffers[11]; /* t5 */
  uint16_t* __restrict__ b71 = (uint16_t*)buffers[71]; /* t108 */
  float* __restrict__ b73 = (float*)buffers[73]; /* grad.conv1.W */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < s_F; i_k += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b73 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = gnnc_f16_to_f32(b11[(i_r * s_F + i_k)]);
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b73 + (i_k * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          *(gnnc_float4*)(b73 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * gnnc_f16_to_f32(b71[(i_r * 64 + i_cv * 4)]))), (f_cvec1_1 + (f_a * gnnc_f16_to_f32(b71[(i_r * 64 + (i_cv * 4 + 1))]))), (f_cvec1_2 + (f_a * gnnc_f16_to_f32(b71[(i_r * 64 + (i_cv * 4 + 2))]))), (f_cvec1_3 + (f_a * gnnc_f16_to_f32(b71[(i_r * 64 + (i_cv * 4 + 3))]))));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}
