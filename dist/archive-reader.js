"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: !0 });
}, __copyProps = (to, from, except, desc2) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc2 = __getOwnPropDesc(from, key)) || desc2.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
)), __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);

// src/pipeline/archive-reader.ts
var archive_reader_exports = {};
__export(archive_reader_exports, {
  newBudget: () => newBudget,
  openArchive: () => openArchive
});
module.exports = __toCommonJS(archive_reader_exports);

// node_modules/fflate/esm/index.mjs
var import_module = require("module"), require2 = (0, import_module.createRequire)("/"), _a, Worker, isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch {
}
var u8 = Uint8Array, u16 = Uint16Array, i32 = Int32Array, fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]), fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]), clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]), freb = function(eb, start) {
  for (var b = new u16(31), i2 = 0; i2 < 31; ++i2)
    b[i2] = start += 1 << eb[i2 - 1];
  for (var r = new i32(b[30]), i2 = 1; i2 < 30; ++i2)
    for (var j = b[i2]; j < b[i2 + 1]; ++j)
      r[j] = j - b[i2] << 5 | i2;
  return { b, r };
}, _a = freb(fleb, 2), fl = _a.b, revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0), fd = _b.b, revfd = _b.r, rev = new u16(32768);
for (i = 0; i < 32768; ++i)
  x = (i & 43690) >> 1 | (i & 21845) << 1, x = (x & 52428) >> 2 | (x & 13107) << 2, x = (x & 61680) >> 4 | (x & 3855) << 4, rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
var x, i, hMap = (function(cd, mb, r) {
  for (var s = cd.length, i2 = 0, l = new u16(mb); i2 < s; ++i2)
    cd[i2] && ++l[cd[i2] - 1];
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2)
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2)
      if (cd[i2])
        for (var sv = i2 << 4 | cd[i2], r_1 = mb - cd[i2], v = le[cd[i2] - 1]++ << r_1, m = v | (1 << r_1) - 1; v <= m; ++v)
          co[rev[v] >> rvb] = sv;
  } else
    for (co = new u16(s), i2 = 0; i2 < s; ++i2)
      cd[i2] && (co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2]);
  return co;
}), flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i, fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1), max = function(a) {
  for (var m = a[0], i2 = 1; i2 < a.length; ++i2)
    a[i2] > m && (m = a[i2]);
  return m;
}, bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
}, bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
}, shft = function(p) {
  return (p + 7) / 8 | 0;
}, slc = function(v, s, e) {
  return (s == null || s < 0) && (s = 0), (e == null || e > v.length) && (e = v.length), new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
], err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  if (e.code = ind, Error.captureStackTrace && Error.captureStackTrace(e, err), !nt)
    throw e;
  return e;
}, inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf, resize = noBuf || st.i != 2, noSt = st.i;
  noBuf && (buf = new u8(sl * 3));
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf), buf = nbuf;
    }
  }, final = st.f || 0, pos2 = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n, tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos2, 1);
      var type = bits(dat, pos2 + 1, 3);
      if (pos2 += 3, type)
        if (type == 1)
          lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
        else if (type == 2) {
          var hLit = bits(dat, pos2, 31) + 257, hcLen = bits(dat, pos2 + 10, 15) + 4, tl = hLit + bits(dat, pos2 + 5, 31) + 1;
          pos2 += 14;
          for (var ldt = new u8(tl), clt = new u8(19), i2 = 0; i2 < hcLen; ++i2)
            clt[clim[i2]] = bits(dat, pos2 + i2 * 3, 7);
          pos2 += hcLen * 3;
          for (var clb = max(clt), clbmsk = (1 << clb) - 1, clm = hMap(clt, clb, 1), i2 = 0; i2 < tl; ) {
            var r = clm[bits(dat, pos2, clbmsk)];
            pos2 += r & 15;
            var s = r >> 4;
            if (s < 16)
              ldt[i2++] = s;
            else {
              var c = 0, n = 0;
              for (s == 16 ? (n = 3 + bits(dat, pos2, 3), pos2 += 2, c = ldt[i2 - 1]) : s == 17 ? (n = 3 + bits(dat, pos2, 7), pos2 += 3) : s == 18 && (n = 11 + bits(dat, pos2, 127), pos2 += 7); n--; )
                ldt[i2++] = c;
            }
          }
          var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
          lbt = max(lt), dbt = max(dt), lm = hMap(lt, lbt, 1), dm = hMap(dt, dbt, 1);
        } else
          err(1);
      else {
        var s = shft(pos2) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          noSt && err(0);
          break;
        }
        resize && cbuf(bt + l), buf.set(dat.subarray(s, t), bt), st.b = bt += l, st.p = pos2 = t * 8, st.f = final;
        continue;
      }
      if (pos2 > tbts) {
        noSt && err(0);
        break;
      }
    }
    resize && cbuf(bt + 131072);
    for (var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1, lpos = pos2; ; lpos = pos2) {
      var c = lm[bits16(dat, pos2) & lms], sym = c >> 4;
      if (pos2 += c & 15, pos2 > tbts) {
        noSt && err(0);
        break;
      }
      if (c || err(2), sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos2, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos2, (1 << b) - 1) + fl[i2], pos2 += b;
        }
        var d = dm[bits16(dat, pos2) & dms], dsym = d >> 4;
        d || err(3), pos2 += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos2) & (1 << b) - 1, pos2 += b;
        }
        if (pos2 > tbts) {
          noSt && err(0);
          break;
        }
        resize && cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          for (shift + bt < 0 && err(3); bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final, lm && (final = 1, st.m = lbt, st.d = dm, st.n = dbt);
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
}, b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
}, b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
};
var gzs = function(d) {
  (d[0] != 31 || d[1] != 139 || d[2] != 8) && err(6, "invalid gzip data");
  var flg = d[3], st = 10;
  flg & 4 && (st += (d[10] | d[11] << 8) + 2);
  for (var zs = (flg >> 3 & 1) + (flg >> 4 & 1); zs > 0; zs -= !d[st++])
    ;
  return st + (flg & 2);
};
var Inflate = /* @__PURE__ */ (function() {
  function Inflate2(opts, cb) {
    typeof opts == "function" && (cb = opts, opts = {}), this.ondata = cb;
    var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
    this.s = { i: 0, b: dict ? dict.length : 0 }, this.o = new u8(32768), this.p = new u8(0), dict && this.o.set(dict);
  }
  return Inflate2.prototype.e = function(c) {
    if (this.ondata || err(5), this.d && err(4), !this.p.length)
      this.p = c;
    else if (c.length) {
      var n = new u8(this.p.length + c.length);
      n.set(this.p), n.set(c, this.p.length), this.p = n;
    }
  }, Inflate2.prototype.c = function(final) {
    this.s.i = +(this.d = final || !1);
    var bts = this.s.b, dt = inflt(this.p, this.s, this.o);
    this.ondata(slc(dt, bts, this.s.b), this.d), this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length, this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
  }, Inflate2.prototype.push = function(chunk, final) {
    this.e(chunk), this.c(final);
  }, Inflate2;
})();
var Gunzip = /* @__PURE__ */ (function() {
  function Gunzip2(opts, cb) {
    this.v = 1, this.r = 0, Inflate.call(this, opts, cb);
  }
  return Gunzip2.prototype.push = function(chunk, final) {
    if (Inflate.prototype.e.call(this, chunk), this.r += chunk.length, this.v) {
      var p = this.p.subarray(this.v - 1), s = p.length > 3 ? gzs(p) : 4;
      if (s > p.length) {
        if (!final)
          return;
      } else this.v > 1 && this.onmember && this.onmember(this.r - p.length);
      this.p = p.subarray(s), this.v = 0;
    }
    Inflate.prototype.c.call(this, 0), this.s.f && !this.s.l ? (this.v = shft(this.s.p) + 9, this.s = { i: 0 }, this.o = new u8(0), this.push(new u8(0), final)) : final && Inflate.prototype.c.call(this, final);
  }, Gunzip2;
})();
var td = typeof TextDecoder < "u" && /* @__PURE__ */ new TextDecoder(), tds = 0;
try {
  td.decode(et, { stream: !0 }), tds = 1;
} catch {
}
var dutf8 = function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++], eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length)
      return { s: r, r: slc(d, i2 - 1) };
    eb ? eb == 3 ? (c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023)) : eb & 1 ? r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63) : r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) : r += String.fromCharCode(c);
  }
};
function strFromU8(dat, latin1) {
  if (latin1) {
    for (var r = "", i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else {
    if (td)
      return td.decode(dat);
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    return r.length && err(8), s;
  }
}
var z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l, nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2))
      if (b2(d, b) == 1)
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
    z < 2 && err(13);
  }
  return [sc, su, off, 0];
};
var UnzipPassThrough = /* @__PURE__ */ (function() {
  function UnzipPassThrough2() {
  }
  return UnzipPassThrough2.prototype.push = function(chunk, final) {
    this.ondata(null, chunk, final);
  }, UnzipPassThrough2.compression = 0, UnzipPassThrough2;
})();
var UnzipInflate = /* @__PURE__ */ (function() {
  function UnzipInflate2() {
    var _this = this;
    this.i = new Inflate(function(dat, final) {
      _this.ondata(null, dat, final);
    });
  }
  return UnzipInflate2.prototype.push = function(chunk, final) {
    try {
      this.i.push(chunk, final);
    } catch (e) {
      this.ondata(e, null, final);
    }
  }, UnzipInflate2.compression = 8, UnzipInflate2;
})();
var Unzip = /* @__PURE__ */ (function() {
  function Unzip3(cb) {
    this.onfile = cb, this.k = [], this.o = {
      0: UnzipPassThrough
    }, this.p = et;
  }
  return Unzip3.prototype.push = function(chunk, final) {
    var _this = this;
    if (this.onfile || err(5), this.p || err(4), this.c > 0) {
      var len = Math.min(this.c, chunk.length), toAdd = chunk.subarray(0, len);
      if (this.c -= len, this.d ? this.d.push(toAdd, !this.c) : this.k[0].push(toAdd), chunk = chunk.subarray(len), chunk.length)
        return this.push(chunk, final);
    } else {
      var f = 0, i2 = 0, is = void 0, buf = void 0;
      this.p.length ? chunk.length ? (buf = new u8(this.p.length + chunk.length), buf.set(this.p), buf.set(chunk, this.p.length)) : buf = this.p : buf = chunk;
      for (var l = buf.length, oc = this.c, add = oc && this.d, _loop_2 = function() {
        var sig = b4(buf, i2);
        if (sig == 67324752) {
          f = 1, is = i2, this_1.d = null, this_1.c = 0;
          var bf = b2(buf, i2 + 6), cmp_1 = b2(buf, i2 + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i2 + 26), es = b2(buf, i2 + 28);
          if (l > i2 + 30 + fnl + es) {
            var chks_3 = [];
            this_1.k.unshift(chks_3), f = 2;
            var lsc = b4(buf, i2 + 18), lsu = b4(buf, i2 + 22), fn_1 = strFromU8(buf.subarray(i2 + 30, i2 += 30 + fnl), !u), _a2 = z64hs(buf, i2, es, 2, lsc, lsu, 0), sc_1 = _a2[0], su_1 = _a2[1], z64 = _a2[3];
            dd && (sc_1 = -1 - z64), i2 += es, this_1.c = sc_1;
            var d_1, file_1 = {
              name: fn_1,
              compression: cmp_1,
              start: function() {
                if (file_1.ondata || err(5), !sc_1)
                  file_1.ondata(null, et, !0);
                else {
                  var ctr = _this.o[cmp_1];
                  ctr || file_1.ondata(err(14, "unknown compression type " + cmp_1, 1), null, !1), d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1), d_1.ondata = function(err2, dat3, final2) {
                    file_1.ondata(err2, dat3, final2);
                  };
                  for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                    var dat2 = chks_4[_i];
                    d_1.push(dat2, !1);
                  }
                  _this.k[0] == chks_3 && _this.c ? _this.d = d_1 : d_1.push(et, !0);
                }
              },
              terminate: function() {
                d_1 && d_1.terminate && d_1.terminate();
              }
            };
            sc_1 >= 0 && (file_1.size = sc_1, file_1.originalSize = su_1), this_1.onfile(file_1);
          }
          return "break";
        } else if (oc) {
          if (sig == 134695760)
            return is = i2 += 12 + (oc == -2 && 8), f = 3, this_1.c = 0, "break";
          if (sig == 33639248)
            return is = i2 -= 4, f = 3, this_1.c = 0, "break";
        }
      }, this_1 = this; i2 < l - 4; ++i2) {
        var state_1 = _loop_2();
        if (state_1 === "break")
          break;
      }
      if (this.p = et, oc < 0) {
        var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 134695760 && 4)) : buf.subarray(0, i2);
        add ? add.push(dat, !!f) : this.k[+(f == 2)].push(dat);
      }
      if (f & 2)
        return this.push(buf.subarray(i2), final);
      this.p = buf.subarray(i2);
    }
    final && (this.c && err(13), this.p = null);
  }, Unzip3.prototype.register = function(decoder) {
    this.o[decoder.compression] = decoder;
  }, Unzip3;
})();

