"""Inputs of the deformable-convolution cases, shared by the test and its MXNet fixture maker."""
import numpy as np

CASES = {
    "grouped": dict(kernel=(3, 3), pad=(1, 1), num_filter=6, num_group=2, num_deformable_group=2),
    "strided": dict(kernel=(2, 2), stride=(2, 2), dilate=(2, 1), num_filter=3, no_bias=True),
    "modulated": dict(kernel=(3, 3), pad=(1, 1), num_filter=6, num_group=2, num_deformable_group=2),
}


def inputs(name):
    """The case's input arrays by argument name, in the op's argument order."""
    rng = np.random.RandomState(1)
    x = rng.rand(2, 4, 6, 5).astype(np.float32)
    if name == "strided":
        return {"data": x, "offset": (rng.randn(2, 8, 2, 2) * 0.7).astype(np.float32),
                "weight": rng.randn(3, 4, 2, 2).astype(np.float32)}
    arrays = {"data": x, "offset": (rng.randn(2, 36, 6, 5) * 0.7).astype(np.float32)}
    if name == "modulated":
        arrays["mask"] = rng.rand(2, 18, 6, 5).astype(np.float32)
    arrays.update(weight=rng.randn(6, 2, 3, 3).astype(np.float32), bias=rng.rand(6).astype(np.float32))
    return arrays
