"""MXNet 1.9.1's own docstring examples of mx.nd.NDArray methods, run statement by statement: the repr of each
expression's value, or the class of the exception it raises (generated from MXNet's docstrings; a few
examples whose output depends on uninitialised memory, timing or module names are left out)."""
import contextlib
import io

import numpy as onp

import mxnet as mx
from mxnet import np, npx

EXAMPLES = [   ('NDArray.T', ['x = mx.nd.arange(0,6).reshape((2,3))', 'x.asnumpy()', 'x.T.asnumpy()']),
    (   'NDArray.__getitem__',
        [   'x = mx.nd.arange(0, 6).reshape((2, 3))',
            'x.asnumpy()',
            'x[0, :].asnumpy()',
            'x[0, :2].asnumpy()',
            'x[:, :-1].asnumpy()',
            'x = mx.nd.arange(0, 6).reshape((2, 3))',
            'x[0].asnumpy()',
            'x[1:].asnumpy()',
            'x = mx.nd.arange(0, 16).reshape((2, 2, 2, 2))',
            'x[0, ..., 1].asnumpy()',
            'x[0, :, :, 1].asnumpy()  # equivalent',
            'x = mx.nd.arange(0, 6).reshape((2, 3))',
            'x[None, :, :].asnumpy()',
            'x[None, :, :].shape',
            'x = mx.nd.arange(0, 8).reshape((2, 2, 2))',
            'y = x[0]  # contiguous',
            'y.asnumpy()',
            'y[:] = -1',
            'x.asnumpy()',
            'x = mx.nd.arange(0, 8).reshape((2, 2, 2))',
            'y = x[1, :1, :]  # contiguous',
            'y.asnumpy()',
            'y[:] = -1',
            'x.asnumpy()',
            'x = mx.nd.arange(0, 8).reshape((2, 2, 2))',
            'y = x[:, :, 1]  # not contiguous',
            'y.asnumpy()',
            'y[:] = -1',
            'x.asnumpy()',
            'x = mx.nd.arange(0, 8).reshape((2, 2, 2))',
            'x[[0, 1]].asnumpy()',
            'x[[0, 1], :].asnumpy()  # equivalent',
            "y = np.array([0, 1], dtype='int32')",
            'x[1:, y].asnumpy()',
            "y = mx.nd.array([0, 1], dtype='int32')",
            'x[1:, y].asnumpy()']),
    (   'NDArray.__setitem__',
        [   'x = mx.nd.zeros((2, 3))',
            'x[:] = 1',
            'x.asnumpy()',
            'x[:, 1:2] = 2',
            'x.asnumpy()',
            'x[1:2, 1:] = 3',
            'x.asnumpy()',
            'x[1:, 0:2] = mx.nd.zeros((1, 2))',
            'x.asnumpy()',
            'x[1, 2] = 4',
            'x.asnumpy()',
            'x[[0], [1, 2]] = 5',
            'x.asnumpy()',
            'x[::-1, 0:2:2] = [6]',
            'x.asnumpy()']),
    (   'NDArray.as_in_context',
        [   'x = mx.nd.ones((2,3))',
            'y = x.as_in_context(mx.cpu())',
            'y is x',
            'z = x.as_in_context(mx.gpu(0))',
            'z is x']),
    (   'NDArray.asnumpy',
        [   'x = mx.nd.ones((2,3))',
            'y = x.asnumpy()',
            'type(y)',
            'y',
            "z = mx.nd.ones((2,3), dtype='int32')",
            'z.asnumpy()']),
    ('NDArray.asscalar', ["x = mx.nd.ones((1,), dtype='int32')", 'x.asscalar()', 'type(x.asscalar())']),
    ('NDArray.astype', ["x = mx.nd.zeros((2,3), dtype='float32')", "y = x.astype('int32')", 'y.dtype']),
    (   'NDArray.broadcast_like',
        [   'x = mx.nd.arange(0,3).reshape((1,3,1))',
            'x.asnumpy()',
            'y = x.broadcast_like(mx.nd.ones((2,3,3)))',
            'y.asnumpy()']),
    (   'NDArray.broadcast_to',
        ['x = mx.nd.arange(0,3).reshape((1,3,1))', 'x.asnumpy()', 'y = x.broadcast_to((2,3,3))', 'y.asnumpy()']),
    (   'NDArray.context',
        ['x = mx.nd.array([1, 2, 3, 4])', 'x.context', 'y = mx.nd.zeros((2,3), mx.gpu(0))', 'y.context']),
    ('NDArray.copy', ['x = mx.nd.ones((2,3))', 'y = x.copy()', 'y.asnumpy()']),
    (   'NDArray.copyto',
        [   'x = mx.nd.ones((2,3))',
            'y = mx.nd.zeros((2,3), mx.gpu(0))',
            'z = x.copyto(y)',
            'z is y',
            'y.asnumpy()',
            'y.copyto(mx.gpu(0))']),
    ('NDArray.ctx', ['x = mx.nd.array([1, 2, 3, 4])', 'x.ctx', 'y = mx.nd.zeros((2,3), mx.gpu(0))', 'y.ctx']),
    ('NDArray.dtype', ['x = mx.nd.zeros((2,3))', 'x.dtype', "y = mx.nd.zeros((2,3), dtype='int32')", 'y.dtype']),
    (   'NDArray.expand_dims',
        [   'x = mx.nd.arange(6).reshape(2,3)',
            'y = x.expand_dims(1, inplace=True)',
            'z = x.expand_dims(1)',
            'y.shape',
            'y[0].asnumpy()',
            'y[:] = -1',
            'x.asnumpy()',
            'z[0].asnumpy()']),
    (   'NDArray.flatten',
        [   'x = mx.nd.arange(30).reshape(5,2,3)',
            'y = x.flatten(inplace=True)',
            'z = x.flatten()',
            'y.shape',
            'y[0].asnumpy()',
            'y[:] = -1',
            'x[0].asnumpy()',
            'z[0].asnumpy()']),
    ('NDArray.ndim', ['x = mx.nd.array([1, 2, 3, 4])', 'x.ndim', 'x = mx.nd.array([[1, 2], [3, 4]])', 'x.ndim']),
    (   'NDArray.reshape',
        [   'x = mx.nd.arange(0,6).reshape(2,3)',
            'x.asnumpy()',
            'y = x.reshape(3,2)',
            'y.asnumpy()',
            'y = x.reshape(3,-1)',
            'y.asnumpy()',
            'y = x.reshape(3,2)',
            'y.asnumpy()',
            'y = x.reshape(-3)',
            'y.asnumpy()',
            'y[:] = -1',
            'x.asnumpy()']),
    ('NDArray.shape', ['x = mx.nd.array([1, 2, 3, 4])', 'x.shape', 'y = mx.nd.zeros((2, 3, 4))', 'y.shape']),
    ('NDArray.size', ['import numpy as np', 'x = mx.nd.zeros((3, 5, 2))', 'x.size', 'np.prod(x.shape)']),
    (   'NDArray.slice_assign',
        [   'x = nd.ones((2, 2, 2))',
            'assigned = nd.zeros((1, 1, 2))',
            'y = x.slice_assign(assigned, (0, 0, None), (1, 1, None), (None, None, None))',
            'y',
            'x']),
    (   'NDArray.slice_assign_scalar',
        [   'from mxnet import nd',
            'x = nd.ones((2, 2, 2))',
            'y = x.slice_assign_scalar(0, (0, 0, None), (1, 1, None), (None, None, None))',
            'y',
            'x']),
    (   'NDArray.to_dlpack_for_read',
        ['x = mx.nd.ones((2,3))', 'y = mx.nd.to_dlpack_for_read(x)', 'type(y)', 'z = mx.nd.from_dlpack(y)', 'z']),
    (   'NDArray.to_dlpack_for_write',
        [   'x = mx.nd.ones((2,3))',
            'w = mx.nd.to_dlpack_for_write(x)',
            'type(w)',
            'u = mx.nd.from_dlpack(w)',
            'u += 1'])]


def run(key, sources):
    npx.reset_np()
    mx.random.seed(0)
    onp.random.seed(0)
    scope = {"mx": mx, "np": onp, "npx": npx, "onp": onp, "_np": onp, "nd": mx.nd}
    print("###", key)
    for src in sources:
        print(">>>", src.replace("\n", "\n... "))
        buf = io.StringIO()
        try:
            with contextlib.redirect_stdout(buf):
                try:
                    code, is_expr = compile(src, "<example>", "eval"), True
                except SyntaxError:
                    code, is_expr = compile(src, "<example>", "exec"), False
                value = eval(code, scope) if is_expr else exec(code, scope)
                if is_expr and value is not None:
                    try:
                        print(repr(value))
                    except Exception as e:  # noqa: BLE001
                        print("repr raised", type(e).__name__)
        except Exception as e:  # noqa: BLE001
            buf.write("raised %s\n" % type(e).__name__)
        print(buf.getvalue(), end="")


for _key, _sources in EXAMPLES:
    run(_key, _sources)
