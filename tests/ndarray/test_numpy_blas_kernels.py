"""numpy's OpenBLAS runs the Haswell kernels once distnet is imported when MXNet's OpenBLAS runs them (see
openblas_core.core), whatever kernel set numpy's newer OpenBLAS picked when it was loaded. Each case runs in a
process of its own: OpenBLAS picks its kernels when numpy loads it."""
import json
import os
import subprocess
import sys

import pytest

CHECK = """
import ctypes, json, os
import numpy as np
rng = np.random.RandomState(0)
a, b = rng.randn(33, 70).astype(np.float32), rng.randn(70, 40).astype(np.float32)
loaded = (a @ b).tobytes().hex()
import distnet
from distnet.ndarray.openblas_core import library_function, numpy_openblas
corename = library_function(numpy_openblas()[0], "openblas_get_corename")
corename.restype = ctypes.c_char_p
print(json.dumps({"core": corename().decode(), "loaded": loaded, "product": (a @ b).tobytes().hex(),
                  "coretype": os.environ.get("OPENBLAS_CORETYPE")}))
"""


def _run(**env):
    full = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "DISTNET_OPENBLAS_CORE")}
    full.update(env)
    run = subprocess.run([sys.executable, "-c", CHECK], env=full, capture_output=True, text=True, timeout=100)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout)


@pytest.mark.timeout(200)
def test_numpy_runs_the_haswell_kernels_when_mxnet_would():
    haswell = _run(OPENBLAS_CORETYPE="Haswell")
    assert haswell["core"] == "Haswell"
    other = _run(OPENBLAS_CORETYPE="Sandybridge", DISTNET_OPENBLAS_CORE="haswell")
    assert other["loaded"] != haswell["product"]        # (Sandybridge's kernels sum otherwise)
    assert other["core"] == "Haswell"
    assert other["product"] == haswell["product"]
    assert other["coretype"] == "Sandybridge"           # the variable is left as it was


@pytest.mark.timeout(200)
def test_numpy_keeps_its_kernels_where_mxnet_runs_others():
    kept = _run(OPENBLAS_CORETYPE="Sandybridge", DISTNET_OPENBLAS_CORE="prescott")
    assert kept["core"] == "Sandybridge"
    assert kept["product"] == kept["loaded"]
