;; The one pass of skguard's keyword prefilter (see literal-search.ts): finds, 16 bytes at a time,
;; every position where some literal's 3-byte window may start. A "Teddy" filter: each literal is
;; put in one of 8 buckets; for each of the window's 3 bytes, two 16-byte tables give, for the
;; byte's low and high nibble, the buckets having a literal whose window holds such a nibble there.
;; A position whose 3 bytes pass all six tables for one bucket is then looked up in a 65,536-bit
;; set of the windows' hashes; only positions whose window hashes into the set are written out.
;; `npm run wasm` assembles this file into teddy-wasm.ts.
;;
;; Memory (all offsets in bytes):
;;   0..95      lo0 hi0 lo1 hi1 lo2 hi2: bucket masks by nibble, for window bytes 0, 1 and 2
;;   96..8287   bit set of window hashes: bit (w * 0x9E3779B1) >>> 16 for each 24-bit window w
;;   out        candidate window starts (i32), one per position at most
;;   data       the bytes to search, followed by 16 zero bytes (a block may read past the end)
(module
  (memory (export "memory") 1)
  (func (export "scan") (param $data i32) (param $n i32) (param $out i32) (result i32)
    (local $i i32) (local $count i32) (local $bits i32) (local $start i32) (local $hash i32)
    (local $v v128) (local $lo v128) (local $hi v128)
    (local $m0 v128) (local $m1 v128) (local $m2 v128) (local $prev0 v128) (local $prev1 v128)
    (local $hits v128)
    (local $lo0 v128) (local $hi0 v128) (local $lo1 v128) (local $hi1 v128) (local $lo2 v128) (local $hi2 v128)
    (local.set $lo0 (v128.load (i32.const 0)))
    (local.set $hi0 (v128.load (i32.const 16)))
    (local.set $lo1 (v128.load (i32.const 32)))
    (local.set $hi1 (v128.load (i32.const 48)))
    (local.set $lo2 (v128.load (i32.const 64)))
    (local.set $hi2 (v128.load (i32.const 80)))
    (block $done
      (loop $blocks
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $v (v128.load (i32.add (local.get $data) (local.get $i))))
        (local.set $lo (v128.and (local.get $v) (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15)))
        (local.set $hi (i8x16.shr_u (local.get $v) (i32.const 4)))
        ;; m_j[p]: buckets whose window may have the byte at p as its byte j
        (local.set $m0 (v128.and (i8x16.swizzle (local.get $lo0) (local.get $lo)) (i8x16.swizzle (local.get $hi0) (local.get $hi))))
        (local.set $m1 (v128.and (i8x16.swizzle (local.get $lo1) (local.get $lo)) (i8x16.swizzle (local.get $hi1) (local.get $hi))))
        (local.set $m2 (v128.and (i8x16.swizzle (local.get $lo2) (local.get $lo)) (i8x16.swizzle (local.get $hi2) (local.get $hi))))
        ;; hits[p]: buckets whose window may end at p, i.e. m0[p-2] & m1[p-1] & m2[p] (the previous
        ;; block supplies p-2 and p-1 for the first lanes; before the first block they are zero)
        (local.set $hits
          (v128.and
            (v128.and
              (i8x16.shuffle 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 (local.get $prev0) (local.get $m0))
              (i8x16.shuffle 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 (local.get $prev1) (local.get $m1)))
            (local.get $m2)))
        (if (v128.any_true (local.get $hits))
          (then
            (local.set $bits (i8x16.bitmask (i8x16.ne (local.get $hits) (v128.const i64x2 0 0))))
            (loop $each
              (local.set $start (i32.sub (i32.add (local.get $i) (i32.ctz (local.get $bits))) (i32.const 2)))
              (local.set $hash
                (i32.shr_u
                  (i32.mul
                    (i32.and (i32.load (i32.add (local.get $data) (local.get $start))) (i32.const 0xFFFFFF))
                    (i32.const 0x9E3779B1))
                  (i32.const 16)))
              (if (i32.and
                    (i32.load8_u offset=96 (i32.shr_u (local.get $hash) (i32.const 3)))
                    (i32.shl (i32.const 1) (i32.and (local.get $hash) (i32.const 7))))
                (then
                  (i32.store (i32.add (local.get $out) (i32.shl (local.get $count) (i32.const 2))) (local.get $start))
                  (local.set $count (i32.add (local.get $count) (i32.const 1)))))
              (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
              (br_if $each (local.get $bits)))))
        (local.set $prev0 (local.get $m0))
        (local.set $prev1 (local.get $m1))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $blocks)))
    (local.get $count)))
