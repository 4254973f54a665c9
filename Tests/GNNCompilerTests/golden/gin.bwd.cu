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
/* program GIN: 52 buffers, 27 kernels */

/* dropout */
extern "C" __global__ void k0_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b6 = (float*)buffers[6]; /* x */
  float* __restrict__ b7 = (float*)buffers[7]; /* t1 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_j = 0 + lane; i_j < s_F; i_j += 32) {
      b7[(i_r * s_F + i_j)] = (training ? gnnc_dropout_mul(b6[(i_r * s_F + i_j)], seed, 0ULL, (uint64_t)((i_r * s_F + i_j)), 8388608ULL, 2.0f) : b6[(i_r * s_F + i_j)]);
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.dst.sum | add */
extern "C" __global__ void k1_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b7 = (float*)buffers[7]; /* t1 */
  float* __restrict__ b8 = (float*)buffers[8]; /* conv1.agg */
  float* __restrict__ b9 = (float*)buffers[9]; /* t4 */
  int32_t* __restrict__ b50 = (int32_t*)buffers[50]; /* in_src */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_j = 0 + lane; i_j < s_F; i_j += 32) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          f_acc = (f_acc + b7[((int64_t)b50[i_q] * s_F + i_j)]);
        }
        b8[(i_v * s_F + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_F; i_j += 32) {
        b9[(i_v * s_F + i_j)] = (b7[(i_v * s_F + i_j)] + b8[(i_v * s_F + i_j)]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* matmul */
/* GEMM t9 = t4 @ conv1.mlp.W1: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k3_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b9 = (float*)buffers[9]; /* t4 */
  float* __restrict__ b10 = (float*)buffers[10]; /* conv1.mlp.W1 */
  float* __restrict__ b14 = (float*)buffers[14]; /* t9 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b14 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < s_F; i_k++) {
      float f_a = b9[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b14 + (i_r * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b10 + (i_k * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b14 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add | relu */
extern "C" __global__ void k4_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b11 = (float*)buffers[11]; /* conv1.mlp.b1 */
  float* __restrict__ b14 = (float*)buffers[14]; /* t9 */
  float* __restrict__ b15 = (float*)buffers[15]; /* t10 */
  float* __restrict__ b16 = (float*)buffers[16]; /* t11 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b14 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b11 + i_jv * 4);
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        *(gnnc_float4*)(b15 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 + f_jvec2_0), (f_jvec1_1 + f_jvec2_1), (f_jvec1_2 + f_jvec2_2), (f_jvec1_3 + f_jvec2_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b15 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b16 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(gnnc_relu(f_jvec1_0), gnnc_relu(f_jvec1_1), gnnc_relu(f_jvec1_2), gnnc_relu(f_jvec1_3));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* matmul */
/* GEMM t12 = t11 @ conv1.mlp.W2: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k6_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b12 = (float*)buffers[12]; /* conv1.mlp.W2 */
  float* __restrict__ b16 = (float*)buffers[16]; /* t11 */
  float* __restrict__ b17 = (float*)buffers[17]; /* t12 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b17 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < 64; i_k++) {
      float f_a = b16[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b17 + (i_r * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b12 + (i_k * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b17 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add | dropout */
extern "C" __global__ void k7_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b13 = (float*)buffers[13]; /* conv1.mlp.b2 */
  float* __restrict__ b17 = (float*)buffers[17]; /* t12 */
  float* __restrict__ b18 = (float*)buffers[18]; /* t13 */
  float* __restrict__ b19 = (float*)buffers[19]; /* h */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b17 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b13 + i_jv * 4);
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        *(gnnc_float4*)(b18 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 + f_jvec2_0), (f_jvec1_1 + f_jvec2_1), (f_jvec1_2 + f_jvec2_2), (f_jvec1_3 + f_jvec2_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b18 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b19 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((training ? gnnc_dropout_mul(gnnc_relu(f_jvec1_0), seed, 1ULL, (uint64_t)((i_r * 64 + i_jv * 4)), 8388608ULL, 2.0f) : gnnc_relu(f_jvec1_0)), (training ? gnnc_dropout_mul(gnnc_relu(f_jvec1_1), seed, 1ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 1))), 8388608ULL, 2.0f) : gnnc_relu(f_jvec1_1)), (training ? gnnc_dropout_mul(gnnc_relu(f_jvec1_2), seed, 1ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 2))), 8388608ULL, 2.0f) : gnnc_relu(f_jvec1_2)), (training ? gnnc_dropout_mul(gnnc_relu(f_jvec1_3), seed, 1ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 3))), 8388608ULL, 2.0f) : gnnc_relu(f_jvec1_3)));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.dst.sum | add */
extern "C" __global__ void k9_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b19 = (float*)buffers[19]; /* h */
  float* __restrict__ b20 = (float*)buffers[20]; /* conv2.agg */
  float* __restrict__ b21 = (float*)buffers[21]; /* t18 */
  int32_t* __restrict__ b50 = (int32_t*)buffers[50]; /* in_src */
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
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b19 + ((int64_t)b50[i_q] * 64 + i_jv * 4));
          float f_jvec1_0 = v_jvec1_0.x;
          float f_jvec1_1 = v_jvec1_0.y;
          float f_jvec1_2 = v_jvec1_0.z;
          float f_jvec1_3 = v_jvec1_0.w;
          f_acc_0 = (f_acc_0 + f_jvec1_0);
          f_acc_1 = (f_acc_1 + f_jvec1_1);
          f_acc_2 = (f_acc_2 + f_jvec1_2);
          f_acc_3 = (f_acc_3 + f_jvec1_3);
        }
        *(gnnc_float4*)(b20 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b19 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b20 + (i_v * 64 + i_jv * 4));
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        *(gnnc_float4*)(b21 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 + f_jvec2_0), (f_jvec1_1 + f_jvec2_1), (f_jvec1_2 + f_jvec2_2), (f_jvec1_3 + f_jvec2_3));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.dst.sum | add (edges split over slots) */
extern "C" __global__ void k9_aggregate_dst_sum_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b19 = (float*)buffers[19]; /* h */
  float* __restrict__ b20 = (float*)buffers[20]; /* conv2.agg */
  float* __restrict__ b21 = (float*)buffers[21]; /* t18 */
  int32_t* __restrict__ b50 = (int32_t*)buffers[50]; /* in_src */
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
            const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b19 + ((int64_t)b50[i_q] * 64 + i_jv * 4));
            float f_jvec1_0 = v_jvec1_0.x;
            float f_jvec1_1 = v_jvec1_0.y;
            float f_jvec1_2 = v_jvec1_0.z;
            float f_jvec1_3 = v_jvec1_0.w;
            f_acc_0_lane1 = (f_acc_0_lane1 + f_jvec1_0);
            f_acc_1_lane2 = (f_acc_1_lane2 + f_jvec1_1);
            f_acc_2_lane3 = (f_acc_2_lane3 + f_jvec1_2);
            f_acc_3_lane4 = (f_acc_3_lane4 + f_jvec1_3);
          }
          f_acc_0 = (f_acc_0 + gnnc_slots_sum(f_acc_0_lane1, 16));
          f_acc_1 = (f_acc_1 + gnnc_slots_sum(f_acc_1_lane2, 16));
          f_acc_2 = (f_acc_2 + gnnc_slots_sum(f_acc_2_lane3, 16));
          f_acc_3 = (f_acc_3 + gnnc_slots_sum(f_acc_3_lane4, 16));
        }
        if (slot == 0) *(gnnc_float4*)(b20 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b19 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b20 + (i_v * 64 + i_jv * 4));
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        if (slot == 0) *(gnnc_float4*)(b21 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 + f_jvec2_0), (f_jvec1_1 + f_jvec2_1), (f_jvec1_2 + f_jvec2_2), (f_jvec1_3 + f_jvec2_3));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* matmul */
/* GEMM t23 = t18 @ conv2.mlp.W1: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k11_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b21 = (float*)buffers[21]; /* t18 */
  float* __restrict__ b22 = (float*)buffers[22]; /* conv2.mlp.W1 */
  float* __restrict__ b26 = (float*)buffers[26]; /* t23 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b26 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < 64; i_k++) {
      float f_a = b21[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b26 + (i_r * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b22 + (i_k * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b26 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add | relu */
