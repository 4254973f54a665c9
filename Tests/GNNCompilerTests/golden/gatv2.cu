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
GNNC_INLINE float gnnc_elu(float x, float alpha) { return x > 0.0f ? x : alpha * (expf(x) - 1.0f); }
GNNC_INLINE float gnnc_exp(float x) { return expf(x); }
/* program GATv2: 37 buffers, 14 kernels */

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
      b7[(i_r * s_F + i_j)] = (training ? gnnc_dropout_mul(b6[(i_r * s_F + i_j)], seed, 0ULL, (uint64_t)((i_r * s_F + i_j)), 10066329ULL, 2.5f) : b6[(i_r * s_F + i_j)]);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul */
/* GEMM t8 = t1 @ conv1.W_l: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k1_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b7 = (float*)buffers[7]; /* t1 */
  float* __restrict__ b8 = (float*)buffers[8]; /* conv1.W_l */
  float* __restrict__ b14 = (float*)buffers[14]; /* t8 */
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
      float f_a = b7[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b14 + (i_r * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b8 + (i_k * 64 + i_cv * 4));
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

/* add */
extern "C" __global__ void k2_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b9 = (float*)buffers[9]; /* conv1.b_l */
  float* __restrict__ b14 = (float*)buffers[14]; /* t8 */
  float* __restrict__ b15 = (float*)buffers[15]; /* t9 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b14 + (i_r * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b9 + i_jv * 4);
      float f_jvec2_0 = v_jvec2_0.x;
      float f_jvec2_1 = v_jvec2_0.y;
      float f_jvec2_2 = v_jvec2_0.z;
      float f_jvec2_3 = v_jvec2_0.w;
      *(gnnc_float4*)(b15 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 + f_jvec2_0), (f_jvec1_1 + f_jvec2_1), (f_jvec1_2 + f_jvec2_2), (f_jvec1_3 + f_jvec2_3));
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul */
/* GEMM t11 = t1 @ conv1.W_r: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k3_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b7 = (float*)buffers[7]; /* t1 */
  float* __restrict__ b10 = (float*)buffers[10]; /* conv1.W_r */
  float* __restrict__ b16 = (float*)buffers[16]; /* t11 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
      *(gnnc_float4*)(b16 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < s_F; i_k++) {
      float f_a = b7[(i_r * s_F + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_cv = 0 + lane; i_cv < 16; i_cv += 16) {
          const gnnc_float4 v_cvec1_0 = *(const gnnc_float4*)(b16 + (i_r * 64 + i_cv * 4));
          float f_cvec1_0 = v_cvec1_0.x;
          float f_cvec1_1 = v_cvec1_0.y;
          float f_cvec1_2 = v_cvec1_0.z;
          float f_cvec1_3 = v_cvec1_0.w;
          const gnnc_float4 v_cvec2_0 = *(const gnnc_float4*)(b10 + (i_k * 64 + i_cv * 4));
          float f_cvec2_0 = v_cvec2_0.x;
          float f_cvec2_1 = v_cvec2_0.y;
          float f_cvec2_2 = v_cvec2_0.z;
          float f_cvec2_3 = v_cvec2_0.w;
          *(gnnc_float4*)(b16 + (i_r * 64 + i_cv * 4)) = gnnc_make_float4((f_cvec1_0 + (f_a * f_cvec2_0)), (f_cvec1_1 + (f_a * f_cvec2_1)), (f_cvec1_2 + (f_a * f_cvec2_2)), (f_cvec1_3 + (f_a * f_cvec2_3)));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add */
extern "C" __global__ void k4_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b11 = (float*)buffers[11]; /* conv1.b_r */
  float* __restrict__ b16 = (float*)buffers[16]; /* t11 */
  float* __restrict__ b17 = (float*)buffers[17]; /* t12 */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
      const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b16 + (i_r * 64 + i_jv * 4));
      float f_jvec1_0 = v_jvec1_0.x;
      float f_jvec1_1 = v_jvec1_0.y;
      float f_jvec1_2 = v_jvec1_0.z;
      float f_jvec1_3 = v_jvec1_0.w;
      const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b11 + i_jv * 4);
      float f_jvec2_0 = v_jvec2_0.x;
      float f_jvec2_1 = v_jvec2_0.y;
      float f_jvec2_2 = v_jvec2_0.z;
      float f_jvec2_3 = v_jvec2_0.w;
      *(gnnc_float4*)(b17 + (i_r * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 + f_jvec2_0), (f_jvec1_1 + f_jvec2_1), (f_jvec1_2 + f_jvec2_2), (f_jvec1_3 + f_jvec2_3));
    }
    __syncwarp(lanes_mask);
  }
}