// node_modules/tar/dist/esm/parse.js
var import_events = require("events");

// node_modules/minizlib/dist/esm/index.js
var import_assert = __toESM(require("assert"), 1), import_buffer = require("buffer");

// node_modules/minipass/dist/esm/index.js
var import_node_events = require("node:events"), import_node_stream = __toESM(require("node:stream"), 1), import_node_string_decoder = require("node:string_decoder"), proc = typeof process == "object" && process ? process : {
  stdout: null,
  stderr: null
}, isStream = (s) => !!s && typeof s == "object" && (s instanceof Minipass || s instanceof import_node_stream.default || isReadable(s) || isWritable(s)), isReadable = (s) => !!s && typeof s == "object" && s instanceof import_node_events.EventEmitter && typeof s.pipe == "function" && // node core Writable streams have a pipe() method, but it throws
s.pipe !== import_node_stream.default.Writable.prototype.pipe, isWritable = (s) => !!s && typeof s == "object" && s instanceof import_node_events.EventEmitter && typeof s.write == "function" && typeof s.end == "function", EOF = /* @__PURE__ */ Symbol("EOF"), MAYBE_EMIT_END = /* @__PURE__ */ Symbol("maybeEmitEnd"), EMITTED_END = /* @__PURE__ */ Symbol("emittedEnd"), EMITTING_END = /* @__PURE__ */ Symbol("emittingEnd"), EMITTED_ERROR = /* @__PURE__ */ Symbol("emittedError"), CLOSED = /* @__PURE__ */ Symbol("closed"), READ = /* @__PURE__ */ Symbol("read"), FLUSH = /* @__PURE__ */ Symbol("flush"), FLUSHCHUNK = /* @__PURE__ */ Symbol("flushChunk"), ENCODING = /* @__PURE__ */ Symbol("encoding"), DECODER = /* @__PURE__ */ Symbol("decoder"), FLOWING = /* @__PURE__ */ Symbol("flowing"), PAUSED = /* @__PURE__ */ Symbol("paused"), RESUME = /* @__PURE__ */ Symbol("resume"), BUFFER = /* @__PURE__ */ Symbol("buffer"), PIPES = /* @__PURE__ */ Symbol("pipes"), BUFFERLENGTH = /* @__PURE__ */ Symbol("bufferLength"), BUFFERPUSH = /* @__PURE__ */ Symbol("bufferPush"), BUFFERSHIFT = /* @__PURE__ */ Symbol("bufferShift"), OBJECTMODE = /* @__PURE__ */ Symbol("objectMode"), DESTROYED = /* @__PURE__ */ Symbol("destroyed"), ERROR = /* @__PURE__ */ Symbol("error"), EMITDATA = /* @__PURE__ */ Symbol("emitData"), EMITEND = /* @__PURE__ */ Symbol("emitEnd"), EMITEND2 = /* @__PURE__ */ Symbol("emitEnd2"), ASYNC = /* @__PURE__ */ Symbol("async"), ABORT = /* @__PURE__ */ Symbol("abort"), ABORTED = /* @__PURE__ */ Symbol("aborted"), SIGNAL = /* @__PURE__ */ Symbol("signal"), DATALISTENERS = /* @__PURE__ */ Symbol("dataListeners"), DISCARDED = /* @__PURE__ */ Symbol("discarded"), defer = (fn) => Promise.resolve().then(fn), nodefer = (fn) => fn(), isEndish = (ev) => ev === "end" || ev === "finish" || ev === "prefinish", isArrayBufferLike = (b) => b instanceof ArrayBuffer || !!b && typeof b == "object" && b.constructor && b.constructor.name === "ArrayBuffer" && b.byteLength >= 0, isArrayBufferView = (b) => !Buffer.isBuffer(b) && ArrayBuffer.isView(b), Pipe = class {
  src;
  dest;
  opts;
  ondrain;
  constructor(src, dest, opts) {
    this.src = src, this.dest = dest, this.opts = opts, this.ondrain = () => src[RESUME](), this.dest.on("drain", this.ondrain);
  }
  unpipe() {
    this.dest.removeListener("drain", this.ondrain);
  }
  // only here for the prototype
  /* c8 ignore start */
  proxyErrors(_er) {
  }
  /* c8 ignore stop */
  end() {
    this.unpipe(), this.opts.end && this.dest.end();
  }
}, PipeProxyErrors = class extends Pipe {
  unpipe() {
    this.src.removeListener("error", this.proxyErrors), super.unpipe();
  }
  constructor(src, dest, opts) {
    super(src, dest, opts), this.proxyErrors = (er) => this.dest.emit("error", er), src.on("error", this.proxyErrors);
  }
}, isObjectModeOptions = (o) => !!o.objectMode, isEncodingOptions = (o) => !o.objectMode && !!o.encoding && o.encoding !== "buffer", Minipass = class extends import_node_events.EventEmitter {
  [FLOWING] = !1;
  [PAUSED] = !1;
  [PIPES] = [];
  [BUFFER] = [];
  [OBJECTMODE];
  [ENCODING];
  [ASYNC];
  [DECODER];
  [EOF] = !1;
  [EMITTED_END] = !1;
  [EMITTING_END] = !1;
  [CLOSED] = !1;
  [EMITTED_ERROR] = null;
  [BUFFERLENGTH] = 0;
  [DESTROYED] = !1;
  [SIGNAL];
  [ABORTED] = !1;
  [DATALISTENERS] = 0;
  [DISCARDED] = !1;
  /**
   * true if the stream can be written
   */
  writable = !0;
  /**
   * true if the stream can be read
   */
  readable = !0;
  /**
   * If `RType` is Buffer, then options do not need to be provided.
   * Otherwise, an options object must be provided to specify either
   * {@link Minipass.SharedOptions.objectMode} or
   * {@link Minipass.SharedOptions.encoding}, as appropriate.
   */
  constructor(...args) {
    let options = args[0] || {};
    if (super(), options.objectMode && typeof options.encoding == "string")
      throw new TypeError("Encoding and objectMode may not be used together");
    isObjectModeOptions(options) ? (this[OBJECTMODE] = !0, this[ENCODING] = null) : isEncodingOptions(options) ? (this[ENCODING] = options.encoding, this[OBJECTMODE] = !1) : (this[OBJECTMODE] = !1, this[ENCODING] = null), this[ASYNC] = !!options.async, this[DECODER] = this[ENCODING] ? new import_node_string_decoder.StringDecoder(this[ENCODING]) : null, options && options.debugExposeBuffer === !0 && Object.defineProperty(this, "buffer", { get: () => this[BUFFER] }), options && options.debugExposePipes === !0 && Object.defineProperty(this, "pipes", { get: () => this[PIPES] });
    let { signal } = options;
    signal && (this[SIGNAL] = signal, signal.aborted ? this[ABORT]() : signal.addEventListener("abort", () => this[ABORT]()));
  }
  /**
   * The amount of data stored in the buffer waiting to be read.
   *
   * For Buffer strings, this will be the total byte length.
   * For string encoding streams, this will be the string character length,
   * according to JavaScript's `string.length` logic.
   * For objectMode streams, this is a count of the items waiting to be
   * emitted.
   */
  get bufferLength() {
    return this[BUFFERLENGTH];
  }
  /**
   * The `BufferEncoding` currently in use, or `null`
   */
  get encoding() {
    return this[ENCODING];
  }
  /**
   * @deprecated - This is a read only property
   */
  set encoding(_enc) {
    throw new Error("Encoding must be set at instantiation time");
  }
  /**
   * @deprecated - Encoding may only be set at instantiation time
   */
  setEncoding(_enc) {
    throw new Error("Encoding must be set at instantiation time");
  }
  /**
   * True if this is an objectMode stream
   */
  get objectMode() {
    return this[OBJECTMODE];
  }
  /**
   * @deprecated - This is a read-only property
   */
  set objectMode(_om) {
    throw new Error("objectMode must be set at instantiation time");
  }
  /**
   * true if this is an async stream
   */
  get async() {
    return this[ASYNC];
  }
  /**
   * Set to true to make this stream async.
   *
   * Once set, it cannot be unset, as this would potentially cause incorrect
   * behavior.  Ie, a sync stream can be made async, but an async stream
   * cannot be safely made sync.
   */
  set async(a) {
    this[ASYNC] = this[ASYNC] || !!a;
  }
  // drop everything and get out of the flow completely
  [ABORT]() {
    this[ABORTED] = !0, this.emit("abort", this[SIGNAL]?.reason), this.destroy(this[SIGNAL]?.reason);
  }
  /**
   * True if the stream has been aborted.
   */
  get aborted() {
    return this[ABORTED];
  }
  /**
   * No-op setter. Stream aborted status is set via the AbortSignal provided
   * in the constructor options.
   */
  set aborted(_) {
  }
  write(chunk, encoding, cb) {
    if (this[ABORTED])
      return !1;
    if (this[EOF])
      throw new Error("write after end");
    if (this[DESTROYED])
      return this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" })), !0;
    typeof encoding == "function" && (cb = encoding, encoding = "utf8"), encoding || (encoding = "utf8");
    let fn = this[ASYNC] ? defer : nodefer;
    if (!this[OBJECTMODE] && !Buffer.isBuffer(chunk)) {
      if (isArrayBufferView(chunk))
        chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      else if (isArrayBufferLike(chunk))
        chunk = Buffer.from(chunk);
      else if (typeof chunk != "string")
        throw new Error("Non-contiguous data written to non-objectMode stream");
    }
    return this[OBJECTMODE] ? (this[FLOWING] && this[BUFFERLENGTH] !== 0 && this[FLUSH](!0), this[FLOWING] ? this.emit("data", chunk) : this[BUFFERPUSH](chunk), this[BUFFERLENGTH] !== 0 && this.emit("readable"), cb && fn(cb), this[FLOWING]) : chunk.length ? (typeof chunk == "string" && // unless it is a string already ready for us to use
    !(encoding === this[ENCODING] && !this[DECODER]?.lastNeed) && (chunk = Buffer.from(chunk, encoding)), Buffer.isBuffer(chunk) && this[ENCODING] && (chunk = this[DECODER].write(chunk)), this[FLOWING] && this[BUFFERLENGTH] !== 0 && this[FLUSH](!0), this[FLOWING] ? this.emit("data", chunk) : this[BUFFERPUSH](chunk), this[BUFFERLENGTH] !== 0 && this.emit("readable"), cb && fn(cb), this[FLOWING]) : (this[BUFFERLENGTH] !== 0 && this.emit("readable"), cb && fn(cb), this[FLOWING]);
  }
  /**
   * Low-level explicit read method.
   *
   * In objectMode, the argument is ignored, and one item is returned if
   * available.
   *
   * `n` is the number of bytes (or in the case of encoding streams,
   * characters) to consume. If `n` is not provided, then the entire buffer
   * is returned, or `null` is returned if no data is available.
   *
   * If `n` is greater that the amount of data in the internal buffer,
   * then `null` is returned.
   */
  read(n) {
    if (this[DESTROYED])
      return null;
    if (this[DISCARDED] = !1, this[BUFFERLENGTH] === 0 || n === 0 || n && n > this[BUFFERLENGTH])
      return this[MAYBE_EMIT_END](), null;
    this[OBJECTMODE] && (n = null), this[BUFFER].length > 1 && !this[OBJECTMODE] && (this[BUFFER] = [
      this[ENCODING] ? this[BUFFER].join("") : Buffer.concat(this[BUFFER], this[BUFFERLENGTH])
    ]);
    let ret = this[READ](n || null, this[BUFFER][0]);
    return this[MAYBE_EMIT_END](), ret;
  }
  [READ](n, chunk) {
    if (this[OBJECTMODE])
      this[BUFFERSHIFT]();
    else {
      let c = chunk;
      n === c.length || n === null ? this[BUFFERSHIFT]() : typeof c == "string" ? (this[BUFFER][0] = c.slice(n), chunk = c.slice(0, n), this[BUFFERLENGTH] -= n) : (this[BUFFER][0] = c.subarray(n), chunk = c.subarray(0, n), this[BUFFERLENGTH] -= n);
    }
    return this.emit("data", chunk), !this[BUFFER].length && !this[EOF] && this.emit("drain"), chunk;
  }
  end(chunk, encoding, cb) {
    return typeof chunk == "function" && (cb = chunk, chunk = void 0), typeof encoding == "function" && (cb = encoding, encoding = "utf8"), chunk !== void 0 && this.write(chunk, encoding), cb && this.once("end", cb), this[EOF] = !0, this.writable = !1, (this[FLOWING] || !this[PAUSED]) && this[MAYBE_EMIT_END](), this;
  }
  // don't let the internal resume be overwritten
  [RESUME]() {
    this[DESTROYED] || (!this[DATALISTENERS] && !this[PIPES].length && (this[DISCARDED] = !0), this[PAUSED] = !1, this[FLOWING] = !0, this.emit("resume"), this[BUFFER].length ? this[FLUSH]() : this[EOF] ? this[MAYBE_EMIT_END]() : this.emit("drain"));
  }
  /**
   * Resume the stream if it is currently in a paused state
   *
   * If called when there are no pipe destinations or `data` event listeners,
   * this will place the stream in a "discarded" state, where all data will
   * be thrown away. The discarded state is removed if a pipe destination or
   * data handler is added, if pause() is called, or if any synchronous or
   * asynchronous iteration is started.
   */
  resume() {
    return this[RESUME]();
  }
  /**
   * Pause the stream
   */
  pause() {
    this[FLOWING] = !1, this[PAUSED] = !0, this[DISCARDED] = !1;
  }
  /**
   * true if the stream has been forcibly destroyed
   */
  get destroyed() {
    return this[DESTROYED];
  }
  /**
   * true if the stream is currently in a flowing state, meaning that
   * any writes will be immediately emitted.
   */
  get flowing() {
    return this[FLOWING];
  }
  /**
   * true if the stream is currently in a paused state
   */
  get paused() {
    return this[PAUSED];
  }
  [BUFFERPUSH](chunk) {
    this[OBJECTMODE] ? this[BUFFERLENGTH] += 1 : this[BUFFERLENGTH] += chunk.length, this[BUFFER].push(chunk);
  }
  [BUFFERSHIFT]() {
    return this[OBJECTMODE] ? this[BUFFERLENGTH] -= 1 : this[BUFFERLENGTH] -= this[BUFFER][0].length, this[BUFFER].shift();
  }
  [FLUSH](noDrain = !1) {
    do
      ;
    while (this[FLUSHCHUNK](this[BUFFERSHIFT]()) && this[BUFFER].length);
    !noDrain && !this[BUFFER].length && !this[EOF] && this.emit("drain");
  }
  [FLUSHCHUNK](chunk) {
    return this.emit("data", chunk), this[FLOWING];
  }
  /**
   * Pipe all data emitted by this stream into the destination provided.
   *
   * Triggers the flow of data.
   */
  pipe(dest, opts) {
    if (this[DESTROYED])
      return dest;
    this[DISCARDED] = !1;
    let ended = this[EMITTED_END];
    return opts = opts || {}, dest === proc.stdout || dest === proc.stderr ? opts.end = !1 : opts.end = opts.end !== !1, opts.proxyErrors = !!opts.proxyErrors, ended ? opts.end && dest.end() : (this[PIPES].push(opts.proxyErrors ? new PipeProxyErrors(this, dest, opts) : new Pipe(this, dest, opts)), this[ASYNC] ? defer(() => this[RESUME]()) : this[RESUME]()), dest;
  }
  /**
   * Fully unhook a piped destination stream.
   *
   * If the destination stream was the only consumer of this stream (ie,
   * there are no other piped destinations or `'data'` event listeners)
   * then the flow of data will stop until there is another consumer or
   * {@link Minipass#resume} is explicitly called.
   */
  unpipe(dest) {
    let p = this[PIPES].find((p2) => p2.dest === dest);
    p && (this[PIPES].length === 1 ? (this[FLOWING] && this[DATALISTENERS] === 0 && (this[FLOWING] = !1), this[PIPES] = []) : this[PIPES].splice(this[PIPES].indexOf(p), 1), p.unpipe());
  }
  /**
   * Alias for {@link Minipass#on}
   */
  addListener(ev, handler) {
    return this.on(ev, handler);
  }
  /**
   * Mostly identical to `EventEmitter.on`, with the following
   * behavior differences to prevent data loss and unnecessary hangs:
   *
   * - Adding a 'data' event handler will trigger the flow of data
   *
   * - Adding a 'readable' event handler when there is data waiting to be read
   *   will cause 'readable' to be emitted immediately.
   *
   * - Adding an 'endish' event handler ('end', 'finish', etc.) which has
   *   already passed will cause the event to be emitted immediately and all
   *   handlers removed.
   *
   * - Adding an 'error' event handler after an error has been emitted will
   *   cause the event to be re-emitted immediately with the error previously
   *   raised.
   */
  on(ev, handler) {
    let ret = super.on(ev, handler);
    if (ev === "data")
      this[DISCARDED] = !1, this[DATALISTENERS]++, !this[PIPES].length && !this[FLOWING] && this[RESUME]();
    else if (ev === "readable" && this[BUFFERLENGTH] !== 0)
      super.emit("readable");
    else if (isEndish(ev) && this[EMITTED_END])
      super.emit(ev), this.removeAllListeners(ev);
    else if (ev === "error" && this[EMITTED_ERROR]) {
      let h = handler;
      this[ASYNC] ? defer(() => h.call(this, this[EMITTED_ERROR])) : h.call(this, this[EMITTED_ERROR]);
    }
    return ret;
  }
  /**
   * Alias for {@link Minipass#off}
   */
  removeListener(ev, handler) {
    return this.off(ev, handler);
  }
  /**
   * Mostly identical to `EventEmitter.off`
   *
   * If a 'data' event handler is removed, and it was the last consumer
   * (ie, there are no pipe destinations or other 'data' event listeners),
   * then the flow of data will stop until there is another consumer or
   * {@link Minipass#resume} is explicitly called.
   */
  off(ev, handler) {
    let ret = super.off(ev, handler);
    return ev === "data" && (this[DATALISTENERS] = this.listeners("data").length, this[DATALISTENERS] === 0 && !this[DISCARDED] && !this[PIPES].length && (this[FLOWING] = !1)), ret;
  }
  /**
   * Mostly identical to `EventEmitter.removeAllListeners`
   *
   * If all 'data' event handlers are removed, and they were the last consumer
   * (ie, there are no pipe destinations), then the flow of data will stop
   * until there is another consumer or {@link Minipass#resume} is explicitly
   * called.
   */
  removeAllListeners(ev) {
    let ret = super.removeAllListeners(ev);
    return (ev === "data" || ev === void 0) && (this[DATALISTENERS] = 0, !this[DISCARDED] && !this[PIPES].length && (this[FLOWING] = !1)), ret;
  }
  /**
   * true if the 'end' event has been emitted
   */
  get emittedEnd() {
    return this[EMITTED_END];
  }
  [MAYBE_EMIT_END]() {
    !this[EMITTING_END] && !this[EMITTED_END] && !this[DESTROYED] && this[BUFFER].length === 0 && this[EOF] && (this[EMITTING_END] = !0, this.emit("end"), this.emit("prefinish"), this.emit("finish"), this[CLOSED] && this.emit("close"), this[EMITTING_END] = !1);
  }
  /**
   * Mostly identical to `EventEmitter.emit`, with the following
   * behavior differences to prevent data loss and unnecessary hangs:
   *
   * If the stream has been destroyed, and the event is something other
   * than 'close' or 'error', then `false` is returned and no handlers
   * are called.
   *
   * If the event is 'end', and has already been emitted, then the event
   * is ignored. If the stream is in a paused or non-flowing state, then
   * the event will be deferred until data flow resumes. If the stream is
   * async, then handlers will be called on the next tick rather than
   * immediately.
   *
   * If the event is 'close', and 'end' has not yet been emitted, then
   * the event will be deferred until after 'end' is emitted.
   *
   * If the event is 'error', and an AbortSignal was provided for the stream,
   * and there are no listeners, then the event is ignored, matching the
   * behavior of node core streams in the presense of an AbortSignal.
   *
   * If the event is 'finish' or 'prefinish', then all listeners will be
   * removed after emitting the event, to prevent double-firing.
   */
  emit(ev, ...args) {
    let data = args[0];
    if (ev !== "error" && ev !== "close" && ev !== DESTROYED && this[DESTROYED])
      return !1;
    if (ev === "data")
      return !this[OBJECTMODE] && !data ? !1 : this[ASYNC] ? (defer(() => this[EMITDATA](data)), !0) : this[EMITDATA](data);
    if (ev === "end")
      return this[EMITEND]();
    if (ev === "close") {
      if (this[CLOSED] = !0, !this[EMITTED_END] && !this[DESTROYED])
        return !1;
      let ret2 = super.emit("close");
      return this.removeAllListeners("close"), ret2;
    } else if (ev === "error") {
      this[EMITTED_ERROR] = data, super.emit(ERROR, data);
      let ret2 = !this[SIGNAL] || this.listeners("error").length ? super.emit("error", data) : !1;
      return this[MAYBE_EMIT_END](), ret2;
    } else if (ev === "resume") {
      let ret2 = super.emit("resume");
      return this[MAYBE_EMIT_END](), ret2;
    } else if (ev === "finish" || ev === "prefinish") {
      let ret2 = super.emit(ev);
      return this.removeAllListeners(ev), ret2;
    }
    let ret = super.emit(ev, ...args);
    return this[MAYBE_EMIT_END](), ret;
  }
  [EMITDATA](data) {
    for (let p of this[PIPES])
      p.dest.write(data) === !1 && this.pause();
    let ret = this[DISCARDED] ? !1 : super.emit("data", data);
    return this[MAYBE_EMIT_END](), ret;
  }
  [EMITEND]() {
    return this[EMITTED_END] ? !1 : (this[EMITTED_END] = !0, this.readable = !1, this[ASYNC] ? (defer(() => this[EMITEND2]()), !0) : this[EMITEND2]());
  }
  [EMITEND2]() {
    if (this[DECODER]) {
      let data = this[DECODER].end();
      if (data) {
        for (let p of this[PIPES])
          p.dest.write(data);
        this[DISCARDED] || super.emit("data", data);
      }
    }
    for (let p of this[PIPES])
      p.end();
    let ret = super.emit("end");
    return this.removeAllListeners("end"), ret;
  }
  /**
   * Return a Promise that resolves to an array of all emitted data once
   * the stream ends.
   */
  async collect() {
    let buf = Object.assign([], {
      dataLength: 0
    });
    this[OBJECTMODE] || (buf.dataLength = 0);
    let p = this.promise();
    return this.on("data", (c) => {
      buf.push(c), this[OBJECTMODE] || (buf.dataLength += c.length);
    }), await p, buf;
  }
  /**
   * Return a Promise that resolves to the concatenation of all emitted data
   * once the stream ends.
   *
   * Not allowed on objectMode streams.
   */
  async concat() {
    if (this[OBJECTMODE])
      throw new Error("cannot concat in objectMode");
    let buf = await this.collect();
    return this[ENCODING] ? buf.join("") : Buffer.concat(buf, buf.dataLength);
  }
  /**
   * Return a void Promise that resolves once the stream ends.
   */
  async promise() {
    return new Promise((resolve, reject) => {
      this.on(DESTROYED, () => reject(new Error("stream destroyed"))), this.on("error", (er) => reject(er)), this.on("end", () => resolve());
    });
  }
  /**
   * Asynchronous `for await of` iteration.
   *
   * This will continue emitting all chunks until the stream terminates.
   */
  [Symbol.asyncIterator]() {
    this[DISCARDED] = !1;
    let stopped = !1, stop = async () => (this.pause(), stopped = !0, { value: void 0, done: !0 });
    return {
      next: () => {
        if (stopped)
          return stop();
        let res = this.read();
        if (res !== null)
          return Promise.resolve({ done: !1, value: res });
        if (this[EOF])
          return stop();
        let resolve, reject, onerr = (er) => {
          this.off("data", ondata), this.off("end", onend), this.off(DESTROYED, ondestroy), stop(), reject(er);
        }, ondata = (value) => {
          this.off("error", onerr), this.off("end", onend), this.off(DESTROYED, ondestroy), this.pause(), resolve({ value, done: !!this[EOF] });
        }, onend = () => {
          this.off("error", onerr), this.off("data", ondata), this.off(DESTROYED, ondestroy), stop(), resolve({ done: !0, value: void 0 });
        }, ondestroy = () => onerr(new Error("stream destroyed"));
        return new Promise((res2, rej) => {
          reject = rej, resolve = res2, this.once(DESTROYED, ondestroy), this.once("error", onerr), this.once("end", onend), this.once("data", ondata);
        });
      },
      throw: stop,
      return: stop,
      [Symbol.asyncIterator]() {
        return this;
      },
      [Symbol.asyncDispose]: async () => {
      }
    };
  }
  /**
   * Synchronous `for of` iteration.
   *
   * The iteration will terminate when the internal buffer runs out, even
   * if the stream has not yet terminated.
   */
  [Symbol.iterator]() {
    this[DISCARDED] = !1;
    let stopped = !1, stop = () => (this.pause(), this.off(ERROR, stop), this.off(DESTROYED, stop), this.off("end", stop), stopped = !0, { done: !0, value: void 0 }), next = () => {
      if (stopped)
        return stop();
      let value = this.read();
      return value === null ? stop() : { done: !1, value };
    };
    return this.once("end", stop), this.once(ERROR, stop), this.once(DESTROYED, stop), {
      next,
      throw: stop,
      return: stop,
      [Symbol.iterator]() {
        return this;
      },
      [Symbol.dispose]: () => {
      }
    };
  }
  /**
   * Destroy a stream, preventing it from being used for any further purpose.
   *
   * If the stream has a `close()` method, then it will be called on
   * destruction.
   *
   * After destruction, any attempt to write data, read data, or emit most
   * events will be ignored.
   *
   * If an error argument is provided, then it will be emitted in an
   * 'error' event.
   */
  destroy(er) {
    if (this[DESTROYED])
      return er ? this.emit("error", er) : this.emit(DESTROYED), this;
    this[DESTROYED] = !0, this[DISCARDED] = !0, this[BUFFER].length = 0, this[BUFFERLENGTH] = 0;
    let wc = this;
    return typeof wc.close == "function" && !this[CLOSED] && wc.close(), er ? this.emit("error", er) : this.emit(DESTROYED), this;
  }
  /**
   * Alias for {@link isStream}
   *
   * Former export location, maintained for backwards compatibility.
   *
   * @deprecated
   */
  static get isStream() {
    return isStream;
  }
};

