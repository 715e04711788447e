"""Errors and small shared helpers of the engine, under MXNet's ``mxnet.base`` names."""
import contextlib
import importlib
import os
import re
import time
import types

import numpy as np


class MXNetError(RuntimeError):
    """Raised for bad shapes, arguments or state; the name is kept for MXNet compatibility.

    An error of one of MXNet's C++ checks prints as MXNet's does, led by the source line of the check
    (``raised_at``, else found by its message in ``error_sites``); ``message_of(e)`` is the message alone.
    An instance may carry ``raised_at`` and ``op_name`` (the operator that raised it, where its check stands at one
    place per operator); the class has neither, so that its dir() is MXNet's."""

    def __str__(self):
        text = super().__str__()
        if type(text) is not str or not text:
            return text
        from .error_sites import as_mxnet_prints, site_of
        op = getattr(self, "op_name", None) or getattr(self.args[0], "op", None)
        site = getattr(self, "raised_at", None) or getattr(self.args[0], "site", None) or site_of(text, op)
        return text if site is None else as_mxnet_prints(text, site, op)

    def __init__(self, *args):
        super().__init__(*args)
        _note_error(self)

    def __setattr__(self, name, value):
        super().__setattr__(name, value)
        if name in _PRINTED_ATTRIBUTES:
            _note_error(self)

    def __repr__(self):
        return f"{type(self).__name__}({str(self)!r})" if len(self.args) == 1 else super().__repr__()


_PRINTED_ATTRIBUTES = ("raised_at", "op_name")
# (id, type, args, printed attributes) of the latest errors made, newest last, for check_call to read back the
# last C++ check's: not the errors, whose frames and arrays would stay alive
_RECENT_ERRORS = []


def _note_error(error):
    """Note what ``error`` prints from among the few latest (its last note only, once it gains an attribute)."""
    kind = MXNetError if isinstance(error, MXNetError) else type(error)
    printed = {name: vars(error)[name] for name in _PRINTED_ATTRIBUTES if name in vars(error)}
    if _RECENT_ERRORS and _RECENT_ERRORS[-1][0] == id(error):
        _RECENT_ERRORS.pop()
    _RECENT_ERRORS.append((id(error), kind, error.args, printed))
    del _RECENT_ERRORS[:-16]


def builtin_at(kind, message, site):
    """The builtin exception ``kind`` MXNet raises for a C++ check at ``site`` ((source path, line)) whose
    ``message`` names that type ('ValueError: Check failed: ...'): not an MXNetError, led by the check's line."""
    error = kind(f'Traceback (most recent call last):\n  File "{site[0]}", line {site[1]}\n{message}')
    _note_error(error)
    return error


def log_time():
    """The time MXNet's log lines start with, ``[HH:MM:SS]``: its checks carry it into their errors' words."""
    return time.strftime("[%H:%M:%S]")


def located(error, site):
    """``error``, printed as MXNet's check at ``site`` ((source path, line)) raises it."""
    error.raised_at = site
    return error


def negative_size_text(size):
    """MXNet's words for a shape given ``size`` (below -1, its unknown size) as a dimension."""
    return f"Check failed: dim_size >= -1 ({size} vs. -1) : shape dim size must be >= -1, while received {size}"


def message_of(error):
    """The message ``error`` was raised with, without the C++ source line an MXNetError prints first."""
    if isinstance(error, MXNetError) and type(error).__str__ is MXNetError.__str__:
        return super(MXNetError, error).__str__()
    return str(error)       # (numpy's errors, and MXNet's front-end refusals that word themselves)


def open_failure(path, error):
    """MXNet's error when its file system cannot open ``path`` (``error``: Python's OSError), led by the one
    frame dmlc-core's failed check names."""
    return MXNetError('Traceback (most recent call last):\n  File "../3rdparty/dmlc-core/src/io/local_filesys.cc", '
                      f'line 209\nLocalFileSystem: Check failed: allow_null: :Open "{path}": {error.strerror}')


