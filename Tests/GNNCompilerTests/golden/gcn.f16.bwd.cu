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
GNNC_INLINE float gnnc_relu(float x) { return x > 0.0f ? x : 0.0f; }
GNNC_INLINE float gnnc_relu_grad(float g, float x) { return x > 0.0f ? g : 0.0f; }
GNNC_INLINE float gnnc_exp(float x) { return expf(x); }
GNNC_INLINE float gnnc_log(float x) { return logf(x); }
GNNC_INLINE float gnnc_rsqrt(float x) { return 1.0f / sqrtf(x); }
/* program GCN: 43 buffers, 21 kernels */

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
      for (int64_t i_j = 0 + lane; i_j < 16*s_F; i_j += 32) {
        b7[(i_r * 16*s_F + i_j)] = gnnc_f32_to_f16(b6[i_j]);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < 16*s_C; i_j += 32) {
        b9[(i_r * 16*s_C + i_j)] = gnnc_f32_to_f16(b8[i_j]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* in_degree | rsqrt | dropout */
extern "C" __global__ void k2_in_degree(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b10 = (float*)buffers[10]; /* t4 */
  float* __restrict__ b11 = (float*)buffers[11]; /* conv1.dn */
  uint16_t* __restrict__ b12 = (uint16_t*)buffers[12]; /* x */
  uint16_t* __restrict__ b13 = (uint16_t*)buffers[13]; /* t8 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      if (lane == 0) {
        b10[i_v] = (float)(((int64_t)b2[(i_v + 1)] + (int64_t)b2[i_v] * -1));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        if (lane == 0) {
          b11[(i_v + i_j)] = gnnc_rsqrt(b10[(i_v + i_j)]);
        }
        __syncwarp(lanes_mask);
      }
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_F; i_j += 32) {
        b13[(i_v * s_F + i_j)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b12[(i_v * s_F + i_j)]), seed, 0ULL, (uint64_t)((i_v * s_F + i_j)), 8388608ULL, 2.0f) : gnnc_f16_to_f32(b12[(i_v * s_F + i_j)])));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* matmul */
/* GEMM t10 = t8 @ t1: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k5_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b7 = (uint16_t*)buffers[7]; /* t1 */
  uint16_t* __restrict__ b13 = (uint16_t*)buffers[13]; /* t8 */
  uint16_t* __restrict__ b15 = (uint16_t*)buffers[15]; /* t10 */
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
    for (int64_t i_k = 0; i_k < s_F; i_k++) {
      float f_a = gnnc_f16_to_f32(b13[(i_r * s_F + i_k)]);
      if (f_a != 0.0f) {
        f_acc0 = (f_acc0 + (f_a * gnnc_f16_to_f32(b7[i_k * 16])));
        f_acc1 = (f_acc1 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 1)])));
        f_acc2 = (f_acc2 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 2)])));
        f_acc3 = (f_acc3 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 3)])));
        f_acc4 = (f_acc4 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 4)])));
        f_acc5 = (f_acc5 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 5)])));
        f_acc6 = (f_acc6 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 6)])));
        f_acc7 = (f_acc7 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 7)])));
        f_acc8 = (f_acc8 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 8)])));
        f_acc9 = (f_acc9 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 9)])));
        f_acc10 = (f_acc10 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 10)])));
        f_acc11 = (f_acc11 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 11)])));
        f_acc12 = (f_acc12 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 12)])));
        f_acc13 = (f_acc13 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 13)])));
        f_acc14 = (f_acc14 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 14)])));
        f_acc15 = (f_acc15 + (f_a * gnnc_f16_to_f32(b7[(i_k * 16 + 15)])));
      }
    }
    b15[i_r * 16] = gnnc_f32_to_f16(f_acc0);
    b15[(i_r * 16 + 1)] = gnnc_f32_to_f16(f_acc1);
    b15[(i_r * 16 + 2)] = gnnc_f32_to_f16(f_acc2);
    b15[(i_r * 16 + 3)] = gnnc_f32_to_f16(f_acc3);
    b15[(i_r * 16 + 4)] = gnnc_f32_to_f16(f_acc4);
    b15[(i_r * 16 + 5)] = gnnc_f32_to_f16(f_acc5);
    b15[(i_r * 16 + 6)] = gnnc_f32_to_f16(f_acc6);
    b15[(i_r * 16 + 7)] = gnnc_f32_to_f16(f_acc7);
    b15[(i_r * 16 + 8)] = gnnc_f32_to_f16(f_acc8);
    b15[(i_r * 16 + 9)] = gnnc_f32_to_f16(f_acc9);
    b15[(i_r * 16 + 10)] = gnnc_f32_to_f16(f_acc10);
    b15[(i_r * 16 + 11)] = gnnc_f32_to_f16(f_acc11);
    b15[(i_r * 16 + 12)] = gnnc_f32_to_f16(f_acc12);
    b15[(i_r * 16 + 13)] = gnnc_f32_to_f16(f_acc13);
    b15[(i_r * 16 + 14)] = gnnc_f32_to_f16(f_acc14);
    b15[(i_r * 16 + 15)] = gnnc_f32_to_f16(f_acc15);
  }
}

