"""mx.np.linalg.norm of an integer array logs MXNet's operator warning to stderr, once per call."""
import re

import distnet as mx
from distnet import np


def test_integer_norm_logs_the_operators_warning(capsys):
    mx.npx.set_np()
    try:
        assert int(np.linalg.norm(np.array([3, 4], dtype="int32"))) == 4     # (in integer arithmetic, as MXNet)
        float_norm = np.linalg.norm(np.array([3., 4]))
    finally:
        mx.npx.reset_np()
    err = capsys.readouterr().err
    line = (r"\[\d\d:\d\d:\d\d\] \.\./src/operator/numpy/linalg/np_norm\.cc:125: WARNING: Integer input to norm\. "
            r"This will result in integer output which is different from standard NumPy behavior and breaks gradient "
            r"compute in backward\. Please cast the input to floating point types first\.")
    assert re.fullmatch(line + "\n", err), err
    assert float(float_norm) == 5.0