extern "C" __global__ void k12_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b23 = (float*)buffers[23]; /* conv2.mlp.b1 */
  float* __restrict__ b26 = (float*)buffers[26]; /* t23 */
  float* __restrict__ b27 = (float*)buffers[27]; /* t24 */
  float* __restrict__ b28 = (float*)buffers[28]; /* t25 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b26 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b23 + i_jv * 4);
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        *(gnnc_float4*)(b27 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 + f_jvec2_0), (f_jvec1_1 + f_jvec2_1), (f_jvec1_2 + f_jvec2_2), (f_jvec1_3 + f_jvec2_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b27 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b28 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(gnnc_relu(f_jvec1_0), gnnc_relu(f_jvec1_1), gnnc_relu(f_jvec1_2), gnnc_relu(f_jvec1_3));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* matmul */
/* GEMM t26 = t25 @ conv2.mlp.W2: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k14_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b24 = (float*)buffers[24]; /* conv2.mlp.W2 */
  float* __restrict__ b28 = (float*)buffers[28]; /* t25 */
  float* __restrict__ b29 = (float*)buffers[29]; /* t26 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      b29[(i_r * s_C + i_c)] = 0.0f;
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < 64; i_k++) {
      float f_a = b28[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
          b29[(i_r * s_C + i_c)] = (b29[(i_r * s_C + i_c)] + (f_a * b24[(i_k * s_C + i_c)]));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add */
