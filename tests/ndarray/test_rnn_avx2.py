"""RNN layer outputs and gradients match MXNet 1.9.1 bit for bit on an AVX2 CPU (DISTNET_ONEDNN_ISA=avx2): the
backward gemms run FullyConnected's AVX2 data- and weight-gradient sgemms."""
import json
import os
import pathlib
import subprocess
import sys

import pytest

HERE = pathlib.Path(__file__).parent
FIXTURE = HERE / "data" / "rnn_avx2_mxnet_1.9.1.npz"
# prints, per result, the cases whose bytes differ from MXNet's (recorded on an AMD EPYC, AVX2)
CHECK = f"""
import json, sys
import numpy as np
sys.path.insert(0, {str(HERE)!r})
import distnet as mx
import rnn_avx2_cases as cases
from distnet.ndarray import onednn
ref = np.load({str(FIXTURE)!r})
got = cases.results(mx)
wrong = {{name: [int(i) for i in np.flatnonzero(got[name] != ref[name])] for name in ref.files}}
print(json.dumps({{"lanes": onednn._LANES, "wrong": wrong}}))
"""


@pytest.mark.timeout(300)
def test_avx2_rnn_layers_match_mxnet_on_an_avx2_cpu():
    env = dict(os.environ, DISTNET_ONEDNN_ISA="avx2")
    run = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-2000:]
    assert json.loads(run.stdout.splitlines()[-1]) == {"lanes": 8, "wrong": {"y": [], "dx": [], "dparams": []}}
