"""Run a cases module's ``results(mx)`` under DISTNET_ONEDNN_ISA=avx2 in a fresh process and compare it with a
fixture of MXNet 1.9.1's results (CRC-32s per case, recorded on an AMD EPYC, AVX2)."""
import json
import os
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).parent
CHECK = """
import json, sys
import numpy as np
sys.path.insert(0, {here!r})
import distnet as mx
from distnet.ndarray import onednn
cases = __import__({module!r})
ref = np.load({fixture!r})
got = cases.results(mx)
wrong = {{name: [int(i) for i in np.flatnonzero(got[name] != ref[name])] for name in ref.files}}
print(json.dumps({{"lanes": onednn._LANES, "wrong": wrong}}))
"""


def wrong_cases(module, fixture):
    """{"lanes": 8, "wrong": {result name: [indices of the cases whose result differs from MXNet's]}}."""
    code = CHECK.format(here=str(HERE), module=module, fixture=str(HERE / "data" / fixture))
    env = dict(os.environ, DISTNET_ONEDNN_ISA="avx2")
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.splitlines()[-1])
