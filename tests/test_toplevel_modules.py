"""MXNet 1.9.1's small top-level modules: mx.error, mx.log, mx.libinfo, mx.library, mx.executor,
mx.rnd, the NumPy-mode switches of mx / mx.util, and mx.base's error registry."""
import logging
import re
import subprocess
import sys
import warnings

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError


# ---- mx.error and mx.base's registry -------------------------------------------------------------
def test_error_registry_maps_names_as_mxnet():
    # the names MXNet 1.9.1 has registered after import (builtins map to the builtins themselves)
    assert sorted(mx.base.error_types) == ["AttributeError", "IndexError", "InternalError", "NotImplementedError",
                                           "NotImplementedForSymbol", "TypeError", "ValueError"]
    assert mx.base.error_types["ValueError"] is ValueError
    assert mx.base.error_types["InternalError"] is mx.error.InternalError
    assert mx.error.register is mx.base.register_error and mx.error.MXNetError is mx.MXNetError


def test_register_error_as_decorator_and_with_a_name():
    @mx.error.register
    class DecoratedError(MXNetError):
        pass

    named = mx.error.register("SomeOtherName")
    assert mx.base.error_types["DecoratedError"] is DecoratedError

    class Plain(Exception):
        pass

    assert named(Plain) is Plain and mx.base.error_types["SomeOtherName"] is Plain
    assert mx.base.register_error("Third", Plain) is Plain and mx.base.error_types["Third"] is Plain
    for name in ("DecoratedError", "SomeOtherName", "Third"):
        del mx.base.error_types[name]


def test_internal_error_adds_a_hint_once():
    err = mx.error.InternalError("boom")
    assert isinstance(err, MXNetError) and isinstance(err, RuntimeError)
    assert str(err).startswith("boom\nMXNet hint:")
    assert str(mx.error.InternalError("boom MXNet hint: mine")) == "boom MXNet hint: mine"


def test_error_name_parsing_and_c2pyerror():
    assert mx.base._find_error_type("ValueError: x") == "ValueError"
    assert mx.base._find_error_type("no colon here") is None
    assert mx.base._find_error_type("bad name!: x") is None
    # measured from MXNet 1.9.1: the stack-trace block becomes a reversed Python-style traceback
    msg, kind = mx.base.c2pyerror("ValueError: bad\nStack trace:\n  File a\n  File b\nmore")
    assert kind == "ValueError"
    assert msg == "Traceback (most recent call last):\n  File b\n  File a\nValueError: bad\nmore"
    assert mx.base.c2pyerror("plain message\n") == ("plain message", None)


def test_not_supported_for_sparse_message():
    def dot(a, b):
        return a

    err = mx.base.NotSupportedForSparseNDArray(dot, "_dot", 1, "x")
    assert isinstance(err, MXNetError)
    assert str(err) == ("Function dot (namely operator \"_dot\") with arguments (<class 'int'>, <class 'str'>) "
                        "is not supported for SparseNDArray and only available in NDArray.")


def test_base_small_helpers():
    assert repr(mx.base._Null) == "_Null" and mx.base.basestring is str
    assert mx.base._as_list(3) == [3] and mx.base._as_list((1, 2)) == (1, 2)
    assert mx.base.c_str("ab").value == b"ab"

    class K:
        @mx.base.classproperty
        def name(cls):
            return cls.__name__

    assert K.name == "K"


# ---- mx.log ---------------------------------------------------------------------------------------
def _record(level, msg="hello"):
    return logging.LogRecord("t", level, "/x/y.py", 12, msg, None, None, func="fn")


@pytest.mark.parametrize("level,label,colour", [
    (logging.CRITICAL, "C", "\x1b[31m"), (logging.ERROR, "E", "\x1b[31m"), (logging.WARNING, "W", "\x1b[31m"),
    (logging.INFO, "I", "\x1b[32m"), (logging.DEBUG, "D", "\x1b[34m"), (5, "U", "\x1b[34m")])
def test_formatter_line_layout(level, label, colour):
    line = mx.log._Formatter().format(_record(level))
    pattern = re.escape(colour + label) + r"\d{4} \d\d:\d\d:\d\d \d+ /x/y\.py:fn:12\]" + re.escape("\x1b[0m hello")
    assert re.fullmatch(pattern, line), line


