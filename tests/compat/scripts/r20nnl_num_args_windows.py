"""Crop and UpSampling NDArray calls: num_args read as MXNet's parser reads it (bounds, format, the input count),
Crop's window and offset read entry by entry, and Pad's and reverse's required attributes (an explicit None is
a tuple of unknown length)."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape, r.asnumpy().tolist())
    except Exception as e:
        print(label, "->", words(e))
    try:
        nd.waitall()
    except Exception:
        pass


x = nd.array(np.arange(16).reshape(1, 1, 4, 4))
small = nd.zeros((1, 1, 2, 3))
attempt("crop num_args=0", lambda: nd.Crop(x, num_args=0))
attempt("crop num_args=4", lambda: nd.Crop(x, num_args=4))
attempt("crop num_args='a'", lambda: nd.Crop(x, num_args="a"))
attempt("crop num_args=2 one input", lambda: nd.Crop(x, num_args=2, h_w=(2, 2)))
attempt("crop num_args=1 two inputs", lambda: nd.Crop(x, small, num_args=1))
attempt("crop num_args=2 two inputs", lambda: nd.Crop(x, small, num_args=2))
attempt("crop four inputs", lambda: nd.Crop(x, x, x, x, h_w=(2, 2)))
attempt("crop no input", lambda: nd.Crop(h_w=(2, 2)))
attempt("crop h_w=None", lambda: nd.Crop(x, h_w=None))
attempt("crop h_w=(2,)", lambda: nd.Crop(x, h_w=(2,)))
attempt("crop h_w=(0,)", lambda: nd.Crop(x, h_w=(0,)))
attempt("crop h_w=(2, 3, 9)", lambda: nd.Crop(x, h_w=(2, 3, 9)))
attempt("crop offset=(1, 1, 7)", lambda: nd.Crop(x, h_w=(2, 3), offset=(1, 1, 7)))
attempt("crop offset=(1,)", lambda: nd.Crop(x, h_w=(2, 3), offset=(1,)))
attempt("crop offset=None", lambda: nd.Crop(x, h_w=(2, 3), offset=None))
attempt("crop offset=(1,) centred", lambda: nd.Crop(x, h_w=(2, 3), offset=(1,), center_crop=True))
attempt("crop like offset=(1,)", lambda: nd.Crop(x, small, offset=(1,)))
attempt("crop center_crop='x'", lambda: nd.Crop(x, h_w=(2, 2), center_crop="x"))
attempt("upsampling num_args=0", lambda: nd.UpSampling(x, scale=2, sample_type="nearest", num_args=0))
attempt("upsampling no input", lambda: nd.UpSampling(scale=2, sample_type="nearest"))
attempt("upsampling num_args=2", lambda: nd.UpSampling(x, scale=2, sample_type="nearest", num_args=2))
attempt("pad no mode", lambda: nd.Pad(x, pad_width=(0, 0, 0, 0, 1, 1, 1, 1)))
attempt("pad width None no mode", lambda: nd.Pad(x, pad_width=None))
attempt("pad constant only", lambda: nd.Pad(x, constant_value=2.5))
attempt("pad no width", lambda: nd.Pad(x, mode="edge"))
attempt("pad width None", lambda: nd.Pad(x, mode="edge", pad_width=None))
attempt("pad short width", lambda: nd.Pad(x, mode="edge", pad_width=(0, 0, 0)))
attempt("reverse no axis", lambda: nd.reverse(x))
attempt("reverse axis None", lambda: nd.reverse(x, axis=None))
attempt("reverse axis ()", lambda: nd.reverse(x, axis=()))
attempt("flip axis 3", lambda: nd.flip(x, axis=3))
