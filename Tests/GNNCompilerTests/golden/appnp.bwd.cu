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
/* program APPNP: 74 buffers, 34 kernels */

/* in_degree | rsqrt | dropout */
extern "C" __global__ void k0_in_degree(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b6 = (float*)buffers[6]; /* t0 */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b8 = (float*)buffers[8]; /* x */
  float* __restrict__ b9 = (float*)buffers[9]; /* t6 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      if (lane == 0) {
        b6[i_v] = (float)(((int64_t)b2[(i_v + 1)] + (int64_t)b2[i_v] * -1));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0; i_j < 1; i_j++) {
        if (lane == 0) {
          b7[(i_v + i_j)] = gnnc_rsqrt(b6[(i_v + i_j)]);
        }
        __syncwarp(lanes_mask);
      }
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_F; i_j += 32) {
        b9[(i_v * s_F + i_j)] = (training ? gnnc_dropout_mul(b8[(i_v * s_F + i_j)], seed, 0ULL, (uint64_t)((i_v * s_F + i_j)), 8388608ULL, 2.0f) : b8[(i_v * s_F + i_j)]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* matmul */
/* GEMM t9 = t6 @ lin1.W: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k3_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b9 = (float*)buffers[9]; /* t6 */
  float* __restrict__ b10 = (float*)buffers[10]; /* lin1.W */
  float* __restrict__ b12 = (float*)buffers[12]; /* t9 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b12 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < s_F; i_k++) {
      float f_a = b9[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b12 + (i_r * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b10 + (i_k * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b12 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add | dropout */
extern "C" __global__ void k4_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b11 = (float*)buffers[11]; /* lin1.b */
  float* __restrict__ b12 = (float*)buffers[12]; /* t9 */
  float* __restrict__ b13 = (float*)buffers[13]; /* t10 */
  float* __restrict__ b14 = (float*)buffers[14]; /* hidden */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b12 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b11 + i_jv * 4);
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        *(gnnc_float4*)(b13 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 + f_jvec2_0), (f_jvec1_1 + f_jvec2_1), (f_jvec1_2 + f_jvec2_2), (f_jvec1_3 + f_jvec2_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b13 + (i_r * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b14 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((training ? gnnc_dropout_mul(gnnc_relu(f_jvec1_0), seed, 1ULL, (uint64_t)((i_r * 64 + i_jv * 4)), 8388608ULL, 2.0f) : gnnc_relu(f_jvec1_0)), (training ? gnnc_dropout_mul(gnnc_relu(f_jvec1_1), seed, 1ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 1))), 8388608ULL, 2.0f) : gnnc_relu(f_jvec1_1)), (training ? gnnc_dropout_mul(gnnc_relu(f_jvec1_2), seed, 1ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 2))), 8388608ULL, 2.0f) : gnnc_relu(f_jvec1_2)), (training ? gnnc_dropout_mul(gnnc_relu(f_jvec1_3), seed, 1ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 3))), 8388608ULL, 2.0f) : gnnc_relu(f_jvec1_3)));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* matmul */
/* GEMM t15 = hidden @ lin2.W: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k6_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b14 = (float*)buffers[14]; /* hidden */
  float* __restrict__ b15 = (float*)buffers[15]; /* lin2.W */
  float* __restrict__ b17 = (float*)buffers[17]; /* t15 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      b17[(i_r * s_C + i_c)] = 0.0f;
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < 64; i_k++) {
      float f_a = b14[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
          b17[(i_r * s_C + i_c)] = (b17[(i_r * s_C + i_c)] + (f_a * b15[(i_k * s_C + i_c)]));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add | mul */
extern "C" __global__ void k7_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b16 = (float*)buffers[16]; /* lin2.b */
  float* __restrict__ b17 = (float*)buffers[17]; /* t15 */
  float* __restrict__ b18 = (float*)buffers[18]; /* h0 */
  float* __restrict__ b19 = (float*)buffers[19]; /* t17 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b18[(i_r * s_C + i_j)] = (b17[(i_r * s_C + i_j)] + b16[i_j]);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b19[(i_r * s_C + i_j)] = (b18[(i_r * s_C + i_j)] * b7[i_r]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.dst.sum | mul | mul */