// node_modules/minizlib/dist/esm/index.js
var realZlib2 = __toESM(require("zlib"), 1);

// node_modules/minizlib/dist/esm/constants.js
var import_zlib = __toESM(require("zlib"), 1), realZlibConstants = import_zlib.default.constants || { ZLIB_VERNUM: 4736 }, constants = Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), {
  Z_NO_FLUSH: 0,
  Z_PARTIAL_FLUSH: 1,
  Z_SYNC_FLUSH: 2,
  Z_FULL_FLUSH: 3,
  Z_FINISH: 4,
  Z_BLOCK: 5,
  Z_OK: 0,
  Z_STREAM_END: 1,
  Z_NEED_DICT: 2,
  Z_ERRNO: -1,
  Z_STREAM_ERROR: -2,
  Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4,
  Z_BUF_ERROR: -5,
  Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0,
  Z_BEST_SPEED: 1,
  Z_BEST_COMPRESSION: 9,
  Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1,
  Z_HUFFMAN_ONLY: 2,
  Z_RLE: 3,
  Z_FIXED: 4,
  Z_DEFAULT_STRATEGY: 0,
  DEFLATE: 1,
  INFLATE: 2,
  GZIP: 3,
  GUNZIP: 4,
  DEFLATERAW: 5,
  INFLATERAW: 6,
  UNZIP: 7,
  BROTLI_DECODE: 8,
  BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8,
  Z_MAX_WINDOWBITS: 15,
  Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64,
  Z_MAX_CHUNK: 1 / 0,
  Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1,
  Z_MAX_MEMLEVEL: 9,
  Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1,
  Z_MAX_LEVEL: 9,
  Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0,
  BROTLI_OPERATION_FLUSH: 1,
  BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_MODE_GENERIC: 0,
  BROTLI_MODE_TEXT: 1,
  BROTLI_MODE_FONT: 2,
  BROTLI_DEFAULT_MODE: 0,
  BROTLI_MIN_QUALITY: 0,
  BROTLI_MAX_QUALITY: 11,
  BROTLI_DEFAULT_QUALITY: 11,
  BROTLI_MIN_WINDOW_BITS: 10,
  BROTLI_MAX_WINDOW_BITS: 24,
  BROTLI_LARGE_MAX_WINDOW_BITS: 30,
  BROTLI_DEFAULT_WINDOW: 22,
  BROTLI_MIN_INPUT_BLOCK_BITS: 16,
  BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_MODE: 0,
  BROTLI_PARAM_QUALITY: 1,
  BROTLI_PARAM_LGWIN: 2,
  BROTLI_PARAM_LGBLOCK: 3,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4,
  BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_LARGE_WINDOW: 6,
  BROTLI_PARAM_NPOSTFIX: 7,
  BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0,
  BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
  BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0,
  BROTLI_DECODER_SUCCESS: 1,
  BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1,
  BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5,
  BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7,
  BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11,
  BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15,
  BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19,
  BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21,
  BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27,
  BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31
}, realZlibConstants));

