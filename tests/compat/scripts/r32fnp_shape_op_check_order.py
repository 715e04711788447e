"""mx.np shape functions refuse bad input in MXNet's order and words: swapaxes/delete axes before bool, moveaxis per pair, insert's 0-d and one-place cases, 0-d diag/diagflat/pad sites."""
# recorded on AVX2
import re
import numpy as onp
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def arr(shape, dtype='float32'):
    k = onp.arange(int(onp.prod(shape)))
    values = (k % 3 == 0) if dtype == 'bool' else (k * 37 % 11) - 5
    return np.array(onp.array(values).reshape(shape), dtype=dtype)


def show(call):
    try:
        r = eval(call)
        print(call, '->', r.dtype, r.shape, r.asnumpy().ravel().tolist())
    except Exception as e:
        lines = str(e).splitlines()
        if lines[0].startswith("Traceback") and len(lines) > 2:
            lines = [lines[1].strip() + " | " + lines[2]]
        print(call, '->', type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', lines[0]))


for call in ["np.swapaxes(arr((2, 3), 'bool'), 0, 2)", "np.swapaxes(arr((2, 3), 'bool'), 3, 0)", "np.swapaxes(arr((2, 3), 'bool'), 0, 1)",
             "np.delete(arr((2, 3), 'bool'), 5, axis=1)", "np.delete(arr((2, 3), 'bool'), 1, axis=1)",
             "np.moveaxis(arr(()), -1, 0)", "np.moveaxis(arr((3,)), (0, 1), (1, 0))", "np.moveaxis(arr((2, 3)), 0, -3)",
             "np.moveaxis(arr((2, 3)), (0, 0), (0, 1))", "np.moveaxis(arr((2, 3)), 0, 2)",
             "np.diag(arr(()))", "np.diag(arr(()), 1)", "np.diagflat(arr(()))", "np.pad(arr(()), ((1, 0), (0, 2)))",
             "np.insert(arr((2, 3)), 1, 5, axis=1)", "np.insert(arr((2, 3), 'int32'), np.array([1], dtype='int64'), 5, axis=0)",
             "np.insert(arr((2, 1, 3)), slice(0, 2), 5, axis=1)", "np.insert(arr((2, 1, 3), 'int32'), slice(0, 2), 5, axis=1)",
             "np.insert(arr((2, 3)), slice(0, 2), 5, axis=1)", "np.insert(arr((2, 3), 'bool'), slice(0, 2), 5, axis=1)",
             "np.insert(arr((3,), 'bool'), np.array([1], dtype='int64'), 5, axis=0)", "np.insert(arr((3,), 'bool'), 1, 5, axis=0)",
             "np.insert(arr(()), 1, arr((3,)), axis=0)", "np.insert(arr(()), slice(0, 1), arr((3,)), axis=0)",
             "np.insert(arr(()), np.array([0], dtype='int64'), arr((1, 1)), axis=0)", "np.insert(arr(()), 0, arr(()), axis=0)",
             "np.insert(arr(()), 0, 5, axis=0)", "np.insert(arr(()), 0, arr((3,)))"]:
    show(call)
