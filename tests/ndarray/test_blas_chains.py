"""The BLAS-built fused multiply-add chains equal the step-by-step emulation under numpy's own OpenBLAS kernels.

The suite runs numpy's OpenBLAS with its Haswell kernels (see conftest); a user's process runs the ones OpenBLAS
picks for the CPU (SkylakeX's on Sapphire Rapids, whose single chains are shorter): both are checked, each in a
process of its own, since OpenBLAS reads OPENBLAS_CORETYPE once, when numpy loads it."""
import json
import os
import subprocess
import sys

import pytest

CHECK = """
import json
import numpy as np
from distnet.ndarray import onednn_avx2 as o
rng = np.random.RandomState(3)
failures = []
for units, rows, outs in ((1, 3, 4), (31, 2, 9), (32, 5, 7), (100, 64, 15), (1000, 9, 33), (700, 144, 32),
                          (600, 530, 12), (300, 2600, 5)):     # (the last two: long chains in tiles of rows)
    a, w = rng.randn(units, rows).astype(np.float32), rng.randn(units, outs).astype(np.float32)
    start = rng.randn(rows, outs).astype(np.float32)
    if not np.array_equal(o.fused_chains(a, w), o._emulated_sums(a, w, True, 1)):
        failures.append(("fused_chains", units))
    if not np.array_equal(o.fused_chains(a, w, start), o._emulated_sums(a, w, True, 1, start)):
        failures.append(("fused_chains from a start", units))
    b, c = rng.randn(rows, units).astype(np.float32), rng.randn(rows, units).astype(np.float32)
    chain = np.zeros(rows, np.float32)
    for t in range(units):
        chain = (chain + b[:, t].astype(np.float64) * c[:, t]).astype(np.float32)
    if not np.array_equal(o.fused_dots(b, c), chain):
        failures.append(("fused_dots", units))
    p, q = rng.randn(2, units, rows).astype(np.float32), rng.randn(2, units, outs).astype(np.float32)
    p[:, ::3], q[:, ::2] = 0, -q[:, ::2] * 0          # zero products of either sign
    rounded = np.zeros((2, rows, outs), np.float32)
    for t in range(units):
        rounded = rounded + p[:, t, :, None] * q[:, t, None, :]
    if not np.array_equal(o._rounded_chains(p, q).view(np.uint32), rounded.view(np.uint32)):
        failures.append(("rounded chains", units))
for units, rows, outs in ((64, 10, 14), (64, 20, 9), (300, 16, 21)):     # operands as views, stacks of them
    a, w = rng.randn(units, rows).astype(np.float32), rng.randn(units, outs).astype(np.float32)
    expected = o._emulated_sums(a, w, True, 1)
    if not np.array_equal(o.fused_chains(np.ascontiguousarray(a.T).T, np.ascontiguousarray(w.T).T), expected):
        failures.append(("fused_chains of transposed views", units))
    stack = np.stack([a, -a])
    if not np.array_equal(o._long_chains(stack, w), np.stack([expected, o._emulated_sums(-a, w, True, 1)])):
        failures.append(("chains of a stack and one matrix", units))
    if not np.array_equal(o._long_chains(a, np.stack([w, w]), np.stack([expected, -expected])),
                          np.stack([o._emulated_sums(a, w, True, 1, s) for s in (expected, -expected)])):
        failures.append(("chains of one matrix and a stack from starts", units))
chain = o.blas_chain()
for units, rows, outs, odd in ((700, 20, 13, None), (90, 30, 17, 3e38), (500, 12, 16, np.inf), (80, 5, 9, np.nan)):
    a, w = rng.randn(units, rows).astype(np.float32), rng.randn(units, outs).astype(np.float32)
    if odd is not None:         # (an overflow or a non-finite value: the products are taken step by step again)
        a[units // 2, 1] = odd
    start = rng.randn(rows, outs).astype(np.float32)
    for width in (7, 8):
        step = chain - width
        acc = start
        for t0 in range(0, units, step):        # each product's operands made afresh
            acc = o._chains_from(acc, a[t0:t0 + step], w[t0:t0 + step], width)
        if not np.array_equal(o._chunks_of_width(a, w, start, chain, width).view(np.uint32), acc.view(np.uint32)):
            failures.append(("products in place", units, width))
print(json.dumps({"chain": chain, "failures": failures}))
"""


@pytest.mark.timeout(120)
@pytest.mark.parametrize("coretype", ["Haswell", None], ids=["haswell-kernels", "the-cpus-own-kernels"])
def test_blas_chains_equal_the_emulated_ones(coretype):
    # (without DISTNET_OPENBLAS_CORE too: asked for Haswell's sums, distnet would have numpy run Haswell's kernels)
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "DISTNET_OPENBLAS_CORE")}
    if coretype:
        env["OPENBLAS_CORETYPE"] = coretype
    run = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, timeout=100)
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout)
    assert result["failures"] == []
    if coretype == "Haswell":
        assert result["chain"] == 256