# the file systems dmlc-core knows but MXNet's release build leaves out: (line of io.cc, its refusal)
_UNBUILT_FILE_SYSTEMS = {
    "hdfs://": (50, "Please compile with DMLC_USE_HDFS=1 to use hdfs"),
    "viewfs://": (50, "Please compile with DMLC_USE_HDFS=1 to use hdfs"),
    "s3://": (57, "Please compile with DMLC_USE_S3=1 to use S3"),
    "http://": (57, "Please compile with DMLC_USE_S3=1 to use S3"),
    "https://": (57, "Please compile with DMLC_USE_S3=1 to use S3"),
    "azure://": (65, "Please compile with DMLC_USE_AZURE=1 to use Azure"),
}


def local_file(uri):
    """The local path MXNet's file streams open for ``uri``: the name itself, or for ``file://host/name`` the
    ``/name`` part (the host is dropped); any other ``protocol://`` fails as dmlc-core's file system lookup does."""
    if not isinstance(uri, str) or "://" not in uri:
        return uri
    protocol, rest = uri.split("://", 1)
    protocol += "://"
    if protocol == "file://":
        slash = rest.find("/")
        return rest[slash:] if slash >= 0 else "/"
    line, refusal = _UNBUILT_FILE_SYSTEMS.get(protocol, (69, "unknown filesystem protocol " + protocol))
    raise MXNetError('Traceback (most recent call last):\n  File "../3rdparty/dmlc-core/src/io.cc", '
                     f'line {line}\nMXNetError: {refusal}')


def error_like(builtin, *also):
    """An MXNetError subclass named, and catchable, as the builtin MXNet raises at the same check."""
    return type(builtin.__name__, (MXNetError, builtin) + also,      # shown as the builtin in tracebacks
                {"__module__": "builtins", "__doc__": f"MXNetError raised where MXNet raises {builtin.__name__}."})


class _OnlyForNDArray(MXNetError):
    """A dense-NDArray-only feature used elsewhere; ``refusal`` says where."""

    refusal = ""

    def __init__(self, function, alias, *args):
        super().__init__()
        self.function, self.alias, self.args = function.__name__, alias, [class_text(a) for a in args]

    def __str__(self):
        msg = f"Function {self.function}"
        if self.alias:
            msg += f" (namely operator \"{self.alias}\")"
        if self.args:
            msg += " with arguments ({})".format(", ".join(self.args))
        return f"{msg} {self.refusal} and only available in NDArray."


class NotImplementedForSymbol(_OnlyForNDArray):
    """An NDArray-only feature used on a Symbol."""

    refusal = "is not implemented for Symbol"


def class_text(value):
    """str(type(value)) as MXNet shows it: distnet's classes under MXNet's module names."""
    cls = type(value)
    module = cls.__module__
    if module.split(".")[0] == "distnet":
        module = "mxnet" + module[len("distnet"):]
    return f"<class '{cls.__qualname__}'>" if module == "builtins" else f"<class '{module}.{cls.__qualname__}'>"


def call_merging(func, args, fixed, given):
    """``func(*args, **fixed, **given)``, where MXNet's code passes a caller's ``given`` keywords on with its own
    ``fixed`` ones: a name in both is Python's TypeError for that call, naming MXNet's function."""
    twice = next((k for k in given if k in fixed), None)
    if twice is not None:
        module = func.__module__
        if module.split(".")[0] == "distnet":
            module = "mxnet" + module[len("distnet"):]
        raise TypeError(f"{module}.{func.__qualname__}() got multiple values for keyword argument '{twice}'")
    return func(*args, **fixed, **given)


def module_view(module, absent, shown_name):
    """``__getattr__`` and ``__dir__`` for a module standing for ``module`` without the names in ``absent``, refused
    as Python refuses them in MXNet's module ``shown_name``."""
    def __getattr__(name):
        if name in absent or name.startswith("__") or not hasattr(module, name):
            raise AttributeError(f"module '{shown_name}' has no attribute '{name}'")
        return getattr(module, name)

    def __dir__():
        return [n for n in dir(module) if n not in absent]
    return __getattr__, __dir__


