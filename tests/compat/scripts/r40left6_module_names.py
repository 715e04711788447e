"""The public names of mx.base, context, util, profiler, runtime, random, name, attribute, registry, libinfo, library,
rtc, executor, visualization and test_utils are MXNet's (their imports included, none of distnet's helpers)."""
import mxnet as mx
import mxnet.libinfo
import mxnet.library
import mxnet.registry
import mxnet.rtc

for name in ["base", "context", "util", "profiler", "runtime", "random", "name", "attribute", "registry", "libinfo",
             "library", "rtc", "executor", "visualization", "test_utils"]:
    module = getattr(mx, name)
    # (test_utils imports requests where it is installed)
    print(name, [n for n in dir(module) if not n.startswith("_") and n != "requests"])
print([(f, t.__name__) for f, t in mx.base.MXCallbackList._fields_], mx.base.MXCallbackList().num_callbacks)
try:
    mx.base.get_last_ffi_error()
except IndexError as e:
    print("get_last_ffi_error", type(e).__name__, e)
print(mx.context.check_call(0), mx.util.check_call(0), mx.runtime.check_call(0), mx.profiler.check_call(0))
print(mx.executor.py_array("i", [1, 2]), mx.executor.ndarray is mx.nd, mx.executor.np.__name__, mx.rtc.np.__name__)
print(mx.name.classproperty is mx.base.classproperty, mx.attribute.defaultdict.__name__, mx.registry.string_types)
print(mx.profiler.py_str(b"x"), mx.profiler.c_str("ab").value, mx.libinfo.platform.__name__, mx.library.sys.__name__)
print(mx.visualization.copy.__name__, mx.base.libinfo is mx.libinfo, mx.base.atexit.__name__, mx.random.ctypes.__name__)