def test_get_logger_sets_up_a_named_logger_once(tmp_path):
    logger = mx.log.get_logger("distnet_test_once", level=mx.log.INFO)
    assert logger.level == logging.INFO and len(logger.handlers) == 1
    assert isinstance(logger.handlers[0].formatter, mx.log._Formatter)
    again = mx.log.get_logger("distnet_test_once", level=mx.log.DEBUG)
    assert again is logger and len(logger.handlers) == 1 and logger.level == logging.INFO
    path = tmp_path / "log.txt"
    flog = mx.log.get_logger("distnet_test_file", filename=str(path), level=mx.log.WARNING)
    flog.warning("to the file")
    flog.info("filtered out")
    flog.handlers[0].close()
    assert path.read_text() == "to the file\n"           # plain messages in files, no colour codes
    root = mx.log.get_logger()
    assert root is logging.getLogger()


def test_getlogger_is_deprecated():
    with pytest.warns(DeprecationWarning, match="get_logger"):
        assert mx.log.getLogger("distnet_test_dep") is logging.getLogger("distnet_test_dep")


# ---- mx.libinfo / mx.library ----------------------------------------------------------------------
def test_libinfo_version_and_missing_native_files(monkeypatch):
    assert mx.libinfo.__version__ == "1.9.1" and mx.__version__ == "1.9.1"
    for var in ("MXNET_LIBRARY_PATH", "MXNET_INCLUDE_PATH", "MXNET_CONF_PATH"):
        monkeypatch.delenv(var, raising=False)
    for find in (mx.libinfo.find_lib_path, mx.libinfo.find_include_path):
        with pytest.raises(RuntimeError, match="pure-Python") as info:
            find()
        assert isinstance(info.value, MXNetError)
    with pytest.raises(RuntimeError, match="^Cannot find the TVM op config.\nList of candidates:\n.*/lib/tvmop.conf\n"):
        mx.libinfo.find_conf_path()     # (as in MXNet's pip packages, which have no TVM operators)


def test_libinfo_honours_environment_overrides(monkeypatch, tmp_path):
    lib = tmp_path / "libmxnet.so"
    lib.write_bytes(b"")
    monkeypatch.setenv("MXNET_LIBRARY_PATH", str(lib))
    monkeypatch.setenv("MXNET_INCLUDE_PATH", str(tmp_path))
    monkeypatch.setenv("MXNET_CONF_PATH", str(lib))
    assert mx.libinfo.find_lib_path() == [str(lib)]
    assert mx.libinfo.find_include_path() == str(tmp_path)
    assert mx.libinfo.find_conf_path() == str(lib)
    monkeypatch.setenv("MXNET_LIBRARY_PATH", str(tmp_path / "missing.so"))
    with pytest.raises(RuntimeError):
        mx.libinfo.find_lib_path()


def test_library_load_checks_then_refuses(tmp_path):
    with pytest.raises(MXNetError, match="does NOT exist"):
        mx.library.load(str(tmp_path / "nope.so"))
    text = tmp_path / "ops.txt"
    text.write_text("x")
    with pytest.raises(MXNetError, match="NOT a library file"):
        mx.library.load(str(text))
    lib = tmp_path / "ops.so"
    lib.write_bytes(b"")
    with pytest.raises(MXNetError, match="Error loading library: '.*ops.so'\n.*\n$"):     # (MXNet's line end)
        mx.library.load(str(lib))


def test_library_load_refuses_a_library_without_mxnet_entry_point():
    import numpy.core._multiarray_umath as native        # a loadable .so that is no MXNet extension
    with pytest.raises(MXNetError, match="Error getting function '_opVersion' from library\n.*_opVersion\n$"):
        mx.library.load(native.__file__)


# ---- mx.executor, mx.rnd --------------------------------------------------------------------------
def test_executor_module_is_the_bound_executor():
    x = mx.sym.var("x")
    ex = (x * 2).bind(mx.cpu(), {"x": mx.nd.array([1.0, 2.0])})
    assert isinstance(ex, mx.executor.Executor)
    assert ex.forward()[0].asnumpy().tolist() == [2.0, 4.0]