def view_module(module, shown_name, absent=(), shown=None, **extra):
    """A module object standing for ``module`` as MXNet's module ``shown_name`` (a separate module there): without
    the names in ``absent`` (or with only the public names in ``shown``), and with the ``extra`` names."""
    if shown is not None:
        absent = {n for n in dir(module) if not n.startswith("_") and n not in shown}
    view = types.ModuleType("distnet" + shown_name[len("mxnet"):], module.__doc__)
    view.__dict__.update(extra)
    hook, listed = module_view(module, frozenset(absent), shown_name)
    view.__getattr__ = hook
    view.__dir__ = lambda: sorted(set(listed()) | set(extra))
    return view


class LateImports:
    """Names the hot paths of a module take from modules that import it, imported on first use and kept (an import
    statement in a function costs about a microsecond a call): ``{name: module}`` for whole modules, or with
    ``attributes`` the module's attribute of that name (modules relative to ``package``)."""

    def __init__(self, package, sources, attributes=False):
        self._package, self._sources, self._attributes = package, sources, attributes

    def __getattr__(self, name):
        value = importlib.import_module(self._sources[name], self._package)
        if self._attributes:
            value = getattr(value, name)
        setattr(self, name, value)
        return value


def hiding(namespace, hidden, private=None):
    """``__dir__`` for a module whose ``hidden`` names (helpers shared with distnet's other modules) are no names
    of MXNet's module; given ``private`` (MXNet's module's own private names), of its private names only those."""
    hidden = frozenset(hidden) | {"__dir__", "_hiding"}     # (the import that makes this listing)
    private = None if private is None else frozenset(private)

    def shown(name):
        if name in hidden:
            return False
        return private is None or name in private or name.startswith("__") or not name.startswith("_")

    def __dir__():
        return sorted(filter(shown, namespace))
    return __dir__


def package_listing(namespace, submodules, hidden=()):
    """``__dir__`` for a package listing, of its modules, only MXNet's ``submodules`` (the modules that hold
    distnet's own kernels and helpers are no names of MXNet's package), and none of the ``hidden`` names."""
    hidden = frozenset(hidden) | {"__dir__", "_package_listing"}     # (the import that makes this listing)
    submodules = frozenset(submodules)

    def __dir__():
        return sorted(n for n, v in namespace.items() if n not in hidden
                      and (n in submodules or not isinstance(v, types.ModuleType)))
    return __dir__


def public_listing(namespace, private=()):
    """``__dir__`` for a module whose private names are distnet's own helpers: its dunders and public names, and
    of its private names only MXNet's ``private`` ones (what MXNet's module imports for itself)."""
    private = frozenset(private)

    def __dir__():
        return sorted(n for n in namespace if n not in ("__dir__", "__getattr__")
                      and (n in private or n.startswith("__") or not n.startswith("_")))
    return __dir__


def listing(namespace):
    """``__dir__`` for a module with a ``__getattr__`` hook MXNet's module lacks: its names without the hooks."""
    def __dir__():
        return sorted(n for n in namespace if n not in ("__getattr__", "__dir__"))
    return __dir__


@contextlib.contextmanager
def flag_within(holder, name, value=True):
    """``holder.<name>`` (a thread-local flag, False when never set) is ``value`` inside, its outer value after."""
    outer = getattr(holder, name, False)
    setattr(holder, name, value)
    try:
        yield
    finally:
        setattr(holder, name, outer)


def no_attribute(value, name):
    """Python's own AttributeError for ``value`` lacking attribute ``name``, as MXNet's front end meets it: a class
    reads "type object 'Dense'", a module "module 'x'", a C type its full name ("'numpy.ndarray' object")."""
    cls = type(value)
    if isinstance(value, type):
        owner = f"type object '{value.__name__}'"
    elif isinstance(value, type(os)):
        owner = f"module '{value.__name__}'"
    elif cls.__flags__ & (1 << 9) or cls.__module__ == "builtins":      # (a class defined in Python: its name)
        owner = f"'{cls.__name__}' object"
    else:
        owner = f"'{cls.__module__}.{cls.__qualname__}' object"
    return AttributeError(f"{owner} has no attribute '{name}'")