/* rowsum */
extern "C" __global__ void k5_rowsum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b12 = (float*)buffers[12]; /* conv1.att */
  float* __restrict__ b15 = (float*)buffers[15]; /* t9 */
  float* __restrict__ b17 = (float*)buffers[17]; /* t12 */
  float* __restrict__ b18 = (float*)buffers[18]; /* conv1.s */
  const int64_t lane = threadIdx.x % 2;
  const unsigned lanes_mask = 0x3u << (threadIdx.x % 32 / 2 * 2);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 2;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 2;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_E; i_r += groups) {
    for (int64_t i_jv = 0 + lane; i_jv < 2; i_jv += 2) {
      float f_acc_0 = 0.0f;
      float f_acc_1 = 0.0f;
      float f_acc_2 = 0.0f;
      float f_acc_3 = 0.0f;
      for (int64_t i_k = 0; i_k < 8; i_k++) {
        f_acc_0 = (f_acc_0 + (gnnc_leaky_relu((b15[((int64_t)b0[i_r] * 64 + (i_jv * 4 * 8 + i_k))] + b17[((int64_t)b1[i_r] * 64 + (i_jv * 4 * 8 + i_k))]), 0.2f) * b12[(i_jv * 4 * 8 + i_k)]));
        f_acc_1 = (f_acc_1 + (gnnc_leaky_relu((b15[((int64_t)b0[i_r] * 64 + ((i_jv * 4 + 1) * 8 + i_k))] + b17[((int64_t)b1[i_r] * 64 + ((i_jv * 4 + 1) * 8 + i_k))]), 0.2f) * b12[((i_jv * 4 + 1) * 8 + i_k)]));
        f_acc_2 = (f_acc_2 + (gnnc_leaky_relu((b15[((int64_t)b0[i_r] * 64 + ((i_jv * 4 + 2) * 8 + i_k))] + b17[((int64_t)b1[i_r] * 64 + ((i_jv * 4 + 2) * 8 + i_k))]), 0.2f) * b12[((i_jv * 4 + 2) * 8 + i_k)]));
        f_acc_3 = (f_acc_3 + (gnnc_leaky_relu((b15[((int64_t)b0[i_r] * 64 + ((i_jv * 4 + 3) * 8 + i_k))] + b17[((int64_t)b1[i_r] * 64 + ((i_jv * 4 + 3) * 8 + i_k))]), 0.2f) * b12[((i_jv * 4 + 3) * 8 + i_k)]));
      }
      *(gnnc_float4*)(b18 + (i_r * 8 + i_jv * 4)) = gnnc_make_float4(f_acc_0, f_acc_1, f_acc_2, f_acc_3);
    }
    __syncwarp(lanes_mask);
  }
}