def test_split_input_slice_matches_mxnet():
    split = mx.executor._split_input_slice
    assert split(10, [1, 1, 1]) == [slice(0, 3), slice(3, 6), slice(6, 10)]
    assert split(10, [1, 2]) == [slice(0, 3), slice(3, 10)]
    assert split(5, [1, 1, 1, 1]) == [slice(0, 1), slice(1, 2), slice(2, 3), slice(3, 5)]
    with pytest.raises(ValueError, match="empty"):
        split(2, [1, 1, 1])


def test_rnd_is_random():
    assert mx.rnd is mx.random
    mx.rnd.seed(3)
    a = mx.nd.random.uniform(shape=(3,)).asnumpy()
    mx.random.seed(3)
    assert np.array_equal(a, mx.nd.random.uniform(shape=(3,)).asnumpy())


# ---- NumPy-mode switches --------------------------------------------------------------------------
def test_top_level_switches_are_util_functions():
    for name in ("is_np_array", "is_np_shape", "set_np_shape", "np_shape", "np_array", "use_np",
                 "use_np_shape", "use_np_array"):
        assert getattr(mx, name) is getattr(mx.util, name)


def test_numpy_mode_off_works_as_in_mxnet():
    assert mx.is_np_array() is False and mx.is_np_shape() is False
    assert mx.set_np_shape(False) is False
    with mx.np_shape(False):
        assert mx.is_np_shape() is False
    with mx.np_array(False):
        assert mx.is_np_array() is False
    with mx.np_shape(None):
        pass
    mx.util.reset_np()
    mx.util.set_np(shape=False, array=False)


def test_numpy_mode_on_and_back_off():
    with mx.np_shape():
        assert mx.is_np_shape() is True and mx.is_np_array() is False
    with mx.np_array(True):
        assert mx.is_np_array() is True
    mx.util.set_np()
    assert mx.is_np_shape() is True and mx.is_np_array() is True
    mx.util.reset_np()
    with pytest.raises(ValueError, match="required"):
        mx.util.set_np(shape=False, array=True)
    assert mx.is_np_shape() is False and mx.is_np_array() is False


def test_use_np_decorates_functions_and_classes():
    @mx.use_np
    def f(x):
        return x + 1, mx.is_np_shape(), mx.is_np_array()

    assert f.__name__ == "f"
    assert f(1) == (2, True, True) and not mx.is_np_shape()

    @mx.use_np_shape
    class Model:
        def __init__(self):
            self.v = mx.is_np_shape()

        @property
        def value(self):
            return self.v, mx.is_np_shape()

    assert Model().value == (True, True) and not mx.is_np_shape()
    with pytest.raises(TypeError, match="use_np_array"):
        mx.use_np_array(3)


def test_util_helpers():
    assert mx.util.np_ufunc_legal_option("casting", "safe") and not mx.util.np_ufunc_legal_option("casting", "x")
    assert mx.util.np_ufunc_legal_option("dtype", np.float32) and not mx.util.np_ufunc_legal_option("bogus", 1)

    @mx.util.wrap_np_unary_func
    def neg(x, out=None):
        return -x

    assert neg(2, where=True) == -2
    with pytest.raises(TypeError, match="invalid keyword"):
        neg(2, axis=0)
    with pytest.raises(NotImplementedError):
        neg(2, casting="safe")
    with pytest.raises(TypeError, match="not understood"):
        neg(2, casting="sideways")

    @mx.util.set_module("mxnet.numpy")
    def g():
        pass

    assert g.__module__ == "mxnet.numpy"
    with pytest.raises(MXNetError, match="CUDA"):
        mx.util.get_gpu_memory(0)
    with pytest.raises(ValueError, match="gpu context"):
        mx.util.get_cuda_compute_capability(mx.cpu())
    with pytest.raises(OSError):
        mx.util.get_cuda_compute_capability(mx.gpu(0))