/* mul */
extern "C" __global__ void k6_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b11 = (float*)buffers[11]; /* conv1.dn */
  uint16_t* __restrict__ b15 = (uint16_t*)buffers[15]; /* t10 */
  uint16_t* __restrict__ b16 = (uint16_t*)buffers[16]; /* t11 */
  const int64_t lane = threadIdx.x % 4;
  const unsigned lanes_mask = 0xfu << (threadIdx.x % 32 / 4 * 4);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 4;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 4;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 4; i_jv += 4) {
      b16[(i_r * 16 + i_jv * 4)] = gnnc_f32_to_f16((gnnc_f16_to_f32(b15[(i_r * 16 + i_jv * 4)]) * b11[i_r]));
      b16[(i_r * 16 + (i_jv * 4 + 1))] = gnnc_f32_to_f16((gnnc_f16_to_f32(b15[(i_r * 16 + (i_jv * 4 + 1))]) * b11[i_r]));
      b16[(i_r * 16 + (i_jv * 4 + 2))] = gnnc_f32_to_f16((gnnc_f16_to_f32(b15[(i_r * 16 + (i_jv * 4 + 2))]) * b11[i_r]));
      b16[(i_r * 16 + (i_jv * 4 + 3))] = gnnc_f32_to_f16((gnnc_f16_to_f32(b15[(i_r * 16 + (i_jv * 4 + 3))]) * b11[i_r]));
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.dst.sum | add | dropout */
extern "C" __global__ void k7_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b11 = (float*)buffers[11]; /* conv1.dn */
  float* __restrict__ b14 = (float*)buffers[14]; /* conv1.b */
  uint16_t* __restrict__ b16 = (uint16_t*)buffers[16]; /* t11 */
  uint16_t* __restrict__ b17 = (uint16_t*)buffers[17]; /* conv1.agg */
  uint16_t* __restrict__ b18 = (uint16_t*)buffers[18]; /* t15 */
  uint16_t* __restrict__ b19 = (uint16_t*)buffers[19]; /* h */
  int32_t* __restrict__ b41 = (int32_t*)buffers[41]; /* in_src */
  const int64_t lane = threadIdx.x % 4;
  const unsigned lanes_mask = 0xfu << (threadIdx.x % 32 / 4 * 4);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 4;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 4;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 4; i_jv += 4) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          f_acc_0 = (f_acc_0 + gnnc_f16_to_f32(b16[((int64_t)b41[i_q] * 16 + i_jv * 4)]));
          f_acc_1 = (f_acc_1 + gnnc_f16_to_f32(b16[((int64_t)b41[i_q] * 16 + (i_jv * 4 + 1))]));
          f_acc_2 = (f_acc_2 + gnnc_f16_to_f32(b16[((int64_t)b41[i_q] * 16 + (i_jv * 4 + 2))]));
          f_acc_3 = (f_acc_3 + gnnc_f16_to_f32(b16[((int64_t)b41[i_q] * 16 + (i_jv * 4 + 3))]));
        }
        b17[(i_v * 16 + i_jv * 4)] = gnnc_f32_to_f16(f_acc_0);
        b17[(i_v * 16 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(f_acc_1);
        b17[(i_v * 16 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(f_acc_2);
        b17[(i_v * 16 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 4; i_jv += 4) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b14 + i_jv * 4);
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        b18[(i_v * 16 + i_jv * 4)] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b17[(i_v * 16 + i_jv * 4)]) * b11[i_v]) + f_jvec1_0));
        b18[(i_v * 16 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b17[(i_v * 16 + (i_jv * 4 + 1))]) * b11[i_v]) + f_jvec1_1));
        b18[(i_v * 16 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b17[(i_v * 16 + (i_jv * 4 + 2))]) * b11[i_v]) + f_jvec1_2));
        b18[(i_v * 16 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b17[(i_v * 16 + (i_jv * 4 + 3))]) * b11[i_v]) + f_jvec1_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 4; i_jv += 4) {
        b19[(i_v * 16 + i_jv * 4)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + i_jv * 4)])), seed, 1ULL, (uint64_t)((i_v * 16 + i_jv * 4)), 8388608ULL, 2.0f) : gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + i_jv * 4)]))));
        b19[(i_v * 16 + (i_jv * 4 + 1))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + (i_jv * 4 + 1))])), seed, 1ULL, (uint64_t)((i_v * 16 + (i_jv * 4 + 1))), 8388608ULL, 2.0f) : gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + (i_jv * 4 + 1))]))));
        b19[(i_v * 16 + (i_jv * 4 + 2))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + (i_jv * 4 + 2))])), seed, 1ULL, (uint64_t)((i_v * 16 + (i_jv * 4 + 2))), 8388608ULL, 2.0f) : gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + (i_jv * 4 + 2))]))));
        b19[(i_v * 16 + (i_jv * 4 + 3))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + (i_jv * 4 + 3))])), seed, 1ULL, (uint64_t)((i_v * 16 + (i_jv * 4 + 3))), 8388608ULL, 2.0f) : gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + (i_jv * 4 + 3))]))));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.dst.sum | add | dropout (edges split over slots) */