/* edge_softmax + aggregate.dst.sum (online softmax) | add | dropout */
extern "C" __global__ void k6_edge_softmax_aggregate(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b13 = (float*)buffers[13]; /* conv1.b */
  float* __restrict__ b15 = (float*)buffers[15]; /* t9 */
  float* __restrict__ b18 = (float*)buffers[18]; /* conv1.s */
  float* __restrict__ b19 = (float*)buffers[19]; /* t23 */
  float* __restrict__ b20 = (float*)buffers[20]; /* h1 */
  float* __restrict__ b21 = (float*)buffers[21]; /* h */
  int32_t* __restrict__ b36 = (int32_t*)buffers[36]; /* in_src */
  const int64_t lane = threadIdx.x % 16;
  const unsigned lanes_mask = 0xffffu << (threadIdx.x % 32 / 16 * 16);
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 16;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 16;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_h = 0; i_h < 8; i_h++) {
        float f_top = (-INFINITY);
        float f_total = 0.0f;
        for (int64_t i_fv = 0 + lane; i_fv < 2; i_fv += 16) {
          *(gnnc_float4*)(b19 + ((i_v * 64 + i_h * 8) + i_fv * 4)) = gnnc_make_float4(0.0f, 0.0f, 0.0f, 0.0f);
        }
        __syncwarp(lanes_mask);
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          float f_score = b18[(i_e * 8 + (i_h % 8))];
          float f_next = fmaxf(f_top, f_score);
          float f_rescale = gnnc_exp((f_top - f_next));
          float f_weight = gnnc_exp((f_score - f_next));
          f_total = ((f_total * f_rescale) + f_weight);
          for (int64_t i_fv = 0 + lane; i_fv < 2; i_fv += 16) {
            const gnnc_float4 v_fvec1_0 = *(const gnnc_float4*)(b19 + ((i_v * 64 + i_h * 8) + i_fv * 4));
            float f_fvec1_0 = v_fvec1_0.x;
            float f_fvec1_1 = v_fvec1_0.y;
            float f_fvec1_2 = v_fvec1_0.z;
            float f_fvec1_3 = v_fvec1_0.w;
            const gnnc_float4 v_fvec2_0 = *(const gnnc_float4*)(b15 + (((int64_t)b36[i_q] * 64 + i_h * 8) + i_fv * 4));
            float f_fvec2_0 = v_fvec2_0.x;
            float f_fvec2_1 = v_fvec2_0.y;
            float f_fvec2_2 = v_fvec2_0.z;
            float f_fvec2_3 = v_fvec2_0.w;
            *(gnnc_float4*)(b19 + ((i_v * 64 + i_h * 8) + i_fv * 4)) = gnnc_make_float4(((f_fvec1_0 * f_rescale) + ((training ? gnnc_dropout_mul(f_weight, seed, 1ULL, (uint64_t)((i_e * 8 + (((i_h * 8 + i_fv * 4) / 8) % 8))), 10066329ULL, 2.5f) : f_weight) * f_fvec2_0)), ((f_fvec1_1 * f_rescale) + ((training ? gnnc_dropout_mul(f_weight, seed, 1ULL, (uint64_t)((i_e * 8 + (((i_h * 8 + (i_fv * 4 + 1)) / 8) % 8))), 10066329ULL, 2.5f) : f_weight) * f_fvec2_1)), ((f_fvec1_2 * f_rescale) + ((training ? gnnc_dropout_mul(f_weight, seed, 1ULL, (uint64_t)((i_e * 8 + (((i_h * 8 + (i_fv * 4 + 2)) / 8) % 8))), 10066329ULL, 2.5f) : f_weight) * f_fvec2_2)), ((f_fvec1_3 * f_rescale) + ((training ? gnnc_dropout_mul(f_weight, seed, 1ULL, (uint64_t)((i_e * 8 + (((i_h * 8 + (i_fv * 4 + 3)) / 8) % 8))), 10066329ULL, 2.5f) : f_weight) * f_fvec2_3)));
          }
          __syncwarp(lanes_mask);
          f_top = f_next;
        }
        if (i_start < i_end) {
          for (int64_t i_fv = 0 + lane; i_fv < 2; i_fv += 16) {
            const gnnc_float4 v_fvec1_0 = *(const gnnc_float4*)(b19 + ((i_v * 64 + i_h * 8) + i_fv * 4));
            float f_fvec1_0 = v_fvec1_0.x;
            float f_fvec1_1 = v_fvec1_0.y;
            float f_fvec1_2 = v_fvec1_0.z;
            float f_fvec1_3 = v_fvec1_0.w;
            *(gnnc_float4*)(b19 + ((i_v * 64 + i_h * 8) + i_fv * 4)) = gnnc_make_float4((f_fvec1_0 / f_total), (f_fvec1_1 / f_total), (f_fvec1_2 / f_total), (f_fvec1_3 / f_total));
          }
          __syncwarp(lanes_mask);
        }
      }
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b19 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        const gnnc_float4 v_jvec2_0 = *(const gnnc_float4*)(b13 + i_jv * 4);
        float f_jvec2_0 = v_jvec2_0.x;
        float f_jvec2_1 = v_jvec2_0.y;
        float f_jvec2_2 = v_jvec2_0.z;
        float f_jvec2_3 = v_jvec2_0.w;
        *(gnnc_float4*)(b20 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4((f_jvec1_0 + f_jvec2_0), (f_jvec1_1 + f_jvec2_1), (f_jvec1_2 + f_jvec2_2), (f_jvec1_3 + f_jvec2_3));
      }
      __syncwarp(lanes_mask);
    }
    {
      for (int64_t i_jv = 0 + lane; i_jv < 16; i_jv += 16) {
        const gnnc_float4 v_jvec1_0 = *(const gnnc_float4*)(b20 + (i_v * 64 + i_jv * 4));
        float f_jvec1_0 = v_jvec1_0.x;
        float f_jvec1_1 = v_jvec1_0.y;
        float f_jvec1_2 = v_jvec1_0.z;
        float f_jvec1_3 = v_jvec1_0.w;
        *(gnnc_float4*)(b21 + (i_v * 64 + i_jv * 4)) = gnnc_make_float4((training ? gnnc_dropout_mul(gnnc_elu(f_jvec1_0, 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + i_jv * 4)), 10066329ULL, 2.5f) : gnnc_elu(f_jvec1_0, 1.0f)), (training ? gnnc_dropout_mul(gnnc_elu(f_jvec1_1, 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 1))), 10066329ULL, 2.5f) : gnnc_elu(f_jvec1_1, 1.0f)), (training ? gnnc_dropout_mul(gnnc_elu(f_jvec1_2, 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 2))), 10066329ULL, 2.5f) : gnnc_elu(f_jvec1_2, 1.0f)), (training ? gnnc_dropout_mul(gnnc_elu(f_jvec1_3, 1.0f), seed, 2ULL, (uint64_t)((i_v * 64 + (i_jv * 4 + 3))), 10066329ULL, 2.5f) : gnnc_elu(f_jvec1_3, 1.0f)));
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* matmul */
/* GEMM t34 = h @ conv2.W_l: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k9_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b21 = (float*)buffers[21]; /* h */
  float* __restrict__ b22 = (float*)buffers[22]; /* conv2.W_l */
  float* __restrict__ b28 = (float*)buffers[28]; /* t34 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      b28[(i_r * s_C + i_c)] = 0.0f;
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < 64; i_k++) {
      float f_a = b21[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
          b28[(i_r * s_C + i_c)] = (b28[(i_r * s_C + i_c)] + (f_a * b22[(i_k * s_C + i_c)]));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add */