def value_text(value):
    """str(value) as MXNet shows it: distnet's classes in default reprs (``<mxnet.metric.MAE object at ...>``,
    ``<class 'mxnet.gluon.loss.L2Loss'>``) under MXNet's module names. For error messages only."""
    return re.sub(r"(<(?:class ')?)distnet\.", r"\1mxnet.", str(value))


def named_for(owner, func, **defaults):
    """A copy of ``func`` named ``owner.<name>``, with ``defaults`` for some parameters: Python's argument errors
    name the function they are raised for (``Conv2D.__init__() missing 2 required positional arguments``), so a
    function several classes share reads, in each, as MXNet's class of that name."""
    code = func.__code__
    named = code.co_varnames[:code.co_argcount][code.co_argcount - len(func.__defaults__ or ()):]
    copy = types.FunctionType(code, func.__globals__, func.__name__,
                              tuple(defaults.get(n, d) for n, d in zip(named, func.__defaults__ or ())),
                              func.__closure__)
    copy.__kwdefaults__ = func.__kwdefaults__
    copy.__qualname__ = f"{owner}.{func.__name__}"
    copy.__doc__ = func.__doc__
    return copy


def own_init(cls, **defaults):
    """Give ``cls`` its own copy of the ``__init__`` it inherits (each of MXNet's classes has one), named after it,
    with ``defaults`` for some parameters."""
    cls.__init__ = named_for(cls.__qualname__, cls.__init__, **defaults)
    return cls


def own_methods(*names):
    """A class decorator: the class gets its own copies of the inherited methods ``names``, named after it, as
    MXNet's class defines them."""
    def decorate(cls):
        for name in names:
            setattr(cls, name, named_for(cls.__qualname__, getattr(cls, name)))
        return cls
    return decorate


long = int                  # MXNet keeps Python 2's name, so its type tuples list int twice
string_types = (str,)
numeric_types = (float, int, long, np.generic)
integer_types = (int, long, np.int32, np.int64)
mx_real_t = np.float32


def py_str(x):
    """Bytes from a C call as a Python string."""
    return x.decode("utf-8")


py_str.__name__ = py_str.__qualname__ = "<lambda>"       # (MXNet's is a lambda: its TypeErrors name it so)


def data_dir_default():
    """Where data sets and models are kept by default: ~/.mxnet."""
    return os.path.join(os.path.expanduser("~"), ".mxnet")


def data_dir():
    """The data directory: $MXNET_HOME, else ~/.mxnet."""
    return os.getenv("MXNET_HOME", data_dir_default())


# ---- error registry (``mx.base.error_types``, ``mx.error.register``) ---------------------------
error_types = {}      # error name -> class; "ValueError: ..." style messages map to these


def register_error(func_name=None, cls=None):
    """Register an error class under a name (its own name by default); usable as a decorator."""
    if callable(func_name):
        func_name, cls = func_name.__name__, func_name

    def register(klass):
        error_types[func_name if isinstance(func_name, str) else klass.__name__] = klass
        return klass
    return register if cls is None else register(cls)


def _valid_error_name(name):
    """Whether ``name`` can name an error type (letters, digits, '_' and '.')."""
    return all(c.isalnum() or c in "_." for c in name)


def _find_error_type(line):
    """The error name before the first ':' of ``line``, or None."""
    head, sep, _ = line.partition(":")
    return head if sep and _valid_error_name(head) else None


