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
GNNC_INLINE float gnnc_neg(float x) { return -x; }
GNNC_INLINE float gnnc_sqrt(float x) { return sqrtf(x); }
GNNC_INLINE float gnnc_sqrt_grad(float g, float x) { return g * 0.5f / sqrtf(x); }
GNNC_INLINE float gnnc_square(float x) { return x * x; }
GNNC_INLINE float gnnc_square_grad(float g, float x) { return g * 2.0f * x; }
GNNC_INLINE float gnnc_step(float x) { return x > 0.0f ? 1.0f : (x < 0.0f ? 0.0f : 0.5f); }
/* program PNA: 148 buffers, 68 kernels */

/* in_degree | log */
extern "C" __global__ void k0_in_degree(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b6 = (float*)buffers[6]; /* conv1.d */
  float* __restrict__ b7 = (float*)buffers[7]; /* t4 */
  for (int64_t i_v = 0 + (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i_v < s_N; i_v += (int64_t)blockDim.x * gridDim.x) {
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
extern "C" __global__ void k2_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b7 = (float*)buffers[7]; /* t4 */
  float* __restrict__ b8 = (float*)buffers[8]; /* t5 */
  float* __restrict__ b9 = (float*)buffers[9]; /* t7 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < 1; i_t += groups) {
    {
      float f_acc = 0.0f;
      {
        float f_acc_lane1 = 0.0f;
        for (int64_t i_k0 = 0 + lane; i_k0 < s_N; i_k0 += 32) {
          f_acc_lane1 = (f_acc_lane1 + b7[i_k0]);
        }
        f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
      }
      if (lane == 0) {
        b8[i_t] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      float f_acc = 0.0f;
      {
        float f_acc_lane2 = 0.0f;
        for (int64_t i_k0 = 0 + lane; i_k0 < s_N; i_k0 += 32) {
          f_acc_lane2 = (f_acc_lane2 + 1.0f);
        }
        f_acc = (f_acc + gnnc_group_sum(f_acc_lane2, lanes_mask, 32));
      }
      if (lane == 0) {
        b9[i_t] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* div */
extern "C" __global__ void k4_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b8 = (float*)buffers[8]; /* t5 */
  float* __restrict__ b9 = (float*)buffers[9]; /* t7 */
  float* __restrict__ b10 = (float*)buffers[10]; /* conv1.delta */
  for (int64_t i_r = 0 + (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i_r < 1; i_r += (int64_t)blockDim.x * gridDim.x) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      b10[(i_r + i_j)] = (b8[i_j] / b9[i_j]);
    }
  }
}

/* div | div | in_degree */
extern "C" __global__ void k5_div(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b6 = (float*)buffers[6]; /* conv1.d */
  float* __restrict__ b7 = (float*)buffers[7]; /* t4 */
  float* __restrict__ b10 = (float*)buffers[10]; /* conv1.delta */
  float* __restrict__ b11 = (float*)buffers[11]; /* t9 */
  float* __restrict__ b12 = (float*)buffers[12]; /* t13 */
  float* __restrict__ b13 = (float*)buffers[13]; /* t14 */
  for (int64_t i_r = 0 + (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i_r < s_N; i_r += (int64_t)blockDim.x * gridDim.x) {
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
extern "C" __global__ void k8_broadcast_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b14 = (float*)buffers[14]; /* grad.conv1.W_post */
  float* __restrict__ b15 = (float*)buffers[15]; /* grad.conv1.b_post */
  float* __restrict__ b16 = (float*)buffers[16]; /* grad.conv2.W_post */
  float* __restrict__ b17 = (float*)buffers[17]; /* grad.conv2.b_post */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < 1; i_r += groups) {
    {
      for (int64_t i_jv = 0 + lane; i_jv < 13312; i_jv += 32) {
        *(gnnc_float4*)(b14 + (i_r * 53248 + i_jv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        *(gnnc_float4*)(b15 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < 832*s_C; i_j += 32) {
        b16[(i_r * 832*s_C + i_j)] = 0.0f;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b17[(i_r * s_C + i_j)] = 0.0f;
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* dropout */
extern "C" __global__ void k12_dropout(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b18 = (float*)buffers[18]; /* x */
  float* __restrict__ b19 = (float*)buffers[19]; /* t21 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_j = 0 + lane; i_j < s_F; i_j += 32) {
      b19[(i_r * s_F + i_j)] = (training ? gnnc_dropout_mul(b18[(i_r * s_F + i_j)], seed, 0ULL, (uint64_t)((i_r * s_F + i_j)), 8388608ULL, 2.0f) : b18[(i_r * s_F + i_j)]);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul */
/* GEMM t24 = t21 @ lin1.W: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k13_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b19 = (float*)buffers[19]; /* t21 */
  float* __restrict__ b20 = (float*)buffers[20]; /* lin1.W */
  float* __restrict__ b22 = (float*)buffers[22]; /* t24 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b22 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < s_F; i_k++) {
      float f_a = b19[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b22 + (i_r * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b20 + (i_k * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b22 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add | relu */
extern "C" __global__ void k14_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b21 = (float*)buffers[21]; /* lin1.b */
  float* __restrict__ b22 = (float*)buffers[22]; /* t24 */
  float* __restrict__ b23 = (float*)buffers[23]; /* t25 */
  float* __restrict__ b24 = (float*)buffers[24]; /* h0 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b22 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b21 + i_jv * 4);
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        *(gnnc_float4*)(b23 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 + f_jvec2_0), (f_jvec1_1 + f_jvec2_1), (f_jvec1_2 + f_jvec2_2), (f_jvec1_3 + f_jvec2_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b23 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b24 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(gnnc_relu(f_jvec1_0), gnnc_relu(f_jvec1_1), gnnc_relu(f_jvec1_2), gnnc_relu(f_jvec1_3));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* matmul */
/* GEMM t32 = h0 @ conv1.W_dst: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k16_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b24 = (float*)buffers[24]; /* h0 */
  float* __restrict__ b25 = (float*)buffers[25]; /* conv1.W_dst */
  float* __restrict__ b30 = (float*)buffers[30]; /* t32 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b30 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < 64; i_k++) {
      float f_a = b24[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b30 + (i_r * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b25 + (i_k * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b30 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* matmul */
/* GEMM t34 = h0 @ conv1.W_src: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k17_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b24 = (float*)buffers[24]; /* h0 */
  float* __restrict__ b26 = (float*)buffers[26]; /* conv1.W_src */
  float* __restrict__ b31 = (float*)buffers[31]; /* t34 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b31 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < 64; i_k++) {
      float f_a = b24[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b31 + (i_r * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b26 + (i_k * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b31 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add */
extern "C" __global__ void k18_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b27 = (float*)buffers[27]; /* conv1.b_pre */
  float* __restrict__ b30 = (float*)buffers[30]; /* t32 */
  float* __restrict__ b31 = (float*)buffers[31]; /* t34 */
  float* __restrict__ b32 = (float*)buffers[32]; /* conv1.m */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_E; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b30 + ((int64_t)b1[i_r] * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b31 + ((int64_t)b0[i_r] * 64 + i_jv * 4));
      float f_jvec2_0 = v_jvec2_0.x;
      float f_jvec2_1 = v_jvec2_0.y;
      float f_jvec2_2 = v_jvec2_0.z;
      float f_jvec2_3 = v_jvec2_0.w;
      const gnnc_float4 v_jvec3_0 = *(const gnnc_float4*)(b27 + i_jv * 4);
      float f_jvec3_0 = v_jvec3_0.x;
      float f_jvec3_1 = v_jvec3_0.y;
      float f_jvec3_2 = v_jvec3_0.z;
      float f_jvec3_3 = v_jvec3_0.w;
      *(gnnc_float4*)(b32 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(((f_jvec1_0 + f_jvec2_0) + f_jvec3_0), ((f_jvec1_1 + f_jvec2_1) + f_jvec3_1), ((f_jvec1_2 + f_jvec2_2) + f_jvec3_2), ((f_jvec1_3 + f_jvec2_3) + f_jvec3_3));
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.dst.mean | aggregate.dst.mean | sub | maximum | sqrt | aggregate.dst.min | aggregate.dst.max | concat | mul | mul | concat */
extern "C" __global__ void k19_aggregate_dst_mean(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b11 = (float*)buffers[11]; /* t9 */
  float* __restrict__ b12 = (float*)buffers[12]; /* t13 */
  float* __restrict__ b24 = (float*)buffers[24]; /* h0 */
  float* __restrict__ b32 = (float*)buffers[32]; /* conv1.m */
  float* __restrict__ b33 = (float*)buffers[33]; /* conv1.mean */
  float* __restrict__ b34 = (float*)buffers[34]; /* t40 */
  float* __restrict__ b35 = (float*)buffers[35]; /* t42 */
  float* __restrict__ b36 = (float*)buffers[36]; /* t43 */
  float* __restrict__ b37 = (float*)buffers[37]; /* conv1.std */
  float* __restrict__ b38 = (float*)buffers[38]; /* t45 */
  float* __restrict__ b39 = (float*)buffers[39]; /* t46 */
  float* __restrict__ b40 = (float*)buffers[40]; /* conv1.a */
  float* __restrict__ b41 = (float*)buffers[41]; /* conv1.amplified */
  float* __restrict__ b42 = (float*)buffers[42]; /* conv1.attenuated */
  float* __restrict__ b43 = (float*)buffers[43]; /* t50 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b32 + (i_e * 64 + i_jv * 4));
          float f_jvec1_0 = v_jvec1_0.x;
          float f_jvec1_1 = v_jvec1_0.y;
          float f_jvec1_2 = v_jvec1_0.z;
          float f_jvec1_3 = v_jvec1_0.w;
          f_acc_0 = (f_acc_0 + f_jvec1_0);
          f_acc_1 = (f_acc_1 + f_jvec1_1);
          f_acc_2 = (f_acc_2 + f_jvec1_2);
          f_acc_3 = (f_acc_3 + f_jvec1_3);
        }
        f_acc_0 = (f_acc_0 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
        f_acc_1 = (f_acc_1 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
        f_acc_2 = (f_acc_2 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
        f_acc_3 = (f_acc_3 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
        *(gnnc_float4*)(b33 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b32 + (i_e * 64 + i_jv * 4));
          float f_jvec1_0 = v_jvec1_0.x;
          float f_jvec1_1 = v_jvec1_0.y;
          float f_jvec1_2 = v_jvec1_0.z;
          float f_jvec1_3 = v_jvec1_0.w;
          f_acc_0 = (f_acc_0 + gnnc_square(f_jvec1_0));
          f_acc_1 = (f_acc_1 + gnnc_square(f_jvec1_1));
          f_acc_2 = (f_acc_2 + gnnc_square(f_jvec1_2));
          f_acc_3 = (f_acc_3 + gnnc_square(f_jvec1_3));
        }
        f_acc_0 = (f_acc_0 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
        f_acc_1 = (f_acc_1 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
        f_acc_2 = (f_acc_2 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
        f_acc_3 = (f_acc_3 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
        *(gnnc_float4*)(b34 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b34 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b33 + (i_v * 64 + i_jv * 4));
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        *(gnnc_float4*)(b35 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 - gnnc_square(f_jvec2_0)), (f_jvec1_1 - gnnc_square(f_jvec2_1)), (f_jvec1_2 - gnnc_square(f_jvec2_2)), (f_jvec1_3 - gnnc_square(f_jvec2_3)));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b35 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b36 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(fmaxf(f_jvec1_0, 1e-05f), fmaxf(f_jvec1_1, 1e-05f), fmaxf(f_jvec1_2, 1e-05f), fmaxf(f_jvec1_3, 1e-05f));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b36 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b37 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(gnnc_sqrt(f_jvec1_0), gnnc_sqrt(f_jvec1_1), gnnc_sqrt(f_jvec1_2), gnnc_sqrt(f_jvec1_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b32 + (i_e * 64 + i_jv * 4));
          float f_jvec1_0 = v_jvec1_0.x;
          float f_jvec1_1 = v_jvec1_0.y;
          float f_jvec1_2 = v_jvec1_0.z;
          float f_jvec1_3 = v_jvec1_0.w;
          f_acc_0 = f_jvec1_0;
          f_acc_1 = f_jvec1_1;
          f_acc_2 = f_jvec1_2;
          f_acc_3 = f_jvec1_3;
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b32 + (i_e * 64 + i_jv * 4));
            float f_jvec2_0 = v_jvec2_0.x;
            float f_jvec2_1 = v_jvec2_0.y;
            float f_jvec2_2 = v_jvec2_0.z;
            float f_jvec2_3 = v_jvec2_0.w;
            f_acc_0 = fminf(f_acc_0, f_jvec2_0);
            f_acc_1 = fminf(f_acc_1, f_jvec2_1);
            f_acc_2 = fminf(f_acc_2, f_jvec2_2);
            f_acc_3 = fminf(f_acc_3, f_jvec2_3);
          }
        }
        *(gnnc_float4*)(b38 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b32 + (i_e * 64 + i_jv * 4));
          float f_jvec1_0 = v_jvec1_0.x;
          float f_jvec1_1 = v_jvec1_0.y;
          float f_jvec1_2 = v_jvec1_0.z;
          float f_jvec1_3 = v_jvec1_0.w;
          f_acc_0 = f_jvec1_0;
          f_acc_1 = f_jvec1_1;
          f_acc_2 = f_jvec1_2;
          f_acc_3 = f_jvec1_3;
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b32 + (i_e * 64 + i_jv * 4));
            float f_jvec2_0 = v_jvec2_0.x;
            float f_jvec2_1 = v_jvec2_0.y;
            float f_jvec2_2 = v_jvec2_0.z;
            float f_jvec2_3 = v_jvec2_0.w;
            f_acc_0 = fmaxf(f_acc_0, f_jvec2_0);
            f_acc_1 = fmaxf(f_acc_1, f_jvec2_1);
            f_acc_2 = fmaxf(f_acc_2, f_jvec2_2);
            f_acc_3 = fmaxf(f_acc_3, f_jvec2_3);
          }
        }
        *(gnnc_float4*)(b39 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b33 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b40 + (i_v * 256 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b38 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b40 + ((i_v * 256 + 64) + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b39 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b40 + ((i_v * 256 + 128) + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b37 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b40 + ((i_v * 256 + 192) + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b40 + (i_v * 256 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b41 + (i_v * 256 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 * b11[i_v]), (f_jvec1_1 * b11[i_v]), (f_jvec1_2 * b11[i_v]), (f_jvec1_3 * b11[i_v]));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b40 + (i_v * 256 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b42 + (i_v * 256 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 * b12[i_v]), (f_jvec1_1 * b12[i_v]), (f_jvec1_2 * b12[i_v]), (f_jvec1_3 * b12[i_v]));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b24 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b43 + (i_v * 832 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b40 + (i_v * 256 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b43 + ((i_v * 832 + 64) + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b41 + (i_v * 256 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b43 + ((i_v * 832 + 320) + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b42 + (i_v * 256 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b43 + ((i_v * 832 + 576) + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* matmul */
/* GEMM t53 = t50 @ conv1.post.W: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k30_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b43 = (float*)buffers[43]; /* t50 */
  float* __restrict__ b44 = (float*)buffers[44]; /* conv1.post.W */
  float* __restrict__ b46 = (float*)buffers[46]; /* t53 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b46 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < 832; i_k++) {
      float f_a = b43[(i_r * 832 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b46 + (i_r * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b44 + (i_k * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b46 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add */
extern "C" __global__ void k31_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b45 = (float*)buffers[45]; /* conv1.post.b */
  float* __restrict__ b46 = (float*)buffers[46]; /* t53 */
  float* __restrict__ b47 = (float*)buffers[47]; /* conv1.post */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b46 + (i_r * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b45 + i_jv * 4);
      float f_jvec2_0 = v_jvec2_0.x;
      float f_jvec2_1 = v_jvec2_0.y;
      float f_jvec2_2 = v_jvec2_0.z;
      float f_jvec2_3 = v_jvec2_0.w;
      *(gnnc_float4*)(b47 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 + f_jvec2_0), (f_jvec1_1 + f_jvec2_1), (f_jvec1_2 + f_jvec2_2), (f_jvec1_3 + f_jvec2_3));
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul */
/* GEMM t57 = conv1.post @ conv1.lin.W: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k32_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b47 = (float*)buffers[47]; /* conv1.post */
  float* __restrict__ b48 = (float*)buffers[48]; /* conv1.lin.W */
  float* __restrict__ b50 = (float*)buffers[50]; /* t57 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b50 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < 64; i_k++) {
      float f_a = b47[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b50 + (i_r * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b48 + (i_k * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b50 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add | dropout */
extern "C" __global__ void k33_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b49 = (float*)buffers[49]; /* conv1.lin.b */
  float* __restrict__ b50 = (float*)buffers[50]; /* t57 */
  float* __restrict__ b51 = (float*)buffers[51]; /* t58 */
  float* __restrict__ b52 = (float*)buffers[52]; /* h1 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b50 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b49 + i_jv * 4);
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        *(gnnc_float4*)(b51 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 + f_jvec2_0), (f_jvec1_1 + f_jvec2_1), (f_jvec1_2 + f_jvec2_2), (f_jvec1_3 + f_jvec2_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b51 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b52 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((training ? gnnc_dropout_mul(gnnc_relu(f_jvec1_0), seed, 1ULL, (uint64_t)((i_r * 64 + i_jv * 4)), 8388608ULL, 2.0f) : gnnc_relu(f_jvec1_0)), (training ? gnnc_dropout_mul(gnnc_relu(f_jvec1_1), seed, 1ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 1))), 8388608ULL, 2.0f) : gnnc_relu(f_jvec1_1)), (training ? gnnc_dropout_mul(gnnc_relu(f_jvec1_2), seed, 1ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 2))), 8388608ULL, 2.0f) : gnnc_relu(f_jvec1_2)), (training ? gnnc_dropout_mul(gnnc_relu(f_jvec1_3), seed, 1ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 3))), 8388608ULL, 2.0f) : gnnc_relu(f_jvec1_3)));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* matmul */
/* GEMM t66 = h1 @ conv2.W_dst: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k35_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b52 = (float*)buffers[52]; /* h1 */
  float* __restrict__ b53 = (float*)buffers[53]; /* conv2.W_dst */
  float* __restrict__ b58 = (float*)buffers[58]; /* t66 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b58 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < 64; i_k++) {
      float f_a = b52[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b58 + (i_r * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b53 + (i_k * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b58 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* matmul */
/* GEMM t68 = h1 @ conv2.W_src: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k36_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b52 = (float*)buffers[52]; /* h1 */
  float* __restrict__ b54 = (float*)buffers[54]; /* conv2.W_src */
  float* __restrict__ b59 = (float*)buffers[59]; /* t68 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b59 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < 64; i_k++) {
      float f_a = b52[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b59 + (i_r * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b54 + (i_k * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b59 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add */
extern "C" __global__ void k37_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b55 = (float*)buffers[55]; /* conv2.b_pre */
  float* __restrict__ b58 = (float*)buffers[58]; /* t66 */
  float* __restrict__ b59 = (float*)buffers[59]; /* t68 */
  float* __restrict__ b60 = (float*)buffers[60]; /* conv2.m */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_E; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b58 + ((int64_t)b1[i_r] * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b59 + ((int64_t)b0[i_r] * 64 + i_jv * 4));
      float f_jvec2_0 = v_jvec2_0.x;
      float f_jvec2_1 = v_jvec2_0.y;
      float f_jvec2_2 = v_jvec2_0.z;
      float f_jvec2_3 = v_jvec2_0.w;
      const gnnc_float4 v_jvec3_0 = *(const gnnc_float4*)(b55 + i_jv * 4);
      float f_jvec3_0 = v_jvec3_0.x;
      float f_jvec3_1 = v_jvec3_0.y;
      float f_jvec3_2 = v_jvec3_0.z;
      float f_jvec3_3 = v_jvec3_0.w;
      *(gnnc_float4*)(b60 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(((f_jvec1_0 + f_jvec2_0) + f_jvec3_0), ((f_jvec1_1 + f_jvec2_1) + f_jvec3_1), ((f_jvec1_2 + f_jvec2_2) + f_jvec3_2), ((f_jvec1_3 + f_jvec2_3) + f_jvec3_3));
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.dst.mean | aggregate.dst.mean | sub | maximum | sqrt | aggregate.dst.min | aggregate.dst.max | concat | mul | mul | concat */
extern "C" __global__ void k38_aggregate_dst_mean(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b11 = (float*)buffers[11]; /* t9 */
  float* __restrict__ b12 = (float*)buffers[12]; /* t13 */
  float* __restrict__ b52 = (float*)buffers[52]; /* h1 */
  float* __restrict__ b60 = (float*)buffers[60]; /* conv2.m */
  float* __restrict__ b61 = (float*)buffers[61]; /* conv2.mean */
  float* __restrict__ b62 = (float*)buffers[62]; /* t74 */
  float* __restrict__ b63 = (float*)buffers[63]; /* t76 */
  float* __restrict__ b64 = (float*)buffers[64]; /* t77 */
  float* __restrict__ b65 = (float*)buffers[65]; /* conv2.std */
  float* __restrict__ b66 = (float*)buffers[66]; /* t79 */
  float* __restrict__ b67 = (float*)buffers[67]; /* t80 */
  float* __restrict__ b68 = (float*)buffers[68]; /* conv2.a */
  float* __restrict__ b69 = (float*)buffers[69]; /* conv2.amplified */
  float* __restrict__ b70 = (float*)buffers[70]; /* conv2.attenuated */
  float* __restrict__ b71 = (float*)buffers[71]; /* t84 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b60 + (i_e * 64 + i_jv * 4));
          float f_jvec1_0 = v_jvec1_0.x;
          float f_jvec1_1 = v_jvec1_0.y;
          float f_jvec1_2 = v_jvec1_0.z;
          float f_jvec1_3 = v_jvec1_0.w;
          f_acc_0 = (f_acc_0 + f_jvec1_0);
          f_acc_1 = (f_acc_1 + f_jvec1_1);
          f_acc_2 = (f_acc_2 + f_jvec1_2);
          f_acc_3 = (f_acc_3 + f_jvec1_3);
        }
        f_acc_0 = (f_acc_0 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
        f_acc_1 = (f_acc_1 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
        f_acc_2 = (f_acc_2 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
        f_acc_3 = (f_acc_3 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
        *(gnnc_float4*)(b61 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b60 + (i_e * 64 + i_jv * 4));
          float f_jvec1_0 = v_jvec1_0.x;
          float f_jvec1_1 = v_jvec1_0.y;
          float f_jvec1_2 = v_jvec1_0.z;
          float f_jvec1_3 = v_jvec1_0.w;
          f_acc_0 = (f_acc_0 + gnnc_square(f_jvec1_0));
          f_acc_1 = (f_acc_1 + gnnc_square(f_jvec1_1));
          f_acc_2 = (f_acc_2 + gnnc_square(f_jvec1_2));
          f_acc_3 = (f_acc_3 + gnnc_square(f_jvec1_3));
        }
        f_acc_0 = (f_acc_0 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
        f_acc_1 = (f_acc_1 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
        f_acc_2 = (f_acc_2 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
        f_acc_3 = (f_acc_3 / fmaxf((float)((i_end + i_start * -1)), 1.0f));
        *(gnnc_float4*)(b62 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b62 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b61 + (i_v * 64 + i_jv * 4));
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        *(gnnc_float4*)(b63 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 - gnnc_square(f_jvec2_0)), (f_jvec1_1 - gnnc_square(f_jvec2_1)), (f_jvec1_2 - gnnc_square(f_jvec2_2)), (f_jvec1_3 - gnnc_square(f_jvec2_3)));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b63 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b64 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(fmaxf(f_jvec1_0, 1e-05f), fmaxf(f_jvec1_1, 1e-05f), fmaxf(f_jvec1_2, 1e-05f), fmaxf(f_jvec1_3, 1e-05f));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b64 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b65 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(gnnc_sqrt(f_jvec1_0), gnnc_sqrt(f_jvec1_1), gnnc_sqrt(f_jvec1_2), gnnc_sqrt(f_jvec1_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b60 + (i_e * 64 + i_jv * 4));
          float f_jvec1_0 = v_jvec1_0.x;
          float f_jvec1_1 = v_jvec1_0.y;
          float f_jvec1_2 = v_jvec1_0.z;
          float f_jvec1_3 = v_jvec1_0.w;
          f_acc_0 = f_jvec1_0;
          f_acc_1 = f_jvec1_1;
          f_acc_2 = f_jvec1_2;
          f_acc_3 = f_jvec1_3;
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b60 + (i_e * 64 + i_jv * 4));
            float f_jvec2_0 = v_jvec2_0.x;
            float f_jvec2_1 = v_jvec2_0.y;
            float f_jvec2_2 = v_jvec2_0.z;
            float f_jvec2_3 = v_jvec2_0.w;
            f_acc_0 = fminf(f_acc_0, f_jvec2_0);
            f_acc_1 = fminf(f_acc_1, f_jvec2_1);
            f_acc_2 = fminf(f_acc_2, f_jvec2_2);
            f_acc_3 = fminf(f_acc_3, f_jvec2_3);
          }
        }
        *(gnnc_float4*)(b66 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        float f_acc_0 = 0.0f;
        float f_acc_1 = 0.0f;
        float f_acc_2 = 0.0f;
        float f_acc_3 = 0.0f;
        if (i_start < i_end) {
          int64_t i_e = (int64_t)b3[i_start];
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b60 + (i_e * 64 + i_jv * 4));
          float f_jvec1_0 = v_jvec1_0.x;
          float f_jvec1_1 = v_jvec1_0.y;
          float f_jvec1_2 = v_jvec1_0.z;
          float f_jvec1_3 = v_jvec1_0.w;
          f_acc_0 = f_jvec1_0;
          f_acc_1 = f_jvec1_1;
          f_acc_2 = f_jvec1_2;
          f_acc_3 = f_jvec1_3;
          for (int64_t i_q = (i_start + 1); i_q < i_end; i_q++) {
            int64_t i_e = (int64_t)b3[i_q];
            const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b60 + (i_e * 64 + i_jv * 4));
            float f_jvec2_0 = v_jvec2_0.x;
            float f_jvec2_1 = v_jvec2_0.y;
            float f_jvec2_2 = v_jvec2_0.z;
            float f_jvec2_3 = v_jvec2_0.w;
            f_acc_0 = fmaxf(f_acc_0, f_jvec2_0);
            f_acc_1 = fmaxf(f_acc_1, f_jvec2_1);
            f_acc_2 = fmaxf(f_acc_2, f_jvec2_2);
            f_acc_3 = fmaxf(f_acc_3, f_jvec2_3);
          }
        }
        *(gnnc_float4*)(b67 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b61 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b68 + (i_v * 256 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b66 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b68 + ((i_v * 256 + 64) + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b67 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b68 + ((i_v * 256 + 128) + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b65 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b68 + ((i_v * 256 + 192) + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b68 + (i_v * 256 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b69 + (i_v * 256 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 * b11[i_v]), (f_jvec1_1 * b11[i_v]), (f_jvec1_2 * b11[i_v]), (f_jvec1_3 * b11[i_v]));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b68 + (i_v * 256 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b70 + (i_v * 256 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 * b12[i_v]), (f_jvec1_1 * b12[i_v]), (f_jvec1_2 * b12[i_v]), (f_jvec1_3 * b12[i_v]));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b52 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b71 + (i_v * 832 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b68 + (i_v * 256 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b71 + ((i_v * 832 + 64) + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b69 + (i_v * 256 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b71 + ((i_v * 832 + 320) + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b70 + (i_v * 256 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b71 + ((i_v * 832 + 576) + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* matmul */
/* GEMM t87 = t84 @ conv2.post.W: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k49_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b71 = (float*)buffers[71]; /* t84 */
  float* __restrict__ b72 = (float*)buffers[72]; /* conv2.post.W */
  float* __restrict__ b74 = (float*)buffers[74]; /* t87 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      b74[(i_r * s_C + i_c)] = 0.0f;
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < 832; i_k++) {
      float f_a = b71[(i_r * 832 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
          b74[(i_r * s_C + i_c)] = (b74[(i_r * s_C + i_c)] + (f_a * b72[(i_k * s_C + i_c)]));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add */
extern "C" __global__ void k50_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b73 = (float*)buffers[73]; /* conv2.post.b */
  float* __restrict__ b74 = (float*)buffers[74]; /* t87 */
  float* __restrict__ b75 = (float*)buffers[75]; /* conv2.post */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
      b75[(i_r * s_C + i_j)] = (b74[(i_r * s_C + i_j)] + b73[i_j]);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul */
/* GEMM t91 = conv2.post @ conv2.lin.W: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k51_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b75 = (float*)buffers[75]; /* conv2.post */
  float* __restrict__ b76 = (float*)buffers[76]; /* conv2.lin.W */
  float* __restrict__ b78 = (float*)buffers[78]; /* t91 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      b78[(i_r * s_C + i_c)] = 0.0f;
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < s_C; i_k++) {
      float f_a = b75[(i_r * s_C + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
          b78[(i_r * s_C + i_c)] = (b78[(i_r * s_C + i_c)] + (f_a * b76[(i_k * s_C + i_c)]));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add */
extern "C" __global__ void k52_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b77 = (float*)buffers[77]; /* conv2.lin.b */
  float* __restrict__ b78 = (float*)buffers[78]; /* t91 */
  float* __restrict__ b79 = (float*)buffers[79]; /* t92 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
      b79[(i_r * s_C + i_j)] = (b78[(i_r * s_C + i_j)] + b77[i_j]);
    }
    __syncwarp(lanes_mask);
  }
}

/* cross_entropy */
extern "C" __global__ void k53_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b79 = (float*)buffers[79]; /* t92 */
  int32_t* __restrict__ b80 = (int32_t*)buffers[80]; /* labels */
  float* __restrict__ b81 = (float*)buffers[81]; /* train_mask */
  float* __restrict__ b82 = (float*)buffers[82]; /* loss */
  if (blockIdx.x == 0 && threadIdx.x == 0) {
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
}

/* cross_entropy_grad */
extern "C" __global__ void k54_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b79 = (float*)buffers[79]; /* t92 */
  int32_t* __restrict__ b80 = (int32_t*)buffers[80]; /* labels */
  float* __restrict__ b81 = (float*)buffers[81]; /* train_mask */
  float* __restrict__ b83 = (float*)buffers[83]; /* t96 */
  if (blockIdx.x == 0 && threadIdx.x == 0) {
    float f_count = 0.0f;
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      f_count = (f_count + b81[i_v]);
    }
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
}

/* sum_to */
extern "C" __global__ void k55_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b83 = (float*)buffers[83]; /* t96 */
  float* __restrict__ b84 = (float*)buffers[84]; /* grad.conv2.lin.b */
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
        f_acc_lane1 = (f_acc_lane1 + b83[(i_k0 * s_C + (i_t % s_C))]);
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b84[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt */
/* GEMM t98 = t96 @ conv2.lin.W^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k56_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b76 = (float*)buffers[76]; /* conv2.lin.W */
  float* __restrict__ b83 = (float*)buffers[83]; /* t96 */
  float* __restrict__ b85 = (float*)buffers[85]; /* t98 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      float f_acc = 0.0f;
      for (int64_t i_q = 0; i_q < s_C; i_q++) {
        f_acc = (f_acc + (b83[(i_r * s_C + i_q)] * b76[(i_c * s_C + i_q)]));
      }
      b85[(i_r * s_C + i_c)] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv2.lin.W = conv2.post^T @ t96: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k57_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b75 = (float*)buffers[75]; /* conv2.post */
  float* __restrict__ b83 = (float*)buffers[83]; /* t96 */
  float* __restrict__ b86 = (float*)buffers[86]; /* grad.conv2.lin.W */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < s_C; i_k += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      b86[(i_k * s_C + i_c)] = 0.0f;
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b75[(i_r * s_C + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
          b86[(i_k * s_C + i_c)] = (b86[(i_k * s_C + i_c)] + (f_a * b83[(i_r * s_C + i_c)]));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* sum_to */
extern "C" __global__ void k58_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b85 = (float*)buffers[85]; /* t98 */
  float* __restrict__ b87 = (float*)buffers[87]; /* grad.conv2.post.b */
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
        f_acc_lane1 = (f_acc_lane1 + b85[(i_k0 * s_C + (i_t % s_C))]);
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b87[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt */
/* GEMM t101 = t98 @ conv2.post.W^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k59_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b72 = (float*)buffers[72]; /* conv2.post.W */
  float* __restrict__ b85 = (float*)buffers[85]; /* t98 */
  float* __restrict__ b88 = (float*)buffers[88]; /* t101 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 208; i_cv += 32) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      for (int64_t i_q = 0; i_q < s_C; i_q++) {
        f_acc_0 = (f_acc_0 + (b85[(i_r * s_C + i_q)] * b72[(i_cv * 4 * s_C + i_q)]));
        f_acc_1 = (f_acc_1 + (b85[(i_r * s_C + i_q)] * b72[((i_cv * 4 + 1) * s_C + i_q)]));
        f_acc_2 = (f_acc_2 + (b85[(i_r * s_C + i_q)] * b72[((i_cv * 4 + 2) * s_C + i_q)]));
        f_acc_3 = (f_acc_3 + (b85[(i_r * s_C + i_q)] * b72[((i_cv * 4 + 3) * s_C + i_q)]));
      }
      *(gnnc_float4*)(b88 + (i_r * 832 + i_cv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv2.post.W = t84^T @ t98: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k60_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b71 = (float*)buffers[71]; /* t84 */
  float* __restrict__ b85 = (float*)buffers[85]; /* t98 */
  float* __restrict__ b89 = (float*)buffers[89]; /* grad.conv2.post.W */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < 832; i_k += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      b89[(i_k * s_C + i_c)] = 0.0f;
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b71[(i_r * 832 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
          b89[(i_k * s_C + i_c)] = (b89[(i_k * s_C + i_c)] + (f_a * b85[(i_r * s_C + i_c)]));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* slice | slice | slice | slice | add | slice | slice | slice | slice | aggregate_arg.dst.max */
extern "C" __global__ void k61_slice(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b11 = (float*)buffers[11]; /* t9 */
  float* __restrict__ b12 = (float*)buffers[12]; /* t13 */
  float* __restrict__ b60 = (float*)buffers[60]; /* conv2.m */
  float* __restrict__ b88 = (float*)buffers[88]; /* t101 */
  float* __restrict__ b90 = (float*)buffers[90]; /* t103 */
  float* __restrict__ b91 = (float*)buffers[91]; /* t104 */
  float* __restrict__ b92 = (float*)buffers[92]; /* t105 */
  float* __restrict__ b93 = (float*)buffers[93]; /* t106 */
  float* __restrict__ b94 = (float*)buffers[94]; /* t110 */
  float* __restrict__ b95 = (float*)buffers[95]; /* t111 */
  float* __restrict__ b96 = (float*)buffers[96]; /* t112 */
  float* __restrict__ b97 = (float*)buffers[97]; /* t113 */
  float* __restrict__ b98 = (float*)buffers[98]; /* t114 */
  int32_t* __restrict__ b99 = (int32_t*)buffers[99]; /* t115 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b88 + (i_r * 832 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b90 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b88 + ((i_r * 832 + 64) + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b91 + (i_r * 256 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b88 + ((i_r * 832 + 320) + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b92 + (i_r * 256 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b88 + ((i_r * 832 + 576) + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b93 + (i_r * 256 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b91 + (i_r * 256 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b93 + (i_r * 256 + i_jv * 4));
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        const gnnc_float4 v_jvec3_0 = *(const gnnc_float4*)(b92 + (i_r * 256 + i_jv * 4));
        float f_jvec3_0 = v_jvec3_0.x;
        float f_jvec3_1 = v_jvec3_0.y;
        float f_jvec3_2 = v_jvec3_0.z;
        float f_jvec3_3 = v_jvec3_0.w;
        *(gnnc_float4*)(b94 + (i_r * 256 + i_jv * 4)) = gnnc_make_float4(((f_jvec1_0 + (f_jvec2_0 * b12[i_r])) + (f_jvec3_0 * b11[i_r])), ((f_jvec1_1 + (f_jvec2_1 * b12[i_r])) + (f_jvec3_1 * b11[i_r])), ((f_jvec1_2 + (f_jvec2_2 * b12[i_r])) + (f_jvec3_2 * b11[i_r])), ((f_jvec1_3 + (f_jvec2_3 * b12[i_r])) + (f_jvec3_3 * b11[i_r])));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b94 + (i_r * 256 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b95 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b94 + ((i_r * 256 + 64) + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b96 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b94 + ((i_r * 256 + 128) + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b97 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b94 + ((i_r * 256 + 192) + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b98 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      int64_t i_start = (int64_t)b2[i_r];
      int64_t i_end = (int64_t)b2[(i_r + 1)];
      for (int64_t i_j = 0 + lane; i_j < 64; i_j += 32) {
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
      __syncwarp(lanes_mask);
    }
  }
}

/* scatter_arg.dst */
extern "C" __global__ void k71_scatter_arg_dst(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b97 = (float*)buffers[97]; /* t113 */
  int32_t* __restrict__ b99 = (int32_t*)buffers[99]; /* t115 */
  float* __restrict__ b100 = (float*)buffers[100]; /* t116 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_e = 0 + group; i_e < s_E; i_e += groups) {
    int64_t i_v = (int64_t)b1[i_e];
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b97 + (i_v * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      *(gnnc_float4*)(b100 + (i_e * 64 + i_jv * 4)) = gnnc_make_float4(((int64_t)b99[(i_v * 64 + i_jv * 4)] == i_e ? f_jvec1_0 : 0.0f), ((int64_t)b99[(i_v * 64 + (i_jv * 4 + 1))] == i_e ? f_jvec1_1 : 0.0f), ((int64_t)b99[(i_v * 64 + (i_jv * 4 + 2))] == i_e ? f_jvec1_2 : 0.0f), ((int64_t)b99[(i_v * 64 + (i_jv * 4 + 3))] == i_e ? f_jvec1_3 : 0.0f));
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate_arg.dst.min */
extern "C" __global__ void k72_aggregate_arg_dst_min(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b60 = (float*)buffers[60]; /* conv2.m */
  int32_t* __restrict__ b101 = (int32_t*)buffers[101]; /* t117 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0 + lane; i_j < 64; i_j += 32) {
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
    __syncwarp(lanes_mask);
  }
}

/* scatter_arg.dst */
extern "C" __global__ void k73_scatter_arg_dst(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b96 = (float*)buffers[96]; /* t112 */
  int32_t* __restrict__ b101 = (int32_t*)buffers[101]; /* t117 */
  float* __restrict__ b102 = (float*)buffers[102]; /* t118 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_e = 0 + group; i_e < s_E; i_e += groups) {
    int64_t i_v = (int64_t)b1[i_e];
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b96 + (i_v * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      *(gnnc_float4*)(b102 + (i_e * 64 + i_jv * 4)) = gnnc_make_float4(((int64_t)b101[(i_v * 64 + i_jv * 4)] == i_e ? f_jvec1_0 : 0.0f), ((int64_t)b101[(i_v * 64 + (i_jv * 4 + 1))] == i_e ? f_jvec1_1 : 0.0f), ((int64_t)b101[(i_v * 64 + (i_jv * 4 + 2))] == i_e ? f_jvec1_2 : 0.0f), ((int64_t)b101[(i_v * 64 + (i_jv * 4 + 3))] == i_e ? f_jvec1_3 : 0.0f));
    }
    __syncwarp(lanes_mask);
  }
}

/* mul | div | div */
extern "C" __global__ void k74_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b13 = (float*)buffers[13]; /* t14 */
  float* __restrict__ b61 = (float*)buffers[61]; /* conv2.mean */
  float* __restrict__ b63 = (float*)buffers[63]; /* t76 */
  float* __restrict__ b64 = (float*)buffers[64]; /* t77 */
  float* __restrict__ b95 = (float*)buffers[95]; /* t111 */
  float* __restrict__ b98 = (float*)buffers[98]; /* t114 */
  float* __restrict__ b103 = (float*)buffers[103]; /* t123 */
  float* __restrict__ b104 = (float*)buffers[104]; /* t127 */
  float* __restrict__ b105 = (float*)buffers[105]; /* t131 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b98 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b64 + (i_r * 64 + i_jv * 4));
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        const gnnc_float4 v_jvec3_0 = *(const gnnc_float4*)(b63 + (i_r * 64 + i_jv * 4));
        float f_jvec3_0 = v_jvec3_0.x;
        float f_jvec3_1 = v_jvec3_0.y;
        float f_jvec3_2 = v_jvec3_0.z;
        float f_jvec3_3 = v_jvec3_0.w;
        *(gnnc_float4*)(b103 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((gnnc_sqrt_grad(f_jvec1_0, f_jvec2_0) * gnnc_step((f_jvec3_0 - 1e-05f))), (gnnc_sqrt_grad(f_jvec1_1, f_jvec2_1) * gnnc_step((f_jvec3_1 - 1e-05f))), (gnnc_sqrt_grad(f_jvec1_2, f_jvec2_2) * gnnc_step((f_jvec3_2 - 1e-05f))), (gnnc_sqrt_grad(f_jvec1_3, f_jvec2_3) * gnnc_step((f_jvec3_3 - 1e-05f))));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b103 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b104 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 / b13[i_r]), (f_jvec1_1 / b13[i_r]), (f_jvec1_2 / b13[i_r]), (f_jvec1_3 / b13[i_r]));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b95 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b103 + (i_r * 64 + i_jv * 4));
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        const gnnc_float4 v_jvec3_0 = *(const gnnc_float4*)(b61 + (i_r * 64 + i_jv * 4));
        float f_jvec3_0 = v_jvec3_0.x;
        float f_jvec3_1 = v_jvec3_0.y;
        float f_jvec3_2 = v_jvec3_0.z;
        float f_jvec3_3 = v_jvec3_0.w;
        *(gnnc_float4*)(b105 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(((f_jvec1_0 + gnnc_square_grad(gnnc_neg(f_jvec2_0), f_jvec3_0)) / b13[i_r]), ((f_jvec1_1 + gnnc_square_grad(gnnc_neg(f_jvec2_1), f_jvec3_1)) / b13[i_r]), ((f_jvec1_2 + gnnc_square_grad(gnnc_neg(f_jvec2_2), f_jvec3_2)) / b13[i_r]), ((f_jvec1_3 + gnnc_square_grad(gnnc_neg(f_jvec2_3), f_jvec3_3)) / b13[i_r]));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* add */
extern "C" __global__ void k77_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b60 = (float*)buffers[60]; /* conv2.m */
  float* __restrict__ b100 = (float*)buffers[100]; /* t116 */
  float* __restrict__ b102 = (float*)buffers[102]; /* t118 */
  float* __restrict__ b104 = (float*)buffers[104]; /* t127 */
  float* __restrict__ b105 = (float*)buffers[105]; /* t131 */
  float* __restrict__ b106 = (float*)buffers[106]; /* t133 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_E; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b100 + (i_r * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b102 + (i_r * 64 + i_jv * 4));
      float f_jvec2_0 = v_jvec2_0.x;
      float f_jvec2_1 = v_jvec2_0.y;
      float f_jvec2_2 = v_jvec2_0.z;
      float f_jvec2_3 = v_jvec2_0.w;
      const gnnc_float4 v_jvec3_0 = *(const gnnc_float4*)(b104 + ((int64_t)b1[i_r] * 64 + i_jv * 4));
      float f_jvec3_0 = v_jvec3_0.x;
      float f_jvec3_1 = v_jvec3_0.y;
      float f_jvec3_2 = v_jvec3_0.z;
      float f_jvec3_3 = v_jvec3_0.w;
      const gnnc_float4 v_jvec4_0 = *(const gnnc_float4*)(b60 + (i_r * 64 + i_jv * 4));
      float f_jvec4_0 = v_jvec4_0.x;
      float f_jvec4_1 = v_jvec4_0.y;
      float f_jvec4_2 = v_jvec4_0.z;
      float f_jvec4_3 = v_jvec4_0.w;
      const gnnc_float4 v_jvec5_0 = *(const gnnc_float4*)(b105 + ((int64_t)b1[i_r] * 64 + i_jv * 4));
      float f_jvec5_0 = v_jvec5_0.x;
      float f_jvec5_1 = v_jvec5_0.y;
      float f_jvec5_2 = v_jvec5_0.z;
      float f_jvec5_3 = v_jvec5_0.w;
      *(gnnc_float4*)(b106 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((((f_jvec1_0 + f_jvec2_0) + gnnc_square_grad(f_jvec3_0, f_jvec4_0)) + f_jvec5_0), (((f_jvec1_1 + f_jvec2_1) + gnnc_square_grad(f_jvec3_1, f_jvec4_1)) + f_jvec5_1), (((f_jvec1_2 + f_jvec2_2) + gnnc_square_grad(f_jvec3_2, f_jvec4_2)) + f_jvec5_2), (((f_jvec1_3 + f_jvec2_3) + gnnc_square_grad(f_jvec3_3, f_jvec4_3)) + f_jvec5_3));
    }
    __syncwarp(lanes_mask);
  }
}

/* sum_to */
extern "C" __global__ void k78_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b106 = (float*)buffers[106]; /* t133 */
  float* __restrict__ b107 = (float*)buffers[107]; /* grad.conv2.b_pre */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < 64; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k0 = 0 + lane; i_k0 < s_E; i_k0 += 32) {
        f_acc_lane1 = (f_acc_lane1 + b106[(i_k0 * 64 + (i_t % 64))]);
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b107[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum */
extern "C" __global__ void k79_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b106 = (float*)buffers[106]; /* t133 */
  float* __restrict__ b108 = (float*)buffers[108]; /* t135 */
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
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b106 + (i_e * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        f_acc_0 = (f_acc_0 + f_jvec1_0);
        f_acc_1 = (f_acc_1 + f_jvec1_1);
        f_acc_2 = (f_acc_2 + f_jvec1_2);
        f_acc_3 = (f_acc_3 + f_jvec1_3);
      }
      *(gnnc_float4*)(b108 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum (edges split over slots) */
extern "C" __global__ void k79_aggregate_src_sum_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b106 = (float*)buffers[106]; /* t133 */
  float* __restrict__ b108 = (float*)buffers[108]; /* t135 */
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
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b106 + (i_e * 64 + i_jv * 4));
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
      if (slot == 0) *(gnnc_float4*)(b108 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt */
/* GEMM t136 = t135 @ conv2.W_src^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k80_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b54 = (float*)buffers[54]; /* conv2.W_src */
  float* __restrict__ b108 = (float*)buffers[108]; /* t135 */
  float* __restrict__ b109 = (float*)buffers[109]; /* t136 */
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
        f_acc_0 = (f_acc_0 + (b108[(i_r * 64 + i_q)] * b54[(i_cv * 4 * 64 + i_q)]));
        f_acc_1 = (f_acc_1 + (b108[(i_r * 64 + i_q)] * b54[((i_cv * 4 + 1) * 64 + i_q)]));
        f_acc_2 = (f_acc_2 + (b108[(i_r * 64 + i_q)] * b54[((i_cv * 4 + 2) * 64 + i_q)]));
        f_acc_3 = (f_acc_3 + (b108[(i_r * 64 + i_q)] * b54[((i_cv * 4 + 3) * 64 + i_q)]));
      }
      *(gnnc_float4*)(b109 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv2.W_src = h1^T @ t135: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k81_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b52 = (float*)buffers[52]; /* h1 */
  float* __restrict__ b108 = (float*)buffers[108]; /* t135 */
  float* __restrict__ b110 = (float*)buffers[110]; /* grad.conv2.W_src */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < 64; i_k += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b110 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b52[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b110 + (i_k * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b108 + (i_r * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b110 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* aggregate.dst.sum */
extern "C" __global__ void k82_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b106 = (float*)buffers[106]; /* t133 */
  float* __restrict__ b111 = (float*)buffers[111]; /* t139 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b106 + (i_e * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        f_acc_0 = (f_acc_0 + f_jvec1_0);
        f_acc_1 = (f_acc_1 + f_jvec1_1);
        f_acc_2 = (f_acc_2 + f_jvec1_2);
        f_acc_3 = (f_acc_3 + f_jvec1_3);
      }
      *(gnnc_float4*)(b111 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.dst.sum (edges split over slots) */
extern "C" __global__ void k82_aggregate_dst_sum_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b106 = (float*)buffers[106]; /* t133 */
  float* __restrict__ b111 = (float*)buffers[111]; /* t139 */
  const int64_t lane = threadIdx.x % 16;
  const int64_t slot = threadIdx.x % 32 / 16;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
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
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b106 + (i_e * 64 + i_jv * 4));
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
      if (slot == 0) *(gnnc_float4*)(b111 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt */
/* GEMM t140 = t139 @ conv2.W_dst^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k83_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b53 = (float*)buffers[53]; /* conv2.W_dst */
  float* __restrict__ b111 = (float*)buffers[111]; /* t139 */
  float* __restrict__ b112 = (float*)buffers[112]; /* t140 */
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
        f_acc_0 = (f_acc_0 + (b111[(i_r * 64 + i_q)] * b53[(i_cv * 4 * 64 + i_q)]));
        f_acc_1 = (f_acc_1 + (b111[(i_r * 64 + i_q)] * b53[((i_cv * 4 + 1) * 64 + i_q)]));
        f_acc_2 = (f_acc_2 + (b111[(i_r * 64 + i_q)] * b53[((i_cv * 4 + 2) * 64 + i_q)]));
        f_acc_3 = (f_acc_3 + (b111[(i_r * 64 + i_q)] * b53[((i_cv * 4 + 3) * 64 + i_q)]));
      }
      *(gnnc_float4*)(b112 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv2.W_dst = h1^T @ t139: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k84_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b52 = (float*)buffers[52]; /* h1 */
  float* __restrict__ b111 = (float*)buffers[111]; /* t139 */
  float* __restrict__ b113 = (float*)buffers[113]; /* grad.conv2.W_dst */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < 64; i_k += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b113 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b52[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b113 + (i_k * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b111 + (i_r * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b113 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* relu_grad */
extern "C" __global__ void k85_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b51 = (float*)buffers[51]; /* t58 */
  float* __restrict__ b90 = (float*)buffers[90]; /* t103 */
  float* __restrict__ b109 = (float*)buffers[109]; /* t136 */
  float* __restrict__ b112 = (float*)buffers[112]; /* t140 */
  float* __restrict__ b114 = (float*)buffers[114]; /* t144 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b90 + (i_r * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b109 + (i_r * 64 + i_jv * 4));
      float f_jvec2_0 = v_jvec2_0.x;
      float f_jvec2_1 = v_jvec2_0.y;
      float f_jvec2_2 = v_jvec2_0.z;
      float f_jvec2_3 = v_jvec2_0.w;
      const gnnc_float4 v_jvec3_0 = *(const gnnc_float4*)(b112 + (i_r * 64 + i_jv * 4));
      float f_jvec3_0 = v_jvec3_0.x;
      float f_jvec3_1 = v_jvec3_0.y;
      float f_jvec3_2 = v_jvec3_0.z;
      float f_jvec3_3 = v_jvec3_0.w;
      const gnnc_float4 v_jvec4_0 = *(const gnnc_float4*)(b51 + (i_r * 64 + i_jv * 4));
      float f_jvec4_0 = v_jvec4_0.x;
      float f_jvec4_1 = v_jvec4_0.y;
      float f_jvec4_2 = v_jvec4_0.z;
      float f_jvec4_3 = v_jvec4_0.w;
      *(gnnc_float4*)(b114 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(gnnc_relu_grad((training ? gnnc_dropout_mul(((f_jvec1_0 + f_jvec2_0) + f_jvec3_0), seed, 1ULL, (uint64_t)((i_r * 64 + i_jv * 4)), 8388608ULL, 2.0f) : ((f_jvec1_0 + f_jvec2_0) + f_jvec3_0)), f_jvec4_0), gnnc_relu_grad((training ? gnnc_dropout_mul(((f_jvec1_1 + f_jvec2_1) + f_jvec3_1), seed, 1ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 1))), 8388608ULL, 2.0f) : ((f_jvec1_1 + f_jvec2_1) + f_jvec3_1)), f_jvec4_1), gnnc_relu_grad((training ? gnnc_dropout_mul(((f_jvec1_2 + f_jvec2_2) + f_jvec3_2), seed, 1ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 2))), 8388608ULL, 2.0f) : ((f_jvec1_2 + f_jvec2_2) + f_jvec3_2)), f_jvec4_2), gnnc_relu_grad((training ? gnnc_dropout_mul(((f_jvec1_3 + f_jvec2_3) + f_jvec3_3), seed, 1ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 3))), 8388608ULL, 2.0f) : ((f_jvec1_3 + f_jvec2_3) + f_jvec3_3)), f_jvec4_3));
    }
    __syncwarp(lanes_mask);
  }
}

/* sum_to */
extern "C" __global__ void k86_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b114 = (float*)buffers[114]; /* t144 */
  float* __restrict__ b115 = (float*)buffers[115]; /* grad.conv1.lin.b */
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
        f_acc_lane1 = (f_acc_lane1 + b114[(i_k0 * 64 + (i_t % 64))]);
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b115[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt */
/* GEMM t146 = t144 @ conv1.lin.W^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k87_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b48 = (float*)buffers[48]; /* conv1.lin.W */
  float* __restrict__ b114 = (float*)buffers[114]; /* t144 */
  float* __restrict__ b116 = (float*)buffers[116]; /* t146 */
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
        f_acc_0 = (f_acc_0 + (b114[(i_r * 64 + i_q)] * b48[(i_cv * 4 * 64 + i_q)]));
        f_acc_1 = (f_acc_1 + (b114[(i_r * 64 + i_q)] * b48[((i_cv * 4 + 1) * 64 + i_q)]));
        f_acc_2 = (f_acc_2 + (b114[(i_r * 64 + i_q)] * b48[((i_cv * 4 + 2) * 64 + i_q)]));
        f_acc_3 = (f_acc_3 + (b114[(i_r * 64 + i_q)] * b48[((i_cv * 4 + 3) * 64 + i_q)]));
      }
      *(gnnc_float4*)(b116 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv1.lin.W = conv1.post^T @ t144: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k88_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b47 = (float*)buffers[47]; /* conv1.post */
  float* __restrict__ b114 = (float*)buffers[114]; /* t144 */
  float* __restrict__ b117 = (float*)buffers[117]; /* grad.conv1.lin.W */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < 64; i_k += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b117 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b47[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b117 + (i_k * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b114 + (i_r * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b117 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* sum_to */
extern "C" __global__ void k89_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b116 = (float*)buffers[116]; /* t146 */
  float* __restrict__ b118 = (float*)buffers[118]; /* grad.conv1.post.b */
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
        f_acc_lane1 = (f_acc_lane1 + b116[(i_k0 * 64 + (i_t % 64))]);
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b118[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt */
/* GEMM t149 = t146 @ conv1.post.W^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k90_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b44 = (float*)buffers[44]; /* conv1.post.W */
  float* __restrict__ b116 = (float*)buffers[116]; /* t146 */
  float* __restrict__ b119 = (float*)buffers[119]; /* t149 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 208; i_cv += 32) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      for (int64_t i_q = 0; i_q < 64; i_q++) {
        f_acc_0 = (f_acc_0 + (b116[(i_r * 64 + i_q)] * b44[(i_cv * 4 * 64 + i_q)]));
        f_acc_1 = (f_acc_1 + (b116[(i_r * 64 + i_q)] * b44[((i_cv * 4 + 1) * 64 + i_q)]));
        f_acc_2 = (f_acc_2 + (b116[(i_r * 64 + i_q)] * b44[((i_cv * 4 + 2) * 64 + i_q)]));
        f_acc_3 = (f_acc_3 + (b116[(i_r * 64 + i_q)] * b44[((i_cv * 4 + 3) * 64 + i_q)]));
      }
      *(gnnc_float4*)(b119 + (i_r * 832 + i_cv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv1.post.W = t50^T @ t146: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k91_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b43 = (float*)buffers[43]; /* t50 */
  float* __restrict__ b116 = (float*)buffers[116]; /* t146 */
  float* __restrict__ b120 = (float*)buffers[120]; /* grad.conv1.post.W */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < 832; i_k += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b120 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b43[(i_r * 832 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b120 + (i_k * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b116 + (i_r * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b120 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* slice | slice | slice | slice | add | slice | slice | slice | slice | aggregate_arg.dst.max */
extern "C" __global__ void k92_slice(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b11 = (float*)buffers[11]; /* t9 */
  float* __restrict__ b12 = (float*)buffers[12]; /* t13 */
  float* __restrict__ b32 = (float*)buffers[32]; /* conv1.m */
  float* __restrict__ b119 = (float*)buffers[119]; /* t149 */
  float* __restrict__ b121 = (float*)buffers[121]; /* t151 */
  float* __restrict__ b122 = (float*)buffers[122]; /* t152 */
  float* __restrict__ b123 = (float*)buffers[123]; /* t153 */
  float* __restrict__ b124 = (float*)buffers[124]; /* t154 */
  float* __restrict__ b125 = (float*)buffers[125]; /* t158 */
  float* __restrict__ b126 = (float*)buffers[126]; /* t159 */
  float* __restrict__ b127 = (float*)buffers[127]; /* t160 */
  float* __restrict__ b128 = (float*)buffers[128]; /* t161 */
  float* __restrict__ b129 = (float*)buffers[129]; /* t162 */
  int32_t* __restrict__ b130 = (int32_t*)buffers[130]; /* t163 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b119 + (i_r * 832 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b121 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b119 + ((i_r * 832 + 64) + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b122 + (i_r * 256 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b119 + ((i_r * 832 + 320) + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b123 + (i_r * 256 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b119 + ((i_r * 832 + 576) + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b124 + (i_r * 256 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 64; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b122 + (i_r * 256 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b124 + (i_r * 256 + i_jv * 4));
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        const gnnc_float4 v_jvec3_0 = *(const gnnc_float4*)(b123 + (i_r * 256 + i_jv * 4));
        float f_jvec3_0 = v_jvec3_0.x;
        float f_jvec3_1 = v_jvec3_0.y;
        float f_jvec3_2 = v_jvec3_0.z;
        float f_jvec3_3 = v_jvec3_0.w;
        *(gnnc_float4*)(b125 + (i_r * 256 + i_jv * 4)) = gnnc_make_float4(((f_jvec1_0 + (f_jvec2_0 * b12[i_r])) + (f_jvec3_0 * b11[i_r])), ((f_jvec1_1 + (f_jvec2_1 * b12[i_r])) + (f_jvec3_1 * b11[i_r])), ((f_jvec1_2 + (f_jvec2_2 * b12[i_r])) + (f_jvec3_2 * b11[i_r])), ((f_jvec1_3 + (f_jvec2_3 * b12[i_r])) + (f_jvec3_3 * b11[i_r])));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b125 + (i_r * 256 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b126 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b125 + ((i_r * 256 + 64) + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b127 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b125 + ((i_r * 256 + 128) + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b128 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 32) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b125 + ((i_r * 256 + 192) + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b129 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(f_jvec1_0, f_jvec1_1, f_jvec1_2, f_jvec1_3);
      }
      __syncwarp(lanes_mask);
    }
    {
      int64_t i_start = (int64_t)b2[i_r];
      int64_t i_end = (int64_t)b2[(i_r + 1)];
      for (int64_t i_j = 0 + lane; i_j < 64; i_j += 32) {
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
      __syncwarp(lanes_mask);
    }
  }
}

/* scatter_arg.dst */
extern "C" __global__ void k102_scatter_arg_dst(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b128 = (float*)buffers[128]; /* t161 */
  int32_t* __restrict__ b130 = (int32_t*)buffers[130]; /* t163 */
  float* __restrict__ b131 = (float*)buffers[131]; /* t164 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_e = 0 + group; i_e < s_E; i_e += groups) {
    int64_t i_v = (int64_t)b1[i_e];
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b128 + (i_v * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      *(gnnc_float4*)(b131 + (i_e * 64 + i_jv * 4)) = gnnc_make_float4(((int64_t)b130[(i_v * 64 + i_jv * 4)] == i_e ? f_jvec1_0 : 0.0f), ((int64_t)b130[(i_v * 64 + (i_jv * 4 + 1))] == i_e ? f_jvec1_1 : 0.0f), ((int64_t)b130[(i_v * 64 + (i_jv * 4 + 2))] == i_e ? f_jvec1_2 : 0.0f), ((int64_t)b130[(i_v * 64 + (i_jv * 4 + 3))] == i_e ? f_jvec1_3 : 0.0f));
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate_arg.dst.min */
extern "C" __global__ void k103_aggregate_arg_dst_min(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b32 = (float*)buffers[32]; /* conv1.m */
  int32_t* __restrict__ b132 = (int32_t*)buffers[132]; /* t165 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_j = 0 + lane; i_j < 64; i_j += 32) {
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
    __syncwarp(lanes_mask);
  }
}

/* scatter_arg.dst */
extern "C" __global__ void k104_scatter_arg_dst(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b127 = (float*)buffers[127]; /* t160 */
  int32_t* __restrict__ b132 = (int32_t*)buffers[132]; /* t165 */
  float* __restrict__ b133 = (float*)buffers[133]; /* t166 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_e = 0 + group; i_e < s_E; i_e += groups) {
    int64_t i_v = (int64_t)b1[i_e];
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b127 + (i_v * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      *(gnnc_float4*)(b133 + (i_e * 64 + i_jv * 4)) = gnnc_make_float4(((int64_t)b132[(i_v * 64 + i_jv * 4)] == i_e ? f_jvec1_0 : 0.0f), ((int64_t)b132[(i_v * 64 + (i_jv * 4 + 1))] == i_e ? f_jvec1_1 : 0.0f), ((int64_t)b132[(i_v * 64 + (i_jv * 4 + 2))] == i_e ? f_jvec1_2 : 0.0f), ((int64_t)b132[(i_v * 64 + (i_jv * 4 + 3))] == i_e ? f_jvec1_3 : 0.0f));
    }
    __syncwarp(lanes_mask);
  }
}

/* mul | div | div */
extern "C" __global__ void k105_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b13 = (float*)buffers[13]; /* t14 */
  float* __restrict__ b33 = (float*)buffers[33]; /* conv1.mean */
  float* __restrict__ b35 = (float*)buffers[35]; /* t42 */
  float* __restrict__ b36 = (float*)buffers[36]; /* t43 */
  float* __restrict__ b126 = (float*)buffers[126]; /* t159 */
  float* __restrict__ b129 = (float*)buffers[129]; /* t162 */
  float* __restrict__ b134 = (float*)buffers[134]; /* t171 */
  float* __restrict__ b135 = (float*)buffers[135]; /* t175 */
  float* __restrict__ b136 = (float*)buffers[136]; /* t179 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b129 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b36 + (i_r * 64 + i_jv * 4));
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        const gnnc_float4 v_jvec3_0 = *(const gnnc_float4*)(b35 + (i_r * 64 + i_jv * 4));
        float f_jvec3_0 = v_jvec3_0.x;
        float f_jvec3_1 = v_jvec3_0.y;
        float f_jvec3_2 = v_jvec3_0.z;
        float f_jvec3_3 = v_jvec3_0.w;
        *(gnnc_float4*)(b134 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((gnnc_sqrt_grad(f_jvec1_0, f_jvec2_0) * gnnc_step((f_jvec3_0 - 1e-05f))), (gnnc_sqrt_grad(f_jvec1_1, f_jvec2_1) * gnnc_step((f_jvec3_1 - 1e-05f))), (gnnc_sqrt_grad(f_jvec1_2, f_jvec2_2) * gnnc_step((f_jvec3_2 - 1e-05f))), (gnnc_sqrt_grad(f_jvec1_3, f_jvec2_3) * gnnc_step((f_jvec3_3 - 1e-05f))));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b134 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b135 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 / b13[i_r]), (f_jvec1_1 / b13[i_r]), (f_jvec1_2 / b13[i_r]), (f_jvec1_3 / b13[i_r]));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b126 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b134 + (i_r * 64 + i_jv * 4));
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        const gnnc_float4 v_jvec3_0 = *(const gnnc_float4*)(b33 + (i_r * 64 + i_jv * 4));
        float f_jvec3_0 = v_jvec3_0.x;
        float f_jvec3_1 = v_jvec3_0.y;
        float f_jvec3_2 = v_jvec3_0.z;
        float f_jvec3_3 = v_jvec3_0.w;
        *(gnnc_float4*)(b136 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(((f_jvec1_0 + gnnc_square_grad(gnnc_neg(f_jvec2_0), f_jvec3_0)) / b13[i_r]), ((f_jvec1_1 + gnnc_square_grad(gnnc_neg(f_jvec2_1), f_jvec3_1)) / b13[i_r]), ((f_jvec1_2 + gnnc_square_grad(gnnc_neg(f_jvec2_2), f_jvec3_2)) / b13[i_r]), ((f_jvec1_3 + gnnc_square_grad(gnnc_neg(f_jvec2_3), f_jvec3_3)) / b13[i_r]));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* add */
extern "C" __global__ void k108_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b32 = (float*)buffers[32]; /* conv1.m */
  float* __restrict__ b131 = (float*)buffers[131]; /* t164 */
  float* __restrict__ b133 = (float*)buffers[133]; /* t166 */
  float* __restrict__ b135 = (float*)buffers[135]; /* t175 */
  float* __restrict__ b136 = (float*)buffers[136]; /* t179 */
  float* __restrict__ b137 = (float*)buffers[137]; /* t181 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_E; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b131 + (i_r * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b133 + (i_r * 64 + i_jv * 4));
      float f_jvec2_0 = v_jvec2_0.x;
      float f_jvec2_1 = v_jvec2_0.y;
      float f_jvec2_2 = v_jvec2_0.z;
      float f_jvec2_3 = v_jvec2_0.w;
      const gnnc_float4 v_jvec3_0 = *(const gnnc_float4*)(b135 + ((int64_t)b1[i_r] * 64 + i_jv * 4));
      float f_jvec3_0 = v_jvec3_0.x;
      float f_jvec3_1 = v_jvec3_0.y;
      float f_jvec3_2 = v_jvec3_0.z;
      float f_jvec3_3 = v_jvec3_0.w;
      const gnnc_float4 v_jvec4_0 = *(const gnnc_float4*)(b32 + (i_r * 64 + i_jv * 4));
      float f_jvec4_0 = v_jvec4_0.x;
      float f_jvec4_1 = v_jvec4_0.y;
      float f_jvec4_2 = v_jvec4_0.z;
      float f_jvec4_3 = v_jvec4_0.w;
      const gnnc_float4 v_jvec5_0 = *(const gnnc_float4*)(b136 + ((int64_t)b1[i_r] * 64 + i_jv * 4));
      float f_jvec5_0 = v_jvec5_0.x;
      float f_jvec5_1 = v_jvec5_0.y;
      float f_jvec5_2 = v_jvec5_0.z;
      float f_jvec5_3 = v_jvec5_0.w;
      *(gnnc_float4*)(b137 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((((f_jvec1_0 + f_jvec2_0) + gnnc_square_grad(f_jvec3_0, f_jvec4_0)) + f_jvec5_0), (((f_jvec1_1 + f_jvec2_1) + gnnc_square_grad(f_jvec3_1, f_jvec4_1)) + f_jvec5_1), (((f_jvec1_2 + f_jvec2_2) + gnnc_square_grad(f_jvec3_2, f_jvec4_2)) + f_jvec5_2), (((f_jvec1_3 + f_jvec2_3) + gnnc_square_grad(f_jvec3_3, f_jvec4_3)) + f_jvec5_3));
    }
    __syncwarp(lanes_mask);
  }
}

/* sum_to */
extern "C" __global__ void k109_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b137 = (float*)buffers[137]; /* t181 */
  float* __restrict__ b138 = (float*)buffers[138]; /* grad.conv1.b_pre */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_t = 0 + group; i_t < 64; i_t += groups) {
    float f_acc = 0.0f;
    {
      float f_acc_lane1 = 0.0f;
      for (int64_t i_k0 = 0 + lane; i_k0 < s_E; i_k0 += 32) {
        f_acc_lane1 = (f_acc_lane1 + b137[(i_k0 * 64 + (i_t % 64))]);
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b138[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum */
extern "C" __global__ void k110_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b137 = (float*)buffers[137]; /* t181 */
  float* __restrict__ b139 = (float*)buffers[139]; /* t183 */
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
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b137 + (i_e * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        f_acc_0 = (f_acc_0 + f_jvec1_0);
        f_acc_1 = (f_acc_1 + f_jvec1_1);
        f_acc_2 = (f_acc_2 + f_jvec1_2);
        f_acc_3 = (f_acc_3 + f_jvec1_3);
      }
      *(gnnc_float4*)(b139 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum (edges split over slots) */
extern "C" __global__ void k110_aggregate_src_sum_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b137 = (float*)buffers[137]; /* t181 */
  float* __restrict__ b139 = (float*)buffers[139]; /* t183 */
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
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b137 + (i_e * 64 + i_jv * 4));
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
      if (slot == 0) *(gnnc_float4*)(b139 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt */
/* GEMM t184 = t183 @ conv1.W_src^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k111_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b26 = (float*)buffers[26]; /* conv1.W_src */
  float* __restrict__ b139 = (float*)buffers[139]; /* t183 */
  float* __restrict__ b140 = (float*)buffers[140]; /* t184 */
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
        f_acc_0 = (f_acc_0 + (b139[(i_r * 64 + i_q)] * b26[(i_cv * 4 * 64 + i_q)]));
        f_acc_1 = (f_acc_1 + (b139[(i_r * 64 + i_q)] * b26[((i_cv * 4 + 1) * 64 + i_q)]));
        f_acc_2 = (f_acc_2 + (b139[(i_r * 64 + i_q)] * b26[((i_cv * 4 + 2) * 64 + i_q)]));
        f_acc_3 = (f_acc_3 + (b139[(i_r * 64 + i_q)] * b26[((i_cv * 4 + 3) * 64 + i_q)]));
      }
      *(gnnc_float4*)(b140 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv1.W_src = h0^T @ t183: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k112_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b24 = (float*)buffers[24]; /* h0 */
  float* __restrict__ b139 = (float*)buffers[139]; /* t183 */
  float* __restrict__ b141 = (float*)buffers[141]; /* grad.conv1.W_src */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < 64; i_k += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b141 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b24[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b141 + (i_k * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b139 + (i_r * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b141 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* aggregate.dst.sum */
extern "C" __global__ void k113_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b137 = (float*)buffers[137]; /* t181 */
  float* __restrict__ b142 = (float*)buffers[142]; /* t187 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    int64_t i_start = (int64_t)b2[i_v];
    int64_t i_end = (int64_t)b2[(i_v + 1)];
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      for (int64_t i_q = i_start; i_q < i_end; i_q++) {
        int64_t i_e = (int64_t)b3[i_q];
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b137 + (i_e * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        f_acc_0 = (f_acc_0 + f_jvec1_0);
        f_acc_1 = (f_acc_1 + f_jvec1_1);
        f_acc_2 = (f_acc_2 + f_jvec1_2);
        f_acc_3 = (f_acc_3 + f_jvec1_3);
      }
      *(gnnc_float4*)(b142 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.dst.sum (edges split over slots) */
extern "C" __global__ void k113_aggregate_dst_sum_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b137 = (float*)buffers[137]; /* t181 */
  float* __restrict__ b142 = (float*)buffers[142]; /* t187 */
  const int64_t lane = threadIdx.x % 16;
  const int64_t slot = threadIdx.x % 32 / 16;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
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
          const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b137 + (i_e * 64 + i_jv * 4));
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
      if (slot == 0) *(gnnc_float4*)(b142 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt */
/* GEMM t188 = t187 @ conv1.W_dst^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k114_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b25 = (float*)buffers[25]; /* conv1.W_dst */
  float* __restrict__ b142 = (float*)buffers[142]; /* t187 */
  float* __restrict__ b143 = (float*)buffers[143]; /* t188 */
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
        f_acc_0 = (f_acc_0 + (b142[(i_r * 64 + i_q)] * b25[(i_cv * 4 * 64 + i_q)]));
        f_acc_1 = (f_acc_1 + (b142[(i_r * 64 + i_q)] * b25[((i_cv * 4 + 1) * 64 + i_q)]));
        f_acc_2 = (f_acc_2 + (b142[(i_r * 64 + i_q)] * b25[((i_cv * 4 + 2) * 64 + i_q)]));
        f_acc_3 = (f_acc_3 + (b142[(i_r * 64 + i_q)] * b25[((i_cv * 4 + 3) * 64 + i_q)]));
      }
      *(gnnc_float4*)(b143 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.conv1.W_dst = h0^T @ t187: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k115_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b24 = (float*)buffers[24]; /* h0 */
  float* __restrict__ b142 = (float*)buffers[142]; /* t187 */
  float* __restrict__ b144 = (float*)buffers[144]; /* grad.conv1.W_dst */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < 64; i_k += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b144 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b24[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b144 + (i_k * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b142 + (i_r * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b144 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* relu_grad */
extern "C" __global__ void k116_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b23 = (float*)buffers[23]; /* t25 */
  float* __restrict__ b121 = (float*)buffers[121]; /* t151 */
  float* __restrict__ b140 = (float*)buffers[140]; /* t184 */
  float* __restrict__ b143 = (float*)buffers[143]; /* t188 */
  float* __restrict__ b145 = (float*)buffers[145]; /* t191 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b121 + (i_r * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b140 + (i_r * 64 + i_jv * 4));
      float f_jvec2_0 = v_jvec2_0.x;
      float f_jvec2_1 = v_jvec2_0.y;
      float f_jvec2_2 = v_jvec2_0.z;
      float f_jvec2_3 = v_jvec2_0.w;
      const gnnc_float4 v_jvec3_0 = *(const gnnc_float4*)(b143 + (i_r * 64 + i_jv * 4));
      float f_jvec3_0 = v_jvec3_0.x;
      float f_jvec3_1 = v_jvec3_0.y;
      float f_jvec3_2 = v_jvec3_0.z;
      float f_jvec3_3 = v_jvec3_0.w;
      const gnnc_float4 v_jvec4_0 = *(const gnnc_float4*)(b23 + (i_r * 64 + i_jv * 4));
      float f_jvec4_0 = v_jvec4_0.x;
      float f_jvec4_1 = v_jvec4_0.y;
      float f_jvec4_2 = v_jvec4_0.z;
      float f_jvec4_3 = v_jvec4_0.w;
      *(gnnc_float4*)(b145 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(gnnc_relu_grad(((f_jvec1_0 + f_jvec2_0) + f_jvec3_0), f_jvec4_0), gnnc_relu_grad(((f_jvec1_1 + f_jvec2_1) + f_jvec3_1), f_jvec4_1), gnnc_relu_grad(((f_jvec1_2 + f_jvec2_2) + f_jvec3_2), f_jvec4_2), gnnc_relu_grad(((f_jvec1_3 + f_jvec2_3) + f_jvec3_3), f_jvec4_3));
    }
    __syncwarp(lanes_mask);
  }
}

/* sum_to */
extern "C" __global__ void k117_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b145 = (float*)buffers[145]; /* t191 */
  float* __restrict__ b146 = (float*)buffers[146]; /* grad.lin1.b */
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
        f_acc_lane1 = (f_acc_lane1 + b145[(i_k0 * 64 + (i_t % 64))]);
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b146[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.lin1.W = t21^T @ t191: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k118_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b19 = (float*)buffers[19]; /* t21 */
  float* __restrict__ b145 = (float*)buffers[145]; /* t191 */
  float* __restrict__ b147 = (float*)buffers[147]; /* grad.lin1.W */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < s_F; i_k += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b147 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b19[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b147 + (i_k * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b145 + (i_r * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b147 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}
