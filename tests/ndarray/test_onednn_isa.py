"""oneDNN's lane count follows the CPU (16 with AVX-512, 8 with AVX2); DISTNET_ONEDNN_ISA chooses it."""
import os
import pathlib
import subprocess
import sys

import pytest

FIXTURE = pathlib.Path(__file__).parent / "data" / "softmax_avx2_mxnet_1.9.1.npz"
CHECK = f"""
import numpy as np, distnet as mx
from distnet.ndarray import onednn
ref = np.load({str(FIXTURE)!r})
x = mx.nd.array(ref["x"])
print(onednn._LANES, int((mx.nd.softmax(x).asnumpy() != ref["softmax"]).sum()),
      int((mx.nd.log_softmax(x).asnumpy() != ref["log_softmax"]).sum()))
"""


def _run(isa):
    env = dict(os.environ, DISTNET_ONEDNN_ISA=isa)
    run = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    return [int(v) for v in run.stdout.split()]


@pytest.mark.timeout(150)
def test_avx2_softmax_sums_in_8_lanes_as_mxnet_on_an_avx2_cpu():
    # recorded with MXNet 1.9.1 on an AMD EPYC (AVX2, no AVX-512)
    assert _run("avx2") == [8, 0, 0]


@pytest.mark.timeout(150)
def test_avx512_lanes_differ_on_that_input():
    lanes, softmax_diffs, log_softmax_diffs = _run("avx512_core")
    assert lanes == 16 and softmax_diffs > 0 and log_softmax_diffs > 0


def test_unknown_isa_is_refused(monkeypatch):
    from distnet.ndarray import onednn
    monkeypatch.setenv("DISTNET_ONEDNN_ISA", "sse41")
    with pytest.raises(ValueError, match="avx512_core or avx2"):
        onednn._vector_lanes()