def c2pyerror(err_msg):
    """(message with any 'Stack trace' block turned into a Python-style traceback, error name)."""
    lines = err_msg.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    err_type = _find_error_type(lines[0]) if lines else None
    message, frames, in_trace = [], [], False
    for line in lines:
        if in_trace and line.startswith("  "):
            frames.append(line)
            continue
        in_trace = line.startswith("Stack trace")
        if not in_trace:
            message.append(line)
    out = ""
    if frames:
        out = "Traceback (most recent call last):\n" + "\n".join(reversed(frames)) + "\n"
    return out + "\n".join(message), err_type


register_error(NotImplementedForSymbol)


class NotSupportedForSparseNDArray(_OnlyForNDArray):
    """A dense-only feature used on a sparse NDArray."""

    refusal = "is not supported for SparseNDArray"


# ---- small helpers scripts import from ``mxnet.base`` ----------------------------------------
class _NullType:
    """The placeholder for "argument not given" in generated operator signatures."""

    def __repr__(self):
        return "_Null"


_Null = _NullType()
basestring = str


def _as_list(obj):
    """``obj`` itself if a list or tuple, else ``[obj]``."""
    return obj if isinstance(obj, (list, tuple)) else [obj]


class _MXClassPropertyDescriptor:
    """A property of the class itself, with an optional setter (set through ``_MXClassPropertyMetaClass``)."""

    def __init__(self, fget, fset=None):
        self.fget, self.fset = fget, fset

    def __get__(self, obj, clas=None):
        return self.fget.__get__(obj, clas if clas is not None else type(obj))()

    def __set__(self, obj, value):
        if not self.fset:
            raise MXNetError("cannot use the setter: %s to set attribute" % self.fset)
        clas = obj if isinstance(obj, type) else type(obj)
        return self.fset.__get__(obj, clas)(value)

    def setter(self, func):
        if not isinstance(func, (classmethod, staticmethod)):
            func = classmethod(func)
        self.fset = func
        return self


class _MXClassPropertyMetaClass(type):
    """A metaclass whose classes can assign their class properties: ``Cls.prop = value`` calls the setter."""

    def __setattr__(cls, key, value):
        obj = cls.__dict__.get(key)
        if obj and isinstance(obj, _MXClassPropertyDescriptor):
            return obj.__set__(cls, value)
        return super().__setattr__(key, value)


def classproperty(func):
    """A read-only property of the class itself; ``.setter`` adds a setter (with the metaclass above)."""
    if not isinstance(func, (classmethod, staticmethod)):
        func = classmethod(func)
    return _MXClassPropertyDescriptor(func)


def with_metaclass(meta, *bases):
    """A placeholder base whose subclass is created by ``meta`` with ``bases`` (the Python 2/3 compatible
    spelling): the placeholder itself is left out of the subclass's bases."""
    class metaclass(type):      # (MXNet's name for it: ``type(with_metaclass(...))`` shows it)
        def __new__(cls, name, this_bases, namespace):
            return meta(name, bases, namespace)

        @classmethod
        def __prepare__(cls, name, this_bases):
            return meta.__prepare__(name, bases)

    return type.__new__(metaclass, "temporary_class", (), {})


class Silent:
    """numpy's floating point reports off in a scope: ``np.errstate(all="ignore")`` at a fifth of its cost."""
    __slots__ = ("saved",)

    def __enter__(self):
        self.saved = saved = np.geterrobj()
        np.seterrobj([saved[0], 0, saved[2]])

    def __exit__(self, *exc):
        np.seterrobj(self.saved)


class HoldsCHandle:
    """An object holding what MXNet keeps as a C handle: pickle and deepcopy refuse it, as they refuse a ctypes
    pointer; a shallow copy shares it."""

    def __reduce_ex__(self, protocol):
        raise ValueError("ctypes objects containing pointers cannot be pickled")

    def __copy__(self):
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        return clone


import ctypes as _ctypes  # noqa: E402  (the C scalar type names MXNet's signatures use)
import atexit  # noqa: E402,F401  (modules MXNet's base shows, as its own imports)
import ctypes  # noqa: E402,F401
import inspect  # noqa: E402
import platform  # noqa: E402,F401
import sys  # noqa: E402