extern "C" __global__ void k9_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b18 = (float*)buffers[18]; /* h0 */
  float* __restrict__ b19 = (float*)buffers[19]; /* t17 */
  float* __restrict__ b20 = (float*)buffers[20]; /* t19 */
  float* __restrict__ b21 = (float*)buffers[21]; /* t22 */
  float* __restrict__ b22 = (float*)buffers[22]; /* t24 */
  int32_t* __restrict__ b72 = (int32_t*)buffers[72]; /* in_src */
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
          f_acc = (f_acc + b19[((int64_t)b72[i_q] * s_C + i_j)]);
        }
        b20[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b21[(i_v * s_C + i_j)] = (b18[(i_v * s_C + i_j)] * 0.1f);
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b22[(i_v * s_C + i_j)] = ((((b20[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.dst.sum | mul */
extern "C" __global__ void k12_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b21 = (float*)buffers[21]; /* t22 */
  float* __restrict__ b22 = (float*)buffers[22]; /* t24 */
  float* __restrict__ b23 = (float*)buffers[23]; /* t26 */
  float* __restrict__ b24 = (float*)buffers[24]; /* t30 */
  int32_t* __restrict__ b72 = (int32_t*)buffers[72]; /* in_src */
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
          f_acc = (f_acc + b22[((int64_t)b72[i_q] * s_C + i_j)]);
        }
        b23[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b24[(i_v * s_C + i_j)] = ((((b23[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.dst.sum | mul */
extern "C" __global__ void k14_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b21 = (float*)buffers[21]; /* t22 */
  float* __restrict__ b24 = (float*)buffers[24]; /* t30 */
  float* __restrict__ b25 = (float*)buffers[25]; /* t32 */
  float* __restrict__ b26 = (float*)buffers[26]; /* t36 */
  int32_t* __restrict__ b72 = (int32_t*)buffers[72]; /* in_src */
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
          f_acc = (f_acc + b24[((int64_t)b72[i_q] * s_C + i_j)]);
        }
        b25[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b26[(i_v * s_C + i_j)] = ((((b25[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.dst.sum | mul */
extern "C" __global__ void k16_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b21 = (float*)buffers[21]; /* t22 */
  float* __restrict__ b26 = (float*)buffers[26]; /* t36 */
  float* __restrict__ b27 = (float*)buffers[27]; /* t38 */
  float* __restrict__ b28 = (float*)buffers[28]; /* t42 */
  int32_t* __restrict__ b72 = (int32_t*)buffers[72]; /* in_src */
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
          f_acc = (f_acc + b26[((int64_t)b72[i_q] * s_C + i_j)]);
        }
        b27[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b28[(i_v * s_C + i_j)] = ((((b27[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.dst.sum | mul */
extern "C" __global__ void k18_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b21 = (float*)buffers[21]; /* t22 */
  float* __restrict__ b28 = (float*)buffers[28]; /* t42 */
  float* __restrict__ b29 = (float*)buffers[29]; /* t44 */
  float* __restrict__ b30 = (float*)buffers[30]; /* t48 */
  int32_t* __restrict__ b72 = (int32_t*)buffers[72]; /* in_src */
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
          f_acc = (f_acc + b28[((int64_t)b72[i_q] * s_C + i_j)]);
        }
        b29[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b30[(i_v * s_C + i_j)] = ((((b29[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.dst.sum | mul */
extern "C" __global__ void k20_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b21 = (float*)buffers[21]; /* t22 */
  float* __restrict__ b30 = (float*)buffers[30]; /* t48 */
  float* __restrict__ b31 = (float*)buffers[31]; /* t50 */
  float* __restrict__ b32 = (float*)buffers[32]; /* t54 */
  int32_t* __restrict__ b72 = (int32_t*)buffers[72]; /* in_src */
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
          f_acc = (f_acc + b30[((int64_t)b72[i_q] * s_C + i_j)]);
        }
        b31[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b32[(i_v * s_C + i_j)] = ((((b31[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.dst.sum | mul */
extern "C" __global__ void k22_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b21 = (float*)buffers[21]; /* t22 */
  float* __restrict__ b32 = (float*)buffers[32]; /* t54 */
  float* __restrict__ b33 = (float*)buffers[33]; /* t56 */
  float* __restrict__ b34 = (float*)buffers[34]; /* t60 */
  int32_t* __restrict__ b72 = (int32_t*)buffers[72]; /* in_src */
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
          f_acc = (f_acc + b32[((int64_t)b72[i_q] * s_C + i_j)]);
        }
        b33[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b34[(i_v * s_C + i_j)] = ((((b33[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.dst.sum | mul */
extern "C" __global__ void k24_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b21 = (float*)buffers[21]; /* t22 */
  float* __restrict__ b34 = (float*)buffers[34]; /* t60 */
  float* __restrict__ b35 = (float*)buffers[35]; /* t62 */
  float* __restrict__ b36 = (float*)buffers[36]; /* t66 */
  int32_t* __restrict__ b72 = (int32_t*)buffers[72]; /* in_src */
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
          f_acc = (f_acc + b34[((int64_t)b72[i_q] * s_C + i_j)]);
        }
        b35[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b36[(i_v * s_C + i_j)] = ((((b35[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.dst.sum | mul */
extern "C" __global__ void k26_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b21 = (float*)buffers[21]; /* t22 */
  float* __restrict__ b36 = (float*)buffers[36]; /* t66 */
  float* __restrict__ b37 = (float*)buffers[37]; /* t68 */
  float* __restrict__ b38 = (float*)buffers[38]; /* t72 */
  int32_t* __restrict__ b72 = (int32_t*)buffers[72]; /* in_src */
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
          f_acc = (f_acc + b36[((int64_t)b72[i_q] * s_C + i_j)]);
        }
        b37[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b38[(i_v * s_C + i_j)] = ((((b37[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.dst.sum | add */
extern "C" __global__ void k28_aggregate_dst_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b21 = (float*)buffers[21]; /* t22 */
  float* __restrict__ b38 = (float*)buffers[38]; /* t72 */
  float* __restrict__ b39 = (float*)buffers[39]; /* t74 */
  float* __restrict__ b40 = (float*)buffers[40]; /* h.9 */
  int32_t* __restrict__ b72 = (int32_t*)buffers[72]; /* in_src */
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
          f_acc = (f_acc + b38[((int64_t)b72[i_q] * s_C + i_j)]);
        }
        b39[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b40[(i_v * s_C + i_j)] = (((b39[(i_v * s_C + i_j)] * b7[i_v]) * 0.9f) + b21[(i_v * s_C + i_j)]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* cross_entropy */
extern "C" __global__ void k30_cross_entropy(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b40 = (float*)buffers[40]; /* h.9 */
  int32_t* __restrict__ b41 = (int32_t*)buffers[41]; /* labels */
  float* __restrict__ b42 = (float*)buffers[42]; /* train_mask */
  float* __restrict__ b43 = (float*)buffers[43]; /* loss */
  if (blockIdx.x == 0 && threadIdx.x == 0) {
    float f_count = 0.0f;
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      f_count = (f_count + b42[i_v]);
    }
    float f_loss = 0.0f;
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      if (b42[i_v] > 0.0f) {
        float f_top = (-INFINITY);
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          f_top = fmaxf(f_top, b40[(i_v * s_C + i_c)]);
        }
        float f_total = 0.0f;
        for (int64_t i_c = 0; i_c < s_C; i_c++) {
          f_total = (f_total + gnnc_exp((b40[(i_v * s_C + i_c)] - f_top)));
        }
        f_loss = (f_loss + (b42[i_v] * ((f_top + gnnc_log(f_total)) - b40[(i_v * s_C + (int64_t)b41[i_v])])));
      }
    }
    b43[0] = 0.0f;
    if (f_count > 0.0f) {
      b43[0] = (f_loss / f_count);
    }
  }
}

/* cross_entropy_grad */
extern "C" __global__ void k31_cross_entropy_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b40 = (float*)buffers[40]; /* h.9 */
  int32_t* __restrict__ b41 = (int32_t*)buffers[41]; /* labels */
  float* __restrict__ b42 = (float*)buffers[42]; /* train_mask */
  float* __restrict__ b44 = (float*)buffers[44]; /* t81 */
  if (blockIdx.x == 0 && threadIdx.x == 0) {
    float f_count = 0.0f;
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      f_count = (f_count + b42[i_v]);
    }
    for (int64_t i_v = 0; i_v < s_N; i_v++) {
      float f_top = (-INFINITY);
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_top = fmaxf(f_top, b40[(i_v * s_C + i_c)]);
      }
      float f_total = 0.0f;
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        f_total = (f_total + gnnc_exp((b40[(i_v * s_C + i_c)] - f_top)));
      }
      for (int64_t i_c = 0; i_c < s_C; i_c++) {
        b44[(i_v * s_C + i_c)] = ((b42[i_v] * ((gnnc_exp((b40[(i_v * s_C + i_c)] - f_top)) / f_total) - (i_c == (int64_t)b41[i_v] ? 1.0f : 0.0f))) / fmaxf(f_count, 1.0f));
      }
    }
  }
}

/* mul */
extern "C" __global__ void k32_mul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b44 = (float*)buffers[44]; /* t81 */
  float* __restrict__ b45 = (float*)buffers[45]; /* t84 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
      b45[(i_r * s_C + i_j)] = ((b44[(i_r * s_C + i_j)] * 0.9f) * b7[i_r]);
    }
    __syncwarp(lanes_mask);
  }
}

/* aggregate.src.sum | mul */
extern "C" __global__ void k33_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b45 = (float*)buffers[45]; /* t84 */
  float* __restrict__ b46 = (float*)buffers[46]; /* t87 */
  float* __restrict__ b47 = (float*)buffers[47]; /* t91 */
  int32_t* __restrict__ b73 = (int32_t*)buffers[73]; /* out_dst */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b45[((int64_t)b73[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b46[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b47[(i_v * s_C + i_j)] = ((b46[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.src.sum | mul */
extern "C" __global__ void k35_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b47 = (float*)buffers[47]; /* t91 */
  float* __restrict__ b48 = (float*)buffers[48]; /* t94 */
  float* __restrict__ b49 = (float*)buffers[49]; /* t98 */
  int32_t* __restrict__ b73 = (int32_t*)buffers[73]; /* out_dst */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b47[((int64_t)b73[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b48[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b49[(i_v * s_C + i_j)] = ((b48[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.src.sum | mul */
extern "C" __global__ void k37_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b49 = (float*)buffers[49]; /* t98 */
  float* __restrict__ b50 = (float*)buffers[50]; /* t101 */
  float* __restrict__ b51 = (float*)buffers[51]; /* t105 */
  int32_t* __restrict__ b73 = (int32_t*)buffers[73]; /* out_dst */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b49[((int64_t)b73[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b50[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b51[(i_v * s_C + i_j)] = ((b50[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.src.sum | mul */
extern "C" __global__ void k39_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b51 = (float*)buffers[51]; /* t105 */
  float* __restrict__ b52 = (float*)buffers[52]; /* t108 */
  float* __restrict__ b53 = (float*)buffers[53]; /* t112 */
  int32_t* __restrict__ b73 = (int32_t*)buffers[73]; /* out_dst */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b51[((int64_t)b73[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b52[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b53[(i_v * s_C + i_j)] = ((b52[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.src.sum | mul */
extern "C" __global__ void k41_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b53 = (float*)buffers[53]; /* t112 */
  float* __restrict__ b54 = (float*)buffers[54]; /* t115 */
  float* __restrict__ b55 = (float*)buffers[55]; /* t119 */
  int32_t* __restrict__ b73 = (int32_t*)buffers[73]; /* out_dst */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b53[((int64_t)b73[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b54[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b55[(i_v * s_C + i_j)] = ((b54[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.src.sum | mul */
extern "C" __global__ void k43_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b55 = (float*)buffers[55]; /* t119 */
  float* __restrict__ b56 = (float*)buffers[56]; /* t122 */
  float* __restrict__ b57 = (float*)buffers[57]; /* t126 */
  int32_t* __restrict__ b73 = (int32_t*)buffers[73]; /* out_dst */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b55[((int64_t)b73[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b56[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b57[(i_v * s_C + i_j)] = ((b56[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.src.sum | mul */
extern "C" __global__ void k45_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b57 = (float*)buffers[57]; /* t126 */
  float* __restrict__ b58 = (float*)buffers[58]; /* t129 */
  float* __restrict__ b59 = (float*)buffers[59]; /* t133 */
  int32_t* __restrict__ b73 = (int32_t*)buffers[73]; /* out_dst */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b57[((int64_t)b73[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b58[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b59[(i_v * s_C + i_j)] = ((b58[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.src.sum | mul */
extern "C" __global__ void k47_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b59 = (float*)buffers[59]; /* t133 */
  float* __restrict__ b60 = (float*)buffers[60]; /* t136 */
  float* __restrict__ b61 = (float*)buffers[61]; /* t140 */
  int32_t* __restrict__ b73 = (int32_t*)buffers[73]; /* out_dst */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b59[((int64_t)b73[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b60[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b61[(i_v * s_C + i_j)] = ((b60[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.src.sum | mul */
extern "C" __global__ void k49_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b61 = (float*)buffers[61]; /* t140 */
  float* __restrict__ b62 = (float*)buffers[62]; /* t143 */
  float* __restrict__ b63 = (float*)buffers[63]; /* t147 */
  int32_t* __restrict__ b73 = (int32_t*)buffers[73]; /* out_dst */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b61[((int64_t)b73[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b62[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b63[(i_v * s_C + i_j)] = ((b62[(i_v * s_C + i_j)] * 0.9f) * b7[i_v]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* aggregate.src.sum | add */
extern "C" __global__ void k51_aggregate_src_sum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b4 = (int32_t*)buffers[4]; /* out_ptr */
  int32_t* __restrict__ b5 = (int32_t*)buffers[5]; /* out_edge */
  float* __restrict__ b7 = (float*)buffers[7]; /* gcn_propagate_0.dn */
  float* __restrict__ b44 = (float*)buffers[44]; /* t81 */
  float* __restrict__ b46 = (float*)buffers[46]; /* t87 */
  float* __restrict__ b48 = (float*)buffers[48]; /* t94 */
  float* __restrict__ b50 = (float*)buffers[50]; /* t101 */
  float* __restrict__ b52 = (float*)buffers[52]; /* t108 */
  float* __restrict__ b54 = (float*)buffers[54]; /* t115 */
  float* __restrict__ b56 = (float*)buffers[56]; /* t122 */
  float* __restrict__ b58 = (float*)buffers[58]; /* t129 */
  float* __restrict__ b60 = (float*)buffers[60]; /* t136 */
  float* __restrict__ b62 = (float*)buffers[62]; /* t143 */
  float* __restrict__ b63 = (float*)buffers[63]; /* t147 */
  float* __restrict__ b64 = (float*)buffers[64]; /* t150 */
  float* __restrict__ b65 = (float*)buffers[65]; /* t151 */
  int32_t* __restrict__ b73 = (int32_t*)buffers[73]; /* out_dst */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b4[i_v];
      int64_t i_end = (int64_t)b4[(i_v + 1)];
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        float f_acc = 0.0f;
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b5[i_q];
          f_acc = (f_acc + (b63[((int64_t)b73[i_q] * s_C + i_j)] * b7[(int64_t)b0[i_e]]));
        }
        b64[(i_v * s_C + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b65[(i_v * s_C + i_j)] = (((((((((((b44[(i_v * s_C + i_j)] * 0.1f) + (b46[(i_v * s_C + i_j)] * 0.1f)) + (b48[(i_v * s_C + i_j)] * 0.1f)) + (b50[(i_v * s_C + i_j)] * 0.1f)) + (b52[(i_v * s_C + i_j)] * 0.1f)) + (b54[(i_v * s_C + i_j)] * 0.1f)) + (b56[(i_v * s_C + i_j)] * 0.1f)) + (b58[(i_v * s_C + i_j)] * 0.1f)) + (b60[(i_v * s_C + i_j)] * 0.1f)) + (b62[(i_v * s_C + i_j)] * 0.1f)) + b64[(i_v * s_C + i_j)]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* sum_to */
extern "C" __global__ void k53_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b65 = (float*)buffers[65]; /* t151 */
  float* __restrict__ b66 = (float*)buffers[66]; /* grad.lin2.b */
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
        f_acc_lane1 = (f_acc_lane1 + b65[(i_k0 * s_C + (i_t % s_C))]);
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b66[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt */
/* GEMM t153 = t151 @ lin2.W^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k54_matmul_nt(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b15 = (float*)buffers[15]; /* lin2.W */
  float* __restrict__ b65 = (float*)buffers[65]; /* t151 */
  float* __restrict__ b67 = (float*)buffers[67]; /* t153 */
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
        f_acc_0 = (f_acc_0 + (b65[(i_r * s_C + i_q)] * b15[(i_cv * 4 * s_C + i_q)]));
        f_acc_1 = (f_acc_1 + (b65[(i_r * s_C + i_q)] * b15[((i_cv * 4 + 1) * s_C + i_q)]));
        f_acc_2 = (f_acc_2 + (b65[(i_r * s_C + i_q)] * b15[((i_cv * 4 + 2) * s_C + i_q)]));
        f_acc_3 = (f_acc_3 + (b65[(i_r * s_C + i_q)] * b15[((i_cv * 4 + 3) * s_C + i_q)]));
      }
      *(gnnc_float4*)(b67 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_nt (edges split over slots) */
/* GEMM t153 = t151 @ lin2.W^T: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k54_matmul_nt_split(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b15 = (float*)buffers[15]; /* lin2.W */
  float* __restrict__ b65 = (float*)buffers[65]; /* t151 */
  float* __restrict__ b67 = (float*)buffers[67]; /* t153 */
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
          f_acc_0_lane1 = (f_acc_0_lane1 + (b65[(i_r * s_C + i_q)] * b15[(i_cv * 4 * s_C + i_q)]));
          f_acc_1_lane2 = (f_acc_1_lane2 + (b65[(i_r * s_C + i_q)] * b15[((i_cv * 4 + 1) * s_C + i_q)]));
          f_acc_2_lane3 = (f_acc_2_lane3 + (b65[(i_r * s_C + i_q)] * b15[((i_cv * 4 + 2) * s_C + i_q)]));
          f_acc_3_lane4 = (f_acc_3_lane4 + (b65[(i_r * s_C + i_q)] * b15[((i_cv * 4 + 3) * s_C + i_q)]));
        }
        f_acc_0 = (f_acc_0 + gnnc_slots_sum(f_acc_0_lane1, 16));
        f_acc_1 = (f_acc_1 + gnnc_slots_sum(f_acc_1_lane2, 16));
        f_acc_2 = (f_acc_2 + gnnc_slots_sum(f_acc_2_lane3, 16));
        f_acc_3 = (f_acc_3 + gnnc_slots_sum(f_acc_3_lane4, 16));
      }
      if (slot == 0) *(gnnc_float4*)(b67 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.lin2.W = hidden^T @ t151: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k55_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b14 = (float*)buffers[14]; /* hidden */
  float* __restrict__ b65 = (float*)buffers[65]; /* t151 */
  float* __restrict__ b68 = (float*)buffers[68]; /* grad.lin2.W */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < 64; i_k += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      b68[(i_k * s_C + i_c)] = 0.0f;
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b14[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
          b68[(i_k * s_C + i_c)] = (b68[(i_k * s_C + i_c)] + (f_a * b65[(i_r * s_C + i_c)]));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* relu_grad */
extern "C" __global__ void k56_relu_grad(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b13 = (float*)buffers[13]; /* t10 */
  float* __restrict__ b67 = (float*)buffers[67]; /* t153 */
  float* __restrict__ b69 = (float*)buffers[69]; /* t156 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b67 + (i_r * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b13 + (i_r * 64 + i_jv * 4));
      float f_jvec2_0 = v_jvec2_0.x;
      float f_jvec2_1 = v_jvec2_0.y;
      float f_jvec2_2 = v_jvec2_0.z;
      float f_jvec2_3 = v_jvec2_0.w;
      *(gnnc_float4*)(b69 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4(gnnc_relu_grad((training ? gnnc_dropout_mul(f_jvec1_0, seed, 1ULL, (uint64_t)((i_r * 64 + i_jv * 4)), 8388608ULL, 2.0f) : f_jvec1_0), f_jvec2_0), gnnc_relu_grad((training ? gnnc_dropout_mul(f_jvec1_1, seed, 1ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 1))), 8388608ULL, 2.0f) : f_jvec1_1), f_jvec2_1), gnnc_relu_grad((training ? gnnc_dropout_mul(f_jvec1_2, seed, 1ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 2))), 8388608ULL, 2.0f) : f_jvec1_2), f_jvec2_2), gnnc_relu_grad((training ? gnnc_dropout_mul(f_jvec1_3, seed, 1ULL, (uint64_t)((i_r * 64 + (i_jv * 4 + 3))), 8388608ULL, 2.0f) : f_jvec1_3), f_jvec2_3));
    }
    __syncwarp(lanes_mask);
  }
}

/* sum_to */
extern "C" __global__ void k57_sum_to(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b69 = (float*)buffers[69]; /* t156 */
  float* __restrict__ b70 = (float*)buffers[70]; /* grad.lin1.b */
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
        f_acc_lane1 = (f_acc_lane1 + b69[(i_k0 * 64 + (i_t % 64))]);
      }
      f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
    }
    if (lane == 0) {
      b70[i_t] = f_acc;
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul_tn */
/* GEMM grad.lin1.W = t6^T @ t156: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k58_matmul_tn(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b9 = (float*)buffers[9]; /* t6 */
  float* __restrict__ b69 = (float*)buffers[69]; /* t156 */
  float* __restrict__ b71 = (float*)buffers[71]; /* grad.lin1.W */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_k = 0 + group; i_k < s_F; i_k += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b71 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_r = 0; i_r < s_N; i_r++) {
      float f_a = b9[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b71 + (i_k * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b69 + (i_r * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b71 + (i_k * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}