// node_modules/minizlib/dist/esm/index.js
var OriginalBufferConcat = import_buffer.Buffer.concat, desc = Object.getOwnPropertyDescriptor(import_buffer.Buffer, "concat"), noop = (args) => args, passthroughBufferConcat = desc?.writable === !0 || desc?.set !== void 0 ? (makeNoOp) => {
  import_buffer.Buffer.concat = makeNoOp ? noop : OriginalBufferConcat;
} : (_) => {
}, _superWrite = /* @__PURE__ */ Symbol("_superWrite"), ZlibError = class extends Error {
  code;
  errno;
  constructor(err2, origin) {
    super("zlib: " + err2.message, { cause: err2 }), this.code = err2.code, this.errno = err2.errno, this.code || (this.code = "ZLIB_ERROR"), this.message = "zlib: " + err2.message, Error.captureStackTrace(this, origin ?? this.constructor);
  }
  get name() {
    return "ZlibError";
  }
}, _flushFlag = /* @__PURE__ */ Symbol("flushFlag"), ZlibBase = class extends Minipass {
  #sawError = !1;
  #ended = !1;
  #flushFlag;
  #finishFlushFlag;
  #fullFlushFlag;
  #handle;
  #onError;
  get sawError() {
    return this.#sawError;
  }
  get handle() {
    return this.#handle;
  }
  /* c8 ignore start */
  get flushFlag() {
    return this.#flushFlag;
  }
  /* c8 ignore stop */
  constructor(opts, mode) {
    if (!opts || typeof opts != "object")
      throw new TypeError("invalid options for ZlibBase constructor");
    if (super(opts), this.#flushFlag = opts.flush ?? 0, this.#finishFlushFlag = opts.finishFlush ?? 0, this.#fullFlushFlag = opts.fullFlushFlag ?? 0, typeof realZlib2[mode] != "function")
      throw new TypeError("Compression method not supported: " + mode);
    try {
      this.#handle = new realZlib2[mode](opts);
    } catch (er) {
      throw new ZlibError(er, this.constructor);
    }
    this.#onError = (err2) => {
      this.#sawError || (this.#sawError = !0, this.close(), this.emit("error", err2));
    }, this.#handle?.on("error", (er) => this.#onError(new ZlibError(er))), this.once("end", () => this.close);
  }
  close() {
    this.#handle && (this.#handle.close(), this.#handle = void 0, this.emit("close"));
  }
  reset() {
    if (!this.#sawError)
      return (0, import_assert.default)(this.#handle, "zlib binding closed"), this.#handle.reset?.();
  }
  flush(flushFlag) {
    this.ended || (typeof flushFlag != "number" && (flushFlag = this.#fullFlushFlag), this.write(Object.assign(import_buffer.Buffer.alloc(0), { [_flushFlag]: flushFlag })));
  }
  end(chunk, encoding, cb) {
    return typeof chunk == "function" && (cb = chunk, encoding = void 0, chunk = void 0), typeof encoding == "function" && (cb = encoding, encoding = void 0), chunk && (encoding ? this.write(chunk, encoding) : this.write(chunk)), this.flush(this.#finishFlushFlag), this.#ended = !0, super.end(cb);
  }
  get ended() {
    return this.#ended;
  }
  // overridden in the gzip classes to do portable writes
  [_superWrite](data) {
    return super.write(data);
  }
  write(chunk, encoding, cb) {
    if (typeof encoding == "function" && (cb = encoding, encoding = "utf8"), typeof chunk == "string" && (chunk = import_buffer.Buffer.from(chunk, encoding)), this.#sawError)
      return;
    (0, import_assert.default)(this.#handle, "zlib binding closed");
    let nativeHandle = this.#handle._handle, originalNativeClose = nativeHandle.close;
    nativeHandle.close = () => {
    };
    let originalClose = this.#handle.close;
    this.#handle.close = () => {
    }, passthroughBufferConcat(!0);
    let result;
    try {
      let flushFlag = typeof chunk[_flushFlag] == "number" ? chunk[_flushFlag] : this.#flushFlag;
      result = this.#handle._processChunk(chunk, flushFlag), passthroughBufferConcat(!1);
    } catch (err2) {
      passthroughBufferConcat(!1), this.#onError(new ZlibError(err2, this.write));
    } finally {
      this.#handle && (this.#handle._handle = nativeHandle, nativeHandle.close = originalNativeClose, this.#handle.close = originalClose, this.#handle.removeAllListeners("error"));
    }
    this.#handle && this.#handle.on("error", (er) => this.#onError(new ZlibError(er, this.write)));
    let writeReturn;
    if (result)
      if (Array.isArray(result) && result.length > 0) {
        let r = result[0];
        writeReturn = this[_superWrite](import_buffer.Buffer.from(r));
        for (let i2 = 1; i2 < result.length; i2++)
          writeReturn = this[_superWrite](result[i2]);
      } else
        writeReturn = this[_superWrite](import_buffer.Buffer.from(result));
    return cb && cb(), writeReturn;
  }
}, Zlib = class extends ZlibBase {
  #level;
  #strategy;
  constructor(opts, mode) {
    opts = opts || {}, opts.flush = opts.flush || constants.Z_NO_FLUSH, opts.finishFlush = opts.finishFlush || constants.Z_FINISH, opts.fullFlushFlag = constants.Z_FULL_FLUSH, super(opts, mode), this.#level = opts.level, this.#strategy = opts.strategy;
  }
  params(level, strategy) {
    if (!this.sawError) {
      if (!this.handle)
        throw new Error("cannot switch params when binding is closed");
      if (!this.handle.params)
        throw new Error("not supported in this implementation");
      if (this.#level !== level || this.#strategy !== strategy) {
        this.flush(constants.Z_SYNC_FLUSH), (0, import_assert.default)(this.handle, "zlib binding closed");
        let origFlush = this.handle.flush;
        this.handle.flush = (flushFlag, cb) => {
          typeof flushFlag == "function" && (cb = flushFlag, flushFlag = this.flushFlag), this.flush(flushFlag), cb?.();
        };
        try {
          this.handle.params(level, strategy);
        } finally {
          this.handle.flush = origFlush;
        }
        this.handle && (this.#level = level, this.#strategy = strategy);
      }
    }
  }
};
var Gzip = class extends Zlib {
  #portable;
  constructor(opts) {
    super(opts, "Gzip"), this.#portable = opts && !!opts.portable;
  }
  [_superWrite](data) {
    return this.#portable ? (this.#portable = !1, data[9] = 255, super[_superWrite](data)) : super[_superWrite](data);
  }
};
var Unzip2 = class extends Zlib {
  constructor(opts) {
    super(opts, "Unzip");
  }
}, Brotli = class extends ZlibBase {
  constructor(opts, mode) {
    opts = opts || {}, opts.flush = opts.flush || constants.BROTLI_OPERATION_PROCESS, opts.finishFlush = opts.finishFlush || constants.BROTLI_OPERATION_FINISH, opts.fullFlushFlag = constants.BROTLI_OPERATION_FLUSH, super(opts, mode);
  }
};
var BrotliDecompress = class extends Brotli {
  constructor(opts) {
    super(opts, "BrotliDecompress");
  }
}, Zstd = class extends ZlibBase {
  constructor(opts, mode) {
    opts = opts || {}, opts.flush = opts.flush || constants.ZSTD_e_continue, opts.finishFlush = opts.finishFlush || constants.ZSTD_e_end, opts.fullFlushFlag = constants.ZSTD_e_flush, super(opts, mode);
  }
};
var ZstdDecompress = class extends Zstd {
  constructor(opts) {
    super(opts, "ZstdDecompress");
  }
};

// node_modules/tar/dist/esm/header.js
var import_node_path = require("node:path");

// node_modules/tar/dist/esm/large-numbers.js
var encode = (num, buf) => {
  if (Number.isSafeInteger(num))
    num < 0 ? encodeNegative(num, buf) : encodePositive(num, buf);
  else throw Error("cannot encode number outside of javascript safe integer range");
  return buf;
}, encodePositive = (num, buf) => {
  buf[0] = 128;
  for (var i2 = buf.length; i2 > 1; i2--)
    buf[i2 - 1] = num & 255, num = Math.floor(num / 256);
}, encodeNegative = (num, buf) => {
  buf[0] = 255;
  var flipped = !1;
  num = num * -1;
  for (var i2 = buf.length; i2 > 1; i2--) {
    var byte = num & 255;
    num = Math.floor(num / 256), flipped ? buf[i2 - 1] = onesComp(byte) : byte === 0 ? buf[i2 - 1] = 0 : (flipped = !0, buf[i2 - 1] = twosComp(byte));
  }
}, parse = (buf) => {
  let pre = buf[0], value = pre === 128 ? pos(buf.subarray(1, buf.length)) : pre === 255 ? twos(buf) : null;
  if (value === null)
    throw Error("invalid base256 encoding");
  if (!Number.isSafeInteger(value))
    throw Error("parsed number outside of javascript safe integer range");
  return value;
}, twos = (buf) => {
  for (var len = buf.length, sum = 0, flipped = !1, i2 = len - 1; i2 > -1; i2--) {
    var byte = Number(buf[i2]), f;
    flipped ? f = onesComp(byte) : byte === 0 ? f = byte : (flipped = !0, f = twosComp(byte)), f !== 0 && (sum -= f * Math.pow(256, len - i2 - 1));
  }
  return sum;
}, pos = (buf) => {
  for (var len = buf.length, sum = 0, i2 = len - 1; i2 > -1; i2--) {
    var byte = Number(buf[i2]);
    byte !== 0 && (sum += byte * Math.pow(256, len - i2 - 1));
  }
  return sum;
}, onesComp = (byte) => (255 ^ byte) & 255, twosComp = (byte) => (255 ^ byte) + 1 & 255;

// node_modules/tar/dist/esm/types.js
var isCode = (c) => name.has(c);
var normalFsTypes = /* @__PURE__ */ new Set([
  "0",
  "",
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "D"
]), name = /* @__PURE__ */ new Map([
  ["0", "File"],
  // same as File
  ["", "OldFile"],
  ["1", "Link"],
  ["2", "SymbolicLink"],
  // Devices and FIFOs aren't fully supported
  // they are parsed, but skipped when unpacking
  ["3", "CharacterDevice"],
  ["4", "BlockDevice"],
  ["5", "Directory"],
  ["6", "FIFO"],
  // same as File
  ["7", "ContiguousFile"],
  // pax headers
  ["g", "GlobalExtendedHeader"],
  ["x", "ExtendedHeader"],
  // vendor-specific stuff
  // skip
  ["A", "SolarisACL"],
  // like 5, but with data, which should be skipped
  ["D", "GNUDumpDir"],
  // metadata only, skip
  ["I", "Inode"],
  // data = link path of next file
  ["K", "NextFileHasLongLinkpath"],
  // data = path of next file
  ["L", "NextFileHasLongPath"],
  // skip
  ["M", "ContinuationFile"],
  // like L
  ["N", "OldGnuLongPath"],
  // skip
  ["S", "SparseFile"],
  // skip
  ["V", "TapeVolumeHeader"],
  // like x
  ["X", "OldExtendedHeader"]
]), code = new Map(Array.from(name).map((kv) => [kv[1], kv[0]]));

// node_modules/tar/dist/esm/header.js
var notNegative = (n) => n === void 0 || n < 0 ? void 0 : n, Header = class {
  cksumValid = !1;
  needPax = !1;
  nullBlock = !1;
  block;
  path;
  mode;
  uid;
  gid;
  size;
  cksum;
  #type = "Unsupported";
  linkpath;
  uname;
  gname;
  devmaj = 0;
  devmin = 0;
  atime;
  ctime;
  mtime;
  charset;
  comment;
  constructor(data, off = 0, ex, gex) {
    Buffer.isBuffer(data) ? this.decode(data, off || 0, ex, gex) : data && this.#slurp(data);
  }
  decode(buf, off, ex, gex) {
    if (off || (off = 0), !buf || !(buf.length >= off + 512))
      throw new Error("need 512 bytes for header");
    let t = decString(buf, off + 156, 1), isNormalFS = normalFsTypes.has(t), exForFields = isNormalFS ? ex : void 0, gexForFields = isNormalFS ? gex : void 0;
    if (this.path = exForFields?.path ?? decString(buf, off, 100), this.mode = exForFields?.mode ?? gexForFields?.mode ?? decNumber(buf, off + 100, 8), this.uid = exForFields?.uid ?? gexForFields?.uid ?? decNumber(buf, off + 108, 8), this.gid = exForFields?.gid ?? gexForFields?.gid ?? decNumber(buf, off + 116, 8), this.size = notNegative(exForFields?.size ?? gexForFields?.size ?? decNumber(buf, off + 124, 12)), this.mtime = exForFields?.mtime ?? gexForFields?.mtime ?? decDate(buf, off + 136, 12), this.cksum = decNumber(buf, off + 148, 12), gexForFields && this.#slurp(gexForFields, !0), exForFields && this.#slurp(exForFields), isCode(t) && (this.#type = t || "0"), this.#type === "0" && this.path.slice(-1) === "/" && (this.#type = "5"), this.#type === "5" && (this.size = 0), this.linkpath = decString(buf, off + 157, 100), buf.subarray(off + 257, off + 265).toString() === "ustar\x0000")
      if (this.uname = exForFields?.uname ?? gexForFields?.uname ?? decString(buf, off + 265, 32), this.gname = exForFields?.gname ?? gexForFields?.gname ?? decString(buf, off + 297, 32), this.devmaj = exForFields?.devmaj ?? gexForFields?.devmaj ?? decNumber(buf, off + 329, 8) ?? 0, this.devmin = exForFields?.devmin ?? gexForFields?.devmin ?? decNumber(buf, off + 337, 8) ?? 0, buf[off + 475] !== 0) {
        let prefix = decString(buf, off + 345, 155);
        this.path = prefix + "/" + this.path;
      } else {
        let prefix = decString(buf, off + 345, 130);
        prefix && (this.path = prefix + "/" + this.path), this.atime = ex?.atime ?? gex?.atime ?? decDate(buf, off + 476, 12), this.ctime = ex?.ctime ?? gex?.ctime ?? decDate(buf, off + 488, 12);
      }
    let sum = 256;
    for (let i2 = off; i2 < off + 148; i2++)
      sum += buf[i2];
    for (let i2 = off + 156; i2 < off + 512; i2++)
      sum += buf[i2];
    this.cksumValid = sum === this.cksum, this.cksum === void 0 && sum === 256 && (this.nullBlock = !0);
  }
  #slurp(ex, gex = !1) {
    Object.assign(this, Object.fromEntries(Object.entries(ex).filter(([k, v]) => !(v == null || k === "size" && Number(v) < 0 || k === "path" && gex || k === "linkpath" && gex || k === "global"))));
  }
  encode(buf, off = 0) {
    if (buf || (buf = this.block = Buffer.alloc(512)), this.#type === "Unsupported" && (this.#type = "0"), !(buf.length >= off + 512))
      throw new Error("need 512 bytes for header");
    let prefixSize = this.ctime || this.atime ? 130 : 155, split = splitPrefix(this.path || "", prefixSize), path = split[0], prefix = split[1];
    this.needPax = !!split[2], this.needPax = encString(buf, off, 100, path) || this.needPax, this.needPax = encNumber(buf, off + 100, 8, this.mode) || this.needPax, this.needPax = encNumber(buf, off + 108, 8, this.uid) || this.needPax, this.needPax = encNumber(buf, off + 116, 8, this.gid) || this.needPax, this.needPax = encNumber(buf, off + 124, 12, this.size) || this.needPax, this.needPax = encDate(buf, off + 136, 12, this.mtime) || this.needPax, buf[off + 156] = Number(this.#type.codePointAt(0)), this.needPax = encString(buf, off + 157, 100, this.linkpath) || this.needPax, buf.write("ustar\x0000", off + 257, 8), this.needPax = encString(buf, off + 265, 32, this.uname) || this.needPax, this.needPax = encString(buf, off + 297, 32, this.gname) || this.needPax, this.needPax = encNumber(buf, off + 329, 8, this.devmaj) || this.needPax, this.needPax = encNumber(buf, off + 337, 8, this.devmin) || this.needPax, this.needPax = encString(buf, off + 345, prefixSize, prefix) || this.needPax, buf[off + 475] !== 0 ? this.needPax = encString(buf, off + 345, 155, prefix) || this.needPax : (this.needPax = encString(buf, off + 345, 130, prefix) || this.needPax, this.needPax = encDate(buf, off + 476, 12, this.atime) || this.needPax, this.needPax = encDate(buf, off + 488, 12, this.ctime) || this.needPax);
    let sum = 256;
    for (let i2 = off; i2 < off + 148; i2++)
      sum += buf[i2];
    for (let i2 = off + 156; i2 < off + 512; i2++)
      sum += buf[i2];
    return this.cksum = sum, encNumber(buf, off + 148, 8, this.cksum), this.cksumValid = !0, this.needPax;
  }
  get type() {
    return this.#type === "Unsupported" ? this.#type : name.get(this.#type);
  }
  get typeKey() {
    return this.#type;
  }
  set type(type) {
    let c = String(code.get(type));
    if (isCode(c) || c === "Unsupported")
      this.#type = c;
    else if (isCode(type))
      this.#type = type;
    else
      throw new TypeError("invalid entry type: " + type);
  }
}, splitPrefix = (p, prefixSize) => {
  let pp = p, prefix = "", ret, root = import_node_path.posix.parse(p).root || ".";
  if (Buffer.byteLength(pp) < 100)
    ret = [pp, prefix, !1];
  else {
    prefix = import_node_path.posix.dirname(pp), pp = import_node_path.posix.basename(pp);
    do
      Buffer.byteLength(pp) <= 100 && Buffer.byteLength(prefix) <= prefixSize ? ret = [pp, prefix, !1] : Buffer.byteLength(pp) > 100 && Buffer.byteLength(prefix) <= prefixSize ? ret = [pp.slice(0, 99), prefix, !0] : (pp = import_node_path.posix.join(import_node_path.posix.basename(prefix), pp), prefix = import_node_path.posix.dirname(prefix));
    while (prefix !== root && ret === void 0);
    ret || (ret = [p.slice(0, 99), "", !0]);
  }
  return ret;
}, decString = (buf, off, size) => buf.subarray(off, off + size).toString("utf8").replace(/\0.*/, ""), decDate = (buf, off, size) => numToDate(decNumber(buf, off, size)), numToDate = (num) => num === void 0 ? void 0 : new Date(num * 1e3), decNumber = (buf, off, size) => Number(buf[off]) & 128 ? parse(buf.subarray(off, off + size)) : decSmallNumber(buf, off, size), nanUndef = (value) => isNaN(value) ? void 0 : value, decSmallNumber = (buf, off, size) => nanUndef(parseInt(buf.subarray(off, off + size).toString("utf8").replace(/\0.*$/, "").trim(), 8)), MAXNUM = {
  12: 8589934591,
  8: 2097151
}, encNumber = (buf, off, size, num) => num === void 0 ? !1 : num > MAXNUM[size] || num < 0 ? (encode(num, buf.subarray(off, off + size)), !0) : (encSmallNumber(buf, off, size, num), !1), encSmallNumber = (buf, off, size, num) => buf.write(octalString(num, size), off, size, "ascii"), octalString = (num, size) => padOctal(Math.floor(num).toString(8), size), padOctal = (str, size) => (str.length === size - 1 ? str : new Array(size - str.length - 1).join("0") + str + " ") + "\0", encDate = (buf, off, size, date) => date === void 0 ? !1 : encNumber(buf, off, size, date.getTime() / 1e3), NULLS = new Array(156).join("\0"), encString = (buf, off, size, str) => str === void 0 ? !1 : (buf.write(str + NULLS, off, size, "utf8"), str.length !== Buffer.byteLength(str) || str.length > size);

// node_modules/tar/dist/esm/pax.js
var import_node_path2 = require("node:path");
var Pax = class _Pax {
  atime;
  mtime;
  ctime;
  charset;
  comment;
  gid;
  uid;
  gname;
  uname;
  linkpath;
  dev;
  ino;
  nlink;
  path;
  size;
  mode;
  global;
  constructor(obj, global = !1) {
    this.atime = obj.atime, this.charset = obj.charset, this.comment = obj.comment, this.ctime = obj.ctime, this.dev = obj.dev, this.gid = obj.gid, this.global = global, this.gname = obj.gname, this.ino = obj.ino, this.linkpath = obj.linkpath, this.mtime = obj.mtime, this.nlink = obj.nlink, this.path = obj.path, this.size = obj.size, this.uid = obj.uid, this.uname = obj.uname;
  }
  encode() {
    let body = this.encodeBody();
    if (body === "")
      return Buffer.allocUnsafe(0);
    let bodyLen = Buffer.byteLength(body), bufLen = 512 * Math.ceil(1 + bodyLen / 512), buf = Buffer.allocUnsafe(bufLen);
    for (let i2 = 0; i2 < 512; i2++)
      buf[i2] = 0;
    new Header({
      // XXX split the path
      // then the path should be PaxHeader + basename, but less than 99,
      // prepend with the dirname
      /* c8 ignore start */
      path: ("PaxHeader/" + (0, import_node_path2.basename)(this.path ?? "")).slice(0, 99),
      /* c8 ignore stop */
      mode: this.mode || 420,
      uid: this.uid,
      gid: this.gid,
      size: bodyLen,
      mtime: this.mtime,
      type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader",
      linkpath: "",
      uname: this.uname || "",
      gname: this.gname || "",
      devmaj: 0,
      devmin: 0,
      atime: this.atime,
      ctime: this.ctime
    }).encode(buf), buf.write(body, 512, bodyLen, "utf8");
    for (let i2 = bodyLen + 512; i2 < buf.length; i2++)
      buf[i2] = 0;
    return buf;
  }
  encodeBody() {
    return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
  }
  encodeField(field) {
    if (this[field] === void 0)
      return "";
    let r = this[field], v = r instanceof Date ? r.getTime() / 1e3 : r, s = " " + (field === "dev" || field === "ino" || field === "nlink" ? "SCHILY." : "") + field + "=" + v + `
`, byteLen = Buffer.byteLength(s), digits = Math.floor(Math.log(byteLen) / Math.log(10)) + 1;
    return byteLen + digits >= Math.pow(10, digits) && (digits += 1), digits + byteLen + s;
  }
  static parse(str, ex, g = !1) {
    return new _Pax(merge(parseKV(str), ex), g);
  }
}, merge = (a, b) => b ? Object.assign({}, b, a) : a, parseKV = (str) => str.replace(/\n$/, "").split(`
`).reduce(parseKVLine, /* @__PURE__ */ Object.create(null)), parseKVLine = (set, line) => {
  let n = parseInt(line, 10);
  if (n !== Buffer.byteLength(line) + 1)
    return set;
  line = line.slice((n + " ").length);
  let kv = line.split("="), r = kv.shift();
  if (!r)
    return set;
  let k = r.replace(/^SCHILY\.(dev|ino|nlink)/, "$1"), v = kv.join("=").replace(/\0.*/, "");
  switch (k) {
    case "path":
    case "linkpath":
    case "type":
    case "charset":
    case "comment":
    case "gname":
    case "uname":
      set[k] = v;
      break;
    case "ctime":
    case "atime":
    case "mtime":
      set[k] = new Date(Number(v) * 1e3);
      break;
    case "size":
      let s = +v;
      s >= 0 && (set[k] = s);
      break;
    case "gid":
    case "uid":
    case "dev":
    case "ino":
    case "nlink":
    case "mode":
      set[k] = +v;
      break;
  }
  return set;
};

// node_modules/tar/dist/esm/normalize-windows-path.js
var platform = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform, normalizeWindowsPath = platform !== "win32" ? (p) => String(p) : (p) => String(p).replaceAll(/\\/g, "/");

// node_modules/tar/dist/esm/read-entry.js
var ReadEntry = class extends Minipass {
  extended;
  globalExtended;
  header;
  startBlockSize;
  blockRemain;
  remain;
  type;
  meta = !1;
  ignore = !1;
  path;
  mode;
  uid;
  gid;
  uname;
  gname;
  size = 0;
  mtime;
  atime;
  ctime;
  linkpath;
  dev;
  ino;
  nlink;
  invalid = !1;
  absolute;
  unsupported = !1;
  constructor(header, ex, gex) {
    switch (super({}), this.pause(), this.extended = ex, this.globalExtended = gex, this.header = header, this.remain = header.size ?? 0, this.startBlockSize = 512 * Math.ceil(this.remain / 512), this.blockRemain = this.startBlockSize, this.type = header.type, this.type) {
      case "File":
      case "OldFile":
      case "Link":
      case "SymbolicLink":
      case "CharacterDevice":
      case "BlockDevice":
      case "Directory":
      case "FIFO":
      case "ContiguousFile":
      case "GNUDumpDir":
        break;
      case "NextFileHasLongLinkpath":
      case "NextFileHasLongPath":
      case "OldGnuLongPath":
      case "GlobalExtendedHeader":
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this.meta = !0;
        break;
      // NOTE: gnutar and bsdtar treat unrecognized types as 'File'
      // it may be worth doing the same, but with a warning.
      default:
        this.ignore = !0;
    }
    if (!header.path)
      throw new Error("no path provided for tar.ReadEntry");
    this.path = normalizeWindowsPath(header.path), this.mode = header.mode, this.mode && (this.mode = this.mode & 4095), this.uid = header.uid, this.gid = header.gid, this.uname = header.uname, this.gname = header.gname, this.size = this.remain, this.mtime = header.mtime, this.atime = header.atime, this.ctime = header.ctime, this.linkpath = header.linkpath ? normalizeWindowsPath(header.linkpath) : void 0, this.uname = header.uname, this.gname = header.gname, ex && this.#slurp(ex), gex && this.#slurp(gex, !0);
  }
  write(data) {
    let writeLen = data.length;
    if (writeLen > this.blockRemain)
      throw new Error("writing more to entry than is appropriate");
    let r = this.remain, br = this.blockRemain;
    return this.remain = Math.max(0, r - writeLen), this.blockRemain = Math.max(0, br - writeLen), this.ignore ? !0 : r >= writeLen ? super.write(data) : super.write(data.subarray(0, r));
  }
  #slurp(ex, gex = !1) {
    ex.path && (ex.path = normalizeWindowsPath(ex.path)), ex.linkpath && (ex.linkpath = normalizeWindowsPath(ex.linkpath)), Object.assign(this, Object.fromEntries(Object.entries(ex).filter(([k, v]) => !(v == null || k === "path" && gex))));
  }
};

// node_modules/tar/dist/esm/warn-method.js
var warnMethod = (self, code2, message, data = {}) => {
  self.file && (data.file = self.file), self.cwd && (data.cwd = self.cwd), data.code = message instanceof Error && message.code || code2, data.tarCode = code2, !self.strict && data.recoverable !== !1 ? (message instanceof Error && (data = Object.assign(message, data), message = message.message), self.emit("warn", code2, message, data)) : message instanceof Error ? self.emit("error", Object.assign(message, data)) : self.emit("error", Object.assign(new Error(`${code2}: ${message}`), data));
};

// node_modules/tar/dist/esm/parse.js
var maxMetaEntrySize = 1024 * 1024, gzipHeader = Buffer.from([31, 139]), zstdHeader = Buffer.from([40, 181, 47, 253]), ZIP_HEADER_LEN = Math.max(gzipHeader.length, zstdHeader.length), STATE = /* @__PURE__ */ Symbol("state"), WRITEENTRY = /* @__PURE__ */ Symbol("writeEntry"), READENTRY = /* @__PURE__ */ Symbol("readEntry"), NEXTENTRY = /* @__PURE__ */ Symbol("nextEntry"), PROCESSENTRY = /* @__PURE__ */ Symbol("processEntry"), EX = /* @__PURE__ */ Symbol("extendedHeader"), GEX = /* @__PURE__ */ Symbol("globalExtendedHeader"), META = /* @__PURE__ */ Symbol("meta"), EMITMETA = /* @__PURE__ */ Symbol("emitMeta"), BUFFER2 = /* @__PURE__ */ Symbol("buffer"), QUEUE = /* @__PURE__ */ Symbol("queue"), ENDED = /* @__PURE__ */ Symbol("ended"), EMITTEDEND = /* @__PURE__ */ Symbol("emittedEnd"), EMIT = /* @__PURE__ */ Symbol("emit"), UNZIP = /* @__PURE__ */ Symbol("unzip"), CONSUMECHUNK = /* @__PURE__ */ Symbol("consumeChunk"), CONSUMECHUNKSUB = /* @__PURE__ */ Symbol("consumeChunkSub"), CONSUMEBODY = /* @__PURE__ */ Symbol("consumeBody"), CONSUMEMETA = /* @__PURE__ */ Symbol("consumeMeta"), CONSUMEHEADER = /* @__PURE__ */ Symbol("consumeHeader"), CONSUMING = /* @__PURE__ */ Symbol("consuming"), BUFFERCONCAT = /* @__PURE__ */ Symbol("bufferConcat"), MAYBEEND = /* @__PURE__ */ Symbol("maybeEnd"), WRITING = /* @__PURE__ */ Symbol("writing"), ABORTED2 = /* @__PURE__ */ Symbol("aborted"), DONE = /* @__PURE__ */ Symbol("onDone"), SAW_VALID_ENTRY = /* @__PURE__ */ Symbol("sawValidEntry"), SAW_NULL_BLOCK = /* @__PURE__ */ Symbol("sawNullBlock"), SAW_EOF = /* @__PURE__ */ Symbol("sawEOF"), CLOSESTREAM = /* @__PURE__ */ Symbol("closeStream"), MAX_DECOMPRESSION_RATIO = 1e3, COMPRESSEDBYTESREAD = /* @__PURE__ */ Symbol("compressedBytesRead"), DECOMPRESSEDBYTESREAD = /* @__PURE__ */ Symbol("decompressedBytesRead"), CHECKDECOMPRESSIONRATIO = /* @__PURE__ */ Symbol("checkDecompressionRatio"), noop2 = () => !0, Parser = class extends import_events.EventEmitter {
  file;
  strict;
  maxMetaEntrySize;
  filter;
  brotli;
  zstd;
  maxDecompressionRatio;
  writable = !0;
  readable = !1;
  [QUEUE] = [];
  [BUFFER2];
  [READENTRY];
  [WRITEENTRY];
  [STATE] = "begin";
  [META] = "";
  [EX];
  [GEX];
  [ENDED] = !1;
  [UNZIP];
  [ABORTED2] = !1;
  [SAW_VALID_ENTRY];
  [SAW_NULL_BLOCK] = !1;
  [SAW_EOF] = !1;
  [WRITING] = !1;
  [CONSUMING] = !1;
  [EMITTEDEND] = !1;
  [COMPRESSEDBYTESREAD] = 0;
  [DECOMPRESSEDBYTESREAD] = 0;
  constructor(opt = {}) {
    super(), this.file = opt.file || "", this.on(DONE, () => {
      (this[STATE] === "begin" || this[SAW_VALID_ENTRY] === !1) && this.warn("TAR_BAD_ARCHIVE", "Unrecognized archive format");
    }), opt.ondone ? this.on(DONE, opt.ondone) : this.on(DONE, () => {
      this.emit("prefinish"), this.emit("finish"), this.emit("end");
    }), this.strict = !!opt.strict, this.maxDecompressionRatio = typeof opt.maxDecompressionRatio == "number" ? opt.maxDecompressionRatio : MAX_DECOMPRESSION_RATIO, this.maxMetaEntrySize = opt.maxMetaEntrySize || maxMetaEntrySize, this.filter = typeof opt.filter == "function" ? opt.filter : noop2;
    let isTBR = opt.file && (opt.file.endsWith(".tar.br") || opt.file.endsWith(".tbr"));
    this.brotli = !(opt.gzip || opt.zstd) && opt.brotli !== void 0 ? opt.brotli : isTBR ? void 0 : !1;
    let isTZST = opt.file && (opt.file.endsWith(".tar.zst") || opt.file.endsWith(".tzst"));
    this.zstd = !(opt.gzip || opt.brotli) && opt.zstd !== void 0 ? opt.zstd : isTZST ? !0 : void 0, this.on("end", () => this[CLOSESTREAM]()), typeof opt.onwarn == "function" && this.on("warn", opt.onwarn), typeof opt.onReadEntry == "function" && this.on("entry", opt.onReadEntry);
  }
  warn(code2, message, data = {}) {
    warnMethod(this, code2, message, data);
  }
  [CONSUMEHEADER](chunk, position) {
    this[SAW_VALID_ENTRY] === void 0 && (this[SAW_VALID_ENTRY] = !1);
    let header;
    try {
      header = new Header(chunk, position, this[EX], this[GEX]);
    } catch (er) {
      return this.warn("TAR_ENTRY_INVALID", er);
    }
    if (header.nullBlock)
      this[SAW_NULL_BLOCK] ? (this[SAW_EOF] = !0, this[STATE] === "begin" && (this[STATE] = "header"), this[EMIT]("eof")) : (this[SAW_NULL_BLOCK] = !0, this[EMIT]("nullBlock"));
    else if (this[SAW_NULL_BLOCK] = !1, !header.cksumValid)
      this.warn("TAR_ENTRY_INVALID", "checksum failure", { header });
    else if (!header.path)
      this.warn("TAR_ENTRY_INVALID", "path is required", { header });
    else {
      let type = header.type;
      if (/^(Symbolic)?Link$/.test(type) && !header.linkpath)
        this.warn("TAR_ENTRY_INVALID", "linkpath required", {
          header
        });
      else if (!/^(Symbolic)?Link$/.test(type) && !/^(Global)?ExtendedHeader$/.test(type) && header.linkpath)
        this.warn("TAR_ENTRY_INVALID", "linkpath forbidden", {
          header
        });
      else {
        let entry = this[WRITEENTRY] = new ReadEntry(header, this[EX], this[GEX]);
        if (!this[SAW_VALID_ENTRY])
          if (entry.remain) {
            let onend = () => {
              entry.invalid || (this[SAW_VALID_ENTRY] = !0);
            };
            entry.on("end", onend);
          } else
            this[SAW_VALID_ENTRY] = !0;
        entry.meta ? entry.size > this.maxMetaEntrySize ? (entry.ignore = !0, this[EMIT]("ignoredEntry", entry), this[STATE] = "ignore", entry.resume()) : entry.size > 0 && (this[META] = "", entry.on("data", (c) => this[META] += c), this[STATE] = "meta") : (this[EX] = void 0, entry.ignore = entry.ignore || !this.filter(entry.path, entry), entry.ignore ? (this[EMIT]("ignoredEntry", entry), this[STATE] = entry.remain ? "ignore" : "header", entry.resume()) : (entry.remain ? this[STATE] = "body" : (this[STATE] = "header", entry.end()), this[READENTRY] ? this[QUEUE].push(entry) : (this[QUEUE].push(entry), this[NEXTENTRY]())));
      }
    }
  }
  [CLOSESTREAM]() {
    queueMicrotask(() => this.emit("close"));
  }
  [PROCESSENTRY](entry) {
    let go = !0;
    if (!entry)
      this[READENTRY] = void 0, go = !1;
    else if (Array.isArray(entry)) {
      let [ev, ...args] = entry;
      this.emit(ev, ...args);
    } else
      this[READENTRY] = entry, this.emit("entry", entry), entry.emittedEnd || (entry.on("end", () => this[NEXTENTRY]()), go = !1);
    return go;
  }
  [NEXTENTRY]() {
    do
      ;
    while (this[PROCESSENTRY](this[QUEUE].shift()));
    if (this[QUEUE].length === 0) {
      let re = this[READENTRY];
      !re || re.flowing || re.size === re.remain ? this[WRITING] || this.emit("drain") : re.once("drain", () => this.emit("drain"));
    }
  }
  [CONSUMEBODY](chunk, position) {
    let entry = this[WRITEENTRY];
    if (!entry)
      throw new Error("attempt to consume body without entry??");
    let br = entry.blockRemain ?? 0, c = br >= chunk.length && position === 0 ? chunk : chunk.subarray(position, position + br);
    return entry.write(c), entry.blockRemain || (this[STATE] = "header", this[WRITEENTRY] = void 0, entry.end()), c.length;
  }
  [CONSUMEMETA](chunk, position) {
    let entry = this[WRITEENTRY], ret = this[CONSUMEBODY](chunk, position);
    return !this[WRITEENTRY] && entry && this[EMITMETA](entry), ret;
  }
  [EMIT](ev, data, extra) {
    this[QUEUE].length === 0 && !this[READENTRY] ? this.emit(ev, data, extra) : this[QUEUE].push([ev, data, extra]);
  }
  [EMITMETA](entry) {
    switch (this[EMIT]("meta", this[META]), entry.type) {
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this[EX] = Pax.parse(this[META], this[EX], !1);
        break;
      case "GlobalExtendedHeader":
        this[GEX] = Pax.parse(this[META], this[GEX], !0);
        break;
      case "NextFileHasLongPath":
      case "OldGnuLongPath": {
        let ex = this[EX] ?? /* @__PURE__ */ Object.create(null);
        this[EX] = ex, ex.path = this[META].replace(/\0.*/, "");
        break;
      }
      case "NextFileHasLongLinkpath": {
        let ex = this[EX] || /* @__PURE__ */ Object.create(null);
        this[EX] = ex, ex.linkpath = this[META].replace(/\0.*/, "");
        break;
      }
      /* c8 ignore start */
      default:
        throw new Error("unknown meta: " + entry.type);
    }
  }
  abort(error) {
    if (!this[ABORTED2]) {
      if (this[UNZIP]) {
        let u = this[UNZIP];
        u.write = () => !0, u.end = () => u, u.emit = () => !1, u.destroy?.();
      }
      this[ABORTED2] = !0, this.emit("abort", error), this.warn("TAR_ABORT", error, { recoverable: !1 });
    }
  }
  [CHECKDECOMPRESSIONRATIO](chunk) {
    this[DECOMPRESSEDBYTESREAD] += chunk.length;
    let ratio = this[DECOMPRESSEDBYTESREAD] / this[COMPRESSEDBYTESREAD];
    return ratio > this.maxDecompressionRatio ? (this.abort(new Error(`max decompression ratio exceeded: ${ratio.toFixed(2)} > ${this.maxDecompressionRatio}`)), !1) : !0;
  }
  write(chunk, encoding, cb) {
    if (typeof encoding == "function" && (cb = encoding, encoding = void 0), typeof chunk == "string" && (chunk = Buffer.from(
      chunk,
      /* c8 ignore next */
      typeof encoding == "string" ? encoding : "utf8"
    )), this[ABORTED2])
      return cb?.(), !1;
    if ((this[UNZIP] === void 0 || this.brotli === void 0 && this[UNZIP] === !1) && chunk) {
      if (this[BUFFER2] && (chunk = Buffer.concat([this[BUFFER2], chunk]), this[BUFFER2] = void 0), chunk.length < ZIP_HEADER_LEN)
        return this[BUFFER2] = chunk, cb?.(), !0;
      for (let i2 = 0; this[UNZIP] === void 0 && i2 < gzipHeader.length; i2++)
        chunk[i2] !== gzipHeader[i2] && (this[UNZIP] = !1);
      let isZstd = !1;
      if (this[UNZIP] === !1 && this.zstd !== !1) {
        isZstd = !0;
        for (let i2 = 0; i2 < zstdHeader.length; i2++)
          if (chunk[i2] !== zstdHeader[i2]) {
            isZstd = !1;
            break;
          }
      }
      let maybeBrotli = this.brotli === void 0 && !isZstd;
      if (this[UNZIP] === !1 && maybeBrotli)
        if (chunk.length < 512)
          if (this[ENDED])
            this.brotli = !0;
          else
            return this[BUFFER2] = chunk, cb?.(), !0;
        else
          try {
            new Header(chunk.subarray(0, 512)), this.brotli = !1;
          } catch {
            this.brotli = !0;
          }
      if (this[UNZIP] === void 0 || this[UNZIP] === !1 && (this.brotli || isZstd)) {
        let ended = this[ENDED];
        this[ENDED] = !1, this[UNZIP] = this[UNZIP] === void 0 ? new Unzip2({}) : isZstd ? new ZstdDecompress({}) : new BrotliDecompress({}), this[UNZIP].on("data", (chunk2) => {
          this[CHECKDECOMPRESSIONRATIO](chunk2) && this[CONSUMECHUNK](chunk2);
        }), this[UNZIP].on("error", (er) => {
          this[ABORTED2] || this.abort(er);
        }), this[UNZIP].on("end", () => {
          this[ENDED] = !0, this[CONSUMECHUNK]();
        }), this[WRITING] = !0, this[COMPRESSEDBYTESREAD] += chunk.length;
        let ret2 = !!this[UNZIP][ended ? "end" : "write"](chunk);
        return this[WRITING] = !1, cb?.(), ret2;
      }
    }
    this[WRITING] = !0, this[UNZIP] ? (this[COMPRESSEDBYTESREAD] += chunk.length, this[UNZIP].write(chunk)) : this[CONSUMECHUNK](chunk), this[WRITING] = !1;
    let ret = this[QUEUE].length > 0 ? !1 : this[READENTRY] ? this[READENTRY].flowing : !0;
    return !ret && this[QUEUE].length === 0 && this[READENTRY]?.once("drain", () => this.emit("drain")), cb?.(), ret;
  }
  [BUFFERCONCAT](c) {
    c && !this[ABORTED2] && (this[BUFFER2] = this[BUFFER2] ? Buffer.concat([this[BUFFER2], c]) : c);
  }
  [MAYBEEND]() {
    if (this[ENDED] && !this[EMITTEDEND] && !this[ABORTED2] && !this[CONSUMING]) {
      this[EMITTEDEND] = !0;
      let entry = this[WRITEENTRY];
      if (entry?.blockRemain) {
        let have = this[BUFFER2] ? this[BUFFER2].length : 0;
        this.warn("TAR_BAD_ARCHIVE", `Truncated input (needed ${entry.blockRemain} more bytes, only ${have} available)`, { entry }), this[BUFFER2] && entry.write(this[BUFFER2]), entry.end();
      }
      this[EMIT](DONE);
    }
  }
  [CONSUMECHUNK](chunk) {
    if (this[CONSUMING] && chunk)
      this[BUFFERCONCAT](chunk);
    else if (!chunk && !this[BUFFER2])
      this[MAYBEEND]();
    else if (chunk) {
      if (this[CONSUMING] = !0, this[BUFFER2]) {
        this[BUFFERCONCAT](chunk);
        let c = this[BUFFER2];
        this[BUFFER2] = void 0, this[CONSUMECHUNKSUB](c);
      } else
        this[CONSUMECHUNKSUB](chunk);
      for (; this[BUFFER2] && this[BUFFER2]?.length >= 512 && !this[ABORTED2] && !this[SAW_EOF]; ) {
        let c = this[BUFFER2];
        this[BUFFER2] = void 0, this[CONSUMECHUNKSUB](c);
      }
      this[CONSUMING] = !1;
    }
    (!this[BUFFER2] || this[ENDED]) && this[MAYBEEND]();
  }
  [CONSUMECHUNKSUB](chunk) {
    let position = 0, length = chunk.length;
    for (; position + 512 <= length && !this[ABORTED2] && !this[SAW_EOF]; )
      switch (this[STATE]) {
        case "begin":
        case "header":
          this[CONSUMEHEADER](chunk, position), position += 512;
          break;
        case "ignore":
        case "body":
          position += this[CONSUMEBODY](chunk, position);
          break;
        case "meta":
          position += this[CONSUMEMETA](chunk, position);
          break;
        /* c8 ignore start */
        default:
          throw new Error("invalid state: " + this[STATE]);
      }
    position < length && (this[BUFFER2] = this[BUFFER2] ? Buffer.concat([chunk.subarray(position), this[BUFFER2]]) : chunk.subarray(position));
  }
  end(chunk, encoding, cb) {
    return typeof chunk == "function" && (cb = chunk, encoding = void 0, chunk = void 0), typeof encoding == "function" && (cb = encoding, encoding = void 0), typeof chunk == "string" && (chunk = Buffer.from(chunk, encoding)), cb && this.once("finish", cb), this[ABORTED2] || (this[UNZIP] ? (chunk && (this[COMPRESSEDBYTESREAD] += chunk.length, this[UNZIP].write(chunk)), this[UNZIP].end()) : (this[ENDED] = !0, (this.brotli === void 0 || this.zstd === void 0) && (chunk = chunk || Buffer.alloc(0)), chunk && this.write(chunk), this[MAYBEEND]())), this;
  }
};

// src/core/archive-kind.ts
function archiveKind(head) {
  if (head.length >= 4 && head[0] === 80 && head[1] === 75 && (head[2] === 3 && head[3] === 4 || head[2] === 5 && head[3] === 6))
    return "zip";
  if (head.length >= 3 && head[0] === 31 && head[1] === 139 && head[2] === 8) return "gzip";
  if (head.length >= 262 && head.toString("latin1", 257, 262) === "ustar") return "tar";
}

// src/pipeline/archive-reader.ts
var MEMBER_CAP = 64 * 1024 * 1024, TOTAL_CAP = 512 * 1024 * 1024, MEMBER_COUNT_CAP = 1e5, SLICE = 16 * 1024, newBudget = () => ({ inflated: 0, members: 0, stopped: !1 });
function openArchive(kind, target, budget) {
  let counted = countingTarget(target, budget), reader = kind === "zip" ? zipReader(counted) : kind === "gzip" ? gzipReader(counted) : tarReader(counted), failed = !1, guard = (step) => {
    if (!(failed || budget.stopped))
      try {
        step();
      } catch (e) {
        failed = !0, target.note(`the archive is corrupt or unsupported (${e.message}): the rest of it was not read`);
      }
  };
  return {
    push(chunk) {
      for (let at = 0; at < chunk.length && !failed && !budget.stopped; at += SLICE)
        guard(() => reader.push(chunk.subarray(at, at + SLICE)));
    },
    end: () => guard(() => reader.end())
  };
}
function countingTarget(target, budget) {
  return {
    note: (what) => target.note(what),
    member(name2) {
      if (budget.stopped) return DISCARD;
      if (name2 !== void 0 && ++budget.members > MEMBER_COUNT_CAP)
        return budget.stopped = !0, target.note(`more than ${MEMBER_COUNT_CAP.toLocaleString("en")} members: the rest were not read`), DISCARD;
      let out = target.member(name2), bytes = 0, capped = !1;
      return {
        push(chunk) {
          if (capped || budget.stopped) return;
          if (budget.inflated += chunk.length, budget.inflated > TOTAL_CAP) {
            budget.stopped = !0, target.note(
              `stopped after ${TOTAL_CAP >> 20} MiB of decompressed content (a zip bomb?): the rest was not read`
            );
            return;
          }
          let room = MEMBER_CAP - bytes;
          if (bytes += chunk.length, chunk.length > room) {
            capped = !0, room > 0 && out.push(chunk.subarray(0, room)), target.note(
              `${name2 === void 0 ? "its content" : `member ${name2}`} decompresses to more than ${MEMBER_CAP >> 20} MiB: only the first ${MEMBER_CAP >> 20} MiB were read`
            );
            return;
          }
          out.push(chunk);
        },
        end: () => out.end()
      };
    }
  };
}
var DISCARD = { push() {
}, end() {
} }, toBuffer = (data) => Buffer.from(data.buffer, data.byteOffset, data.byteLength);
function zipReader(target) {
  let unzip = new Unzip((file) => {
    if (file.name.endsWith("/")) return;
    let out = target.member(file.name);
    file.ondata = (err2, data, final) => {
      if (err2) {
        target.note(`member ${file.name} could not be decompressed (${err2.message}): it was not read whole`), out.end();
        return;
      }
      data.length > 0 && out.push(toBuffer(data)), final && out.end();
    };
    try {
      file.start();
    } catch {
      target.note(`member ${file.name} uses a compression method skguard cannot read (${file.compression}): not read`), out.end();
    }
  });
  unzip.register(UnzipInflate);
  let tail = new StreamTail(ZIP_END_SEARCH);
  return {
    push: (chunk) => {
      tail.push(chunk), unzip.push(chunk, !1);
    },
    end: () => {
      unzip.push(new Uint8Array(0), !0), tail.bytes().lastIndexOf(ZIP_END) < 0 && target.note(
        "the zip archive is cut short or damaged (it has no end record): members after the damage were not read"
      );
    }
  };
}
var ZIP_END = Buffer.from([80, 75, 5, 6]), ZIP_END_SEARCH = 65557;
function gzipReader(target) {
  let head = [], headBytes = 0, inner, decide = () => {
    let start = Buffer.concat(head);
    inner = archiveKind(start) === "tar" ? tarReader(target) : target.member(void 0), inner.push(start), head = [];
  }, memberBytes = 0, tail = new StreamTail(8), gunzip = new Gunzip((data, final) => {
    memberBytes += data.length, inner ? inner.push(toBuffer(data)) : (head.push(Buffer.from(data)), headBytes += data.length, headBytes >= 512 && decide()), final && (inner || decide(), inner?.end());
  });
  return gunzip.onmember = () => {
    memberBytes = 0;
  }, {
    push: (chunk) => {
      tail.push(chunk), gunzip.push(chunk, !1);
    },
    end: () => {
      gunzip.push(new Uint8Array(0), !0);
      let trailer = tail.bytes();
      if (trailer.length < 8 || trailer.readUInt32LE(4) !== memberBytes % 2 ** 32)
        throw new Error("cut short: its end does not match what was inflated");
    }
  };
}
var FILE_TYPES = /* @__PURE__ */ new Set(["File", "OldFile", "ContiguousFile"]), StreamTail = class {
  constructor(size) {
    this.size = size;
  }
  size;
  parts = [];
  held = 0;
  push(chunk) {
    let part = Buffer.from(chunk.subarray(Math.max(0, chunk.length - this.size)));
    for (this.parts.push(part), this.held += part.length; this.parts.length > 1 && this.held - this.parts[0].length >= this.size; )
      this.held -= this.parts.shift().length;
  }
  bytes() {
    let all = Buffer.concat(this.parts);
    return all.subarray(Math.max(0, all.length - this.size));
  }
};
function tarReader(target) {
  let parser = new Parser({
    strict: !1,
    onReadEntry: (entry) => {
      if (!FILE_TYPES.has(entry.type)) {
        entry.resume();
        return;
      }
      let out = target.member(entry.path);
      entry.on("data", (chunk) => out.push(chunk)), entry.on("end", () => out.end());
    }
  }), warned = !1;
  parser.on("warn", (_code, message) => {
    warned || (warned = !0, target.note(`the tar archive is damaged (${message}): some of it may not have been read`));
  });
  let total = 0, tail = new StreamTail(512);
  return {
    push: (chunk) => {
      total += chunk.length, tail.push(chunk), parser.write(chunk);
    },
    end: () => {
      parser.end();
      let last = tail.bytes();
      !warned && (total % 512 !== 0 || last.length < 512 || last.some((b) => b !== 0)) && (warned = !0, target.note(
        "the tar archive is cut short (it does not end with a zero block): some of it may not have been read"
      ));
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  newBudget,
  openArchive
});
