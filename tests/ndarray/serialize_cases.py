"""The arrays behind the MXNet-written files in data/ (shared by the tests and make_serialize_fixtures.py)."""
import numpy as np


def _a(values, dtype):
    return np.array(values, dtype=dtype)


def cases():
    """name -> (shape semantics MXNet saved them under, list or dict of numpy arrays)."""
    return {
        "dtypes": ("legacy", [
            np.arange(6, dtype=np.float32).reshape(2, 3) - 2.5,
            _a([-1.5, 0.0, 2.25, 1e300], np.float64),
            _a([0.5, -2.0, 65504.0], np.float16),
            _a([[0, 1], [254, 255]], np.uint8),
            _a([-2**31, 0, 2**31 - 1], np.int32),
            _a([-2**63, 2**63 - 1], np.int64),
            _a([-128, 127], np.int8),
            _a([True, False, True], np.bool_),
            np.arange(12, dtype=np.float32).reshape(2, 1, 2, 3) * 0.5,
            np.zeros((0, 3), np.float32),
        ]),
        "named": ("legacy", {
            "arg:fc1_weight": np.arange(6, dtype=np.float32).reshape(3, 2),
            "aux:bn_moving_mean": _a([0.25, -0.5, 1.0], np.float32),
            "\u00fcnicode": _a([7], np.int32),
        }),
        "empty_list": ("legacy", []),
        "empty_dict": ("legacy", {}),
        # MXNet 1.x writes a 0-d array in a V2 record it cannot read back itself.
        "scalar_legacy": ("legacy", [_a(5.0, np.float32), _a([1.0, 1.0], np.float32)]),
        "scalar_np_shape": ("np_shape", [_a(5.0, np.float32), np.zeros((2, 0, 3), np.float32),
                                         _a([1.0, 1.0], np.float32)]),
        # Gluon save_parameters of HybridSequential(Dense(3, in_units=2), Dense(1, in_units=3)).
        "gluon": ("gluon", {
            "0.weight": np.arange(6, dtype=np.float32).reshape(3, 2) / 8,
            "0.bias": _a([0.1, 0.2, 0.3], np.float32),
            "1.weight": _a([[1.0, -1.0, 0.5]], np.float32),
            "1.bias": _a([-0.25], np.float32),
        }),
    }