extern "C" __global__ void k15_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b25 = (float*)buffers[25]; /* conv2.mlp.b2 */
  float* __restrict__ b29 = (float*)buffers[29]; /* t26 */
  float* __restrict__ b30 = (float*)buffers[30]; /* t27 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
      b30[(i_r * s_C + i_j)] = (b29[(i_r * s_C + i_j)] + b25[i_j]);
    }
    __syncwarp(lanes_mask);
  }
}

/* cross_entropy */
extern "C" __global__ void k16_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b30 = (float*)buffers[30]; /* t27 */
  int32_t* __restrict__ b31 = (int32_t*)buffers[31]; /* labels */
  float* __restrict__ b32 = (float*)buffers[32]; /* train_mask */
  float* __restrict__ b33 = (float*)buffers[33]; /* loss */
  if (blockIdx.x == 0 && threadIdx.x == 0) {
    float f_count = 0.0f;
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      f_count = (f_count + b32[i_v]);
    }
    float f_loss = 0.0f;
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      if (b32[i_v] > 0.0f) {
        float f_top = (-INFINITY);
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          f_top = fmaxf(f_top, b30[(i_v * s_C + i_c)]);
        }
        float f_total = 0.0f;
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          f_total = (f_total + gnnc_exp((b30[(i_v * s_C + i_c)] - f_top)));
        }
        f_loss = (f_loss + (b32[i_v] * ((f_top + gnnc_log(f_total)) - b30[(i_v * s_C + (int64_t)b31[i_v])])));
      }
    }
    b33[0] = 0.0f;
    if (f_count > 0.0f) {
      b33[0] = (f_loss / f_count);
    }
  }
}