extern "C" __global__ void k7_aggregate_dst_sum_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b11 = (float*)buffers[11]; /* conv1.dn */
  float* __restrict__ b14 = (float*)buffers[14]; /* conv1.b */
  uint16_t* __restrict__ b16 = (uint16_t*)buffers[16]; /* t11 */
  uint16_t* __restrict__ b17 = (uint16_t*)buffers[17]; /* conv1.agg */
  uint16_t* __restrict__ b18 = (uint16_t*)buffers[18]; /* t15 */
  uint16_t* __restrict__ b19 = (uint16_t*)buffers[19]; /* h */
  int32_t* __restrict__ b41 = (int32_t*)buffers[41]; /* in_src */
  const int64_t lane = threadIdx.x % 4;
  const int64_t slot = threadIdx.x % 32 / 4;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 4; i_jv += 4) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        {
          float f_acc_0_lane1 = 0.0f;
          float f_acc_1_lane2 = 0.0f;
          float f_acc_2_lane3 = 0.0f;
          float f_acc_3_lane4 = 0.0f;
          for (int64_t i_q = i_start + slot; i_q < i_end; i_q += 8) {
            f_acc_0_lane1 = (f_acc_0_lane1 + gnnc_f16_to_f32(b16[((int64_t)b41[i_q] * 16 + i_jv * 4)]));
            f_acc_1_lane2 = (f_acc_1_lane2 + gnnc_f16_to_f32(b16[((int64_t)b41[i_q] * 16 + (i_jv * 4 + 1))]));
            f_acc_2_lane3 = (f_acc_2_lane3 + gnnc_f16_to_f32(b16[((int64_t)b41[i_q] * 16 + (i_jv * 4 + 2))]));
            f_acc_3_lane4 = (f_acc_3_lane4 + gnnc_f16_to_f32(b16[((int64_t)b41[i_q] * 16 + (i_jv * 4 + 3))]));
          }
          f_acc_0 = (f_acc_0 + gnnc_slots_sum(f_acc_0_lane1, 4));
          f_acc_1 = (f_acc_1 + gnnc_slots_sum(f_acc_1_lane2, 4));
          f_acc_2 = (f_acc_2 + gnnc_slots_sum(f_acc_2_lane3, 4));
          f_acc_3 = (f_acc_3 + gnnc_slots_sum(f_acc_3_lane4, 4));
        }
        if (slot == 0) b17[(i_v * 16 + i_jv * 4)] = gnnc_f32_to_f16(f_acc_0);
        if (slot == 0) b17[(i_v * 16 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(f_acc_1);
        if (slot == 0) b17[(i_v * 16 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(f_acc_2);
        if (slot == 0) b17[(i_v * 16 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 4; i_jv += 4) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b14 + i_jv * 4);
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        if (slot == 0) b18[(i_v * 16 + i_jv * 4)] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b17[(i_v * 16 + i_jv * 4)]) * b11[i_v]) + f_jvec1_0));
        if (slot == 0) b18[(i_v * 16 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b17[(i_v * 16 + (i_jv * 4 + 1))]) * b11[i_v]) + f_jvec1_1));
        if (slot == 0) b18[(i_v * 16 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b17[(i_v * 16 + (i_jv * 4 + 2))]) * b11[i_v]) + f_jvec1_2));
        if (slot == 0) b18[(i_v * 16 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b17[(i_v * 16 + (i_jv * 4 + 3))]) * b11[i_v]) + f_jvec1_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 4; i_jv += 4) {
        if (slot == 0) b19[(i_v * 16 + i_jv * 4)] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + i_jv * 4)])), seed, 1ULL, (uint64_t)((i_v * 16 + i_jv * 4)), 8388608ULL, 2.0f) : gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + i_jv * 4)]))));
        if (slot == 0) b19[(i_v * 16 + (i_jv * 4 + 1))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + (i_jv * 4 + 1))])), seed, 1ULL, (uint64_t)((i_v * 16 + (i_jv * 4 + 1))), 8388608ULL, 2.0f) : gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + (i_jv * 4 + 1))]))));
        if (slot == 0) b19[(i_v * 16 + (i_jv * 4 + 2))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + (i_jv * 4 + 2))])), seed, 1ULL, (uint64_t)((i_v * 16 + (i_jv * 4 + 2))), 8388608ULL, 2.0f) : gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + (i_jv * 4 + 2))]))));
        if (slot == 0) b19[(i_v * 16 + (i_jv * 4 + 3))] = gnnc_f32_to_f16((training ? gnnc_dropout_mul(gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + (i_jv * 4 + 3))])), seed, 1ULL, (uint64_t)((i_v * 16 + (i_jv * 4 + 3))), 8388608ULL, 2.0f) : gnnc_relu(gnnc_f16_to_f32(b18[(i_v * 16 + (i_jv * 4 + 3))]))));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* matmul */
