"""On an AVX2 CPU (DISTNET_ONEDNN_ISA=avx2) an inference executor's grouped convolution on oneDNN's im2col gemm
fused with the add after it adds the other operand to the products' sum before the bias, as MXNet's oneDNN does
(probed on MXNet 1.9.1 pinned to AVX2)."""
import os
import subprocess
import sys

CHECK = """
import numpy as np
import distnet as mx

rng = np.random.RandomState(0)
for channels, filters, groups in [(8, 64, 8), (8, 16, 2), (16, 8, 2), (64, 8, 4)]:
    data, addend = mx.sym.var('data'), mx.sym.var('addend')
    kwargs = dict(kernel=(3, 3), pad=(1, 1), num_filter=filters, num_group=groups)
    x = mx.nd.array(rng.normal(size=(2, channels, 6, 6)))
    w = mx.nd.array(rng.normal(size=(filters, channels // groups, 3, 3)))
    b = mx.nd.array(rng.normal(size=(filters,)))
    a = mx.nd.array(rng.normal(size=(2, filters, 6, 6)))
    conv = mx.sym.Convolution(data, name='gconv', **kwargs)
    args = {'data': x, 'gconv_weight': w, 'gconv_bias': b, 'addend': a}
    fused = (conv + addend).bind(mx.cpu(), args, grad_req='null').forward(is_train=False)[0].asnumpy()
    products = mx.nd.Convolution(x, w, no_bias=True, **kwargs).asnumpy()
    expected = (products + a.asnumpy()) + b.asnumpy().reshape(1, -1, 1, 1)
    print(np.array_equal(fused, expected))
"""


def test_avx2_grouped_gemm_fused_sum_adds_the_operand_before_the_bias():
    env = dict(os.environ, DISTNET_ONEDNN_ISA="avx2")
    run = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True"] * 4