/* cross_entropy_grad */
extern "C" __global__ void k17_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b30 = (float*)buffers[30]; /* t27 */
  int32_t* __restrict__ b31 = (int32_t*)buffers[31]; /* labels */
  float* __restrict__ b32 = (float*)buffers[32]; /* train_mask */
  float* __restrict__ b34 = (float*)buffers[34]; /* t31 */
  if (blockIdx.x == 0 && threadIdx.x == 0) {
    float f_count = 0.0f;
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      f_count = (f_count + b32[i_v]);
    }
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b30[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b30[(i_v * s_C + i_c)] - f_top)));
      }
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b34[(i_v * s_C + i_c)] = ((b32[i_v] * ((gnnc_exp((b30[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b31[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
      }
    }
  }
}

/* sum_to */
extern "C" __global__ void k18_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b34 = (float*)buffers[34]; /* t31 */
  float* __restrict__ b35 = (float*)buffers[35]; /* grad.conv2.mlp.b2 */
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
        f_acc_lane1 = (f_acc_lane1 + b34[(i_k0 * s_C + (i_t % s_C))]);
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b35[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt */
/* GEMM t33 = t31 @ conv2.mlp.W2^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k19_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b24 = (float*)buffers[24]; /* conv2.mlp.W2 */
  float* __restrict__ b34 = (float*)buffers[34]; /* t31 */
  float* __restrict__ b36 = (float*)buffers[36]; /* t33 */
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
        f_acc_0 = (f_acc_0 + (b34[(i_r * s_C + i_q)] * b24[(i_cv * 4 * s_C + i_q)]));
        f_acc_1 = (f_acc_1 + (b34[(i_r * s_C + i_q)] * b24[((i_cv * 4 + 1) * s_C + i_q)]));
        f_acc_2 = (f_acc_2 + (b34[(i_r * s_C + i_q)] * b24[((i_cv * 4 + 2) * s_C + i_q)]));
        f_acc_3 = (f_acc_3 + (b34[(i_r * s_C + i_q)] * b24[((i_cv * 4 + 3) * s_C + i_q)]));
      }
      *(gnnc_float4*)(b36 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt (edges split over slots) */
/* GEMM t33 = t31 @ conv2.mlp.W2^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k19_matmul_nt_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b24 = (float*)buffers[24]; /* conv2.mlp.W2 */
  float* __restrict__ b34 = (float*)buffers[34]; /* t31 */
  float* __restrict__ b36 = (float*)buffers[36]; /* t33 */
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
          f_acc_0_lane1 = (f_acc_0_lane1 + (b34[(i_r * s_C + i_q)] * b24[(i_cv * 4 * s_C + i_q)]));
          f_acc_1_lane2 = (f_acc_1_lane2 + (b34[(i_r * s_C + i_q)] * b24[((i_cv * 4 + 1) * s_C + i_q)]));
          f_acc_2_lane3 = (f_acc_2_lane3 + (b34[(i_r * s_C + i_q)] * b24[((i_cv * 4 + 2) * s_C + i_q)]));
          f_acc_3_lane4 = (f_acc_3_lane4 + (b34[(i_r * s_C + i_q)] * b24[((i_cv * 4 + 3) * s_C + i_q)]));
        }
        f_acc_0 = (f_acc_0 + gnnc_slots_sum(f_acc_0_lane1, 16));
        f_acc_1 = (f_acc_1 + gnnc_slots_sum(f_acc_1_lane2, 16));
        f_acc_2 = (f_acc_2 + gnnc_slots_sum(f_acc_2_lane3, 16));
        f_acc_3 = (f_acc_3 + gnnc_slots_sum(f_acc_3_lane4, 16));
      }
      if (slot == 0) *(gnnc_float4*)(b36 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv2.mlp.W2 = t25^T @ t31: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k20_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b28 = (float*)buffers[28]; /* t25 */
  float* __restrict__ b34 = (float*)buffers[34]; /* t31 */
  float* __restrict__ b37 = (float*)buffers[37]; /* grad.conv2.mlp.W2 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < 64; i_k += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      b37[(i_k * s_C + i_c)] = 0.0f;
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b28[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
          b37[(i_k * s_C + i_c)] = (b37[(i_k * s_C + i_c)] + (f_a * b34[(i_r * s_C + i_c)]));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* relu_grad */
extern "C" __global__ void k21_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b27 = (float*)buffers[27]; /* t24 */
  float* __restrict__ b36 = (float*)buffers[36]; /* t33 */
  float* __restrict__ b38 = (float*)buffers[38]; /* t35 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b36 + (i_r * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b27 + (i_r * 64 + i_jv * 4));
      float f_jvec2_0 = v_jvec2_0.x;
      float f_jvec2_1 = v_jvec2_0.y;
      float f_jvec2_2 = v_jvec2_0.z;
      float f_jvec2_3 = v_jvec2_0.w;
      *(gnnc_float4*)(b38 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(gnnc_relu_grad(f_jvec1_0, f_jvec2_0), gnnc_relu_grad(f_jvec1_1, f_jvec2_1), gnnc_relu_grad(f_jvec1_2, f_jvec2_2), gnnc_relu_grad(f_jvec1_3, f_jvec2_3));
    }
    __syncwarp(lanes_mask);
  }
}

/* sum_to */
extern "C" __global__ void k22_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b38 = (float*)buffers[38]; /* t35 */
  float* __restrict__ b39 = (float*)buffers[39]; /* grad.conv2.mlp.b1 */
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
        f_acc_lane1 = (f_acc_lane1 + b38[(i_k0 * 64 + (i_t % 64))]);
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b39[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt */
/* GEMM t37 = t35 @ conv2.mlp.W1^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k23_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b22 = (float*)buffers[22]; /* conv2.mlp.W1 */
  float* __restrict__ b38 = (float*)buffers[38]; /* t35 */
  float* __restrict__ b40 = (float*)buffers[40]; /* t37 */
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
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        f_acc_0 = (f_acc_0 + (b38[(i_r * 64 + i_q)] * b22[(i_cv * 4 * 64 + i_q)]));
        f_acc_1 = (f_acc_1 + (b38[(i_r * 64 + i_q)] * b22[((i_cv * 4 + 1) * 64 + i_q)]));
        f_acc_2 = (f_acc_2 + (b38[(i_r * 64 + i_q)] * b22[((i_cv * 4 + 2) * 64 + i_q)]));
        f_acc_3 = (f_acc_3 + (b38[(i_r * 64 + i_q)] * b22[((i_cv * 4 + 3) * 64 + i_q)]));
      }
      *(gnnc_float4*)(b40 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv2.mlp.W1 = t18^T @ t35: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k24_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b21 = (float*)buffers[21]; /* t18 */
  float* __restrict__ b38 = (float*)buffers[38]; /* t35 */
  float* __restrict__ b41 = (float*)buffers[41]; /* grad.conv2.mlp.W1 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < 64; i_k += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b41 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b21[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b41 + (i_k * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b38 + (i_r * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b41 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* aggregate.src.sum | relu_grad */
extern "C" __global__ void k25_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  float* __restrict__ b18 = (float*)buffers[18]; /* t13 */
  float* __restrict__ b40 = (float*)buffers[40]; /* t37 */
  float* __restrict__ b42 = (float*)buffers[42]; /* t40 */
  float* __restrict__ b43 = (float*)buffers[43]; /* t43 */
  int32_t* __restrict__ b51 = (int32_t*)buffers[51]; /* out_dst */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b40 + ((int64_t)b51[i_q] * 64 + i_jv * 4));
          float f_jvec1_0 = v_jvec1_0.x;
          float f_jvec1_1 = v_jvec1_0.y;
          float f_jvec1_2 = v_jvec1_0.z;
          float f_jvec1_3 = v_jvec1_0.w;
          f_acc_0 = (f_acc_0 + f_jvec1_0);
          f_acc_1 = (f_acc_1 + f_jvec1_1);
          f_acc_2 = (f_acc_2 + f_jvec1_2);
          f_acc_3 = (f_acc_3 + f_jvec1_3);
        }
        *(gnnc_float4*)(b42 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b40 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b42 + (i_v * 64 + i_jv * 4));
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        const gnnc_float4 v_jvec3_0 = *(const gnnc_float4*)(b18 + (i_v * 64 + i_jv * 4));
        float f_jvec3_0 = v_jvec3_0.x;
        float f_jvec3_1 = v_jvec3_0.y;
        float f_jvec3_2 = v_jvec3_0.z;
        float f_jvec3_3 = v_jvec3_0.w;
        *(gnnc_float4*)(b43 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(gnnc_relu_grad((training ? gnnc_dropout_mul((f_jvec1_0 + f_jvec2_0), seed, 1ULL, (uint64_t)((i_v * 64 + i_jv * 4)), 8388608ULL, 2.0f) : (f_jvec1_0 + f_jvec2_0)), f_jvec3_0), gnnc_relu_grad((training ? gnnc_dropout_mul((f_jvec1_1 + f_jvec2_1), seed, 1ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 1))), 8388608ULL, 2.0f) : (f_jvec1_1 + f_jvec2_1)), f_jvec3_1), gnnc_relu_grad((training ? gnnc_dropout_mul((f_jvec1_2 + f_jvec2_2), seed, 1ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 2))), 8388608ULL, 2.0f) : (f_jvec1_2 + f_jvec2_2)), f_jvec3_2), gnnc_relu_grad((training ? gnnc_dropout_mul((f_jvec1_3 + f_jvec2_3), seed, 1ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 3))), 8388608ULL, 2.0f) : (f_jvec1_3 + f_jvec2_3)), f_jvec3_3));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.src.sum | relu_grad (edges split over slots) */
