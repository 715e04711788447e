"""Convolution (and Deconvolution, average Pooling) outputs and gradients match MXNet 1.9.1 bit for bit on an AVX2
CPU (DISTNET_ONEDNN_ISA=avx2): oneDNN's direct kernel's and im2col sgemm's summation orders."""
import json
import os
import pathlib
import subprocess
import sys

import pytest

HERE = pathlib.Path(__file__).parent
FIXTURE = HERE / "data" / "conv_avx2_mxnet_1.9.1.npz"
# prints, per mode, the cases whose output bytes differ from MXNet's (recorded on an AMD EPYC, AVX2)
CHECK = f"""
import json, sys
import numpy as np
sys.path.insert(0, {str(HERE)!r})
import distnet as mx
import conv_avx2_cases as cases
from distnet.ndarray import onednn
ref = np.load({str(FIXTURE)!r})
got = cases.results(mx)
wrong = {{mode: [int(i) for i in np.flatnonzero(got[mode] != ref[mode])] for mode in ref.files}}
print(json.dumps({{"lanes": onednn._LANES, "wrong": wrong}}))
"""


# results not replayed in MXNet's order (case indices): 3-D and grouped gradients, the weight's of a 1x1 kernel
# over one channel or summed over more than 256 output positions; a 1-D or grouped Deconvolution's output
NOT_REPLAYED = {"dx": [47, 48, 49], "dw": [2, 42, 47, 48, 49, 50, 51], "deconv": [7, 8]}


@pytest.mark.timeout(300)
def test_avx2_convolution_matches_mxnet_on_an_avx2_cpu():
    env = dict(os.environ, DISTNET_ONEDNN_ISA="avx2")
    run = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-2000:]
    wrong = {"train": [], "predict": [], "deconv_dx": [], "avg_pool_dx": [], **NOT_REPLAYED}
    assert json.loads(run.stdout.splitlines()[-1]) == {"lanes": 8, "wrong": wrong}