# ---- attach_grad(grad_req='null') -----------------------------------------------------------------
def test_attach_grad_null_variable_gets_no_gradient():
    x, w = mx.nd.array([1.0, 2.0]), mx.nd.array([3.0, 4.0])
    x.attach_grad(grad_req="null")
    w.attach_grad()
    with mx.autograd.record():
        y = (x * w).sum()
    y.backward()
    assert w.grad.asnumpy().tolist() == [1.0, 2.0]
    assert x.grad is None or x.grad.asnumpy().tolist() == [0.0, 0.0]
    x.attach_grad()                              # switching to "write" afterwards works
    with mx.autograd.record():
        y = (x * w).sum()
    y.backward()
    assert x.grad.asnumpy().tolist() == [3.0, 4.0]


def test_attach_grad_null_grad_is_a_zero_buffer_as_in_mxnet():
    x = mx.nd.ones((2, 2))
    x.attach_grad(grad_req="null")
    assert x.grad is not None and x.grad.asnumpy().tolist() == [[0.0, 0.0], [0.0, 0.0]]


# ---- CUDA runtime compilation and ONNX: clear refusals ------------------------------------------
def test_rtc_needs_cuda():
    with pytest.raises(MXNetError, match="Compile with USE_CUDA=1 and ENABLE_CUDA_RTC=1"):
        mx.rtc.CudaModule('extern "C" __global__ void f(float* x) {}')


def test_rtc_checks_arguments_before_refusing():
    with pytest.raises(AttributeError, match="'NoneType' object has no attribute 'encode'"):
        mx.rtc.CudaModule(None)
    kernel = mx.rtc.CudaKernel(None, "axpy", [True, False], [0, 1])
    assert kernel._dtypes == [np.float32, np.float64]
    x = mx.nd.ones((2,))
    with pytest.raises(AssertionError, match="^Cuda kernel can only be launched on GPU$"):
        kernel.launch([x, 1.0], mx.cpu(), (1, 1, 1), (1, 1, 1))
    with pytest.raises(AssertionError, match=r"^CudaKernel\(axpy\) expects 2 arguments but got 1$"):
        kernel.launch([x], mx.gpu(), (1, 1, 1), (1, 1, 1))
    with pytest.raises(AssertionError, match="^The 1-th argument is expected to be a number"):
        kernel.launch([x, x], mx.gpu(), (1, 1, 1), (1, 1, 1))
    with pytest.raises(MXNetError, match="ENABLE_CUDA_RTC"):
        kernel.launch([x, 1.0], mx.gpu(), (1, 1, 1), (1, 1, 1))


def test_onnx_entry_points_raise_import_error_without_onnx(monkeypatch):
    import sys
    monkeypatch.setitem(sys.modules, "onnx", None)           # as if onnx were not installed
    for call in (lambda: mx.onnx.export_model(mx.sym.var("x"), {}, [(1,)]),
                 lambda: mx.onnx.get_operator_support(), lambda: mx.contrib.onnx.import_model("m.onnx"),
                 lambda: mx.contrib.onnx.export_model(mx.sym.var("x"), {}),
                 lambda: mx.contrib.onnx.get_model_metadata("m.onnx"),
                 lambda: mx.contrib.onnx.import_to_gluon("m.onnx", mx.cpu())):
        with pytest.raises(ImportError, match=r"Onnx and protobuf need to be installed. Instructions to install - "
                                               r"https://github.com/onnx/onnx"):
            call()


def test_contrib_onnx_prints_mxnets_deprecation_notice_first(monkeypatch, capsys):
    import sys
    monkeypatch.setitem(sys.modules, "onnx", None)
    with pytest.raises(ImportError, match="onnx#installation$"):
        mx.contrib.onnx.import_to_gluon("m.onnx", mx.cpu())
    first, second = capsys.readouterr().out.splitlines()
    assert first == "Calling mxnet.contrib.onnx.import_to_gluon..."
    assert second.startswith("Please be advised that importing ONNX models")
    with pytest.raises(ImportError):
        mx.contrib.onnx.export_model(mx.sym.var("x"), {})
    assert "moved to mxnet.onnx" in capsys.readouterr().out
    with pytest.raises(TypeError, match="missing 2 required positional arguments: 'sym' and 'params'"):
        mx.contrib.onnx.export_model()         # (the notice first, then the call it stands for)
    assert "moved to mxnet.onnx" in capsys.readouterr().out