extern "C" __global__ void k10_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b23 = (float*)buffers[23]; /* conv2.b_l */
  float* __restrict__ b28 = (float*)buffers[28]; /* t34 */
  float* __restrict__ b29 = (float*)buffers[29]; /* t35 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
      b29[(i_r * s_C + i_j)] = (b28[(i_r * s_C + i_j)] + b23[i_j]);
    }
    __syncwarp(lanes_mask);
  }
}

/* matmul */
/* GEMM t37 = h @ conv2.W_r: the BLAS computes it where there is one; this body where not */
extern "C" __global__ void k11_matmul(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b21 = (float*)buffers[21]; /* h */
  float* __restrict__ b24 = (float*)buffers[24]; /* conv2.W_r */
  float* __restrict__ b30 = (float*)buffers[30]; /* t37 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
      b30[(i_r * s_C + i_c)] = 0.0f;
    }
    __syncwarp(lanes_mask);
    for (int64_t i_k = 0; i_k < 64; i_k++) {
      float f_a = b21[(i_r * 64 + i_k)];
      if (f_a != 0.0f) {
        for (int64_t i_c = 0 + lane; i_c < s_C; i_c += 32) {
          b30[(i_r * s_C + i_c)] = (b30[(i_r * s_C + i_c)] + (f_a * b24[(i_k * s_C + i_c)]));
        }
        __syncwarp(lanes_mask);
      }
    }
  }
}

/* add */
extern "C" __global__ void k12_add(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b25 = (float*)buffers[25]; /* conv2.b_r */
  float* __restrict__ b30 = (float*)buffers[30]; /* t37 */
  float* __restrict__ b31 = (float*)buffers[31]; /* t38 */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_N; i_r += groups) {
    for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
      b31[(i_r * s_C + i_j)] = (b30[(i_r * s_C + i_j)] + b25[i_j]);
    }
    __syncwarp(lanes_mask);
  }
}