mx_uint, mx_int, mx_float, mx_int64 = _ctypes.c_uint, _ctypes.c_int, _ctypes.c_float, _ctypes.c_int64


def c_str(string):
    """A Python string as a C ``char*``."""
    return _ctypes.c_char_p(string.encode("utf-8"))


# ---- the C-API helpers of MXNet's base, on ctypes alone (distnet has no C library) ----------------
__version__ = "1.9.1"
__all__ = ["MXNetError"]
mx_float_p = _ctypes.POINTER(mx_float)
(NDArrayHandle, FunctionHandle, OpHandle, CachedOpHandle, SymbolHandle, ExecutorHandle, DataIterCreatorHandle,
 DataIterHandle, KVStoreHandle, RecordIOHandle, RtcHandle, CudaModuleHandle, CudaKernelHandle, ProfileHandle,
 DLPackHandle) = (_ctypes.c_void_p,) * 15


class _NoLibrary:
    """Stands where MXNet keeps its loaded C library: every call into it is refused clearly."""

    def __getattr__(self, name):
        raise MXNetError(f"_LIB.{name}: distnet has no native MXNet library; it runs on numpy, so C API calls "
                         "are not available (use the Python API)")


_LIB = _NoLibrary()


class MXCallbackList(_ctypes.Structure):
    """The C API's list of callbacks and their context pointers (a custom operator's)."""
    _fields_ = [("num_callbacks", _ctypes.c_int), ("callbacks", _ctypes.POINTER(_ctypes.CFUNCTYPE(_ctypes.c_int))),
                ("contexts", _ctypes.POINTER(_ctypes.c_void_p))]


def get_last_ffi_error():
    """A new error of the last failed C++ check, as MXNet reads it back from its recorded message (an MXNetError
    or the builtin type its message names); with none failed yet, reading the empty message fails as MXNet's does."""
    for _, kind, args, printed in reversed(_RECENT_ERRORS):
        again = kind.__new__(kind, *args)       # (made without its __init__: not noted in its turn)
        vars(again).update(printed)
        if str(again).startswith('Traceback (most recent call last):\n  File "'):     # (a C++ check's site)
            return again
    return [][0]


def check_call(ret):
    """Raise the last failed C++ check's error (see get_last_ffi_error) when a C API call's return code ``ret``
    is not 0."""
    if ret != 0:
        raise get_last_ffi_error()


def _notify_shutdown():
    """Nothing to notify: there is no native engine to shut down."""


def c_str_array(strings):
    """A ctypes ``char*`` array of the UTF-8 encoded ``strings``."""
    arr = (_ctypes.c_char_p * len(strings))()
    arr[:] = [s.encode("utf-8") for s in strings]
    return arr


def c_array(ctype, values):
    """A ctypes array of ``ctype`` holding ``values``."""
    out = (ctype * len(values))()
    out[:] = values
    return out


def c_array_buf(ctype, buf):
    """A ctypes array of ``ctype`` viewing the buffer ``buf`` (no copy)."""
    return (ctype * len(buf)).from_buffer(buf)


def c_handle_array(objs):
    """A ctypes ``void*`` array of the objects' handles."""
    arr = (_ctypes.c_void_p * len(objs))()
    arr[:] = [o.handle for o in objs]
    return arr


def ctypes2buffer(cptr, length):
    """A bytearray copy of ``length`` bytes at the ``char*`` pointer ``cptr``."""
    if not isinstance(cptr, _ctypes.POINTER(_ctypes.c_char)):
        raise TypeError("expected char pointer")
    res = bytearray(length)
    rptr = (_ctypes.c_char * length).from_buffer(res)
    if not _ctypes.memmove(rptr, cptr, length):
        raise RuntimeError("memmove failed")
    return res