# ---- mx.engine and mx.util's environment ---------------------------------------------------------
def test_bulk_size_is_per_thread_and_starts_at_zero_as_in_mxnet():
    import threading
    seen = []
    thread = threading.Thread(target=lambda: seen.append(mx.engine.set_bulk_size(1)))
    before = mx.engine.set_bulk_size(9)
    thread.start()
    thread.join(timeout=10)
    assert seen == [0] and mx.engine.set_bulk_size(before) == 9      # MXNet 1.9.1: a new thread reports 0
    scope = mx.engine.bulk(3)
    assert type(scope).__name__ == "_BulkScope"
    with scope as entered:
        assert entered is scope and mx.engine.set_bulk_size(3) == 3
    with pytest.raises(TypeError):
        mx.engine.set_bulk_size(2.5)


def test_bulk_size_takes_a_negative_size_and_the_next_call_fails_as_in_mxnet():
    # MXNet stores the new size, then reserves a vector for the previous one
    before = mx.engine.set_bulk_size(-1)
    with pytest.raises(MXNetError, match="vector: :reserve$"):
        mx.engine.set_bulk_size(4)
    assert mx.engine.set_bulk_size(2 ** 32 + 5) == 4        # a C int: the high bits are dropped
    assert mx.engine.set_bulk_size(before) == 5


def test_util_setenv_changes_the_c_environment_not_os_environ():
    import os
    import subprocess
    import sys
    name = "DISTNET_TEST_SETENV_VAR"
    try:
        mx.util.setenv(name, "3")
        # as in MXNet 1.9.1: getenv sees it, os.environ's snapshot does not, child processes do
        assert mx.util.getenv(name) == "3" and os.environ.get(name) is None
        child = subprocess.run([sys.executable, "-c", f"import os; print(os.environ.get('{name}'))"],
                               capture_output=True, text=True, timeout=60)
        assert child.stdout.strip() == "3"
    finally:
        mx.util.setenv(name, None)
    assert mx.util.getenv(name) is None


def test_environment_sets_and_restores_both_views():
    import os
    name = "DISTNET_TEST_ENV_VAR"
    os.environ[name] = "10"
    try:
        for value in ("42", None):
            with pytest.raises(KeyError):
                with mx.test_utils.environment(name, value):
                    assert os.environ.get(name) == value and mx.util.getenv(name) == value
                    raise KeyError
            assert os.environ.get(name) == "10" and mx.util.getenv(name) == "10"
        with mx.test_utils.environment({name: "1", name + "_2": "2"}):
            assert mx.util.getenv(name + "_2") == "2"
        assert mx.util.getenv(name + "_2") is None
    finally:
        os.environ.pop(name, None)


def test_operators_make_inf_and_nan_silently_and_user_numpy_still_warns():
    # a script of its own: pytest replaces the warning filters that importing distnet sets
    script = """if True:
        import numpy as np
        import distnet as mx
        a = mx.nd.array([-1.0, 0.0, 2.0])
        values = [mx.nd.log(a), mx.nd.sqrt(a), mx.nd.gamma(a), mx.nd.reciprocal(a), mx.nd.exp(a * 1000)]
        print([float(v.asnumpy()[1]) for v in values])
        np.log(np.array([-1.0]))
    """
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.stdout == "[-inf, 0.0, inf, inf, 1.0]\n", done.stderr
    # MXNet prints nothing for its own inf/nan; the user's numpy call still warns
    assert done.stderr.count("RuntimeWarning") == 1 and "invalid value encountered in log" in done.stderr


def test_detection_crop_warns_of_a_padding_box_as_mxnet_numpy_does():
    # MXNet's DetRandomCropAug divides by each box's area in numpy: a padding row (area 0) warns once
    script = """if True:
        import random
        import numpy as np
        import distnet as mx
        label = np.array([[0, 0.1, 0.1, 0.5, 0.6], [-1, 0, 0, 0, 0]], dtype="float32")
        random.seed(2)
        crop = mx.image.DetRandomCropAug(min_object_covered=0.3, area_range=(0.3, 1.0))
        for _ in range(3):
            crop(mx.nd.zeros((20, 24, 3), dtype="uint8"), label)
    """
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("RuntimeWarning: invalid value encountered in divide") == 1, done.stderr
    assert "image/detection.py" in done.stderr