/* GEMM t19 = h @ t3: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k10_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b9 = (uint16_t*)buffers[9]; /* t3 */
  uint16_t* __restrict__ b19 = (uint16_t*)buffers[19]; /* h */
  uint16_t* __restrict__ b21 = (uint16_t*)buffers[21]; /* t19 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      float f_acc = 0.0f;
      for (int64_t i_k = 0; i_k < 16; i_k++) {
        float f_a = gnnc_f16_to_f32(b19[(i_r * 16 + i_k)]);
        if (f_a != 0.0f) {
          f_acc = (f_acc + (f_a * gnnc_f16_to_f32(b9[(i_k * s_C + i_c)])));
        }
      }
      b21[(i_r * s_C + i_c)] = gnnc_f32_to_f16(f_acc);
    }
    __syncwarp(lanes_mask);
  }
}

/* mul */
extern "C" __global__ void k11_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b11 = (float*)buffers[11]; /* conv1.dn */
  uint16_t* __restrict__ b21 = (uint16_t*)buffers[21]; /* t19 */
  uint16_t* __restrict__ b22 = (uint16_t*)buffers[22]; /* t20 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
      b22[(i_r * s_C + i_j)] = gnnc_f32_to_f16((gnnc_f16_to_f32(b21[(i_r * s_C + i_j)]) * b11[i_r]));
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.dst.sum | add */
extern "C" __global__ void k12_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b11 = (float*)buffers[11]; /* conv1.dn */
  float* __restrict__ b20 = (float*)buffers[20]; /* conv2.b */
  uint16_t* __restrict__ b22 = (uint16_t*)buffers[22]; /* t20 */
  uint16_t* __restrict__ b23 = (uint16_t*)buffers[23]; /* conv2.agg */
  uint16_t* __restrict__ b24 = (uint16_t*)buffers[24]; /* t24 */
  int32_t* __restrict__ b41 = (int32_t*)buffers[41]; /* in_src */
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
          f_acc = (f_acc + gnnc_f16_to_f32(b22[((int64_t)b41[i_q] * s_C + i_j)]));
        }
        b23[(i_v * s_C + i_j)] = gnnc_f32_to_f16(f_acc);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b24[(i_v * s_C + i_j)] = gnnc_f32_to_f16(((gnnc_f16_to_f32(b23[(i_v * s_C + i_j)]) * b11[i_v]) + b20[i_j]));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* cross_entropy */
extern "C" __global__ void k14_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b24 = (uint16_t*)buffers[24]; /* t24 */
  int32_t* __restrict__ b25 = (int32_t*)buffers[25]; /* labels */
  float* __restrict__ b26 = (float*)buffers[26]; /* train_mask */
  float* __restrict__ b27 = (float*)buffers[27]; /* loss */
  if (blockIdx.x == 0 && threadIdx.x == 0) {
    float f_count = 0.0f;
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      f_count = (f_count + b26[i_v]);
    }
    float f_loss = 0.0f;
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      if (b26[i_v] > 0.0f) {
        float f_top = (-INFINITY);
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          f_top = fmaxf(f_top, gnnc_f16_to_f32(b24[(i_v * s_C + i_c)]));
        }
        float f_total = 0.0f;
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          f_total = (f_total + gnnc_exp((gnnc_f16_to_f32(b24[(i_v * s_C + i_c)]) - f_top)));
        }
        f_loss = (f_loss + (b26[i_v] * ((f_top + gnnc_log(f_total)) - gnnc_f16_to_f32(b24[(i_v * s_C + (int64_t)b25[i_v])]))));
      }
    }
    b27[0] = 0.0f;
    if (f_count > 0.0f) {
      b27[0] = (f_loss / f_count);
    }
  }
}

