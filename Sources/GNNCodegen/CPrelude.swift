// The prelude every emitted program starts with: scalar helpers shared by all kernels and the
// dropout hash, bit-for-bit the one in GNNIR/DropoutMask.swift; one body for C and CUDA, whose
// headers differ only in where the integer types come from and how a helper is qualified.

public enum CPrelude {
    /// The CPU prelude. Runtime/gnnc_prelude.h holds the same text (a test keeps them equal).
    public static let text = cHeader + functions + cLanes + cHalf

    static let cHeader = """
        /* gnnc C prelude: scalar helpers and the dropout hash (see GNNIR DropoutMask). */
        #include <stdint.h>
        #include <math.h>
        #define GNNC_INLINE static inline

        """

    /// NVRTC compiles without system or CUDA headers: the fixed-width types are declared here, and
    /// the math functions used (expf, logf, sqrtf, tanhf, fmaxf, fminf) are device built-ins.
    static let cudaHeader = """
        /* gnnc CUDA prelude: scalar helpers and the dropout hash (see GNNIR DropoutMask). */
        typedef long long int64_t;
        typedef unsigned long long uint64_t;
        typedef int int32_t;
        typedef unsigned short uint16_t;
        #define INFINITY __int_as_float(0x7f800000)
        #define NAN __int_as_float(0x7fffffff)
        #define GNNC_INLINE static __device__ __forceinline__

        """

    /// The CUDA prelude. Runtime/gnnc_prelude.cuh holds the same text (a test keeps them equal).
    public static let cudaText = cudaHeader + functions + cudaDevice

    /// The C side of the lane statements: one thread plays a group's lanes (up to 32), and
    /// partials combine in the butterfly order of `gnnc_group_sum`, so emulated and real sums agree.
    static let cLanes = """
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

        """

    /// f16 and bf16 storage on the CPU, both rounding to nearest even: f16 through the compiler's
    /// `_Float16` where it has one (GCC 12+ and Clang on x86-64 and AArch64), else by bit operations
    /// that give the same results; bf16 by bit operations (the upper half of the float, rounded).
    static let cHalf = """
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

        """

    /// Device-only helpers: vector types for 16-byte loads, reductions over a row's lane group
    /// (`lanes` a power of two up to 32, `mask` the group's lanes; every lane ends with the same
    /// bits: each step adds two lanes' values, and float addition commutes), float atomics, and
    /// f16/bf16 conversions by inline PTX (round to nearest even), so NVRTC needs no CUDA headers.
    static let cudaDevice = """
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

        """

    static let functions = """

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

        """
}
