import logging
import io
import warnings

import mxnet as mx
import numpy as np

# version and library info
print(mx.__version__, mx.libinfo.__version__)
print(mx.rnd is mx.random)
for name in ("is_np_array", "is_np_shape", "set_np_shape", "np_shape", "np_array", "use_np", "use_np_shape",
             "use_np_array"):
    print(name, getattr(mx, name) is getattr(mx.util, name))
print(mx.is_np_array(), mx.is_np_shape(), mx.set_np_shape(False))
with mx.np_shape(False):
    print("np_shape(False):", mx.is_np_shape())
with mx.np_array(False):
    print("np_array(False):", mx.is_np_array())
print(type(mx.np_shape()).__name__, type(mx.util.np_array()).__name__)


@mx.use_np
def add_one(x):
    return x + 1


print(add_one.__name__)
try:
    mx.use_np_shape(3)
except Exception as e:
    print(type(e).__name__)
try:
    mx.util.set_np(shape=False, array=True)
except Exception as e:
    print(type(e).__name__)
mx.util.reset_np()
print(mx.util.is_np_shape())

# errors
print(sorted(mx.base.error_types))
print(mx.base.error_types["ValueError"] is ValueError, mx.error.register is mx.base.register_error)
print([c.__name__ for c in mx.error.InternalError.__mro__])
print(str(mx.error.InternalError("x MXNet hint: kept")))
print(str(mx.error.InternalError("boom")).split("\n")[0])


@mx.error.register
class MyError(mx.MXNetError):
    pass


print(mx.base.error_types["MyError"] is MyError)
print(mx.base._find_error_type("TypeError: x"), mx.base._find_error_type("nothing"))
print(mx.base.c2pyerror("ValueError: bad\nStack trace:\n  File a\n  File b\nmore"))


def fn(a):
    return a


print(str(mx.base.NotSupportedForSparseNDArray(fn, "op", 1)))
print(str(mx.base.NotImplementedForSymbol(fn, None, 1.5)))
print(mx.base._Null, mx.base._as_list(1), mx.base._as_list([1, 2]))

# logging: the formatter's layout
rec = logging.LogRecord("t", logging.WARNING, "/x/y.py", 12, "hello %s", ("there",), None, func="fn")
line = mx.log._Formatter().format(rec)
print(repr(line[:6]), repr(line.split(" ", 3)[3]))
for lvl in (mx.log.CRITICAL, mx.log.ERROR, mx.log.INFO, mx.log.DEBUG, 5):
    f = mx.log._Formatter()
    print(lvl, repr(f._get_color(lvl)), f._get_label(lvl))
log = mx.log.get_logger("toplevel_script", level=mx.log.INFO)
print(log.level, len(log.handlers), mx.log.get_logger("toplevel_script", level=mx.log.DEBUG).level)
stream = io.StringIO()
log.handlers[0].stream = stream
log.info("an info line")
log.debug("not shown")
out = stream.getvalue()
print(out[:6] == "\x1b[32mI", out.endswith("\x1b[0m an info line\n"), out.count("\n"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    mx.log.getLogger("toplevel_script2")
    print([x.category.__name__ for x in w])

# executor module
x = mx.sym.var("x")
ex = (x * 2).bind(mx.cpu(), {"x": mx.nd.array([1, 2])})
print(isinstance(ex, mx.executor.Executor), ex.forward()[0].asnumpy().tolist())
print(mx.executor._split_input_slice(10, [1, 2, 1]))

# attach_grad with grad_req='null'
a = mx.nd.ones((2, 2))
a.attach_grad(grad_req="add")
print(a.grad.asnumpy().tolist())
try:
    a.attach_grad(grad_req="bogus")
except Exception as e:
    print(type(e).__name__)
b, w = mx.nd.array([1.0, 2.0]), mx.nd.array([3.0, 4.0])
b.attach_grad(grad_req="null")
w.attach_grad()
with mx.autograd.record():
    y = (b * w).sum()
y.backward()
print(w.grad.asnumpy().tolist())

# CUDA runtime compilation and ONNX are unavailable here (no CUDA build, no onnx package)
for call in (lambda: mx.rtc.CudaModule('extern "C" __global__ void f(float* x) {}'),
             lambda: mx.onnx.export_model(mx.sym.var("x"), {}, [(1,)])):
    try:
        call()
    except Exception as e:
        print(type(e).__name__)
print(type(mx.contrib.tensorboard.LogMetricsCallback).__name__)