def ctypes2numpy_shared(cptr, shape):
    """A float32 numpy array of ``shape`` sharing the memory at the ``float*`` pointer ``cptr``."""
    if not isinstance(cptr, _ctypes.POINTER(mx_float)):
        raise RuntimeError("expected float pointer")
    size = int(np.prod(shape))
    dbuffer = (mx_float * size).from_address(_ctypes.addressof(cptr.contents))
    return np.frombuffer(dbuffer, dtype=np.float32).reshape(shape)


def build_param_doc(arg_names, arg_types, arg_descs, remove_dup=True):
    """A numpy-style ``Parameters`` section from parallel lists of names, types and descriptions."""
    seen, lines = set(), []
    for key, type_info, desc in zip(arg_names, arg_types, arg_descs):
        if (remove_dup and key in seen) or key == "num_args":
            continue
        seen.add(key)
        lines.append(f"{key} : {type_info}")
        if desc:
            lines.append("    " + desc)
    return "Parameters\n----------\n" + "\n".join(lines) + "\n"


def add_fileline_to_docstring(module, incursive=True):
    """Append "Defined in FILE:LINE" to the docstrings of the module's functions and methods."""
    def add_fileline(obj):
        if obj.__doc__ is None or "From:" in obj.__doc__:
            return
        fname = inspect.getsourcefile(obj)
        if fname is None:
            return
        try:
            line = inspect.getsourcelines(obj)[-1]
        except IOError:
            return
        obj.__doc__ += f"\n\nFrom:{fname}:{line}"

    if isinstance(module, str):
        module = sys.modules[module]
    for _, obj in module.__dict__.items():
        if inspect.isbuiltin(obj):
            continue
        if inspect.isfunction(obj):
            add_fileline(obj)
        if inspect.ismethod(obj):
            add_fileline(obj.__func__)
        if inspect.isclass(obj) and incursive:
            add_fileline_to_docstring(obj, False)


# MXNet's operator-name prefixes, by which its generated modules are laid out.
_OP_NAME_PREFIX_LIST = ["_contrib_", "_linalg_", "_sparse_", "_image_", "_random_"]
_NP_OP_PREFIX = "_np_"
_NP_OP_SUBMODULE_LIST = ["_random_", "_linalg_"]
_NP_EXT_OP_PREFIX = "_npx_"
_NP_EXT_OP_SUBMODULE_LIST = ["_image_", "_random_"]
_NP_INTERNAL_OP_PREFIX = "_npi_"
_NP_OUTPUT_IS_LIST_OPERATORS = {"_npi_split", "_npi_hsplit"}


def _is_np_op(op_name):
    """Whether ``op_name`` belongs to the numpy front end (``_np_``/``_npx_``/``_npi_``)."""
    return op_name.startswith((_NP_OP_PREFIX, _NP_EXT_OP_PREFIX, _NP_INTERNAL_OP_PREFIX))


def _output_is_list(op_name):
    """Whether a numpy-front-end operator returns a list."""
    return op_name in _NP_OUTPUT_IS_LIST_OPERATORS


def _get_op_name_prefix(op_name):
    """The submodule prefix ``op_name`` starts with ('_contrib_', ...), or ''."""
    return next((p for p in _OP_NAME_PREFIX_LIST if op_name.startswith(p)), "")


def _get_op_submodule_name(op_name, op_name_prefix, submodule_name_list):
    """The submodule name (without underscores) of a prefixed operator."""
    if not op_name.startswith(op_name_prefix):
        raise AssertionError()          # MXNet's bare assertion
    for submodule_name in submodule_name_list:
        if op_name[len(op_name_prefix):].startswith(submodule_name):
            return submodule_name
    return ""


from . import libinfo  # noqa: E402,F401  (as MXNet's base imports it)

# distnet's shared helpers are no names of MXNet's module
__dir__ = hiding(globals(), """HoldsCHandle Silent builtin_at call_merging class_text contextlib error_like flag_within
    listing local_file located log_time message_of module_view named_for negative_size_text no_attribute np open_failure
    own_init own_methods time types value_text view_module hiding package_listing public_listing LateImports
    importlib _RECENT_ERRORS _note_error _PRINTED_ATTRIBUTES""".split())
