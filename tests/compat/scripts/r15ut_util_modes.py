"""mx.util: numpy shape/array modes, their scopes and decorators, environment helpers."""
import logging
import sys
import mxnet as mx
from mxnet import util
from _words import words

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(message)s")


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))
    finally:
        util.reset_np()


attempt("defaults", lambda: (util.is_np_array(), util.is_np_shape(), mx.is_np_array(), mx.is_np_shape()))
attempt("set_np", lambda: (util.set_np(), util.is_np_array(), util.is_np_shape()))
attempt("set_np array only", lambda: util.set_np(shape=False, array=True))
attempt("set_np shape only", lambda: (util.set_np(shape=True, array=False), util.is_np_shape(), util.is_np_array()))
attempt("set_np_shape returns previous", lambda: (util.set_np_shape(True), util.set_np_shape(False)))
attempt("set_np_shape(1)", lambda: util.set_np_shape(1))
with util.np_shape(True):
    a = util.is_np_shape()
    with util.np_shape(False):
        b = util.is_np_shape()
print("np_shape scopes", a, b, util.is_np_shape())
with util.np_array(True):
    print("np_array scope", util.is_np_array())
print("after", util.is_np_array())


@util.use_np
def both():
    return util.is_np_array(), util.is_np_shape()


@util.use_np_shape
def shape_only():
    return util.is_np_shape(), util.is_np_array()


@util.use_np
class Model:
    def call(self):
        return util.is_np_array()


print("decorators", both(), shape_only(), Model().call(), Model.__name__, util.is_np_array())
attempt("use_np(3)", lambda: util.use_np(3))
attempt("use_np_shape(3)", lambda: util.use_np_shape(3))
util.setenv("MXNET_R15UT", "abc")
print("getenv", util.getenv("MXNET_R15UT"))
util.setenv("MXNET_R15UT", None)
print("getenv unset", util.getenv("MXNET_R15UT"), util.getenv("R15UT_NEVER_SET"))
attempt("get_gpu_count", util.get_gpu_count)
attempt("get_gpu_memory", lambda: util.get_gpu_memory(0))
attempt("cuda capability cpu", lambda: util.get_cuda_compute_capability(mx.cpu()))
attempt("legal options", lambda: (util.np_ufunc_legal_option("dtype", "float32"), util.np_ufunc_legal_option("casting", "foo"),
                                  util.np_ufunc_legal_option("order", "K"), util.np_ufunc_legal_option("bar", 1)))
