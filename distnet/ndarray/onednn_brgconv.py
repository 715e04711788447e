"""How oneDNN 2.4's AVX-512 brgemm convolutions (``brgconv`` and ``brgconv_1x1``, MXNet 1.9.1's float32 inference
kernels for filters in multiples of 16) block their work, which decides how each output's sum is split.

oneDNN picks the blocking once per primitive: for each filter block (64, 48, 32, 16 filters) and, beyond 1x1,
each choice of kernel rows a call (all, or one), it tries blocks of output positions and scores each with a cost
model (thread balance, register blocking, cache traffic), keeping the best; the channel block comes from the
caches (``select_ic_block``). A call sums its channel block's products over its kernel offsets, offsets outer and
channels inner, from zero; each further call's sum is added to the output; the bias comes last. A filter block
that leaves a partial last block makes the primitive refuse (the jit kernels then run). Beyond 1x1 the kernel
either skips padding inside a call ("vpad") or, where the padding reaches further, gives the padded kernel
columns calls of their own ("base"); the transposed-input execution of later versions is not taken.

The scoring below restates oneDNN's in float32, as it evaluates it (ties break the same), including the state
one candidate leaves to the next (the best score so far, the register block). Its inputs are the caches a core as
oneDNN reads them (``onednn_gemm_blocks.cache_bytes``) and the threads MXNet gives it (``mxnet_threads``).
Probed against MXNet on an AVX-512 AMD CPU (oneDNN's cache guesses, one thread): ResNet-18/34/50, Inception-v3,
DenseNet-121, SqueezeNet, VGG-11 and MobileNet-v2 inference and 280 random convolutions match bit for bit.
"""
import collections
import functools
import os
import types

import numpy as np

from . import onednn_gemm_blocks

_F = np.float32
_SIMD = 16                  # float32 lanes
_MAX_REGS = 32
_THREAD_EFF_THRESHOLD = _F(0.9)
_L2_K, _L3_K, _MEM_K, _L1_K = _F(3), _F(15), _F(15), _F(1)


THREADS_ENV = "DISTNET_ONEDNN_THREADS"      # the threads MXNet gave oneDNN on another machine