extern "C" __global__ void k25_aggregate_src_sum_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  float* __restrict__ b18 = (float*)buffers[18]; /* t13 */
  float* __restrict__ b40 = (float*)buffers[40]; /* t37 */
  float* __restrict__ b42 = (float*)buffers[42]; /* t40 */
  float* __restrict__ b43 = (float*)buffers[43]; /* t43 */
  int32_t* __restrict__ b51 = (int32_t*)buffers[51]; /* out_dst */
  const int64_t lane = threadIdx.x % 16;
  const int64_t slot = threadIdx.x % 32 / 16;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
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
            const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b40 + ((int64_t)b51[i_q] * 64 + i_jv * 4));
            float f_jvec1_0 = v_jvec1_0.x;
            float f_jvec1_1 = v_jvec1_0.y;
            float f_jvec1_2 = v_jvec1_0.z;
            float f_jvec1_3 = v_jvec1_0.w;
            f_acc_0_lane1 = (f_acc_0_lane1 + f_jvec1_0);
            f_acc_1_lane2 = (f_acc_1_lane2 + f_jvec1_1);
            f_acc_2_lane3 = (f_acc_2_lane3 + f_jvec1_2);
            f_acc_3_lane4 = (f_acc_3_lane4 + f_jvec1_3);
          }
          f_acc_0 = (f_acc_0 + gnnc_slots_sum(f_acc_0_lane1, 16));
          f_acc_1 = (f_acc_1 + gnnc_slots_sum(f_acc_1_lane2, 16));
          f_acc_2 = (f_acc_2 + gnnc_slots_sum(f_acc_2_lane3, 16));
          f_acc_3 = (f_acc_3 + gnnc_slots_sum(f_acc_3_lane4, 16));
        }
        if (slot == 0) *(gnnc_float4*)(b42 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b40 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b42 + (i_v * 64 + i_jv * 4));
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        const gnnc_float4 v_jvec3_0 = *(const gnnc_float4*)(b18 + (i_v * 64 + i_jv * 4));
        float f_jvec3_0 = v_jvec3_0.x;
        float f_jvec3_1 = v_jvec3_0.y;
        float f_jvec3_2 = v_jvec3_0.z;
        float f_jvec3_3 = v_jvec3_0.w;
        if (slot == 0) *(gnnc_float4*)(b43 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(gnnc_relu_grad((training ? gnnc_dropout_mul((f_jvec1_0 + f_jvec2_0), seed, 1ULL, (uint64_t)((i_v * 64 + i_jv * 4)), 8388608ULL, 2.0f) : (f_jvec1_0 + f_jvec2_0)), f_jvec3_0), gnnc_relu_grad((training ? gnnc_dropout_mul((f_jvec1_1 + f_jvec2_1), seed, 1ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 1))), 8388608ULL, 2.0f) : (f_jvec1_1 + f_jvec2_1)), f_jvec3_1), gnnc_relu_grad((training ? gnnc_dropout_mul((f_jvec1_2 + f_jvec2_2), seed, 1ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 2))), 8388608ULL, 2.0f) : (f_jvec1_2 + f_jvec2_2)), f_jvec3_2), gnnc_relu_grad((training ? gnnc_dropout_mul((f_jvec1_3 + f_jvec2_3), seed, 1ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 3))), 8388608ULL, 2.0f) : (f_jvec1_3 + f_jvec2_3)), f_jvec3_3));
      }
      __syncwarp(lanes_mask);
    }
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
  float* __restrict__ b43 = (float*)buffers[43]; /* t43 */
  float* __restrict__ b44 = (float*)buffers[44]; /* grad.conv1.mlp.b2 */
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
        f_acc_lane1 = (f_acc_lane1 + b43[(i_k0 * 64 + (i_t % 64))]);
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b44[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt */
/* GEMM t45 = t43 @ conv1.mlp.W2^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k28_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b12 = (float*)buffers[12]; /* conv1.mlp.W2 */
  float* __restrict__ b43 = (float*)buffers[43]; /* t43 */
  float* __restrict__ b45 = (float*)buffers[45]; /* t45 */
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
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        f_acc_0 = (f_acc_0 + (b43[(i_r * 64 + i_q)] * b12[(i_cv * 4 * 64 + i_q)]));
        f_acc_1 = (f_acc_1 + (b43[(i_r * 64 + i_q)] * b12[((i_cv * 4 + 1) * 64 + i_q)]));
        f_acc_2 = (f_acc_2 + (b43[(i_r * 64 + i_q)] * b12[((i_cv * 4 + 2) * 64 + i_q)]));
        f_acc_3 = (f_acc_3 + (b43[(i_r * 64 + i_q)] * b12[((i_cv * 4 + 3) * 64 + i_q)]));
      }
      *(gnnc_float4*)(b45 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv1.mlp.W2 = t11^T @ t43: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k29_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b16 = (float*)buffers[16]; /* t11 */
  float* __restrict__ b43 = (float*)buffers[43]; /* t43 */
  float* __restrict__ b46 = (float*)buffers[46]; /* grad.conv1.mlp.W2 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < 64; i_k += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b46 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b16[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b46 + (i_k * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b43 + (i_r * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b46 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* relu_grad */
extern "C" __global__ void k30_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b15 = (float*)buffers[15]; /* t10 */
  float* __restrict__ b45 = (float*)buffers[45]; /* t45 */
  float* __restrict__ b47 = (float*)buffers[47]; /* t47 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b45 + (i_r * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b15 + (i_r * 64 + i_jv * 4));
      float f_jvec2_0 = v_jvec2_0.x;
      float f_jvec2_1 = v_jvec2_0.y;
      float f_jvec2_2 = v_jvec2_0.z;
      float f_jvec2_3 = v_jvec2_0.w;
      *(gnnc_float4*)(b47 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(gnnc_relu_grad(f_jvec1_0, f_jvec2_0), gnnc_relu_grad(f_jvec1_1, f_jvec2_1), gnnc_relu_grad(f_jvec1_2, f_jvec2_2), gnnc_relu_grad(f_jvec1_3, f_jvec2_3));
    }
    __syncwarp(lanes_mask);
  }
}

/* sum_to */
extern "C" __global__ void k31_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b47 = (float*)buffers[47]; /* t47 */
  float* __restrict__ b48 = (float*)buffers[48]; /* grad.conv1.mlp.b1 */
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
        f_acc_lane1 = (f_acc_lane1 + b47[(i_k0 * 64 + (i_t % 64))]);
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b48[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv1.mlp.W1 = t4^T @ t47: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k32_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b9 = (float*)buffers[9]; /* t4 */
  float* __restrict__ b47 = (float*)buffers[47]; /* t47 */
  float* __restrict__ b49 = (float*)buffers[49]; /* grad.conv1.mlp.W1 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < s_F; i_k += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b49 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b9[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b49 + (i_k * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b47 + (i_r * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b49 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}