/* rowsum */
extern "C" __global__ void k13_rowsum(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b0 = (int32_t*)buffers[0]; /* src */
  int32_t* __restrict__ b1 = (int32_t*)buffers[1]; /* dst */
  float* __restrict__ b26 = (float*)buffers[26]; /* conv2.att */
  float* __restrict__ b29 = (float*)buffers[29]; /* t35 */
  float* __restrict__ b31 = (float*)buffers[31]; /* t38 */
  float* __restrict__ b32 = (float*)buffers[32]; /* conv2.s */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_r = 0 + group; i_r < s_E; i_r += groups) {
    for (int64_t i_j = 0; i_j < 1; i_j++) {
      float f_acc = 0.0f;
      {
        float f_acc_lane1 = 0.0f;
        for (int64_t i_k = 0 + lane; i_k < s_C; i_k += 32) {
          f_acc_lane1 = (f_acc_lane1 + (gnnc_leaky_relu((b29[((int64_t)b0[i_r] * s_C + (i_j * s_C + i_k))] + b31[((int64_t)b1[i_r] * s_C + (i_j * s_C + i_k))]), 0.2f) * b26[(i_j * s_C + i_k)]));
        }
        f_acc = (f_acc + gnnc_group_sum(f_acc_lane1, lanes_mask, 32));
      }
      if (lane == 0) {
        b32[(i_r + i_j)] = f_acc;
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* edge_softmax + aggregate.dst.sum (online softmax) | add */
extern "C" __global__ void k14_edge_softmax_aggregate(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  int32_t* __restrict__ b2 = (int32_t*)buffers[2]; /* in_ptr */
  int32_t* __restrict__ b3 = (int32_t*)buffers[3]; /* in_edge */
  float* __restrict__ b27 = (float*)buffers[27]; /* conv2.b */
  float* __restrict__ b29 = (float*)buffers[29]; /* t35 */
  float* __restrict__ b32 = (float*)buffers[32]; /* conv2.s */
  float* __restrict__ b33 = (float*)buffers[33]; /* t49 */
  float* __restrict__ b34 = (float*)buffers[34]; /* t50 */
  int32_t* __restrict__ b36 = (int32_t*)buffers[36]; /* in_src */
  const int64_t lane = threadIdx.x % 32;
  const unsigned lanes_mask = 0xffffffffu;
  const int64_t group = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) / 32;
  const int64_t groups = ((int64_t)gridDim.x * blockDim.x) / 32;
  (void)lane; (void)lanes_mask;
  for (int64_t i_v = 0 + group; i_v < s_N; i_v += groups) {
    {
      int64_t i_start = (int64_t)b2[i_v];
      int64_t i_end = (int64_t)b2[(i_v + 1)];
      for (int64_t i_h = 0; i_h < 1; i_h++) {
        float f_top = (-INFINITY);
        float f_total = 0.0f;
        for (int64_t i_f = 0 + lane; i_f < s_C; i_f += 32) {
          b33[(i_v * s_C + (i_h * s_C + i_f))] = 0.0f;
        }
        __syncwarp(lanes_mask);
        for (int64_t i_q = i_start; i_q < i_end; i_q++) {
          int64_t i_e = (int64_t)b3[i_q];
          float f_score = b32[i_e];
          float f_next = fmaxf(f_top, f_score);
          float f_rescale = gnnc_exp((f_top - f_next));
          float f_weight = gnnc_exp((f_score - f_next));
          f_total = ((f_total * f_rescale) + f_weight);
          for (int64_t i_f = 0 + lane; i_f < s_C; i_f += 32) {
            b33[(i_v * s_C + (i_h * s_C + i_f))] = ((b33[(i_v * s_C + (i_h * s_C + i_f))] * f_rescale) + ((training ? gnnc_dropout_mul(f_weight, seed, 3ULL, (uint64_t)(i_e), 10066329ULL, 2.5f) : f_weight) * b29[((int64_t)b36[i_q] * s_C + (i_h * s_C + i_f))]));
          }
          __syncwarp(lanes_mask);
          f_top = f_next;
        }
        if (i_start < i_end) {
          for (int64_t i_f = 0 + lane; i_f < s_C; i_f += 32) {
            b33[(i_v * s_C + (i_h * s_C + i_f))] = (b33[(i_v * s_C + (i_h * s_C + i_f))] / f_total);
          }
          __syncwarp(lanes_mask);
        }
      }
    }
    {
      for (int64_t i_j = 0 + lane; i_j < s_C; i_j += 32) {
        b34[(i_v * s_C + i_j)] = (b33[(i_v * s_C + i_j)] + b27[i_j]);
      }
      __syncwarp(lanes_mask);
    }
  }
}

/* mean_heads */
extern "C" __global__ void k16_mean_heads(void* const* buffers, const int64_t* sizes) {
  const int64_t s_N = sizes[0], s_E = sizes[1];
  const uint64_t seed = (uint64_t)sizes[2];
  const int training = sizes[3] != 0;
  const int64_t s_F = sizes[4];
  const int64_t s_C = sizes[5];
  (void)s_N; (void)s_E; (void)seed; (void)training; (void)s_F; (void)s_C;
  float* __restrict__ b34 = (float*)buffers[34]; /* t50 */
  float* __restrict__ b35 = (float*)buffers[35]; /* t51 */
  for (int64_t i_r = 0 + (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i_r < s_C*s_N; i_r += (int64_t)blockDim.x * gridDim.x) {
    float f_acc = 0.0f;
    for (int64_t i_k = 0; i_k < 1; i_k++) {
      f_acc = (f_acc + b34[(((i_r / s_C) + i_k) * s_C + (i_r % s_C))]);
    }
    b35[i_r] = (f_acc / (float)(1));
  }
}
