"""distnet: an MXNet 1.x-compatible deep learning system with a ZeroMQ parameter server."""
import gc as _gc
import warnings as _warnings

# The import makes some 140,000 objects that live as long as the process: the cyclic garbage collector would scan
# them again and again while they are made, and in every full collection after. So it is paused until they are
# made, then they are frozen out of its scans (the garbage already there is collected first, not frozen).
_GC_WAS_ENABLED = _gc.isenabled()
_gc.collect()
_gc.disable()

# MXNet's kernels make inf and nan silently (log(0), sqrt(-1), exp(1000)); the floating-point warnings numpy
# raises for them inside distnet's own code are noise. Warnings from the user's own numpy code stay, and so do
# mx.metric's and the detection augmenters': MXNet computes them with numpy in Python, and its numpy warns. The
# estimator's handlers and mx.viz give RuntimeWarnings of their own, as MXNet's do.
_QUIET_MODULES = r"distnet(\.(?!metric(\.|$)|gluon\.contrib\.estimator(\.|$)|visualization$|image\.detection$)|$)"
_warnings.filterwarnings("ignore", category=RuntimeWarning, module=_QUIET_MODULES)
_OWN_WARNING_FILTER = _warnings.filters[0]      # (while it comes first, no filter of the user's can override it)
from . import base  # noqa: F401
from .ndarray.openblas_core import follow_mxnet_kernels as _follow_mxnet_kernels, use_one_thread as _use_one_thread
_use_one_thread()
_follow_mxnet_kernels()
from .base import MXNetError  # noqa: F401
from .context import Context, cpu, gpu, cpu_pinned, current_context  # noqa: F401
from . import ndarray, autograd  # noqa: F401
from . import ndarray as nd  # noqa: F401
from . import operator  # noqa: F401  (registers nd.Custom before mx.sym is built)
from . import name, attribute, io, recordio, test_utils  # noqa: F401
from .attribute import AttrScope  # noqa: F401
from . import symbol, symbol as sym  # noqa: F401
operator.symbol = symbol      # (MXNet's mx.operator imports it; importing it there would come too early)
from . import visualization, visualization as viz  # noqa: F401
from . import optimizer, lr_scheduler, initializer, initializer as init, metric  # noqa: F401
from . import callback, model, module, module as mod  # noqa: F401
from . import random, random as rnd  # noqa: F401
from . import kvstore, kvstore as kv  # noqa: F401
from . import gluon  # noqa: F401
from . import engine, runtime, util, profiler, misc  # noqa: F401
from . import monitor, monitor as mon  # noqa: F401
from . import rnn  # noqa: F401
from . import contrib  # noqa: F401
from . import error, log, libinfo, library, executor, rtc, onnx  # noqa: F401
from . import image, image as img  # noqa: F401
from . import numpy, numpy as np  # noqa: F401
from . import numpy_extension, numpy_extension as npx  # noqa: F401
from .util import (is_np_shape, set_np_shape, np_shape, use_np_shape,  # noqa: F401
                   is_np_array, np_array, use_np_array, use_np)

__version__ = libinfo.__version__      # the MXNet API version implemented

_gc.freeze()
if _GC_WAS_ENABLED:
    _gc.enable()
del _GC_WAS_ENABLED

# As in MXNet: a process started with DMLC_ROLE=server or scheduler serves that role on import and
# exits when the job ends, so one command line can start every role of a job.
kvstore.kvstore_server._init_kvstore_server_module()


class _MXNetModule(type(_warnings)):
    """A distnet module refusing a name it lacks as MXNet's module of the same name does (``module
    'mxnet.numpy.random' has no attribute 'laplace'``): scripts see MXNet's module names in the message."""

    def __getattr__(self, attr):
        raise AttributeError(f"module 'mxnet{self.__name__[len('distnet'):]}' has no attribute '{attr}'")


_MXNetModule.__name__ = _MXNetModule.__qualname__ = "module"       # type(mx.nd) reads as Python's module type
_MXNetModule.__module__ = "builtins"


def _name_modules_as_mxnet():
    """Every distnet module without a ``__getattr__`` of its own refuses missing names in MXNet's words."""
    import sys
    for loaded in list(sys.modules.values()):
        if (type(loaded) is type(_warnings) and loaded.__name__.split(".")[0] == "distnet"
                and "__getattr__" not in vars(loaded)):
            loaded.__class__ = _MXNetModule


_name_modules_as_mxnet()

# the modules of distnet's own parts (kernels, the parameter server) are no names of MXNet's package
__dir__ = base.package_listing(globals(), """attribute autograd base callback context contrib engine error executor
    executor_manager gluon image img init initializer io kv kvstore libinfo library log lr_scheduler metric mod model
    module mon monitor name nd ndarray np npx numpy numpy_extension onnx operator optimizer profiler random recordio
    registry rnd rnn rtc runtime sym symbol test_utils util visualization viz""".split())
# the imports above let numpy put filters of its own before distnet's: put it back in front
_warnings.filterwarnings("ignore", category=RuntimeWarning, module=_QUIET_MODULES)