def mxnet_threads():
    """The OpenMP threads MXNet runs an operator on: ``THREADS_ENV`` if set, else OMP_NUM_THREADS, else half the
    processors it may use (on x86 it takes every CPU for hyper-threaded), at least one."""
    for env in (THREADS_ENV, "OMP_NUM_THREADS"):
        forced = os.environ.get(env, "").strip()
        if forced.isdigit() and int(forced):
            return int(forced)
    return max(1, len(os.sched_getaffinity(0)) // 2)


def _div_up(a, b):
    """C's ``(a + b - 1) / b`` on ints (truncating toward zero)."""
    n = a + b - 1
    return n // b if n >= 0 else -((-n) // b)


def _rnd_up(a, b):
    return _div_up(a, b) * b


def _saturate(low, high, value):
    return max(low, min(high, value))


def _balance(n, team, tid):
    """oneDNN's balance211: (start, end) of thread ``tid``'s share of ``n`` items."""
    n1 = _div_up(n, team)
    n2, t1 = n1 - 1, n - (n1 - 1) * team
    start = tid * n1 if tid <= t1 else t1 * n1 + (tid - t1) * n2
    return start, start + (n1 if tid < t1 else n2)


def _unsigned(value):
    return value % (1 << 32)


def _signed(value):
    return value - (1 << 32) if value >= 1 << 31 else value


def _brgemm_rows(m, n, k, l1):
    """The rows (output columns) oneDNN's f32 brgemm kernel computes at once, for an M x N x K product."""
    ldb, ldb_tail = divmod(n, 16)
    ldb2, ldb2_tail = divmod(ldb, 4)
    embedded = ldb2_tail <= 1 and ldb2 == 0
    width = (4 if ldb2 else ldb2_tail) or 1
    most = (28 if embedded else _MAX_REGS - (width + 1)) // width
    best, best_eff = 1, _F(0)
    for rows in range(most, 0, -1):
        eff = _F(m) / _F(_rnd_up(m, rows)) * (_F(width * rows) / _F((width + rows) * most))
        if 4 * rows * k <= l1 and eff > best_eff:
            best, best_eff = rows, eff
    return best


def _squeeze(eff, koeff):
    k = _F(1) / koeff
    return (k - _F(1) + eff) / k if k > 1 else eff * koeff


def _io_k(src, wei, dst, n, pk, broadcast, shared, l1, l2):
    """oneDNN's relative cost of one access to an array a loop reads ``n`` times (``pk`` its inner cost)."""
    if n < 1:
        return _F(0)
    if n == 1:
        return pk
    amount = 4 * (src + wei + dst)
    far = _L3_K if shared else _MEM_K
    if broadcast:
        k = _L1_K if 4 * src < l1 else (_L2_K if amount < l2 else far)
    else:
        k = _L2_K if amount < l2 else far
    return (pk + k * (n - _F(1))) / n


def _access_cost(c, loops, ops, src_shared, wei_shared):
    """The data-access cost of ``loops`` (innermost first; (src, dst, wei) each (itersize, repeats, overlap))
    doing ``ops`` (src, dst, wei) accesses, as oneDNN weighs it."""
    src_k = dst_k = wei_k = _MEM_K
    src_rp = dst_rp = wei_rp = _F(1)
    for src, dst, wei in reversed(loops):
        sizes = (src[0], wei[0], dst[0])
        src_k = _io_k(*sizes, _F(src[1]) * _F(src[2]), src_k, True, src_shared, c.l1, c.l2)
        dst_k = _io_k(*sizes, _F(dst[1]) * _F(dst[2]), dst_k, False, False, c.l1, c.l2)
        wei_k = _io_k(*sizes, _F(wei[1]) * _F(wei[2]), wei_k, False, wei_shared, c.l1, c.l2)
        src_rp, dst_rp, wei_rp = src_rp * _F(src[1]), dst_rp * _F(dst[1]), wei_rp * _F(wei[1])
    src_op, dst_op, wei_op = ops
    src_cost = src_k * (_F(src_op) * src_rp)
    dst_cost = dst_k * (_F(dst_op) * dst_rp)
    wei_cost = wei_k * (_F(wei_op) * wei_rp)
    return src_cost + dst_cost + wei_cost


def _loop(src, dst, wei):
    """One loop of the cost model: (src, dst, wei) as (itersize, repeats, overlap), overlap 1 unless given."""
    return tuple(a + (1,) * (3 - len(a)) for a in (src, dst, wei))


class _Blocking(types.SimpleNamespace):
    """A candidate blocking: the convolution's shape (``c``) and the blocks under trial, as oneDNN's
    brg_blocking_t keeps them (fields carry over from one trial to the next)."""

    def inp_w(self, out_w, ker_w):
        c = self.c
        return min(c.iw, (out_w - 1) * min(ker_w, c.sw) + (ker_w - 1) * c.dw + 1)

    def rnd_inp_simd(self, out_w, ker_w, vic):
        vsp = self.inp_w(out_w, ker_w)
        c = self.c
        return _rnd_up(vsp * vic, _SIMD) if c.sw == 1 and vic >= c.ic else vsp * _rnd_up(vic, _SIMD)

    def select_ic_block(self):
        c = self.c
        most = min(5 * _SIMD, _div_up(c.ic, _SIMD))
        est_ur = min(self.sp_block, {64: 6, 48: 9, 32: 14}.get(self.oc_block, 28))
        inp_ur = self.inp_w(est_ur, self.kw_block)
        if self.kw_block > 1:
            most = _saturate(1, most, c.l1 // _unsigned(inp_ur * 4 * _SIMD))
        wei_per_ic = self.kh_block * self.kw_block * self.oc_block * 4
        inp_per_ic = self.kh_block * inp_ur * 4
        room = _unsigned(c.l2 - _unsigned(self.ur * self.oc_block * 4))
        self.pick_ic_block(_saturate(1, most, _signed(room // _unsigned((wei_per_ic + inp_per_ic) * _SIMD))))

    def pick_ic_block(self, most):
        """The channel block: the most SIMD blocks, up to ``most``, that leave at least half the last one used."""
        nb_simd = _div_up(self.c.ic, _SIMD)
        self.ic_block = _SIMD
        for nb_icb in range(min(most, nb_simd), 0, -1):
            if _F(nb_simd) / _F(_rnd_up(nb_simd, nb_icb)) >= _F(0.5):
                self.ic_block = nb_icb * _SIMD
                break
        self.nb_ic = _div_up(self.c.ic, self.ic_block)

    def estimate_ur(self, spb):
        c = self.c
        return _brgemm_rows(spb, min(self.oc_block, c.oc), min(self.ic_block, c.ic), c.l1)

    def update_blocks(self):
        c = self.c
        self.nb_oh = _div_up(c.oh, self.oh_blk_size)
        self.nb_ic, self.nb_oc = _div_up(c.ic, self.ic_block), _div_up(c.oc, self.oc_block)
        self.nb_kh, self.nb_kw = _div_up(c.kh, self.kh_block), _div_up(c.kw, self.kw_block)
        self.sp, self.sp_block, self.nb_sp = c.ow, self.ow_block, _div_up(c.ow, self.ow_block)

    def fast_check_oc_block(self):
        c = self.c
        rnd_oc = _rnd_up(c.oc, 16)
        if self.oc_block == 64:
            return rnd_oc % 64 == 0 and rnd_oc * 4 < 192 * 4
        if self.oc_block == 48:
            return rnd_oc % 48 == 0 and rnd_oc * 4 <= 384 * 4 and c.ih * c.iw > 81 * c.sh * c.sw
        return True

    def work_dims(self):
        """The dimensions of the threads' work items, outermost first (filter blocks innermost in the
        ndhwgc loop order, output positions innermost otherwise)."""
        c = self.c
        return (c.mb, c.oh, self.nb_sp, self.nb_oc) if c.loop_ndhwgc else (c.mb, self.nb_oc, c.oh, self.nb_sp)

    def job_eff(self, work_amount, job):
        """The share of the threads' time spent working, when there are fewer jobs than threads."""
        c = self.c
        if job >= c.nthr:
            return _F(work_amount) / _F(_rnd_up(work_amount, c.nthr))
        dims = self.work_dims()
        jobs = []
        for t in range(c.nthr):
            total = 0
            if t < work_amount:
                for work in range(*_balance(work_amount, c.nthr, t)):
                    idx = np.unravel_index(work, dims)
                    ocb = idx[-1] if c.loop_ndhwgc else idx[1]
                    spb = idx[-2] if c.loop_ndhwgc else idx[-1]
                    total += min(self.sp - spb * self.sp_block, self.sp_block) * min(c.oc - ocb * self.oc_block,
                                                                                  self.oc_block)
            jobs.append(total)
        return _F(1) if max(jobs) == 0 else _F(sum(jobs)) / _F(max(jobs) * c.nthr)

    def spatial_work(self):
        """The blocks of output positions a filter block's work splits in, and the output rows (of ``sp``
        positions each) they leave apart."""
        return self.nb_oh * self.nb_sp, self.c.oh

    def est_eff(self):
        """oneDNN's efficiency score of this blocking (brg_blocking_t::est_eff, est_eff_1x1), in float32."""
        c, ur, spb = self.c, self.ur, self.sp_block
        ocblock = self.oc_block // 16
        micro = _F(ocblock * ur) / _F((ur + ocblock) * _MAX_REGS)
        ur_eff = _F(spb) / _F(_rnd_up(spb, ur))
        brgemm_eff = _squeeze(_F(ur) * (_F(2) - min(_F(1.9), _F(ur) / _F(spb))) / _F(64), _F(0.5))
        sp_amount, rows = self.spatial_work()
        work_amount = c.mb * self.nb_oc * sp_amount
        sp_eff = _F(self.sp) / _F(_rnd_up(self.sp, spb))
        oc_block_eff = _F(c.oc) / _F(_rnd_up(c.oc, self.oc_block))
        job = _div_up(work_amount, c.nthr)
        job_eff = self.job_eff(work_amount, job)
        cost = self.traffic_cost(job, sp_amount)
        cache_eff = _F(c.mb * rows * self.sp * c.ic * c.oc) / (_F(c.nthr) * cost)
        return oc_block_eff * micro * sp_eff * job_eff * ur_eff * cache_eff * brgemm_eff

    def thread_share(self, job, sp_amount):
        """What one thread's ``job`` spans of each blocked dimension (oneDNN's ``*_thr`` values): filter blocks and
        their SIMD blocks, position blocks and positions, row blocks and rows, depth blocks and depths."""
        c = self.c
        dim_oc = 1 if c.loop_ndhwgc else sp_amount
        nb_oc_thr = min(self.nb_oc, _div_up(job, dim_oc))
        nsimd_oc_thr = _div_up(min(c.oc, nb_oc_thr * self.oc_block), _SIMD)
        dim_sp = self.nb_oc if c.loop_ndhwgc else 1
        nb_sp_thr = min(self.nb_sp, _div_up(job, dim_sp))
        sp_thr = min(self.sp, nb_sp_thr * self.sp_block)
        nb_oh_thr = min(self.nb_oh, _div_up(job, self.nb_sp * dim_sp))
        oh_thr = min(c.oh, nb_oh_thr * self.oh_blk_size)
        nb_od_thr = min(1, _div_up(job, self.nb_oh * self.nb_sp * dim_sp))
        return nb_oc_thr, nsimd_oc_thr, nb_sp_thr, sp_thr, nb_oh_thr, oh_thr, nb_od_thr, min(1, nb_od_thr)

    def traffic_cost(self, job, sp_amount):
        """The cost of the loops' data accesses and kernel calls (the denominator of est_eff's cache_eff)."""
        c, ur, spb = self.c, self.ur, self.sp_block
        kh, kw, ic, oc_block = c.kh, c.kw, c.ic, self.oc_block
        ocblock = oc_block // 16
        kh_block, kw_block = self.kh_block, self.kw_block
        loops = []

        def add(src, dst, wei):
            loops.append(_loop(src, dst, wei))
        add((self.inp_w(ur, kw_block) * _SIMD, 1, _SIMD), (0, 1), (oc_block, 1))
        src_is = self.rnd_inp_simd(ur, kw_block, self.ic_block)
        add((src_is, 1, kw_block), (0, 1), (oc_block * self.ic_block, 1))
        add((src_is, 1), (0, 1), (kw_block * oc_block * self.ic_block, 1))
        nb_ur = _div_up(spb, ur)
        wei_is = kh_block * kw_block * oc_block * self.ic_block
        add((kh_block * src_is, 1), (ur * oc_block, 1), (wei_is, nb_ur))
        add((kh_block * self.rnd_inp_simd(spb, kw_block, self.ic_block), 1),
            (spb * oc_block, self.nb_kh * self.nb_kw), (wei_is, 1))
        ic_chunks = self.nb_ic
        add((kh * self.rnd_inp_simd(spb, kw, self.ic_block), 1), (spb * oc_block, ic_chunks),
            (kh * kw * oc_block * self.ic_block, 1))
        nb_oc_thr, nsimd_oc_thr, nb_sp_thr, sp_thr, nb_oh_thr, oh_thr, nb_od_thr, od_thr = \
            self.thread_share(job, sp_amount)
        src_is = kh * self.rnd_inp_simd(spb, kw, ic)
        wei_op = kh * kw * ocblock * ic
        if c.loop_ndhwgc:
            add((src_is, nb_oc_thr), (spb * oc_block, 1), (kh * kw * oc_block * ic, 1))
            wei_op = kh * kw * nsimd_oc_thr * ic
        rnd_oc_for_sp = _SIMD * (nsimd_oc_thr if c.loop_ndhwgc else ocblock)
        add((src_is, 1), (spb * rnd_oc_for_sp, 1), (wei_op * _SIMD, nb_sp_thr))
        src_is = kh * self.rnd_inp_simd(sp_thr, kw, ic)
        add((self.oh_blk_size * src_is, 1), (sp_thr * rnd_oc_for_sp, 1), (wei_op * _SIMD, nb_oh_thr))
        add((oh_thr * src_is, 1), (oh_thr * sp_thr * rnd_oc_for_sp, 1), (wei_op * _SIMD, nb_od_thr))
        if not c.loop_ndhwgc:
            add((od_thr * oh_thr * src_is, nb_oc_thr), (oc_block * od_thr * oh_thr * sp_thr, 1),
                (kh * kw * oc_block * ic, 1))
        mb_thr = min(c.mb, _div_up(job, sp_amount * self.nb_oc))
        add((od_thr * oh_thr * src_is, 1), (od_thr * oh_thr * sp_thr * nsimd_oc_thr * _SIMD, 1),
            (kh * kw * nsimd_oc_thr * _SIMD * ic, mb_thr))
        src_op = mb_thr * od_thr * oh_thr * sp_thr * kh * kw * ic
        dst_op = mb_thr * od_thr * oh_thr * sp_thr * nsimd_oc_thr
        wei_op = kh * kw * nsimd_oc_thr * ic
        add((src_op, 1), (dst_op * _SIMD, 1), (wei_op * _SIMD, 1))
        calls = _F(1000) * _F(job) * _F(ic_chunks) * _F(self.nb_kh) * _F(self.nb_kw)
        return _access_cost(c, loops, (src_op, dst_op, wei_op), not c.loop_ndhwgc, c.loop_ndhwgc) + calls

    def iterate_ker_block(self, best, kh_block, max_ow_block_thr):
        """Try the output-row blocks for ``kh_block`` kernel rows a call; returns the best blocking so far."""
        c = self.c
        self.kh_block = kh_block
        if c.exec_type == "vpad":
            self.kw_block = c.kw
        else:
            self.kw_block = c.kw if _unsigned(c.ic * self.oc_block * 4) * c.kw < c.l2 else 1
        self.oh_blk_size = 1
        start = min(max_ow_block_thr, c.ow)
        previous = 0
        for ns in range(1, c.ow + 1):
            spb = _div_up(c.ow, ns)
            if spb == previous or spb > start:
                continue
            previous = spb
            self.ow_block = self.sp_block = spb
            self.select_ic_block()
            self.ur = self.estimate_ur(spb)
            self.update_blocks()
            self.eff = self.est_eff()
            if self.eff > best.eff or best.eff == 0:
                best = _Blocking(**vars(self))
        return best

    def calc_blocks(self):
        c = self.c
        max_ow_block_thr = _saturate(1, c.ow, int((_F(c.mb * self.nb_oc * c.oh * c.ow) + _THREAD_EFF_THRESHOLD
                                                   * _F(c.nthr) - _F(1)) / (_THREAD_EFF_THRESHOLD * _F(c.nthr))))
        best = _Blocking(**vars(self))
        for kh_block in ([c.kh, 1] if c.kh != 1 else [c.kh]):
            best = self.iterate_ker_block(best, kh_block, max_ow_block_thr)
        vars(self).update(vars(best))
        self.ow_block = self.sp_block
        self.update_blocks()


def _try_exec_type(c, carried):
    """oneDNN's try_exec_type: the best blocking over the filter blocks, or None (``carried``: the fields a
    previous execution type's blocking left)."""
    best = _Blocking(c=c, oc_block=16, eff=_F(0), ic_block=0, ow_block=0)
    cur = _Blocking(**dict(carried, c=c, ur=0, eff=_F(0), sp=0, sp_block=0, nb_sp=0))
    for ocb in range(min(_div_up(c.oc, 16), 4), 0, -1):
        cur.oc_block = ocb * 16
        cur.nb_oc = _div_up(c.oc, cur.oc_block)
        if not cur.fast_check_oc_block():
            continue
        cur.calc_blocks()
        cur.ur = cur.estimate_ur(cur.ow_block)
        cur.eff = cur.est_eff()
        if cur.eff > best.eff:
            best = _Blocking(**vars(cur))
    if best.oc_block == 0 or best.ic_block == 0 or best.ow_block == 0:
        return None
    return best


Blocking = collections.namedtuple("Blocking", "ic_block kh_block kw_block exec_type oc_block ow_block")


def blocks(mb, ic, oc, ih, iw, kh, kw, sh, sw, th, lw, dh=1, dw=1, l1=None, l2=None, nthr=None):
    """The ``Blocking`` of oneDNN's brgemm convolution forward of ``mb`` images of ``ic`` channels (``ih`` x ``iw``,
    padded ``th`` rows on top and ``lw`` columns on the left) to ``oc`` filters of ``kh`` x ``kw`` at strides
    ``sh``, ``sw`` and dilations ``dh``, ``dw``, or None if it finds none: the channels, kernel rows and kernel
    columns a call takes, the execution ("vpad": padding skipped inside the kernel; "base": the padded kernel
    columns of an output-row block in calls of their own), the filters and output columns a block.
    ``l1``, ``l2`` (bytes a core) and ``nthr`` default to this machine's, as oneDNN and MXNet read them."""
    l1 = onednn_gemm_blocks.cache_bytes(1) if l1 is None else l1
    l2 = onednn_gemm_blocks.cache_bytes(2) if l2 is None else l2
    return _blocks(mb, ic, oc, ih, iw, kh, kw, sh, sw, th, lw, dh, dw, l1, l2, nthr or mxnet_threads())


@functools.lru_cache(maxsize=1024)
def _blocks(mb, ic, oc, ih, iw, kh, kw, sh, sw, th, lw, dh, dw, l1, l2, nthr):
    ext_h, ext_w = (kh - 1) * dh + 1, (kw - 1) * dw + 1
    oh, ow = (ih + 2 * th - ext_h) // sh + 1, (iw + 2 * lw - ext_w) // sw + 1
    r_pad = (ow - 1) * sw + ext_w - (iw + lw)
    c = types.SimpleNamespace(mb=mb, ic=ic, oc=oc, ih=ih, iw=iw, oh=oh, ow=ow, kh=kh, kw=kw, sh=sh, sw=sw, dw=dw,
                              l1=l1, l2=l2, nthr=nthr,
                              loop_ndhwgc=ih * iw * 4 >= oc * kh * kw * 4)
    # (its float32 kernel does not take the transposed-input execution: probed, 3x3 filters padded by 2 at unit
    # strides sum a kernel column a call, as "base" does)
    tries = ["vpad", "base"] if _div_up(lw, sw) < kw and _div_up(r_pad, sw) < kw else ["base"]
    carried = dict(oc_block=0, ic_block=0, ow_block=0, kh_block=0, kw_block=0, oh_blk_size=1)
    for exec_type in tries:
        c.exec_type = exec_type
        best = _try_exec_type(c, carried)
        if best is None:
            continue
        carried = {k: v for k, v in vars(best).items() if k != "c"}
        iw_block = (best.ow_block - 1) * sw + 1
        if exec_type == "vpad" and iw_block > iw:
            continue
        return Blocking(best.ic_block, best.kh_block, best.kw_block, exec_type, best.oc_block, best.ow_block)
    return None


class _Blocking1x1(_Blocking):
    """A candidate blocking of oneDNN's brgemm 1x1 convolution (``brgconv_1x1``): output positions in blocks of
    whole images' rows (``os``, strides 1 over the rows) or of one row's columns (``ow``)."""

    def select_ic_block(self):
        c = self.c
        most = min(5 * _SIMD, _div_up(c.ic, _SIMD))
        est_ur = min(self.sp_block, {64: 6, 48: 9, 32: 14}.get(self.oc_block, 28))
        inp_ur = est_ur if c.os_blocks else self.inp_w(est_ur, 1)
        room = _unsigned(c.l2 - _unsigned(self.ur * self.oc_block * 4))
        self.pick_ic_block(_saturate(1, most, _signed(room // _unsigned((self.oc_block * 4 + inp_ur * 4) * _SIMD))))

    def update_blocks(self):
        c = self.c
        self.nb_oh = c.oh
        self.nb_ic, self.nb_oc = _div_up(c.ic, self.ic_block), _div_up(c.oc, self.oc_block)
        self.nb_kh = self.nb_kw = 1
        block = self.os_block if c.os_blocks else self.ow_block
        self.sp, self.sp_block = (c.os if c.os_blocks else c.ow), block
        self.nb_sp = _div_up(self.sp, block)

    def fast_check_oc_block(self):
        c = self.c
        if self.oc_block == 64:
            return _rnd_up(c.oc, 16) % 64 == 0 and c.os >= 64 * c.sh * c.sw
        if self.oc_block == 48:
            return _F(c.oc) / _F(_rnd_up(c.oc, 48)) >= _F(0.95)
        return True

    def work_dims(self):
        c = self.c
        if not c.os_blocks:
            return super().work_dims()
        return (c.mb, self.nb_sp, self.nb_oc) if c.loop_ndhwgc else (c.mb, self.nb_oc, self.nb_sp)

    def spatial_work(self):
        return (self.nb_sp, 1) if self.c.os_blocks else super().spatial_work()

    def thread_share(self, job, sp_amount):
        share = super().thread_share(job, sp_amount)
        return share[:5] + (1, share[6], 1) if self.c.os_blocks else share     # (rows merged into positions)

    def traffic_cost(self, job, sp_amount):
        c, ur, spb, ic_block, oc_block = self.c, self.ur, self.sp_block, self.ic_block, self.oc_block
        ocblock = oc_block // 16
        rnd_ic_block = _rnd_up(ic_block, _SIMD)
        loops = [_loop((ur * _SIMD, 1, _SIMD), (0, 1), (oc_block, 1)),
                 _loop((ur * rnd_ic_block, 1), (ur * oc_block, 1), (oc_block * ic_block, _div_up(spb, ur))),
                 _loop((spb * ic_block, 1), (spb * oc_block, self.nb_ic), (oc_block * ic_block, 1))]
        wei_op = ocblock * c.ic
        nb_oc_thr, nsimd_oc_thr, nb_sp_thr, sp_thr, nb_oh_thr, oh_thr, nb_od_thr, od_thr = \
            self.thread_share(job, sp_amount)
        if c.loop_ndhwgc:
            loops.append(_loop((spb * _rnd_up(c.ic, _SIMD), nb_oc_thr), (spb * oc_block, 1), (oc_block * c.ic, 1)))
            wei_op = nsimd_oc_thr * c.ic
        rnd_oc_for_sp = _SIMD * (nsimd_oc_thr if c.loop_ndhwgc else ocblock)
        loops.append(_loop((spb * ic_block, 1), (spb * rnd_oc_for_sp, 1), (wei_op * _SIMD, nb_sp_thr)))
        if not c.os_blocks:
            loops.append(_loop((sp_thr * rnd_ic_block, 1), (sp_thr * rnd_oc_for_sp, 1), (wei_op * _SIMD, nb_oh_thr)))
            loops.append(_loop((oh_thr * sp_thr * rnd_ic_block, 1), (oh_thr * sp_thr * rnd_oc_for_sp, 1),
                               (wei_op * _SIMD, nb_od_thr)))
        if not c.loop_ndhwgc:
            loops.append(_loop((od_thr * oh_thr * _rnd_up(sp_thr * ic_block, _SIMD), nb_oc_thr),
                               (oc_block * od_thr * oh_thr * sp_thr, 1), (oc_block * c.ic, 1)))
        mb_thr = min(c.mb, _div_up(job, sp_amount * self.nb_oc))
        loops.append(_loop((od_thr * oh_thr * sp_thr * rnd_ic_block, 1),
                           (nsimd_oc_thr * _SIMD * od_thr * oh_thr * sp_thr, 1), (nsimd_oc_thr * c.ic * _SIMD, mb_thr)))
        src_op = mb_thr * od_thr * oh_thr * sp_thr * ic_block
        dst_op = mb_thr * nsimd_oc_thr * od_thr * oh_thr * sp_thr
        wei_op = nsimd_oc_thr * c.ic
        loops.append(_loop((src_op, 1), (dst_op * _SIMD, 1), (wei_op * _SIMD, 1)))
        calls = _F(1000) * _F(job) * _F(self.nb_ic)
        return _access_cost(c, loops, (src_op, dst_op, wei_op), False, True) + calls

    def calc_blocks(self):
        c = self.c
        self.kh_block = self.kw_block = self.oh_blk_size = 1
        if c.os_blocks:
            self.ow_block = 0
            most_thr = max(_div_up(2048, self.oc_block), _div_up(c.mb * c.os, c.nthr))
            aliasing = 1000000 // c.nthr
            if c.oc * c.os * 4 % 4096 == 0:
                oc = c.oc
                while aliasing * 4 > 400 and oc % 2 == 0 and oc * c.os * 4 >= 4096:
                    aliasing //= 2
                    oc //= 2
                aliasing += 0 if aliasing % 2 else 1
            aliasing = min(_div_up(1001, 4), aliasing)
            start = _saturate(1, c.os, min(most_thr, c.os, aliasing))
        else:
            self.os_block = 0
            most_thr = _saturate(1, c.ow, int((_F(c.mb * self.nb_oc * c.os) + _THREAD_EFF_THRESHOLD * _F(c.nthr)
                                               - _F(1)) / (_THREAD_EFF_THRESHOLD * _F(c.nthr))))
            start = _saturate(1, c.ow, min(most_thr, c.os))
        best = _Blocking1x1(**vars(self))
        previous = 0
        for ns in range(1, self.sp_of() + 1):
            spb = _div_up(self.sp_of(), ns)
            if spb == previous or spb > start:
                continue
            previous = spb
            if c.os_blocks:
                self.os_block = spb
            else:
                self.ow_block = spb
            self.select_ic_block()
            self.ur = self.estimate_ur(spb)
            self.update_blocks()
            self.eff = self.est_eff()
            if self.eff > best.eff or best.eff == 0:
                best = _Blocking1x1(**vars(self))
        vars(self).update(vars(best))
        self.os_block = self.ow_block = self.sp_block
        self.update_blocks()

    def sp_of(self):
        return self.c.os if self.c.os_blocks else self.c.ow


def blocks_1x1(mb, ic, oc, ih, iw, sh, sw, l1=None, l2=None, nthr=None):
    """(channel block, filter block) of oneDNN's brgemm 1x1 convolution forward of ``mb`` images of ``ic``
    channels (``ih`` x ``iw``, unpadded) to ``oc`` filters at strides ``sh``, ``sw`` (defaults as ``blocks``')."""
    l1 = onednn_gemm_blocks.cache_bytes(1) if l1 is None else l1
    l2 = onednn_gemm_blocks.cache_bytes(2) if l2 is None else l2
    return _blocks_1x1(mb, ic, oc, ih, iw, sh, sw, l1, l2, nthr or mxnet_threads())


@functools.lru_cache(maxsize=1024)
def _blocks_1x1(mb, ic, oc, ih, iw, sh, sw, l1, l2, nthr):
    oh, ow = (ih - 1) // sh + 1, (iw - 1) // sw + 1
    c = types.SimpleNamespace(mb=mb, ic=ic, oc=oc, ih=ih, iw=iw, oh=oh, ow=ow, os=oh * ow, kh=1, kw=1, sh=sh, sw=sw,
                              dw=1, l1=l1, l2=l2, nthr=nthr, os_blocks=sh == 1, loop_ndhwgc=ih * iw >= oc)
    best = _Blocking1x1(c=c, oc_block=16, eff=_F(0), ic_block=0)
    cur = _Blocking1x1(c=c, ur=0, eff=_F(0), sp=0, sp_block=0, nb_sp=0, oc_block=0, ic_block=0, os_block=0,
                       ow_block=0)
    for ocb in range(min(_div_up(oc, 16), 4), 0, -1):
        cur.oc_block = ocb * 16
        cur.nb_oc = _div_up(oc, cur.oc_block)
        if not cur.fast_check_oc_block():
            continue
        cur.calc_blocks()
        cur.ur = cur.estimate_ur(cur.sp_block)
        cur.eff = cur.est_eff()
        if cur.eff > best.eff:
            best = _Blocking1x1(**vars(cur))
    return best.ic_block, best.oc_block