/* cross_entropy_grad */
extern "C" __global__ void k15_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b24 = (uint16_t*)buffers[24]; /* t24 */
  int32_t* __restrict__ b25 = (int32_t*)buffers[25]; /* labels */
  float* __restrict__ b26 = (float*)buffers[26]; /* train_mask */
  float* __restrict__ b28 = (float*)buffers[28]; /* t28 */
  if (blockIdx.x == 0 && threadIdx.x == 0) {
    float f_count = 0.0f;
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      f_count = (f_count + b26[i_v]);
    }
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, gnnc_f16_to_f32(b24[(i_v * s_C + i_c)]));
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((gnnc_f16_to_f32(b24[(i_v * s_C + i_c)]) - f_top)));
      }
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b28[(i_v * s_C + i_c)] = ((b26[i_v] * ((gnnc_exp((gnnc_f16_to_f32(b24[(i_v * s_C + i_c)]) - f_top)) / f_total) - (i_c == (int64_t)b25[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
      }
    }
  }
}

/* mul */
extern "C" __global__ void k16_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b28 = (float*)buffers[28]; /* t28 */
  float* __restrict__ b29 = (float*)buffers[29]; /* loss_scale */
  uint16_t* __restrict__ b30 = (uint16_t*)buffers[30]; /* t30 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
      b30[(i_r * s_C + i_j)] = gnnc_f32_to_f16((b28[(i_r * s_C + i_j)] * b29[0]));
    }
    __syncwarp(lanes_mask);
  }
}

/* sum_to */
extern "C" __global__ void k17_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b30 = (uint16_t*)buffers[30]; /* t30 */
  float* __restrict__ b31 = (float*)buffers[31]; /* grad.conv2.b */
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
        f_acc_lane1 = (f_acc_lane1 + gnnc_f16_to_f32(b30[(i_k0 * s_C + (i_t % s_C))]));
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b31[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* mul */
extern "C" __global__ void k18_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b11 = (float*)buffers[11]; /* conv1.dn */
  uint16_t* __restrict__ b30 = (uint16_t*)buffers[30]; /* t30 */
  uint16_t* __restrict__ b32 = (uint16_t*)buffers[32]; /* t32 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
      b32[(i_r * s_C + i_j)] = gnnc_f32_to_f16((gnnc_f16_to_f32(b30[(i_r * s_C + i_j)]) * b11[i_r]));
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum */
extern "C" __global__ void k19_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b11 = (float*)buffers[11]; /* conv1.dn */
  uint16_t* __restrict__ b32 = (uint16_t*)buffers[32]; /* t32 */
  uint16_t* __restrict__ b33 = (uint16_t*)buffers[33]; /* t35 */
  int32_t* __restrict__ b42 = (int32_t*)buffers[42]; /* out_dst */
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
        f_acc = (f_acc + (gnnc_f16_to_f32(b32[((int64_t)b42[i_q] * s_C + i_j)]) * b11[(int64_t)b0[i_e]]));
      }
      b33[(i_v * s_C + i_j)] = gnnc_f32_to_f16(f_acc);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt */
/* GEMM t36 = t35 @ t3^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k20_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b9 = (uint16_t*)buffers[9]; /* t3 */
  uint16_t* __restrict__ b33 = (uint16_t*)buffers[33]; /* t35 */
  uint16_t* __restrict__ b34 = (uint16_t*)buffers[34]; /* t36 */
  const int64_t lane = threadIdx.x % 4;
  const unsigned lanes_mask = 0xfu << (threadIdx.x % 32 / 4 * 4);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 4;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 4;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 4; i_cv += 4) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      for (int64_t i_q = 0; i_q < s_C; i_q++) {
        f_acc_0 = (f_acc_0 + (gnnc_f16_to_f32(b33[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[(i_cv * 4 * s_C + i_q)])));
        f_acc_1 = (f_acc_1 + (gnnc_f16_to_f32(b33[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[((i_cv * 4 + 1) * s_C + i_q)])));
        f_acc_2 = (f_acc_2 + (gnnc_f16_to_f32(b33[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[((i_cv * 4 + 2) * s_C + i_q)])));
        f_acc_3 = (f_acc_3 + (gnnc_f16_to_f32(b33[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[((i_cv * 4 + 3) * s_C + i_q)])));
      }
      b34[(i_r * 16 + i_cv * 4)] = gnnc_f32_to_f16(f_acc_0);
      b34[(i_r * 16 + (i_cv * 4 + 1))] = gnnc_f32_to_f16(f_acc_1);
      b34[(i_r * 16 + (i_cv * 4 + 2))] = gnnc_f32_to_f16(f_acc_2);
      b34[(i_r * 16 + (i_cv * 4 + 3))] = gnnc_f32_to_f16(f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt (edges split over slots) */
/* GEMM t36 = t35 @ t3^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k20_matmul_nt_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b9 = (uint16_t*)buffers[9]; /* t3 */
  uint16_t* __restrict__ b33 = (uint16_t*)buffers[33]; /* t35 */
  uint16_t* __restrict__ b34 = (uint16_t*)buffers[34]; /* t36 */
  const int64_t lane = threadIdx.x % 4;
  const int64_t slot = threadIdx.x % 32 / 4;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 4; i_cv += 4) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      {
        float f_acc_0_lane1 = 0.0f;
        float f_acc_1_lane2 = 0.0f;
        float f_acc_2_lane3 = 0.0f;
        float f_acc_3_lane4 = 0.0f;
        for (int64_t i_q = 0 + slot; i_q < s_C; i_q += 8) {
          f_acc_0_lane1 = (f_acc_0_lane1 + (gnnc_f16_to_f32(b33[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[(i_cv * 4 * s_C + i_q)])));
          f_acc_1_lane2 = (f_acc_1_lane2 + (gnnc_f16_to_f32(b33[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[((i_cv * 4 + 1) * s_C + i_q)])));
          f_acc_2_lane3 = (f_acc_2_lane3 + (gnnc_f16_to_f32(b33[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[((i_cv * 4 + 2) * s_C + i_q)])));
          f_acc_3_lane4 = (f_acc_3_lane4 + (gnnc_f16_to_f32(b33[(i_r * s_C + i_q)]) * gnnc_f16_to_f32(b9[((i_cv * 4 + 3) * s_C + i_q)])));
        }
        f_acc_0 = (f_acc_0 + gnnc_slots_sum(f_acc_0_lane1, 4));
        f_acc_1 = (f_acc_1 + gnnc_slots_sum(f_acc_1_lane2, 4));
        f_acc_2 = (f_acc_2 + gnnc_slots_sum(f_acc_2_lane3, 4));
        f_acc_3 = (f_acc_3 + gnnc_slots_sum(f_acc_3_lane4, 4));
      }
      if (slot == 0) b34[(i_r * 16 + i_cv * 4)] = gnnc_f32_to_f16(f_acc_0);
      if (slot == 0) b34[(i_r * 16 + (i_cv * 4 + 1))] = gnnc_f32_to_f16(f_acc_1);
      if (slot == 0) b34[(i_r * 16 + (i_cv * 4 + 2))] = gnnc_f32_to_f16(f_acc_2);
      if (slot == 0) b34[(i_r * 16 + (i_cv * 4 + 3))] = gnnc_f32_to_f16(f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv2.W = h^T @ t35: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k21_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b19 = (uint16_t*)buffers[19]; /* h */
  uint16_t* __restrict__ b33 = (uint16_t*)buffers[33]; /* t35 */
  float* __restrict__ b35 = (float*)buffers[35]; /* grad.conv2.W */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < 16; i_k += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      b35[(i_k * s_C + i_c)] = 0.0f;
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = gnnc_f16_to_f32(b19[(i_r * 16 + i_k)]);
      if (f_a != 0.0f) {
        for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
          b35[(i_k * s_C + i_c)] = (b35[(i_k * s_C + i_c)] + (f_a * gnnc_f16_to_f32(b33[(i_r * s_C + i_c)])));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* relu_grad */
extern "C" __global__ void k22_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b18 = (uint16_t*)buffers[18]; /* t15 */
  uint16_t* __restrict__ b34 = (uint16_t*)buffers[34]; /* t36 */
  uint16_t* __restrict__ b36 = (uint16_t*)buffers[36]; /* t39 */
  const int64_t lane = threadIdx.x % 4;
  const unsigned lanes_mask = 0xfu << (threadIdx.x % 32 / 4 * 4);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 4;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 4;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 4; i_jv += 4) {
      b36[(i_r * 16 + i_jv * 4)] = gnnc_f32_to_f16(gnnc_relu_grad((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b34[(i_r * 16 + i_jv * 4)]), seed, 1ULL, (uint64_t)((i_r * 16 + i_jv * 4)), 8388608ULL, 2.0f) : gnnc_f16_to_f32(b34[(i_r * 16 + i_jv * 4)])), gnnc_f16_to_f32(b18[(i_r * 16 + i_jv * 4)])));
      b36[(i_r * 16 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(gnnc_relu_grad((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b34[(i_r * 16 + (i_jv * 4 + 1))]), seed, 1ULL, (uint64_t)((i_r * 16 + (i_jv * 4 + 1))), 8388608ULL, 2.0f) : gnnc_f16_to_f32(b34[(i_r * 16 + (i_jv * 4 + 1))])), gnnc_f16_to_f32(b18[(i_r * 16 + (i_jv * 4 + 1))])));
      b36[(i_r * 16 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(gnnc_relu_grad((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b34[(i_r * 16 + (i_jv * 4 + 2))]), seed, 1ULL, (uint64_t)((i_r * 16 + (i_jv * 4 + 2))), 8388608ULL, 2.0f) : gnnc_f16_to_f32(b34[(i_r * 16 + (i_jv * 4 + 2))])), gnnc_f16_to_f32(b18[(i_r * 16 + (i_jv * 4 + 2))])));
      b36[(i_r * 16 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(gnnc_relu_grad((training ? gnnc_dropout_mul(gnnc_f16_to_f32(b34[(i_r * 16 + (i_jv * 4 + 3))]), seed, 1ULL, (uint64_t)((i_r * 16 + (i_jv * 4 + 3))), 8388608ULL, 2.0f) : gnnc_f16_to_f32(b34[(i_r * 16 + (i_jv * 4 + 3))])), gnnc_f16_to_f32(b18[(i_r * 16 + (i_jv * 4 + 3))])));
    }
    __syncwarp(lanes_mask);
  }
}

/* sum_to */
extern "C" __global__ void k23_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b36 = (uint16_t*)buffers[36]; /* t39 */
  float* __restrict__ b37 = (float*)buffers[37]; /* grad.conv1.b */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < 16; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k0 = 0 + lane; i_k0 < s_N; i_k0 += 32) {
        f_acc_lane1 = (f_acc_lane1 + gnnc_f16_to_f32(b36[(i_k0 * 16 + (i_t % 16))]));
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b37[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* mul */
extern "C" __global__ void k24_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b11 = (float*)buffers[11]; /* conv1.dn */
  uint16_t* __restrict__ b36 = (uint16_t*)buffers[36]; /* t39 */
  uint16_t* __restrict__ b38 = (uint16_t*)buffers[38]; /* t41 */
  const int64_t lane = threadIdx.x % 4;
  const unsigned lanes_mask = 0xfu << (threadIdx.x % 32 / 4 * 4);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 4;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 4;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 4; i_jv += 4) {
      b38[(i_r * 16 + i_jv * 4)] = gnnc_f32_to_f16((gnnc_f16_to_f32(b36[(i_r * 16 + i_jv * 4)]) * b11[i_r]));
      b38[(i_r * 16 + (i_jv * 4 + 1))] = gnnc_f32_to_f16((gnnc_f16_to_f32(b36[(i_r * 16 + (i_jv * 4 + 1))]) * b11[i_r]));
      b38[(i_r * 16 + (i_jv * 4 + 2))] = gnnc_f32_to_f16((gnnc_f16_to_f32(b36[(i_r * 16 + (i_jv * 4 + 2))]) * b11[i_r]));
      b38[(i_r * 16 + (i_jv * 4 + 3))] = gnnc_f32_to_f16((gnnc_f16_to_f32(b36[(i_r * 16 + (i_jv * 4 + 3))]) * b11[i_r]));
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum */
extern "C" __global__ void k25_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b11 = (float*)buffers[11]; /* conv1.dn */
  uint16_t* __restrict__ b38 = (uint16_t*)buffers[38]; /* t41 */
  uint16_t* __restrict__ b39 = (uint16_t*)buffers[39]; /* t44 */
  int32_t* __restrict__ b42 = (int32_t*)buffers[42]; /* out_dst */
  const int64_t lane = threadIdx.x % 4;
  const unsigned lanes_mask = 0xfu << (threadIdx.x % 32 / 4 * 4);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 4;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 4;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_jv = 0 + lane; i_jv < 4; i_jv += 4) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b5[i_q];
        f_acc_0 = (f_acc_0 + (gnnc_f16_to_f32(b38[((int64_t)b42[i_q] * 16 + i_jv * 4)]) * b11[(int64_t)b0[i_e]]));
        f_acc_1 = (f_acc_1 + (gnnc_f16_to_f32(b38[((int64_t)b42[i_q] * 16 + (i_jv * 4 + 1))]) * b11[(int64_t)b0[i_e]]));
        f_acc_2 = (f_acc_2 + (gnnc_f16_to_f32(b38[((int64_t)b42[i_q] * 16 + (i_jv * 4 + 2))]) * b11[(int64_t)b0[i_e]]));
        f_acc_3 = (f_acc_3 + (gnnc_f16_to_f32(b38[((int64_t)b42[i_q] * 16 + (i_jv * 4 + 3))]) * b11[(int64_t)b0[i_e]]));
      }
      b39[(i_v * 16 + i_jv * 4)] = gnnc_f32_to_f16(f_acc_0);
      b39[(i_v * 16 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(f_acc_1);
      b39[(i_v * 16 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(f_acc_2);
      b39[(i_v * 16 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum (edges split over slots) */
extern "C" __global__ void k25_aggregate_src_sum_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b11 = (float*)buffers[11]; /* conv1.dn */
  uint16_t* __restrict__ b38 = (uint16_t*)buffers[38]; /* t41 */
  uint16_t* __restrict__ b39 = (uint16_t*)buffers[39]; /* t44 */
  int32_t* __restrict__ b42 = (int32_t*)buffers[42]; /* out_dst */
  const int64_t lane = threadIdx.x % 4;
  const int64_t slot = threadIdx.x % 32 / 4;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b4[i_v];
    int64_t i_end = (int64_t)b4[(i_v + 1)];
    for (int64_t i_jv = 0 + lane; i_jv < 4; i_jv += 4) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      {
        float f_acc_0_lane1 = 0.0f;
        float f_acc_1_lane2 = 0.0f;
        float f_acc_2_lane3 = 0.0f;
        float f_acc_3_lane4 = 0.0f;
        for (int64_t i_q = i_start + slot; i_q < i_end; i_q += 8) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc_0_lane1 = (f_acc_0_lane1 + (gnnc_f16_to_f32(b38[((int64_t)b42[i_q] * 16 + i_jv * 4)]) * b11[(int64_t)b0[i_e]]));
          f_acc_1_lane2 = (f_acc_1_lane2 + (gnnc_f16_to_f32(b38[((int64_t)b42[i_q] * 16 + (i_jv * 4 + 1))]) * b11[(int64_t)b0[i_e]]));
          f_acc_2_lane3 = (f_acc_2_lane3 + (gnnc_f16_to_f32(b38[((int64_t)b42[i_q] * 16 + (i_jv * 4 + 2))]) * b11[(int64_t)b0[i_e]]));
          f_acc_3_lane4 = (f_acc_3_lane4 + (gnnc_f16_to_f32(b38[((int64_t)b42[i_q] * 16 + (i_jv * 4 + 3))]) * b11[(int64_t)b0[i_e]]));
        }
        f_acc_0 = (f_acc_0 + gnnc_slots_sum(f_acc_0_lane1, 4));
        f_acc_1 = (f_acc_1 + gnnc_slots_sum(f_acc_1_lane2, 4));
        f_acc_2 = (f_acc_2 + gnnc_slots_sum(f_acc_2_lane3, 4));
        f_acc_3 = (f_acc_3 + gnnc_slots_sum(f_acc_3_lane4, 4));
      }
      if (slot == 0) b39[(i_v * 16 + i_jv * 4)] = gnnc_f32_to_f16(f_acc_0);
      if (slot == 0) b39[(i_v * 16 + (i_jv * 4 + 1))] = gnnc_f32_to_f16(f_acc_1);
      if (slot == 0) b39[(i_v * 16 + (i_jv * 4 + 2))] = gnnc_f32_to_f16(f_acc_2);
      if (slot == 0) b39[(i_v * 16 + (i_jv * 4 + 3))] = gnnc_f32_to_f16(f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv1.W = t8^T @ t44: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k26_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  uint16_t* __restrict__ b13 = (uint16_t*)buffers[13]; /* t8 */
  uint16_t* __restrict__ b39 = (uint16_t*)buffers[39]; /* t44 */
  float* __restrict__ b40 = (float*)buffers[40]; /* grad.conv1.W */
  const int64_t lane = threadIdx.x % 4;
  const unsigned lanes_mask = 0xfu << (threadIdx.x % 32 / 4 * 4);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 4;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 4;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < s_F; i_k += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 4; i_cv += 4) {
      *(gnnc_float4*)(b40 + (i_k * 16 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = gnnc_f16_to_f32(b13[(i_r * s_F + i_k)]);
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 4; i_cv += 4) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b40 + (i_k * 16 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          *(gnnc_float4*)(b40 + (i_k * 16 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * gnnc_f16_to_f32(b39[(i_r * 16 + i_cv * 4)]))), (f_cvec1_1 + (f_a * gnnc_f16_to_f32(b39[(i_r * 16 + (i_cv * 4 + 1))]))), (f_cvec1_2 + (f_a * gnnc_f16_to_f32(b39[(i_r * 16 + (i_cv * 4 + 2))]))), (f_cvec1_3 + (f_a * gnnc_f16_to_f32(b39[(i_r * 16 + (i_cv * 4 + 3))]))));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}
